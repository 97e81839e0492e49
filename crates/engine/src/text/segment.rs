//! Sentence segmentation: splits text into trimmed sentence byte ranges.
//!
//! Every line is segmented on its own (a headline or a bullet line is never joined to the
//! next), and inside a line a sentence ends at `.`, `!`, `?` or an ellipsis followed by white
//! space and something that can open a sentence (a capital, a digit, an opening quote).
//! Abbreviations (titles such as "Mr." or "Gen.", months before a day number, dotted
//! acronyms such as "U.S." and "a.m.", initials such as "J. Smith"), decimal numbers and
//! ellipses inside quotations do not end a sentence. A sentence that ends inside a closing
//! quote ends after the quote; a short multi-sentence quotation followed by its attribution
//! ("…,” he said") stays in one piece. The function is pure: byte ranges into the input.

use std::ops::Range;
use std::sync::LazyLock;

use super::word_lists;

/// Longest quotation (in bytes) kept in one piece when it holds several sentences.
const MAX_JOINED_QUOTE_BYTES: usize = 320;

word_lists::sections! {
    /// Titles that stand before a name: a period after them never ends a sentence. This
    /// module's word lists are sections of `assets/lexicon/sentence-parts.txt`, by name, matched
    /// as written (case and all).
    NAME_TITLES = SENTENCE_PARTS["name-titles"];
}

/// Abbreviations that only continue the sentence before a number ("Jan. 19", "No. 2").
static BEFORE_NUMBER: LazyLock<Vec<String>> =
    LazyLock::new(|| with_month_abbreviations("before-number"));

/// Abbreviations that end a sentence only when a typical sentence opener follows.
static USUALLY_INSIDE: LazyLock<Vec<String>> =
    LazyLock::new(|| with_month_abbreviations("usually-inside"));

word_lists::sections! {
    /// Words that typically open a sentence: after an ambiguous abbreviation ("U.S.", "Inc.")
    /// one of these means the abbreviation ended the sentence.
    SENTENCE_OPENERS = SENTENCE_PARTS["sentence-openers"];
}

/// Weekdays, months (from `assets/lexicon/calendar.txt`, capitalized) and time zones: after
/// "a.m."/"p.m." they continue the sentence.
static AFTER_TIME_CONTINUERS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let calendar = ["weekdays", "months"]
        .into_iter()
        .flat_map(|names| word_lists::CALENDAR.section(names))
        .map(capitalized);
    let zones = word_lists::SENTENCE_PARTS.named("after-time");
    calendar
        .chain(zones.into_iter().map(str::to_string))
        .collect()
});

/// The month abbreviations of `assets/lexicon/calendar.txt`, capitalized as they are
/// written before a period ("Jan", "Sept"), and the section `section` of
/// `assets/lexicon/sentence-parts.txt`.
fn with_month_abbreviations(section: &str) -> Vec<String> {
    let months = word_lists::CALENDAR
        .section("month abbreviations")
        .into_iter()
        .map(|entry| capitalized(word_lists::pair(entry).0));
    let rest = word_lists::SENTENCE_PARTS.named(section);
    months.chain(rest.into_iter().map(str::to_string)).collect()
}

/// A lowercase calendar word as it is written in running text: "jan" becomes "Jan".
fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Sentence byte ranges of `text`, trimmed, in order. Lines are segmented separately.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        split_line(line, line_start, &mut out);
        line_start += line.len();
    }
    if out.iter().any(|r| r.len() > MAX_STATEMENT_BYTES) {
        out = out
            .into_iter()
            .flat_map(|r| split_run_on(text, r))
            .collect();
    }
    out
}

/// Longest statement (in bytes) the segmenter returns. A news sentence rarely passes 600
/// bytes; a longer run (a scrape with no punctuation, a list flattened into one line) is cut
/// into pieces of at most this size, so no later stage (scoring, quotation diffs, the word
/// diff of the inspector and reports) works on an unbounded text.
pub const MAX_STATEMENT_BYTES: usize = 2000;

/// `range` of `text` cut into pieces of at most [`MAX_STATEMENT_BYTES`]: each piece ends
/// after the last clause mark (`;`, `,`, `:`, a dash) in its second half, else at the last
/// white space, else at a character boundary. Pieces are trimmed; none is empty.
fn split_run_on(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let mut pieces = Vec::new();
    let mut start = range.start;
    while range.end - start > MAX_STATEMENT_BYTES {
        let mut limit = start + MAX_STATEMENT_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let half = window.len() / 2;
        let clause = window
            .rfind([';', ',', ':', '\u{2014}', '\u{2013}'])
            .filter(|&i| i >= half)
            .map(|i| i + window[i..].chars().next().map_or(1, char::len_utf8));
        let space = || window.rfind(char::is_whitespace).filter(|&i| i >= half);
        let cut = start + clause.or_else(space).unwrap_or(window.len());
        push_piece(text, start..cut, &mut pieces);
        start = cut;
    }
    push_piece(text, start..range.end, &mut pieces);
    pieces
}

