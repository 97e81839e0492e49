//! Where saves go by default, and file names made safe from set names.

use std::path::{Path, PathBuf};

/// Longest file stem made from a set name, in characters.
const MAX_STEM_CHARS: usize = 80;

/// A set name turned into a file stem that is safe on Linux, macOS and Windows: letters,
/// digits, `-`, `_` and `.` kept; anything else becomes `-`; no leading dot; never empty.
pub fn sanitize_file_stem(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars() {
        let keep = c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
        let c = if keep { c } else { '-' };
        if c == '-' && out.ends_with('-') {
            continue;
        }
        out.push(c);
    }
    let trimmed: String = out
        .trim_matches(|c| c == '-' || c == '.')
        .chars()
        .take(MAX_STEM_CHARS)
        .collect();
    let trimmed = trimmed.trim_end_matches(['-', '.']).to_string();
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    if trimmed.is_empty() {
        "untitled".to_string()
    } else if RESERVED.contains(&trimmed.to_ascii_lowercase().as_str()) {
        format!("{trimmed}-set")
    } else {
        trimmed
    }
}

/// `<saves_dir>/<set name, sanitised>.ron`.
pub fn default_save_path(saves_dir: &Path, set_name: &str) -> PathBuf {
    saves_dir.join(format!("{}.ron", sanitize_file_stem(set_name)))
}

/// `<save>.bak`, e.g. `saves/x.ron.bak`: the previous save, kept by [`super::save`].
pub fn backup_path(save_path: &Path) -> PathBuf {
    with_suffix(save_path, ".bak")
}

/// The path with `suffix` appended to its file name.
pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}
