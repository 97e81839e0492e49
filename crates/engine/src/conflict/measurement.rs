//! Measurements of one thing: two statements that give one thing's size, speed or extent
//! in units of one dimension, as figures that cannot meet ("maximum sustained winds of 150
//! mph" against "winds of 155 mph"; "travelling at 128 kilometres per hour" against "moving
//! at about 110 km/h"; "less than 25 km (15 miles) from the border" against "10 miles (15
//! kilometers) south of the border", which meet).
//!
//! A measurement is a figure of the figure reader followed by a unit of
//! `assets/lexicon/units.txt` (a length followed by "per hour", "an hour" or "/h" is a
//! speed), tied to what it measures by its words:
//! - an extent named by an adjective after the unit ("70 metres high", "75 metres tall":
//!   heights; `extent-adjectives`);
//! - a distance from a place: a bearing or none, then "of", "from" or "off" and the place
//!   ("80 kilometres northwest of Kathmandu", "25 km from the border");
//! - a quantity "of" a thing ("20 inches of rain");
//! - the noun right after the unit ("a 12-foot surge", "150 mph winds");
//! - the noun before "of" ("winds of 150 mph", "a depth of 10 km"), or an extent's noun
//!   before "at" ("put its depth at 18 km"), keyed as the extent its adjective names is;
//! - a speed or a height "at" which something moved ("travelling at 128 km/h", "cruising
//!   at 32,000 feet"), whatever the verb; the levels "from" and "to" which it changed
//!   ("fell from about 29,000 feet to 3,225 feet");
//! - else the word right before the figure; after "by" it is a change ("dropped by 3
//!   feet"), compared only with another change; an area after a verb or "to" is the
//!   extent of what the statement tells of, whatever the verb ("burned 45,000 acres",
//!   "scorched 60,000 acres", "has grown to 60,000 acres").
//!
//! A measurement in brackets right after another is its conversion and is not read again;
//! one aimed at ("asked to fly at 34,000 feet": `unreal` in `figure-cues.txt`) is no
//! measurement.
//! Two measurements of one thing are compared in the dimension's base unit, each with the
//! span its words allow ("about 110" is 93.5 to 126.5, "up to 12" 0 to 12); when the two
//! are written in different units each plain figure may be a twentieth off, as conversions
//! are rounded. Two that do not meet are a soft conflict: measurements are taken at
//! different times and places (a storm's winds, a fire's acres, a surge along a coast).

use std::sync::LazyLock;

use serde::Serialize;

use crate::model::ConflictKind;
use crate::text::normalize::TermKind;
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::word_lists::{self, UNITS};

use super::number::{is_background, tells_earlier_event, tells_habit};
use super::{Finding, Side};

word_lists::sections! {
    /// Words of direction between a distance and the place it is measured from. This
    /// module's lists are sections of `assets/lexicon/units.txt`, by name.
    BEARINGS = UNITS["bearings"];

    /// The words before the place a distance is measured from.
    FROM_WORDS = UNITS["from-words"];

    /// Words after a distance that measure it past an end: "300 metres beyond the runway's
    /// end".
    BEYOND_WORDS = UNITS["beyond-words"];

    /// Words after a length that make it a distance between two things ("20 feet away"), a
    /// section of `conflict-cues.txt`.
    APART_WORDS = CONFLICT_CUES["apart-words"];

    /// Phrases right after a measurement that tell it varies from place to place ("in
    /// places"), a section of `conflict-cues.txt`.
    VARYING_EXTENTS = CONFLICT_CUES["varying-extents"];

    /// Nouns of a kind of place before "of" and its name ("the town of Quebrada Honda").
    PLACE_KINDS = UNITS["place-kinds"];

    /// Adjectives after a length that say which extent it is ("70 metres high").
    EXTENT_ADJECTIVES = UNITS["extent-adjectives"];

    /// Words before a length in its clause that make an extent after it a person's ("him",
    /// "who"): a description, not a measure.
    EXTENT_PERSONS = UNITS["extent-persons"];

    /// Verbs of moving through a level before "through" and a length ("climbing through
    /// roughly 6,500 feet").
    LEVEL_VERBS = UNITS["level-verbs"];

    /// Verbs of extending before "for" and a length: the length is their subject's
    /// ("Wreckage stretched for roughly 1.5 kilometres").
    EXTENDING_VERBS = UNITS["extending-verbs"];

    /// Other names of one thing measured ("rainfall" for "rain").
    SAME_THING = UNITS["same-thing"];

    /// Things measured as what gathers over a period ("rain", "snow").
    ACCUMULATIONS = UNITS["accumulations"];

    /// Endings of a word that describes the thing named after it ("industrial fuel").
    DESCRIBING_ENDINGS = UNITS["describing-endings"];

    /// Verbs of being between what is measured and its measurement.
    VERBS_OF_BEING = UNITS["verbs-of-being"];

    /// Verbs of reaching between what is measured and its measurement ("winds reaching
    /// 165 mph"), read as verbs of being are.
    VERBS_OF_REACHING = UNITS["verbs-of-reaching"];

    /// Words passed over between a verb of being and a measurement ("was only 11 km").
    PLAIN_ADVERBS = UNITS["plain-adverbs"];
}

/// What a unit measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Dimension {
    /// In metres.
    Length,
    /// In square metres.
    Area,
    /// In kilometres an hour.
    Speed,
    /// In litres.
    Volume,
    /// In kilograms.
    Mass,
    /// A building's height in storeys ("a 21-storey building").
    Storeys,
}

impl Dimension {
    /// The section of `units.txt` that lists the dimension's units, and the dimension's
    /// name: "speed".
    pub fn section(self) -> &'static str {
        match self {
            Self::Length => "length",
            Self::Area => "area",
            Self::Speed => "speed",
            Self::Volume => "volume",
            Self::Mass => "mass",
            Self::Storeys => "storeys",
        }
    }

    /// The base unit, as explanations write it.
    fn base_unit(self) -> &'static str {
        match self {
            Self::Length => "m",
            Self::Area => "square metres",
            Self::Speed => "km/h",
            Self::Volume => "litres",
            Self::Mass => "kg",
            Self::Storeys => "storeys",
        }
    }

    /// Why two measurements of one thing in the dimension may both be told: a building's
    /// storeys are counted with or without its ground floor, other measurements are taken at
    /// different times and places.
    fn why_they_may_differ(self) -> &'static str {
        match self {
            Self::Storeys => "storeys may be counted with or without a ground floor",
            _ => "measurements may be taken at different times or places",
        }
    }

    const ALL: [Dimension; 6] = [
        Self::Length,
        Self::Area,
        Self::Speed,
        Self::Volume,
        Self::Mass,
        Self::Storeys,
    ];
}

/// One unit of `units.txt`: its words, its dimension, and what one of it is in the base
/// unit.
struct Unit {
    words: Vec<&'static str>,
    dimension: Dimension,
    factor: f64,
}

