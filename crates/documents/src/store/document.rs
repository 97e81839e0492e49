//! The open annotation document: the set being edited, where it is saved, and the
//! save / save as / open / autosave / recovery rules, so the GUI only wires up menus.
//!
//! Rules kept here: a save clears the autosave and the unsaved mark; a file that failed to
//! load is never written to (the document keeps no path to it); a document restored from
//! an autosave counts as unsaved; an autosave is written only after edits went quiet.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::annotate::AnnotationSet;
use crate::store::StoreError;
use crate::store::autosave::{
    AutosaveTimer, Recovery, clear_autosave, find_recovery, write_autosave,
};
use crate::store::files::{load, save};
use crate::store::format::{ManualEvent, SaveFile, SetIdentity};
use crate::store::paths::default_save_path;
use crate::store::reopen::{ReopenReport, reopen};
use parallax_engine::model::Analysis;

/// Seconds without edits before an autosave is written.
pub const AUTOSAVE_QUIET_SECS: u64 = 3;
/// Longest time unsaved edits wait for an autosave during continuous editing.
pub const AUTOSAVE_MAX_WAIT_SECS: u64 = 30;

/// An annotation set being edited, and its file.
#[derive(Debug, Clone)]
pub struct Document {
    /// The annotations; edit them through [`AnnotationSet::apply`].
    pub annotations: AnnotationSet,
    /// The article set the annotations belong to (refreshed from the analysis on save).
    pub set: SetIdentity,
    /// Where the document was last saved or opened from; `None` until first saved.
    pub path: Option<PathBuf>,
    /// The hand-made events of the save it was opened from, written back unchanged (a set
    /// compared whole keeps the event list's grouping in its save).
    pub events: Vec<ManualEvent>,
    saves_dir: PathBuf,
    autosave: AutosaveTimer,
}

fn timer(generation: u64) -> AutosaveTimer {
    AutosaveTimer::new(
        generation,
        Duration::from_secs(AUTOSAVE_QUIET_SECS),
        Duration::from_secs(AUTOSAVE_MAX_WAIT_SECS),
    )
}

impl Document {
    /// An empty, never-saved document for an analysed set named `set_name`.
    pub fn new(saves_dir: &Path, set_name: &str, analysis: &Analysis) -> Self {
        let annotations = AnnotationSet::new();
        Self {
            autosave: timer(annotations.generation()),
            annotations,
            set: SetIdentity::of(set_name, analysis),
            path: None,
            events: Vec::new(),
            saves_dir: saves_dir.to_path_buf(),
        }
    }

    /// Open a save against the current analysis: re-anchored, with the report of what
    /// moved or was orphaned. On error nothing is written and no document is made.
    pub fn open(
        path: &Path,
        saves_dir: &Path,
        analysis: &Analysis,
    ) -> Result<(Self, ReopenReport), StoreError> {
        let file = load(path)?;
        Ok(Self::from_save(&file, path, saves_dir, analysis))
    }

    /// [`open`](Self::open) for a save already read from `path`.
    pub fn from_save(
        file: &SaveFile,
        path: &Path,
        saves_dir: &Path,
        analysis: &Analysis,
    ) -> (Self, ReopenReport) {
        Self::reopened(file, Some(path), &file.set.name, saves_dir, analysis)
    }

    /// A document holding `file`'s annotations re-anchored against `analysis`, clean.
    fn reopened(
        file: &SaveFile,
        path: Option<&Path>,
        set_name: &str,
        saves_dir: &Path,
        analysis: &Analysis,
    ) -> (Self, ReopenReport) {
        let (annotations, report) = reopen(file, analysis);
        let document = Self {
            autosave: timer(annotations.generation()),
            annotations,
            set: SetIdentity::of(set_name, analysis),
            path: path.map(Path::to_path_buf),
            events: file.events.clone(),
            saves_dir: saves_dir.to_path_buf(),
        };
        (document, report)
    }

    /// The document an article set starts with: its default save
    /// (`<saves dir>/<set name>.ron`) if there is one, re-anchored, else a new document.
    /// A default save that fails to load is an error (show it; it is never overwritten:
    /// a new document's Save refuses that path, so offer Save as).
    pub fn open_or_new(
        saves_dir: &Path,
        set_name: &str,
        analysis: &Analysis,
    ) -> Result<(Self, Option<ReopenReport>), StoreError> {
        let path = default_save_path(saves_dir, set_name);
        if path.exists() {
            let (document, report) = Self::open(&path, saves_dir, analysis)?;
            Ok((document, Some(report)))
        } else {
            Ok((Self::new(saves_dir, set_name, analysis), None))
        }
    }

