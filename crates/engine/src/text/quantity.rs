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
//! - "about n" allows ±15 % (at least ±1);
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
//! blocks and reference marks ("[1]") are `Other`; everything else is a `Count`. Figures inside web addresses are
//! skipped, and so is a lone "one" that is a pronoun ("no one", "one of the").

use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

pub use super::numbers::parse_number_word;
use super::numbers::{
    NumberPhrase, NumberWord, Token, TokenClass, classify_number_word, is_month_abbreviation,
    month_number, parse_digits, scale_suffix, scale_word, tokenize, url_spans, weekday_of, windows,
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
    let urls = url_spans(text);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if urls
            .iter()
            .any(|&(start, end)| (start..end).contains(&tokens[i].start))
        {
            i += 1;
            continue;
        }
        match Reader::new(&tokens).read_at(i) {
            Some(reading) if reading.end_token > i => {
                i = reading.end_token;
                // "eight killed", "thousands more injured".
                let predicate_follows = tokens[reading.end_token.min(tokens.len())..]
                    .iter()
                    .find(|t| !t.is_any(UNIT_SKIP))
                    .is_some_and(|t| {
                        t.is_word() && (is_participle(&t.lower()) || t.is_any(BARE_PREDICATES))
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
            }
            _ => i += 1,
        }
    }
    found
}

/// Is the figure a reference mark in square brackets ("were injured.[1][2]")?
fn is_reference_mark(text: &str, q: &Quantity) -> bool {
    text[..q.start].ends_with('[')
        && text[q.end..].starts_with(']')
        && q.text.bytes().all(|b| b.is_ascii_digit())
}

/// Predicates that can follow a bare count: "eight killed", "two hurt".
const BARE_PREDICATES: &[&str] = &["hurt", "shot", "dead", "missing", "slain", "held"];

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

/// Bound words before a figure, longest first.
const PREFIXES: &[(&[&str], Bound, Tightness)] = &[
    (&["no", "fewer", "than"], Bound::AtLeast, Tightness::Open),
    (&["no", "less", "than"], Bound::AtLeast, Tightness::Open),
    (&["not", "less", "than"], Bound::AtLeast, Tightness::Open),
    (&["no", "more", "than"], Bound::AtMost, Tightness::Open),
    (&["not", "more", "than"], Bound::AtMost, Tightness::Open),
    (&["in", "excess", "of"], Bound::MoreThan, Tightness::Open),
    (&["as", "many", "as"], Bound::AtMost, Tightness::Open),
    (&["just", "shy", "of"], Bound::Nearly, Tightness::Open),
    (&["just", "short", "of"], Bound::Nearly, Tightness::Open),
    (&["at", "least"], Bound::AtLeast, Tightness::Open),
    (&["at", "most"], Bound::AtMost, Tightness::Open),
    (&["up", "to"], Bound::AtMost, Tightness::Open),
    (&["more", "than"], Bound::MoreThan, Tightness::Open),
    (&["greater", "than"], Bound::MoreThan, Tightness::Open),
    (&["just", "over"], Bound::MoreThan, Tightness::Tight),
    (&["just", "above"], Bound::MoreThan, Tightness::Tight),
    (&["well", "over"], Bound::MoreThan, Tightness::Open),
    (&["upwards", "of"], Bound::MoreThan, Tightness::Open),
    (&["just", "under"], Bound::LessThan, Tightness::Tight),
    (&["just", "below"], Bound::LessThan, Tightness::Tight),
    (&["fewer", "than"], Bound::LessThan, Tightness::Open),
    (&["less", "than"], Bound::LessThan, Tightness::Open),
    (&["an", "estimated"], Bound::About, Tightness::Open),
    (&["close", "to"], Bound::Nearly, Tightness::Open),
    (&["over"], Bound::MoreThan, Tightness::Open),
    (&["above"], Bound::MoreThan, Tightness::Open),
    (&["under"], Bound::LessThan, Tightness::Open),
    (&["below"], Bound::LessThan, Tightness::Open),
    (&["estimated"], Bound::About, Tightness::Open),
    (&["about"], Bound::About, Tightness::Open),
    (&["around"], Bound::About, Tightness::Open),
    (&["roughly"], Bound::About, Tightness::Open),
    (&["approximately"], Bound::About, Tightness::Open),
    (&["approx"], Bound::About, Tightness::Open),
    (&["some"], Bound::About, Tightness::Open),
    (&["circa"], Bound::About, Tightness::Open),
    (&["nearly"], Bound::Nearly, Tightness::Open),
    (&["almost"], Bound::Nearly, Tightness::Open),
];

/// Verbs of multiplication and their factor.
const MULTIPLIER_WORDS: &[(&str, f64)] = &[
    ("doubled", 2.0),
    ("doubles", 2.0),
    ("doubling", 2.0),
    ("tripled", 3.0),
    ("triples", 3.0),
    ("tripling", 3.0),
    ("trebled", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("halved", 0.5),
    ("halving", 0.5),
];

/// Currency words after a figure, with the unit they are reported as.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("dollar", "dollars"),
    ("dollars", "dollars"),
    ("usd", "dollars"),
    ("euro", "euros"),
    ("euros", "euros"),
    ("eur", "euros"),
    ("sterling", "pounds"),
    ("gbp", "pounds"),
    ("yen", "yen"),
    ("yuan", "yuan"),
    ("renminbi", "yuan"),
    ("rupee", "rupees"),
    ("rupees", "rupees"),
    ("ruble", "rubles"),
    ("rubles", "rubles"),
    ("rouble", "rubles"),
    ("roubles", "rubles"),
    ("tenge", "tenge"),
    ("franc", "francs"),
    ("francs", "francs"),
    ("lira", "lira"),
    ("peso", "pesos"),
    ("pesos", "pesos"),
    ("rand", "rand"),
    ("shekel", "shekels"),
    ("shekels", "shekels"),
    ("dinar", "dinars"),
    ("dinars", "dinars"),
    ("riyal", "riyals"),
    ("riyals", "riyals"),
    ("dirham", "dirhams"),
    ("dirhams", "dirhams"),
    ("hryvnia", "hryvnias"),
    ("hryvnias", "hryvnias"),
    ("krona", "kronor"),
    ("kronor", "kronor"),
    ("krone", "kroner"),
    ("kroner", "kroner"),
    ("zloty", "zloty"),
];

fn currency_word(word: &str) -> Option<&'static str> {
    CURRENCY_WORDS
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, unit)| unit)
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

/// Time units that make a figure a duration.
const TIME_UNITS: &[&str] = &[
    "second",
    "seconds",
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "century",
    "centuries",
];

fn is_time_unit(token: &Token) -> bool {
    token.is_word() && token.is_any(TIME_UNITS)
}

/// Words before a figure that make it a label or an identifier, not an amount.
const LABELS: &[&str] = &[
    "article",
    "articles",
    "section",
    "chapter",
    "clause",
    "paragraph",
    "page",
    "room",
    "flight",
    "route",
    "highway",
    "interstate",
    "level",
    "phase",
    "category",
    "grade",
    "stage",
    "resolution",
    "decree",
    "amendment",
    "precinct",
    "apartment",
    "suite",
    "gate",
    "terminal",
    "platform",
    "channel",
    "vol",
    "volume",
    "no",
    "nos",
    "number",
    "version",
    "unit",
    "district",
    "ward",
    "block",
    "lot",
    "zone",
    "exit",
    "line",
    "squad",
    "pier",
    "bus",
    "train",
    "episode",
    "season",
    "week",
];

/// Words that end a unit phrase: function words, reporting verbs and common predicates
/// (the sections tagged `unit` of `assets/lexicon/function-words.txt`,
/// `reporting-verbs.txt` and `unit-ends.txt`).
static UNIT_STOP: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::tagged(&word_lists::TAGGED_BY_READER, "unit"));

/// Modifiers skipped inside a unit phrase: "five other states", "thousands more".
const UNIT_SKIP: &[&str] = &["other", "more", "additional", "further", "extra", "fewer"];

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