/// Every unit, those of more words first (so that "nautical miles" wins over "miles"
/// where both match).
static UNIT_TABLE: LazyLock<Vec<Unit>> = LazyLock::new(|| {
    let mut units: Vec<Unit> = Dimension::ALL
        .iter()
        .flat_map(|&dimension| {
            UNITS
                .named(dimension.section())
                .into_iter()
                .map(move |entry| {
                    let (unit, factor) = word_lists::pair(entry);
                    Unit {
                        words: unit.split(' ').collect(),
                        dimension,
                        factor: factor.parse().unwrap_or(f64::NAN),
                    }
                })
        })
        .collect();
    units.sort_by_key(|u| std::cmp::Reverse(u.words.len()));
    units
});

/// The phrases of a section of `units.txt`, each as its words, longest first.
fn phrases_of(section: &str) -> Vec<Vec<&'static str>> {
    let mut phrases: Vec<Vec<&str>> = UNITS
        .named(section)
        .into_iter()
        .map(|p| p.split(' ').collect())
        .collect();
    phrases.sort_by_key(|p| std::cmp::Reverse(p.len()));
    phrases
}

/// The phrases after a length that make it a speed ("per hour", "an hour", "h" of "km/h").
static PER_HOUR: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| phrases_of("per-hour"));

/// The phrases after a length that make it a speed in a second ("per second", "s" of
/// "m/s").
static PER_SECOND: LazyLock<Vec<Vec<&'static str>>> = LazyLock::new(|| phrases_of("per-second"));

/// Seconds in an hour: a speed in a second is this many times one in an hour.
const SECONDS_PER_HOUR: f64 = 3600.0;

/// How many bytes after a figure or its unit are read for the unit and what it measures
/// ("kilometres per hour", "northwest of Kathmandu").
const WINDOW_BYTES: usize = 80;

/// The share of a plain figure a conversion into another unit may be off by.
const CONVERSION_SHARE: f64 = 0.05;

/// The key of what a speed or a height "at" which something moved measures.
const AT_KEY: &str = "#at";

/// The key of an area told after a verb ("burned 45,000 acres", "scorched 60,000 acres").
const AREA_KEY: &str = "#area";

/// The keys of the levels a change of height or speed starts and ends at ("fell from
/// about 29,000 feet to 3,225 feet").
const FROM_LEVEL_KEY: &str = "#from";
const TO_LEVEL_KEY: &str = "#to";

/// One measurement a statement gives, with what it measures.
pub(crate) struct Measurement<'s> {
    pub quantity: &'s Quantity,
    pub dimension: Dimension,
    /// The unit as written ("mph", "km/h", "square miles").
    pub unit: String,
    /// The key of what is measured: a stem or a concept, "from " and a place's key for a
    /// distance from it, "by " and a verb's key for a change.
    pub of: String,
    /// What is measured, as written ("winds", "from the border").
    pub noun: String,
    /// The span the words allow, in the dimension's base unit.
    pub low: f64,
    pub high: f64,
    /// What one of the unit is in the base unit.
    pub factor: f64,
}

impl Measurement<'_> {
    /// The figure with its unit, as written: "150 mph", "60m" (a unit glued to its figure),
    /// "21-storey".
    pub(crate) fn as_written(&self) -> String {
        if self.quantity.text.ends_with(self.unit.as_str())
            && self.quantity.text.ends_with(char::is_alphabetic)
        {
            self.quantity.text.clone()
        } else if self.unit.starts_with('-') {
            format!("{}{}", self.quantity.text, self.unit)
        } else {
            format!("{} {}", self.quantity.text, self.unit)
        }
    }
}

/// Is the text between two words only white space (or a hyphen: "12-foot")?
fn joined(gap: &str) -> bool {
    gap.chars().all(|c| c.is_whitespace() || c == '-')
}

/// The unit right after the figure `q`: its dimension, its factor, its written form and
/// the byte where it ends.
fn unit_after(s: &Side, q: &Quantity) -> Option<(Dimension, f64, String, usize)> {
    let text = s.text();
    // A unit glued to the digits ("120km", "60m (197ft)"), read with the figure.
    let glued = q
        .text
        .rfind(|c: char| c.is_ascii_digit())
        .map_or("", |i| &q.text[i + 1..]);
    if !glued.is_empty() && glued.chars().all(char::is_alphabetic) {
        let rest = text[q.end..].trim_start();
        let next = if rest.starts_with('(') {
            "("
        } else {
            rest.split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("")
        };
        let unit = crate::text::quantity::glued_unit(glued, next)?;
        let entry = UNIT_TABLE.iter().find(|u| u.words == [unit])?;
        return Some((entry.dimension, entry.factor, glued.to_string(), q.end));
    }
    let runs =
        s.features
            .parse
            .letter_runs_between(text, q.end, text.len().min(q.end + WINDOW_BYTES));
    let runs: Vec<(usize, String)> = runs.into_iter().take(6).collect();
    let starts_joined = |i: usize, from: usize| {
        runs.get(i)
            .is_some_and(|(at, _)| text.get(from..*at).is_some_and(joined))
    };
    if !starts_joined(0, q.end) {
        return None;
    }
    let end_of = |i: usize| runs[i].0 + runs[i].1.len();
    let matches_at = |words: &[&str], from: usize, glue: &dyn Fn(&str) -> bool| {
        words.iter().enumerate().all(|(k, w)| {
            runs.get(from + k).is_some_and(|(at, run)| {
                run == w && (k == 0 || text.get(end_of(from + k - 1)..*at).is_some_and(glue))
            })
        })
    };
    let unit = UNIT_TABLE
        .iter()
        .find(|u| matches_at(&u.words, 0, &joined))?;
    let mut n = unit.words.len();
    let (mut dimension, mut factor) = (unit.dimension, unit.factor);
    if dimension == Dimension::Length {
        let after_unit = end_of(n - 1);
        let per = |phrases: &'static [Vec<&'static str>]| {
            phrases.iter().find(|p| {
                matches_at(p, n, &joined)
                    && runs
                        .get(n)
                        .and_then(|(at, _)| text.get(after_unit..*at))
                        .is_some_and(|gap| joined(gap) || gap == "/")
            })
        };
        // Kilometres an hour: a length in metres, a thousandth, and a second's 3,600 times.
        if let Some(p) = per(&PER_HOUR) {
            n += p.len();
            dimension = Dimension::Speed;
            factor /= 1000.0;
        } else if let Some(p) = per(&PER_SECOND) {
            n += p.len();
            dimension = Dimension::Speed;
            factor = factor / 1000.0 * SECONDS_PER_HOUR;
        }
    }
    // "5 feet 4 inches", "5 feet 3 to 5 feet 5": a measure of two units, not read.
    if runs.get(n).is_some_and(|(at, w)| {
        w.starts_with(|c: char| c.is_ascii_digit())
            && text.get(end_of(n - 1)..*at).is_some_and(joined)
    }) {
        return None;
    }
    let end = end_of(n - 1);
    // "a 21-storey building": the hyphen kept with the unit, as written.
    let from = if text.get(q.end..runs[0].0) == Some("-") {
        q.end
    } else {
        runs[0].0
    };
    let written = text.get(from..end)?.to_string();
    Some((dimension, factor, written, end))
}

