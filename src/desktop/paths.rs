//! Where Parallax keeps the user's things: the user data folder, and the saves folder.
//!
//! The saves folder is, first match wins:
//!
//! 1. the folder the user chose in the app ([`set_saves_dir`]);
//! 2. `$PARALLAX_SAVES_DIR`;
//! 3. `saves/` of a Parallax checkout: the current folder or one of its parents, or a
//!    parent of the running binary, holding a `Cargo.toml` for the package `parallax` and a
//!    `saves/` folder (so `cargo run` keeps saves in the project);
//! 4. `saves` under the user data folder ([`user_data_dir`]), created on demand;
//! 5. a `parallax-saves` folder in the system temporary folder, as a last resort.
//!
//! A candidate that cannot be created or written to is skipped, with a note saying why, so
//! saves never go to a read-only place.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::error::DesktopError;

/// The environment variable that overrides the saves folder.
pub const SAVES_DIR_ENV: &str = "PARALLAX_SAVES_DIR";

/// Why the saves folder is where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SavesOrigin {
    /// Chosen by the user in the app ([`set_saves_dir`]).
    Chosen,
    /// Set by `$PARALLAX_SAVES_DIR`.
    Environment,
    /// `saves/` of the Parallax checkout being run.
    Checkout,
    /// `saves` under the user data folder: the installed case.
    UserData,
    /// The temporary folder, because nothing else was writable.
    Temporary,
}

/// The saves folder, why it was picked, and why better candidates were skipped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavesLocation {
    pub dir: PathBuf,
    pub origin: SavesOrigin,
    /// One line per skipped candidate ("… cannot hold saves: …"), for display.
    pub skipped: Vec<String>,
}

impl SavesLocation {
    /// A short sentence for the app: where saves go and why.
    pub fn describe(&self) -> String {
        let why = match self.origin {
            SavesOrigin::Chosen => "the folder you chose",
            SavesOrigin::Environment => "set by PARALLAX_SAVES_DIR",
            SavesOrigin::Checkout => "the saves folder of this Parallax checkout",
            SavesOrigin::UserData => "your Parallax data folder",
            SavesOrigin::Temporary => {
                "a temporary folder, because no other folder was writable: save elsewhere"
            }
        };
        format!("Saves go to {} ({why}).", self.dir.display())
    }
}

/// The inputs of the saves-folder decision, so it can be made on any folders (tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavesProbe {
    pub chosen: Option<PathBuf>,
    pub env_override: Option<PathBuf>,
    pub current_dir: Option<PathBuf>,
    pub exe: Option<PathBuf>,
    /// The user data folder of Parallax ([`user_data_dir`]).
    pub user_data_dir: Option<PathBuf>,
    pub temp_dir: PathBuf,
}

impl SavesProbe {
    /// The probe for this process: its chosen folder, environment, current folder and binary.
    pub fn from_process() -> SavesProbe {
        SavesProbe {
            chosen: lock(&CHOSEN_SAVES_DIR).clone(),
            env_override: std::env::var_os(SAVES_DIR_ENV)
                .filter(|value| !value.is_empty())
                .map(PathBuf::from),
            current_dir: std::env::current_dir().ok(),
            exe: std::env::current_exe().ok(),
            user_data_dir: user_data_dir(),
            temp_dir: std::env::temp_dir(),
        }
    }
}

static CHOSEN_SAVES_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);
static RESOLVED_SAVES: Mutex<Option<SavesLocation>> = Mutex::new(None);

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The folder where saves go, created if needed; see the module documentation.
pub fn saves_dir() -> PathBuf {
    saves_location().dir
}

/// [`saves_dir`] with the reason for the choice. Decided once per process (and again after
/// [`set_saves_dir`] or [`clear_saves_dir_override`]).
pub fn saves_location() -> SavesLocation {
    let mut resolved = lock(&RESOLVED_SAVES);
    if let Some(location) = resolved.as_ref() {
        return location.clone();
    }
    let location = resolve_saves_location(&SavesProbe::from_process());
    *resolved = Some(location.clone());
    location
}

/// Use `dir` for saves from now on (the folder the user picked). It is created if needed
/// and must be writable; returns the folder on success. The app remembers the choice
/// across runs itself and calls this at start-up.
pub fn set_saves_dir(dir: impl Into<PathBuf>) -> Result<PathBuf, DesktopError> {
    let dir = absolute(dir.into());
    ensure_writable_dir(&dir).map_err(|reason| DesktopError::NotWritable {
        path: dir.clone(),
        reason,
    })?;
    *lock(&CHOSEN_SAVES_DIR) = Some(dir.clone());
    *lock(&RESOLVED_SAVES) = None;
    Ok(dir)
}

/// Forget the folder set with [`set_saves_dir`]; the default rules apply again.
pub fn clear_saves_dir_override() {
    *lock(&CHOSEN_SAVES_DIR) = None;
    *lock(&RESOLVED_SAVES) = None;
}

