//! Working through conflicts: a conflicting statement shows both sides and the explanation,
//! `n`/`p` move between conflicts (hard first), the word diff, the conflict queue with its
//! severity filter and review state, and the side-by-side comparison strip.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::actions::Action;
use parallax::ui::state::Selection;
use parallax::ui::{ParallaxApp, SetOrigin};
use parallax_documents::annotate::Review;
use parallax_documents::export::ExportFormat;
use parallax_engine::model::{FactIdx, LinkIdx, StatementIdx};

use crate::fixture::{BEGAN_EXPLANATION, KILLED_EXPLANATION, fixture};
use crate::harness::{
    click, export_in_app, harness_on_fixture, harness_on_fixture_saving_in,
    harness_on_soft_fixture_saving_in, harness_opening, label_count, press, press_with,
    scratch_dir, selected,
};

#[test]
fn clicking_a_conflicting_statement_shows_both_sides_and_the_explanation() {
    let mut harness = harness_on_fixture();
    // The conflicts list already shows the explanation once.
    let before = label_count(&harness, KILLED_EXPLANATION);
    harness
        .get_by_label("Eight people were killed in the clashes on Tuesday.")
        .click();
    harness.run();
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(0)))
    );
    assert_eq!(label_count(&harness, KILLED_EXPLANATION), before + 1);
    // The other side, with its outlet, can be reached from the inspector.
    let go = harness.get_by_label("Go to The Globe s2-1");
    go.click();
    harness.run();
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(4)))
    );
}

#[test]
fn n_and_p_move_between_conflicts() {
    let mut harness = harness_on_fixture();
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    assert!(
        label_count(&harness, KILLED_EXPLANATION) >= 2,
        "the inspector shows the conflict"
    );
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
}

#[test]
fn the_word_diff_marks_only_the_words_each_side_lacks() {
    let mut harness = harness_on_fixture();
    // The conflict of "Eight people were killed in the clashes on Tuesday." and "Thirteen
    // people were killed in the clashes on Tuesday.": each side marks its own figure and
    // nothing of what both say.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    let marks = |harness: &Harness<'static, ParallaxApp>, words: &str| {
        label_count(
            harness,
            &format!(
                "{}{words}",
                parallax::ui::panels::inspector_ui::MARKED_WORDS_CAPTION
            ),
        )
    };
    assert!(marks(&harness, "Eight") >= 1, "side A marks its figure");
    assert!(marks(&harness, "Thirteen") >= 1, "side B marks its figure");
    for shared in ["people", "killed", "clashes", "Tuesday"] {
        assert_eq!(marks(&harness, shared), 0, "{shared} is on both sides");
    }
}

#[test]
fn on_the_bundled_set_n_selects_a_conflict_and_the_inspector_explains_it() {
    let mut harness = harness_opening(SetOrigin::Bundled);
    let ws = harness.state().workspace().expect("the bundled set opened");
    // The list puts hard conflicts first; n starts there.
    let Some(&first) = ws.visible_conflicts(harness.state().view()).first() else {
        println!("note: the engine found no conflicts in the bundled set; nothing to navigate");
        return;
    };
    let explanation = ws.analysis.links[first.0]
        .conflict
        .as_ref()
        .map(|c| c.explanation.clone())
        .expect("a conflict link carries its conflict");
    let before = harness.query_all_by_label(&explanation).count();
    harness.key_press(Key::N);
    // Its columns may scroll a long way, smoothly, over many frames.
    harness.run_steps(60);
    harness.run();
    assert_eq!(selected(&harness), Some(Selection::Link(first)));
    assert!(
        harness.query_all_by_label(&explanation).count() > before,
        "the inspector does not show: {explanation}"
    );
}

