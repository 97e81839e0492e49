//! The loader over every event folder of `../shared/corpora/news` (about 7,000 files):
//! nothing panics, every statement's offsets are valid, and the counts are printed.
//! Ignored by default (it takes a while in a debug build); run with
//! `PARALLAX_SHARED=../shared cargo test --no-default-features --test corpus_news -- --ignored --nocapture`.

mod common;

use std::path::{Path, PathBuf};

use parallax_engine::corpus::load_paths;

/// Event folders: every folder that directly holds files.
fn event_folders(root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    let mut has_file = false;
    let mut dirs = Vec::new();
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            dirs.push(p);
        } else if p
            .extension()
            .is_some_and(|e| e == "txt" || e == "md" || e == "html")
        {
            has_file = true;
        }
    }
    if has_file {
        out.push(root.to_path_buf());
    }
    dirs.sort();
    for d in dirs {
        event_folders(&d, out);
    }
}

#[test]
#[ignore]
fn whole_news_corpus_loads() {
    let Some(shared) = common::shared_path("") else {
        eprintln!("note: ../shared not found and PARALLAX_SHARED unset; skipping");
        return;
    };
    let mut folders = Vec::new();
    event_folders(&shared.join("corpora/news"), &mut folders);
    let start = std::time::Instant::now();
    let (mut files, mut statements, mut boilerplate, mut warnings, mut failed) = (0, 0, 0, 0, 0);
    let (mut with_date, mut with_title, mut outlet_is_file) = (0, 0, 0);
    for folder in &folders {
        let set = match load_paths(std::slice::from_ref(folder)) {
            Ok(set) => set,
            Err(e) => {
                failed += 1;
                eprintln!("{e}");
                continue;
            }
        };
        warnings += set.warnings.len();
        for a in &set.articles {
            files += 1;
            let text = &a.source.stored_text;
            with_date += usize::from(a.source.meta.date.is_some());
            with_title += usize::from(a.source.meta.title.is_some());
            outlet_is_file += usize::from(a.source.meta.outlet == a.source.file_name);
            let mut last_end = 0;
            for s in &a.statements {
                assert!(s.start >= last_end, "overlap in {}", a.source.file_name);
                last_end = s.end;
                assert!(
                    s.start < s.end && s.end <= text.len(),
                    "{}",
                    a.source.file_name
                );
                assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                assert!(!s.text.is_empty());
                statements += 1;
                boilerplate += usize::from(s.boilerplate.is_some());
            }
        }
    }
    println!(
        "{} folders, {files} files in {:.1} s: {statements} statements, {boilerplate} boilerplate, \
         {warnings} warnings, {failed} folders failed; dates {with_date}, titles {with_title}, \
         outlet = file name {outlet_is_file}",
        folders.len(),
        start.elapsed().as_secs_f64()
    );
}

/// Articles of a corpus folder take their outlet, URL and date from the collection's
/// `manifest.jsonl` when their text names no outlet (raw scrapes rarely do).
#[test]
fn a_collection_manifest_names_the_outlets_of_scraped_articles() {
    let Some(shared) = common::shared_path("") else {
        println!("note: ../shared is absent; skipping");
        return;
    };
    let folder = shared.join("corpora/news/gva/597756");
    if !folder.is_dir() {
        println!("note: {} is absent; skipping", folder.display());
        return;
    }
    let set = load_paths(&[folder]).expect("the folder loads");
    assert!(set.articles.len() >= 5);
    for article in &set.articles {
        let meta = &article.source.meta;
        assert_ne!(
            meta.outlet, article.source.file_name,
            "{}: outlet still the file name",
            article.source.file_name
        );
        assert!(meta.date.is_some(), "{}: no date", article.source.file_name);
    }
    let outlets: Vec<&str> = set
        .articles
        .iter()
        .map(|a| a.source.meta.outlet.as_str())
        .collect();
    assert!(outlets.contains(&"dallasnews.com"), "{outlets:?}");
}
