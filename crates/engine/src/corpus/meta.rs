//! What an article says about itself: title, outlet, date, by-line and URL.
//!
//! The line-level recognisers here (date lines, by-lines, URLs, credit and source lines)
//! are shared with boilerplate marking. The outlet is taken, in order of trust, from a
//! URL line's domain (a small table of major news domains gives proper names, else the
//! bare domain), a credit line ("© Provided by X", "Copyright 2016 X", or "BBC News" alone
//! on its line), a `Source:` line,
//! an app promotion ("Download the X app"), a house style (Axios section markers), a
//! by-line ("… for AFP", "Anna Petrova, Reuters"), a wire dateline ("DALLAS (AP)",
//! "SOCHI, Russia (Reuters)"), a publisher's date line that gives its hour ("Castrava
//! Courier, 10 October, 11:15 local"), else the file name. The
//! domains, agencies, house styles and date-line words are data (`assets/lexicon/`).

use std::sync::LazyLock;

use crate::model::Date;
use crate::text::word_lists;

/// Major news domains and their proper names (`assets/lexicon/outlets.txt`).
static OUTLET_DOMAINS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    word_lists::OUTLETS
        .sections()
        .into_iter()
        .flat_map(|s| {
            let name = s.header;
            s.entries.into_iter().map(move |domain| (domain, name))
        })
        .collect()
});

/// Wire agencies as they appear in datelines and credits, with their names
/// (`assets/lexicon/wire-agencies.txt`).
static WIRE_AGENCIES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    word_lists::WIRE_AGENCIES
        .entries()
        .into_iter()
        .map(word_lists::pair)
        .collect()
});

/// Section markers of a house style: three or more of them name the outlet
/// (`assets/lexicon/house-styles.txt`).
static HOUSE_STYLES: LazyLock<Vec<(&'static str, Vec<&'static str>)>> = LazyLock::new(|| {
    word_lists::HOUSE_STYLES
        .sections()
        .into_iter()
        .map(|s| (s.header, s.entries))
        .collect()
});

/// Words that may surround a date on a date line.
static DATE_LINE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::CALENDAR.section("date-line words"));

/// The month number of a month name or abbreviation ("Jan", "Sept", "January"), in any
/// case, with or without a full stop.
fn month_number(word: &str) -> Option<u32> {
    crate::text::numbers::month_of_name(&word.trim_end_matches('.').to_lowercase())
}

/// A token of a line: a run of letters or a run of digits, with its byte range.
#[derive(Debug, Clone)]
struct Token<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

fn tokens(line: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let mut kind_digit = false;
    for (i, c) in line.char_indices() {
        let is_alpha = c.is_alphabetic();
        let is_digit = c.is_ascii_digit();
        match start {
            Some(s) if (is_digit && kind_digit) || (is_alpha && !kind_digit) => {
                let _ = s;
            }
            Some(s) => {
                out.push(Token {
                    text: &line[s..i],
                    start: s,
                    end: i,
                });
                start = None;
            }
            None => {}
        }
        if start.is_none() && (is_alpha || is_digit) {
            start = Some(i);
            kind_digit = is_digit;
        }
    }
    if let Some(s) = start {
        out.push(Token {
            text: &line[s..],
            start: s,
            end: line.len(),
        });
    }
    out
}

/// Tokens for date reading: ordinal suffixes ("12th") dropped, and everything after a
/// "by" that follows a date (a by-line sharing the date line) cut off.
fn date_tokens(line: &str) -> Vec<Token<'_>> {
    let mut out: Vec<Token> = Vec::new();
    for t in tokens(line) {
        let is_ordinal = matches!(t.text, "st" | "nd" | "rd" | "th")
            && out
                .last()
                .is_some_and(|p| p.end == t.start && num(p).is_some());
        if !is_ordinal {
            out.push(t);
        }
    }
    if let Some(by) = out.iter().position(|t| t.text.eq_ignore_ascii_case("by"))
        && find_date(&out[..by], line).is_some()
    {
        out.truncate(by);
    }
    out
}

fn num(t: &Token) -> Option<u32> {
    if t.text.bytes().all(|b| b.is_ascii_digit()) && t.text.len() <= 4 {
        t.text.parse().ok()
    } else {
        None
    }
}

/// A full date (with year) found in a line: the date and the token indices it used.
struct FoundDate {
    date: Date,
    first_token: usize,
    last_token: usize,
}

/// Does a time of day ("02:39") start at token `at`?
fn clock_follows(toks: &[Token], at: usize, line: &str) -> bool {
    matches!((toks.get(at), toks.get(at + 1)), (Some(h), Some(m))
        if num(h).is_some_and(|h| h < 24) && h.text.len() <= 2
            && &line[h.end..m.start] == ":" && m.text.len() == 2 && num(m).is_some())
}