/// Words besides the number words that can open a figure: bound words, vague amounts,
/// multipliers and currency codes, lowercase.
const NON_NUMBER_STARTERS: &[&str] = &[
    "a",
    "about",
    "above",
    "almost",
    "an",
    "approx",
    "approximately",
    "around",
    "as",
    "at",
    "below",
    "between",
    "billions",
    "c",
    "circa",
    "close",
    "doubled",
    "doubles",
    "doubling",
    "dozens",
    "estimated",
    "eur",
    "fewer",
    "gbp",
    "greater",
    "halved",
    "halving",
    "hk",
    "hundreds",
    "in",
    "just",
    "less",
    "millions",
    "more",
    "nearly",
    "no",
    "not",
    "nz",
    "over",
    "quadrupled",
    "quadrupling",
    "roughly",
    "s",
    "scores",
    "several",
    "some",
    "tens",
    "thousands",
    "trebled",
    "trillions",
    "tripled",
    "triples",
    "tripling",
    "twice",
    "under",
    "up",
    "upwards",
    "us",
    "usd",
    "well",
];

/// Every word that can open a figure, lowercase and sorted: [`NON_NUMBER_STARTERS`] and
/// the unit, teen and tens words of `assets/lexicon/number-words.txt`. Checked before any
/// other reading, so ordinary words cost one binary search.
static STARTERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = NON_NUMBER_STARTERS.to_vec();
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

struct Reader<'t, 'a> {
    tokens: &'t [Token<'a>],
}

