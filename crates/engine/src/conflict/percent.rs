//! Percentages of one thing: two statements that give what share of one thing is so as two
//! percentages that cannot meet ("The blaze was 15 percent contained" against "Containment
//! stood at 5 percent"; "80 percent of the town was destroyed" against "70 percent of the
//! town").
//!
//! A percentage is read by the figure reader (`Percent`) and tied to what it is a share of
//! by its words, in its clause:
//! - "N percent of (the) X": the noun X;
//! - "N percent" and a participle right after it ("15 percent contained"): the participle;
//! - a noun right before "N percent", or before a linking verb or "of" or "at" and then
//!   "N percent" ("Containment stood at 5 percent", "an approval rating of 42 percent"):
//!   that noun, with the noun before it when the two make one ("approval rating").
//!
//! A percentage of change ("shares fell 5 percent") or of an election (a share of the vote,
//! the turnout) is the number detector's, and not read here. Keys are stems, so
//! "contained" and "containment" meet. Two shares whose own phrases name places or
//! things apart ("55 percent of voice traffic in Saudi Arabia" against "82 percent of
//! India's voice traffic") are of two things. Two percentages of one thing that cannot meet are a
//! soft conflict: a share is often told of different moments (a fire's containment grows
//! by the hour) or by different sources (two polls).

use crate::model::ConflictKind;
use crate::text::normalize::TermKind;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Verbs between a noun and the percentage it has ("stood at", "was", "reached").
    /// This module's lists are sections of `assets/lexicon/figure-cues.txt`, by name.
    PERCENT_LINKS = FIGURE_CUES["percent-links"];
}

/// The most words of a link between a noun and its percentage ("had reached about").
const LINK_WORDS: usize = 3;

/// One percentage a statement gives, with what it is a share of.
pub(crate) struct Percentage<'s> {
    pub quantity: &'s Quantity,
    /// The key of what it is a share of: one stem, or two for a compound ("approv rate").
    pub of: String,
    /// What it is a share of, as written ("contained", "approval rating", "the town").
    pub noun: String,
    /// The names in the percentage's own phrase, up to its clause's end, folded ("india"
    /// for "82 percent of India's voice traffic").
    pub names: Vec<String>,
}

/// The content word starting at byte `at` (not a name, but a capitalised first word of
/// the statement: "Containment stood at"): its stem and its written form.
fn content_at(s: &Side, at: usize) -> Option<(String, String)> {
    s.content_term_at(at, false)
        .map(|t| (s.written_stem(t), t.surface.clone()))
}

/// What the percentage `q` is a share of (see the module documentation).
fn share_of(s: &Side, q: &Quantity) -> Option<(String, String)> {
    let (text, parse) = (s.text(), &s.features.parse);
    let clause_end = text[q.end..]
        .find([',', ';', ':', '.'])
        .map_or(text.len(), |i| q.end + i);
    let after = parse.words_between(text, q.end, clause_end);
    // "80 percent of the town".
    if let Some((of_at, of)) = after.first()
        && of == "of"
    {
        return after
            .iter()
            .skip(1)
            .take(3)
            .find_map(|(at, _)| content_at(s, *at))
            .filter(|_| *of_at < clause_end);
    }
    // "15 percent contained".
    if let Some((at, word)) = after.first()
        && word.ends_with("ed")
        && let Some(found) = content_at(s, *at)
    {
        return Some(found);
    }
    // "Containment stood at 5 percent", "an approval rating of 42 percent".
    let mut before = parse
        .words_before(text, q.start)
        .take_while(|(at, w)| {
            text.get(at + w.len()..q.start)
                .is_some_and(|gap| !gap.contains([',', ';', ':', '(']))
        })
        .skip_while(|(_, w)| PERCENT_LINKS.contains(&w.as_ref()) || w == "of")
        .take(2);
    let (noun_at, _) = before.next()?;
    if parse
        .words_before(text, q.start)
        .take_while(|(at, _)| *at > noun_at)
        .count()
        > LINK_WORDS
    {
        return None;
    }
    let (key, noun) = content_at(s, noun_at)?;
    match before.next().and_then(|(at, _)| {
        content_at(s, at).filter(|_| text.get(at..noun_at).is_some_and(|g| !g.contains(',')))
    }) {
        Some((first_key, first)) => Some((format!("{first_key} {key}"), format!("{first} {noun}"))),
        None => Some((key, noun)),
    }
}

