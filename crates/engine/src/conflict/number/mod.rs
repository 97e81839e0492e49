//! Number conflicts: two statements give different figures for the same measure (the same
//! event, such as killed or detained, of the same population, such as security forces).
//!
//! Figures are intervals ([`Quantity::low`]..[`Quantity::high`]): disjoint intervals cannot
//! both be true (hard); overlapping ones with different nominal values are compatible but
//! differ in precision or bound (soft), and the explanation says why.

use chrono::Datelike;

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::align::Features;
use crate::model::{ConflictKind, Severity};
use crate::text::normalize::TermKind;
use crate::text::parse::Parse;
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::{lexicon, word_lists};

use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side, Subject};

/// Event concepts a count can measure, with the words used in explanations (tagged
/// `measure=word` in `assets/lexicon/concepts.txt`).
static EVENTS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(lexicon::measured_concepts);

/// Nouns before "of" that make the figure after them a population ("a nation of 19 million").
static POPULATION_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "population-head"));

/// Who is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Population {
    Security,
    Troops,
    Protesters,
    /// "people", "civilians", "residents": everyone or the public at large.
    People,
    /// "attackers", "gunmen", "suicide bombers": those who did it, never part of a toll of
    /// their victims ("seven dead attackers" against "80 people died").
    Perpetrators,
    Unknown,
}

impl Population {
    /// "security forces " (with a space to go before an event word), or "" when unknown.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Self::Security => "security forces ",
            Self::Troops => "troops ",
            Self::Protesters => "protesters ",
            Self::People => "people ",
            Self::Perpetrators => "attackers ",
            Self::Unknown => "",
        }
    }

    /// A group apart from the public (security forces, troops), whose count is a part of
    /// a toll of everyone. Protesters are not apart: tolls of a protest count them as people.
    fn is_group(self) -> bool {
        matches!(self, Self::Security | Self::Troops)
    }

    /// Can two counts of these populations be counts of the same thing? A count of the
    /// security forces is its own measure, distinct from a count of all people.
    fn compatible(self, other: Population) -> bool {
        use Population::*;
        match (self, other) {
            (a, b) if a == b => true,
            // A toll that names no one counts victims, not those who attacked them.
            (Perpetrators, _) | (_, Perpetrators) => false,
            (Unknown, _) | (_, Unknown) => true,
            (People, Protesters) | (Protesters, People) => true,
            _ => false,
        }
    }
}

/// What a figure measures: an event and a population.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Measure {
    pub event: &'static str,
    pub event_label: &'static str,
    pub population: Population,
}

/// Nouns for those who carried out an attack.
static PERPETRATOR_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "perpetrator"));

/// Words that end the noun phrase after a figure: "four dead after the gunman opened fire"
/// counts the dead, not the gunman.
static PHRASE_BREAKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("phrase-breaks"));

fn is_perpetrator_noun(word: &str) -> bool {
    let word = word
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    let singular = word.strip_suffix('s').unwrap_or(&word);
    PERPETRATOR_NOUNS.contains(&singular) || PERPETRATOR_NOUNS.contains(&word.as_str())
}

fn population_of(f: &Features, text: &str, q: &Quantity) -> Population {
    // "seven dead attackers", "three suicide bombers", "eight attackers … seven died".
    let noun_after = text
        .get(q.end..)
        .unwrap_or("")
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .take(3)
        .take_while(|w| !PHRASE_BREAKS.contains(&w.to_lowercase().as_str()))
        .scan(false, |ended, w| {
            // A clause mark ends the noun phrase after the word that carries it.
            let take = !*ended;
            *ended = w.ends_with([',', ';', ':', '.']);
            take.then_some(w)
        })
        .any(is_perpetrator_noun);
    if noun_after
        || q.unit.split_whitespace().any(is_perpetrator_noun)
        || (q.unit.is_empty() && is_perpetrator_noun(q.counted_noun()))
    {
        return Population::Perpetrators;
    }
    let unit = q.unit.to_lowercase();
    if ["people", "civilian", "resident", "person", "citizen"]
        .iter()
        .any(|w| unit.contains(w))
    {
        return Population::People;
    }
    // A bare count sharing the noun of the count before it: "317 police … and eight killed".
    if q.unit.is_empty() && !q.implied_unit.is_empty() {
        let noun = q.counted_noun().to_lowercase();
        match crate::text::lexicon::concept_of(&noun, &crate::text::stem::stem(&noun)) {
            Some("SECURITY") => return Population::Security,
            Some("TROOPS") => return Population::Troops,
            Some("PROTESTER") => return Population::Protesters,
            _ => {}
        }
    }
    // The counted noun phrase: "317 police and national guard servicemen",
    // "thirteen members of the security forces"; not words further on.
    let window_end = q.end + q.unit.len().max(4) + 24;
    for t in f
        .terms
        .iter()
        .filter(|t| t.start >= q.end && t.start <= window_end)
    {
        if t.kind == TermKind::Concept {
            match t.key.as_str() {
                "SECURITY" => return Population::Security,
                "TROOPS" => return Population::Troops,
                "PROTESTER" => return Population::Protesters,
                // An event word ends the noun phrase: "eight killed by a crowd".
                k if EVENTS.iter().any(|(e, _)| *e == k) => break,
                _ => {}
            }
        }
    }
    Population::Unknown
}

/// Nouns that count people.
static PERSON_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "counts-people"));

/// Does a count count people? True when it has no noun ("eight killed"), a person noun
/// ("200 people"), or a noun of the lexicon's populations ("317 police").
pub(crate) fn counts_people(f: &Features, q: &Quantity) -> bool {
    let unit = q.unit.to_lowercase();
    let words: Vec<&str> = unit.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return true;
    };
    if PERSON_NOUNS.contains(first)
        || PERSON_NOUNS.contains(last)
        // "one man dead", "a woman injured".
        || (words.len() == 1 && SINGLE_PERSONS.contains(last))
        || words.iter().any(|w| is_perpetrator_noun(w))
    {
        return true;
    }
    // The head noun (last word of the phrase) must name a population: "317 police and
    // national guard servicemen", not "two deadly officer-involved shootings".
    f.terms
        .iter()
        .rfind(|t| t.start >= q.end && t.end <= q.end + q.unit.len() + 2)
        .is_some_and(|t| matches!(t.key.as_str(), "SECURITY" | "TROOPS" | "PROTESTER"))
}

