//! Save files: round trip, format fixtures, damaged files, atomic writes and backups.

mod common;

use common::*;
use parallax_documents::store::format::{decode, encode};
use parallax_documents::store::{
    StoreError, backup_path, default_save_path, load, sanitize_file_stem, save, write_atomic_with,
};
use parallax_fsio::ReadError;

#[test]
fn every_field_round_trips() {
    let mut original = sample_save();
    // Hostile text survives: RON delimiters, escapes, control characters, other scripts.
    original.annotations[3].note =
        "\"), (id: 99)\n\\ back\\slash\ttab \u{0} nul, \u{202e}rtl, Ünïcödé 🙂, r#\"raw\"#".into();
    original.annotations[3].tags = vec!["a,b".into(), "\"quoted\"".into(), String::new()];
    let dir = scratch_dir("round_trip");
    let path = dir.join("kazakhstan-2022.ron");
    save(&path, &original).unwrap();
    let loaded = load(&path).unwrap();
    assert_eq!(loaded, original);
    // Times keep their sub-second part and come back as RFC 3339 text in the file.
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"2026-11-23T05:10:30.250Z\""), "{text}");
    assert!(text.starts_with("// Parallax annotations"));
    // Saving what was loaded gives the same bytes.
    assert_eq!(encode(&loaded).unwrap(), text);
}

/// Writes the v1 fixture. Run once, by hand, when creating it; never to update it.
#[test]
#[ignore]
fn write_v1_fixture() {
    std::fs::write(fixture("v1-example.ron"), encode(&sample_save()).unwrap()).unwrap();
}

#[test]
fn version_1_fixture_opens() {
    let loaded = load(&fixture("v1-example.ron")).unwrap();
    assert_eq!(loaded.version, 1);
    assert_eq!(loaded, sample_save());
}

#[test]
fn a_conflicts_review_state_round_trips_and_older_saves_have_none() {
    use parallax_documents::annotate::Review;
    // The v1 fixture was written before the field existed: it loads, with no review.
    let old = load(&fixture("v1-example.ron")).unwrap();
    assert!(old.annotations.iter().all(|a| a.review.is_none()));
    assert!(
        !encode(&old).unwrap().contains("review"),
        "unset: not written"
    );
    let mut reviewed = sample_save();
    reviewed.annotations[1].review = Some(Review::Reviewed);
    reviewed.annotations[2].review = Some(Review::Dismissed);
    let text = encode(&reviewed).unwrap();
    assert!(text.contains("review: Some(Reviewed)"), "{text}");
    let back = decode(&text, std::path::Path::new("x.ron")).unwrap();
    assert_eq!(back, reviewed);
}

fn assert_unchanged_after_failed_load(name: &str) -> StoreError {
    let path = fixture(name);
    let before = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let err = load(&path).unwrap_err();
    assert_eq!(std::fs::read(&path).unwrap(), before, "{name} changed");
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    let message = err.to_string();
    assert!(
        message.contains(name),
        "message must name the file: {message}"
    );
    err
}

#[test]
fn corrupt_file_errors_with_its_line_and_is_left_alone() {
    let err = assert_unchanged_after_failed_load("corrupt.ron");
    let StoreError::Corrupt { line, column, .. } = err else {
        panic!("expected Corrupt, got {err:?}");
    };
    let text = std::fs::read_to_string(fixture("corrupt.ron")).unwrap();
    let bad_line = text.lines().position(|l| l.contains("MostlyTrve")).unwrap() + 1;
    assert_eq!(line, bad_line);
    assert!(column > 1);
    assert!(
        err.to_string().contains(&format!("line {bad_line}")),
        "{err}"
    );
}

#[test]
fn truncated_file_errors_as_truncated_and_is_left_alone() {
    let err = assert_unchanged_after_failed_load("truncated.ron");
    assert!(matches!(err, StoreError::Truncated { .. }), "{err:?}");
    let text = std::fs::read_to_string(fixture("truncated.ron")).unwrap();
    let (line, _) = err.line_column().unwrap();
    assert_eq!(line, text.lines().count());
    assert!(err.to_string().contains("truncated"));
}

