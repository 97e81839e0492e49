//! The app's side of the annotation document: applying annotation edits, undo and redo,
//! save, save as, open, autosave on a background thread, crash recovery, the unsaved-changes
//! question, the saves folder, and export; the system file dialogs and, when there is none,
//! the in-app path field. Panels only push the actions handled here.

use std::path::{Path, PathBuf};

use crate::ui::actions::Action;
use crate::ui::app::ParallaxApp;
use crate::ui::file_dialogs::PathPurpose;
use crate::ui::state::{AfterUnsaved, Problem, ProblemSeverity, Prompt, Selection, SetOrigin};
use crate::ui::workspace::Workspace;
use parallax_documents::annotate::Edit;
use parallax_documents::store::{self, Document};
use parallax_engine::corpus::BUNDLED_SET_NAME;
use parallax_engine::model::{Analysis, StatementIdx};

pub(super) fn notice(severity: ProblemSeverity, message: impl Into<String>) -> Problem {
    Problem {
        severity,
        message: message.into(),
    }
}

/// What opening a save did, for the banner: counts, then the sources that changed or are
/// missing and the first orphans by their quotes (all of them are in the Annotations tab).
fn reopen_notices(what: &str, report: &store::ReopenReport) -> Vec<Problem> {
    const SHOWN_ORPHANS: usize = 3;
    let severity = if report.orphaned > 0 || !report.missing_sources.is_empty() {
        ProblemSeverity::Warning
    } else {
        ProblemSeverity::Info
    };
    let mut notices = vec![notice(severity, format!("{what}: {}.", report.summary()))];
    for source in &report.changed_sources {
        notices.push(notice(
            ProblemSeverity::Info,
            format!(
                "{} changed since the save; its annotations were re-attached by their quotes.",
                source.file_name
            ),
        ));
    }
    for source in &report.missing_sources {
        notices.push(notice(
            ProblemSeverity::Warning,
            format!("{} is not in the open set.", source.file_name),
        ));
    }
    for orphan in report.orphans().take(SHOWN_ORPHANS) {
        let quote: String = orphan.quote.chars().take(90).collect();
        notices.push(notice(
            ProblemSeverity::Warning,
            format!(
                "Orphaned (its text was not found): “{quote}…” from {}",
                orphan.file_name
            ),
        ));
    }
    if report.orphaned > SHOWN_ORPHANS {
        notices.push(notice(
            ProblemSeverity::Warning,
            format!(
                "… and {} more orphans: see the Annotations tab (Ctrl+3), Only orphans.",
                report.orphaned - SHOWN_ORPHANS
            ),
        ));
    }
    notices
}

impl ParallaxApp {
    /// The article set a save belongs to, remembering the save to open once it is loaded.
    pub(super) fn origin_of_save(&mut self, path: PathBuf) -> Option<SetOrigin> {
        match store::load(&path) {
            Ok(file) => {
                let origin = if file.set.is_bundled() {
                    SetOrigin::Bundled
                } else {
                    let paths = file.set.source_paths();
                    if paths.is_empty() || !paths.iter().all(|p| p.exists()) {
                        self.view.problems.push(notice(
                            ProblemSeverity::Warning,
                            format!(
                                "{} was made on the article set \"{}\", whose files are not where \
                                 they were. Open the articles (File > Open…), then the save \
                                 (File > Open annotations…).",
                                path.display(),
                                file.set.name
                            ),
                        ));
                        return None;
                    }
                    SetOrigin::Paths(paths)
                };
                self.save_to_open = Some((path, file));
                Some(origin)
            }
            Err(e) => {
                self.view
                    .problems
                    .push(notice(ProblemSeverity::Error, e.to_string()));
                None
            }
        }
    }

    /// Open an analysed set with its annotations: the save asked for, else the set's own
    /// save, else (for the bundled set) the worked example, else an empty document.
    pub(super) fn open_loaded_set(
        &mut self,
        origin: SetOrigin,
        name: String,
        analysis: Analysis,
        load_time: std::time::Duration,
    ) {
        let saves_dir = self.saves_dir();
        let mut notices = Vec::new();
        let document = match self.save_to_open.take() {
            Some((path, file)) => {
                let (document, report) = Document::from_save(&file, &path, &saves_dir, &analysis);
                notices.extend(reopen_notices(
                    &format!("Opened {}", path.display()),
                    &report,
                ));
                document
            }
            None => self.default_document(&origin, &name, &analysis, &saves_dir, &mut notices),
        };
        let ws = Workspace::new(origin, name, analysis, load_time, document);
        self.open_workspace(ws, notices);
    }