/// Words that place a statement's figures in an earlier event, not the one reported.
static BACKGROUND_CUES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("background"));

/// Words before a figure that make it an aim, a fear or a guess, not a count of what
/// happened: "hoped to kill hundreds", "could have injured dozens".
static UNREAL_CUES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("unreal"));

/// Is the figure under a cue of [`UNREAL_CUES`] in its own clause?
fn is_unreal(text: &str, q: &Quantity) -> bool {
    let from = (q.start.saturating_sub(40)..=q.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.start);
    let before = text[from..q.start].to_lowercase();
    let clause = before
        .rsplit([',', ';', ':', '.'])
        .next()
        .unwrap_or_default();
    UNREAL_CUES.iter().any(|c| clause.contains(c))
}

/// Does the statement tell of an earlier event ("in December 2011 police fired ...",
/// "six weeks after a massacre in ...")? Its figures then measure that event.
pub fn is_background(side: &Side) -> bool {
    let lower = side.text().to_lowercase();
    if BACKGROUND_CUES.iter().any(|c| lower.contains(c)) {
        return true;
    }
    let this_year = side.article_date.map(|d| chrono::Datelike::year(&d) as f64);
    side.features
        .quantities
        .iter()
        .any(|q| q.kind == QuantityKind::Year && this_year.is_none_or(|y| q.value < y))
}

/// Days before the article's date beyond which a dated happening is an earlier event, not
/// the one reported (a page's date may lag its story by some weeks).
const EARLIER_EVENT_DAYS: i64 = 45;

/// Does the statement date its happening well before both articles ("In February, a quake
/// hit the town, killing 612", "on March 3, 2009")? Its figures then measure an earlier
/// event. A follow-up article dating the story's own event ("the shooting in March") is
/// not earlier than the other article, written in March.
fn tells_earlier_event(side: &Side, other_article_date: Option<crate::model::Date>) -> bool {
    let Some(article_date) = side.article_date else {
        return false;
    };
    let earliest_article = other_article_date.map_or(article_date, |d| d.min(article_date));
    let too_early =
        |last: crate::model::Date| (earliest_article - last).num_days() > EARLIER_EVENT_DAYS;
    if crate::text::date::extract_dates(side.text(), Some(article_date))
        .iter()
        .filter(|d| !d.relative)
        .filter_map(|d| d.span())
        .any(|(_, last)| too_early(last))
    {
        return true;
    }
    // "In February" without a day or a year: the latest such month up to the article's.
    let mut words: Vec<&str> = side.text().split_whitespace().collect();
    words.push(""); // so a month ending the statement has a word after it
    words.windows(3).any(|w| {
        let month = w[1].trim_end_matches([',', '.', ';']);
        let Some(m) = crate::text::numbers::month_number(month) else {
            return false;
        };
        let day_follows = w[2].starts_with(|c: char| c.is_ascii_digit());
        if !w[0].eq_ignore_ascii_case("in")
            || day_follows
            || crate::text::numbers::is_month_abbreviation(month)
        {
            return false;
        }
        let year = article_date.year() - i32::from(m > article_date.month());
        let next_month_start = if m == 12 {
            crate::model::Date::from_ymd_opt(year + 1, 1, 1)
        } else {
            crate::model::Date::from_ymd_opt(year, m + 1, 1)
        };
        next_month_start
            .and_then(|d| d.pred_opt())
            .is_some_and(too_early)
    })
}

/// Words next to a count that make it a part of a larger group, not the toll itself.
static SUBSET_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("subset-words"));

/// Phrases after a count that make it a part of a toll: those who died at one place or
/// time of the event ("one person died at the scene", "two died in hospital").
static SUBSET_PHRASES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("subset-phrases"));

/// Adverbs before an injury verb that grade it: "critically wounded two" counts only the
/// worst hurt.
static SEVERITY_ADVERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("severity-adverbs"));

/// Words right before a count that make it a part or an earlier tally: "the other five
/// suspects", "the last two officers slain".
static SUBSET_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("subset-heads"));

/// Nouns after "N more" that make the count an addition to another ("two more people").
static MORE_OF: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("more-of"));

/// Words after "N of" that make the count a part of a group: "three of those killed",
/// "one of two men charged".
static PARTITIVE_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("partitive-heads"));

/// Words that start another count in a list: "and a deputy", "and one killed", "7 men".
static COUNT_STARTERS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("count-starters"));

/// The number words that start another count in a list: "one" to "twelve".
const COUNT_STARTER_NUMBERS: std::ops::RangeInclusive<f64> = 1.0..=12.0;

/// Singular nouns that add one more person to a list: "4 women, man, unborn child".
static SINGLE_PERSONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "one-more-person"));

/// Verbs that end a noun phrase: what follows is said of it, so it is not a list.
static CLAUSE_VERBS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("clause-verbs"));

/// Concepts that are nouns of a population and may sit inside a counted noun phrase
/// (tagged `population` in `assets/lexicon/concepts.txt`).
static POPULATION_CONCEPTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::concepts_tagged("population"));

fn starts_count(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || COUNT_STARTERS.contains(&word)
        || crate::text::numbers::simple_number_words()
            .any(|(w, value)| w == word && COUNT_STARTER_NUMBERS.contains(&value))
}

