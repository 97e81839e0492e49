//! Reading files and folders: which files count as articles, size limits, binary
//! detection and decoding.
//!
//! Decisions:
//! - Article extensions are `.txt`, `.text`, `.md`, `.markdown`, `.html`, `.htm`
//!   (case-insensitive). A folder is read one level deep, in file-name order; hidden
//!   files and other extensions are ignored silently; a bad article file inside a folder
//!   (a FIFO, a device or a subfolder with an article name included) is skipped with a
//!   warning. A file named explicitly must be a readable article.
//! - Only regular files (or symlinks to them) are read, through
//!   [`parallax_fsio::read_regular_file`]: anything else is refused from its metadata before
//!   it is opened ([`ReadError::NotAFile`] in [`LoadError::Unreadable`]), so a FIFO never
//!   makes loading wait.
//! - A file over [`MAX_FILE_BYTES`] is refused ([`ReadError::TooLarge`]): from its
//!   metadata before it is read, and while it is read (a file may grow, or report 0). A
//!   file over [`MAX_SEGMENTED_BYTES`] is loaded whole (offsets stay valid) but only its
//!   first [`MAX_SEGMENTED_BYTES`] are split into statements, with a warning.
//! - A file with a NUL byte, or with more than 10% control characters, in its first
//!   [`BINARY_SNIFF_BYTES`] is binary ([`LoadError::Binary`]).
//! - UTF-8, with or without BOM, with LF or CRLF, is kept exactly as stored, so byte
//!   offsets into the text are file offsets. Anything else is decoded as Windows-1252 (a
//!   superset of Latin-1) with a warning, and UTF-16 with a byte order mark is decoded
//!   too; the decoding keeps a [`DecodeMap`] from the decoded text to the file's bytes, so
//!   statement offsets are still file offsets (see [`super::mapped`]).

use std::path::{Path, PathBuf};

use super::{ArticleSet, LoadError, article_from_bytes};
use crate::model::decode_map::DecodeMap;
use parallax_fsio::{ReadError, read_regular_file};

/// Files larger than this are refused (16 MiB).
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// Only this much of a file's text is split into statements (1 MiB).
pub const MAX_SEGMENTED_BYTES: usize = 1024 * 1024;
/// Only this many statements of one file are compared: a news article has a few hundred at
/// most, and the work of comparing grows with their number.
pub const MAX_STATEMENTS_PER_ARTICLE: usize = 3000;
/// How much of a file is inspected for binary content (8 KiB).
pub const BINARY_SNIFF_BYTES: usize = 8 * 1024;
/// File extensions read as articles.
pub const ARTICLE_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown", "html", "htm"];

/// Whether `name` has an article extension.
pub fn is_article_name(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| ARTICLE_EXTENSIONS.iter().any(|a| a.eq_ignore_ascii_case(e)))
}

/// Whether the bytes look like a binary file rather than text.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    if head.is_empty() {
        return false;
    }
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|b| **b < 0x20 && !matches!(**b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

/// Whether the bytes start with a UTF-16 byte order mark.
pub fn is_utf16(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff])
}

/// A file's text and how it was read.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    /// For a file that is not UTF-8: where the text's characters lie in the file.
    pub map: Option<DecodeMap>,
    /// Says how the file was read when it was not UTF-8.
    pub warning: Option<String>,
}

/// Decode file bytes: UTF-8 as is; UTF-16 with a byte order mark, and anything else as
/// Windows-1252, with a warning. See [`decode_mapped`] for the offset map.
pub fn decode(bytes: &[u8]) -> (String, Option<String>) {
    let d = decode_mapped(bytes);
    (d.text, d.warning)
}

