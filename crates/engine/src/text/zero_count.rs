//! Zero counts: "no one was killed", "there were no casualties", "nobody was hurt", "no
//! reported injuries".
//!
//! A report that nobody died contradicts one of twelve dead as surely as a report of
//! three does, yet it holds no digit for the figure reader ([`super::quantity`]). Here such
//! phrases are read as a count of zero people, exact, so that the toll detector compares
//! them like any other figure. They are kept apart from the statement's other figures
//! (`Parse::worded_counts`): they are claims to compare, and to match statements on only
//! as one key, the figure none, that two reports of no one harmed share
//! (`align::features`).
//!
//! Only a negation that counts people harmed is read: "no one", "nobody", "no-one" and "no"
//! before a noun of people with a word of death or injury right after ("no one was killed",
//! "no civilians were hurt"), and "no" before a noun of harm ("no casualties", "no
//! deaths"), or before a noun that is a measure of its own ("no survivors"). What is
//! counted (killed, injured, survived) is left to the words around it, as for any figure.
//!
//! A report that none had been reported is read too ("no immediate reports of any
//! casualties", "no reported injuries"), and says so ([`none_reported`]): it is no report
//! that no one was harmed, and the toll detector weighs it as such.

use std::sync::LazyLock;

use super::normalize::raw_words;
use super::quantity::{Bound, Quantity, QuantityKind};
use super::word_lists;

word_lists::sections! {
    /// Words that are a whole zero count of people on their own (section `nobody` of
    /// `assets/lexicon/figure-words.txt`).
    NOBODY = FIGURE_WORDS["nobody"];

    /// Words after a negation of people that make it none beyond those told ("no one
    /// else", "no other", "no further").
    BEYOND_THOSE_TOLD = FIGURE_WORDS["beyond-those-told"];

    /// Words that make a zero count only none reported so far ("no reports of casualties",
    /// "no reported injuries"; section `none-reported` of `assets/lexicon/figure-words.txt`).
    NONE_REPORTED = FIGURE_WORDS["none-reported"];

    /// Words between "no" and a word of [`NONE_REPORTED`] that keep it so ("no immediate
    /// reports of casualties").
    REPORT_HEDGES = FIGURE_WORDS["report-hedges"];
}

/// How a zero count tells none reported so far, not that no one was harmed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoneReported {
    /// Plainly: "no reports of casualties", "no reported injuries", "no injuries have been
    /// reported".
    Plainly,
    /// As of the first hours: "no immediate reports of any casualties", "no initial reports
    /// of injuries". A toll told later says nothing against it.
    AtFirst,
}

/// Does the zero count `q` of `text` tell only none reported so far: a word of report right
/// after its "no" ("no immediate reports of any casualties", "no reported injuries"), or
/// "reported" after its noun and an auxiliary ("no injuries have been reported", "no
/// casualties were reported")? A toll told elsewhere may have come in since.
pub fn none_reported(text: &str, q: &Quantity) -> Option<NoneReported> {
    if !q.is_none_written_no() {
        return None;
    }
    let words = raw_words(text.get(q.end..).unwrap_or_default());
    let word = |k: usize| words.get(k).map(|(_, _, w)| w.as_str());
    if let Some((how, _)) = report_after_no(word, 0) {
        return Some(how);
    }
    // After the noun: "have been", "has been", "were", "was" and then "reported".
    let auxiliaries = (1..words.len())
        .take_while(|&k| matches!(word(k), Some("have" | "has" | "been" | "were" | "was")))
        .count();
    (auxiliaries > 0 && word(1 + auxiliaries) == Some("reported")).then_some(NoneReported::Plainly)
}

/// Nouns that "no" before them makes a zero count of people (of kind `counted-after-no` in
/// `assets/lexicon/people.txt`), sorted for a binary search (checked by a test).
static COUNTED_AFTER_NO: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut nouns = word_lists::of_kind(word_lists::PEOPLE, "counted-after-no");
    nouns.sort_unstable();
    nouns
});

