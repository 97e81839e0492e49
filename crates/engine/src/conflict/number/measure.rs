//! What a figure measures: the event and the population a count is of, read from the words
//! around it ([`measure_of`], [`measured`]), and whether a count counts people at all.

use std::sync::LazyLock;

use crate::align::Features;
use crate::conflict::Side;
use crate::text::normalize::{Term, TermKind};
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::{lexicon, word_lists};

use super::parts::{
    SINGLE_PERSONS, has_part_adjective, is_decade, is_hospital_count, is_list_part, is_subset,
    is_whole_of_a_part, starts_count,
};
use super::places::OTHER_CLAUSE_STARTS;

/// Event concepts a count can measure, with the words used in explanations (tagged
/// `measure=word` in `assets/lexicon/concepts.txt`).
static EVENTS: LazyLock<Vec<(&'static str, &'static str)>> =
    LazyLock::new(lexicon::measured_concepts);

/// Nouns before "of" that make the figure after them a population ("a nation of 19 million").
static POPULATION_HEADS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "population-head"));

pub use crate::model::measure::{Measure, Population};

/// Nouns of a craft's passengers (kind `passengers` in `assets/lexicon/people.txt`).
static PASSENGER_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "passengers"));

/// Nouns of a craft's crew (kind `crew` in `assets/lexicon/people.txt`).
static CREW_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "crew"));

/// Nouns of those held hostage (kind `hostages` in `assets/lexicon/people.txt`).
static HOSTAGE_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "hostages"));

/// Nouns of firefighters, rescuers and medics (kind `responders` in
/// `assets/lexicon/people.txt`).
static RESPONDER_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "responders"));

/// Nouns of the bodies of the dead (kind `remains` in `assets/lexicon/people.txt`).
static REMAINS_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "remains"));

/// Nouns for those who carried out an attack.
static PERPETRATOR_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "perpetrator"));

word_lists::sections! {
    /// Words that end the noun phrase after a figure: "four dead after the gunman opened fire"
    /// counts the dead, not the gunman.
    PHRASE_BREAKS = FIGURE_CUES["phrase-breaks"];

    /// Verbs of being right after a count's noun that may tell those present at a place
    /// ("were in the building when").
    PRESENCE_VERBS = FIGURE_CUES["presence-verbs"];

    /// Prepositions of place right after such a verb.
    PRESENCE_PREPOSITIONS = FIGURE_CUES["presence-prepositions"];

    /// Verbs of being at work at a place, right after a verb of being ("were staffing the
    /// post when").
    PRESENCE_DUTIES = FIGURE_CUES["presence-duties"];

    /// Words of the moment they were there ("when", "at the time").
    PRESENCE_MOMENTS = FIGURE_CUES["presence-moments"];
}

/// The most words of a place between a preposition of presence and its moment ("were on
/// the airport grounds when").
const PRESENCE_PLACE_WORDS: usize = 4;

/// Does the count tell those present at a place when something befell it: its noun, a
/// verb of being, a preposition of place, a few words of the place, and the moment
/// ("twenty-six residents were in the building when the tornado hit", "More than 70 workers
/// were on the premises at the time")? Such a count is of those inside the story's place,
/// as "were inside" tells.
fn present_when(f: &Features, text: &str, q: &Quantity) -> bool {
    let from = past_its_noun(text, q).min(text.len());
    let clause_end = clause_marks(&text[from..])
        .next()
        .map_or(text.len(), |i| from + i);
    let words: Vec<_> = f
        .parse
        .words_between(text, from, clause_end)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let [verb, preposition, place @ ..] = words.as_slice() else {
        return false;
    };
    // "were in the building when", or at work there: "were staffing the post when the
    // car detonated".
    let under_way = PRESENCE_DUTIES.contains(&preposition.as_ref());
    PRESENCE_VERBS.contains(&verb.as_ref())
        && (PRESENCE_PREPOSITIONS.contains(&preposition.as_ref()) || under_way)
        && (1..=PRESENCE_PLACE_WORDS).any(|k| {
            place.get(k..).is_some_and(|tail| {
                PRESENCE_MOMENTS
                    .iter()
                    .any(|moment| word_lists::starts_with_phrase(tail, moment))
            })
        })
}

/// Is a folded word (of the parse or of a unit) a noun of those who attacked?
fn is_perpetrator_noun(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    let singular = word.strip_suffix('s').unwrap_or(word);
    PERPETRATOR_NOUNS.contains(&singular) || PERPETRATOR_NOUNS.contains(&word)
}

/// The nearest word of death or injury before the figure in its clause ("Among the dead
/// were 57 Canadians").
fn harm_before<'f>(f: &'f Features, text: &str, q: &Quantity) -> Option<&'f Term> {
    f.terms
        .iter()
        .rfind(|t| t.end <= q.start && !text[t.end..q.start].contains(CLAUSE_MARKS))
        .filter(|t| matches!(t.key.as_str(), "KILL" | "INJURE"))
}

/// The last word of death or injury between the figure before `q` in its sentence and `q`
/// ("seven people are injured, including one child"), if a figure stands before it.
fn harm_since_figure<'f>(f: &'f Features, q: &Quantity) -> Option<&'f Term> {
    let before = f
        .parse
        .quantities
        .iter()
        .filter(|p| p.end <= q.start)
        .max_by_key(|p| p.end)?;
    f.terms
        .iter()
        .filter(|t| t.start >= before.end && t.end <= q.start)
        .rfind(|t| matches!(t.key.as_str(), "KILL" | "INJURE"))
}

/// Does the statement count both a craft's passengers and its crew ("68 passengers and
/// four crew members")?
fn counts_passengers_and_crew(f: &Features, text: &str) -> bool {
    let populations: Vec<Population> = f
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count)
        .map(|q| population_of(f, text, q))
        .collect();
    populations.contains(&Population::Passengers) && populations.contains(&Population::Crew)
}

/// Is a count of passengers one of the crew too: its noun followed by "and" and a noun of
/// the crew with no figure of its own ("142 passengers and crew", "the 68 passengers and
/// crew members")?
fn passengers_and_crew_together(f: &Features, text: &str, q: &Quantity) -> bool {
    let words = f.parse.letter_runs_between(text, q.end, text.len());
    let mut after = words.iter().map(|(_, w)| w.as_str());
    after.any(|w| PASSENGER_NOUNS.contains(&w))
        && after.next() == Some("and")
        && after.next().is_some_and(|w| CREW_NOUNS.contains(&w))
}

/// The country a plural demonym stands for ("canadians" gives "canada"), from
/// `countries.txt`. A demonym without a plural "s" ("Somali", "Dutch") is as often an
/// adjective whose noun the figure reader left out ("two Yemeni fishing boats").
fn country_of_demonym(word: &str) -> Option<&'static str> {
    lexicon::country_of(word.strip_suffix('s')?)
}

/// Nouns after a demonym that count its nationals ("63 Canadian citizens"): kind
/// `counts-nationals` in `assets/lexicon/people.txt`.
static NATIONALS_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "counts-nationals"));

/// The nationals a count counts: a plural demonym ("63 Canadians") or a demonym before a
/// noun of nationals ("63 Canadian citizens").
fn nationals_of(q: &Quantity) -> Option<Population> {
    let words: Vec<&str> = q.unit.split_whitespace().collect();
    let country = match words.as_slice() {
        [.., demonym] if country_of_demonym(demonym).is_some() => country_of_demonym(demonym),
        [.., adjective, noun] if NATIONALS_NOUNS.contains(noun) => lexicon::country_of(adjective),
        _ => None,
    }?;
    Some(Population::Nationals {
        country,
        label: lexicon::nationals_label(country)?,
    })
}

/// Nouns of one sex or age (kind `part-of-people` in `assets/lexicon/people.txt`).
static PART_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "part-of-people"));

/// The plural nouns of English whose singular is no plural less its "s".
const IRREGULAR_PLURALS: &[(&str, &str)] =
    &[("child", "children"), ("man", "men"), ("woman", "women")];

/// The part of the people a count of one sex or age counts ("three children", "one
/// child", "two women"), by the plural noun of [`PART_NOUNS`] that names it.
fn part_of_people(q: &Quantity) -> Option<Population> {
    let noun = q.unit.split_whitespace().last()?;
    let plural = IRREGULAR_PLURALS
        .iter()
        .find(|(singular, _)| *singular == noun)
        .map_or_else(|| noun.to_string(), |(_, plural)| plural.to_string());
    let plural = if PART_NOUNS.contains(&plural.as_str()) {
        plural
    } else {
        format!("{noun}s")
    };
    let noun: &'static str = PART_NOUNS.iter().find(|p| **p == plural)?;
    static LABELS: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
        PART_NOUNS
            .iter()
            .map(|n| (*n, &*Box::leak(format!("{n} ").into_boxed_str())))
            .collect()
    });
    let label = LABELS.iter().find(|(n, _)| *n == noun)?.1;
    Some(Population::Part { noun, label })
}

word_lists::sections! {
    /// Words that grade a harm, each `word = grade` ("serious = seriously": "in a serious
    /// condition" and "seriously injured" are one grade).
    SEVERITY_GRADES = FIGURE_CUES["severity-grades"];
}

/// The most words after a count up to its grade ("12 of them were in a serious").
const GRADE_WORDS: usize = 6;

word_lists::sections! {
    /// Nouns an adjective of a grade is said of: "in critical condition", "suffered minor
    /// injuries".
    GRADED_NOUNS = FIGURE_CUES["graded-nouns"];

    /// Words before such an adjective that deny the grade: "escaped serious injury".
    GRADE_DENIALS = FIGURE_CUES["grade-denials"];

    /// Adverbs after a second count that tell those of a count of the hurt who died.
    DEADLY_GRADES = FIGURE_CUES["deadly-grades"];
}