/// Push `range` of `text` trimmed of white space, unless nothing is left.
fn push_piece(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let piece = &text[range.clone()];
    let lead = piece.len() - piece.trim_start().len();
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let start = range.start + lead;
        out.push(start..start + trimmed.len());
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '›' | '*' | '_'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '‹' | '¿' | '¡'
    )
}

/// Push `line[start..end]` (relative to the line), trimmed, as a range offset by `base`.
fn push_trimmed(line: &str, start: usize, end: usize, base: usize, out: &mut Vec<Range<usize>>) {
    let piece = &line[start..end];
    let trimmed_start = piece.trim_start();
    let lead = piece.len() - trimmed_start.len();
    let trimmed = trimmed_start.trim_end();
    if trimmed.is_empty() {
        return;
    }
    let s = base + start + lead;
    out.push(s..s + trimmed.len());
}

fn split_line(line: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let n = chars.len();
    let byte_at = |i: usize| if i < n { chars[i].0 } else { line.len() };
    let mut seg_start = 0usize;
    // Byte position of the currently open double quotation, if any.
    let mut open_quote: Option<usize> = None;
    let mut i = 0;
    while i < n {
        let (pos, c) = chars[i];
        match c {
            '“' | '«' => open_quote = Some(pos),
            '”' | '»' => open_quote = None,
            '"' => {
                let prev = if i > 0 { Some(chars[i - 1].1) } else { None };
                if prev.is_none_or(|p| p.is_whitespace() || is_opener(p) || p == '—' || p == '–')
                {
                    open_quote = Some(pos);
                } else {
                    open_quote = None;
                }
            }
            _ => {}
        }
        if !is_terminator(c) {
            i += 1;
            continue;
        }
        // Run of terminators ("?!", "...").
        let mut j = i;
        while j + 1 < n && is_terminator(chars[j + 1].1) {
            j += 1;
        }
        let is_ellipsis = c == '…' || (j > i && chars[i..=j].iter().all(|(_, t)| *t == '.'));
        // Closing quotes and brackets that belong to this sentence end.
        let mut k = j;
        let mut closed_quote = false;
        while k + 1 < n && is_closer(chars[k + 1].1) {
            k += 1;
            if matches!(chars[k].1, '"' | '”' | '»') {
                closed_quote = true;
            }
        }
        if k + 1 >= n {
            break;
        }
        if !chars[k + 1].1.is_whitespace() {
            // "2.5", "U.S.-led", "www.example.com": not a boundary; but a scrape that lost
            // the space ("acquaintance.Police don't") is one.
            if missing_space_boundary(&chars, i, k) {
                push_trimmed(line, seg_start, byte_at(k + 1), base, out);
                seg_start = byte_at(k + 1);
                if closed_quote {
                    open_quote = None;
                }
            }
            i = k + 1;
            continue;
        }
        if closed_quote {
            open_quote = None;
        }
        let mut m = k + 1;
        while m < n && chars[m].1.is_whitespace() {
            m += 1;
        }
        if m >= n {
            break;
        }
        let boundary = can_open_sentence(&chars[m..])
            && !(c == '.' && j == i && abbreviation_continues(&chars, i, &chars[m..]))
            && !(is_ellipsis && open_quote.is_some())
            && !(open_quote.is_some()
                && short_attributed_quote(line, &chars, open_quote.unwrap_or(0), k + 1));
        // Never leave an abbreviation alone as a sentence ("D.C." of "D.C. Police").
        let lone_abbreviation = {
            let piece = line[seg_start..byte_at(k + 1)].trim();
            !piece.contains(char::is_whitespace)
                && piece.len() <= 6
                && piece.trim_end_matches('.').contains('.')
        };
        if boundary && !lone_abbreviation {
            push_trimmed(line, seg_start, byte_at(k + 1), base, out);
            seg_start = byte_at(m);
            if !closed_quote && open_quote.is_some() {
                // The quotation goes on in the next sentence.
                open_quote = Some(byte_at(m));
            }
        }
        i = k + 1;
    }
    push_trimmed(line, seg_start, line.len(), base, out);
}

