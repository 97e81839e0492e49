//! Never crash, never clobber, never hang: every test here is built from a reproducer of
//! issue 15 (output targets replaced blindly, unbounded reads, stale temporary files, an
//! anchor overflow, errors printed twice, `ron` internals, symlink loops, duplicate ids).
//!
//! Nothing here writes to a real device: the devices and FIFOs are made in a temporary
//! folder (the character device is a copy of `/dev/null` made with `mknod`, and its test is
//! skipped where that is not allowed).

mod common;

use std::fs;
use std::os::unix::fs::{FileTypeExt, symlink};
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use common::*;
use parallax_documents::annotate::anchor::{anchor_text, reattach};
use parallax_documents::store::format::decode;
use parallax_documents::store::{StoreError, load, save, write_atomic};
use parallax_engine::corpus::{self, LoadError};
use parallax_fsio::{self as fsio, FileKind, ReadError};

/// Much longer than any of these operations takes, even in a debug build on a busy machine;
/// a hang fails the test instead of blocking it.
const PATIENCE: Duration = Duration::from_secs(120);

/// Run `f` on its own thread and fail if it has not returned within [`PATIENCE`].
fn within_patience<T: Send + 'static>(what: &str, f: impl FnOnce() -> T + Send + 'static) -> T {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(f());
    });
    rx.recv_timeout(PATIENCE)
        .unwrap_or_else(|_| panic!("{what} hung (still running after {PATIENCE:?})"))
}

/// Run the binary; kill it and fail if it has not finished within [`PATIENCE`].
/// `PARALLAX_TEST_BIN` names another binary to run: a target folder shared by several
/// branches may hold another branch's `parallax` by the time the tests run.
fn parallax(args: &[&str]) -> Output {
    parallax_in(Path::new("."), args)
}

/// [`parallax`] run in the folder `dir`.
fn parallax_in(dir: &Path, args: &[&str]) -> Output {
    let binary = std::env::var_os("PARALLAX_TEST_BIN")
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_parallax").into());
    let mut child = Command::new(binary)
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Drain both pipes while waiting, so that a large output cannot block the child.
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let stdout = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let stderr = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > PATIENCE {
            let _ = child.kill();
            panic!("parallax {args:?} hung");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().unwrap();
    assert!(status.success(), "mkfifo {}", path.display());
}

fn is_fifo(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

const ARTICLE: &str = "Officials said 12 people died in the flood on Monday.\n\n\
                       Rescue teams searched the river banks through the night.\n";

fn folder_with_article() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), ARTICLE).unwrap();
    dir
}

/// Read whatever is written into the FIFO at `path`, on another thread.
fn drain_fifo(path: &Path) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(fs::read(path).unwrap_or_default());
    });
    rx
}

// ---- 2. Output targets are replaced blindly -------------------------------------------

#[test]
fn writing_through_a_symlink_keeps_the_link_and_fills_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.json");
    let link = dir.path().join("link.json");
    fs::write(&real, "old").unwrap();
    symlink(&real, &link).unwrap();
    write_atomic(&link, b"new", true).unwrap();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&real).unwrap(), "new");
    assert_eq!(
        fs::read_to_string(dir.path().join("link.json.bak")).unwrap(),
        "old",
        "the backup is the previous content, named after the path given"
    );
    // A dangling symlink: its target is created, the link stays.
    let missing = dir.path().join("made-by-the-write.json");
    let dangling = dir.path().join("dangling.json");
    symlink(&missing, &dangling).unwrap();
    write_atomic(&dangling, b"{}", false).unwrap();
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(fs::read_to_string(&missing).unwrap(), "{}");
}

#[test]
fn export_dash_o_through_a_symlink_keeps_the_link() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("report.md");
    let link = dir.path().join("latest.md");
    fs::write(&real, "old report").unwrap();
    symlink("report.md", &link).unwrap();
    let out = parallax(&["export", "-f", "md", "-o", link.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = fs::read_to_string(&real).unwrap();
    assert!(text.starts_with('#') && text.len() > 100, "{text}");
    let mut names: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names, ["latest.md", "report.md"], "no temporary file left");
}

