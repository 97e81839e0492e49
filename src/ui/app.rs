//! The eframe application: owns the open [`Workspace`], the view state and preferences,
//! draws the panels each frame, then applies the actions they pushed.
//!
//! The actions are applied in [`apply`], which hands the ones that move through the
//! comparison to [`navigate`]. Annotation edits, saving, recovery and the unsaved-changes
//! question are applied in [`document`], autosave in [`autosave`], the saves folder, file
//! dialogs and export in [`paths`]; the event list of a large or mixed set (picking, merging
//! and splitting events) in [`events`].

mod apply;
mod autosave;
mod document;
mod events;
mod navigate;
mod paths;

use std::path::PathBuf;
use std::time::Instant;

use egui::{KeyboardShortcut, Modifiers, Ui};

use crate::ui::actions::{
    Action, ActionQueue, Shortcut, ShortcutScope, shortcuts_in_match_order, source_toggle_keys,
};
use crate::ui::event_list::EventList;
use crate::ui::jobs::{AnalysisJob, JobFailure, LoadedSet, OpenRules, Opened};
use crate::ui::panels::annotations_ui::annotations_ui;
use crate::ui::panels::compare_ui::compare_ui;
use crate::ui::panels::conflicts_ui::conflicts_ui;
use crate::ui::panels::dialogs_ui::dialogs_ui;
use crate::ui::panels::event_list_ui::{event_bar_ui, event_details_ui, event_list_ui};
use crate::ui::panels::figures_ui::figures_ui;
use crate::ui::panels::help_ui::{about_window_ui, shortcuts_window_ui};
use crate::ui::panels::inspector_ui::{DiffCache, inspector_ui};
use crate::ui::panels::matrix_ui::matrix_ui;
use crate::ui::panels::menu_ui::{menu_bar_ui, toolbar_ui};
use crate::ui::panels::search_ui::search_ui;
use crate::ui::panels::source_editor_ui::source_editor_ui;
use crate::ui::panels::sources_ui::{ColumnsState, sources_ui};
use crate::ui::panels::status_ui::{
    FrameStats, JobProgress, frame_stats_ui, problems_ui, status_bar_ui, summarize, welcome_ui,
};
use crate::ui::state::{PREFS_KEY, Prefs, Problem, ProblemSeverity, SetOrigin, Tab, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{Analysis, SourceIdx};

/// Which set to open when the window appears.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Startup {
    /// The last opened set if it still exists, else the bundled set.
    LastOrBundled,
    Open(SetOrigin),
    /// A save file: open the article set it was made on, then the save.
    OpenSave(PathBuf),
}

/// Scrolls the columns and measures `ui()` for a fixed number of frames, then prints
/// the figures and closes the window (`PARALLAX_FRAME_BENCH=<frames>`).
#[derive(Debug, Clone)]
struct FrameBench {
    frames_left: u32,
    travel_pts: f32,
    ui_ms: Vec<f32>,
    frame_dt_ms: Vec<f32>,
    /// eframe's CPU time of the previous frame (ui, tessellation, painting), in milliseconds.
    frame_cpu_ms: Vec<f32>,
}

/// The Parallax workbench.
pub struct ParallaxApp {
    prefs: Prefs,
    view: ViewState,
    workspace: Option<Workspace>,
    /// The event list of the large or mixed set open, if it opened on one; shown when no
    /// comparison is open.
    events: Option<EventList>,
    job: Option<AnalysisJob>,
    actions: ActionQueue,
    columns: ColumnsState,
    diffs: DiffCache,
    frame_stats: FrameStats,
    bench: Option<FrameBench>,
    /// Set when next / previous conflict moved, so the list scrolls to it.
    scroll_conflict_list: bool,
    applied_text_scale: f32,
    shown_window_title: String,
    /// Saves go here instead of [`crate::desktop::saves_dir`] (tests, or a caller's choice).
    saves_dir_override: Option<PathBuf>,
    /// A save to open once the set being loaded is ready.
    save_to_open: Option<(PathBuf, parallax_documents::store::SaveFile)>,
    /// Unsaved work found for the open document, waiting for the user's answer.
    recovery: Option<parallax_documents::store::Recovery>,
    autosave: autosave::AutosaveWriter,
    /// The user agreed to close with unsaved changes (or there were none).
    close_confirmed: bool,
    egui_ctx: egui::Context,
    /// The keyboard shortcuts, in the order key presses are matched against them.
    shortcut_table: Vec<Shortcut>,
    /// Scripts a system font was looked for (and added when found).
    scripts_with_fonts: std::collections::BTreeSet<crate::ui::fonts::Script>,
}