/// Is a count of the hurt followed, within a few words, by the part of it who died ("six
/// people wounded -- two mortally", "five shot, one fatally")? Then it counts everyone hit,
/// the dead with the hurt: no count of the injured, whom the other outlet may count apart
/// ("two dead and four others injured").
fn counts_the_dead_too(f: &Features, text: &str, q: &Quantity) -> bool {
    let words: Vec<_> = f
        .parse
        .words_between(text, q.end, text.len())
        .into_iter()
        .take(7)
        .collect();
    words.windows(2).any(|w| {
        let count = &w[0].1;
        (count.bytes().all(|b| b.is_ascii_digit())
            || crate::text::numbers::parse_number_word(count).is_some())
            && DEADLY_GRADES.contains(&w[1].1.as_ref())
    })
}

/// Where the first figure after `q` starts, if one does: a count of none is one ("Five
/// crew members were on board and none was injured").
fn next_figure_start(f: &Features, q: &Quantity) -> Option<usize> {
    first_start_after(f.parse.quantities.iter().chain(&f.parse.worded_counts), q)
}

/// Where the first count told in words after `q` starts ("no injuries", `worded_counts`).
fn next_worded_count_start(f: &Features, q: &Quantity) -> Option<usize> {
    first_start_after(f.parse.worded_counts.iter(), q)
}

/// Where the first of `figures` that starts after `q` starts.
fn first_start_after<'q>(
    figures: impl Iterator<Item = &'q Quantity>,
    q: &Quantity,
) -> Option<usize> {
    figures
        .map(|x| x.start)
        .filter(|&start| start >= q.end)
        .min()
}

/// Is the population those hurt to a grade ([`graded_part`]): its own count's, which no
/// count after it takes ("two seriously wounded; three men were fatally shot")?
fn is_graded(population: Population) -> bool {
    matches!(population, Population::Part { noun, .. }
        if SEVERITY_GRADES.iter().any(|e| word_lists::pair(e).1 == noun))
}

/// Is the population those in a condition that changes by the hour ([`CHANGING_GRADES`]:
/// "seven were in critical condition"), whose count moves either way as patients recover
/// or die?
pub(crate) fn in_a_changing_condition(population: Population) -> bool {
    matches!(population, Population::Part { noun, .. } if CHANGING_GRADES.contains(&noun))
}

/// The part of the hurt a count graded by its words counts ("12 of them seriously", "nine
/// of them in a serious condition", "three people were critically injured"): those hurt to
/// that grade (label "seriously "), compared with another count of the same grade. The
/// grade is read after the count, in its clause, not after a word of another clause
/// ("and", "but"), and not "badly" ("no one was hurt too badly" grades nothing).
fn graded_part(f: &Features, text: &str, q: &Quantity) -> Option<Population> {
    static GRADES: LazyLock<Vec<(&'static str, &'static str, &'static str)>> =
        LazyLock::new(|| {
            SEVERITY_GRADES
                .iter()
                .map(|e| {
                    let (word, grade) = word_lists::pair(e);
                    (
                        word,
                        grade,
                        &*Box::leak(format!("{grade} ").into_boxed_str()),
                    )
                })
                .collect()
        });
    let clause_end = clause_marks(&text[q.end..])
        .next()
        .map_or(text.len(), |i| q.end + i);
    // Up to the next figure: "five men and four women were injured -- one in critical
    // condition" grades the one, not the four.
    let next_figure = next_figure_start(f, q).unwrap_or(text.len());
    let runs = f
        .parse
        .letter_runs_between(text, q.end, clause_end.min(next_figure));
    let (_, grade, label) = runs
        .iter()
        .enumerate()
        .take(GRADE_WORDS)
        .take_while(|(_, (_, w))| {
            !matches!(w.as_str(), "and" | "but" | "while")
                && crate::text::numbers::simple_number_word(w).is_none()
        })
        // An adverb anywhere ("12 of them seriously"); an adjective of a condition ("in a
        // serious condition") or right after the count ("one critical"), not of a thing
        // ("escaped serious injury", "videotapes shown in court as critical").
        .filter(|(i, (_, w))| {
            let before = i.checked_sub(1).and_then(|b| runs.get(b));
            w.ends_with("ly")
                || *i == 0
                || runs
                    .get(i + 1)
                    .is_some_and(|(_, next)| GRADED_NOUNS.contains(&next.as_str()))
                    && !before.is_some_and(|(_, b)| GRADE_DENIALS.contains(&b.as_str()))
        })
        .find_map(|(_, (_, w))| GRADES.iter().find(|(word, _, _)| word == w))?;
    Some(Population::Part { noun: grade, label })
}

/// Is the count a part of a group (`parts::is_subset`), unless it is the wounded beside the
/// dead ([`wounded_beside_the_dead`])?
fn is_a_subset(f: &Features, text: &str, q: &Quantity) -> bool {
    is_subset(f, text, q) && !wounded_beside_the_dead(f, text, q)
}

/// "Fourteen others were wounded" after a toll of the dead told before, "killed two people
/// and left five others wounded": others added to a count and wounded
/// (`parts::added_and_wounded`) are the wounded beside the dead, all of them, when the count
/// opens its statement or only counts of the dead come before it there. Not others beside
/// someone hurt ("two people are in critical condition, four others hurt").
fn wounded_beside_the_dead(f: &Features, text: &str, q: &Quantity) -> bool {
    if !super::parts::added_and_wounded(f, text, q) {
        return false;
    }
    let earlier: Vec<&Quantity> = f
        .parse
        .quantities
        .iter()
        .filter(|x| x.end <= q.start && x.kind == QuantityKind::Count)
        .collect();
    if earlier.is_empty() {
        return f.parse.words_before(text, q.start).next().is_none();
    }
    earlier
        .iter()
        .all(|x| measure_of(f, text, x, None).is_some_and(|m| m.event == "KILL"))
}

/// Is a count of nationals or of one sex or age told as a part of a toll ("including 82
/// Iranians and 63 Canadians", "Among the dead were 57 Canadians", "three children")?
/// Alone, such a count is the toll itself ("the attack killed 40 Palestinians", "killing
/// four men"), read as before.
fn is_told_as_a_part(f: &Features, text: &str, q: &Quantity) -> bool {
    let clause_start = clause_marks(&text[..q.start])
        .next_back()
        .map_or(0, |i| i + 1);
    is_a_subset(f, text, q)
        || is_list_part(f, text, q)
        || is_marked_as_a_part(f, text, q)
        || f.parse
            .words_between(text, clause_start, q.start)
            .iter()
            .any(|(_, w)| w == "among")
}

/// The most words between "among" or "including" and a count it makes a part ("Among the
/// dead were three").
const PART_MARK_WORDS: usize = 4;

/// Is a count told as a part of a toll in so many words: right after "among" or
/// "including" ("Among the dead were three children", "The dead included two women"), or
/// right before "among" ("Two children were among those killed")?
fn is_marked_as_a_part(f: &Features, text: &str, q: &Quantity) -> bool {
    let marks = |w: &str| matches!(w, "among" | "including" | "included");
    f.parse
        .words_before(text, q.start)
        .take(PART_MARK_WORDS)
        .take_while(|(at, w)| {
            text.get(at + w.len()..q.start)
                .is_some_and(|gap| !gap.contains(CLAUSE_MARKS))
        })
        .any(|(_, w)| marks(&w))
        || f.parse
            .words_between(text, q.end, text.len())
            .iter()
            .take(PART_MARK_WORDS)
            .any(|(_, w)| w == "among")
}

/// The singular of a plural noun of people as the readers below compare it: its final "s"
/// dropped ("civilians", "persons"), "people" as it is.
fn singular(noun: &str) -> &str {
    noun.strip_suffix('s').unwrap_or(noun)
}

/// Nouns of the public at large, singular (kind `public` in `assets/lexicon/people.txt`): a
/// count of them counts people.
static PUBLIC_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_lists::of_kind(word_lists::PEOPLE, "public")
        .into_iter()
        .map(singular)
        .collect()
});

/// Nouns of the public that leave some out (the military, visitors), singular (kind
/// `public-part`): "no civilians were killed" says nothing of soldiers.
static PUBLIC_PART_NOUNS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    word_lists::of_kind(word_lists::PEOPLE, "public-part")
        .into_iter()
        .map(singular)
        .collect()
});

/// Is the figure a count of none of everyone ("no one was hurt", "there were no
/// survivors", "no casualties"), which any count of a group above none contradicts ("two
/// police officers were killed", "two passengers survived")? Not of a part of the public
/// ("no civilians were killed").
pub(crate) fn counts_none_of_everyone(q: &Quantity, m: Measure) -> bool {
    let noun = q.counted_noun();
    let one = singular(noun);
    q.value == 0.0
        && q.high == 0.0
        && m.population == Population::People
        && !PUBLIC_PART_NOUNS.contains(&one)
}