fn find_date(toks: &[Token], line: &str) -> Option<FoundDate> {
    let year_ok = |y: u32| (1900..=2100).contains(&y);
    for i in 0..toks.len() {
        // "January 06, 2022", "Jan. 6 2022"
        if let Some(m) = month_number(toks[i].text)
            && let (Some(d), Some(y)) =
                (toks.get(i + 1).and_then(num), toks.get(i + 2).and_then(num))
            && year_ok(y)
            && toks[i + 1].text.len() <= 2
            && let Some(date) = Date::from_ymd_opt(y as i32, m, d)
        {
            return Some(FoundDate {
                date,
                first_token: i,
                last_token: i + 2,
            });
        }
        if let Some(first) = num(&toks[i]) {
            // "6 January 2022"
            if let (Some(m), Some(y)) = (
                toks.get(i + 1).and_then(|t| month_number(t.text)),
                toks.get(i + 2).and_then(num),
            ) && year_ok(y)
                && toks[i].text.len() <= 2
                && let Some(date) = Date::from_ymd_opt(y as i32, m, first)
            {
                return Some(FoundDate {
                    date,
                    first_token: i,
                    last_token: i + 2,
                });
            }
            // "2022-01-06" and "01/06/2022"
            if let (Some(b), Some(c)) =
                (toks.get(i + 1).and_then(num), toks.get(i + 2).and_then(num))
            {
                let sep1 = &line[toks[i].end..toks[i + 1].start];
                let sep2 = &line[toks[i + 1].end..toks[i + 2].start];
                let slashes = sep1.trim() == "/" && sep2.trim() == "/";
                let date = if toks[i].text.len() == 4 && sep1 == "-" && sep2 == "-" {
                    Date::from_ymd_opt(first as i32, b, c).filter(|_| year_ok(first))
                } else if toks[i + 2].text.len() == 4 && slashes {
                    Date::from_ymd_opt(c as i32, first, b).filter(|_| year_ok(c))
                } else if toks[i + 2].text.len() == 2 && slashes && clock_follows(toks, i + 3, line)
                {
                    // "11 / 10 / 11 02:39 PM ET": a year of two digits, read only before a
                    // time of day, so that no other three numbers pass for a date.
                    let year = if c < 70 { 2000 + c } else { 1900 + c };
                    Date::from_ymd_opt(year as i32, first, b)
                } else {
                    None
                };
                if let Some(date) = date {
                    return Some(FoundDate {
                        date,
                        first_token: i,
                        last_token: i + 2,
                    });
                }
            }
        }
    }
    None
}

/// A date line: a short line that is essentially a date, possibly with a time, weekday,
/// "Updated:"/"Published" prefix, time zone and a section word ("Jan 6, 2022 - World").
#[derive(Debug, Clone, PartialEq)]
pub struct DateLine {
    pub date: Date,
    /// The date as written, with a following time: "January 6, 2022 9:10am".
    pub text: String,
    /// True for "Updated: …" / "Modified …" lines.
    pub is_update: bool,
}

/// Recognise a date line; `None` for sentences that merely contain a date.
pub fn date_line(line: &str) -> Option<DateLine> {
    let line = line.trim();
    if line.is_empty() || line.len() > 120 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let toks = date_tokens(line);
    let found = find_date(&toks, line)?;
    let mut leftover_words = 0;
    let mut last = found.last_token;
    let mut extending = true;
    for (i, t) in toks.iter().enumerate() {
        if (found.first_token..=found.last_token).contains(&i) {
            continue;
        }
        let lower = t.text.to_lowercase();
        let is_time_part = num(t).is_some()
            || DATE_LINE_WORDS.contains(&lower.as_str())
            || lower
                .strip_suffix("am")
                .or(lower.strip_suffix("pm"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if i > found.last_token && extending {
            if is_time_part
                && !["updated", "update", "published", "posted", "and", "on"]
                    .contains(&lower.as_str())
            {
                last = i;
            } else {
                extending = false;
            }
        }
        if is_time_part
            || crate::text::numbers::is_weekday_word(&lower)
            || month_number(t.text).is_some()
        {
            continue;
        }
        leftover_words += 1;
    }
    if leftover_words > 3 || line.ends_with('.') && leftover_words > 0 {
        return None;
    }
    let start = toks[found.first_token].start;
    let mut end = toks[last].end;
    // Keep a trailing "." of "a.m." / "p.m.".
    if line[end..].starts_with('.') && toks[last].text.len() == 1 {
        end += 1;
    }
    let lower = line.to_lowercase();
    Some(DateLine {
        date: found.date,
        text: line[start..end].to_string(),
        is_update: lower.starts_with("updated")
            || lower.starts_with("update")
            || lower.starts_with("last updated")
            || lower.starts_with("modified")
            || lower.starts_with("last modified"),
    })
}

/// The hour a date line gives, if any: "9:10am", "07:15 local time", "9.45pm", "21:00"
/// (the first `H:MM` or `H.MM` after a date, with "am"/"pm" or "a.m."/"p.m." after it).
pub fn time_of_day(date_text: &str) -> Option<chrono::NaiveTime> {
    let bytes = date_text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if !(b == b':' || b == b'.') || i == 0 {
            continue;
        }
        let hour_start = date_text[..i]
            .rfind(|c: char| !c.is_ascii_digit())
            .map_or(0, |k| k + 1);
        let hour = &date_text[hour_start..i];
        let minutes = date_text[i + 1..]
            .get(..2)
            .filter(|m| m.bytes().all(|c| c.is_ascii_digit()));
        let (Ok(mut h), Some(m)) = (hour.parse::<u32>(), minutes) else {
            continue;
        };
        let rest = &date_text[i + 3..];
        // Not a date written with points ("06.12.2022") nor a longer number.
        let date_goes_on = rest.starts_with(|c: char| c.is_ascii_digit())
            || (rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit()));
        if hour.is_empty() || hour.len() > 2 || date_goes_on {
            continue;
        }
        let after = rest.trim_start().to_lowercase();
        if after.starts_with("pm") || after.starts_with("p.m") {
            if h < 12 {
                h += 12;
            }
        } else if (after.starts_with("am") || after.starts_with("a.m")) && h == 12 {
            h = 0;
        }
        if let Some(time) = chrono::NaiveTime::from_hms_opt(h, m.parse().ok()?, 0) {
            return Some(time);
        }
    }
    None
}

