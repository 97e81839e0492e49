//! Start year against length of time (kind `date`): one outlet says a state has lasted
//! "since 1989", another that it lasted "for nearly three decades". The start year becomes a
//! number of years up to an end: a later year the duration's statement gives ("resigned in
//! 2019 after ruling for nearly three decades") or else the article's date. The two agree
//! when that number fits the duration exactly; they are compatible but differ in precision
//! when it fits an approximate or one-sided duration ("more than a decade"), which is no
//! conflict: the pair is recorded as kept by the rule "both may be true"; they conflict
//! when it does not fit at all. The explanation shows the arithmetic.

use crate::model::rule::{Check, Rule, Verdict};
use crate::model::{ConflictKind, Severity};
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Words that introduce a length of time a state lasted ("for three decades", "in more
    /// than a decade", "after 30 years", "over two decades"; section `duration-cues` of
    /// `assets/lexicon/conflict-cues.txt`).
    DURATION_CUES = CONFLICT_CUES["duration-cues"];
}

/// The start year of a "since" phrase: "since 1989", "since its independence in 1991".
fn since_year<'q>(s: &'q Side) -> Option<&'q Quantity> {
    let text = s.text();
    let mut years = s
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year)
        .filter(|q| {
            // The last word before the year ending in "since" and followed by a space
            // ("since ", "ever-since "): from it to the year, a short run without a break.
            let Some(at) = s
                .features
                .parse
                .tokens
                .iter()
                .rev()
                .filter(|t| t.end < q.start)
                .find(|t| t.folded.ends_with("since") && text[t.end..].starts_with(' '))
                .map(|t| t.start)
            else {
                return false;
            };
            let between = &text[at..q.start];
            s.features.parse.chunk_count_between(text, at, q.start) <= 7
                && !between.contains([',', '.', ';', ':', '(', ')'])
        });
    let first = years.next()?;
    years.next().is_none().then_some(first)
}

/// The one duration of a statement counted in years or more, introduced as a length of
/// time, with its interval in years.
fn duration_years<'q>(s: &'q Side) -> Option<(&'q Quantity, f64, f64)> {
    let mut found = s.features.parse.quantities.iter().filter_map(|q| {
        let (low, high) = q.duration_in_years()?;
        if high < 1.0 {
            return None;
        }
        let folded = s.features.parse.folded_range(s.text(), q.start, q.end);
        let cued = last_chunk_is_a_cue(s, q.start)
            || DURATION_CUES
                .iter()
                .any(|c| folded.starts_with(&format!("{c} ")));
        cued.then_some((q, low, high))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Is the last run of non-space characters before byte `at` of the statement a word of
/// [`DURATION_CUES`]? Read from the statement's parse: the word nearest before `at` (the part
/// before `at` of one running across it), with nothing but spaces between it and `at` and
/// before it a space or the start.
fn last_chunk_is_a_cue(s: &Side, at: usize) -> bool {
    let text = s.text();
    let parse = &s.features.parse;
    let Some((start, word)) = parse.words_before(text, at).next() else {
        return false;
    };
    let Ok(i) = parse.tokens.binary_search_by_key(&start, |t| t.start) else {
        return false;
    };
    let end = parse.tokens[i].end.min(at);
    DURATION_CUES.contains(&word.as_ref())
        && text[..start]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace)
        && text[end..at].chars().all(char::is_whitespace)
}

/// The year a duration runs up to: a later year of its own statement, else the article's.
fn end_year(s: &Side, since: f64) -> Option<(f64, String)> {
    let years: Vec<&Quantity> = s
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year && q.value > since)
        .collect();
    if let [y] = years.as_slice() {
        return Some((y.value, format!("{} (the year {} gives)", y.text, s.outlet)));
    }
    use chrono::Datelike;
    let date = s.article_date?;
    Some((
        f64::from(date.year()),
        format!("{} (the article's date)", date.year()),
    ))
}

fn years(n: f64) -> String {
    if (n - n.round()).abs() < 1e-6 {
        format!("{} years", n.round())
    } else {
        format!("{n:.1} years")
    }
}

/// What a start year and a length of time say together.
enum Judged {
    /// They do not fit: a conflict.
    Conflict(Finding),
    /// They fit, one exact and the other approximate: both may be true (the values as
    /// written, side a first).
    Compatible(String, String),
}

fn one_way(start_side: &Side, duration_side: &Side, start_is_a: bool) -> Option<Judged> {
    let start = since_year(start_side)?;
    if duration_years(start_side).is_some() || since_year(duration_side).is_some() {
        return None; // both sides carry their own span: nothing to convert
    }
    let (dur, low, high) = duration_years(duration_side)?;
    let (end, end_label) =
        end_year(duration_side, start.value).or_else(|| end_year(start_side, start.value))?;
    // Without months, "since 1989" up to 2019 is between 29 and 30 years.
    let (span_low, span_high) = (end - start.value - 1.0, end - start.value);
    if span_high <= 0.0 {
        return None;
    }
    let fits = span_low <= high && low <= span_high;
    let exact = (low - high).abs() < 1e-9;
    if fits && exact {
        return None; // the same length of time, told two ways
    }
    let since_text = format!("since {}", start.text);
    let (va, vb) = (since_text.clone(), dur.text.clone());
    let (value_a, value_b) = if start_is_a { (va, vb) } else { (vb, va) };
    if fits {
        return Some(Judged::Compatible(value_a, value_b));
    }
    let explanation = format!(
        "length of time: “{since_text}” ({}) vs “{}” ({}); they do not agree: {since_text} up to {end_label} is {} to {}, while “{}” means {} to {}",
        start_side.outlet,
        dur.text,
        duration_side.outlet,
        years(span_low.max(0.0)),
        years(span_high),
        dur.text,
        years(low),
        if high.is_finite() {
            years(high)
        } else {
            "more".to_string()
        }
    );
    Some(Judged::Conflict(Finding {
        kind: ConflictKind::Date,
        severity: Severity::Soft,
        explanation,
        value_a: Some(value_a),
        value_b: Some(value_b),
        subject: Subject::OfItsKind,
    }))
}

/// Compare a start year on one side with a length of time on the other.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    detect_traced(a, b, &mut Vec::new())
}

