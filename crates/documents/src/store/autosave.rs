//! Autosave and crash recovery.
//!
//! The autosave of `saves/x.ron` is `saves/x.autosave.ron`, written atomically (no backup)
//! after edits. When the app starts and finds an autosave newer than its save (or one
//! with no save at all), [`find_recovery`] offers it; after a successful save, or when the
//! user declines, [`clear_autosave`] removes it. [`AutosaveTimer`] says when to write.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use crate::store::StoreError;
use crate::store::files::{load, write_atomic};
use crate::store::format::{SaveFile, encode};

/// `saves/x.ron` → `saves/x.autosave.ron`. For a set never saved, pass its default save
/// path ([`super::default_save_path`]).
pub fn autosave_path(save_path: &Path) -> PathBuf {
    let stem = save_path
        .file_stem()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    save_path.with_file_name(format!("{stem}.autosave.ron"))
}

/// Write the autosave for `save_path` atomically; returns where it went.
pub fn write_autosave(save_path: &Path, file: &SaveFile) -> Result<PathBuf, StoreError> {
    let path = autosave_path(save_path);
    let text = encode(file).map_err(|e| StoreError::Encode {
        path: path.clone(),
        message: e.to_string(),
    })?;
    write_atomic(&path, text.as_bytes(), false)?;
    Ok(path)
}

/// Unsaved work found in an autosave.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    pub autosave_path: PathBuf,
    /// When the autosave was written.
    pub autosaved: SystemTime,
    /// When the save was written, if there is one.
    pub saved: Option<SystemTime>,
    pub file: SaveFile,
}

/// The autosave of `save_path`, if it exists, reads cleanly and is newer than the save
/// (or there is no save). An unreadable autosave is left alone and not offered.
pub fn find_recovery(save_path: &Path) -> Option<Recovery> {
    let autosave_path = autosave_path(save_path);
    let autosaved = fs::metadata(&autosave_path).ok()?.modified().ok()?;
    let saved = fs::metadata(save_path).ok().and_then(|m| m.modified().ok());
    if saved.is_some_and(|s| s >= autosaved) {
        return None;
    }
    let file = load(&autosave_path).ok()?;
    Some(Recovery {
        autosave_path,
        autosaved,
        saved,
        file,
    })
}

/// Remove the autosave of `save_path` (no error if there is none).
pub fn clear_autosave(save_path: &Path) -> Result<(), StoreError> {
    let path = autosave_path(save_path);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(cause) => Err(StoreError::Write { path, cause }),
    }
}

/// Decides when to autosave: once the annotation set's generation changed and no further
/// change came for `quiet` (or `max_wait` passed since the first unsaved change).
#[derive(Debug, Clone)]
pub struct AutosaveTimer {
    pub quiet: Duration,
    pub max_wait: Duration,
    written_generation: u64,
    seen_generation: u64,
    last_change: Option<Instant>,
    first_change: Option<Instant>,
}

impl AutosaveTimer {
    /// A timer for a set whose current generation is already on disk (or needs no autosave).
    pub fn new(generation: u64, quiet: Duration, max_wait: Duration) -> Self {
        Self {
            quiet,
            max_wait,
            written_generation: generation,
            seen_generation: generation,
            last_change: None,
            first_change: None,
        }
    }

    /// Call every frame (or tick) with the set's generation; true when it is time to write.
    pub fn due(&mut self, generation: u64, now: Instant) -> bool {
        if generation != self.seen_generation {
            self.seen_generation = generation;
            self.last_change = Some(now);
            self.first_change.get_or_insert(now);
        }
        if generation == self.written_generation {
            self.first_change = None;
            return false;
        }
        let quiet_enough = self
            .last_change
            .is_some_and(|t| now.duration_since(t) >= self.quiet);
        let waited_too_long = self
            .first_change
            .is_some_and(|t| now.duration_since(t) >= self.max_wait);
        quiet_enough || waited_too_long
    }

    /// Record that `generation` was written (autosave or save).
    pub fn written(&mut self, generation: u64) {
        self.written_generation = generation;
        self.first_change = None;
    }

    /// How long until [`due`](Self::due) may next be true (for scheduling a repaint).
    pub fn next_check_in(&self, now: Instant) -> Option<Duration> {
        if self.seen_generation == self.written_generation {
            return None;
        }
        let by_quiet = self
            .last_change
            .map(|t| (t + self.quiet).saturating_duration_since(now));
        let by_wait = self
            .first_change
            .map(|t| (t + self.max_wait).saturating_duration_since(now));
        by_quiet.into_iter().chain(by_wait).min()
    }
}
