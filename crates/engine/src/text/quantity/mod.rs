//! Numbers and quantities in a statement: digits, number words, bounds ("at least eight",
//! "more than 200", "nearly doubled"), vague amounts ("dozens", "several thousand").
//!
//! Each figure becomes a [`Quantity`] with its byte range, a nominal value, the interval
//! of true values the wording allows, its [`Bound`], its [`QuantityKind`] and the unit or
//! head noun that follows it. The conflict detector compares two figures of one fact with
//! [`Quantity::compatible_with`] (do the intervals overlap?) and [`Quantity::relative_gap`]
//! (how far apart are they?).
//!
//! Interval conventions, so the conflict detector can explain itself:
//! - exact figures are points: "317", "eight", "1,000", and also "19 million" (taken at
//!   its word);
//! - "more than n" starts at n + 1 for whole numbers, "fewer than n" ends at n − 1;
//! - "about n" allows ±15 % (at least ±1); a percentage, half the unit it is rounded to
//!   and at least a point ("about 68 percent" 67–69, "about 70 percent" 65–75);
//! - "nearly n" runs from 90 % of n (85 % for multipliers) up to n itself, included: so
//!   "nearly doubled" (1.7–2) and "doubled" (2), or "nearly 19 million" and "19 million",
//!   are *compatible* figures with the same value and different bounds — a borderline,
//!   soft difference of precision, never a hard conflict;
//! - vague amounts: "a few" 2–5, "a handful" 2–6, "several" 3–9, "dozens" 24–99,
//!   "scores of" 40–199, "hundreds" 200–999, "thousands" and "several thousand"
//!   2,000–9,999, "tens of thousands" 20,000–99,999; their `value` is the interval's low end;
//!   "a dozen" is `About` 12 (10–14); ranges ("10 to 15", "two or three", "between 200 and
//!   300", "$5-10 million") are `Vague` with both ends.
//!
//! Kinds: a bare four-digit number in 1800–2100 not counting a plural noun is a `Year`;
//! "25-year-old", "aged 40", "Nazarbayev, 81," and "who is 81" are `Age`; a time unit after
//! the figure makes a `Duration`; clock times (value in hours since midnight, unit "time"),
//! days of a month, ordinals, labels ("Article 4", "No. 2", "number two"), numbers in names
//! ("CBS 2", "Channel 8"), codes with a leading zero, scores, phone numbers and street
//! blocks and reference marks ("\[1\]") are `Other`; everything else is a `Count`. Figures inside web addresses are
//! skipped, and so is a lone "one" that is a pronoun ("no one", "one of the").

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use super::numbers::parse_number_word;
use super::numbers::{
    NumberPhrase, NumberWord, Token, TokenClass, classify_number_word, is_month_abbreviation,
    month_number, parse_digits, scale_suffix, scale_word, scan_outside_urls, tokenize, weekday_of,
    windows,
};
use super::word_lists;

/// How a written figure bounds the true value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    /// "13", "thirteen", "doubled".
    Exact,
    /// "at least 8", "8 or more".
    AtLeast,
    /// "more than 200", "over 200".
    MoreThan,
    /// "at most 5", "up to 5".
    AtMost,
    /// "fewer than 5", "under 5".
    LessThan,
    /// "about 500", "some 500", "roughly", "around", "an estimated".
    About,
    /// "nearly 19 million", "almost", "close to".
    Nearly,
    /// A vague amount: "dozens", "hundreds", "several thousand", "a few".
    Vague,
}

/// What sort of figure it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuantityKind {
    /// A count of things or people: "eight killed", "hundreds of protesters".
    Count,
    /// A calendar year: "1989", "in 2019".
    Year,
    /// Money: "$2.5 million", "two million euros".
    Money,
    /// "40 percent", "40%".
    Percent,
    /// A factor of change: "doubled" (2), "tripled" (3), "halved" (0.5).
    Multiplier,
    /// A length of time: "two-week", "three decades", "for 30 years".
    Duration,
    /// An age: "81", "25-year-old".
    Age,
    /// Anything else with a number (clock times, article numbers, ordinals).
    Other,
}

