//! Save files for annotations: RON on disk, written atomically, read defensively.
//!
//! - [`format`](mod@format): the [`SaveFile`] content, its RON encoding and format versions.
//! - [`files`]: [`save`] (atomic, keeps `<name>.ron.bak`) and [`load`] (never writes).
//! - [`reopen`](mod@reopen): re-anchoring a save against the current analysis, with a report.
//! - [`document`]: the open [`Document`]: save, save as, open, autosave, recovery, title.
//! - [`autosave`]: autosave files next to the save, and crash recovery.
//! - [`paths`]: default save paths with set names made safe for file names.
//!
//! The saves folder is chosen by the caller (the app uses its `desktop` module); nothing here
//! decides where a user's files live.

pub mod autosave;
pub mod document;
pub mod files;
pub mod format;
pub mod paths;
pub mod reopen;

use std::path::{Path, PathBuf};

/// The worked example shipped as `saves/kazakhstan-example.ron`, embedded so that the
/// bundled set opens with it wherever Parallax is installed.
pub const BUNDLED_EXAMPLE_SAVE: &str = include_str!("../../../../saves/kazakhstan-example.ron");

/// The file name of [`BUNDLED_EXAMPLE_SAVE`], for messages.
pub const BUNDLED_EXAMPLE_NAME: &str = "kazakhstan-example.ron";

pub use autosave::{
    AutosaveTimer, Recovery, autosave_path, clear_autosave, find_recovery, write_autosave,
};
pub use document::Document;
pub use files::{load, save, write_atomic, write_atomic_with};
pub use format::{
    CURRENT_VERSION, FORMAT_NAME, ManualEvent, SaveFile, SetIdentity, SourceIdentity,
};
pub use paths::{backup_path, default_save_path, sanitize_file_stem};
pub use reopen::{ItemRef, ReopenItem, ReopenReport, reopen, reopen_report};

/// Why a save could not be read or written. Every message names the file.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The save could not be read: the operating system's error, or a refusal of what is not
    /// a regular file or is larger than any save.
    // The cause is part of the message, so it is not also given as the `source` (a printer
    // of the whole chain would show it twice).
    #[error("{}", unreadable_message(path, cause))]
    Unreadable {
        path: PathBuf,
        cause: parallax_fsio::ReadError,
    },
    #[error("cannot write {}: {cause}", path.display())]
    Write {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{} is not text (invalid UTF-8 at byte {offset}): not a Parallax save, or damaged", path.display())]
    NotText { path: PathBuf, offset: usize },
    #[error("{} is damaged at line {line}, column {column}: {message}", path.display())]
    Corrupt {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{} ends early at line {line}, column {column}: the file is truncated", path.display())]
    Truncated {
        path: PathBuf,
        line: usize,
        column: usize,
    },
    #[error("{} is not a Parallax annotations file (format {found:?})", path.display())]
    NotASave { path: PathBuf, found: String },
    #[error(
        "{} was written by a newer Parallax (format version {version}); this version reads versions up to {supported}",
        path.display()
    )]
    NewerVersion {
        path: PathBuf,
        version: u32,
        supported: u32,
    },
    #[error("{} has format version {version}, which no Parallax ever wrote", path.display())]
    UnknownVersion { path: PathBuf, version: u32 },
    #[error("cannot encode the save for {}: {message}", path.display())]
    Encode { path: PathBuf, message: String },
    #[error(
        "{} exists but is not a readable Parallax save, so it will not be overwritten ({reason}); choose another name",
        path.display()
    )]
    WouldOverwriteUnreadable { path: PathBuf, reason: String },
}

/// [`StoreError::Unreadable`]'s message: what was refused is said to be no save.
fn unreadable_message(path: &Path, cause: &parallax_fsio::ReadError) -> String {
    use parallax_fsio::ReadError;
    let path = path.display();
    match cause {
        ReadError::Io(io) => format!("cannot read {path}: {io}"),
        ReadError::NotAFile(kind) => format!("{path} is {kind}, not a save file"),
        ReadError::TooLarge {
            size_bytes,
            limit_bytes,
        } => format!(
            "{path} is {size_bytes} bytes, more than any save ({limit_bytes} bytes): not a Parallax save"
        ),
    }
}

impl StoreError {
    /// The file the error is about.
    pub fn path(&self) -> &Path {
        match self {
            Self::Unreadable { path, .. }
            | Self::Write { path, .. }
            | Self::NotText { path, .. }
            | Self::Corrupt { path, .. }
            | Self::Truncated { path, .. }
            | Self::NotASave { path, .. }
            | Self::NewerVersion { path, .. }
            | Self::UnknownVersion { path, .. }
            | Self::Encode { path, .. }
            | Self::WouldOverwriteUnreadable { path, .. } => path,
        }
    }

    /// Line and column of the problem, for errors that have one.
    pub fn line_column(&self) -> Option<(usize, usize)> {
        match self {
            Self::Corrupt { line, column, .. } | Self::Truncated { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}
