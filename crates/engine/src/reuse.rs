//! Text reuse and independent reports: which articles of a set copy one story (a wire story
//! printed by several outlets, a press release rewritten), where each article says it comes
//! from (a wire credit), and how many independent reports the set holds.
//!
//! Reuse is measured on running text: each article's words outside quotations (a speaker's
//! words quoted by two reporters are not a copy), in runs of [`RUN_WORDS`]. The share of a
//! pair is the share of the shorter article's words that lie inside a run the other article
//! also has; a share of [`COPY_SHARE`] or more makes the two one report. Independent
//! reports are the groups of articles joined by copies.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

pub use crate::model::reuse::{Copy, CopyKind, Reuse};
use crate::model::{Analysis, SourceIdx};

/// Words in a run: long enough that two independent reporters do not write the same run.
pub const RUN_WORDS: usize = 8;

/// A pair sharing this share of the shorter article's running text tells one report. Read
/// off the hand-made provenance of six clusters (`../shared/eval/dev/provenance.json`):
/// there, copies share 0.3 or more of all their words, and independent articles at most 0.21;
/// with quotations left out, as here, the same copies read a few points lower (0.29 for a
/// rewritten press release), so the line sits between, at 0.25.
pub const COPY_SHARE: f32 = 0.25;

/// Below this share a pair shares nothing worth naming (a stock phrase, a title).
pub const PASSAGES_SHARE: f32 = 0.05;

/// A share from which the two articles are the same story with light edits.
const SAME_STORY_SHARE: f32 = 0.6;

/// Detect reuse between the articles of `analysis` and read their wire credits.
pub fn detect(analysis: &Analysis) -> Reuse {
    let n = analysis.sources.len();
    let runs: Vec<ArticleRuns> = (0..n)
        .map(|i| ArticleRuns::of(analysis, SourceIdx(i)))
        .collect();
    let mut copies = Vec::new();
    for a in 0..n {
        for b in a + 1..n {
            let (short, long) = if runs[a].words <= runs[b].words {
                (&runs[a], &runs[b])
            } else {
                (&runs[b], &runs[a])
            };
            let share = short.share_inside(long);
            if share < PASSAGES_SHARE {
                continue;
            }
            let kind = if share >= SAME_STORY_SHARE {
                CopyKind::SameStory
            } else if share >= COPY_SHARE {
                CopyKind::Rewrite
            } else {
                CopyKind::SharedPassages
            };
            copies.push(Copy {
                a: SourceIdx(a),
                b: SourceIdx(b),
                kind,
                share,
            });
        }
    }
    let reports = report_groups(n, &copies, &[]);
    let origins = (0..n).map(|i| origin(analysis, SourceIdx(i))).collect();
    Reuse {
        copies,
        origins,
        reports,
    }
}

/// The wire agency an article credits: its by-line ("X for AFP") or a wire dateline among
/// its first lines ("DALLAS (AP) -"). `None` when the text names none: an origin is never
/// guessed from style.
fn origin(analysis: &Analysis, source: SourceIdx) -> Option<String> {
    use crate::corpus::meta::{byline_agency, dateline_agency, is_wire_agency};
    let byline = analysis.source(source).meta.byline.as_deref();
    byline
        .and_then(byline_agency)
        .into_iter()
        .chain(
            analysis
                .statements_of(source)
                .take(8)
                .filter_map(|(_, s)| dateline_agency(&s.text)),
        )
        .find(|a| is_wire_agency(a))
}

/// Per source, the index of its group of copies (union of every pair that is a copy, and
/// of the pairs `same_story` the checker says carry one story), numbered in source order.
/// Pairs naming a source out of `0..n` are ignored.
pub fn report_groups(n: usize, copies: &[Copy], same_story: &[(usize, usize)]) -> Vec<usize> {
    let mut sets = crate::disjoint::DisjointSets::new(n);
    let pairs = copies
        .iter()
        .filter(|c| c.kind.is_copy())
        .map(|c| (c.a.0, c.b.0))
        .chain(same_story.iter().copied())
        .filter(|&(a, b)| a < n && b < n);
    for (a, b) in pairs {
        sets.join(a, b);
    }
    let mut numbering: Vec<Option<usize>> = vec![None; n];
    let mut next = 0;
    (0..n)
        .map(|i| {
            let r = sets.root(i);
            *numbering[r].get_or_insert_with(|| {
                next += 1;
                next - 1
            })
        })
        .collect()
}

/// An article's running text as hashed runs of words.
struct ArticleRuns {
    /// Hash of each run, by the index of its first word.
    runs: Vec<u64>,
    /// Number of words of running text.
    words: usize,
    /// The distinct runs, for look-ups from other articles.
    set: HashSet<u64>,
}

