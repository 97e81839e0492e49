//! Figure conflicts beyond tolls: two statements already judged to report one fact give
//! figures of the same counted thing (bombs, refugees, dollars, per cent) that cannot both
//! be true.
//!
//! [`super::number`] knows tolls and crowds (an event of a population: killed, injured,
//! detained, marching). Most figures in the news count something else: "five bombs",
//! "a $141 billion loan", "stocks fell 5.4 per cent", "22,000 refugees". Here the measure
//! is read from the figure itself: its kind and what it counts (the stem of its counted
//! noun, or its currency as the figure reader names it). A pair is compared only when the reading is unambiguous: each
//! statement gives exactly one figure of that measure, and neither statement gives the
//! other's value anywhere (else the two figures are most likely two different parts of
//! the story: "five bombs were dropped, of which four exploded").
//!
//! Figures of a toll or crowd are left to [`super::number`] with its rules for parts,
//! totals, days and places. Background statements and pairs that tell of different days
//! are not compared, as there.

use crate::align::Features;
use crate::model::{ConflictKind, Severity};
use crate::text::normalize::stem;
use crate::text::quantity::{Bound, Quantity, QuantityKind};

use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side, number};

/// What a figure counts, when the figure alone tells it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Counted {
    /// A count of things: the stem of the counted noun ("bomb" for "five bombs").
    Things(String),
    /// An amount of money in one currency (as the figure reader names it: "dollars").
    Money(String),
    /// A percentage.
    Percent,
}

impl Counted {
    fn label(&self, q: &Quantity) -> String {
        match self {
            Counted::Things(_) => q.counted_noun().to_string(),
            Counted::Money(_) => "amount".to_string(),
            Counted::Percent => "share or change".to_string(),
        }
    }
}

/// Counted nouns that do not name a thing to count across outlets: units of time and
/// order ("three days", "the second time") and words that only repeat the figure.
const NOT_COUNTED: &[&str] = &[
    "time", "day", "week", "month", "year", "hour", "minut", "second", "decad", "centuri",
    "percent", "per", "cent", "point", "of", "and", "or", "to", "in", "on", "at", "the",
];

fn counted(features: &Features, q: &Quantity) -> Option<Counted> {
    match q.kind {
        QuantityKind::Money if !q.unit.is_empty() => Some(Counted::Money(q.unit.clone())),
        QuantityKind::Percent => Some(Counted::Percent),
        // People are counted by the toll detector, with its rules for parts and wholes.
        QuantityKind::Count if number::counts_people(features, q) => None,
        QuantityKind::Count => {
            let noun = q.counted_noun().to_lowercase();
            if noun.is_empty() || !noun.chars().all(char::is_alphabetic) {
                return None;
            }
            let stemmed = stem(&noun);
            (!NOT_COUNTED.contains(&stemmed.as_str())).then_some(Counted::Things(stemmed))
        }
        _ => None,
    }
}

/// The figures of a statement that the toll detector does not measure, each with what it
/// counts.
fn figures<'f>(side: &Side<'f>) -> Vec<(&'f Quantity, Counted)> {
    figures_of(side.features, side.text())
}

/// [`figures`] of a statement's features and text.
pub(crate) fn figures_of<'f>(features: &'f Features, text: &str) -> Vec<(&'f Quantity, Counted)> {
    let tolls: Vec<*const Quantity> = number::measured(features, text)
        .into_iter()
        .map(|(q, _)| q as *const Quantity)
        .collect();
    features
        .quantities
        .iter()
        .filter(|q| !tolls.contains(&(*q as *const Quantity)))
        .filter_map(|q| counted(features, q).map(|c| (q, c)))
        .collect()
}

/// Does the statement give this value in any figure?
fn gives_value(side: &Side, value: f64) -> bool {
    side.features
        .quantities
        .iter()
        .any(|q| (q.value - value).abs() <= 1e-9 * value.abs().max(1.0))
}

/// A figure rough enough to be said loosely of any amount near it ("dozens", "a few").
fn rough(q: &Quantity) -> bool {
    q.bound == Bound::Vague && q.low < 100.0
}

/// Compare the figures of two linked statements that count the same thing.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    detect_traced(a, b, &mut Vec::new())
}

