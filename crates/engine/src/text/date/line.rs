//! An article's own date line ("January 06, 2022", "Jan 6, 2022 9:10am", "2022-01-06",
//! "06.01.2022"): the day the article was published, read by the corpus loader. The dates a
//! statement gives are read by the scanner of the parent module.

use chrono::NaiveDate;

use super::Scanner;
use crate::model::Date;
use crate::text::numbers::{TokenClass, tokenize, weekday_of};

/// Parse an article's date line: "January 06, 2022", "Jan 6, 2022", "January 6, 2022 9:10am",
/// "2022-01-06". Returns `None` when the line is not a date.
pub fn parse_date_line(line: &str) -> Option<Date> {
    let line = line.trim().trim_start_matches('\u{feff}').trim();
    if line.is_empty() || line.len() > 120 {
        return None;
    }
    let tokens = tokenize(line);
    let scanner = Scanner {
        tokens: &tokens,
        article_date: None,
    };
    // Leading labels: "Updated:", "Published on", "Thursday,".
    let mut i = 0;
    while let Some(t) = tokens.get(i) {
        let label = t.is_word()
            && (t.is_any(&[
                "updated",
                "published",
                "posted",
                "last",
                "first",
                "modified",
                "date",
                "dated",
                "on",
                "created",
                "at",
            ]) || weekday_of(t.text).is_some());
        if label || t.is_punct(':') || t.is_punct(',') || t.is_punct('|') {
            i += 1;
        } else {
            break;
        }
    }
    let (parsed, mut at) = match scanner.read_absolute(i) {
        Some(date) => (
            NaiveDate::from_ymd_opt(date.year?, date.month, date.day?)?,
            date.end_token,
        ),
        None => {
            // All digits: "2022/01/06", "06.01.2022", "1/6/2022".
            let start = tokens.get(i)?.start;
            let chunk_end = line[start..]
                .find(char::is_whitespace)
                .map_or(line.len(), |p| start + p);
            let chunk = line[start..chunk_end].trim_end_matches([',', '|']);
            let parsed = parse_numeric_date(chunk)?;
            let after = tokens
                .iter()
                .position(|t| t.start >= start + chunk.len())
                .unwrap_or(tokens.len());
            (parsed, after)
        }
    };
    // After the date: a time, a zone, separators and at most a short section name.
    let mut separated = false;
    let mut trailing_words = 0;
    while let Some(t) = tokens.get(at) {
        let time_like = match t.class {
            TokenClass::Number => true,
            TokenClass::Mixed => {
                let lower = t.text.to_ascii_lowercase();
                lower
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, 't' | 'z' | 'a' | 'p' | 'm'))
            }
            TokenClass::Punct => {
                if matches!(t.text, "-" | "–" | "—" | "|" | "•" | "·" | "/") {
                    separated = true;
                }
                true
            }
            TokenClass::Word => t.is_any(&[
                "am", "pm", "a", "p", "m", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt",
                "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "msk", "z", "t", "at", "local",
                "time", "updated",
            ]),
        };
        if !time_like {
            if !separated {
                return None;
            }
            trailing_words += 1;
            if trailing_words > 4 {
                return None;
            }
        }
        at += 1;
    }
    Some(parsed)
}

/// An all-digit date: year first ("2022-01-06", "2022/01/06"), else day and month in either
/// order ("06.01.2022", "1/6/2022"): a first part over 12 is a day, a second part over 12 is
/// a day; when both could be months the month comes first, as in American usage.
fn parse_numeric_date(chunk: &str) -> Option<Date> {
    let parts: Vec<&str> = chunk.split(['/', '.', '-']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if !parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let number = |p: &str| p.parse::<u32>().ok();
    let (a_n, b_n, c_n) = (number(a)?, number(b)?, number(c)?);
    if a.len() == 4 {
        return NaiveDate::from_ymd_opt(a_n as i32, b_n, c_n);
    }
    if c.len() != 4 || a.len() > 2 || b.len() > 2 {
        return None;
    }
    let year = c_n as i32;
    if a_n > 12 {
        NaiveDate::from_ymd_opt(year, b_n, a_n)
    } else {
        NaiveDate::from_ymd_opt(year, a_n, b_n)
    }
}
