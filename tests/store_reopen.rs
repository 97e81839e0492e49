//! Opening a save against the current (possibly edited) article set, and autosave recovery.

mod common;

use std::time::{Duration, Instant};

use common::*;
use parallax_documents::annotate::anchor::{anchor_statement, locate_statement, span_target};
use parallax_documents::annotate::{Annotation, AnnotationSet, Edit, Resolution, Target, Verdict};
use parallax_documents::store::reopen::ItemRef;
use parallax_documents::store::{
    AutosaveTimer, SaveFile, SetIdentity, autosave_path, clear_autosave, find_recovery, load,
    reopen, save, write_autosave,
};
use parallax_engine::corpus::{ArticleSet, article_from_bytes, bundled_set};
use parallax_engine::model::{Analysis, StatementIdx};
use sha2::{Digest, Sha256};

/// Analyse a set, filling content hashes if the loader left them empty.
fn analyse(set: &ArticleSet) -> Analysis {
    let mut analysis = parallax_engine::analyze(set, &Default::default());
    for s in &mut analysis.sources {
        if s.content_hash.is_empty() {
            s.content_hash = format!("{:x}", Sha256::digest(s.stored_text.as_bytes()));
        }
    }
    analysis
}

fn statement_with(analysis: &Analysis, needle: &str) -> StatementIdx {
    StatementIdx(
        analysis
            .statements
            .iter()
            .position(|s| s.text.contains(needle))
            .unwrap_or_else(|| panic!("no statement with {needle:?}")),
    )
}

const KILLED: &str = "at least eight police officers";
const STORMED: &str = "several thousand protesters stormed";
const MOTHER: &str = "Long seen as one the most stable";

/// Three annotations on the AFP article and one on another.
fn annotated(analysis: &Analysis) -> AnnotationSet {
    let mut set = AnnotationSet::new();
    for (needle, verdict) in [
        (KILLED, Verdict::MostlyTrue),
        (STORMED, Verdict::Mixed),
        (MOTHER, Verdict::Unverifiable),
    ] {
        let s = statement_with(analysis, needle);
        let target = Target::Statement(anchor_statement(analysis, s).unwrap());
        let mut a = Annotation::new(set.next_id(), target, "tester");
        a.verdict = Some(verdict);
        set.apply(Edit::Add(a)).unwrap();
    }
    let other = statement_with(analysis, "317 police and national guard");
    let s = &analysis.statements[other.0];
    let target = span_target(analysis, s.source, s.start, s.start + 20).unwrap();
    set.apply(Edit::Add(Annotation::new(set.next_id(), target, "tester")))
        .unwrap();
    set
}

fn edited_set(edit: impl Fn(&str) -> String) -> ArticleSet {
    let mut set = bundled_set();
    let first = &mut set.articles[0];
    let text = edit(&first.source.stored_text);
    *first = article_from_bytes(&first.source.file_name, text.as_bytes(), None).unwrap();
    set
}

#[test]
fn reopening_on_the_same_set_attaches_everything() {
    let analysis = analyse(&bundled_set());
    let set = annotated(&analysis);
    let file = SaveFile::new(SetIdentity::of("kazakhstan-2022", &analysis), &set);
    let (reopened, report) = reopen(&file, &analysis);
    assert_eq!((report.attached, report.moved, report.orphaned), (4, 0, 0));
    assert!(report.is_clean(), "{report:?}");
    assert_eq!(reopened.annotations(), set.annotations());
    assert!(!reopened.is_dirty());
}

