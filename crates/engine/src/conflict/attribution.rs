//! Who a statement cites: "according to the Health Ministry", "citing state television",
//! "the interior ministry said". Used to say in explanations where each figure comes from.
//! Its words are the sections of `assets/lexicon/attribution.txt` and the `cited-by` verbs
//! of `reporting-verbs.txt`, matched against the statement's tokens.

use std::sync::LazyLock;

use crate::text::parse::Parse;
use crate::text::word_lists;

word_lists::sections! {
    /// Words after which a statement names whom it cites ("according to Tass"), in the
    /// order they are tried.
    CITES = ATTRIBUTION["cites"];

    /// Words that end the cited party's phrase after those words ("citing officials who").
    PHRASE_ENDS = ATTRIBUTION["phrase-ends"];

    /// Verbs of making a document before "by" ("released by"): the party after is cited.
    MADE_BY = ATTRIBUTION["made-by"];

    /// Words of an institution: a phrase before a verb of [`CITED_BY`] holding one is whom
    /// the statement cites ("the Interior Ministry said"; not "the man said").
    INSTITUTIONS = ATTRIBUTION["institutions"];
}

/// Verbs that follow a cited party ("..., the Interior Ministry reported"): the `cited-by`
/// sections of `reporting-verbs.txt`.
static CITED_BY: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::tagged(&[word_lists::REPORTING_VERBS], "cited-by"));

/// Is `word` (folded) a verb that follows a cited party ("said", "reported": [`CITED_BY`])?
pub(crate) fn is_citing_verb(word: &str) -> bool {
    CITED_BY.contains(&word)
}

/// Is `c`, at byte `at` of `text`, a mark that ends an attribution phrase? A period ends
/// one only where it ends the statement (before nothing or a closing mark) or a sentence
/// glued to the next by a scrape ("on Friday.Police say"): elsewhere in a statement the
/// segmenter found no sentence's end, so it closes an abbreviation ("according to the U.S.
/// Geological Survey", "Gen. Smith said").
fn is_break_at(text: &str, at: usize, c: char) -> bool {
    match c {
        '.' => {
            let next = text[at + 1..].chars().next();
            let glued = text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_lowercase)
                && next.is_some_and(char::is_uppercase);
            glued || next.is_none_or(|next| matches!(next, '"' | '”' | '’' | '\'' | ')'))
        }
        _ => matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '(' | ')' | '—' | '–'),
    }
}

/// The cited party's words after byte `at` of `text`: up to a break, a word of
/// [`PHRASE_ENDS`] or five words.
fn phrase_after(text: &str, at: usize) -> Option<String> {
    let rest = &text[at..];
    let end = rest
        .char_indices()
        .find(|&(p, c)| is_break_at(text, at + p, c))
        .map_or(rest.len(), |(p, _)| p);
    let phrase: Vec<&str> = rest[..end]
        .split_whitespace()
        .take_while(|w| !PHRASE_ENDS.contains(w))
        .collect();
    // "according to a timeline released by the county sheriff's office": a document is
    // cited for the party that made it, not one that obtained it.
    let from = phrase
        .windows(2)
        .rposition(|w| MADE_BY.contains(&w[0]) && w[1] == "by")
        .map(|i| i + 2)
        .filter(|&i| i < phrase.len())
        .unwrap_or(0);
    let words: Vec<&str> = phrase[from..].iter().copied().take(5).collect();
    (!words.is_empty()).then(|| words.join(" "))
}

/// The cited source of a statement, lowercase-first as written ("the Health Ministry").
/// The speaker of "…, officials have said" or "…, who police said": function words (stop
/// words) cut from the end ("Officials have") and from the start ("who police"), though
/// not an article opening a name ("the Interior Ministry").
fn trim_function_words(who: &str) -> &str {
    let is_function = |w: &str| crate::text::lexicon::is_stop_word(&w.to_lowercase());
    let mut who = who;
    while let Some((rest, last)) = who.rsplit_once(' ')
        && is_function(last)
    {
        who = rest.trim_end();
    }
    while let Some((first, rest)) = who.split_once(' ')
        && is_function(first)
        && !matches!(first.to_lowercase().as_str(), "the" | "a" | "an")
    {
        who = rest.trim_start();
    }
    who
}

