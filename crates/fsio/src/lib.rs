//! File-system access shared by every crate of the workspace, so that no module can crash
//! on, clobber or hang on a file it did not expect.
//!
//! - [`read`](mod@read): [`read_regular_file`] reads regular files only (symlinks are
//!   followed), refuses folders, FIFOs, devices and sockets from their metadata before
//!   opening anything, and enforces its size limit while reading.
//! - [`write`](mod@write): [`write_atomic`] replaces a regular (or absent) file through a
//!   temporary file renamed over it, writes through a symlink to the file it names, writes
//!   straight into a FIFO or a device instead of replacing it, and removes the temporary
//!   files a killed write left behind. [`is_stdout`] tells `-`, standard output wherever
//!   the command line takes a file to write.
//!
//! Errors here carry no path: each caller wraps them into its own error type, which names
//! the file once.

pub mod read;
pub mod write;

pub use read::{ReadError, read_regular_file};
pub use write::{WriteError, WriteOptions, is_stdout, write_atomic};

use std::fs::FileType;

/// What a path names, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Folder,
    /// A named pipe: reading it would wait for a writer.
    Fifo,
    CharDevice,
    BlockDevice,
    Socket,
    /// Anything else the platform has.
    Other,
}

impl FileKind {
    /// The kind of a file that is not a regular file (`None` for a regular file).
    pub fn of(file_type: FileType) -> Option<FileKind> {
        if file_type.is_file() {
            return None;
        }
        if file_type.is_dir() {
            return Some(FileKind::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if file_type.is_fifo() {
                return Some(FileKind::Fifo);
            }
            if file_type.is_char_device() {
                return Some(FileKind::CharDevice);
            }
            if file_type.is_block_device() {
                return Some(FileKind::BlockDevice);
            }
            if file_type.is_socket() {
                return Some(FileKind::Socket);
            }
        }
        Some(FileKind::Other)
    }
}

impl std::fmt::Display for FileKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            FileKind::Folder => "a folder",
            FileKind::Fifo => "a named pipe (FIFO)",
            FileKind::CharDevice => "a character device",
            FileKind::BlockDevice => "a block device",
            FileKind::Socket => "a socket",
            FileKind::Other => "not a regular file",
        })
    }
}