/// [`decode`], keeping for a file that is not UTF-8 the map from the decoded text to the
/// file's bytes.
pub fn decode_mapped(bytes: &[u8]) -> Decoded {
    if is_utf16(bytes) {
        let little_endian = bytes[0] == 0xff;
        let body = bytes[2..].chunks_exact(2);
        let odd_byte = !body.remainder().is_empty();
        let units = body.map(|c| {
            if little_endian {
                u16::from_le_bytes([c[0], c[1]])
            } else {
                u16::from_be_bytes([c[0], c[1]])
            }
        });
        let mut text = String::with_capacity(bytes.len());
        let mut map = DecodeMap::starting_at(2);
        for r in char::decode_utf16(units) {
            // An unpaired surrogate is one unit (two bytes).
            let (c, file_width) = match r {
                Ok(c) => (c, c.len_utf16() * 2),
                Err(_) => ('\u{fffd}', 2),
            };
            text.push(c);
            map.push_char(c.len_utf8(), file_width);
        }
        if odd_byte {
            // A lone last byte is half a unit.
            text.push('\u{fffd}');
            map.push_char('\u{fffd}'.len_utf8(), 1);
        }
        return Decoded {
            text,
            map: Some(map),
            warning: Some("UTF-16 file: read as UTF-16".to_string()),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            map: None,
            warning: None,
        },
        Err(e) => {
            let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
            let mut map = DecodeMap::starting_at(0);
            for b in bytes {
                let c = windows_1252(*b);
                text.push(c);
                map.push_char(c.len_utf8(), 1);
            }
            let warning = format!(
                "not valid UTF-8 (first bad byte at {}): read as Windows-1252/Latin-1",
                e.valid_up_to()
            );
            Decoded {
                text,
                map: Some(map),
                warning: Some(warning),
            }
        }
    }
}

/// The character of a Windows-1252 byte (undefined bytes map to U+FFFD).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{fffd}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{fffd}', 'Ž',
        '\u{fffd}', '\u{fffd}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ',
        '\u{fffd}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Read one article file: a regular file (or a symlink to one) with an article
/// extension, at most [`MAX_FILE_BYTES`]. Anything else is refused from its metadata,
/// before it is opened: a FIFO or a device is never read.
fn read_article_file(path: &Path) -> Result<super::Article, LoadError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    if !is_article_name(&name) {
        return Err(LoadError::NotArticle {
            path: path.to_path_buf(),
        });
    }
    let bytes = read_regular_file(path, MAX_FILE_BYTES).map_err(|cause| LoadError::Unreadable {
        path: path.to_path_buf(),
        cause,
    })?;
    article_from_bytes(&name, &bytes, Some(path.to_path_buf()))
}

/// Article files of a folder, in file-name order: every entry with an article name, so
/// that one that is not a regular file is skipped with a warning when it is read.
fn folder_entries(dir: &Path) -> Result<Vec<PathBuf>, LoadError> {
    let io = |cause| LoadError::Unreadable {
        path: dir.to_path_buf(),
        cause: ReadError::Io(cause),
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') || !is_article_name(&name) {
            continue;
        }
        files.push(entry.path());
    }
    files.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
    Ok(files)
}

/// Load files and folders; see the module documentation for the rules.
pub fn load_paths(paths: &[PathBuf]) -> Result<ArticleSet, LoadError> {
    if paths.is_empty() {
        return Err(LoadError::Empty("no files or folders given".into()));
    }
    let mut set = ArticleSet::default();
    for p in paths {
        // A symlink loop or a forbidden folder is reported as what it is, not as missing.
        let is_dir = match std::fs::metadata(p) {
            Ok(meta) => meta.is_dir(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(LoadError::Missing { path: p.clone() });
            }
            Err(cause) => {
                return Err(LoadError::Unreadable {
                    path: p.clone(),
                    cause: ReadError::Io(cause),
                });
            }
        };
        if is_dir {
            let files = folder_entries(p)?;
            if files.is_empty() {
                set.warnings.push(format!(
                    "{}: no .txt, .md or .html files in this folder",
                    p.display()
                ));
            }
            for f in files {
                match read_article_file(&f) {
                    Ok(a) => set.articles.push(a),
                    Err(e) => set.warnings.push(format!("skipped {e}")),
                }
            }
        } else {
            set.articles.push(read_article_file(p)?);
        }
    }
    super::sidecar::apply(&mut set.articles);
    years_from_the_set(&mut set.articles);
    for (i, a) in set.articles.iter().enumerate() {
        for w in &a.source.warnings {
            set.warnings.push(format!("{}: {w}", a.source.file_name));
        }
        if let Some(first) = set.articles[..i]
            .iter()
            .find(|b| b.source.content_hash == a.source.content_hash)
        {
            set.warnings.push(format!(
                "{}: same content as {}",
                a.source.file_name, first.source.file_name
            ));
        }
    }
    set.name = set_name(&paths[0]);
    if set.articles.is_empty() {
        let detail = if set.warnings.is_empty() {
            "no article files found".to_string()
        } else {
            format!("no usable article ({})", set.warnings.join("; "))
        };
        return Err(LoadError::Empty(detail));
    }
    Ok(set)
}