/// Is byte `at` of `text` between quotation marks: after an odd number of them (straight or
/// curly alike, as scraped pages mix them) with one still to come? A statement that closes
/// a quotation opened in the one before ("... confiscated, "the officer said.") has no mark
/// after its verb.
fn between_quotation_marks(text: &str, at: usize) -> bool {
    let is_mark = |c: char| matches!(c, '"' | '“' | '”');
    text[..at].chars().filter(|&c| is_mark(c)).count() % 2 == 1 && text[at..].contains(is_mark)
}

/// The party a statement cites, as written ("the Health Ministry", "Reuters"), read from
/// its `parse` (the parse of `text`): the words after a word of [`CITES`], or else an
/// institution's words before a verb of [`CITED_BY`] ("..., the Interior Ministry
/// reported"). None when it cites no one.
pub fn attribution(parse: &Parse, text: &str) -> Option<String> {
    let words: Vec<&str> = parse.tokens.iter().map(|t| t.folded.as_str()).collect();
    for cue in CITES.iter() {
        let cue: Vec<&str> = cue.split(' ').collect();
        if let Some(i) = words.windows(cue.len()).position(|w| w == cue.as_slice()) {
            return phrase_after(text, parse.tokens[i + cue.len() - 1].end);
        }
    }
    // A verb inside a quotation is the speaker's own word ("we should be able to trust the
    // police and what they say," Williams said), and a denied one cites no one ("Police
    // couldn't say how many shots were fired").
    let verbs: Vec<usize> = (0..words.len())
        .filter(|&i| {
            CITED_BY.contains(&words[i])
                && !between_quotation_marks(text, parse.tokens[i].start)
                && !i
                    .checked_sub(1)
                    .is_some_and(|p| super::polarity::is_negation(words[p]))
        })
        .collect();
    // The last verb whose party is an institution; a party runs from the break or the
    // verb before it ("Officers say the woman told them": the woman told, officers say).
    for (k, &i) in verbs.iter().enumerate().rev() {
        let head = &text[..parse.tokens[i].start];
        let after_break = head
            .char_indices()
            .rfind(|&(p, c)| is_break_at(text, p, c))
            .map_or(0, |(p, c)| p + c.len_utf8());
        let start = k.checked_sub(1).map_or(after_break, |before| {
            after_break.max(parse.tokens[verbs[before]].end)
        });
        let who = trim_function_words(head[start..].trim());
        let n = who.split_whitespace().count();
        let institutional = parse.tokens[..i]
            .iter()
            .filter(|t| t.start >= start)
            .flat_map(|t| t.folded.split(|c: char| !c.is_alphanumeric()))
            .any(|w| INSTITUTIONS.contains(&w));
        if (1..=5).contains(&n) && institutional {
            return Some(uncapitalised(who, start == 0));
        }
    }
    None
}

/// Whom a statement cites as an explanation writes it in mid-sentence: a common noun that
/// opened the statement loses its capital ("Authorities said" gives "authorities"), a
/// name keeps it ("Health Ministry", "Reuters"), and so does a title before a name
/// ("Officer Joe Silva", "Police Chief Michael Harrison").
fn uncapitalised(who: &str, opens_the_statement: bool) -> String {
    let mut words = who.split_whitespace();
    let first = words.next().unwrap_or("");
    let lower = first.to_lowercase();
    let before_a_name = words
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    let common = first.chars().skip(1).all(char::is_lowercase)
        && (crate::text::lexicon::is_stop_word(&lower)
            || (INSTITUTIONS.contains(&lower.as_str()) && !before_a_name));
    if !opens_the_statement || !common {
        return who.to_string();
    }
    let mut chars = who.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_lowercase().chain(chars).collect::<String>()
    })
}

#[cfg(test)]
mod tests {
    use super::attribution;
    use crate::text::parse::Parse;

    fn cited(statement: &str) -> Option<String> {
        attribution(&Parse::new(statement), statement)
    }

