//! A general lexicon of news English: synonym groups mapped to one concept, reporting verbs,
//! stop words, spelling variants, demonyms and capital-for-country metonyms.
//!
//! Nothing here names a person, place or figure of one article set: the groups are the words
//! news wires use for the same thing (killed/dead/died, detained/arrested, police/security
//! forces, ...), so that paraphrases across outlets meet on one key.

use std::collections::HashMap;
use std::sync::LazyLock;

/// Synonym groups: the concept key, then the words (lowercase surface forms; every form is
/// also stemmed when the table is built, so listing one inflection usually suffices).
const CONCEPTS: &[(&str, &[&str])] = &[
    (
        "KILL",
        &[
            "kill",
            "killed",
            "killing",
            "killings",
            "dead",
            "death",
            "deaths",
            "died",
            "die",
            "dying",
            "slain",
            "fatalities",
            "fatality",
            "fatal",
            "fatally",
            "perished",
            "deadly",
            "lethal",
            "casualties",
            "eliminated",
        ],
    ),
    (
        "INJURE",
        &[
            "injure",
            "injured",
            "injuries",
            "injury",
            "wounded",
            "wounding",
            "wounds",
            "hurt",
            "hospitalized",
            "hospitalised",
        ],
    ),
    (
        "DETAIN",
        &[
            "detain",
            "detained",
            "detention",
            "detentions",
            "arrest",
            "arrested",
            "arrests",
            "custody",
            "apprehended",
            "jailed",
            "imprisoned",
        ],
    ),
    (
        "PROTESTER",
        &[
            "protester",
            "protesters",
            "protestor",
            "protestors",
            "demonstrator",
            "demonstrators",
            "rioter",
            "rioters",
            "marchers",
            "crowd",
            "crowds",
        ],
    ),
    (
        "PROTEST",
        &[
            "protest",
            "protests",
            "protesting",
            "demonstration",
            "demonstrations",
            "rally",
            "rallies",
            "riot",
            "riots",
            "unrest",
            "uprising",
            "turmoil",
            "upheaval",
        ],
    ),
    (
        "SECURITY",
        &[
            "police",
            "policemen",
            "policeman",
            "officer",
            "officers",
            "security",
            "guard",
            "guards",
            "gendarmerie",
            "servicemen",
            "law-enforcement",
        ],
    ),
    (
        "TROOPS",
        &[
            "troops",
            "soldiers",
            "forces",
            "peacekeepers",
            "peacekeeping",
            "military",
            "army",
            "contingent",
            "personnel",
        ],
    ),
    (
        "SEND",
        &[
            "send",
            "sent",
            "sending",
            "dispatch",
            "dispatched",
            "deploy",
            "deployed",
            "deployment",
        ],
    ),
    (
        "STORM",
        &[
            "storm",
            "stormed",
            "storming",
            "seize",
            "seized",
            "seizing",
            "overran",
            "overrun",
            "captured",
            "occupied",
            "ransacked",
            "raided",
        ],
    ),
    (
        "PRICE",
        &["price", "prices", "cost", "costs", "tariff", "tariffs"],
    ),
    (
        "INCREASE",
        &[
            "increase",
            "increased",
            "increases",
            "rise",
            "rises",
            "rising",
            "rose",
            "hike",
            "hikes",
            "raise",
            "raised",
            "surge",
            "surged",
            "soared",
            "soaring",
            "jump",
            "jumped",
            "spike",
        ],
    ),
    (
        "REVERSE",
        &[
            "reverse",
            "reversed",
            "rescind",
            "rescinded",
            "revoke",
            "revoked",
            "scrap",
            "scrapped",
            "cancel",
            "cancelled",
            "canceled",
            "lower",
            "lowered",
            "cut",
        ],
    ),
    (
        "FUEL",
        &[
            "fuel",
            "gas",
            "petrol",
            "gasoline",
            "lpg",
            "petroleum",
            "diesel",
            "energy",
        ],
    ),
    (
        "RESIGN",
        &[
            "resign",
            "resigned",
            "resigns",
            "resignation",
            "resignations",
            "quit",
            "dismissed",
        ],
    ),
    (
        "GOVERNMENT",
        &["government", "cabinet", "administration", "authorities"],
    ),
    (
        "OUTAGE",
        &[
            "shutdown",
            "blackout",
            "outage",
            "outages",
            "disconnected",
            "blocked",
        ],
    ),
    ("INTERNET", &["internet", "online", "web"]),
    (
        "ALLIANCE",
        &["alliance", "bloc", "coalition", "pact", "allies"],
    ),
    ("GRENADE", &["grenade", "grenades"]),
    (
        "REQUEST",
        &[
            "appeal",
            "appealed",
            "appeals",
            "request",
            "requested",
            "requests",
            "asked",
            "plea",
            "invite",
            "invited",
            "invitation",
        ],
    ),
    ("HELP", &["help", "assistance", "aid", "support"]),
    (
        "WEAPON",
        &["weapons", "weapon", "arms", "guns", "firearms", "rifles"],
    ),
    (
        "SHOOT",
        &[
            "shooting",
            "shot",
            "shots",
            "gunfire",
            "fired",
            "opened fire",
            "gunshots",
        ],
    ),
    (
        "EXPLOSION",
        &[
            "explosion",
            "explosions",
            "blast",
            "blasts",
            "bomb",
            "detonated",
        ],
    ),
    (
        "DECLARE",
        &[
            "declare",
            "declared",
            "decree",
            "decreed",
            "impose",
            "imposed",
            "introduced",
        ],
    ),
    (
        "BUILDING",
        &["building", "buildings", "premises", "headquarters"],
    ),
    (
        "FIRE",
        &[
            "ablaze", "burned", "burnt", "burning", "torched", "set fire", "fire", "flames",
        ],
    ),
    (
        "CALL",
        &["urged", "urge", "called", "calls", "demanded", "demand"],
    ),
    ("AIRPORT", &["airport", "airports", "airfield"]),
    ("TOPPLE", &["topple", "toppled", "toppling", "demolished"]),
    ("FORMER", &["former", "ex"]),
    ("CHIEF", &["head", "chief", "chairman", "chair", "leader"]),
    (
        "TERRORIST",
        &[
            "terrorist",
            "terrorists",
            "bandits",
            "militants",
            "extremists",
            "gangs",
        ],
    ),
    ("FOREIGN", &["foreign", "abroad", "outside", "external"]),
    (
        "STABILIZE",
        &[
            "stabilize",
            "stabilise",
            "stabilized",
            "stabilised",
            "normalize",
        ],
    ),
    ("LARGEST", &["largest", "biggest"]),
    (
        "ROAD",
        &["road", "roads", "street", "streets", "highway", "highways"],
    ),
    ("PRESIDENT", &["president", "presidential"]),
];