/// Parse a date line: the shared parser first, then this module's own.
pub fn parse_date_line(line: &str) -> Option<(Date, String, bool)> {
    let own = date_line(line)?;
    let date = crate::text::date::parse_date_line(line).unwrap_or(own.date);
    Some((date, own.text, own.is_update))
}

/// A by-line's name part ("By X and Y for AFP" -> "X and Y for AFP"), if `line` is one.
pub fn byline(line: &str) -> Option<String> {
    let line = line.trim();
    if line.len() > 160 {
        return None;
    }
    let lower = line.to_lowercase();
    let rest = ["by:", "by ", "written by ", "posted by ", "words by "]
        .iter()
        .find_map(|p| lower.starts_with(p).then(|| line[p.len()..].trim()))?;
    // Contact details after the name ("By Jane Roe jroe@example.com", "[email protected]").
    let words: Vec<&str> = rest
        .split_whitespace()
        .filter(|w| !w.contains('@') && !w.starts_with('[') && !w.ends_with(']'))
        .collect();
    if words.is_empty() || words.len() > 16 {
        return None;
    }
    let first = words[0].trim_matches(|c: char| !c.is_alphanumeric());
    // A staff by-line names no one: "By our South Asia correspondent, BBC News", "By our
    // Foreign Staff".
    let staff = first == "our";
    if !first.chars().next().is_some_and(char::is_uppercase) && !staff {
        return None;
    }
    if crate::text::numbers::is_weekday_word(&first.to_lowercase()) || month_number(first).is_some()
    {
        return None;
    }
    let capitalised = words
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        .count();
    let connectors = words
        .iter()
        .filter(|w| {
            matches!(
                w.trim_matches(|c: char| !c.is_alphanumeric()),
                "and"
                    | "for"
                    | "of"
                    | "the"
                    | "in"
                    | "de"
                    | "van"
                    | "von"
                    | "der"
                    | "da"
                    | "bin"
                    | "al"
                    | "|"
                    | "and/or"
            )
        })
        .count();
    if (capitalised + connectors < words.len() && !staff)
        || rest.ends_with(['.', '?', '!']) && !rest.ends_with("Jr.")
    {
        return None;
    }
    Some(
        rest.trim_end_matches([',', ';', '|', '-', '–'])
            .trim()
            .to_string(),
    )
}

/// Whether the whole line is a URL.
pub fn is_url(line: &str) -> bool {
    let t = line.trim().trim_start_matches('<').trim_end_matches('>');
    (t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www."))
        && !t.contains(char::is_whitespace)
        && t.len() > 8
}

/// The host of a URL (or of a bare domain), lower-cased, without "www."/"m."/"amp.".
pub fn url_domain(url: &str) -> Option<String> {
    let t = url.trim().trim_start_matches('<');
    let t = t
        .strip_prefix("https://")
        .or_else(|| t.strip_prefix("http://"))
        .unwrap_or(t);
    let host = t.split(['/', '?', '#', ':', '>']).next()?.to_lowercase();
    let host = host
        .strip_prefix("www.")
        .or_else(|| host.strip_prefix("m."))
        .or_else(|| host.strip_prefix("amp."))
        .unwrap_or(&host)
        .to_string();
    (host.contains('.')
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-'))
    .then_some(host)
}

/// The outlet name of a domain: the table's proper name or the bare domain.
pub fn outlet_of_domain(domain: &str) -> String {
    OUTLET_DOMAINS
        .iter()
        .find(|(d, _)| domain == *d || domain.ends_with(&format!(".{d}")))
        .map(|(_, name)| name.to_string())
        .unwrap_or_else(|| domain.to_string())
}

/// A bare domain mentioned in free text ("Thanks msn.com").
fn domain_in_text(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        let tld_ok = w.rsplit('.').next().is_some_and(|t| {
            (2..=6).contains(&t.len()) && t.chars().all(|c| c.is_ascii_lowercase())
        });
        (w.contains('.') && tld_ok && !w.contains('@'))
            .then(|| url_domain(w))
            .flatten()
    })
}

/// Is the line an outlet's name and nothing else ("BBC News" under a headline): a proper
/// name of `outlets.txt`, as written there. A wire agency's name alone is a by-line
/// ("Associated Press"), read as one.
pub fn is_outlet_name(line: &str) -> bool {
    let t = line.trim();
    OUTLET_DOMAINS.iter().any(|(_, name)| *name == t) && !is_wire_agency(t)
}