impl ParallaxApp {
    /// Create the app, reading preferences from eframe's storage, and start loading a set.
    pub fn new(cc: &eframe::CreationContext<'_>, startup: Startup) -> Self {
        Self::new_saving_in(cc, startup, None)
    }

    /// [`new`](Self::new), with saves kept in `saves_dir` when given (tests use a
    /// temporary folder) instead of the user's saves folder.
    pub fn new_saving_in(
        cc: &eframe::CreationContext<'_>,
        startup: Startup,
        saves_dir: Option<PathBuf>,
    ) -> Self {
        let prefs = cc
            .storage
            .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
            .unwrap_or_default()
            .sanitized();
        let mut app = Self::empty(&cc.egui_ctx, prefs);
        app.saves_dir_override = saves_dir;
        app.apply_chosen_saves_dir();
        let origin = match startup {
            Startup::Open(origin) => Some(origin),
            Startup::LastOrBundled => Some(
                app.prefs
                    .last_opened
                    .clone()
                    .filter(SetOrigin::still_exists)
                    .unwrap_or(SetOrigin::Bundled),
            ),
            Startup::OpenSave(path) => app.origin_of_save(path),
        };
        if let Some(origin) = origin {
            app.start_job(&cc.egui_ctx.clone(), origin);
        }
        app
    }

    /// Create the app on an analysis already made (tests, or callers that analyse themselves).
    pub fn with_analysis(cc: &eframe::CreationContext<'_>, name: &str, analysis: Analysis) -> Self {
        Self::with_analysis_saving_in(cc, name, analysis, None)
    }

    /// [`with_analysis`](Self::with_analysis), with saves kept in `saves_dir` when given.
    pub fn with_analysis_saving_in(
        cc: &eframe::CreationContext<'_>,
        name: &str,
        analysis: Analysis,
        saves_dir: Option<PathBuf>,
    ) -> Self {
        let mut app = Self::empty(&cc.egui_ctx, Prefs::default());
        app.saves_dir_override = saves_dir;
        app.open_loaded_set(
            SetOrigin::Bundled,
            name.to_string(),
            analysis,
            std::time::Duration::ZERO,
        );
        app
    }

    fn empty(ctx: &egui::Context, prefs: Prefs) -> Self {
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        ctx.set_theme(prefs.theme.to_egui());
        theme::apply_text_scale(ctx, prefs.text_scale);
        let bench = std::env::var("PARALLAX_FRAME_BENCH")
            .ok()
            .and_then(|v| v.parse::<u32>().ok())
            .map(|frames| FrameBench {
                frames_left: frames,
                travel_pts: 0.0,
                ui_ms: Vec::new(),
                frame_dt_ms: Vec::new(),
                frame_cpu_ms: Vec::new(),
            });
        Self {
            applied_text_scale: prefs.text_scale,
            prefs,
            view: ViewState::default(),
            workspace: None,
            events: None,
            job: None,
            actions: ActionQueue::default(),
            columns: ColumnsState::default(),
            diffs: DiffCache::default(),
            frame_stats: FrameStats::default(),
            bench,
            scroll_conflict_list: false,
            shown_window_title: "Parallax".to_string(),
            saves_dir_override: None,
            save_to_open: None,
            recovery: None,
            autosave: autosave::AutosaveWriter::default(),
            close_confirmed: false,
            egui_ctx: ctx.clone(),
            shortcut_table: shortcuts_in_match_order(),
            scripts_with_fonts: Default::default(),
        }
    }

