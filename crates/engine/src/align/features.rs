//! Per-statement matching features: weighted keys (stems, concepts, names, numbers) with
//! inverse document frequency computed over the whole article set.

use std::collections::{HashMap, HashSet};

use crate::model::{Analysis, StatementIdx};
use crate::text::background;
use crate::text::normalize::{self, Term, TermKind};
use crate::text::parse::Parse;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

/// What kind of evidence a key is, for weighting and for reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyKind {
    Word,
    Concept,
    Name,
    Number,
}

/// In a large set, a key found in this many statements or more is down-weighted: it no
/// longer tells facts of this event apart.
const LOCAL_SPREAD: f32 = 20.0;

/// The spread at which damping starts in a set of `statements` from `sources` sources: at
/// most [`LOCAL_SPREAD`], and in a small set no lower than what one fact told once by every
/// source reaches, so that such a key keeps its full weight. (In two articles of four
/// sentences, a key in two statements is the typical shared fact, not a common word.)
fn local_spread(statements: f32, sources: f32) -> f32 {
    LOCAL_SPREAD
        .min((statements + 1.0) / (sources + 0.5))
        .max(2.0)
}

/// One weighted key of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Key {
    pub key: String,
    /// The key's interned number in this article set. Numbers follow the keys' string
    /// order, so comparing two ids compares the two keys without reading their text.
    pub id: KeyId,
    pub kind: KeyKind,
    /// The words as written, for reasons.
    pub surface: String,
    pub weight: f32,
}

/// An interned key: its rank among the distinct keys of one article set (see [`Key::id`]).
pub type KeyId = u32;

/// Everything the aligner and the conflict detector read about one statement.
#[derive(Debug, Clone, Default)]
pub struct Features {
    /// Distinct keys with their weights.
    pub keys: Vec<Key>,
    /// Sum of key weights (for coverage) and of squared weights (for cosine).
    pub weight_sum: f32,
    pub weight_sq_sum: f32,
    pub terms: Vec<Term>,
    /// The clauses of a long statement, each as the indices (into `keys`) of the keys it
    /// holds: a long sentence often tells several facts, and one of them may be the whole
    /// of another outlet's shorter sentence. Empty for a statement of one clause.
    pub clauses: Vec<Vec<usize>>,
    /// What is read from the statement alone, once for every reader: its tokens with their
    /// offsets and folded forms, figures, worded counts and dates (empty for boilerplate, like
    /// the rest).
    pub parse: Parse,
    /// The statement's figures that count something, each with its measure, read once by
    /// the number detector on first use (`conflict::number::measured`): each as its index
    /// into the parse's quantities followed by its worded counts. A pair's comparison reads
    /// both statements' measures, and a statement is in many pairs.
    pub(crate) measured: std::sync::OnceLock<Vec<(usize, crate::model::measure::Measure)>>,
    /// Whether the statement tells of an earlier event, read once on first use
    /// (`conflict::number::is_background`): every pair the statement is in asks it.
    pub(crate) background: std::sync::OnceLock<bool>,
    /// Whether the statement tells a yearly rate, read once on first use
    /// (`conflict::number::tells_habit`): every pair the statement is in asks it.
    pub(crate) habitual: std::sync::OnceLock<bool>,
    /// Whether the statement's article opens by telling of an election (a word of
    /// `election-words` in its first [`ELECTION_LEAD_STATEMENTS`] statements): a share won
    /// in any of its statements is a share of the vote ("Gonzalez, who won 44.4%, said she
    /// would not recognize the result").
    pub(crate) in_an_election_article: bool,
}

/// How many statements open an article for [`Features::in_an_election_article`]: its
/// headline and lede.
const ELECTION_LEAD_STATEMENTS: usize = 3;

impl Features {
    /// The key `k`, if the statement has it (keys are sorted).
    pub fn key(&self, k: &str) -> Option<&Key> {
        self.keys
            .binary_search_by(|x| x.key.as_str().cmp(k))
            .ok()
            .map(|i| &self.keys[i])
    }
    pub fn has_concept(&self, c: &str) -> bool {
        self.terms
            .iter()
            .any(|t| t.kind == TermKind::Concept && t.key == c)
    }
}