/// One figure found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantity {
    /// Byte range of the whole expression in the input, bound words included.
    pub start: usize,
    pub end: usize,
    /// As written: "at least eight", "several thousand". Currency and percent words and the
    /// time unit of a duration are part of it ("two million euros", "40 percent",
    /// "nearly three decades"); a counted noun is not (it is in `unit`).
    pub text: String,
    /// The nominal number: 8 for "at least eight", 2 for "doubled", 19e6 for "19 million".
    pub value: f64,
    /// Interval of true values the expression allows; `high` may be `f64::INFINITY`.
    pub low: f64,
    pub high: f64,
    pub bound: Bound,
    pub kind: QuantityKind,
    /// Unit or head noun right after the figure, lowercase: "people", "police officers",
    /// "euros", "years". Empty when none.
    pub unit: String,
    /// For a bare count that shares the noun of the count before it in the same clause,
    /// that noun: "police" for "eight" in "317 police … were injured and eight killed".
    /// Empty otherwise (and always when `unit` is set).
    #[serde(default)]
    pub implied_unit: String,
}

impl Quantity {
    /// True when the two intervals overlap, so both figures can be true at once.
    pub fn compatible_with(&self, other: &Quantity) -> bool {
        self.low <= other.high && other.low <= self.high
    }

    /// Are both figures approximations ("about 80", "around 100"; "some 70,000" and
    /// "nearly 81,000", a figure approached) with each one's figure outside the other's
    /// margin? Their intervals may meet (68-92 and 85-115), but only far from what either
    /// outlet wrote. Each figure comes with the factor that brings it to a
    /// unit common to both (1 for two counts; a unit's factor for two measurements).
    pub fn far_apart_as_approximations(
        &self,
        factor: f64,
        other: &Quantity,
        other_factor: f64,
    ) -> bool {
        let outside = |q: &Quantity, f: f64, v: f64| v < q.low * f || v > q.high * f;
        let approximate = |q: &Quantity| matches!(q.bound, Bound::About | Bound::Nearly);
        approximate(self)
            && approximate(other)
            && outside(self, factor, other.value * other_factor)
            && outside(other, other_factor, self.value * factor)
    }

