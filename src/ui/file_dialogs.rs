//! File dialogs that always work: the system's dialog when there is one, else a path typed
//! in the app.
//!
//! rfd's Linux backend asks the XDG desktop portal (then zenity); when neither exists it
//! returns `None` at once, exactly as if the user had cancelled. A dialog that comes back
//! empty faster than anyone could cancel it is taken as "no system dialog here", and the app
//! opens a [`PathPrompt`] instead: a small window with a path field, prefilled with a
//! sensible path, and OK / Cancel. Where no session bus and no zenity exist the system
//! dialog is not tried at all; `PARALLAX_NATIVE_DIALOGS=0` skips it too.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use parallax_documents::export::ExportFormat;

/// An empty answer sooner than this means the dialog never showed.
pub const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// What a system file dialog gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome<T> {
    Chosen(T),
    /// The user closed the dialog without choosing.
    Cancelled,
    /// No system dialog could be shown: ask in the app instead.
    Unavailable,
}

/// Tell "cancelled" from "no dialog" by how long the empty answer took.
pub fn classify<T>(answer: Option<T>, took: Duration) -> Outcome<T> {
    match answer {
        Some(chosen) => Outcome::Chosen(chosen),
        None if took < NO_DIALOG_WITHIN => Outcome::Unavailable,
        None => Outcome::Cancelled,
    }
}

/// Whether the user turned system dialogs off (`PARALLAX_NATIVE_DIALOGS=0`, `off`, `no`).
fn native_dialogs_disabled() -> bool {
    std::env::var("PARALLAX_NATIVE_DIALOGS")
        .is_ok_and(|v| matches!(v.trim(), "0" | "off" | "no" | "false"))
}

/// Whether a system dialog can show at all. On Linux and the BSDs rfd needs the desktop
/// portal, reached over the D-Bus session bus, or zenity: with neither there is nothing to
/// try (and trying could start a bus only to fail slowly, looking like a cancel).
fn native_dialog_possible() -> bool {
    if !cfg!(all(unix, not(target_os = "macos"))) {
        return true;
    }
    let env_path = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    let session_bus = env_path("DBUS_SESSION_BUS_ADDRESS").is_some()
        || env_path("XDG_RUNTIME_DIR").is_some_and(|dir| Path::new(&dir).join("bus").exists());
    let zenity = env_path("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join("zenity").is_file()));
    session_bus || zenity
}

/// Show a system dialog (`dialog` calls rfd) and classify its answer.
pub fn run_native<T>(dialog: impl FnOnce() -> Option<T>) -> Outcome<T> {
    if native_dialogs_disabled() || !native_dialog_possible() {
        return Outcome::Unavailable;
    }
    let started = Instant::now();
    let answer = dialog();
    classify(answer, started.elapsed())
}

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    Export(ExportFormat),
    OpenArticles,
    OpenFolder,
    OpenAnnotations,
    SaveAnnotationsAs,
    ChooseSavesFolder,
}

impl PathPurpose {
    /// The window's title.
    pub fn title(self) -> String {
        match self {
            Self::Export(format) => format!("Export the {}", format.label()),
            Self::OpenArticles => "Open articles".to_string(),
            Self::OpenFolder => "Open a folder of articles".to_string(),
            Self::OpenAnnotations => "Open annotations".to_string(),
            Self::SaveAnnotationsAs => "Save annotations as".to_string(),
            Self::ChooseSavesFolder => "Choose the saves folder".to_string(),
        }
    }

    /// What to type, in one line.
    pub fn hint(self) -> &'static str {
        match self {
            Self::Export(_) => "The file to write (the extension is added when missing).",
            Self::OpenArticles => "An article file (.txt, .md, .html) or a folder of them.",
            Self::OpenFolder => "A folder of articles.",
            Self::OpenAnnotations => "A Parallax save (.ron).",
            Self::SaveAnnotationsAs => "The save file to write (.ron is added when missing).",
            Self::ChooseSavesFolder => "The folder where saves go.",
        }
    }

    /// The extension added to a typed file name that has none.
    fn default_extension(self) -> Option<&'static str> {
        match self {
            Self::Export(format) => Some(format.extension()),
            Self::SaveAnnotationsAs => Some("ron"),
            _ => None,
        }
    }
}

