//! Opening a save against the current analysis: re-anchor every annotation and override
//! and report what attached, what moved, what was orphaned, and which sources are missing
//! or changed.

use crate::annotate::anchor::{
    Located, Resolution, anchor_source_span, find_source, locate, statement_for_range,
};
use crate::annotate::{
    Anchor, AnnotationId, AnnotationSet, SourceRef, Target, renumber_duplicate_ids,
};
use crate::store::format::{SaveFile, SourceIdentity};
use parallax_engine::model::Analysis;

/// Which saved item a report line is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Annotation(AnnotationId),
    /// Index into [`SaveFile::overrides`].
    Override(usize),
}

/// How one saved item re-attached.
#[derive(Debug, Clone, PartialEq)]
pub struct ReopenItem {
    pub item: ItemRef,
    /// The first anchor's quote, for display ("…at least eight police officers…").
    pub quote: String,
    /// The first anchor's source file name.
    pub file_name: String,
    /// The worst of its anchors: orphaned if any is, else moved if any is.
    pub resolution: Resolution,
    /// Every anchor, in order.
    pub anchors: Vec<Located>,
}

/// What happened when a save was opened against an analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReopenReport {
    /// Items (annotations and overrides) found in place.
    pub attached: usize,
    /// Items found elsewhere or with slightly changed text.
    pub moved: usize,
    /// Items with an anchor that could not be found.
    pub orphaned: usize,
    pub items: Vec<ReopenItem>,
    /// Saved sources with no file of the same hash or name in the analysis.
    pub missing_sources: Vec<SourceIdentity>,
    /// Saved sources found by name whose content changed (different hash).
    pub changed_sources: Vec<SourceIdentity>,
    /// File names in the analysis that the save does not know.
    pub new_sources: Vec<String>,
    /// Annotations whose id an earlier one of the save already had: `(saved id, new id)`.
    pub renumbered: Vec<(AnnotationId, AnnotationId)>,
}

impl ReopenReport {
    /// True when everything attached in place and the sources are the same.
    pub fn is_clean(&self) -> bool {
        self.moved == 0
            && self.orphaned == 0
            && self.missing_sources.is_empty()
            && self.changed_sources.is_empty()
            && self.renumbered.is_empty()
    }

    /// The orphaned items.
    pub fn orphans(&self) -> impl Iterator<Item = &ReopenItem> {
        self.items.iter().filter(|i| i.resolution.is_orphaned())
    }

    /// One line for a status bar: "12 annotations: 10 in place, 1 moved, 1 orphaned".
    pub fn summary(&self) -> String {
        let total = self.attached + self.moved + self.orphaned;
        let mut s = format!(
            "{total} saved item{}: {} in place, {} moved, {} orphaned",
            if total == 1 { "" } else { "s" },
            self.attached,
            self.moved,
            self.orphaned
        );
        if !self.missing_sources.is_empty() {
            s.push_str(&format!(
                "; {} source(s) missing",
                self.missing_sources.len()
            ));
        }
        if !self.changed_sources.is_empty() {
            s.push_str(&format!(
                "; {} source(s) changed",
                self.changed_sources.len()
            ));
        }
        if !self.renumbered.is_empty() {
            s.push_str(&format!(
                "; {} annotation(s) had an id already in use and were given new ids",
                self.renumbered.len()
            ));
        }
        s
    }
}

/// The report alone, without changing anything.
pub fn reopen_report(save: &SaveFile, analysis: &Analysis) -> ReopenReport {
    reopen(save, analysis).1
}