    /// The step of the last digit written: 0.1 for "36.9 percent", 1 for "37 percent",
    /// 100,000 for "18.7 million", 1 million for "19 million"; `None` for a figure written
    /// in words ("thirteen") or without a value to scale by. Trailing zeros of a whole
    /// number are not read as rounding ("20,000" steps by 1): whether "20,000" is round or
    /// counted, the text does not say.
    pub fn last_digit_step(&self) -> Option<f64> {
        let start = self.text.find(|c: char| c.is_ascii_digit())?;
        let literal: String = self.text[start..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, '.' | ','))
            .filter(|c| *c != ',')
            .collect();
        let literal = literal.trim_end_matches('.');
        let written: f64 = literal.parse().ok()?;
        if written == 0.0 || !self.value.is_finite() {
            return None;
        }
        let decimals = literal.split_once('.').map_or(0, |(_, d)| d.len());
        let decimals = i32::try_from(decimals).ok()?;
        // "19 million" is written 19 and worth 19e6: its steps are of a million.
        let scale = self.value / written;
        Some(10f64.powi(-decimals) * scale)
    }

    /// Can the two exact figures be one figure rounded two ways: the coarser one written
    /// to a larger step ("37 percent") and the finer within half a step of it ("36.9
    /// percent"; "19 million" and "18.7 million")? Not two figures written to one step
    /// ("150" and "148"), nor a finer figure exactly half a step away ("€1.5 million" is
    /// not written "€2 million").
    pub fn rounds_to(&self, other: &Quantity) -> bool {
        let (Some(step_a), Some(step_b)) = (self.last_digit_step(), other.last_digit_step()) else {
            return false;
        };
        let coarser = step_a.max(step_b);
        let finer = step_a.min(step_b);
        coarser > finer * 1.5 && (self.value - other.value).abs() < coarser / 2.0 * (1.0 - 1e-9)
    }

    /// The figure as a reader sees it: a count of none written as the "no" before its noun
    /// ("no casualties", whose noun the measure reads after the figure) shows as "none";
    /// any other figure as written ("no one", "at least 12").
    pub fn shown(&self) -> &str {
        if self.is_none_written_no() {
            "none"
        } else {
            &self.text
        }
    }

    /// Is it a count of none written as the "no" before its noun ("no casualties", "no
    /// reported injuries"), not as "no one" or "nobody"?
    pub fn is_none_written_no(&self) -> bool {
        self.value == 0.0 && self.text.eq_ignore_ascii_case("no")
    }

    /// Is the figure joined by a hyphen to the word after it in `text`, the statement it was
    /// read from ("a 7-yard pass", "the two-story building", "a four-seat plane")? It then
    /// describes that word's noun rather than counting it.
    pub fn joined_to_next_word(&self, text: &str) -> bool {
        text.get(self.end..)
            .is_some_and(|rest| rest.starts_with('-'))
    }

    /// Is the figure a clock time ("2:53 p.m.", "9am")? Not a count of times ("shot one
    /// time"), which the reader gives the same unit.
    pub fn is_clock_time(&self) -> bool {
        self.kind == QuantityKind::Other && self.unit == "time"
    }

    /// The head noun of [`Quantity::unit`]: its last word ("officers" for "police
    /// officers", "protesters" for "hundreds of protesters"); for a bare count, that of
    /// [`Quantity::implied_unit`] ("police" for "… and eight killed"); else empty.
    pub fn counted_noun(&self) -> &str {
        let unit = if self.unit.is_empty() {
            &self.implied_unit
        } else {
            &self.unit
        };
        unit.rsplit(' ').next().unwrap_or("")
    }

    /// Distance between the two intervals relative to the larger nominal value:
    /// 0 when they overlap (also "nearly doubled" vs "doubled"), 0.38 for 8 vs 13,
    /// 0.5 for "several thousand" vs "hundreds". Use it to rank or grade differences.
    pub fn relative_gap(&self, other: &Quantity) -> f64 {
        if self.compatible_with(other) {
            return 0.0;
        }
        let gap = if self.high < other.low {
            other.low - self.high
        } else {
            self.low - other.high
        };
        let scale = self.value.abs().max(other.value.abs());
        if scale > 0.0 { gap / scale } else { gap }
    }

    /// For a duration, its interval in years: "nearly three decades" (27, 30), "two-week"
    /// about (0.038, 0.038). `None` for other kinds or an unknown unit. Lets a caller
    /// set "since 1989" (with the article's year) against "for nearly three decades".
    pub fn duration_in_years(&self) -> Option<(f64, f64)> {
        if self.kind != QuantityKind::Duration {
            return None;
        }
        let years_per_unit = match singular(&self.unit) {
            "second" => 1.0 / 31_557_600.0,
            "minute" => 1.0 / 525_960.0,
            "hour" => 1.0 / 8_766.0,
            "day" => 1.0 / 365.25,
            "week" => 7.0 / 365.25,
            "fortnight" => 14.0 / 365.25,
            "month" => 1.0 / 12.0,
            "year" => 1.0,
            "decade" => 10.0,
            "century" => 100.0,
            _ => return None,
        };
        Some((self.low * years_per_unit, self.high * years_per_unit))
    }

    /// True for vague amounts and approximate or one-sided bounds: the figure does not
    /// pin down one value.
    pub fn is_approximate(&self) -> bool {
        self.bound != Bound::Exact || self.low < self.high
    }

    /// True when the two figures measure the same sort of thing and may be compared:
    /// same kind, and for money, durations and percentages the same unit (a duration's
    /// unit compared without a plural "s"). Counts are always comparable here; whether
    /// they count the same people is for the caller to judge from [`Quantity::counted_noun`].
    pub fn same_measure(&self, other: &Quantity) -> bool {
        if self.kind != other.kind {
            return false;
        }
        match self.kind {
            QuantityKind::Money | QuantityKind::Percent | QuantityKind::Duration => {
                singular(&self.unit) == singular(&other.unit)
            }
            _ => true,
        }
    }
}

fn singular(unit: &str) -> &str {
    let unit = unit.trim();
    if unit == "centuries" {
        return "century";
    }
    unit.strip_suffix('s').unwrap_or(unit)
}

