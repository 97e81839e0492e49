//! Loading article sets: files and folders of `.txt`, `.md`, `.html`; the bundled seed set;
//! metadata, boilerplate marking and statement segmentation.
//!
//! The output is an [`ArticleSet`]: one [`Article`] per file, each a [`Source`] with its
//! [`StatementDraft`]s in text order. Offsets are byte offsets into the file as stored,
//! whatever its encoding: for a Windows-1252 or UTF-16 file the offsets found in the
//! decoded text are carried through its [`crate::model::decode_map::DecodeMap`] (composed with the HTML or
//! Markdown map), and [`Source::raw`] reads a range back as text.
//!
//! Layout: [`load`] reads files and folders (extensions, size limits, binary check,
//! decoding); [`markup`] and [`html`] turn text into blocks with an offset map
//! ([`mapped`]); [`meta`] reads title, outlet, date, by-line and URL; [`sidecar`] fills in
//! what a collection's `manifest.jsonl` knows and the text does not; [`boilerplate`]
//! recognises text that is not the article; [`crate::text::segment`] splits blocks into
//! sentences. This file holds the public types and the per-article pipeline.

pub mod boilerplate;
pub mod html;
pub mod load;
pub mod mapped;
pub mod markup;
pub mod meta;
pub mod sidecar;

use std::path::PathBuf;

use parallax_fsio::ReadError;
use sha2::{Digest, Sha256};

use crate::model::{BoilerplateKind, Source, SourceMeta, StatementKind};

pub use load::{MAX_FILE_BYTES, MAX_SEGMENTED_BYTES, MAX_STATEMENTS_PER_ARTICLE, load_paths};
use mapped::{Block, BlockRole};

/// A statement before analysis gives it an id.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementDraft {
    /// Byte range in the file as stored ([`Source::raw`] gives its text).
    pub start: usize,
    pub end: usize,
    /// Clean text (markup removed, entities decoded, white space folded).
    pub text: String,
    pub kind: StatementKind,
    pub boilerplate: Option<BoilerplateKind>,
}

/// One loaded file.
#[derive(Debug, Clone, PartialEq)]
pub struct Article {
    pub source: Source,
    pub statements: Vec<StatementDraft>,
}

/// A loaded article set.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ArticleSet {
    /// Display name: folder name, or "bundled" for the seed set.
    pub name: String,
    pub articles: Vec<Article>,
    /// Per-file problems that did not stop the load (a skipped file, a lossy read).
    pub warnings: Vec<String>,
}

/// Why an article set could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file or folder")]
    Missing { path: PathBuf },
    /// The file or folder could not be read: the operating system's error, or a refusal of
    /// what is not a regular file or is over [`MAX_FILE_BYTES`].
    // The cause is part of the message, so it is not also given as the `source` (a printer
    // of the whole chain would show it twice).
    #[error("{path}: {}{cause}", if matches!(cause, ReadError::Io(_)) { "cannot read: " } else { "" })]
    Unreadable { path: PathBuf, cause: ReadError },
    #[error("{path}: looks like a binary file, not text")]
    Binary { path: PathBuf },
    #[error("{path}: file is empty or holds no text")]
    EmptyFile { path: PathBuf },
    #[error("{path}: not an article file (expected .txt, .md, .html or .htm)")]
    NotArticle { path: PathBuf },
    #[error("nothing to compare: {0}")]
    Empty(String),
}

/// The name of the bundled set, as windows, saves and exports show it.
pub const BUNDLED_SET_NAME: &str = "kazakhstan-2022";

/// The five seed articles on the January 2022 Kazakhstan unrest, embedded in the binary.
pub fn bundled_set() -> ArticleSet {
    const FILES: [(&str, &str); 5] = [
        (
            "000_7c8d65ada6d1ef13.txt",
            include_str!("../../../../assets/articles/000_7c8d65ada6d1ef13.txt"),
        ),
        (
            "001_257f5d5333b407ac.txt",
            include_str!("../../../../assets/articles/001_257f5d5333b407ac.txt"),
        ),
        (
            "002_805c6a8488df4852.txt",
            include_str!("../../../../assets/articles/002_805c6a8488df4852.txt"),
        ),
        (
            "003_ae25a5cc9ebdcaac.txt",
            include_str!("../../../../assets/articles/003_ae25a5cc9ebdcaac.txt"),
        ),
        (
            "004_91a0b86326d67090.txt",
            include_str!("../../../../assets/articles/004_91a0b86326d67090.txt"),
        ),
    ];
    ArticleSet {
        name: BUNDLED_SET_NAME.into(),
        articles: FILES
            .iter()
            .map(|(n, t)| article_from_bytes(n, t.as_bytes(), None).expect("bundled article"))
            .collect(),
        warnings: vec![],
    }
}

