//! Shared low-level pieces of figure and date reading: a byte-offset tokenizer for one
//! statement, English number words ("eight", "twenty-five", "one hundred and twenty",
//! "a dozen") and the month and weekday names both readers need. The words are data:
//! `assets/lexicon/number-words.txt` and `calendar.txt`, read through
//! [`crate::text::word_lists`].
//!
//! Everything here is allocation-light hand-written scanning: the quantity and date
//! readers run on every statement, so no regex is compiled anywhere.

use std::sync::LazyLock;

use crate::text::word_lists;

/// The broad class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenClass {
    /// Letters, with inner apostrophes: "Tokayev's", "police".
    Word,
    /// Digits with inner `,` or `.` separators: "1,000", "2.5", "317".
    Number,
    /// Digits glued to letters: "9am", "1st", "2.5m", "1990s", "4x4", "G7".
    Mixed,
    /// Any other single non-space character: "$", "%", "-", ",".
    Punct,
}

/// One token of a statement, with its byte range in the input.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub class: TokenClass,
    /// True when white space (or the start of the text) precedes the token.
    pub space_before: bool,
}

impl Token<'_> {
    /// Case-insensitive comparison with an ASCII word.
    pub fn is(&self, word: &str) -> bool {
        self.text.eq_ignore_ascii_case(word)
    }
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }
    pub fn is_word(&self) -> bool {
        self.class == TokenClass::Word
    }
    pub fn is_punct(&self, c: char) -> bool {
        self.class == TokenClass::Punct && self.text.starts_with(c)
    }
    /// True when the first character is an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// A dash of any kind: "-", "‐", "–", "—".
    pub fn is_dash(&self) -> bool {
        self.class == TokenClass::Punct && matches!(self.text, "-" | "‐" | "‑" | "–" | "—")
    }
    /// Lower-case copy (allocates; use for results, not for tests).
    pub fn lower(&self) -> String {
        self.text.to_lowercase()
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Split `text` into tokens. Byte ranges always fall on char boundaries.
pub(crate) fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let char_at = |pos: usize| text.get(pos..).and_then(|rest| rest.chars().next());
    let mut pos = 0;
    let mut space_before = true;
    while let Some(c) = char_at(pos) {
        let start = pos;
        pos += c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        let class = if c.is_alphanumeric() {
            let mut has_digit = c.is_ascii_digit();
            let mut has_letter = !has_digit;
            while let Some(d) = char_at(pos) {
                let after = pos + d.len_utf8();
                let next = char_at(after);
                if d.is_alphanumeric() {
                    if d.is_ascii_digit() {
                        has_digit = true;
                    } else {
                        has_letter = true;
                    }
                    pos = after;
                } else if (d == ',' || d == '.')
                    && has_digit
                    && !has_letter
                    && next.is_some_and(|n| n.is_ascii_digit())
                    || is_apostrophe(d)
                        && has_letter
                        && !has_digit
                        && next.is_some_and(char::is_alphabetic)
                {
                    pos = after + next.map_or(0, char::len_utf8);
                } else {
                    break;
                }
            }
            match (has_digit, has_letter) {
                (true, false) => TokenClass::Number,
                (false, _) => TokenClass::Word,
                (true, true) => TokenClass::Mixed,
            }
        } else {
            TokenClass::Punct
        };
        tokens.push(Token {
            start,
            end: pos,
            text: &text[start..pos],
            class,
            space_before,
        });
        space_before = false;
    }
    tokens
}

/// Longest piece of text read in one go; longer texts (a statement is a sentence, but a
/// broken file may give one huge line) are read in windows cut at white space, so memory
/// stays bounded.
const WINDOW_BYTES: usize = 16 * 1024;