/// Multi-word expressions folded into one concept before single words are looked up.
const PHRASES: &[(&[&str], &str)] = &[
    (&["security", "forces"], "SECURITY"),
    (&["security", "personnel"], "SECURITY"),
    (&["law", "enforcement"], "SECURITY"),
    (&["national", "guard"], "SECURITY"),
    (&["riot", "police"], "SECURITY"),
    (&["took", "over"], "STORM"),
    (&["take", "over"], "STORM"),
    (&["taken", "over"], "STORM"),
    (&["broke", "into"], "STORM"),
    (&["stepped", "down"], "RESIGN"),
    (&["step", "down"], "RESIGN"),
    (&["steps", "down"], "RESIGN"),
    (&["shut", "down"], "OUTAGE"),
    (&["went", "down"], "OUTAGE"),
    (&["cut", "off"], "OUTAGE"),
    (&["lost", "their", "lives"], "KILL"),
    (&["opened", "fire"], "SHOOT"),
    (&["set", "fire"], "FIRE"),
    (&["set", "on", "fire"], "FIRE"),
    (&["tear", "gas"], "TEARGAS"),
    (&["torn", "down"], "TOPPLE"),
    (&["tore", "down"], "TOPPLE"),
    (&["tear", "down"], "TOPPLE"),
    (&["pulled", "down"], "TOPPLE"),
    (&["stun", "grenades"], "GRENADE"),
    (&["state", "of", "emergency"], "EMERGENCY"),
    (&["states", "of", "emergency"], "EMERGENCY"),
    (&["prime", "minister"], "PREMIER"),
    (&["asked", "for", "help"], "REQUEST"),
];

