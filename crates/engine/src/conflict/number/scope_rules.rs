//! Parts and wholes across two statements: the rules that explain a difference of two
//! figures of one event by what each counts (one scene, a narrower group, the perpetrator,
//! an update, one country of those the other lists or another country, ...), not by a
//! disagreement ([`scope_explains`]).

use std::sync::LazyLock;

use crate::conflict::Side;
use crate::conflict::rule::Rule;
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::word_lists;

use super::measure::{Measure, SELF_DEATH_WORDS, counts_people, measure_of, measured};
use super::scenes::{
    article_spans_several_scenes, counts_up_to_now, incidents_counted, is_running_total,
    marks_one_place_of_several, names_a_place, places, spans_several_scenes, tells_one_day,
};

/// Nouns that count a part of the people: a sex or an age ("four men", "two teens").
static NARROW_PERSON_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "part-of-people"));

/// Does the figure count only a part of the people, by sex or age ("the four men who were
/// wounded")? Another count of all people may then be larger without contradicting it.
fn counts_narrow_group(q: &Quantity) -> bool {
    // The unit is folded already.
    q.unit
        .split_whitespace()
        .last()
        .is_some_and(|w| NARROW_PERSON_NOUNS.contains(&w))
}

/// Is the count one of all people: no noun of a sex or an age anywhere in its phrase
/// ("six people", "6 injured", "Six received injuries")?
fn counts_everyone(q: &Quantity) -> bool {
    !q.unit
        .split_whitespace()
        .any(|w| NARROW_PERSON_NOUNS.contains(&w))
}

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
    side.features.parse.quantities.iter().any(|x| {
        // The unit is folded already; else the word right after the figure.
        let next_word_at = text.len() - text[x.end..].trim_start().len();
        let others = x.unit.starts_with("other")
            || side
                .features
                .parse
                .words_between(text, next_word_at, text.len())
                .first()
                .is_some_and(|(at, w)| *at == next_word_at && w.starts_with("other"));
        others
            && x.start != part.start
            && x.kind == QuantityKind::Count
            && (part.value + x.value - whole.value).abs() < 0.5
    })
}

/// Does the count count those identified or named, who may be fewer than the dead ("Two
/// victims killed in the crash have been identified", "4 dead, 3 victims identified")?
/// Whole words: "Two unidentified victims" are not a count of those identified.
fn counts_identified(side: &Side, q: &Quantity) -> bool {
    let text = side.text();
    let end = (q.end + 80).min(text.len());
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let clause_end = text[q.end..end]
        .find(['.', ';', ','])
        .map_or(end, |i| q.end + i);
    let words = side.features.parse.words_between(text, q.end, clause_end);
    words.iter().any(|(_, w)| w == "identified")
        || words
            .windows(2)
            .any(|p| matches!(p[0].1.as_ref(), "been" | "were") && p[1].1 == "named")
}

word_lists::sections! {
    /// Words before a count that make it what a suspect is charged with.
    CHARGE_WORDS = FIGURE_CUES["charge"];
}

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
    side.features.parse.quantities.iter().any(|x| {
        // "4 men at restaurant" names its part; "not five as first reported" denies it.
        let denied = side
            .features
            .parse
            .words_before(text, x.start)
            .next()
            .is_some_and(|(at, _)| {
                let opens_a_word = text[..at]
                    .chars()
                    .next_back()
                    .is_none_or(char::is_whitespace);
                opens_a_word && text[at..x.start].trim_end().eq_ignore_ascii_case("not")
            });
        x.kind == QuantityKind::Count
            && !denied
            && x.bound == Bound::Exact
            && q.bound == Bound::Exact
            && (x.value - q.value).abs() < 0.5
            && counts_people(side.features, x)
            && measure_of(side.features, text, x, None).is_none_or(|m| m.event == event)
    })
}

/// How many words may stand between two countries a statement lists together ("southern
/// Turkey and northwest Syria").
const COUNTRY_LIST_WORDS: usize = 4;

/// The countries the statement names by their names ("Turkey", not "Turkish" nor "Ankara",
/// which may name a source or a team), each with its word's place among the statement's
/// words.
fn countries_named(side: &Side) -> Vec<(usize, &'static str)> {
    let text = side.text();
    side.features
        .parse
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.surface(text).starts_with(char::is_uppercase))
        .filter_map(|(i, t)| {
            let word = t.folded.trim_end_matches("'s").trim_end_matches("’s");
            crate::text::lexicon::country_named(word).map(|c| (i, c))
        })
        .collect()
}

/// How many words after a figure its own place may stand ("killing at least 16 people in
/// the Philippines").
const FIGURE_PLACE_WORDS: usize = 5;

/// The country a figure is placed in by name, "in" (and "the") before it, in the few words
/// after the figure and within its clause: "after killing at least 16 people in the
/// Philippines".
fn figure_country(side: &Side, q: &Quantity) -> Option<&'static str> {
    let text = side.text();
    let clause_end = text[q.end..]
        .find([',', ';', ':', '.'])
        .map_or(text.len(), |i| q.end + i);
    let words: Vec<String> = side
        .features
        .parse
        .words_between(text, q.end, clause_end)
        .into_iter()
        .take(FIGURE_PLACE_WORDS + 2)
        .map(|(_, w)| w.into_owned())
        .collect();
    words.windows(2).find_map(|pair| match pair {
        [before, name] if before == "in" || before == "the" => {
            crate::text::lexicon::country_named(name)
        }
        _ => None,
    })
}

