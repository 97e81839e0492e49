//! The save file's content and its RON encoding, with format versions.
//!
//! A save is a [`SaveFile`]: the format name, a version number, the identity of the
//! article set it was made on, the annotations, the link overrides and the checker's
//! corrections of the articles (added within version 1 with a default: older saves load
//! unchanged, and a save without corrections is written as before), and the events the user
//! merged or split by hand in the event list of a large or mixed set (added the same way). [`decode`] reads
//! every version this build knows (currently only version 1) and refuses, with a clear
//! message, files of another format, of a newer version, corrupt or truncated ones,
//! giving the line and column of the problem.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::annotate::{Annotation, AnnotationSet, LinkOverride, SourceCorrection};
use crate::store::StoreError;
use parallax_engine::model::Analysis;

/// The `format` field of every save.
pub const FORMAT_NAME: &str = "parallax-annotations";
/// The version this build writes. Versions `1..=CURRENT_VERSION` can be read.
pub const CURRENT_VERSION: u32 = 1;

/// One source of the article set, as a save records it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SourceIdentity {
    pub file_name: String,
    /// SHA-256 of the file's bytes, lowercase hex.
    pub content_hash: String,
    /// Where the file was when the save was written (absent for the bundled set and in
    /// saves written before this field existed); lets a save reopen its articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<std::path::PathBuf>,
}

/// Which article set a save belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetIdentity {
    /// The set's display name (folder name, or `kazakhstan-2022` for the bundled set).
    pub name: String,
    pub sources: Vec<SourceIdentity>,
}

impl SetIdentity {
    /// The identity of an analysed set.
    pub fn of(name: impl Into<String>, analysis: &Analysis) -> Self {
        Self {
            name: name.into(),
            sources: analysis
                .sources
                .iter()
                .map(|s| SourceIdentity {
                    file_name: s.file_name.clone(),
                    content_hash: s.content_hash.clone(),
                    path: s.path.clone(),
                })
                .collect(),
        }
    }

    /// Whether this is the set bundled with Parallax (its name, and no file on disk).
    pub fn is_bundled(&self) -> bool {
        self.name == parallax_engine::corpus::BUNDLED_SET_NAME
            && self.sources.iter().all(|s| s.path.is_none())
    }

    /// The article files the save was made on, where they were when it was saved.
    pub fn source_paths(&self) -> Vec<std::path::PathBuf> {
        self.sources.iter().filter_map(|s| s.path.clone()).collect()
    }
}

/// Everything a save file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SaveFile {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    pub version: u32,
    pub set: SetIdentity,
    pub annotations: Vec<Annotation>,
    pub overrides: Vec<LinkOverride>,
    /// The checker's corrections of the articles (outlet, date, URL, origin, excluded).
    /// Absent in saves written before it existed and when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub source_corrections: Vec<SourceCorrection>,
    /// Events of a large or mixed set that the user merged or split by hand (see
    /// `crate::events`), reapplied over the automatic grouping when the set is reopened.
    /// Absent in saves written before it existed and when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<ManualEvent>,
}

/// An event of the event list made or changed by hand: its articles, by file name and
/// content hash (with the path when known), and the label it was shown with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManualEvent {
    pub label: String,
    pub articles: Vec<SourceIdentity>,
}

impl SaveFile {
    /// A save of the current state of `annotations`, in the current format.
    pub fn new(set: SetIdentity, annotations: &AnnotationSet) -> Self {
        Self {
            format: FORMAT_NAME.to_string(),
            version: CURRENT_VERSION,
            set,
            annotations: annotations.annotations().to_vec(),
            overrides: annotations.overrides().to_vec(),
            source_corrections: annotations.source_corrections().to_vec(),
            events: Vec::new(),
        }
    }

    /// The annotations as a clean set with no undo history (anchors as saved; see
    /// [`crate::store::reopen()`] to re-anchor them against an analysis first).
    pub fn to_annotation_set(&self) -> AnnotationSet {
        AnnotationSet::from_parts(self.annotations.clone(), self.overrides.clone())
            .with_source_corrections(self.source_corrections.clone())
    }
}

/// The first lines of every save.
const HEADER: &str = "// Parallax annotations: verdicts, notes and manual links on an article set.\n\
// Plain RON (https://github.com/ron-rs/ron). Quotes and offsets anchor each annotation to the text.\n";

/// Encode a save as RON text (with a short comment header).
pub fn encode(file: &SaveFile) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false);
    let body = ron::ser::to_string_pretty(file, config)?;
    Ok(format!("{HEADER}{body}\n"))
}

/// Just enough of any save to know what it is; other fields are skipped.
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: String,
    /// 0 when absent (no Parallax version is 0).
    #[serde(default)]
    version: u32,
}

/// Decode RON text read from `path` (the path is only used in error messages).
pub fn decode(text: &str, path: &Path) -> Result<SaveFile, StoreError> {
    if text.trim().is_empty() {
        return Err(StoreError::Truncated {
            path: path.to_path_buf(),
            line: 1,
            column: 1,
        });
    }
    let probe: Probe = ron::from_str(text).map_err(|e| syntax_error(e, text, path))?;
    if probe.format != FORMAT_NAME {
        return Err(StoreError::NotASave {
            path: path.to_path_buf(),
            found: probe.format,
        });
    }
    match probe.version {
        0 => Err(StoreError::NotASave {
            path: path.to_path_buf(),
            found: format!("{FORMAT_NAME} without a version"),
        }),
        1 => decode_v1(text, path),
        v if v > CURRENT_VERSION => Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            version: v,
            supported: CURRENT_VERSION,
        }),
        v => Err(StoreError::UnknownVersion {
            path: path.to_path_buf(),
            version: v,
        }),
    }
}

/// Version 1, the first format. Keep this path working when a later version is added:
/// decode into the v1 layout, then convert to the current [`SaveFile`].
fn decode_v1(text: &str, path: &Path) -> Result<SaveFile, StoreError> {
    ron::from_str::<SaveFile>(text).map_err(|e| syntax_error(e, text, path))
}

/// Turn a RON error into a corrupt or truncated error with its position.
fn syntax_error(e: ron::error::SpannedError, text: &str, path: &Path) -> StoreError {
    let position = e.span.start;
    let (end_line, end_column) = end_position(text);
    let at_end = (position.line, position.col) >= (end_line, end_column)
        || (e.span.end.line, e.span.end.col) >= (end_line, end_column);
    if e.code == ron::Error::Eof || (at_end && !text.trim_end().ends_with(')')) {
        StoreError::Truncated {
            path: path.to_path_buf(),
            line: position.line,
            column: position.col,
        }
    } else {
        StoreError::Corrupt {
            path: path.to_path_buf(),
            line: position.line,
            column: position.col,
            message: match e.code {
                // ron's own wording names its options and serde_stacker: not for users.
                ron::Error::ExceededRecursionLimit => {
                    "nested too deeply to be a Parallax save".to_string()
                }
                code => code.to_string(),
            },
        }
    }
}

/// Line and column (1-based, in characters) just past the end of `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = 1 + text.matches('\n').count();
    let column = 1 + text.rsplit('\n').next().unwrap_or("").chars().count();
    (line, column)
}
