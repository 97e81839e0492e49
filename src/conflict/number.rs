//! Number conflicts: two statements give different figures for the same measure (the same
//! event, such as killed or detained, of the same population, such as security forces).
//!
//! Figures are intervals ([`Quantity::low`]..[`Quantity::high`]): disjoint intervals cannot
//! both be true (hard); overlapping ones with different nominal values are compatible but
//! differ in precision or bound (soft), and the explanation says why.

use crate::align::Features;
use crate::model::{ConflictKind, Severity};
use crate::text::normalize::TermKind;
use crate::text::quantity::{Bound, Quantity, QuantityKind};

use super::{Finding, Side};

/// Event concepts a count can measure, with the words used in explanations.
const EVENTS: &[(&str, &str)] = &[
    ("KILL", "killed"),
    ("INJURE", "injured"),
    ("DETAIN", "detained"),
    ("STORM", "storming"),
    ("SEND", "sent"),
    ("PROTEST", "protesting"),
    ("INCREASE", "rise"),
    ("REVERSE", "cut"),
];

/// Nouns before "of" that make the figure after them a population ("a nation of 19 million").
const POPULATION_HEADS: &[&str] = &[
    "nation",
    "country",
    "population",
    "city",
    "state",
    "region",
    "province",
];

/// Who is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Population {
    Security,
    Troops,
    Protesters,
    /// "people", "civilians", "residents": everyone or the public at large.
    People,
    Unknown,
}

impl Population {
    fn label(self) -> &'static str {
        match self {
            Self::Security => "security forces ",
            Self::Troops => "troops ",
            Self::Protesters => "protesters ",
            Self::People => "people ",
            Self::Unknown => "",
        }
    }

    /// Can two counts of these populations be counts of the same thing? A count of the
    /// security forces is its own measure, distinct from a count of all people.
    fn compatible(self, other: Population) -> bool {
        use Population::*;
        match (self, other) {
            (a, b) if a == b => true,
            (Unknown, _) | (_, Unknown) => true,
            (People, Protesters) | (Protesters, People) => true,
            _ => false,
        }
    }
}

/// What a figure measures: an event and a population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    pub event: &'static str,
    pub event_label: &'static str,
    pub population: Population,
}

fn population_of(f: &Features, q: &Quantity) -> Population {
    let unit = q.unit.to_lowercase();
    if ["people", "civilian", "resident", "person", "citizen"]
        .iter()
        .any(|w| unit.contains(w))
    {
        return Population::People;
    }
    // The counted noun phrase: "317 police and national guard servicemen",
    // "thirteen members of the security forces"; not words further on.
    let window_end = q.end + q.unit.len().max(4) + 24;
    for t in f
        .terms
        .iter()
        .filter(|t| t.start >= q.end && t.start <= window_end)
    {
        if t.kind == TermKind::Concept {
            match t.key.as_str() {
                "SECURITY" => return Population::Security,
                "TROOPS" => return Population::Troops,
                "PROTESTER" => return Population::Protesters,
                // An event word ends the noun phrase: "eight killed by a crowd".
                k if EVENTS.iter().any(|(e, _)| *e == k) => break,
                _ => {}
            }
        }
    }
    Population::Unknown
}

/// Nouns that count people.
const PERSON_NOUNS: &[&str] = &[
    "people",
    "person",
    "persons",
    "men",
    "women",
    "children",
    "kids",
    "teens",
    "teenagers",
    "students",
    "victims",
    "adults",
    "civilians",
    "residents",
    "citizens",
    "members",
    "others",
    "workers",
    "passengers",
    "patients",
    "bystanders",
    "employees",
    "migrants",
    "fans",
    "suspects",
    "individuals",
    "rioters",
    "demonstrators",
    "protesters",
    "protestors",
    "dead",
    "injured",
    "wounded",
    "more",
    "deaths",
    "injuries",
    "arrests",
    "of",
];

/// Does a count count people? True when it has no noun ("eight killed"), a person noun
/// ("200 people"), or a noun of the lexicon's populations ("317 police").
fn counts_people(f: &Features, q: &Quantity) -> bool {
    let unit = q.unit.to_lowercase();
    let words: Vec<&str> = unit.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return true;
    };
    if PERSON_NOUNS.contains(first) || PERSON_NOUNS.contains(last) {
        return true;
    }
    // The head noun (last word of the phrase) must name a population: "317 police and
    // national guard servicemen", not "two deadly officer-involved shootings".
    f.terms
        .iter()
        .rfind(|t| t.start >= q.end && t.end <= q.end + q.unit.len() + 2)
        .is_some_and(|t| matches!(t.key.as_str(), "SECURITY" | "TROOPS" | "PROTESTER"))
}