impl Features {
    /// Terms and figures of one statement of an article dated `article_date`, without
    /// corpus weights: enough for the conflict detectors, which read words and figures, not
    /// weights.
    pub fn unweighted(text: &str, article_date: Option<crate::model::Date>) -> Self {
        Self {
            terms: normalize::terms(text),
            parse: Parse::of_statement(text, article_date),
            ..Default::default()
        }
    }
}

/// How the key of a sum of money begins.
pub(crate) const SUM_KEY_PREFIX: &str = "#$";

/// The key a quantity contributes, if it is a figure worth matching on.
pub(crate) fn number_key(q: &Quantity) -> Option<String> {
    match q.kind {
        // A sum of money meets the same sum only ("$334 million" and "US$334 million"),
        // not a count or a share of the same value.
        QuantityKind::Money => Some(format!("{SUM_KEY_PREFIX}{}", q.value)),
        QuantityKind::Count | QuantityKind::Percent => Some(format!("#{}", q.value)),
        QuantityKind::Year => Some(format!("#y{}", q.value)),
        QuantityKind::Duration => Some(format!("#d{}{}", q.value, q.unit)),
        // A person's age, kept apart from counts: "81-year-old" and "who is 81" meet, but
        // not "81 people".
        QuantityKind::Age => Some(format!("#a{}", q.value)),
        _ => None,
    }
}

/// Does the year starting at byte `start` of `text` end a date ("8 October 2011", "Nov. 3,
/// 2015", "July 9th, 2013")? The word before it is a month or a day of one.
fn ends_a_date(text: &str, start: usize) -> bool {
    let before = text[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '/' | '-'));
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let day = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    crate::text::numbers::month_of_name(&word).is_some()
        || (!day.is_empty() && day.len() <= 2 && day.chars().all(|c| c.is_ascii_digit()))
}

/// Does the year ending at byte `end` of `text` name a model or an edition, a capitalised
/// name right after it ("a 2013 Toyota Camry", "the 2012 Olympics")?
fn names_a_model(text: &str, end: usize) -> bool {
    let mut after = text[end..].chars();
    after.next().is_some_and(char::is_whitespace)
        && after
            .find(|c| !c.is_whitespace())
            .is_some_and(char::is_uppercase)
}

/// Acronyms spelled out in a statement, with the words they stand for: "Collective Security
/// Treaty Organization" also gives the key `csto`, so it meets a statement that only says
/// "CSTO". Runs of three or more capitalised words (function words such as "of" in between
/// are allowed) count. A run no one abbreviates still works as one key for the whole name
/// ("French President Francois Hollande" in two outlets).
fn acronym_keys(text: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut initials = String::new();
    let mut words: Vec<&str> = Vec::new();
    let mut flush = |initials: &mut String, words: &mut Vec<&str>| {
        let capitalised = words.iter().filter(|w| !is_joining_word(w)).count();
        if capitalised >= 3 {
            while words.last().is_some_and(|w| is_joining_word(w)) {
                words.pop();
            }
            out.push((initials.to_lowercase(), words.join(" ")));
        }
        initials.clear();
        words.clear();
    };
    for w in text.split(|c: char| c.is_whitespace() || c == '-' || c == '(' || c == ')') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        match w.chars().next() {
            Some(c) if c.is_uppercase() && w.chars().skip(1).all(char::is_lowercase) => {
                initials.push(c);
                words.push(w);
            }
            _ if is_joining_word(w) && !words.is_empty() => words.push(w),
            _ => flush(&mut initials, &mut words),
        }
    }
    flush(&mut initials, &mut words);
    out
}

/// Function words allowed inside a spelled-out name ("Bank of England"), which give an
/// acronym no letter.
pub(crate) fn is_joining_word(w: &str) -> bool {
    ["of", "for", "and", "the"].contains(&w)
}

