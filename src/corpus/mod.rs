//! Loading article sets: files and folders of `.txt`, `.md`, `.html`; the bundled seed set;
//! metadata, boilerplate marking and statement segmentation.
//!
//! The output is an [`ArticleSet`]: one [`Article`] per file, each a [`Source`] with its
//! [`StatementDraft`]s in text order. Offsets are byte offsets into the file as stored.

use std::path::{Path, PathBuf};

use crate::model::{BoilerplateKind, Source, SourceMeta, StatementKind};

/// A statement before analysis gives it an id.
#[derive(Debug, Clone, PartialEq)]
pub struct StatementDraft {
    /// Byte range in [`Source::stored_text`].
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
    #[error("{path}: cannot read: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: looks like a binary file, not text")]
    Binary { path: PathBuf },
    #[error("nothing to compare: {0}")]
    Empty(String),
}

/// Load files and folders (folders are read one level deep, in name order).
pub fn load_paths(paths: &[PathBuf]) -> Result<ArticleSet, LoadError> {
    let mut set = ArticleSet::default();
    for p in paths {
        if !p.exists() {
            return Err(LoadError::Missing { path: p.clone() });
        }
        let bytes = std::fs::read(p).map_err(|source| LoadError::Io {
            path: p.clone(),
            source,
        })?;
        let name = p
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        set.articles
            .push(article_from_bytes(&name, &bytes, Some(p.clone()))?);
    }
    set.name = paths.first().map(|p| set_name(p)).unwrap_or_default();
    if set.articles.is_empty() {
        return Err(LoadError::Empty("no articles".into()));
    }
    Ok(set)
}

fn set_name(p: &Path) -> String {
    p.file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
}

/// The five seed articles on the January 2022 Kazakhstan unrest, embedded in the binary.
pub fn bundled_set() -> ArticleSet {
    const FILES: [(&str, &str); 5] = [
        (
            "000_7c8d65ada6d1ef13.txt",
            include_str!("../../assets/articles/000_7c8d65ada6d1ef13.txt"),
        ),
        (
            "001_257f5d5333b407ac.txt",
            include_str!("../../assets/articles/001_257f5d5333b407ac.txt"),
        ),
        (
            "002_805c6a8488df4852.txt",
            include_str!("../../assets/articles/002_805c6a8488df4852.txt"),
        ),
        (
            "003_ae25a5cc9ebdcaac.txt",
            include_str!("../../assets/articles/003_ae25a5cc9ebdcaac.txt"),
        ),
        (
            "004_91a0b86326d67090.txt",
            include_str!("../../assets/articles/004_91a0b86326d67090.txt"),
        ),
    ];
    ArticleSet {
        name: "kazakhstan-2022".into(),
        articles: FILES
            .iter()
            .map(|(n, t)| article_from_bytes(n, t.as_bytes(), None).expect("bundled article"))
            .collect(),
        warnings: vec![],
    }
}

/// Build an article from a file's bytes. STUB: lines split on ". ".
pub fn article_from_bytes(
    file_name: &str,
    bytes: &[u8],
    path: Option<PathBuf>,
) -> Result<Article, LoadError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut statements = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let mut s = line_start;
        for (i, _) in line.match_indices(". ") {
            push_piece(&text, s, line_start + i + 1, &mut statements);
            s = line_start + i + 2;
        }
        push_piece(&text, s, pos, &mut statements);
    }
    Ok(Article {
        source: Source {
            id: String::new(),
            file_name: file_name.to_string(),
            path,
            stored_text: text,
            content_hash: String::new(),
            meta: SourceMeta {
                outlet: file_name.to_string(),
                ..Default::default()
            },
            warnings: vec![],
        },
        statements,
    })
}

fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<StatementDraft>) {
    let piece = &text[start..end];
    let trimmed = piece.trim();
    if trimmed.is_empty() {
        return;
    }
    let lead = piece.len() - piece.trim_start().len();
    let start = start + lead;
    out.push(StatementDraft {
        start,
        end: start + trimmed.len(),
        text: trimmed.to_string(),
        kind: StatementKind::Body,
        boilerplate: None,
    });
}
