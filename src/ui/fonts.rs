//! System fonts for the scripts an article set is written in. egui's bundled fonts cover
//! Latin, Greek and Cyrillic; when a set holds Chinese, Japanese, Korean, Arabic, Hebrew,
//! Indic, Thai or other text, the font folders of the system are searched (by file name,
//! no font database) for a font made for that script, which is added as a fallback. Nothing
//! is read when the articles need nothing; a folder or file that cannot be read is skipped.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A script egui's own fonts do not cover.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    /// Chinese, Japanese kana and Han.
    Cjk,
    Hangul,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Tamil,
    Thai,
    Georgian,
    Armenian,
    Ethiopic,
}

impl Script {
    /// The script of a character, when it is one of these.
    pub fn of(c: char) -> Option<Script> {
        let u = c as u32;
        Some(match u {
            0x0530..=0x058F => Script::Armenian,
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Script::Arabic,
            0x0900..=0x097F => Script::Devanagari,
            0x0980..=0x09FF => Script::Bengali,
            0x0B80..=0x0BFF => Script::Tamil,
            0x0E00..=0x0E7F => Script::Thai,
            0x10A0..=0x10FF => Script::Georgian,
            0x1200..=0x139F => Script::Ethiopic,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Script::Hangul,
            0x2E80..=0x2FDF
            | 0x3000..=0x30FF
            | 0x3190..=0x31FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60
            | 0x20000..=0x2FA1F => Script::Cjk,
            _ => return None,
        })
    }

    /// Lowercase pieces of the file names of fonts made for this script, best first.
    fn file_name_hints(self) -> &'static [&'static str] {
        match self {
            Script::Cjk => &[
                "notosanscjk",
                "notosanssc",
                "notosanstc",
                "notosansjp",
                "sourcehansans",
                "notoserifcjk",
                "wqy",
                "droidsansfallback",
                "msyh",
                "yugoth",
                "msgothic",
                "simsun",
                "pingfang",
                "hiragino",
                "arialuni",
                "unifont",
            ],
            Script::Hangul => &[
                "notosanskr",
                "notosanscjk",
                "nanumgothic",
                "malgun",
                "applesdgothic",
                "unifont",
            ],
            Script::Arabic => &[
                "notosansarabic",
                "notonaskharabic",
                "dejavusans.ttf",
                "amiri",
                "arial.ttf",
                "segoeui.ttf",
            ],
            Script::Hebrew => &[
                "notosanshebrew",
                "dejavusans.ttf",
                "arial.ttf",
                "segoeui.ttf",
            ],
            Script::Devanagari => &[
                "notosansdevanagari",
                "lohit-devanagari",
                "nirmala",
                "mangal",
            ],
            Script::Bengali => &["notosansbengali", "lohit-bengali", "nirmala", "vrinda"],
            Script::Tamil => &["notosanstamil", "lohit-tamil", "nirmala", "latha"],
            Script::Thai => &["notosansthai", "garuda", "loma", "leelawad", "tahoma"],
            Script::Georgian => &["notosansgeorgian", "dejavusans.ttf", "sylfaen"],
            Script::Armenian => &["notosansarmenian", "dejavusans.ttf", "sylfaen"],
            Script::Ethiopic => &["notosansethiopic", "abyssinica", "nyala"],
        }
    }
}

/// The scripts (of [`Script`]) the texts use.
pub fn scripts_in<'a>(texts: impl IntoIterator<Item = &'a str>) -> BTreeSet<Script> {
    let mut found = BTreeSet::new();
    for text in texts {
        found.extend(text.chars().filter_map(Script::of));
    }
    found
}

/// The folders fonts are installed in on Linux, macOS and Windows (those that exist).
pub fn font_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = [
        "/usr/share/fonts",
        "/usr/local/share/fonts",
        "/System/Library/Fonts",
        "/Library/Fonts",
    ]
    .iter()
    .map(PathBuf::from)
    .collect();
    if let Some(home) = std::env::var_os("HOME") {
        let home = PathBuf::from(home);
        dirs.push(home.join(".local/share/fonts"));
        dirs.push(home.join(".fonts"));
        dirs.push(home.join("Library/Fonts"));
    }
    if let Some(data) = std::env::var_os("XDG_DATA_HOME") {
        dirs.push(PathBuf::from(data).join("fonts"));
    }
    if let Some(windir) = std::env::var_os("WINDIR") {
        dirs.push(PathBuf::from(windir).join("Fonts"));
    }
    dirs.retain(|d| d.is_dir());
    dirs
}

/// Most files looked at in the font folders (a guard against huge or looping trees).
const MAX_FILES: usize = 20_000;
/// How deep the font folders are searched.
const MAX_DEPTH: usize = 5;