    fn default_document(
        &self,
        origin: &SetOrigin,
        name: &str,
        analysis: &Analysis,
        saves_dir: &Path,
        notices: &mut Vec<Problem>,
    ) -> Document {
        match Document::open_or_new(saves_dir, name, analysis) {
            Ok((document, Some(report))) => {
                if !report.is_clean() {
                    notices.extend(reopen_notices(
                        &format!("Annotations from {}", document.save_path().display()),
                        &report,
                    ));
                }
                document
            }
            Ok((document, None)) if *origin == SetOrigin::Bundled && name == BUNDLED_SET_NAME => {
                match store::format::decode(
                    store::BUNDLED_EXAMPLE_SAVE,
                    Path::new(store::BUNDLED_EXAMPLE_NAME),
                ) {
                    Ok(example) => {
                        let (document, _) =
                            Document::from_template(saves_dir, name, analysis, &example);
                        notices.push(notice(
                            ProblemSeverity::Info,
                            format!(
                                "Showing the worked example annotations ({}). Your changes \
                                 save to {}.",
                                store::BUNDLED_EXAMPLE_NAME,
                                document.save_path().display()
                            ),
                        ));
                        document
                    }
                    Err(_) => document,
                }
            }
            Ok((document, None)) => document,
            Err(e) => {
                notices.push(notice(
                    ProblemSeverity::Error,
                    format!(
                        "{e}. The file is left as it is; to keep new annotations, use \
                         File > Save annotations as…"
                    ),
                ));
                Document::new(saves_dir, name, analysis)
            }
        }
    }

    /// Ask about unsaved work an autosave kept, if there is some for the open document.
    pub(super) fn offer_recovery(&mut self) {
        let Some(ws) = &self.workspace else { return };
        let Some(recovery) = ws.document.recovery() else {
            return;
        };
        let autosaved = chrono::DateTime::<chrono::Local>::from(recovery.autosaved)
            .format("%e %B %Y at %H:%M")
            .to_string();
        let items = recovery.file.annotations.len() + recovery.file.overrides.len();
        self.view.prompt = Some(Prompt::Recovery {
            autosaved: autosaved.trim().to_string(),
            items,
        });
        self.recovery = Some(recovery);
    }

    fn has_unsaved_work(&self) -> bool {
        self.workspace
            .as_ref()
            .is_some_and(|ws| ws.document.is_dirty())
    }