/// How many words after "no one" or "no civilians" the harm must be told ("no one was
/// killed", "nobody was seriously hurt"): "no one has been charged with the death" counts
/// no dead.
const HARM_WITHIN_WORDS: usize = 3;

/// Is the noun a measure of its own that only phrases give ("no survivors": `SURVIVE` of
/// `measure-phrases.txt`)?
fn is_measured_noun(word: &str) -> bool {
    super::lexicon::measure_phrase_after(word).is_some_and(super::lexicon::is_phrase_only_measure)
}

/// A zero count read from a negation; `unit` is the noun ("casualties") or "people".
fn zero(text: &str, start: usize, end: usize, unit: &str) -> Quantity {
    Quantity {
        start,
        end,
        text: text[start..end].to_string(),
        value: 0.0,
        low: 0.0,
        high: 0.0,
        bound: Bound::Exact,
        kind: QuantityKind::Count,
        unit: unit.to_string(),
        implied_unit: String::new(),
    }
}

/// The zero counts of people in a text, in order.
pub fn extract_zero_counts(text: &str) -> Vec<Quantity> {
    let words = raw_words(text);
    // Harm told within a few words after word `i`, not as an infinitive ("Nobody deserves
    // to die like this", "no one wants to be hurt" count no one).
    let harm_follows = |i: usize| {
        (i + 1..words.len()).take(HARM_WITHIN_WORDS).any(|j| {
            let before = |k: usize| j.checked_sub(k).map(|b| words[b].2.as_str());
            super::lexicon::tells_harm(&words[j].2)
                && before(1) != Some("to")
                && !(before(1) == Some("be") && before(2) == Some("to"))
        })
    };
    // "No one else was hurt": none beyond those told, no whole count.
    let beyond = |i: usize| {
        words
            .get(i)
            .is_some_and(|(_, _, w)| BEYOND_THOSE_TOLD.contains(&w.as_str()))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (start, end, word) = &words[i];
        if NOBODY.contains(&word.as_str()) {
            // "None of the injured were in serious condition", "eight were hit, none
            // fatally": a part, of those counted.
            let part = word == "none"
                && words
                    .get(i + 1)
                    .is_some_and(|(_, _, w)| w == "of" || w.ends_with("ly"));
            if harm_follows(i) && !beyond(i + 1) && !part {
                out.push(zero(text, *start, *end, "people"));
            }
        } else if word == "no"
            && let Some((_, next_end, next)) = words.get(i + 1)
            && COUNTED_AFTER_NO.binary_search(&next.as_str()).is_ok()
            && (super::lexicon::tells_harm(next) || harm_follows(i + 1) || is_measured_noun(next))
            && !(next == "one" && beyond(i + 2))
        {
            // "no one" counts people; the figure is "no", the noun its unit.
            let unit = if next == "one" {
                "people"
            } else {
                next.as_str()
            };
            let end = if next == "one" { *next_end } else { *end };
            out.push(zero(text, *start, end, unit));
            i += 1;
        } else if word == "no"
            && let Some(noun) = none_reported_noun(&words, i + 1)
        {
            out.push(zero(text, *start, *end, &words[noun].2));
            i = noun;
        }
        i += 1;
    }
    out
}

/// A word of report at word `i` of the words after a "no" (`word` gives them, folded),
/// perhaps after a hedge ("immediate reports", "reported"): how it tells none reported, and
/// the index of the word after it.
fn report_after_no<'w>(
    word: impl Fn(usize) -> Option<&'w str>,
    i: usize,
) -> Option<(NoneReported, usize)> {
    let hedged = word(i).is_some_and(|w| REPORT_HEDGES.contains(&w));
    let at = i + usize::from(hedged);
    word(at)
        .is_some_and(|w| NONE_REPORTED.contains(&w))
        .then(|| {
            let how = if hedged {
                NoneReported::AtFirst
            } else {
                NoneReported::Plainly
            };
            (how, at + 1)
        })
}

