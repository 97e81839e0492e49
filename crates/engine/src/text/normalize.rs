//! Normalised terms of a statement: tokens folded (Unicode, case, quotes, possessives,
//! British spelling, demonyms), stop words dropped, stemmed (Snowball English) and mapped to
//! concepts of the news lexicon, so that "demonstrators were arrested" and "protesters
//! detained" share the keys `PROTESTER` and `DETAIN`.

use unicode_normalization::UnicodeNormalization;

use crate::text::lexicon;
use crate::text::stem::stem;

/// What a term stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TermKind {
    /// A stemmed content word.
    Word,
    /// A concept of the news lexicon (`KILL`, `DETAIN`, ...).
    Concept,
    /// A capitalised word: a name, a place, an organisation, an acronym.
    Name,
}

/// One matching key of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// The matching key: a stem, a concept in capitals, or a folded name.
    pub key: String,
    pub kind: TermKind,
    /// The words as written, for reasons shown to people.
    pub surface: String,
    /// Byte range in the statement text.
    pub start: usize,
    pub end: usize,
    /// Written with a capital letter somewhere other than the start of the sentence.
    pub capitalized: bool,
    /// First word of the statement.
    pub sentence_initial: bool,
}

/// A raw word of the text.
#[derive(Debug, Clone)]
struct Word<'a> {
    text: &'a str,
    lower: String,
    start: usize,
    end: usize,
}

/// Split into words: letters and digits, with inner apostrophes and dots (U.S.) kept;
/// hyphens split compounds ("Russia-led" gives "Russia" and "led").
fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i <= bytes.len() {
        let (pos, c) = bytes.get(i).copied().unwrap_or((text.len(), ' '));
        let keep = c.is_alphanumeric()
            || (matches!(c, '\'' | '’' | '.' | ',')
                && start.is_some()
                && bytes.get(i + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                && (c != ',' || bytes.get(i - 1).is_some_and(|(_, p)| p.is_ascii_digit())));
        if keep {
            start.get_or_insert(pos);
        } else if let Some(s) = start.take() {
            let w = &text[s..pos];
            out.push(Word {
                text: w,
                lower: fold(w),
                start: s,
                end: pos,
            });
        }
        i += 1;
    }
    out
}

/// `word` without its letters' diacritics ("António" gives "Antonio", "Escária"
/// "Escaria"): one name as outlets spell it with and without them. Letters with no
/// decomposition ("ø", "ł") stay as they are.
pub fn without_diacritics(word: &str) -> std::borrow::Cow<'_, str> {
    if word.is_ascii() {
        return std::borrow::Cow::Borrowed(word);
    }
    std::borrow::Cow::Owned(
        word.nfd()
            .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
            .nfc()
            .collect(),
    )
}

/// Lowercase, NFKC, curly apostrophes straightened, possessive `'s` dropped.
fn fold(word: &str) -> String {
    // NFKC leaves ASCII as it is, and ASCII lowercases one byte at a time.
    let mut s: String = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        word.nfkc().flat_map(char::to_lowercase).collect()
    };
    if s.contains('’') {
        s = s.replace('’', "'");
    }
    for suffix in ["'s", "'"] {
        if let Some(root) = s.strip_suffix(suffix) {
            s = root.to_string();
        }
    }
    s
}

/// The matching terms of a statement, in text order. Numbers are left to
/// [`crate::text::quantity`]; stop words and reporting verbs are dropped.
pub fn terms(text: &str) -> Vec<Term> {
    let words = words(text);
    let lowers: Vec<&str> = words.iter().map(|w| w.lower.as_str()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if let Some((concept, len)) = lexicon::phrase_at(&lowers[i..]) {
            let last = &words[i + len - 1];
            out.push(Term {
                key: concept.to_string(),
                kind: TermKind::Concept,
                surface: text[words[i].start..last.end].to_string(),
                start: words[i].start,
                end: last.end,
                capitalized: false,
                sentence_initial: i == 0,
            });
            i += len;
            continue;
        }
        let w = &words[i];
        i += 1;
        let lower = w.lower.as_str();
        if lower.chars().any(|c| c.is_ascii_digit())
            || lexicon::is_stop_word(lower)
            || crate::text::numbers::parse_number_word(lower).is_some()
        {
            continue;
        }
        let capitalized = w.text.chars().next().is_some_and(char::is_uppercase);
        let term = |key: String, kind| Term {
            key,
            kind,
            surface: w.text.to_string(),
            start: w.start,
            end: w.end,
            capitalized,
            sentence_initial: i == 1,
        };
        // "Salonika" and "Thessaloniki" are one name.
        let lower = lexicon::place_name(lower).unwrap_or(lower);
        if let Some(country) = lexicon::country_of(lower) {
            out.push(term(country.to_string(), TermKind::Name));
            continue;
        }
        let spelled = lexicon::american_spelling(lower);
        // "the imposing building" describes; "imposing a curfew" acts.
        if lower == "imposing"
            && i >= 2
            && ["the", "an", "a", "its", "this"].contains(&lowers[i - 2])
        {
            out.push(term(lower.to_string(), TermKind::Word));
            continue;
        }
        let stemmed = stem(&spelled);
        if let Some(concept) = lexicon::concept_of(&spelled, &stemmed) {
            out.push(term(concept.to_string(), TermKind::Concept));
        } else if capitalized {
            // "Jan." and "January" are one month.
            let name = match crate::text::numbers::month_number(w.text.trim_end_matches('.')) {
                Some(m) => crate::text::numbers::month_name(m).to_string(),
                None => without_diacritics(&spelled).replace('.', ""),
            };
            out.push(term(name, TermKind::Name));
        } else if stemmed.chars().count() >= 2 {
            out.push(term(stemmed, TermKind::Word));
        }
    }
    out
}

