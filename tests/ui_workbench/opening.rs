//! Opening sets and saves, and what goes wrong: a folder with a bad file, a missing path, a
//! save given on the command line, a corrupt save (reported, never overwritten), a save
//! whose articles were edited (orphans), and unsaved work left by a crash.

use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use parallax::ui::state::ProblemSeverity;
use parallax::ui::{SetOrigin, Startup};
use parallax_documents::annotate::Verdict;

use crate::fixture::fixture;
use crate::harness::{
    click, harness_on_analysis, harness_on_fixture_saving_in, harness_opening, harness_starting,
    press, press_with, scratch_dir,
};

#[test]
fn a_folder_with_a_bad_file_shows_a_problem_in_the_window() {
    let dir = scratch_dir("bad-folder");
    std::fs::write(
        dir.join("bad.bin.txt"),
        [0u8, 159, 146, 150, 0, 0, 1, 2, 255, 0],
    )
    .unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "Officials said the bridge reopened on Friday after repairs.\n",
    )
    .unwrap();
    let dir_name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let harness = harness_opening(SetOrigin::Paths(vec![dir.clone()]));
    let problems = &harness.state().view().problems;
    assert!(
        !problems.is_empty(),
        "no problem reported for {}",
        dir.display()
    );
    assert!(
        harness
            .query_all_by_label_contains(&dir_name)
            .next()
            .is_some()
            || harness
                .query_all_by_label_contains("bad.bin")
                .next()
                .is_some(),
        "the problem does not name the folder or the file: {problems:?}"
    );
    assert!(harness.query_by_label("Dismiss").is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

/// An article's warning (here a wire date line without its year, which the set's other
/// article dates) stands once in the banner, though the set and the article both carry it.
#[test]
fn an_article_warning_is_shown_once() {
    let dir = scratch_dir("yearless");
    std::fs::write(
        dir.join("dated.txt"),
        "Navy foils pirate attack\nNovember 11, 2011\n\nThe navy foiled a pirate attack on Thursday.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("wire.txt"),
        "Navy foils attack\n\nMumbai, Nov 11 -\n\nThe navy yesterday foiled a pirate attack on merchant ships.\n",
    )
    .unwrap();
    let harness = harness_opening(SetOrigin::Paths(vec![dir.clone()]));
    let problems = &harness.state().view().problems;
    let yearless: Vec<_> = problems
        .iter()
        .filter(|p| p.message.contains("gives no year"))
        .collect();
    assert_eq!(yearless.len(), 1, "{problems:?}");
    assert!(
        yearless[0].message.starts_with("wire.txt: "),
        "{problems:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_path_shows_an_error_and_the_window_carries_on() {
    let missing = std::env::temp_dir().join("parallax-ui-test-no-such-folder-7f3a");
    let harness = harness_opening(SetOrigin::Paths(vec![missing]));
    assert!(harness.state().workspace().is_none());
    assert!(
        harness
            .query_by_label_contains("no-such-folder-7f3a")
            .is_some()
    );
    assert!(harness.query_by_label("Open the bundled example").is_some());
}

#[test]
fn a_corrupt_save_is_reported_and_left_untouched() {
    let saves = scratch_dir("corrupt");
    let corrupt = "(format: \"parallax-annotations\", version: 1, set: (name: \"fixture\", sour";
    std::fs::write(saves.join("fixture.ron"), corrupt).unwrap();
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert!(
        harness
            .state()
            .view()
            .problems
            .iter()
            .any(|p| p.severity == ProblemSeverity::Error && p.message.contains("fixture.ron")),
        "{:?}",
        harness.state().view().problems
    );
    // Annotate, then try to save: the corrupt file is not overwritten.
    press(&mut harness, Key::N);
    click(&mut harness, "Mixed");
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        std::fs::read_to_string(saves.join("fixture.ron")).unwrap(),
        corrupt
    );
    assert!(harness.state().workspace().unwrap().document.is_dirty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_save_given_on_the_command_line_opens_its_set_and_annotations() {
    let saves = scratch_dir("cli-save");
    let save = saves.join("bundled-notes.ron");
    std::fs::write(&save, parallax_documents::store::BUNDLED_EXAMPLE_SAVE).unwrap();
    let startup = parallax::ui::startup_for(vec![save.clone()]);
    assert_eq!(startup, Startup::OpenSave(save.clone()));
    let harness = harness_starting(startup, &saves);
    let ws = harness.state().workspace().expect("the bundled set opened");
    assert_eq!(ws.analysis.sources.len(), 5);
    assert!(!ws.document.annotations.annotations().is_empty());
    assert_eq!(ws.document.path.as_deref(), Some(save.as_path()));
    assert!(harness.state().window_title().contains("bundled-notes.ron"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_back() {
    let saves = scratch_dir("recovery");
    {
        let mut harness = harness_on_fixture_saving_in(&saves);
        press(&mut harness, Key::N);
        click(&mut harness, "False");
        // The background autosave writes a few seconds after the last edit.
        let autosave = parallax_documents::store::autosave_path(&saves.join("fixture.ron"));
        let started = Instant::now();
        while !autosave.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no autosave after 20 s"
            );
            harness.step();
            std::thread::sleep(Duration::from_millis(50));
        }
        // The app is dropped without saving, as in a crash.
    }
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    assert!(
        harness
            .state()
            .workspace()
            .unwrap()
            .document
            .annotations
            .is_empty()
    );
    click(&mut harness, "Restore");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.document.annotations.annotations().len(), 1);
    assert_eq!(
        ws.document.annotations.annotations()[0].verdict,
        Some(Verdict::False)
    );
    assert!(ws.document.is_dirty(), "restored work still needs saving");
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_save_opened_on_edited_articles_reports_its_orphans() {
    let saves = scratch_dir("orphans");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(saves.join("fixture.ron").exists());
    drop(harness);

    // The article was re-published with the sentence rewritten.
    let mut edited = fixture();
    edited.sources[0].stored_text = edited.sources[0].stored_text.replace(
        "Eight people were killed in the clashes on Tuesday.",
        "Police gave no toll.",
    );
    edited.sources[0].content_hash = "edited".into();
    let harness = harness_on_analysis(edited, &saves);
    let problems = &harness.state().view().problems;
    assert!(
        problems.iter().any(|p| p.message.contains("1 orphaned")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message.starts_with("Orphaned") && p.message.contains("Eight people")),
        "{problems:?}"
    );
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.notes.orphans.len(), 1);
    let _ = std::fs::remove_dir_all(&saves);
}
