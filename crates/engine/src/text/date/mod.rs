//! Dates in a statement: absolute ("January 19", "Jan. 5, 2022"), weekdays resolved against
//! the article's date ("on Wednesday"), and relative words ("yesterday", "at the weekend").
//! An article's own date line is read in [`line`].
//!
//! Resolution rules, so the conflict detector can explain itself:
//! - a weekday is the most recent such day on or before the article date (the same day
//!   allowed), except after "next" or "until"/"till", which look forward (same day allowed
//!   for "until"), and after "last", which excludes the article's own day;
//! - "yesterday" and "last night" are the day before the article date, "today", "tonight"
//!   and "this morning" the article date itself;
//! - "this week" is Monday–Sunday of the article's week; "at the weekend", "over the
//!   weekend", "this weekend" are the Saturday–Sunday on or before the article date;
//! - a day and month without a year ("January 19", "5 January") take the year that puts
//!   them closest to the article date;
//! - "December 2011" is a month, "in 1991" a year (a span from its first to its last day).
//!
//! Without an article date, relative mentions are still found, with `resolved: None`.

use std::sync::LazyLock;

use chrono::{Datelike, Days, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use super::numbers::{
    Token, TokenClass, is_month_abbreviation, month_number, scan_outside_urls, tokenize,
    weekday_of, windows,
};
use crate::model::Date;
use crate::text::word_lists;

mod line;
pub use line::parse_date_line;

/// How precisely a mention pins down a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DatePrecision {
    Day,
    /// "at the weekend", "this week": a span of days (`resolved` is its first day).
    Span,
    Month,
    Year,
}

/// One date expression found in a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Byte range in the input.
    pub start: usize,
    pub end: usize,
    /// As written: "on Wednesday", "January 19".
    pub text: String,
    /// The day (or first day of the span) it refers to, when it can be resolved.
    pub resolved: Option<Date>,
    /// Last day of the span (same as `resolved` for a single day).
    pub resolved_end: Option<Date>,
    pub precision: DatePrecision,
    /// True for expressions that needed the article date (weekdays, "yesterday").
    pub relative: bool,
    /// The month and the day of the month as written ("2 October", "September 23rd"),
    /// whether or not a year resolves them.
    #[serde(default)]
    pub month_day: Option<(u32, u32)>,
}

impl DateMention {
    /// True when both mentions are resolved and their day ranges share at least one day:
    /// "on Wednesday" (resolved to Jan 5) and "January 5" agree; "this week" contains both.
    pub fn overlaps(&self, other: &DateMention) -> bool {
        match (self.span(), other.span()) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => false,
        }
    }

    /// First and last day covered, when resolved.
    pub fn span(&self) -> Option<(Date, Date)> {
        let start = self.resolved?;
        Some((start, self.resolved_end.unwrap_or(start)))
    }
}

/// Every date expression in `text`. Weekdays and relative words are resolved to the most
/// recent such day on or before `article_date` (news reports the past).
pub fn extract_dates(text: &str, article_date: Option<Date>) -> Vec<DateMention> {
    if text.len() < 3 {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (offset, window) in windows(text) {
        found.extend(
            dates_in_window(window, article_date)
                .into_iter()
                .map(|mut d| {
                    d.start += offset;
                    d.end += offset;
                    d
                }),
        );
    }
    found
}

fn dates_in_window(text: &str, article_date: Option<Date>) -> Vec<DateMention> {
    let tokens = tokenize(text);
    let scanner = Scanner {
        tokens: &tokens,
        article_date,
    };
    let mut found = Vec::new();
    scan_outside_urls(text, &tokens, |i| {
        let found_at = scanner.read_at(i).filter(|f| f.end_token > i)?;
        let start = tokens.get(found_at.first_token).map(|t| t.start);
        let end = tokens.get(found_at.end_token - 1).map(|t| t.end);
        if let (Some(start), Some(end)) = (start, end)
            && let Some(written) = text.get(start..end)
        {
            found.push(DateMention {
                start,
                end,
                text: written.to_string(),
                resolved: found_at.resolved,
                resolved_end: found_at.resolved_end,
                precision: found_at.precision,
                relative: found_at.relative,
                month_day: found_at.month_day,
            });
        }
        Some(found_at.end_token)
    });
    found
}

/// Words that can open a date expression besides month and weekday names, lowercase and
/// sorted: lead words ("on", "early", "by"), relative words, prepositions before a year
/// (section `date-starters` of `assets/lexicon/date-cues.txt`).
static DATE_STARTERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words = word_lists::DATE_CUES.named("date-starters");
    words.sort_unstable();
    words
});

