//! Crash logs: a panic anywhere is written to `<user data dir>/logs/crash-<time>.log`
//! (message, place, thread, backtrace) and remembered, so the app can show it in a dialog
//! instead of vanishing. The default panic output on stderr is kept.

use std::backtrace::Backtrace;
use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::panic::PanicHookInfo;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, Once};

use super::paths::user_data_dir;

/// One panic: what it said, where, and the log file it was written to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrashReport {
    /// The panic message.
    pub message: String,
    /// `file:line:column` of the panic, when known.
    pub location: Option<String>,
    /// The name of the thread that panicked.
    pub thread: String,
    /// The crash log, when it could be written.
    pub log_path: Option<PathBuf>,
    /// Why the crash log could not be written, if it could not.
    pub log_error: Option<String>,
}

impl CrashReport {
    /// The text for a crash dialog: what happened and where the details are.
    pub fn dialog_text(&self) -> String {
        let mut text = format!(
            "Parallax hit an internal error and must stop.\n\n{}",
            self.message
        );
        if let Some(location) = &self.location {
            let _ = write!(text, "\n(at {location})");
        }
        match (&self.log_path, &self.log_error) {
            (Some(path), _) => {
                let _ = write!(
                    text,
                    "\n\nThe details were saved to:\n{}\nPlease attach this file when reporting the problem.",
                    path.display()
                );
            }
            (None, Some(error)) => {
                let _ = write!(text, "\n\nThe crash log could not be written: {error}");
            }
            (None, None) => {}
        }
        text
    }
}

static HOOK_INSTALLED: Once = Once::new();
static LAST_CRASH: Mutex<Option<CrashReport>> = Mutex::new(None);

/// Log every panic to a crash file and remember it for [`last_crash_log`], keeping the
/// default panic output. Call once at start-up; further calls do nothing.
pub fn install_panic_hook() {
    HOOK_INSTALLED.call_once(|| {
        let default_hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            default_hook(info);
            let report = record_panic(info, crash_logs_dir().as_deref());
            match (&report.log_path, &report.log_error) {
                (Some(path), _) => {
                    eprintln!("parallax: crash details written to {}", path.display());
                }
                (None, Some(error)) => eprintln!("parallax: could not write a crash log: {error}"),
                (None, None) => {}
            }
            *LAST_CRASH
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(report);
        }));
    });
}

/// The last panic of this process, if any, for a dialog ([`CrashReport::dialog_text`]).
pub fn last_crash_log() -> Option<CrashReport> {
    LAST_CRASH
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
        .clone()
}

/// Run `body`, turning a panic inside it into the [`CrashReport`] to show in a dialog
/// (logged by the hook of [`install_panic_hook`] when it is installed). For the GUI:
/// `desktop::catch_crash(|| eframe::run_native(...))`, then on `Err(report)` show
/// `report.dialog_text()` in a native message box.
pub fn catch_crash<R>(body: impl FnOnce() -> R + std::panic::UnwindSafe) -> Result<R, CrashReport> {
    let before = last_crash_log();
    std::panic::catch_unwind(body).map_err(|payload| {
        match last_crash_log() {
            Some(report) if Some(&report) != before.as_ref() => report,
            // No hook installed (or it could not record): describe the payload alone.
            _ => CrashReport {
                message: panic_message(payload.as_ref()),
                location: None,
                thread: thread_name(),
                log_path: None,
                log_error: Some("no crash log: the panic hook was not installed".into()),
            },
        }
    })
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_string()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "a panic without a message".to_string()
    }
}

fn thread_name() -> String {
    std::thread::current()
        .name()
        .unwrap_or("unnamed thread")
        .to_string()
}

/// The folder of crash logs: `<user data dir>/logs` (see [`super::user_data_dir`]).
pub fn crash_logs_dir() -> Option<PathBuf> {
    user_data_dir().map(|dir| dir.join("logs"))
}

/// The crash logs on disk, newest first (to offer them after a restart).
pub fn crash_logs() -> Vec<PathBuf> {
    let Some(dir) = crash_logs_dir() else {
        return Vec::new();
    };
    let mut logs: Vec<PathBuf> = fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|name| name.to_str())
                .is_some_and(|name| name.starts_with("crash-") && name.ends_with(".log"))
        })
        .collect();
    // Names start with a sortable UTC timestamp.
    logs.sort_by(|a, b| b.cmp(a));
    logs
}

fn record_panic(info: &PanicHookInfo<'_>, logs_dir: Option<&Path>) -> CrashReport {
    let location = info
        .location()
        .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()));
    let mut report = CrashReport {
        message: panic_message(info.payload()),
        location,
        thread: thread_name(),
        log_path: None,
        log_error: None,
    };
    let Some(dir) = logs_dir else {
        report.log_error = Some("the user data folder is unknown (HOME is not set)".into());
        return report;
    };
    let log = log_text(&report, &Backtrace::force_capture());
    match write_new_log(dir, &log) {
        Ok(path) => report.log_path = Some(path),
        Err(error) => report.log_error = Some(format!("{}: {error}", dir.display())),
    }
    report
}

fn log_text(report: &CrashReport, backtrace: &Backtrace) -> String {
    let mut text = String::new();
    let _ = writeln!(text, "Parallax crash report");
    let _ = writeln!(text, "version: {}", env!("CARGO_PKG_VERSION"));
    let _ = writeln!(
        text,
        "time: {}",
        chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ")
    );
    let _ = writeln!(
        text,
        "system: {} {}",
        std::env::consts::OS,
        std::env::consts::ARCH
    );
    let arguments: Vec<String> = std::env::args().collect();
    let _ = writeln!(text, "command: {}", arguments.join(" "));
    let _ = writeln!(text, "thread: {}", report.thread);
    let _ = writeln!(
        text,
        "location: {}",
        report.location.as_deref().unwrap_or("unknown")
    );
    let _ = writeln!(text, "message: {}", report.message);
    let _ = writeln!(text, "\nbacktrace:\n{backtrace}");
    text
}

/// Write `text` to a new `crash-<UTC time>[-n].log` in `dir`, never overwriting a log.
fn write_new_log(dir: &Path, text: &str) -> std::io::Result<PathBuf> {
    fs::create_dir_all(dir)?;
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    for attempt in 0..100 {
        let name = if attempt == 0 {
            format!("crash-{stamp}.log")
        } else {
            format!("crash-{stamp}-{attempt}.log")
        };
        let path = dir.join(name);
        match fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                return Ok(path);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other(
        "too many crash logs in the same second",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn logs_in_the_same_second_get_distinct_names() {
        let dir = tempfile::tempdir().unwrap();
        let first = write_new_log(dir.path(), "one").unwrap();
        let second = write_new_log(dir.path(), "two").unwrap();
        assert_ne!(first, second);
        assert_eq!(fs::read_to_string(first).unwrap(), "one");
        assert_eq!(fs::read_to_string(second).unwrap(), "two");
    }

    #[test]
    fn dialog_text_names_the_log_file() {
        let report = CrashReport {
            message: "index out of bounds".into(),
            location: Some("src/ui/mod.rs:10:5".into()),
            thread: "main".into(),
            log_path: Some(PathBuf::from(
                "/home/ann/.local/share/parallax/logs/crash-1.log",
            )),
            log_error: None,
        };
        let text = report.dialog_text();
        assert!(text.contains("index out of bounds"));
        assert!(text.contains("src/ui/mod.rs:10:5"));
        assert!(text.contains("/home/ann/.local/share/parallax/logs/crash-1.log"));
    }
}