/// How far from another article's date a wire dateline without a year may lie to take that
/// article's year.
const YEARLESS_DATE_REACH_DAYS: i64 = 31;

/// Give a year to an article whose only date is a wire dateline without one ("Mumbai, Nov
/// 11 -"): the year that puts its month and day nearest another article's date, when that
/// is within [`YEARLESS_DATE_REACH_DAYS`]; articles of one set report one event. Without
/// it, the article's "yesterday" and "on Thursday" stay unresolved. The article says so in
/// a warning.
fn years_from_the_set(articles: &mut [super::Article]) {
    use chrono::Datelike;
    let dated: Vec<crate::model::Date> =
        articles.iter().filter_map(|a| a.source.meta.date).collect();
    for article in articles.iter_mut() {
        let meta = &mut article.source.meta;
        if meta.date.is_some() {
            continue;
        }
        let Some((month, day)) = meta
            .date_text
            .as_deref()
            .and_then(super::meta::month_and_day)
        else {
            continue;
        };
        let nearest = dated
            .iter()
            .flat_map(|d| (d.year() - 1..=d.year() + 1).map(move |y| (y, d)))
            .filter_map(|(y, d)| {
                let date = crate::model::Date::from_ymd_opt(y, month, day)?;
                Some(((date - *d).num_days().abs(), date))
            })
            .min();
        if let Some((distance, date)) = nearest
            && distance <= YEARLESS_DATE_REACH_DAYS
        {
            meta.date = Some(date);
            article.source.warnings.push(format!(
                "its date line \u{201c}{}\u{201d} gives no year; {} is taken from the other articles",
                meta.date_text.as_deref().unwrap_or_default(),
                date.year()
            ));
        }
    }
}

fn set_name(p: &Path) -> String {
    let stem = if p.is_dir() {
        // "folder/" and "." have no useful file_name; canonicalize for those.
        p.file_name()
            .map(|n| n.to_os_string())
            .or_else(|| p.canonicalize().ok()?.file_name().map(|n| n.to_os_string()))
    } else {
        p.file_stem().map(|n| n.to_os_string())
    };
    stem.map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| p.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"PK\x03\x04\x00\x00binary"));
        assert!(!looks_binary(
            "Plain text with “quotes” and é.\r\n".as_bytes()
        ));
        assert!(looks_binary(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a']));
    }

    #[test]
    fn latin1_is_decoded_with_warning() {
        let (text, warning) = decode(b"Caf\xe9 \x93quoted\x94");
        assert_eq!(text, "Café “quoted”");
        assert!(warning.is_some());
        let (text, warning) = decode("Café".as_bytes());
        assert_eq!(text, "Café");
        assert!(warning.is_none());
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Café “q”".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert!(is_utf16(&bytes));
        let (text, warning) = decode(&bytes);
        assert_eq!(text, "Café “q”");
        assert!(warning.unwrap().contains("UTF-16"));
    }

    #[test]
    fn decode_map_points_at_file_bytes() {
        let bytes = b"Caf\xe9 \x93q\x94 \x80";
        let d = decode_mapped(bytes);
        let map = d.map.unwrap();
        assert_eq!(map.file_len(), bytes.len());
        assert_eq!(map.text_len(), d.text.len());
        for (t, c) in d.text.char_indices() {
            let f = map.file_offset(t);
            assert_eq!(windows_1252(bytes[f]), c);
            assert_eq!(map.text_offset(f), Some(t));
        }
        assert!(decode_mapped("Café".as_bytes()).map.is_none());
        // UTF-16 with a surrogate pair, an unpaired surrogate and a lone last byte.
        let mut bytes = vec![0xfe, 0xff];
        for u in "a😀é".encode_utf16().chain([0xd800, u16::from(b'z')]) {
            bytes.extend(u.to_be_bytes());
        }
        bytes.push(0x41);
        let d = decode_mapped(&bytes);
        assert_eq!(d.text, "a😀é\u{fffd}z\u{fffd}");
        let map = d.map.unwrap();
        assert_eq!(map.file_len(), bytes.len());
        let starts: Vec<usize> = d
            .text
            .char_indices()
            .map(|(t, _)| map.file_offset(t))
            .collect();
        assert_eq!(starts, [2, 4, 8, 10, 12, 14]);
    }

    #[test]
    fn article_names() {
        assert!(is_article_name("a.TXT"));
        assert!(is_article_name("b.htm"));
        assert!(!is_article_name("c.pdf"));
        assert!(!is_article_name("noext"));
    }
}
