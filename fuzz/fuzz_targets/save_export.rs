//! Fuzz the exporters with hostile saves: a save read from the input is applied to the
//! bundled set's analysis (computed once) and exported in every format. Nothing may panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parallax_documents::export::{ExportFormat, export};
use parallax_documents::store::format::decode;

fn bundled() -> &'static parallax_engine::Analysis {
    static ANALYSIS: OnceLock<parallax_engine::Analysis> = OnceLock::new();
    ANALYSIS.get_or_init(|| {
        parallax_engine::analyze(
            &parallax_engine::corpus::bundled_set(),
            &parallax_engine::Config::default(),
        )
    })
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(save) = decode(text, std::path::Path::new("fuzz.ron")) else {
        return;
    };
    let annotations = save.to_annotation_set();
    for format in ExportFormat::ALL {
        let mut out = Vec::new();
        let _ = export(format, bundled(), Some(&annotations), &mut out);
    }
});
