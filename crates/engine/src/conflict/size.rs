//! Size conflicts (kind `number`): two outlets give one body two sizes ("the 240-seat
//! National Assembly" against "the 250-member National Assembly"; "the 14-member Kestranian
//! delegation" against "All 22 members of the Kestranian delegation").
//!
//! A size is read where a figure of the parse is joined by a hyphen to a word of
//! membership ("240-seat", "14-member", "five-strong"; `size-words` in
//! `assets/lexicon/conflict-cues.txt`) before a noun of a body (`body-nouns`: assembly,
//! delegation, crew, jury), with only words in capitals between (the body's name:
//! "National", "Kestranian"); or where "all" and a figure of "members" come before "of"
//! and such a body ("All 22 members of the Kestranian delegation"), since "two members of
//! the delegation" counts a part of it. The body is its noun with the names before it.
//!
//! Two statements giving one body (one noun, and the names of one among the other's) two
//! sizes disagree: hard when both figures are exact, as a body has one size; soft when one
//! is bounded ("some 20-member team").

use crate::model::{ConflictKind, Severity};
use crate::text::parse::Token;
use crate::text::quantity::{Bound, QuantityKind};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Words joined to a figure that make it a body's size ("240-seat", "14-member"). This
    /// module's lists are sections of `assets/lexicon/conflict-cues.txt`, by name.
    SIZE_WORDS = CONFLICT_CUES["size-words"];

    /// Nouns of a body whose size is told ("assembly", "delegation", "crew").
    BODY_NOUNS = CONFLICT_CUES["body-nouns"];
}

/// The most words in capitals between a size and its body's noun ("the 250-member
/// National Assembly").
const NAME_WORDS: usize = 3;

/// One body's size as a statement gives it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Size {
    /// The body's noun, folded ("assembly").
    noun: String,
    /// The names before the noun, folded ("national").
    names: Vec<String>,
    /// The body as written ("National Assembly").
    body: String,
    value: f64,
    /// The size as written ("240-seat", "All 22 members").
    written: String,
    /// Is the figure bounded ("some", "about")?
    loose: bool,
}

/// The body named from token `from` on: words in capitals, then a noun of a body. Gives
/// the noun's index.
fn body_at(text: &str, tokens: &[Token], from: usize) -> Option<usize> {
    let mut i = from;
    while i < tokens.len() && i - from <= NAME_WORDS {
        if i > from && text[tokens[i - 1].end..tokens[i].start] != *" " {
            return None;
        }
        if BODY_NOUNS.contains(&tokens[i].folded.as_str()) {
            return Some(i);
        }
        if !tokens[i].surface(text).starts_with(char::is_uppercase) {
            return None;
        }
        i += 1;
    }
    None
}

/// The sizes a statement gives (see the module documentation), read the first time one of
/// its pairs asks.
fn sizes<'s>(side: &Side<'s>) -> &'s [Size] {
    side.memo.sizes.get_or_init(|| read_sizes(side))
}

/// [`sizes`], read afresh.
fn read_sizes(side: &Side) -> Vec<Size> {
    let text = side.text();
    let parse = &side.features.parse;
    let tokens = &parse.tokens;
    let mut out = Vec::new();
    for q in parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count)
    {
        // The token that holds the figure's last word.
        let Some(i) = tokens
            .iter()
            .position(|t| t.start < q.end && q.end <= t.end)
        else {
            continue;
        };
        let t = &tokens[i];
        // "240-seat National Assembly": the figure and its word in one token.
        let joined = t.end > q.end
            && text[q.end..t.end]
                .strip_prefix('-')
                .is_some_and(|word| SIZE_WORDS.contains(&word.to_lowercase().as_str()));
        // "All 22 members of the Kestranian delegation".
        let all_members = !joined
            && i > 0
            && tokens[i - 1].folded == "all"
            && tokens.get(i + 1).is_some_and(|t| t.folded == "members")
            && tokens.get(i + 2).is_some_and(|t| t.folded == "of");
        let (body_from, written) = if joined {
            (i + 1, text[q.start..t.end].to_string())
        } else if all_members {
            let the = usize::from(tokens.get(i + 3).is_some_and(|t| t.folded == "the"));
            (
                i + 3 + the,
                text[tokens[i - 1].start..tokens[i + 1].end].to_string(),
            )
        } else {
            continue;
        };
        let Some(noun_at) = body_at(text, tokens, body_from) else {
            continue;
        };
        out.push(Size {
            noun: tokens[noun_at].folded.clone(),
            names: tokens[body_from..noun_at]
                .iter()
                .map(|t| t.folded.clone())
                .collect(),
            body: text[tokens[body_from].start..tokens[noun_at].end].to_string(),
            value: q.value,
            written,
            loose: q.bound != Bound::Exact,
        });
    }
    out
}