/// The key and the written form of the content word starting at byte `at` (a capitalised
/// first word of the statement read as the word it is: "Winds of 130 mph"), or of the
/// name there when `names` is set.
fn term_at(s: &Side, at: usize, names: bool) -> Option<(String, String)> {
    let t = s.content_term_at(at, names)?;
    let key = if t.kind == TermKind::Name && !names {
        s.written_stem(t)
    } else {
        t.key.clone()
    };
    // "414 mm of rainfall" and "400 millimetres of rain": one thing measured.
    // The thing names the measurement: "the fall", not "the plunged". A thing so named is
    // keyed by its own word, as its other names are ("of fuel" and "of oil").
    let thing = thing_named(&t.surface.to_lowercase());
    Some(thing.map_or((key, t.surface.clone()), |thing| {
        (crate::text::stem::stem(thing), thing.to_string())
    }))
}

/// The thing measured a lowercase word names, when [`SAME_THING`] lists it: as another name
/// ("rainfall" for rain) or as the thing itself ("rain").
fn thing_named(lower: &str) -> Option<&'static str> {
    word_lists::renamed(&SAME_THING, lower).or_else(|| {
        SAME_THING
            .iter()
            .map(|e| word_lists::pair(e).1)
            .find(|thing| *thing == lower)
    })
}

/// The first term among the next few words after byte `from` (a determiner passed over).
fn term_after(s: &Side, from: usize, names: bool) -> Option<(String, String)> {
    let text = s.text();
    s.features
        .parse
        .words_between(text, from, text.len())
        .iter()
        .take(3)
        .take_while(|(at, _)| {
            text.get(from..*at)
                .is_some_and(|g| !g.contains([',', ';', ':', '(']))
        })
        .find_map(|(at, _)| term_at(s, *at, names))
}

/// The place a distance is measured from, after byte `from` (see [`term_after`]): a noun
/// of a kind of place followed by "of" and a name is that name ("40 kilometres east of the
/// town of Quebrada Honda" is measured from Quebrada Honda, as "25 kilometres northeast of
/// Quebrada Honda" is).
fn place_after(s: &Side, from: usize) -> Option<(String, String)> {
    let text = s.text();
    let words = s.features.parse.words_between(text, from, text.len());
    let rest = match words.as_slice() {
        [(_, first), rest @ ..] if first.eq_ignore_ascii_case("the") => rest,
        all => all,
    };
    let named_after_of = match rest {
        [(_, kind), (of_at, of), ..]
            if of == "of" && PLACE_KINDS.contains(&kind.to_lowercase().as_str()) =>
        {
            term_after(s, of_at + of.len(), true)
                .filter(|(_, surface)| surface.chars().next().is_some_and(char::is_uppercase))
        }
        _ => None,
    };
    named_after_of.or_else(|| term_after(s, from, true))
}

/// The most words a compound after "of" runs to its head ("heavy fuel oil").
const COMPOUND_WORDS: usize = 3;

/// The thing of a quantity "of" it, after byte `from` (see [`term_after`]): the head of the
/// words that name it, each a space after the one before. A word passes to the next when
/// the next is a thing the lexicon knows (a concept, or another name of a thing measured:
/// "tonnes of heavy fuel oil" and "tonnes of bunker fuel" are of fuel) or when it describes
/// the next by its ending (`describing-endings` in `units.txt`: "800,000 litres of
/// industrial fuel", "of contaminated water"). The run stops at a mark, a function word, a
/// word that ends the noun phrase after a figure ("acres of wooded land behind"), and a
/// name.
fn thing_after(s: &Side, from: usize) -> Option<(String, String)> {
    let text = s.text();
    let first = term_after(s, from, false)?;
    let words = s.features.parse.words_between(text, from, text.len());
    let Some(start) = words
        .iter()
        .take(3)
        .position(|(_, w)| w.eq_ignore_ascii_case(&first.1))
    else {
        return Some(first);
    };
    let describes = |word: &str| {
        let lower = word.to_lowercase();
        DESCRIBING_ENDINGS
            .iter()
            .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e))
    };
    let mut head = (start, first);
    while head.0 + 1 < words.len() && head.0 + 1 - start < COMPOUND_WORDS {
        let (at, word) = &words[head.0];
        let (next_at, next) = &words[head.0 + 1];
        let plain = next.chars().all(|c| c.is_ascii_lowercase())
            && text.get(at + word.len()..*next_at) == Some(" ")
            && !crate::text::lexicon::is_stop_word(next)
            && !crate::text::quantity::ends_a_unit(next);
        let Some(thing) = term_at(s, *next_at, false).filter(|_| plain) else {
            break;
        };
        let concept = s
            .content_term_at(*next_at, false)
            .is_some_and(|t| t.kind == TermKind::Concept);
        let known = concept || thing_named(next).is_some();
        if !(known || describes(word)) {
            break;
        }
        head = (head.0 + 1, thing);
    }
    Some(head.1)
}