#[test]
fn reopening_on_an_edited_article_reports_moves_and_orphans() {
    let analysis = analyse(&bundled_set());
    let set = annotated(&analysis);
    let file = SaveFile::new(SetIdentity::of("kazakhstan-2022", &analysis), &set);
    let original_afp = analysis.sources[0].stored_text.clone();
    let stormed_sentence = analysis
        .statement(statement_with(&analysis, STORMED))
        .text
        .clone();

    // An editor's note at the top, a figure corrected, one sentence removed.
    let edited = analyse(&edited_set(|t| {
        format!("Editor's note: this story was updated.\n\n{t}")
            .replace("at least eight police", "at least 13 police")
            .replace(&stormed_sentence, "")
    }));
    let (reopened, report) = reopen(&file, &edited);
    assert_eq!(
        (report.attached, report.moved, report.orphaned),
        (1, 2, 1),
        "{}",
        report.summary()
    );
    assert_eq!(report.changed_sources.len(), 1);
    assert_eq!(
        report.changed_sources[0].file_name,
        analysis.sources[0].file_name
    );
    assert!(report.missing_sources.is_empty() && report.new_sources.is_empty());

    let orphan = report.orphans().next().unwrap();
    assert_eq!(orphan.item, ItemRef::Annotation(2));
    assert!(orphan.quote.contains(STORMED));

    // Moved anchors were refreshed to the current text and find their statements.
    let killed = reopened.get(1).unwrap();
    let Target::Statement(anchor) = &killed.target else {
        panic!()
    };
    assert!(anchor.quote.exact.contains("at least 13 police"));
    assert_eq!(anchor.source.content_hash, edited.sources[0].content_hash);
    assert_eq!(
        locate_statement(anchor, &edited),
        Some(statement_with(&edited, "at least 13 police"))
    );
    // The orphan keeps its saved anchor and quote.
    assert_eq!(reopened.get(2).unwrap(), &file.annotations[1]);
    // The untouched source is attached in place.
    assert!(matches!(
        report.items[3].resolution,
        Resolution::Attached { .. }
    ));
    assert_ne!(original_afp, edited.sources[0].stored_text);
}

#[test]
fn missing_and_new_sources_are_reported() {
    let analysis = analyse(&bundled_set());
    let set = annotated(&analysis);
    let file = SaveFile::new(SetIdentity::of("kazakhstan-2022", &analysis), &set);
    let mut other = bundled_set();
    other.articles.remove(0);
    let extra = article_from_bytes("extra.txt", b"A new article. It says little.", None).unwrap();
    other.articles.push(extra);
    let other = analyse(&other);
    let (_, report) = reopen(&file, &other);
    assert_eq!(report.missing_sources.len(), 1);
    assert_eq!(report.new_sources, vec!["extra.txt".to_string()]);
    assert_eq!((report.attached, report.orphaned), (1, 3));
}

#[test]
fn saved_file_reopens_from_another_folder() {
    // Same files, read from disk in a different folder: hashes match, all attached.
    let analysis = analyse(&bundled_set());
    let set = annotated(&analysis);
    let dir = scratch_dir("another_folder");
    let path = dir.join("k.ron");
    save(&path, &SaveFile::new(SetIdentity::of("k", &analysis), &set)).unwrap();
    let articles = dir.join("copied");
    std::fs::create_dir_all(&articles).unwrap();
    let mut paths = Vec::new();
    for s in &analysis.sources {
        let p = articles.join(&s.file_name);
        std::fs::write(&p, &s.stored_text).unwrap();
        paths.push(p);
    }
    let from_disk = analyse(&parallax_engine::corpus::load_paths(&paths).unwrap());
    let (_, report) = reopen(&load(&path).unwrap(), &from_disk);
    assert_eq!((report.attached, report.moved, report.orphaned), (4, 0, 0));
    assert!(report.is_clean());
}

#[test]
fn autosave_is_offered_when_newer_and_cleared_after() {
    let dir = scratch_dir("autosave");
    let save_path = dir.join("set.ron");
    assert_eq!(autosave_path(&save_path), dir.join("set.autosave.ron"));
    assert!(find_recovery(&save_path).is_none());

    // Unsaved set: an autosave with no save is offered.
    let work = sample_save();
    write_autosave(&save_path, &work).unwrap();
    let recovery = find_recovery(&save_path).expect("offered");
    assert_eq!(recovery.file, work);
    assert!(recovery.saved.is_none());

    // Saving afterwards makes the autosave stale.
    std::thread::sleep(Duration::from_millis(20));
    save(&save_path, &work).unwrap();
    assert!(find_recovery(&save_path).is_none());

    // An edit after the save, autosaved, then a "crash": offered again.
    std::thread::sleep(Duration::from_millis(20));
    let mut newer = work.clone();
    newer.annotations[0]
        .note
        .push_str("\nChecked with the ministry.");
    write_autosave(&save_path, &newer).unwrap();
    assert_eq!(find_recovery(&save_path).unwrap().file, newer);

    clear_autosave(&save_path).unwrap();
    assert!(find_recovery(&save_path).is_none());
    assert!(!autosave_path(&save_path).exists());
    clear_autosave(&save_path).unwrap();

    // A damaged autosave is not offered and not deleted.
    std::fs::write(
        autosave_path(&save_path),
        "(format: \"parallax-annotations\", vers",
    )
    .unwrap();
    assert!(find_recovery(&save_path).is_none());
    assert!(autosave_path(&save_path).exists());
}