/// Split `text` into windows of at most about [`WINDOW_BYTES`], cut at white space (or at
/// a char boundary when there is none), with each window's byte offset.
pub(crate) fn windows(text: &str) -> Vec<(usize, &str)> {
    let mut pieces = Vec::new();
    let mut start = 0;
    while text.len() - start > WINDOW_BYTES {
        let mut cut = start + WINDOW_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &text[start..cut];
        if let Some(space) = window.rfind(char::is_whitespace)
            && space > WINDOW_BYTES / 2
        {
            cut = start + space;
        }
        if cut <= start {
            break;
        }
        pieces.push((start, &text[start..cut]));
        start = cut;
    }
    pieces.push((start, &text[start..]));
    pieces
}

/// Scan the `tokens` of `text` left to right, passing over tokens inside web addresses: at
/// each token, `read` returns the index just past what it read there (scanning resumes at
/// that token), or `None` to try the next token. The date and figure readers both scan so.
pub(crate) fn scan_outside_urls(
    text: &str,
    tokens: &[Token],
    mut read: impl FnMut(usize) -> Option<usize>,
) {
    let urls = url_spans(text);
    let mut i = 0;
    while i < tokens.len() {
        let in_url = urls
            .iter()
            .any(|&(start, end)| (start..end).contains(&tokens[i].start));
        i = match if in_url { None } else { read(i) } {
            Some(end) if end > i => end,
            _ => i + 1,
        };
    }
}

/// Byte ranges of web addresses ("https://…", "www.…") whose digits are not figures.
pub(crate) fn url_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if !(text.contains("http") || text.contains("www.")) {
        return spans;
    }
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        let rest = &bytes[at..];
        let starts = rest.starts_with(b"http://")
            || rest.starts_with(b"https://")
            || rest.starts_with(b"www.");
        if starts && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) {
            let end = text[at..]
                .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | ')' | ']'))
                .map_or(text.len(), |p| at + p);
            spans.push((at, end));
            at = end.max(at + 1);
        } else {
            at += 1;
        }
    }
    spans
}

