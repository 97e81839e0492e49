//! The open article set as the views see it: the engine's analysis, the annotation
//! document being edited, the analysis as corrected by the user's link decisions, and the
//! lookup tables built over them.
//!
//! Views read [`Workspace::analysis`] (the corrected one) and [`Workspace::notes`]; the app
//! changes [`Workspace::document`] through edits and then calls
//! [`Workspace::refresh_annotations`], never a panel.

use std::time::Duration;

use crate::ui::index::ViewIndex;
use crate::ui::state::{SetOrigin, ViewState};
use parallax_documents::annotate::{
    Annotation, AnnotationIndex, LinkOverride, Review, SourceCorrection, Target, apply_overrides,
    apply_source_corrections,
};
use parallax_documents::present::Timeline;
use parallax_documents::store::Document;
use parallax_engine::figures::FigureRow;
use parallax_engine::model::{Analysis, LinkIdx, Severity, SourceIdx, StatementIdx};

/// An analysed article set open in the window, with its annotations.
#[derive(Debug, Clone)]
pub struct Workspace {
    pub origin: SetOrigin,
    pub name: String,
    /// The analysis as the engine made it, before the user's corrections.
    pub engine_analysis: Analysis,
    /// What the views show: the engine's analysis with the checker's corrections of the
    /// articles (names, dates, exclusions) and then the link decisions applied.
    pub analysis: Analysis,
    pub index: ViewIndex,
    /// The annotations and where they are saved.
    pub document: Document,
    /// Where each annotation and link decision falls in [`Self::analysis`].
    pub notes: AnnotationIndex,
    /// Time to load and analyse the set (zero when handed in ready-made).
    pub load_time: Duration,
    /// The Figures tab's rows, from [`Self::analysis`], each with its timeline when its
    /// sources were published on different days.
    pub figures: Vec<(FigureRow, Option<Timeline>)>,
    /// The link decisions [`Self::analysis`] was made with.
    overrides_applied: Vec<LinkOverride>,
    /// The article corrections [`Self::analysis`] was made with.
    sources_applied: Vec<SourceCorrection>,
}

/// The Figures tab's rows of an analysis, with their timelines.
fn figure_rows(analysis: &Analysis) -> Vec<(FigureRow, Option<Timeline>)> {
    parallax_engine::figures::rows(analysis, &parallax_engine::figures::claims(analysis))
        .into_iter()
        .map(|row| {
            let timeline = Timeline::of_row(analysis, &row);
            (row, timeline)
        })
        .collect()
}

/// What [`Workspace::refresh_annotations`] rebuilt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Refreshed {
    /// The links changed: link and fact indices may have moved.
    pub links: bool,
    /// The shown articles changed (one excluded or brought back): source and statement
    /// indices moved too.
    pub articles: bool,
}

impl Workspace {
    pub fn new(
        origin: SetOrigin,
        name: String,
        analysis: Analysis,
        load_time: Duration,
        document: Document,
    ) -> Self {
        let sources = document.annotations.source_corrections().to_vec();
        let base = apply_source_corrections(&analysis, &sources);
        let shown = apply_overrides(&base, &document.annotations);
        let index = ViewIndex::new(&shown);
        let notes = AnnotationIndex::build(&document.annotations, &shown);
        let figures = figure_rows(&shown);
        Self {
            figures,
            origin,
            name,
            overrides_applied: document.annotations.overrides().to_vec(),
            sources_applied: sources,
            engine_analysis: analysis,
            analysis: shown,
            index,
            document,
            notes,
            load_time,
        }
    }

    /// Rebuild what depends on the annotations after an edit, an undo or an open.
    pub fn refresh_annotations(&mut self) -> Refreshed {
        let sources = self.document.annotations.source_corrections();
        let sources_changed = sources != self.sources_applied;
        let links_changed =
            sources_changed || self.document.annotations.overrides() != self.overrides_applied;
        let excluded =
            |list: &[SourceCorrection]| -> Vec<parallax_documents::annotate::model::SourceRef> {
                list.iter()
                    .filter(|c| c.excluded)
                    .map(|c| c.source.clone())
                    .collect()
            };
        let articles = sources_changed && excluded(sources) != excluded(&self.sources_applied);
        if links_changed {
            let base = apply_source_corrections(&self.engine_analysis, sources);
            self.analysis = apply_overrides(&base, &self.document.annotations);
            self.index = ViewIndex::new(&self.analysis);
            self.figures = figure_rows(&self.analysis);
            self.overrides_applied = self.document.annotations.overrides().to_vec();
            self.sources_applied = sources.to_vec();
        }
        self.notes = AnnotationIndex::build(&self.document.annotations, &self.analysis);
        Refreshed {
            links: links_changed,
            articles,
        }
    }

    /// The checker's correction of the engine's article `engine_source`, if any.
    pub fn correction_of(&self, engine_source: SourceIdx) -> Option<&SourceCorrection> {
        let r = parallax_documents::annotate::sources::source_ref(
            &self.engine_analysis,
            engine_source,
        )?;
        self.document
            .annotations
            .source_corrections()
            .iter()
            .find(|c| c.source == r)
    }

    /// The engine's index of the shown article `shown`.
    pub fn engine_source(&self, shown: SourceIdx) -> Option<SourceIdx> {
        let r = parallax_documents::annotate::sources::source_ref(&self.analysis, shown)?;
        parallax_documents::annotate::sources::locate_source(&self.engine_analysis, &r)
    }

    /// Where the engine's article `engine_source` is shown, `None` when it is excluded.
    pub fn shown_source(&self, engine_source: SourceIdx) -> Option<SourceIdx> {
        let r = parallax_documents::annotate::sources::source_ref(
            &self.engine_analysis,
            engine_source,
        )?;
        parallax_documents::annotate::sources::locate_source(&self.analysis, &r)
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

    /// Whether two shown sources are one independent report (one copies the other, or the
    /// checker gave both one agency's story); `None` when the analysis has no report groups.
    pub fn same_report(&self, x: SourceIdx, y: SourceIdx) -> Option<bool> {
        let reports = &self.analysis.reuse.reports;
        Some(reports.get(x.0)? == reports.get(y.0)?)
    }

    pub fn source_count(&self) -> usize {
        self.analysis.sources.len()
    }

    pub fn source_label(&self, s: SourceIdx) -> &str {
        self.analysis.source(s).label()
    }
}