fn population_of(f: &Features, text: &str, q: &Quantity) -> Population {
    // "seven dead attackers", "three suicide bombers", "eight attackers … seven died".
    // The words after the figure, compounds split ("suicide-bombers"), each folded with the
    // offset where its surface ends (the surface from the word's offset to its token's end).
    let words = f.parse.words_between(text, q.end, text.len());
    let tokens = &f.parse.tokens;
    let pieces: Vec<(usize, &str)> = words
        .iter()
        .flat_map(|(at, folded)| {
            let token_end = tokens
                .get(tokens.partition_point(|t| t.end <= *at))
                .map_or(*at, |t| t.end);
            let surface = &text[*at..token_end];
            let mut end = *at;
            surface
                .split('-')
                .zip(folded.split('-'))
                .map(move |(written, piece)| {
                    end += written.len();
                    let piece_end = end;
                    end += '-'.len_utf8();
                    (piece_end, piece)
                })
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let noun_after = pieces
        .iter()
        .take(3)
        .take_while(|(_, w)| !PHRASE_BREAKS.contains(w))
        .scan(false, |ended, (end, w)| {
            // A clause mark ends the noun phrase after the word that carries it.
            let take = !*ended;
            *ended = text[*end..].starts_with([',', ';', ':', '.']);
            take.then_some(*w)
        })
        .any(is_perpetrator_noun);
    if noun_after
        || q.unit.split_whitespace().any(is_perpetrator_noun)
        || (q.unit.is_empty() && is_perpetrator_noun(q.counted_noun()))
    {
        return Population::Perpetrators;
    }
    // A craft's passengers or crew, by the unit's words ("155 passengers", "seven crew
    // members").
    let unit_words = || q.unit.split([' ', '-']);
    if unit_words().any(|w| PASSENGER_NOUNS.contains(&w)) {
        // "None of the 142 passengers and crew on board": one count of both groups is of
        // everyone aboard.
        if passengers_and_crew_together(f, text, q) {
            return Population::People;
        }
        return Population::Passengers;
    }
    if unit_words().any(|w| CREW_NOUNS.contains(&w)) {
        return Population::Crew;
    }
    // "freeing 35 hostages", "two hostages were killed".
    if unit_words().any(|w| HOSTAGE_NOUNS.contains(&w)) {
        return Population::Hostages;
    }
    // "two firefighters were injured".
    if unit_words().any(|w| RESPONDER_NOUNS.contains(&w)) {
        return Population::Responders;
    }
    if let Some(nationals) = nationals_of(q).filter(|_| is_told_as_a_part(f, text, q)) {
        return nationals;
    }
    // "Sixteen people were injured, 12 of them seriously": the worst hurt, a part.
    if let Some(graded) = graded_part(f, text, q) {
        return graded;
    }
    // "Among the dead were three children": a part of one sex or age, when told as one in
    // so many words ("Four men were hospitalized" is all those hospitalized).
    if let Some(part) = part_of_people(q).filter(|_| is_marked_as_a_part(f, text, q)) {
        return part;
    }
    // Whole words of the unit (folded already), each part of a compound too
    // ("non-residents"): not "personnel" nor "presidential guards".
    if q.unit
        .split([' ', '-'])
        .map(singular)
        .any(|w| PUBLIC_NOUNS.contains(&w))
    {
        return Population::People;
    }
    // A bare count sharing the noun of the count before it: "317 police … and eight killed".
    if q.unit.is_empty() && !q.implied_unit.is_empty() {
        // The unit is folded already.
        let noun = q.counted_noun();
        match crate::text::lexicon::concept_of(noun, &crate::text::stem::stem(noun)) {
            Some("SECURITY") => return Population::Security,
            Some("TROOPS") => return Population::Troops,
            Some("PROTESTER") => return Population::Protesters,
            _ => {}
        }
    }
    // The counted noun phrase: "317 police and national guard servicemen",
    // "thirteen members of the security forces"; not words further on.
    let window_end = q.end + q.unit.len().max(4) + 24;
    // A clause mark ends it too: "injuring 48, police said" counts no police.
    let clause_end = clause_marks(text)
        .find(|&at| at >= q.end)
        .unwrap_or(usize::MAX);
    // So does a preposition that opens a place or a time, not "and" nor "of" that join nouns:
    // "wounded 48 at a crowded market" counts no crowd.
    let phrase_end = f
        .parse
        .words_between(text, q.end, window_end.min(text.len()))
        .into_iter()
        .find(|(_, w)| PHRASE_BREAKS.contains(&w.as_ref()) && !JOINERS.contains(&w.as_ref()))
        .map_or(usize::MAX, |(at, _)| at);
    for t in f.terms.iter().filter(|t| {
        t.start >= q.end && t.start <= window_end && t.start < clause_end.min(phrase_end)
    }) {
        if t.kind == TermKind::Concept {
            // A verb met through a noun's stem opens another phrase: "killing one man and
            // forcing 2,000 people from their homes" counts no forces.
            let word = f.parse.folded_range(text, t.start, t.end);
            if (word.ends_with("ing") || word.ends_with("ed"))
                && crate::text::lexicon::concept_of(&word, "").is_none()
            {
                break;
            }
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

/// Phrase breaks that join two nouns of one phrase ("317 police and national guard
/// servicemen", "thirteen members of the security forces").
const JOINERS: [&str; 3] = ["and", "or", "of"];

/// Nouns that count people.
static PERSON_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "counts-people"));

/// Words of harm that count people alone or last ("eight dead") and before another noun
/// describe it ("hundreds of dead fish"): `adjective-people` in `people.txt`.
static ADJECTIVE_PEOPLE: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "adjective-people"));

/// Does a figure read without a noun stand before "of" and a word of harm that describes a
/// thing counted after it ("hundreds of dead fish", "thousands of dead birds"): a noun that
/// is no person's nor a population's?
fn harm_describes_a_thing(f: &Features, q: &Quantity) -> bool {
    let tokens = &f.parse.tokens;
    let from = tokens.partition_point(|t| t.end <= q.end);
    // After "of" only: "two dead overnight" counts people.
    let mut after = tokens[from..].iter();
    let (Some(of), Some(harm), Some(noun)) = (after.next(), after.next(), after.next()) else {
        return false;
    };
    if of.folded != "of" {
        return false;
    }
    // One space between: "Five dead, dozens injured" tells two counts.
    if noun.start != harm.end + 1 {
        return false;
    }
    let (harm, noun) = (harm.folded.as_str(), noun.folded.as_str());
    ADJECTIVE_PEOPLE.contains(&harm)
        && noun.chars().all(|c| c.is_ascii_lowercase())
        && !crate::text::lexicon::is_stop_word(noun)
        && !PERSON_NOUNS.contains(&noun)
        && !f.terms.iter().any(|t| {
            t.start >= q.end
                && t.surface.eq_ignore_ascii_case(noun)
                && matches!(t.key.as_str(), "SECURITY" | "TROOPS" | "PROTESTER")
        })
}

/// Does a count count people? True when it has no noun ("eight killed") and no word of harm
/// describing a thing after it ([`harm_describes_a_thing`]), a person noun ("200 people"),
/// or a noun of the lexicon's populations ("317 police").
pub(crate) fn counts_people(f: &Features, q: &Quantity) -> bool {
    let words: Vec<&str> = q.unit.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return !harm_describes_a_thing(f, q);
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
word_lists::sections! {
    /// Words before a figure that make it an aim, a fear or a guess, not a count of what
    /// happened: "hoped to kill hundreds", "could have injured dozens".
    UNREAL_CUES = FIGURE_CUES["unreal"];
}

/// Is the figure under a cue of [`UNREAL_CUES`] in its own clause?
pub(crate) fn is_unreal(text: &str, q: &Quantity) -> bool {
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

word_lists::sections! {
    /// Words right after a figure that make it a count of votes ("nine in favor of the death
    /// penalty").
    VOTE_COUNTS = FIGURE_CUES["vote-counts"];
}

/// Is the figure a count of votes: does a word of [`VOTE_COUNTS`] follow it, whole words?
fn is_vote_count(text: &str, q: &Quantity) -> bool {
    let rest = text[q.end..].trim_start().to_lowercase();
    VOTE_COUNTS.iter().any(|c| {
        rest.strip_prefix(c)
            .is_some_and(|after| !after.starts_with(|ch: char| ch.is_alphanumeric()))
    })
}

/// Marks that end a clause or a quotation: a participle before one does not govern a
/// figure after it.
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '"', '\'', '“', '”', '‘', '’', '(', ')', '|', '—', '–',
];

/// Where the marks of [`CLAUSE_MARKS`] stand in `text`, in order, but for an apostrophe
/// within a word ("Brazil's", "the plane’s"), which ends no clause.
fn clause_marks(text: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    text.char_indices()
        .filter(|&(_, ch)| CLAUSE_MARKS.contains(&ch))
        .filter(move |&(i, ch)| {
            let within_word = matches!(ch, '\'' | '’')
                && text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
                && text[i + ch.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
            !within_word
        })
        .map(|(i, _)| i)
}

word_lists::sections! {
    /// Adjectives of an event ("a deadly shooting") describe a noun, not a count of victims.
    EVENT_ADJECTIVES = FIGURE_CUES["event-adjectives"];
}

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

/// The aside of members right after a count's noun (its text up to `noun_end`), from its
/// opening comma to the end of its closing one: ", including children," in "Eight people,
/// including children, were killed" (an opener of examples, `example-openers`), when a
/// comma closes it within a few words.
fn examples_aside(f: &Features, text: &str, noun_end: usize) -> Option<(usize, usize)> {
    const ASIDE_BYTES: usize = 60;
    let noun_end = (noun_end.min(text.len())..=text.len()).find(|&i| text.is_char_boundary(i))?;
    let rest = &text[noun_end..];
    let comma = noun_end + rest.len() - rest.trim_start().len();
    if !text[comma..].starts_with(',') {
        return None;
    }
    let limit = (comma + ASIDE_BYTES).min(text.len());
    let limit = (limit..=text.len()).find(|&i| text.is_char_boundary(i))?;
    let close = comma + 1 + text[comma + 1..limit].find([',', ';', ':', '('])?;
    if !text[close..].starts_with(',') {
        return None;
    }
    let words = f.parse.words_between(text, comma + 1, close);
    let opening: Vec<&str> = words.iter().take(2).map(|(_, w)| w.as_ref()).collect();
    crate::conflict::count::opens_examples(&opening).then_some((comma, close + 1))
}

/// A relative clause right after a count's noun (its text up to `noun_end`) that tells what
/// the people counted did, not what happened to them: "who tried to seize power in Gabon"
/// in "Five soldiers who tried to seize power in Gabon have been arrested", from "who" to
/// the verb that opens the count's own predicate (a verb of `clause-verbs`), with no clause
/// mark between. Not a clause of what befell them: passive ("the four people who were
/// wounded", "who were arrested") or of a harm ("the two victims who died", "who received
/// gunshot wounds"), which is the count's measure.
fn relative_aside(f: &Features, text: &str, noun_end: usize) -> Option<(usize, usize)> {
    const RELATIVE_BYTES: usize = 60;
    let end = (noun_end + RELATIVE_BYTES).min(text.len());
    let words = f.parse.words_between(text, noun_end, end);
    let [(who_at, who), (_, first), rest @ ..] = words.as_slice() else {
        return None;
    };
    if who != "who"
        || !text.get(noun_end..*who_at)?.trim().is_empty()
        || super::parts::CLAUSE_VERBS.contains(&first.as_ref())
    {
        return None;
    }
    let (resumes, _) = rest
        .iter()
        .find(|(_, w)| super::parts::CLAUSE_VERBS.contains(&w.as_ref()))?;
    let tells_a_harm = f.terms.iter().any(|t| {
        t.start > *who_at && t.end <= *resumes && matches!(t.key.as_str(), "KILL" | "INJURE")
    });
    (!tells_a_harm && !text[*who_at..*resumes].contains([',', ';', ':', '(']))
        .then_some((*who_at, *resumes))
}

/// Is the figure the size of a population: "a nation of 19 million", "population of 19
/// million", "the city-state of 5.6 million"? Whole words: not "a donation of 5 million"
/// nor "a capacity of 20,000".
fn is_population_figure(f: &Features, text: &str, q: &Quantity) -> bool {
    let before = f.parse.tokens.partition_point(|t| t.end <= q.start);
    let [.., head, of] = &f.parse.tokens[..before] else {
        return false;
    };
    let spaces = |from: usize, to: usize| text[from..to].chars().all(char::is_whitespace);
    let head_word = head.folded.rsplit('-').next().unwrap_or_default();
    // "home to 22,000 refugees": a place's population, whatever the place.
    if head.folded == "home"
        && of.folded == "to"
        && spaces(head.end, of.start)
        && spaces(of.end, q.start)
    {
        return true;
    }
    of.folded == "of"
        && of.start > head.end
        && spaces(head.end, of.start)
        && spaces(of.end, q.start)
        && POPULATION_HEADS.iter().any(|h| {
            head_word == *h
                || head_word
                    .strip_suffix('s')
                    .is_some_and(|singular| singular == *h)
        })
}

word_lists::sections! {
    /// Words passed over between a population's figure phrase and the place it is of: "Yida
    /// is a camp of", "Qeshm island, home to", "Zarand, a town of".
    BEFORE_POPULATION_PHRASE = FIGURE_CUES["before-population-phrase"];
}

/// The place a population figure is of, when the statement names it right before the
/// figure's phrase ("Yida is a camp of about 20,000", "Qeshm island, home to 120,000",
/// "Zarand, a town of about 15,000"): the last word of the name, folded. `None` when no
/// name stands there ("the nation of 19 million", "hitting a refugee camp of 21,000").
pub(crate) fn population_place(f: &Features, text: &str, q: &Quantity) -> Option<String> {
    /// The most lowercase words between an article and a population's head ("a small
    /// farming village of").
    const DESCRIBING_WORDS: usize = 2;
    let tokens = &f.parse.tokens;
    let before = tokens.partition_point(|t| t.end <= q.start);
    // The phrase's first word: "home" of "home to", the head of "a camp of".
    let mut j = before.checked_sub(2)?;
    // Between two words only spaces, a comma or a hyphen ("Manokwari-a jumble").
    let joined = |from: usize, to: usize| {
        text[from..to]
            .chars()
            .all(|c| c.is_whitespace() || c == ',' || c == '-')
    };
    // Lowercase words between an article and the head describe it ("Dolmara, a farming
    // village of"), up to a few; before the article, only the name stands.
    let mut describing = 0;
    let mut article_passed = false;
    while j > 0 {
        let t = &tokens[j - 1];
        if !joined(t.end, tokens[j].start) {
            return None;
        }
        // Articles, "is", "island" and the heads themselves ("Yida Camp, home to") are
        // passed over, capitalised or not; the first other word is the name, or none.
        let word = t.folded.as_str();
        article_passed |= matches!(word, "a" | "an" | "the");
        let passed_over =
            BEFORE_POPULATION_PHRASE.contains(&word) || POPULATION_HEADS.contains(&word);
        let lowercase = t.surface(text).chars().all(char::is_lowercase);
        let article_further = || {
            tokens[..j - 1]
                .iter()
                .rev()
                .take(DESCRIBING_WORDS - describing)
                .any(|t| matches!(t.folded.as_str(), "a" | "an" | "the"))
        };
        if !passed_over
            && lowercase
            && !article_passed
            && describing < DESCRIBING_WORDS
            && article_further()
        {
            describing += 1;
            j -= 1;
            continue;
        }
        if !passed_over {
            let capitalised = t
                .surface(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            return capitalised.then(|| t.folded.clone());
        }
        j -= 1;
    }
    None
}

/// Is the folded word one of a rise or a fall ("climbed", "dropped")?
pub(crate) fn is_change_word(word: &str) -> bool {
    CHANGE_UP.contains(&word) || CHANGE_DOWN.contains(&word)
}

/// Does the statement tell a figure as a change or the level a change reached: a multiple
/// ("nearly doubled last year to $19.7 million") or a figure right after "to" or "by" that
/// follows a word of rise or fall ("rose to $25 million")? Such a figure is of a time the
/// change tells, not of a deal fixed once.
pub(crate) fn tells_a_change(f: &Features, text: &str) -> bool {
    !multiples_end(f, text).is_empty()
        || f.parse.quantities.iter().any(|q| {
            matches!(two_words_before(f, text, q).as_slice(),
                [to, change] if matches!(to.as_str(), "to" | "by") && is_change_word(change))
        })
}

/// The two words right before a figure, nearest first, cut to their letters.
fn two_words_before(f: &Features, text: &str, q: &Quantity) -> Vec<String> {
    f.parse
        .letter_runs_before(text, q.start)
        .take(2)
        .map(|(_, w)| w)
        .collect()
}

/// Is the figure an earlier value the statement compares its own with: right after "from"
/// that follows a word of rise or fall ("66.1 percent, up from 65.1 percent in 2010", "56
/// seats, up from six"), or after "compared with" or "compared to"? It measures no
/// happening of now.
pub(crate) fn is_earlier_value(f: &Features, text: &str, q: &Quantity) -> bool {
    match two_words_before(f, text, q).as_slice() {
        [from, change, ..] if from == "from" => is_change_word(change),
        [prep, compared, ..] if matches!(prep.as_str(), "with" | "to") => compared == "compared",
        // "more than double the 17 it won in the previous election": the value multiplied.
        [the, ..] if the == "the" => multiples_end(f, text)
            .into_iter()
            .any(|end| end <= q.start && f.parse.words_between(text, end, q.start).len() == 1),
        _ => false,
    }
}

/// Where the statement's multiples end: the figures of a multiplication ("more than
/// doubling", "tripled") and a multiple told after "than" ("more than double the 17",
/// "more than twice"), which the figure reader does not read as a figure ("a double
/// murder").
pub(crate) fn multiples_end(f: &Features, text: &str) -> Vec<usize> {
    let mut ends: Vec<usize> = f
        .parse
        .quantities
        .iter()
        .filter(|m| m.kind == QuantityKind::Multiplier)
        .map(|m| m.end)
        .collect();
    let words = f.parse.words_between(text, 0, text.len());
    for pair in words.windows(2) {
        let [(_, than), (at, multiple)] = pair else {
            continue;
        };
        if than == "than" && MULTIPLES_AFTER_THAN.contains(&multiple.as_ref()) {
            ends.push(at + multiple.len());
        }
    }
    ends
}

word_lists::sections! {
    /// Multiples told after "than" ("more than double", "more than twice"): figure-words'
    /// `multiples-after-than`.
    MULTIPLES_AFTER_THAN = FIGURE_WORDS["multiples-after-than"];
}

word_lists::sections! {
    /// Words of a rise right before a percentage ("jumped 5 percent", "closed up 2 percent").
    pub(super) CHANGE_UP = FIGURE_CUES["change-up"];
    /// Words of a fall right before a percentage ("plunged 5.4 per cent").
    CHANGE_DOWN = FIGURE_CUES["change-down"];
    /// Verbs passed over between what changed and the word of change ("stocks closed down").
    CHANGE_AUXILIARIES = FIGURE_CUES["change-auxiliaries"];
}

/// The word of rise or fall that governs a percentage, with its offset: the word right
/// before the figure, or before a "by" right before it ("grew by 3 percent"), with no
/// clause mark in between. A percentage after "to" is a level ("rose to 5 percent").
fn change_word<'p>(
    f: &'p Features,
    text: &str,
    q: &Quantity,
) -> Option<(usize, std::borrow::Cow<'p, str>)> {
    if q.kind != QuantityKind::Percent {
        return None;
    }
    let mut words = f.parse.words_before(text, q.start);
    let (mut at, mut word) = words.next()?;
    if word == "by" {
        (at, word) = words.next()?;
    }
    let gap = text.get(at + word.len()..q.start).unwrap_or(",");
    (!gap.contains(CLAUSE_MARKS)).then_some((at, word))
}

/// A percentage of change ("Greek stocks plunged 5.4 per cent"): a rise or a fall of what
/// the clause names before the word of change ([`change_subject`]).
fn change_of(f: &Features, text: &str, q: &Quantity) -> Option<Measure> {
    let (_, word) = change_word(f, text, q)?;
    let (event, event_label) = if CHANGE_UP.contains(&word.as_ref()) {
        ("RISE", "rise")
    } else if CHANGE_DOWN.contains(&word.as_ref()) {
        ("FALL", "fall")
    } else {
        return None;
    };
    Some(Measure {
        event,
        event_label,
        population: Population::Unknown,
    })
}

word_lists::sections! {
    /// Words next to a figure that make it an earthquake's magnitude ("a 6.1-magnitude
    /// quake", "magnitude 5.9", "5.6 on the Richter scale").
    MAGNITUDE_MARKS = FIGURE_CUES["magnitude-marks"];
}

/// The most words after a figure that may lead to "Richter": "5.6 on the Richter scale".
const RICHTER_REACH_WORDS: usize = 3;

/// Is the figure a magnitude, on the scale of earthquakes (below 10): a word of
/// [`MAGNITUDE_MARKS`] joined to it ("6.1-magnitude"), right before it ("magnitude 6.0")
/// or right after it ("6.1 magnitude"), or "Richter" within a few words after it?
pub(crate) fn is_magnitude(f: &Features, text: &str, q: &Quantity) -> bool {
    if !(q.value > 0.0 && q.value < 10.0) {
        return false;
    }
    let is_mark = |w: &str| {
        w.split(|c: char| !c.is_alphanumeric())
            .any(|part| MAGNITUDE_MARKS.contains(&part))
    };
    let joined = text
        .get(q.end..)
        .and_then(|rest| rest.strip_prefix('-'))
        .and_then(|rest| rest.split(|c: char| !c.is_alphanumeric()).next())
        .is_some_and(|w| is_mark(&w.to_lowercase()));
    let before = f
        .parse
        .words_before(text, q.start)
        .next()
        .is_some_and(|(at, w)| {
            is_mark(&w)
                && text
                    .get(at + w.len()..q.start)
                    .is_some_and(|gap| gap.trim_matches(['-', ' ']).is_empty())
        });
    let after = f.parse.words_between(text, q.end, text.len());
    joined
        || before
        || after.first().is_some_and(|(_, w)| is_mark(w))
        || after
            .iter()
            .take(RICHTER_REACH_WORDS + 1)
            .any(|(_, w)| w == "richter")
}

word_lists::sections! {
    /// Nouns of a storm: "Category 4" in a statement naming one is the storm's category.
    STORM_NOUNS = FIGURE_CUES["storm-nouns"];

    /// Grades of the hurt whose counts move either way ("critically", "seriously").
    CHANGING_GRADES = FIGURE_CUES["changing-grades"];


    /// Phrases after a count of those left without power ("lost power", "without
    /// electricity").
    POWER_LOSS = FIGURE_CUES["power-loss"];

    /// Nouns a count of those left without power counts ("customers", "homes").
    OUTAGE_NOUNS = FIGURE_CUES["outage-nouns"];
}

/// How many words after a count's noun a phrase of power lost may start ("homes and
/// businesses lost power", "customers were still without electricity").
const POWER_LOSS_WORDS: usize = 6;

/// Is the figure a count of those left without power ("More than 2.5 million homes and
/// businesses lost power", "1.8 million customers were without electricity"): a noun of
/// [`OUTAGE_NOUNS`] in its unit and a phrase of [`POWER_LOSS`] a few words after it, in its
/// clause?
pub(crate) fn is_power_outage(f: &Features, text: &str, q: &Quantity) -> bool {
    if q.kind != QuantityKind::Count
        || !q.unit.split_whitespace().any(|w| OUTAGE_NOUNS.contains(&w))
    {
        return false;
    }
    let clause_end = text[q.end..]
        .find(CLAUSE_MARKS)
        .map_or(text.len(), |i| q.end + i);
    let words: Vec<String> = f
        .parse
        .letter_runs_between(text, q.end, clause_end)
        .into_iter()
        .map(|(_, w)| w)
        .take(q.unit.split_whitespace().count() + POWER_LOSS_WORDS)
        .collect();
    POWER_LOSS
        .iter()
        .any(|phrase| word_lists::has_phrase(&words, phrase))
}

/// Is the figure a storm's category ("a Category 4 hurricane", "was downgraded to Category
/// 3", a tornado "rated EF-4"): a whole number from 1 to 5 right after a word of a storm's
/// scale (`scale-words` in `figure-words.txt`), in a statement that names a storm?
pub(crate) fn is_storm_category(f: &Features, text: &str, q: &Quantity) -> bool {
    (1.0..=5.0).contains(&q.value)
        && q.value.fract() == 0.0
        && f.parse
            .words_before(text, q.start)
            .next()
            // "EF-4": the scale's word, cut off at its number, ends in the joining dash.
            .is_some_and(|(_, w)| {
                let word = w.trim_end_matches(['-', '‐', '‑', '–']);
                crate::text::quantity::SCALE_WORDS.contains(&word)
            })
        && f.parse.folded_words().any(|w| STORM_NOUNS.contains(&w))
}

/// How many words before a word of change may name what changed: "as Greek stocks
/// plunged" names "Greek stocks".
const CHANGE_SUBJECT_WORDS: usize = 3;

/// The keys (stems, concepts) of what a percentage of change is the change of: the content
/// words right before the word of change (after passing over a verb such as "closed" in
/// "stocks closed down"), up to a function word or a clause mark, names left out (two
/// changes of "Greek" things are not one measure). Nearest first; empty when the figure is
/// no change.
pub(crate) fn change_subject<'f>(f: &'f Features, text: &str, q: &Quantity) -> Vec<&'f str> {
    let Some((at, _)) = change_word(f, text, q) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut end = at;
    let mut words = f
        .parse
        .words_before(text, at)
        .skip_while(|(_, w)| CHANGE_AUXILIARIES.contains(&w.as_ref()))
        .peekable();
    if let Some((first, word)) = words.peek() {
        end = first + word.len();
    }
    for (start, word) in words.take(CHANGE_SUBJECT_WORDS) {
        let between = text.get(start + word.len()..end).unwrap_or(",");
        let Some(term) = f.terms.iter().find(|t| t.start == start) else {
            break; // a function word ends the noun phrase
        };
        if between.contains(CLAUSE_MARKS) {
            break;
        }
        if term.kind != TermKind::Name {
            out.push(term.key.as_str());
        }
        end = start;
    }
    out
}

/// The event and population a count measures, read from the words around it.
pub fn measure_of(
    f: &Features,
    text: &str,
    q: &Quantity,
    previous: Option<Measure>,
) -> Option<Measure> {
    if is_earlier_value(f, text, q) {
        return None;
    }
    if q.kind == QuantityKind::Multiplier {
        // "doubled the price of gas": the change itself is the measure.
        return Some(Measure {
            event: Measure::CHANGE,
            event_label: Measure::CHANGE_LABEL,
            population: Population::Unknown,
        });
    }
    if let Some(measure) = change_of(f, text, q) {
        return Some(measure);
    }
    if let Some(measure) = super::shares::share_of(f, text, q) {
        return Some(measure);
    }
    if is_magnitude(f, text, q) {
        return Some(Measure {
            event: Measure::MAGNITUDE,
            event_label: "magnitude",
            population: Population::Unknown,
        });
    }
    if is_storm_category(f, text, q) {
        return Some(Measure {
            event: Measure::STORM_CATEGORY,
            event_label: "storm category",
            population: Population::Unknown,
        });
    }
    if is_power_outage(f, text, q) {
        return Some(Measure {
            event: Measure::OUTAGE,
            event_label: "without power",
            population: Population::Unknown,
        });
    }
    if is_population_figure(f, text, q) {
        return Some(Measure {
            event: Measure::POPULATION,
            event_label: "population",
            population: Population::People,
        });
    }
    // "The ship's crew of 22": the crew's size, those of it aboard, whatever befell them.
    if q.kind == QuantityKind::Count
        && let [(_, of), (_, crew), ..] = f
            .parse
            .words_before(text, q.start)
            .take(2)
            .collect::<Vec<_>>()
            .as_slice()
        && of == "of"
        && CREW_NOUNS.contains(&crew.as_ref())
        && let Some((event, event_label)) = EVENTS.iter().find(|(k, _)| *k == "ABOARD")
    {
        return Some(Measure {
            event,
            event_label,
            population: Population::Crew,
        });
    }
    // "19 were transported to Lee Memorial Hospital": those taken to hospital, a part of
    // the hurt, compared only with a count of the injured (`conflict::number`).
    if q.kind == QuantityKind::Count
        && counts_people(f, q)
        && !is_decade(text, q)
        && !is_unreal(text, q)
        && !is_list_part(f, text, q)
        && is_hospital_count(f, text, q)
    {
        return Some(Measure {
            event: Measure::HOSPITAL,
            event_label: "taken to hospital",
            population: population_of(f, text, q),
        });
    }
    // "43 bodies had been recovered", "pulled nine bodies from the mud": the dead found, a
    // part of a toll of the killed. Not more found since ("12 more bodies were found").
    if q.kind == QuantityKind::Count
        && REMAINS_NOUNS.contains(&q.counted_noun())
        && !is_unreal(text, q)
        && !super::things::is_increment(f, text, q)
        && let Some((event, event_label)) = EVENTS.iter().find(|(k, _)| *k == "KILL")
    {
        return Some(Measure {
            event,
            event_label,
            population: Population::Bodies,
        });
    }
    // "12 remain missing", "two still aboard": of a measure that only its phrases give, what
    // remains so is the whole count, not a part of a count told before ("three remain in
    // hospital").
    let of_a_phrase_only_measure = || {
        let reach = phrase_end(f, text, q.end, q.end + q.unit.len() + 32);
        phrase_event(f, text, q, reach).is_some_and(crate::text::lexicon::is_phrase_only_measure)
    };
    // "155 passengers and seven crew members": each item counts a group aboard whole (the
    // groups within everyone aboard), not a part of one toll as "two deputies and a
    // trooper" are.
    let population = population_of(f, text, q);
    let aboard_group = matches!(population, Population::Passengers | Population::Crew);
    // "including 82 Iranians and 63 Canadians": nationals are a part by nature, compared
    // with another count of the same country's.
    let nationals = matches!(
        population,
        Population::Nationals { .. } | Population::Part { .. }
    );
    if q.kind == QuantityKind::Count
        && ((!counts_people(f, q) && !nationals)
            || (is_a_subset(f, text, q)
                && (!of_a_phrase_only_measure() || has_part_adjective(f, text, q))
                && !nationals)
            || is_whole_of_a_part(f, text, q)
            || (is_list_part(f, text, q) && !aboard_group && !nationals)
            || is_decade(text, q)
            || is_unreal(text, q)
            || is_vote_count(text, q))
    {
        return None; // "15 shots", "two other people", "three still in hospital"
    }
    // A happening to people is counted, never a sum or a share: "bond set at $1 million for
    // a man accused of killing three", "75% among those killed".
    if q.kind != QuantityKind::Count {
        return None;
    }
    let event_of = |key: &str| EVENTS.iter().find(|(k, _)| *k == key);
    // The nearest event word after the figure and its noun ("eight killed", "200 people
    // were detained"), with no other figure in between; else just before it ("killing at
    // least 16").
    let next_figure = next_figure_start(f, q).unwrap_or(usize::MAX);
    // "Eight people, including children, were killed": the members' aside is passed over
    // to the count's own verb.
    let noun_end = if q.unit.is_empty() {
        q.end
    } else {
        let rest = text.get(q.end..).unwrap_or_default();
        q.end + rest.len() - rest.trim_start().len() + q.unit.len()
    };
    let aside = examples_aside(f, text, noun_end).or_else(|| relative_aside(f, text, noun_end));
    let reach = match aside {
        Some((_, resumes)) => phrase_end(f, text, resumes, resumes + 32),
        None => phrase_end(f, text, q.end, q.end + q.unit.len() + 32),
    };
    let in_aside = |at: usize| aside.is_some_and(|(from, to)| at >= from && at < to);
    // "held two people hostage before being fatally shot": a word that starts another
    // clause ends the search for the figure's own event word.
    let other_clause = f
        .parse
        .words_between(text, q.end, reach)
        .into_iter()
        .find(|(_, w)| OTHER_CLAUSE_STARTS.contains(&w.as_ref()))
        .map_or(usize::MAX, |(at, _)| at);
    // A phrase of a measure nearer the figure than an event word tells what it counts:
    // "10 people had been pulled out alive" were rescued. Not one that only says who the
    // people are: "All 162 people on board were killed".
    let phrase_first = phrase_after(f, text, past_its_noun(text, q), reach.min(next_figure))
        .filter(|(_, event)| !crate::text::lexicon::measure_phrase_describes(event))
        .map_or(usize::MAX, |(at, _)| at);
    let after_term = f
        .terms
        .iter()
        .filter(|t| {
            t.start >= q.end
                && t.start <= reach
                && t.start < next_figure
                && t.start < other_clause
                && t.start < phrase_first
                && !in_aside(t.start)
        })
        .filter(|t| {
            !EVENT_ADJECTIVES.contains(&f.parse.folded_range(text, t.start, t.end).as_ref())
        })
        // "three people to Memorial Hospital": a hospital's count, not the toll.
        .filter(|t| {
            let surface = f.parse.folded_range(text, t.start, t.end);
            !surface.starts_with("hospital")
                || surface.ends_with("ized")
                || surface.ends_with("ised")
        })
        // "shot at a dozen people before killing himself": the gunman's own death.
        .filter(|t| !self_death_at(text, t.start))
        .find_map(|t| event_of(&t.key).map(|e| (t.start, e)));
    // "2 men charged in shooting death", "three suspects in the death of a girl": the count
    // is of those accused of the harm its clause names, not of its victims (not so of their
    // arrest: "two suspects in custody").
    if let Some((event_at, (event, _))) = after_term
        && matches!(*event, "KILL" | "INJURE")
    {
        let gap = f.parse.words_between(text, q.end, event_at);
        let accused = gap.iter().enumerate().any(|(i, (_, w))| {
            ACCUSED_WORDS.contains(&w.as_ref())
                || (ACCUSED_NOUNS.contains(&w.as_ref())
                    && !gap[i + 1..]
                        .iter()
                        .all(|(_, w)| PASSIVE_AUXILIARIES.contains(&w.as_ref())))
        });
        // "Two adults inside the home were not hurt": those unharmed.
        let denied = gap
            .iter()
            .rev()
            .find(|(_, w)| !PASSIVE_AUXILIARIES.contains(&w.as_ref()))
            .is_some_and(|(_, w)| {
                // A contraction denies as "not" does: "weren't", "wasn’t".
                HARM_NEGATIONS.contains(&w.as_ref()) || w.ends_with("n't") || w.ends_with("n’t")
            });
        if accused || denied {
            return None;
        }
    }
    // People taken by a verb of storming are detained: "capturing 26 pirates", "26 pirates
    // were captured" (its object, before the figure or after a passive auxiliary), not "200
    // protesters stormed the parliament".
    let detained = || event_of("DETAIN");
    let as_object = |e: &'static (&'static str, &'static str)| {
        if e.0 == "STORM" && counts_people(f, q) {
            detained().unwrap_or(e)
        } else {
            e
        }
    };
    let after = after_term.map(|(at, e)| {
        let passive = f
            .parse
            .words_between(text, q.end, at)
            .iter()
            .any(|(_, w)| PASSIVE_AUXILIARIES.contains(&w.as_ref()));
        if passive { as_object(e) } else { e }
    });
    // An event verb right before the figure governs it: "kills 2, injures 4", "hurt 15
    // people and killed one"; so does an event adverb of the verb right before it
    // ("fatally shot seven people").
    let adjacent = f
        .terms
        .iter()
        .filter(|t| {
            t.end <= q.start
                && (q.start - t.end <= 2 && text[t.end..q.start].trim().is_empty()
                    || t.surface.ends_with("ly")
                        && !text[t.end..q.start].contains(CLAUSE_MARKS)
                        && matches!(
                            f.parse.words_between(text, t.end, q.start).as_slice(),
                            [(_, verb)] if !PHRASE_BREAKS.contains(&verb.as_ref())
                        ))
        })
        .find_map(|t| event_of(&t.key));
    let before = || {
        // Only a participle governs a figure after it: "killing at least 16"; not across a
        // clause mark or a quotation ("'Killing For Sport': 4 Shot"); and the nearest one
        // ("killing Smith and striking two students" strikes the two, kills none of them).
        f.terms
            .iter()
            .rfind(|t| {
                t.end <= q.start
                    && t.end + 24 >= q.start
                    && t.surface.ends_with("ing")
                    && !text[t.end..q.start].contains(CLAUSE_MARKS)
            })
            .and_then(|t| event_of(&t.key))
    };
    // Those hurt to a grade are hurt, whatever the clause's harm ("three killed, two in
    // critical condition"); the grade of little harm only with a noun of harm after it
    // ("sent one person to the hospital with minor injuries"), as it is said of much else
    // ("at 2.66 GHz it is slightly faster", "three minor arrests").
    let little_harm = matches!(population, Population::Part { noun: "minor", .. });
    let harm_named = || {
        let clause_end = clause_marks(&text[q.end..])
            .next()
            .map_or(text.len(), |i| q.end + i);
        f.parse
            .letter_runs_between(text, q.end, clause_end)
            .iter()
            .any(|(_, w)| GRADED_NOUNS.contains(&w.as_str()))
    };
    let graded = is_graded(population) && (!little_harm || harm_named());
    let found = graded
        .then(|| event_of("INJURE"))
        .flatten()
        .or_else(|| adjacent.map(as_object))
        // "The death toll from the floods rose to 38": the toll's level, whatever a later
        // clause tells ("Death toll rises to 33 as rescuers search for missing").
        // "The number of people still missing stood at 46": the level of a count its
        // words name.
        .or_else(|| toll_level_event(f, text, q).and_then(&event_of))
        .or(after)
        .or_else(|| before().map(as_object))
        .or_else(|| phrase_event(f, text, q, reach.min(next_figure)).and_then(event_of))
        .or_else(|| {
            present_when(f, text, q)
                .then(|| event_of("INSIDE"))
                .flatten()
        })
        // A group aboard in a list takes the list's predicate: "155 passengers and seven
        // crew members on board"; "carrying 155 passengers and seven crew".
        .or_else(|| {
            aboard_group
                .then(|| {
                    // The list's clause, past the other items ("and seven crew").
                    let clause = clause_marks(&text[q.end..])
                        .next()
                        .map_or(text.len(), |i| q.end + i)
                        // "All 22 crew members were safe and no injuries had been
                        // reported": the harm of a count told in words after it is that
                        // count's (a figure after it is another item of the list).
                        .min(next_worded_count_start(f, q).unwrap_or(usize::MAX));
                    phrase_event(f, text, q, clause)
                        .and_then(event_of)
                        // "227 passengers and 12 crew members are presumed dead".
                        .or_else(|| {
                            f.terms
                                .iter()
                                .filter(|t| t.start >= q.end && t.start < clause)
                                .find_map(|t| event_of(&t.key))
                        })
                        .or_else(|| previous.and_then(|m| event_of(m.event)))
                        // "The ATR 72 aircraft, with 68 passengers and four crew members,
                        // went down": passengers and crew counted side by side, with no
                        // other event, are those aboard (not a ship's crew held by pirates,
                        // "nearly 300 crewmen", counted alone).
                        .or_else(|| {
                            counts_passengers_and_crew(f, text)
                                .then(|| event_of("ABOARD"))
                                .flatten()
                        })
                        // "All 22 crew members were safe": all of a crew, told with nothing
                        // that befell it, is the whole crew, those aboard.
                        .or_else(|| {
                            (population == Population::Crew
                                && f.parse
                                    .words_before(text, q.start)
                                    .next()
                                    .is_some_and(|(_, w)| w == "all"))
                            .then(|| event_of("ABOARD"))
                            .flatten()
                        })
                })
                .flatten()
        })
        // Nationals take the harm their list or clause tells: "killing all 176 people on
        // board, including 82 Iranians and 63 Canadians", "Among the dead were 57 Canadians".
        // A part of one sex or age takes the harm told since the figure before it: "seven
        // people are injured, including one child"; not that of a count before ("One man
        // died and four others, including one woman, were injured").
        .or_else(|| {
            let harm = || harm_before(f, text, q).and_then(|t| event_of(&t.key));
            match population {
                Population::Part { .. } => harm_since_figure(f, q)
                    .and_then(|t| event_of(&t.key))
                    .or_else(harm),
                _ if nationals => previous.and_then(|m| event_of(m.event)).or_else(harm),
                _ => None,
            }
        });
    // "Two gunmen killed five people": a harm told right after a count of attackers and
    // its noun, as its verb, with a count of its own victims right after it, is what they
    // did, not what was done to them ("two gunmen were killed", "eight attackers died").
    // One attacker told with an article ("a gunman who killed one person", "a gunman
    // sprayed bullets killing another") did what follows, unless it was done to them ("a
    // gunman was shot dead").
    // A count of one read from words (`text::lone_count`), not a figure written "a dozen".
    let lone = q.value == 1.0
        && f.parse
            .worded_counts
            .iter()
            .any(|worded| std::ptr::eq(worded, q));
    let passive_after = after_term.is_some_and(|(at, _)| {
        f.parse
            .words_between(text, q.end, at)
            .iter()
            .any(|(_, w)| PASSIVE_AUXILIARIES.contains(&w.as_ref()))
    });
    let done_by_them =
        (lone && found.is_some() && !passive_after)
            || after.is_some() && found == after && after_term.is_some_and(|(at, _)| {
                let verb_end = f.terms.iter().find(|t| t.start == at).map_or(at, |t| t.end);
                f.parse.words_between(text, q.end, at).len() <= q.unit.split_whitespace().count()
                // Right after the verb ("killed at least five": the bound is the figure's
                // own), not after another word ("left one militant dead and three wounded").
                && f.parse.quantities.iter().any(|victims| {
                    victims.start >= verb_end
                        && f.parse.words_between(text, verb_end, victims.start).is_empty()
                })
            });
    // "Four gunmen stormed the hotel", "three gunmen attacked": the attackers themselves.
    if population == Population::Perpetrators
        && (found.is_none_or(|(_, label)| DEEDS_OF_ATTACKERS.contains(label)) || done_by_them)
        && is_perpetrator_noun(q.counted_noun())
    {
        return Some(Measure::attackers());
    }
    // "3,200 firefighters were battling the blaze", "2,000 firefighters were deployed":
    // those at work on the scene (not "two firefighters were injured", nor "Among the dead
    // were two volunteer firefighters").
    if population == Population::Responders
        && found.is_none_or(|(_, label)| DEEDS_OF_RESPONDERS.contains(label))
        && RESPONDER_NOUNS.contains(&q.counted_noun())
        && !is_marked_as_a_part(f, text, q)
    {
        return Some(Measure::responders());
    }
    let (event, event_label) = found?;
    // "Four men on motorcycles stormed the church": people doing the attackers' deed, its
    // verb after them and active, are the attackers (protesters storming a parliament stay
    // protesters).
    if DEEDS_OF_ATTACKERS.contains(event_label)
        && after.is_some_and(|a| a.0 == *event)
        && matches!(
            population,
            Population::Unknown | Population::People | Population::Part { .. }
        )
        && counts_people(f, q)
    {
        return Some(Measure::attackers());
    }
    // Those held hostage are hostages, whatever noun counts them ("taking 170 people
    // hostage").
    if *event == "HOSTAGE" {
        return Some(Measure {
            event,
            event_label,
            population: Population::Hostages,
        });
    }
    let mut population = population;
    if population == Population::Unknown
        // Not from a count of those who did or suffered another thing than a harm ("four
        // gunmen stormed", "taking a dozen people hostage and killing four").
        && let Some(p) = previous.filter(|p| {
            !p.is_attackers() && p.event != "HOSTAGE" && !is_graded(p.population)
        })
    {
        population = p.population; // "317 police were injured and eight killed"
    }
    Some(Measure {
        event,
        event_label,
        population,
    })
}

