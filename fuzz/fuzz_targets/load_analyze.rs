//! Fuzz loading and analysis: the input is split at 0xFF bytes into up to four files, each
//! named by its first byte as `.txt`, `.md` or `.html`, loaded as the app loads a file's bytes,
//! analysed as one set and printed as the comparison JSON. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_engine::corpus::{ArticleSet, article_from_bytes};

fuzz_target!(|data: &[u8]| {
    let articles = data
        .split(|b| *b == 0xFF)
        .take(4)
        .enumerate()
        .filter_map(|(i, bytes)| {
            let (kind, bytes) = bytes.split_first()?;
            let extension = ["txt", "md", "html"][usize::from(*kind) % 3];
            article_from_bytes(&format!("{i}.{extension}"), bytes, None).ok()
        })
        .collect();
    let set = ArticleSet {
        name: "fuzz".into(),
        articles,
        warnings: vec![],
    };
    let analysis = parallax_engine::analyze(&set, &parallax_engine::Config::default());
    let _ = parallax_documents::export::comparison::to_json_string(&analysis);
});