impl ArticleRuns {
    fn of(analysis: &Analysis, source: SourceIdx) -> Self {
        let mut words: Vec<String> = Vec::new();
        // Runs never cross a quotation or a statement boundary: a break is an empty word.
        for (_, s) in analysis.statements_of(source) {
            if s.is_boilerplate() {
                continue;
            }
            running_words(&s.text, &mut words);
            words.push(String::new());
        }
        let real = words.iter().filter(|w| !w.is_empty()).count();
        // Each word hashed once (a break as 0), each run by its words' hashes mixed in
        // order.
        let hashes: Vec<u64> = words
            .iter()
            .map(|w| {
                if w.is_empty() {
                    0
                } else {
                    let mut h = DefaultHasher::new();
                    w.hash(&mut h);
                    h.finish() | 1
                }
            })
            .collect();
        let runs: Vec<u64> = hashes
            .windows(RUN_WORDS)
            .map(|w| {
                if w.contains(&0) {
                    0
                } else {
                    w.iter().fold(0u64, |run, &h| {
                        (run.rotate_left(29) ^ h).wrapping_mul(0x9E37_79B9_7F4A_7C15)
                    }) | 1
                }
            })
            .collect();
        // Word positions stay aligned with runs: `runs[i]` starts at word `i`.
        let set = runs.iter().copied().filter(|&h| h != 0).collect();
        Self {
            runs,
            words: real,
            set,
        }
    }

    /// Share of this article's words inside a run that `other` also has.
    fn share_inside(&self, other: &ArticleRuns) -> f32 {
        if self.words == 0 {
            return 0.0;
        }
        let theirs = &other.set;
        let total = self.runs.len() + RUN_WORDS - 1;
        let mut covered = vec![false; total];
        for (i, h) in self.runs.iter().enumerate() {
            if *h != 0 && theirs.contains(h) {
                covered[i..i + RUN_WORDS].iter_mut().for_each(|c| *c = true);
            }
        }
        let inside = covered.iter().filter(|c| **c).count();
        (inside as f32 / self.words as f32).min(1.0)
    }
}

/// Push the words of `text` outside quotations, folded to lower case; a quotation leaves a
/// break (an empty word) so no run spans it.
fn running_words(text: &str, out: &mut Vec<String>) {
    let mut in_quote = false;
    let mut word = String::new();
    let mut prev: Option<char> = None;
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() {
            out.push(std::mem::take(word));
        }
    };
    for c in text.chars() {
        let opens_or_closes = match c {
            '“' | '”' | '«' | '»' => true,
            // A straight double quote; an apostrophe inside a word is not a quotation.
            '"' => true,
            _ => false,
        };
        if opens_or_closes {
            flush(&mut word, out);
            in_quote = match c {
                '“' | '«' => true,
                '”' | '»' => false,
                _ => !in_quote,
            };
            out.push(String::new());
        } else if in_quote {
            // Words inside a quotation are the speaker's, not the reporter's.
        } else if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !(c == '\'' || c == '’') || !prev.is_some_and(char::is_alphanumeric) {
            flush(&mut word, out);
        }
        prev = Some(c);
    }
    flush(&mut word, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        running_words(text, &mut out);
        out
    }

    #[test]
    fn quotations_break_runs_and_are_left_out() {
        let w = words("Police said “the gunman fled on foot” before dawn, officials said.");
        assert_eq!(
            w,
            [
                "police",
                "said",
                "",
                "",
                "before",
                "dawn",
                "officials",
                "said"
            ]
        );
        let w = words("He said \"we will rebuild\" and left.");
        assert_eq!(w, ["he", "said", "", "", "and", "left"]);
    }

    #[test]
    fn apostrophes_inside_words_do_not_split_them() {
        assert_eq!(words("the mayor’s office"), ["the", "mayors", "office"]);
    }

    #[test]
    fn groups_join_copies_transitively() {
        let copy = |a, b, kind| Copy {
            a: SourceIdx(a),
            b: SourceIdx(b),
            kind,
            share: 0.5,
        };
        let copies = [
            copy(0, 2, CopyKind::Rewrite),
            copy(2, 4, CopyKind::SameStory),
            copy(1, 3, CopyKind::SharedPassages),
        ];
        assert_eq!(report_groups(5, &copies, &[]), [0, 1, 0, 2, 0]);
        assert_eq!(
            report_groups(5, &copies, &[(3, 4), (9, 0)]),
            [0, 1, 0, 0, 0]
        );
    }
}