/// Words of a text folded for comparison of wording (quotes): lowercase, American
/// spelling, punctuation dropped; stop words kept.
pub fn wording(text: &str) -> Vec<String> {
    words(text)
        .iter()
        .map(|w| lexicon::american_spelling(&w.lower).into_owned())
        .collect()
}

/// Words of a text as written, with their byte ranges (for word-level differences).
pub fn raw_words(text: &str) -> Vec<(usize, usize, String)> {
    words(text)
        .into_iter()
        .map(|w| (w.start, w.end, w.lower))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<String> {
        terms(text).into_iter().map(|t| t.key).collect()
    }

    #[test]
    fn a_name_is_one_key_with_and_without_its_diacritics() {
        assert_eq!(without_diacritics("Escária"), "Escaria");
        assert_eq!(without_diacritics("Zürich"), "Zurich");
        assert_eq!(without_diacritics("Łódź"), "Łodz");
        let keys = |text: &str| -> Vec<String> {
            terms(text)
                .into_iter()
                .filter(|t| t.kind == TermKind::Name)
                .map(|t| t.key)
                .collect()
        };
        assert_eq!(
            keys("Prime Minister António Costa met Vítor Escária."),
            keys("Prime Minister Antonio Costa met Vitor Escaria.")
        );
    }

    #[test]
    fn paraphrases_share_keys() {
        let a = keys("More than 200 demonstrators were arrested, police said.");
        let b = keys("Security forces detained over 200 protesters.");
        for k in ["PROTESTER", "DETAIN", "SECURITY"] {
            assert!(a.contains(&k.to_string()), "{k} in {a:?}");
            assert!(b.contains(&k.to_string()), "{k} in {b:?}");
        }
    }

    #[test]
    fn incendiary_bombs_are_one_thing_however_named() {
        for text in [
            "Rioters threw Molotov cocktails at police.",
            "Protesters hurled petrol bombs at the officers.",
            "Youths attacked a police station with fire bombs.",
            "A police station was firebombed on Saturday night.",
        ] {
            let k: Vec<String> = terms(text).into_iter().map(|t| t.key).collect();
            assert!(k.contains(&"FIREBOMB".to_string()), "{text}: {k:?}");
        }
    }

    #[test]
    fn names_possessives_and_compounds() {
        let t = terms("Kazakhstan's President Kassym-Jomart Tokayev led a Moscow-led bloc.");
        let k: Vec<_> = t.iter().map(|t| (t.key.as_str(), t.kind)).collect();
        assert!(k.contains(&("kazakhstan", TermKind::Name)), "{k:?}");
        assert!(k.contains(&("tokayev", TermKind::Name)));
        assert!(
            k.contains(&("russia", TermKind::Name)),
            "metonym folded: {k:?}"
        );
        assert!(k.contains(&("ALLIANCE", TermKind::Concept)));
    }

    #[test]
    fn numbers_and_stop_words_are_left_out() {
        assert_eq!(
            keys("He said that 13 of them were there."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn month_abbreviations_meet_the_full_name() {
        assert!(keys("in effect until Jan. 19").contains(&"january".to_string()));
        assert!(keys("until January 19").contains(&"january".to_string()));
        // "may" the verb is no month.
        assert!(!keys("Officials may resign.").contains(&"may".to_string()));
    }

    #[test]
    fn words_the_stemmer_would_fold_together_stay_apart() {
        assert_ne!(stem("international"), stem("internal"));
        // "Imposing" describing a building is not an order being imposed.
        assert!(!keys("smoke rose from the imposing building").contains(&"DECLARE".to_string()));
        assert!(keys("the government is imposing a curfew").contains(&"DECLARE".to_string()));
    }

    #[test]
    fn abbreviations_stay_one_word() {
        let w = words("The U.S. said 1,000 people.");
        let texts: Vec<_> = w.iter().map(|w| w.text).collect();
        assert_eq!(texts, ["The", "U.S", "said", "1,000", "people"]);
    }

    #[test]
    fn wording_folds_spelling_not_words() {
        assert_eq!(wording("to “stabilise” it"), ["to", "stabilize", "it"]);
        assert_ne!(
            wording("all possible actions"),
            wording("all possible measures")
        );
    }
}