/// Decide the saves folder from `probe`, creating it; see the module documentation.
pub fn resolve_saves_location(probe: &SavesProbe) -> SavesLocation {
    let mut candidates: Vec<(PathBuf, SavesOrigin)> = Vec::new();
    if let Some(chosen) = &probe.chosen {
        candidates.push((chosen.clone(), SavesOrigin::Chosen));
    }
    if let Some(from_env) = &probe.env_override {
        candidates.push((from_env.clone(), SavesOrigin::Environment));
    }
    let checkout = probe
        .current_dir
        .as_deref()
        .and_then(find_checkout_root)
        .or_else(|| {
            probe
                .exe
                .as_deref()
                .and_then(Path::parent)
                .and_then(find_checkout_root)
        });
    if let Some(root) = checkout {
        candidates.push((root.join("saves"), SavesOrigin::Checkout));
    }
    if let Some(data) = &probe.user_data_dir {
        candidates.push((data.join("saves"), SavesOrigin::UserData));
    }
    let mut skipped = Vec::new();
    for (dir, origin) in candidates {
        let dir = match &probe.current_dir {
            Some(current) if dir.is_relative() => current.join(dir),
            _ => dir,
        };
        match ensure_writable_dir(&dir) {
            Ok(()) => {
                return SavesLocation {
                    dir,
                    origin,
                    skipped,
                };
            }
            Err(reason) => skipped.push(format!("{} cannot hold saves: {reason}", dir.display())),
        }
    }
    let dir = probe.temp_dir.join("parallax-saves");
    if let Err(reason) = ensure_writable_dir(&dir) {
        skipped.push(format!("{} cannot hold saves: {reason}", dir.display()));
    }
    SavesLocation {
        dir,
        origin: SavesOrigin::Temporary,
        skipped,
    }
}

/// The first of `start` and its parents that is the root of a Parallax checkout: it holds
/// a `Cargo.toml` whose `[package]` is named `parallax`, and a `saves/` folder.
pub fn find_checkout_root(start: &Path) -> Option<PathBuf> {
    start
        .ancestors()
        .find(|dir| dir.join("saves").is_dir() && is_parallax_manifest(&dir.join("Cargo.toml")))
        .map(Path::to_path_buf)
}

fn is_parallax_manifest(cargo_toml: &Path) -> bool {
    let Ok(text) = fs::read_to_string(cargo_toml) else {
        return false;
    };
    let mut in_package = false;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if in_package
            && let Some((key, value)) = line.split_once('=')
            && key.trim() == "name"
        {
            return value.trim().trim_matches(['"', '\'']) == "parallax";
        }
    }
    false
}

/// Parallax's folder in the user's data directory: `$XDG_DATA_HOME/parallax` (default
/// `~/.local/share/parallax`) on Linux, `~/Library/Application Support/Parallax` on macOS,
/// `%APPDATA%\Parallax` on Windows. `None` when the home folder is unknown.
pub fn user_data_dir() -> Option<PathBuf> {
    let env_dir = |name: &str| {
        std::env::var_os(name)
            .map(PathBuf::from)
            .filter(|path| path.is_absolute())
    };
    if cfg!(windows) {
        env_dir("APPDATA").map(|dir| dir.join("Parallax"))
    } else if cfg!(target_os = "macos") {
        env_dir("HOME").map(|home| home.join("Library/Application Support/Parallax"))
    } else {
        env_dir("XDG_DATA_HOME")
            .or_else(|| env_dir("HOME").map(|home| home.join(".local/share")))
            .map(|dir| dir.join("parallax"))
    }
}

fn absolute(path: PathBuf) -> PathBuf {
    if path.is_absolute() {
        return path;
    }
    std::env::current_dir()
        .map(|current| current.join(&path))
        .unwrap_or(path)
}

/// Create `dir` if needed and check a file can be created in it; the error says why not.
pub(crate) fn ensure_writable_dir(dir: &Path) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("cannot create it ({e})"))?;
    let metadata = fs::metadata(dir).map_err(|e| format!("cannot read it ({e})"))?;
    if !metadata.is_dir() {
        return Err("it is not a folder".into());
    }
    if metadata.permissions().readonly() {
        return Err("it is read-only".into());
    }
    // A new file, created exclusively: whatever already sits at a name (a symlink, a FIFO
    // that would make the open wait) is never opened.
    let (probe, _file) =
        parallax_fsio::write::create_temp(dir, std::ffi::OsStr::new("parallax-write-test"))
            .map_err(|e| format!("cannot write in it ({e})"))?;
    let _ = fs::remove_file(&probe);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The probe file is created exclusively: a FIFO or a symlink planted at its name is
    /// never opened (a FIFO would make the check wait for ever; a symlink would truncate
    /// the file it names).
    #[cfg(unix)]
    #[test]
    fn the_writability_probe_opens_nothing_that_exists() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "keep me").unwrap();
        let planted = |n: u32| {
            dir.path().join(format!(
                ".parallax-write-test.parallax-tmp-{}-{n}",
                std::process::id()
            ))
        };
        std::os::unix::fs::symlink(&victim, planted(0)).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(planted(1))
            .status()
            .unwrap();
        assert!(made.success());
        ensure_writable_dir(dir.path()).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "keep me");
        assert!(
            fs::symlink_metadata(planted(0)).is_ok() && fs::symlink_metadata(planted(1)).is_ok()
        );
    }
}