/// Phrases that tell what a count of people measures beyond the words of [`CONCEPTS`], read
/// only to type figures, never to align statements ("marched" as a concept would meet the
/// month of March): the concept, and whether the phrase follows the figure ("20,000 people
/// took to the streets") or comes before it ("attended by 200,000"). A phrase before the
/// figure tells attendance of whatever gathering the statement is about, so it gives its
/// concept only to a statement that also holds that concept ("the protest march was
/// attended by 200,000", not "the funeral was attended by 2,000").
const MEASURE_PHRASES: &[(&str, &str, bool)] = &[
    ("took to the streets", "PROTEST", true),
    ("take to the streets", "PROTEST", true),
    ("taken to the streets", "PROTEST", true),
    ("poured into the streets", "PROTEST", true),
    ("marched", "PROTEST", true),
    ("rallied", "PROTEST", true),
    ("demonstrated", "PROTEST", true),
    ("attended by", "PROTEST", false),
    ("turnout of", "PROTEST", false),
    ("crowd of", "PROTEST", false),
    ("crowds of", "PROTEST", false),
];

/// The concept of a phrase of [`MEASURE_PHRASES`] starting `after` (the lowercase text
/// following a figure and its noun) as a whole word.
pub fn measure_phrase_after(after: &str) -> Option<&'static str> {
    MEASURE_PHRASES
        .iter()
        .filter(|(_, _, follows)| *follows)
        .find(|(p, _, _)| {
            after
                .strip_prefix(p)
                .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, c, _)| *c)
}

/// The concept of a phrase of [`MEASURE_PHRASES`] ending `before` (the lowercase text
/// before a figure, its bound words stripped), with its concept, which the statement must
/// also hold for the figure to count it.
pub fn measure_phrase_before(before: &str) -> Option<&'static str> {
    MEASURE_PHRASES
        .iter()
        .filter(|(_, _, follows)| !*follows)
        .find(|(p, _, _)| {
            before
                .strip_suffix(p)
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric()))
        })
        .map(|(_, c, _)| *c)
}

/// Words that carry no fact: function words and reporting verbs.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "yourselves",
    "said",
    "says",
    "say",
    "saying",
    "told",
    "tell",
    "according",
    "reported",
    "reports",
    "report",
    "added",
    "noted",
    "stated",
    "stating",
    "claimed",
    "quoted",
    "cited",
    "citing",
    "announced",
    "announcement",
    "per",
    "via",
    "amid",
    "among",
    "since",
    "within",
    "without",
    "upon",
    "onto",
    "toward",
    "towards",
    "across",
    "around",
    "along",
    "however",
    "although",
    "though",
    "yet",
    "still",
    "even",
    "already",
    "many",
    "much",
    "several",
    "another",
    "one",
    "ones",
    "may",
    "might",
    "must",
    "shall",
    "unit",
    "including",
    "includes",
    "include",
    "included",
    "like",
    "well",
    "s",
    "mr",
    "mrs",
    "ms",
    "dr",
    "week",
    "day",
    "days",
    "time",
    "times",
    "year",
    "years",
    "new",
    "made",
    "make",
    "makes",
    "get",
    "got",
    "go",
    "went",
    "gone",
    "going",
    "come",
    "came",
    "take",
    "took",
    "taken",
    "give",
    "gave",
    "given",
    "people",
    "thing",
    "things",
    "way",
    // News agencies cited for a fact say who reported it, not what happened.
    "reuters",
    "ap",
    "afp",
    "tass",
    "interfax",
    "ria",
    "xinhua",
    "bloomberg",
    "upi",
    "dpa",
];

/// Demonyms and adjectives folded to their country's name.
const DEMONYMS: &[(&str, &str)] = &[
    ("russian", "russia"),
    ("american", "us"),
    ("u.s", "us"),
    ("usa", "us"),
    ("british", "uk"),
    ("u.k", "uk"),
    ("britain", "uk"),
    ("chinese", "china"),
    ("french", "france"),
    ("german", "germany"),
    ("ukrainian", "ukraine"),
    ("kazakh", "kazakhstan"),
    ("kyrgyz", "kyrgyzstan"),
    ("uzbek", "uzbekistan"),
    ("tajik", "tajikistan"),
    ("turkmen", "turkmenistan"),
    ("belarusian", "belarus"),
    ("armenian", "armenia"),
    ("georgian", "georgia"),
    ("iranian", "iran"),
    ("iraqi", "iraq"),
    ("syrian", "syria"),
    ("israeli", "israel"),
    ("turkish", "turkey"),
    ("indian", "india"),
    ("pakistani", "pakistan"),
    ("afghan", "afghanistan"),
    ("japanese", "japan"),
    ("korean", "korea"),
    ("mexican", "mexico"),
    ("canadian", "canada"),
    ("italian", "italy"),
    ("spanish", "spain"),
    ("polish", "poland"),
    ("european", "europe"),
    ("soviet", "soviet"),
];

