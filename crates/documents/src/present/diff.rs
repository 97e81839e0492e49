//! The word-level difference between two statements, as the workbench's inspector and
//! compare view and every report mark it: which words only one side has.

use similar::{ChangeTag, TextDiff};

/// One piece of a word-level difference between two statements.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DiffPiece {
    /// Words both statements share.
    Same(String),
    /// Words only the first statement has.
    Removed(String),
    /// Words only the second statement has.
    Added(String),
}

/// The units [`word_diff`] compares: words, runs of white space, and single other
/// characters (punctuation), so "Tuesday." and "Tuesday night." share "Tuesday". A word
/// is a run of letters and digits, keeping an apostrophe, hyphen, point or comma between
/// two of them ("don't", "Russian-led", "1,000", "3.5").
pub fn diff_tokens(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
    let joins = |c: char| matches!(c, '\'' | '’' | '-' | '.' | ',');
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < chars.len() {
                let (_, next) = chars[j];
                if next.is_alphanumeric() {
                    j += 1;
                } else if joins(next) && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                {
                    j += 2;
                } else {
                    break;
                }
            }
        } else if c.is_whitespace() {
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
        }
        tokens.push(&text[start..end_of(j)]);
        i = j;
    }
    tokens
}

/// Whether a [`diff_tokens`] token is a word (holds a letter or digit).
fn is_word(token: &str) -> bool {
    token.chars().any(char::is_alphanumeric)
}

/// Word-level difference from `a` to `b`, by [`diff_tokens`]: words both share stay in
/// [`DiffPiece::Same`]. Changes separated only by white space are grouped, so
/// "8 people" → "13 demonstrators" reads as one replacement.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffPiece> {
    let (old, new) = (diff_tokens(a), diff_tokens(b));
    let diff = TextDiff::configure().diff_slices(&old, &new);
    let tokens: Vec<(ChangeTag, &str)> = diff
        .iter_all_changes()
        .map(|c| (c.tag(), c.value()))
        .collect();
    let is_space = |t: &(ChangeTag, &str)| t.0 == ChangeTag::Equal && t.1.trim().is_empty();
    let mut out: Vec<DiffPiece> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let (tag, value) = tokens[i];
        if tag == ChangeTag::Equal {
            push_same(&mut out, value);
            i += 1;
            continue;
        }
        // A run of changes, possibly separated by white space only.
        let mut last_change = i;
        let mut k = i + 1;
        while k < tokens.len() {
            if tokens[k].0 != ChangeTag::Equal {
                last_change = k;
            } else if !is_space(&tokens[k]) {
                break;
            }
            k += 1;
        }
        // Each side keeps exactly its own tokens, so both texts can be rebuilt.
        let mut removed = String::new();
        let mut added = String::new();
        for &(tag, value) in &tokens[i..=last_change] {
            if tag != ChangeTag::Insert {
                removed.push_str(value);
            }
            if tag != ChangeTag::Delete {
                added.push_str(value);
            }
        }
        // White space both sides share at the edges stays outside the change.
        let lead = common_prefix_space(&removed, &added);
        if !lead.is_empty() {
            push_same(&mut out, &lead);
            removed.drain(..lead.len());
            added.drain(..lead.len());
        }
        let trail = common_suffix_space(&removed, &added);
        removed.truncate(removed.len() - trail.len());
        added.truncate(added.len() - trail.len());
        if !removed.is_empty() {
            out.push(DiffPiece::Removed(removed));
        }
        if !added.is_empty() {
            out.push(DiffPiece::Added(added));
        }
        push_same(&mut out, &trail);
        i = last_change + 1;
    }
    out
}

/// Below this share of common words a combined word difference is mostly noise; the
/// printers then show only the two statements with their differing words marked.
pub const DIFF_LINE_MIN_SHARE: f32 = 0.5;