/// Words earlier in a weekday's clause that make it a day to come (section
/// `future-markers` of `assets/lexicon/date-cues.txt`: "will", "expected").
static FUTURE_MARKERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::DATE_CUES.named("future-markers"));

/// Words that open another clause with a time of its own (section `clause-breaks` of
/// `assets/lexicon/date-cues.txt`: "after", "when").
static CLAUSE_BREAKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::DATE_CUES.named("clause-breaks"));

/// How many tokens before a weekday are read for a word of the future.
const FUTURE_REACH_TOKENS: usize = 10;

/// A date read by the scanner, before it becomes a [`DateMention`].
#[derive(Debug, Clone, Copy)]
struct Found {
    first_token: usize,
    end_token: usize,
    resolved: Option<Date>,
    resolved_end: Option<Date>,
    precision: DatePrecision,
    relative: bool,
    /// The month and day written, of an absolute date with a day.
    month_day: Option<(u32, u32)>,
}

/// An absolute date as written: day and year may be missing.
#[derive(Debug, Clone, Copy)]
struct Absolute {
    first_token: usize,
    end_token: usize,
    year: Option<i32>,
    month: u32,
    day: Option<u32>,
}

/// Which way a weekday looks from the article date.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    /// On or before the article date.
    Past,
    /// Strictly before ("last Wednesday").
    StrictPast,
    /// On or after ("until Wednesday").
    Future,
    /// Strictly after ("next Wednesday").
    StrictFuture,
}

fn last_day_of_month(year: i32, month: u32) -> Option<Date> {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(next_year, next_month, 1)?.pred_opt()
}

fn year_span(year: i32) -> (Option<Date>, Option<Date>) {
    (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    )
}

fn weekday_from(article: Date, weekday: Weekday, direction: Direction) -> Option<Date> {
    let today = article.weekday().num_days_from_monday() as i64;
    let wanted = weekday.num_days_from_monday() as i64;
    let back = (today - wanted).rem_euclid(7);
    let forward = (wanted - today).rem_euclid(7);
    let shift = match direction {
        Direction::Past => -back,
        Direction::StrictPast => -(if back == 0 { 7 } else { back }),
        Direction::Future => forward,
        Direction::StrictFuture => {
            if forward == 0 {
                7
            } else {
                forward
            }
        }
    };
    article.checked_add_signed(Duration::days(shift))
}

/// Monday of the week holding `day`.
fn monday_of(day: Date) -> Option<Date> {
    day.checked_sub_days(Days::new(day.weekday().num_days_from_monday() as u64))
}

fn plain_digits(t: &Token) -> Option<u32> {
    (t.class == TokenClass::Number
        && t.text.bytes().all(|b| b.is_ascii_digit())
        && t.text.len() <= 4)
        .then(|| t.text.parse().ok())
        .flatten()
}

/// "5", "05", "5th", "22nd".
fn day_number(t: &Token) -> Option<u32> {
    let day = match t.class {
        TokenClass::Number if t.text.len() <= 2 => plain_digits(t)?,
        TokenClass::Mixed => {
            let lower = t.text.to_ascii_lowercase();
            let digits = ["st", "nd", "rd", "th"]
                .iter()
                .find_map(|s| lower.strip_suffix(s))?;
            if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            digits.parse().ok()?
        }
        _ => return None,
    };
    (1..=31).contains(&day).then_some(day)
}

fn year_number(t: &Token) -> Option<i32> {
    let value = plain_digits(t)?;
    (t.text.len() == 4 && (1800..=2100).contains(&value)).then_some(value as i32)
}

struct Scanner<'t, 'a> {
    tokens: &'t [Token<'a>],
    article_date: Option<Date>,
}

