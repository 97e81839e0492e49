//! Resolving the user's annotations against an analysis into the report's
//! [`AnnotationRow`]s: each anchor is located again (its source by content hash or file
//! name, its text by quote and context), mapped to the statement, fact and link it falls
//! on, and marked orphaned when its text cannot be found. The user's link decisions
//! become [`LinkDecisionRow`]s the same way, with what each one did and what the engine
//! had said about the pair.

use chrono::SecondsFormat;

use super::report::{
    AnchorView, AnnotationRow, DecisionKind, DecisionSide, EvidenceView, LinkDecisionRow,
    MachineView, PlaceView, TargetKind, VerdictView,
};
use crate::annotate::anchor::{
    anchor_source_span, find_source, locate_statement, locate_target, statement_for_range,
};
use crate::annotate::overrides::{OverrideEffect, OverrideOutcome};
use crate::annotate::{
    Anchor, Annotation, AnnotationSet, LinkOverride, OverrideDecision, SourceRef, Target, Verdict,
};
use parallax_engine::model::{Analysis, Link, LinkIdx, Relation, StatementIdx};

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
                    let fresh = anchor_source_span(
                        SourceRef {
                            file_name: src.file_name.clone(),
                            content_hash: src.content_hash.clone(),
                        },
                        src,
                        start,
                        end,
                    )
                    .ok();
                    let quote = fresh.as_ref().map(|f| &f.quote).unwrap_or(&anchor.quote);
                    AnchorView {
                        place: PlaceView {
                            source: Some(idx),
                            source_label,
                            file_name: src.file_name.clone(),
                            statement_id: statement_for_range(analysis, idx, start, end)
                                .map(|s| analysis.statements[s.0].id.clone()),
                        },
                        quote: quote.exact.clone(),
                        prefix: quote.prefix.clone(),
                        suffix: quote.suffix.clone(),
                        start,
                        end,
                    }
                }
                _ => AnchorView {
                    place: PlaceView {
                        source: found.source,
                        source_label,
                        file_name: anchor.source.file_name.clone(),
                        statement_id: None,
                    },
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
        review: a.review.map(|r| r.label()),
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

impl From<OverrideDecision> for DecisionKind {
    fn from(d: OverrideDecision) -> Self {
        match d {
            OverrideDecision::Confirm => DecisionKind::Confirmed,
            OverrideDecision::Reject => DecisionKind::Rejected,
            OverrideDecision::AddMatch => DecisionKind::AddedMatch,
            OverrideDecision::AddConflict => DecisionKind::AddedConflict,
        }
    }
}

fn relation_name(relation: Relation) -> &'static str {
    match relation {
        Relation::Match => "match",
        Relation::Conflict => "conflict",
    }
}

/// A link as the engine made it.
pub fn machine_view(link: &Link) -> MachineView {
    let conflict = link
        .conflict
        .as_ref()
        .filter(|_| link.relation == Relation::Conflict);
    MachineView {
        relation: relation_name(link.relation),
        conflict_kind: conflict.map(|c| c.kind.name()),
        severity: conflict.map(|c| c.severity),
        explanation: conflict.map(|c| c.explanation.clone()).unwrap_or_default(),
        score: link.score,
        reasons: link.reasons.clone(),
    }
}

/// Every link decision of an annotation set as a report row, in the order of
/// [`AnnotationSet::overrides`]. `original` is the engine's analysis and `corrected` the
/// result of [`crate::annotate::overrides::apply_overrides_with_report`] on it, whose
/// `outcomes` say what each decision did.
pub fn link_decision_rows(
    original: &Analysis,
    corrected: &Analysis,
    overrides: &[LinkOverride],
    outcomes: &[OverrideOutcome],
) -> Vec<LinkDecisionRow> {
    overrides
        .iter()
        .enumerate()
        .map(|(index, o)| {
            let outcome = outcomes.iter().find(|x| x.index == index);
            link_decision_row(original, corrected, index, o, outcome)
        })
        .collect()
}