/// Share of the words of both statements that they have in common (0 to 1): the words
/// left unmarked on both sides of [`diff_side`] over all their words (punctuation is not
/// counted), so the figure matches the marks.
pub fn shared_word_share(diff: &[DiffPiece]) -> f32 {
    let (mut plain, mut all) = (0usize, 0usize);
    for first in [true, false] {
        for (text, marked) in diff_side(diff, first) {
            let words = diff_tokens(&text)
                .into_iter()
                .filter(|t| is_word(t))
                .count();
            all += words;
            if !marked {
                plain += words;
            }
        }
    }
    if all == 0 {
        1.0
    } else {
        plain as f32 / all as f32
    }
}

/// One side of a word difference as (text, marked) segments in order: the first
/// statement (`first`) or the second, with the words the other statement does not have
/// marked. A word the sequence diff could not align but the other side has elsewhere
/// (the sentence was reordered: "X said the alliance…" / "The alliance…, X said") is
/// shared, so it stays plain (case aside, as many times as the other side has it spare).
/// White space and punctuation are marked only between two marked words.
pub fn diff_side(diff: &[DiffPiece], first: bool) -> Vec<(String, bool)> {
    let mut elsewhere: std::collections::HashMap<String, usize> = Default::default();
    for piece in diff {
        if let (DiffPiece::Added(t), true) | (DiffPiece::Removed(t), false) = (piece, first) {
            for token in diff_tokens(t).into_iter().filter(|t| is_word(t)) {
                *elsewhere.entry(token.to_lowercase()).or_default() += 1;
            }
        }
    }
    let mut out: Vec<(String, bool)> = Vec::new();
    let mut push = |text: &str, marked: bool| {
        if text.is_empty() {
            return;
        }
        match out.last_mut() {
            Some((last, m)) if *m == marked => last.push_str(text),
            _ => out.push((text.to_string(), marked)),
        }
    };
    for piece in diff {
        match (piece, first) {
            (DiffPiece::Same(t), _) => push(t, false),
            (DiffPiece::Removed(t), true) | (DiffPiece::Added(t), false) => {
                let tokens = diff_tokens(t);
                let own: Vec<Option<bool>> = tokens
                    .iter()
                    .map(|token| {
                        is_word(token).then(|| match elsewhere.get_mut(&token.to_lowercase()) {
                            Some(spare) if *spare > 0 => {
                                *spare -= 1;
                                false
                            }
                            _ => true,
                        })
                    })
                    .collect();
                for (i, token) in tokens.iter().enumerate() {
                    let marked = own[i].unwrap_or_else(|| {
                        let before = own[..i].iter().rev().find_map(|m| *m);
                        let after = own[i + 1..].iter().find_map(|m| *m);
                        before == Some(true) && after == Some(true)
                    });
                    push(token, marked);
                }
            }
            _ => {}
        }
    }
    out
}

fn common_prefix_space(a: &str, b: &str) -> String {
    a.chars()
        .zip(b.chars())
        .take_while(|(x, y)| x == y && x.is_whitespace())
        .map(|(x, _)| x)
        .collect()
}

fn common_suffix_space(a: &str, b: &str) -> String {
    let mut v: Vec<char> = a
        .chars()
        .rev()
        .zip(b.chars().rev())
        .take_while(|(x, y)| x == y && x.is_whitespace())
        .map(|(x, _)| x)
        .collect();
    v.reverse();
    v.into_iter().collect()
}