    /// Whether a set is being loaded or analysed.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
    }

    /// The open set, if any.
    pub fn workspace(&self) -> Option<&Workspace> {
        self.workspace.as_ref()
    }

    /// The event list of the large or mixed set open, if it opened on one.
    pub fn event_list(&self) -> Option<&EventList> {
        self.events.as_ref()
    }

    pub fn view(&self) -> &ViewState {
        &self.view
    }

    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// Queue an action as if a panel had pushed it; applied at the end of the next frame.
    pub fn push_action(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The window's title: the save's name, an unsaved mark, and the app's name.
    pub fn window_title(&self) -> String {
        match (&self.workspace, &self.events) {
            (Some(ws), _) => ws.document.title(),
            (None, Some(list)) => format!("{}: events — Parallax", list.set.name),
            (None, None) => "Parallax".to_string(),
        }
    }

    fn open_workspace(&mut self, ws: Workspace, notices: Vec<Problem>) {
        self.view = ViewState {
            show_frame_stats: self.view.show_frame_stats,
            ..ViewState::default()
        };
        self.view.problems = notices;
        for warning in &ws.analysis.warnings {
            self.view.problems.push(Problem {
                severity: ProblemSeverity::Warning,
                message: warning.clone(),
            });
        }
        // A set loaded from paths already carries its articles' warnings, named by file;
        // each is shown once.
        for source in &ws.analysis.sources {
            for warning in &source.warnings {
                let message = format!("{}: {warning}", source.file_name);
                if !self.view.problems.iter().any(|p| p.message == message) {
                    self.view.problems.push(Problem {
                        severity: ProblemSeverity::Warning,
                        message,
                    });
                }
            }
        }
        if ws.analysis.sources.len() < 2 {
            self.view.problems.push(Problem {
                severity: ProblemSeverity::Warning,
                message: format!(
                    "Only {} article in this set: there is nothing to compare it with.",
                    ws.analysis.sources.len()
                ),
            });
        }
        self.columns.reset();
        self.diffs.clear();
        let texts = ws
            .analysis
            .statements
            .iter()
            .map(|s| s.text.as_str())
            .chain(ws.analysis.sources.iter().map(|s| s.label()));
        crate::ui::fonts::install_fonts_for(&self.egui_ctx, texts, &mut self.scripts_with_fonts);
        self.workspace = Some(ws);
        self.offer_recovery();
    }

    fn poll_job(&mut self) {
        let Some(job) = &mut self.job else { return };
        let Some(result) = job.poll() else { return };
        let from_event_list = job.from_event_list;
        self.job = None;
        match result {
            Ok(Opened::Compared(loaded)) => {
                let LoadedSet {
                    origin,
                    name,
                    analysis,
                    load_time,
                } = *loaded;
                self.prefs.remember_opened(&origin);
                if !from_event_list {
                    self.events = None;
                }
                self.open_loaded_set(origin, name, analysis, load_time);
            }
            Ok(Opened::Events {
                origin,
                events,
                load_time,
            }) => {
                self.prefs.remember_opened(&origin);
                self.open_event_list(origin, events, load_time);
            }
            Err(JobFailure { origin, message }) => {
                if self.prefs.last_opened.as_ref() == Some(&origin) {
                    self.prefs.last_opened = None;
                }
                self.view.problems.push(Problem {
                    severity: ProblemSeverity::Error,
                    message,
                });
            }
        }
    }

    fn handle_keyboard(&mut self, ctx: &egui::Context) {
        let typing = ctx.egui_wants_keyboard_input();
        for shortcut in &self.shortcut_table {
            if shortcut.scope == ShortcutScope::NotTyping && typing {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut.keys)) {
                self.actions.push(shortcut.action.clone());
            }
        }
        for (key, source) in source_toggle_keys() {
            if ctx.input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::ALT, key))) {
                self.actions.push(Action::ToggleSource(SourceIdx(source)));
            }
        }
    }

    fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<std::path::PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_path_buf())
                .collect()
        });
        if !dropped.is_empty() {
            self.actions.push(Action::Open(SetOrigin::Paths(dropped)));
        }
    }

    fn start_job(&mut self, ctx: &egui::Context, origin: SetOrigin) {
        let rules = OpenRules {
            saves_dir: self.saves_dir(),
            save_events: self
                .save_to_open
                .as_ref()
                .map(|(_, file)| file.events.clone()),
        };
        self.job = Some(AnalysisJob::start(origin, rules, ctx.clone()));
    }

    // ---------------------------------------------------------------- drawing

    fn draw(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        let job = self.job.as_ref().map(|j| JobProgress {
            stage: &j.stage,
            elapsed_secs: j.started.elapsed().as_secs_f32(),
        });
        if job.is_some() {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }

        egui::Panel::top("parallax-menu").show(ui, |ui| {
            menu_bar_ui(
                ui,
                self.workspace.as_ref(),
                &self.view,
                &self.prefs,
                &mut self.actions,
            );
        });
        if let (Some(_), Some(list)) = (&self.workspace, &self.events) {
            egui::Panel::top("parallax-event-bar").show(ui, |ui| {
                event_bar_ui(ui, list, &mut self.actions);
            });
        }
        if let Some(ws) = &self.workspace {
            egui::Panel::top("parallax-toolbar").show(ui, |ui| {
                ui.add_space(2.0);
                toolbar_ui(ui, ws, &self.view, &mut self.actions);
                ui.add_space(2.0);
            });
        }
        if self.view.search.open {
            egui::Panel::top("parallax-search").show(ui, |ui| {
                search_ui(ui, &mut self.view.search, &mut self.actions);
            });
        }
        if !self.view.problems.is_empty() {
            egui::Panel::top("parallax-problems").show(ui, |ui| {
                problems_ui(ui, &self.view.problems, &mut self.actions);
            });
        }
        egui::Panel::bottom("parallax-status").show(ui, |ui| {
            status_bar_ui(
                ui,
                self.workspace.as_ref(),
                job,
                self.view.status_message.as_deref(),
                self.view.search.open,
            );
        });

        if let (None, Some(list)) = (&self.workspace, &self.events) {
            let busy = self.job.is_some();
            if list.details.is_some() {
                egui::Panel::right("parallax-event-details")
                    .resizable(true)
                    .default_size(420.0)
                    .size_range(260.0..=800.0)
                    .show(ui, |ui| {
                        event_details_ui(ui, list, busy, &mut self.actions);
                    });
            }
            egui::CentralPanel::default().show(ui, |ui| {
                event_list_ui(ui, list, busy, &mut self.actions);
            });
            return;
        }
        let Some(ws) = &self.workspace else {
            let job = self.job.as_ref().map(|j| JobProgress {
                stage: &j.stage,
                elapsed_secs: j.started.elapsed().as_secs_f32(),
            });
            egui::CentralPanel::default().show(ui, |ui| welcome_ui(ui, job, &mut self.actions));
            return;
        };

        if self.prefs.show_conflicts_panel {
            let scroll = std::mem::take(&mut self.scroll_conflict_list);
            egui::Panel::left("parallax-conflicts")
                .resizable(true)
                .default_size(270.0)
                .size_range(180.0..=520.0)
                .show(ui, |ui| {
                    conflicts_ui(ui, ws, &self.view, scroll, &mut self.actions);
                });
        }
        if self.prefs.show_inspector {
            egui::Panel::right("parallax-inspector")
                .resizable(true)
                .default_size(370.0)
                .size_range(260.0..=700.0)
                .show(ui, |ui| {
                    inspector_ui(
                        ui,
                        ws,
                        &self.view,
                        &self.prefs,
                        &mut self.diffs,
                        &mut self.actions,
                    );
                });
        }
        egui::CentralPanel::default().show(ui, |ui| match self.view.tab {
            Tab::Sources => {
                if let Some(compare) = &self.view.compare {
                    egui::Panel::top("parallax-compare")
                        .resizable(true)
                        .show(ui, |ui| {
                            compare_ui(ui, ws, compare, &mut self.diffs, &mut self.actions);
                        });
                }
                sources_ui(
                    ui,
                    ws,
                    &self.view,
                    &mut self.columns,
                    self.prefs.column_width_pts,
                    self.prefs.text_scale,
                    &mut self.actions,
                )
            }
            Tab::Matrix => matrix_ui(ui, ws, &self.view, &mut self.actions),
            Tab::Figures => figures_ui(ui, ws, &mut self.actions),
            Tab::Annotations => annotations_ui(ui, ws, &self.view, &mut self.actions),
        });

        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_overlay_ui(&ctx);
        }
    }

    fn draw_windows(&mut self, ctx: &egui::Context) {
        dialogs_ui(
            ctx,
            self.workspace.as_ref(),
            &self.view,
            &self.prefs,
            &mut self.actions,
        );
        if let Some(ws) = &self.workspace
            && self.view.sources_window.open
        {
            source_editor_ui(ctx, ws, &mut self.view.sources_window, &mut self.actions);
        }
        let mut show = self.view.show_shortcuts;
        shortcuts_window_ui(ctx, &mut show);
        self.view.show_shortcuts = show;
        let mut show = self.view.show_about;
        about_window_ui(ctx, &mut show);
        self.view.show_about = show;
        if self.view.show_frame_stats {
            frame_stats_ui(ctx, &self.frame_stats);
        }
    }

    fn run_bench_step(&mut self, ctx: &egui::Context, ui_ms: f32, frame_cpu_secs: Option<f32>) {
        let Some(bench) = &mut self.bench else { return };
        // A large or mixed set opens on its event list, with no comparison to scroll: the
        // list's frames are measured as they are, rather than waited on for ever.
        let on_event_list = self.workspace.is_none() && self.events.is_some();
        if (self.workspace.is_none() && !on_event_list) || self.job.is_some() {
            ctx.request_repaint();
            return;
        }
        bench.ui_ms.push(ui_ms);
        bench
            .frame_dt_ms
            .push(ctx.input(|i| i.unstable_dt) * 1000.0);
        if let Some(cpu) = frame_cpu_secs {
            bench.frame_cpu_ms.push(cpu * 1000.0);
        }
        if !on_event_list {
            bench.travel_pts += 45.0;
            self.columns.set_benchmark_travel(bench.travel_pts);
        }
        bench.frames_left = bench.frames_left.saturating_sub(1);
        if bench.frames_left == 0 {
            let (name, sources) = match (&self.workspace, &self.events) {
                (Some(w), _) => (w.name.clone(), w.source_count()),
                (None, Some(list)) => (
                    format!("{} (event list)", list.set.name),
                    list.set.articles.len(),
                ),
                (None, None) => (String::new(), 0),
            };
            let (mean, p95, max) = summarize(bench.ui_ms.iter().copied());
            let (dt_mean, dt_p95, _) = summarize(bench.frame_dt_ms.iter().copied());
            let (cpu_mean, cpu_p95, cpu_max) = summarize(bench.frame_cpu_ms.iter().copied());
            println!(
                "frame-bench set={name} sources={sources} frames={} ui_ms mean={mean:.3} p95={p95:.3} max={max:.3} frame_cpu_ms mean={cpu_mean:.3} p95={cpu_p95:.3} max={cpu_max:.3} frame_interval_ms mean={dt_mean:.2} p95={dt_p95:.2}",
                bench.ui_ms.len()
            );
            self.bench = None;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            ctx.request_repaint();
        }
    }
}

