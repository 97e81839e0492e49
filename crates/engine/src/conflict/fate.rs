//! The attacker's fate (kind `status`): one outlet tells that the gunman was killed,
//! another that he was arrested, or that he fled ("The gunman was shot dead by police"
//! against "The gunman was taken into custody").
//!
//! A fate is read after "the" or "a" and one singular noun of those who attack (`perpetrator`
//! in `assets/lexicon/people.txt`: gunman, shooter, attacker, bomber), within a few words
//! and no comma, as one of the phrases of `fates` in `assets/lexicon/conflict-cues.txt`:
//! dead ("was shot dead", "killed himself"), caught ("was arrested", "is in custody") or at
//! large ("fled", "remains at large"); or as a verb of killing or catching right before the
//! article ("police shot and killed the gunman", "officers arrested the attacker"), or later
//! in the sentence by a pronoun or a participle ("killing five people before a police
//! officer shot him dead", "before being fatally shot"), when the sentence names one
//! attacker. Only what was done to the attacker is read: "the gunman killed three people"
//! tells no fate.
//! Each statement must tell one fate. Dead against caught cannot both be true of one
//! attacker: hard. At large against either may be two moments of one story (he fled, then
//! was caught): soft.

use crate::model::{ConflictKind, Severity};
use crate::text::lone_count::is_singular_attacker_noun;
use crate::text::word_lists;

use super::{Finding, Side, Subject};

/// What became of the attacker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fate {
    Dead,
    Caught,
    AtLarge,
}

impl Fate {
    fn label(self) -> &'static str {
        match self {
            Fate::Dead => "dead",
            Fate::Caught => "caught",
            Fate::AtLarge => "at large",
        }
    }
}

word_lists::sections! {
    /// Phrases of an attacker's death after the noun. This module's lists are sections of
    /// `assets/lexicon/conflict-cues.txt`, by name.
    FATE_DEAD = CONFLICT_CUES["fate-dead"];

    /// Phrases of an attacker caught.
    FATE_CAUGHT = CONFLICT_CUES["fate-caught"];

    /// Phrases of an attacker at large.
    FATE_AT_LARGE = CONFLICT_CUES["fate-at-large"];

    /// Verbs of killing right before the attacker ("police shot and killed the gunman").
    KILLING_BEFORE = CONFLICT_CUES["fate-killing-before"];

    /// Verbs of catching right before the attacker ("officers arrested the attacker").
    CATCHING_BEFORE = CONFLICT_CUES["fate-catching-before"];

    /// The attacker's death told later in the sentence ("shot him dead", "before being
    /// fatally shot").
    DEAD_LATER = CONFLICT_CUES["fate-dead-later"];

    /// The attacker caught, told later in the sentence ("arrested him").
    CAUGHT_LATER = CONFLICT_CUES["fate-caught-later"];
}

/// The most words between the noun and its fate, in one clause without a comma ("a boy,
/// shot as he ran from a gunman, has died" tells no fate of the gunman).
const FATE_WITHIN_WORDS: usize = 6;