#[test]
fn newer_version_is_refused_clearly() {
    let err = assert_unchanged_after_failed_load("newer-version.ron");
    assert!(
        matches!(
            err,
            StoreError::NewerVersion {
                version: 2,
                supported: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .contains("newer Parallax (format version 2)"),
        "{err}"
    );
}

#[test]
fn other_files_are_refused() {
    let err = assert_unchanged_after_failed_load("not-a-save.ron");
    assert!(matches!(err, StoreError::NotASave { .. }), "{err:?}");
    let path = std::path::Path::new("nowhere/at/all.ron");
    assert!(matches!(
        load(path),
        Err(StoreError::Unreadable {
            cause: ReadError::Io(_),
            ..
        })
    ));
    let dir = scratch_dir("binary");
    let binary = dir.join("x.ron");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    assert!(matches!(load(&binary), Err(StoreError::NotText { .. })));
    std::fs::write(&binary, "").unwrap();
    assert!(matches!(
        load(&binary),
        Err(StoreError::Truncated { line: 1, .. })
    ));
}

#[test]
fn every_prefix_of_a_save_fails_cleanly() {
    // Cutting a save anywhere gives an error, never a panic and never a half-read save.
    let text = encode(&sample_save()).unwrap();
    let path = std::path::Path::new("cut.ron");
    let mut cuts = 0;
    for (i, _) in text.char_indices().step_by(37) {
        let cut = &text[..i];
        if cut.trim_end().ends_with(')') && i > text.len() - 3 {
            continue;
        }
        let err = decode(cut, path).unwrap_err();
        assert!(
            matches!(
                err,
                StoreError::Truncated { .. } | StoreError::Corrupt { .. }
            ),
            "cut at {i}: {err:?}"
        );
        cuts += 1;
    }
    assert!(cuts > 50);
}

#[test]
fn saving_keeps_the_previous_save_as_backup() {
    let dir = scratch_dir("backup");
    let path = dir.join("set.ron");
    let mut first = sample_save();
    first.annotations.truncate(1);
    save(&path, &first).unwrap();
    assert!(!backup_path(&path).exists());
    let second = sample_save();
    save(&path, &second).unwrap();
    assert_eq!(load(&path).unwrap(), second);
    assert_eq!(load(&backup_path(&path)).unwrap(), first);
    assert_eq!(
        backup_path(&path).file_name().unwrap().to_str(),
        Some("set.ron.bak")
    );
    // No temporary files left behind.
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn failure_mid_write_leaves_the_previous_save_intact() {
    let dir = scratch_dir("mid_write");
    let path = dir.join("set.ron");
    save(&path, &sample_save()).unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = write_atomic_with(&path, true, |w| {
        w.write_all(b"(format: \"parallax-annotations\", version: 1, set: (na")?;
        Err(std::io::Error::other("disk full (simulated)"))
    })
    .unwrap_err();
    assert!(matches!(err, StoreError::Write { .. }));
    assert!(err.to_string().contains("set.ron"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(
        std::fs::read_dir(&dir).unwrap().count(),
        1,
        "temp file removed"
    );
}

#[test]
fn unwritable_temp_file_leaves_the_previous_save_intact() {
    let dir = scratch_dir("temp_is_dir");
    let path = dir.join("set.ron");
    save(&path, &sample_save()).unwrap();
    let before = std::fs::read(&path).unwrap();
    // Block every temporary name the writer tries with a directory (it creates its
    // temporary file exclusively, under 16 names at most).
    let temps: Vec<_> = (0..16)
        .map(|n| dir.join(format!(".set.ron.parallax-tmp-{}-{n}", std::process::id())))
        .collect();
    for temp in &temps {
        std::fs::create_dir(temp).unwrap();
    }
    let mut changed = sample_save();
    changed.annotations.clear();
    assert!(matches!(
        save(&path, &changed),
        Err(StoreError::Write { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert!(
        temps.iter().all(|t| t.is_dir()),
        "the blocking directories are not removed"
    );
    // One free name is enough.
    std::fs::remove_dir(&temps[7]).unwrap();
    save(&path, &changed).unwrap();
    assert!(temps.iter().filter(|t| t.is_dir()).count() == 15);
}

#[test]
fn an_unreadable_file_is_never_overwritten() {
    let dir = scratch_dir("no_overwrite");
    let path = dir.join("notes.ron");
    std::fs::write(&path, "my own notes, not a save").unwrap();
    let err = save(&path, &sample_save()).unwrap_err();
    assert!(
        matches!(err, StoreError::WouldOverwriteUnreadable { .. }),
        "{err:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "my own notes, not a save"
    );
    assert!(!backup_path(&path).exists());
}

#[test]
fn save_creates_the_saves_folder() {
    let dir = scratch_dir("create_dir").join("saves");
    let path = default_save_path(&dir, "Kazakhstan / Jan 2022");
    assert_eq!(path, dir.join("Kazakhstan-Jan-2022.ron"));
    save(&path, &sample_save()).unwrap();
    assert!(path.is_file());
}

#[test]
fn set_names_become_safe_file_stems() {
    assert_eq!(sanitize_file_stem("kazakhstan-2022"), "kazakhstan-2022");
    assert_eq!(sanitize_file_stem("../../etc/passwd"), "etc-passwd");
    assert_eq!(sanitize_file_stem("a:b*c?d\"e<f>g|h"), "a-b-c-d-e-f-g-h");
    assert_eq!(sanitize_file_stem("   "), "untitled");
    assert_eq!(sanitize_file_stem("..."), "untitled");
    assert_eq!(sanitize_file_stem("CON"), "CON-set");
    assert_eq!(sanitize_file_stem("Алматы 2022"), "Алматы-2022");
    assert_eq!(sanitize_file_stem(&"x".repeat(300)).chars().count(), 80);
}

#[cfg(unix)]
#[test]
fn saving_keeps_the_file_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch_dir("permissions");
    let path = dir.join("set.ron");
    save(&path, &sample_save()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    save(&path, &sample_save()).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
}

/// The sample save with two events grouped by hand, as the event list saves them.
fn save_with_events() -> parallax_documents::store::SaveFile {
    use parallax_documents::store::{ManualEvent, SourceIdentity};
    let mut file = sample_save();
    file.annotations.clear();
    file.overrides.clear();
    file.events = vec![
        ManualEvent {
            label: "Almaty, Tokayev".into(),
            articles: file.set.sources.clone(),
        },
        ManualEvent {
            label: "Zhanaozen fuel protest".into(),
            articles: vec![SourceIdentity {
                file_name: "007_zhanaozen.txt".into(),
                content_hash: "33".repeat(32),
                path: Some("/news/kz/007_zhanaozen.txt".into()),
            }],
        },
    ];
    file
}

/// Writes the events fixture. Run once, by hand, when creating it; never to update it.
#[test]
#[ignore]
fn write_events_fixture() {
    std::fs::write(
        fixture("v1-events.ron"),
        encode(&save_with_events()).unwrap(),
    )
    .unwrap();
}

#[test]
fn events_grouped_by_hand_round_trip_and_older_saves_have_none() {
    // The v1 fixture was written before the field existed: it loads, with no events, and
    // a save without events is written as before.
    let old = load(&fixture("v1-example.ron")).unwrap();
    assert!(old.events.is_empty());
    assert!(!encode(&old).unwrap().contains("events: ["));
    // A save with events, as written when the field was added, loads as it was written.
    let with_events = load(&fixture("v1-events.ron")).unwrap();
    assert_eq!(with_events, save_with_events());
    let text = encode(&with_events).unwrap();
    assert!(text.contains("label: \"Zhanaozen fuel protest\""), "{text}");
    assert_eq!(
        decode(&text, std::path::Path::new("x.ron")).unwrap(),
        with_events
    );
}
