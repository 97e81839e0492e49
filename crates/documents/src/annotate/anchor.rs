//! Anchors: making them from an analysis and re-attaching them to (possibly edited) text.
//!
//! Creation takes the exact text, [`CONTEXT_CHARS`] characters of context on each side and
//! the byte offsets. Re-attachment ([`reattach`]) tries, in order: the old position with the
//! same quote; every exact occurrence of the quote, choosing the best context match and
//! then the nearest to the old position; the same with white space folded; a bounded
//! edit-distance search that must pass a strict similarity threshold and agree with the
//! context. Anything else is an orphan: an anchor is never attached to text that does not
//! read like its quote.
//!
//! Offsets: an anchor's position, like a statement's, is in the file's bytes. [`anchor_text`]
//! and [`reattach`] work on a text and its own byte offsets; [`anchor_source_span`],
//! [`reattach_source`] and everything that takes an [`Analysis`] go through the source's
//! map, so they also hold for a file decoded from Windows-1252 or UTF-16.

use crate::annotate::model::{Anchor, SourceRef, Target, TextPositionSelector, TextQuoteSelector};
use parallax_engine::model::{Analysis, FactIdx, LinkIdx, Source, SourceIdx, StatementIdx};

/// Characters of context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// Why an anchor could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnchorError {
    #[error("no source {0} in this analysis")]
    NoSource(usize),
    #[error("no statement {0} in this analysis")]
    NoStatement(usize),
    #[error("no link {0} in this analysis")]
    NoLink(usize),
    #[error("no fact {0} in this analysis")]
    NoFact(usize),
    #[error("span {start}..{end} is empty, out of range or not on character boundaries")]
    BadSpan { start: usize, end: usize },
}

/// Where an anchor ended up in the current text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resolution {
    /// Found where it was, with the same quote.
    Attached { start: usize, end: usize },
    /// Found elsewhere, or with slightly different text.
    Moved { start: usize, end: usize },
    /// Not found: show it as an orphan with its quote.
    Orphaned,
}

impl Resolution {
    /// The byte range in the current text, unless orphaned.
    pub fn range(self) -> Option<(usize, usize)> {
        match self {
            Resolution::Attached { start, end } | Resolution::Moved { start, end } => {
                Some((start, end))
            }
            Resolution::Orphaned => None,
        }
    }

    pub fn is_orphaned(self) -> bool {
        matches!(self, Resolution::Orphaned)
    }
}

/// Anchor the byte range `start..end` of `text`, which belongs to the source `source`.
pub fn anchor_text(
    source: SourceRef,
    text: &str,
    start: usize,
    end: usize,
) -> Result<Anchor, AnchorError> {
    let Some(exact) = text.get(start..end).filter(|s| !s.is_empty()) else {
        return Err(AnchorError::BadSpan { start, end });
    };
    Ok(Anchor {
        source,
        quote: TextQuoteSelector {
            exact: exact.to_string(),
            prefix: tail_chars(&text[..start], CONTEXT_CHARS).to_string(),
            suffix: head_chars(&text[end..], CONTEXT_CHARS).to_string(),
        },
        position: TextPositionSelector { start, end },
    })
}

/// The identity of a source as anchors and saves record it.
pub fn source_ref(analysis: &Analysis, source: SourceIdx) -> Result<SourceRef, AnchorError> {
    let s = analysis
        .sources
        .get(source.0)
        .ok_or(AnchorError::NoSource(source.0))?;
    Ok(SourceRef {
        file_name: s.file_name.clone(),
        content_hash: s.content_hash.clone(),
    })
}

/// Anchor the file bytes `start..end` of `source` (offsets as statements carry them): the
/// quote and context are read from its text, the position stays in file bytes.
pub fn anchor_source_span(
    identity: SourceRef,
    source: &Source,
    start: usize,
    end: usize,
) -> Result<Anchor, AnchorError> {
    let bad = AnchorError::BadSpan { start, end };
    let in_text = source.text_range(start, end).ok_or(bad.clone())?;
    let mut anchor =
        anchor_text(identity, &source.stored_text, in_text.start, in_text.end).map_err(|_| bad)?;
    anchor.position = TextPositionSelector { start, end };
    Ok(anchor)
}

/// Anchor a span of one source (byte offsets into the file, as statements carry them).
pub fn anchor_span(
    analysis: &Analysis,
    source: SourceIdx,
    start: usize,
    end: usize,
) -> Result<Anchor, AnchorError> {
    let r = source_ref(analysis, source)?;
    anchor_source_span(r, &analysis.sources[source.0], start, end)
}