/// Does `text[from..to]` stay inside one noun phrase: no verb, no event or action concept?
fn plain_noun_phrase(f: &Features, text: &str, from: usize, to: usize) -> bool {
    let words = f.parse.words_between(text, from, to);
    words.len() <= 5
        && !words
            .iter()
            .any(|(_, w)| CLAUSE_VERBS.contains(&w.as_ref()))
        && !f.terms.iter().any(|t| {
            t.kind == TermKind::Concept
                && t.start >= from
                && t.end <= to
                && !POPULATION_CONCEPTS.contains(&t.key.as_str())
        })
}

/// Byte ranges of asides set off by paired dashes or parentheses in `text[from..to]`:
/// "two officers -- named here -- and a deputy".
fn asides(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let stretch = &text[from..to];
    let mut out = Vec::new();
    for mark in ["--", "—", "–"] {
        let marks: Vec<usize> = stretch.match_indices(mark).map(|(i, _)| i).collect();
        for pair in marks.chunks(2) {
            if let [a, b] = pair {
                out.push((from + a, from + b + mark.len()));
            }
        }
    }
    let mut open = None;
    for (i, c) in stretch.char_indices() {
        match c {
            '(' => open = Some(i),
            ')' => {
                if let Some(o) = open.take() {
                    out.push((from + o, from + i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Is the count followed, within its noun phrase, by "and"/"," and another count or a
/// person ("two officers and a deputy", "two officers -- named here -- and the county's
/// deputy", "10 women, 7 men")?
fn list_item_follows(f: &Features, text: &str, q: &Quantity) -> bool {
    let reach_end = (q.end + 160).min(text.len());
    let reach_end = (reach_end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let cut = asides(text, q.end, reach_end);
    let inside = |at: usize| cut.iter().any(|&(s, e)| at >= s && at < e);
    let words: Vec<(usize, Cow<str>)> = f
        .parse
        .words_between(text, q.end, reach_end)
        .into_iter()
        .filter(|(at, _)| !inside(*at))
        .collect();
    let breaks_phrase = |at: usize, w: &str| {
        CLAUSE_VERBS.contains(&w)
            || f.terms.iter().any(|t| {
                t.start == at
                    && t.kind == TermKind::Concept
                    && !POPULATION_CONCEPTS.contains(&t.key.as_str())
            })
    };
    let gap_outside_asides = |from: usize, to: usize| -> String {
        text[from..to]
            .char_indices()
            .filter(|(i, _)| !inside(from + i))
            .map(|(_, c)| c)
            .collect()
    };
    let mut previous_end = q.end;
    for (n, (at, word)) in words.iter().enumerate() {
        let gap = gap_outside_asides(previous_end, *at);
        if gap.contains(['.', ';', ':', '!', '?']) || n > 5 {
            return false;
        }
        let conjunction = word == "and" || word == "plus";
        if conjunction || gap.contains(',') {
            let rest = if conjunction {
                &words[n + 1..]
            } else {
                &words[n..]
            };
            let next_is_count = rest.first().is_some_and(|(_, w)| starts_count(w));
            let person_follows = rest
                .iter()
                .take(8)
                .take_while(|(at, w)| !breaks_phrase(*at, w))
                .any(|(_, w)| SINGLE_PERSONS.contains(&w.as_ref()));
            return next_is_count || person_follows;
        }
        if breaks_phrase(*at, word) {
            return false;
        }
        previous_end = *at
            + text[*at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .unwrap_or(text.len() - *at);
    }
    false
}

/// `text` without `suffix` at its end, compared without ASCII case; `None` when it does not end
/// so. Never slices inside a character ("killed—and 4": the dash is three bytes).
fn strip_suffix_ignore_ascii_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..cut])
}

/// Is the count one item of a list whose total is told elsewhere ("one transit officer and
/// four city officers were killed", "two deputies and a trooper died", "10 women, 7 men
/// wounded")? Its figure is then a part, not the toll.
fn is_list_part(f: &Features, text: &str, q: &Quantity) -> bool {
    if list_item_follows(f, text, q) {
        return true;
    }
    // Preceded by "and"/"," after another count: "one officer and four".
    let head = text[..q.start].trim_end();
    let (joined, head) = if let Some(h) = head.strip_suffix(',') {
        (true, h)
    } else if let Some(h) = strip_suffix_ignore_ascii_case(head, " and") {
        (true, h)
    } else {
        (false, head)
    };
    if !joined {
        return false;
    }
    let from = head.char_indices().rev().nth(48).map_or(0, |(i, _)| i);
    let before = f.parse.words_between(text, from, head.len());
    // The item before is a count ("one officer and four") or a single person ("man, 2
    // teens wounded", "a baby and 4 people injured").
    let item = before
        .iter()
        .rev()
        .take(5)
        .find(|(_, w)| starts_count(w) || SINGLE_PERSONS.contains(&w.as_ref()));
    item.is_some_and(|(offset, w)| {
        let from = if SINGLE_PERSONS.contains(&w.as_ref()) {
            *offset
        } else {
            *offset + w.len()
        };
        plain_noun_phrase(f, text, from, head.len())
    })
}

/// Does the count name a decade of life ("a woman in her 20s", "in their 30's")?
fn is_decade(text: &str, q: &Quantity) -> bool {
    let rest = &text[q.end..];
    q.text.ends_with(|c: char| c.is_ascii_digit())
        && (rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with('s'))
}

/// Marks that end a clause or a quotation: a participle before one does not govern a
/// figure after it.
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '|', '—', '–',
];

/// Adjectives of an event ("a deadly shooting") describe a noun, not a count of victims.
static EVENT_ADJECTIVES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("event-adjectives"));

/// Where a count's own phrase ends: at a clause mark, or at "and" starting another
/// clause ("two lives and injured four") or another count ("10 shot and one killed").
fn phrase_end(f: &Features, text: &str, from: usize, limit: usize) -> usize {
    let limit = (limit.min(text.len())..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let stretch = &text[from..limit];
    let mut end = stretch
        .find([',', ';', ':', '(', ')', '|', '—', '–'])
        .map_or(limit, |i| from + i);
    // A dash typed as a spaced hyphen ("three officers - one fatally") sets off an aside.
    for dash in ["--", " - "] {
        if let Some(i) = stretch.find(dash) {
            end = end.min(from + i);
        }
    }
    let words = f.parse.words_between(text, from, end);
    for pair in words.windows(2) {
        let ((at, w), (next_at, next)) = (&pair[0], &pair[1]);
        if w == "and" {
            let next_is_event = f
                .terms
                .iter()
                .any(|t| t.start == *next_at && EVENTS.iter().any(|(e, _)| *e == t.key.as_str()));
            if next_is_event || starts_count(next) {
                return *at;
            }
        }
    }
    end
}

/// "Two other people", "3 still in hospital", "two of whom": a subset of a toll.
fn is_subset(text: &str, q: &Quantity) -> bool {
    let after: Vec<String> = text[q.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let before_words: Vec<String> = text[..q.start]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .take(2)
        .map(str::to_lowercase)
        .collect();
    let before = before_words.first().cloned();
    // "seriously injured four": only the worst hurt, a part of the injured; "three attacks
    // that each left four dead": a count per incident.
    let graded = before_words
        .get(1)
        .is_some_and(|w| SEVERITY_ADVERBS.contains(&w.as_str()))
        || before_words.iter().any(|w| w == "each");
    let partitive = q.bound != Bound::Vague
        && after.first().is_some_and(|w| w == "of")
        && after
            .get(1)
            .is_some_and(|w| PARTITIVE_HEADS.contains(&w.as_str()) || starts_count(w));
    let more_of = after.first().is_some_and(|w| w == "more")
        && after.get(1).is_some_and(|w| MORE_OF.contains(&w.as_str()));
    // The count's own clause: "One person died at the scene, and 19 were transported".
    let clause_end = text[q.end..]
        .find([',', ';', '.', ':'])
        .map_or(text.len(), |i| q.end + i);
    let clause = text[q.end..clause_end].to_lowercase();
    let at_one_place = SUBSET_PHRASES.iter().any(|p| clause.contains(p));
    partitive
        || at_one_place
        || graded
        || more_of
        || after.iter().any(|w| SUBSET_WORDS.contains(&w.as_str()))
        || before.is_some_and(|w| SUBSET_HEADS.contains(&w.as_str()))
}

/// A figure precise enough that a disjoint one contradicts it: exact, approximate, or an
/// order of magnitude ("hundreds", "several thousand"), not "a few" or "several".
fn committed(q: &Quantity) -> bool {
    q.bound != Bound::Vague || q.low >= 100.0
}

/// Is the figure the size of a population: "a nation of 19 million", "population of 19 million"?
fn is_population_figure(text: &str, q: &Quantity) -> bool {
    let head = text[..q.start].trim_end().to_lowercase();
    let Some(head) = head.strip_suffix(" of") else {
        return false;
    };
    let head = head.trim_end();
    POPULATION_HEADS
        .iter()
        .any(|h| head.ends_with(h) || head.ends_with(&format!("{h}s")))
}

/// The event and population a count measures, read from the words around it.
pub fn measure_of(
    f: &Features,
    text: &str,
    q: &Quantity,
    previous: Option<Measure>,
) -> Option<Measure> {
    if q.kind == QuantityKind::Multiplier {
        // "doubled the price of gas": the change itself is the measure.
        return Some(Measure {
            event: "CHANGE",
            event_label: "change",
            population: Population::Unknown,
        });
    }
    if is_population_figure(text, q) {
        return Some(Measure {
            event: "POPULATION",
            event_label: "population",
            population: Population::People,
        });
    }
    if q.kind == QuantityKind::Count
        && (!counts_people(f, q)
            || is_subset(text, q)
            || is_list_part(f, text, q)
            || is_decade(text, q)
            || is_unreal(text, q))
    {
        return None; // "15 shots", "two other people", "three still in hospital"
    }
    let event_of = |key: &str| EVENTS.iter().find(|(k, _)| *k == key);
    // The nearest event word after the figure and its noun ("eight killed", "200 people
    // were detained"), with no other figure in between; else just before it ("killing at
    // least 16").
    let next_figure = f
        .quantities
        .iter()
        .map(|x| x.start)
        .filter(|&s| s >= q.end)
        .min()
        .unwrap_or(usize::MAX);
    let reach = phrase_end(f, text, q.end, q.end + q.unit.len() + 32);
    let after = f
        .terms
        .iter()
        .filter(|t| t.start >= q.end && t.start <= reach && t.start < next_figure)
        .filter(|t| !EVENT_ADJECTIVES.contains(&t.surface.to_lowercase().as_str()))
        // "three people to Memorial Hospital": a hospital's count, not the toll.
        .filter(|t| {
            let surface = t.surface.to_lowercase();
            !surface.starts_with("hospital")
                || surface.ends_with("ized")
                || surface.ends_with("ised")
        })
        .find_map(|t| event_of(&t.key));
    // An event verb right before the figure governs it: "kills 2, injures 4", "hurt 15
    // people and killed one".
    let adjacent = f
        .terms
        .iter()
        .filter(|t| {
            t.end <= q.start && q.start - t.end <= 2 && text[t.end..q.start].trim().is_empty()
        })
        .find_map(|t| event_of(&t.key));
    let before = || {
        f.terms
            .iter()
            // Only a participle governs a figure after it: "killing at least 16"; not
            // across a clause mark or a quotation ("'Killing For Sport': 4 Shot").
            .filter(|t| t.end <= q.start && t.end + 24 >= q.start && t.surface.ends_with("ing"))
            .filter(|t| !text[t.end..q.start].contains(CLAUSE_MARKS))
            .filter_map(|t| event_of(&t.key))
            .next_back()
    };
    let (event, event_label) = adjacent
        .or(after)
        .or_else(before)
        .or_else(|| phrase_event(f, text, q, reach.min(next_figure)).and_then(event_of))?;
    let mut population = population_of(f, text, q);
    if population == Population::Unknown
        && let Some(p) = previous
    {
        population = p.population; // "317 police were injured and eight killed"
    }
    Some(Measure {
        event,
        event_label,
        population,
    })
}

/// Words between a phrase of attendance and its figure: "attended by an approximate
/// 200,000" (bound words the figure reader leaves out).
static ARTICLES_AND_BOUNDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("articles-and-bounds"));

/// The event a phrase of the lexicon's measure phrases gives a count of people: one after
/// the figure and its noun, up to `reach` ("20,000 people took to the streets", "tens of
/// thousands who marched"), or one before it ("attended by an approximate 200,000") when
/// the statement tells of that event.
fn phrase_event(f: &Features, text: &str, q: &Quantity, reach: usize) -> Option<&'static str> {
    let reach = (reach.min(text.len())..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    if q.end <= reach {
        let words = f.parse.words_between(text, q.end, reach);
        for (at, _) in words.iter().take(6) {
            let rest = text[*at..reach].to_lowercase();
            if let Some(concept) = crate::text::lexicon::measure_phrase_after(&rest) {
                return Some(concept);
            }
        }
    }
    let from = (q.start.saturating_sub(48)..=q.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.start);
    let mut before = text[from..q.start].to_lowercase();
    if before.contains(CLAUSE_MARKS) {
        before = before
            .rsplit(CLAUSE_MARKS)
            .next()
            .unwrap_or_default()
            .to_string();
    }
    let mut head = before.trim_end();
    while let Some((rest, last)) = head.rsplit_once(' ') {
        if !ARTICLES_AND_BOUNDS.contains(&last) {
            break;
        }
        head = rest.trim_end();
    }
    crate::text::lexicon::measure_phrase_before(head).filter(|c| f.has_concept(c))
}

fn countable(q: &Quantity) -> bool {
    matches!(
        q.kind,
        QuantityKind::Count
            | QuantityKind::Multiplier
            | QuantityKind::Percent
            | QuantityKind::Money
    )
}

/// The figures of a statement that count something, each with its measure.
pub(crate) fn measured<'f>(f: &'f Features, text: &str) -> Vec<(&'f Quantity, Measure)> {
    let mut out: Vec<(&Quantity, Measure)> = Vec::new();
    let figures = f.quantities.iter().chain(&f.zero_counts);
    for q in figures.filter(|q| countable(q)) {
        let previous = out.last().map(|(_, m)| *m);
        if let Some(m) = measure_of(f, text, q, previous) {
            out.push((q, m));
        }
    }
    out
}

fn bound_phrase(q: &Quantity) -> &'static str {
    match q.bound {
        Bound::AtLeast | Bound::MoreThan => "a lower bound",
        Bound::AtMost | Bound::LessThan => "an upper bound",
        Bound::About | Bound::Nearly => "an approximation",
        Bound::Vague => "a vague amount",
        Bound::Exact => "an exact figure",
    }
}

/// Nouns of incidents and places: "three separate shootings", "several scenes".
static INCIDENT_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("incident-nouns"));

/// Words before an incident noun that make it several: "separate", "multiple", a number.
static SEVERAL_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("several-words"));

/// Words that make one event a run of several: its toll is the sum of their scenes.
/// Not "spree" or "rampage": news says so of one gunman at one place as often as of many.
static RUN_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("run-words"));

