//! The status bar (legend, set counts, progress of a running analysis), the problems banner,
//! the welcome screen shown when no set is open, and the frame-time overlay.

use egui::{RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::{Problem, ProblemSeverity, SetOrigin};
use crate::ui::theme;
use crate::ui::workspace::Workspace;

/// Progress of a running job, for display.
pub struct JobProgress<'a> {
    pub stage: &'a str,
    pub elapsed_secs: f32,
}

pub fn status_bar_ui(
    ui: &mut Ui,
    ws: Option<&Workspace>,
    job: Option<JobProgress<'_>>,
    message: Option<&str>,
    search_open: bool,
) {
    ui.horizontal(|ui| {
        // The message first, so that a narrow window cuts the legend, not "Saved to …".
        if let Some(message) = message {
            ui.add(egui::Label::new(RichText::new(message).italics()).truncate())
                .on_hover_text(message);
            ui.separator();
        }
        if let Some(job) = &job {
            ui.spinner();
            ui.label(format!("{} ({:.1} s)", job.stage, job.elapsed_secs));
            ui.separator();
        }
        if let Some(ws) = ws {
            let a = &ws.analysis;
            ui.label(RichText::new(&ws.name).strong());
            let counts = ui.label(format!(
                "{} sources · {} statements · {} links · {} conflicts · {} facts",
                a.sources.len(),
                a.statements.len(),
                a.links.len(),
                ws.index.conflicts.len(),
                a.facts.len()
            ));
            if !ws.load_time.is_zero() {
                counts.on_hover_text(format!(
                    "Loaded and analysed in {:.2} s",
                    ws.load_time.as_secs_f32()
                ));
            }
            ui.separator();
            let notes = ws.document.annotations.annotations().len();
            let decisions = ws.document.annotations.overrides().len();
            let mut saved = format!(
                "{notes} annotation{} · {decisions} link decision{}",
                if notes == 1 { "" } else { "s" },
                if decisions == 1 { "" } else { "s" }
            );
            if ws.document.is_dirty() {
                saved.push_str(" · • unsaved");
            }
            ui.label(saved).on_hover_ui(|ui| {
                ui.label(format!("Save: {}", ws.document.save_path().display()));
            });
            ui.separator();
            theme::legend_ui(ui, a.sources.len().saturating_sub(1), search_open);
        }
    });
}

/// Load errors and warnings, with a Dismiss button.
pub fn problems_ui(ui: &mut Ui, problems: &[Problem], actions: &mut ActionQueue) {
    let worst = problems.iter().map(|p| p.severity).min_by_key(|s| match s {
        ProblemSeverity::Error => 0,
        ProblemSeverity::Warning => 1,
        ProblemSeverity::Info => 2,
    });
    let (heading, color) = match worst {
        Some(ProblemSeverity::Error) => ("Problem", ui.visuals().error_fg_color),
        Some(ProblemSeverity::Warning) => ("Warnings", ui.visuals().warn_fg_color),
        _ => ("Note", ui.visuals().hyperlink_color),
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(heading).strong().color(color));
        if ui.button("Dismiss").clicked() {
            actions.push(Action::DismissProblems);
        }
    });
    egui::ScrollArea::vertical()
        .id_salt("parallax-problems")
        .max_height(120.0)
        .show(ui, |ui| {
            for problem in problems {
                let text = RichText::new(&problem.message);
                ui.label(match problem.severity {
                    ProblemSeverity::Error => text.color(ui.visuals().error_fg_color),
                    ProblemSeverity::Warning | ProblemSeverity::Info => text,
                });
            }
        });
}

/// Shown when no set is open: what to do next.
pub fn welcome_ui(ui: &mut Ui, job: Option<JobProgress<'_>>, actions: &mut ActionQueue) {
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.25);
        ui.heading(RichText::new("Parallax").size(32.0));
        ui.label("Compare how news sources report the same event.");
        ui.add_space(16.0);
        if let Some(job) = job {
            ui.spinner();
            ui.label(job.stage);
            return;
        }
        if ui.button("Open files…").clicked() {
            actions.push(Action::OpenFilesDialog);
        }
        if ui.button("Open folder…").clicked() {
            actions.push(Action::OpenFolderDialog);
        }
        if ui.button("Open the bundled example").clicked() {
            actions.push(Action::Open(SetOrigin::Bundled));
        }
        ui.add_space(8.0);
        ui.label(RichText::new("…or drop article files or a folder onto this window.").weak());
    });
}

/// Frame-time figures for the overlay (F12).
#[derive(Debug, Clone, Default)]
pub struct FrameStats {
    /// Duration of the app's `ui()` over the last frames, in milliseconds.
    pub ui_ms: std::collections::VecDeque<f32>,
    /// Time between frames as egui sees it, in milliseconds.
    pub frame_dt_ms: std::collections::VecDeque<f32>,
    /// eframe's CPU time per frame (ui, tessellation, painting), in milliseconds.
    pub frame_cpu_ms: std::collections::VecDeque<f32>,
}

impl FrameStats {
    const WINDOW: usize = 240;

    pub fn record(&mut self, ui_ms: f32, frame_dt_ms: f32, frame_cpu_ms: Option<f32>) {
        self.ui_ms.push_back(ui_ms);
        self.frame_dt_ms.push_back(frame_dt_ms);
        if let Some(cpu) = frame_cpu_ms {
            self.frame_cpu_ms.push_back(cpu);
        }
        for series in [
            &mut self.ui_ms,
            &mut self.frame_dt_ms,
            &mut self.frame_cpu_ms,
        ] {
            while series.len() > Self::WINDOW {
                series.pop_front();
            }
        }
    }

    /// (mean, 95th percentile, max) of the `ui()` durations, in milliseconds.
    pub fn summary(&self) -> (f32, f32, f32) {
        summarize(self.ui_ms.iter().copied())
    }
}

/// (mean, 95th percentile, max) of a series.
pub fn summarize(values: impl Iterator<Item = f32>) -> (f32, f32, f32) {
    let mut v: Vec<f32> = values.collect();
    if v.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    v.sort_by(f32::total_cmp);
    let mean = v.iter().sum::<f32>() / v.len() as f32;
    let p95 = v[((v.len() as f32 * 0.95) as usize).min(v.len() - 1)];
    (mean, p95, v[v.len() - 1])
}

pub fn frame_stats_ui(ctx: &egui::Context, stats: &FrameStats) {
    egui::Area::new(egui::Id::unique("parallax-frame-stats"))
        .anchor(egui::Align2::RIGHT_BOTTOM, [-12.0, -36.0])
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                let (mean, p95, max) = stats.summary();
                let (dt_mean, _, _) = summarize(stats.frame_dt_ms.iter().copied());
                ui.label(RichText::new("Frame time (last frames)").strong());
                ui.monospace(format!(
                    "ui(): mean {mean:.2} ms · p95 {p95:.2} · max {max:.2}"
                ));
                let (cpu_mean, cpu_p95, cpu_max) = summarize(stats.frame_cpu_ms.iter().copied());
                ui.monospace(format!(
                    "frame CPU: mean {cpu_mean:.2} ms · p95 {cpu_p95:.2} · max {cpu_max:.2}"
                ));
                ui.monospace(format!("frame interval: mean {dt_mean:.1} ms"));
            });
        });
}
