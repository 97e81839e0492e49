//! The event list's state in the window: the grouped set ([`crate::events::EventSet`]),
//! where it came from and where its grouping is saved, which events are ticked for a
//! merge, which one's articles are shown, and the conflicts found so far for each event by
//! the background [`ConflictScan`].

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;

use crate::events::{EventConflicts, EventSet};
use crate::ui::jobs::ConflictScan;
use crate::ui::state::SetOrigin;

/// A large or mixed set open on its event list.
pub struct EventList {
    pub origin: SetOrigin,
    pub set: EventSet,
    /// Where the hand-made events are saved: the set's save, `<saves dir>/<set name>.ron`.
    pub save_path: PathBuf,
    /// Events ticked for a merge, by index into [`EventSet::events`].
    pub ticked: BTreeSet<usize>,
    /// The event whose articles are shown beside the list.
    pub details: Option<usize>,
    /// The event open as a comparison (or last opened), by index.
    pub opened: Option<usize>,
    /// Conflicts of the events compared so far, by their articles.
    pub conflicts: HashMap<Vec<usize>, EventConflicts>,
    /// Time from the start of loading to the list.
    pub load_time: std::time::Duration,
    scan: Option<ConflictScan>,
}

impl EventList {
    pub fn new(
        origin: SetOrigin,
        set: EventSet,
        save_path: PathBuf,
        load_time: std::time::Duration,
    ) -> Self {
        Self {
            origin,
            set,
            save_path,
            ticked: BTreeSet::new(),
            details: None,
            opened: None,
            conflicts: HashMap::new(),
            load_time,
            scan: None,
        }
    }

    /// The conflicts found for event `event`, once it has been compared.
    pub fn conflicts_of(&self, event: usize) -> Option<&EventConflicts> {
        let event = self.set.events.get(event)?;
        self.conflicts.get(&event.articles)
    }

    /// Whether conflicts are still being looked for.
    pub fn is_scanning(&self) -> bool {
        self.scan.is_some()
    }

    /// Start looking for the conflicts of every event of two articles or more not yet
    /// compared (largest first), unless a scan is running.
    pub fn scan_conflicts(&mut self, ctx: &egui::Context) {
        if self.scan.is_some() {
            return;
        }
        let pending: Vec<Vec<usize>> = self
            .set
            .events
            .iter()
            .filter(|e| e.articles.len() >= 2 && !self.conflicts.contains_key(&e.articles))
            .map(|e| e.articles.clone())
            .collect();
        if !pending.is_empty() {
            self.scan = Some(ConflictScan::start(
                self.set.articles.clone(),
                pending,
                ctx.clone(),
            ));
        }
    }

    /// Stop looking for conflicts (while an event is compared, the scan would slow it).
    pub fn pause_scan(&mut self) {
        self.scan = None;
    }

    /// Take the conflicts found since the last frame.
    pub fn poll_scan(&mut self) {
        let Some(scan) = &mut self.scan else { return };
        let (found, finished) = scan.poll();
        self.conflicts.extend(found);
        if finished {
            self.scan = None;
        }
    }
}
