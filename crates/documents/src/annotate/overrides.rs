//! Link overrides applied to an analysis: confirmed, rejected and hand-made links change
//! the links, conflicts and facts that the views, the matrix and the exports show.
//!
//! [`apply_overrides`] returns a corrected copy of the analysis: rejected links are
//! removed (with their conflicts), added links are inserted with the reason
//! `"added by hand: …"`, confirmed links get `"confirmed by hand: …"` as their first
//! reason, and the facts are rebuilt with [`parallax_engine::facts::build_facts`]. Overrides whose
//! statements cannot be found any more change nothing and are reported as orphaned.

use crate::annotate::anchor::locate_statement;
use crate::annotate::history::AnnotationSet;
use crate::annotate::model::{LinkOverride, OverrideDecision};
use parallax_engine::model::{
    Analysis, Conflict, ConflictKind, Link, Relation, Severity, StatementIdx,
};

/// First words of the reason given to a link the user added.
pub const ADDED_BY_HAND: &str = "added by hand";
/// First words of the reason given to a link the user confirmed.
pub const CONFIRMED_BY_HAND: &str = "confirmed by hand";

/// What one override did to the analysis.
#[derive(Debug, Clone, PartialEq)]
pub enum OverrideEffect {
    /// A machine-made link was confirmed (it is kept, with a reason saying so).
    Confirmed,
    /// A machine-made link was removed; here it is, for a "rejected links" list.
    Removed(Link),
    /// A new link was inserted.
    Added,
    /// An existing link was turned into a match or into a conflict.
    Changed { from: Relation, to: Relation },
    /// Added as what it already was (a match added over a match): reason noted only.
    AlreadyThere,
    /// Confirm or reject of a pair the engine does not link (any more): nothing to do.
    NoLink,
    /// One of the statements could not be found in this analysis.
    Orphaned,
    /// Both anchors fall on the same statement, or on two of one source.
    Invalid,
}

/// The outcome of one override, by its index in [`AnnotationSet::overrides`].
#[derive(Debug, Clone, PartialEq)]
pub struct OverrideOutcome {
    pub index: usize,
    pub decision: OverrideDecision,
    /// The pair as found, `a < b`, unless orphaned.
    pub statements: Option<(StatementIdx, StatementIdx)>,
    pub effect: OverrideEffect,
}

/// The analysis with the user's link overrides applied (see the module docs). Machine
/// links keep their order (minus the rejected ones); added links come after them.
pub fn apply_overrides(analysis: &Analysis, annotations: &AnnotationSet) -> Analysis {
    apply_overrides_with_report(analysis, annotations).0
}

/// [`apply_overrides`], also saying what each override did.
pub fn apply_overrides_with_report(
    analysis: &Analysis,
    annotations: &AnnotationSet,
) -> (Analysis, Vec<OverrideOutcome>) {
    apply_override_list(analysis, annotations.overrides())
}

