//! Where each character of a decoded text lies in the bytes of the file it was decoded from
//! ([`DecodeMap`]): part of a source as the model keeps it ([`crate::model::Source`]), built
//! by the corpus reader while it decodes a Windows-1252 or UTF-16 file
//! (`corpus::load`).

use serde::{Deserialize, Serialize};

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

#[cfg(test)]
mod tests {
    use super::*;

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