/// Parse a digit string with thousands separators and a decimal point: "1,000", "2.5".
pub(crate) fn parse_digits(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|&c| c != ',').collect();
    if cleaned.is_empty() || cleaned.matches('.').count() > 1 {
        return None;
    }
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// The number words of `assets/lexicon/number-words.txt`, by section, with their values.
struct NumberWords {
    units: Vec<(&'static str, f64)>,
    tens: Vec<(&'static str, f64)>,
    scales: Vec<(&'static str, f64)>,
    ordinals: Vec<(&'static str, u32)>,
}

static NUMBER_WORDS: LazyLock<NumberWords> = LazyLock::new(|| {
    let file = word_lists::NUMBER_WORDS;
    let valued = |section: &str| -> Vec<(&'static str, f64)> {
        file.section(section)
            .into_iter()
            .map(word_lists::pair)
            .filter_map(|(word, value)| Some((word, value.parse().ok()?)))
            .collect()
    };
    NumberWords {
        units: valued("units"),
        tens: valued("tens"),
        scales: valued("scales"),
        ordinals: valued("ordinals")
            .into_iter()
            .map(|(word, value)| (word, value as u32))
            .collect(),
    }
});

/// The value of `word` in a list of number words, in any ASCII case.
fn value_in(list: &[(&str, f64)], word: &str) -> Option<f64> {
    list.iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

/// Value of a unit or teen word: "zero" .. "nineteen".
fn small_number(word: &str) -> Option<f64> {
    value_in(&NUMBER_WORDS.units, word)
}

/// Value of a tens word: "twenty" .. "ninety".
fn tens_number(word: &str) -> Option<f64> {
    value_in(&NUMBER_WORDS.tens, word)
}

/// Multiplier of a scale word: "hundred" 100, "thousand" 1e3, "million" 1e6, ...
pub(crate) fn scale_word(word: &str) -> Option<f64> {
    value_in(&NUMBER_WORDS.scales, word)
}

/// The unit, teen and tens words ("zero" .. "nineteen", "twenty" .. "ninety") with their
/// values, lowercase.
pub(crate) fn simple_number_words() -> impl Iterator<Item = (&'static str, f64)> {
    NUMBER_WORDS.units.iter().chain(&NUMBER_WORDS.tens).copied()
}

/// Value of one unit, teen or tens word ("seven", "twenty"), in any ASCII case.
pub(crate) fn simple_number_word(word: &str) -> Option<f64> {
    small_number(word).or_else(|| tens_number(word))
}

/// Value of a lowercase ordinal word, "first" (1) to "twentieth" (20).
pub(crate) fn ordinal_value(word: &str) -> Option<u32> {
    NUMBER_WORDS
        .ordinals
        .iter()
        .find(|(w, _)| *w == word)
        .map(|&(_, v)| v)
}

/// Value of an ordinal written in words or in digits, lowercase ("ninth" 9, "11th" 11).
pub(crate) fn ordinal_number(word: &str) -> Option<u32> {
    ordinal_value(word).or_else(|| {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..];
        matches!(suffix, "st" | "nd" | "rd" | "th")
            .then(|| digits.parse().ok())
            .flatten()
    })
}

/// The ordinal word of `n` ("fifth" for 5), for 1 to 20.
pub(crate) fn ordinal_word(n: usize) -> Option<&'static str> {
    NUMBER_WORDS
        .ordinals
        .iter()
        .find(|&&(_, v)| v as usize == n)
        .map(|&(w, _)| w)
}

/// Scale of an abbreviation glued to digits: "2.5m", "3bn", "10k".
pub(crate) fn scale_suffix(suffix: &str) -> Option<f64> {
    match suffix.to_ascii_lowercase().as_str() {
        "k" => Some(1e3),
        "m" | "mn" | "mln" => Some(1e6),
        "bn" | "b" => Some(1e9),
        "tn" | "trn" => Some(1e12),
        _ => None,
    }
}

/// What one number word contributes to a phrase.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum NumberWord {
    /// "zero" .. "nineteen".
    Small(f64),
    /// "twenty" .. "ninety".
    Tens(f64),
    /// "hundred", "thousand", "million", ...
    Scale(f64),
    /// "dozen": 12.
    Dozen,
}

pub(crate) fn classify_number_word(word: &str) -> Option<NumberWord> {
    if let Some(v) = small_number(word) {
        return Some(NumberWord::Small(v));
    }
    if let Some(v) = tens_number(word) {
        return Some(NumberWord::Tens(v));
    }
    if let Some(v) = scale_word(word) {
        return Some(NumberWord::Scale(v));
    }
    if word.eq_ignore_ascii_case("dozen") {
        return Some(NumberWord::Dozen);
    }
    None
}

/// Accumulates number words left to right: "one hundred and twenty-five thousand".
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct NumberPhrase {
    total: f64,
    current: f64,
    /// Words taken so far.
    pub words: usize,
    last: Option<NumberWord>,
}

impl NumberPhrase {
    /// Try to add one word; false (and no change) when it cannot continue the phrase.
    pub fn push(&mut self, word: NumberWord) -> bool {
        use NumberWord::*;
        let fits = match (self.last, word) {
            (None, _) => true,
            (Some(Small(_)), Small(_) | Tens(_)) => false,
            (Some(Tens(_)), Small(s)) => s > 0.0 && s < 10.0,
            (Some(Tens(_)), Tens(_)) => false,
            (Some(Scale(_) | Dozen), Small(_) | Tens(_)) => true,
            (Some(Scale(a)), Scale(b)) => a == 1e2 && b > a,
            (Some(Small(_) | Tens(_)), Dozen) => true,
            (Some(Dozen), Scale(_)) | (Some(_), Dozen) => false,
            (Some(Small(_) | Tens(_)), Scale(_)) => true,
        };
        if !fits {
            return false;
        }
        match word {
            Small(v) | Tens(v) => self.current += v,
            Dozen => self.current = self.current.max(1.0) * 12.0,
            Scale(s) if s < 1e3 => self.current = self.current.max(1.0) * s,
            Scale(s) => {
                self.total += self.current.max(1.0) * s;
                self.current = 0.0;
            }
        }
        self.last = Some(word);
        self.words += 1;
        true
    }

    pub fn value(&self) -> f64 {
        self.total + self.current
    }

    pub fn last(&self) -> Option<NumberWord> {
        self.last
    }
}

/// The value of an English number word or phrase: "eight" 8, "Thirteen" 13,
/// "twenty-five" 25, "one hundred and twenty" 120, "two million" 2e6, "a dozen" 12,
/// "dozen" 12. Digits are read too ("1,000"). `None` for anything else, including vague
/// amounts ("dozens", "several").
pub fn parse_number_word(word: &str) -> Option<f64> {
    let trimmed = word.trim();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed
        .chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return parse_digits(trimmed);
    }
    let mut phrase = NumberPhrase::default();
    let parts = trimmed
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '‐' | '‑'))
        .filter(|p| !p.is_empty());
    for (position, part) in parts.enumerate() {
        if part.eq_ignore_ascii_case("and") && phrase.words > 0 {
            continue;
        }
        if position == 0 && (part.eq_ignore_ascii_case("a") || part.eq_ignore_ascii_case("an")) {
            continue;
        }
        let number_word = classify_number_word(part)?;
        if !phrase.push(number_word) {
            return None;
        }
    }
    (phrase.words > 0).then(|| phrase.value())
}