/// Anchor a whole statement.
pub fn anchor_statement(
    analysis: &Analysis,
    statement: StatementIdx,
) -> Result<Anchor, AnchorError> {
    let s = analysis
        .statements
        .get(statement.0)
        .ok_or(AnchorError::NoStatement(statement.0))?;
    anchor_span(analysis, s.source, s.start, s.end)
}

/// Target for a statement.
pub fn statement_target(
    analysis: &Analysis,
    statement: StatementIdx,
) -> Result<Target, AnchorError> {
    Ok(Target::Statement(anchor_statement(analysis, statement)?))
}

/// Target for a selected span.
pub fn span_target(
    analysis: &Analysis,
    source: SourceIdx,
    start: usize,
    end: usize,
) -> Result<Target, AnchorError> {
    Ok(Target::Span(anchor_span(analysis, source, start, end)?))
}

/// Target for a link (match or conflict): its two statements.
pub fn link_target(analysis: &Analysis, link: LinkIdx) -> Result<Target, AnchorError> {
    let l = analysis
        .links
        .get(link.0)
        .ok_or(AnchorError::NoLink(link.0))?;
    Ok(Target::Link {
        a: anchor_statement(analysis, l.a)?,
        b: anchor_statement(analysis, l.b)?,
    })
}

/// Target for a fact: all its statements.
pub fn fact_target(analysis: &Analysis, fact: FactIdx) -> Result<Target, AnchorError> {
    let f = analysis
        .facts
        .get(fact.0)
        .ok_or(AnchorError::NoFact(fact.0))?;
    let anchors = f
        .statements
        .iter()
        .map(|&s| anchor_statement(analysis, s))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Target::Fact(anchors))
}

/// Re-attach an anchor to `source`, the current version of its source: [`reattach`]
/// on its text, with the anchor's position and the result in file bytes.
pub fn reattach_source(anchor: &Anchor, source: &Source) -> Resolution {
    let old = text_position(source, anchor.position);
    to_file_bytes(source, reattach_at(&anchor.quote, old, &source.stored_text))
}

/// A position in file bytes as offsets into the source's text (a hint: offsets inside a
/// character move to its start).
fn text_position(source: &Source, p: TextPositionSelector) -> TextPositionSelector {
    if source.decoded.is_none() {
        return p;
    }
    let start = source.text_offset_at_or_before(p.start);
    let end = source.text_offset_at_or_before(p.end).max(start);
    TextPositionSelector { start, end }
}

/// A resolution in the source's text as file bytes.
fn to_file_bytes(source: &Source, r: Resolution) -> Resolution {
    match r {
        Resolution::Attached { start, end } => {
            let (start, end) = source.file_range(start, end);
            Resolution::Attached { start, end }
        }
        Resolution::Moved { start, end } => {
            let (start, end) = source.file_range(start, end);
            Resolution::Moved { start, end }
        }
        Resolution::Orphaned => Resolution::Orphaned,
    }
}

/// Re-attach an anchor to `text`, the current stored text of its source, its position
/// being byte offsets into that text (see [`reattach_source`] for file offsets).
pub fn reattach(anchor: &Anchor, text: &str) -> Resolution {
    reattach_at(&anchor.quote, anchor.position, text)
}

fn reattach_at(quote: &TextQuoteSelector, old: TextPositionSelector, text: &str) -> Resolution {
    if quote.exact.is_empty() {
        return Resolution::Orphaned;
    }
    if text.get(old.start..old.end) == Some(quote.exact.as_str()) {
        return Resolution::Attached {
            start: old.start,
            end: old.end,
        };
    }
    if let Some(r) = find_exact(quote, text, old.start) {
        // An identical copy elsewhere whose surroundings do not match, while the old place
        // holds the passage slightly edited in its own context (a repeated headline whose
        // first copy was corrected): the edited passage in place is the better home.
        let (start, end) = r.range().expect("found");
        if context_similarity(quote, text, start, end) < WEAK_CONTEXT_SIMILARITY
            && let Some(near) = find_fuzzy_near(quote, text, old.start)
            && let Some((ns, ne)) = near.range()
            && context_similarity(quote, text, ns, ne) >= STRONG_CONTEXT_SIMILARITY
        {
            return near;
        }
        return r;
    }
    if let Some(r) = find_folded(quote, text, old.start) {
        return r;
    }
    // The passage edited in place, in its own context, before a look through everything.
    if let Some(near) = find_fuzzy_near(quote, text, old.start)
        && let Some((ns, ne)) = near.range()
        && context_similarity(quote, text, ns, ne) >= STRONG_CONTEXT_SIMILARITY
    {
        return near;
    }
    find_fuzzy(quote, text, old.start).unwrap_or(Resolution::Orphaned)
}

