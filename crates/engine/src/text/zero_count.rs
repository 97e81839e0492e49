//! Zero counts: "no one was killed", "there were no casualties", "nobody was hurt".
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
            if harm_follows(i) && !beyond(i + 1) {
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
        }
        i += 1;
    }
    out
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
        // Negations that count no dead or injured.
        assert!(found("There was no comment from the ministry.").is_empty());
        assert!(found("He said no, and no one else answered").is_empty());
        assert!(found("No one has been charged with the death of the victim.").is_empty());
    }
}
