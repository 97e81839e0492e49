//! Rating conflicts (kind `number`): two outlets rate one storm on one scale differently
//! ("rated an EF-4" against "rated an EF-3"; "a Category 4 hurricane" against "a Category 5
//! storm").
//!
//! A rating is a word of a scale (`rating-scales` in `assets/lexicon/figure-words.txt`:
//! category, EF) followed by a whole number, with or without a dash ("EF-4", "Category 4",
//! "EF4"). Each side must give one rating on the scale, and neither may tell a change of
//! rating (`rating-changes`: "weakened to a Category 1", "was upgraded to an EF-4"), which
//! gives two ratings of two moments. Two ratings on one scale that differ are a soft
//! conflict: a storm's category moves as it strengthens or weakens, and a rating is
//! revised once a survey ends, so the two may be of different moments.

use crate::model::{ConflictKind, Severity};
use crate::text::numbers::{TokenClass, parse_digits, tokenize};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Words of a rating scale, before the rating's number. This module's lists are
    /// sections of `assets/lexicon/figure-words.txt`, by name.
    RATING_SCALES = FIGURE_WORDS["rating-scales"];

    /// Words that tell a rating changed.
    RATING_CHANGES = FIGURE_WORDS["rating-changes"];
}

/// The highest number read as a rating: scales of storms end at 5.
const HIGHEST_RATING: f64 = 10.0;

/// One rating a statement gives: its scale (lowercase) and its number, as written.
#[derive(Debug, Clone, PartialEq)]
struct Rating {
    scale: String,
    value: u32,
    written: String,
}

/// The whole number a token gives as a rating, if it is one.
fn rating_number(text: &str) -> Option<u32> {
    let value = parse_digits(text)?;
    (value.fract() == 0.0 && (0.0..=HIGHEST_RATING).contains(&value)).then_some(value as u32)
}

/// The ratings a statement gives, or none when it tells a change of rating.
fn ratings(side: &Side) -> Vec<Rating> {
    if side
        .features
        .parse
        .folded_words()
        .any(|w| RATING_CHANGES.contains(&w))
    {
        return Vec::new();
    }
    let text = side.text();
    let tokens = tokenize(text);
    let mut out = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // "EF4": the scale and the number in one token.
        if t.class == TokenClass::Mixed {
            let digits_at = t.text.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            let (scale, number) = t.text.split_at(digits_at);
            if RATING_SCALES.contains(&scale.to_lowercase().as_str())
                && let Some(value) = rating_number(number)
            {
                out.push(Rating {
                    scale: scale.to_lowercase(),
                    value,
                    written: t.text.to_string(),
                });
            }
            continue;
        }
        if !(t.is_word() && RATING_SCALES.contains(&t.lower().as_str())) {
            continue;
        }
        // "EF-4", "Category 4".
        let mut next = i + 1;
        if tokens
            .get(next)
            .is_some_and(|d| d.is_dash() && !d.space_before)
        {
            next += 1;
        }
        if let Some(n) = tokens.get(next)
            && n.class == TokenClass::Number
            && let Some(value) = rating_number(n.text)
        {
            out.push(Rating {
                scale: t.lower(),
                value,
                written: text[t.start..n.end].to_string(),
            });
        }
    }
    out
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (ra, rb) = (ratings(a), ratings(b));
    let ([x], [y]) = (ra.as_slice(), rb.as_slice()) else {
        return None;
    };
    if x.scale != y.scale || x.value == y.value {
        return None;
    }
    Some(Finding {
        kind: ConflictKind::Number,
        severity: Severity::Soft,
        explanation: format!(
            "rating differs: {} ({}) vs {} ({}); a storm's rating moves as it strengthens or \
             weakens and is revised after a survey, so the two may be of different moments",
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

    /// Pairs that rate one storm differently: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("a tornado's rating", "The National Weather Service rated the tornado an EF-4, with peak winds of 170 mph.", "The tornado was rated an EF-3 by the National Weather Service on Saturday."),
        ("a hurricane's category", "Ian made landfall as a Category 4 hurricane on Wednesday.", "Ian came ashore as a Category 5 storm on Wednesday."),
        ("one token and two", "The twister was an EF4, the weather service said.", "The twister was an EF-2, the weather service said."),
    ];

    /// Pairs that do not: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same rating", "The tornado was rated an EF-4.", "Forecasters rated the twister EF 4."),
        ("a change of rating told", "Ian weakened to a Category 1 storm over land.", "Ian made landfall as a Category 4 hurricane."),
        ("two ratings on one side", "The storm went from a Category 1 to a Category 4 in a day.", "It made landfall as a Category 4 hurricane."),
        ("no rating", "The tornado killed 23 people.", "The tornado was rated an EF-3."),
        ("a figure too high for a scale", "Category 45 items were recalled.", "Category 12 items were recalled."),
    ];

    #[test]
    fn two_ratings_of_one_storm_are_a_soft_conflict() {
        check_each(FLAGGED, detect, true);
        let found = between_outlets(FLAGGED[0].1, FLAGGED[0].2, detect).expect("flagged");
        assert_eq!(found.severity, Severity::Soft);
        assert_eq!(found.value_a.as_deref(), Some("EF-4"));
        assert_eq!(found.value_b.as_deref(), Some("EF-3"));
    }

    #[test]
    fn ratings_that_agree_or_change_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }
}