#[test]
fn autosave_timer_waits_for_a_quiet_moment() {
    let t0 = Instant::now();
    let quiet = Duration::from_secs(2);
    let mut timer = AutosaveTimer::new(0, quiet, Duration::from_secs(30));
    assert!(!timer.due(0, t0));
    assert!(!timer.due(1, t0), "just changed");
    assert!(!timer.due(2, t0 + Duration::from_secs(1)));
    assert_eq!(
        timer.next_check_in(t0 + Duration::from_secs(1)),
        Some(Duration::from_secs(2))
    );
    assert!(timer.due(2, t0 + Duration::from_secs(3)));
    timer.written(2);
    assert!(!timer.due(2, t0 + Duration::from_secs(10)));
    // Continuous typing still autosaves after max_wait.
    let mut typing = t0;
    let mut fired = false;
    for g in 3..100 {
        typing += Duration::from_secs(1);
        if timer.due(g, typing) {
            fired = true;
            break;
        }
    }
    assert!(fired);
}

#[test]
fn statement_anchors_snap_to_the_statement_after_resegmentation() {
    // A save made when two sentences were one statement: the anchor covers both. Opened
    // with the current splitting, it snaps to the sentence it overlaps most.
    let analysis = analyse(&bundled_set());
    let s = statement_with(&analysis, KILLED);
    let st = &analysis.statements[s.0];
    let next = &analysis.statements[s.0 + 1];
    assert_eq!(next.source, st.source);
    let source = parallax_documents::annotate::SourceRef {
        file_name: analysis.sources[st.source.0].file_name.clone(),
        content_hash: analysis.sources[st.source.0].content_hash.clone(),
    };
    let text = &analysis.sources[st.source.0].stored_text;
    let wide = parallax_documents::annotate::anchor::anchor_text(source, text, st.start, next.end)
        .unwrap();
    let mut set = AnnotationSet::new();
    set.apply(Edit::Add(Annotation::new(1, Target::Statement(wide), "t")))
        .unwrap();
    let file = SaveFile::new(SetIdentity::of("k", &analysis), &set);
    let (reopened, report) = reopen(&file, &analysis);
    assert_eq!(report.moved, 1, "{}", report.summary());
    let fresh = anchor_statement(&analysis, s).unwrap();
    let snapped = reopened.get(1).unwrap().target.anchors()[0].clone();
    let bigger = if next.end - next.start > st.end - st.start {
        anchor_statement(&analysis, StatementIdx(s.0 + 1)).unwrap()
    } else {
        fresh
    };
    assert_eq!(snapped, bigger);
}

#[test]
fn source_corrections_survive_save_and_reopen_and_old_saves_have_none() {
    use parallax_documents::annotate::model::SourceRef;
    use parallax_documents::annotate::{OriginFix, SourceCorrection};
    let old = load(&fixture("v1-example.ron")).expect("the old save still loads");
    assert!(old.source_corrections.is_empty());
    let text = parallax_documents::store::format::encode(&old).unwrap();
    assert!(
        !text.contains("source_corrections"),
        "a save without corrections is written as before"
    );

    let analysis = analyse(&bundled_set());
    let first = &analysis.sources[0];
    let correction = SourceCorrection {
        source: SourceRef {
            file_name: first.file_name.clone(),
            content_hash: first.content_hash.clone(),
        },
        outlet: Some("Renamed Outlet".into()),
        origin: Some(OriginFix::Agency("AFP".into())),
        excluded: true,
        ..Default::default()
    };
    let mut set = annotated(&analysis);
    set.apply(Edit::SetSource(correction.clone())).unwrap();
    let file = SaveFile::new(SetIdentity::of("kazakhstan-2022", &analysis), &set);
    let dir = scratch_dir("source-corrections");
    let path = dir.join("corrected.ron");
    save(&path, &file).unwrap();
    let back = load(&path).unwrap();
    assert_eq!(back.source_corrections, vec![correction.clone()]);
    let (reopened, _) = reopen(&back, &analysis);
    assert_eq!(reopened.source_corrections(), [correction]);
    assert_eq!(reopened.annotations().len(), set.annotations().len());
    assert!(set.undo(), "a correction is undoable");
    assert!(set.source_corrections().is_empty());
}