/// A sentence end glued to the next sentence: a lower-case word (or a number) of two or
/// more characters, the terminator at `dot`, closers up to `k`, then a capitalised word
/// ("acquaintance.Police", "Sunday.The", "$500,000.His").
fn missing_space_boundary(chars: &[(usize, char)], dot: usize, k: usize) -> bool {
    let next_is_word = chars.get(k + 1).is_some_and(|(_, c)| c.is_uppercase())
        && chars.get(k + 2).is_some_and(|(_, c)| c.is_lowercase());
    if !next_is_word || chars[dot].1 == '…' {
        return false;
    }
    let mut b = dot;
    while b > 0 && chars[b - 1].1.is_alphanumeric() {
        b -= 1;
    }
    let word: Vec<char> = chars[b..dot].iter().map(|(_, c)| *c).collect();
    let before_word = if b > 0 { Some(chars[b - 1].1) } else { None };
    word.len() >= 2
        && (word.iter().all(|c| c.is_lowercase()) || word.iter().all(char::is_ascii_digit))
        && !matches!(before_word, Some('.' | '/' | '@' | ':'))
}

/// Whether the text at `rest` can open a sentence: a capital or digit, possibly after an
/// opening quote or bracket.
fn can_open_sentence(rest: &[(usize, char)]) -> bool {
    let mut it = rest.iter().map(|(_, c)| *c);
    match it.next() {
        Some(c) if c.is_uppercase() || c.is_ascii_digit() => true,
        Some(c) if is_opener(c) || c == '—' || c == '–' => it
            .find(|c| !is_opener(*c))
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        _ => false,
    }
}

/// The next word (letters only) at `rest`.
fn next_word(rest: &[(usize, char)]) -> String {
    rest.iter()
        .map(|(_, c)| *c)
        .skip_while(|c| is_opener(*c))
        .take_while(|c| c.is_alphanumeric())
        .collect()
}

/// The most capitalised words of a place that names a clock's zone ("Port Halvik time").
const ZONE_NAME_WORDS: usize = 3;

/// Does the text after a clock time name the zone it is told in: capitalised words of a
/// place, then "time" ("6:20 p.m. Port Halvik time, which runs an hour behind")?
fn names_a_time_zone(rest: &[(usize, char)]) -> bool {
    let text: String = rest.iter().take(80).map(|(_, c)| *c).collect();
    let words: Vec<&str> = text.split_whitespace().take(ZONE_NAME_WORDS + 1).collect();
    let capitalised = words
        .iter()
        .take_while(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
        })
        .count();
    (1..=ZONE_NAME_WORDS).contains(&capitalised)
        && words.get(capitalised).is_some_and(|w| {
            w.trim_end_matches(|c: char| !c.is_alphabetic())
                .eq_ignore_ascii_case("time")
        })
}

/// Whether the single period at `dot` belongs to an abbreviation that continues the
/// sentence, given what follows (`rest`, starting at the next non-space character).
fn abbreviation_continues(chars: &[(usize, char)], dot: usize, rest: &[(usize, char)]) -> bool {
    // The token before the period: letters and inner periods ("U.S", "a.m", "Gen").
    let mut b = dot;
    while b > 0 && (chars[b - 1].1.is_alphabetic() || chars[b - 1].1 == '.') {
        b -= 1;
    }
    let word: String = chars[b..dot].iter().map(|(_, c)| *c).collect();
    let word = word.trim_start_matches('.');
    if word.is_empty() {
        return false;
    }
    // "ST. LOUIS", "GEN. SMITH": all-caps forms of titles.
    let title_cased: String = {
        let mut cs = word.chars();
        cs.next()
            .map(|f| {
                f.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect()
            })
            .unwrap_or_default()
    };
    let word = if word.len() >= 2
        && word.chars().all(char::is_uppercase)
        && NAME_TITLES.contains(&title_cased.as_str())
    {
        title_cased.as_str()
    } else {
        word
    };
    let next = next_word(rest);
    let next_is_number = rest.first().is_some_and(|(_, c)| c.is_ascii_digit());
    let next_opens = SENTENCE_OPENERS.contains(&next.as_str());
    if word.contains('.') {
        // Dotted abbreviation: "U.S", "a.m", "e.g", "D.C".
        let lower = word.to_lowercase();
        if lower == "a.m" || lower == "p.m" {
            let continues =
                next_is_number || AFTER_TIME_CONTINUERS.contains(&next) || names_a_time_zone(rest);
            return continues || !next.chars().next().is_some_and(char::is_uppercase);
        }
        if lower == "e.g" || lower == "i.e" || lower == "cf" {
            return true;
        }
        return !next_opens;
    }
    let letters = word.chars().count();
    if letters == 1 && word.chars().all(char::is_uppercase) {
        // An initial: "J. Smith", "Harry S. Truman".
        return true;
    }
    if NAME_TITLES.contains(&word) {
        return true;
    }
    if BEFORE_NUMBER.iter().any(|w| w == word) && next_is_number {
        return true;
    }
    if USUALLY_INSIDE.iter().any(|w| w == word) {
        return !next_opens;
    }
    false
}