/// What the measurement of `q`, whose unit ends at byte `unit_end`, measures (see the module
/// documentation).
fn measured(
    s: &Side,
    q: &Quantity,
    dimension: Dimension,
    written_unit: &str,
    unit_end: usize,
) -> Option<(String, String)> {
    let text = s.text();
    let parse = &s.features.parse;
    // A conversion in brackets after the unit is passed over: "25 km (15 miles) from".
    let mut after = unit_end;
    let rest = text.get(unit_end..)?;
    if rest.trim_start().starts_with('(') {
        after = unit_end + rest.find(')')? + 1;
    }
    let runs = parse.letter_runs_between(text, after, text.len().min(after + WINDOW_BYTES));
    // "70 metres high", "75 metres tall": the extent the adjective names, of what the
    // statement tells of.
    if dimension == Dimension::Length
        && let Some((_, word)) = runs.first()
        && let Some((_, extent)) = EXTENT_ADJECTIVES
            .iter()
            .map(|e| word_lists::pair(e))
            .find(|(adjective, _)| adjective == word)
    {
        // A person's height is a description ("described him as 6 feet 2 inches tall").
        let clause = text[..q.start]
            .rfind([',', ';', ':', '.'])
            .map_or(0, |i| i + 1);
        if parse
            .letter_runs_between(text, clause, q.start)
            .iter()
            .any(|(_, w)| EXTENT_PERSONS.contains(&w.as_str()))
        {
            return None;
        }
        // Keyed as the extent's noun is ("10 km deep" and "a depth of 10 km" meet).
        return Some((crate::text::stem::stem(extent), extent.to_string()));
    }
    let bearings = runs
        .iter()
        .take_while(|(_, w)| BEARINGS.contains(&w.as_str()))
        .count();
    if let Some((at, word)) = runs.get(bearings)
        && text
            .get(after..*at)
            .is_some_and(|g| !g.contains([',', ';', ':']))
    {
        // "about 300 metres beyond the runway's end", "some 90 metres past the end of the
        // paved surface": a distance past an end, whatever end each names.
        if bearings == 0 && BEYOND_WORDS.contains(&word.as_str()) {
            return Some(("beyond".to_string(), "distance past its end".to_string()));
        }
        // A distance from a place, or a quantity of a thing.
        if FROM_WORDS.contains(&word.as_str()) {
            if bearings > 0 || word != "of" {
                let (key, place) = place_after(s, at + word.len())?;
                return Some((format!("from {key}"), format!("distance from {place}")));
            }
            return thing_after(s, at + word.len());
        }
    }
    // "a depth of just 10 km": a plain adverb right before the figure is passed over.
    let mut before = parse.words_before(text, q.start).take(5).peekable();
    let mut figure_start = q.start;
    while let Some((at, word)) = before.peek()
        && PLAIN_ADVERBS.contains(&word.as_ref())
        && text.get(at + word.len()..figure_start).is_some_and(joined)
    {
        figure_start = *at;
        before.next();
    }
    let word_before = before
        .next()
        .filter(|(at, word)| text.get(at + word.len()..figure_start).is_some_and(joined));
    match word_before.as_ref().map(|(_, w)| w.as_ref()) {
        // "winds of 150 mph", "a depth of 10 km"; "a fire over an area of 200 sq m" is the
        // extent of what the statement tells of, as an area after a verb is.
        Some("of") => {
            let (noun_at, noun) = before.next()?;
            if dimension == Dimension::Area && noun == "area" {
                return Some((AREA_KEY.to_string(), "extent".to_string()));
            }
            return term_at(s, noun_at, false);
        }
        // "put its depth at 18 km": an extent's noun before "at" names what is measured.
        Some("at")
            if let Some((noun_at, noun)) = before.next()
                && EXTENT_ADJECTIVES
                    .iter()
                    .any(|e| word_lists::pair(e).1 == noun.as_ref())
                && let Some(found) = term_at(s, noun_at, false) =>
        {
            return Some(found);
        }
        // "climbing through roughly 6,500 feet": a level passed, as "at" tells one.
        Some("through")
            if dimension == Dimension::Length
                && before
                    .next()
                    .is_some_and(|(_, verb)| LEVEL_VERBS.contains(&verb.as_ref())) =>
        {
            return Some((AT_KEY.to_string(), "height".to_string()));
        }
        // "travelling at 128 km/h", "cruising at 32,000 feet".
        Some("at") if matches!(dimension, Dimension::Speed | Dimension::Length) => {
            let noun = if dimension == Dimension::Speed {
                "speed"
            } else {
                "height"
            };
            return Some((AT_KEY.to_string(), noun.to_string()));
        }
        // "winds that gusted to 100 mph": the verb before "to", when it tells no change and
        // is no unit of a figure before it ("from 29,000 feet to"), names what is measured,
        // as in "gusting up to 80 mph".
        Some("to")
            if let Some((verb_at, verb)) = before.next()
                && !super::number::is_change_word(&verb)
                && !parse.quantities.iter().any(|f| {
                    f.end <= verb_at
                        && text
                            .get(f.end..verb_at)
                            .is_some_and(|g| g.trim().is_empty())
                })
                && let Some(found) = term_at(s, verb_at, false) =>
        {
            return Some(found);
        }
        // "fell from about 29,000 feet to 3,225 feet": the levels a change starts and ends at.
        Some(edge @ ("from" | "to"))
            if matches!(dimension, Dimension::Speed | Dimension::Length) =>
        {
            let (key, noun) = if edge == "from" {
                (FROM_LEVEL_KEY, "level before the change")
            } else {
                (TO_LEVEL_KEY, "level after the change")
            };
            return Some((key.to_string(), noun.to_string()));
        }
        // "drove for about 300m": the verb before "for" names the length; a thing of
        // [`SAME_THING`] a few words back in the clause first ("drove at high speed for
        // about 300m" is the distance, not the speed).
        Some("for") if dimension == Dimension::Length => {
            let (for_at, _) = word_before?;
            let clause: Vec<(usize, _)> = before
                .take(5)
                .take_while(|(at, _)| {
                    text.get(*at..for_at)
                        .is_some_and(|g| !g.contains([',', ';', ':', '(', ')']))
                })
                .collect();
            // "Wreckage stretched for roughly 1.5 kilometres": the subject of a verb of
            // extending.
            if let [(_, verb), (subject_at, _), ..] = clause.as_slice()
                && EXTENDING_VERBS.contains(&verb.to_lowercase().as_str())
            {
                return term_at(s, *subject_at, false);
            }
            let thing_at = clause
                .iter()
                .find(|(_, w)| word_lists::renamed(&SAME_THING, &w.to_lowercase()).is_some())
                .or(clause.first())
                .map(|(at, _)| *at)?;
            return term_at(s, thing_at, false);
        }
        // "dropped by 3 feet": a change.
        Some("by") => {
            let (verb_at, _) = before.next()?;
            let (key, verb) = term_at(s, verb_at, false)?;
            return Some((format!("by {key}"), format!("change ({verb} by)")));
        }
        _ => {}
    }
    // "150 mph winds": a unit written as a symbol, then its noun ("12 feet flooded" is no
    // compound; "a 13-inch model", "a 45-yard field goal" name a kind of thing, of which
    // there may be several). A building's storeys tell the one building: "a 21-storey
    // building".
    if let Some((at, _)) = runs.first()
        && after == unit_end
        && text
            .get(unit_end..*at)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
        && !written_unit.ends_with('s')
        && (dimension == Dimension::Storeys
            || !text
                .get(q.end..unit_end)
                .is_some_and(|u| u.starts_with('-')))
        && let Some(found) = term_at(s, *at, false)
    {
        return Some(found);
    }
    // "its depth was only 11 kilometers", "winds reaching 165 mph": the noun before a verb
    // of being or of reaching, in one clause.
    let mut back = parse
        .words_before(text, q.start)
        .skip_while(|(_, w)| PLAIN_ADVERBS.contains(&w.as_ref()));
    if let Some((_, verb)) = back.next()
        && (VERBS_OF_BEING.contains(&verb.as_ref()) || VERBS_OF_REACHING.contains(&verb.as_ref()))
        && let Some((noun_at, _)) = back.next()
        && text
            .get(noun_at..q.start)
            .is_some_and(|g| !g.contains([',', ';', ':', '(', ')']))
        && let Some(found) = term_at(s, noun_at, false)
    {
        return Some(found);
    }
    // "burned 45,000 acres", "scorched 60,000 acres", "has grown to 60,000 acres": an area
    // after a verb is the extent of what the statement tells of, whatever the verb.
    let (at, word) = word_before?;
    if dimension == Dimension::Area {
        return (matches!(word.as_ref(), "to" | "across" | "over")
            || term_at(s, at, false).is_some())
        .then(|| (AREA_KEY.to_string(), "extent".to_string()));
    }
    term_at(s, at, false)
}