/// The outlet named by a credit line: "© Provided by X", "Copyright 2016 X. All rights
/// reserved.", "(© 2016 KHOU)", or a line that is an outlet's name alone ("BBC News").
pub fn credit_outlet(line: &str) -> Option<String> {
    if is_outlet_name(line) {
        return Some(line.trim().to_string());
    }
    let t = line
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .trim();
    let lower = t.to_lowercase();
    let rest = if let Some(r) = t.strip_prefix('©') {
        r
    } else if lower.starts_with("copyright") {
        &t["copyright".len()..]
    } else {
        return None;
    };
    let rest = rest.trim().trim_start_matches('©').trim();
    let rest = rest
        .strip_prefix("Provided by")
        .or_else(|| rest.strip_prefix("provided by"))
        .unwrap_or(rest)
        .trim();
    // Drop a leading year or year range.
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–')
        .trim()
        .trim_start_matches("by ")
        .trim();
    // ASCII folding keeps every byte where it is, so the cut is one of `rest`'s own
    // offsets ("ẞ" lowercases shorter, "İ" longer).
    let folded = rest.to_ascii_lowercase();
    let cut = ["all rights reserved", "all rights", ". "]
        .iter()
        .filter_map(|p| folded.find(p))
        .min()
        .unwrap_or(rest.len());
    let name = rest[..cut]
        .trim()
        .trim_end_matches(['.', ',', '-', '–', '|'])
        .trim();
    let name = name.rsplit(" / ").next().unwrap_or(name).trim();
    // "WSMV (Meredith Corporation)", "CBS Local Media, a division of CBS Radio Inc".
    let name = name.split(" (").next().unwrap_or(name);
    let name = name.split(", a ").next().unwrap_or(name).trim();
    let name = if name.eq_ignore_ascii_case("the associated press") {
        "Associated Press"
    } else {
        name
    };
    if name.is_empty() || name.len() > 60 {
        return None;
    }
    Some(name.to_string())
}

/// The outlet named by a `Source:` line ("Source: Thanks msn.com" -> "MSN").
pub fn source_line_outlet(line: &str) -> Option<String> {
    let t = line.trim();
    let rest = t
        .strip_prefix("Source:")
        .or_else(|| t.strip_prefix("SOURCE:"))
        .or_else(|| t.strip_prefix("source:"))?
        .trim();
    if let Some(domain) = domain_in_text(rest) {
        return Some(outlet_of_domain(&domain));
    }
    let name = rest.trim_end_matches('.').trim();
    (!name.is_empty() && name.len() <= 60 && name.split_whitespace().count() <= 6)
        .then(|| name.to_string())
}

/// The outlet named by an app promotion: "Download the NBC News app for …" -> "NBC News".
pub fn promo_outlet(line: &str) -> Option<String> {
    let t = line.trim().trim_start_matches(['>', '»']).trim();
    let lower = t.to_lowercase();
    let start = lower.find("download the ")? + "download the ".len();
    let end = start + lower[start..].find(" app")?;
    let name = t[start..end].trim().trim_start_matches("free ").trim();
    (!name.is_empty() && name.len() <= 40 && name.chars().next().is_some_and(char::is_uppercase))
        .then(|| name.to_string())
}

/// The outlet given by a house style of section markers, if at least three occur.
pub fn house_style_outlet<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    // Markers open a line, so the first few characters are enough.
    let lowered: Vec<String> = lines
        .map(|l| l.trim().chars().take(24).collect::<String>().to_lowercase())
        .collect();
    HOUSE_STYLES.iter().find_map(|(name, markers)| {
        let hits = markers
            .iter()
            .filter(|m| lowered.iter().any(|l| l.starts_with(*m)))
            .count();
        (hits >= 3).then(|| name.to_string())
    })
}

/// The agency of a by-line: "X and Y for AFP" -> "AFP", or a wire agency or an outlet's
/// proper name (`outlets.txt`) after the last comma: "Anna Petrova, Reuters" -> "Reuters",
/// "our South Asia correspondent, BBC News" -> "BBC News" (only those: "Jo Lee, Staff
/// Writer" is no outlet).
pub fn byline_agency(byline: &str) -> Option<String> {
    let t = byline.trim();
    if let Some(i) = t.rfind(" for ") {
        let name = t[i + 5..].trim();
        return (!name.is_empty()
            && name.split_whitespace().count() <= 4
            && name.chars().next().is_some_and(char::is_uppercase))
        .then(|| agency_name(name));
    }
    let (_, name) = t.rsplit_once(',')?;
    let name = agency_name(name.trim());
    (is_wire_agency(&name) || OUTLET_DOMAINS.iter().any(|(_, outlet)| *outlet == name))
        .then_some(name)
}

/// The agency or station of a wire dateline opening a line: "DALLAS (AP) -",
/// "ST. LOUIS (KMOX) – Three armed men …" -> "Associated Press", "KMOX".
pub fn dateline_agency(line: &str) -> Option<String> {
    let t = line.trim();
    let open = t.find('(')?;
    let close = open + t[open..].find(')')?;
    let before = t[..open].trim();
    // "DALLAS", "ST. LOUIS", or a city in capitals and its state or country after a comma
    // ("SOCHI, Russia (Reuters)", "FORT MYERS, Fla. (AP)").
    let (city, region) = before.split_once(',').unwrap_or((before, ""));
    let inner = t[open + 1..close].trim();
    // A city with its region is read for wire agencies only: a station's story under
    // another site's name ("CARUTHERSVILLE, Mo. (KFVS)" on ozarksfirst.com) is the site's.
    let is_place = !before.is_empty()
        && before.len() <= 40
        && (in_capitals(before)
            || (!city.trim().is_empty()
                && in_capitals(city)
                && is_region(region)
                && is_wire_agency(inner)));
    let after = t[close + 1..].trim_start();
    let is_agency = !inner.is_empty()
        && inner.len() <= 20
        && inner.chars().next().is_some_and(char::is_uppercase)
        && (after.is_empty() || after.starts_with(['-', '–', '—', ':']));
    (is_place && is_agency).then(|| agency_name(inner))
}

