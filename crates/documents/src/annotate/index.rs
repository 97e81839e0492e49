//! Where every annotation and override of a set falls in one analysis, computed once.
//!
//! The GUI rebuilds an [`AnnotationIndex`] when the analysis or the set's
//! [`generation`](crate::annotate::AnnotationSet::generation) changes, then asks it which
//! annotations mark a statement, which are orphans, and which override covers a pair of
//! statements. Exporters use it to list each annotation's statements.

use std::collections::HashMap;

use crate::annotate::anchor::{LocatedTarget, locate_statement, locate_target};
use crate::annotate::history::AnnotationSet;
use crate::annotate::model::{Annotation, AnnotationId, LinkOverride, Verdict};
use parallax_engine::model::{Analysis, StatementIdx};

/// Annotations and overrides located in one analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnnotationIndex {
    /// Per annotation id, where its target was found.
    pub located: HashMap<AnnotationId, LocatedTarget>,
    /// Per statement, the annotations whose target falls on it, by id.
    pub by_statement: HashMap<StatementIdx, Vec<AnnotationId>>,
    /// Annotations with an anchor that could not be found, by id.
    pub orphans: Vec<AnnotationId>,
    /// Per pair of statements (`a < b`), the index of its override in
    /// [`AnnotationSet::overrides`].
    pub override_by_pair: HashMap<(StatementIdx, StatementIdx), usize>,
    /// Overrides whose statements could not be found, by index.
    pub orphan_overrides: Vec<usize>,
}

impl AnnotationIndex {
    pub fn build(set: &AnnotationSet, analysis: &Analysis) -> Self {
        Self::build_from(set.annotations(), set.overrides(), analysis)
    }

    /// [`build`](Self::build) from plain lists (e.g. a save file's).
    pub fn build_from(
        annotations: &[Annotation],
        overrides: &[LinkOverride],
        analysis: &Analysis,
    ) -> Self {
        let mut index = Self::default();
        for a in annotations {
            let located = locate_target(&a.target, analysis);
            if located.is_orphaned() {
                index.orphans.push(a.id);
            }
            for &s in &located.statements {
                index.by_statement.entry(s).or_default().push(a.id);
            }
            index.located.insert(a.id, located);
        }
        for (i, o) in overrides.iter().enumerate() {
            match (
                locate_statement(&o.a, analysis),
                locate_statement(&o.b, analysis),
            ) {
                (Some(x), Some(y)) => {
                    index.override_by_pair.insert((x.min(y), x.max(y)), i);
                }
                _ => index.orphan_overrides.push(i),
            }
        }
        index
    }

    /// Ids of the annotations on a statement (empty if none).
    pub fn on_statement(&self, s: StatementIdx) -> &[AnnotationId] {
        self.by_statement.get(&s).map_or(&[], Vec::as_slice)
    }

    /// The override index for a pair of statements, in either order.
    pub fn override_for(&self, x: StatementIdx, y: StatementIdx) -> Option<usize> {
        self.override_by_pair.get(&(x.min(y), x.max(y))).copied()
    }

    /// The verdict to show on a statement's marker: the most severe among its annotations
    /// (false before mostly false ... before needs checking), or `None` if none has one.
    pub fn marker_verdict(&self, set: &AnnotationSet, s: StatementIdx) -> Option<Verdict> {
        self.on_statement(s)
            .iter()
            .filter_map(|id| set.get(*id)?.verdict)
            .min_by_key(|v| marker_rank(*v))
    }
}

/// Lower ranks win the marker: the verdicts a reader must not miss come first.
fn marker_rank(v: Verdict) -> u8 {
    match v {
        Verdict::False => 0,
        Verdict::MostlyFalse => 1,
        Verdict::Mixed => 2,
        Verdict::NeedsChecking => 3,
        Verdict::Unverifiable => 4,
        Verdict::MostlyTrue => 5,
        Verdict::True => 6,
    }
}
