//! Word knowledge as data: the word lists of the engine live in plain text files under
//! `assets/lexicon/`, embedded at compile time (no file is read at run time) and parsed
//! here. This module owns the file format and the test that checks every list; the
//! modules that use a list parse it once, into a `LazyLock`, through [`ListFile`].
//!
//! The format (`assets/lexicon/README.md` says the same):
//! - one entry a line, leading and trailing spaces trimmed;
//! - blank lines and lines starting with `#` are ignored (comments stand on lines of their
//!   own, so an entry may hold a `#`);
//! - a line `[header]` opens a section: the entries after it belong to it; the header's
//!   first word is the section's name, the words after it its tags (`[KILL event measure=killed]`);
//!   entries before the first header belong to an unnamed section;
//! - a pair is written `key = value` (see [`pair`]); a word's kinds are written as a pair,
//!   `word = kind kind` (see [`of_kind`]);
//! - an entry in double quotes keeps spaces at its edges and may start with `#` or `[`
//!   (`"download the "`); the quotes are not part of it.

/// One embedded list file.
#[derive(Debug, Clone, Copy)]
pub struct ListFile {
    /// The file name under `assets/lexicon/`.
    pub name: &'static str,
    /// The file's text.
    pub text: &'static str,
}

/// A section of a list file: its header and its entries, in file order.
#[derive(Debug, Clone)]
pub struct Section {
    /// The text between the brackets, "" for entries before the first header.
    pub header: &'static str,
    pub entries: Vec<&'static str>,
}

impl Section {
    /// The first word of the header: the concept, the country, the group this section is.
    pub fn name(&self) -> &'static str {
        self.header.split_whitespace().next().unwrap_or("")
    }

    /// The words of the header after its name.
    pub fn tags(&self) -> impl Iterator<Item = &'static str> {
        self.header.split_whitespace().skip(1)
    }

    pub fn has_tag(&self, tag: &str) -> bool {
        self.tags().any(|t| t == tag)
    }

    /// The value of a `key=value` tag (`measure=killed`).
    pub fn tag_value(&self, key: &str) -> Option<&'static str> {
        self.tags()
            .find_map(|t| t.strip_prefix(key).and_then(|rest| rest.strip_prefix('=')))
    }
}

impl ListFile {
    /// The file's sections in file order (an unnamed first one only if it has entries).
    pub fn sections(&self) -> Vec<Section> {
        let mut sections = vec![Section {
            header: "",
            entries: Vec::new(),
        }];
        for line in self.text.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(header) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                sections.push(Section {
                    header: header.trim(),
                    entries: Vec::new(),
                });
            } else if let Some(last) = sections.last_mut() {
                last.entries.push(unquoted(line));
            }
        }
        if sections[0].entries.is_empty() {
            sections.remove(0);
        }
        sections
    }

    /// Every entry of the file, all sections together, in file order.
    pub fn entries(&self) -> Vec<&'static str> {
        self.sections()
            .into_iter()
            .flat_map(|s| s.entries)
            .collect()
    }

    /// The entries of the section with this name (the header's first word), whatever its
    /// tags; empty if there is none.
    pub fn named(&self, name: &str) -> Vec<&'static str> {
        self.sections()
            .into_iter()
            .filter(|s| s.name() == name)
            .flat_map(|s| s.entries)
            .collect()
    }

    /// The entries of the section with this exact header; empty if there is none.
    pub fn section(&self, header: &str) -> Vec<&'static str> {
        self.sections()
            .into_iter()
            .filter(|s| s.header == header)
            .flat_map(|s| s.entries)
            .collect()
    }
}

/// An entry without the double quotes that keep its edge spaces or a leading `#` or `[`.
/// An entry with quotes inside is left as it is: it is a pair whose sides are quoted
/// (`"'m " = " am "`), unquoted by [`pair`].
fn unquoted(entry: &'static str) -> &'static str {
    entry
        .strip_prefix('"')
        .and_then(|e| e.strip_suffix('"'))
        .filter(|e| !e.contains('"'))
        .unwrap_or(entry)
}

/// The words of every section tagged `tag` in these files, in file order: the lists whose
/// section tags name their readers (`stop`, `unit`).
pub fn tagged(files: &[ListFile], tag: &str) -> Vec<&'static str> {
    files
        .iter()
        .flat_map(ListFile::sections)
        .filter(|s| s.has_tag(tag))
        .flat_map(|s| s.entries)
        .collect()
}

sections! {
    /// The present perfect of "be" (section `present-perfect` of
    /// `assets/lexicon/figure-cues.txt`): a count up to now ("have been detained",
    /// `conflict::number`), a lasting state still going on ("has been closed",
    /// `conflict::duration`).
    pub(crate) PRESENT_PERFECT = FIGURE_CUES["present-perfect"];
}

