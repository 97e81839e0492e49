//! Where the app's files go and come from: the saves folder (the caller's, the one chosen
//! in the preferences, or the user's default) and choosing another, the system file
//! dialogs and, when there is none, the in-app path field, and exporting to a file.

use std::path::{Path, PathBuf};

use super::document::notice;
use crate::ui::actions::Action;
use crate::ui::app::ParallaxApp;
use crate::ui::file_dialogs::{self, Outcome, PathPrompt, PathPurpose};
use crate::ui::state::{AfterUnsaved, ProblemSeverity, SetOrigin};
use parallax_documents::export::{ExportFormat, export_to_file};

impl ParallaxApp {
    /// Where saves go: the folder given by the caller, else the user's saves folder.
    pub(super) fn saves_dir(&self) -> PathBuf {
        self.saves_dir_override
            .clone()
            .unwrap_or_else(crate::desktop::saves_dir)
    }

    /// Use the saves folder remembered in the preferences, if the user chose one.
    pub(super) fn apply_chosen_saves_dir(&mut self) {
        let Some(dir) = self.prefs.saves_dir.clone() else {
            return;
        };
        if self.saves_dir_override.is_some() {
            return;
        }
        if let Err(e) = crate::desktop::set_saves_dir(&dir) {
            self.view.problems.push(notice(
                ProblemSeverity::Warning,
                format!(
                    "The saves folder you chose cannot be used ({e}). {}",
                    crate::desktop::saves_location().describe()
                ),
            ));
        }
    }

    /// Ask with the system's dialog (`dialog` calls rfd); when there is none, open the
    /// in-app path field prefilled with `prefill` and answer `None` for now.
    pub(super) fn ask_path<T>(
        &mut self,
        purpose: PathPurpose,
        prefill: PathBuf,
        dialog: impl FnOnce() -> Option<T>,
    ) -> Option<T> {
        match file_dialogs::run_native(dialog) {
            Outcome::Chosen(chosen) => Some(chosen),
            Outcome::Cancelled => None,
            Outcome::Unavailable => {
                self.view.path_prompt = Some(PathPrompt::new(purpose, &prefill));
                None
            }
        }
    }

    /// Where "Open files…" starts: the open set's folder, else the home folder.
    pub(super) fn articles_folder(&self) -> PathBuf {
        let from_set = self.workspace.as_ref().and_then(|ws| match &ws.origin {
            SetOrigin::Paths(paths) => paths.first().map(|p| {
                if p.is_dir() {
                    p.clone()
                } else {
                    p.parent().map(Path::to_path_buf).unwrap_or_default()
                }
            }),
            SetOrigin::Bundled => None,
        });
        from_set
            .filter(|p| p.is_dir())
            .or_else(|| std::env::var_os("HOME").map(PathBuf::from))
            .unwrap_or_else(|| self.saves_dir())
    }

    /// OK in the in-app path field: check the path, then do what the field was opened for.
    /// A path that will not do keeps the field open with the reason under it.
    pub(super) fn confirm_path_prompt(&mut self) {
        let Some(prompt) = self.view.path_prompt.clone() else {
            return;
        };
        let path = match prompt.resolve(&self.saves_dir()) {
            Ok(path) => path,
            Err(reason) => {
                self.path_prompt_failed(&prompt, reason);
                return;
            }
        };
        self.view.path_prompt = None;
        match prompt.purpose {
            PathPurpose::Export(format) => self.apply_document_action(Action::ExportTo {
                format,
                path,
                replace: false,
            }),
            PathPurpose::OpenArticles | PathPurpose::OpenFolder => {
                self.proceed_or_ask(AfterUnsaved::OpenSet(SetOrigin::Paths(vec![path])));
            }
            PathPurpose::OpenAnnotations => {
                self.proceed_or_ask(AfterUnsaved::OpenAnnotations(path));
            }
            PathPurpose::SaveAnnotationsAs => {
                if !self.save_as(&path) {
                    self.path_prompt_failed(&prompt, "The save failed: see the message above.");
                }
            }
            PathPurpose::ChooseSavesFolder => self.use_saves_folder(&path),
        }
    }

    fn path_prompt_failed(&mut self, prompt: &PathPrompt, reason: impl Into<String>) {
        self.view.path_prompt = Some(PathPrompt {
            error: Some(reason.into()),
            ..prompt.clone()
        });
    }

    pub(super) fn export_to(&mut self, format: ExportFormat, path: &Path) {
        let Some(ws) = &self.workspace else { return };
        match export_to_file(
            format,
            &ws.engine_analysis,
            Some(&ws.document.annotations),
            path,
        ) {
            Ok(()) => {
                self.view.export_window = None;
                self.view.status_message = Some(format!(
                    "Exported the {} to {}",
                    format.label(),
                    path.display()
                ));
            }
            Err(e) => self.view.problems.push(notice(
                ProblemSeverity::Error,
                format!("The export failed: {e}. No file was changed."),
            )),
        }
    }

    pub(super) fn export_dialog(&mut self, format: ExportFormat) {
        let Some(ws) = &self.workspace else { return };
        let file_name = format.suggested_file_name(&ws.name);
        let prefill = self.saves_dir().join(&file_name);
        let Some(path) = self.ask_path(PathPurpose::Export(format), prefill, || {
            rfd::FileDialog::new()
                .set_title(format!("Export the {}", format.label()))
                .add_filter(format.label(), &[format.extension()])
                .set_file_name(file_name)
                .save_file()
        }) else {
            return;
        };
        self.actions.push(Action::ExportTo {
            format,
            path,
            replace: false,
        });
    }

    pub(super) fn choose_saves_folder(&mut self) {
        let saves_dir = self.saves_dir();
        let Some(dir) = self.ask_path(PathPurpose::ChooseSavesFolder, saves_dir.clone(), || {
            rfd::FileDialog::new()
                .set_title("Choose where Parallax keeps saves")
                .set_directory(saves_dir)
                .pick_folder()
        }) else {
            return;
        };
        self.use_saves_folder(&dir);
    }

    fn use_saves_folder(&mut self, dir: &Path) {
        match crate::desktop::set_saves_dir(dir) {
            Ok(dir) => {
                self.prefs.saves_dir = Some(dir.clone());
                if self.saves_dir_override.is_some() {
                    self.saves_dir_override = Some(dir.clone());
                }
                if let Some(ws) = &mut self.workspace {
                    ws.document.set_saves_dir(&dir);
                }
                self.view.status_message = Some(format!("Saves now go to {}", dir.display()));
            }
            Err(e) => self
                .view
                .problems
                .push(notice(ProblemSeverity::Error, e.to_string())),
        }
    }
}
