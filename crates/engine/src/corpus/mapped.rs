//! Offset maps back to the file as stored: clean text to stored text ([`MappedText`], with
//! the text blocks — paragraphs, headings, list items, lines — that the HTML and Markdown
//! readers produce). A decoded text maps to the file's bytes through the model's
//! [`crate::model::decode_map::DecodeMap`] (for a file that is not UTF-8).
//!
//! Every byte of the clean text knows the raw byte where its character starts and ends;
//! markup dropped before a character (an opening `**` or `[`) widens that character's
//! start, markup dropped after it (a closing `**` or `](url)`) widens its end, so a
//! statement's raw span covers the markup around its words.
//!
//! The two compose: a statement's clean range gives a range of the stored text
//! ([`MappedText::raw_span`]), and for a Windows-1252 or UTF-16 file that range of the
//! decoded text gives the file's bytes
//! ([`crate::model::decode_map::DecodeMap::file_range`]). Statements, anchors and
//! the JSON carry file bytes; [`crate::model::Source::raw`] reads them back.

use std::ops::Range;

/// Clean text plus, per clean byte, the raw span of the character it belongs to.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MappedText {
    pub text: String,
    raw_starts: Vec<u32>,
    raw_ends: Vec<u32>,
    /// Raw start of markup dropped just before the next character, if any.
    pending_start: Option<usize>,
}

impl MappedText {
    /// Append `c`, which stands for the raw bytes `raw_start..raw_end`. White space is
    /// folded: a run becomes one space and leading white space is dropped.
    pub fn push(&mut self, c: char, raw_start: usize, raw_end: usize) {
        let c = if c.is_whitespace() { ' ' } else { c };
        if c == ' ' && (self.text.is_empty() || self.text.ends_with(' ')) {
            return;
        }
        let start = self
            .pending_start
            .take()
            .unwrap_or(raw_start)
            .min(raw_start);
        self.text.push(c);
        for _ in 0..c.len_utf8() {
            self.raw_starts.push(start as u32);
            self.raw_ends.push(raw_end as u32);
        }
    }

    /// Append every character of `s`, each mapped to the whole raw span (an entity).
    pub fn push_str_as(&mut self, s: &str, raw_start: usize, raw_end: usize) {
        for c in s.chars() {
            self.push(c, raw_start, raw_end);
        }
    }

    /// Markup at `raw_start` was dropped before the next character.
    pub fn open_markup(&mut self, raw_start: usize) {
        if self.pending_start.is_none() {
            self.pending_start = Some(raw_start);
        }
    }

    /// Markup ending at `raw_end` was dropped after the last character.
    pub fn close_markup(&mut self, raw_end: usize) {
        if self.text.ends_with(' ') {
            return;
        }
        if let Some(last) = self.raw_ends.last_mut() {
            *last = (*last).max(raw_end as u32);
        }
    }

    /// Drop trailing white space.
    pub fn trim_end(&mut self) {
        while self.text.ends_with(' ') {
            self.text.pop();
            self.raw_starts.pop();
            self.raw_ends.pop();
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    /// The raw byte span of the clean byte range `r` (must be non-empty, on char boundaries).
    pub fn raw_span(&self, r: Range<usize>) -> Range<usize> {
        self.raw_starts[r.start] as usize..self.raw_ends[r.end - 1] as usize
    }

    /// The raw byte span of the whole text.
    pub fn raw_span_all(&self) -> Range<usize> {
        if self.text.is_empty() {
            0..0
        } else {
            self.raw_span(0..self.text.len())
        }
    }
}

/// What a block is, as far as the markup says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockRole {
    /// A `#` heading or `<h1>`..`<h6>`, with its level.
    Heading(u8),
    /// A bullet or numbered item.
    ListItem,
    /// A paragraph or a line of plain text.
    Paragraph,
    /// A `<figcaption>` or `<caption>`.
    Caption,
    /// Text inside `<header>` that is not a heading (menus, share buttons).
    PageChrome,
}

/// One block of clean text.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    pub text: MappedText,
    pub role: BlockRole,
    /// True when a blank line (or the start of the file, or a block boundary in HTML)
    /// separates this block from the one before.
    pub gap_before: bool,
}

impl Block {
    pub fn clean(&self) -> &str {
        &self.text.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_white_space_and_maps_markup() {
        // Raw: "**Bold**  text"
        let mut m = MappedText::default();
        m.open_markup(0);
        for (i, c) in "Bold".char_indices() {
            m.push(c, 2 + i, 3 + i);
        }
        m.close_markup(8);
        m.push(' ', 8, 9);
        m.push(' ', 9, 10);
        for (i, c) in "text".char_indices() {
            m.push(c, 10 + i, 11 + i);
        }
        assert_eq!(m.text, "Bold text");
        assert_eq!(m.raw_span(0..4), 0..8);
        assert_eq!(m.raw_span(5..9), 10..14);
        assert_eq!(m.raw_span_all(), 0..14);
    }
}
