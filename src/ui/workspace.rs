//! The open article set as the views see it: the engine's analysis, the annotation
//! document being edited, the analysis as corrected by the user's link decisions, and the
//! lookup tables built over them.
//!
//! Views read [`Workspace::analysis`] (the corrected one) and [`Workspace::notes`]; the app
//! changes [`Workspace::document`] through edits and then calls
//! [`Workspace::refresh_annotations`], never a panel.

use std::time::Duration;

use crate::annotate::{Annotation, AnnotationIndex, LinkOverride, Review, Target, apply_overrides};
use crate::model::{Analysis, LinkIdx, Severity, SourceIdx, StatementIdx};
use crate::store::Document;
use crate::ui::index::ViewIndex;
use crate::ui::state::{SetOrigin, ViewState};

/// An analysed article set open in the window, with its annotations.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub origin: SetOrigin,
    pub name: String,
    /// The analysis as the engine made it, before the user's link decisions.
    pub engine_analysis: Analysis,
    /// What the views show: the engine's analysis with the user's link decisions applied.
    pub analysis: Analysis,
    pub index: ViewIndex,
    /// The annotations and where they are saved.
    pub document: Document,
    /// Where each annotation and link decision falls in [`Self::analysis`].
    pub notes: AnnotationIndex,
    /// Time to load and analyse the set (zero when handed in ready-made).
    pub load_time: Duration,
    /// The link decisions [`Self::analysis`] was made with.
    overrides_applied: Vec<LinkOverride>,
}

impl Workspace {
    pub fn new(
        origin: SetOrigin,
        name: String,
        analysis: Analysis,
        load_time: Duration,
        document: Document,
    ) -> Self {
        let shown = apply_overrides(&analysis, &document.annotations);
        let index = ViewIndex::new(&shown);
        let notes = AnnotationIndex::build(&document.annotations, &shown);
        Self {
            origin,
            name,
            overrides_applied: document.annotations.overrides().to_vec(),
            engine_analysis: analysis,
            analysis: shown,
            index,
            document,
            notes,
            load_time,
        }
    }

    /// Rebuild what depends on the annotations after an edit, an undo or an open.
    /// Returns true when the links changed (link and fact indices may have moved).
    pub fn refresh_annotations(&mut self) -> bool {
        let links_changed = self.document.annotations.overrides() != self.overrides_applied;
        if links_changed {
            self.analysis = apply_overrides(&self.engine_analysis, &self.document.annotations);
            self.index = ViewIndex::new(&self.analysis);
            self.overrides_applied = self.document.annotations.overrides().to_vec();
        }
        self.notes = AnnotationIndex::build(&self.document.annotations, &self.analysis);
        links_changed
    }

    /// The link between two statements in the shown analysis, in either order.
    pub fn link_between(&self, x: StatementIdx, y: StatementIdx) -> Option<LinkIdx> {
        self.index.links_of(x).iter().copied().find(|l| {
            let link = &self.analysis.links[l.0];
            (link.a == x && link.b == y) || (link.a == y && link.b == x)
        })
    }

    /// Annotations whose target is of the same kind as `target` and falls on exactly the
    /// statements `statements` (in any order), by id order.
    pub fn annotations_on(&self, target: &Target, statements: &[StatementIdx]) -> Vec<&Annotation> {
        let mut wanted = statements.to_vec();
        wanted.sort();
        wanted.dedup();
        self.document
            .annotations
            .annotations()
            .iter()
            .filter(|a| std::mem::discriminant(&a.target) == std::mem::discriminant(target))
            .filter(|a| {
                self.notes.located.get(&a.id).is_some_and(|located| {
                    let mut found = located.statements.clone();
                    found.sort();
                    found.dedup();
                    found == wanted
                })
            })
            .collect()
    }

    /// Span annotations (parts of a statement's text) that fall on `s`.
    pub fn span_annotations_on(&self, s: StatementIdx) -> Vec<&Annotation> {
        self.notes
            .on_statement(s)
            .iter()
            .filter_map(|id| self.document.annotations.get(*id))
            .filter(|a| matches!(a.target, Target::Span(_)))
            .collect()
    }

    /// The conflicts list's order and what next / previous step through: conflicts that
    /// pass the kind and severity filters and whose two sources are shown, hard ones first,
    /// each group in reading order.
    pub fn visible_conflicts(&self, view: &ViewState) -> Vec<LinkIdx> {
        let mut visible: Vec<LinkIdx> = self
            .index
            .conflicts
            .iter()
            .copied()
            .filter(|l| {
                let link = &self.analysis.links[l.0];
                let kind_shown = link.conflict.as_ref().is_none_or(|c| {
                    !view.filters.hidden_conflict_kinds.contains(&c.kind)
                        && !view
                            .filters
                            .hidden_conflict_severities
                            .contains(&c.severity)
                });
                let sources_shown = [link.a, link.b].iter().all(|s| {
                    !view
                        .filters
                        .hidden_sources
                        .contains(&self.analysis.statement(*s).source)
                });
                kind_shown && sources_shown
            })
            .collect();
        visible.sort_by_key(|l| std::cmp::Reverse(self.conflict_severity(*l)));
        visible
    }

    /// A conflict's severity (a link without conflict details counts as hard).
    pub fn conflict_severity(&self, l: LinkIdx) -> Severity {
        self.analysis.links[l.0]
            .conflict
            .as_ref()
            .map_or(Severity::Hard, |c| c.severity)
    }

    /// Annotations on the link itself (not on one of its statements), by id order.
    pub fn link_annotations(&self, l: LinkIdx) -> Vec<&Annotation> {
        let link = &self.analysis.links[l.0];
        let on_b = self.notes.on_statement(link.b);
        self.notes
            .on_statement(link.a)
            .iter()
            .filter(|id| on_b.contains(id))
            .filter_map(|id| self.document.annotations.get(*id))
            .filter(|a| matches!(a.target, Target::Link { .. }))
            .collect()
    }

    /// Whether the checker marked this conflict reviewed or dismissed.
    pub fn review_of(&self, l: LinkIdx) -> Option<Review> {
        self.link_annotations(l).iter().find_map(|a| a.review)
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
