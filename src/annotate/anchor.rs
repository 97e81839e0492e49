//! Anchors: making them from an analysis and re-attaching them to (possibly edited) text.
//!
//! Creation takes the exact text, [`CONTEXT_CHARS`] characters of context on each side and
//! the byte offsets. Re-attachment ([`reattach`]) tries, in order: the old position with the
//! same quote; every exact occurrence of the quote, choosing the best context match and
//! then the nearest to the old position; the same with white space folded; a bounded
//! edit-distance search that must pass a strict similarity threshold and agree with the
//! context. Anything else is an orphan: an anchor is never attached to text that does not
//! read like its quote.

use crate::annotate::model::{Anchor, SourceRef, Target, TextPositionSelector, TextQuoteSelector};
use crate::model::{Analysis, FactIdx, LinkIdx, SourceIdx, StatementIdx};

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

/// Anchor a span selected in one source's stored text (byte offsets).
pub fn anchor_span(
    analysis: &Analysis,
    source: SourceIdx,
    start: usize,
    end: usize,
) -> Result<Anchor, AnchorError> {
    let r = source_ref(analysis, source)?;
    anchor_text(r, &analysis.sources[source.0].stored_text, start, end)
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