/// Quotes shorter than this (in characters) need context to be found again.
const SHORT_QUOTE_CHARS: usize = 24;
/// Characters of matching context a short quote needs to be attached.
const SHORT_QUOTE_CONTEXT_CHARS: usize = 8;

/// Choose among exact occurrences of the quote: best context, then nearest.
fn find_exact(quote: &TextQuoteSelector, text: &str, old_start: usize) -> Option<Resolution> {
    let best = best_occurrence(
        text,
        &quote.exact,
        &quote.prefix,
        &quote.suffix,
        old_start,
        |i| i,
    )?;
    let start = best;
    let end = best + quote.exact.len();
    Some(Resolution::Moved { start, end })
}

/// Index in `haystack` of the occurrence of `needle` with the most context agreement
/// (ties: nearest to `old_start`, measured through `to_original`); `None` when there is none
/// or when a short needle has too little context to be sure.
fn best_occurrence(
    haystack: &str,
    needle: &str,
    prefix: &str,
    suffix: &str,
    old_start: usize,
    to_original: impl Fn(usize) -> usize,
) -> Option<usize> {
    let mut best: Option<(usize, usize, usize)> = None; // (context, distance, index)
    for (i, _) in haystack.match_indices(needle) {
        let context = common_suffix_chars(&haystack[..i], prefix)
            + common_prefix_chars(&haystack[i + needle.len()..], suffix);
        let distance = to_original(i).abs_diff(old_start);
        let better = match best {
            None => true,
            Some((c, d, _)) => context > c || (context == c && distance < d),
        };
        if better {
            best = Some((context, distance, i));
        }
    }
    let (context, _, i) = best?;
    let needed = SHORT_QUOTE_CONTEXT_CHARS.min(prefix.chars().count() + suffix.chars().count());
    if needle.chars().count() < SHORT_QUOTE_CHARS && context < needed {
        return None;
    }
    Some(i)
}

/// Text with every run of white space folded to one space, and for each byte of the folded
/// text the original byte range it came from.
struct Folded {
    text: String,
    starts: Vec<usize>,
    ends: Vec<usize>,
}

fn fold_whitespace(s: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(s.len()),
        starts: Vec::with_capacity(s.len()),
        ends: Vec::with_capacity(s.len()),
    };
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if !d.is_whitespace() {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            out.text.push(' ');
            out.starts.push(i);
            out.ends.push(end);
        } else {
            out.text.push(c);
            for _ in 0..c.len_utf8() {
                out.starts.push(i);
                out.ends.push(i + c.len_utf8());
            }
        }
    }
    out
}

/// Exact search with white space folded (re-wrapped lines, CRLF, double spaces).
fn find_folded(quote: &TextQuoteSelector, text: &str, old_start: usize) -> Option<Resolution> {
    let folded = fold_whitespace(text);
    let exact = fold_whitespace(&quote.exact).text;
    let exact = exact.trim();
    if exact.is_empty() || (exact == quote.exact && folded.text == text) {
        return None;
    }
    let prefix = fold_whitespace(&quote.prefix).text;
    let suffix = fold_whitespace(&quote.suffix).text;
    let i = best_occurrence(&folded.text, exact, &prefix, &suffix, old_start, |i| {
        folded.starts[i]
    })?;
    Some(Resolution::Moved {
        start: folded.starts[i],
        end: folded.ends[i + exact.len() - 1],
    })
}

/// Minimum similarity (1 − edit distance / quote length) for a fuzzy match on its own.
const FUZZY_ALONE_MIN_SIMILARITY: f64 = 0.95;
/// Minimum similarity for a fuzzy match whose context also agrees.
const FUZZY_WITH_CONTEXT_MIN_SIMILARITY: f64 = 0.8;
/// Minimum context similarity that lets [`FUZZY_WITH_CONTEXT_MIN_SIMILARITY`] apply.
const FUZZY_MIN_CONTEXT_SIMILARITY: f64 = 0.7;
/// Quotes shorter than this (in characters) are never matched fuzzily.
const FUZZY_MIN_QUOTE_CHARS: usize = 16;
/// Quotes longer than this are compared on their first and last parts only.
const FUZZY_MAX_QUOTE_CHARS: usize = 2000;

