//! Atomic writes that replace only regular files, and standard output for `-`.
//!
//! [`write_atomic`] looks at what the path names first (following symlinks):
//!
//! - nothing, or a regular file: the content goes to a temporary file beside the real file,
//!   which is flushed, synced and renamed over it, so a crash, a full disk or a failing
//!   writer leaves the old file whole. A symlink is never replaced: the file it names is
//!   (and a dangling symlink's target is created).
//! - a FIFO, a character or block device: written straight through, never replaced
//!   (`--json /dev/null` stays a device). Opening a FIFO waits for its reader, as a shell's
//!   `>` does.
//! - a folder: refused.
//!
//! Temporary files are named `.<name>.parallax-tmp-<pid>-<n>`, so that a write killed
//! midway leaves something recognisable; the next write of the same file removes such
//! leftovers once they are old (see [`remove_stale_temps`]).

use std::ffi::OsStr;
use std::fs::{self, File, OpenOptions, Permissions};
use std::io::{self, BufWriter, ErrorKind, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::FileKind;

/// How [`write_atomic`] treats the file it replaces.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Where to copy an existing regular file (atomically too) before replacing it.
    pub backup: Option<PathBuf>,
    /// Create the missing folders above the file.
    pub create_dirs: bool,
    /// Permissions of the new file; `None` keeps those of the file replaced (a new file
    /// gets the default ones).
    pub permissions: Option<Permissions>,
    /// Leave out the syncs of the file and its folder to the disk: for many small files
    /// that a crash may leave unwritten and a rerun writes again (the batch mode's per-event
    /// files). The write stays atomic against other readers either way.
    pub skip_sync: bool,
}

/// Why a write failed: the caller's writer failed, or the file system did.
#[derive(Debug)]
pub enum WriteError<E> {
    /// The error returned by the writer, whole.
    Body(E),
    Io(io::Error),
}

impl WriteError<io::Error> {
    /// The I/O error, whichever side it came from.
    pub fn into_io_error(self) -> io::Error {
        match self {
            WriteError::Body(e) | WriteError::Io(e) => e,
        }
    }
}

/// Whether `path` is `-`, which means standard output wherever a file is written.
pub fn is_stdout(path: &Path) -> bool {
    path == Path::new("-")
}

/// Write what `write_body` writes to `path`, atomically where `path` is a regular file or
/// absent, and through anything else but a folder; see the module documentation. On
/// failure a regular file at `path` is left as it was and no temporary file remains.
pub fn write_atomic<E>(
    path: &Path,
    options: &WriteOptions,
    write_body: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), WriteError<E>> {
    if path.file_name().is_none() {
        return Err(WriteError::Io(io::Error::new(
            ErrorKind::InvalidInput,
            "not a file name",
        )));
    }
    match resolve(path).map_err(WriteError::Io)? {
        Target::Special(real) => write_through(&real, write_body),
        Target::Regular { real, replaced } => replace(&real, replaced, options, write_body),
    }
}

/// What a write goes to.
enum Target {
    /// A regular file (`replaced` is its metadata) or nothing yet, at `real` (symlinks
    /// followed).
    Regular {
        real: PathBuf,
        replaced: Option<fs::Metadata>,
    },
    /// A FIFO, a device or a socket: written through.
    Special(PathBuf),
}

/// Longest chain of symlinks followed to a file that does not exist yet.
const MAX_SYMLINKS: usize = 40;

fn resolve(path: &Path) -> io::Result<Target> {
    match fs::metadata(path) {
        Ok(meta) => match FileKind::of(meta.file_type()) {
            None => {
                let is_link = fs::symlink_metadata(path)?.file_type().is_symlink();
                let real = if is_link {
                    fs::canonicalize(path)?
                } else {
                    path.to_path_buf()
                };
                Ok(Target::Regular {
                    real,
                    replaced: Some(meta),
                })
            }
            Some(FileKind::Folder) => Err(io::Error::new(ErrorKind::IsADirectory, "is a folder")),
            Some(_) => Ok(Target::Special(path.to_path_buf())),
        },
        // Absent, or a symlink (chain) to a name that does not exist: create that name.
        Err(e) if e.kind() == ErrorKind::NotFound => {
            let mut current = path.to_path_buf();
            for _ in 0..MAX_SYMLINKS {
                match fs::symlink_metadata(&current) {
                    Ok(m) if m.file_type().is_symlink() => {
                        let next = fs::read_link(&current)?;
                        current = match current.parent() {
                            Some(dir) => dir.join(next),
                            None => next,
                        };
                    }
                    _ => {
                        return Ok(Target::Regular {
                            real: current,
                            replaced: None,
                        });
                    }
                }
            }
            Err(io::Error::other("too many levels of symbolic links"))
        }
        Err(e) => Err(e),
    }
}