impl Scanner<'_, '_> {
    fn get(&self, i: usize) -> Option<&Token<'_>> {
        self.tokens.get(i)
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.get(i).is_some_and(|t| t.is(word))
    }

    fn read_at(&self, i: usize) -> Option<Found> {
        if !self.can_start_date(i) {
            return None;
        }
        if let Some(found) = self.read_weekday(i) {
            return Some(found);
        }
        if let Some(absolute) = self.read_absolute(i) {
            return Some(self.resolve_absolute(absolute));
        }
        if let Some(found) = self.read_relative(i) {
            return Some(found);
        }
        self.read_bare_year(i)
    }

    /// Cheap gate: can a date expression start at token `i`?
    fn can_start_date(&self, i: usize) -> bool {
        let Some(token) = self.get(i) else {
            return false;
        };
        match token.class {
            TokenClass::Punct => false,
            TokenClass::Number | TokenClass::Mixed => true,
            TokenClass::Word => {
                DATE_STARTERS
                    .binary_search_by(|w| {
                        w.bytes()
                            .cmp(token.text.bytes().map(|b| b.to_ascii_lowercase()))
                    })
                    .is_ok()
                    || month_number(token.text).is_some()
                    || weekday_of(token.text.trim_end_matches("'s").trim_end_matches("’s"))
                        .is_some()
                    || self.is(i + 2, "ago")
            }
        }
    }

    /// Month-day-year, day-month-year, month-year and ISO dates starting at `i`.
    fn read_absolute(&self, i: usize) -> Option<Absolute> {
        let token = self.get(i)?;
        // ISO: 2022-01-06.
        if let Some(year) = year_number(token)
            && self.joined_punct(i + 1, '-')
            && let Some(month) = self
                .get(i + 2)
                .filter(|t| !t.space_before)
                .and_then(plain_digits)
            && self.joined_punct(i + 3, '-')
            && let Some(day) = self.get(i + 4).filter(|t| !t.space_before).and_then(|t| {
                let digits: String = t.text.chars().take_while(char::is_ascii_digit).collect();
                (digits.len() == 2)
                    .then(|| digits.parse::<u32>().ok())
                    .flatten()
            })
        {
            NaiveDate::from_ymd_opt(year, month, day)?;
            return Some(Absolute {
                first_token: i,
                end_token: i + 5,
                year: Some(year),
                month,
                day: Some(day),
            });
        }
        // Month first: "January 6, 2022", "Jan. 5", "December 2011", "December of 2011".
        if let Some(month) = month_number(token.text).filter(|_| token.is_word()) {
            let mut at = i + 1;
            if is_month_abbreviation(token.text) && self.joined_punct(at, '.') {
                at += 1;
            }
            if let Some(day) = self.get(at).and_then(day_number) {
                let mut end = at + 1;
                let mut year = None;
                let comma = usize::from(self.get(end).is_some_and(|t| t.is_punct(',')));
                if let Some(y) = self.get(end + comma).and_then(year_number) {
                    year = Some(y);
                    end += comma + 1;
                }
                return Some(Absolute {
                    first_token: i,
                    end_token: end,
                    year,
                    month,
                    day: Some(day),
                });
            }
            // "December 2011", "December, 2011", "December of 2011".
            let joiner = usize::from(self.get(at).is_some_and(|t| t.is_punct(',') || t.is("of")));
            if let Some(year) = self.get(at + joiner).and_then(year_number) {
                return Some(Absolute {
                    first_token: i,
                    end_token: at + joiner + 1,
                    year: Some(year),
                    month,
                    day: None,
                });
            }
            return None;
        }
        // Day first: "6 January 2022", "5th of January".
        let day = day_number(token)?;
        let mut at = i + 1;
        if self.is(at, "of") {
            at += 1;
        }
        let month_token = self.get(at)?;
        let month = month_number(month_token.text).filter(|_| month_token.is_word())?;
        at += 1;
        if is_month_abbreviation(month_token.text) && self.joined_punct(at, '.') {
            at += 1;
        }
        let comma = usize::from(self.get(at).is_some_and(|t| t.is_punct(',')));
        let year = self.get(at + comma).and_then(year_number);
        let end = if year.is_some() { at + comma + 1 } else { at };
        Some(Absolute {
            first_token: i,
            end_token: end,
            year,
            month,
            day: Some(day),
        })
    }

    fn joined_punct(&self, i: usize, c: char) -> bool {
        self.get(i)
            .is_some_and(|t| t.is_punct(c) && !t.space_before)
    }

    fn resolve_absolute(&self, absolute: Absolute) -> Found {
        let year = absolute.year.or_else(|| {
            let article = self.article_date?;
            let day = absolute.day.unwrap_or(15);
            (article.year() - 1..=article.year() + 1)
                .filter_map(|y| NaiveDate::from_ymd_opt(y, absolute.month, day).map(|d| (y, d)))
                .min_by_key(|(_, d)| (*d - article).num_days().abs())
                .map(|(y, _)| y)
        });
        let (resolved, resolved_end, precision) = match (year, absolute.day) {
            (Some(y), Some(d)) => {
                let day = NaiveDate::from_ymd_opt(y, absolute.month, d);
                (day, day, DatePrecision::Day)
            }
            (Some(y), None) => (
                NaiveDate::from_ymd_opt(y, absolute.month, 1),
                last_day_of_month(y, absolute.month),
                DatePrecision::Month,
            ),
            (None, Some(_)) => (None, None, DatePrecision::Day),
            (None, None) => (None, None, DatePrecision::Month),
        };
        Found {
            first_token: absolute.first_token,
            end_token: absolute.end_token,
            resolved,
            resolved_end,
            precision,
            relative: absolute.year.is_none() && resolved.is_some(),
            month_day: absolute.day.map(|day| (absolute.month, day)),
        }
    }

    /// "on Wednesday", "Wednesday night", "early Thursday", "by Tuesday", "last Monday".
    fn read_weekday(&self, i: usize) -> Option<Found> {
        let mut first = i;
        let mut direction = Direction::Past;
        let token = self.get(i)?;
        let lead_words = [
            "on", "early", "late", "last", "this", "next", "by", "since", "until", "till", "from",
            "coming",
        ];
        let mut at = i;
        while self
            .get(at)
            .is_some_and(|t| t.is_word() && t.is_any(&lead_words))
            && at < i + 3
        {
            let t = &self.tokens[at];
            if t.is("last") {
                direction = Direction::StrictPast;
            } else if t.is("next") || t.is("coming") {
                direction = Direction::StrictFuture;
            } else if t.is("until") || t.is("till") {
                direction = Direction::Future;
            }
            at += 1;
        }
        let day_token = self.get(at)?;
        let name = day_token.text.trim_end_matches("'s").trim_end_matches("’s");
        // "Tuesday's shooting": a possessive weekday names a happening of its own.
        if direction == Direction::Past
            && name.len() == day_token.text.len()
            && self.future_before(i)
        {
            direction = Direction::Future;
        }
        let weekday =
            weekday_of(name).filter(|_| day_token.is_word() && day_token.is_capitalized())?;
        if at > i {
            first = i;
        } else if token.is_word() {
            first = at;
        }
        // "Thursday, July 8, 2016" and "Thursday, May 2" are read as the absolute date.
        let comma = usize::from(self.get(at + 1).is_some_and(|t| t.is_punct(',')));
        if let Some(absolute) = self
            .read_absolute(at + 1 + comma)
            .filter(|a| a.day.is_some())
        {
            let mut found = self.resolve_absolute(absolute);
            found.first_token = first;
            return Some(found);
        }
        let mut end = at + 1;
        if self.get(end).is_some_and(|t| {
            t.is_any(&[
                "night",
                "morning",
                "afternoon",
                "evening",
                "nights",
                "mornings",
            ])
        }) {
            end += 1;
        }
        let resolved = self
            .article_date
            .and_then(|article| weekday_from(article, weekday, direction));
        Some(Found {
            first_token: first,
            end_token: end,
            resolved,
            resolved_end: resolved,
            precision: DatePrecision::Day,
            relative: true,
            month_day: None,
        })
    }

    /// Does a word of the future ([`FUTURE_MARKERS`]) stand before token `at` in its clause
    /// (no mark of punctuation nor word of another clause between: `clause-breaks`), not
    /// after a past form of "be" or "have" ("will resign on Thursday", "is expected to
    /// vote on Monday"; not "was due in court on Monday", "had been scheduled", "is
    /// expected to survive after being shot on Sunday")?
    fn future_before(&self, at: usize) -> bool {
        let from = at.saturating_sub(FUTURE_REACH_TOKENS);
        for k in (from..at).rev() {
            let t = &self.tokens[k];
            if !t.is_word() {
                if t.text
                    .chars()
                    .any(|c| c.is_ascii_punctuation() && c != '-' && c != '\'')
                {
                    return false;
                }
                continue;
            }
            if CLAUSE_BREAKS.iter().any(|w| t.is(w)) {
                return false;
            }
            if FUTURE_MARKERS.iter().any(|m| t.is(m)) {
                // The words before it, past adverbs ("was originally due").
                let before: Vec<&Token> = self.tokens[..k]
                    .iter()
                    .rev()
                    .filter(|w| !w.text.ends_with("ly"))
                    .take(2)
                    .collect();
                let word = |back: usize| before.get(back - 1).copied();
                let after_past = word(1).is_some_and(|w| w.is_any(&["was", "were", "had"]))
                    || (word(1).is_some_and(|w| w.is("been"))
                        && word(2).is_some_and(|w| w.is("had")));
                return !after_past;
            }
        }
        false
    }

    /// "yesterday", "last night", "this week", "at the weekend", "two days ago", "in January".
    fn read_relative(&self, i: usize) -> Option<Found> {
        let token = self.get(i)?;
        if !token.is_word() {
            return None;
        }
        let article = self.article_date;
        let day = |offset: i64| article.and_then(|a| a.checked_add_signed(Duration::days(offset)));
        let single = |end: usize, resolved: Option<Date>| Found {
            first_token: i,
            end_token: end,
            resolved,
            resolved_end: resolved,
            precision: DatePrecision::Day,
            relative: true,
            month_day: None,
        };
        let span =
            |end: usize, from: Option<Date>, to: Option<Date>, precision: DatePrecision| Found {
                first_token: i,
                end_token: end,
                resolved: from,
                resolved_end: to,
                precision,
                relative: true,
                month_day: None,
            };
        if token.is("yesterday") {
            return Some(single(i + 1, day(-1)));
        }
        if token.is("today") || token.is("tonight") {
            return Some(single(i + 1, day(0)));
        }
        if token.is("tomorrow") {
            return Some(single(i + 1, day(1)));
        }
        let next = self.get(i + 1);
        let next_is = |words: &[&str]| next.is_some_and(|t| t.is_any(words));
        if token.is("last") && next_is(&["night", "evening"]) {
            return Some(single(i + 2, day(-1)));
        }
        if token.is("this") && next_is(&["morning", "afternoon", "evening"]) {
            return Some(single(i + 2, day(0)));
        }
        // Weeks.
        if token.is_any(&["this", "last", "next"]) && next_is(&["week"]) {
            let shift = if token.is("last") {
                -7
            } else if token.is("next") {
                7
            } else {
                0
            };
            let monday = article
                .and_then(monday_of)
                .and_then(|m| m.checked_add_signed(Duration::days(shift)));
            let sunday = monday.and_then(|m| m.checked_add_days(Days::new(6)));
            return Some(span(i + 2, monday, sunday, DatePrecision::Span));
        }
        // Weekends.
        let weekend_at = if token.is_any(&["at", "over", "on"]) && self.is(i + 1, "the") {
            Some(i + 2)
        } else if token.is_any(&["this", "last", "the"]) {
            Some(i + 1)
        } else {
            None
        };
        if let Some(at) = weekend_at
            && self.is(at, "weekend")
        {
            let saturday = article.and_then(|a| {
                let mut s = weekday_from(a, Weekday::Sat, Direction::Past)?;
                if token.is("last") && a.weekday() == Weekday::Sat
                    || token.is("last") && a.weekday() == Weekday::Sun
                {
                    s = s.checked_sub_days(Days::new(7))?;
                }
                Some(s)
            });
            let sunday = saturday.and_then(|s| s.succ_opt());
            return Some(span(at + 1, saturday, sunday, DatePrecision::Span));
        }
        // Months and years relative to the article.
        if token.is_any(&["this", "last", "next"]) && next_is(&["month", "year"]) {
            let shift = if token.is("last") {
                -1
            } else if token.is("next") {
                1
            } else {
                0
            };
            if next_is(&["year"]) {
                let (from, to) = article.map_or((None, None), |a| year_span(a.year() + shift));
                return Some(span(i + 2, from, to, DatePrecision::Year));
            }
            let first = article.and_then(|a| {
                let months = a.year() * 12 + a.month0() as i32 + shift;
                NaiveDate::from_ymd_opt(months.div_euclid(12), months.rem_euclid(12) as u32 + 1, 1)
            });
            let last = first.and_then(|f| last_day_of_month(f.year(), f.month()));
            return Some(span(i + 2, first, last, DatePrecision::Month));
        }
        // "two days ago", "a week ago".
        let amount = if !self.is(i + 2, "ago") {
            None
        } else if token.is_any(&["a", "an", "one"]) {
            Some(1)
        } else if let Some(n) = plain_digits(token).filter(|n| *n <= 60) {
            Some(n as i64)
        } else {
            super::numbers::parse_number_word(token.text)
                .filter(|v| *v >= 1.0 && *v <= 60.0 && v.fract() == 0.0)
                .map(|v| v as i64)
        };
        if let Some(amount) = amount
            && let Some(unit) = next
            && self.is(i + 2, "ago")
        {
            let days = if unit.is_any(&["day", "days"]) {
                amount
            } else if unit.is_any(&["week", "weeks"]) {
                amount * 7
            } else if unit.is_any(&["month", "months"]) {
                // "three months ago": that month.
                let first = article.and_then(|a| {
                    let months = a.year() * 12 + a.month0() as i32 - amount as i32;
                    NaiveDate::from_ymd_opt(
                        months.div_euclid(12),
                        months.rem_euclid(12) as u32 + 1,
                        1,
                    )
                });
                let last = first.and_then(|f| last_day_of_month(f.year(), f.month()));
                return Some(span(i + 3, first, last, DatePrecision::Month));
            } else if unit.is_any(&["year", "years"]) {
                let (from, to) =
                    article.map_or((None, None), |a| year_span(a.year() - amount as i32));
                return Some(span(i + 3, from, to, DatePrecision::Year));
            } else {
                return None;
            };
            return Some(single(i + 3, day(-days)));
        }
        // A month alone after a preposition: "in January", "mid-January", "since March".
        if token.is_any(&[
            "in", "since", "until", "during", "early", "late", "mid", "by", "from",
        ]) {
            let mut at = i + 1;
            if token.is("mid") && self.joined_punct(at, '-') {
                at += 1;
            }
            let month_token = self.get(at)?;
            let month = month_number(month_token.text).filter(|_| month_token.is_word())?;
            // A month with its day or year is read whole from the month ("since August of
            // 2015", "since Oct. 1").
            let next = at
                + 1
                + usize::from(
                    is_month_abbreviation(month_token.text) && self.joined_punct(at + 1, '.'),
                );
            let of = usize::from(self.is(next, "of"));
            if self.get(next).is_some_and(|t| day_number(t).is_some())
                || self
                    .get(next + of)
                    .is_some_and(|t| year_number(t).is_some())
            {
                return None;
            }
            let absolute = Absolute {
                first_token: if token.is_any(&["early", "late", "mid"]) {
                    i
                } else {
                    at
                },
                end_token: at + 1,
                year: None,
                month,
                day: None,
            };
            return Some(self.resolve_absolute(absolute));
        }
        None
    }

    /// "in 1991", "since 1989": a year after a preposition; "the 2017 bombing": a year
    /// before what it dates, after an article.
    fn read_bare_year(&self, i: usize) -> Option<Found> {
        let token = self.get(i)?;
        let at = if self.joined_punct(i + 1, '-') {
            i + 2
        } else {
            i + 1
        };
        // The year first: most words stand before no year.
        let year_token = self.get(at)?;
        let year = year_number(year_token)?;
        if !token.is_any(&[
            "in", "since", "until", "by", "from", "during", "before", "after", "of", "to",
            "between", "and", "early", "late", "mid", "year", "till", "the", "a",
        ]) {
            return None;
        }
        // "in 2000 people" counts, it does not date.
        if self.get(at + 1).is_some_and(|t| {
            t.is_word() && !t.is_capitalized() && t.text.len() > 3 && t.text.ends_with('s')
        }) {
            return None;
        }
        let (from, to) = year_span(year);
        let first = if token.is_any(&["early", "late", "mid"]) {
            i
        } else {
            at
        };
        Some(Found {
            first_token: first,
            end_token: at + 1,
            resolved: from,
            resolved_end: to,
            precision: DatePrecision::Year,
            relative: false,
            month_day: None,
        })
    }
}

#[cfg(test)]
mod tests;
