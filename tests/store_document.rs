//! The document workflow: new, edit, save, autosave, crash, recover, save as, open.

mod common;

use std::time::{Duration, Instant};

use parallax_documents::annotate::anchor::statement_target;
use parallax_documents::annotate::{Annotation, Edit, Verdict};
use parallax_documents::store::{Document, StoreError, autosave_path, load};
use parallax_engine::corpus::bundled_set;
use parallax_engine::model::{Analysis, StatementIdx};

fn analysis() -> Analysis {
    parallax_engine::analyze(&bundled_set(), &Default::default())
}

fn scratch(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("parallax-document-tests-{}", std::process::id()))
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn add_note(doc: &mut Document, analysis: &Analysis, n: usize, note: &str) {
    let target = statement_target(analysis, StatementIdx(n)).unwrap();
    let mut a = Annotation::new(doc.annotations.next_id(), target, "desk");
    a.note = note.into();
    a.verdict = Some(Verdict::NeedsChecking);
    doc.annotations.apply(Edit::Add(a)).unwrap();
}

#[test]
fn edit_save_crash_recover_and_reopen() {
    let analysis = analysis();
    let saves = scratch("workflow").join("saves");
    let mut doc = Document::new(&saves, "kazakhstan 2022", &analysis);
    assert_eq!(doc.title(), "kazakhstan 2022 — Parallax");
    assert!(doc.recovery().is_none());

    add_note(&mut doc, &analysis, 3, "first");
    assert!(doc.is_dirty());
    assert!(doc.title().starts_with("● "));
    // Autosave waits for a quiet moment.
    let t0 = Instant::now();
    assert!(!doc.autosave_due(t0));
    assert!(doc.autosave_due(t0 + Duration::from_secs(5)));
    let auto = doc.autosave_now().unwrap();
    assert_eq!(auto, saves.join("kazakhstan-2022.autosave.ron"));
    assert!(!doc.autosave_due(t0 + Duration::from_secs(10)));

    // Save: default path, clean, autosave gone.
    let path = doc.save(&analysis).unwrap();
    assert_eq!(path, saves.join("kazakhstan-2022.ron"));
    assert!(!doc.is_dirty() && !auto.exists());
    assert_eq!(doc.title(), "kazakhstan-2022.ron — Parallax");

    // More work, autosaved, then the app is killed before saving.
    add_note(&mut doc, &analysis, 5, "second");
    std::thread::sleep(Duration::from_millis(20));
    doc.autosave_now().unwrap();
    drop(doc);

    // Next start: open the save, find the newer autosave, restore it.
    let (mut reopened, report) = Document::open(&path, &saves, &analysis).unwrap();
    assert_eq!(report.orphaned, 0);
    assert_eq!(reopened.annotations.annotations().len(), 1);
    let recovery = reopened.recovery().expect("autosave offered");
    reopened.restore(&recovery, &analysis);
    assert_eq!(reopened.annotations.annotations().len(), 2);
    assert!(reopened.is_dirty(), "restored work is not saved yet");
    reopened.save(&analysis).unwrap();
    assert!(reopened.recovery().is_none());
    assert_eq!(load(&path).unwrap().annotations.len(), 2);

    // Save as: new path, old autosave cleared, title follows.
    let other = saves.join("copy.ron");
    reopened.save_as(&other, &analysis).unwrap();
    assert_eq!(reopened.path.as_deref(), Some(other.as_path()));
    assert_eq!(reopened.title(), "copy.ron — Parallax");
    assert!(!autosave_path(&path).exists());
}