/// Words that place a statement's figures in an earlier event, not the one reported.
const BACKGROUND_CUES: &[&str] = &[
    "last year",
    "last month",
    "last january",
    "last february",
    "last march",
    "last april",
    "last may",
    "last june",
    "last july",
    "last august",
    "last september",
    "last october",
    "last november",
    "last december",
    "weeks after",
    "months after",
    "years after",
    "weeks ago",
    "months ago",
    "years ago",
    "previous",
    "earlier this year",
    "in the past",
];

/// Does the statement tell of an earlier event ("in December 2011 police fired ...",
/// "six weeks after a massacre in ...")? Its figures then measure that event.
pub fn is_background(side: &Side) -> bool {
    let lower = side.text().to_lowercase();
    if BACKGROUND_CUES.iter().any(|c| lower.contains(c)) {
        return true;
    }
    let this_year = side.article_date.map(|d| chrono::Datelike::year(&d) as f64);
    side.features
        .quantities
        .iter()
        .any(|q| q.kind == QuantityKind::Year && this_year.is_none_or(|y| q.value < y))
}

/// Words next to a count that make it a part of a larger group, not the toll itself.
const SUBSET_WORDS: &[&str] = &[
    "other",
    "others",
    "additional",
    "still",
    "remain",
    "remained",
    "remains",
    "critically",
    "seriously",
    "critical",
    "hospitalized",
    "hospitalised",
    "whom",
    "them",
    "including",
];

/// "Two other people", "3 still in hospital", "two of whom": a subset of a toll.
fn is_subset(text: &str, q: &Quantity) -> bool {
    let after: Vec<String> = text[q.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let before = text[..q.start]
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .map(str::to_lowercase);
    after.iter().any(|w| SUBSET_WORDS.contains(&w.as_str()))
        || before.is_some_and(|w| w == "including" || w == "of")
}

/// A figure precise enough that a disjoint one contradicts it: exact, approximate, or an
/// order of magnitude ("hundreds", "several thousand"), not "a few" or "several".
fn committed(q: &Quantity) -> bool {
    q.bound != Bound::Vague || q.low >= 100.0
}

/// Is the figure the size of a population: "a nation of 19 million", "population of 19 million"?
fn is_population_figure(text: &str, q: &Quantity) -> bool {
    let head = text[..q.start].trim_end().to_lowercase();
    let Some(head) = head.strip_suffix(" of") else {
        return false;
    };
    let head = head.trim_end();
    POPULATION_HEADS
        .iter()
        .any(|h| head.ends_with(h) || head.ends_with(&format!("{h}s")))
}

/// The event and population a count measures, read from the words around it.
pub fn measure_of(
    f: &Features,
    text: &str,
    q: &Quantity,
    previous: Option<Measure>,
) -> Option<Measure> {
    if q.kind == QuantityKind::Multiplier {
        // "doubled the price of gas": the change itself is the measure.
        return Some(Measure {
            event: "CHANGE",
            event_label: "change",
            population: Population::Unknown,
        });
    }
    if is_population_figure(text, q) {
        return Some(Measure {
            event: "POPULATION",
            event_label: "population",
            population: Population::People,
        });
    }
    if q.kind == QuantityKind::Count && (!counts_people(f, q) || is_subset(text, q)) {
        return None; // "15 shots", "two other people", "three still in hospital"
    }
    let event_of = |key: &str| EVENTS.iter().find(|(k, _)| *k == key);
    // The nearest event word after the figure and its noun ("eight killed", "200 people
    // were detained"), with no other figure in between; else just before it ("killing at
    // least 16").
    let next_figure = f
        .quantities
        .iter()
        .map(|x| x.start)
        .filter(|&s| s >= q.end)
        .min()
        .unwrap_or(usize::MAX);
    let reach = q.end + q.unit.len() + 32;
    let after = f
        .terms
        .iter()
        .filter(|t| t.start >= q.end && t.start <= reach && t.start < next_figure)
        .find_map(|t| event_of(&t.key));
    let before = || {
        f.terms
            .iter()
            // Only a participle governs a figure after it: "killing at least 16".
            .filter(|t| t.end <= q.start && t.end + 24 >= q.start && t.surface.ends_with("ing"))
            .filter_map(|t| event_of(&t.key))
            .next_back()
    };
    let (event, event_label) = after.or_else(before)?;
    let mut population = population_of(f, q);
    if population == Population::Unknown
        && let Some(p) = previous
    {
        population = p.population; // "317 police were injured and eight killed"
    }
    Some(Measure {
        event,
        event_label,
        population,
    })
}

fn countable(q: &Quantity) -> bool {
    matches!(
        q.kind,
        QuantityKind::Count
            | QuantityKind::Multiplier
            | QuantityKind::Percent
            | QuantityKind::Money
    )
}

fn measured<'f>(f: &'f Features, text: &str) -> Vec<(&'f Quantity, Measure)> {
    let mut out: Vec<(&Quantity, Measure)> = Vec::new();
    for q in f.quantities.iter().filter(|q| countable(q)) {
        let previous = out.last().map(|(_, m)| *m);
        if let Some(m) = measure_of(f, text, q, previous) {
            out.push((q, m));
        }
    }
    out
}