/// Is `q` a conversion in brackets of the figure before it ("150 mph (240 km/h)")?
fn is_bracketed(s: &Side, q: &Quantity) -> bool {
    s.text()
        .get(..q.start)
        .is_some_and(|before| before.trim_end().ends_with('('))
}

/// The figures of a statement in a unit that convert the measurement before them, in
/// brackets ("6.6" of "about two metres (6.6 feet)"): no count of their own.
pub(crate) fn conversions<'s>(s: &'s Side) -> Vec<&'s Quantity> {
    s.features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && is_bracketed(s, q))
        .filter(|q| unit_after(s, q).is_some())
        .collect()
}

/// The measurements of a statement tied to what they measure.
pub(crate) fn measurements<'s>(s: &'s Side) -> Vec<Measurement<'s>> {
    s.features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && q.value.is_finite() && !is_bracketed(s, q))
        // "asked to fly at 34,000 feet": an aim, not a measurement.
        .filter(|q| !super::number::is_unreal(s.text(), q))
        .filter_map(|q| {
            let (dimension, factor, unit, end) = unit_after(s, q)?;
            if !factor.is_finite() || varies_from_place_to_place(s, end) {
                return None;
            }
            let (of, noun) = measured(s, q, dimension, &unit, end)?;
            // A measurement is no count of whole things: "just over six metres" is above
            // six, not seven or more, and "under eight metres" below eight.
            let (low, high) = match q.bound {
                Bound::MoreThan => (q.value, q.high),
                Bound::LessThan => (q.low, q.value),
                _ => (q.low, q.high),
            };
            Some(Measurement {
                quantity: q,
                dimension,
                unit,
                of,
                noun,
                low: low * factor,
                high: high * factor,
                factor,
            })
        })
        .collect()
}

/// Is a measurement ending at byte `end` told as varying from place to place ("the lake
/// reaches depths of more than 300 feet in places", `varying-extents` in
/// `conflict-cues.txt`)? It is then no one measure of the thing, and not compared.
fn varies_from_place_to_place(s: &Side, end: usize) -> bool {
    let text = s.text();
    let after: Vec<_> = s
        .features
        .parse
        .words_between(text, end.min(text.len()), text.len())
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    VARYING_EXTENTS
        .iter()
        .any(|phrase| word_lists::starts_with_phrase(&after, phrase))
}

/// The span of a measurement widened by what a conversion into another unit may round
/// away, for a plain figure.
fn widened(m: &Measurement) -> (f64, f64) {
    if m.quantity.bound == Bound::Exact {
        let slack = m.quantity.value * m.factor * CONVERSION_SHARE;
        (m.low - slack, m.high + slack)
    } else {
        (m.low, m.high)
    }
}

/// A figure in a base unit, as an explanation writes it: "1,200" for 1200.4, "2.5" for 2.5.
fn in_base_unit(value: f64) -> String {
    if value >= 100.0 {
        crate::text::numbers::group_thousands(value)
    } else {
        format!("{value:.1}")
    }
}

/// Two statements giving one thing two measurements that cannot meet (see the module
/// documentation).
/// What a statement's measurements can meet another statement's on: each thing measured
/// with its dimension ("length distanc", "speed wind"), so that "drove about 400 metres
/// through the market" and "drove at high speed for about 300m" meet however few words
/// their sentences share. A distance from a place is left out (two things may lie at two
/// distances from one town), and so are the generic keys of a level or an extent, and the
/// measurements of a background or earlier event or a yearly rate.
pub(crate) fn measurement_keys(side: &Side) -> Vec<String> {
    let keys: Vec<String> = measurements(side)
        .into_iter()
        .filter(|m| !m.of.starts_with('#') && !m.of.starts_with("from "))
        // A building's storeys name a kind of building as much as they measure it: two
        // stories' "two-story building" and "three-story building" are often two buildings.
        .filter(|m| m.dimension != Dimension::Storeys)
        .map(|m| format!("{:?} {}", m.dimension, m.of))
        .collect();
    // The statement's own scene is read only when it measures something.
    if keys.is_empty() || super::number::tells_of_the_past(side) || tells_habit(side) {
        return Vec::new();
    }
    keys
}

/// The period a statement tells an amount over: its first length of time ("in 36 hours",
/// "over the past 24 hours"), else "the hour" or "an hour" ("in the hour before the
/// landing"), else the day it names ("on Monday"); None when it tells none. Two amounts of
/// rain told over two periods are two measures; one told over none may be of either.
fn period_of(s: &Side) -> Option<String> {
    let parse = &s.features.parse;
    if let Some(q) = parse
        .quantities
        .iter()
        .find(|q| q.kind == QuantityKind::Duration)
    {
        return Some(format!("{} {}", q.value, q.unit.trim_end_matches('s')));
    }
    let words: Vec<&str> = parse.folded_words().collect();
    if words
        .windows(2)
        .any(|w| w[1] == "hour" && matches!(w[0], "the" | "an" | "one" | "a"))
    {
        return Some("1 hour".to_string());
    }
    // A day as its article's date resolves it, else as written ("on Monday").
    parse.dates.first().map(|d| {
        d.resolved
            .map_or_else(|| d.text.to_lowercase(), |day| day.to_string())
    })
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    // A statement of an earlier event measures that event; a yearly rate is no
    // measurement of one event.
    if is_background(a)
        || is_background(b)
        || tells_earlier_event(a, b.article_date)
        || tells_earlier_event(b, a.article_date)
        || tells_habit(a) != tells_habit(b)
    {
        return None;
    }
    let (ma, mb) = (measurements(a), measurements(b));
    let differ = |x: &Measurement, y: &Measurement, what: &str| -> Option<Finding> {
        // Rain gathers: "112 millimetres on Monday" is no amount of "the hour before the
        // landing".
        if ACCUMULATIONS.contains(&x.of.as_str())
            && let (Some(pa), Some(pb)) = (period_of(a), period_of(b))
            && pa != pb
        {
            return None;
        }
        let same_unit = x.factor == y.factor;
        let ((xl, xh), (yl, yh)) = if same_unit {
            ((x.low, x.high), (y.low, y.high))
        } else {
            (widened(x), widened(y))
        };
        let (qx, qy) = (x.quantity, y.quantity);
        // "17.9 km" and "18 kilometers": one figure rounded two ways.
        let rounded =
            same_unit && qx.bound == Bound::Exact && qy.bound == Bound::Exact && qx.rounds_to(qy);
        // Two approximations each outside the other's margin ("about 400 metres" against
        // "about 300m") differ, however their margins meet.
        let far_apart = qx.far_apart_as_approximations(x.factor, qy, y.factor);
        if ((xl <= yh && yl <= xh) && !far_apart) || rounded {
            return None;
        }
        let converted = if same_unit {
            String::new()
        } else {
            format!(
                " ({} against {} {})",
                in_base_unit(qx.value * x.factor),
                in_base_unit(qy.value * y.factor),
                x.dimension.base_unit()
            )
        };
        Some(Finding::soft_difference(
            ConflictKind::Number,
            &format!("measurement of the {what}"),
            (a, &x.as_written()),
            (b, &y.as_written()),
            &format!("{converted}; {}", x.dimension.why_they_may_differ()),
        ))
    };
    let of_one_thing = ma.iter().find_map(|x| {
        mb.iter()
            .filter(|y| y.dimension == x.dimension && y.of == x.of)
            .find_map(|y| differ(x, y, &x.noun.to_lowercase()))
    });
    if of_one_thing.is_some() {
        return of_one_thing;
    }
    // Two statements that report one fact, each with one length, measure one thing
    // however each names it ("the moving snow was about 400 metres across" against "the
    // avalanche spanned some 250 metres"): not two extents an adjective names apart (a
    // depth and a width). Other dimensions are not so read: a weight or a speed is told of
    // a thing named with it ("30 tonnes of fuel" and "38 tonnes of general freight"), and
    // two such things are two measures.
    match (ma.as_slice(), mb.as_slice()) {
        ([x], [y])
            if x.dimension == Dimension::Length
                && y.dimension == Dimension::Length
                && named_loosely(a, x)
                && named_loosely(b, y)
                && !(is_extent(&x.of) && is_extent(&y.of) && x.of != y.of) =>
        {
            differ(x, y, "length")
        }
        _ => None,
    }
}

