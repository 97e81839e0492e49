//! Resolving the user's annotations against an analysis into the report's
//! [`AnnotationRow`]s: each anchor is located again (its source by content hash or file
//! name, its text by quote and context), mapped to the statement, fact and link it falls
//! on, and marked orphaned when its text cannot be found.

use chrono::SecondsFormat;

use super::report::{AnchorView, AnnotationRow, EvidenceView, TargetKind, VerdictView};
use crate::annotate::anchor::{anchor_text, locate_target, statement_for_range};
use crate::annotate::{Annotation, AnnotationSet, SourceRef, Target, Verdict};
use crate::model::{Analysis, LinkIdx};

impl From<Verdict> for VerdictView {
    fn from(v: Verdict) -> Self {
        VerdictView {
            key: v.name(),
            label: v.label(),
            colour: v.colour_hex(),
            rating: v.rating(),
        }
    }
}

/// Every annotation of `set` as a report row, in id order.
pub fn annotation_rows(analysis: &Analysis, set: &AnnotationSet) -> Vec<AnnotationRow> {
    set.annotations()
        .iter()
        .map(|a| annotation_row(analysis, a))
        .collect()
}

/// One annotation as a report row.
pub fn annotation_row(analysis: &Analysis, a: &Annotation) -> AnnotationRow {
    let located = locate_target(&a.target, analysis);
    let saved = a.target.anchors();
    let anchors: Vec<AnchorView> = saved
        .iter()
        .zip(&located.anchors)
        .map(|(anchor, found)| {
            let source = found.source.and_then(|s| analysis.sources.get(s.0));
            let source_label = source
                .map(|s| s.label().to_string())
                .unwrap_or_else(|| anchor.source.file_name.clone());
            match (found.span(), source) {
                (Some((idx, start, end)), Some(src)) => {
                    // Read quote and context from the current text.
                    let fresh = anchor_text(
                        SourceRef {
                            file_name: src.file_name.clone(),
                            content_hash: src.content_hash.clone(),
                        },
                        &src.stored_text,
                        start,
                        end,
                    )
                    .ok();
                    let quote = fresh.as_ref().map(|f| &f.quote).unwrap_or(&anchor.quote);
                    AnchorView {
                        source: Some(idx),
                        source_label,
                        file_name: src.file_name.clone(),
                        statement_id: statement_for_range(analysis, idx, start, end)
                            .map(|s| analysis.statements[s.0].id.clone()),
                        quote: quote.exact.clone(),
                        prefix: quote.prefix.clone(),
                        suffix: quote.suffix.clone(),
                        start,
                        end,
                    }
                }
                _ => AnchorView {
                    source: found.source,
                    source_label,
                    file_name: anchor.source.file_name.clone(),
                    statement_id: None,
                    quote: anchor.quote.exact.clone(),
                    prefix: anchor.quote.prefix.clone(),
                    suffix: anchor.quote.suffix.clone(),
                    start: anchor.position.start,
                    end: anchor.position.end,
                },
            }
        })
        .collect();
    let target_kind = match &a.target {
        Target::Statement(_) => TargetKind::Statement,
        Target::Fact(_) => TargetKind::Fact,
        Target::Link { .. } => TargetKind::Link,
        Target::Span(_) => TargetKind::Selection,
    };
    let link = match (&a.target, located.statements.as_slice()) {
        (Target::Link { .. }, [x, y]) => analysis
            .links
            .iter()
            .position(|l| (l.a == *x && l.b == *y) || (l.a == *y && l.b == *x))
            .map(LinkIdx),
        _ => None,
    };
    let fact_id = link
        .and_then(|l| {
            analysis
                .facts
                .iter()
                .find(|f| f.links.contains(&l))
                .map(|f| f.id.clone())
        })
        .or_else(|| {
            if target_kind == TargetKind::Selection {
                return None;
            }
            located
                .statements
                .iter()
                .find_map(|s| analysis.fact_of(*s))
                .map(|f| analysis.facts[f.0].id.clone())
        });
    AnnotationRow {
        id: a.id.to_string(),
        target_kind,
        fact_id,
        link,
        anchors,
        orphan: located.is_orphaned(),
        verdict: a.verdict.map(VerdictView::from),
        note: a.note.clone(),
        tags: a.tags.clone(),
        evidence: a
            .evidence
            .iter()
            .map(|e| EvidenceView {
                label: e.label.clone(),
                url: e.url.clone(),
            })
            .collect(),
        author: Some(a.author.trim().to_string()).filter(|s| !s.is_empty()),
        created: Some(a.created.to_rfc3339_opts(SecondsFormat::Secs, true)),
        modified: Some(a.modified.to_rfc3339_opts(SecondsFormat::Secs, true)),
    }
}
