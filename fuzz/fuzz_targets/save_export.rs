//! Fuzz the exporters with hostile saves: a save read from the input is applied to the
//! bundled set's analysis (computed once) and exported in every format. Nothing may panic.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use parallax::export::{ExportFormat, export};
use parallax::store::format::decode;

fn bundled() -> &'static parallax::Analysis {
    static ANALYSIS: OnceLock<parallax::Analysis> = OnceLock::new();
    ANALYSIS.get_or_init(|| {
        parallax::analyze(
            &parallax::corpus::bundled_set(),
            &parallax::Config::default(),
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
