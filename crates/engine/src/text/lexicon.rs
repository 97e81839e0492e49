//! A general lexicon of news English: synonym groups mapped to one concept, reporting verbs,
//! stop words, spelling variants, demonyms and capital-for-country metonyms.
//!
//! Nothing here names a person, place or figure of one article set: the groups are the words
//! news wires use for the same thing (killed/dead/died, detained/arrested, police/security
//! forces, ...), so that paraphrases across outlets meet on one key. The words themselves
//! are data (`assets/lexicon/concepts.txt`, `function-words.txt`, `reporting-verbs.txt`,
//! `stop-words.txt`, `countries.txt`,
//! `british-spellings.txt`, `measure-phrases.txt`, read through [`super::word_lists`]);
//! this module builds the lookup tables once and answers questions about a word.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::word_lists::{self, ListFile};

struct Tables {
    /// Every single-word form of a concept, and its stem, to the concept key.
    concept_by_word: HashMap<String, &'static str>,
    /// The single-word forms of the concepts by their stem: a word met by its stem alone
    /// must inflect one of them (see [`inflects`]).
    forms_by_stem: HashMap<String, Vec<&'static str>>,
    /// Multi-word forms of a concept ("security forces"), as words.
    phrases: Vec<(Vec<&'static str>, &'static str)>,
    /// Phrases of `measure-phrases.txt`: the phrase, its concept, and whether it follows
    /// the figure.
    measure_phrases: Vec<(&'static str, &'static str, bool)>,
    stop_words: HashSet<&'static str>,
    /// Demonyms, short forms and capitals to their country.
    countries: HashMap<&'static str, &'static str>,
    /// Other names of a place to the name outlets use now ("salonika" to "thessaloniki").
    place_names: HashMap<&'static str, &'static str>,
    /// Every name of a place (the name used now first), by each of its names.
    names_of_place: HashMap<&'static str, Vec<&'static str>>,
    spellings: HashMap<&'static str, &'static str>,
    /// `-ise` words that have no `-ize` form.
    keep_ise: HashSet<&'static str>,
}

/// The sections of a list file keyed by name: every entry of a section to its name.
fn by_section(file: ListFile) -> impl Iterator<Item = (&'static str, &'static str)> {
    file.sections().into_iter().flat_map(|s| {
        let name = s.name();
        s.entries.into_iter().map(move |e| (e, name))
    })
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut concept_by_word = HashMap::new();
    let mut forms_by_stem: HashMap<String, Vec<&'static str>> = HashMap::new();
    let mut phrases = Vec::new();
    // File order: where two words share a stem, the later concept wins.
    for (form, concept) in by_section(word_lists::CONCEPTS) {
        if form.contains(' ') {
            phrases.push((form.split(' ').collect(), concept));
        } else {
            let stem = crate::text::stem::stem(form);
            concept_by_word.insert(form.to_string(), concept);
            concept_by_word.insert(stem.clone(), concept);
            forms_by_stem.entry(stem).or_default().push(form);
        }
    }
    let measure_phrases = word_lists::MEASURE_PHRASES
        .sections()
        .into_iter()
        .flat_map(|s| {
            let (name, follows) = (s.name(), s.has_tag("after"));
            s.entries
                .into_iter()
                .map(move |phrase| (phrase, name, follows))
        })
        .collect();
    Tables {
        concept_by_word,
        forms_by_stem,
        phrases,
        measure_phrases,
        stop_words: word_lists::tagged(&word_lists::TAGGED_BY_READER, "stop")
            .into_iter()
            .collect(),
        countries: by_section(word_lists::COUNTRIES).collect(),
        place_names: by_section(word_lists::PLACE_NAMES).collect(),
        names_of_place: word_lists::PLACE_NAMES
            .sections()
            .into_iter()
            .flat_map(|s| {
                let names: Vec<&'static str> = std::iter::once(s.name())
                    .chain(s.entries.iter().copied())
                    .collect();
                names.clone().into_iter().map(move |n| (n, names.clone()))
            })
            .collect(),
        spellings: word_lists::BRITISH_SPELLINGS
            .section("")
            .into_iter()
            .map(word_lists::pair)
            .collect(),
        keep_ise: word_lists::BRITISH_SPELLINGS
            .section("keep -ise")
            .into_iter()
            .collect(),
    }
});