/// Whether a sentence end at `after` (char index) inside the quotation opened at byte
/// `open_byte` should be ignored: the quotation closes soon and is followed by its
/// attribution (",” he said" / "” said X").
fn short_attributed_quote(
    line: &str,
    chars: &[(usize, char)],
    open_byte: usize,
    after: usize,
) -> bool {
    // A quotation that is the whole paragraph ("“One. Two.”", or left unclosed to the
    // line's end) also stays together when short.
    let opens_line = line[..open_byte].trim().is_empty();
    let n = chars.len();
    let mut q = after;
    while q < n {
        let (pos, c) = chars[q];
        if pos - open_byte > MAX_JOINED_QUOTE_BYTES {
            return false;
        }
        let closes = match c {
            '”' | '»' => true,
            '"' => q > 0 && !chars[q - 1].1.is_whitespace(),
            // A stray opening quote at the very end of the paragraph closes it.
            '“' => opens_line && line[pos + c.len_utf8()..].trim().is_empty(),
            _ => false,
        };
        if closes {
            let before = chars[q - 1].1;
            if before == ',' {
                return true;
            }
            let tail = line[pos + c.len_utf8()..].trim_start();
            if tail.is_empty() {
                return opens_line;
            }
            return tail
                .chars()
                .next()
                .is_some_and(|t| t.is_lowercase() || t == ',');
        }
        q += 1;
    }
    opens_line && line.trim_end().len() - open_byte <= MAX_JOINED_QUOTE_BYTES
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    /// Texts and the sentences they are cut into, each with what it shows.
    #[rustfmt::skip]
    const SPLITS: &[(&str, &str, &[&str])] = &[
        ("splits plain sentences", "It imposes an overnight curfew. It restricts movements! Does it ban gatherings? Yes.", &["It imposes an overnight curfew.", "It restricts movements!", "Does it ban gatherings?", "Yes."]),
        ("month abbreviation before day number", "A state of emergency would be in effect until Jan. 19. It imposes a curfew.", &["A state of emergency would be in effect until Jan. 19.", "It imposes a curfew."]),
        ("titles acronyms and initials", "U.S. Secretary of State Antony Blinken spoke to Gen. Smith and Mr. J. Doe on Thursday. Sen. Brown agreed.", &["U.S. Secretary of State Antony Blinken spoke to Gen. Smith and Mr. J. Doe on Thursday.", "Sen. Brown agreed."]),
        ("titles acronyms and initials", "The aid came from the U.S. The money arrived later.", &["The aid came from the U.S.", "The money arrived later."]),
        ("times and latin abbreviations", "It was just before 9 p.m. when shots were fired, e.g. from a garage. At 10 p.m. Thursday police arrived.", &["It was just before 9 p.m. when shots were fired, e.g. from a garage.", "At 10 p.m. Thursday police arrived."]),
        ("times and latin abbreviations", "Shots rang out at 9 p.m. Police arrived minutes later.", &["Shots rang out at 9 p.m.", "Police arrived minutes later."]),
        ("a clock time told in a named zone", "The plane landed at 6:20 p.m. Port Halvik time, which runs an hour behind. Police boarded it.", &["The plane landed at 6:20 p.m. Port Halvik time, which runs an hour behind.", "Police boarded it."]),
        ("decimals and urls do not split", "Prices rose 2.5 percent, see www.example.com for data. Then they fell.", &["Prices rose 2.5 percent, see www.example.com for data.", "Then they fell."]),
        ("sentence ending inside quotes ends after them", "\"I intend to act as tough as possible,\" he warned in an earlier address. \"Together we will overcome this black period in the history of Kazakhstan.\" Then he left.", &["\"I intend to act as tough as possible,\" he warned in an earlier address.", "\"Together we will overcome this black period in the history of Kazakhstan.\"", "Then he left."]),
        ("ellipsis inside quote does not split", "“Almaty was attacked, therefore it is our duty … to take all possible actions to protect our state,” said Tokayev.", &["“Almaty was attacked, therefore it is our duty … to take all possible actions to protect our state,” said Tokayev."]),
        ("ellipsis inside quote does not split", "The alliance would send \"collective peacekeeping forces ... for a limited period of time.\" It said so.", &["The alliance would send \"collective peacekeeping forces ... for a limited period of time.\"", "It said so."]),
        ("short quote with attribution stays together", "“Nazarbayev and his family have monopolised all sectors, from banking to roads to gas. These protests are about corruption,” said a 55-year-old protester.", &["“Nazarbayev and his family have monopolised all sectors, from banking to roads to gas. These protests are about corruption,” said a 55-year-old protester."]),
        ("short quote with attribution stays together", "“Kazakhs are accustomed to patience, but we have grown tired,” a protester said. “We’ve had enough.”", &["“Kazakhs are accustomed to patience, but we have grown tired,” a protester said.", "“We’ve had enough.”"]),
        ("capitalised titles and lone acronyms", "ST. LOUIS (KMOX) – Three armed men walked into a bar.", &["ST. LOUIS (KMOX) – Three armed men walked into a bar."]),
        ("capitalised titles and lone acronyms", "D.C. Police said two men fled. Ald. Willie Cochran spoke.", &["D.C. Police said two men fled.", "Ald. Willie Cochran spoke."]),
        ("glued sentences from scrapes are split", "Police say he was shot by an acquaintance.Police don't have a motive. See www.example.Com or U.S.Army.", &["Police say he was shot by an acquaintance.", "Police don't have a motive.", "See www.example.Com or U.S.Army."]),
        ("lowercase after period never splits", "The shop sold goods vs. services etc. and more. Done.", &["The shop sold goods vs. services etc. and more.", "Done."]),
    ];

    #[test]
    fn texts_are_cut_into_their_sentences() {
        for &(what, text, sentences) in SPLITS {
            assert_eq!(split(text), sentences, "{what}");
        }
    }

    #[test]
    fn run_on_text_is_cut_into_bounded_pieces() {
        // No punctuation at all, multi-byte letters throughout.
        let word = "ça\u{2019}va ";
        let text = word.repeat(5000);
        let pieces = sentences(&text);
        assert!(pieces.len() > 1);
        for r in &pieces {
            assert!(r.len() <= MAX_STATEMENT_BYTES, "{}", r.len());
            assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
            assert!(!text[r.clone()].starts_with(' ') && !text[r.clone()].ends_with(' '));
        }
        // Nothing is lost but white space between pieces.
        let kept: usize = pieces.iter().map(|r| r.len()).sum();
        assert!(kept + pieces.len() >= text.trim().len());
    }

    #[test]
    fn run_on_cuts_after_a_clause_mark() {
        let clause = "the crowd moved on toward the square, ";
        let text = clause.repeat(100);
        for r in sentences(&text) {
            let piece = &text[r];
            assert!(
                piece.ends_with(',') || piece.ends_with("square"),
                "{piece:?}"
            );
        }
    }

    #[test]
    fn no_white_space_at_all_is_cut_at_a_character_boundary() {
        let text = "\u{4e2d}".repeat(3000);
        let pieces = sentences(&text);
        assert_eq!(pieces.len(), 5);
        assert!(pieces.iter().all(|r| r.len() <= MAX_STATEMENT_BYTES));
    }

    #[test]
    fn short_quoted_paragraph_stays_together() {
        let t = "“Almaty was attacked, destroyed, vandalized by terrorists, bandits. Therefore, it is our duty … to take all possible measures to protect our state. “";
        assert_eq!(split(t).len(), 1);
        let t = "\"We will rebuild. We always do.\"";
        assert_eq!(split(t).len(), 1);
        // Not at the start of the paragraph: the usual rules apply.
        let t = "He said: “We will rebuild. We always do.” Then he left.";
        assert_eq!(
            split(t),
            vec![
                "He said: “We will rebuild.",
                "We always do.”",
                "Then he left."
            ]
        );
    }

    #[test]
    fn lines_are_separate_statements() {
        let t = "Russia-led alliance sends forces to Kazakhstan\n\nA Russia-led military alliance said Thursday it was sending forces.\n";
        let r = sentences(t);
        assert_eq!(r.len(), 2);
        assert_eq!(
            &t[r[0].clone()],
            "Russia-led alliance sends forces to Kazakhstan"
        );
        assert_eq!(
            &t[r[1].clone()],
            "A Russia-led military alliance said Thursday it was sending forces."
        );
    }

    #[test]
    fn never_cuts_inside_a_word_and_ranges_are_char_boundaries() {
        let t = "Ünïcödé wörds. Ärger “quoted.” Then — more… And more?! Yes.";
        for r in sentences(t) {
            assert!(t.is_char_boundary(r.start) && t.is_char_boundary(r.end));
            let s = &t[r];
            assert_eq!(s, s.trim());
        }
    }
}
