//! The Sources window: renaming an outlet (shown everywhere, saved, exported, undone),
//! leaving an off-topic article out of the comparison, and declaring two articles one story.

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use parallax::ui::actions::Action;
use parallax::ui::state::Selection;
use parallax_documents::export::ExportFormat;
use parallax_engine::model::{SourceIdx, StatementIdx};

use crate::fixture::fixture_with_an_off_topic_article;
use crate::harness::{
    click, export_in_app, harness_on_analysis, harness_on_fixture_saving_in, label_count,
    press_with, replace_text, scratch_dir,
};

#[test]
fn renaming_a_source_shows_in_its_column_its_conflicts_the_save_and_the_export() {
    let saves = scratch_dir("rename-source");
    let mut harness = harness_on_fixture_saving_in(&saves);
    click(&mut harness, "Edit sources…");
    assert!(harness.state().view().sources_window.open);
    click(&mut harness, "Edit s2");
    replace_text(&mut harness, "Outlet name", "Globe and Mail");
    replace_text(&mut harness, "Publication date", "2022-01-06");
    click(&mut harness, "Apply");

    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_label(SourceIdx(1)), "Globe and Mail");
    assert_eq!(
        ws.analysis.source(SourceIdx(1)).meta.date,
        chrono::NaiveDate::from_ymd_opt(2022, 1, 6)
    );
    assert_eq!(
        ws.analysis.links[0].conflict.as_ref().unwrap().explanation,
        "killed: eight (Daily Planet) vs thirteen (Globe and Mail)",
        "the conflict explanation names the outlet as corrected"
    );
    assert!(
        label_count(&harness, "Globe and Mail") >= 1,
        "the column header shows the new name"
    );
    assert_eq!(
        label_count(&harness, "The Globe"),
        0,
        "the old name is gone"
    );
    assert!(harness.state().window_title().starts_with('●'), "unsaved");

    // Saved in the RON save and read back on reopening.
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(saves.join("fixture.ron")).unwrap();
    assert!(text.contains("source_corrections"), "{text}");
    assert!(text.contains("outlet: Some(\"Globe and Mail\")"), "{text}");
    drop(harness);
    let mut harness = harness_on_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_label(SourceIdx(1)), "Globe and Mail");

    // The exported reports use the corrected name.
    for (format, file) in [
        (ExportFormat::Markdown, "renamed.md"),
        (ExportFormat::Html, "renamed.html"),
        (ExportFormat::Csv, "renamed.csv"),
    ] {
        export_in_app(&mut harness, format, &saves.join(file));
        let exported = std::fs::read_to_string(saves.join(file)).unwrap();
        assert!(exported.contains("Globe and Mail"), "{file}: {exported}");
        assert!(!exported.contains("The Globe"), "{file}: {exported}");
    }

    // Undo takes the correction back.
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "Globe and Mail",
        "a reopened save has no undo history"
    );
    harness
        .state_mut()
        .push_action(Action::EditSource(SourceIdx(1)));
    harness.run();
    click(&mut harness, "Back to what the text says");
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "The Globe"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "Globe and Mail",
        "undo brings the correction back"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn an_off_topic_article_is_flagged_and_can_be_excluded_everywhere() {
    let saves = scratch_dir("exclude-source");
    let mut harness = harness_on_analysis(fixture_with_an_off_topic_article(), &saves);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .index
            .possibly_off_topic,
        [false, false, false, true]
    );
    assert_eq!(
        label_count(&harness, "possibly off-topic"),
        1,
        "its column says so"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Num4);
    click(&mut harness, "Edit s4");
    click(&mut harness, "Leave this article out of the comparison");
    click(&mut harness, "Apply");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_count(), 3, "no column for it");
    assert_eq!(ws.engine_analysis.sources.len(), 4);
    assert!(
        harness
            .query_by_label("excluded from the comparison")
            .is_some()
    );
    assert_eq!(
        ws.index.conflicts.len(),
        2,
        "the conflicts are all still there"
    );
    export_in_app(
        &mut harness,
        ExportFormat::Markdown,
        &saves.join("excluded.md"),
    );
    let exported = std::fs::read_to_string(saves.join("excluded.md")).unwrap();
    assert!(!exported.contains("Sports Desk"), "{exported}");
    assert!(exported.contains("The Globe"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn two_articles_declared_one_story_count_as_one_report_in_the_inspector() {
    let saves = scratch_dir("declare-copy");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press_with(&mut harness, Modifiers::COMMAND, Key::Num4);
    click(&mut harness, "Edit s1");
    click(&mut harness, "Copies: which articles tell the same story");
    click(&mut harness, "s2 The Globe");
    click(&mut harness, "Apply");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.same_report(SourceIdx(0), SourceIdx(1)), Some(true));
    assert_eq!(ws.same_report(SourceIdx(0), SourceIdx(2)), Some(false));
    assert!(
        harness
            .query_by_label("same story as s2 (by hand)")
            .is_some()
    );
    // The curfew statement of the Daily Planet: the Globe's is a copy, the Herald's is not.
    harness
        .state_mut()
        .push_action(Action::Select(Selection::Statement(StatementIdx(1))));
    harness.run();
    assert_eq!(label_count(&harness, "copy: same story"), 1);
    assert_eq!(label_count(&harness, "independent report"), 1);
    assert!(
        harness
            .query_by_label_contains("3 sources, 2 independent reports")
            .is_some()
    );
    let _ = std::fs::remove_dir_all(&saves);
}