/// One link decision as a report row (see [`link_decision_rows`]).
pub fn link_decision_row(
    original: &Analysis,
    corrected: &Analysis,
    index: usize,
    decision: &LinkOverride,
    outcome: Option<&OverrideOutcome>,
) -> LinkDecisionRow {
    let kind = DecisionKind::from(decision.decision);
    let found_a = locate_statement(&decision.a, original);
    let found_b = locate_statement(&decision.b, original);
    let mut a = decision_side(original, &decision.a, found_a);
    let mut b = decision_side(original, &decision.b, found_b);
    // Both found: show them in the order of the texts (source 1 before source 2).
    if let (Some(x), Some(y)) = (found_a, found_b)
        && x > y
    {
        std::mem::swap(&mut a, &mut b);
    }
    let pair = outcome
        .and_then(|o| o.statements)
        .or(match (found_a, found_b) {
            (Some(x), Some(y)) => Some((x.min(y), x.max(y))),
            _ => None,
        });
    let find_link = |analysis: &Analysis, (x, y): (StatementIdx, StatementIdx)| {
        analysis
            .links
            .iter()
            .position(|l| (l.a == x && l.b == y) || (l.a == y && l.b == x))
    };
    let machine = match outcome.map(|o| &o.effect) {
        Some(OverrideEffect::Removed(link)) => Some(machine_view(link)),
        _ => pair
            .and_then(|p| find_link(original, p))
            .map(|i| machine_view(&original.links[i])),
    };
    let effect = outcome
        .map(|o| o.effect.clone())
        .unwrap_or(OverrideEffect::Orphaned);
    let link = match effect {
        OverrideEffect::Confirmed
        | OverrideEffect::Added
        | OverrideEffect::Changed { .. }
        | OverrideEffect::AlreadyThere => pair.and_then(|p| find_link(corrected, p)).map(LinkIdx),
        _ => None,
    };
    // The fact of the exported link, else of its first statement (as the conflict rows).
    let fact_id = link.and_then(|l| {
        corrected
            .facts
            .iter()
            .find(|f| f.links.contains(&l))
            .or_else(|| {
                corrected
                    .fact_of(corrected.links[l.0].a)
                    .map(|f| &corrected.facts[f.0])
            })
            .map(|f| f.id.clone())
    });
    let orphan =
        matches!(effect, OverrideEffect::Orphaned) || found_a.is_none() || found_b.is_none();
    let applied = matches!(
        effect,
        OverrideEffect::Confirmed
            | OverrideEffect::Removed(_)
            | OverrideEffect::Added
            | OverrideEffect::Changed { .. }
            | OverrideEffect::AlreadyThere
    );
    LinkDecisionRow {
        index,
        id: format!("d{}", index + 1),
        kind,
        a,
        b,
        reason: decision.reason.trim().to_string(),
        orphan,
        effect: effect_text(&effect, decision.decision),
        applied,
        machine,
        link,
        fact_id,
    }
}

fn decision_side(
    analysis: &Analysis,
    anchor: &Anchor,
    found: Option<StatementIdx>,
) -> DecisionSide {
    match found.and_then(|i| analysis.statements.get(i.0).map(|s| (i, s))) {
        Some((_, st)) => {
            let src = &analysis.sources[st.source.0];
            DecisionSide {
                place: PlaceView {
                    source: Some(st.source),
                    source_label: src.label().to_string(),
                    file_name: src.file_name.clone(),
                    statement_id: Some(st.id.clone()),
                },
                text: st.text.clone(),
                found: true,
            }
        }
        None => {
            let source = find_source(analysis, &anchor.source);
            let src = source.and_then(|s| analysis.sources.get(s.0));
            DecisionSide {
                place: PlaceView {
                    source,
                    source_label: src
                        .map(|s| s.label().to_string())
                        .unwrap_or_else(|| anchor.source.file_name.clone()),
                    file_name: anchor.source.file_name.clone(),
                    statement_id: None,
                },
                text: anchor.quote.exact.clone(),
                found: false,
            }
        }
    }
}

/// What a decision did, in one line.
fn effect_text(effect: &OverrideEffect, decision: OverrideDecision) -> String {
    match effect {
        OverrideEffect::Confirmed => "kept the engine's link, marked as confirmed".into(),
        OverrideEffect::Removed(link) => {
            format!("removed the engine's {}", relation_name(link.relation))
        }
        OverrideEffect::Added => format!(
            "added a {} the engine had not made",
            match decision {
                OverrideDecision::AddConflict => "conflict",
                _ => "match",
            }
        ),
        OverrideEffect::Changed { from, to } => format!(
            "turned the engine's {} into a {}",
            relation_name(*from),
            relation_name(*to)
        ),
        OverrideEffect::AlreadyThere => "the engine had made the same link; reason noted".into(),
        OverrideEffect::NoLink => format!(
            "the engine does not link these statements: nothing to {}",
            match decision {
                OverrideDecision::Reject => "reject",
                _ => "confirm",
            }
        ),
        OverrideEffect::Orphaned => {
            "orphaned: a statement could not be found in these articles; nothing changed".into()
        }
        OverrideEffect::Invalid => {
            "both ends are in the same source: not a link between sources; nothing changed".into()
        }
    }
}