/// Month and weekday names of `assets/lexicon/calendar.txt`.
struct Calendar {
    /// Full month names, January first.
    months: Vec<&'static str>,
    /// Abbreviations of month names ("jan", "sept") with their month number.
    month_abbreviations: Vec<(&'static str, u32)>,
    /// Full weekday names, Monday first.
    weekdays: Vec<&'static str>,
    /// Abbreviations of weekday names ("tues").
    weekday_abbreviations: Vec<&'static str>,
}

static CALENDAR: LazyLock<Calendar> = LazyLock::new(|| {
    let file = word_lists::CALENDAR;
    let months = file.section("months");
    let month_abbreviations = file
        .section("month abbreviations")
        .into_iter()
        .map(word_lists::pair)
        .filter_map(|(abbreviation, name)| {
            let number = months.iter().position(|m| *m == name)?;
            Some((abbreviation, number as u32 + 1))
        })
        .collect();
    Calendar {
        months,
        month_abbreviations,
        weekdays: file.section("weekdays"),
        weekday_abbreviations: file
            .section("weekday abbreviations")
            .into_iter()
            .map(|e| word_lists::pair(e).0)
            .collect(),
    }
});

/// Month number (1..=12) of a month name or its usual abbreviation ("Jan", "Sept"), in
/// any ASCII case.
pub(crate) fn month_of_name(word: &str) -> Option<u32> {
    let c = &*CALENDAR;
    if let Some(p) = c.months.iter().position(|m| word.eq_ignore_ascii_case(m)) {
        return Some(p as u32 + 1);
    }
    c.month_abbreviations
        .iter()
        .find(|(a, _)| word.eq_ignore_ascii_case(a))
        .map(|&(_, m)| m)
}

/// Month number (1..=12) of a month name or its usual abbreviation ("Jan", "Sept").
/// The word must be capitalised: "may" and "march" are also common verbs.
pub(crate) fn month_number(word: &str) -> Option<u32> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    month_of_name(word)
}

/// The lowercase full name of month `m` (1..=12).
pub(crate) fn month_name(m: u32) -> &'static str {
    CALENDAR.months[(m.clamp(1, 12) - 1) as usize]
}

/// True for a month's full name, in any case ("May", "march").
pub(crate) fn is_month_name(word: &str) -> bool {
    CALENDAR.months.iter().any(|m| word.eq_ignore_ascii_case(m))
}

/// True for an abbreviated month name ("Jan", "Sept"), which may be followed by a full stop.
pub(crate) fn is_month_abbreviation(word: &str) -> bool {
    month_number(word).is_some() && !is_month_name(word)
}