fn bound_phrase(q: &Quantity) -> &'static str {
    match q.bound {
        Bound::AtLeast | Bound::MoreThan => "a lower bound",
        Bound::AtMost | Bound::LessThan => "an upper bound",
        Bound::About | Bound::Nearly => "an approximation",
        Bound::Vague => "a vague amount",
        Bound::Exact => "an exact figure",
    }
}

/// Does the pair give figures for one well-defined measure (an event of a known
/// population, a population size, or a rate of change)? Such a pair is one fact even when
/// the wording around the figures differs a lot.
pub fn same_measure(a: &Side, b: &Side) -> bool {
    let ma = measured(a.features, a.text());
    let mb = measured(b.features, b.text());
    ma.iter().any(|(qa, x)| {
        mb.iter().any(|(qb, y)| {
            x.event == y.event
                && qa.kind == qb.kind
                && x.population.compatible(y.population)
                && (x.population != Population::Unknown || y.population != Population::Unknown)
        })
    })
}

/// Compare the figures of two linked statements.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    if is_background(a) || is_background(b) {
        return None;
    }
    let ma = measured(a.features, a.text());
    let mb = measured(b.features, b.text());
    let mut best: Option<Finding> = None;
    for (qa, mea) in &ma {
        for (qb, meb) in &mb {
            if mea.event != meb.event
                || !mea.population.compatible(meb.population)
                || qa.kind != qb.kind
                || (qa.kind == QuantityKind::Money && !qa.unit.eq_ignore_ascii_case(&qb.unit))
            {
                continue;
            }
            let same_value = (qa.value - qb.value).abs() <= f64::EPSILON * qa.value.abs().max(1.0);
            if same_value && qa.bound == qb.bound {
                continue; // the same figure: agreement, not conflict
            }
            let population = if mea.population == Population::Unknown {
                meb.population
            } else {
                mea.population
            };
            let what = format!("{}{}", population.label(), mea.event_label);
            let figures = format!(
                "{what}: {} ({}) vs {} ({})",
                qa.text,
                a.attribution_label(),
                qb.text,
                b.attribution_label()
            );
            let rough = !(committed(qa) && committed(qb));
            let (severity, why) = if !qa.compatible_with(qb) && rough {
                (
                    Severity::Soft,
                    "the figures differ, but one is only a rough amount".to_string(),
                )
            } else if !qa.compatible_with(qb) {
                (
                    Severity::Hard,
                    "the figures cannot both be true".to_string(),
                )
            } else if same_value {
                (
                    Severity::Soft,
                    format!(
                        "the same figure, but given as {} and as {}",
                        bound_phrase(qa),
                        bound_phrase(qb)
                    ),
                )
            } else {
                let (loose, other) = if qa.bound == Bound::Exact {
                    (qb, qa)
                } else {
                    (qa, qb)
                };
                (
                    Severity::Soft,
                    format!(
                        "compatible: \"{}\" is {} that allows {}, so this may be a difference of precision or of timing",
                        loose.text,
                        bound_phrase(loose),
                        other.text
                    ),
                )
            };
            let finding = Finding {
                kind: ConflictKind::Number,
                severity,
                explanation: format!("{figures}; {why}"),
                value_a: Some(qa.text.clone()),
                value_b: Some(qb.text.clone()),
            };
            if best.as_ref().is_none_or(|f| f.severity < finding.severity) {
                best = Some(finding);
            }
        }
    }
    best
}