/// Plural incident nouns that alone tell of several incidents: "8 dead in weekend
/// shootings across the city".
static PLURAL_INCIDENTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("plural-incidents"));

/// Does the statement count over several scenes or incidents ("7 killed in 3 shootings",
/// "a spree that spanned several scenes", "at three separate locations")? Its figure is
/// then a total, and a lower figure elsewhere may count one scene.
fn spans_several_scenes(side: &Side) -> bool {
    side.features
        .parse
        .folded_words()
        .any(|w| PLURAL_INCIDENTS.contains(&w))
        || article_spans_several_scenes(side.text())
}

/// Does a whole article tell of several scenes in so many words ("at three separate
/// locations", "a series of shootings")? An article's bare "the shootings" is not enough:
/// articles say so of one incident's shots.
fn article_spans_several_scenes(text: &str) -> bool {
    let lower = text.to_lowercase();
    if RUN_WORDS.iter().any(|w| lower.contains(w)) {
        return true;
    }
    // An article has no parse of its own: parse its lowercased text here.
    let parse = Parse::new(&lower);
    let words: Vec<&str> = parse.tokens.iter().map(|t| t.folded.as_str()).collect();
    words.windows(2).enumerate().any(|(i, pair)| {
        let noun = pair[1];
        if !INCIDENT_NOUNS.contains(&noun) {
            return false;
        }
        // "three separate shootings", "3 crime scenes": up to two words before the noun.
        let several = |w: &str| {
            SEVERAL_WORDS.contains(&w) || w.parse::<u32>().is_ok_and(|n| (2..100).contains(&n))
        };
        several(pair[0])
            || (i > 0
                && several(words[i - 1])
                && matches!(pair[0], "separate" | "different" | "crime" | "other"))
    })
}

