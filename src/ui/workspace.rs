//! The open article set as the views see it: the analysis, where it came from, and the
//! lookup tables built over it once.

use std::time::Duration;

use crate::model::{Analysis, LinkIdx, SourceIdx};
use crate::ui::index::ViewIndex;
use crate::ui::state::{SetOrigin, ViewState};

/// An analysed article set open in the window.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub origin: SetOrigin,
    pub name: String,
    pub analysis: Analysis,
    pub index: ViewIndex,
    /// Time to load and analyse the set (zero when handed in ready-made).
    pub load_time: Duration,
}

impl Workspace {
    pub fn new(origin: SetOrigin, name: String, analysis: Analysis, load_time: Duration) -> Self {
        let index = ViewIndex::new(&analysis);
        Self {
            origin,
            name,
            analysis,
            index,
            load_time,
        }
    }

    /// Conflicts that pass the kind filter and whose two sources are shown, in reading order.
    pub fn visible_conflicts(&self, view: &ViewState) -> Vec<LinkIdx> {
        self.index
            .conflicts
            .iter()
            .copied()
            .filter(|l| {
                let link = &self.analysis.links[l.0];
                let kind_shown = link
                    .conflict
                    .as_ref()
                    .is_none_or(|c| !view.filters.hidden_conflict_kinds.contains(&c.kind));
                let sources_shown = [link.a, link.b].iter().all(|s| {
                    !view
                        .filters
                        .hidden_sources
                        .contains(&self.analysis.statement(*s).source)
                });
                kind_shown && sources_shown
            })
            .collect()
    }

    /// "Outlet A vs Outlet B" for a link.
    pub fn link_outlets(&self, l: LinkIdx) -> String {
        let link = &self.analysis.links[l.0];
        let side = |s| {
            self.analysis
                .source(self.analysis.statement(s).source)
                .label()
        };
        format!("{} vs {}", side(link.a), side(link.b))
    }

    pub fn source_count(&self) -> usize {
        self.analysis.sources.len()
    }

    pub fn source_label(&self, s: SourceIdx) -> &str {
        self.analysis.source(s).label()
    }
}