/// Every figure in `text`, in order, without overlaps.
pub fn extract_quantities(text: &str) -> Vec<Quantity> {
    if !text
        .bytes()
        .any(|b| b.is_ascii_digit() || b.is_ascii_alphabetic())
    {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (offset, window) in windows(text) {
        found.extend(extract_in_window(window).into_iter().map(|mut q| {
            q.start += offset;
            q.end += offset;
            q
        }));
    }
    found
}

fn extract_in_window(text: &str) -> Vec<Quantity> {
    let tokens = tokenize(text);
    let mut found = Vec::new();
    scan_outside_urls(text, &tokens, |i| {
        let reading = Reader::new(&tokens)
            .read_at(i)
            .filter(|r| r.end_token > i)?;
        let end_token = reading.end_token;
        // "eight killed", "thousands more injured".
        let predicate_follows = tokens[end_token.min(tokens.len())..]
            .iter()
            .find(|t| !t.is_any(UNIT_SKIP))
            .is_some_and(|t| {
                t.is_word() && (is_participle(&t.lower()) || t.is_any(&BARE_PREDICATES))
            });
        if let Some(mut q) = reading.into_quantity(text, &tokens) {
            if is_reference_mark(text, &q) {
                q.kind = QuantityKind::Other;
            }
            if predicate_follows {
                inherit_unit(text, &found, &mut q);
            }
            found.push(q);
        }
        Some(end_token)
    });
    found
}

/// Is the figure a reference mark in square brackets ("were injured.[1][2]")?
fn is_reference_mark(text: &str, q: &Quantity) -> bool {
    text[..q.start].ends_with('[')
        && text[q.end..].starts_with(']')
        && q.text.bytes().all(|b| b.is_ascii_digit())
}

word_lists::sections! {
    /// Predicates that can follow a bare count: "eight killed", "two hurt". This module's word
    /// lists and tables are sections of `assets/lexicon/figure-words.txt`, by name.
    BARE_PREDICATES = FIGURE_WORDS["bare-predicates"];
}

/// "317 police … were injured and eight killed": a bare count followed by a predicate
/// counts the same noun as the count before it in the same clause.
fn inherit_unit(text: &str, earlier: &[Quantity], q: &mut Quantity) {
    if q.kind != QuantityKind::Count || !q.unit.is_empty() {
        return;
    }
    let Some(previous) = earlier.last() else {
        return;
    };
    let between = text.get(previous.end..q.start).unwrap_or(".");
    if previous.kind == QuantityKind::Count
        && !previous.unit.is_empty()
        && !between.contains(['.', ';', '!', '?', ':'])
        && between.len() < 120
    {
        q.implied_unit = previous.unit.clone();
    }
}

/// Extra precision for "just over" / "just under".
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tightness {
    Open,
    Tight,
}

/// Bound words before a figure, longest first, with the bound they set.
static BOUND_PHRASES: LazyLock<Vec<(Vec<&'static str>, Bound, Tightness)>> = LazyLock::new(|| {
    word_lists::FIGURE_WORDS
        .named("bounds")
        .into_iter()
        .filter_map(bound_phrase)
        .collect()
});

/// [`BOUND_PHRASES`] as the reader walks them: `for (words, bound, tightness) in PREFIXES`.
const PREFIXES: Rows<(Vec<&'static str>, Bound, Tightness)> = Rows(&BOUND_PHRASES);

/// One entry of the bound words: `at least = at-least`, `just over = more-than tight`.
fn bound_phrase(entry: &'static str) -> Option<(Vec<&'static str>, Bound, Tightness)> {
    let (words, value) = word_lists::pair(entry);
    let mut value = value.split_whitespace();
    let bound = match value.next()? {
        "at-least" => Bound::AtLeast,
        "at-most" => Bound::AtMost,
        "more-than" => Bound::MoreThan,
        "less-than" => Bound::LessThan,
        "about" => Bound::About,
        "nearly" => Bound::Nearly,
        _ => return None,
    };
    let tightness = match value.next() {
        None => Tightness::Open,
        Some("tight") => Tightness::Tight,
        Some(_) => return None,
    };
    Some((words.split(' ').collect(), bound, tightness))
}

/// A table read from a word list once, walked like a slice: `for row in TABLE`.
struct Rows<T: 'static>(&'static LazyLock<Vec<T>>);