word_lists::sections! {
    /// Words between a phrase of attendance and its figure: "attended by an approximate
    /// 200,000" (bound words the figure reader leaves out).
    ARTICLES_AND_BOUNDS = FIGURE_CUES["articles-and-bounds"];
}

word_lists::sections! {
    /// Words telling that the perpetrator died by their own hand: a toll may count them or not
    /// ("killed three people and himself", "a murder-suicide that left four dead").
    pub(super) SELF_DEATH_WORDS = FIGURE_CUES["self-death"];
}

/// Does a phrase of the perpetrator's own death start at byte `at` of `text` ("killing
/// himself" in "shot at a dozen people before killing himself")?
fn self_death_at(text: &str, at: usize) -> bool {
    let rest = text.get(at..).unwrap_or_default();
    SELF_DEATH_WORDS.iter().any(|w| {
        rest.get(..w.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(w))
    })
}

word_lists::sections! {
    /// Words between a count and its word of harm that make it a count of the accused
    /// ("2 men charged in shooting death").
    ACCUSED_WORDS = FIGURE_CUES["accused-words"];

    /// Nouns of those suspected ("three suspects in the death of a girl").
    ACCUSED_NOUNS = FIGURE_CUES["accused-nouns"];

    /// "be", "been", "was", "were": between a noun and a word of harm, the harm is the
    /// noun's ("two suspects were killed").
    PASSIVE_AUXILIARIES = DEPARTURES["passive-auxiliaries"];

    /// Words that deny the word of harm after a count ("were not hurt").
    HARM_NEGATIONS = FIGURE_CUES["harm-negations"];

    /// Measures of what attackers did ("storming"): a count of attackers with one counts
    /// the attackers.
    DEEDS_OF_ATTACKERS = FIGURE_CUES["deeds-of-attackers"];

    /// Measures of what responders are counted for ("sent"): a count of firefighters with
    /// one, or with none, counts those at work on the scene.
    DEEDS_OF_RESPONDERS = FIGURE_CUES["deeds-of-responders"];

    /// Nouns of attackers of any kind ("attacker", "militant"), singular.
    ATTACKERS_OF_ANY_KIND = FIGURE_CUES["attackers-of-any-kind"];

    /// Nouns of attackers armed with guns ("gunmen", "shooter"): one kind.
    ATTACKERS_WITH_GUNS = FIGURE_CUES["attackers-with-guns"];
}

