//! A panic is written to a crash log in the user data folder and remembered for a dialog,
//! while the default panic message still reaches stderr. The panicking part runs in a child
//! process (this test binary, re-run) whose HOME and XDG_DATA_HOME are temporary folders.

use std::fs;
use std::process::Command;

use parallax::desktop::{catch_crash, crash_logs, install_panic_hook, last_crash_log};

const CHILD_ENV: &str = "PARALLAX_CRASH_TEST_CHILD";
const MESSAGE: &str = "deliberate test panic: 42 statements";

#[test]
fn a_panic_is_logged_to_the_user_data_folder() {
    if std::env::var_os(CHILD_ENV).is_some() {
        child_panics_in_a_worker_thread();
        return;
    }
    if cfg!(any(windows, target_os = "macos")) {
        println!("note: the test reads the XDG data folder; skipped on this system");
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_panic_is_logged_to_the_user_data_folder",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, "1")
        .env("HOME", data.path())
        .env("XDG_DATA_HOME", data.path())
        .env_remove("RUST_BACKTRACE")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "child failed:\n{stdout}\n{stderr}");

    let logs_dir = data.path().join("parallax/logs");
    let mut logs: Vec<_> = fs::read_dir(&logs_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    logs.sort();
    assert_eq!(logs.len(), 2, "one log per panic: {logs:?}");
    for log in &logs {
        let name = log.file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with("crash-") && name.ends_with(".log"),
            "{name}"
        );
    }
    let texts: Vec<String> = logs
        .iter()
        .map(|l| fs::read_to_string(l).unwrap())
        .collect();
    let worker = texts
        .iter()
        .position(|t| t.contains("thread: worker"))
        .expect("the worker's panic is logged");
    let log = &texts[worker];
    assert!(log.contains(&format!("message: {MESSAGE}")), "{log}");
    assert!(log.contains("location: tests/desktop_crash.rs:"), "{log}");
    assert!(log.contains("backtrace:"), "{log}");
    assert!(
        texts[1 - worker].contains("message: second panic, on the main thread"),
        "{}",
        texts[1 - worker]
    );
    // The default hook still speaks, and the child saw the same file as its last crash.
    assert!(stderr.contains("panicked at"), "{stderr}");
    assert!(stderr.contains("crash details written to"), "{stderr}");
    assert!(
        stdout.contains(&format!("LAST_CRASH_LOG={}", logs[worker].display())),
        "{stdout}"
    );
}

fn child_panics_in_a_worker_thread() {
    assert!(last_crash_log().is_none());
    install_panic_hook();
    install_panic_hook(); // a second call changes nothing
    let joined = std::thread::Builder::new()
        .name("worker".into())
        .spawn(|| panic!("{MESSAGE}"))
        .unwrap()
        .join();
    assert!(joined.is_err());
    let report = last_crash_log().expect("the panic was recorded");
    assert_eq!(report.message, MESSAGE);
    assert_eq!(report.thread, "worker");
    let path = report.log_path.clone().expect("a log was written");
    assert_eq!(crash_logs(), vec![path.clone()]);
    assert!(report.dialog_text().contains(&path.display().to_string()));
    println!("LAST_CRASH_LOG={}", path.display());

    // catch_crash hands the GUI the report of a panic in its body, or the body's value.
    assert_eq!(catch_crash(|| 7), Ok(7));
    let caught = catch_crash(|| -> u32 { panic!("second panic, on the main thread") });
    let caught = caught.expect_err("the panic is caught");
    assert_eq!(caught.message, "second panic, on the main thread");
    assert_ne!(caught.log_path, Some(path), "a new log for a new panic");
}
