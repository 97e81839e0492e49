//! Shared helpers of the headless workbench tests (egui_kittest): the app started on a set
//! with its saves kept in a test's folder, and stepping frames until its background job is
//! done.

use std::path::Path;
use std::time::{Duration, Instant};

use egui_kittest::Harness;
use parallax::ui::{ParallaxApp, Startup};

/// The workbench in a 1600 × 1000 window, started as `startup` says with its saves kept in
/// `saves_dir` (its first set still loading: see [`step_until_idle`]).
pub fn app_starting(startup: Startup, saves_dir: &Path) -> Harness<'static, ParallaxApp> {
    let saves_dir = saves_dir.to_path_buf();
    Harness::builder()
        .with_size(egui::vec2(1600.0, 1000.0))
        .build_eframe(move |cc| ParallaxApp::new_saving_in(cc, startup, Some(saves_dir)))
}

/// Step frames until the background job (`what`: "the job", "the analysis") has finished,
/// or fail after two minutes.
pub fn step_until_idle(harness: &mut Harness<'static, ParallaxApp>, what: &str) {
    let started = Instant::now();
    while harness.state().is_busy() {
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "{what} did not finish in two minutes"
        );
        harness.step();
        std::thread::sleep(Duration::from_millis(10));
    }
}