/// The kind of attackers a count of them counts, by its noun: "gunman" for "three gunmen"
/// and "two shooters", "bomber" for "two suicide bombers"; `None` for a noun of any kind
/// ("four attackers", "militants").
pub(crate) fn attackers_kind(q: &Quantity) -> Option<String> {
    let noun = q.counted_noun();
    let singular = noun.strip_suffix('s').unwrap_or(noun);
    if ATTACKERS_WITH_GUNS.contains(&noun) || ATTACKERS_WITH_GUNS.contains(&singular) {
        return Some("gunman".to_string());
    }
    (!ATTACKERS_OF_ANY_KIND.contains(&singular)).then(|| singular.to_string())
}

word_lists::sections! {
    /// Words of a toll of the dead ("toll", as in "the death toll").
    TOLL_HEADS = FIGURE_CUES["toll-heads"];

    /// Words between a toll and its figure that make the figure its level ("rose to", "of").
    TOLL_LEVELS = FIGURE_CUES["toll-levels"];

    /// Words of a count before "of" and what it counts ("the number of people missing").
    COUNT_HEADS = FIGURE_CUES["count-heads"];
}

/// The measure of which the figure is the level, told before it in its clause: only words
/// of [`TOLL_LEVELS`] right before it, and before those a word of [`TOLL_HEADS`] ("the
/// death toll from the floods rose to 38", "a toll of 11": the killed), or a word of
/// [`COUNT_HEADS`] and "of" before the words of a measure ("The number of people still
/// missing stood at 46", "put the number of people still unaccounted for at 64", "the
/// number of injured rose to 120"): the event of a concept or of a measure's phrase among
/// them.
fn toll_level_event(f: &Features, text: &str, q: &Quantity) -> Option<&'static str> {
    let clause_start = clause_marks(&text[..q.start])
        .next_back()
        .map_or(0, |i| i + 1);
    let mut before = f
        .parse
        .letter_runs_before(text, q.start)
        .take_while(|(at, _)| *at >= clause_start)
        .peekable();
    let mut levels = 0;
    let mut level_start = q.start;
    while let Some((at, _)) = before
        .peek()
        .filter(|(_, w)| TOLL_LEVELS.contains(&w.as_str()))
    {
        level_start = *at;
        before.next();
        levels += 1;
    }
    if levels == 0 {
        return None;
    }
    let mut after_head: Option<usize> = None;
    for (at, w) in before {
        if TOLL_HEADS.contains(&w.as_str()) {
            return Some("KILL");
        }
        if COUNT_HEADS.contains(&w.as_str()) {
            return after_head.and_then(|from| counted_event(f, text, from, level_start));
        }
        after_head = (w == "of").then_some(at + w.len());
    }
    None
}