/// Is the part of a dateline written in capitals ("DALLAS", "ST. LOUIS", "FORT MYERS,")?
fn in_capitals(part: &str) -> bool {
    part.chars()
        .all(|c| c.is_uppercase() || c.is_whitespace() || matches!(c, ',' | '.' | '-' | '\''))
}

/// Is the part after a dateline's city its region: three capitalised words at most
/// ("Russia", "Fla.", "New South Wales"), or none?
fn is_region(part: &str) -> bool {
    part.split_whitespace().count() <= 3
        && part
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Where the story's own words start after a dateline opening `line`: "LISBON (Reuters) -
/// ", "FORT MYERS, Fla. (AP) — ", or a city in capitals and a dash with no agency
/// ("MOSCOW — "). None when the line opens with no dateline. The place is no word of the
/// story's first sentence (no party, no holder of a figure).
pub fn dateline_end(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let t = &line[lead..];
    let head_end = if dateline_agency(t).is_some() {
        t.find(')')? + 1
    } else {
        // The first dash: a long one, or a hyphen standing alone.
        let dash_at = t
            .char_indices()
            .find(|&(i, c)| {
                matches!(c, '—' | '–')
                    || (c == '-' && t[i..].starts_with("- ") && t[..i].ends_with(' '))
            })
            .map(|(i, _)| i)?;
        let head = t[..dash_at].trim_end();
        // A city in capitals ("MOSCOW", "ST. LOUIS"), with its region after a comma.
        let (city, region) = head.split_once(',').unwrap_or((head, ""));
        let capitals = city.chars().filter(|c| c.is_alphabetic()).count() >= 3 && in_capitals(city);
        if !(capitals && is_region(region)) {
            return None;
        }
        head.len()
    };
    let after_space = t[head_end..].trim_start();
    let dash = after_space
        .chars()
        .take_while(|c| matches!(c, '-' | '—' | '–' | ':'))
        .map(char::len_utf8)
        .sum::<usize>();
    if dash == 0 {
        return None;
    }
    let story = after_space[dash..].trim_start();
    Some(line.len() - story.len())
}

/// Whether `name` (as [`byline_agency`] or [`dateline_agency`] give it) is a wire agency,
/// not a station or an outlet's own reporter.
pub fn is_wire_agency(name: &str) -> bool {
    WIRE_AGENCIES.iter().any(|(a, n)| *a == name || *n == name)
}

fn agency_name(abbrev: &str) -> String {
    WIRE_AGENCIES
        .iter()
        .find(|(a, _)| *a == abbrev)
        .map(|(_, n)| n.to_string())
        .unwrap_or_else(|| abbrev.to_string())
}

/// A headline of the shape "Headline - Outlet" or "Headline | Outlet": the headline and
/// the outlet, when the last part looks like a name (a few capitalised words).
pub fn title_suffix_outlet(title: &str) -> Option<(String, String)> {
    let t = title.trim().trim_end_matches(['-', '|', '–', ' ']);
    let (head, tail) = [" | ", " - ", " – ", " — "]
        .iter()
        .filter_map(|sep| t.find(sep).map(|i| (&t[..i], &t[i + sep.len()..])))
        .min_by_key(|(h, _)| h.len())?;
    // The outlet is the first part of the tail ("KTVU - Local News" -> "KTVU").
    let tail = [" | ", " - ", " – ", ":"]
        .iter()
        .filter_map(|sep| tail.find(sep).map(|i| &tail[..i]))
        .min_by_key(|x| x.len())
        .unwrap_or(tail)
        .trim();
    let words: Vec<&str> = tail.split_whitespace().collect();
    let name_like = !words.is_empty()
        && words.len() <= 5
        && tail.len() <= 40
        && words.iter().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        })
        && head.split_whitespace().count() >= 3;
    name_like.then(|| (head.trim().to_string(), tail.to_string()))
}

/// A month and day without a year, as a wire dateline writes them: "Nov 11", "Nov. 16",
/// "May 12".
pub fn month_and_day(text: &str) -> Option<(u32, u32)> {
    let mut words = text.split_whitespace();
    let month = crate::text::numbers::month_number(words.next()?.trim_end_matches('.'))?;
    let day = words.next()?;
    if words.next().is_some() || day.is_empty() || day.len() > 2 {
        return None;
    }
    let day: u32 = day.parse().ok()?;
    // Any year will do for the check: the 29th of February is a day of a leap year.
    Date::from_ymd_opt(2000, month, day)?;
    Some((month, day))
}