/// [`apply_overrides_with_report`] for a plain list of overrides (e.g. from a save file).
pub fn apply_override_list(
    analysis: &Analysis,
    overrides: &[LinkOverride],
) -> (Analysis, Vec<OverrideOutcome>) {
    let mut out = analysis.clone();
    let mut outcomes = Vec::with_capacity(overrides.len());
    let mut touched = false;
    let mut hand_conflicts = Vec::new();
    for (index, o) in overrides.iter().enumerate() {
        let mut outcome = OverrideOutcome {
            index,
            decision: o.decision,
            statements: None,
            effect: OverrideEffect::Orphaned,
        };
        let (Some(x), Some(y)) = (
            locate_statement(&o.a, analysis),
            locate_statement(&o.b, analysis),
        ) else {
            outcomes.push(outcome);
            continue;
        };
        let (a, b) = (x.min(y), x.max(y));
        outcome.statements = Some((a, b));
        if a == b || analysis.statement(a).source == analysis.statement(b).source {
            outcome.effect = OverrideEffect::Invalid;
            outcomes.push(outcome);
            continue;
        }
        let existing = out.links.iter().position(|l| l.a == a && l.b == b);
        outcome.effect = match (o.decision, existing) {
            (OverrideDecision::Confirm, Some(i)) => {
                out.links[i]
                    .reasons
                    .insert(0, reason_text(CONFIRMED_BY_HAND, &o.reason));
                OverrideEffect::Confirmed
            }
            (OverrideDecision::Reject, Some(i)) => OverrideEffect::Removed(out.links.remove(i)),
            (OverrideDecision::Confirm | OverrideDecision::Reject, None) => OverrideEffect::NoLink,
            (OverrideDecision::AddMatch, Some(i)) => {
                let link = &mut out.links[i];
                link.reasons
                    .insert(0, reason_text(ADDED_BY_HAND, &o.reason));
                let from = link.relation;
                link.relation = Relation::Match;
                link.conflict = None;
                if from == Relation::Match {
                    OverrideEffect::AlreadyThere
                } else {
                    OverrideEffect::Changed {
                        from,
                        to: Relation::Match,
                    }
                }
            }
            (OverrideDecision::AddConflict, Some(i)) => {
                let link = &mut out.links[i];
                link.reasons
                    .insert(0, reason_text(ADDED_BY_HAND, &o.reason));
                if link.relation == Relation::Conflict {
                    OverrideEffect::AlreadyThere
                } else {
                    hand_conflicts.push((a, b, o.reason.clone()));
                    OverrideEffect::Changed {
                        from: Relation::Match,
                        to: Relation::Conflict,
                    }
                }
            }
            (OverrideDecision::AddMatch, None) => {
                out.links.push(hand_link(a, b, &o.reason));
                OverrideEffect::Added
            }
            (OverrideDecision::AddConflict, None) => {
                out.links.push(hand_link(a, b, &o.reason));
                hand_conflicts.push((a, b, o.reason.clone()));
                OverrideEffect::Added
            }
        };
        touched |= !matches!(
            outcome.effect,
            OverrideEffect::NoLink | OverrideEffect::Orphaned | OverrideEffect::Invalid
        );
        outcomes.push(outcome);
    }
    if !hand_conflicts.is_empty() {
        let typed = classify_pairs(analysis, &hand_conflicts);
        for ((a, b, reason), machine) in hand_conflicts.iter().zip(typed) {
            if let Some(link) = out.links.iter_mut().find(|l| l.a == *a && l.b == *b) {
                link.relation = Relation::Conflict;
                link.conflict = Some(hand_conflict(reason, machine));
            }
        }
    }
    if touched {
        out.facts = parallax_engine::facts::build_facts(&out);
    }
    (out, outcomes)
}

/// Whether a link carries a decision made by hand (added or confirmed).
pub fn is_hand_made(link: &Link) -> bool {
    link.reasons.iter().any(|r| r.starts_with(ADDED_BY_HAND))
}

/// Whether the user confirmed this link.
pub fn is_confirmed(link: &Link) -> bool {
    link.reasons
        .iter()
        .any(|r| r.starts_with(CONFIRMED_BY_HAND))
}

fn reason_text(head: &str, reason: &str) -> String {
    let reason = reason.trim();
    if reason.is_empty() {
        head.to_string()
    } else {
        format!("{head}: {reason}")
    }
}

fn hand_link(a: StatementIdx, b: StatementIdx, reason: &str) -> Link {
    Link {
        a,
        b,
        relation: Relation::Match,
        score: 1.0,
        reasons: vec![reason_text(ADDED_BY_HAND, reason)],
        conflict: None,
        checks: Vec::new(),
    }
}

/// The engine's own reading of each pair as a conflict, when it finds one: the type and
/// the values on each side.
fn classify_pairs(
    analysis: &Analysis,
    pairs: &[(StatementIdx, StatementIdx, String)],
) -> Vec<Option<Conflict>> {
    pairs
        .iter()
        .map(|(a, b, _)| parallax_engine::conflict::classify_pair(analysis, *a, *b))
        .collect()
}

/// A conflict the user declared: typed by the engine when it can (keeping its kind,
/// severity and values, so "compatible: a lower bound" stays soft), else a hard conflict of
/// the kind `declared`, explained by the user's reason alone.
fn hand_conflict(reason: &str, machine: Option<Conflict>) -> Conflict {
    let text = reason_text(ADDED_BY_HAND, reason);
    match machine {
        Some(c) => Conflict {
            explanation: format!("{} ({text})", c.explanation),
            ..c
        },
        None => Conflict {
            kind: ConflictKind::Declared,
            severity: Severity::Hard,
            explanation: text,
            value_a: None,
            value_b: None,
            also: Vec::new(),
        },
    }
}
