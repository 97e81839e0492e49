//! Offset maps back to the file as stored: clean text to stored text ([`MappedText`], with
//! the text blocks — paragraphs, headings, list items, lines — that the HTML and Markdown
//! readers produce), and a decoded text to the file's bytes ([`DecodeMap`], for a file that
//! is not UTF-8).
//!
//! Every byte of the clean text knows the raw byte where its character starts and ends;
//! markup dropped before a character (an opening `**` or `[`) widens that character's
//! start, markup dropped after it (a closing `**` or `](url)`) widens its end, so a
//! statement's raw span covers the markup around its words.
//!
//! The two compose: a statement's clean range gives a range of the stored text
//! ([`MappedText::raw_span`]), and for a Windows-1252 or UTF-16 file that range of the
//! decoded text gives the file's bytes ([`DecodeMap::file_range`]). Statements, anchors and
//! the JSON carry file bytes; [`crate::model::Source::raw`] reads them back.

use std::ops::Range;

use serde::{Deserialize, Serialize};

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

/// Where each character of a decoded text lies in the bytes of the file it was decoded
/// from (Windows-1252, UTF-16): a file offset for every text offset on a character
/// boundary, and back.
///
/// Kept compact, as a list of points where the two advance at different rates: from
/// each point up to the next, text and file advance together byte for byte (ASCII in
/// Windows-1252, two-byte characters in UTF-16), so a file of plain ASCII with a few
/// curly quotes needs a few points, not one per byte.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DecodeMap {
    /// `(text offset, file offset)`, both strictly increasing; the first is `(0, s)`
    /// where `s` is the length of a byte order mark that the text does not hold.
    points: Vec<(u32, u32)>,
    text_len: u32,
    file_len: u32,
}

impl DecodeMap {
    /// An empty map whose text starts at file byte `file_start` (after a byte order mark).
    pub fn starting_at(file_start: usize) -> DecodeMap {
        DecodeMap {
            points: vec![(0, file_start as u32)],
            text_len: 0,
            file_len: file_start as u32,
        }
    }

    /// Record the next decoded character: `text_width` bytes of UTF-8 that stand for the
    /// next `file_width` bytes of the file.
    pub fn push_char(&mut self, text_width: usize, file_width: usize) {
        self.text_len += text_width as u32;
        self.file_len += file_width as u32;
        if text_width != file_width {
            self.points.push((self.text_len, self.file_len));
        }
    }

    /// Length of the decoded text in bytes.
    pub fn text_len(&self) -> usize {
        self.text_len as usize
    }

    /// Length of the file in bytes.
    pub fn file_len(&self) -> usize {
        self.file_len as usize
    }

    /// The file offset of text offset `t` (a character boundary; clamped to the end).
    pub fn file_offset(&self, t: usize) -> usize {
        let t = t.min(self.text_len as usize) as u32;
        let i = self.points.partition_point(|p| p.0 <= t).saturating_sub(1);
        match self.points.get(i) {
            Some(&(pt, pf)) => (pf + (t - pt)) as usize,
            None => t as usize,
        }
    }

    /// The text offset of file offset `f`, if the text has a byte there. Inside a
    /// character whose widths differ this is `None`; inside one of equal widths (`é` in
    /// UTF-16) it is a byte inside the character in the text too, so the caller checks
    /// that the result is a character boundary of the text
    /// ([`crate::model::Source::text_range`] does).
    pub fn text_offset(&self, f: usize) -> Option<usize> {
        if f > self.file_len as usize {
            return None;
        }
        let f = f as u32;
        let i = self.points.partition_point(|p| p.1 <= f).checked_sub(1)?;
        let (pt, pf) = self.points[i];
        let t = (pt + (f - pf)) as usize;
        (t <= self.text_len as usize && self.file_offset(t) == f as usize).then_some(t)
    }

    /// The file's bytes of the text range `start..end` (character boundaries).
    pub fn file_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.file_offset(start), self.file_offset(end))
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

    #[test]
    fn decode_map_round_trips_character_boundaries() {
        // "a€b" from Windows-1252 (0x61 0x80 0x62): € is 3 text bytes for 1 file byte.
        let mut m = DecodeMap::starting_at(0);
        for (tw, fw) in [(1, 1), (3, 1), (1, 1)] {
            m.push_char(tw, fw);
        }
        assert_eq!((m.text_len(), m.file_len()), (5, 3));
        assert_eq!(
            [0, 1, 4, 5].map(|t| m.file_offset(t)),
            [0, 1, 2, 3],
            "text boundaries to file bytes"
        );
        assert_eq!(
            [0, 1, 2, 3].map(|f| m.text_offset(f)),
            [0, 1, 4, 5].map(Some)
        );
        assert_eq!(m.file_range(1, 4), (1, 2));
        assert_eq!(m.text_offset(4), None);
        // UTF-16 with a BOM: "Aé😀" is 2 + 2 + 4 file bytes after the BOM, 1 + 2 + 4 text bytes.
        let mut m = DecodeMap::starting_at(2);
        for (tw, fw) in [(1, 2), (2, 2), (4, 4)] {
            m.push_char(tw, fw);
        }
        assert_eq!([0, 1, 3, 7].map(|t| m.file_offset(t)), [2, 4, 6, 10]);
        assert_eq!(
            [2, 4, 6, 10].map(|f| m.text_offset(f)),
            [0, 1, 3, 7].map(Some)
        );
        // Inside the BOM or a character: no text offset, or none on a character boundary.
        assert_eq!([0, 1, 3].map(|f| m.text_offset(f)), [None; 3]);
        let text = "Aé😀";
        assert!(m.text_offset(5).is_none_or(|t| !text.is_char_boundary(t)));
    }
}