/// The concept of a phrase of `measure-phrases.txt` starting `after` (the lowercase text
/// following a figure and its noun) as a whole word.
pub fn measure_phrase_after(after: &str) -> Option<&'static str> {
    TABLES
        .measure_phrases
        .iter()
        .filter(|(_, _, follows)| *follows)
        .find(|(p, _, _)| {
            after
                .strip_prefix(p)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, c, _)| *c)
}

/// The concept of a phrase of `measure-phrases.txt` ending `before` (the lowercase text
/// before a figure, its bound words stripped), with its concept, which the statement must
/// also hold for the figure to count it.
pub fn measure_phrase_before(before: &str) -> Option<&'static str> {
    TABLES
        .measure_phrases
        .iter()
        .filter(|(_, _, follows)| !*follows)
        .find(|(p, _, _)| {
            before
                .strip_suffix(p)
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, c, _)| *c)
}

/// The concept keys of `concepts.txt` whose section carries `tag` (`event`, `population`), in file order.
pub fn concepts_tagged(tag: &str) -> Vec<&'static str> {
    word_lists::CONCEPTS
        .sections()
        .iter()
        .filter(|s| s.has_tag(tag))
        .map(|s| s.name())
        .collect()
}

/// Does the concept key name what happened (tagged `event` in `concepts.txt`: a killing, an
/// arrest, a storming), the predicate of a fact? The aligner (statements naming events, none
/// in common, tell different facts), the date detector (a date next to an event word is
/// that happening's day) and the response detector ("denied it had bombed the camp") read it.
pub fn is_event_concept(key: &str) -> bool {
    static EVENTS: LazyLock<Vec<&'static str>> = LazyLock::new(|| concepts_tagged("event"));
    EVENTS.contains(&key)
}

/// The concepts a count can measure (tagged `measure=word`), with the word explanations
/// use for them: ("KILL", "killed"). Those of `concepts.txt` first, then the measures that
/// only phrases of `measure-phrases.txt` give, which no word of a statement names and so
/// never take part in matching ("162 people on board": `ABOARD`).
pub fn measured_concepts() -> Vec<(&'static str, &'static str)> {
    word_lists::CONCEPTS
        .sections()
        .iter()
        .filter_map(|s| Some((s.name(), s.tag_value("measure")?)))
        .chain(PHRASE_ONLY_MEASURES.iter().copied())
        .collect()
}

/// The measures that only phrases of `measure-phrases.txt` give (a section tagged
/// `measure=word` whose name no section of `concepts.txt` bears), with their words:
/// ("ABOARD", "aboard").
static PHRASE_ONLY_MEASURES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    let named: Vec<&str> = word_lists::CONCEPTS
        .sections()
        .iter()
        .map(|s| s.name())
        .collect();
    let mut measures: Vec<(&'static str, &'static str)> = word_lists::MEASURE_PHRASES
        .sections()
        .iter()
        .filter(|s| !named.contains(&s.name()))
        .filter_map(|s| Some((s.name(), s.tag_value("measure")?)))
        // A tag is one word: "ordered-to-evacuate" is written "ordered to evacuate".
        .map(|(name, word)| (name, spaced(word)))
        .collect();
    // A measure may have phrases after the figure and before it: one entry.
    let mut seen = std::collections::HashSet::new();
    measures.retain(|(name, _)| seen.insert(*name));
    measures
});

/// A measure's word with the hyphens of its tag as spaces, made once per measure for the
/// table that lives as long as the program.
fn spaced(word: &'static str) -> &'static str {
    if word.contains('-') {
        Box::leak(word.replace('-', " ").into_boxed_str())
    } else {
        word
    }
}

/// Is the concept a measure that only phrases of `measure-phrases.txt` give, which no word
/// of `concepts.txt` names (`ABOARD`, `MISSING`)?
pub fn is_phrase_only_measure(concept: &str) -> bool {
    PHRASE_ONLY_MEASURES.iter().any(|(k, _)| *k == concept)
}

/// Does a phrase of the measure after a figure only say who the people are, so that an event
/// word after it tells what befell them (`describes` in `measure-phrases.txt`: "All 162
/// people on board were killed")?
pub fn measure_phrase_describes(concept: &str) -> bool {
    static DESCRIBING: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        word_lists::MEASURE_PHRASES
            .sections()
            .into_iter()
            .filter(|s| s.has_tag("after") && s.has_tag("describes"))
            .map(|s| s.name())
            .collect()
    });
    DESCRIBING.contains(&concept)
}