/// The index of the noun of harm of a report of none that opens at word `i`, right after
/// "no": an optional hedge, then a word of report and "of" ("immediate reports of any
/// casualties") or a participle ("reported injuries"), then the noun.
fn none_reported_noun(words: &[(usize, usize, String)], i: usize) -> Option<usize> {
    let word = |k: usize| words.get(k).map(|(_, _, w)| w.as_str());
    let (_, mut k) = report_after_no(word, i)?;
    if word(k) == Some("of") {
        k += 1;
        if word(k) == Some("any") {
            k += 1;
        }
    }
    let noun = word(k)?;
    (COUNTED_AFTER_NO.binary_search(&noun).is_ok()
        && (super::lexicon::tells_harm(noun) || is_measured_noun(noun)))
    .then_some(k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nouns_after_no_are_sorted() {
        assert!(COUNTED_AFTER_NO.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn reads_negations_that_count_people() {
        let found = |t: &str| {
            extract_zero_counts(t)
                .into_iter()
                .map(|q| (q.text, q.unit))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Sources indicated that no one was killed or injured in the attack."),
            vec![("no one".to_string(), "people".to_string())]
        );
        assert_eq!(
            found("Fortunately there were no casualties in the camp."),
            vec![("no".to_string(), "casualties".to_string())]
        );
        assert_eq!(
            found("The group confirmed there were no dead or wounded."),
            vec![("no".to_string(), "dead".to_string())]
        );
        assert_eq!(
            found("Nobody was hurt."),
            vec![("Nobody".to_string(), "people".to_string())]
        );
        assert_eq!(
            found("Five crew members were on board and none was injured, the airline said."),
            vec![("none".to_string(), "people".to_string())]
        );
        // None of those counted is a part of them.
        for t in [
            "None of the injured were in serious condition.",
            "Eight people were injured - none fatally - in a Saturday evening shooting.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // A harm wished or feared is none counted.
        for t in [
            "\"Nobody deserves to die like this,\" she said.",
            "No one wants to be hurt.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // None beyond those told is no whole count.
        for t in [
            "No one else was injured in the shooting.",
            "Luckily, nobody else was hurt.",
            "No other people were injured.",
            "There were no further casualties.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // None reported so far, read as a count of none that says so.
        let reported = |t: &str| none_reported(t, &extract_zero_counts(t)[0]);
        for (t, unit, how) in [
            (
                "There were no immediate reports of any casualties at the camp.",
                "casualties",
                NoneReported::AtFirst,
            ),
            (
                "There were no initial reports of injuries.",
                "injuries",
                NoneReported::AtFirst,
            ),
            (
                "Police said there were no reported injuries.",
                "injuries",
                NoneReported::Plainly,
            ),
            (
                "There was no official word of deaths.",
                "deaths",
                NoneReported::AtFirst,
            ),
            (
                "No injuries have been reported.",
                "injuries",
                NoneReported::Plainly,
            ),
            (
                "No casualties were reported.",
                "casualties",
                NoneReported::Plainly,
            ),
        ] {
            let q = extract_zero_counts(t);
            assert_eq!(q.len(), 1, "{t}: {q:?}");
            assert_eq!(q[0].unit, unit);
            assert_eq!(reported(t), Some(how), "{t}");
        }
        for t in [
            "Nobody was hurt, police reported.",
            "No one was killed, officials reported.",
            "There were no casualties, the army reported.",
        ] {
            assert_eq!(reported(t), None, "{t}");
        }
        // A report of none of something else, or of no one beyond those told, is none.
        for t in [
            "There were no immediate reports of damage.",
            "There was no indication of foul play.",
            "There were no reports of other injuries.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
        // Negations that count no dead or injured.
        assert!(found("There was no comment from the ministry.").is_empty());
        assert!(found("He said no, and no one else answered").is_empty());
        assert!(found("No one has been charged with the death of the victim.").is_empty());
    }
}