/// How a file's text is marked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text, possibly with light Markdown (headings, bullets, links, bold).
    Text,
    /// Markdown (`.md`, `.markdown`): read like text.
    Markdown,
    /// HTML (`.html`, `.htm`, or a text file that starts like an HTML document).
    Html,
}

impl Format {
    /// The format of a file from its name, sniffing text files that are really HTML.
    pub fn of(file_name: &str, text: &str) -> Format {
        let ext = std::path::Path::new(file_name)
            .extension()
            .and_then(|e| e.to_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            _ => {
                let head: String = text
                    .trim_start_matches('\u{feff}')
                    .trim_start()
                    .chars()
                    .take(15)
                    .collect::<String>()
                    .to_ascii_lowercase();
                if head.starts_with("<!doctype html") || head.starts_with("<html") {
                    Format::Html
                } else {
                    Format::Text
                }
            }
        }
    }
}

/// Build an article from a file's bytes: decode, extract blocks, read metadata, mark
/// boilerplate and split into statements. `file_name` decides the format (and names the
/// file in errors when `path` is `None`).
pub fn article_from_bytes(
    file_name: &str,
    bytes: &[u8],
    path: Option<PathBuf>,
) -> Result<Article, LoadError> {
    let err_path = || path.clone().unwrap_or_else(|| PathBuf::from(file_name));
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::Unreadable {
            path: err_path(),
            cause: ReadError::TooLarge {
                size_bytes: bytes.len() as u64,
                limit_bytes: MAX_FILE_BYTES,
            },
        });
    }
    if !load::is_utf16(bytes) && load::looks_binary(bytes) {
        return Err(LoadError::Binary { path: err_path() });
    }
    let load::Decoded {
        text: stored_text,
        map: decoded,
        warning: decode_warning,
    } = load::decode_mapped(bytes);
    let mut warnings: Vec<String> = decode_warning.into_iter().collect();
    if stored_text
        .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
        .is_empty()
    {
        return Err(LoadError::EmptyFile { path: err_path() });
    }
    let limit = segmented_prefix_len(&stored_text);
    if limit < stored_text.len() {
        let (cut, total) = match &decoded {
            Some(map) => (map.file_offset(limit), map.file_len()),
            None => (limit, stored_text.len()),
        };
        warnings.push(format!(
            "long file: only the first {cut} of {total} bytes were split into statements"
        ));
    }
    let format = Format::of(file_name, &stored_text);
    let (blocks, page) = match format {
        Format::Html => html::extract(&stored_text[..limit]),
        Format::Text | Format::Markdown => (
            markup::blocks(&stored_text[..limit], format == Format::Markdown),
            front_matter_meta(&stored_text[..limit]),
        ),
    };
    let (meta, mut statements) = analyse_blocks(&blocks, &page, file_name);
    if let Some(map) = &decoded {
        // The blocks' offsets are into the decoded text: carry them on to the file.
        for s in &mut statements {
            (s.start, s.end) = map.file_range(s.start, s.end);
        }
    }
    if statements.is_empty() {
        return Err(LoadError::EmptyFile { path: err_path() });
    }
    if statements.len() > MAX_STATEMENTS_PER_ARTICLE {
        let kept_bytes = statements[MAX_STATEMENTS_PER_ARTICLE - 1].end;
        warnings.push(format!(
            "too many statements: only the first {MAX_STATEMENTS_PER_ARTICLE} of {} \
             (up to byte {kept_bytes}) are compared",
            statements.len()
        ));
        statements.truncate(MAX_STATEMENTS_PER_ARTICLE);
    }
    let content_hash = Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(Article {
        source: Source {
            id: String::new(),
            file_name: file_name.to_string(),
            path,
            stored_text,
            decoded,
            content_hash,
            meta,
            warnings,
        },
        statements,
    })
}

