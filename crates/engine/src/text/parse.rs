//! The parse of one statement, made once (in `align::Features`) for the stages that read its
//! words: its tokens (words with their byte offsets into the statement text) and each
//! token's folded (lowercase) form, so that a detector need not split or lowercase the
//! statement on its own; and, for a statement ([`Parse::of_statement`]), what is read from
//! it alone once for every stage: its figures with their bounds (`text::quantity`), its
//! negated counts of people read as zero (`text::zero_count`) and its dates, resolved against
//! its article's date (`text::date`). What depends on the whole article set (terms whose
//! kind the set decides, weighted keys) is `align::Features`, which holds this parse.
//!
//! A token is a maximal run of letters, digits, apostrophes (`'`, `’`) and hyphens, so
//! "didn't", "Zürich’s", "well-known" and "-5" are one token each. Offsets always fall on
//! character boundaries of the statement text.

use std::borrow::Cow;

use super::date::{DateMention, extract_dates};
use super::quantity::{Quantity, extract_quantities};
use super::zero_count::extract_zero_counts;
use crate::model::Date;

/// One word of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Byte offsets of the word in the statement text.
    pub start: usize,
    pub end: usize,
    /// The word lowercased (`str::to_lowercase` of the surface form).
    pub folded: String,
}

impl Token {
    /// The word as written: its slice of `text`, the statement the parse was made of.
    pub fn surface<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// The parse of one statement (see the module documentation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parse {
    /// The statement's tokens, in order.
    pub tokens: Vec<Token>,
    /// The dates the statement gives, resolved against its article's date (empty for a
    /// parse of any other text, made with [`Parse::new`]).
    pub dates: Vec<DateMention>,
    /// The figures the statement gives (empty for a parse made with [`Parse::new`]).
    pub quantities: Vec<Quantity>,
    /// Counts told in words with no figure, claims for the conflict detectors, never keys
    /// to match on (empty for [`Parse::new`]): negations that count people ("no one was
    /// killed"), read as figures of zero, then lone attackers ("a suicide bomber blew
    /// himself up"), read as figures of one.
    pub worded_counts: Vec<Quantity>,
    /// The list of names the statement enumerates, if any ([`super::lists`]; none for
    /// [`Parse::new`]).
    pub listed_names: Option<Vec<String>>,
    /// The length of the statement text, to check that a reader passes the same text.
    len: usize,
}

/// One run of non-space characters of a statement, as splitting its text at whitespace gives
/// it ("in/those" is one, "—" another), read from the parse: its byte range and the range of
/// its tokens (empty for a chunk of no word characters, starting at the next token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub start: usize,
    pub end: usize,
    pub tokens: std::ops::Range<usize>,
}