/// The event the words of a count's measure name, from byte `from` to `to` ("people still
/// missing", "injured"): a concept of a measure, or a phrase of one.
fn counted_event(f: &Features, text: &str, from: usize, to: usize) -> Option<&'static str> {
    let concept = f
        .terms
        .iter()
        .filter(|t| t.start >= from && t.end <= to)
        .find_map(|t| EVENTS.iter().find(|(k, _)| *k == t.key).map(|(k, _)| *k));
    concept.or_else(|| {
        f.parse
            .words_between(text, from, to)
            .iter()
            .find_map(|(at, _)| {
                crate::text::lexicon::measure_phrase_after(&text[*at..to].to_lowercase())
            })
    })
}

/// The event a phrase of the lexicon's measure phrases gives a count of people: one after
/// the figure and its noun, up to `reach` ("20,000 people took to the streets", "tens of
/// thousands who marched"), or one before it ("attended by an approximate 200,000") when
/// the statement tells of that event.
fn phrase_event(f: &Features, text: &str, q: &Quantity, reach: usize) -> Option<&'static str> {
    // Past the figure's noun first ("35 hostages were freed"), then the phrase before it
    // ("freeing 35 hostages"), and only then the noun itself, which may be a measure's own
    // word ("about 40 hostages").
    let past_noun = past_its_noun(text, q);
    phrase_after(f, text, past_noun, reach)
        .map(|(_, event)| event)
        .or_else(|| phrase_before(f, text, q))
        .or_else(|| {
            phrase_after(f, text, q.end, reach)
                .map(|(_, event)| event)
                .filter(|_| noun_tells_its_measure(f, text, q, past_noun))
        })
}