/// Capitals and seats of power used as metonyms for their country ("Moscow-led").
const METONYMS: &[(&str, &str)] = &[
    ("moscow", "russia"),
    ("kremlin", "russia"),
    ("washington", "us"),
    ("beijing", "china"),
    ("london", "uk"),
    ("paris", "france"),
    ("berlin", "germany"),
    ("kyiv", "ukraine"),
    ("kiev", "ukraine"),
    ("tehran", "iran"),
    ("ankara", "turkey"),
    ("tokyo", "japan"),
];

/// British spellings folded to American ones (whole words, before stemming).
const SPELLINGS: &[(&str, &str)] = &[
    ("neighbouring", "neighboring"),
    ("neighbour", "neighbor"),
    ("neighbours", "neighbors"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("honour", "honor"),
    ("behaviour", "behavior"),
    ("centre", "center"),
    ("metre", "meter"),
    ("defence", "defense"),
    ("offence", "offense"),
    ("programme", "program"),
    ("organisation", "organization"),
    ("jewellery", "jewelry"),
    ("travelled", "traveled"),
    ("cancelled", "canceled"),
];

struct Tables {
    concept_by_word: HashMap<String, &'static str>,
    stop_words: std::collections::HashSet<&'static str>,
    demonyms: HashMap<&'static str, &'static str>,
    spellings: HashMap<&'static str, &'static str>,
}

static TABLES: LazyLock<Tables> = LazyLock::new(|| {
    let mut concept_by_word = HashMap::new();
    for (concept, words) in CONCEPTS {
        for w in *words {
            concept_by_word.insert(w.to_string(), *concept);
            concept_by_word.insert(crate::text::stem::stem(w), *concept);
        }
    }
    Tables {
        concept_by_word,
        stop_words: STOP_WORDS.iter().copied().collect(),
        demonyms: DEMONYMS.iter().chain(METONYMS).copied().collect(),
        spellings: SPELLINGS.iter().copied().collect(),
    }
});

/// The concept a lowercase word (or its stem) belongs to.
pub fn concept_of(word: &str, stem: &str) -> Option<&'static str> {
    let t = &*TABLES;
    t.concept_by_word
        .get(word)
        .or_else(|| t.concept_by_word.get(stem))
        .copied()
}

/// The concept a run of lowercase words starting at `words[0]` forms, with its length.
pub fn phrase_at(words: &[&str]) -> Option<(&'static str, usize)> {
    PHRASES
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
    TABLES.demonyms.get(word).copied()
}

/// True for a country, a demonym or a capital standing for its country ("france",
/// "french", "paris"), and for words shaped like country names ("-stan", "-land").
pub fn is_place_word(word: &str) -> bool {
    let t = &*TABLES;
    t.demonyms.contains_key(word)
        || t.demonyms.values().any(|c| *c == word)
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
            && !NOT_ISE.contains(&word)
        {
            return format!("{root}{us}").into();
        }
    }
    word.into()
}

/// `-ise` words that have no `-ize` form.
const NOT_ISE: &[&str] = &[
    "advise",
    "advised",
    "advises",
    "advising",
    "comprise",
    "comprised",
    "comprises",
    "compromise",
    "compromised",
    "despise",
    "devise",
    "devised",
    "exercise",
    "exercised",
    "expertise",
    "franchise",
    "improvise",
    "merchandise",
    "otherwise",
    "premise",
    "premises",
    "promise",
    "promised",
    "promises",
    "revise",
    "revised",
    "supervise",
    "supervised",
    "surprise",
    "surprised",
    "surprises",
    "televise",
    "televised",
    "enterprise",
    "precise",
    "concise",
    "paradise",
    "raise",
    "raised",
    "raises",
    "praise",
    "praised",
    "noise",
    "poise",
    "cruise",
    "bruise",
    "bruised",
    "chemise",
    "demise",
    "treatise",
    "wise",
    "likewise",
    "clockwise",
    "arise",
    "arises",
    "arising",
    "rise",
    "rises",
    "rising",
    "sunrise",
    "disguise",
    "disguised",
];

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