/// Compute features for every non-boilerplate statement (boilerplate gets empty features).
pub fn compute(analysis: &Analysis) -> Vec<Features> {
    // Each statement's terms and its one parse (figures, zero counts, dates), read once.
    // On every core: a statement's reading needs nothing of the others.
    let mut raw: Vec<(Vec<Term>, Parse)> =
        crate::parallel::map_on_cores(&analysis.statements, |s| {
            if s.is_boilerplate() {
                (vec![], Parse::default())
            } else {
                (
                    normalize::terms(&s.text),
                    Parse::of_statement(&s.text, analysis.source(s.source).meta.date),
                )
            }
        });

    // A capitalised first word is a name only if it appears capitalised mid-sentence somewhere.
    let mid_caps: HashSet<String> = raw
        .iter()
        .flat_map(|(t, _)| t.iter())
        .filter(|t| t.kind == TermKind::Name && !t.sentence_initial)
        .map(|t| t.key.clone())
        .collect();
    for (terms, _) in &mut raw {
        for t in terms.iter_mut() {
            if t.kind == TermKind::Name && t.sentence_initial && !mid_caps.contains(&t.key) {
                t.kind = TermKind::Word;
                t.key = crate::text::stem::stem(&t.key);
            }
        }
    }

    let written_names: HashSet<String> = raw
        .iter()
        .flat_map(|(t, _)| t.iter())
        .filter(|t| t.kind == TermKind::Name)
        .map(|t| t.key.clone())
        .collect();
    let mut per_statement: Vec<Vec<(String, KeyKind, String)>> = Vec::with_capacity(raw.len());
    let mut df: HashMap<String, u32> = HashMap::new();
    for (terms, parse) in &raw {
        let mut seen = HashSet::new();
        let mut keys = Vec::new();
        for t in terms {
            let kind = match t.kind {
                TermKind::Word => KeyKind::Word,
                TermKind::Concept => KeyKind::Concept,
                TermKind::Name => KeyKind::Name,
            };
            if seen.insert(t.key.clone()) {
                keys.push((t.key.clone(), kind, t.surface.clone()));
            }
        }
        for (acronym, spelled_out) in acronym_keys(&analysis.statements[per_statement.len()].text) {
            if seen.insert(acronym.clone()) {
                // Reasons show the acronym when the set writes it, else the name itself.
                let surface = if written_names.contains(acronym.as_str()) {
                    acronym.to_uppercase()
                } else {
                    spelled_out
                };
                keys.push((acronym, KeyKind::Name, surface));
            }
        }
        let statement = &analysis.statements[per_statement.len()];
        let own_year = analysis
            .source(statement.source)
            .meta
            .date
            .map(|d| chrono::Datelike::year(&d) as f64);
        for q in &parse.quantities {
            // The year the article is written in, alone, is no figure of a fact: it is the
            // year of everything the article tells ("its 2012 financial guidance", "2012
            // roadmaps"), as "this year" is. In a date ("8 October 2011") it is part of the
            // day told, and before a name ("a 2013 Toyota Camry") of a thing.
            if q.kind == QuantityKind::Year
                && Some(q.value) == own_year
                && !ends_a_date(&statement.text, q.start)
                && !names_a_model(&statement.text, q.end)
            {
                continue;
            }
            if let Some(k) = number_key(q)
                && seen.insert(k.clone())
            {
                keys.push((k, KeyKind::Number, q.text.clone()));
            }
        }
        // A report that no one was harmed ("no one was killed", "there were no casualties")
        // gives the figure none.
        if parse.worded_counts.iter().any(|q| q.value == 0.0) && seen.insert("#0".to_string()) {
            keys.push(("#0".to_string(), KeyKind::Number, "none".to_string()));
        }
        for (k, _, _) in &keys {
            *df.entry(k.clone()).or_default() += 1;
        }
        per_statement.push(keys);
    }
    // One kind per key across the set: a key some statement writes as a plain word
    // ("former", "Former President") is a word everywhere, so that two statements weigh
    // what they share alike whichever of them comes first.
    let plain: HashSet<String> = per_statement
        .iter()
        .flatten()
        .filter(|(_, kind, _)| *kind == KeyKind::Word)
        .map(|(k, _, _)| k.clone())
        .collect();
    for keys in &mut per_statement {
        for (k, kind, _) in keys.iter_mut() {
            if *kind == KeyKind::Name && plain.contains(k.as_str()) {
                *kind = KeyKind::Word;
            }
        }
    }

    let n = analysis
        .statements
        .iter()
        .filter(|s| !s.is_boilerplate())
        .count()
        .max(1) as f32;
    let sources = analysis
        .statements
        .iter()
        .filter(|s| !s.is_boilerplate())
        .map(|s| s.source)
        .collect::<HashSet<_>>()
        .len()
        .max(1) as f32;
    let local_cap = local_spread(n, sources).ln();
    let key_ids = intern_sorted(df.keys());
    let text_of = |i: usize| analysis.statements[i].text.clone();
    let mut features = raw
        .into_iter()
        .zip(per_statement)
        .enumerate()
        .map(|(i, ((terms, parse), keys))| {
            let keys: Vec<Key> = keys
                .into_iter()
                .map(|(key, kind, surface)| {
                    // How informative the key is in news at large, damped when this
                    // set uses it everywhere.
                    let general = match kind {
                        KeyKind::Number => 0.8 * background::idf("#"),
                        _ => background::idf(&key),
                    };
                    let local = ((n + 1.0) / (df[&key] as f32 + 0.5)).ln() / local_cap;
                    Key {
                        id: key_ids[key.as_str()],
                        key,
                        kind,
                        surface,
                        weight: general * local.clamp(0.05, 1.0),
                    }
                })
                .collect();
            let mut keys = keys;
            keys.sort_by(|x, y| x.key.cmp(&y.key));
            let clauses = clause_keys(&text_of(i), &keys, &terms, &parse.quantities);
            Features {
                weight_sum: keys.iter().map(|k| k.weight).sum(),
                weight_sq_sum: keys.iter().map(|k| k.weight * k.weight).sum(),
                keys,
                terms,
                clauses,
                parse,
                measured: Default::default(),
                background: Default::default(),
                habitual: Default::default(),
                in_an_election_article: false,
            }
        })
        .collect::<Vec<Features>>();
    mark_election_articles(analysis, &mut features);
    features
}