impl<'t, 'a> Reader<'t, 'a> {
    fn new(tokens: &'t [Token<'a>]) -> Self {
        Self { tokens }
    }

    fn get(&self, i: usize) -> Option<&Token<'a>> {
        self.tokens.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.get(i).is_some_and(|t| t.is(word))
    }

    /// The token at `i` follows the previous one with no space.
    fn joined(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| !t.space_before)
    }

    /// A joined dash at `i` followed by a joined token: "two-week".
    fn joined_dash(&self, i: usize) -> bool {
        self.get(i).is_some_and(|t| t.is_dash() && !t.space_before) && self.joined(i + 1)
    }

    fn read_prefix(&self, i: usize) -> (Option<(Bound, Tightness)>, usize) {
        for (words, bound, tightness) in PREFIXES {
            if words
                .iter()
                .enumerate()
                .all(|(offset, w)| self.get(i + offset).is_some_and(|t| t.is_word() && t.is(w)))
            {
                return (Some((*bound, *tightness)), i + words.len());
            }
        }
        (None, i)
    }

    fn read_at(&self, i: usize) -> Option<Reading> {
        let first = self.get(i)?;
        if !can_start_figure(first) {
            return None;
        }
        if first.is("between") {
            return self.read_between(i);
        }
        let (prefix, core_start) = self.read_prefix(i);
        let mut reading = self.read_figure(core_start, prefix.is_some())?;
        reading.first_token = i;
        if let Some((bound, tightness)) = prefix {
            reading.bound = bound;
            reading.tightness = tightness;
        }
        Some(reading)
    }

    /// "between 200 and 300".
    fn read_between(&self, i: usize) -> Option<Reading> {
        let mut low = self.read_figure(i + 1, true)?;
        if !self.is(low.end_token, "and") {
            return None;
        }
        let high = self.read_figure(low.end_token + 1, true)?;
        if high.value <= low.value || high.kind != low.kind && high.kind.is_some() {
            return None;
        }
        low.first_token = i;
        low.end_token = high.end_token;
        low.base_high = high.base_high;
        low.bound = Bound::Vague;
        low.unit = high.unit;
        low.kind = high.kind.or(low.kind);
        if low.kind == Some(QuantityKind::Year) {
            low.kind = None;
        }
        Some(low)
    }

    /// A figure starting at `k` (after any bound words).
    fn read_figure(&self, k: usize, has_prefix: bool) -> Option<Reading> {
        let token = self.get(k)?;
        if let Some(reading) = self.read_multiplier(k) {
            return Some(reading);
        }
        // Currency before the figure: "$2.5", "US$ 3", "€40".
        let mut currency = None;
        let mut core = k;
        if let Some(unit) = currency_symbol(token.text) {
            currency = Some(unit);
            core = k + 1;
        } else if token.class == TokenClass::Word
            && token.is_any(&["us", "a", "c", "hk", "nz", "s"])
            && token.text.chars().all(|c| c.is_ascii_uppercase())
            && self
                .get(k + 1)
                .is_some_and(|t| t.text == "$" && !t.space_before)
        {
            currency = Some("dollars");
            core = k + 2;
        } else if token.class == TokenClass::Word
            && token.is_any(&["usd", "eur", "gbp"])
            && token.text.chars().all(|c| c.is_ascii_uppercase())
            && self
                .get(k + 1)
                .is_some_and(|t| t.class == TokenClass::Number)
        {
            currency = currency_word(token.text);
            core = k + 1;
        }
        let mut reading = self.read_core(core, has_prefix, currency.is_some())?;
        if self.is_identifier_tail(core) {
            return None;
        }
        reading.first_token = k;
        self.read_suffixes(&mut reading, currency);
        if reading.shape == (CoreShape::Words { single_one: true })
            && (reading.unit.is_empty()
                || self.before_one_is_pronoun(core)
                || self.is(reading.end_token, "of"))
            && !has_prefix
            && reading.kind.is_none_or(|kind| kind == QuantityKind::Count)
        {
            return None;
        }
        Some(reading)
    }

    /// "no one", "the one", "this one": not a count.
    fn before_one_is_pronoun(&self, core: usize) -> bool {
        core.checked_sub(1)
            .and_then(|p| self.get(p))
            .is_some_and(|t| {
                t.is_any(&[
                    "no", "any", "every", "some", "the", "this", "that", "each", "which", "only",
                ])
            })
    }

    /// "COVID-19", "F-16", "MH17": digits glued to a word are part of a name.
    fn is_identifier_tail(&self, core: usize) -> bool {
        let Some(token) = self.get(core) else {
            return false;
        };
        if token.class != TokenClass::Number || token.space_before || core < 2 {
            return false;
        }
        let dash = &self.tokens[core - 1];
        let before = &self.tokens[core - 2];
        (dash.is_dash() || dash.is_punct('/') || dash.is_punct('.'))
            && !dash.space_before
            && matches!(before.class, TokenClass::Word | TokenClass::Mixed)
    }

    fn read_multiplier(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let mut value = MULTIPLIER_WORDS
            .iter()
            .find(|(w, _)| token.is(w))
            .map(|&(_, v)| v);
        let mut end = k + 1;
        if value.is_none()
            && token.is("twice")
            && self.get(k + 1).is_some_and(|t| t.is_any(&["as", "the"]))
        {
            value = Some(2.0);
        }
        if value.is_none()
            && let Some(stem) = token
                .text
                .get(..token.text.len().saturating_sub(4))
                .filter(|_| {
                    token
                        .text
                        .get(token.text.len().saturating_sub(4)..)
                        .is_some_and(|tail| tail.eq_ignore_ascii_case("fold"))
                })
        {
            value = parse_number_word(stem).filter(|v| *v > 1.0);
        }
        let value = value?;
        let mut unit = String::new();
        let mut at = end;
        while self
            .get(at)
            .is_some_and(|t| t.is_any(&["the", "its", "their", "his", "her", "a", "an", "our"]))
        {
            at += 1;
        }
        if at > end {
            let (phrase, _) = self.read_unit(at);
            unit = phrase;
        }
        end = end.max(k + 1);
        Some(Reading {
            first_token: k,
            end_token: end,
            value,
            base_low: value,
            base_high: value,
            bound: Bound::Exact,
            tightness: Tightness::Open,
            shape: CoreShape::Multiplier,
            kind: Some(QuantityKind::Multiplier),
            unit,
        })
    }

    fn reading(
        &self,
        k: usize,
        end: usize,
        value: f64,
        low: f64,
        high: f64,
        shape: CoreShape,
    ) -> Reading {
        Reading {
            first_token: k,
            end_token: end,
            value,
            base_low: low,
            base_high: high,
            bound: if shape == CoreShape::Vague {
                Bound::Vague
            } else {
                Bound::Exact
            },
            tightness: Tightness::Open,
            shape,
            kind: None,
            unit: String::new(),
        }
    }

    /// The number itself: digits, number words or a vague amount.
    fn read_core(&self, k: usize, has_prefix: bool, has_currency: bool) -> Option<Reading> {
        let token = self.get(k)?;
        match token.class {
            TokenClass::Number => self.read_digits(k),
            TokenClass::Mixed => self.read_mixed(k, has_currency),
            TokenClass::Word => self
                .read_vague(k)
                .or_else(|| self.read_article(k, has_prefix))
                .or_else(|| self.read_words(k)),
            TokenClass::Punct => None,
        }
    }

    fn read_digits(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let value = parse_digits(token.text)?;
        let plain_integer_len = token
            .text
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then_some(token.text.len());
        // Clock time: "9:10", "9:10am", "11:48 a.m.".
        if self
            .get(k + 1)
            .is_some_and(|t| t.is_punct(':') && !t.space_before)
            && self.get(k + 2).is_some_and(|t| {
                !t.space_before && matches!(t.class, TokenClass::Number | TokenClass::Mixed)
            })
        {
            let end = self.after_meridiem(k + 3);
            let minutes_text = self.tokens[k + 2].text;
            let minutes_digits = minutes_text
                .find(|c: char| !c.is_ascii_digit())
                .map_or(minutes_text, |p| &minutes_text[..p]);
            let minutes = parse_digits(minutes_digits).unwrap_or(0.0);
            let hours = clock_hours(value, minutes, self.meridiem(k + 2, end));
            let mut reading = self.reading(
                k,
                end,
                hours,
                hours,
                hours,
                CoreShape::Digits { plain_integer_len },
            );
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "time".into();
            return Some(reading);
        }
        let after = self.after_meridiem(k + 1);
        if after > k + 1 {
            let hours = if plain_integer_len == Some(4) {
                // "1300 GMT".
                clock_hours((value / 100.0).floor(), value % 100.0, None)
            } else {
                clock_hours(value, 0.0, self.meridiem(k + 1, after))
            };
            let mut reading = self.reading(
                k,
                after,
                hours,
                hours,
                hours,
                CoreShape::Digits { plain_integer_len },
            );
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "time".into();
            return Some(reading);
        }
        // Chains joined by dashes or slashes: phone numbers, dates, ranges, scores.
        let mut groups = vec![k];
        let mut at = k + 1;
        while self
            .get(at)
            .is_some_and(|t| (t.is_dash() || t.is_punct('/')) && !t.space_before)
            && self
                .get(at + 1)
                .is_some_and(|t| t.class == TokenClass::Number && !t.space_before)
        {
            groups.push(at + 1);
            at += 2;
        }
        if groups.len() > 1 {
            return Some(self.read_digit_chain(k, &groups, value));
        }
        // A scale word: "19 million", "$2.6-million".
        let mut end = k + 1;
        let mut scale = 1.0;
        let scale_at = if self.joined_dash(k + 1) {
            k + 2
        } else {
            k + 1
        };
        if let Some(s) = self.get(scale_at).and_then(|t| scale_word(t.text)) {
            scale = s;
            end = scale_at + 1;
        }
        let nominal = value * scale;
        Some(self.reading(
            k,
            end,
            nominal,
            nominal,
            nominal,
            CoreShape::Digits {
                plain_integer_len: plain_integer_len.filter(|_| scale == 1.0),
            },
        ))
    }

    /// "1-800-555-1234" (phone), "200-300" (range), "2010-2012" (years), "24/7".
    fn read_digit_chain(&self, k: usize, groups: &[usize], value: f64) -> Reading {
        let end = groups[groups.len() - 1] + 1;
        let texts: Vec<&str> = groups.iter().map(|&g| self.tokens[g].text).collect();
        let all_plain = texts.iter().all(|t| t.bytes().all(|b| b.is_ascii_digit()));
        let digit_count: usize = texts.iter().map(|t| t.len()).sum();
        let slash = self.tokens[k + 1].is_punct('/');
        let mut other = self.reading(
            k,
            end,
            value,
            value,
            value,
            CoreShape::Digits {
                plain_integer_len: None,
            },
        );
        other.kind = Some(QuantityKind::Other);
        if groups.len() >= 3 || slash || (all_plain && digit_count >= 7) {
            other.unit = if slash { String::new() } else { "phone".into() };
            return other;
        }
        let second = parse_digits(texts[1]).unwrap_or(f64::NAN);
        let is_year =
            |t: &str| t.len() == 4 && (1800..=2100).contains(&t.parse::<u32>().unwrap_or(0));
        if is_year(texts[0]) && (is_year(texts[1]) || texts[1].len() == 2) {
            // "2010-2012", "2007-08": a span of years, valued at its first year.
            let mut year = self.reading(
                k,
                end,
                value,
                value,
                value,
                CoreShape::Digits {
                    plain_integer_len: Some(4),
                },
            );
            year.kind = Some(QuantityKind::Year);
            return year;
        }
        if second > value {
            // "200-300", "$5-10 million".
            let scale_at = if self.joined_dash(end) { end + 1 } else { end };
            let (scale, end) = match self.get(scale_at).and_then(|t| scale_word(t.text)) {
                Some(scale) => (scale, scale_at + 1),
                None => (1.0, end),
            };
            let mut range = self.reading(
                k,
                end,
                value * scale,
                value * scale,
                second * scale,
                CoreShape::Vague,
            );
            range.bound = Bound::Vague;
            return range;
        }
        // A score or a tally ("3-1", "56-26").
        other.unit = "score".into();
        other
    }

    /// Some(true) for "pm"/"p.m." within tokens `from..to`, Some(false) for "am", else None.
    fn meridiem(&self, from: usize, to: usize) -> Option<bool> {
        (from..to).find_map(|i| {
            let lower = self.get(i)?.text.to_ascii_lowercase();
            if lower.ends_with("pm") || lower == "p" {
                Some(true)
            } else if lower.ends_with("am") || lower == "a" {
                Some(false)
            } else {
                None
            }
        })
    }

    /// After a figure, skip "am", "pm", "a.m.", "p.m."; returns the index after them.
    fn after_meridiem(&self, i: usize) -> usize {
        let Some(t) = self.get(i) else { return i };
        if t.is_any(&["am", "pm"]) && t.is_word() {
            return i + 1;
        }
        let zone = [
            "GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MSK",
            "hrs",
        ];
        if zone.contains(&t.text) {
            return i + 1;
        }
        if t.is("local") && self.is(i + 1, "time") {
            return i + 2;
        }
        if t.class == TokenClass::Mixed && t.text.len() >= 2 {
            return i;
        }
        if t.is_any(&["a", "p"])
            && self
                .get(i + 1)
                .is_some_and(|d| d.is_punct('.') && !d.space_before)
            && self
                .get(i + 2)
                .is_some_and(|m| m.is("m") && !m.space_before)
        {
            let dot = self
                .get(i + 3)
                .is_some_and(|d| d.is_punct('.') && !d.space_before);
            return if dot { i + 4 } else { i + 3 };
        }
        i
    }

    /// Digits glued to letters: "2.5m", "3bn", "1st", "9am", "1990s".
    fn read_mixed(&self, k: usize, has_currency: bool) -> Option<Reading> {
        let token = self.get(k)?;
        let split = token
            .text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
        let (digits, suffix) = token.text.split_at(split);
        let value = parse_digits(digits)?;
        let lower = suffix.to_ascii_lowercase();
        // One-letter scales ("5m", "1B", "10k") only after a currency sign: "$5m".
        if let Some(scale) = scale_suffix(suffix).filter(|_| has_currency || suffix.len() > 1) {
            let nominal = value * scale;
            return Some(self.reading(
                k,
                k + 1,
                nominal,
                nominal,
                nominal,
                CoreShape::Digits {
                    plain_integer_len: None,
                },
            ));
        }
        let mut reading = self.reading(
            k,
            k + 1,
            value,
            value,
            value,
            CoreShape::Digits {
                plain_integer_len: None,
            },
        );
        match lower.as_str() {
            "st" | "nd" | "rd" | "th" => {
                reading.kind = Some(QuantityKind::Other);
                reading.unit = "ordinal".into();
            }
            "am" | "pm" => {
                // "9am", "4.30pm".
                let (hour, minutes) = digits.split_once(['.', ':']).unwrap_or((digits, "0"));
                let hour = parse_digits(hour).unwrap_or(value);
                let minutes = parse_digits(minutes).unwrap_or(0.0);
                let hours = clock_hours(hour, minutes, Some(lower == "pm"));
                (reading.value, reading.base_low, reading.base_high) = (hours, hours, hours);
                reading.kind = Some(QuantityKind::Other);
                reading.unit = "time".into();
            }
            "s" if digits.len() == 4 && (1800.0..=2100.0).contains(&value) => {
                reading.kind = Some(QuantityKind::Year);
                reading.bound = Bound::Vague;
                reading.shape = CoreShape::Vague;
                reading.base_high = value + 9.0;
            }
            _ => return None,
        }
        Some(reading)
    }

    /// "dozens", "hundreds of thousands", "several thousand", "a few", "a handful".
    fn read_vague(&self, k: usize) -> Option<Reading> {
        let token = self.get(k)?;
        let plural_scale = |t: &Token| -> Option<f64> {
            [
                ("hundreds", 1e2),
                ("thousands", 1e3),
                ("millions", 1e6),
                ("billions", 1e9),
                ("trillions", 1e12),
            ]
            .iter()
            .find(|(w, _)| t.is(w))
            .map(|&(_, s)| s)
        };
        // "of thousands" after a vague word multiplies it.
        let of_scale = |at: usize| -> Option<f64> {
            (self.is(at, "of")).then_some(())?;
            self.get(at + 1).and_then(plural_scale)
        };
        let (low, high, end) = if token.is("tens") {
            let s = of_scale(k + 1)?;
            (20.0 * s, 100.0 * s - 1.0, k + 3)
        } else if token.is("dozens") {
            match of_scale(k + 1) {
                Some(s) => (24.0 * s, 99.0 * s, k + 3),
                None => (24.0, 99.0, k + 1),
            }
        } else if token.is("scores") && self.is(k + 1, "of") {
            (40.0, 199.0, k + 1)
        } else if let Some(s) = plural_scale(token) {
            // "hundreds", "thousands", "hundreds of thousands".
            match of_scale(k + 1) {
                Some(inner) => (2.0 * s * inner, 10.0 * s * inner - 1.0, k + 3),
                None => (2.0 * s, 10.0 * s - 1.0, k + 1),
            }
        } else if token.is("several") {
            match self
                .get(k + 1)
                .and_then(|t| scale_word(t.text).or(t.is("dozen").then_some(12.0)))
            {
                Some(12.0) => (24.0, 99.0, k + 2),
                Some(s) => (2.0 * s, 10.0 * s - 1.0, k + 2),
                None => (3.0, 9.0, k + 1),
            }
        } else if token.is("a") && self.is(k + 1, "few") {
            match self
                .get(k + 2)
                .and_then(|t| scale_word(t.text).or(t.is("dozen").then_some(12.0)))
            {
                Some(12.0) => (24.0, 60.0, k + 3),
                Some(s) => (2.0 * s, 5.0 * s, k + 3),
                None => (2.0, 5.0, k + 2),
            }
        } else if token.is("a") && self.is(k + 1, "handful") {
            (2.0, 6.0, k + 2)
        } else if token.is("a") && self.is(k + 1, "couple") && self.is(k + 2, "of") {
            (2.0, 3.0, k + 2)
        } else {
            return None;
        };
        let (low, high) = (low.round(), high.round());
        Some(self.reading(k, end, low, low, high, CoreShape::Vague))
    }

    /// "a dozen", "a million", "a hundred"; "a decade" only after bound words.
    fn read_article(&self, k: usize, has_prefix: bool) -> Option<Reading> {
        let token = self.get(k)?;
        if !token.is_any(&["a", "an", "one"]) {
            return None;
        }
        let next = self.get(k + 1)?;
        if next.is("dozen") {
            let mut reading = self.reading(k, k + 2, 12.0, 10.0, 14.0, CoreShape::Article);
            reading.bound = Bound::About;
            reading.base_low = 12.0;
            reading.base_high = 12.0;
            return Some(reading);
        }
        if token.is("one") {
            return None;
        }
        if scale_word(next.text).is_some() {
            // "a hundred", "a million", "a hundred and fifty".
            let mut phrase = NumberPhrase::default();
            phrase.push(NumberWord::Small(1.0));
            let (value, end) = self.continue_words(phrase, k + 1)?;
            return Some(self.reading(k, end, value, value, value, CoreShape::Article));
        }
        if has_prefix && is_time_unit(next) {
            let mut reading = self.reading(k, k + 2, 1.0, 1.0, 1.0, CoreShape::Article);
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = next.lower();
            return Some(reading);
        }
        None
    }

    /// Number words: "eight", "Thirteen", "twenty-five", "one hundred and twenty".
    fn read_words(&self, k: usize) -> Option<Reading> {
        let first = self.get(k).and_then(|t| classify_number_word(t.text))?;
        if matches!(first, NumberWord::Scale(_) | NumberWord::Dozen) {
            return None;
        }
        let (value, end) = self.continue_words(NumberPhrase::default(), k)?;
        let words = (k..end)
            .filter(|&i| classify_number_word(self.tokens[i].text).is_some())
            .count();
        let single_one = words == 1 && value == 1.0;
        Some(self.reading(k, end, value, value, value, CoreShape::Words { single_one }))
    }

    /// Continue a phrase of number words from token `k`; its value and end.
    fn continue_words(&self, mut phrase: NumberPhrase, k: usize) -> Option<(f64, usize)> {
        let mut end = k;
        let mut at = k;
        while let Some(token) = self.get(at) {
            if token.class != TokenClass::Word {
                break;
            }
            if phrase.words > 0 && token.is("and") {
                // "one hundred and twenty": only after a scale word.
                let after_scale = matches!(phrase.last(), Some(NumberWord::Scale(_)));
                let next_is_number = self
                    .get(at + 1)
                    .and_then(|t| classify_number_word(t.text))
                    .is_some_and(|w| matches!(w, NumberWord::Small(_) | NumberWord::Tens(_)));
                if after_scale && next_is_number {
                    at += 1;
                    continue;
                }
                break;
            }
            let Some(word) = classify_number_word(token.text) else {
                break;
            };
            if phrase.words == 0 && matches!(word, NumberWord::Scale(_) | NumberWord::Dozen) {
                return None;
            }
            if !phrase.push(word) {
                break;
            }
            end = at + 1;
            at += 1;
            // Continue across a joined dash ("twenty-five", "two-million-euro").
            if self.joined_dash(at)
                && self
                    .get(at + 1)
                    .is_some_and(|t| classify_number_word(t.text).is_some())
            {
                at += 1;
            }
        }
        (end > k).then(|| (phrase.value(), end))
    }

    /// Percent signs, currency words, "or more", "-plus", ages, durations, units.
    fn read_suffixes(&self, reading: &mut Reading, currency: Option<&'static str>) {
        let mut e = reading.end_token;
        if reading.kind.is_some() && reading.kind != Some(QuantityKind::Year) {
            return;
        }
        if let Some(unit) = currency {
            reading.kind = Some(QuantityKind::Money);
            reading.unit = unit.into();
        }
        // "200-plus", "200+".
        if self.joined_dash(e) && self.is(e + 1, "plus") {
            reading.bound = Bound::AtLeast;
            e += 2;
        } else if self
            .get(e)
            .is_some_and(|t| t.is_punct('+') && !t.space_before)
        {
            reading.bound = Bound::AtLeast;
            e += 1;
        }
        // Percent.
        if self.get(e).is_some_and(|t| t.is_punct('%')) {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percent".into();
            reading.end_token = e + 1;
            self.read_or_more(reading);
            return;
        }
        if self.is(e, "percent")
            || self.is(e, "pct")
            || (self.is(e, "per") && self.is(e + 1, "cent"))
        {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percent".into();
            reading.end_token = if self.is(e, "per") { e + 2 } else { e + 1 };
            self.read_or_more(reading);
            return;
        }
        if self.is(e, "percentage")
            && self
                .get(e + 1)
                .is_some_and(|t| t.is_any(&["point", "points"]))
        {
            reading.kind = Some(QuantityKind::Percent);
            reading.unit = "percentage points".into();
            reading.end_token = e + 2;
            return;
        }
        // Currency word after the figure: "two million euros", "two-million-euro".
        let joined_word = self.joined_dash(e);
        let word_at = if joined_word { e + 1 } else { e };
        if let Some(unit) = self
            .get(word_at)
            .filter(|t| t.is_word())
            .and_then(|t| currency_word(t.text))
            .filter(|_| {
                !(self.is(word_at, "pounds") || self.is(word_at, "pound"))
                    || !self.is(word_at + 1, "of")
            })
            .filter(|_| {
                // "USD" and friends only in capitals.
                !self.get(word_at).is_some_and(|t| {
                    t.text.len() == 3
                        && t.text.chars().any(|c| c.is_ascii_lowercase())
                        && t.is_any(&["usd", "eur", "gbp"])
                })
            })
        {
            reading.kind = Some(QuantityKind::Money);
            reading.unit = unit.into();
            reading.end_token = word_at + 1;
            self.read_or_more(reading);
            return;
        }
        // "-fold": "two-fold", "three fold".
        if (joined_word || self.get(e).is_some()) && self.is(word_at, "fold") {
            reading.kind = Some(QuantityKind::Multiplier);
            reading.end_token = word_at + 1;
            return;
        }
        // "a five-time champion": a tally of occasions, not an amount.
        if joined_word && self.is(word_at, "time") {
            reading.kind = Some(QuantityKind::Other);
            reading.unit = "times".into();
            reading.end_token = word_at + 1;
            return;
        }
        // "five times the size", "three times as many".
        if self.is(e, "times")
            && self.get(e + 1).is_some_and(|t| {
                t.is_any(&[
                    "the", "as", "more", "higher", "larger", "bigger", "greater", "less", "lower",
                    "smaller", "faster", "over", "that",
                ])
            })
        {
            reading.kind = Some(QuantityKind::Multiplier);
            reading.end_token = e + 1;
            return;
        }
        // Ages: "25-year-old", "25 years old", "a 3-month-old".
        if self
            .get(word_at)
            .is_some_and(|t| t.is_any(&["year", "years", "month", "months"]))
        {
            let old_at = if self.joined_dash(word_at + 1) {
                word_at + 2
            } else {
                word_at + 1
            };
            if self.is(old_at, "old") {
                reading.kind = Some(QuantityKind::Age);
                reading.unit = if self
                    .get(word_at)
                    .is_some_and(|t| t.is_any(&["month", "months"]))
                {
                    "months".into()
                } else {
                    String::new()
                };
                reading.end_token = old_at + 1;
                return;
            }
        }
        // Durations: "two-week", "three decades", "30 years".
        if self.get(word_at).is_some_and(is_time_unit) && currency.is_none() {
            reading.kind = Some(QuantityKind::Duration);
            reading.unit = self.tokens[word_at].lower();
            reading.end_token = word_at + 1;
            self.read_or_more(reading);
            return;
        }
        reading.end_token = e;
        self.read_or_more(reading);
        // Ranges: "two or three", "10 to 15 people", "5 to 10 million".
        let after_figure = reading.end_token;
        if let Some(high) = self.read_range_end(reading) {
            let raw_low = self.raw_value(reading.first_token);
            let raw_high = self.raw_value(after_figure + 1);
            if let (Some(raw_low), Some(raw_high)) = (raw_low, raw_high)
                && reading.value == raw_low
                && high.value > raw_high
                && raw_high > 0.0
            {
                let scale = high.value / raw_high;
                reading.value *= scale;
                reading.base_low *= scale;
            }
            if high.value > reading.value {
                reading.end_token = high.end_token;
                reading.base_high = high.base_high;
                reading.bound = Bound::Vague;
            }
        }
        if reading.unit.is_empty() {
            let unit_at = if joined_word && reading.end_token == e {
                e + 1
            } else {
                reading.end_token
            };
            let (unit, _) = self.read_unit(unit_at);
            if let Some(unit) = unit.split(' ').next().and_then(currency_word) {
                // "hundreds of billions of dollars".
                reading.kind = Some(QuantityKind::Money);
                reading.unit = unit.into();
            } else {
                reading.unit = unit;
            }
        }
        if reading.kind.is_none() {
            reading.kind = self.context_kind(reading);
            if matches!(
                reading.kind,
                Some(QuantityKind::Year | QuantityKind::Age | QuantityKind::Other)
            ) && reading.unit != "time"
            {
                reading.unit.clear();
            }
        }
    }

    /// The upper end of "X or Y" / "X to Y" after a plain figure, when it is one.
    fn read_range_end(&self, reading: &Reading) -> Option<Reading> {
        let at = reading.end_token;
        if reading.bound != Bound::Exact
            || reading.kind.is_some()
            || !matches!(
                reading.shape,
                CoreShape::Digits { .. } | CoreShape::Words { .. }
            )
        {
            return None;
        }
        let from_before = reading
            .first_token
            .checked_sub(1)
            .is_some_and(|p| self.is(p, "from"));
        let joiner_ok = self.is(at, "or") || self.is(at, "to") && !from_before;
        if !joiner_ok {
            return None;
        }
        let high = self.read_core(at + 1, false, false)?;
        let same_shape = matches!(
            (reading.shape, high.shape),
            (CoreShape::Digits { .. }, CoreShape::Digits { .. })
                | (CoreShape::Words { .. }, CoreShape::Words { .. })
        );
        let year_like = |r: &Reading| {
            r.shape
                == (CoreShape::Digits {
                    plain_integer_len: Some(4),
                })
                && (1800.0..=2100.0).contains(&r.value)
        };
        let both_years = year_like(reading) && year_like(&high);
        (same_shape
            && !both_years
            && high.kind.is_none()
            && high.bound == Bound::Exact
            && high.value > reading.value)
            .then_some(high)
    }

    /// The bare number a single token writes: "5", "five".
    fn raw_value(&self, i: usize) -> Option<f64> {
        let token = self.get(i)?;
        match token.class {
            TokenClass::Number => parse_digits(token.text),
            TokenClass::Word => classify_number_word(token.text).and_then(|w| match w {
                NumberWord::Small(v) | NumberWord::Tens(v) => Some(v),
                _ => None,
            }),
            _ => None,
        }
    }

    /// "or more", "or so", "or fewer" after a figure.
    fn read_or_more(&self, reading: &mut Reading) {
        let e = reading.end_token;
        if !self.is(e, "or") {
            return;
        }
        let bound = if self.is(e + 1, "more") {
            Bound::AtLeast
        } else if self.is(e + 1, "so") {
            Bound::About
        } else if self
            .get(e + 1)
            .is_some_and(|t| t.is_any(&["fewer", "less"]))
        {
            Bound::AtMost
        } else {
            return;
        };
        if reading.bound == Bound::Exact {
            reading.bound = bound;
        }
        reading.end_token = e + 2;
    }

    /// The kind a bare figure takes from its neighbours: years, ages, dates, labels.
    fn context_kind(&self, reading: &Reading) -> Option<QuantityKind> {
        let core = reading.first_token
            + usize::from(
                self.get(reading.first_token)
                    .is_some_and(|t| t.class == TokenClass::Punct),
            );
        let prev = core.checked_sub(1).and_then(|p| self.get(p));
        let prev2 = core.checked_sub(2).and_then(|p| self.get(p));
        let next = self.get(reading.end_token);
        let plain_len = match reading.shape {
            CoreShape::Digits { plain_integer_len } => plain_integer_len,
            _ => None,
        };
        // Labels: "Article 4", "No. 2", "number two".
        let label_before = |t: Option<&Token>| t.is_some_and(|t| t.is_word() && t.is_any(LABELS));
        let digits = matches!(reading.shape, CoreShape::Digits { .. });
        if reading.bound == Bound::Exact
            && (label_before(prev)
                && prev.is_some_and(|p| digits && p.is_capitalized() || p.is("number"))
                || prev.is_some_and(|p| p.is_punct('.'))
                    && prev2.is_some_and(|p| p.is_any(&["no", "nos", "vol"]) && p.is_capitalized())
                || prev.is_some_and(|p| p.is_punct('#')) && self.joined(core))
        {
            return Some(QuantityKind::Other);
        }
        // Day of a month: "July 8", "Jan. 5", "5 January".
        let day_like = plain_len.is_some_and(|l| l <= 2) && (1.0..=31.0).contains(&reading.value);
        if day_like && reading.bound == Bound::Exact {
            let month_before = prev.is_some_and(|p| month_number(p.text).is_some())
                || prev.is_some_and(|p| p.is_punct('.'))
                    && prev2.is_some_and(|p| is_month_abbreviation(p.text));
            let month_after = next.is_some_and(|n| month_number(n.text).is_some())
                || next.is_some_and(|n| n.is("of"))
                    && self
                        .get(reading.end_token + 1)
                        .is_some_and(|n| month_number(n.text).is_some());
            if month_before || month_after {
                return Some(QuantityKind::Other);
            }
        }
        // Years: a bare four-digit number in 1800..=2100 not counting a plural noun.
        if plain_len == Some(4)
            && (1800.0..=2100.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.first_token == core
        {
            let first_unit_word = reading.unit.split(' ').next().unwrap_or("");
            let counts_plural = first_unit_word.len() > 3
                && first_unit_word.ends_with('s')
                && !first_unit_word.ends_with("ss")
                && !first_unit_word.ends_with("'s");
            let month_before = prev.is_some_and(|p| month_number(p.text).is_some());
            let person_unit = matches!(first_unit_word, "people" | "police");
            if month_before || !counts_plural && !person_unit {
                return Some(QuantityKind::Year);
            }
        }
        // Ages: "Nazarbayev, 81, has", "Michael Smith, 55."
        if plain_len.is_some_and(|l| l <= 3)
            && (1.0..=120.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| p.is_punct(','))
            && prev2.is_some_and(|p| {
                p.is_word()
                    && p.is_capitalized()
                    && month_number(p.text).is_none()
                    && weekday_of(p.text).is_none()
            })
            && next.is_none_or(|n| {
                n.is_punct(',')
                    || n.is_punct('.')
                    || n.is_punct(';')
                    || n.is_punct(')')
                    || n.is_any(&["and", "who", "was", "is", "has", "had"])
            })
        {
            return Some(QuantityKind::Age);
        }
        if self.is(core.wrapping_sub(1), "aged") || self.is(core.wrapping_sub(1), "age") {
            return Some(QuantityKind::Age);
        }
        // "who is 81 and", "he was 43.": an age stated of a person.
        if plain_len.is_some_and(|l| l <= 3)
            && (1.0..=120.0).contains(&reading.value)
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| p.is_any(&["is", "was", "turned", "turns"]))
            && prev2.is_some_and(|p| {
                p.is_any(&["who", "he", "she"])
                    || p.is_word() && p.is_capitalized() && month_number(p.text).is_none()
            })
        {
            return Some(QuantityKind::Age);
        }
        // A number right after a name is part of it: "CBS 2", "Channel 8", "Explorer 5";
        // but not in a title-case or capitals headline ("Shooting Leaves 5 Dead"), where
        // a capitalised word follows too.
        if plain_len.is_some()
            && reading.bound == Bound::Exact
            && reading.unit.is_empty()
            && prev.is_some_and(|p| {
                p.is_word()
                    && p.is_capitalized()
                    && !p.is_any(&UNIT_STOP)
                    && month_number(p.text).is_none()
                    && weekday_of(p.text).is_none()
            })
            && !next.is_some_and(|n| n.is_word() && n.is_capitalized())
        {
            return Some(QuantityKind::Other);
        }
        // A leading zero marks a code, not an amount: "iMovie 09", "007".
        if plain_len.is_some_and(|l| l > 1)
            && self
                .get(core)
                .is_some_and(|t| t.text.starts_with('0') && t.class == TokenClass::Number)
        {
            return Some(QuantityKind::Other);
        }
        // Street addresses: "the 4200 block of South Princeton Avenue".
        if plain_len.is_some() && reading.unit == "block" {
            return Some(QuantityKind::Other);
        }
        None
    }

    /// Up to three content words after a figure, lowercase, "of" skipped once; trailing
    /// predicates ("killed", "fleeing") dropped. Returns the phrase and the index after it.
    fn read_unit(&self, mut at: usize) -> (String, usize) {
        if self.is(at, "of") {
            at += 1;
            while self
                .get(at)
                .is_some_and(|t| t.is_any(&["the", "these", "those", "them"]))
            {
                at += 1;
            }
        }
        let mut words: Vec<String> = Vec::new();
        while words.len() < 3 {
            let Some(token) = self.get(at) else { break };
            if !token.is_word() {
                break;
            }
            if token.is_any(UNIT_SKIP) {
                at += 1;
                continue;
            }
            if token.is_any(&UNIT_STOP)
                || weekday_of(token.text).is_some()
                || month_number(token.text).is_some()
            {
                break;
            }
            let mut word = token.lower();
            if let Some(stem) = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")) {
                word = stem.to_string();
                words.push(word);
                at += 1;
                break;
            }
            let mut f = at + 1;
            while self.joined_dash(f) && self.get(f + 1).is_some_and(|t| t.is_word()) {
                word.push('-');
                word.push_str(&self.tokens[f + 1].lower());
                f += 2;
            }
            // A participle after the noun ends the phrase: "people detained",
            // "teenagers opened fire".
            if !words.is_empty() && is_participle(&word) {
                break;
            }
            words.push(word);
            at = f;
        }
        while words.last().is_some_and(|w| {
            is_participle(w) && w.ends_with("ed") || w.ends_with("ly") && w.len() > 4
        }) {
            words.pop();
        }
        (words.join(" "), at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(text: &str) -> Quantity {
        let found = extract_quantities(text);
        assert_eq!(found.len(), 1, "{text}: {found:#?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn reference_marks_count_nothing() {
        let q = extract_quantities("Four others were injured.[1] Two died.");
        assert_eq!(q[0].kind, QuantityKind::Count);
        assert_eq!(q[1].kind, QuantityKind::Other);
    }

    #[test]
    fn casualty_counts_from_the_seed_articles() {
        let found = extract_quantities(
            "Kazakh media outlets cited the interior ministry as saying 317 police and national guard servicemen were injured and eight killed “by the hands of a raging crowd”.",
        );
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].value, 317.0);
        assert_eq!(found[0].kind, QuantityKind::Count);
        assert_eq!(found[0].unit, "police");
        assert_eq!((found[0].low, found[0].high), (317.0, 317.0));
        assert_eq!(found[1].text, "eight");
        assert_eq!(found[1].value, 8.0);
        assert_eq!(found[1].kind, QuantityKind::Count);
        assert_eq!(found[1].unit, "");
        assert_eq!(found[1].implied_unit, "police");
        assert_eq!(found[1].counted_noun(), "police");

        let thirteen = only(
            "Thirteen members of the security forces were killed in clashes with protesters in the city, Reuters reported, citing Kazakh state television.",
        );
        assert_eq!(thirteen.value, 13.0);
        assert_eq!(thirteen.bound, Bound::Exact);
        assert_eq!(thirteen.unit, "members");

        let at_least = only(
            "Kazakh state television said at least eight police officers and military servicemen were killed.",
        );
        assert_eq!(at_least.text, "at least eight");
        assert_eq!(at_least.bound, Bound::AtLeast);
        assert_eq!((at_least.low, at_least.high), (8.0, f64::INFINITY));
        assert_eq!(at_least.unit, "police officers");
        assert_eq!(at_least.counted_noun(), "officers");
        // "at least eight" and "thirteen" can both be true.
        assert!(at_least.compatible_with(&thirteen));
    }

    #[test]
    fn vague_crowds_do_not_overlap() {
        let several = only(
            "several thousand protesters stormed the mayor's office in Almaty on Wednesday afternoon",
        );
        let hundreds = only(
            "Shortly after, hundreds of protesters stormed the Almaty mayor's office building.",
        );
        assert_eq!(several.bound, Bound::Vague);
        assert_eq!((several.low, several.high), (2000.0, 9999.0));
        assert_eq!(hundreds.unit, "protesters");
        assert_eq!((hundreds.low, hundreds.high), (200.0, 999.0));
        assert!(!several.compatible_with(&hundreds));
        let found =
            extract_quantities("Dozens of protesters were killed and thousands more injured");
        assert_eq!(found.len(), 2);
        assert_eq!((found[0].low, found[0].high), (24.0, 99.0));
        assert_eq!(found[1].text, "thousands");
        assert_eq!(found[1].unit, "");
        assert_eq!(found[1].counted_noun(), "protesters");
        // A new sentence starts a new clause.
        let found = extract_quantities("Two civilians were hurt. Three killed in Almaty.");
        assert_eq!(found[1].counted_noun(), "");
    }

    #[test]
    fn multipliers() {
        let nearly = only(
            "The protests started after the government nearly doubled the price of liquefied petroleum gas.",
        );
        assert_eq!(nearly.kind, QuantityKind::Multiplier);
        assert_eq!(nearly.bound, Bound::Nearly);
        assert_eq!(nearly.value, 2.0);
        assert_eq!(nearly.text, "nearly doubled");
        assert_eq!(nearly.unit, "price");
        assert!(nearly.low > 1.6 && nearly.low < 1.8 && nearly.high == 2.0);
        let doubled = only("The government doubled the cost of gas.");
        assert_eq!(doubled.bound, Bound::Exact);
        assert_eq!((doubled.low, doubled.high), (2.0, 2.0));
        // Borderline: compatible, same value, different bounds (a soft difference).
        assert!(nearly.compatible_with(&doubled));
        assert_eq!(nearly.relative_gap(&doubled), 0.0);
        assert_eq!(only("Prices tripled.").value, 3.0);
        assert_eq!(only("The budget was halved.").value, 0.5);
        let fold = only("a two-fold increase");
        assert_eq!((fold.kind, fold.value), (QuantityKind::Multiplier, 2.0));
        let times = only("a country five times the size of France");
        assert_eq!((times.kind, times.value), (QuantityKind::Multiplier, 5.0));
    }

    #[test]
    fn populations_and_rounding() {
        let nearly = only("a country five times the size of France with a population of nearly 19 million people.".split("France ").nth(1).unwrap());
        assert_eq!(nearly.value, 19e6);
        assert_eq!(nearly.bound, Bound::Nearly);
        assert_eq!(nearly.unit, "people");
        assert!(nearly.low >= 0.85 * 19e6 && nearly.high == 19e6);
        let nation = only("Protests spread across the nation of 19 million this week");
        assert_eq!(nation.value, 19e6);
        assert_eq!(nation.unit, "");
        assert_eq!(nation.kind, QuantityKind::Count);
        // Borderline: compatible, same value, different bounds.
        assert!(nation.compatible_with(&nearly));
        assert_eq!((nation.value, nation.bound), (nearly.value, Bound::Exact));
        // Disjoint figures are graded by their gap.
        let eight = only("eight killed");
        let thirteen = only("Thirteen members of the security forces were killed");
        assert!((eight.relative_gap(&thirteen) - 5.0 / 13.0).abs() < 1e-9);
    }

    #[test]
    fn bounds_from_the_seed_articles() {
        let injured = only(
            "More than 1,000 people have been injured in the protests since Sunday, the Health Ministry said Thursday.",
        );
        assert_eq!(injured.text, "More than 1,000");
        assert_eq!(injured.bound, Bound::MoreThan);
        assert_eq!((injured.low, injured.high), (1001.0, f64::INFINITY));
        assert_eq!(injured.unit, "people");
        let police = only(
            "At least 95 police officers were injured in the clashes, the Interior Ministry reported.",
        );
        assert_eq!((police.bound, police.value), (Bound::AtLeast, 95.0));
        let detained = only("After a night of unrest that saw more than 200 people detained");
        assert_eq!((detained.bound, detained.low), (Bound::MoreThan, 201.0));
        assert_eq!(detained.unit, "people");
        let estimated = only("an estimated 3,000 people");
        assert_eq!((estimated.low, estimated.high), (2550.0, 3450.0));
        let beaten = only(
            "Authorities said the attackers beat some 500 civilians and looted several businesses."
                .split(" and")
                .next()
                .unwrap(),
        );
        assert_eq!(beaten.bound, Bound::About);
        assert!(beaten.low <= 425.0 && beaten.high >= 575.0);
        assert!(!detained.compatible_with(&only("200 people were detained")));
    }

    #[test]
    fn years_durations_and_ages() {
        let year = only("Nazarbayev has ruled Kazakhstan since 1989.");
        assert_eq!((year.kind, year.value), (QuantityKind::Year, 1989.0));
        let found = extract_quantities(
            "who retained significant power despite resigning in 2019 after rule for nearly three decades.",
        );
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].kind, QuantityKind::Year);
        let decades = &found[1];
        assert_eq!(decades.kind, QuantityKind::Duration);
        assert_eq!((decades.value, decades.bound), (3.0, Bound::Nearly));
        assert_eq!(decades.unit, "decades");
        assert_eq!(decades.text, "nearly three decades");
        let (low_years, high_years) = decades.duration_in_years().unwrap();
        assert!(low_years >= 25.0 && high_years <= 30.0);
        // "ruled since 1989" until 2019 is 30 years: the very top of "nearly three decades".
        assert_eq!(high_years, 2019.0 - 1989.0);
        let emergency = only(
            "Tokayev declared a two-week, nationwide state of emergency that includes a curfew.",
        );
        assert_eq!(emergency.kind, QuantityKind::Duration);
        assert_eq!(emergency.text, "two-week");
        assert_eq!(emergency.unit, "week");
        let age =
            only("Nazarbayev, 81, has been widely seen as the main political force in Nur-Sultan.");
        assert_eq!((age.kind, age.value), (QuantityKind::Age, 81.0));
        let old = only("Police say 25-year-old Micah Johnson, of Mesquite, fired shots");
        assert_eq!(
            (old.kind, old.value, old.text.as_str()),
            (QuantityKind::Age, 25.0, "25-year-old")
        );
        let found =
            extract_quantities("in December 2011 police fired on protesters, killing at least 14");
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].kind, QuantityKind::Year);
        assert_eq!((found[1].bound, found[1].value), (Bound::AtLeast, 14.0));
        let independence = only(
            "the worst street violence since the former Soviet country's independence in 1991, AP reports.",
        );
        assert_eq!(independence.kind, QuantityKind::Year);
    }

    #[test]
    fn money_and_percent() {
        let found = extract_quantities(
            "making off with a two-million-euro ($2.6-million) booty, a police source said.",
        );
        assert_eq!(found.len(), 2, "{found:#?}");
        assert_eq!(found[0].text, "two-million-euro");
        assert_eq!((found[0].kind, found[0].value), (QuantityKind::Money, 2e6));
        assert_eq!(found[0].unit, "euros");
        assert_eq!(found[1].text, "$2.6-million");
        assert_eq!(
            (found[1].kind, found[1].value),
            (QuantityKind::Money, 2.6e6)
        );
        assert_eq!(found[1].unit, "dollars");
        let estimated = only("luxury watches worth an estimated two million euros.");
        assert_eq!(
            (estimated.bound, estimated.kind),
            (Bound::About, QuantityKind::Money)
        );
        let paris = only("Paris thieves nab $2.5 million worth of jewellery");
        assert_eq!(paris.value, 2.5e6);
        assert_eq!((paris.low, paris.high), (2.5e6, 2.5e6));
        let investment =
            only("helped attract hundreds of billions of dollars in foreign investment");
        assert_eq!(investment.kind, QuantityKind::Money);
        assert_eq!(investment.low, 2e11);
        let percent = only("police said they had recovered 80 percent of the haul.");
        assert_eq!((percent.kind, percent.value), (QuantityKind::Percent, 80.0));
        assert_eq!(only("a 40% rise").kind, QuantityKind::Percent);
    }

    #[test]
    fn other_figures() {
        for (text, unit) in [
            ("January 6, 2022 9:10am", "time"),
            (
                "It was just before 9 p.m. when shots were first fired",
                "time",
            ),
            (
                "in accordance with Article 4 of the Collective Security Treaty",
                "",
            ),
        ] {
            let found = extract_quantities(text);
            assert!(
                found
                    .iter()
                    .any(|q| q.kind == QuantityKind::Other && q.unit == unit),
                "{text}: {found:#?}"
            );
        }
        let found =
            extract_quantities("Dallas police officers scramble on Thursday, July 8, 2016.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].kind, QuantityKind::Other);
        assert_eq!(found[1].kind, QuantityKind::Year);
        assert!(extract_quantities("The COVID-19 pandemic and F-16 jets").is_empty());
        assert!(extract_quantities("one of the most stable of the ex-Soviet republics").is_empty());
        assert!(extract_quantities("No one was hurt.").is_empty());
        assert!(extract_quantities("one of Kazakhstan's main exports").is_empty());
        assert!(
            extract_quantities("<https://www.themoscowtimes.com/2022/01/06/russia-a75980>")
                .is_empty()
        );
        let age =
            only("Much of the anger appeared directed at Nazarbayev, who is 81 and had ruled");
        assert_eq!(age.kind, QuantityKind::Age);
        let number_two =
            only("removed Nazarbayev’s nephew from position number two on the committee.");
        assert_eq!(number_two.kind, QuantityKind::Other);
        for name in [
            "As CBS 2’s Janelle Burrell reported",
            "CBS News 8 - San Diego",
        ] {
            let found = extract_quantities(name);
            assert!(
                found.iter().all(|q| q.kind == QuantityKind::Other),
                "{found:#?}"
            );
        }
        assert_eq!(only("4 shot in northwest").unit, "");
        for headline in ["Dallas Shooting Leaves 5 Dead", "SHOOTING LEAVES 5 DEAD"] {
            assert_eq!(only(headline).kind, QuantityKind::Count, "{headline}");
        }
        let curfew = only("until 0700 local time");
        assert_eq!((curfew.unit.as_str(), curfew.value), ("time", 7.0));
        assert_eq!(only("Five people shot in apartment complex").unit, "people");
        let one = only("One bystander who is not a police officer was also shot.");
        assert_eq!((one.value, one.unit.as_str()), (1.0, "bystander"));
    }

    #[test]
    fn starter_words_are_sorted_and_complete() {
        assert!(STARTERS.windows(2).all(|w| w[0] < w[1]));
        for (words, _, _) in PREFIXES {
            assert!(STARTERS.contains(&words[0]), "{}", words[0]);
        }
        for (word, _) in MULTIPLIER_WORDS {
            assert!(STARTERS.contains(word), "{word}");
        }
        for (word, _) in super::super::numbers::simple_number_words() {
            assert!(STARTERS.contains(&word), "{word}");
        }
    }

    #[test]
    fn vague_words() {
        let cases: [(&str, f64, f64); 11] = [
            ("a few people", 2.0, 5.0),
            ("a handful of protesters", 2.0, 6.0),
            ("dozens of people", 24.0, 99.0),
            ("tens of thousands of people", 20_000.0, 99_999.0),
            ("several hundred soldiers", 200.0, 999.0),
            ("hundreds of thousands of people", 200_000.0, 999_999.0),
            ("between 200 and 300 people", 200.0, 300.0),
            ("two or three officers", 2.0, 3.0),
            ("10 to 15 people", 10.0, 15.0),
            ("5 to 10 million people", 5e6, 10e6),
            ("$5-10 million", 5e6, 10e6),
        ];
        for (text, low, high) in cases {
            let q = only(text);
            assert_eq!((q.low, q.high), (low, high), "{text}");
            assert_eq!(q.bound, Bound::Vague, "{text}");
        }
        assert_eq!(only("two or three officers").unit, "officers");
        assert_eq!(only("10 to 15 people").unit, "people");
        // "from 60 to 120" is a change between two figures, not a range.
        assert_eq!(
            extract_quantities("the price rose from 60 to 120 tenge").len(),
            2
        );
        assert_eq!(
            only("a five-time NBA All-Defensive Team honoree").kind,
            QuantityKind::Other
        );
        let years = extract_quantities("he ruled 1989 to 2019");
        assert!(
            years.iter().all(|q| q.kind == QuantityKind::Year),
            "{years:#?}"
        );
        assert_eq!(only("a hundred and fifty people").value, 150.0);
        assert_eq!(only("a million people").value, 1e6);
        let dozen = only("a dozen officers");
        assert_eq!(dozen.value, 12.0);
        assert!(dozen.low <= 11.0 && dozen.high >= 13.0);
        let words = only("one hundred and twenty-five people");
        assert_eq!(words.value, 125.0);
        let plus = only("200-plus people");
        assert_eq!((plus.bound, plus.low), (Bound::AtLeast, 200.0));
        let more = only("eight or more people");
        assert_eq!(more.bound, Bound::AtLeast);
        let over = only("upwards of 300 people");
        assert_eq!(over.bound, Bound::MoreThan);
        let few = only("fewer than 50 people");
        assert_eq!((few.bound, few.high), (Bound::LessThan, 49.0));
    }

    #[test]
    fn ranges_are_byte_exact_and_never_panic() {
        let samples = [
            "",
            "$",
            "-",
            "1,",
            "1,0",
            ".5",
            "€",
            "a",
            "a few",
            "more than",
            "at least $",
            "2.5.6",
            "9:",
            "1-",
            "--1",
            "between 5 and",
            "COVID-19",
            "₸500",
            "½",
            "٣",
            "“Thirteen”",
            "twenty-",
            "-twenty",
            "1e9",
            "99999999999999999999999999999999999999999",
            "the 1990s",
            "1st",
            "a.m.",
            "9 a",
            "No.",
            "No. 5",
            "#1",
            "$$2",
            "US$",
            "US$5bn",
        ];
        for sample in samples {
            for q in extract_quantities(sample) {
                assert_eq!(q.text, &sample[q.start..q.end]);
            }
        }
        // A long text is read in windows; offsets still point into the whole text.
        let long = "At least 95 police officers were injured. ".repeat(1_000);
        let found = extract_quantities(&long);
        assert_eq!(found.len(), 1_000);
        for q in &found {
            assert_eq!(q.text, &long[q.start..q.end]);
        }
        // Deterministic pseudo-random strings over a nasty alphabet.
        let alphabet: Vec<char> =
            "0123456789 ,.-–$€%+:/ aeiou twoneightdozens hundred million ’'\"é漢\u{feff}"
                .chars()
                .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..3000 {
            let mut sample = String::new();
            for _ in 0..(state % 40) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                sample.push(alphabet[(state % alphabet.len() as u64) as usize]);
            }
            state = state.wrapping_add(1);
            let found = extract_quantities(&sample);
            let mut last_end = 0;
            for q in found {
                assert!(q.start >= last_end && q.start < q.end, "{sample:?}");
                assert_eq!(q.text, &sample[q.start..q.end]);
                assert!(!q.low.is_nan() && !q.high.is_nan());
                last_end = q.end;
            }
        }
    }
}