/// Every font file (`.ttf`, `.otf`, `.ttc`) under `dirs`.
pub fn font_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack: Vec<(PathBuf, usize)> = dirs.iter().map(|d| (d.clone(), 0)).collect();
    let mut seen = 0usize;
    while let Some((dir, depth)) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            seen += 1;
            if seen > MAX_FILES {
                return out;
            }
            let path = entry.path();
            // `file_type` does not follow symlinks: a link to a folder is not entered.
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    stack.push((path, depth + 1));
                }
            } else if is_font_file(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

fn is_font_file(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["ttf", "otf", "ttc"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The best font among `files` for `script`, by file name: the earliest hint that matches,
/// a regular weight before a bold or light one.
pub fn font_for(script: Script, files: &[PathBuf]) -> Option<PathBuf> {
    let name = |p: &PathBuf| {
        p.file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default()
    };
    for hint in script.file_name_hints() {
        let mut matching: Vec<&PathBuf> = files.iter().filter(|p| name(p).contains(hint)).collect();
        matching.sort_by_key(|p| {
            let n = name(p);
            let plain = n.contains("regular")
                || !["bold", "light", "thin", "black", "medium", "italic", "mono"]
                    .iter()
                    .any(|w| n.contains(w));
            (!plain, n.len())
        });
        if let Some(best) = matching.first() {
            return Some((*best).clone());
        }
    }
    None
}

/// Whether `bytes` start like a TrueType, OpenType or collection font.
pub fn looks_like_a_font(bytes: &[u8]) -> bool {
    bytes.len() > 1024
        && matches!(
            &bytes[..4],
            [0x00, 0x01, 0x00, 0x00] | b"OTTO" | b"true" | b"ttcf"
        )
}

/// Add a font under `name` as the last fallback of both families, proportional and
/// monospace.
pub fn add_fallback_font(ctx: &egui::Context, name: &str, bytes: Vec<u8>) {
    use egui::epaint::text::{FontData, FontInsert, FontPriority, InsertFontFamily};
    let families = [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
        .into_iter()
        .map(|family| InsertFontFamily {
            family,
            priority: FontPriority::Lowest,
        })
        .collect();
    ctx.add_font(FontInsert::new(name, FontData::from_owned(bytes), families));
}

/// Add a system font for each script of `texts` not in `installed`, and record it there
/// (also when none was found, so the folders are searched once per script). Returns the
/// fonts added.
pub fn install_fonts_for<'a>(
    ctx: &egui::Context,
    texts: impl IntoIterator<Item = &'a str>,
    installed: &mut BTreeSet<Script>,
) -> Vec<PathBuf> {
    let needed: Vec<Script> = scripts_in(texts)
        .into_iter()
        .filter(|s| !installed.contains(s))
        .collect();
    if needed.is_empty() {
        return Vec::new();
    }
    let files = font_files(&font_dirs());
    let mut added: Vec<PathBuf> = Vec::new();
    for script in needed {
        installed.insert(script);
        let Some(path) = font_for(script, &files) else {
            continue;
        };
        if added.contains(&path) {
            continue;
        }
        let Ok(bytes) = std::fs::read(&path) else {
            continue;
        };
        if !looks_like_a_font(&bytes) {
            continue;
        }
        add_fallback_font(ctx, &format!("system:{}", path.display()), bytes);
        added.push(path);
    }
    added
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_are_read_from_the_text() {
        let found = scripts_in(["Almaty 阿拉木图", "Алматы", "שלום", "서울", "plain"]);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [Script::Cjk, Script::Hangul, Script::Hebrew]
        );
    }

    #[test]
    fn a_font_is_found_by_its_file_name_regular_first() {
        let files: Vec<PathBuf> = [
            "/f/opentype/noto/NotoSansCJK-Bold.ttc",
            "/f/opentype/noto/NotoSansCJK-Regular.ttc",
            "/f/truetype/dejavu/DejaVuSans.ttf",
            "/f/truetype/wqy/wqy-zenhei.ttc",
        ]
        .iter()
        .map(PathBuf::from)
        .collect();
        assert_eq!(
            font_for(Script::Cjk, &files),
            Some(PathBuf::from("/f/opentype/noto/NotoSansCJK-Regular.ttc"))
        );
        assert_eq!(
            font_for(Script::Hebrew, &files),
            Some(PathBuf::from("/f/truetype/dejavu/DejaVuSans.ttf"))
        );
        assert_eq!(font_for(Script::Thai, &files), None);
        assert!(!looks_like_a_font(b"OTTO"));
        let mut fake = b"ttcf".to_vec();
        fake.resize(2048, 0);
        assert!(looks_like_a_font(&fake));
    }

    #[test]
    fn font_files_walks_folders_and_skips_what_it_cannot_read() {
        let dir = std::env::temp_dir().join(format!("parallax-fonts-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("a/b")).unwrap();
        std::fs::write(dir.join("a/b/Thing-Regular.TTF"), b"x").unwrap();
        std::fs::write(dir.join("a/readme.txt"), b"x").unwrap();
        let files = font_files(&[dir.clone(), dir.join("missing")]);
        assert_eq!(files, [dir.join("a/b/Thing-Regular.TTF")]);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