/// The fates the statement tells of an attacker named with "the" or "a", in order.
fn fates(side: &Side) -> Vec<Fate> {
    let text = side.text();
    let parse = &side.features.parse;
    let words: Vec<(usize, &str)> = parse
        .tokens
        .iter()
        .map(|t| (t.start, t.folded.as_str()))
        .collect();
    // A pronoun or a participle later in the sentence is the attacker's when it names one.
    let one_attacker = words
        .iter()
        .filter(|(_, w)| is_singular_attacker_noun(w))
        .count()
        == 1;
    let mut out = Vec::new();
    for (i, &(_, w)) in words.iter().enumerate() {
        if !is_singular_attacker_noun(w) {
            continue;
        }
        let article = (1..=2)
            .filter_map(|back| i.checked_sub(back))
            .any(|k| matches!(words[k].1, "the" | "a"));
        // "the gunman's wife": a possessive tells of someone else.
        let possessive = text[parse.tokens[i].end..].starts_with(['\'', '’']);
        if !article || possessive {
            continue;
        }
        // The words after the noun, up to the clause's end.
        let after: Vec<String> = words[i + 1..]
            .iter()
            .take(FATE_WITHIN_WORDS + 4)
            .take_while(|(at, _)| !text[words[i].0..*at].contains(['.', ';', ',']))
            .map(|(_, w)| (*w).to_string())
            .collect();
        let found = (0..after.len().min(FATE_WITHIN_WORDS + 1)).find_map(|start| {
            let rest = &after[start..];
            [
                (Fate::Dead, &*FATE_DEAD),
                (Fate::Caught, &*FATE_CAUGHT),
                (Fate::AtLarge, &*FATE_AT_LARGE),
            ]
            .into_iter()
            .find(|(_, phrases)| phrases.iter().any(|p| word_lists::has_phrase(rest, p)))
            .map(|(fate, _)| fate)
        });
        // "police shot and killed the gunman", "officers arrested the attacker": a verb of
        // killing or catching right before the article.
        let article_at = if matches!(words.get(i.wrapping_sub(1)), Some((_, "the" | "a"))) {
            i - 1
        } else {
            i.saturating_sub(2)
        };
        let before: Vec<String> = words[article_at.saturating_sub(3)..article_at]
            .iter()
            .map(|(_, w)| (*w).to_string())
            .collect();
        let ends_with = |phrases: &[&str]| {
            phrases.iter().any(|p| {
                let p: Vec<&str> = p.split(' ').collect();
                before.len() >= p.len()
                    && before[before.len() - p.len()..]
                        .iter()
                        .zip(&p)
                        .all(|(a, b)| a == b)
            })
        };
        let found = found.or_else(|| {
            if ends_with(&KILLING_BEFORE) {
                Some(Fate::Dead)
            } else if ends_with(&CATCHING_BEFORE) {
                Some(Fate::Caught)
            } else {
                None
            }
        });
        // "A gunman opened fire ..., killing five people before a police officer shot him
        // dead", "... before being fatally shot": the attacker's fate told later in the
        // sentence by a pronoun or a participle.
        let found = found.or_else(|| {
            if !one_attacker {
                return None;
            }
            let later: Vec<String> = words[i + 1..]
                .iter()
                .map(|(_, w)| (*w).to_string())
                .collect();
            let told = |phrases: &[&str]| phrases.iter().any(|p| word_lists::has_phrase(&later, p));
            if told(&DEAD_LATER) {
                Some(Fate::Dead)
            } else if told(&CAUGHT_LATER) {
                Some(Fate::Caught)
            } else {
                None
            }
        });
        if let Some(fate) = found {
            out.push(fate);
        }
    }
    out
}

/// The one fate a statement tells, if it tells one.
fn one_fate(side: &Side) -> Option<Fate> {
    let fates = fates(side);
    let first = *fates.first()?;
    fates.iter().all(|f| *f == first).then_some(first)
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (fa, fb) = (one_fate(a)?, one_fate(b)?);
    if fa == fb {
        return None;
    }
    let (severity, why) = if fa != Fate::AtLarge && fb != Fate::AtLarge {
        (Severity::Hard, "one attacker cannot be both")
    } else {
        (
            Severity::Soft,
            "an attacker at large may be caught or killed later, so the two may be of different moments",
        )
    };
    Some(Finding {
        kind: ConflictKind::Status,
        severity,
        explanation: format!(
            "what became of the attacker differs: {} ({}) vs {} ({}); {why}",
            fa.label(),
            a.attribution_label(),
            fb.label(),
            b.attribution_label()
        ),
        value_a: Some(fa.label().to_string()),
        value_b: Some(fb.label().to_string()),
        subject: Subject::OfItsKind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};

    /// Pairs that tell two fates of one attacker: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("dead against caught", "The gunman was shot dead by police outside the mall.", "The gunman was taken into custody outside the mall, police said."),
        ("a death by his own hand against an arrest", "The shooter killed himself as officers arrived.", "Police said the shooter was arrested as officers arrived."),
        ("fled against dead", "The attacker fled on foot, witnesses said.", "The attacker was killed by a security guard, witnesses said."),
        ("the attacker as the object", "Police shot and killed the gunman outside the bar.", "Officers arrested the gunman outside the bar."),
        ("a pronoun later in the sentence", "A gunman opened fire at the mall, killing five people before a police officer shot him dead.", "A gunman opened fire at the mall, killing five people before officers arrested him."),
    ];

    /// Pairs that do not: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same fate", "The gunman was shot dead by police.", "Police said the gunman was killed in a shootout."),
        ("a deed, no fate", "The gunman killed three people before fleeing.", "The gunman was arrested two hours later."),
        ("no article", "Police are searching for gunmen who fled.", "The gunman was arrested."),
        ("a possessive", "Police killed the gunman's dog, which had attacked officers.", "The gunman was arrested."),
        ("another's death after a comma", "A boy, shot in the head as he ran from a gunman, has died.", "Police arrested a teenage gunman on Wednesday."),
    ];

    #[test]
    fn two_fates_of_one_attacker_are_a_conflict() {
        check_each(FLAGGED, detect, true);
        let found = between_outlets(FLAGGED[0].1, FLAGGED[0].2, detect).expect("flagged");
        assert_eq!(found.severity, Severity::Hard);
        let found = between_outlets(FLAGGED[2].1, FLAGGED[2].2, detect).expect("flagged");
        assert_eq!(found.severity, Severity::Soft);
    }

    #[test]
    fn one_fate_or_a_deed_is_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }
}