/// Words that make a figure a running total over days.
static RUNNING_TOTAL_MARKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("running-total"));

fn is_running_total(text: &str) -> bool {
    // Words, not substrings: "so far," and "(in all)" count.
    let words: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let lower = format!(
        " {} ",
        words.split_whitespace().collect::<Vec<_>>().join(" ")
    );
    RUNNING_TOTAL_MARKS
        .iter()
        .any(|m| lower.contains(&format!(" {m} ")))
}

/// Does the statement give one day to what it counts ("on Thursday", "overnight")?
fn tells_one_day(side: &Side) -> bool {
    let lower = side.text().to_lowercase();
    if lower.contains("overnight") {
        return true;
    }
    crate::text::date::extract_dates(side.text(), side.article_date)
        .iter()
        .any(|d| d.precision == crate::text::date::DatePrecision::Day)
}

/// Words that place a count at one dwelling or spot of a street: "at a home", "inside the
/// bar", "on the 3800 block" ("at a hall" may be the whole event's one place).
static PLACE_MARKS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("place-marks"));

/// Does the statement place its happening at one spot?
fn names_a_place(text: &str) -> bool {
    let lower = format!(" {}", text.to_lowercase());
    PLACE_MARKS.iter().any(|m| lower.contains(m))
}

/// Prepositions before the name of a place where something happened.
static PLACE_PREPOSITIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("place-prepositions"));