word_lists::sections! {
    /// Words of an election: a statement holding one tells of an election (its shares won
    /// are shares of the vote), and an article whose opening holds one is an election's.
    ELECTION_WORDS = FIGURE_CUES["election-words"];
}

/// Does the statement tell of an election (a word of [`ELECTION_WORDS`])?
pub(crate) fn tells_an_election(f: &Features, text: &str) -> bool {
    f.parse
        .letter_runs_between(text, 0, text.len())
        .iter()
        .any(|(_, w)| ELECTION_WORDS.contains(&w.as_str()))
}

/// Set [`Features::in_an_election_article`] of every statement whose article opens by
/// telling of an election.
pub(crate) fn mark_election_articles(analysis: &Analysis, features: &mut [Features]) {
    let mut lead_seen: HashMap<usize, usize> = HashMap::new();
    let mut election_sources: HashSet<usize> = HashSet::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        if s.is_boilerplate() {
            continue;
        }
        let seen = lead_seen.entry(s.source.0).or_insert(0);
        *seen += 1;
        if *seen <= ELECTION_LEAD_STATEMENTS && tells_an_election(&features[i], &s.text) {
            election_sources.insert(s.source.0);
        }
    }
    for (f, s) in features.iter_mut().zip(&analysis.statements) {
        f.in_an_election_article = election_sources.contains(&s.source.0);
    }
}

/// Number every distinct key by its rank in string order (see [`Key::id`]).
fn intern_sorted<'k>(keys: impl Iterator<Item = &'k String>) -> HashMap<&'k str, KeyId> {
    let mut sorted: Vec<&str> = keys.map(String::as_str).collect();
    sorted.sort_unstable();
    sorted.into_iter().zip(0..).collect()
}

word_lists::sections! {
    /// Words that open a new clause inside a sentence, with the spaces around them (section
    /// `clause-openers` of `assets/lexicon/sentence-parts.txt`).
    CLAUSE_OPENERS = SENTENCE_PARTS["clause-openers"];
}

/// Byte ranges of the clauses of a sentence: split at clause punctuation and at words that
/// open a clause; pieces too short to hold a fact join the piece before them.
fn clause_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = text
        .char_indices()
        .filter(|(_, c)| matches!(c, ',' | ';' | ':' | '(' | ')' | '–' | '—'))
        .map(|(i, _)| i)
        .collect();
    let lower = text.to_ascii_lowercase();
    for w in CLAUSE_OPENERS.iter() {
        cuts.extend(lower.match_indices(w).map(|(i, _)| i));
    }
    cuts.sort_unstable();
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain([text.len()]) {
        if cut <= start {
            continue;
        }
        let words = text[start..cut].split_whitespace().count();
        match ranges.last_mut() {
            Some(last) if words < 4 => last.1 = cut,
            _ => ranges.push((start, cut)),
        }
        start = cut;
    }
    ranges
}