/// Context similarity below which an exact copy is suspected to be the wrong one.
const WEAK_CONTEXT_SIMILARITY: f64 = 0.5;
/// Context similarity that makes an edited passage in place preferable to such a copy.
const STRONG_CONTEXT_SIMILARITY: f64 = 0.9;

/// [`find_fuzzy`] restricted to where the passage was: from a little before its old start
/// to a little past its old end, allowing for the edit itself.
fn find_fuzzy_near(quote: &TextQuoteSelector, text: &str, old_start: usize) -> Option<Resolution> {
    let slack = quote.exact.len() / 4 + 8;
    let mut from = old_start.saturating_sub(slack).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    // `old_start` comes from a save and may be anything, up to `usize::MAX`.
    let mut to = old_start
        .saturating_add(quote.exact.len())
        .saturating_add(slack)
        .min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    find_fuzzy_in(quote, text, old_start, from, to)
}

/// Bounded edit-distance search (Sellers' algorithm) for text that reads almost like the quote.
fn find_fuzzy(quote: &TextQuoteSelector, text: &str, old_start: usize) -> Option<Resolution> {
    find_fuzzy_in(quote, text, old_start, 0, text.len())
}

/// [`find_fuzzy`] looking only at `text[from..to]` (char boundaries), judging the context
/// on the whole text.
fn find_fuzzy_in(
    quote: &TextQuoteSelector,
    text: &str,
    old_start: usize,
    from: usize,
    to: usize,
) -> Option<Resolution> {
    let pattern: Vec<char> = quote.exact.chars().collect();
    let m = pattern.len();
    if !(FUZZY_MIN_QUOTE_CHARS..=FUZZY_MAX_QUOTE_CHARS).contains(&m) {
        return None;
    }
    let hay: Vec<(usize, char)> = text
        .get(from..to)?
        .char_indices()
        .map(|(i, c)| (from + i, c))
        .collect();
    if hay.is_empty() {
        return None;
    }
    let max_distance = ((1.0 - FUZZY_WITH_CONTEXT_MIN_SIMILARITY) * m as f64).floor() as usize;
    // Sellers' search with Ukkonen's cut-off: column[i] = edit distance between
    // pattern[..i] and the best text substring ending here, kept only while <= max_distance.
    let mut column: Vec<usize> = (0..=m).collect();
    let mut last_active = (max_distance + 1).min(m);
    let mut best: Option<(usize, usize, usize)> = None; // (distance, gap to old, end char index)
    for (j, &(byte, c)) in hay.iter().enumerate() {
        let (mut diagonal, mut left) = (0, 0);
        for i in 1..=last_active {
            let value = if pattern[i - 1] == c {
                diagonal
            } else {
                1 + diagonal.min(left).min(column[i])
            };
            diagonal = column[i];
            column[i] = value;
            left = value;
        }
        while last_active > 0 && column[last_active] > max_distance {
            last_active -= 1;
        }
        if last_active == m {
            let d = column[m];
            let gap = byte.abs_diff(old_start);
            let better = match best {
                None => true,
                Some((bd, bg, _)) => d < bd || (d == bd && gap < bg),
            };
            if better {
                best = Some((d, gap, j + 1));
            }
        } else {
            last_active += 1;
        }
    }
    let (_, _, end_char) = best?;
    // Find where the match starts, and its exact distance: the same search run backwards.
    let window_start = end_char.saturating_sub(m + max_distance);
    let (offset, distance) = best_start(&pattern, &hay[window_start..end_char]);
    let start_char = window_start + offset;
    if start_char >= end_char {
        return None;
    }
    let start = hay[start_char].0;
    let end = hay.get(end_char).map_or(to, |&(b, _)| b);
    let similarity = 1.0 - distance as f64 / m as f64;
    let context = context_similarity(quote, text, start, end);
    let accepted = similarity >= FUZZY_ALONE_MIN_SIMILARITY
        || (similarity >= FUZZY_WITH_CONTEXT_MIN_SIMILARITY
            && context >= FUZZY_MIN_CONTEXT_SIMILARITY);
    (accepted && keeps_word_edges(&quote.exact, text, start, end))
        .then_some(Resolution::Moved { start, end })
}

