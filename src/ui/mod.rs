//! The egui workbench: a thin layer that draws the [`parallax_engine::model::Analysis`] and emits actions.
//!
//! [`app::ParallaxApp`] owns the open set and the view state; the [`panels`] draw and push
//! [`actions::Action`]s that the app applies once per frame; [`jobs`] runs the analysis off the
//! UI thread; [`event_list`] holds the event list a large or mixed set opens on; [`file_dialogs`] the system file dialogs and their in-app
//! fallback; [`fonts`] finds system fonts for the scripts a set uses; [`state`] holds view state and remembered preferences; [`theme`] the colours.

use std::path::PathBuf;

pub mod actions;
pub mod app;
pub mod event_list;
pub mod file_dialogs;
pub mod fonts;
pub mod index;
pub mod jobs;
pub mod panels;
pub mod state;
pub mod theme;
pub mod workspace;

pub use app::{ParallaxApp, Startup};
pub use state::SetOrigin;

/// How `parallax PATH...` opens: a single `.ron` file is a save (open its set, then it);
/// anything else is an article set; nothing is the last set, else the bundled one.
pub fn startup_for(paths: Vec<PathBuf>) -> Startup {
    let is_save = |p: &PathBuf| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    match paths.as_slice() {
        [] => Startup::LastOrBundled,
        [single] if is_save(single) => Startup::OpenSave(single.clone()),
        _ => Startup::Open(SetOrigin::Paths(paths)),
    }
}

/// Open the workbench window on `paths` (see [`startup_for`]). A panic anywhere in the
/// window is logged (see [`crate::desktop`]) and shown in a dialog before the error returns.
pub fn run(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    let startup = startup_for(paths);
    let (rgba, width, height) = crate::desktop::icon_rgba(128);
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Parallax")
            .with_app_id("parallax")
            .with_icon(egui::IconData {
                rgba,
                width,
                height,
            })
            .with_inner_size([1500.0, 920.0])
            .with_min_inner_size([720.0, 480.0])
            .with_drag_and_drop(true),
        persist_window: true,
        ..Default::default()
    };
    // The closure owns everything it touches and nothing is used after a panic.
    let outcome = crate::desktop::catch_crash(std::panic::AssertUnwindSafe(move || {
        eframe::run_native(
            "Parallax",
            options,
            Box::new(move |cc| {
                theme::install_fallback_fonts(&cc.egui_ctx);
                Ok(Box::new(ParallaxApp::new(cc, startup)))
            }),
        )
    }));
    match outcome {
        Ok(result) => result.map_err(|e| anyhow::anyhow!("cannot open the window: {e}")),
        Err(report) => {
            let text = report.dialog_text();
            // Without a desktop portal this returns at once; the text is on stderr too.
            let _ = rfd::MessageDialog::new()
                .set_level(rfd::MessageLevel::Error)
                .set_title("Parallax stopped")
                .set_description(&text)
                .set_buttons(rfd::MessageButtons::Ok)
                .show();
            anyhow::bail!("{text}")
        }
    }
}