/// Write into an existing FIFO or device without replacing it.
fn write_through<E>(
    path: &Path,
    write_body: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), WriteError<E>> {
    let file = OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(WriteError::Io)?;
    let mut writer = BufWriter::new(file);
    write_body(&mut writer).map_err(WriteError::Body)?;
    writer.flush().map_err(WriteError::Io)
}

/// Write a temporary file beside `real` and rename it over `real`.
fn replace<E>(
    real: &Path,
    replaced: Option<fs::Metadata>,
    options: &WriteOptions,
    write_body: impl FnOnce(&mut dyn Write) -> Result<(), E>,
) -> Result<(), WriteError<E>> {
    let dir = match real.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    if options.create_dirs {
        fs::create_dir_all(dir).map_err(WriteError::Io)?;
    } else if !dir.is_dir() {
        return Err(WriteError::Io(io::Error::new(
            ErrorKind::NotFound,
            format!("the folder {} does not exist", dir.display()),
        )));
    }
    let name = real.file_name().unwrap_or_default();
    remove_stale_temps(dir, name);
    let (temp, file) = create_temp(dir, name).map_err(WriteError::Io)?;
    let mut writer = BufWriter::new(file);
    let result = match write_body(&mut writer) {
        Err(e) => Err(WriteError::Body(e)),
        Ok(()) => finish(writer, &temp, real, replaced, options).map_err(WriteError::Io),
    };
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    } else if !options.skip_sync {
        sync_dir(dir);
    }
    result
}

/// Flush and sync the temporary file, give it its permissions, keep the backup, rename.
fn finish(
    writer: BufWriter<File>,
    temp: &Path,
    real: &Path,
    replaced: Option<fs::Metadata>,
    options: &WriteOptions,
) -> io::Result<()> {
    let file = writer.into_inner().map_err(|e| e.into_error())?;
    if !options.skip_sync {
        file.sync_all()?;
    }
    let previous = replaced.map(|m| m.permissions());
    if let Some(permissions) = options.permissions.clone().or_else(|| previous.clone()) {
        fs::set_permissions(temp, permissions)?;
    }
    if let (Some(backup), Some(previous)) = (&options.backup, previous) {
        let backup_options = WriteOptions {
            permissions: Some(previous),
            ..WriteOptions::default()
        };
        write_atomic(backup, &backup_options, |w| {
            io::copy(&mut File::open(real)?, w).map(drop)
        })
        .map_err(WriteError::into_io_error)?;
    }
    fs::rename(temp, real)
}

/// Marks every temporary file: `.<name>.parallax-tmp-<pid>-<n>`.
const TEMP_MARK: &str = ".parallax-tmp-";
/// Different temporary names tried before giving up (each is created exclusively).
const TEMP_ATTEMPTS: u32 = 16;
/// Bytes of the target's name kept in a temporary name, so that it stays a legal name.
const TEMP_NAME_BYTES: usize = 180;

/// The target's name as it appears in its temporary names: cut at a character boundary.
fn temp_stem(name: &OsStr) -> String {
    let name = name.to_string_lossy();
    let mut end = name.len().min(TEMP_NAME_BYTES);
    while !name.is_char_boundary(end) {
        end -= 1;
    }
    name[..end].to_string()
}

