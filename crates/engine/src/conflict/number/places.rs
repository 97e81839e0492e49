//! Places a statement names, read from its text alone: the names after a preposition of
//! place ([`placed_name_spans`]), the spans that tell where the hurt were taken or treated
//! ([`places_of_care`]), and whether a text names a place by any of its names ([`names`]).
//! Below the number detector's other readers, which all may use it.

use crate::text::lexicon;
use crate::text::parse::Parse;
use crate::text::word_lists;

word_lists::sections! {
    /// Prepositions before the name of a place where something happened.
    PLACE_PREPOSITIONS = FIGURE_CUES["place-prepositions"];

    /// Words of direction between a preposition and a place's name ("in eastern China").
    PLACE_DIRECTIONS = FIGURE_CUES["place-directions"];

    /// Verbs of taking or treating the hurt, which with a hospital later in their clause
    /// tell where the hurt went (and make a count one of those taken to hospital,
    /// `parts::is_hospital_count`).
    pub(super) TAKEN_TO_HOSPITAL = FIGURE_CUES["taken-to-hospital"];

    /// Nouns of a hospital.
    pub(super) HOSPITAL_NOUNS = FIGURE_CUES["hospital-nouns"];

    /// Words that start another clause ("before", "after", "when"): the words past them are
    /// not the clause's (a hospital's place, a count's harm or its thing).
    pub(super) OTHER_CLAUSE_STARTS = FIGURE_CUES["other-clause-starts"];
}

/// The spans of a text (parsed as `parse`) that tell where the hurt were taken or treated:
/// from a verb of taking or treating to the end of its clause (a comma, semicolon, colon or
/// dash, or a word that starts another clause), when a hospital stands in it ("were being
/// treated at the regional hospital in Huaraz and at a smaller clinic in Catac"). A place
/// named there is where the hurt went, not where the happening was.
pub(crate) fn places_of_care(parse: &Parse, text: &str) -> Vec<std::ops::Range<usize>> {
    let runs = parse.letter_runs_between(text, 0, text.len());
    let mut out = Vec::new();
    for (i, (at, word)) in runs.iter().enumerate() {
        if !TAKEN_TO_HOSPITAL.contains(&word.as_str()) {
            continue;
        }
        let punctuation_end = text[*at..]
            .find([',', ';', ':', '—', '–'])
            .map_or(text.len(), |e| at + e);
        let clause: Vec<&(usize, String)> = runs[i + 1..]
            .iter()
            .take_while(|(start, w)| {
                *start < punctuation_end && !OTHER_CLAUSE_STARTS.contains(&w.as_str())
            })
            .collect();
        let end = clause
            .last()
            .map_or(*at + word.len(), |(start, w)| start + w.len());
        if clause
            .iter()
            .any(|(_, w)| HOSPITAL_NOUNS.contains(&w.as_str()))
        {
            out.push(*at..end);
        }
    }
    out
}

/// A place named after a preposition of place (see [`placed_name_spans`]).
pub(crate) struct PlacedName {
    /// The preposition's offset in the text.
    pub preposition: usize,
    /// The offset right after the name's last letter.
    pub end: usize,
    /// The name, lowercase, its words one space apart.
    pub name: String,
}

/// The names of [`placed_name_spans`] alone, in order.
pub(crate) fn place_names(parse: &Parse, text: &str) -> Vec<String> {
    placed_name_spans(parse, text)
        .into_iter()
        .map(|p| p.name)
        .collect()
}

/// Names of places where `text` (parsed as `parse`) puts something, in order: runs of
/// capitalised words right after a preposition of place ("in Salonika", "streets of South
/// Kordofan"), lowercase, months and weekdays left out. Read over the statement's
/// whitespace chunks (`Parse::chunks`): a preposition is a chunk of one token, and each
/// word of a name a chunk cut to its letters and digits at both ends and of a final "'s",
/// folded from the parse.
pub(crate) fn placed_name_spans(parse: &Parse, text: &str) -> Vec<PlacedName> {
    let chunks = parse.chunks(text);
    let is_preposition = |c: &crate::text::parse::Chunk| {
        c.tokens.len() == 1
            && parse.tokens.get(c.tokens.start).is_some_and(|t| {
                (t.start, t.end) == (c.start, c.end)
                    && PLACE_PREPOSITIONS.contains(&t.folded.as_str())
            })
    };
    // "hundreds of Palestinians", "thousands of Greeks": "of" after a figure says what it
    // counts, not where.
    let after_a_figure = |c: &crate::text::parse::Chunk| {
        &text[c.start..c.end] == "of"
            && parse
                .quantities
                .iter()
                .any(|q| q.end <= c.start && text[q.end..c.start].trim().is_empty())
    };
    let mut out: Vec<PlacedName> = Vec::new();
    for (i, c) in chunks.iter().enumerate() {
        if !is_preposition(c) || after_a_figure(c) {
            continue;
        }
        let mut run: Vec<String> = Vec::new();
        let mut end = c.end;
        // "in the Fernwood neighborhood": one article may stand before the name, and one
        // word of direction ("in eastern China").
        let article = usize::from(
            chunks
                .get(i + 1)
                .is_some_and(|n| matches!(&text[n.start..n.end], "the" | "a" | "an")),
        );
        let direction = usize::from(
            chunks
                .get(i + 1 + article)
                .is_some_and(|n| PLACE_DIRECTIONS.contains(&&text[n.start..n.end])),
        );
        let skip = article + direction;
        for next in chunks.iter().skip(i + 1 + skip) {
            let written = &text[next.start..next.end];
            let bare = written.trim_matches(|c: char| !c.is_alphanumeric());
            let bare_start = next.start
                + (written.len()
                    - written
                        .trim_start_matches(|c: char| !c.is_alphanumeric())
                        .len());
            let possessive = bare.ends_with("'s") || bare.ends_with("’s");
            let bare = bare.trim_end_matches("'s").trim_end_matches("’s");
            let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
            let date_word = crate::text::numbers::month_number(bare).is_some()
                || crate::text::numbers::weekday_of(bare).is_some();
            if !capitalised || date_word {
                break;
            }
            end = bare_start + bare.len();
            run.push(parse.folded_range(text, bare_start, end).into_owned());
            // A name ends at a possessive or at punctuation: "South Sudan's Unity State".
            if possessive || written.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
        }
        if !run.is_empty() {
            out.push(PlacedName {
                preposition: c.start,
                end,
                name: run.join(" "),
            });
        }
    }
    out
}

/// Does the lowercase `text` name `place`, as whole words, by any of its names ("in
/// Salonika" names "thessaloniki")?
pub(crate) fn names(text: &str, place: &str) -> bool {
    match lexicon::names_of_place(place) {
        Some(all) => all.iter().any(|name| names_as_written(text, name)),
        None => names_as_written(text, place),
    }
}

/// Does the lowercase `text` hold `place` as whole words?
fn names_as_written(text: &str, place: &str) -> bool {
    text.match_indices(place).any(|(i, m)| {
        let before = text[..i].chars().next_back();
        let after = text[i + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