/// [`detect`], recording each pair of figures it compared and what decided it.
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<Finding> {
    let fa = figures(a);
    let fb = figures(b);
    if !fa.iter().any(|(_, ca)| fb.iter().any(|(_, cb)| ca == cb)) {
        return None; // nothing of one measure to compare
    }
    let mut record = |qa: &Quantity, qb: &Quantity, verdict: Verdict| {
        checks.push(Check {
            value_a: qa.text.clone(),
            value_b: qb.text.clone(),
            verdict,
        })
    };
    // A running total ("in their five operations so far") against one occasion's figure
    // is a whole against its part.
    let kept_whole = if number::is_background(a) || number::is_background(b) {
        Some(Rule::Background)
    } else if number::is_running_total(a.text()) != number::is_running_total(b.text()) {
        Some(Rule::RunningTotal)
    } else {
        None
    };
    for (qa, ca) in &fa {
        if fa.iter().filter(|(_, c)| c == ca).count() != 1 {
            continue;
        }
        let Some((qb, _)) = fb.iter().find(|(_, c)| c == ca) else {
            continue;
        };
        if fb.iter().filter(|(_, c)| c == ca).count() != 1 {
            continue;
        }
        if let Some(rule) = kept_whole {
            record(qa, qb, Verdict::Kept(rule));
            continue;
        }
        if qa.value == qb.value && qa.bound == qb.bound {
            record(qa, qb, Verdict::Kept(Rule::SameFigure));
            continue;
        }
        if qa.compatible_with(qb) || rough(qa) || rough(qb) {
            record(qa, qb, Verdict::Kept(Rule::SamePrecision));
            continue;
        }
        if gives_value(a, qb.value) || gives_value(b, qa.value) {
            record(qa, qb, Verdict::Kept(Rule::FigureElsewhere));
            continue;
        }
        if super::date::on_different_days(a, b) {
            record(qa, qb, Verdict::Kept(Rule::DifferentDays));
            return None;
        }
        let severity = if qa.bound == Bound::Vague || qb.bound == Bound::Vague {
            Severity::Soft
        } else {
            Severity::Hard
        };
        let why = if severity == Severity::Hard {
            "the figures cannot both be true"
        } else {
            "the figures differ, but one is only a rough amount"
        };
        record(qa, qb, Verdict::Flagged(severity));
        return Some(Finding {
            kind: ConflictKind::Number,
            severity,
            explanation: format!(
                "{}: {} ({}) vs {} ({}); {why}",
                ca.label(qa),
                qa.text,
                a.attribution_label(),
                qb.text,
                b.attribution_label()
            ),
            value_a: Some(qa.text.clone()),
            value_b: Some(qb.text.clone()),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::between_outlets;

    fn compare(a: &str, b: &str) -> Option<Finding> {
        between_outlets(a, b, detect)
    }

    #[test]
    fn money_and_percentages_of_one_fact_are_compared() {
        let found = compare(
            "Greek stocks plunged 5.4 per cent on the news.",
            "Greek stocks closed down 3.9 percent.",
        )
        .expect("two falls of one index");
        assert_eq!(found.severity, Severity::Hard);
        let found = compare(
            "The euro110 billion ($141 billion) loan package was agreed on Sunday.",
            "Greece will get a $144 billion bailout.",
        )
        .expect("two amounts in dollars");
        assert!(
            found.explanation.contains("$141 billion"),
            "{}",
            found.explanation
        );
    }

    #[test]
    fn things_counted_are_compared_by_their_noun() {
        assert!(
            compare(
                "Rebels fired 40 rockets at the town.",
                "The rebels fired 25 rockets."
            )
            .is_some()
        );
        // Different things, and one figure in two places of the story.
        assert!(
            compare(
                "Rebels fired 40 rockets at the town.",
                "They destroyed 25 tanks."
            )
            .is_none()
        );
        assert!(
            compare(
                "Five bombs were dropped, of which four exploded.",
                "An Antonov bomber dropped four bombs.",
            )
            .is_none()
        );
    }

    #[test]
    fn people_totals_and_rough_amounts_are_left_to_others() {
        // Counts of people belong to the toll detector.
        assert!(
            compare(
                "At least 19 people were treated at hospitals.",
                "Sixteen people were treated."
            )
            .is_none()
        );
        // A running total against one occasion.
        assert!(
            compare(
                "In their five operations so far, the crew confiscated 14 rifles.",
                "During the operation, six rifles were confiscated.",
            )
            .is_none()
        );
        assert!(
            compare(
                "Dozens of rockets hit the town.",
                "The rebels fired 25 rockets."
            )
            .is_none()
        );
    }
}