/// Names of places where the statement puts something: runs of capitalised words right
/// after a preposition of place ("in Salonika", "streets of South Kordofan"), lowercase,
/// months and weekdays left out.
pub(crate) fn places(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !PLACE_PREPOSITIONS.contains(&w.to_lowercase().as_str()) {
            continue;
        }
        let mut run: Vec<String> = Vec::new();
        // "in the Fernwood neighborhood": one article may stand before the name.
        let skip = usize::from(
            words
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "the" | "a" | "an")),
        );
        for next in &words[i + 1 + skip..] {
            let bare = next.trim_matches(|c: char| !c.is_alphanumeric());
            let possessive = bare.ends_with("'s") || bare.ends_with("’s");
            let bare = bare.trim_end_matches("'s").trim_end_matches("’s");
            let capitalised = bare.chars().next().is_some_and(char::is_uppercase);
            let date_word = crate::text::numbers::month_number(bare).is_some()
                || crate::text::numbers::weekday_of(bare).is_some();
            if !capitalised || date_word {
                break;
            }
            run.push(bare.to_lowercase());
            // A name ends at a possessive or at punctuation: "South Sudan's Unity State".
            if possessive || next.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
        }
        if !run.is_empty() {
            out.push(run.join(" "));
        }
    }
    out
}

/// Nouns that count a part of the people: a sex or an age ("four men", "two teens").
static NARROW_PERSON_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "part-of-people"));

/// Does the figure count only a part of the people, by sex or age ("the four men who were
/// wounded")? Another count of all people may then be larger without contradicting it.
fn counts_narrow_group(q: &Quantity) -> bool {
    let unit = q.unit.to_lowercase();
    unit.split_whitespace()
        .last()
        .is_some_and(|w| NARROW_PERSON_NOUNS.contains(&w))
}

/// Is the count one of all people: no noun of a sex or an age anywhere in its phrase
/// ("six people", "6 injured", "Six received injuries")?
fn counts_everyone(q: &Quantity) -> bool {
    let unit = q.unit.to_lowercase();
    !unit
        .split_whitespace()
        .any(|w| NARROW_PERSON_NOUNS.contains(&w))
}

/// Words telling that the perpetrator died by their own hand: a toll may count them or not
/// ("killed three people and himself", "a murder-suicide that left four dead").
static SELF_DEATH_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("self-death"));

fn tells_self_death(text: &str) -> bool {
    let lower = text.to_lowercase();
    SELF_DEATH_WORDS.iter().any(|w| lower.contains(w))
}

/// The counts whose next one an ordinal may add: "a second" to "a tenth".
const NEXT_ONE_ORDINALS: std::ops::RangeInclusive<usize> = 2..=10;

/// Does the text after the count add the next one ("four shot and a fifth person hurt")?
fn adds_next_one(side: &Side, q: &Quantity) -> bool {
    let next = q.value as usize + 1;
    let Some(ordinal) =
        crate::text::numbers::ordinal_word(next).filter(|_| NEXT_ONE_ORDINALS.contains(&next))
    else {
        return false;
    };
    let text = side.text();
    let words = side.features.parse.words_between(text, q.end, text.len());
    words
        .windows(2)
        .any(|p| matches!(p[0].1.as_ref(), "a" | "the") && p[1].1 == ordinal)
}

/// Does the statement add "N others" to `part` so that together they make `whole` ("one
/// was hurt in a fight, and the five others who were shot")?
fn others_make_up(side: &Side, part: &Quantity, whole: &Quantity) -> bool {
    let text = side.text();
    side.features.quantities.iter().any(|x| {
        let unit = x.unit.to_lowercase();
        let others = unit.starts_with("other")
            || text[x.end..]
                .trim_start()
                .to_lowercase()
                .starts_with("other");
        others
            && x.start != part.start
            && x.kind == QuantityKind::Count
            && (part.value + x.value - whole.value).abs() < 0.5
    })
}

/// Does the count count those identified or named, who may be fewer than the dead ("Two
/// victims killed in the crash have been identified", "4 dead, 3 victims identified")?
fn counts_identified(text: &str, q: &Quantity) -> bool {
    let end = (q.end + 80).min(text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let after = text[q.end..end].to_lowercase();
    let clause = after.split(['.', ';', ',']).next().unwrap_or_default();
    ["identified", "been named", "were named"]
        .iter()
        .any(|w| clause.contains(w))
}

/// Words before a count that make it what a suspect is charged with.
static CHARGE_WORDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::FIGURE_CUES.named("charge"));

/// Is the count under a charge ("accused of killing two men", "charged with killing 3")?
fn under_a_charge(text: &str, q: &Quantity) -> bool {
    let from = (q.start.saturating_sub(40)..=q.start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(q.start);
    let before = text[from..q.start].to_lowercase();
    CHARGE_WORDS.iter().any(|w| before.contains(w))
}

/// Does the statement give `q`'s figure as a part of its own count ("Five shot dead: 4 men
/// at restaurant, woman in apartment")? Then both statements agree on that part.
fn gives_figure_as_part(side: &Side, q: &Quantity, event: &str) -> bool {
    let text = side.text();
    side.features.quantities.iter().any(|x| {
        // "4 men at restaurant" names its part; "not five as first reported" denies it.
        let denied = text[..x.start]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case("not"));
        x.kind == QuantityKind::Count
            && !denied
            && x.bound == Bound::Exact
            && q.bound == Bound::Exact
            && (x.value - q.value).abs() < 0.5
            && counts_people(side.features, x)
            && measure_of(side.features, text, x, None).is_none_or(|m| m.event == event)
    })
}