    #[test]
    fn who_got_a_document_is_not_cited_for_it() {
        assert_ne!(
            cited("He was dead, according to the preliminary report obtained by The AJC.")
                .as_deref(),
            Some("The AJC")
        );
    }

    #[test]
    fn finds_cited_sources() {
        let cases = [
            (
                "More than 1,000 people have been injured, the Health Ministry said Thursday, according to Tass.",
                Some("Tass"),
            ),
            (
                "Thirteen members of the security forces were killed, Reuters reported, citing Kazakh state television.",
                Some("Kazakh state television"),
            ),
            (
                "At least 95 police officers were injured in the clashes, the Interior Ministry reported.",
                Some("the Interior Ministry"),
            ),
            ("Police fired tear gas.", None),
            // A document is cited for the party that made it, not for one that got it.
            (
                "The helicopter went down at about 12:10 a.m., according to a timeline released by the LaRue County Sheriff's Office.",
                Some("the LaRue County Sheriff's Office"),
            ),
            (
                "They suspect the pair targeted Powell, officials have said.",
                Some("officials"),
            ),
            ("The man, who police said was armed, fled.", Some("police")),
            // A common noun opening the statement is cited as in mid-sentence.
            (
                "Authorities said 52,000 people were under evacuation orders.",
                Some("authorities"),
            ),
            // Multi-byte punctuation before the cue.
            (
                "“He stayed at his post,” DCCCD police chief Joseph Hannigan said.",
                Some("DCCCD police chief Joseph Hannigan"),
            ),
            // The period of an abbreviation ends no party's name; the statement's own
            // last period does.
            (
                "The magnitude 5.7 quake struck at 11:47 p.m. Friday, according to the U.S. Geological Survey, which put its depth at 18 kilometers.",
                Some("the U.S. Geological Survey"),
            ),
            (
                "The plane was carrying 64 passengers, U.S. officials said.",
                Some("U.S. officials"),
            ),
            (
                "The toll rose to 12, according to Gen. Abdel Fattah.",
                Some("Gen. Abdel Fattah"),
            ),
            // A scrape that glued two sentences still ends the first at its period.
            (
                "The man was arrested on Friday.Police say the boy was shot at home.",
                Some("Police"),
            ),
        ];
        for (statement, expected) in cases {
            assert_eq!(cited(statement).as_deref(), expected, "{statement}");
        }
    }

    /// Words are matched whole: "excited" holds no "cited", "reportedly" is no "reported"
    /// (statements of the news corpus); a verb of citing between quotation marks, after a
    /// denial or with no institution before it cites no one.
    #[test]
    fn cues_and_institutions_are_whole_words() {
        let cases = [
            (
                "Ellen DeGeneres said she is excited to be hosting the Oscars.",
                None,
            ),
            ("Folks get excited about this sort of thing.", None),
            (
                "Police say two men reportedly approached a group of people and opened fire.",
                Some("police"),
            ),
            ("Police are reportedly searching for two suspects.", None),
            (
                "Officers were reportedly flagged down in reference to shots fired at that location.",
                None,
            ),
            (
                "Officer Joe Silva said the victim was taken to a hospital.",
                Some("Officer Joe Silva"),
            ),
            (
                "The Interior Ministry said 12 people were hurt.",
                Some("the Interior Ministry"),
            ),
            (
                "“ When something happens, we should be able to trust the police and what they say, ” Williams said.",
                None,
            ),
            (
                "During the operation, six AK-47 rifles and about 300 rounds of ammunition were found and confiscated, \"the officer said.",
                Some("the officer"),
            ),
            ("Police couldn't say how many shots were fired.", None),
            (
                "Officers say the woman told them she and Duea watched the movie.",
                Some("officers"),
            ),
            (
                "CHICAGO — While police say a gang member is to blame for the shooting, a pastor said gang members are helping.",
                Some("police"),
            ),
            (
                "The two biker groups on Sunday blamed each other for inciting the violence.",
                None,
            ),
        ];
        for (statement, expected) in cases {
            assert_eq!(cited(statement).as_deref(), expected, "{statement}");
        }
    }
}