/// Page metadata from a Markdown/text file's YAML front matter, if it has one.
fn front_matter_meta(raw: &str) -> html::PageMeta {
    let mut page = html::PageMeta::default();
    let Some((_, pairs)) = markup::front_matter(raw) else {
        return page;
    };
    for (key, value) in pairs {
        let slot = match key.as_str() {
            "title" | "headline" => &mut page.title,
            "source" | "outlet" | "publisher" | "site" | "site_name" | "publication" => {
                &mut page.site_name
            }
            "url" | "link" | "canonical" | "canonical_url" | "source_url" => &mut page.url,
            "date" | "published" | "published_at" | "pubdate" | "publish_date" => {
                &mut page.published
            }
            "author" | "byline" | "by" | "authors" => &mut page.author,
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
    page
}

/// How many leading bytes of `text` are split into statements: all of it up to
/// [`MAX_SEGMENTED_BYTES`], else up to the last line end before that limit.
fn segmented_prefix_len(text: &str) -> usize {
    if text.len() <= MAX_SEGMENTED_BYTES {
        return text.len();
    }
    let mut cut = MAX_SEGMENTED_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    match text[..cut].rfind('\n') {
        Some(nl) if nl > cut / 2 => nl + 1,
        _ => cut,
    }
}

/// Whether a line ends like a sentence (or a quotation of one).
fn ends_like_sentence(t: &str) -> bool {
    t.trim_end_matches(['"', '”', '’', '\'', ')', ']', '*', ' '])
        .ends_with(['.', '!', '?', '…', ':', ';', ','])
}

/// Metadata and statements of an article's blocks.
fn analyse_blocks(
    blocks: &[Block],
    page: &html::PageMeta,
    file_name: &str,
) -> (SourceMeta, Vec<StatementDraft>) {
    use BoilerplateKind as K;
    let mut kinds: Vec<Option<BoilerplateKind>> = blocks
        .iter()
        .map(|b| match b.role {
            BlockRole::Caption => Some(K::Caption),
            BlockRole::PageChrome => Some(K::Interface),
            BlockRole::Heading(_) => {
                boilerplate::classify_line(b.clean()).filter(|k| !matches!(k, K::Section))
            }
            _ => boilerplate::classify_line(b.clean()),
        })
        .collect();

    // Title: the first top-level heading, else the first headline-like line near the top.
    let heading = blocks
        .iter()
        .enumerate()
        .filter(|(i, b)| kinds[*i].is_none() && matches!(b.role, BlockRole::Heading(_)))
        .min_by_key(|(i, b)| match b.role {
            BlockRole::Heading(level) => (level, *i),
            _ => (u8::MAX, *i),
        })
        .map(|(i, _)| i);
    let title_idx = heading.or_else(|| {
        blocks.iter().enumerate().take(12).find_map(|(i, b)| {
            (kinds[i].is_none()
                && b.role == BlockRole::Paragraph
                && meta::is_headline_like(b.clean()))
            .then_some(i)
        })
    });

    // Section labels: lone short lines above the headline.
    if let Some(t) = title_idx {
        for i in 0..t {
            let text = blocks[i].clean();
            if kinds[i].is_none()
                && text.split_whitespace().count() <= 3
                && text.len() <= 30
                && !ends_like_sentence(text)
            {
                kinds[i] = Some(K::Section);
            }
        }
    }

    // Context: alt text repeated just above a caption; a video title repeated below.
    for i in 1..blocks.len() {
        let (prev, cur) = (&blocks[i - 1], &blocks[i]);
        if kinds[i] == Some(K::Caption)
            && cur.role != BlockRole::Caption
            && kinds[i - 1].is_none()
            && !cur.gap_before
            && prev.role == BlockRole::Paragraph
            && prev.clean().len() <= 250
            && Some(i - 1) != title_idx
        {
            let prev_words = boilerplate::content_words(prev.clean());
            let cur_words = boilerplate::content_words(cur.clean());
            let shared = prev_words.iter().filter(|w| cur_words.contains(w)).count();
            let same_first =
                prev.clean().split_whitespace().next() == cur.clean().split_whitespace().next();
            if shared >= 2 || (same_first && shared >= 1) {
                kinds[i - 1] = Some(K::Caption);
            }
        }
        if kinds[i - 1] == Some(K::Video)
            && kinds[i].is_none()
            && let Some(title) = boilerplate::video_title(prev.clean())
            && !title.is_empty()
            && cur
                .clean()
                .trim_end_matches('.')
                .eq_ignore_ascii_case(&title)
        {
            kinds[i] = Some(K::Video);
        }
    }

    let meta = read_meta(blocks, &kinds, title_idx, page, file_name);

    let mut statements = Vec::new();
    for (i, block) in blocks.iter().enumerate() {
        let clean = block.clean();
        let ranges = crate::text::segment::sentences(clean);
        let single = ranges.len() == 1;
        for r in ranges {
            let raw = block.text.raw_span(r.clone());
            let text = clean[r].to_string();
            let boilerplate = kinds[i].or_else(|| {
                if single {
                    None
                } else {
                    boilerplate::classify_line(&text).filter(|k| match k {
                        K::Section | K::Byline => false,
                        // "(Published Friday, Jan. 6, 2017)" after a caption.
                        K::Dateline => text.starts_with('(') || text.starts_with("Published"),
                        _ => true,
                    })
                }
            });
            let kind = match block.role {
                BlockRole::Heading(_) => StatementKind::Headline,
                BlockRole::ListItem => StatementKind::ListItem,
                _ if Some(i) == title_idx => StatementKind::Headline,
                BlockRole::Paragraph
                    if single
                        && boilerplate.is_none()
                        && !ends_like_sentence(&text)
                        && text.split_whitespace().count() <= 15 =>
                {
                    StatementKind::Headline
                }
                _ => StatementKind::Body,
            };
            statements.push(StatementDraft {
                start: raw.start,
                end: raw.end,
                text,
                kind,
                boilerplate,
            });
        }
    }
    (meta, statements)
}

/// How many blocks open an article where a wire dateline without a year is looked for
/// (headline, date or by-line lines, the lede).
const YEARLESS_DATELINE_BLOCKS: usize = 6;

/// Read title, outlet, date, by-line and URL from classified blocks and page metadata.
fn read_meta(
    blocks: &[Block],
    kinds: &[Option<BoilerplateKind>],
    title_idx: Option<usize>,
    page: &html::PageMeta,
    file_name: &str,
) -> SourceMeta {
    use BoilerplateKind as K;
    let texts: Vec<&str> = blocks.iter().map(Block::clean).collect();
    let title = title_idx
        .map(|i| texts[i].to_string())
        .or_else(|| page.title.clone());
    let title_suffix = title.as_deref().and_then(meta::title_suffix_outlet);

    let date_line = texts
        .iter()
        .zip(kinds)
        .filter(|(_, k)| **k == Some(K::Dateline))
        .find_map(|(t, _)| meta::parse_date_line(t));
    let (date, date_text) = match date_line {
        Some((d, text, _)) => (Some(d), Some(text)),
        None => match page.published.as_deref().and_then(meta::parse_date_line) {
            Some((d, text, _)) => (Some(d), Some(text)),
            // A wire dateline or a publisher's date line without a year: the date as
            // written, its year left to the set (`load::years_from_the_set`).
            None => (
                None,
                texts.iter().take(YEARLESS_DATELINE_BLOCKS).find_map(|t| {
                    meta::yearless_dateline(t).or_else(|| meta::yearless_date_line(t))
                }),
            ),
        },
    };

    let byline = texts
        .iter()
        .zip(kinds)
        .filter(|(_, k)| **k == Some(K::Byline))
        .find_map(|(t, _)| meta::byline(t))
        .or_else(|| page.author.clone());

    // A URL line near the top or bottom, or right after a source line.
    let n = blocks.len();
    let url = (0..n)
        .filter(|&i| kinds[i] == Some(K::Url))
        .find(|&i| i < 5 || i + 5 >= n || (i > 0 && kinds[i - 1] == Some(K::SourceLine)))
        .map(|i| texts[i].trim().to_string())
        .or_else(|| page.url.clone());

    let outlet = page
        .site_name
        .clone()
        .or_else(|| {
            url.as_deref()
                .and_then(meta::url_domain)
                .map(|d| meta::outlet_of_domain(&d))
        })
        .or_else(|| {
            texts
                .iter()
                .zip(kinds)
                .filter(|(_, k)| **k == Some(K::Credit))
                .find_map(|(t, _)| meta::credit_outlet(t))
        })
        .or_else(|| {
            texts
                .iter()
                .zip(kinds)
                .filter(|(_, k)| **k == Some(K::SourceLine))
                .find_map(|(t, _)| meta::source_line_outlet(t))
        })
        .or_else(|| {
            texts
                .iter()
                .zip(kinds)
                .filter(|(_, k)| **k == Some(K::Promo))
                .find_map(|(t, _)| meta::promo_outlet(t))
        })
        .or_else(|| meta::house_style_outlet(texts.iter().copied()))
        .or_else(|| byline.as_deref().and_then(meta::byline_agency))
        .or_else(|| title_suffix.as_ref().map(|(_, outlet)| outlet.clone()))
        .or_else(|| texts.iter().take(8).find_map(|t| meta::dateline_agency(t)))
        .or_else(|| {
            texts
                .iter()
                .take(YEARLESS_DATELINE_BLOCKS)
                .find_map(|t| meta::date_line_publisher(t))
        })
        .unwrap_or_else(|| file_name.to_string());
    let title = match (title, title_suffix) {
        (Some(_), Some((headline, _))) => Some(headline),
        (title, _) => title,
    };

    SourceMeta {
        title,
        outlet,
        date,
        date_text,
        byline,
        url,
    }
}