/// Create a new temporary file for `name` in `dir`, never opening an existing file.
pub fn create_temp(dir: &Path, name: &OsStr) -> io::Result<(PathBuf, File)> {
    let stem = temp_stem(name);
    let pid = std::process::id();
    let mut last_error = None;
    for n in 0..TEMP_ATTEMPTS {
        let temp = dir.join(format!(".{stem}{TEMP_MARK}{pid}-{n}"));
        match OpenOptions::new().write(true).create_new(true).open(&temp) {
            Ok(file) => return Ok((temp, file)),
            Err(e) if e.kind() == ErrorKind::AlreadyExists => last_error = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last_error.unwrap_or_else(|| io::Error::other("no temporary file name left")))
}

/// How long a temporary file must have gone unmodified before it counts as abandoned.
pub const STALE_TEMP_AGE: Duration = Duration::from_secs(15 * 60);

/// Remove the temporary files that writes of `name` killed midway left in `dir`.
///
/// What is removed: regular files only (never a folder or a symlink), in the target's own
/// folder, whose names have one of the exact forms Parallax gives its temporary files for
/// this target name: `.<name>.parallax-tmp-<pid>-<n>`, and the forms of earlier versions,
/// `.<name>.<pid>.tmp`, `<name>.<pid>.tmp` (for a `.bak` name) and
/// `.<name>.parallax-install-<pid>`; and only when they were last modified
/// [`STALE_TEMP_AGE`] ago or more.
///
/// Why that is safe: a write fills its temporary file and renames it within moments, so a
/// temporary file untouched for that long belongs to a write that was killed, and nothing
/// will ever read it. A write still in progress keeps modifying its file; one stalled for
/// longer would only fail at its rename, reporting an error and leaving its target as it
/// was. Failures here are ignored: the cleanup is a courtesy, never a reason to fail.
pub fn remove_stale_temps(dir: &Path, name: &OsStr) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let stem = temp_stem(name);
    let now = SystemTime::now();
    for entry in entries.flatten() {
        if !is_temp_of(&entry.file_name(), &stem) {
            continue;
        }
        // `DirEntry::metadata` does not follow symlinks.
        let Ok(meta) = entry.metadata() else { continue };
        let stale = meta
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age >= STALE_TEMP_AGE);
        if meta.is_file() && stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Whether `candidate` is one of the temporary names of a target whose [`temp_stem`] is
/// `stem` (see [`remove_stale_temps`]).
fn is_temp_of(candidate: &OsStr, stem: &str) -> bool {
    let Some(candidate) = candidate.to_str() else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let hidden = candidate
        .strip_prefix('.')
        .and_then(|rest| rest.strip_prefix(stem));
    if let Some(rest) = hidden {
        if let Some(ids) = rest.strip_prefix(TEMP_MARK) {
            return ids
                .split_once('-')
                .is_some_and(|(pid, n)| digits(pid) && digits(n));
        }
        if let Some(pid) = rest.strip_prefix(".parallax-install-") {
            return digits(pid);
        }
        return legacy_tmp_suffix(rest, digits);
    }
    stem.ends_with(".bak")
        && candidate
            .strip_prefix(stem)
            .is_some_and(|rest| legacy_tmp_suffix(rest, digits))
}

/// `.<pid>.tmp`, the suffix of the temporary files of earlier versions.
fn legacy_tmp_suffix(rest: &str, digits: impl Fn(&str) -> bool) -> bool {
    rest.strip_prefix('.')
        .and_then(|r| r.strip_suffix(".tmp"))
        .is_some_and(digits)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_recognised_exactly() {
        let temp = |s: &str| is_temp_of(OsStr::new(s), "set.ron");
        assert!(temp(".set.ron.parallax-tmp-123-0"));
        assert!(temp(".set.ron.4567.tmp"));
        assert!(temp(".set.ron.parallax-install-99"));
        assert!(!temp("set.ron"));
        assert!(!temp(".set.ron.parallax-tmp-123"));
        assert!(!temp(".set.ron.parallax-tmp-12a-0"));
        assert!(!temp(".set.ronx.1.tmp"));
        assert!(!temp("set.ron.123.tmp"), "only a backup's copy is unhidden");
        assert!(is_temp_of(OsStr::new("set.ron.bak.123.tmp"), "set.ron.bak"));
        assert!(!temp(".other.ron.parallax-tmp-1-0"));
    }

    #[test]
    fn long_names_are_cut_at_a_character_boundary() {
        let name = "é".repeat(200);
        let stem = temp_stem(OsStr::new(&name));
        assert!(stem.len() <= TEMP_NAME_BYTES && stem.len() >= TEMP_NAME_BYTES - 1);
        assert!(stem.chars().all(|c| c == 'é'));
    }
}