fn drop_overlay_ui(ctx: &egui::Context) {
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("parallax-drop"),
    ));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        "Drop files or a folder to open them",
        egui::FontId::proportional(24.0),
        egui::Color32::WHITE,
    );
}

impl eframe::App for ParallaxApp {
    fn ui(&mut self, ui: &mut Ui, frame: &mut eframe::Frame) {
        let started = Instant::now();
        let ctx = ui.ctx().clone();
        self.poll_job();
        if let Some(list) = &mut self.events {
            list.poll_scan();
        }
        if self.applied_text_scale != self.prefs.text_scale {
            theme::apply_text_scale(&ctx, self.prefs.text_scale);
            self.applied_text_scale = self.prefs.text_scale;
        }
        let title = self.window_title();
        if title != self.shown_window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.shown_window_title = title;
        }
        self.handle_close_request(&ctx);
        self.poll_autosave(&ctx);
        self.handle_keyboard(&ctx);
        self.handle_dropped_files(&ctx);
        self.draw(ui);
        self.draw_windows(&ctx);
        self.apply_actions(&ctx);
        self.refresh_search();
        if self.view.tab == Tab::Sources && self.columns.has_pending_scrolls() {
            ctx.request_repaint();
        }
        let ui_ms = started.elapsed().as_secs_f32() * 1000.0;
        self.frame_stats.record(
            ui_ms,
            ctx.input(|i| i.unstable_dt) * 1000.0,
            frame.info().cpu_usage.map(|secs| secs * 1000.0),
        );
        if self.view.show_frame_stats {
            ctx.request_repaint();
        }
        self.run_bench_step(&ctx, ui_ms, frame.info().cpu_usage);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}