/// Verbs of telling (tagged `telling` in `assets/lexicon/reporting-verbs.txt`): a day or a
/// place next to one is when or where something was said, not when or where it happened
/// ("police said Monday", "he told journalists in Geneva"; `conflict::date`,
/// `conflict::claims`).
pub(crate) static TELLING_VERBS: std::sync::LazyLock<Vec<&'static str>> =
    std::sync::LazyLock::new(|| tagged(&[REPORTING_VERBS], "telling"));

/// The words of a `word = kinds` file that are of this kind, in file order (people.txt:
/// `men = counts-people part-of-people`).
pub fn of_kind(file: ListFile, kind: &str) -> Vec<&'static str> {
    file.entries()
        .into_iter()
        .map(pair)
        .filter(|(_, kinds)| kinds.split_whitespace().any(|k| k == kind))
        .map(|(word, _)| word)
        .collect()
}

/// The files whose section tags name their readers: `stop` (stop words for matching),
/// `unit` (words that end the noun phrase after a figure), and in reporting-verbs.txt also
/// `telling` (conflict/date.rs), `speech` (conflict/quote.rs) and `cited-by`
/// (conflict/attribution.rs).
pub const TAGGED_BY_READER: [ListFile; 4] =
    [FUNCTION_WORDS, REPORTING_VERBS, STOP_WORDS, UNIT_ENDS];

/// Do `words` hold the words of `phrase` (a list entry, its words separated by spaces) in a
/// row?
pub fn has_phrase(words: &[String], phrase: &str) -> bool {
    (0..words.len()).any(|i| starts_with_phrase(&words[i..], phrase))
}

/// Do `words` open with the words of `phrase` (a list entry, its words separated by
/// spaces)?
pub fn starts_with_phrase<W: AsRef<str>>(words: &[W], phrase: &str) -> bool {
    let mut words = words.iter();
    phrase
        .split(' ')
        .all(|p| words.next().is_some_and(|w| w.as_ref() == p))
}