    /// A never-saved document that starts from the annotations of `template` (re-anchored
    /// against `analysis`), clean: Save writes to `<saves dir>/<set name>.ron`, never to
    /// the template's own file.
    pub fn from_template(
        saves_dir: &Path,
        set_name: &str,
        analysis: &Analysis,
        template: &SaveFile,
    ) -> (Self, ReopenReport) {
        Self::reopened(template, None, set_name, saves_dir, analysis)
    }

    /// The folder Save writes to when the document has no path yet.
    pub fn saves_dir(&self) -> &Path {
        &self.saves_dir
    }

    /// Change the folder Save writes to when the document has no path yet.
    pub fn set_saves_dir(&mut self, dir: &Path) {
        self.saves_dir = dir.to_path_buf();
    }

    /// Unsaved work left by a crash for this document's save path, if any.
    pub fn recovery(&self) -> Option<Recovery> {
        find_recovery(&self.save_path())
    }

    /// Replace the annotations by those of an autosave; the document is then unsaved.
    pub fn restore(&mut self, recovery: &Recovery, analysis: &Analysis) -> ReopenReport {
        let (mut annotations, report) = reopen(&recovery.file, analysis);
        annotations.mark_unsaved();
        self.autosave = timer(annotations.generation());
        self.annotations = annotations;
        report
    }

    /// Throw away the autosave (the user declined to restore it).
    pub fn discard_recovery(&self) -> Result<(), StoreError> {
        clear_autosave(&self.save_path())
    }

    /// Where Save writes: the document's path, else `<saves dir>/<set name>.ron`.
    pub fn save_path(&self) -> PathBuf {
        self.path
            .clone()
            .unwrap_or_else(|| default_save_path(&self.saves_dir, &self.set.name))
    }

    /// The name to show: the save's file name, or the set name when never saved.
    pub fn display_name(&self) -> String {
        match &self.path {
            Some(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| self.set.name.clone()),
            None => self.set.name.clone(),
        }
    }

    /// Window title: `● kazakhstan-example.ron — Parallax` (the dot marks unsaved changes).
    pub fn title(&self) -> String {
        let mark = if self.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Parallax", self.display_name())
    }

    pub fn is_dirty(&self) -> bool {
        self.annotations.is_dirty()
    }

    /// The save file for the current state.
    pub fn to_save_file(&self) -> SaveFile {
        SaveFile {
            events: self.events.clone(),
            ..SaveFile::new(self.set.clone(), &self.annotations)
        }
    }

    /// Save to [`save_path`](Self::save_path); returns where it went.
    pub fn save(&mut self, analysis: &Analysis) -> Result<PathBuf, StoreError> {
        let path = self.save_path();
        self.save_as(&path, analysis)?;
        Ok(path)
    }

    /// Save to `path` (which becomes the document's path). The old path's autosave is
    /// removed too. Refuses to replace a file that is not a readable save.
    pub fn save_as(&mut self, path: &Path, analysis: &Analysis) -> Result<(), StoreError> {
        if crate::is_an_article(analysis, path) {
            return Err(StoreError::Write {
                path: path.to_path_buf(),
                cause: std::io::Error::other(
                    "it is one of the articles compared; the annotations are not saved over it",
                ),
            });
        }
        let old_path = self.save_path();
        self.set = SetIdentity::of(self.set.name.clone(), analysis);
        save(path, &self.to_save_file())?;
        self.annotations.mark_saved();
        self.autosave.written(self.annotations.generation());
        self.path = Some(path.to_path_buf());
        // The saved file now holds everything; stale autosaves would offer old work.
        let _ = clear_autosave(path);
        if old_path != path {
            let _ = clear_autosave(&old_path);
        }
        Ok(())
    }

    /// Call every frame: true when an autosave should be written now.
    pub fn autosave_due(&mut self, now: Instant) -> bool {
        let generation = self.annotations.generation();
        self.is_dirty() && self.autosave.due(generation, now)
    }

    /// How long until [`autosave_due`](Self::autosave_due) may turn true (for a repaint).
    pub fn autosave_check_in(&self, now: Instant) -> Option<Duration> {
        self.autosave.next_check_in(now)
    }

    /// What to autosave, where, and the generation it captures: write it (on a background
    /// thread if wished) with [`write_autosave`], then call
    /// [`autosave_written`](Self::autosave_written) with the generation.
    pub fn autosave_job(&self) -> (PathBuf, SaveFile, u64) {
        (
            self.save_path(),
            self.to_save_file(),
            self.annotations.generation(),
        )
    }

    /// Record that the autosave of `generation` was written.
    pub fn autosave_written(&mut self, generation: u64) {
        self.autosave.written(generation);
    }

    /// Write the autosave now, on this thread.
    pub fn autosave_now(&mut self) -> Result<PathBuf, StoreError> {
        let (save_path, file, generation) = self.autosave_job();
        let written = write_autosave(&save_path, &file)?;
        self.autosave_written(generation);
        Ok(written)
    }
}