/// A match must not cut a word where the quote does not: if the quote begins (ends) with
/// a letter or digit, the match may not begin (end) in the middle of a word.
fn keeps_word_edges(exact: &str, text: &str, start: usize, end: usize) -> bool {
    let word = |c: char| c.is_alphanumeric();
    let begins_word = exact.chars().next().is_some_and(word);
    let ends_word = exact.chars().next_back().is_some_and(word);
    let cut_before = text[..start].chars().next_back().is_some_and(word)
        && text[start..].chars().next().is_some_and(word);
    let cut_after = text[..end].chars().next_back().is_some_and(word)
        && text[end..].chars().next().is_some_and(word);
    !((begins_word && cut_before) || (ends_word && cut_after))
}

/// The start (char index into `window`) of the best match of `pattern` ending at the end
/// of `window`, with its edit distance: Sellers' search on both reversed.
fn best_start(pattern: &[char], window: &[(usize, char)]) -> (usize, usize) {
    let m = pattern.len();
    let mut column: Vec<usize> = (0..=m).collect();
    let mut best = (column[m], window.len());
    for (k, &(_, c)) in window.iter().rev().enumerate() {
        let mut diagonal = column[0];
        column[0] = k + 1;
        for i in 1..=m {
            let substitution = diagonal + usize::from(pattern[m - i] != c);
            diagonal = column[i];
            column[i] = substitution.min(column[i] + 1).min(column[i - 1] + 1);
        }
        // Prefer the longest match among equals: the quote usually spans whole words.
        if column[m] <= best.0 {
            best = (column[m], window.len() - k - 1);
        }
    }
    (best.1, best.0)
}

/// How well the text around `start..end` agrees with the quote's prefix and suffix, 0..=1.
fn context_similarity(quote: &TextQuoteSelector, text: &str, start: usize, end: usize) -> f64 {
    let mut scores = Vec::new();
    if !quote.prefix.is_empty() {
        let before = tail_chars(&text[..start], quote.prefix.chars().count());
        scores.push(char_similarity(&quote.prefix, before));
    }
    if !quote.suffix.is_empty() {
        let after = head_chars(&text[end..], quote.suffix.chars().count());
        scores.push(char_similarity(&quote.suffix, after));
    }
    if scores.is_empty() {
        return 0.0;
    }
    scores.iter().copied().fold(0.0, f64::max)
}

/// 1 − Levenshtein distance / longer length, over characters.
fn char_similarity(a: &str, b: &str) -> f64 {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let longest = a.len().max(b.len());
    if longest == 0 {
        return 1.0;
    }
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j + 1] + 1).min(row[j] + 1);
        }
    }
    1.0 - row[b.len()] as f64 / longest as f64
}

/// Characters shared at the start of `a` and `b`.
fn common_prefix_chars(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Characters shared at the end of `a` and `b`.
fn common_suffix_chars(a: &str, b: &str) -> usize {
    a.chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y)
        .count()
}

/// Where an anchor points in an analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    /// The source it was found in (by content hash, else file name); `None` if missing.
    pub source: Option<SourceIdx>,
    pub resolution: Resolution,
}

impl Located {
    /// Source and byte range, unless orphaned.
    pub fn span(&self) -> Option<(SourceIdx, usize, usize)> {
        let (start, end) = self.resolution.range()?;
        Some((self.source?, start, end))
    }
}

/// The source an anchor belongs to: same content hash first, then same file name.
pub fn find_source(analysis: &Analysis, source: &SourceRef) -> Option<SourceIdx> {
    let by_hash = (!source.content_hash.is_empty())
        .then(|| {
            analysis
                .sources
                .iter()
                .position(|s| {
                    s.content_hash == source.content_hash && s.file_name == source.file_name
                })
                .or_else(|| {
                    analysis
                        .sources
                        .iter()
                        .position(|s| s.content_hash == source.content_hash)
                })
        })
        .flatten();
    by_hash
        .or_else(|| {
            analysis
                .sources
                .iter()
                .position(|s| s.file_name == source.file_name)
        })
        .map(SourceIdx)
}

