//! Reading and writing save files.
//!
//! [`save`] writes to a temporary file in the same folder, flushes and syncs it, keeps the
//! previous save as `<name>.ron.bak`, then renames the new file into place: a crash or a
//! full disk leaves the old save intact. It refuses to replace a file that is not a
//! readable save. [`load`] only reads, and only regular files. Both go through
//! [`parallax_fsio`].

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::store::StoreError;
use crate::store::format::{SaveFile, decode, encode};
use crate::store::paths::backup_path;
use parallax_fsio::{WriteOptions, read_regular_file};

/// Largest save file [`load`] reads; anything bigger is not a save a person wrote.
pub const MAX_SAVE_BYTES: u64 = 64 * 1024 * 1024;

/// Read a save. Never writes, moves or deletes anything. Only a regular file (or a
/// symlink to one) is read, at most [`MAX_SAVE_BYTES`] of it: a FIFO or a device named as a
/// save is refused at once, never opened.
pub fn load(path: &Path) -> Result<SaveFile, StoreError> {
    let bytes =
        read_regular_file(path, MAX_SAVE_BYTES).map_err(|cause| StoreError::Unreadable {
            path: path.to_path_buf(),
            cause,
        })?;
    let text = std::str::from_utf8(&bytes).map_err(|e| StoreError::NotText {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    decode(text.strip_prefix('\u{feff}').unwrap_or(text), path)
}

/// Write a save atomically, keeping the previous one as `<path>.bak`. Creates the folder
/// if needed. Refuses ([`StoreError::WouldOverwriteUnreadable`]) to replace an existing
/// file that is not a readable Parallax save (a symlink loop or a FIFO included).
pub fn save(path: &Path, file: &SaveFile) -> Result<(), StoreError> {
    let absent = fs::metadata(path).is_err_and(|e| e.kind() == io::ErrorKind::NotFound);
    if !absent && let Err(e) = load(path) {
        return Err(StoreError::WouldOverwriteUnreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        });
    }
    let text = encode(file).map_err(|e| StoreError::Encode {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    write_atomic(path, text.as_bytes(), true)
}

/// Write `bytes` to `path` atomically; with `keep_backup`, an existing file is first
/// copied to `<path>.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    write_atomic_with(path, keep_backup, |w| w.write_all(bytes))
}

/// [`write_atomic`] with the body written by `write_body` (which may fail; then the temporary
/// file is removed and `path` is untouched). Exposed so tests can inject failures. The
/// writing itself is [`parallax_fsio::write_atomic`]'s: a symlink is written through, a FIFO
/// or a device is written into, never replaced.
pub fn write_atomic_with(
    path: &Path,
    keep_backup: bool,
    write_body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StoreError> {
    let options = WriteOptions {
        backup: keep_backup.then(|| backup_path(path)),
        create_dirs: true,
        permissions: None,
        skip_sync: false,
    };
    parallax_fsio::write_atomic(path, &options, write_body).map_err(|e| StoreError::Write {
        path: path.to_path_buf(),
        cause: e.into_io_error(),
    })
}