impl<T: Sync + Send> IntoIterator for Rows<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Verbs of multiplication and their factor.
static MULTIPLIERS: LazyLock<Vec<(&'static str, f64)>> = LazyLock::new(|| {
    word_lists::FIGURE_WORDS
        .named("multipliers")
        .into_iter()
        .filter_map(|entry| {
            let (word, factor) = word_lists::pair(entry);
            Some((word, factor.parse().ok()?))
        })
        .collect()
});

/// [`MULTIPLIERS`], as the reader looks a word up in them (`MULTIPLIER_WORDS.iter()`).
const MULTIPLIER_WORDS: &LazyLock<Vec<(&str, f64)>> = &MULTIPLIERS;

/// Currency words after a figure, with the unit they are reported as.
static CURRENCY_WORDS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    word_lists::FIGURE_WORDS
        .named("currencies")
        .into_iter()
        .map(word_lists::pair)
        .collect()
});

/// The unit a currency word is reported as ("usd" gives "dollars"), if it is one.
pub(crate) fn currency_word(word: &str) -> Option<&'static str> {
    CURRENCY_WORDS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, unit)| unit)
}

word_lists::sections! {
    /// Words of paying right before a figure that make an unknown word after it a currency
    /// (section `money-cues-before` of `assets/lexicon/figure-words.txt`).
    MONEY_CUES_BEFORE = FIGURE_WORDS["money-cues-before"];

    /// Words of paid money after such a word: "in emergency aid" (section
    /// `money-nouns-after`).
    MONEY_NOUNS_AFTER = FIGURE_WORDS["money-nouns-after"];
}

/// Is the lowercase word one news English does not know: no concept of the lexicon, and
/// neither it nor its stem a key of the background table (`assets/lexicon/news-df.tsv`)?
/// "grivens" and "talers" are not known; "visits" and "projects" are.
fn is_unknown_word(word: &str) -> bool {
    let stemmed = super::stem::stem(word);
    super::lexicon::concept_of(word, &stemmed).is_none()
        && !super::background::is_known(&stemmed)
        && !super::background::is_known(word)
}

fn currency_symbol(symbol: &str) -> Option<&'static str> {
    match symbol {
        "$" => Some("dollars"),
        "€" => Some("euros"),
        "£" => Some("pounds"),
        "¥" => Some("yen"),
        "₹" => Some("rupees"),
        "₽" => Some("rubles"),
        "₸" => Some("tenge"),
        _ => None,
    }
}

word_lists::sections! {
    /// Units written right after a figure with no space ("120km", "197ft"), each `written =
    /// unit`: a section of `assets/lexicon/units.txt`.
    pub(crate) GLUED_UNITS = UNITS["glued"];

    /// Words after a glued "m" that make it metres, not millions ("300m through the
    /// market", "400m away", "30m high").
    METRES_AFTER = UNITS["metres-after"];
}

/// The unit glued to a figure's digits ("km" of "120km"), when it is one of
/// [`GLUED_UNITS`], as its dimension's section lists it ("metres" for "m"). A glued "m" is
/// metres only when `next`, the token after the figure, is a bracket ("60m (197ft)") or a
/// word of [`METRES_AFTER`] ("300m through the market"); alone it may be millions ("60m
/// people").
pub(crate) fn glued_unit(suffix: &str, next: &str) -> Option<&'static str> {
    let lower = suffix.to_ascii_lowercase();
    let metres = || next == "(" || METRES_AFTER.iter().any(|w| w.eq_ignore_ascii_case(next));
    GLUED_UNITS
        .iter()
        .map(|e| word_lists::pair(e))
        .find(|(written, _)| *written == lower)
        .filter(|(written, _)| *written != "m" || metres())
        .map(|(_, unit)| unit)
}

word_lists::sections! {
    /// Time units that make a figure a duration.
    TIME_UNITS = FIGURE_WORDS["time-units"];
}

fn is_time_unit(token: &Token) -> bool {
    token.is_word() && token.is_any(&TIME_UNITS)
}