/// Are two sizes of one body: one noun, and the names of one among the other's?
fn one_body(x: &Size, y: &Size) -> bool {
    use super::actor::holds_all;
    x.noun == y.noun && (holds_all(&y.names, &x.names) || holds_all(&x.names, &y.names))
}

/// What a statement's size of a body can meet another statement's on: the body's noun
/// ("#size:assembly"). Two statements a key meets are compared only when their articles
/// open on one story ([`detect_in_one_story`]).
pub fn size_keys(side: &Side) -> Vec<String> {
    sizes(side)
        .iter()
        .map(|s| format!("#size:{}", s.noun))
        .collect()
}

/// Two statements of two articles that open on one story ([`super::clock::one_story`])
/// and give one body two sizes ([`detect`]), however few words they share.
pub fn detect_in_one_story(a: &Side, b: &Side) -> Option<Finding> {
    super::clock::in_one_story(a, b, detect)
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (sa, sb) = (sizes(a), sizes(b));
    if sa.is_empty() || sb.is_empty() || a.tells_of_the_past() || b.tells_of_the_past() {
        return None;
    }
    let (x, y) = sa.iter().find_map(|x| {
        let mut of_body = sb.iter().filter(|y| one_body(x, y));
        match (of_body.next(), of_body.next()) {
            (Some(y), None) => Some((x, y)),
            _ => None,
        }
    })?;
    if x.value == y.value || sa.iter().any(|s| one_body(s, y) && s.value == y.value) {
        return None;
    }
    let (severity, why) = if x.loose || y.loose {
        (Severity::Soft, "one is told as a bound")
    } else {
        (Severity::Hard, "one body has one size")
    };
    let body = if x.body.len() >= y.body.len() {
        &x.body
    } else {
        &y.body
    };
    Some(Finding::difference(
        ConflictKind::Number,
        severity,
        &format!("the size of the {body}"),
        (a, &x.written),
        (b, &y.written),
        &format!("; {why}"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, alone, between_outlets, check_each};

    /// Pairs that give one body two sizes: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("seats and members of one chamber", "Control of the 240-seat National Assembly now hinges on the rural constituencies.", "His party won 129 seats, a comfortable majority in the 250-member National Assembly."),
        ("a joined size and all its members", "The rest of the 14-member Kestranian delegation followed him out minutes later.", "All 22 members of the Kestranian delegation followed the president out of the hall."),
        ("a body with no name", "The 12-member jury deliberated for two days.", "The nine-member jury returned its verdict on Friday."),
    ];

    /// Pairs that do not: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("one size", "The 250-seat National Assembly meets on Monday.", "The vote in the 250-member National Assembly was close."),
        ("a part of the body, not its size", "The 14-member delegation walked out.", "Two members of the delegation stayed behind."),
        ("two bodies by their names", "The 15-member Security Council met on Friday.", "The 193-member General Assembly met on Friday."),
        ("two kinds of body", "The 14-member delegation walked out.", "The 22-member crew stayed aboard."),
        ("a figure joined to another word", "A 14-year-old delegate walked out of the assembly.", "The 22-member assembly voted."),
    ];

    #[test]
    fn two_sizes_of_one_body_are_a_conflict() {
        check_each(FLAGGED, detect, true);
        let found = between_outlets(FLAGGED[0].1, FLAGGED[0].2, detect).expect("flagged");
        assert_eq!(found.severity, Severity::Hard);
        assert_eq!(found.value_a.as_deref(), Some("240-seat"));
        assert_eq!(found.value_b.as_deref(), Some("250-member"));
        assert!(
            found
                .explanation
                .starts_with("the size of the National Assembly differs: “240-seat” (Daily Ledger"),
            "{}",
            found.explanation
        );
        let all = between_outlets(FLAGGED[1].1, FLAGGED[1].2, detect).expect("flagged");
        assert_eq!(all.value_b.as_deref(), Some("All 22 members"));
    }

    #[test]
    fn one_size_parts_and_other_bodies_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn a_size_meets_another_on_its_body() {
        let keys = |text: &str| alone(Written::new(text, "Daily Ledger"), size_keys);
        assert_eq!(
            keys("The 14-member Kestranian delegation walked out."),
            ["#size:delegation"]
        );
        assert!(keys("Two members of the delegation stayed behind.").is_empty());
    }
}