/// A wire dateline that gives no year, opening a line: "Mumbai, Nov 11 -", "HOUSTON,
/// Nov. 16 (Xinhua) -- A house party ...". The place is one to four capitalised words (a
/// "/" between two places allowed); the month and day are followed by a dash, an agency in
/// brackets, a colon or the line's end. Returns the month and day as written ("Nov 11").
pub fn yearless_dateline(line: &str) -> Option<String> {
    let (place, rest) = line.trim_start().split_once(", ")?;
    let place_words: Vec<&str> = place.split_whitespace().collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase) || *w == "/";
    if place_words.is_empty() || place_words.len() > 4 || !place_words.iter().all(capitalised) {
        return None;
    }
    let mut parts = rest.splitn(3, ' ');
    let (month, day) = (parts.next()?, parts.next()?);
    let after = parts.next().unwrap_or("").trim_start();
    let closes = after.is_empty() || after.starts_with(['-', '–', '—', '(', ':']);
    let written = format!("{month} {day}");
    (closes && month_and_day(&written).is_some()).then_some(written)
}

/// The most words of a name before the date of a [`yearless_date_line`].
const DATE_LINE_NAME_WORDS: usize = 6;

/// A line that tells who published an article and on what day, without a year, and
/// nothing else: "Castrava Courier, 10 October, 11:15 local", "Tamsk Courier, Sunday 13
/// October, 14:05 local", "The Ledger, Nov 12". A name of capitalised words (not a
/// weekday: "Friday, March 3" heads a listing), a comma, a day of a month (a weekday
/// before it allowed), and after another comma a time of day and at most two words of its
/// zone. Returns the month and day as [`month_and_day`] reads them
/// ("October 10"), its year left to the set as a wire dateline's is.
pub fn yearless_date_line(line: &str) -> Option<String> {
    read_yearless_date_line(line).map(|read| read.day)
}

/// A [`yearless_date_line`] as read: the name before the day, the day as written for
/// [`month_and_day`], and whether an hour follows.
struct YearlessDateLine<'l> {
    name: &'l str,
    day: String,
    gives_hour: bool,
}

/// [`yearless_date_line`], with the name and whether it gives an hour.
fn read_yearless_date_line(line: &str) -> Option<YearlessDateLine<'_>> {
    let line = line.trim();
    if line.len() > 120 {
        return None;
    }
    let parts: Vec<&str> = line.split(", ").map(str::trim).collect();
    let (name, day, time) = match parts.as_slice() {
        [name, day] => (*name, *day, None),
        [name, day, time] => (*name, *day, Some(*time)),
        _ => return None,
    };
    let name_words: Vec<&str> = name.split_whitespace().collect();
    if name_words.is_empty()
        || name_words.len() > DATE_LINE_NAME_WORDS
        || !name_words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase() || c == '('))
        || crate::text::numbers::is_weekday_word(&name.to_lowercase())
    {
        return None;
    }
    let mut day_words: Vec<&str> = day.split_whitespace().collect();
    if day_words
        .first()
        .is_some_and(|w| crate::text::numbers::is_weekday_word(&w.to_lowercase()))
    {
        day_words.remove(0);
    }
    let written = match day_words.as_slice() {
        [d, m] if d.bytes().all(|b| b.is_ascii_digit()) => format!("{m} {d}"),
        [m, d] => format!("{m} {d}"),
        _ => return None,
    };
    month_and_day(&written)?;
    if let Some(time) = time {
        let mut words = time.split_whitespace();
        let clock = words.next()?;
        let zone: Vec<&str> = words.collect();
        if !clock.starts_with(|c: char| c.is_ascii_digit())
            || time_of_day(clock).is_none()
            || zone.len() > 2
            || zone
                .iter()
                .any(|w| !w.chars().all(char::is_lowercase) && !w.chars().all(char::is_uppercase))
        {
            return None;
        }
    }
    Some(YearlessDateLine {
        name,
        day: written,
        gives_hour: time.is_some(),
    })
}

/// The publisher a [`yearless_date_line`] names when it also gives the hour of publication
/// ("Castrava Courier, 10 October, 11:15 local" gives "Castrava Courier"): a wire dateline
/// names a place and gives no hour ("Mumbai, Nov 11 -").
pub fn date_line_publisher(line: &str) -> Option<String> {
    read_yearless_date_line(line)
        .filter(|read| read.gives_hour)
        .map(|read| read.name.to_string())
}