/// The name a table of `word = name` entries gives `word` (lowercase), if it lists it:
/// "plunged" is the fall, "standoff" the siege.
pub fn renamed(table: &[&'static str], word: &str) -> Option<&'static str> {
    table
        .iter()
        .map(|e| pair(e))
        .find(|(w, _)| *w == word)
        .map(|(_, name)| name)
}

/// The two sides of a `key = value` entry; an entry without ` = ` is its own value. A
/// side in double quotes keeps the spaces at its edges (`"'m " = " am "`).
pub fn pair(entry: &'static str) -> (&'static str, &'static str) {
    entry
        .split_once(" = ")
        .map(|(k, v)| (unquoted(k.trim()), unquoted(v.trim())))
        .unwrap_or((entry, entry))
}

/// Statics for the sections of list files that a module reads by name, each read once on
/// first use:
///
/// ```text
/// word_lists::sections! {
///     /// Words before an action that make it attempted: "tried to topple".
///     ATTEMPT = STATUS_CUES["attempt"];
/// }
/// ```
macro_rules! sections {
    ($($(#[$doc:meta])* $vis:vis $name:ident = $file:ident[$section:literal];)*) => {
        $(
            $(#[$doc])*
            $vis static $name: std::sync::LazyLock<Vec<&'static str>> =
                std::sync::LazyLock::new(|| $crate::text::word_lists::$file.named($section));
        )*
    };
}
pub(crate) use sections;

macro_rules! list_files {
    ($($(#[$doc:meta])* $ident:ident => $file:literal,)*) => {
        $(
            $(#[$doc])*
            pub const $ident: ListFile = ListFile {
                name: $file,
                text: include_str!(concat!("../../../../assets/lexicon/", $file)),
            };
        )*
        /// Every list file, for the checks.
        pub const ALL: &[ListFile] = &[$($ident),*];
    };
}

list_files! {
    /// Synonym groups mapped to one concept, and the phrases folded into them.
    CONCEPTS => "concepts.txt",
    /// Phrases that tell what a count of people measures, before or after the figure.
    MEASURE_PHRASES => "measure-phrases.txt",
    /// Closed-class words and light verbs: stop words, and ends of a figure's noun phrase.
    FUNCTION_WORDS => "function-words.txt",
    /// Reporting words ("said", "according"): stop words, ends of a noun phrase, verbs of
    /// telling and of speech.
    REPORTING_VERBS => "reporting-verbs.txt",
    /// Further stop words for matching: news filler, titles, news agencies.
    STOP_WORDS => "stop-words.txt",
    /// Further words that end the noun phrase after a figure: predicates, adverbs.
    UNIT_ENDS => "unit-ends.txt",
    /// Demonyms, short forms and capitals, by the country they stand for.
    COUNTRIES => "countries.txt",
    /// Other names of one place (exonyms, former names), by the name outlets use now.
    PLACE_NAMES => "place-names.txt",
    /// British spellings and their American forms; `-ise` words with no `-ize` form.
    BRITISH_SPELLINGS => "british-spellings.txt",
    /// Number words (units, tens, scales, ordinals) with their values.
    NUMBER_WORDS => "number-words.txt",
    /// Month and weekday names and their abbreviations.
    CALENDAR => "calendar.txt",
    /// Major news domains under their outlet's name.
    OUTLETS => "outlets.txt",
    /// Wire agencies as written in datelines and credits, with their names.
    WIRE_AGENCIES => "wire-agencies.txt",
    /// Section markers of an outlet's house style.
    HOUSE_STYLES => "house-styles.txt",
    /// Boilerplate patterns matched against a lowercased line.
    BOILERPLATE => "boilerplate.txt",
    /// Boilerplate patterns matched as written: photo agencies, video player marks.
    BOILERPLATE_CASED => "boilerplate-cased.txt",
    /// Nouns of people and populations, each with its kinds.
    PEOPLE => "people.txt",
    /// Short forms of given names with the full forms they stand for.
    GIVEN_NAMES => "given-names.txt",
    /// Cues around a figure that change what it counts, one section per check of
    /// conflict::number.
    FIGURE_CUES => "figure-cues.txt",
    /// Cues to how far an action has gone, one section per list of conflict::status.
    STATUS_CUES => "status-cues.txt",
    /// Words around a date that tell what it is, one section per list of conflict::date
    /// and text::date.
    DATE_CUES => "date-cues.txt",
    /// Words that tell where a sentence ends and where a clause opens, one section per list
    /// of text::segment and align::features; matched as written.
    SENTENCE_PARTS => "sentence-parts.txt",
    /// Words that make up a figure or tell what it counts, one section per list of
    /// text::quantity, figures and text::zero_count.
    FIGURE_WORDS => "figure-words.txt",
    /// Words the smaller conflict checks read, one section per list of conflict::scope,
    /// conflict::count, conflict::claims and conflict::span.
    CONFLICT_CUES => "conflict-cues.txt",
    /// Words of the actor detector: titles of one person, bodies by role, unclear heads,
    /// action verbs by class, and the words between or before a subject and its verb.
    ACTORS => "actors.txt",
    /// Words of the quotation detector: words that end a speaker's name, capitalised words
    /// that are no name, contracted and informal forms spelled out.
    QUOTATIONS => "quotations.txt",
    /// Words of the attribution reader: words that open the party a statement cites, that
    /// end its phrase, and words of an institution.
    ATTRIBUTION => "attribution.txt",
    /// Words of the role detector: heads of a post, the words between a name and its post,
    /// and the words that open, end and fill a post's scope.
    ROLES => "roles.txt",
    /// Words of the response detector: phrases of no comment, verbs of a denial, and the
    /// words that end or name no party.
    RESPONSES => "responses.txt",
    /// Words of the departure detector: verbs of leaving and of removing a person from a
    /// post, and the words around them.
    DEPARTURES => "departures.txt",
    /// Units of measurement by dimension with their factors, and the words around a
    /// measurement: bearings, the words before a place measured from.
    UNITS => "units.txt",
    /// Words of the place detector: nouns of a place told by a number or an ordinal
    /// (numbered places, storeys).
    PLACES => "places.txt",
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{HashMap, HashSet};

    /// Files whose entries are patterns matched against text as written, not folded words,
    /// and so may hold capitals.
    const CASED_FILES: &[&str] = &[
        "wire-agencies.txt",
        "boilerplate-cased.txt",
        "sentence-parts.txt",
    ];

    /// Is the entry a concept key (`KILL`, `SEND`): capitals, which a list outside
    /// concepts.txt may hold to name a concept, if the concept is there.
    fn is_concept_key(entry: &str) -> bool {
        entry.chars().all(|c| c.is_ascii_uppercase())
    }

    #[test]
    fn every_list_loads_trimmed_lowercase_and_without_duplicates() {
        let concept_keys: HashSet<_> = CONCEPTS.sections().iter().map(Section::name).collect();
        for file in ALL {
            let sections = file.sections();
            assert!(!sections.is_empty(), "{}: no entries", file.name);
            let mut headers = HashSet::new();
            for section in &sections {
                assert!(
                    headers.insert(section.header),
                    "{}: section [{}] twice",
                    file.name,
                    section.header
                );
                assert!(
                    !section.entries.is_empty(),
                    "{}: section [{}] is empty",
                    file.name,
                    section.header
                );
                let mut seen = HashSet::new();
                for entry in &section.entries {
                    assert!(
                        seen.insert(*entry),
                        "{}: {entry:?} twice in [{}]",
                        file.name,
                        section.header
                    );
                    assert!(
                        !entry.is_empty() && !entry.contains("  ") && !entry.contains('\t'),
                        "{}: {entry:?} has a run of white space",
                        file.name
                    );
                    if CASED_FILES.contains(&file.name) {
                        continue;
                    }
                    if is_concept_key(entry) {
                        assert!(
                            concept_keys.contains(entry),
                            "{}: {entry:?} is not a concept of concepts.txt",
                            file.name
                        );
                    } else {
                        assert_eq!(
                            *entry,
                            entry.to_lowercase(),
                            "{}: {entry:?} is not lowercase",
                            file.name
                        );
                    }
                }
            }
        }
    }

    /// An entry stands once in its file: where sections name readers or kinds, two sections
    /// holding one word would be the drift this layout removes. Only boilerplate.txt may
    /// list a pattern twice, since its sections match differently (a whole line, a line's
    /// opening) and give different kinds of boilerplate; and the files whose sections are
    /// each the list of one check (figure-cues.txt: "found" both after a count and before
    /// it; actors.txt and quotations.txt: "on" both opening an adverbial and linking a
    /// gerund; those of [`READ_BY_NAME`]). In measure-phrases.txt a phrase may tell its
    /// measure both after a count and before it ("35 hostages were freed", "freed 150
    /// hostages"), but of one measure only.
    #[test]
    fn an_entry_stands_once_in_its_file() {
        for file in ALL.iter().filter(|f| {
            f.name != BOILERPLATE.name
                && f.name != FIGURE_CUES.name
                && f.name != ACTORS.name
                && f.name != QUOTATIONS.name
                && f.name != MEASURE_PHRASES.name
                && !READ_BY_NAME.iter().any(|(read, _)| read.name == f.name)
        }) {
            let mut seen = HashSet::new();
            for entry in file.entries() {
                assert!(seen.insert(entry), "{}: {entry:?} twice", file.name);
            }
        }
        let mut measure_of: HashMap<&str, &str> = HashMap::new();
        for section in MEASURE_PHRASES.sections() {
            for entry in &section.entries {
                let measure = *measure_of.entry(entry).or_insert(section.name());
                assert_eq!(
                    measure,
                    section.name(),
                    "measure-phrases.txt: {entry:?} tells two measures"
                );
            }
        }
    }

    /// Another name of a place folds to one place, which no country word stands for
    /// ("kiev" is Ukraine's, in `countries.txt`); the places are kept in alphabetical order.
    #[test]
    fn another_name_of_a_place_is_one_place_and_no_country() {
        let countries: HashSet<&str> = COUNTRIES.entries().into_iter().collect();
        let sections = PLACE_NAMES.sections();
        let names: Vec<&str> = sections.iter().map(|s| s.name()).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        assert_eq!(names, sorted, "place-names.txt: sections out of order");
        for section in &sections {
            for name in std::iter::once(section.name()).chain(section.entries.iter().copied()) {
                assert!(
                    !name.contains(' '),
                    "place-names.txt: {name:?} is not one word"
                );
                assert!(
                    !countries.contains(name) || name == section.name(),
                    "place-names.txt: {name:?} is a country word"
                );
                assert!(
                    !names.contains(&name) || name == section.name(),
                    "place-names.txt: {name:?} is a place and another name of one"
                );
            }
        }
    }

    /// A word in two sections of these files would belong to two concepts or two countries.
    #[test]
    fn a_word_has_one_concept_and_one_country() {
        for file in [CONCEPTS, COUNTRIES, PLACE_NAMES] {
            let mut owner = HashMap::new();
            for section in file.sections() {
                for entry in &section.entries {
                    if let Some(before) = owner.insert(*entry, section.name()) {
                        panic!(
                            "{}: {entry:?} in [{before}] and [{}]",
                            file.name,
                            section.name()
                        );
                    }
                }
            }
        }
    }

    /// Concept words are stemmed too, and a stem shared by two concepts goes to the later
    /// one in the file: "protester" stems to "protest", a word of PROTEST ("demonstrator"
    /// and "demonstration", "fired" and "fire" likewise). A word listed as written still
    /// finds its own concept first, so only unlisted inflections are at stake; these are
    /// the shared stems there are, so that a new one is a choice.
    #[test]
    fn stems_shared_by_two_concepts_are_known() {
        const KNOWN: &[&str] = &["protest", "demonstr", "fire"];
        let mut owner = HashMap::new();
        let mut shared = Vec::new();
        for section in CONCEPTS.sections() {
            for entry in section.entries.iter().filter(|e| !e.contains(' ')) {
                for key in [entry.to_string(), crate::text::stem::stem(entry)] {
                    if let Some(before) = owner.insert(key.clone(), section.name())
                        && before != section.name()
                    {
                        shared.push(format!("{key} ({entry}: {before}, {})", section.name()));
                    }
                }
            }
        }
        let unknown: Vec<_> = shared
            .iter()
            .filter(|s| !KNOWN.iter().any(|k| s.starts_with(&format!("{k} ("))))
            .collect();
        assert!(unknown.is_empty(), "stems in two concepts: {unknown:?}");
    }

    #[test]
    fn concept_keys_are_capitals_and_pairs_are_pairs() {
        for section in CONCEPTS
            .sections()
            .iter()
            .chain(&MEASURE_PHRASES.sections())
        {
            let name = section.name();
            assert!(
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase()),
                "concept key {name:?}"
            );
        }
        for file in [NUMBER_WORDS, CALENDAR] {
            for entry in file.entries() {
                if entry.contains(" = ") {
                    assert!(
                        !pair(entry).1.is_empty(),
                        "{}: {entry:?} is not a pair",
                        file.name
                    );
                }
            }
        }
        for (section, value) in NUMBER_WORDS
            .sections()
            .iter()
            .flat_map(|s| s.entries.iter().map(move |e| (s.header, pair(e).1)))
        {
            assert!(
                value.parse::<f64>().is_ok(),
                "number-words.txt [{section}]: {value:?} is not a number"
            );
        }
        let months = CALENDAR.section("months");
        let weekdays = CALENDAR.section("weekdays");
        assert_eq!((months.len(), weekdays.len()), (12, 7));
        for (abbreviations, names) in [
            ("month abbreviations", &months),
            ("weekday abbreviations", &weekdays),
        ] {
            for entry in CALENDAR.section(abbreviations) {
                let (short, name) = pair(entry);
                assert!(
                    names.contains(&name) && name.starts_with(short),
                    "calendar.txt [{abbreviations}]: {entry:?}"
                );
            }
        }
        for section in CONCEPTS.sections() {
            for tag in section.tags() {
                assert!(
                    ["event", "population"].contains(&tag)
                        || section.tag_value("measure").is_some_and(|w| !w.is_empty()),
                    "concepts.txt [{}]: unknown tag {tag:?}",
                    section.header
                );
            }
        }
        let kinds = [
            "counts-people",
            "part-of-people",
            "one-more-person",
            "perpetrator",
            "population-head",
            "counted-after-no",
            "passengers",
            "crew",
            "hostages",
            "responders",
            "remains",
            "relative",
            "the-accused",
            "one-holder",
            "adjective-people",
            "ages-listed",
            "public",
            "public-part",
            "counts-nationals",
        ];
        let mut people = HashSet::new();
        for entry in PEOPLE.entries() {
            let (word, its_kinds) = pair(entry);
            assert!(people.insert(word), "people.txt: {word:?} twice");
            assert!(
                word != its_kinds && its_kinds.split_whitespace().all(|k| kinds.contains(&k)),
                "people.txt: {entry:?} must be `word = kinds`, of {kinds:?}"
            );
        }
        for entry in BRITISH_SPELLINGS.section("") {
            let (british, american) = pair(entry);
            assert!(
                british != american && !american.is_empty(),
                "british-spellings.txt: {entry:?} is not a `british = american` pair"
            );
        }
    }

    /// figure-cues.txt holds the sections conflict::number reads, by name, each with how
    /// it is matched: a misspelt name would leave a check with no words.
    #[test]
    fn figure_cues_hold_the_sections_read_and_say_how_they_match() {
        const READ: &[&str] = &[
            "subset-words",
            "scene-phrases",
            "subset-phrases",
            "hospital-words",
            "taken-to-hospital",
            "hospital-nouns",
            "not-hospital-count",
            "severity-adverbs",
            "severity-grades",
            "deadly-grades",
            "graded-nouns",
            "grade-denials",
            "subset-heads",
            "scene-heads",
            "addition-heads",
            "alongside-words",
            "more-of",
            "partitive-heads",
            "count-starters",
            "background",
            "habitual",
            "making-verbs",
            "record-superlatives",
            "unreal",
            "vote-counts",
            "running-total",
            "running-total-spans",
            "spans-of-days",
            "days-of-one-count",
            "present-perfect",
            "run-words",
            "one-place-of-several",
            "place-marks",
            "self-death",
            "charge",
            "phrase-breaks",
            "clause-verbs",
            "event-adjectives",
            "articles-and-bounds",
            "incident-nouns",
            "several-words",
            "other-incident",
            "plural-incidents",
            "inside-words",
            "place-prepositions",
            "place-directions",
            "place-name-modifiers",
            "before-population-phrase",
            "change-up",
            "change-down",
            "change-auxiliaries",
            "magnitude-marks",
            "several-quakes",
            "share-of-vote",
            "turnout-words",
            "voter-nouns",
            "voting-verbs",
            "defeating-verbs",
            "counting-progress",
            "winning-verbs",
            "placing-verbs",
            "placings",
            "share-joiners",
            "election-words",
            "share-holder-generic",
            "count-heads",
            "toll-heads",
            "toll-levels",
            "counts-that-grow",
            "earlier-reports",
            "accused-words",
            "accused-nouns",
            "other-clause-starts",
            "harm-negations",
            "deeds-of-attackers",
            "deeds-of-responders",
            "attackers-of-any-kind",
            "attackers-with-guns",
            "lasting-verbs",
            "lasting-on-verbs",
            "lasting-for-verbs",
            "lasting-thing-prepositions",
            "declaring-verbs",
            "lasting-states",
            "same-lasting-states",
            "after-departure",
            "same-lasting-things",
            "storm-nouns",
            "power-loss",
            "outage-nouns",
            "percent-links",
            "counts-that-move",
            "hour-so-far",
            "changing-grades",
            "sentencing-verbs",
            "prison-nouns",
            "holding-words",
            "predicate-ends",
            "level-verbs",
            "level-object-prepositions",
            "presence-verbs",
            "presence-prepositions",
            "presence-duties",
            "presence-moments",
        ];
        let sections = FIGURE_CUES.sections();
        let names: Vec<_> = sections.iter().map(Section::name).collect();
        assert_eq!(names, READ, "figure-cues.txt sections");
        for section in &sections {
            let how = section.tag_value("match");
            assert!(
                matches!(how, Some("word" | "words" | "text" | "pair"))
                    && section.tags().count() == 1,
                "figure-cues.txt [{}]: one tag, match=word|words|text|pair",
                section.header
            );
            if how == Some("pair") {
                for entry in &section.entries {
                    let (word, value) = pair(entry);
                    assert!(
                        entry.contains(" = ")
                            && word.chars().all(char::is_alphanumeric)
                            && value.chars().all(char::is_alphanumeric),
                        "figure-cues.txt [{}]: {entry:?} is not a `word = value` pair",
                        section.header
                    );
                }
            }
            if how == Some("word") {
                for entry in &section.entries {
                    assert!(
                        entry.chars().all(char::is_alphanumeric),
                        "figure-cues.txt [{}]: {entry:?} is not one word",
                        section.header
                    );
                }
            }
        }
    }

    /// The files whose sections are each the list of one check, read by name (`named`), with
    /// the sections their readers name, in file order: a misspelt name would leave a check
    /// with no words.
    const READ_BY_NAME: &[(ListFile, &[&str])] = &[
        (
            STATUS_CUES,
            &[
                "actions",
                "intent",
                "begin-verbs",
                "weighing",
                "possibility",
                "state-spans",
                "aspect-verbs",
                "not-intent-before-to",
                "calls",
                "relative",
                "past-auxiliaries",
                "attempt",
                "refusals",
                "ongoing",
                "possessive-determiners",
                "auxiliaries",
                "denying-before-deed",
                "denial-verbs",
                "negations",
                "polarity-skip",
                "modal-denials",
                "polarity-delays",
                "subject-denials",
                "forms-of-be",
                "polarity-modals",
                "conditions",
                "former-states",
                "polarity-adjective-before",
                "irregular-past",
                "deeds",
                "light-verbs",
                "presence-states",
            ],
        ),
        (
            DATE_CUES,
            &[
                "span-edges",
                "schedule",
                "future-markers",
                "clause-breaks",
                "place-aside-openers",
                "other-happening",
                "date-starters",
                "start-edges",
                "start-words",
                "wounds-died-of",
                "happening-words",
                "unnamed-happenings",
                "later-happenings",
                "incident-nouns",
                "occurrence-verbs",
                "time-zones",
                "universal-time",
                "moment-phrases",
                "time-after",
                "time-before",
                "time-side-modifiers",
                "deadline-hours",
                "time-edges",
            ],
        ),
        (
            SENTENCE_PARTS,
            &[
                "name-titles",
                "before-number",
                "usually-inside",
                "sentence-openers",
                "after-time",
                "clause-openers",
            ],
        ),
        (
            FIGURE_WORDS,
            &[
                "bare-predicates",
                "bounds",
                "multiples-after-than",
                "multipliers",
                "currencies",
                "money-cues-before",
                "money-nouns-after",
                "time-units",
                "labels",
                "calling-verbs",
                "unit-skip",
                "non-number-starters",
                "named-hours",
                "day-parts",
                "clock-parts",
                "not-counted",
                "plurals-without-s",
                "increments",
                "nobody",
                "predicate-words",
                "might-words",
                "attacker-modified-heads",
                "beyond-those-told",
                "none-reported",
                "report-hedges",
                "news-things",
                "held-things",
                "money-rates",
                "per-head",
                "per-head-after-subject",
                "money-rate-articles",
                "not-money-objects",
                "money-kinds-before",
                "money-kind-synonyms",
                "money-offers",
                "money-demands",
                "valuing-words",
                "craft-nouns",
                "scale-words",
                "year-determiners",
            ],
        ),
        (
            RESPONSES,
            &[
                "no-comment",
                "claims-of-responsibility",
                "not-claimed",
                "denials",
                "party-ends",
                "generic-party-words",
                "denied-happening",
                "denied-involvement",
                "denied-doers",
            ],
        ),
        (
            PLACES,
            &[
                "numbered-places",
                "storeys",
                "residence-verbs",
                "storey-prepositions",
            ],
        ),
        (
            DEPARTURES,
            &[
                "leaving",
                "particle-verbs",
                "leaving-particles",
                "removing",
                "forcing",
                "between",
                "passive-auxiliaries",
                "negations",
                "shooting-verbs",
                "shooting",
                "post-openers",
                "post-ends",
                "post-fillers",
            ],
        ),
        (
            ROLES,
            &[
                "role-heads",
                "changing-links",
                "speaking-heads",
                "title-heads",
                "grades",
                "grade-prefixes",
                "ranks",
                "general-offices",
                "title-abbreviations",
                "not-surnames",
                "role-links",
                "title-words",
                "past-posts",
                "scope-openers",
                "scope-ends",
                "scope-fillers",
                "unit-nouns",
                "jurisdictions",
            ],
        ),
        (
            ATTRIBUTION,
            &["cites", "phrase-ends", "made-by", "institutions"],
        ),
        (
            CONFLICT_CUES,
            &[
                "whole-country",
                "part-of-country",
                "scoped",
                "countable",
                "example-openers",
                "back-prepositions",
                "step-cues",
                "duration-cues",
                "tally-cues",
                "tally-for",
                "tally-against",
                "tally-voters",
                "tally-backing",
                "tally-joined",
                "tally-passing",
                "tally-defeat",
                "chambers",
                "legislatures",
                "fate-dead",
                "fate-caught",
                "fate-at-large",
                "fate-killing-before",
                "fate-catching-before",
                "fate-dead-later",
                "fate-caught-later",
                "size-words",
                "body-nouns",
                "apart-words",
                "varying-extents",
            ],
        ),
    ];

    #[test]
    fn lists_read_by_name_hold_the_sections_read() {
        for (file, read) in READ_BY_NAME {
            let sections = file.sections();
            let names: Vec<_> = sections.iter().map(Section::name).collect();
            assert_eq!(&names, read, "{} sections", file.name);
            for section in &sections {
                assert!(
                    section.tags().next().is_none(),
                    "{} [{}]: a section read by name has no tags",
                    file.name,
                    section.header
                );
            }
        }
    }

    /// Sections of one file that must not share an entry: each says the opposite of the
    /// other, and the reader asks one before the other, so a shared word would be silently
    /// read as the first.
    const CONTRADICTING_SECTIONS: &[(ListFile, &str, &str)] = &[
        // An intention against "to" as a purpose, a call or an attempt.
        (STATUS_CUES, "intent", "not-intent-before-to"),
        (STATUS_CUES, "intent", "calls"),
        (STATUS_CUES, "intent", "attempt"),
        (STATUS_CUES, "calls", "not-intent-before-to"),
        // The whole country against a part of it.
        (CONFLICT_CUES, "whole-country", "part-of-country"),
        // A title before a name never ends a sentence, whatever follows it.
        (SENTENCE_PARTS, "name-titles", "before-number"),
        (SENTENCE_PARTS, "name-titles", "usually-inside"),
        // A denial is of a happening or of a part in it, never both.
        (RESPONSES, "denied-happening", "denied-involvement"),
        // A verb is of leaving or of removing, never both.
        (DEPARTURES, "leaving", "removing"),
        // The reader skips the modifiers before it looks for a bare count's predicate.
        (FIGURE_WORDS, "unit-skip", "bare-predicates"),
    ];

    #[test]
    fn contradicting_sections_share_no_entry() {
        for (file, a, b) in CONTRADICTING_SECTIONS {
            let first: HashSet<_> = file.named(a).into_iter().collect();
            let mut both: Vec<_> = file
                .named(b)
                .into_iter()
                .filter(|e| first.contains(e))
                .collect();
            both.sort();
            assert!(
                both.is_empty(),
                "{} [{a}] and [{b}] share {both:?}",
                file.name
            );
            assert!(!first.is_empty(), "{} has no [{a}]", file.name);
        }
    }

    /// actors.txt and quotations.txt hold the sections their detectors read, by name, with
    /// the tags they read; a misspelt name would leave a step with no words.
    #[test]
    fn actor_and_quotation_words_hold_the_sections_read() {
        let names = |file: ListFile| -> Vec<&'static str> {
            let mut names: Vec<_> = file.sections().iter().map(Section::name).collect();
            names.dedup();
            names
        };
        assert_eq!(
            names(ACTORS),
            [
                "individual-titles",
                "bodies",
                "unclear-heads",
                "actions",
                "action-nouns",
                "between",
                "place-prepositions",
                "gerund-links",
                "adverbial-openers",
            ]
        );
        for section in ACTORS.sections() {
            let tag = match section.name() {
                "bodies" => section.tag_value("role"),
                "actions" => section.tag_value("class"),
                _ => None,
            };
            assert_eq!(
                section.tags().count(),
                usize::from(tag.is_some()),
                "actors.txt [{}]: a body has one role= tag, an action one class= tag",
                section.header
            );
            if section.name() == "bodies" {
                assert!(
                    [
                        "executive",
                        "legislature",
                        "judiciary",
                        "security",
                        "alliance"
                    ]
                    .contains(&tag.unwrap_or_default()),
                    "actors.txt [{}]: unknown role",
                    section.header
                );
            }
            for entry in &section.entries {
                assert!(
                    entry.chars().all(char::is_alphanumeric),
                    "actors.txt [{}]: {entry:?} is not one word",
                    section.header
                );
            }
        }
        assert_eq!(
            names(QUOTATIONS),
            [
                "not-the-speaker",
                "verbs-with-an-object",
                "not-names",
                "relative-pronouns",
                "contraction-endings",
                "spelled-out"
            ]
        );
        for entry in QUOTATIONS.named("spelled-out") {
            let (written, spoken) = pair(entry);
            assert!(
                written != spoken && !written.is_empty() && !spoken.is_empty(),
                "quotations.txt [spelled-out]: {entry:?} is not a `written = spoken` pair"
            );
        }
        // Quoted sides keep their edge spaces.
        assert!(
            QUOTATIONS
                .named("spelled-out")
                .iter()
                .any(|e| pair(e) == ("'m ", " am "))
        );
    }

    /// Lists that must not share a word, and why.
    #[test]
    fn lists_that_contradict_share_no_word() {
        let words = |file: ListFile| -> HashSet<&'static str> {
            file.entries()
                .into_iter()
                .filter(|e| !e.contains(' '))
                .collect()
        };
        // Each word is listed where its idea is, once: the readers join these lists.
        let once = [FUNCTION_WORDS, REPORTING_VERBS, STOP_WORDS, UNIT_ENDS];
        for (i, a) in once.iter().enumerate() {
            for b in &once[i + 1..] {
                let mut both: Vec<_> = words(*a).intersection(&words(*b)).copied().collect();
                both.sort();
                assert!(both.is_empty(), "{} and {} share {both:?}", a.name, b.name);
            }
        }
        for file in TAGGED_BY_READER {
            for section in file.sections() {
                let readers: &[&str] = if file.name == REPORTING_VERBS.name {
                    &["stop", "unit", "telling", "speech", "cited-by"]
                } else {
                    &["stop", "unit"]
                };
                assert!(
                    section.tags().all(|t| readers.contains(&t)) && section.tags().next().is_some(),
                    "{}: [{}] must name its readers, of {readers:?}",
                    file.name,
                    section.header
                );
            }
        }
        let stop: HashSet<_> = tagged(&TAGGED_BY_READER, "stop").into_iter().collect();
        let disjoint = [
            // A stop word is dropped before concepts are looked up: as a concept word it
            // would never be read.
            ("stop words", &stop, "concept words", words(CONCEPTS)),
            // A stop word is dropped before it is folded to its country.
            ("stop words", &stop, "country words", words(COUNTRIES)),
            // A word folded to its country never reaches the concept table.
            (
                "country words",
                &words(COUNTRIES),
                "concept words",
                words(CONCEPTS),
            ),
        ];
        for (a_name, a, b_name, b) in &disjoint {
            let mut both: Vec<_> = a.intersection(b).collect();
            both.sort();
            assert!(both.is_empty(), "{a_name} and {b_name} share {both:?}");
        }
    }
}
