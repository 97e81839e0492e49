//! Bounded reads of regular files.
//!
//! The file type is checked from the metadata (following symlinks) before the file is
//! opened, so a FIFO, a device or a socket is refused at once and never read; the file is
//! opened non-blocking (on Unix) and checked again, in case the path changed in between;
//! and the size limit is enforced while reading, not trusted from the metadata (a file may
//! grow, and files under `/proc` report a length of 0).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::Path;

use super::FileKind;

/// Why a file was not read. Carries no path: callers name the file.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The operating system's error (not found, permission, symlink loop, ...).
    #[error("{0}")]
    Io(io::Error),
    /// The path names a folder, a FIFO, a device or a socket.
    #[error("is {0}, not a regular file")]
    NotAFile(FileKind),
    /// The file holds more than the limit.
    #[error("is too large ({size_bytes} bytes; the limit is {limit_bytes} bytes)")]
    TooLarge { size_bytes: u64, limit_bytes: u64 },
}

/// Read the whole of the regular file at `path` (symlinks followed), at most `limit_bytes`.
pub fn read_regular_file(path: &Path, limit_bytes: u64) -> Result<Vec<u8>, ReadError> {
    let too_large = |size_bytes| ReadError::TooLarge {
        size_bytes,
        limit_bytes,
    };
    let size = check_regular(&fs::metadata(path).map_err(ReadError::Io)?)?;
    if size > limit_bytes {
        return Err(too_large(size));
    }
    let mut file = open_without_waiting(path).map_err(ReadError::Io)?;
    check_regular(&file.metadata().map_err(ReadError::Io)?)?;
    let mut bytes = Vec::with_capacity(size.min(limit_bytes) as usize);
    (&mut file)
        .take(limit_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    let read = bytes.len() as u64;
    if read > limit_bytes {
        let now = file.metadata().map_or(read, |m| m.len());
        return Err(too_large(now.max(read)));
    }
    Ok(bytes)
}

/// The length of a regular file; [`ReadError::NotAFile`] for anything else.
fn check_regular(meta: &fs::Metadata) -> Result<u64, ReadError> {
    match FileKind::of(meta.file_type()) {
        None => Ok(meta.len()),
        Some(kind) => Err(ReadError::NotAFile(kind)),
    }
}

/// Open for reading without waiting: a FIFO swapped in after the type check opens at once
/// (and is then refused) instead of waiting for a writer.
fn open_without_waiting(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}
