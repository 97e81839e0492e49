//! Dates in a statement: absolute ("January 19", "Jan. 5, 2022"), weekdays resolved against
//! the article's date ("on Wednesday"), and relative words ("yesterday", "at the weekend").
//! Also the parsing of an article's own date line.
//! PLACEHOLDER: the interface is fixed, the extraction is to be written.

use serde::{Deserialize, Serialize};

use crate::model::Date;

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
}

/// Every date expression in `text`. Weekdays and relative words are resolved to the most
/// recent such day on or before `article_date` (news reports the past).
pub fn extract_dates(_text: &str, _article_date: Option<Date>) -> Vec<DateMention> {
    Vec::new()
}

/// Parse an article's date line: "January 06, 2022", "Jan 6, 2022", "January 6, 2022 9:10am",
/// "2022-01-06". Returns `None` when the line is not a date.
pub fn parse_date_line(_line: &str) -> Option<Date> {
    None
}