/// Where the figure's noun ends ("35 hostages"), or the figure when it has none. The text
/// is folded letter for letter in ASCII only, so that every byte found is one of the
/// statement's ("12 people ẞ": a full lowercasing makes "ẞ" shorter).
fn past_its_noun(text: &str, q: &Quantity) -> usize {
    text[q.end..]
        .to_ascii_lowercase()
        .find(q.unit.as_str())
        .filter(|_| !q.unit.is_empty())
        .map_or(q.end, |i| q.end + i + q.unit.len())
}

/// The first phrase of the lexicon's measure phrases that starts among the six words after
/// byte `from` and before `reach`, with where it starts and the event it gives.
fn phrase_after(
    f: &Features,
    text: &str,
    from: usize,
    reach: usize,
) -> Option<(usize, &'static str)> {
    let reach = (reach.min(text.len())..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    if from > reach {
        return None;
    }
    f.parse
        .words_between(text, from, reach)
        .iter()
        .take(6)
        .find_map(|(at, _)| {
            // A phrase starts within the reach and may run on to its clause's end
            // ("24,000 people have been forced from their homes").
            let end = clause_marks(&text[*at..])
                .next()
                .map_or(text.len(), |i| at + i);
            crate::text::lexicon::measure_phrase_after(&text[*at..end].to_lowercase())
                .map(|event| (*at, event))
        })
}

/// Does a noun that is a measure's own word ("about 40 hostages") tell that measure: not a
/// part ("two of the hostages"), nor the subject of another deed in its clause ("Five
/// hostages escaped", "Six hostages managed to flee"), a deed of holding aside ("were
/// held")?
fn noun_tells_its_measure(f: &Features, text: &str, q: &Quantity, past_noun: usize) -> bool {
    let words = f.parse.words_between(text, q.end, text.len());
    if words.first().is_some_and(|(_, w)| w == "of") {
        return false;
    }
    let clause_end = clause_marks(&text[past_noun.min(text.len())..])
        .next()
        .map_or(text.len(), |i| past_noun + i);
    let after = f.parse.words_between(text, past_noun, clause_end);
    // The noun's own predicate: up to a word that opens another clause or a phrase of time
    // ("took two officers hostage on Monday and then escaped", "during an armed robbery").
    let predicate = after
        .iter()
        .take_while(|(_, w)| !PREDICATE_ENDS.contains(&w.as_ref()));
    let mut previous: Option<&str> = None;
    for (_, w) in predicate {
        let adjective = previous.is_some_and(|p| matches!(p, "a" | "an" | "the"));
        if (w.ends_with("ed") || crate::conflict::polarity::is_irregular_past(w))
            && !HOLDING_WORDS.contains(&w.as_ref())
            && !adjective
        {
            return false;
        }
        previous = Some(w.as_ref());
    }
    true
}

word_lists::sections! {
    /// Deeds that keep a measure's own noun its measure: "40 hostages were held".
    HOLDING_WORDS = FIGURE_CUES["holding-words"];

    /// Words that end a noun's own predicate: "and then escaped", "during a robbery".
    PREDICATE_ENDS = FIGURE_CUES["predicate-ends"];
}

/// The event of a phrase of the measure phrases right before the figure, its bound words
/// stripped ("attended by an approximate 200,000"), when the statement tells of that event
/// or the event is a measure only phrases give.
fn phrase_before(f: &Features, text: &str, q: &Quantity) -> Option<&'static str> {
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
    // A measure only phrases give names no concept the statement could hold: its phrase
    // before a count ("carrying 162 people") is enough, not before a share or a sum
    // ("carrying 75 percent of traffic", "carrying $2,400 in cash").
    crate::text::lexicon::measure_phrase_before(head).filter(|c| {
        f.has_concept(c)
            || (q.kind == QuantityKind::Count && crate::text::lexicon::is_phrase_only_measure(c))
    })
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

/// The figures of a statement that [`measured`] gives no measure: counts of things, sums of
/// money, percentages that are no change nor share of an election, measurements in units.
pub(crate) fn unmeasured<'f>(f: &'f Features, text: &str) -> Vec<&'f Quantity> {
    let measured: Vec<*const Quantity> = measured(f, text)
        .into_iter()
        .map(|(q, _)| q as *const Quantity)
        .collect();
    f.parse
        .quantities
        .iter()
        .filter(|q| !measured.contains(&(*q as *const Quantity)))
        .collect()
}