/// Find an anchor in an analysis: its source, then its text in that source. When no
/// source has its hash or file name (a renamed and edited file), the exact quote is looked
/// for in every source and accepted only if exactly one source has it.
pub fn locate(anchor: &Anchor, analysis: &Analysis) -> Located {
    if let Some(i) = find_source(analysis, &anchor.source) {
        return Located {
            source: Some(i),
            resolution: reattach_source(anchor, &analysis.sources[i.0]),
        };
    }
    let mut hits = analysis.sources.iter().enumerate().filter_map(|(i, s)| {
        let text = &s.stored_text;
        let old_start = text_position(s, anchor.position).start;
        find_exact(&anchor.quote, text, old_start)
            .or_else(|| find_folded(&anchor.quote, text, old_start))
            .map(|r| (SourceIdx(i), to_file_bytes(s, r)))
    });
    match (hits.next(), hits.next()) {
        (Some((source, resolution)), None) => Located {
            source: Some(source),
            resolution,
        },
        _ => Located {
            source: None,
            resolution: Resolution::Orphaned,
        },
    }
}

/// The statement of `source` that best covers `start..end`: the same range, else the one
/// overlapping most, provided the overlap is at least half of the shorter of the two.
pub fn statement_for_range(
    analysis: &Analysis,
    source: SourceIdx,
    start: usize,
    end: usize,
) -> Option<StatementIdx> {
    let mut best: Option<(usize, StatementIdx)> = None;
    for (i, s) in analysis.statements_of(source) {
        if s.start == start && s.end == end {
            return Some(i);
        }
        let overlap = s.end.min(end).saturating_sub(s.start.max(start));
        let shorter = (s.end - s.start).min(end - start).max(1);
        if overlap * 2 >= shorter && overlap > 0 && best.is_none_or(|(o, _)| overlap > o) {
            best = Some((overlap, i));
        }
    }
    best.map(|(_, i)| i)
}

/// The statement an anchor points at in an analysis, if it can be found.
pub fn locate_statement(anchor: &Anchor, analysis: &Analysis) -> Option<StatementIdx> {
    let (source, start, end) = locate(anchor, analysis).span()?;
    statement_for_range(analysis, source, start, end)
}

/// An annotation's target as found in an analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocatedTarget {
    /// One entry per anchor of the target, in [`Target::anchors`] order.
    pub anchors: Vec<Located>,
    /// The statements the anchors fall on (orphans and spans between statements left out).
    pub statements: Vec<StatementIdx>,
}

impl LocatedTarget {
    /// The worst resolution of its anchors: orphaned if any is, else moved if any is.
    pub fn resolution(&self) -> Resolution {
        let mut worst = Resolution::Attached { start: 0, end: 0 };
        for a in &self.anchors {
            match a.resolution {
                Resolution::Orphaned => return Resolution::Orphaned,
                m @ Resolution::Moved { .. } => worst = m,
                Resolution::Attached { .. } => {
                    if matches!(worst, Resolution::Attached { .. }) {
                        worst = a.resolution;
                    }
                }
            }
        }
        worst
    }

    pub fn is_orphaned(&self) -> bool {
        self.anchors.iter().any(|a| a.resolution.is_orphaned())
    }
}

/// Find every anchor of a target in an analysis.
pub fn locate_target(target: &Target, analysis: &Analysis) -> LocatedTarget {
    let anchors: Vec<Located> = target
        .anchors()
        .into_iter()
        .map(|a| locate(a, analysis))
        .collect();
    let mut statements = Vec::new();
    for l in &anchors {
        if let Some((source, start, end)) = l.span()
            && let Some(s) = statement_for_range(analysis, source, start, end)
            && !statements.contains(&s)
        {
            statements.push(s);
        }
    }
    LocatedTarget {
        anchors,
        statements,
    }
}

/// A copy of the anchor moved to where it was found in `text` (quote, context and offsets
/// re-read from the current text, source identity updated); `None` if orphaned.
pub fn refreshed(anchor: &Anchor, source: SourceRef, text: &str) -> Option<Anchor> {
    let (start, end) = reattach(anchor, text).range()?;
    anchor_text(source, text, start, end).ok()
}

/// Convert byte offsets into `text` to character (Unicode scalar) offsets, as W3C
/// TextPositionSelector counts them. Offsets past the end are clamped.
pub fn char_offsets(text: &str, start: usize, end: usize) -> (usize, usize) {
    let count = |b: usize| {
        let b = b.min(text.len());
        text.char_indices().take_while(|(i, _)| *i < b).count()
    };
    (count(start), count(end))
}

/// The last `n` characters of `s`.
fn tail_chars(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n.saturating_sub(1)) {
        Some((i, _)) if n > 0 => &s[i..],
        _ if n == 0 => "",
        _ => s,
    }
}

/// The first `n` characters of `s`.
fn head_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}
