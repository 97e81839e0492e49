//! Lone attackers: "A suicide bomber blew himself up", "a lone gunman opened fire".
//!
//! How many carried out an attack is news outlets contradict ("two suicide bombers blew
//! themselves up"), yet one attacker is told with an article, not a figure the figure
//! reader ([`super::quantity`]) reads. Here "a" or "an", up to two words ("lone",
//! "suicide", "Taliban"), and a singular noun of those who attack (`perpetrator` in
//! `assets/lexicon/people.txt`) are read as a count of one, exact. Like zero counts they
//! are claims to compare, kept apart from the statement's figures
//! ([`super::parse::Parse::worded_counts`]), never keys to match on. The figure is the
//! article; the words after it are its noun, as they are after "no" in "no casualties".
//! Not a possessive ("a gunman's bullet"), which counts no one, nor what someone is ("he
//! was a militant"), nor anyone who might ("allows an attacker to gain control").

use std::sync::LazyLock;

use super::normalize::raw_words;
use super::quantity::{Bound, Quantity, QuantityKind};
use super::word_lists;

/// Singular nouns of those who attack (of kind `perpetrator` in
/// `assets/lexicon/people.txt`, less the plurals listed there: no plural in "s" nor in
/// "men", "gunmen").
static SINGULAR_ATTACKER_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_lists::of_kind(word_lists::PEOPLE, "perpetrator")
        .into_iter()
        .filter(|w| !w.ends_with('s') && !w.ends_with("men"))
        .collect()
});

/// Is the folded word a singular noun of those who attack ("gunman", "bomber")?
pub(crate) fn is_singular_attacker_noun(word: &str) -> bool {
    SINGULAR_ATTACKER_NOUNS.contains(&word)
}

word_lists::sections! {
    /// Words right before the article that make the phrase what someone is, not a count
    /// ("was a militant", "as a terrorist"; section `predicate-words` of
    /// `assets/lexicon/figure-words.txt`).
    PREDICATE_WORDS = FIGURE_WORDS["predicate-words"];

    /// Words right after the noun that make it anyone who might attack ("an attacker could
    /// gain access", "allows an attacker to"; section `might-words`).
    MIGHT_WORDS = FIGURE_WORDS["might-words"];

    /// Nouns right after the noun that make it a word of kind ("a terrorist army", "a
    /// militant group"; section `attacker-modified-heads`).
    MODIFIED_HEADS = FIGURE_WORDS["attacker-modified-heads"];
}

/// The most words between the article and the noun ("a lone masked gunman").
const WORDS_BEFORE_NOUN: usize = 2;

/// The counts of one attacker told with an article, in order.
pub fn extract_lone_attackers(text: &str) -> Vec<Quantity> {
    let words = raw_words(text);
    let mut out = Vec::new();
    for (i, (start, end, word)) in words.iter().enumerate() {
        if word != "a" && word != "an" {
            continue;
        }
        let noun = (i + 1..words.len().min(i + 2 + WORDS_BEFORE_NOUN))
            .find(|&j| is_singular_attacker_noun(&words[j].2));
        let Some(noun) = noun else {
            continue;
        };
        // The words between are words of letters ("lone", "suicide", "Taliban"), no figure.
        // Not an ordinal ("a second gunman" tells of two), nor a function word ("of", "a
        // cubicle with shooter Syed Farook": the article is the cubicle's).
        let plain = (i + 1..noun).all(|k| {
            let (start, end, w) = (words[k].0, words[k].1, words[k].2.as_str());
            // A function word inside a compound is part of it ("a drive-by shooter", "an
            // at-large shooter").
            let hyphened = text[..start].ends_with('-') || text[end..].starts_with('-');
            w.chars().all(char::is_alphabetic)
                && (hyphened || !super::lexicon::is_stop_word(w))
                && super::numbers::ordinal_value(w).is_none()
        });
        // "He was a militant", "described as a terrorist": what someone is, no count.
        let predicate = i
            .checked_sub(1)
            .is_some_and(|p| PREDICATE_WORDS.contains(&words[p].2.as_str()));
        let (noun_start, noun_end, noun_word) = &words[noun];
        // The word reader drops a possessive "'s"; the surface keeps it.
        let surface = &text[*noun_start..*noun_end];
        let possessive = ["'s", "’s", "'", "’"]
            .iter()
            .any(|s| surface.ends_with(s) || text[*noun_end..].starts_with(s));
        // "allows an attacker to gain control", "an attacker could": anyone who might.
        let hypothetical = words
            .get(noun + 1)
            .is_some_and(|(_, _, w)| MIGHT_WORDS.contains(&w.as_str()));
        // "a terrorist army", "an extensive terrorist network": a kind, no attacker.
        let modifier = words
            .get(noun + 1)
            .is_some_and(|(_, _, w)| MODIFIED_HEADS.contains(&w.as_str()));
        if !plain || possessive || predicate || hypothetical || modifier {
            continue;
        }
        let unit = words[i + 1..=noun]
            .iter()
            .map(|(_, _, w)| w.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        debug_assert!(unit.ends_with(noun_word.as_str()));
        out.push(Quantity {
            start: *start,
            end: *end,
            text: text[*start..*noun_end].to_string(),
            value: 1.0,
            low: 1.0,
            high: 1.0,
            bound: Bound::Exact,
            kind: QuantityKind::Count,
            unit,
            implied_unit: String::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(String, String)> {
        extract_lone_attackers(text)
            .into_iter()
            .map(|q| (q.text, q.unit))
            .collect()
    }

    #[test]
    fn an_attacker_told_with_an_article_is_one() {
        assert_eq!(
            found("A suicide bomber blew himself up at a police checkpoint."),
            vec![("A suicide bomber".to_string(), "suicide bomber".to_string())]
        );
        assert_eq!(
            found("A Taliban gunman opened fire."),
            vec![("A Taliban gunman".to_string(), "taliban gunman".to_string())]
        );
        // A function word inside a compound is part of it.
        assert_eq!(
            found("A drive-by shooter opened fire on the group."),
            vec![(
                "A drive-by shooter".to_string(),
                "drive by shooter".to_string()
            )]
        );
        assert_eq!(
            found("Police said a lone masked gunman opened fire."),
            vec![(
                "a lone masked gunman".to_string(),
                "lone masked gunman".to_string()
            )]
        );
        for t in [
            "Two suicide bombers blew themselves up.",
            "He was hit by a gunman's bullet.",
            "A group of gunmen stormed the hotel.",
            "It was an act committed by a terrorist army, the president said.",
            "They had support from an extensive terrorist network, experts said.",
            "A militant group claimed the attack.",
            "He shared a cubicle with shooter Syed Farook, a coworker said.",
            "He was a militant, his family said.",
            "Family members said a second gunman emerged from the party.",
            "She was described as a terrorist.",
            "The flaw allows an attacker to gain control of the machine.",
            "An attacker could get access to an unpatched system.",
            "It was a terrible day.",
        ] {
            assert!(found(t).is_empty(), "{t}: {:?}", found(t));
        }
    }
}
