//! Annotating and saving: a verdict and a note survive save and reopen, undo and redo,
//! rejecting a conflict, the Annotations tab, quitting with unsaved work, and linking two
//! statements by hand.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::ParallaxApp;
use parallax::ui::state::{Selection, Tab};
use parallax_documents::annotate::Verdict;
use parallax_engine::model::{LinkIdx, Relation, StatementIdx};

use crate::fixture::UNIQUE_TEXT;
use crate::harness::{
    click, harness_on_fixture_saving_in, press, press_with, scratch_dir, selected,
};

#[test]
fn a_verdict_and_a_note_on_a_conflict_survive_save_and_reopen() {
    let saves = scratch_dir("annotate-flow");
    let note = "The ministry says eight; state TV said thirteen. Ask both.";
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert_eq!(harness.state().window_title(), "fixture — Parallax");

    // Select the first conflict, give it a verdict and a note.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    click(&mut harness, "Mostly false");
    click(&mut harness, "Note");
    harness.get_by_label("Note").type_text(note);
    harness.run();
    let ws = harness.state().workspace().unwrap();
    let annotations = ws.document.annotations.annotations();
    assert_eq!(
        annotations.len(),
        1,
        "one annotation, made by the first change"
    );
    assert_eq!(annotations[0].verdict, Some(Verdict::MostlyFalse));
    assert_eq!(annotations[0].note, note);
    assert_eq!(annotations[0].target.kind_name(), "link");
    assert!(
        harness.state().window_title().starts_with("● "),
        "unsaved mark"
    );
    // Both statements of the conflict carry the verdict's marker.
    let link = &ws.analysis.links[0];
    for s in [link.a, link.b] {
        assert_eq!(
            ws.notes.marker_verdict(&ws.document.annotations, s),
            Some(Verdict::MostlyFalse)
        );
    }

    // Save from the File menu.
    click(&mut harness, "File");
    // Menu buttons are labelled with their shortcut.
    click(&mut harness, "Save annotations Ctrl+S");
    let save = saves.join("fixture.ron");
    assert!(save.exists(), "no save at {}", save.display());
    assert_eq!(harness.state().window_title(), "fixture.ron — Parallax");
    drop(harness);

    // Reopen: the annotation is there, attached to the same conflict, and shown.
    let mut harness = harness_on_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    let annotations = ws.document.annotations.annotations();
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations[0].verdict, Some(Verdict::MostlyFalse));
    assert_eq!(annotations[0].note, note);
    assert!(ws.notes.orphans.is_empty());
    press(&mut harness, Key::N);
    assert!(
        harness.query_by_value(note).is_some(),
        "the inspector shows the saved note"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn undo_and_redo_keys_step_through_annotation_edits() {
    let saves = scratch_dir("undo");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    click(&mut harness, "Mixed");
    let verdict = |h: &Harness<'static, ParallaxApp>| {
        h.state()
            .workspace()
            .unwrap()
            .document
            .annotations
            .annotations()
            .first()
            .and_then(|a| a.verdict)
    };
    assert_eq!(verdict(&harness), Some(Verdict::Mixed));
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&harness), Some(Verdict::False));
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&harness), None, "undone back to no annotation");
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(verdict(&harness), Some(Verdict::False));
    press_with(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(verdict(&harness), Some(Verdict::Mixed));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn rejecting_a_conflict_removes_it_from_the_views_and_undo_brings_it_back() {
    let saves = scratch_dir("reject");
    let mut harness = harness_on_fixture_saving_in(&saves);
    let conflicts_before = harness.state().workspace().unwrap().index.conflicts.len();
    press(&mut harness, Key::N);
    click(&mut harness, "Reject link");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.index.conflicts.len(), conflicts_before - 1);
    assert_eq!(ws.document.annotations.overrides().len(), 1);
    assert!(
        matches!(
            harness.state().view().selection,
            Some(Selection::Statement(_))
        ),
        "the selection falls back to a statement of the rejected link"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.index.conflicts.len(), conflicts_before);
    assert!(ws.document.annotations.overrides().is_empty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn the_annotations_tab_lists_annotations_and_filters_them_by_verdict() {
    let saves = scratch_dir("tab");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    press(&mut harness, Key::N);
    click(&mut harness, "Unverifiable");
    press_with(&mut harness, Modifiers::COMMAND, Key::Num3);
    assert_eq!(harness.state().view().tab, Tab::Annotations);
    assert!(
        harness
            .query_all_by_label_contains("2 annotations")
            .next()
            .is_some()
    );
    assert_eq!(harness.query_all_by_label("Go to").count(), 2);
    press(&mut harness, Key::Escape);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Verdict")
        .click();
    harness.run();
    // The option in the drop-down (the list also shows the verdict as a label).
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Unverifiable")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view().annotation_filter.verdict,
        Some(Verdict::Unverifiable)
    );
    assert_eq!(harness.query_all_by_label("Go to").count(), 1);
    click(&mut harness, "Go to");
    assert_eq!(harness.state().view().tab, Tab::Sources);
    assert!(matches!(
        harness.state().view().selection,
        Some(Selection::Link(_))
    ));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn quitting_with_unsaved_annotations_asks_first() {
    let saves = scratch_dir("quit");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mixed");
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(harness.query_by_label("Save your annotations?").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Save your annotations?").is_none());
    assert!(harness.state().workspace().unwrap().document.is_dirty());
    // Save from the question: the file is written, then the window closes.
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    click(&mut harness, "Save");
    assert!(saves.join("fixture.ron").exists());
    assert!(!harness.state().workspace().unwrap().document.is_dirty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn two_statements_can_be_linked_by_hand() {
    let saves = scratch_dir("manual-link");
    let mut harness = harness_on_fixture_saving_in(&saves);
    click(&mut harness, UNIQUE_TEXT);
    harness
        .get_by_label("Link to a statement of another source…")
        .click();
    harness.run();
    assert_eq!(harness.state().view().pending_link, Some(StatementIdx(2)));
    harness
        .get_by_label("The mayor declared a curfew after the clashes.")
        .click();
    harness.run();
    click(&mut harness, "Link as match");
    let ws = harness.state().workspace().unwrap();
    let link = ws
        .link_between(StatementIdx(2), StatementIdx(7))
        .expect("the hand-made link is in the analysis the views show");
    assert_eq!(ws.analysis.links[link.0].relation, Relation::Match);
    assert_eq!(ws.document.annotations.overrides().len(), 1);
    assert_eq!(harness.state().view().pending_link, None);
    let _ = std::fs::remove_dir_all(&saves);
}
