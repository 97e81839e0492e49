//! Level conflicts (kind `number`): two outlets give the level one change sets one thing to
//! differently ("the plan to raise the retirement age to 67" against "which would raise the
//! retirement age to 68"; "extend the deadline to 2030" against "to 2032").
//!
//! A level is read where a verb that sets a level (`level-verbs` in
//! `assets/lexicon/figure-cues.txt`: raise, lower, cut, extend, ...) is followed, within a
//! few words and in one clause, by what it changes and then "to" and a figure: "raise the
//! retirement age to 67". What is changed is the last content word before "to" (its stem,
//! "age"), or before a preposition that opens words about it ("the retirement age for
//! women"); a figure with a unit of measurement is the measurement detector's, and one
//! followed by a noun of its own ("cut to 72 seats") counts that noun, not a level. Each
//! side must give one level of the thing. Two levels of one thing that differ cannot both
//! be the change told: hard when both outlets wrote on one day, soft when on different
//! days, as a plan may have been redrawn in between.

use crate::model::{ConflictKind, Severity};
use crate::text::quantity::QuantityKind;
use crate::text::stem::stem;
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Verbs that set a level ("raise the retirement age to 67"). This module's lists are
    /// sections of `assets/lexicon/figure-cues.txt`, by name.
    LEVEL_VERBS = FIGURE_CUES["level-verbs"];

    /// Prepositions that open words about what is changed ("the retirement age for women").
    OBJECT_PREPOSITIONS = FIGURE_CUES["level-object-prepositions"];
}

/// The most words between the verb and "to" ("raise the statutory retirement age to").
const OBJECT_WORDS: usize = 5;

/// One level a statement gives: the stem of what is changed, its name as written ("retirement
/// age"), the figure as written and its value.
#[derive(Debug, Clone, PartialEq)]
struct Level {
    of: String,
    noun: String,
    written: String,
    value: f64,
}

/// The levels a statement gives (see the module documentation).
fn levels(side: &Side) -> Vec<Level> {
    let (text, parse) = (side.text(), &side.features.parse);
    let mut out = Vec::new();
    for q in &parse.quantities {
        if !matches!(
            q.kind,
            QuantityKind::Count | QuantityKind::Percent | QuantityKind::Money | QuantityKind::Year
        ) || (q.kind == QuantityKind::Count && !q.unit.is_empty())
        {
            continue;
        }
        let mut before = parse.words_before(text, q.start);
        let Some((to_at, to)) = before.next() else {
            continue;
        };
        if to != "to"
            || text
                .get(to_at + 2..q.start)
                .is_none_or(|g| !g.trim().is_empty())
        {
            continue;
        }
        // The words back to the verb, in one clause.
        let mut object: Vec<(usize, String)> = Vec::new();
        let mut verb_found = false;
        for (at, word) in before.take(OBJECT_WORDS + 1) {
            if text
                .get(at..to_at)
                .is_none_or(|g| g.contains([',', ';', ':', '(', ')']))
            {
                break;
            }
            if LEVEL_VERBS.contains(&word.as_ref()) {
                verb_found = true;
                break;
            }
            object.push((at, word.into_owned()));
        }
        if !verb_found {
            continue;
        }
        let content =
            |w: &str| w.chars().all(char::is_alphabetic) && !crate::text::lexicon::is_stop_word(w);
        // The nearest content word is what is changed, before any words about it opened
        // by a preposition ("the reward in the case"); the content words right before it
        // name it in full ("the retirement age").
        let from = object
            .iter()
            .rposition(|(_, w)| OBJECT_PREPOSITIONS.contains(&w.as_str()))
            .map_or(0, |p| p + 1);
        let Some(head) = object[from..]
            .iter()
            .position(|(_, w)| content(w))
            .map(|h| from + h)
        else {
            continue;
        };
        let mut named: Vec<&str> = object[head..]
            .iter()
            .map(|(_, w)| w.as_str())
            .take_while(|w| content(w))
            .collect();
        named.reverse();
        out.push(Level {
            of: stem(&object[head].1),
            noun: named.join(" "),
            written: q.text.clone(),
            value: q.value,
        });
    }
    out
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (la, lb) = (levels(a), levels(b));
    let ([x], [y]) = (la.as_slice(), lb.as_slice()) else {
        return None;
    };
    if x.of != y.of || x.value == y.value {
        return None;
    }
    let same_day =
        a.article_date.is_none() || b.article_date.is_none() || a.article_date == b.article_date;
    let (severity, why) = if same_day {
        (Severity::Hard, "one change cannot set both")
    } else {
        (
            Severity::Soft,
            "the two were written on different days, and a plan may have been redrawn in between",
        )
    };
    Some(Finding {
        kind: ConflictKind::Number,
        severity,
        explanation: format!(
            "the level the {} is set to differs: {} ({}) vs {} ({}); {why}",
            x.noun,
            x.written,
            a.attribution_label(),
            y.written,
            b.attribution_label()
        ),
        value_a: Some(x.written.clone()),
        value_b: Some(y.written.clone()),
        subject: super::Subject::OfItsKind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};

    /// Pairs that give one change two levels: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("a retirement age", "The Liberals could no longer support the government's plan to raise the retirement age to 67.", "The pension reform, which would raise the retirement age to 68, had split the coalition."),
        ("a deadline's year", "The council voted to extend the deadline to 2030.", "Councillors agreed to extend the deadline to 2032."),
        ("a rate", "The central bank cut its main interest rate to 4.5 percent.", "The bank cut the interest rate to 4.25 percent on Thursday."),
        ("a wage in money", "The bill would raise the minimum wage to $15 an hour.", "The bill would raise the federal minimum wage to $17."),
        ("words about what is changed", "The law would raise the retirement age for women to 65.", "It raises the retirement age to 63 for women."),
    ];

    /// Pairs that do not: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same level", "The plan would raise the retirement age to 67.", "The reform raises the retirement age to 67 by 2030."),
        ("levels of two things", "The plan would raise the retirement age to 67.", "The plan would raise the pension contribution to 12 percent."),
        ("a count with its noun", "The departure cuts the coalition to 72 seats.", "Their exit cuts the coalition to 74 seats."),
        ("no verb that sets a level", "The retirement age rose to 67 last year.", "The plan would raise the retirement age to 68."),
        ("a clause between the verb and the figure", "They raised, after a long debate, the age to 67.", "They raised the age to 68."),
    ];

    #[test]
    fn two_levels_of_one_change_are_a_conflict() {
        check_each(FLAGGED, detect, true);
        let found = between_outlets(FLAGGED[0].1, FLAGGED[0].2, detect).expect("flagged");
        assert_eq!(found.value_a.as_deref(), Some("67"));
        assert_eq!(found.value_b.as_deref(), Some("68"));
        assert!(
            found
                .explanation
                .starts_with("the level the retirement age is set to differs: 67"),
            "{}",
            found.explanation
        );
    }

    #[test]
    fn levels_that_agree_or_are_of_other_things_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }
}