/// The in-app path field shown when no system dialog is available.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathPrompt {
    pub purpose: PathPurpose,
    pub text: String,
    /// Why the last OK did not work, shown under the field.
    pub error: Option<String>,
}

impl PathPrompt {
    pub fn new(purpose: PathPurpose, prefill: &Path) -> Self {
        Self {
            purpose,
            text: prefill.display().to_string(),
            error: None,
        }
    }

    /// The typed path, checked for its purpose: `~` is the home folder, a relative path is
    /// taken from `base`; files to write get their extension and need an existing folder;
    /// files and folders to open must exist.
    pub fn resolve(&self, base: &Path) -> Result<PathBuf, String> {
        let typed = self.text.trim();
        if typed.is_empty() {
            return Err("Type a path first.".to_string());
        }
        let mut path = expand_home(typed);
        if path.is_relative() {
            path = base.join(path);
        }
        let writes_file = self.purpose.default_extension().is_some();
        if writes_file {
            if path.is_dir() {
                return Err(format!(
                    "{} is a folder: add a file name to it.",
                    path.display()
                ));
            }
            if path.extension().is_none()
                && let Some(extension) = self.purpose.default_extension()
            {
                path.set_extension(extension);
            }
            let folder = path.parent().unwrap_or(Path::new(""));
            if !folder.as_os_str().is_empty() && !folder.is_dir() {
                return Err(format!("There is no folder {}.", folder.display()));
            }
            return Ok(path);
        }
        match self.purpose {
            PathPurpose::OpenFolder | PathPurpose::ChooseSavesFolder if !path.is_dir() => {
                Err(format!("There is no folder {}.", path.display()))
            }
            PathPurpose::OpenAnnotations if !path.is_file() => {
                Err(format!("There is no file {}.", path.display()))
            }
            _ if !path.exists() => Err(format!("Nothing is at {}.", path.display())),
            _ => Ok(path),
        }
    }
}

/// `~` and `~/…` as the home folder.
fn expand_home(typed: &str) -> PathBuf {
    let home = std::env::var_os("HOME").map(PathBuf::from);
    match (typed, home) {
        ("~", Some(home)) => home,
        (t, Some(home)) if t.starts_with("~/") => home.join(&t[2..]),
        (t, _) => PathBuf::from(t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instant_empty_answer_means_no_dialog_and_a_slow_one_a_cancel() {
        assert_eq!(
            classify::<PathBuf>(None, Duration::from_millis(3)),
            Outcome::Unavailable
        );
        assert_eq!(
            classify::<PathBuf>(None, Duration::from_secs(4)),
            Outcome::Cancelled
        );
        assert_eq!(
            classify(Some(1), Duration::from_millis(3)),
            Outcome::Chosen(1)
        );
    }

    #[test]
    fn typed_paths_get_their_extension_and_must_have_a_folder() {
        let dir = tempfile::tempdir().unwrap();
        let mut prompt = PathPrompt::new(
            PathPurpose::Export(ExportFormat::Markdown),
            &dir.path().join("report"),
        );
        assert_eq!(prompt.resolve(dir.path()), Ok(dir.path().join("report.md")));
        prompt.text = "relative.md".into();
        assert_eq!(
            prompt.resolve(dir.path()),
            Ok(dir.path().join("relative.md"))
        );
        prompt.text = dir.path().join("nowhere/x.md").display().to_string();
        assert!(
            prompt
                .resolve(dir.path())
                .unwrap_err()
                .contains("no folder")
        );
        prompt.text = dir.path().display().to_string();
        assert!(
            prompt
                .resolve(dir.path())
                .unwrap_err()
                .contains("is a folder")
        );
        prompt.text = "  ".into();
        assert!(prompt.resolve(dir.path()).is_err());

        let open = PathPrompt::new(PathPurpose::OpenAnnotations, &dir.path().join("a.ron"));
        assert!(open.resolve(dir.path()).unwrap_err().contains("no file"));
        std::fs::write(dir.path().join("a.ron"), "()").unwrap();
        assert_eq!(open.resolve(dir.path()), Ok(dir.path().join("a.ron")));
        let folder = PathPrompt::new(PathPurpose::OpenArticles, dir.path());
        assert_eq!(folder.resolve(dir.path()), Ok(dir.path().to_path_buf()));
    }
}