/// The percentages of a statement tied to what they are a share of: not a change nor a
/// share of an election, which the number detector reads.
pub(crate) fn percentages<'s>(s: &'s Side) -> Vec<Percentage<'s>> {
    let (features, text) = (s.features, s.text());
    super::number::unmeasured(features, text)
        .into_iter()
        .filter(|q| q.kind == QuantityKind::Percent)
        .filter_map(|q| {
            let (of, noun) = share_of(s, q)?;
            let clause_end = text[q.end..]
                .find([',', ';', ':', '.'])
                .map_or(text.len(), |i| q.end + i);
            let names = features
                .terms
                .iter()
                .filter(|t| t.kind == TermKind::Name && t.start >= q.end && t.end <= clause_end)
                .map(|t| t.key.clone())
                .collect();
            Some(Percentage {
                quantity: q,
                of,
                noun,
                names,
            })
        })
        .collect()
}

/// Two statements giving one thing two percentages that cannot meet (see the module
/// documentation).
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (pa, pb) = (percentages(a), percentages(b));
    for x in &pa {
        for y in pb.iter().filter(|y| y.of == x.of) {
            // "55 percent of voice traffic in Saudi Arabia" against "82 percent of India's
            // voice traffic": shares of one thing in two places.
            let named_apart = !x.names.is_empty()
                && !y.names.is_empty()
                && !x.names.iter().any(|n| y.names.contains(n));
            let (qx, qy) = (x.quantity, y.quantity);
            if named_apart {
                continue;
            }
            if qx.compatible_with(qy) {
                continue;
            }
            return Some(Finding::soft_difference(
                ConflictKind::Number,
                &format!(
                    "percentage {}{}",
                    if x.noun.ends_with("ed") { "" } else { "of " },
                    x.noun.to_lowercase()
                ),
                (a, &qx.text),
                (b, &qy.text),
                "; a share may be told of different moments or by different sources",
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    #[test]
    fn two_percentages_of_one_thing_are_a_soft_conflict() {
        let found = between_outlets(
            "The blaze was 15 percent contained by Tuesday evening, according to Cal Fire.",
            "Containment stood at 5 percent, the California Department of Forestry said.",
            detect,
        )
        .expect("15 percent against 5");
        assert_eq!(found.severity, Severity::Soft);
        check_each(
            &[
                (
                    "a share of a thing",
                    "About 80 percent of the town was destroyed, the mayor said.",
                    "Some 60 percent of the town was destroyed.",
                ),
                (
                    "a rating of two words",
                    "The president's approval rating fell to 38 percent in the poll.",
                    "His approval rating stood at 45 percent in the same poll.",
                ),
            ],
            detect,
            true,
        );
    }

    #[test]
    fn percentages_that_meet_or_of_different_things_are_no_conflict() {
        check_each(
            &[
                (
                    "one share told two ways",
                    "The blaze was 15 percent contained.",
                    "Containment stood at about 15 percent.",
                ),
                (
                    "two things",
                    "The blaze was 15 percent contained.",
                    "About 80 percent of the town was destroyed.",
                ),
                (
                    "two ratings",
                    "The president's approval rating stood at 38 percent.",
                    "The unemployment rate stood at 5 percent.",
                ),
                (
                    "two places",
                    "As much as 55 percent of voice traffic in Saudi Arabia was out of service.",
                    "82 percent of India's voice traffic was out of service early Friday.",
                ),
                (
                    "a change is the number detector's",
                    "Greek stocks plunged 5 percent on Monday.",
                    "Greek stocks fell 3 percent on Monday.",
                ),
            ],
            detect,
            false,
        );
    }
}