#[test]
fn a_fifo_as_output_is_written_into_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.json");
    mkfifo(&fifo);
    let received = drain_fifo(&fifo);
    let target = fifo.clone();
    within_patience("writing into a FIFO", move || {
        write_atomic(&target, b"{\"ok\":true}", true)
    })
    .unwrap();
    assert_eq!(received.recv_timeout(PATIENCE).unwrap(), b"{\"ok\":true}");
    assert!(is_fifo(&fifo), "the FIFO is still a FIFO");
    assert!(
        !dir.path().join("out.json.bak").exists(),
        "no backup of a FIFO"
    );

    // The same through the command line.
    let received = drain_fifo(&fifo);
    let out = parallax(&["compare", "--json", fifo.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json = received.recv_timeout(PATIENCE).unwrap();
    assert!(json.starts_with(b"{"), "{}", String::from_utf8_lossy(&json));
    assert!(is_fifo(&fifo));
}

/// `--json /dev/null`, on a copy of `/dev/null` made in a temporary folder.
#[test]
fn json_to_a_character_device_keeps_the_device() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let null = dir.path().join("null");
    let made = Command::new("mknod")
        .arg(&null)
        .args(["c", "1", "3"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    // Only root may make a device, and only where devices may be opened.
    if !made || fs::OpenOptions::new().write(true).open(&null).is_err() {
        eprintln!("skipped: cannot make a usable character device here");
        return;
    }
    let out = parallax(&["compare", "--json", null.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = fs::symlink_metadata(&null).unwrap();
    assert!(meta.file_type().is_char_device(), "still a device");
    // Through a symlink to it, and through export -o.
    let link = dir.path().join("null-link");
    symlink(&null, &link).unwrap();
    let out = parallax(&["export", "-f", "csv", "-o", link.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::symlink_metadata(&null)
            .unwrap()
            .file_type()
            .is_char_device()
    );
}

#[test]
fn dash_means_standard_output_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let out = parallax_in(dir.path(), &["export", "-f", "csv", "-o", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!out.stdout.is_empty());
    let out = parallax_in(dir.path(), &["compare", "--json", "-"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"{"));
    let names: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
    assert!(names.is_empty(), "no file named `-` written: {names:?}");
}

#[test]
fn a_folder_as_output_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let err = write_atomic(dir.path(), b"x", false).unwrap_err();
    assert!(err.to_string().contains("folder"), "{err}");
}

// ---- 3. Unbounded reads ---------------------------------------------------------------

/// What a load was refused for not being: the kind of file the path named instead.
fn load_refused_as(err: &LoadError) -> Option<FileKind> {
    match err {
        LoadError::Unreadable {
            cause: ReadError::NotAFile(kind),
            ..
        } => Some(*kind),
        _ => None,
    }
}

/// What a save was refused for not being: the kind of file the path named instead.
fn save_refused_as(err: &StoreError) -> Option<FileKind> {
    match err {
        StoreError::Unreadable {
            cause: ReadError::NotAFile(kind),
            ..
        } => Some(*kind),
        _ => None,
    }
}

#[test]
fn a_fifo_named_as_input_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("article.txt");
    mkfifo(&fifo);
    let path = fifo.clone();
    let err = within_patience("loading a FIFO", move || {
        corpus::load_paths(&[path]).unwrap_err()
    });
    assert_eq!(load_refused_as(&err), Some(FileKind::Fifo), "{err:?}");
    assert!(err.to_string().contains("FIFO"), "{err}");

    let out = parallax(&["compare", fifo.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("FIFO"), "{}", stderr(&out));
}

#[test]
fn a_fifo_named_as_a_save_is_refused_at_once_and_never_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("set.ron");
    mkfifo(&fifo);
    let path = fifo.clone();
    let err = within_patience("loading a FIFO save", move || load(&path).unwrap_err());
    assert_eq!(save_refused_as(&err), Some(FileKind::Fifo), "{err:?}");
    assert!(err.to_string().contains("not a save file"), "{err}");
    let path = fifo.clone();
    let err = within_patience("saving onto a FIFO", move || {
        save(&path, &sample_save()).unwrap_err()
    });
    assert!(
        matches!(err, StoreError::WouldOverwriteUnreadable { .. }),
        "{err:?}"
    );
    assert!(is_fifo(&fifo));

    let out = parallax(&[
        "export",
        "-f",
        "csv",
        "--annotations",
        fifo.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("FIFO"), "{}", stderr(&out));
}

#[test]
fn a_symlink_to_dev_zero_is_refused_without_reading() {
    let dir = tempfile::tempdir().unwrap();
    let zero = dir.path().join("zero.txt");
    symlink("/dev/zero", &zero).unwrap();
    let path = zero.clone();
    let err = within_patience("loading /dev/zero", move || {
        corpus::load_paths(&[path]).unwrap_err()
    });
    assert_eq!(load_refused_as(&err), Some(FileKind::CharDevice), "{err:?}");
    assert!(err.to_string().contains("device"), "{err}");
    let save_link = dir.path().join("zero.ron");
    symlink("/dev/zero", &save_link).unwrap();
    let err = within_patience("loading a /dev/zero save", move || {
        load(&save_link).unwrap_err()
    });
    assert_eq!(save_refused_as(&err), Some(FileKind::CharDevice), "{err:?}");
}

#[test]
fn a_folder_skips_what_is_not_a_regular_file_with_a_warning() {
    let dir = folder_with_article();
    mkfifo(&dir.path().join("b.txt"));
    symlink("/dev/zero", dir.path().join("c.txt")).unwrap();
    fs::create_dir(dir.path().join("d.txt")).unwrap();
    let path = dir.path().to_path_buf();
    let set = within_patience("loading a folder with a FIFO", move || {
        corpus::load_paths(&[path]).unwrap()
    });
    assert_eq!(set.articles.len(), 1);
    let warnings = set.warnings.join("\n");
    for expected in ["b.txt", "FIFO", "c.txt", "device", "d.txt", "folder"] {
        assert!(warnings.contains(expected), "{expected}: {warnings}");
    }
}

/// Files under `/proc` report a length of 0 whatever they hold: the limit must hold while
/// reading, not only from the metadata.
#[cfg(target_os = "linux")]
#[test]
fn the_size_limit_is_enforced_while_reading() {
    let maps = Path::new("/proc/self/maps");
    assert_eq!(fs::metadata(maps).unwrap().len(), 0);
    let err = fsio::read_regular_file(maps, 64).unwrap_err();
    assert!(
        matches!(err, ReadError::TooLarge { size_bytes, limit_bytes: 64 } if size_bytes > 64),
        "{err:?}"
    );
    assert!(!fsio::read_regular_file(maps, 1 << 24).unwrap().is_empty());
}

#[test]
fn a_file_over_the_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    fs::write(&path, vec![b'a'; 1000]).unwrap();
    let err = fsio::read_regular_file(&path, 999).unwrap_err();
    assert!(matches!(
        err,
        ReadError::TooLarge {
            size_bytes: 1000,
            limit_bytes: 999
        }
    ));
    assert_eq!(fsio::read_regular_file(&path, 1000).unwrap().len(), 1000);
}

// ---- 7. Stale temporary files, overflow, messages, duplicate ids -----------------------

fn set_age(path: &Path, age: Duration) {
    let file = fs::OpenOptions::new().write(true).open(path).unwrap();
    file.set_modified(SystemTime::now() - age).unwrap();
}

/// What a killed save leaves (a temporary file beside the save, under this version's name
/// or an earlier one's) is removed by a later save once it is old; nothing else is.
#[test]
fn temporary_files_left_by_killed_saves_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let save_path = dir.path().join("set.ron");
    save(&save_path, &sample_save()).unwrap();
    let old = fsio::write::STALE_TEMP_AGE + Duration::from_secs(60);
    let at = |name: &str| dir.path().join(name);
    let stale = [
        ".set.ron.parallax-tmp-4000001-0",
        ".set.ron.parallax-tmp-4000002-3",
        ".set.ron.4000003.tmp",
    ];
    for name in stale {
        fs::write(at(name), vec![b'x'; 4096]).unwrap();
        set_age(&at(name), old);
    }
    let kept = [
        ".set.ron.parallax-tmp-4000004-0", // young: a write may be under way
        ".other.ron.parallax-tmp-4000005-0", // another file's
        "set.ron.parallax-tmp-4000006-0",  // not a name Parallax gives
        "notes.txt",
    ];
    for (i, name) in kept.iter().enumerate() {
        fs::write(at(name), "keep").unwrap();
        if i > 0 {
            set_age(&at(name), old);
        }
    }
    fs::create_dir(at(".set.ron.parallax-tmp-4000007-0")).unwrap();
    symlink("notes.txt", at(".set.ron.parallax-tmp-4000008-0")).unwrap();

    save(&save_path, &sample_save()).unwrap();
    for name in stale {
        assert!(!at(name).exists(), "{name} removed");
    }
    for name in kept {
        assert!(at(name).exists(), "{name} kept");
    }
    assert!(
        at(".set.ron.parallax-tmp-4000007-0").is_dir(),
        "folders kept"
    );
    assert!(
        fs::symlink_metadata(at(".set.ron.parallax-tmp-4000008-0")).is_ok(),
        "symlinks kept"
    );
    assert_eq!(fs::read_to_string(at("notes.txt")).unwrap(), "keep");
}

/// A save whose position is near `usize::MAX` (hand-edited or damaged) reattaches or
/// orphans, it does not overflow.
#[test]
fn an_anchor_position_near_usize_max_does_not_overflow() {
    let text = "The ministry said that at least forty-one people were hurt in the blast.";
    let quote = "at least forty-one people were hurt";
    let start = text.find(quote).unwrap();
    let mut anchor = anchor_text(afp_ref(), text, start, start + quote.len()).unwrap();
    anchor.quote.exact = "at least forty-one people were hurd".into();
    anchor.position.start = usize::MAX - 2;
    anchor.position.end = usize::MAX;
    let resolution = reattach(&anchor, text);
    assert_eq!(resolution.range(), Some((start, start + quote.len())));
}

/// The operating system's message appears once, not once per layer of the error.
#[test]
fn os_errors_are_printed_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plain.txt");
    fs::write(&file, "not a folder").unwrap();
    let inside = file.join("out.json");
    let out = parallax(&["compare", "--json", inside.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.matches("Not a directory").count(), 1, "{err}");
    assert_eq!(err.matches("out.json").count(), 1, "{err}");

    let out = parallax(&["compare", dir.path().join("none.txt").to_str().unwrap()]);
    assert_eq!(
        stderr(&out).matches("none.txt").count(),
        1,
        "{}",
        stderr(&out)
    );

    let out = parallax(&["export", "-f", "md", "-o", inside.to_str().unwrap()]);
    assert!(!out.status.success());
    assert_eq!(
        stderr(&out).matches("Not a directory").count(),
        1,
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_damaged_gold_file_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.json");
    fs::write(&gold, "not json").unwrap();
    let out = parallax(&["eval", "--gold", gold.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.matches("line 1 column").count(), 1, "{err}");
    assert_eq!(err.matches("gold.json").count(), 1, "{err}");
    // A FIFO as the gold file is refused at once.
    let fifo = dir.path().join("fifo.json");
    mkfifo(&fifo);
    let out = parallax(&["eval", "--gold", fifo.to_str().unwrap()]);
    assert!(stderr(&out).contains("FIFO"), "{}", stderr(&out));
}

#[test]
fn a_symlink_loop_is_reported_as_a_loop_not_as_missing() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    symlink(&b, &a).unwrap();
    symlink(&a, &b).unwrap();
    let err = corpus::load_paths(std::slice::from_ref(&a)).unwrap_err();
    assert!(
        matches!(
            err,
            LoadError::Unreadable {
                cause: ReadError::Io(_),
                ..
            }
        ),
        "{err:?}"
    );
    let message = err.to_string();
    assert!(message.contains("symbolic links"), "{message}");
    assert!(!message.contains("no such file"), "{message}");
    let out = parallax(&["compare", a.to_str().unwrap()]);
    let err = stderr(&out);
    assert!(
        err.contains("symbolic links") && !err.contains("no such file"),
        "{err}"
    );
    assert_eq!(err.matches("symbolic links").count(), 1, "{err}");

    // As a save: refused, and the loop is left as it was.
    let save_loop = dir.path().join("set.ron");
    let other = dir.path().join("other.ron");
    symlink(&other, &save_loop).unwrap();
    symlink(&save_loop, &other).unwrap();
    let err = save(&save_loop, &sample_save()).unwrap_err();
    assert!(err.to_string().contains("symbolic links"), "{err}");
    assert!(
        fs::symlink_metadata(&save_loop)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn a_deeply_nested_save_gets_a_plain_message() {
    let depth = 10_000;
    let text = format!(
        "(format: \"parallax-annotations\", version: 1, annotations: [{}{}])",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let err = decode(&text, Path::new("deep.ron")).unwrap_err();
    let message = err.to_string();
    assert!(message.contains("nested too deeply"), "{message}");
    for internal in ["ron::", "recursion_limit", "serde_stacker"] {
        assert!(!message.contains(internal), "{message}");
    }
}

#[test]
fn duplicate_annotation_ids_are_reported_when_a_save_is_opened() {
    let mut file = sample_save();
    assert!(file.annotations.len() >= 3);
    for a in file.annotations.iter_mut().take(3) {
        a.id = 5;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dup.ron");
    fs::write(
        &path,
        parallax_documents::store::format::encode(&file)
            .unwrap()
            .as_bytes(),
    )
    .unwrap();
    let loaded = load(&path).unwrap();
    let analysis =
        parallax_engine::analyze(&corpus::bundled_set(), &parallax_engine::Config::default());
    let (set, report) = parallax_documents::store::reopen(&loaded, &analysis);
    assert_eq!(report.renumbered.len(), 2, "{:?}", report.renumbered);
    assert!(report.renumbered.iter().all(|(old, _)| *old == 5));
    assert!(!report.is_clean());
    assert!(
        report
            .summary()
            .contains("2 annotation(s) had an id already in use")
    );
    let mut ids: Vec<_> = set.annotations().iter().map(|a| a.id).collect();
    let count = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), count, "every id distinct: {ids:?}");
    // The report's items name each annotation by its new id, once.
    let mut items: Vec<_> = report.items.iter().map(|i| i.item).collect();
    let total = items.len();
    items.sort_by_key(|i| format!("{i:?}"));
    items.dedup();
    assert_eq!(items.len(), total);
}

#[test]
fn an_annotation_id_of_u64_max_does_not_overflow() {
    let mut file = sample_save();
    file.annotations[0].id = u64::MAX;
    file.annotations[1].id = u64::MAX;
    let set = file.to_annotation_set();
    let ids: Vec<_> = set.annotations().iter().map(|a| a.id).collect();
    assert!(ids.contains(&u64::MAX));
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}