word_lists::sections! {
    /// Words before a figure that make it a label or an identifier, not an amount.
    LABEL_WORDS = FIGURE_WORDS["labels"];

    /// Nouns of craft after a maker's name and a number that make the number a model
    /// ("a Boeing 737 jet", "the Airbus 320 plane").
    CRAFT_NOUNS = FIGURE_WORDS["craft-nouns"];

    /// Verbs before a bare figure that make it a telephone number ("called 911").
    CALLING_VERBS = FIGURE_WORDS["calling-verbs"];

    /// Words of a storm's scale before its number ("Category 4", "EF-4").
    pub(crate) SCALE_WORDS = FIGURE_WORDS["scale-words"];

    /// Words before a bare four-digit number that make it a year naming the noun after it
    /// ("the 2013 charges").
    YEAR_DETERMINERS = FIGURE_WORDS["year-determiners"];
}

/// Plural nouns of people whose figures listed after a comma are their ages ("her sons, 7
/// and 8"; kind `ages-listed` in `assets/lexicon/people.txt`).
static AGES_LISTED: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "ages-listed"));

/// [`LABEL_WORDS`], as the reader passes them (`token.is_any(LABELS)`).
const LABELS: &LazyLock<Vec<&'static str>> = &LABEL_WORDS;

/// Words that end a unit phrase: function words, reporting verbs and common predicates
/// (the sections tagged `unit` of `assets/lexicon/function-words.txt`,
/// `reporting-verbs.txt` and `unit-ends.txt`).
static UNIT_STOP: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::tagged(&word_lists::TAGGED_BY_READER, "unit"));

/// Does the folded word end the noun phrase after a figure ([`UNIT_STOP`]: "in", "behind",
/// "said", "marched")?
pub(crate) fn ends_a_unit(word: &str) -> bool {
    UNIT_STOP.contains(&word)
}

word_lists::sections! {
    /// Modifiers skipped inside a unit phrase: "five other states", "thousands more".
    UNIT_SKIP_WORDS = FIGURE_WORDS["unit-skip"];
}

/// [`UNIT_SKIP_WORDS`], as the reader passes them (`token.is_any(UNIT_SKIP)`).
const UNIT_SKIP: &LazyLock<Vec<&'static str>> = &UNIT_SKIP_WORDS;

/// What the core of a figure turned out to be.
#[derive(Debug, Clone, Copy, PartialEq)]
enum CoreShape {
    /// Digits, maybe with a scale: "317", "2.5 million", "2.5m".
    Digits { plain_integer_len: Option<usize> },
    /// Number words: "eight", "twenty-five", "two million".
    Words { single_one: bool },
    /// "dozens", "several thousand", "a few".
    Vague,
    /// "a dozen", "a million", "a decade".
    Article,
    /// "doubled", "tripled".
    Multiplier,
}

/// A figure as read, before it becomes a [`Quantity`].
#[derive(Debug, Clone)]
struct Reading {
    first_token: usize,
    /// One past the last token of the expression.
    end_token: usize,
    value: f64,
    base_low: f64,
    base_high: f64,
    bound: Bound,
    tightness: Tightness,
    shape: CoreShape,
    kind: Option<QuantityKind>,
    unit: String,
}

impl Reading {
    /// A half more, told with the figure ("two and a half years", "one and a half
    /// kilometres").
    fn add_half(&mut self) {
        self.value += 0.5;
        self.base_low += 0.5;
        self.base_high += 0.5;
    }