/// Whether a line reads like a headline: a few words, no final period.
pub fn is_headline_like(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    let unquoted = t.trim_end_matches(['"', '”', '’', '\'', ')', ' ']);
    (3..=30).contains(&words)
        && t.len() <= 240
        && !unquoted.ends_with(['.', ',', ';', ':', '…'])
        && t.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'')
        })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_line_gives_its_hour() {
        let hour = |text: &str| time_of_day(text).map(|t| t.format("%H:%M").to_string());
        assert_eq!(
            hour("18 August 2025, 07:15 local time").as_deref(),
            Some("07:15")
        );
        assert_eq!(hour("January 6, 2022 9:10am").as_deref(), Some("09:10"));
        assert_eq!(
            hour("Updated: January 10, 2022 11:48 p.m.").as_deref(),
            Some("23:48")
        );
        assert_eq!(hour("Tuesday 14 October, 9.45pm").as_deref(), Some("21:45"));
        assert_eq!(
            hour("12:05 a.m. ET, Jan. 7, 2022").as_deref(),
            Some("00:05")
        );
        assert_eq!(hour("January 6, 2022"), None);
        assert_eq!(hour("Jan. 6, 2022"), None);
        assert_eq!(hour("06.12.2022"), None);
    }

    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn datelines_end_where_the_story_starts() {
        let cases = [
            (
                "LISBON (Reuters) - The Socialists won.",
                Some("The Socialists won."),
            ),
            (
                "LISBON, Portugal (AP) — The ruling Socialists won.",
                Some("The ruling Socialists won."),
            ),
            (
                "FORT MYERS, Fla. (AP) — Two people died.",
                Some("Two people died."),
            ),
            (
                "MOSCOW — Russia said on Monday.",
                Some("Russia said on Monday."),
            ),
            (
                "ST. LOUIS – Three armed men fled.",
                Some("Three armed men fled."),
            ),
            ("The Socialists won - narrowly.", None),
            ("NATO said on Monday - a day late.", None),
            ("Police (officers) - on foot.", None),
        ];
        for (line, story) in cases {
            assert_eq!(dateline_end(line).map(|i| &line[i..]), story, "{line}");
        }
    }

    #[test]
    fn wire_datelines_without_a_year() {
        let cases = [
            ("Mumbai, Nov 11 -", Some("Nov 11")),
            ("New Delhi / Mumbai, Nov 11 -", Some("Nov 11")),
            (
                "HOUSTON, Nov. 16 (Xinhua) -- A house party in the U.S. city ended.",
                Some("Nov. 16"),
            ),
            (
                "NEW ORLEANS, May 12 (UPI) -- Gunfire erupted.",
                Some("May 12"),
            ),
            ("Mumbai, Nov 11", Some("Nov 11")),
            // A full date is a date line's; a sentence is no dateline.
            ("Mumbai, Nov 11, 2011 -", None),
            ("Police said, May 12 was the day.", None),
            ("In the end, police arrived on May 12 - too late.", None),
            ("Mumbai, Nov 31 -", None),
            ("Mumbai, November -", None),
        ];
        for (line, want) in cases {
            assert_eq!(yearless_dateline(line).as_deref(), want, "{line}");
        }
        assert_eq!(month_and_day("Nov. 16"), Some((11, 16)));
        let cases = [
            (
                "Castrava Courier, 10 October, 11:15 local",
                Some("October 10"),
            ),
            (
                "Tamsk Courier, Sunday 13 October, 14:05 local",
                Some("October 13"),
            ),
            (
                "Marrovian Press Agency (MPA), 13 November, 06:30 local",
                Some("November 13"),
            ),
            ("The Ledger, Nov 12", Some("Nov 12")),
            // A sentence, a name in lower case, a time with more after it: no date line.
            ("Police said, 10 October, that the dam failed.", None),
            ("the courier, 10 October", None),
            (
                "Castrava Courier, 10 October, 11:15 local, after the vote was read",
                None,
            ),
            ("Castrava Courier, 31 November", None),
            // A weekday is no publisher: a heading of a listing.
            ("Friday, March 3", None),
        ];
        for (line, want) in cases {
            assert_eq!(yearless_date_line(line).as_deref(), want, "{line}");
        }
        assert_eq!(
            date_line_publisher("Castrava Courier, 10 October, 11:15 local").as_deref(),
            Some("Castrava Courier")
        );
        // Without an hour, the name may be a wire dateline's place.
        assert_eq!(date_line_publisher("The Ledger, Nov 12"), None);
        assert_eq!(month_and_day("Feb 29"), Some((2, 29)));
        assert_eq!(month_and_day("nov 16"), None);
    }

    #[test]
    fn date_lines_of_many_shapes() {
        let cases = [
            ("January 06, 2022", d(2022, 1, 6), "January 06, 2022"),
            ("Jan 6, 2022", d(2022, 1, 6), "Jan 6, 2022"),
            (
                "January 6, 2022 9:10am",
                d(2022, 1, 6),
                "January 6, 2022 9:10am",
            ),
            ("Jan 6, 2022 - World", d(2022, 1, 6), "Jan 6, 2022"),
            ("2022-01-06", d(2022, 1, 6), "2022-01-06"),
            (
                "Updated: January 10, 2022 11:48am",
                d(2022, 1, 10),
                "January 10, 2022 11:48am",
            ),
            (
                "Posted: Thu 7:45 PM, Jul 07, 2016",
                d(2016, 7, 7),
                "Jul 07, 2016",
            ),
            ("6 January 2022", d(2022, 1, 6), "6 January 2022"),
            (
                "07/08/2016 10:45 PM CDT",
                d(2016, 7, 8),
                "07/08/2016 10:45 PM CDT",
            ),
            (
                "11 / 10 / 11 02:39 PM ET",
                d(2011, 11, 10),
                "11 / 10 / 11 02:39 PM ET",
            ),
        ];
        for (line, date, text) in cases {
            let got = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(got.date, date, "{line}");
            assert_eq!(got.text, text, "{line}");
        }
        assert!(
            date_line("Updated: January 10, 2022 11:48am")
                .unwrap()
                .is_update
        );
    }

    #[test]
    fn sentences_with_dates_are_not_date_lines() {
        assert!(
            date_line("Protesters rally in Almaty on Jan. 5, 2022 near the mayor's office.")
                .is_none()
        );
        assert!(date_line("The state of emergency runs until January 19.").is_none());
        assert!(date_line("Politics").is_none());
        // Three numbers with slashes and no time of day are no date of two-digit year.
        assert!(date_line("3 / 4 / 11").is_none());
    }

    #[test]
    fn headline_like_lines() {
        assert!(is_headline_like(
            "Russia-led alliance sends forces to Kazakhstan"
        ));
        assert!(is_headline_like("Is the bridge safe?"));
        assert!(!is_headline_like(
            "“It’s complicated,” said the chief. “It’s insane.”"
        ));
        assert!(!is_headline_like("Politics"));
    }

    #[test]
    fn bylines() {
        assert_eq!(
            byline("By Christopher Rickleton and Evan Gershkovich for AFP").as_deref(),
            Some("Christopher Rickleton and Evan Gershkovich for AFP")
        );
        assert_eq!(
            byline("By: Breaking News Staff").as_deref(),
            Some("Breaking News Staff")
        );
        assert!(byline("By Tuesday, when the government announced it would rescind the price hike, the protests had spread.").is_none());
        assert!(byline("Bystanders fled.").is_none());
        assert_eq!(
            byline("By our South Asia correspondent, BBC News").as_deref(),
            Some("our South Asia correspondent, BBC News")
        );
        assert!(byline("By our count, 40 people died in the landslide.").is_none());
    }

    #[test]
    fn outlets() {
        assert_eq!(
            outlet_of_domain(&url_domain("https://www.themoscowtimes.com/2022/01/06/x").unwrap()),
            "The Moscow Times"
        );
        assert_eq!(outlet_of_domain("waff.com"), "waff.com");
        assert_eq!(
            credit_outlet("© Provided by The Guardian").as_deref(),
            Some("The Guardian")
        );
        assert_eq!(
            credit_outlet("Copyright 2017 WMC Action News 5. All rights reserved.").as_deref(),
            Some("WMC Action News 5")
        );
        assert_eq!(credit_outlet("(© 2016 KHOU)").as_deref(), Some("KHOU"));
        // Letters whose lowercase is longer ('İ') or shorter ('ẞ', 'K' the Kelvin sign)
        // before the cut: the cut stays where it is in the line.
        assert_eq!(
            credit_outlet("© 2016 İstanbul Times. All rights reserved.").as_deref(),
            Some("İstanbul Times")
        );
        assert_eq!(
            credit_outlet("© 2016 ẞé Zeitungé. All rights reserved.").as_deref(),
            Some("ẞé Zeitungé")
        );
        assert_eq!(
            credit_outlet("Copyright 2016 WSMV (Meredith Corporation). All rights reserved.")
                .as_deref(),
            Some("WSMV")
        );
        assert_eq!(
            credit_outlet("Copyright 2016 The Associated Press. All rights reserved.").as_deref(),
            Some("Associated Press")
        );
        assert_eq!(
            source_line_outlet("Source: Thanks msn.com").as_deref(),
            Some("MSN")
        );
        assert_eq!(
            promo_outlet("Download the NBC News app for breaking news and politics").as_deref(),
            Some("NBC News")
        );
        assert_eq!(
            byline_agency("Christopher Rickleton for AFP").as_deref(),
            Some("AFP")
        );
        assert_eq!(
            dateline_agency("DALLAS (AP) -").as_deref(),
            Some("Associated Press")
        );
        assert_eq!(
            dateline_agency("ST. LOUIS (KMOX) – Three armed men walked in.").as_deref(),
            Some("KMOX")
        );
        assert_eq!(dateline_agency("Police said (at least) two died."), None);
        // A city in capitals with its region, before a wire agency only.
        for (line, agency) in [
            ("SOCHI, Russia (Reuters) - A jet crashed.", Some("Reuters")),
            (
                "FORT MYERS, Fla. (AP) — Two teens were killed.",
                Some("Associated Press"),
            ),
            ("Smith, the lawyer (who declined) - said nothing.", None),
            ("CARUTHERSVILLE, Mo. (KFVS) - One person was killed.", None),
        ] {
            assert_eq!(dateline_agency(line).as_deref(), agency, "{line}");
        }
        // A by-line's agency after a comma: a wire agency or an outlet's proper name only.
        for (byline, agency) in [
            ("Anna Petrova, Reuters", Some("Reuters")),
            ("Michael Dunn, Associated Press", Some("Associated Press")),
            ("Jo Lee, Staff Writer", None),
            ("our South Asia correspondent, BBC News", Some("BBC News")),
        ] {
            assert_eq!(byline_agency(byline).as_deref(), agency, "{byline}");
        }
        assert_eq!(credit_outlet("BBC News").as_deref(), Some("BBC News"));
        assert!(!is_outlet_name("Associated Press"));
        assert!(!is_outlet_name("The BBC News team said"));
        assert_eq!(
            title_suffix_outlet("Woman killed in shooting - KTVU"),
            Some(("Woman killed in shooting".to_string(), "KTVU".to_string()))
        );
        assert_eq!(
            title_suffix_outlet("Shooting sends victims to hospital | WAFF-TV"),
            Some((
                "Shooting sends victims to hospital".to_string(),
                "WAFF-TV".to_string()
            ))
        );
        assert_eq!(
            title_suffix_outlet("Russia-led alliance sends forces - and more"),
            None
        );
    }
}