/// Is the difference between two figures of one event explained by what they count,
/// not by a disagreement? One counts a scene of a multi-scene event, a part of the people
/// by sex or age, or the victims without the perpetrator; one statement gives the other's
/// figure as its own part; or one outlet raised its own figure in a later article.
fn scope_explains(a: (&Side, &Quantity), b: (&Side, &Quantity), event: &str) -> Option<Rule> {
    let ((sa, qa), (sb, qb)) = (a, b);
    if qa.kind != QuantityKind::Count || qb.kind != QuantityKind::Count {
        return None;
    }
    let ((part_side, part), (whole_side, whole)) =
        if qa.value <= qb.value { (a, b) } else { (b, a) };
    let lower = part.low <= whole.high;
    // One scene of several, or a narrower group of people.
    if lower && spans_several_scenes(whole_side) && !spans_several_scenes(part_side) {
        return Some(Rule::OneSceneOfSeveral);
    }
    // The whole's article tells of several scenes, and the part names one place.
    if lower
        && names_a_place(part_side.text())
        && !spans_several_scenes(part_side)
        && article_spans_several_scenes(whole_side.article_text)
    {
        return Some(Rule::PlaceInSeveralScenes);
    }
    // One day's count against a running total: "200 were arrested on Thursday" against
    // "more than 1,000 arrested since the protests began".
    if lower
        && is_running_total(whole_side.text())
        && !is_running_total(part_side.text())
        && tells_one_day(part_side)
    {
        return Some(Rule::OneDayOfRunningTotal);
    }
    // A figure of one place against a nationwide one: "as many as 20,000 took to the
    // streets of Athens" against "tens of thousands in a nationwide strike".
    // (Either way round: "tens of thousands" and "as many as 20,000" start alike.) Not
    // for the size of a population: "the nation of 19 million" is the whole of it.
    for ((place_side, place_figure), (nation_side, nation_figure)) in [(a, b), (b, a)] {
        if event != "POPULATION"
            && place_figure.low <= nation_figure.high
            && super::scope::is_whole_country(nation_side.text())
            && !super::scope::is_whole_country(place_side.text())
            && !places(place_side.text()).is_empty()
        {
            return Some(Rule::PlaceAgainstNation);
        }
    }
    if lower && counts_narrow_group(part) && counts_everyone(whole) {
        return Some(Rule::NarrowGroup);
    }
    // "four people suffering gunshot wounds and a fifth person injured by glass": the
    // statement itself adds the one more that the other figure counts.
    if whole.value == part.value + 1.0 && adds_next_one(part_side, part) {
        return Some(Rule::AddsNextOne);
    }
    // "One person was hurt in a fight, and the five others who were shot …": the
    // statement's own others make up the other figure.
    if others_make_up(part_side, part, whole) {
        return Some(Rule::OthersMakeUp);
    }
    // "Two victims killed in the shooting have been identified": a count of those named.
    if lower && counts_identified(part_side.text(), part) {
        return Some(Rule::CountsIdentified);
    }
    // "accused of killing two men": what one suspect is charged with, a part of the toll.
    if lower && under_a_charge(part_side.text(), part) {
        return Some(Rule::UnderACharge);
    }
    // "Police said 10 people were wounded" against "one dead and nine injured": a count
    // of the wounded that gives no dead apart may include them.
    if event == "INJURE" {
        let kills = |side: &Side| -> Vec<f64> {
            measured(side.features, side.text())
                .into_iter()
                .filter(|(_, m)| m.event == "KILL")
                .map(|(q, _)| q.value)
                .collect()
        };
        if kills(whole_side).is_empty()
            && kills(part_side)
                .iter()
                .any(|k| (part.value + k - whole.value).abs() < 0.5)
        {
            return Some(Rule::InjuredIncludeDead);
        }
    }
    // The perpetrator counted by one outlet and not by the other.
    if event == "KILL"
        && (qa.value - qb.value).abs() == 1.0
        && (tells_self_death(sa.text()) || tells_self_death(sb.text()))
    {
        return Some(Rule::PerpetratorCounted);
    }
    if gives_figure_as_part(sa, qb, event) || gives_figure_as_part(sb, qa, event) {
        return Some(Rule::FigureAsPart);
    }
    // One outlet's later article with a higher figure: its own update, not a contradiction.
    if sa.outlet == sb.outlet
        && let (Some(da), Some(db)) = (part_side.article_date, whole_side.article_date)
        && da < db
    {
        return Some(Rule::SameOutletUpdate);
    }
    None
}

/// Does the pair give figures for one well-defined measure (an event of a known
/// population, a population size, or a rate of change)? Such a pair is one fact even when
/// the wording around the figures differs a lot.
pub fn same_measure(a: &Side, b: &Side) -> bool {
    let ma = measured(a.features, a.text());
    let mb = measured(b.features, b.text());
    ma.iter().any(|(qa, x)| {
        mb.iter()
            .any(|(qb, y)| well_defined_pair((qa, *x), (qb, *y)))
    })
}

/// Are two figures of one well-defined measure: the same event, the same kind of figure,
/// compatible populations of which at least one is named ("people", "security forces")?
pub(crate) fn well_defined_pair(a: (&Quantity, Measure), b: (&Quantity, Measure)) -> bool {
    let ((qa, x), (qb, y)) = (a, b);
    x.event == y.event
        && qa.kind == qb.kind
        && x.population.compatible(y.population)
        && (x.population != Population::Unknown || y.population != Population::Unknown)
}

/// Compare the figures of two linked statements.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    compare_figures(a, b, false, None).map(|(finding, _)| finding)
}

/// [`detect`], with every pair of figures of one measure it compared and what decided
/// it: flagged, or the rule that kept it from being a conflict. The `bool` says whether
/// the finding's two figures are disjoint.
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<(Finding, bool)> {
    compare_figures(a, b, false, Some(checks))
}