    fn into_quantity(self, text: &str, tokens: &[Token]) -> Option<Quantity> {
        let start = tokens.get(self.first_token)?.start;
        let end = tokens.get(self.end_token.checked_sub(1)?)?.end;
        let kind = self.kind.unwrap_or(QuantityKind::Count);
        let whole = self.value.fract() == 0.0
            && !matches!(
                kind,
                QuantityKind::Multiplier | QuantityKind::Percent | QuantityKind::Duration
            );
        let (low, high) = interval(
            self.bound,
            self.tightness,
            self.value,
            self.base_low,
            self.base_high,
            whole,
            kind == QuantityKind::Multiplier,
        );
        // A percentage is already a share: "about 68 percent" is 67-69 (a point either way
        // at least), "about 70 percent" 65-75 (half its rounding unit), not 15 % of the
        // figure either way.
        let (low, high) = if kind == QuantityKind::Percent && self.bound == Bound::About {
            let spread = (rounding_unit(self.value) / 2.0).max(1.0);
            ((self.value - spread).max(0.0), self.value + spread)
        } else {
            (low, high)
        };
        // Clock times: "about 9:25" is within half an hour, not 15 %.
        let (low, high) = match (self.unit.as_str(), self.bound) {
            ("time", Bound::About) => (self.value - 0.5, self.value + 0.5),
            ("time", Bound::Nearly) => (self.value - 0.25, self.value),
            _ => (low, high),
        };
        // Float noise off the ends: 0.85 × 3,000 is 2,550, not 2,549.9999….
        let tidy = |x: f64| {
            if x.is_finite() && (x - x.round()).abs() <= 1e-9 * x.abs().max(1.0) {
                x.round()
            } else {
                x
            }
        };
        let (low, high) = (tidy(low), tidy(high));
        if !self.value.is_finite() || low.is_nan() || high.is_nan() {
            return None;
        }
        Some(Quantity {
            start,
            end,
            text: text.get(start..end)?.to_string(),
            value: self.value,
            low,
            high,
            bound: self.bound,
            kind,
            unit: self.unit,
            implied_unit: String::new(),
        })
    }
}

/// The place of a figure's last nonzero digit, the unit it was rounded to: 1 for 68, 10 for
/// 70, 0.1 for 5.4, 10,000 for 20,000.
fn rounding_unit(value: f64) -> f64 {
    if !value.is_finite() || value == 0.0 {
        return 1.0;
    }
    if value.fract() != 0.0 {
        let places = format!("{value}")
            .split_once('.')
            .map_or(0, |(_, p)| p.len().min(6));
        return 10f64.powi(-(places as i32));
    }
    let mut unit = 1.0;
    while (value / (unit * 10.0)).fract() == 0.0 && unit * 10.0 <= value.abs() {
        unit *= 10.0;
    }
    unit
}

/// The interval of true values for a bound applied to a figure.
fn interval(
    bound: Bound,
    tightness: Tightness,
    value: f64,
    base_low: f64,
    base_high: f64,
    whole: bool,
    multiplier: bool,
) -> (f64, f64) {
    let step = if whole {
        1.0
    } else {
        (value.abs() * 1e-6).max(1e-9)
    };
    let floor = 0.0_f64.min(value);
    match bound {
        Bound::Exact | Bound::Vague => (base_low, base_high),
        Bound::AtLeast => (base_low, f64::INFINITY),
        Bound::MoreThan => match tightness {
            Tightness::Open => (value + step, f64::INFINITY),
            Tightness::Tight => (value + step, (value * 1.1).max(value + step)),
        },
        Bound::AtMost => (floor, base_high),
        Bound::LessThan => match tightness {
            Tightness::Open => (floor, value - step),
            Tightness::Tight => ((value * 0.9).min(value - step), value - step),
        },
        Bound::About => {
            let widen = if whole { 1.0 } else { 0.0 };
            (
                (base_low * 0.85).min(base_low - widen).max(floor),
                (base_high * 1.15).max(base_high + widen),
            )
        }
        Bound::Nearly => {
            let share = if multiplier { 0.85 } else { 0.9 };
            let low = if whole {
                (value * share).min(value - 1.0)
            } else {
                value * share
            };
            // The nominal value itself is included: "nearly doubled" touches "doubled".
            (low.max(floor), value)
        }
    }
}

word_lists::sections! {
    /// Words besides the number words that can open a figure: bound words, vague amounts,
    /// multipliers and currency codes, lowercase.
    NON_NUMBER_STARTERS = FIGURE_WORDS["non-number-starters"];

    /// Words that name an hour ("noon", "midnight"), each `word = hours since midnight`.
    NAMED_HOURS = FIGURE_WORDS["named-hours"];

    /// Phrases after a clock time that tell its half of the day ("in the morning"), each
    /// `phrase = am` or `phrase = pm`.
    DAY_PARTS = FIGURE_WORDS["day-parts"];

    /// Parts of an hour told in words before "past" or "to" an hour ("a quarter past
    /// five"), each `word = minutes`.
    CLOCK_PARTS = FIGURE_WORDS["clock-parts"];
}