#[test]
fn a_file_that_fails_to_open_is_left_alone() {
    let analysis = analysis();
    let dir = scratch("bad_open");
    let path = dir.join("broken.ron");
    std::fs::write(
        &path,
        "(format: \"parallax-annotations\", version: 1, set: (",
    )
    .unwrap();
    let err = Document::open(&path, &dir, &analysis).unwrap_err();
    assert!(matches!(err, StoreError::Truncated { .. }), "{err}");
    // The app carries on with a new document, whose save goes elsewhere...
    let mut doc = Document::new(&dir, "broken-set", &analysis);
    add_note(&mut doc, &analysis, 1, "x");
    doc.save(&analysis).unwrap();
    // ...and even Save as onto the broken file is refused.
    assert!(matches!(
        doc.save_as(&path, &analysis),
        Err(StoreError::WouldOverwriteUnreadable { .. })
    ));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "(format: \"parallax-annotations\", version: 1, set: ("
    );
}

#[test]
fn the_shipped_example_opens_as_a_document() {
    let analysis = analysis();
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/kazakhstan-example.ron");
    let (doc, report) = Document::open(&path, &scratch("example"), &analysis).unwrap();
    assert_eq!(report.orphaned, 0);
    assert!(!doc.is_dirty());
    assert_eq!(doc.title(), "kazakhstan-example.ron — Parallax");
    assert_eq!(doc.set.name, "kazakhstan-2022");
}

#[test]
fn a_set_reopens_its_default_save() {
    let analysis = analysis();
    let saves = scratch("default_save");
    let (mut doc, report) = Document::open_or_new(&saves, "kazakhstan-2022", &analysis).unwrap();
    assert!(report.is_none() && doc.path.is_none());
    add_note(&mut doc, &analysis, 2, "kept");
    doc.save(&analysis).unwrap();
    let (again, report) = Document::open_or_new(&saves, "kazakhstan-2022", &analysis).unwrap();
    assert_eq!(report.unwrap().attached, 1);
    assert_eq!(again.annotations.annotations()[0].note, "kept");
    // A damaged default save is reported, not replaced.
    std::fs::write(saves.join("kazakhstan-2022.ron"), "garbage(").unwrap();
    assert!(Document::open_or_new(&saves, "kazakhstan-2022", &analysis).is_err());
    let mut fresh = Document::new(&saves, "kazakhstan-2022", &analysis);
    add_note(&mut fresh, &analysis, 2, "new");
    assert!(matches!(
        fresh.save(&analysis),
        Err(StoreError::WouldOverwriteUnreadable { .. })
    ));
}

#[test]
fn a_saves_events_grouped_by_hand_are_kept_when_its_annotations_are_saved() {
    use parallax_documents::store::{ManualEvent, SaveFile, SetIdentity, save};
    let analysis = analysis();
    let saves = scratch("events-kept");
    let path = saves.join("kazakhstan-2022.ron");
    let identity = SetIdentity::of("kazakhstan-2022", &analysis);
    let events = vec![ManualEvent {
        label: "Almaty".into(),
        articles: identity.sources[..2].to_vec(),
    }];
    let file = SaveFile {
        events: events.clone(),
        ..SaveFile::new(identity, &Default::default())
    };
    save(&path, &file).unwrap();
    // The whole set compared and annotated: its save still holds the event list's grouping.
    let (mut doc, _) = Document::open(&path, &saves, &analysis).unwrap();
    add_note(&mut doc, &analysis, 3, "checked");
    doc.save(&analysis).unwrap();
    let saved = load(&path).unwrap();
    assert_eq!(saved.events, events);
    assert_eq!(saved.annotations.len(), 1);
}

#[test]
fn annotations_are_never_saved_over_an_article_compared() {
    // "Save annotations as" pointed at one of the articles: refused, the article kept.
    let dir = scratch("over-article");
    let (article, text, analysis) = common::two_reports_of_a_blast(&dir);
    let mut doc = Document::new(&dir.join("saves"), "blast", &analysis);
    add_note(&mut doc, &analysis, 0, "checked");
    let err = doc.save_as(&article, &analysis).unwrap_err();
    assert!(
        matches!(err, StoreError::Write { .. })
            && err.to_string().contains("one of the articles compared"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
    assert!(doc.is_dirty(), "nothing was saved");
    doc.save_as(&dir.join("blast.ron"), &analysis).unwrap();
}