/// Re-anchor a save against `analysis`: found anchors are refreshed to the current text
/// (offsets, quote, context and source hash), orphans keep their saved anchor. Returns the
/// clean annotation set to work on and the report.
pub fn reopen(save: &SaveFile, analysis: &Analysis) -> (AnnotationSet, ReopenReport) {
    let mut report = ReopenReport::default();
    let mut annotations = save.annotations.clone();
    report.renumbered = renumber_duplicate_ids(&mut annotations);
    for a in &mut annotations {
        let statement_level = !matches!(a.target, Target::Span(_));
        let item = reanchor(
            ItemRef::Annotation(a.id),
            a.target.anchors_mut(),
            statement_level,
            analysis,
        );
        report.add(item);
    }
    let mut overrides = save.overrides.clone();
    for (i, o) in overrides.iter_mut().enumerate() {
        let item = reanchor(
            ItemRef::Override(i),
            vec![&mut o.a, &mut o.b],
            true,
            analysis,
        );
        report.add(item);
    }
    for s in &save.set.sources {
        let by_hash = analysis
            .sources
            .iter()
            .any(|x| !s.content_hash.is_empty() && x.content_hash == s.content_hash);
        let by_name = analysis.sources.iter().any(|x| x.file_name == s.file_name);
        if !by_hash && by_name {
            // A save without a hash (written before hashing) cannot tell a change.
            if !s.content_hash.is_empty() {
                report.changed_sources.push(s.clone());
            }
        } else if !by_hash && !by_name {
            report.missing_sources.push(s.clone());
        }
    }
    report.new_sources = analysis
        .sources
        .iter()
        .filter(|x| {
            !save.set.sources.iter().any(|s| {
                s.file_name == x.file_name
                    || (!s.content_hash.is_empty() && s.content_hash == x.content_hash)
            })
        })
        .map(|x| x.file_name.clone())
        .collect();
    let set = AnnotationSet::from_parts(annotations, overrides)
        .with_source_corrections(save.source_corrections.clone());
    (set, report)
}

impl ReopenReport {
    fn add(&mut self, item: ReopenItem) {
        match item.resolution {
            Resolution::Attached { .. } => self.attached += 1,
            Resolution::Moved { .. } => self.moved += 1,
            Resolution::Orphaned => self.orphaned += 1,
        }
        self.items.push(item);
    }
}

/// Locate each anchor and refresh it to the current text. Anchors of statement-level
/// targets (statement, fact, link, override) are snapped to the whole statement they now
/// fall on, so they match anchors made afresh from the analysis even after the sentence
/// splitting changed; a snap that changes the range counts as a move.
fn reanchor(
    item: ItemRef,
    anchors: Vec<&mut Anchor>,
    statement_level: bool,
    analysis: &Analysis,
) -> ReopenItem {
    let quote = anchors
        .first()
        .map(|a| a.quote.exact.clone())
        .unwrap_or_default();
    let file_name = anchors
        .first()
        .map(|a| a.source.file_name.clone())
        .unwrap_or_default();
    let mut located = Vec::with_capacity(anchors.len());
    for anchor in anchors {
        let mut found = locate(anchor, analysis);
        if let Some((i, start, end)) = found.span() {
            let source = &analysis.sources[i.0];
            let identity = SourceRef {
                file_name: source.file_name.clone(),
                content_hash: source.content_hash.clone(),
            };
            let snapped = statement_level
                .then(|| statement_for_range(analysis, i, start, end))
                .flatten()
                .map(|s| analysis.statement(s))
                .map(|s| (s.start, s.end));
            let (new_start, new_end) = snapped.unwrap_or((start, end));
            if (new_start, new_end) != (start, end) {
                found.resolution = Resolution::Moved {
                    start: new_start,
                    end: new_end,
                };
            }
            if let Ok(fresh) = anchor_source_span(identity, source, new_start, new_end) {
                *anchor = fresh;
            }
        }
        located.push(found);
    }
    let worst = if located.is_empty() {
        Resolution::Orphaned
    } else {
        worst_resolution(&located)
    };
    ReopenItem {
        item,
        quote,
        file_name,
        resolution: worst,
        anchors: located,
    }
}

/// Orphaned if any anchor is, else the first move, else the first attachment.
fn worst_resolution(located: &[Located]) -> Resolution {
    located
        .iter()
        .map(|l| l.resolution)
        .find(|r| r.is_orphaned())
        .or_else(|| {
            located
                .iter()
                .map(|l| l.resolution)
                .find(|r| matches!(r, Resolution::Moved { .. }))
        })
        .unwrap_or(located[0].resolution)
}

/// Whether an anchor's source is in the analysis (by hash, else by name).
pub fn source_present(anchor: &Anchor, analysis: &Analysis) -> bool {
    find_source(analysis, &anchor.source).is_some()
}