/// [`detect`], recording a compatible pair in `checks` as kept by [`Rule::SamePrecision`].
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<Finding> {
    match one_way(a, b, true).or_else(|| one_way(b, a, false))? {
        Judged::Conflict(finding) => Some(finding),
        Judged::Compatible(value_a, value_b) => {
            checks.push(Check {
                value_a,
                value_b,
                verdict: Verdict::Kept(Rule::SamePrecision),
            });
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, run};
    use crate::model::Date;

    fn compare(a: &str, b: &str, year: i32) -> Option<Finding> {
        let date = Date::from_ymd_opt(year, 6, 1);
        run(
            Written::new(a, "Daily Ledger").dated(date),
            Written::new(b, "Evening Post").dated(date),
            detect,
        )
    }

    #[test]
    fn an_exact_length_that_fits_the_start_year_agrees() {
        assert!(
            compare(
                "The governor has led the province since 2001.",
                "The governor, who has led the province for 20 years, spoke on Monday.",
                2021,
            )
            .is_none()
        );
    }

    #[test]
    fn an_approximate_length_that_fits_is_compatible_and_no_conflict() {
        let (a, b) = (
            "The party has governed the island since 1994.",
            "The party has governed the island for nearly three decades.",
        );
        assert!(compare(a, b, 2023).is_none(), "a difference of precision");
        let date = Date::from_ymd_opt(2023, 6, 1);
        let checks = run(
            Written::new(a, "Daily Ledger").dated(date),
            Written::new(b, "Evening Post").dated(date),
            |x, y| {
                let mut checks = Vec::new();
                assert!(detect_traced(x, y, &mut checks).is_none());
                checks
            },
        );
        assert_eq!(
            checks,
            [Check {
                value_a: "since 1994".into(),
                value_b: "nearly three decades".into(),
                verdict: Verdict::Kept(Rule::SamePrecision),
            }]
        );
    }

    #[test]
    fn a_length_that_cannot_fit_conflicts_using_the_later_year_given() {
        let f = compare(
            "The founder ran the company since 1975 before handing it to his son.",
            "He stepped down in 2015 after running the company for two decades.",
            2022,
        )
        .expect("40 years is not two decades");
        assert!(f.explanation.contains("do not agree"), "{}", f.explanation);
        assert!(f.explanation.contains("2015"), "{}", f.explanation);
        assert!(
            f.explanation.contains("39 years to 40 years"),
            "{}",
            f.explanation
        );
    }

    #[test]
    fn without_a_duration_or_a_start_year_nothing_is_said() {
        assert!(
            compare(
                "Prices have risen since Sunday.",
                "Prices rose for three days.",
                2022
            )
            .is_none()
        );
        assert!(
            compare(
                "The bridge was built in 1990.",
                "The bridge has stood for three decades.",
                2022
            )
            .is_none()
        );
    }
}