/// Does the lowercase word tell of injury (a word of the `INJURE` concept, or its stem)?
pub fn tells_injury(word: &str) -> bool {
    let stemmed = super::stem::stem(word);
    concept_of(word, &stemmed) == Some("INJURE")
}

/// Does the lowercase word tell of death or injury (a word of the `KILL` or `INJURE`
/// concept, or its stem)?
pub fn tells_harm(word: &str) -> bool {
    let stemmed = super::stem::stem(word);
    matches!(concept_of(word, &stemmed), Some("KILL" | "INJURE"))
}

/// The concept a lowercase word belongs to: a form of it as listed, or a word inflecting
/// one of the forms that share its stem ("resigning" of "resign", "quitting" of "quit"), not
/// any word of that stem ("quite" is no "quit", "authorized" no "authorities", "assistant"
/// no "assistance").
pub fn concept_of(word: &str, stem: &str) -> Option<&'static str> {
    let t = &*TABLES;
    if let Some(concept) = t.concept_by_word.get(word) {
        return Some(concept);
    }
    let forms = t.forms_by_stem.get(stem)?;
    forms
        .iter()
        .any(|form| inflects(word, form))
        .then(|| t.concept_by_word.get(stem).copied())
        .flatten()
}

/// Are `word` and `form` forms of one word: each itself or with -s, -es, -ed, -d, -ing or
/// -ings taken off, a final "e" given back ("firing", "fire"), a doubled consonant undone
/// ("quitting", "quit") or an "i" made "y" again ("carried", "carry")? "asking" and "asked"
/// are; "quite" and "quit", "office" and "officer" are not.
fn inflects(word: &str, form: &str) -> bool {
    let (a, b) = (bases(word), bases(form));
    a.iter().any(|x| b.contains(x))
}

/// The words `word` may inflect, itself first (see [`inflects`]).
fn bases(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string()];
    for ending in ["s", "es", "ed", "d", "ing", "ings"] {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.len() < 2 {
            continue;
        }
        out.push(stem.to_string());
        if ending == "ed" || ending.starts_with("ing") {
            out.push(format!("{stem}e"));
            let mut chars = stem.chars().rev();
            if let (Some(x), Some(y)) = (chars.next(), chars.next())
                && x == y
                && !"aeiou".contains(x)
            {
                out.push(stem[..stem.len() - x.len_utf8()].to_string());
            }
        }
        if let Some(i_stem) = stem.strip_suffix('i')
            && (ending == "es" || ending == "ed")
        {
            out.push(format!("{i_stem}y"));
        }
    }
    out
}

/// The concept a run of lowercase words starting at `words[0]` forms, with its length.
pub fn phrase_at(words: &[&str]) -> Option<(&'static str, usize)> {
    TABLES
        .phrases
        .iter()
        .filter(|(p, _)| p.len() <= words.len() && p.iter().zip(words).all(|(a, b)| a == b))
        .max_by_key(|(p, _)| p.len())
        .map(|(p, c)| (*c, p.len()))
}

pub fn is_stop_word(word: &str) -> bool {
    TABLES.stop_words.contains(word)
}

/// Country name for a demonym or metonym ("russian" and "moscow" give "russia").
pub fn country_of(word: &str) -> Option<&'static str> {
    TABLES.countries.get(word).copied()
}

/// The country a word is the name of ("syria"), not a word that stands for it ("syrian",
/// "damascus").
pub fn country_named(word: &str) -> Option<&'static str> {
    static KEYS: LazyLock<std::collections::HashSet<&'static str>> =
        LazyLock::new(|| TABLES.countries.values().copied().collect());
    KEYS.get(word).copied()
}

/// The label of a count of a country's nationals ("nationals of canada "), for the
/// country's key.
pub fn nationals_label(country: &str) -> Option<&'static str> {
    static LABELS: LazyLock<HashMap<&'static str, String>> = LazyLock::new(|| {
        TABLES
            .countries
            .values()
            .map(|c| (*c, format!("nationals of {c} ")))
            .collect()
    });
    LABELS.get(country).map(String::as_str)
}

/// The name outlets use now for another name of a place ("salonika" gives
/// "thessaloniki"), from `place-names.txt`.
pub fn place_name(word: &str) -> Option<&'static str> {
    TABLES.place_names.get(word).copied()
}

/// Every name of the place `name` is one name of, `name` itself among them ("thessaloniki"
/// gives "thessaloniki", "salonika" and "salonica"), when `place-names.txt` gives it
/// several.
pub fn names_of_place(name: &str) -> Option<&'static [&'static str]> {
    TABLES.names_of_place.get(name).map(Vec::as_slice)
}