/// Do the two statements give different figures for one measure, even compatible ones
/// ("at least three" and "three")? Such a pair reports one fact.
pub fn differ(a: &Side, b: &Side) -> bool {
    compare_figures(a, b, true, None).is_some()
}

/// Compare figures; `keep_compatible` also reports figures that say the same thing with
/// different precision ("at least three" vs "three", "several" vs "nine"). The finding
/// comes with whether its two figures' intervals are disjoint.
fn compare_figures(
    a: &Side,
    b: &Side,
    keep_compatible: bool,
    mut trace: Option<&mut Vec<Check>>,
) -> Option<(Finding, bool)> {
    let mut record = |(qa, qb): (&Quantity, &Quantity), verdict: Verdict| {
        if let Some(checks) = trace.as_mut() {
            checks.push(Check {
                value_a: qa.text.clone(),
                value_b: qb.text.clone(),
                verdict,
            });
        }
    };
    let background = is_background(a) || is_background(b);
    let ma = measured(a.features, a.text());
    let mb = measured(b.features, b.text());
    let mut best: Option<(Finding, bool)> = None;
    for (qa, mea) in &ma {
        for (qb, meb) in &mb {
            if mea.event != meb.event
                || !mea.population.compatible(meb.population)
                || qa.kind != qb.kind
                || (qa.kind == QuantityKind::Money && !qa.unit.eq_ignore_ascii_case(&qb.unit))
            {
                continue;
            }
            if background {
                record((qa, qb), Verdict::Kept(Rule::Background));
                continue;
            }
            // Checked first: the plainest reason, whatever else holds.
            let same_value = (qa.value - qb.value).abs() <= f64::EPSILON * qa.value.abs().max(1.0);
            if same_value && qa.bound == qb.bound {
                // The same figure: agreement, not conflict.
                record((qa, qb), Verdict::Kept(Rule::SameFigure));
                continue;
            }
            // A count of one group (officers, protesters) against a toll of everyone is a
            // part against its whole: only a part larger than the whole contradicts it.
            if mea.population.is_group() != meb.population.is_group() {
                let (part, whole) = if mea.population.is_group() {
                    (qa, qb)
                } else {
                    (qb, qa)
                };
                if part.low <= whole.high {
                    record((qa, qb), Verdict::Kept(Rule::GroupAgainstEveryone));
                    continue;
                }
            }
            if let Some(rule) = scope_explains((a, qa), (b, qb), mea.event) {
                record((qa, qb), Verdict::Kept(rule));
                continue;
            }
            // Nothing to tell a reader: "at least three" includes three, and "several"
            // or "a few" allow any small figure.
            let inclusive = |q: &Quantity| matches!(q.bound, Bound::AtLeast | Bound::AtMost);
            let one_exact = qa.bound == Bound::Exact || qb.bound == Bound::Exact;
            let loose_word = |q: &Quantity| q.bound == Bound::Vague && q.high <= 20.0;
            let says_the_same = (same_value && one_exact && (inclusive(qa) || inclusive(qb)))
                || (qa.compatible_with(qb) && !(committed(qa) && committed(qb)))
                // "several" and "a few" are said of any small group, early and loosely.
                || loose_word(qa)
                || loose_word(qb)
                // Two lower bounds ("at least two", "at least 70") never disagree.
                || (qa.high.is_infinite() && qb.high.is_infinite());
            if says_the_same && !keep_compatible {
                record((qa, qb), Verdict::Kept(Rule::SamePrecision));
                continue;
            }
            let population = if mea.population == Population::Unknown {
                meb.population
            } else {
                mea.population
            };
            let what = format!("{}{}", population.label(), mea.event_label);
            let figures = format!(
                "{what}: {} ({}) vs {} ({})",
                qa.text,
                a.attribution_label(),
                qb.text,
                b.attribution_label()
            );
            let rough = !(committed(qa) && committed(qb));
            let (severity, why) = if !qa.compatible_with(qb) && rough {
                (
                    Severity::Soft,
                    "the figures differ, but one is only a rough amount".to_string(),
                )
            } else if !qa.compatible_with(qb) {
                (
                    Severity::Hard,
                    "the figures cannot both be true".to_string(),
                )
            } else if same_value {
                (
                    Severity::Soft,
                    format!(
                        "the same figure, but given as {} and as {}",
                        bound_phrase(qa),
                        bound_phrase(qb)
                    ),
                )
            } else {
                let (loose, other) = if qa.bound == Bound::Exact {
                    (qb, qa)
                } else {
                    (qa, qb)
                };
                (
                    Severity::Soft,
                    format!(
                        "compatible: \"{}\" is {} that allows {}, so this may be a difference of precision or of timing",
                        loose.text,
                        bound_phrase(loose),
                        other.text
                    ),
                )
            };
            let finding = Finding {
                kind: ConflictKind::Number,
                severity,
                explanation: format!("{figures}; {why}"),
                value_a: Some(qa.text.clone()),
                value_b: Some(qb.text.clone()),
                subject: Subject::Figures {
                    happening: mea.event,
                    measure: what.clone(),
                    compared: figures.clone(),
                },
            };
            if best
                .as_ref()
                .is_none_or(|(f, _)| f.severity < finding.severity)
            {
                // Figures of happenings on two different days count different incidents
                // (a weekend's shootings); checked last, as reading dates costs the most.
                if best.is_none() {
                    let apart = if super::date::on_different_days(a, b) {
                        Some(Rule::DifferentDays)
                    } else if tells_earlier_event(a, b.article_date)
                        || tells_earlier_event(b, a.article_date)
                    {
                        Some(Rule::EarlierEvent)
                    } else {
                        None
                    };
                    if let Some(rule) = apart {
                        record((qa, qb), Verdict::Kept(rule));
                        return None;
                    }
                }
                record((qa, qb), Verdict::Flagged(finding.severity));
                best = Some((finding, !qa.compatible_with(qb)));
            } else {
                record((qa, qb), Verdict::Flagged(finding.severity));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests;