/// Is `c` part of a token?
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// The largest character boundary of `text` at or before `i` (and within it).
pub(crate) fn char_floor(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The runs of letters and digits of a folded word that starts at byte `at`, each with its
/// offset, assuming the folded word has the byte lengths of the text (offsets are a guide
/// only where folding changed a character's length).
fn letter_runs(at: usize, word: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in word
        .char_indices()
        .chain(std::iter::once((word.len(), ' ')))
    {
        match (start, c.is_alphanumeric()) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                out.push((at + s, word[s..i].to_string()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

impl Parse {
    /// Parse one statement of an article dated `article_date`: its tokens, figures, zero
    /// counts, dates and list of names.
    pub fn of_statement(text: &str, article_date: Option<Date>) -> Self {
        Self {
            dates: extract_dates(text, article_date),
            quantities: extract_quantities(text),
            worded_counts: extract_zero_counts(text)
                .into_iter()
                .chain(super::lone_count::extract_lone_attackers(text))
                .collect(),
            listed_names: super::lists::enumerated_names(text),
            ..Self::new(text)
        }
    }

    /// Does the statement give a figure of this kind (an age, a percentage)?
    pub fn has_quantity(&self, kind: super::quantity::QuantityKind) -> bool {
        self.quantities.iter().any(|q| q.kind == kind)
    }

    /// The tokens of any text (a statement, or a whole article), without its dates.
    pub fn new(text: &str) -> Self {
        let mut tokens = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (start, is_word_char(c)) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    tokens.push(Token {
                        start: s,
                        end: i,
                        folded: text[s..i].to_lowercase(),
                    });
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            tokens.push(Token {
                start: s,
                end: text.len(),
                folded: text[s..].to_lowercase(),
            });
        }
        Self {
            tokens,
            dates: Vec::new(),
            quantities: Vec::new(),
            worded_counts: Vec::new(),
            listed_names: None,
            len: text.len(),
        }
    }

    /// The folded words of `text[from..to]` with their byte offsets in `text`, where `text`
    /// is the statement this parse was made of: the tokens that overlap the range, cut at
    /// its edges (a token cut in two gives only its part inside, folded on its own).
    /// Offsets that fall inside a character (a figure found in a lowercased copy whose
    /// letters changed length, such as 'Ⱥ' to 'ⱥ') are moved back to the character's start.
    pub fn words_between<'p>(
        &'p self,
        text: &str,
        from: usize,
        to: usize,
    ) -> Vec<(usize, Cow<'p, str>)> {
        debug_assert_eq!(text.len(), self.len, "a parse read with another text");
        let (from, to) = (char_floor(text, from), char_floor(text, to));
        if from >= to {
            return Vec::new();
        }
        let first = self.tokens.partition_point(|t| t.end <= from);
        self.tokens[first..]
            .iter()
            .take_while(|t| t.start < to)
            .map(|t| {
                let (s, e) = (t.start.max(from), t.end.min(to));
                if (s, e) == (t.start, t.end) {
                    (s, Cow::Borrowed(t.folded.as_str()))
                } else {
                    (s, Cow::Owned(text[s..e].to_lowercase()))
                }
            })
            .collect()
    }

    /// The folded words before byte `at` of `text` (the statement this parse was made of),
    /// nearest first, each with its offset: the tokens that end by `at`, and the part
    /// before `at` of a token that runs across it (folded on its own). An offset inside a
    /// character is moved back to the character's start.
    pub fn words_before<'p>(
        &'p self,
        text: &str,
        at: usize,
    ) -> impl Iterator<Item = (usize, Cow<'p, str>)> + 'p {
        debug_assert_eq!(text.len(), self.len, "a parse read with another text");
        let at = char_floor(text, at);
        let started = self.tokens.partition_point(|t| t.start < at);
        let cut = self.tokens[..started]
            .last()
            .filter(|t| t.end > at)
            .map(|t| (t.start, Cow::Owned(text[t.start..at].to_lowercase())));
        let whole = started - usize::from(cut.is_some());
        cut.into_iter().chain(
            self.tokens[..whole]
                .iter()
                .rev()
                .map(|t| (t.start, Cow::Borrowed(t.folded.as_str()))),
        )
    }

    /// The token that starts at byte `at` of the statement, if one does.
    pub fn token_starting_at(&self, at: usize) -> Option<&Token> {
        let i = self.tokens.partition_point(|t| t.start < at);
        self.tokens.get(i).filter(|t| t.start == at)
    }

    /// The folded form of `text[start..end]` (`text` the statement this parse was made of):
    /// the token's own when the range is one token, else the range lowercased.
    pub fn folded_range<'p>(&'p self, text: &str, start: usize, end: usize) -> Cow<'p, str> {
        debug_assert_eq!(text.len(), self.len, "a parse read with another text");
        match self.token_starting_at(start) {
            Some(t) if t.end == end => Cow::Borrowed(t.folded.as_str()),
            _ => Cow::Owned(text.get(start..end).unwrap_or_default().to_lowercase()),
        }
    }

    /// The runs of letters and digits of `text[from..to]`, folded, with their offsets in
    /// `text`: the words of [`Parse::words_between`] split at their apostrophes and
    /// hyphens ("didn't" gives "didn" and "t"), as splitting the lowercased range at every
    /// other character would give them.
    pub fn letter_runs_between(&self, text: &str, from: usize, to: usize) -> Vec<(usize, String)> {
        self.words_between(text, from, to)
            .into_iter()
            .flat_map(|(at, word)| letter_runs(at, &word))
            .collect()
    }

    /// The runs of letters and digits before byte `at` of `text`, folded, nearest first:
    /// [`Parse::words_before`] split at apostrophes and hyphens.
    pub fn letter_runs_before<'p>(
        &'p self,
        text: &str,
        at: usize,
    ) -> impl Iterator<Item = (usize, String)> + 'p {
        self.words_before(text, at)
            .flat_map(|(start, word)| letter_runs(start, &word).into_iter().rev())
    }

    /// The chunks of `text` (the statement this parse was made of), as
    /// `text.split_whitespace()` gives them: the tokens, joined where no whitespace stands
    /// between them, with the characters around them up to whitespace, and the runs of
    /// other characters between whitespace, which hold no token.
    pub fn chunks(&self, text: &str) -> Vec<Chunk> {
        debug_assert_eq!(text.len(), self.len, "a parse read with another text");
        let mut out: Vec<Chunk> = Vec::new();
        let mut gap_start = 0;
        for i in 0..=self.tokens.len() {
            let next = self.tokens.get(i);
            let gap_end = next.map_or(text.len(), |t| t.start);
            // The run of non-space characters under way, and whether no whitespace has
            // ended a run in this gap yet (the first such run ends the chunk before).
            let mut run_start = Some(gap_start);
            let mut first_run = true;
            for (j, c) in text[gap_start..gap_end].char_indices() {
                let at = gap_start + j;
                match (run_start, c.is_whitespace()) {
                    (Some(s), true) => {
                        match out.last_mut().filter(|_| first_run && i > 0) {
                            Some(last) => last.end = at,
                            None if s < at => out.push(Chunk {
                                start: s,
                                end: at,
                                tokens: i..i,
                            }),
                            None => {}
                        }
                        first_run = false;
                        run_start = None;
                    }
                    (None, false) => run_start = Some(at),
                    _ => {}
                }
            }
            let joined = out.last_mut().filter(|_| first_run && i > 0);
            match (next, run_start, joined) {
                (Some(t), _, Some(last)) => {
                    last.end = t.end;
                    last.tokens.end = i + 1;
                }
                (Some(t), s, None) => out.push(Chunk {
                    start: s.unwrap_or(t.start),
                    end: t.end,
                    tokens: i..i + 1,
                }),
                (None, _, Some(last)) => last.end = gap_end,
                (None, Some(s), None) if s < gap_end => out.push(Chunk {
                    start: s,
                    end: gap_end,
                    tokens: i..i,
                }),
                (None, _, None) => {}
            }
            gap_start = next.map_or(text.len(), |t| t.end);
        }
        out
    }

    /// How many chunks `text[from..to]` holds, as `text[from..to].split_whitespace()`
    /// counts them: the statement's chunks (see [`Parse::chunks`]) that reach into the range.
    pub fn chunk_count_between(&self, text: &str, from: usize, to: usize) -> usize {
        if from >= to {
            return 0;
        }
        self.chunks(text)
            .iter()
            .filter(|c| c.start < to && c.end > from)
            .count()
    }

    /// The words of the statement's lowercased text, as splitting that text would give
    /// them: the folded tokens, cut where folding made a character that is not part of a
    /// word ('İ' folds to 'i' and a combining dot). Only the Greek final sigma may differ,
    /// which lowercasing the whole text decides from the letters around a token.
    pub fn folded_words(&self) -> impl Iterator<Item = &str> {
        self.tokens
            .iter()
            .flat_map(|t| t.folded.split(|c: char| !is_word_char(c)))
            .filter(|w| !w.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `words_between` as `conflict::number` wrote it before the parse: the reference the
    /// parse must reproduce.
    fn reference(text: &str, from: usize, to: usize) -> Vec<(usize, String)> {
        let (from, to) = (char_floor(text, from), char_floor(text, to));
        let mut out = Vec::new();
        let mut start = None;
        if from >= to {
            return out;
        }
        for (i, c) in text[from..to].char_indices() {
            let i = from + i;
            match (start, is_word_char(c)) {
                (None, true) => start = Some(i),
                (Some(s), false) => {
                    out.push((s, text[s..i].to_lowercase()));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text[s..to].to_lowercase()));
        }
        out
    }

    fn owned(words: Vec<(usize, Cow<'_, str>)>) -> Vec<(usize, String)> {
        words
            .into_iter()
            .map(|(i, w)| (i, w.into_owned()))
            .collect()
    }

    #[test]
    fn tokens_carry_offsets_surface_and_folded_forms() {
        let text = "Zürich’s “quoted” CAFÉ didn't - well-known";
        let p = Parse::new(text);
        let got: Vec<(&str, &str)> = p
            .tokens
            .iter()
            .map(|t| (t.surface(text), t.folded.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("Zürich’s", "zürich’s"),
                ("quoted", "quoted"),
                ("CAFÉ", "café"),
                ("didn't", "didn't"),
                ("-", "-"),
                ("well-known", "well-known"),
            ]
        );
        for t in &p.tokens {
            assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        }
        assert_eq!(p.tokens[0].start, 0);
        assert_eq!(p.tokens[1].start, "Zürich’s “".len());
    }

    #[test]
    fn words_between_matches_the_old_tokenizer_on_every_range() {
        for text in [
            "Zürich’s “quoted” café",
            "ȺȺ 3 officers - one fatally -- and İstanbul's 10 women, 7 men",
            "",
            "plain",
            "  spaced  ",
        ] {
            let p = Parse::new(text);
            for from in 0..=text.len() + 2 {
                for to in 0..=text.len() + 2 {
                    assert_eq!(
                        owned(p.words_between(text, from, to)),
                        reference(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn folded_words_are_the_words_of_the_lowercased_text() {
        for text in [
            "Zürich’s “quoted” café",
            "İstanbul's 7 SHOOTINGS, 3 stabbings",
            "",
        ] {
            let lower = text.to_lowercase();
            let parse = Parse::new(text);
            let words: Vec<&str> = parse.folded_words().collect();
            let expected: Vec<String> = reference(&lower, 0, lower.len())
                .into_iter()
                .map(|(_, w)| w)
                .collect();
            assert_eq!(words, expected, "{text:?}");
        }
    }

    #[test]
    fn words_before_are_the_words_between_the_start_and_the_offset_nearest_first() {
        for text in [
            "Zürich’s “quoted” café",
            "ȺȺ 3 officers - one fatally -- and İstanbul's 10 women, 7 men",
            "",
        ] {
            let p = Parse::new(text);
            for at in 0..=text.len() + 2 {
                let mut expected = reference(text, 0, at);
                expected.reverse();
                assert_eq!(
                    owned(p.words_before(text, at).collect()),
                    expected,
                    "{text:?} ..{at}"
                );
            }
        }
    }

    #[test]
    fn letter_runs_are_the_runs_of_the_lowercased_text() {
        let runs = |text: &str| -> Vec<String> {
            text.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        for text in [
            "Zürich’s “quoted” café didn't -- well-known, 20s",
            "ȺȺ 3 officers - one fatally -- and 10 women, 7 men",
            "",
        ] {
            let p = Parse::new(text);
            for at in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let after: Vec<String> = p
                    .letter_runs_between(text, at, text.len())
                    .into_iter()
                    .map(|(_, w)| w)
                    .collect();
                assert_eq!(after, runs(&text[at..]), "{text:?} {at}..");
                let before: Vec<String> = p.letter_runs_before(text, at).map(|(_, w)| w).collect();
                let mut expected = runs(&text[..at]);
                expected.reverse();
                assert_eq!(before, expected, "{text:?} ..{at}");
            }
        }
    }

    #[test]
    fn chunks_are_the_whitespace_split_with_their_tokens() {
        let texts = [
            "killed in/those bombings; in those/bombs, in  those   raids",
            "killed in — those bombings, in -- these attacks, (in) 'those' “shootings”",
            "  — in those  bombings —  ",
            "in\tJanuary\u{a0}alone; İstanbul's ȺȺ x/s ab/s - -- ... ",
            "",
            " ",
            "—",
            "word",
        ];
        for whole in texts {
            for from in (0..=whole.len()).filter(|&i| whole.is_char_boundary(i)) {
                let text = &whole[from..];
                let p = Parse::new(text);
                let chunks = p.chunks(text);
                let got: Vec<&str> = chunks.iter().map(|c| &text[c.start..c.end]).collect();
                let expected: Vec<&str> = text.split_whitespace().collect();
                assert_eq!(got, expected, "{text:?}");
                let mut next = 0;
                for c in &chunks {
                    assert_eq!(c.tokens.start, next, "{text:?} {c:?}");
                    let inside = p.tokens[next..]
                        .iter()
                        .take_while(|t| t.end <= c.end)
                        .count();
                    assert_eq!(c.tokens.end, next + inside, "{text:?} {c:?}");
                    assert!(
                        p.tokens[c.tokens.clone()]
                            .iter()
                            .all(|t| t.start >= c.start)
                    );
                    next = c.tokens.end;
                }
                assert_eq!(next, p.tokens.len(), "{text:?}");
                for (i, _) in text.char_indices() {
                    for (j, _) in text[i..].char_indices() {
                        assert_eq!(
                            p.chunk_count_between(text, i, i + j),
                            text[i..i + j].split_whitespace().count(),
                            "{text:?} {i}..{}",
                            i + j
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn folded_range_is_the_token_or_the_range_lowercased() {
        let text = "Two HOSPITALIZED, gun-related";
        let p = Parse::new(text);
        assert_eq!(p.folded_range(text, 4, 16), "hospitalized");
        assert_eq!(p.folded_range(text, 18, 21), "gun");
        assert_eq!(p.token_starting_at(18).map(|t| t.end), Some(text.len()));
        assert!(p.token_starting_at(19).is_none());
    }

    #[test]
    fn words_between_cuts_tokens_at_the_range() {
        let text = "Zürich’s café";
        let p = Parse::new(text);
        // From inside "ü" (moved back to its start) to inside "é" (moved back too).
        let words = owned(p.words_between(text, 2, text.len() - 1));
        assert_eq!(words, [(1, "ürich’s".to_string()), (12, "caf".to_string())]);
    }
}
