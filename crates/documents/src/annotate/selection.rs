//! Text selections in a statement's clean text, mapped to and from the stored file text.
//!
//! Views show [`Statement::text`] (markup removed, entities decoded, white space folded),
//! but anchors hold byte offsets into the file (into [`Source::stored_text`] for UTF-8; through
//! the source's decode map otherwise, see [`Source::raw`]). For plain text the clean
//! text is found verbatim (or with white space folded) in the stored span; for HTML the two
//! are aligned character by character with a diff, and a selection maps to the stored text
//! of the characters it covers.
//!
//! [`Statement::text`]: parallax_engine::model::Statement::text
//! [`Source::stored_text`]: parallax_engine::model::Source::stored_text
//! [`Source::raw`]: parallax_engine::model::Source::raw

use similar::{Algorithm, DiffTag, capture_diff_slices};

use crate::annotate::anchor::{AnchorError, anchor_span};
use crate::annotate::model::{Anchor, Target};
use parallax_engine::model::{Analysis, StatementIdx};

/// Anchor a selection made in a statement's clean text (`text_start..text_end`, byte
/// offsets into [`parallax_engine::model::Statement::text`]).
pub fn anchor_in_statement(
    analysis: &Analysis,
    statement: StatementIdx,
    text_start: usize,
    text_end: usize,
) -> Result<Anchor, AnchorError> {
    let s = analysis
        .statements
        .get(statement.0)
        .ok_or(AnchorError::NoStatement(statement.0))?;
    let bad = AnchorError::BadSpan {
        start: text_start,
        end: text_end,
    };
    let selected = s
        .text
        .get(text_start..text_end)
        .filter(|t| !t.trim().is_empty())
        .ok_or(bad.clone())?;
    // Leading and trailing white space of a selection is not worth anchoring.
    let lead = selected.len() - selected.trim_start().len();
    let trail = selected.len() - selected.trim_end().len();
    let (text_start, text_end) = (text_start + lead, text_end - trail);
    let src = analysis
        .sources
        .get(s.source.0)
        .ok_or(AnchorError::NoSource(s.source.0))?;
    let in_text = src.text_range(s.start, s.end).ok_or(bad.clone())?;
    let raw = &src.stored_text[in_text.clone()];
    let (raw_start, raw_end) = map_range(&s.text, raw, text_start, text_end).ok_or(bad)?;
    let (start, end) = src.file_range(in_text.start + raw_start, in_text.start + raw_end);
    anchor_span(analysis, s.source, start, end)
}

/// [`Target::Span`] for a selection in a statement's clean text.
pub fn span_target_in_statement(
    analysis: &Analysis,
    statement: StatementIdx,
    text_start: usize,
    text_end: usize,
) -> Result<Target, AnchorError> {
    Ok(Target::Span(anchor_in_statement(
        analysis, statement, text_start, text_end,
    )?))
}

/// Where the file's bytes `start..end` (an anchor's position) show in a statement's clean
/// text (byte offsets into [`parallax_engine::model::Statement::text`]), clipped to the statement;
/// `None` when it does not overlap it. For highlighting span annotations in a view.
pub fn range_in_statement_text(
    analysis: &Analysis,
    statement: StatementIdx,
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    let s = analysis.statements.get(statement.0)?;
    let (start, end) = (start.max(s.start), end.min(s.end));
    if start >= end {
        return None;
    }
    let src = analysis.sources.get(s.source.0)?;
    let in_text = src.text_range(s.start, s.end)?;
    let raw = &src.stored_text[in_text.clone()];
    let clipped = src.text_range(start, end)?;
    map_range(
        raw,
        &s.text,
        clipped.start - in_text.start,
        clipped.end - in_text.start,
    )
}

/// Map the byte range `start..end` of `from` to the corresponding byte range of `to`.
fn map_range(from: &str, to: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if from == to {
        return Some((start, end));
    }
    let from_chars: Vec<(usize, char)> = from.char_indices().collect();
    let to_chars: Vec<(usize, char)> = to.char_indices().collect();
    let first = from_chars.iter().position(|&(b, _)| b == start)?;
    let last = from_chars.iter().rposition(|&(b, _)| b < end)?;
    if last < first {
        return None;
    }
    let a: Vec<char> = from_chars.iter().map(|&(_, c)| c).collect();
    let b: Vec<char> = to_chars.iter().map(|&(_, c)| c).collect();
    // For each char of `from`, the char of `to` it aligns with (or where it would go).
    let mut map = vec![(0usize, 0usize); a.len()];
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let (tag, old, new) = op.as_tag_tuple();
        for (k, i) in old.clone().enumerate() {
            map[i] = match tag {
                DiffTag::Equal => (new.start + k, new.start + k + 1),
                // A deleted or replaced char maps to the replacement (or the gap).
                _ => (new.start, new.end),
            };
        }
    }
    let byte_of = |char_index: usize| to_chars.get(char_index).map_or(to.len(), |&(p, _)| p);
    let (to_start, _) = map[first];
    let (_, to_end) = map[last];
    let (s, e) = (byte_of(to_start), byte_of(to_end));
    (s < e).then_some((s, e))
}
