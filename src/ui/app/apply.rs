//! Applying the actions the panels pushed during a frame, once the frame is drawn: each
//! [`Action`] changes the view state or the preferences here, or is handed on to the
//! document, event-list or navigation code.

use crate::ui::actions::Action;
use crate::ui::app::ParallaxApp;
use crate::ui::file_dialogs::PathPurpose;
use crate::ui::panels::source_editor_ui::draft_of;
use crate::ui::state::{
    AfterUnsaved, CompareState, Prefs, Selection, SetOrigin, TEXT_SCALE_RANGE, Tab,
};
use crate::ui::workspace::Workspace;

impl ParallaxApp {
    pub(super) fn apply_actions(&mut self, ctx: &egui::Context) {
        let actions = self.actions.take();
        if !actions.is_empty() {
            // The state changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for action in actions {
            self.apply(ctx, action);
        }
    }

    pub(super) fn apply(&mut self, ctx: &egui::Context, action: Action) {
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
}
