//! Autosave: writing the open document's autosave on a background thread when one is due,
//! and collecting the result (a failing disk is reported once).

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::Instant;

use super::document::notice;
use crate::ui::app::ParallaxApp;
use crate::ui::state::ProblemSeverity;
use parallax_documents::store::{self, StoreError};

/// An autosave being written on a background thread.
#[derive(Default)]
pub(super) struct AutosaveWriter {
    running: Option<Receiver<(u64, Result<PathBuf, StoreError>)>>,
    /// The last failure shown, so a failing disk is reported once, not every few seconds.
    last_error: Option<String>,
}

impl ParallaxApp {
    /// Start an autosave when one is due; collect a finished one.
    pub(super) fn poll_autosave(&mut self, ctx: &egui::Context) {
        if let Some(rx) = &self.autosave.running
            && let Ok((generation, result)) = rx.try_recv()
        {
            self.autosave.running = None;
            match result {
                Ok(_) => {
                    self.autosave.last_error = None;
                    if let Some(ws) = &mut self.workspace {
                        ws.document.autosave_written(generation);
                    }
                }
                Err(e) => {
                    let message = format!("Autosave failed: {e}. Save your work with Ctrl+S.");
                    if self.autosave.last_error.as_ref() != Some(&message) {
                        self.view
                            .problems
                            .push(notice(ProblemSeverity::Warning, message.clone()));
                        self.autosave.last_error = Some(message);
                    }
                }
            }
        }
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let now = Instant::now();
        if self.autosave.running.is_none() && ws.document.autosave_due(now) {
            let (save_path, file, generation) = ws.document.autosave_job();
            let (tx, rx) = mpsc::channel();
            let repaint = ctx.clone();
            let spawned = std::thread::Builder::new()
                .name("parallax-autosave".into())
                .spawn(move || {
                    let result = store::write_autosave(&save_path, &file);
                    let _ = tx.send((generation, result));
                    repaint.request_repaint();
                });
            if spawned.is_ok() {
                self.autosave.running = Some(rx);
            }
        }
        if let Some(wait) = ws.document.autosave_check_in(now) {
            ctx.request_repaint_after(wait);
        }
    }
}