/// True for a country, a demonym or a capital standing for its country ("france",
/// "french", "paris"), and for words shaped like country names ("-stan", "-land").
pub fn is_place_word(word: &str) -> bool {
    let t = &*TABLES;
    t.countries.contains_key(word)
        || t.countries.values().any(|c| *c == word)
        || t.names_of_place.contains_key(word)
        || ["stan", "land"]
            .iter()
            .any(|s| word.len() > s.len() + 2 && word.ends_with(s))
}

/// American spelling of a British word; `-ise`/`-isation` forms become `-ize`/`-ization`.
pub fn american_spelling(word: &str) -> std::borrow::Cow<'_, str> {
    if let Some(s) = TABLES.spellings.get(word) {
        return (*s).into();
    }
    for (uk, us) in [
        ("isation", "ization"),
        ("isations", "izations"),
        ("ising", "izing"),
        ("ised", "ized"),
        ("ises", "izes"),
        ("ise", "ize"),
    ] {
        if let Some(root) = word.strip_suffix(uk)
            && root.len() >= 4
            && !TABLES.keep_ise.contains(word)
        {
            return format!("{root}{us}").into();
        }
    }
    word.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::stem::stem;

    #[test]
    fn casualty_words_meet() {
        for w in ["killed", "dead", "died", "deaths"] {
            assert_eq!(concept_of(w, &stem(w)), Some("KILL"), "{w}");
        }
        for w in ["injured", "wounded", "hurt"] {
            assert_eq!(concept_of(w, &stem(w)), Some("INJURE"), "{w}");
        }
        assert_eq!(concept_of("arrested", &stem("arrested")), Some("DETAIN"));
        assert_eq!(
            concept_of("demonstrators", &stem("demonstrators")),
            Some("PROTESTER")
        );
    }

    #[test]
    fn a_concept_meets_its_forms_not_every_word_of_their_stem() {
        let concept = |w: &str| concept_of(w, &stem(w));
        // Forms of a listed word: "asked" is listed, "asking" and "asks" inflect its verb;
        // "quit" is listed, "quitting" doubles its consonant; "bomb" is, "bombings" too.
        for (w, c) in [
            ("asking", "REQUEST"),
            ("asks", "REQUEST"),
            ("quitting", "RESIGN"),
            ("bombings", "EXPLOSION"),
            ("bombed", "EXPLOSION"),
            ("officers", "SECURITY"),
        ] {
            assert_eq!(concept(w), Some(c), "{w}");
        }
        // Words that only share a stem with a listed word: "quite" is no "quit", authorizing
        // no authorities, securing a deal no security, an assistant no help.
        for w in ["quite", "authorized", "secured", "assistant", "normally"] {
            assert_eq!(concept(w), None, "{w}");
        }
    }

    #[test]
    fn another_name_of_a_place_is_the_same_name() {
        assert_eq!(place_name("salonika"), Some("thessaloniki"));
        assert_eq!(place_name("thessaloniki"), None);
        assert_eq!(
            names_of_place("salonika"),
            Some(&["thessaloniki", "salonika", "salonica"][..])
        );
        assert_eq!(names_of_place("athens"), None);
        // An old name of a capital standing for its country stands for it too.
        assert_eq!(place_name("peking").and_then(country_of), Some("china"));
        let keys = |text: &str| -> Vec<String> {
            crate::text::normalize::terms(text)
                .into_iter()
                .map(|t| t.key)
                .collect()
        };
        assert_eq!(keys("Salonika"), keys("Thessaloniki"));
    }

    #[test]
    fn phrases_win_over_words() {
        assert_eq!(
            phrase_at(&["security", "forces", "fired"]),
            Some(("SECURITY", 2))
        );
        assert_eq!(
            phrase_at(&["state", "of", "emergency"]),
            Some(("EMERGENCY", 3))
        );
        assert_eq!(phrase_at(&["security"]), None);
    }

    #[test]
    fn british_spelling_folds() {
        assert_eq!(american_spelling("stabilise"), "stabilize");
        assert_eq!(american_spelling("organisation"), "organization");
        assert_eq!(american_spelling("promise"), "promise");
        assert_eq!(american_spelling("rise"), "rise");
        assert_eq!(country_of("moscow"), Some("russia"));
    }
}
