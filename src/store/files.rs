//! Reading and writing save files.
//!
//! [`save`] writes to a temporary file in the same folder, flushes and syncs it, keeps the
//! previous save as `<name>.ron.bak`, then renames the new file into place: a crash or a
//! full disk leaves the old save intact. It refuses to replace a file that is not a
//! readable save. [`load`] only reads.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::store::StoreError;
use crate::store::format::{SaveFile, decode, encode};
use crate::store::paths::{backup_path, with_suffix};

/// Largest save file [`load`] reads; anything bigger is not a save a person wrote.
pub const MAX_SAVE_BYTES: u64 = 64 * 1024 * 1024;

/// Read a save. Never writes, moves or deletes anything.
pub fn load(path: &Path) -> Result<SaveFile, StoreError> {
    let read_error = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    let size_bytes = fs::metadata(path).map_err(read_error)?.len();
    if size_bytes > MAX_SAVE_BYTES {
        return Err(StoreError::TooLarge {
            path: path.to_path_buf(),
            size_bytes,
            limit_bytes: MAX_SAVE_BYTES,
        });
    }
    let bytes = fs::read(path).map_err(read_error)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| StoreError::NotText {
        path: path.to_path_buf(),
        offset: e.valid_up_to(),
    })?;
    decode(text.strip_prefix('\u{feff}').unwrap_or(text), path)
}

/// Write a save atomically, keeping the previous one as `<path>.bak`. Creates the folder
/// if needed. Refuses ([`StoreError::WouldOverwriteUnreadable`]) to replace an existing
/// file that is not a readable Parallax save.
pub fn save(path: &Path, file: &SaveFile) -> Result<(), StoreError> {
    if path.exists()
        && let Err(e) = load(path)
    {
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
/// file is removed and `path` is untouched). Exposed so tests can inject failures.
pub fn write_atomic_with(
    path: &Path,
    keep_backup: bool,
    write_body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), StoreError> {
    let write_error = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&dir).map_err(write_error)?;
    let temp = temp_path(path);
    let result = write_temp(&temp, write_body)
        .and_then(|()| keep_permissions(path, &temp))
        .and_then(|()| {
            if keep_backup && path.is_file() {
                copy_atomic(path, &backup_path(path))
            } else {
                Ok(())
            }
        })
        .and_then(|()| fs::rename(&temp, path));
    if let Err(e) = result {
        if temp.is_file() {
            let _ = fs::remove_file(&temp);
        }
        return Err(write_error(e));
    }
    sync_dir(&dir);
    Ok(())
}

/// `.<name>.<pid>.tmp` next to the target, so the rename stays on one file system.
fn temp_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

fn write_temp(
    temp: &Path,
    write_body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(temp)?;
    let mut writer = BufWriter::new(file);
    write_body(&mut writer)?;
    writer.flush()?;
    let file = writer.into_inner().map_err(|e| e.into_error())?;
    file.sync_all()
}

/// Give the new file the permissions of the one it replaces (if any).
fn keep_permissions(existing: &Path, temp: &Path) -> io::Result<()> {
    match fs::metadata(existing) {
        Ok(m) if m.is_file() => fs::set_permissions(temp, m.permissions()),
        _ => Ok(()),
    }
}

/// Copy `from` to `to` through a temporary file and a rename.
fn copy_atomic(from: &Path, to: &Path) -> io::Result<()> {
    let temp = with_suffix(to, &format!(".{}.tmp", std::process::id()));
    let result = fs::copy(from, &temp)
        .and_then(|_| File::open(&temp)?.sync_all())
        .and_then(|()| fs::rename(&temp, to));
    if result.is_err() && temp.is_file() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Make the rename durable where the platform allows (best effort).
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}