    /// Closing the window with unsaved annotations asks first.
    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested())
            && !self.close_confirmed
            && self.has_unsaved_work()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.view.prompt = Some(Prompt::Unsaved(AfterUnsaved::Quit));
        }
    }

    /// Do `after` now, or first ask what to do with unsaved annotations.
    pub(super) fn proceed_or_ask(&mut self, after: AfterUnsaved) {
        if self.has_unsaved_work() {
            self.view.prompt = Some(Prompt::Unsaved(after));
        } else {
            self.proceed(after);
        }
    }

    fn proceed(&mut self, after: AfterUnsaved) {
        match after {
            AfterUnsaved::Quit => {
                self.close_confirmed = true;
                self.egui_ctx
                    .send_viewport_cmd(egui::ViewportCommand::Close);
            }
            AfterUnsaved::OpenSet(origin) => {
                self.save_to_open = None;
                let ctx = self.egui_ctx.clone();
                self.start_job(&ctx, origin);
            }
            AfterUnsaved::OpenAnnotations(path) => self.open_annotations(&path),
            AfterUnsaved::ShowEventList => self.show_event_list(),
        }
    }

    /// Replace the open document by the save at `path`, re-anchored on the open set.
    fn open_annotations(&mut self, path: &Path) {
        let saves_dir = self.saves_dir();
        let Some(ws) = &mut self.workspace else {
            return;
        };
        match Document::open(path, &saves_dir, &ws.engine_analysis) {
            Ok((document, report)) => {
                ws.document = document;
                self.view.problems.extend(reopen_notices(
                    &format!("Opened {}", path.display()),
                    &report,
                ));
                self.after_annotation_change(true);
                self.offer_recovery();
            }
            Err(e) => self
                .view
                .problems
                .push(notice(ProblemSeverity::Error, e.to_string())),
        }
    }

    /// Save to the document's file; true when it was written.
    fn save(&mut self) -> bool {
        let Some(ws) = &mut self.workspace else {
            return false;
        };
        match ws.document.save(&ws.engine_analysis) {
            Ok(path) => {
                self.view.status_message = Some(format!("Saved to {}", path.display()));
                true
            }
            Err(e) => {
                self.view.problems.push(notice(
                    ProblemSeverity::Error,
                    format!("{e}. Nothing was overwritten; try File > Save annotations as…"),
                ));
                false
            }
        }
    }

    pub(super) fn save_as(&mut self, path: &Path) -> bool {
        let Some(ws) = &mut self.workspace else {
            return false;
        };
        match ws.document.save_as(path, &ws.engine_analysis) {
            Ok(()) => {
                self.view.status_message = Some(format!("Saved to {}", path.display()));
                true
            }
            Err(e) => {
                self.view
                    .problems
                    .push(notice(ProblemSeverity::Error, e.to_string()));
                false
            }
        }
    }

    fn save_as_dialog(&mut self) -> bool {
        let Some(ws) = &self.workspace else {
            return false;
        };
        let current = ws.document.save_path();
        let folder = current
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.saves_dir());
        let file_name = current
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| format!("{}.ron", ws.name));
        let prefill = folder.join(&file_name);
        let Some(mut path) = self.ask_path(PathPurpose::SaveAnnotationsAs, prefill, || {
            rfd::FileDialog::new()
                .set_title("Save annotations as")
                .add_filter("Parallax annotations", &["ron"])
                .set_directory(folder)
                .set_file_name(file_name)
                .save_file()
        }) else {
            return false;
        };
        if path.extension().is_none() {
            path.set_extension("ron");
        }
        self.save_as(&path)
    }

    /// Apply one edit to the document; consecutive updates of one annotation merge when
    /// `coalesce` is set (typing a note is one undo step).
    fn edit(&mut self, edit: Edit, coalesce: bool) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let applied = if coalesce {
            ws.document.annotations.apply_coalesced(edit)
        } else {
            ws.document.annotations.apply(edit)
        };
        match applied {
            Ok(()) => {
                self.view.status_message = None;
                self.after_annotation_change(false);
            }
            Err(e) => self.view.problems.push(notice(
                ProblemSeverity::Warning,
                format!("That change could not be made: {e}."),
            )),
        }
    }

    /// Rebuild the shown analysis after the annotations changed, keeping the selection on
    /// the same statements when link and fact numbers moved.
    pub(super) fn after_annotation_change(&mut self, reopened: bool) {
        let Some(ws) = &mut self.workspace else {
            return;
        };
        let selected_pair = match self.view.selection {
            Some(Selection::Link(l)) => ws.analysis.links.get(l.0).map(|link| (link.a, link.b)),
            _ => None,
        };
        let selected_fact_statement: Option<StatementIdx> = match self.view.selection {
            Some(Selection::Fact(f)) => ws
                .analysis
                .facts
                .get(f.0)
                .and_then(|fact| fact.statements.first().copied()),
            _ => None,
        };
        // The compared conflict or fact, by its statements (its number may move too).
        let compared: Option<(Selection, StatementIdx, Option<StatementIdx>)> =
            self.view.compare.and_then(|c| match c.target {
                Selection::Link(l) => ws
                    .analysis
                    .links
                    .get(l.0)
                    .map(|link| (c.target, link.a, Some(link.b))),
                Selection::Fact(f) => ws
                    .analysis
                    .facts
                    .get(f.0)
                    .and_then(|fact| fact.statements.first().copied())
                    .map(|s| (c.target, s, None)),
                Selection::Statement(s) => Some((c.target, s, None)),
            });
        let refreshed = ws.refresh_annotations();
        if refreshed.articles {
            // Source and statement numbers moved: nothing selected or scrolled survives.
            self.view.selection = None;
            self.view.pending_link = None;
            self.view.compare = None;
            self.view.filters.hidden_sources.clear();
            self.view.search.searched_query.clear();
            self.view.search.searched_query.push('\u{0}');
            self.columns.reset();
            self.diffs.clear();
            self.view.conflict_cursor = None;
            return;
        }
        if refreshed.links || reopened {
            self.diffs.clear();
            self.view.conflict_cursor = None;
            if let Some((a, b)) = selected_pair {
                self.view.selection = Some(match ws.link_between(a, b) {
                    Some(l) => Selection::Link(l),
                    None => Selection::Statement(a),
                });
            }
            if let Some(s) = selected_fact_statement {
                self.view.selection = Some(match ws.index.fact_of(s) {
                    Some(f) => Selection::Fact(f),
                    None => Selection::Statement(s),
                });
            }
            // The strip keeps showing the same statements, or closes when they no longer
            // form a conflict or fact.
            if let (Some(compare), Some((target, a, b))) = (self.view.compare.as_mut(), compared) {
                let moved = match (target, b) {
                    (Selection::Link(_), Some(b)) => ws.link_between(a, b).map(Selection::Link),
                    (Selection::Fact(_), _) => ws.index.fact_of(a).map(Selection::Fact),
                    _ => Some(target),
                };
                match moved {
                    Some(target) => compare.target = target,
                    None => self.view.compare = None,
                }
            }
        }
    }

    /// Apply an action about annotations, saves, export or the saves folder.
    pub(super) fn apply_document_action(&mut self, action: Action) {
        match action {
            Action::AddAnnotation(a) => self.edit(Edit::Add(*a), false),
            Action::SetSourceCorrection(correction) => {
                let source = correction.source.clone();
                let excluded = correction.excluded;
                let cleared = correction.is_empty();
                self.edit(Edit::SetSource(*correction), false);
                self.view.sources_window.draft = None;
                let Some(ws) = &self.workspace else { return };
                let label = parallax_documents::annotate::sources::locate_source(
                    &ws.engine_analysis,
                    &source,
                )
                .map(|i| {
                    let shown = ws.shown_source(i);
                    shown.map_or_else(
                        || ws.engine_analysis.source(i).label().to_string(),
                        |s| ws.source_label(s).to_string(),
                    )
                })
                .unwrap_or(source.file_name);
                if self.view.status_message.is_none() {
                    self.view.status_message = Some(if cleared {
                        format!("{label}: back to what the text says")
                    } else if excluded {
                        format!("{label} is left out of the comparison")
                    } else {
                        format!("Corrected {label}")
                    });
                }
            }
            Action::UpdateAnnotation { before, after } => self.edit(
                Edit::Update {
                    before: *before,
                    after: *after,
                },
                true,
            ),
            Action::RemoveAnnotation(id) => self.edit(Edit::Remove(id), false),
            Action::SetLinkDecision(decision) => {
                self.view.pending_link = None;
                self.edit(Edit::SetOverride(*decision), false);
            }
            Action::RemoveLinkDecision(i) => {
                let pair = self.workspace.as_ref().and_then(|ws| {
                    let o = ws.document.annotations.overrides().get(i)?;
                    Some((o.a.clone(), o.b.clone()))
                });
                if let Some((a, b)) = pair {
                    self.edit(Edit::RemoveOverride { a, b }, false);
                }
            }
            Action::StartManualLink(s) => self.view.pending_link = Some(s),
            Action::CancelManualLink => self.view.pending_link = None,
            Action::Undo | Action::Redo => {
                let changed = self.workspace.as_mut().is_some_and(|ws| {
                    if action == Action::Undo {
                        ws.document.annotations.undo()
                    } else {
                        ws.document.annotations.redo()
                    }
                });
                if changed {
                    self.after_annotation_change(false);
                }
            }
            Action::SetAnnotationFilter(filter) => self.view.annotation_filter = filter,
            Action::SetAuthor(author) => self.prefs.author = author,
            Action::Save => {
                self.save();
            }
            Action::SaveAsDialog => {
                self.save_as_dialog();
            }
            Action::OpenAnnotationsDialog => {
                let folder = self.saves_dir();
                let prefill = self
                    .workspace
                    .as_ref()
                    .map_or_else(|| folder.clone(), |ws| ws.document.save_path());
                if let Some(path) = self.ask_path(PathPurpose::OpenAnnotations, prefill, || {
                    rfd::FileDialog::new()
                        .set_title("Open annotations")
                        .add_filter("Parallax annotations", &["ron"])
                        .set_directory(folder)
                        .pick_file()
                }) {
                    self.proceed_or_ask(AfterUnsaved::OpenAnnotations(path));
                }
            }
            Action::OpenAnnotations(path) => {
                self.proceed_or_ask(AfterUnsaved::OpenAnnotations(path));
            }
            Action::SaveThen(after) => {
                self.view.prompt = None;
                if self.save() {
                    self.proceed(after);
                }
            }
            Action::DiscardThen(after) => {
                self.view.prompt = None;
                if let Some(ws) = &mut self.workspace {
                    // The user chose to drop the changes: no recovery offer for them later.
                    let _ = ws.document.discard_recovery();
                    ws.document.annotations.mark_saved();
                }
                self.proceed(after);
            }
            Action::RestoreRecovery => {
                self.view.prompt = None;
                if let (Some(recovery), Some(ws)) = (self.recovery.take(), &mut self.workspace) {
                    let report = ws.document.restore(&recovery, &ws.engine_analysis);
                    self.view.problems.extend(reopen_notices(
                        "Restored the unsaved work (save it to keep it)",
                        &report,
                    ));
                    self.after_annotation_change(true);
                }
            }
            Action::DiscardRecovery => {
                self.view.prompt = None;
                self.recovery = None;
                if let Some(ws) = &self.workspace
                    && let Err(e) = ws.document.discard_recovery()
                {
                    self.view
                        .problems
                        .push(notice(ProblemSeverity::Warning, e.to_string()));
                }
            }
            Action::ClosePrompt => {
                self.view.prompt = None;
                self.recovery = None;
            }
            Action::ToggleSavesWindow => {
                self.view.show_saves_window = !self.view.show_saves_window;
            }
            Action::ChooseSavesFolderDialog => self.choose_saves_folder(),
            Action::UseDefaultSavesFolder => {
                crate::desktop::clear_saves_dir_override();
                self.prefs.saves_dir = None;
                let dir = self.saves_dir();
                if let Some(ws) = &mut self.workspace {
                    ws.document.set_saves_dir(&dir);
                }
            }
            Action::ShowExportWindow(format) => self.view.export_window = Some(format),
            Action::CloseExportWindow => self.view.export_window = None,
            Action::ExportDialog(format) => self.export_dialog(format),
            Action::ExportToSavesFolder(format) => {
                if let Some(ws) = &self.workspace {
                    let path = self.saves_dir().join(format.suggested_file_name(&ws.name));
                    if let Err(e) = std::fs::create_dir_all(self.saves_dir()) {
                        self.view.problems.push(notice(
                            ProblemSeverity::Error,
                            format!("The saves folder cannot be made: {e}. Nothing was exported."),
                        ));
                    } else {
                        self.apply_document_action(Action::ExportTo {
                            format,
                            path,
                            replace: false,
                        });
                    }
                }
            }
            Action::EditPathPrompt(text) => {
                if let Some(prompt) = &mut self.view.path_prompt {
                    prompt.text = text;
                    prompt.error = None;
                }
            }
            Action::ConfirmPathPrompt => self.confirm_path_prompt(),
            Action::CancelPathPrompt => self.view.path_prompt = None,
            Action::ExportTo {
                format,
                path,
                replace,
            } => {
                self.view.prompt = None;
                if path.exists() && !replace {
                    self.view.prompt = Some(Prompt::ReplaceExport { format, path });
                } else {
                    self.export_to(format, &path);
                }
            }
            // Every other action is applied in `ParallaxApp::apply`.
            _ => {}
        }
    }
}
