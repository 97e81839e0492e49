//! Exports from the window (asking before a file is replaced), and the in-app path field
//! that stands in for the system file dialog when there is none (export, save as, open).

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use parallax::ui::actions::Action;
use parallax_documents::export::ExportFormat;

use crate::harness::{
    click, export_in_app, harness_on_fixture_saving_in, press, press_with, scratch_dir,
};

#[test]
fn export_writes_the_report_and_asks_before_replacing_a_file() {
    let saves = scratch_dir("export");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mostly false");
    // The Export window lists the formats.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    assert!(harness.query_by_label("HTML report").is_some());
    assert!(harness.query_by_label("CSV (spreadsheet)").is_some());
    // The native save dialog is not available in tests: hand over the path it would give.
    let path = saves.join("report.html");
    export_in_app(&mut harness, ExportFormat::Html, &path);
    let html = std::fs::read_to_string(&path).expect("report written");
    assert!(
        html.contains("Mostly false"),
        "the report carries the verdict"
    );
    std::fs::write(&path, "keep me").unwrap();
    export_in_app(&mut harness, ExportFormat::Html, &path);
    assert!(harness.query_by_label("Replace the file?").is_some());
    click(&mut harness, "Cancel");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    export_in_app(&mut harness, ExportFormat::Html, &path);
    click(&mut harness, "Replace");
    assert!(std::fs::read_to_string(&path).unwrap().contains("<html"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn without_a_system_dialog_export_asks_for_a_path_in_the_app_and_writes_the_file() {
    let saves = scratch_dir("export-fallback");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    click(&mut harness, "Markdown");
    // No portal here: the system dialog cannot show, so the in-app field opens.
    click(&mut harness, "Export…");
    let prompt = harness
        .state()
        .view()
        .path_prompt
        .clone()
        .expect("the in-app path field opened");
    let suggested = saves.join(ExportFormat::Markdown.suggested_file_name("fixture"));
    assert_eq!(prompt.text, suggested.display().to_string(), "prefilled");
    assert!(harness.query_by_label("Export the Markdown").is_some());
    // A folder that does not exist is refused, with the reason shown.
    assert!(
        harness.query_by_label("Path").is_some(),
        "a labelled path field"
    );
    let bad = saves.join("no-such-folder").join("x.md");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(bad.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    assert!(!bad.exists());
    assert!(
        harness
            .query_by_label_contains("Cannot use this path: There is no folder")
            .is_some(),
        "the reason is shown"
    );
    // A good path, typed without its extension, is written.
    let typed = saves.join("checked-by-hand");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(typed.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    let written = saves.join("checked-by-hand.md");
    let markdown = std::fs::read_to_string(&written).expect("the export was written");
    assert!(markdown.contains("Daily Planet"));
    assert!(harness.state().view().path_prompt.is_none());
    assert!(harness.state().view().export_window.is_none());

    // "Export to the saves folder" writes the suggested file with no dialog at all.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    click(&mut harness, "Export to the saves folder");
    let report = saves.join(ExportFormat::Html.suggested_file_name("fixture"));
    assert!(std::fs::read_to_string(&report).unwrap().contains("<html"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn without_a_system_dialog_open_annotations_and_save_as_use_the_path_field() {
    let saves = scratch_dir("save-as-fallback");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mostly false");
    harness.state_mut().push_action(Action::SaveAsDialog);
    harness.run();
    let prompt = harness.state().view().path_prompt.clone().expect("field");
    assert_eq!(prompt.text, saves.join("fixture.ron").display().to_string());
    let other = saves.join("second");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(other.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    assert!(saves.join("second.ron").exists(), "saved with .ron added");

    harness
        .state_mut()
        .push_action(Action::OpenAnnotationsDialog);
    harness.run();
    assert!(harness.query_by_label("Open annotations").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.state().view().path_prompt.is_none());

    harness.state_mut().push_action(Action::OpenFilesDialog);
    harness.run();
    assert!(harness.query_by_label("Open articles").is_some());
    let _ = std::fs::remove_dir_all(&saves);
}