/// May a measurement be compared with another whatever each says it measures: not a
/// distance from a place or between two things (two things lie at two distances from one
/// town: "80 km from the city", "20 feet away"), an amount gathered ("1.3 metres of new
/// snow"), a generic level, a size written before a noun ("a 17-inch notebook"), which
/// names a kind of thing as much as it measures one, or a measurement someone is quoted
/// giving?
fn named_loosely(s: &Side, m: &Measurement) -> bool {
    let text = s.text();
    let joined = m.quantity.joined_to_next_word(text);
    let apart = s
        .features
        .parse
        .words_between(text, m.quantity.end, text.len())
        .iter()
        .take(2)
        .any(|(_, w)| APART_WORDS.contains(&w.as_ref()));
    !(m.of.starts_with('#')
        || m.of.starts_with("from ")
        || ACCUMULATIONS.contains(&m.of.as_str())
        || joined
        || apart
        || s.is_quoted_at(m.quantity.start))
}

/// Is the key of what a measurement measures an extent an adjective names ("width",
/// "depth")?
fn is_extent(of: &str) -> bool {
    EXTENT_ADJECTIVES
        .iter()
        .any(|entry| word_lists::pair(entry).1 == of)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    /// `units.txt` is one table per dimension, each kept in alphabetical order, every
    /// factor a positive number, and every unit in one dimension only.
    #[test]
    fn the_units_are_sorted_tables_of_positive_factors() {
        let mut seen = std::collections::HashSet::new();
        for dimension in Dimension::ALL {
            let entries = UNITS.named(dimension.section());
            assert!(!entries.is_empty(), "no units of {dimension:?}");
            let units: Vec<&str> = entries.iter().map(|e| word_lists::pair(e).0).collect();
            let mut sorted = units.clone();
            sorted.sort_unstable();
            assert_eq!(
                units,
                sorted,
                "units.txt [{}] out of order",
                dimension.section()
            );
            for entry in entries {
                let (unit, factor) = word_lists::pair(entry);
                let factor: f64 = factor.parse().unwrap_or(f64::NAN);
                assert!(factor.is_finite() && factor > 0.0, "units.txt: {entry:?}");
                assert!(seen.insert(unit), "units.txt: {unit:?} in two dimensions");
            }
        }
        assert!(UNIT_TABLE.iter().all(|u| u.factor.is_finite()));
        for entry in EXTENT_ADJECTIVES.iter() {
            let (adjective, extent) = word_lists::pair(entry);
            assert_ne!(adjective, extent, "units.txt: {entry:?} is no pair");
        }
    }

    #[test]
    fn measurements_meet_across_statements_by_what_is_measured() {
        use crate::conflict::testing::{Written, alone};
        let keys = |text: &str| {
            let date = crate::model::Date::from_ymd_opt(2024, 12, 20);
            alone(
                Written::new(text, "Daily Ledger").dated(date),
                measurement_keys,
            )
        };
        // A year of a thing's making dates the thing, not an earlier event
        // (`making-verbs` in figure-cues.txt): its height now is measured.
        assert_eq!(
            keys("The tower, built in 1971, stands 78 metres tall and contains 96 flats."),
            ["Length height"]
        );
        assert_eq!(
            keys(
                "Harrowgate Tower, completed in the early 1970s, rises 91 metres over Kilner Road."
            ),
            ["Length height"]
        );
        assert!(keys("In 1971 a fire destroyed the tower, which stood 78 metres tall.").is_empty());
        // A person's height is a description, not a measure of the story's things
        // (`extent-persons`).
        for person in [
            "Officials described him as 6 feet 2 inches tall, with a tattoo on his forearm.",
            "Telfer, who stands 6 feet tall, was last seen near the river.",
        ] {
            assert!(keys(person).is_empty(), "{person}");
        }
        assert_eq!(
            keys("The dam, built in Ardena in 1968, stands 58 metres tall."),
            ["Length height"]
        );
        let driven = keys("The car, a black BMW, drove about 400 metres through the market.");
        assert_eq!(driven, ["Length distanc"]);
        assert_eq!(
            driven,
            keys("The car drove at high speed for about 300m through the market.")
        );
        // A quantity "of" a thing is of the noun a describing word stands before, and oil
        // carried is fuel carried.
        let fuel = keys(
            "An oil tanker carrying 800,000 litres of industrial fuel sank off the central Philippines on Tuesday.",
        );
        assert_eq!(fuel, ["Volume fuel"]);
        for other in [
            "The MT Princess Empress, which was carrying 900,000 liters of industrial oil, sank in rough seas.",
            "The tanker sank last week carrying 800,000 litres of fuel oil.",
            // The head of a compound: "heavy fuel oil" is oil, "bunker fuel" fuel.
            "She is carrying about 1,800 litres of heavy fuel oil in her bunker tanks.",
            "The ship holds roughly 950 litres of bunker fuel, which a barge began pumping off.",
        ] {
            assert_eq!(keys(other), fuel, "{other}");
        }
        // A word passes to the next only when the next is a thing the lexicon knows or the
        // word describes it ("iron ore" stays iron, as on every side); the run ends at a word
        // that ends a figure's phrase ("behind").
        assert_eq!(
            keys("The ship is carrying about 58,000 tonnes of iron ore loaded in Port Haldane."),
            ["Mass iron"]
        );
        assert_eq!(
            keys("The family owns 7.5 acres of wooded land behind the home."),
            ["Area land"]
        );
        // Not a distance from a place (two things may lie at two distances from one town),
        // nor a level or an earlier event's measurement.
        for none in [
            "The village lies about 120 km north-east of Kathmandu.",
            "The plane was cruising at 32,000 feet.",
            "In 2015, a quake struck at a depth of 15 km.",
        ] {
            assert!(keys(none).is_empty(), "{none}: {:?}", keys(none));
        }
    }

    #[test]
    fn a_measurement_just_over_a_whole_figure_is_above_it_not_past_the_next() {
        // "just over six metres" holds 6.1 metres; a count "just over six" would not.
        assert!(
            between_outlets(
                "The river crested at 6.1 metres at the Mill Street gauge.",
                "The river crested at just over six metres overnight, according to county figures.",
                detect,
            )
            .is_none()
        );
        assert!(
            between_outlets(
                "The river crested at 7.5 metres at the Mill Street gauge.",
                "The river crested at just over six metres overnight, according to county figures.",
                detect,
            )
            .is_some()
        );
    }

    #[test]
    fn a_buildings_storeys_are_a_measurement_of_it() {
        let found = between_outlets(
            "A 21-storey building under construction collapsed in the Nigerian city of Lagos on Monday, killing at least 20 people.",
            "Rescue workers in Lagos were searching on Tuesday for survivors in the wreckage of a 22-storey tower that collapsed a day earlier, killing at least 22 people.",
            detect,
        )
        .expect("21 storeys against 22");
        assert_eq!(found.severity, Severity::Soft);
        assert!(
            found.explanation.starts_with(
                "measurement of the building differs: “21-storey” (Daily Ledger) vs “22-storey”"
            ) && found
                .explanation
                .ends_with("with or without a ground floor"),
            "{}",
            found.explanation
        );
        // Told in a statement of their own, storeys are not proposed across sources: they
        // name a kind of building as much as they measure one.
        let keys = |text: &str| {
            crate::conflict::testing::alone(
                crate::conflict::testing::Written::new(text, "Daily Ledger"),
                measurement_keys,
            )
        };
        assert!(keys("Photos show the entire two-story building in flames.").is_empty());
    }

    #[test]
    fn two_measurements_of_one_thing_are_a_soft_conflict() {
        let found = between_outlets(
            "Ian made landfall on Wednesday as a Category 4 storm with maximum sustained winds of 150 mph.",
            "Ian slammed into the coast on Wednesday with winds of 155 mph, the hurricane center said.",
            detect,
        )
        .expect("150 mph against 155");
        assert_eq!(found.severity, Severity::Soft);
        assert!(
            found
                .explanation
                .starts_with("measurement of the winds differs: “150 mph”"),
            "{}",
            found.explanation
        );
        check_each(
            &[
                (
                    "distances past an end, each end named its own way",
                    "The jet finally stopped about 300 metres beyond the runway's end, in marshy ground.",
                    "It came to rest some 90 metres past the end of the paved surface, nose down in a ditch.",
                ),
                (
                    "a distance past an end told with a half",
                    "The plane came down barely 600 metres past the end of the runway.",
                    "The plane came down about one and a half kilometres beyond the runway's end.",
                ),
                (
                    "distances from one place, one told as outside it",
                    "The ambush took place about 40 kilometres north of Kolbeth.",
                    "The ambush took place on a bend roughly 15 kilometres outside Kolbeth.",
                ),
                (
                    "speeds in two units",
                    "The train was travelling at 128 kilometres per hour, railway officials said.",
                    "The train had been moving at about 100 mph when it left the rails.",
                ),
                (
                    "a surge",
                    "A storm surge of up to 12 feet flooded coastal towns.",
                    "The storm pushed a surge of 18 feet into the beach towns.",
                ),
                (
                    "winds reaching a speed",
                    "The National Weather Service rated the tornado an EF-4, with peak winds of 170 mph.",
                    "The tornado was rated an EF-3, with winds reaching 165 mph.",
                ),
                (
                    "winds before their unit",
                    "The storm brought 150 mph winds to the coast.",
                    "Winds of 130 mph lashed the coast.",
                ),
                (
                    "a distance from a place",
                    "The epicentre was 80 kilometres northwest of Kathmandu.",
                    "The quake struck about 120 km northwest of Kathmandu.",
                ),
                (
                    "a distance from a place named after its kind",
                    "The boat sank about 30 kilometres south of the port of Tarvos.",
                    "The vessel went down some 12 km south of Tarvos.",
                ),
                (
                    "a unit glued to its figure, a conversion in brackets",
                    "The plane overshot the runway and fell 30 to 40 metres down an embankment.",
                    "It overran the runway and plunged 60m (197ft) into a ditch, officials said.",
                ),
                (
                    "a glued unit in feet",
                    "The climber died after falling 150 meters from a ridge.",
                    "He died after slipping and falling 200ft from a ridge.",
                ),
                (
                    "one length each of two statements reporting one fact, named two ways",
                    "At its widest point, he said, the moving snow was about 400 metres across.",
                    "At its widest, the avalanche spanned some 250 metres, according to a preliminary survey.",
                ),
                (
                    "a distance driven against the stretch it covered",
                    "It ploughed roughly 250 metres through the rows of wooden huts.",
                    "It covered about 80 metres of the market before stopping against the wall of a building.",
                ),
                (
                    "a glued m before a word of place, a distance driven told two ways",
                    "The car, a black BMW, drove about 400 metres through the market, police said.",
                    "The car drove at high speed for about 300m through the market.",
                ),
                (
                    "a distance travelled against one driven",
                    "Officials said the car traveled some 400 meters through the market.",
                    "The car drove 300m through the market.",
                ),
                (
                    "a height told as high and as tall",
                    "The two dams that burst were 70 metres high.",
                    "The larger dam stood 75 metres tall.",
                ),
                (
                    "freight and cargo",
                    "The aircraft was loaded with 38 tonnes of general freight, the airline said.",
                    "The aircraft had been carrying 40 tonnes of cargo, mostly parcels.",
                ),
                (
                    "rain and rainfall",
                    "More than 400 millimetres of rain fell on Bayda in 24 hours.",
                    "Bayda recorded 300 mm of rainfall, the meteorological office said.",
                ),
                (
                    "a level passed, as a level at which (`level-verbs`)",
                    "The crew reported a problem with the left engine at about 3,000 feet as the aircraft climbed out.",
                    "It was climbing through roughly 6,500 feet when its left engine lost power.",
                ),
                (
                    "the level a fall ended at",
                    "The jet plunged from a cruising altitude of 29,100 feet to 9,075 feet in two minutes.",
                    "The plane fell from about 29,000 feet to 3,225 feet in around 1 minute and 35 seconds.",
                ),
                (
                    "a fall told as fell and as plunged",
                    "A 200-metre section of the bridge fell about 45 metres onto railway tracks.",
                    "An 80-metre stretch of the viaduct plunged 100 metres to the ground.",
                ),
                (
                    "an area covered, and an area of",
                    "The blast triggered a fire covering 180 square metres, the ministry said.",
                    "The explosion caused a fire over an area of 200 sq m.",
                ),
                (
                    "an area spread across",
                    "The blast sparked a fire that spread across 180 square meters.",
                    "The explosion caused a fire over an area of 200 sq m.",
                ),
                (
                    "an area burned",
                    "The wildfire has burned 45,000 acres, fire officials said.",
                    "The wildfire has scorched 60,000 acres, Cal Fire said.",
                ),
                (
                    "a speed in a second against one in an hour",
                    "Yagi made landfall packing winds of 45 metres per second.",
                    "Yagi made landfall with winds of 145 mph.",
                ),
                (
                    "gusts told as gusting up to and as gusted to",
                    "The fire was fanned by Santa Ana winds gusting up to 80 miles per hour.",
                    "The fire spread rapidly in winds that gusted to 100 mph.",
                ),
                (
                    "what is measured before a verb of being",
                    "The quake struck at 11:56 a.m. local time at a depth of 15 km, the U.S. Geological Survey said.",
                    "The earthquake's epicenter was 81 kilometers northwest of Kathmandu and its depth was only 11 kilometers, the USGS said.",
                ),
                (
                    "what is measured before a plain adverb",
                    "The quake struck at a depth of just 10 kilometers in the mountainous district.",
                    "The quake hit at a depth of 30 kilometers, the agency said.",
                ),
                (
                    "an extent's noun before \"at\", and its adjective after the unit",
                    "The quake struck at 11:47 p.m., according to the USGS, which put its depth at 18 kilometers.",
                    "The quake was 10 km deep, the monitoring centre said.",
                ),
            ],
            detect,
            true,
        );
    }

    /// A verb of extending gives its subject's length: the wreckage's and the tailbacks'
    /// stretches are two things, proposed for comparison by no shared key; the verb of
    /// driving names the distance driven.
    #[test]
    fn what_stretched_is_what_is_measured() {
        use crate::conflict::testing::{Written, alone};
        let keys = |text: &str| alone(Written::new(text, "Daily Ledger"), measurement_keys);
        assert_eq!(
            keys("Wreckage stretched for roughly 1.5 kilometres, the police said."),
            ["Length wreckag"]
        );
        assert_eq!(
            keys("At their worst, tailbacks stretched for nine miles on the approach."),
            ["Length tailback"]
        );
        assert_eq!(
            keys("The car drove at high speed for about 300m through the market."),
            ["Length distanc"]
        );
    }

    #[test]
    fn measurements_that_meet_or_of_different_things_are_no_conflict() {
        check_each(
            &[
                (
                    "a depth told as varying from place to place",
                    "Lake Marrowind reaches depths of more than 300 feet in places, the sheriff's office said.",
                    "Sonar located the fuselage at a depth of some 110 feet, the sheriff said.",
                ),
                (
                    "a distance between two things against a length",
                    "The driver dragged her as he sped off, said a witness who was 20 feet away.",
                    "She rolled under his car a good 10 feet, Benson said.",
                ),
                (
                    "weights of two things named with them",
                    "The aircraft had taken on about 30 tonnes of fuel for the flight.",
                    "The aircraft was loaded with 38 tonnes of general freight.",
                ),
                (
                    "a length someone is quoted giving",
                    "\"One of the party has slipped on the ice and has fallen some 700 metres,\" he said.",
                    "The climber slipped and fell approximately 200 metres down a steep ice gully.",
                ),
                (
                    "a size written before its noun",
                    "It is the thinnest 17-inch notebook on the market.",
                    "The computer is just 0.98 inches thick.",
                ),
                (
                    "a width told by \"across\" against a depth of snow",
                    "At its widest point, the moving snow was about 400 metres across.",
                    "Forecasters noted that 1.3 metres of new snow had piled up at high elevations.",
                ),
                (
                    "a conversion rounded",
                    "Winds reached 150 mph (240 km/h), forecasters said.",
                    "Winds reached 240 km/h near the coast.",
                ),
                (
                    "a speed in a second converted",
                    "Yagi made landfall packing winds of 62 metres per second.",
                    "Yagi made landfall with winds of 145 mph.",
                ),
                (
                    "one figure rounded two ways",
                    "The quake struck at a depth of 17.9 km, the U.S. Geological Survey said.",
                    "The quake struck at 4:17 a.m. at a depth of 18 kilometers.",
                ),
                (
                    "rain over two periods",
                    "The city recorded 112 millimetres of rain on Monday, flooding streets.",
                    "The airport station recorded 38 millimetres of rain in the hour before the landing.",
                ),
                (
                    "rain over two lengths of time",
                    "More than 200 millimetres of rain fell on the hills upstream in 36 hours.",
                    "The town's weather station recorded 96 millimetres of rain in 24 hours.",
                ),
                (
                    "a bound and a figure",
                    "The camp lies less than 25 km (15 miles) from the border with Sudan.",
                    "The camp is located 10 miles (15 kilometers) south of the border.",
                ),
                (
                    "two different places",
                    "The epicentre was 80 kilometres northwest of Kathmandu.",
                    "The quake struck 30 km east of Pokhara.",
                ),
                (
                    "a depth against a distance",
                    "The quake struck at a depth of 10 km.",
                    "The quake struck 15 km from the city.",
                ),
                (
                    "a change against a level",
                    "The river rose by 3 feet overnight.",
                    "The river rose to 20 feet on Sunday.",
                ),
                (
                    "two things of one kind",
                    "Apple will ask $1,099 for the base 13-inch version.",
                    "The 15-inch version costs $1,799.",
                ),
                (
                    "a height in two units",
                    "Police described the shooter as about 5 feet 4 inches tall.",
                    "Police described the shooter as 5 feet 3 to 5 feet 5.",
                ),
                (
                    "an earlier quake",
                    "The earthquake struck at a depth of 2.7 miles, according to the USGS.",
                    "The last earthquake of that size, in 2019, struck at a depth of 1.1 miles.",
                ),
                (
                    "a height asked for against one flown",
                    "The plane was flying at 32,000 feet when it lost contact.",
                    "The jet had asked to fly at 34,000 feet to avoid bad weather.",
                ),
                (
                    "a glued m alone, millions",
                    "The country's debt reached 300m last year.",
                    "The country's debt reached 400 metres last year.",
                ),
                (
                    "two approximations whose margins hold each other's figure",
                    "The car drove about 400 metres through the market.",
                    "The car drove about 380 metres through the market.",
                ),
                (
                    "a figure with no unit",
                    "The storm killed 150 people.",
                    "The storm killed 155 people.",
                ),
                (
                    "one measurement told two ways",
                    "The train was travelling at 128 km/h.",
                    "The train was travelling at 128 kilometres an hour.",
                ),
            ],
            detect,
            false,
        );
    }
}
