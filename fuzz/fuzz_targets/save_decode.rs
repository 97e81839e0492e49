//! Fuzz the save parser: any bytes are refused with an error or read as a save, which then
//! encodes again and converts to an annotation set. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use parallax_documents::store::format::{decode, encode};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(save) = decode(text, std::path::Path::new("fuzz.ron")) {
        let _ = encode(&save);
        let _ = save.to_annotation_set();
    }
});