/// The one country a statement names, if it names exactly one.
fn one_country(side: &Side) -> Option<&'static str> {
    let named = countries_named(side);
    let first = named.first()?.1;
    named.iter().all(|(_, c)| *c == first).then_some(first)
}

/// Does the statement list `country` with another country, "and" between them within a few
/// words ("in Turkey and Syria", "southern Turkey and northwest Syria"): a figure of it is
/// of both? Not a list of the parties to something ("the teams of France and Germany", "a
/// match between France and Germany").
fn lists_country_with_another(side: &Side, country: &str) -> bool {
    let named = countries_named(side);
    let tokens = &side.features.parse.tokens;
    named.iter().any(|&(i, c)| {
        named.iter().any(|&(j, d)| {
            let (from, to) = (i.min(j), i.max(j));
            (c == country || d == country)
                && c != d
                && to - from <= COUNTRY_LIST_WORDS + 1
                && tokens[from + 1..to].iter().any(|t| t.folded == "and")
                && !from
                    .checked_sub(1)
                    .is_some_and(|p| matches!(tokens[p].folded.as_str(), "of" | "between"))
        })
    })
}

/// Is the difference between two figures of one event explained by what they count,
/// not by a disagreement? One counts a scene of a multi-scene event, a part of the people
/// by sex or age, or the victims without the perpetrator; one statement gives the other's
/// figure as its own part; or one outlet raised its own figure in a later article.
pub(super) fn scope_explains(
    a: (&Side, &Quantity),
    b: (&Side, &Quantity),
    event: &str,
) -> Option<Rule> {
    let ((sa, qa), (sb, qb)) = (a, b);
    if qa.kind != QuantityKind::Count || qb.kind != QuantityKind::Count {
        return None;
    }
    let ((part_side, part), (whole_side, whole)) =
        if qa.value <= qb.value { (a, b) } else { (b, a) };
    let lower = part.low <= whole.high;
    // Tolls of different numbers of incidents are of different sets of them: "seven people
    // dead ... in 17 shootings across the city" against "three shootings ... resulted in
    // two deaths".
    if let (Some(x), Some(y)) = (incidents_counted(sa), incidents_counted(sb))
        && x != y
    {
        return Some(Rule::OneSceneOfSeveral);
    }
    // One scene of several, or a narrower group of people.
    if lower && spans_several_scenes(whole_side) && !spans_several_scenes(part_side) {
        return Some(Rule::OneSceneOfSeveral);
    }
    // The part's statement marks its place as one of several: "In Jajarkot district
    // alone, 105 people were killed" against the quake's "at least 120".
    if lower && marks_one_place_of_several(part_side) && !marks_one_place_of_several(whole_side) {
        return Some(Rule::OneSceneOfSeveral);
    }
    // Each names one country, not the same: "In Syria, the toll climbed to 968" against
    // "More than 1,500 people were killed when the quake struck southern Turkey"; or a
    // figure is placed in a country by name that is not the other's ("after killing at
    // least 16 people in the Philippines" against "slams into southern China, two dead").
    let country = |side: &Side, q: &Quantity| figure_country(side, q).or_else(|| one_country(side));
    if let (Some(x), Some(y)) = (country(sa, qa), country(sb, qb))
        && x != y
    {
        return Some(Rule::PlacedApart);
    }
    // The part names one country, the whole lists it with another: "In Turkey, the death
    // toll rose to 1,651" against "killing more than 2,300 people in Turkey and Syria".
    if lower
        && one_country(part_side)
            .is_some_and(|country| lists_country_with_another(whole_side, country))
    {
        return Some(Rule::OneOfCountriesListed);
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
        && (is_running_total(whole_side) || counts_up_to_now(whole_side))
        && !is_running_total(part_side)
        && tells_one_day(part_side)
    {
        return Some(Rule::OneDayOfRunningTotal);
    }
    // A figure of one place against a nationwide one: "as many as 20,000 took to the
    // streets of Athens" against "tens of thousands in a nationwide strike".
    // (Either way round: "tens of thousands" and "as many as 20,000" start alike.) Not
    // for the size of a population: "the nation of 19 million" is the whole of it.
    for ((place_side, place_figure), (nation_side, nation_figure)) in [(a, b), (b, a)] {
        if event != Measure::POPULATION
            && place_figure.low <= nation_figure.high
            && crate::conflict::scope::is_whole_country(nation_side.text())
            && !crate::conflict::scope::is_whole_country(place_side.text())
            && !places(place_side).is_empty()
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
    if lower && counts_identified(part_side, part) {
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
    // The perpetrator counted by one outlet and not by the other: either article tells that
    // the perpetrator died ("leaving one person dead" and, in another article, "two dead",
    // where "the main active shooter was also killed by a SWAT officer"). A test article is
    // its sentence alone.
    if event == "KILL"
        && (qa.value - qb.value).abs() == 1.0
        && (tells_self_death(sa.article_text) || tells_self_death(sb.article_text))
    {
        return Some(Rule::PerpetratorCounted);
    }
    // A part is given of a count of people ("five shot dead: four men at a restaurant");
    // a bare figure by a count of things or a sum of money counts something else ("five bombs were
    // dropped, of which four exploded").
    if event != Measure::THINGS
        && event != Measure::MONEY
        && (gives_figure_as_part(sa, qb, event) || gives_figure_as_part(sb, qa, event))
    {
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
