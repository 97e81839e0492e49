//! The eframe application: owns the open [`Workspace`], the view state and preferences,
//! draws the panels each frame, then applies the actions they pushed.
//!
//! Annotation edits, saving, autosave, recovery and export are applied in [`document`]; the
//! event list of a large or mixed set (picking, merging and splitting events) in [`events`].

mod document;
mod events;

use std::path::PathBuf;
use std::time::Instant;

use egui::{KeyboardShortcut, Modifiers, Ui};

use crate::ui::actions::{
    Action, ActionQueue, Shortcut, ShortcutScope, shortcuts_in_match_order, source_toggle_keys,
};
use crate::ui::event_list::EventList;
use crate::ui::file_dialogs::PathPurpose;
use crate::ui::index::find_all_ignoring_case;
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
use crate::ui::panels::source_editor_ui::{draft_of, source_editor_ui};
use crate::ui::panels::sources_ui::{ColumnsState, passes_filters, sources_ui};
use crate::ui::panels::status_ui::{
    FrameStats, JobProgress, frame_stats_ui, problems_ui, status_bar_ui, summarize, welcome_ui,
};
use crate::ui::state::{
    AfterUnsaved, CompareState, PREFS_KEY, Prefs, Problem, ProblemSeverity, SearchHit, Selection,
    SetOrigin, StatusFilter, TEXT_SCALE_RANGE, Tab, ViewState,
};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{Analysis, SourceIdx, StatementIdx};

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
    autosave: document::AutosaveWriter,
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
            autosave: document::AutosaveWriter::default(),
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
        for source in &ws.analysis.sources {
            for warning in &source.warnings {
                self.view.problems.push(Problem {
                    severity: ProblemSeverity::Warning,
                    message: format!("{}: {warning}", source.file_name),
                });
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

    // ---------------------------------------------------------------- actions

    fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = self.actions.take();
        if !actions.is_empty() {
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(ctx, action);
        }
    }

    fn apply(&mut self, ctx: &egui::Context, action: Action) {
        match action {
            Action::Select(selection) => self.view.selection = Some(selection),
            Action::Focus(selection) => self.focus(selection),
            Action::ClearSelection => {
                // Escape closes an open help window first.
                if self.view.show_shortcuts || self.view.show_about {
                    self.view.show_shortcuts = false;
                    self.view.show_about = false;
                } else {
                    self.view.selection = None;
                }
            }
            Action::Reveal(s) => self.reveal(s),
            Action::NextConflict => self.step_conflict(true),
            Action::PreviousConflict => self.step_conflict(false),
            Action::NextUnreviewedConflict => self.next_unreviewed_conflict(),
            Action::NextStatementInColumn => self.step_statement(true),
            Action::PreviousStatementInColumn => self.step_statement(false),
            Action::SetTab(tab) => self.view.tab = tab,
            Action::OpenSearch => {
                self.view.search.open = true;
                self.view.search.request_focus = true;
            }
            Action::CloseSearch => self.view.search.open = false,
            Action::SearchNext => self.step_search(true),
            Action::SearchPrevious => self.step_search(false),
            Action::SetStatusFilter(filter) => self.view.filters.status = filter,
            Action::ToggleHideBoilerplate => {
                self.view.filters.hide_boilerplate = !self.view.filters.hide_boilerplate;
            }
            Action::ToggleSource(s) => {
                let n = self.workspace.as_ref().map_or(0, Workspace::source_count);
                if s.0 < n && !self.view.filters.hidden_sources.remove(&s) {
                    self.view.filters.hidden_sources.insert(s);
                }
            }
            Action::ShowAllSources => self.view.filters.hidden_sources.clear(),
            Action::ToggleConflictKind(kind) => {
                let hidden = &mut self.view.filters.hidden_conflict_kinds;
                if !hidden.remove(&kind) {
                    hidden.insert(kind);
                }
            }
            Action::ToggleConflictSeverity(severity) => {
                let hidden = &mut self.view.filters.hidden_conflict_severities;
                if !hidden.remove(&severity) {
                    hidden.insert(severity);
                }
            }
            Action::SetMatrixSort(sort) => self.view.matrix_sort = sort,
            Action::ToggleSourcesWindow => {
                let window = &mut self.view.sources_window;
                window.open = !window.open;
                if !window.open {
                    window.draft = None;
                }
            }
            Action::EditSource(source) => {
                if let Some(ws) = &self.workspace {
                    self.view.sources_window.open = true;
                    self.view.sources_window.draft = draft_of(ws, source);
                }
            }
            Action::CancelSourceEdit => self.view.sources_window.draft = None,
            Action::Compare(target) => {
                let pinned = self.view.compare.is_some_and(|c| c.pinned);
                self.view.compare = Some(CompareState { target, pinned });
                self.view.compare_closed = false;
                self.view.tab = Tab::Sources;
            }
            Action::TogglePinCompare => match &mut self.view.compare {
                Some(compare) => compare.pinned = !compare.pinned,
                None => {
                    if let Some(target @ (Selection::Link(_) | Selection::Fact(_))) =
                        self.view.selection
                    {
                        self.view.compare = Some(CompareState {
                            target,
                            pinned: true,
                        });
                        self.view.compare_closed = false;
                    }
                }
            },
            Action::CloseCompare => {
                self.view.compare = None;
                self.view.compare_closed = true;
            }
            Action::OpenFilesDialog => {
                let folder = self.articles_folder();
                let picked = self.ask_path(PathPurpose::OpenArticles, folder.clone(), || {
                    rfd::FileDialog::new()
                        .set_title("Open articles")
                        .add_filter("Articles", &["txt", "md", "markdown", "html", "htm"])
                        .add_filter("All files", &["*"])
                        .set_directory(folder)
                        .pick_files()
                });
                if let Some(paths) = picked {
                    self.proceed_or_ask(AfterUnsaved::OpenSet(SetOrigin::Paths(paths)));
                }
            }
            Action::OpenFolderDialog => {
                let folder = self.articles_folder();
                let picked = self.ask_path(PathPurpose::OpenFolder, folder.clone(), || {
                    rfd::FileDialog::new()
                        .set_title("Open a folder of articles")
                        .set_directory(folder)
                        .pick_folder()
                });
                if let Some(folder) = picked {
                    self.proceed_or_ask(AfterUnsaved::OpenSet(SetOrigin::Paths(vec![folder])));
                }
            }
            Action::Open(origin) => self.proceed_or_ask(AfterUnsaved::OpenSet(origin)),
            Action::ClearRecentSets => self.prefs.recent_sets.clear(),
            Action::DismissProblems => self.view.problems.clear(),
            Action::SetTheme(theme) => {
                self.prefs.theme = theme;
                ctx.set_theme(theme.to_egui());
            }
            Action::TextBigger => self.set_text_scale(self.prefs.text_scale * 1.1),
            Action::TextSmaller => self.set_text_scale(self.prefs.text_scale / 1.1),
            Action::TextReset => self.set_text_scale(Prefs::default().text_scale),
            Action::SetColumnWidth(width) => {
                if width.is_finite() {
                    self.prefs.column_width_pts = width.clamp(200.0, 700.0);
                    // Measured heights belong to the old width; offsets stay.
                    self.columns.forget_layouts();
                }
            }
            Action::ToggleConflictsPanel => {
                self.prefs.show_conflicts_panel = !self.prefs.show_conflicts_panel;
            }
            Action::ToggleInspector => self.prefs.show_inspector = !self.prefs.show_inspector,
            Action::ToggleShortcutsWindow => self.view.show_shortcuts = !self.view.show_shortcuts,
            Action::ToggleAboutWindow => self.view.show_about = !self.view.show_about,
            Action::ToggleFrameStats => self.view.show_frame_stats = !self.view.show_frame_stats,
            Action::Quit => self.proceed_or_ask(AfterUnsaved::Quit),
            Action::OpenEvent(_)
            | Action::CompareAllEvents
            | Action::ShowEventList
            | Action::ToggleEventTicked(_)
            | Action::ShowEventDetails(_)
            | Action::MergeTickedEvents
            | Action::MoveArticle { .. } => self.apply_event_action(ctx, action),
            other => self.apply_document_action(other),
        }
    }

    fn set_text_scale(&mut self, scale: f32) {
        self.prefs.text_scale = scale.clamp(TEXT_SCALE_RANGE.start, TEXT_SCALE_RANGE.end);
    }

    /// Make sure the filters let `s` through, then scroll its column to it.
    fn reveal(&mut self, s: StatementIdx) {
        let Some(ws) = &self.workspace else { return };
        let Some(statement) = ws.analysis.statements.get(s.0) else {
            return;
        };
        self.view.filters.hidden_sources.remove(&statement.source);
        if !passes_filters(ws, &self.view, s) {
            self.view.filters.status = StatusFilter::All;
            if statement.is_boilerplate() {
                self.view.filters.hide_boilerplate = false;
            }
        }
        self.columns.request_scroll(statement.source, s);
    }

    fn focus(&mut self, selection: Selection) {
        let Some(ws) = &self.workspace else { return };
        let statements: Vec<StatementIdx> = match selection {
            Selection::Statement(s) => vec![s],
            Selection::Link(l) => match ws.analysis.links.get(l.0) {
                Some(link) => vec![link.a, link.b],
                None => return,
            },
            Selection::Fact(f) => {
                let Some(fact) = ws.analysis.facts.get(f.0) else {
                    return;
                };
                // The first statement of each source.
                let mut firsts: Vec<StatementIdx> = Vec::new();
                for s in &fact.statements {
                    let source = ws.analysis.statement(*s).source;
                    if !firsts
                        .iter()
                        .any(|f| ws.analysis.statement(*f).source == source)
                    {
                        firsts.push(*s);
                    }
                }
                firsts
            }
        };
        self.view.selection = Some(selection);
        self.view.tab = Tab::Sources;
        // The compare strip follows the conflict or fact focused, unless pinned or closed.
        if matches!(selection, Selection::Link(_) | Selection::Fact(_))
            && !self.view.compare_closed
            && !self.view.compare.is_some_and(|c| c.pinned)
        {
            self.view.compare = Some(CompareState {
                target: selection,
                pinned: false,
            });
        }
        for s in statements {
            self.reveal(s);
        }
    }

    fn step_conflict(&mut self, forward: bool) {
        let Some(ws) = &self.workspace else { return };
        let visible = ws.visible_conflicts(&self.view);
        if visible.is_empty() {
            return;
        }
        let n = visible.len();
        let current = match self.view.selection {
            Some(Selection::Link(l)) => visible.iter().position(|v| *v == l),
            _ => None,
        }
        .or(self.view.conflict_cursor.map(|c| c.min(n - 1)));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.view.conflict_cursor = Some(next);
        self.scroll_conflict_list = true;
        self.focus(Selection::Link(visible[next]));
    }

    /// Select the next conflict after the current one (in the list's order, wrapping) that
    /// is neither reviewed nor dismissed; say so when every one is done.
    fn next_unreviewed_conflict(&mut self) {
        let Some(ws) = &self.workspace else { return };
        let visible = ws.visible_conflicts(&self.view);
        let n = visible.len();
        let current = match self.view.selection {
            Some(Selection::Link(l)) => visible.iter().position(|v| *v == l),
            _ => None,
        };
        let start = current.map_or(0, |c| c + 1);
        let next = (0..n)
            .map(|i| (start + i) % n)
            .find(|&i| ws.review_of(visible[i]).is_none());
        match next {
            Some(i) => {
                self.view.conflict_cursor = Some(i);
                self.scroll_conflict_list = true;
                self.focus(Selection::Link(visible[i]));
            }
            None => {
                self.view.status_message = Some(if n == 0 {
                    "No conflicts are listed.".to_string()
                } else {
                    "Every listed conflict is reviewed or dismissed.".to_string()
                });
            }
        }
    }

    fn step_statement(&mut self, forward: bool) {
        let Some(ws) = &self.workspace else { return };
        let Some(Selection::Statement(s)) = self.view.selection else {
            return;
        };
        let source = ws.analysis.statement(s).source;
        let list = &ws.index.statements_by_source[source.0];
        let pos = ws.index.position_in_source[s.0];
        let candidates: Box<dyn Iterator<Item = &StatementIdx>> = if forward {
            Box::new(list[pos + 1..].iter())
        } else {
            Box::new(list[..pos].iter().rev())
        };
        let next = candidates
            .copied()
            .find(|c| passes_filters(ws, &self.view, *c));
        if let Some(next) = next {
            self.focus(Selection::Statement(next));
        }
    }

    fn step_search(&mut self, forward: bool) {
        if !self.view.search.open {
            self.view.search.open = true;
            self.view.search.request_focus = true;
            return;
        }
        let n = self.view.search.hits.len();
        if n == 0 {
            return;
        }
        let next = match (self.view.search.current, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.view.search.current = Some(next);
        let s = self.view.search.hits[next].statement;
        self.focus(Selection::Statement(s));
    }

    /// Recompute search hits when the query changed; show the first one.
    fn refresh_search(&mut self) {
        let search = &mut self.view.search;
        if search.query == search.searched_query {
            return;
        }
        search.searched_query = search.query.clone();
        search.hits.clear();
        search.current = None;
        let query = search.query.trim();
        let Some(ws) = &self.workspace else { return };
        if query.is_empty() {
            return;
        }
        for (i, statement) in ws.analysis.statements.iter().enumerate() {
            for range in find_all_ignoring_case(&statement.text, query) {
                search.hits.push(SearchHit {
                    statement: StatementIdx(i),
                    range,
                });
            }
        }
        if let Some(first) = search.hits.first() {
            search.current = Some(0);
            let s = first.statement;
            self.reveal(s);
        }
    }

    fn run_bench_step(&mut self, ctx: &egui::Context, ui_ms: f32, frame_cpu_secs: Option<f32>) {
        let Some(bench) = &mut self.bench else { return };
        if self.workspace.is_none() || self.job.is_some() {
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
        bench.travel_pts += 45.0;
        self.columns.set_benchmark_travel(bench.travel_pts);
        bench.frames_left = bench.frames_left.saturating_sub(1);
        if bench.frames_left == 0 {
            let name = self.workspace.as_ref().map_or("", |w| w.name.as_str());
            let sources = self.workspace.as_ref().map_or(0, Workspace::source_count);
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