/// The keys of each clause of a statement (see [`Features::clauses`]).
fn clause_keys(
    text: &str,
    keys: &[Key],
    terms: &[Term],
    quantities: &[Quantity],
) -> Vec<Vec<usize>> {
    let ranges = clause_ranges(text);
    if ranges.len() < 2 {
        return vec![];
    }
    let index = |k: &str| keys.binary_search_by(|x| x.key.as_str().cmp(k)).ok();
    ranges
        .iter()
        .map(|&(s, e)| {
            let mut ids: Vec<usize> = terms
                .iter()
                .filter(|t| t.start >= s && t.start < e)
                .filter_map(|t| index(&t.key))
                .chain(
                    quantities
                        .iter()
                        .filter(|q| q.start >= s && q.start < e)
                        .filter_map(|q| number_key(q).and_then(|k| index(&k))),
                )
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        })
        .collect()
}

/// Index of statements by key id (see [`Key::id`]), for candidate search: entry `id`
/// lists the statements holding that key, in statement order.
pub fn inverted_index(features: &[Features]) -> Vec<Vec<StatementIdx>> {
    let key_count = features
        .iter()
        .flat_map(|f| f.keys.iter().map(|k| k.id as usize + 1))
        .max()
        .unwrap_or(0);
    let mut index: Vec<Vec<StatementIdx>> = vec![Vec::new(); key_count];
    for (i, f) in features.iter().enumerate() {
        for k in &f.keys {
            index[k.id as usize].push(StatementIdx(i));
        }
    }
    index
}

#[cfg(test)]
mod tests {
    use super::{acronym_keys, clause_ranges, ends_a_date, names_a_model};

    #[test]
    fn long_sentences_split_into_clauses_of_a_fact_each() {
        let text = "The mayor resigned on Friday after a week of strikes, and the council named an interim mayor who will serve until the election.";
        let clauses: Vec<&str> = clause_ranges(text)
            .into_iter()
            .map(|(s, e)| text[s..e].trim())
            .collect();
        assert_eq!(
            clauses,
            [
                "The mayor resigned on Friday",
                "after a week of strikes,",
                "and the council named an interim mayor",
                "who will serve until the election."
            ]
        );
        // Short pieces join the piece before them.
        assert_eq!(clause_ranges("Police, he said, left.").len(), 1);
    }

    #[test]
    fn a_year_in_a_date_or_before_a_name_is_told_apart_from_a_year_alone() {
        let year_at = |text: &str| text.find("2013").unwrap();
        for dated in [
            "On Tuesday, July 9th, 2013 at approximately 8:20 PM",
            "the break which happened on 8 October 2013",
            "on the night of Nov. 3, 2013, when",
            "27 / 09 / 2013-Turkmenistan to hold elections",
        ] {
            assert!(ends_a_date(dated, year_at(dated)), "{dated}");
        }
        for alone in [
            "homicides number 10 and 11 in Rockford in 2013.",
            "its 2013 financial guidance",
        ] {
            assert!(!ends_a_date(alone, year_at(alone)), "{alone}");
        }
        let end_of = |text: &str| year_at(text) + 4;
        let model = "struck by a gray 2013 Toyota Camry";
        assert!(names_a_model(model, end_of(model)));
        let guidance = "its 2013 financial guidance";
        assert!(!names_a_model(guidance, end_of(guidance)));
    }

    #[test]
    fn spelled_out_names_give_their_acronym() {
        let keys = |text: &str| -> Vec<String> {
            acronym_keys(text).into_iter().map(|(k, _)| k).collect()
        };
        assert_eq!(
            keys("the Russia-led Collective Security Treaty Organization (CSTO) said"),
            ["csto"]
        );
        assert_eq!(
            acronym_keys("the North Atlantic Treaty Organization"),
            [(
                "nato".to_string(),
                "North Atlantic Treaty Organization".to_string()
            )]
        );
        assert_eq!(
            acronym_keys("at the International Court of Justice in"),
            [(
                "icj".to_string(),
                "International Court of Justice".to_string()
            )]
        );
        assert!(keys("Police fired at Almaty").is_empty());
    }
}