fn push_same(out: &mut Vec<DiffPiece>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(DiffPiece::Same(prev)) = out.last_mut() {
        prev.push_str(text);
    } else {
        out.push(DiffPiece::Same(text.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(pieces: &[DiffPiece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                DiffPiece::Same(s) => s.clone(),
                DiffPiece::Removed(s) => format!("[-{s}-]"),
                DiffPiece::Added(s) => format!("{{+{s}+}}"),
            })
            .collect()
    }

    #[test]
    fn word_diff_marks_the_changed_figure() {
        let d = word_diff(
            "Eight police officers were killed in Almaty.",
            "Thirteen police officers were killed in Almaty.",
        );
        assert_eq!(
            render(&d),
            "[-Eight-]{+Thirteen+} police officers were killed in Almaty."
        );
    }

    #[test]
    fn word_diff_groups_neighbouring_changes() {
        let d = word_diff(
            "killed 8 people on Wednesday",
            "killed 13 demonstrators on Wednesday",
        );
        assert_eq!(
            render(&d),
            "killed [-8 people-]{+13 demonstrators+} on Wednesday"
        );
    }

    /// A side of [`diff_side`] with its marks in brackets.
    fn side(diff: &[DiffPiece], first: bool) -> String {
        diff_side(diff, first)
            .into_iter()
            .map(|(t, marked)| if marked { format!("[{t}]") } else { t })
            .collect()
    }

    #[test]
    fn the_word_diff_marks_only_words_the_other_side_lacks_and_counts_what_it_marks() {
        let a = "Eight people were killed in the clashes on Tuesday, police said.";
        let b = "Thirteen people were killed in clashes on Tuesday night, state TV said.";
        let d = word_diff(a, b);
        assert_eq!(
            side(&d, true),
            "[Eight] people were killed in [the] clashes on Tuesday, [police] said."
        );
        assert_eq!(
            side(&d, false),
            "[Thirteen] people were killed in clashes on Tuesday [night], [state TV] said."
        );
        // 11 words and 12 words; 8 shared on each side: 16 of 23 unmarked.
        assert!((shared_word_share(&d) - 16.0 / 23.0).abs() < 1e-6);
        // The figure is the unmarked share of the marked sides' words.
        let count = |first: bool, marked: bool| -> usize {
            diff_side(&d, first)
                .iter()
                .filter(|(_, m)| *m == marked)
                .map(|(t, _)| diff_tokens(t).into_iter().filter(|t| is_word(t)).count())
                .sum()
        };
        let plain = count(true, false) + count(false, false);
        let all = plain + count(true, true) + count(false, true);
        assert_eq!((plain, all), (16, 23));
    }

    #[test]
    fn words_moved_by_a_reordered_sentence_stay_plain() {
        let a = "Pashinyan said the alliance would send troops.";
        let b = "The alliance would send troops on Friday, Pashinyan said.";
        let d = word_diff(a, b);
        assert_eq!(side(&d, true), a, "every word of A is in B");
        assert_eq!(
            side(&d, false),
            "The alliance would send troops [on Friday], Pashinyan said."
        );
        // 7 + 9 words, 2 of them marked.
        assert!((shared_word_share(&d) - 14.0 / 16.0).abs() < 1e-6);
    }

    #[test]
    fn diff_tokens_keep_numbers_and_contractions_whole() {
        assert_eq!(
            diff_tokens("Don't: 1,000 Russian-led (3.5%)."),
            vec![
                "Don't",
                ":",
                " ",
                "1,000",
                " ",
                "Russian-led",
                " ",
                "(",
                "3.5",
                "%",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn word_diff_of_equal_text_is_one_piece() {
        let d = word_diff("Same words here.", "Same words here.");
        assert_eq!(d, vec![DiffPiece::Same("Same words here.".into())]);
    }

    #[test]
    fn word_diff_rebuilds_both_sides_exactly() {
        for (a, b) in [
            (
                "The alliance would send peacekeepers for a limited period",
                "The alliance sent troops for an unspecified period",
            ),
            (
                "ALMATY, Kazakhstan – A Russian-led security alliance sent forces to Kazakhstan to quell deadly violence amid reports that dozens of protesters and police have been killed in the unrest raging in the country.",
                "Russia to send forces to Kazakhstan after dozens of demonstrators killed in protests",
            ),
            ("a  b c", "a b  c d"),
            ("", "new text"),
        ] {
            check_rebuild(a, b);
        }
    }

    fn check_rebuild(a: &str, b: &str) {
        let d = word_diff(a, b);
        let left: String = d
            .iter()
            .filter_map(|p| match p {
                DiffPiece::Same(s) | DiffPiece::Removed(s) => Some(s.as_str()),
                DiffPiece::Added(_) => None,
            })
            .collect();
        let right: String = d
            .iter()
            .filter_map(|p| match p {
                DiffPiece::Same(s) | DiffPiece::Added(s) => Some(s.as_str()),
                DiffPiece::Removed(_) => None,
            })
            .collect();
        assert_eq!(left, a, "{d:?}");
        assert_eq!(right, b, "{d:?}");
    }
}
