//! The one error type of the desktop module: every failure names the file it concerns.

use std::io;
use std::path::PathBuf;

/// What can go wrong while installing, uninstalling or choosing folders.
#[derive(Debug, thiserror::Error)]
pub enum DesktopError {
    /// Neither `HOME` nor the XDG variables say where the user's folders are.
    #[error("cannot find the home folder: HOME is not set")]
    NoHome,
    /// Installing for double-click launch is a Linux (XDG desktop) feature.
    #[error(
        "install-desktop is for Linux desktops; on macOS and Windows use the packaged app (see docs/INSTALL.md)"
    )]
    Unsupported,
    /// A file system operation failed. The operating system's error is part of the
    /// message, so it is not also given as the `source` (it would be printed twice).
    #[error("cannot {action} {}: {cause}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        cause: io::Error,
    },
    /// A target exists and was not put there by a previous install.
    #[error(
        "{} already exists and was not installed by Parallax; rerun with --force to replace it",
        path.display()
    )]
    WouldOverwrite { path: PathBuf },
    /// A path cannot be written into the manifest or the desktop entry.
    #[error("cannot use the path {}: {reason}", path.display())]
    UnusablePath { path: PathBuf, reason: &'static str },
    /// The install manifest is damaged.
    #[error("the install manifest {} is damaged at line {line}: {reason}", path.display())]
    BadManifest {
        path: PathBuf,
        line: usize,
        reason: String,
    },
    /// Uninstall found no manifest.
    #[error("Parallax is not installed here: there is no install manifest at {}", path.display())]
    NotInstalled { path: PathBuf },
    /// A folder chosen for saves cannot be written to.
    #[error("{} cannot hold saves: {reason}", path.display())]
    NotWritable { path: PathBuf, reason: String },
}

impl DesktopError {
    /// Wrap an I/O error with the action and the path it concerns.
    pub(crate) fn io(action: &'static str, path: impl Into<PathBuf>, cause: io::Error) -> Self {
        DesktopError::Io {
            action,
            path: path.into(),
            cause,
        }
    }
}