/// Weekday of a weekday name ("Wednesday"), case-insensitive.
pub(crate) fn weekday_of(word: &str) -> Option<chrono::Weekday> {
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    CALENDAR
        .weekdays
        .iter()
        .position(|d| word.eq_ignore_ascii_case(d))
        .and_then(|p| chrono::Weekday::try_from(p as u8).ok())
}

/// True for a lowercase weekday name or its abbreviation ("wednesday", "wed", "tues").
pub(crate) fn is_weekday_word(lower: &str) -> bool {
    let c = &*CALENDAR;
    c.weekdays.contains(&lower) || c.weekday_abbreviations.contains(&lower)
}

/// A whole number as a reader writes it, its thousands grouped: "20,000", "-1,500".
pub fn group_thousands(v: f64) -> String {
    let digits = format!("{:.0}", v.abs());
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(group_thousands(20_000.0), "20,000");
        assert_eq!(group_thousands(999.0), "999");
        assert_eq!(group_thousands(1_234_567.0), "1,234,567");
        assert_eq!(group_thousands(-1_500.0), "-1,500");
    }

    #[test]
    fn number_words_compose() {
        assert_eq!(parse_number_word("eight"), Some(8.0));
        assert_eq!(parse_number_word("Thirteen"), Some(13.0));
        assert_eq!(parse_number_word("twenty-five"), Some(25.0));
        assert_eq!(parse_number_word("one hundred"), Some(100.0));
        assert_eq!(parse_number_word("one hundred and twenty"), Some(120.0));
        assert_eq!(parse_number_word("two million"), Some(2e6));
        assert_eq!(parse_number_word("a dozen"), Some(12.0));
        assert_eq!(parse_number_word("two dozen"), Some(24.0));
        assert_eq!(parse_number_word("three hundred thousand"), Some(300_000.0));
        assert_eq!(parse_number_word("1,000"), Some(1000.0));
        assert_eq!(
            parse_number_word("two million five hundred thousand"),
            Some(2_500_000.0)
        );
        assert_eq!(parse_number_word("dozens"), None);
        assert_eq!(parse_number_word("one two"), None);
        assert_eq!(parse_number_word("twenty thirty"), None);
        assert_eq!(parse_number_word(""), None);
        assert_eq!(parse_number_word("police"), None);
    }

    #[test]
    fn tokens_keep_byte_ranges() {
        let text = "“317 police” – $2.6-million, 9:10am, Tokayev’s 1990s";
        for token in tokenize(text) {
            assert_eq!(token.text, &text[token.start..token.end]);
        }
        let classes: Vec<_> = tokenize("$2.6-million 1,000 9am")
            .iter()
            .map(|t| (t.text, t.class))
            .collect();
        assert_eq!(
            classes,
            vec![
                ("$", TokenClass::Punct),
                ("2.6", TokenClass::Number),
                ("-", TokenClass::Punct),
                ("million", TokenClass::Word),
                ("1,000", TokenClass::Number),
                ("9am", TokenClass::Mixed),
            ]
        );
    }

    #[test]
    fn long_texts_are_read_in_bounded_windows() {
        let sentence = "Dozens of protesters were killed on Wednesday and 317 police injured. ";
        let text = sentence.repeat(2_000);
        let pieces = windows(&text);
        assert!(pieces.len() > 1);
        let mut expected_start = 0;
        for (offset, piece) in &pieces {
            assert_eq!(*offset, expected_start);
            assert!(piece.len() <= WINDOW_BYTES);
            expected_start = offset + piece.len();
        }
        assert_eq!(expected_start, text.len());
        let no_spaces = "漢".repeat(20_000);
        let pieces = windows(&no_spaces);
        assert_eq!(
            pieces.iter().map(|(_, p)| p.len()).sum::<usize>(),
            no_spaces.len()
        );
    }

    #[test]
    fn months_and_weekdays() {
        assert_eq!(month_number("Jan"), Some(1));
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("May"), Some(5));
        assert_eq!(month_number("may"), None);
        assert_eq!(weekday_of("Wednesday"), Some(chrono::Weekday::Wed));
    }
}