#[test]
fn the_conflict_queue_puts_hard_first_and_filters_by_severity() {
    let saves = scratch_dir("queue-order");
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(
        ws.visible_conflicts(harness.state().view()),
        vec![LinkIdx(4), LinkIdx(0)],
        "hard first, though the soft one comes first in the text"
    );
    // Each entry says its severity in words.
    assert!(harness.query_by_label("hard").is_some());
    assert!(harness.query_by_label("soft").is_some());
    assert!(
        harness
            .query_by_label(&format!("hard date conflict: {BEGAN_EXPLANATION}"))
            .is_some()
    );
    // n starts on the first hard conflict, then the soft one; p goes back.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    // Hiding soft conflicts leaves the hard one; n stays on it.
    click(&mut harness, "soft 1");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(
        ws.visible_conflicts(harness.state().view()),
        vec![LinkIdx(4)]
    );
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    click(&mut harness, "soft 1");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.visible_conflicts(harness.state().view()).len(), 2);
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_reviewed_conflict_is_saved_reopened_skipped_and_exported() {
    let saves = scratch_dir("queue-review");
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    click(&mut harness, "Reviewed");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.review_of(LinkIdx(4)), Some(Review::Reviewed));
    assert_eq!(ws.review_of(LinkIdx(0)), None);
    assert!(
        harness.query_by_label("reviewed").is_some(),
        "the list says so"
    );
    // Next unreviewed goes to the soft conflict, and stays there: the other one is done.
    click(&mut harness, "Next unreviewed");
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    click(&mut harness, "Dismissed");
    press(&mut harness, Key::U);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    assert!(
        harness
            .state()
            .view()
            .status_message
            .as_deref()
            .is_some_and(|m| m.contains("Every listed conflict is reviewed or dismissed"))
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(saves.join("fixture.ron")).unwrap();
    assert!(text.contains("review: Some(Reviewed)"), "{text}");
    assert!(text.contains("review: Some(Dismissed)"));
    drop(harness);

    // Reopened: the state is back, and the exports carry it.
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.review_of(LinkIdx(4)), Some(Review::Reviewed));
    assert_eq!(ws.review_of(LinkIdx(0)), Some(Review::Dismissed));
    assert!(harness.query_by_label("reviewed").is_some());
    assert!(harness.query_by_label("dismissed").is_some());
    for (format, file) in [
        (ExportFormat::Markdown, "queue.md"),
        (ExportFormat::Html, "queue.html"),
    ] {
        export_in_app(&mut harness, format, &saves.join(file));
        let exported = std::fs::read_to_string(saves.join(file)).unwrap();
        assert!(exported.contains("Reviewed"), "{file}");
        assert!(exported.contains("Dismissed"), "{file}");
    }
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_conflict_is_compared_side_by_side_whatever_the_column_layout() {
    let saves = scratch_dir("compare");
    let saves_dir = saves.clone();
    // Narrow: one column fits once the side panels are hidden.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(560.0, 900.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_analysis_saving_in(cc, "fixture", fixture(), Some(saves_dir))
        });
    harness.run();
    press_with(&mut harness, Modifiers::COMMAND, Key::L);
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    press(&mut harness, Key::N);
    let first = harness.state().view().selection;
    let Some(Selection::Link(first_link)) = first else {
        panic!("n selects a conflict: {first:?}")
    };
    let compare = harness.state().view().compare.expect("the strip opened");
    assert_eq!(compare.target, Selection::Link(first_link));
    assert!(harness.query_by_label("Side by side").is_some());
    // Both sides are on screen, inside the window, although only one column fits.
    let ws = harness.state().workspace().unwrap();
    let link = &ws.analysis.links[first_link.0];
    let texts = [
        ws.analysis.statement(link.a).text.clone(),
        ws.analysis.statement(link.b).text.clone(),
    ];
    for text in &texts {
        let on_screen = harness.query_all_by_label(text).any(|node| {
            let r = node.rect();
            r.min.x >= 0.0 && r.max.x <= 560.0 && r.min.y >= 0.0 && r.max.y <= 900.0
        });
        assert!(on_screen, "“{text}” is in view");
    }
    // Pinned, it stays while n moves on; unpinned, it follows again.
    press(&mut harness, Key::C);
    assert!(harness.state().view().compare.unwrap().pinned);
    press(&mut harness, Key::N);
    let second = harness.state().view().selection;
    assert_ne!(second, first);
    assert_eq!(
        harness.state().view().compare.unwrap().target,
        Selection::Link(first_link)
    );
    click(&mut harness, "Pinned");
    press(&mut harness, Key::N);
    assert_eq!(
        Some(harness.state().view().compare.unwrap().target),
        harness.state().view().selection
    );
    // All statements of one fact, from the inspector's fact section.
    harness
        .state_mut()
        .push_action(Action::Compare(Selection::Fact(FactIdx(1))));
    harness.run();
    for s in [1, 5, 7] {
        let text = harness.state().workspace().unwrap().analysis.statements[s]
            .text
            .clone();
        // The Herald's column is out of view (not even drawn): the strip shows it.
        assert!(harness.query_all_by_label(&text).count() >= 1, "{text}");
    }
    click(&mut harness, "Close");
    assert!(harness.state().view().compare.is_none());
    press(&mut harness, Key::N);
    assert!(
        harness.state().view().compare.is_none(),
        "closed, it does not come back by itself"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_pinned_comparison_keeps_its_statements_when_link_numbers_move() {
    let saves = scratch_dir("compare-moves");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::C);
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    // Rejecting the first link renumbers the links after it.
    click(&mut harness, "Reject link");
    let compare = harness.state().view().compare.expect("still pinned");
    let Selection::Link(l) = compare.target else {
        panic!("{compare:?}")
    };
    let link = &harness.state().workspace().unwrap().analysis.links[l.0];
    assert_eq!((link.a, link.b), (StatementIdx(3), StatementIdx(6)));
    assert!(
        harness.query_all_by_label(BEGAN_EXPLANATION).count() >= 2,
        "list and strip"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

/// A conflict's other disagreements stand under its explanation in the inspector, each as
/// "Also, <severity> <kind>: <explanation>".
#[test]
fn the_inspector_shows_a_conflicts_other_disagreements() {
    use parallax_engine::model::{Conflict, ConflictKind, Severity};
    let mut analysis = fixture();
    let also = "police officers injured: 11 (The Ledger) vs 13 (The Globe); the figures cannot both be true";
    analysis.links[0]
        .conflict
        .as_mut()
        .expect("the fixture's first link is a conflict")
        .also
        .push(Conflict {
            kind: ConflictKind::Number,
            severity: Severity::Hard,
            explanation: also.into(),
            value_a: Some("11".into()),
            value_b: Some("13".into()),
            also: Vec::new(),
        });
    let mut harness = crate::harness::harness_on_analysis(analysis, &scratch_dir("also-saves"));
    let line = format!("Also, hard number: {also}");
    assert_eq!(
        label_count(&harness, &line),
        0,
        "not before the link is selected"
    );
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    assert!(label_count(&harness, &line) >= 1, "the inspector shows it");
}
