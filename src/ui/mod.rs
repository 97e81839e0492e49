//! The egui workbench: a thin layer that draws the [`crate::model::Analysis`] and emits actions.
//!
//! [`app::ParallaxApp`] owns the open set and the view state; the [`panels`] draw and push
//! [`actions::Action`]s that the app applies once per frame; [`jobs`] runs the analysis off the
//! UI thread; [`state`] holds view state and remembered preferences; [`theme`] the colours.

use std::path::PathBuf;

pub mod actions;
pub mod app;
pub mod index;
pub mod jobs;
pub mod panels;
pub mod state;
pub mod theme;
pub mod workspace;

pub use app::{ParallaxApp, Startup};
pub use state::SetOrigin;

/// Open the workbench window on `paths` (empty: the last opened set, else the bundled set).
pub fn run(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    let startup = if paths.is_empty() {
        Startup::LastOrBundled
    } else {
        Startup::Open(SetOrigin::Paths(paths))
    };
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Parallax")
            .with_app_id("parallax")
            .with_inner_size([1500.0, 920.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    eframe::run_native(
        "Parallax",
        options,
        Box::new(move |cc| {
            theme::install_fallback_fonts(&cc.egui_ctx);
            Ok(Box::new(ParallaxApp::new(cc, startup)))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
