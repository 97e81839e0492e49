//! The workbench under egui_kittest: started on the fixture or opening a set (waiting for its
//! background analysis), each test's scratch folder, and the few gestures the tests make
//! (press a key, click a label, type over a field, export as the Export window does).

use std::path::PathBuf;

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::actions::Action;
use parallax::ui::state::Selection;
use parallax::ui::{ParallaxApp, SetOrigin, Startup};
use parallax_documents::export::ExportFormat;
use parallax_engine::model::Analysis;

use crate::common;
use crate::fixture::{fixture, fixture_with_a_soft_conflict};

pub(crate) fn harness_on_fixture() -> Harness<'static, ParallaxApp> {
    harness_on_fixture_saving_in(&scratch_dir("fixture-saves"))
}

/// The fixture with its saves kept in `saves_dir`.
pub(crate) fn harness_on_fixture_saving_in(
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    harness_on_analysis(fixture(), saves_dir)
}

/// The workbench opened on `analysis` (named "fixture"), its saves kept in `saves_dir`.
pub(crate) fn harness_on_analysis(
    analysis: Analysis,
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    let saves_dir = saves_dir.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_analysis_saving_in(cc, "fixture", analysis, Some(saves_dir))
        });
    harness.run();
    harness
}

pub(crate) fn harness_on_soft_fixture_saving_in(
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    harness_on_analysis(fixture_with_a_soft_conflict(), saves_dir)
}

pub(crate) fn harness_opening(origin: SetOrigin) -> Harness<'static, ParallaxApp> {
    harness_starting(Startup::Open(origin), &scratch_dir("opening-saves"))
}

pub(crate) fn harness_starting(
    startup: Startup,
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    let mut harness = common::ui::app_starting(startup, saves_dir);
    wait_for_analysis(&mut harness);
    harness
}

/// Step frames until the background analysis has finished (or fail after two minutes).
pub(crate) fn wait_for_analysis(harness: &mut Harness<'static, ParallaxApp>) {
    common::ui::step_until_idle(harness, "the analysis");
    harness.run();
}

/// What the workbench has selected.
pub(crate) fn selected(harness: &Harness<'static, ParallaxApp>) -> Option<Selection> {
    harness.state().view().selection
}

/// Press a key, then let the app apply what it does.
pub(crate) fn press(harness: &mut Harness<'static, ParallaxApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Press a key with modifiers (Ctrl+S), then let the app apply what it does.
pub(crate) fn press_with(
    harness: &mut Harness<'static, ParallaxApp>,
    modifiers: Modifiers,
    key: Key,
) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Click the one widget labelled `label`, then let the app apply what it does.
pub(crate) fn click(harness: &mut Harness<'static, ParallaxApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Ask the app to export `format` to `path` (without replacing a file), as the Export window
/// does, and let it apply that.
pub(crate) fn export_in_app(
    harness: &mut Harness<'static, ParallaxApp>,
    format: ExportFormat,
    path: &std::path::Path,
) {
    harness.state_mut().push_action(Action::ExportTo {
        format,
        path: path.to_path_buf(),
        replace: false,
    });
    harness.run();
}

pub(crate) fn label_count(harness: &Harness<'static, ParallaxApp>, label: &str) -> usize {
    harness.query_all_by_label(label).count()
}

pub(crate) fn scratch_dir(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "parallax-ui-test-{}-{n}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

/// Select everything in the focused text field and type `text` over it.
pub(crate) fn replace_text(harness: &mut Harness<'static, ParallaxApp>, field: &str, text: &str) {
    click(harness, field);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}
