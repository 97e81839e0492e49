//! Places told by a number or an ordinal: a numbered place's noun and the number or code
//! right after it ("Platform 9", "Runway 27L", "Gate 7"), or a storey's ordinal and its
//! noun ("the ninth floor"). The place detector compares them (`conflict::place`); a
//! place's code is no figure of a fact (`conflict::clock`: "left runway 27 at 11:25
//! p.m."). The nouns are data (`assets/lexicon/places.txt`).

use crate::text::parse::Token;
use crate::text::word_lists;

word_lists::sections! {
    /// Nouns of a place told by a number or a code after them ("Platform 9"). This
    /// module's lists are sections of `assets/lexicon/places.txt`, by name.
    NUMBERED_PLACES = PLACES["numbered-places"];

    /// Nouns of a storey told by an ordinal before them ("the ninth floor").
    pub(crate) STOREYS = PLACES["storeys"];
}

/// The longest code of a numbered place ("27L", "B12").
const CODE_CHARS: usize = 4;

/// Is the word a number or a code that tells a numbered place ("9", "27L", "04", "B",
/// "B12")?
fn is_code(word: &str) -> bool {
    let mut chars = word.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() => {
            word.len() <= CODE_CHARS && word.chars().all(|c| c.is_ascii_alphanumeric())
        }
        Some(c) if c.is_ascii_uppercase() => {
            word.len() < CODE_CHARS && chars.all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// A place as written in tokens `i` and `i + 1`, whatever stands around it: a numbered
/// place's noun and the code right after it ("Platform 9"), or a storey's ordinal and its
/// noun ("ninth floor", "11th floor"). Its kind and what tells it apart.
pub(crate) fn written_at(text: &str, tokens: &[Token], i: usize) -> Option<(&'static str, String)> {
    let (word, next) = (&tokens[i], tokens.get(i + 1)?);
    let single_space = &text[word.end..next.start] == " ";
    if let Some(kind) = NUMBERED_PLACES.iter().find(|k| **k == word.folded)
        && single_space
        && is_code(next.surface(text))
    {
        return Some((kind, next.folded.clone()));
    }
    let kind = STOREYS.iter().find(|k| **k == next.folded)?;
    crate::text::numbers::ordinal_number(&word.folded).map(|n| (*kind, n.to_string()))
}

/// Does the figure starting at byte `figure_start` name a numbered place, as the code
/// after its noun ("27" of "left runway 27 at 11:25 p.m.")?
pub(crate) fn is_place_code(text: &str, tokens: &[Token], figure_start: usize) -> bool {
    let i = tokens.partition_point(|t| t.start < figure_start);
    tokens.get(i).is_some_and(|t| t.start == figure_start)
        && i.checked_sub(1).is_some_and(|k| {
            NUMBERED_PLACES.contains(&tokens[k].folded.as_str())
                && written_at(text, tokens, k).is_some()
        })
}