/// The minutes a word of [`CLOCK_PARTS`] names ("quarter" 15).
fn clock_part_minutes(word: &str) -> Option<f64> {
    value_named(&CLOCK_PARTS, word)
}

/// The value a list of `word = value` entries gives a word, any case.
fn value_named(entries: &[&'static str], word: &str) -> Option<f64> {
    entries.iter().find_map(|e| {
        let (name, value) = word_lists::pair(e);
        name.eq_ignore_ascii_case(word)
            .then(|| value.parse().ok())
            .flatten()
    })
}

/// Does a clock time as written tell which half of the day it is in: "a.m." or "p.m." (or
/// "am", "pm", "p. m."), a phrase of [`DAY_PARTS`] ("3:40 in the morning"), or a word of
/// [`NAMED_HOURS`] ("noon")?
pub fn tells_half_of_day(written: &str) -> bool {
    let written = written.to_ascii_lowercase();
    ["am", "pm", "a.m", "p.m", "a. m", "p. m"]
        .iter()
        .any(|m| written.contains(m))
        || DAY_PARTS
            .iter()
            .any(|e| written.ends_with(word_lists::pair(e).0))
        || named_hour(&written).is_some()
}

/// The hours since midnight a word of [`NAMED_HOURS`] names.
fn named_hour(word: &str) -> Option<f64> {
    value_named(&NAMED_HOURS, word)
}

/// Every word that can open a figure, lowercase and sorted: [`NON_NUMBER_STARTERS`] and
/// the unit, teen and tens words of `assets/lexicon/number-words.txt`. Checked before any
/// other reading, so ordinary words cost one binary search.
static STARTERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = NON_NUMBER_STARTERS.clone();
    words.extend(NAMED_HOURS.iter().map(|e| word_lists::pair(e).0));
    words.extend(super::numbers::simple_number_words().map(|(word, _)| word));
    words.sort_unstable();
    words
});

fn compare_ignoring_case(word: &str, token: &str) -> std::cmp::Ordering {
    word.bytes()
        .cmp(token.bytes().map(|b| b.to_ascii_lowercase()))
}

/// Cheap gate: can a figure start at this token?
fn can_start_figure(token: &Token) -> bool {
    match token.class {
        TokenClass::Number | TokenClass::Mixed => true,
        TokenClass::Punct => currency_symbol(token.text).is_some(),
        TokenClass::Word => {
            STARTERS
                .binary_search_by(|w| compare_ignoring_case(w, token.text))
                .is_ok()
                || token
                    .text
                    .get(token.text.len().saturating_sub(4)..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case("fold"))
        }
    }
}

/// A clock time as hours since midnight: (9, 10, None) 9.1666…, (6, 35, pm) 18.58….
fn clock_hours(hour: f64, minutes: f64, pm: Option<bool>) -> f64 {
    let hour = match pm {
        Some(true) if hour < 12.0 => hour + 12.0,
        Some(false) if hour == 12.0 => 0.0,
        _ => hour,
    };
    hour + minutes / 60.0
}

/// "detained", "fleeing": a verb form that ends a unit phrase.
fn is_participle(word: &str) -> bool {
    word.len() > 4
        && !word.contains('-')
        && (word.ends_with("ed") && !word.ends_with("eed") || word.ends_with("ing"))
}

word_lists::sections! {
    /// Past participles that do not end in "-ed" ("drawn", "held", "found"): after a
    /// counted noun they start its predicate ("120 firefighters drawn from nine stations").
    /// A section of `assets/lexicon/status-cues.txt`, shared with the polarity reader.
    IRREGULAR_PARTICIPLES = STATUS_CUES["irregular-past"];
}

/// Does the folded word start a noun's predicate after the noun: a participle by its ending
/// ([`is_participle`]) or an irregular one ([`IRREGULAR_PARTICIPLES`])?
fn starts_a_predicate(word: &str) -> bool {
    is_participle(word) || IRREGULAR_PARTICIPLES.contains(&word)
}

mod reader;
#[cfg(test)]
mod tests;

use reader::Reader;