/// The figures of a statement that count something, each with its measure.
/// Read once per statement and kept in its features (`text` is the statement's text, which
/// the features were read from).
pub(crate) fn measured<'f>(f: &'f Features, text: &str) -> Vec<(&'f Quantity, Measure)> {
    let figures = || f.parse.quantities.iter().chain(&f.parse.worded_counts);
    let read = f.measured.get_or_init(|| {
        let mut out: Vec<(usize, Measure)> = Vec::new();
        for (i, q) in figures()
            .enumerate()
            .filter(|(_, q)| countable(q) || is_storm_category(f, text, q))
        {
            let previous = out.last().map(|(_, m)| *m);
            if let Some(m) = measure_of(f, text, q, previous)
                && !(m.event == "INJURE" && counts_the_dead_too(f, text, q))
            {
                out.push((i, m));
            }
        }
        out
    });
    let quantities = &f.parse.quantities;
    read.iter()
        .map(|&(i, m)| match quantities.get(i) {
            Some(q) => (q, m),
            None => (&f.parse.worded_counts[i - quantities.len()], m),
        })
        .collect()
}

/// What a statement's count of those inside a place when something befell it can meet
/// another statement's on: one key when it gives one ("Around 300 worshippers were inside
/// the mosque at the time of the blast", "up to 260 people were inside when the bomber
/// detonated his explosives"), which outlets tell late in sentences of their own; none for a
/// background or earlier event's. A story tells of one such place, so such statements are
/// compared across sources directly (`claims::WORDED_CLAIMS`), by the number detector.
pub(crate) fn inside_keys(side: &Side) -> Vec<String> {
    story_measure_keys(
        side,
        QuantityKind::Count,
        |m| m.event == "INSIDE",
        "#inside",
    )
}

/// What a statement's size of a crowd can meet another statement's on: one key when it
/// gives one ("Police estimated the crowd at about 1,500", "police put the number at around
/// 4,000 at its peak"), none for a past event's. A story tells of one crowd, whose size
/// outlets give in sentences of their own, so such statements are compared across sources
/// directly (`claims::WORDED_CLAIMS`), by the number detector.
pub(crate) fn crowd_keys(side: &Side) -> Vec<String> {
    story_measure_keys(side, QuantityKind::Count, |m| m.event == "CROWD", "#crowd")
}

/// What a statement's count of everyone aboard a craft can meet another statement's on: one
/// key when it counts all aboard ("carrying more than 150 people", "None of the 142
/// passengers and crew on board"), not a group of them (the passengers alone); none for a
/// past event's craft ("All 155 people aboard survived" of a ditching in 2009). A story's
/// craft carries one count of people, which outlets tell in sentences of their own, so such
/// statements are compared across sources directly (`claims::WORDED_CLAIMS`).
pub(crate) fn aboard_keys(side: &Side) -> Vec<String> {
    story_measure_keys(
        side,
        QuantityKind::Count,
        |m| m.event == "ABOARD" && m.population == Population::People,
        "#aboard",
    )
}

/// What a statement's count of those at work on the scene (firefighters, rescuers) can meet
/// another statement's on: one key when it gives one ("Eighty firefighters and 15 engines
/// were at the scene" against "At its peak, the operation involved 120 firefighters"), none
/// for a past event's. A story tells of one such effort, whose size outlets give in
/// sentences of their own, so such statements are compared across sources directly
/// (`claims::WORDED_CLAIMS`), by the number detector. Not the attackers: a story of several
/// scenes tells one count of them at each ("three gunmen entered the theater" against "A
/// gunman opened fire on Le Carillon bar"), and an earlier attack's in passing ("a siege
/// here in January carried out by three Islamist militants"); nor a crew counted alone, as a
/// story may tell of several craft ("26 Somali crew" of three pirate skiffs against "Sixteen
/// crew members were aboard the ship").
pub(crate) fn responder_keys(side: &Side) -> Vec<String> {
    story_measure_keys(
        side,
        QuantityKind::Count,
        |m| m.is_responders(),
        "#responders",
    )
}

/// Does the statement's paragraph open, before it, on a year before its article's ("The
/// incident drew comparisons with the 2009 \"Miracle on the Hudson,\" when ... ditched in
/// the Hudson River. All 155 people aboard survived.")? The statement goes on telling that
/// past event.
fn in_a_paragraph_of_the_past(side: &Side) -> bool {
    let Some(year) = side.article_date.map(|d| chrono::Datelike::year(&d)) else {
        return false;
    };
    let Some(before) = side.article_text.get(..side.statement.start) else {
        return false;
    };
    let paragraph = before.rfind("\n\n").map_or(before, |i| &before[i..]);
    paragraph
        .split(|c: char| !c.is_ascii_digit())
        .filter(|d| d.len() == 4)
        .filter_map(|d| d.parse::<i32>().ok())
        .any(|y| (1900..year).contains(&y))
}

/// The key of a measure a story tells once (an election's turnout, those inside its place,
/// everyone aboard its craft), when the statement gives a figure that `tells` accepts and
/// tells of no past event, itself or in the paragraph it goes on
/// ([`in_a_paragraph_of_the_past`]); a statement with no figure of the measure's kind is not
/// read further.
pub(super) fn story_measure_keys(
    side: &Side,
    kind: QuantityKind,
    tells: impl Fn(&Measure) -> bool,
    key: &str,
) -> Vec<String> {
    if !side.features.parse.has_quantity(kind) {
        return Vec::new();
    }
    let told = measured(side.features, side.text())
        .iter()
        .any(|(_, m)| tells(m));
    if told && !super::tells_of_the_past(side) && !in_a_paragraph_of_the_past(side) {
        vec![key.to_string()]
    } else {
        Vec::new()
    }
}
