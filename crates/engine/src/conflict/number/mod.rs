//! Number conflicts: two statements give different figures for the same measure (the same
//! event, such as killed or detained, of the same population, such as security forces).
//!
//! Figures are intervals ([`Quantity::low`]..[`Quantity::high`]): disjoint intervals cannot
//! both be true (hard); overlapping ones with different nominal values are compatible but
//! differ in precision or bound and are agreement, unless both are ranges that touch at one
//! point only ("as many as 20,000" against "tens of thousands": soft). One figure given with
//! two bounds ("nearly 100" against "over a hundred") is soft, whatever the intervals, and
//! so is a toll that is higher in an article published later, on a later day or at a later
//! hour of one day (it may have risen).
//!
//! This module owns the pair comparison ([`detect`], [`differ`], [`same_measure`]); its
//! parts read one side each:
//! - `measure`: what a figure measures, an event and a population ([`measure_of`]);
//! - `parts`: counts that are a part, not the toll (a subset, one item of a list);
//! - `scenes`: several scenes or one, a running total or one day, places, earlier events;
//! - `scope_rules`: the rules that explain a difference by what each figure counts;
//! - `things`: what a figure counts when it counts no people (things, money, a percentage),
//!   what was done with the things and what a sum of money is of;
//! - `shares`: an election's shares (of the vote won, the turnout) and who won a share.

mod measure;
mod parts;
pub(crate) mod places;
mod scenes;
mod scope_rules;
mod shares;
pub(crate) mod things;

pub use measure::{Measure, Population, measure_of};
pub(crate) use measure::{aboard_keys, crowd_keys, inside_keys, responder_keys};
pub(crate) use measure::{
    change_subject, counts_people, is_change_word, is_magnitude, is_unreal, measured, unmeasured,
};
pub(crate) use parts::{is_whole_of_a_part, starts_count};
pub(crate) use places::place_names;
#[cfg(test)]
pub(crate) use scenes::places;
pub use scenes::{is_background, tells_habit};
pub(crate) use scenes::{
    named_apart, named_apart_by_words, placed_apart, placed_apart_in_articles, places_named_apart,
    places_of_happening,
};
pub(crate) use shares::{Party, is_won, party_of, share_holder, tells_an_election};
pub(crate) use things::{Counted, counted, is_increment_word, money_objects, money_sum};

pub(crate) use scenes::{tells_earlier_event, tells_of_the_past};
use scope_rules::scope_explains;

use crate::model::{ConflictKind, Severity};
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::word_lists;
use crate::text::zero_count::{self, NoneReported};

use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side, Subject};

/// A figure precise enough that a disjoint one contradicts it: exact, approximate, or an
/// order of magnitude ("hundreds", "several thousand"), not "a few" or "several".
fn committed(q: &Quantity) -> bool {
    q.bound != Bound::Vague || q.low >= 100.0
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
word_lists::sections! {
    /// The measures whose count grows as news comes in ("killed", "injured", "detained").
    COUNTS_THAT_GROW = FIGURE_CUES["counts-that-grow"];

    /// The measures whose count moves either way as news comes in ("missing": more are
    /// reported, then found).
    COUNTS_THAT_MOVE = FIGURE_CUES["counts-that-move"];

    /// Words before a clock time that make a count one of the day so far ("as of", "by").
    HOUR_SO_FAR = FIGURE_CUES["hour-so-far"];
}

/// How the publication of `a`'s article stands to `b`'s: by their days, and on one day by
/// their hours when both date lines give one; `Equal` when unknown.
fn publication_order(a: &Side, b: &Side) -> std::cmp::Ordering {
    let (Some(da), Some(db)) = (a.article_date, b.article_date) else {
        return std::cmp::Ordering::Equal;
    };
    match (a.article_time, b.article_time) {
        (Some(ta), Some(tb)) if da == db => ta.cmp(&tb),
        _ => da.cmp(&db),
    }
}

/// Of two figures, the outlet of the one published later (on a later day, or at a later
/// hour of one day), if it was.
fn published_later(a: &Side, b: &Side) -> Option<String> {
    match publication_order(a, b) {
        std::cmp::Ordering::Greater => Some(a.outlet.to_string()),
        std::cmp::Ordering::Less => Some(b.outlet.to_string()),
        std::cmp::Ordering::Equal => None,
    }
}

/// What a statement's turnout can meet another statement's on: one key when it gives an
/// election's turnout ("Turnout was 83.8%", "Turnout was about 82%, the electoral council
/// said"), which outlets tell late in sentences of their own; none for a background or
/// earlier election's. A story has one election's turnout, so such statements are compared
/// across sources directly (`claims::WORDED_CLAIMS`), by the number detector.
///
/// A turnout told at an hour of the voting day ("by 1 p.m., turnout stood at 23 percent")
/// is a count still rising, not the election's; one told of a place named before it ("In
/// Velmora, turnout reached 66 percent", "Turnout in Velmora was 66 percent") meets only
/// turnouts of that place, unless the place is a country.
pub(crate) fn turnout_keys(side: &Side) -> Vec<String> {
    if tells_an_hour(side) {
        return Vec::new();
    }
    let Some(figure_at) = measure::measured(side.features, side.text())
        .iter()
        .filter(|(_, m)| m.event == Measure::TURNOUT)
        .map(|(q, _)| q.start)
        .min()
    else {
        return Vec::new();
    };
    let place = scenes::placed_names(side)
        .into_iter()
        .find(|(at, p)| *at < figure_at && crate::text::lexicon::country_named(p).is_none())
        .map(|(_, p)| p);
    measure::story_measure_keys(
        side,
        QuantityKind::Percent,
        |m| m.event == Measure::TURNOUT,
        "#turnout",
    )
    .into_iter()
    .map(|key| match &place {
        Some(place) => format!("{key} in {place}"),
        None => key,
    })
    .collect()
}

/// A figure with the statement that tells it.
type Told<'x, 's> = (&'x Side<'s>, &'x Quantity);

/// Two figures that cannot both be true (their intervals apart), the higher first.
fn higher_then_lower<'x, 's>(a: Told<'x, 's>, b: Told<'x, 's>) -> (Told<'x, 's>, Told<'x, 's>) {
    if a.1.low > b.1.high { (a, b) } else { (b, a) }
}

/// Of two figures that cannot both be true, the outlet of the higher when its article was
/// published later than the other's (a later day, or a later hour of one day): a toll grows as news comes in, so the earlier
/// report's figure may have been true when it was written. A report that no one was hurt is
/// no first count that grows: it denies a toll, so it is never explained this way.
fn later_and_higher(a: Told, b: Told) -> Option<String> {
    let (high, low) = higher_then_lower(a, b);
    (publication_order(high.0, low.0).is_gt() && low.1.high > 0.0 && high.1.low > low.1.high)
        .then(|| high.0.outlet.to_string())
}

/// Of two figures that cannot both be true, is the higher told as a count that has risen
/// ("the death toll ... has risen to 62", "toll rises to 62": a word of a rise among the
/// three words right before it)? Then the lower may be the same count told earlier. Gives
/// the outlet of the higher.
fn risen_and_higher(a: Told, b: Told) -> Option<String> {
    let ((high_side, high), (low_side, _)) = higher_then_lower(a, b);
    // The lower published later is no earlier count.
    if publication_order(low_side, high_side).is_gt() {
        return None;
    }
    let risen = high_side
        .features
        .parse
        .letter_runs_before(high_side.text(), high.start)
        .take(3)
        .any(|(_, w)| measure::CHANGE_UP.contains(&w.as_str()));
    risen.then(|| high_side.outlet.to_string())
}

/// Of two figures that cannot both be true, does the higher's statement tell the count rose
/// from a figure that meets the lower ("rose to 52 on Thursday morning, up from about 40 a
/// day earlier" against "another 40 or so people were still unaccounted for")? The lower is
/// then that earlier count. Gives the outlet of the higher and the earlier figure as
/// written.
fn rose_from_the_lower(a: Told, b: Told) -> Option<(String, String)> {
    let ((high_side, _), (_, low)) = higher_then_lower(a, b);
    let (f, text) = (high_side.features, high_side.text());
    f.parse
        .quantities
        .iter()
        .find(|q| measure::is_earlier_value(f, text, q) && q.compatible_with(low))
        .map(|q| (high_side.outlet.to_string(), q.text.clone()))
}

/// Of two figures that cannot both be true, does the higher's article open by telling a
/// toll risen ("Kabul wedding bombing: death toll rises to 63")? Then the article is an
/// update, and the lower may be an earlier count of any figure that grows. Gives the outlet
/// of the higher.
fn update_and_higher(a: Told, b: Told) -> Option<String> {
    let ((high_side, _), (low_side, _)) = higher_then_lower(a, b);
    // The lower published later is no earlier count.
    (opens_as_update(high_side) && !publication_order(low_side, high_side).is_gt())
        .then(|| high_side.outlet.to_string())
}

/// Does the side's article open by telling a toll risen ("Nepal landslide: Death toll rises
/// to 33")? It is then an update of a story still moving.
fn opens_as_update(side: &Side) -> bool {
    let tells_a_rise = |f: &crate::align::Features| {
        let words: Vec<&str> = f.parse.folded_words().collect();
        words.iter().enumerate().any(|(i, w)| {
            *w == "toll"
                && words[i + 1..]
                    .iter()
                    .take(TOLL_RISE_WITHIN_WORDS)
                    .any(|x| measure::CHANGE_UP.contains(x))
        })
    };
    side.lead_statements()
        .into_iter()
        .any(|(f, _)| tells_a_rise(f))
}

/// How many words after "toll" its word of a rise may stand ("death toll from the bombing
/// rises").
const TOLL_RISE_WITHIN_WORDS: usize = 4;

/// Of two figures that cannot both be true, is the lower told as an earlier report ("The UN
/// said earlier that it had confirmed 30 dead", "officials initially reported two killed":
/// a word of `[earlier-reports]` next to a verb of telling, before the figure)? Then it
/// may be the same count before it rose. Gives the outlet of the lower.
fn earlier_and_lower(a: Told, b: Told) -> Option<String> {
    let (_, (low_side, low)) = higher_then_lower(a, b);
    let words: Vec<String> = low_side
        .features
        .parse
        .letter_runs_before(low_side.text(), low.start)
        .map(|(_, w)| w)
        .collect();
    // Read back from the figure: "said earlier", "initially reported", "had earlier said".
    let told_earlier = words.iter().enumerate().any(|(i, w)| {
        EARLIER_REPORTS.contains(&w.as_str())
            && words[i.saturating_sub(2)..(i + 3).min(words.len())]
                .iter()
                .any(|v| word_lists::TELLING_VERBS.contains(&v.as_str()))
    });
    told_earlier.then(|| low_side.outlet.to_string())
}

/// Of two figures that cannot both be true, is the lower a count of none told only as none
/// reported ("no reports of casualties", "no injuries have been reported")? Then a toll may
/// have come in since. Gives the outlet of the lower.
fn none_reported_and_lower(a: Told, b: Told) -> Option<String> {
    let (_, (low_side, low)) = higher_then_lower(a, b);
    zero_count::none_reported(low_side.text(), low).map(|_| low_side.outlet.to_string())
}

/// Of two figures of a count that grows as news comes in (`label`, "killed") that cannot
/// both be true, why both may have been true when told, the first reason found: the higher
/// published later, the lower told as an earlier report or as none reported so
/// far, the higher told as a count that has risen.
fn why_a_growing_count_differs(a: Told, b: Told, label: &str) -> Option<String> {
    later_and_higher(a, b)
        .map(|later| {
            format!(
                "the figures differ, but {later} was published later: a count of {label} may have risen in between"
            )
        })
        .or_else(|| {
            earlier_and_lower(a, b).map(|earlier| {
                format!(
                    "the figures differ, but {earlier} tells its count as an earlier report: a count of {label} may have risen since"
                )
            })
        })
        .or_else(|| {
            none_reported_and_lower(a, b).map(|none_told| {
                format!(
                    "the figures differ, but {none_told} says only that none were reported: a count of {label} may have come in since"
                )
            })
        })
        .or_else(|| {
            risen_and_higher(a, b).map(|risen| {
                format!(
                    "the figures differ, but {risen} tells its count as one that has risen: the other may be an earlier count of {label}"
                )
            })
        })
        .or_else(|| {
            update_and_higher(a, b).map(|update| {
                format!(
                    "the figures differ, but {update}'s article opens with a toll risen, an update: the other may be an earlier count of {label}"
                )
            })
        })
}

word_lists::sections! {
    /// Words that tell a report as an earlier one, next to a verb of telling: "said
    /// earlier", "initially reported".
    EARLIER_REPORTS = FIGURE_CUES["earlier-reports"];
}

/// Do two figures that are both ranges ("as many as 20,000", "tens of thousands") have
/// intervals that meet at one point only? A figure that is one value ("12" against "at
/// least 12") meets the other's interval fully, so it never counts.
fn meets_at_an_edge(a: &Quantity, b: &Quantity) -> bool {
    let ranged = |q: &Quantity| q.low < q.high;
    ranged(a) && ranged(b) && a.compatible_with(b) && a.low.max(b.low) >= a.high.min(b.high)
}

/// Does the statement give a count as of a clock time ("as of 4:00 p.m. local time", "by 1
/// p.m.": `hour-so-far` in figure-cues.txt)? A turnout told so is a count of the voting day
/// so far; a time of telling ("told a news conference shortly after 3 a.m.") is not.
pub(super) fn tells_an_hour(side: &Side) -> bool {
    let text = side.text();
    side.features
        .parse
        .quantities
        .iter()
        .filter(|q| q.is_clock_time())
        .any(|q| {
            let before = text[..q.start].trim_end().to_lowercase();
            HOUR_SO_FAR.iter().any(|marker| {
                before
                    .strip_suffix(marker)
                    .is_some_and(|rest| rest.is_empty() || rest.ends_with([' ', ',', '(']))
            })
        })
}

/// Is `order` a sum told by its order alone ("millions", "billions of dollars"), and
/// `other` of that order or above?
fn order_of_any_above(order: &Quantity, other: &Quantity) -> bool {
    order.bound == Bound::Vague && order.low >= 100.0 && other.value >= order.low
}

/// A value as a reader writes it: "20,000", "2.5".
fn format_value(v: f64) -> String {
    if v.fract() != 0.0 || v.abs() >= 1e15 {
        format!("{v}")
    } else {
        crate::text::numbers::group_thousands(v)
    }
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

/// Can two figures count of one population: compatible populations, or none of everyone
/// against a group ("there were no survivors" against "two passengers survived"), which the
/// rule of parts then compares?
fn populations_meet(a: (&Quantity, Measure), b: (&Quantity, Measure)) -> bool {
    let ((qa, x), (qb, y)) = (a, b);
    x.population.compatible(y.population)
        || (measure::counts_none_of_everyone(qa, x) && y.population.is_group())
        || (measure::counts_none_of_everyone(qb, y) && x.population.is_group())
}

/// Are two figures of one well-defined measure: the same event, the same kind of figure,
/// compatible populations of which at least one is named ("people", "security forces")?
pub(crate) fn well_defined_pair(a: (&Quantity, Measure), b: (&Quantity, Measure)) -> bool {
    let ((qa, x), (qb, y)) = (a, b);
    (x.event == y.event || x.hospital_and_injured(y) || y.hospital_and_injured(x))
        // Attackers are told of one target or one team at a time ("four gunmen stormed the
        // hotel", "eight militants attacked the base"): compared only in statements linked
        // for their words.
        && !x.is_attackers()
        // So are responders: a team at one fire, another sent to a second.
        && !x.is_responders()
        && qa.kind == qb.kind
        && populations_meet((qa, x), (qb, y))
        // Those left without power are all the customers of a region, whoever they are.
        && (x.population != Population::Unknown
            || y.population != Population::Unknown
            || x.event == Measure::OUTAGE)
}

word_lists::sections! {
    /// News things a party holds in or out of an election ("seats"), whose counts by two
    /// parties named apart are two (section `held-things` of
    /// `assets/lexicon/figure-words.txt`).
    HELD_THINGS = FIGURE_WORDS["held-things"];

    /// Nouns of craft ("aircraft", "planes"), section `craft-nouns` of
    /// `assets/lexicon/figure-words.txt`: a statement telling two or both of them counts
    /// those aboard all of them.
    CRAFTS = FIGURE_WORDS["craft-nouns"];
}

/// Does the statement tell of several craft: a count of two or more of a noun of [`CRAFTS`]
/// ("the two aircraft", "two light aircraft"; not the model "ATR 72 aircraft", nor "a
/// four-seat private plane"), or "both" before one ("both planes")?
fn tells_several_craft(side: &Side) -> bool {
    let text = side.text();
    // Not a figure joined to a word that describes the craft ("a four-seat private plane").
    let counted = side.features.parse.quantities.iter().any(|q| {
        q.kind == QuantityKind::Count
            && q.value >= 2.0
            && !q.joined_to_next_word(text)
            && CRAFTS.contains(&q.counted_noun().to_lowercase().as_str())
    });
    let words: Vec<&str> = side.features.parse.folded_words().collect();
    counted
        || words
            .windows(2)
            .any(|w| w[0] == "both" && CRAFTS.contains(&w[1]))
}

word_lists::sections! {
    /// Words that tell of several quakes in one statement ("the latest tremor", "followed
    /// by", "aftershocks").
    SEVERAL_QUAKES = FIGURE_CUES["several-quakes"];
}

/// Does the statement give one storm category?
fn one_storm_category(side: &Side) -> bool {
    let text = side.text();
    side.features
        .parse
        .quantities
        .iter()
        .filter(|q| measure::is_storm_category(side.features, text, q))
        .count()
        == 1
}

/// Do both statements tell one landfall of a storm ("made landfall as a Category 3 storm",
/// "came ashore as a Category 4 hurricane"), not placed apart (a storm may come ashore
/// twice: "in Florida" against "in South Carolina")? Two categories each told of it are of
/// one hour, and cannot both be true.
fn one_landfall(a: &Side, b: &Side) -> bool {
    let tells_landfall = |side: &Side| side.features.terms.iter().any(|t| t.key == "LANDFALL");
    tells_landfall(a)
        && tells_landfall(b)
        && !places_named_apart((a, &places_of_happening(a)), (b, &places_of_happening(b)))
}

/// Does the statement tell of one quake: one magnitude, and no word of several quakes?
fn tells_one_quake(side: &Side) -> bool {
    let text = side.text();
    let magnitudes = side
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| measure::is_magnitude(side.features, text, q))
        .count();
    magnitudes == 1
        && !side
            .features
            .parse
            .folded_words()
            .any(|w| SEVERAL_QUAKES.contains(&w))
}

/// The most the statement counts dead: its counts with a word of death right after them
/// ("two people were killed"), at their upper bounds, and one when it tells of a death
/// with no count ("One dead, four hurt", "a man died"); 0 when it tells of none. Read more
/// widely than the measured figures, which leave out one person's death.
fn dead_told(side: &Side) -> f64 {
    let f = side.features;
    let counted = f
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Count && q.high.is_finite())
        .filter(|q| {
            f.terms
                .iter()
                .filter(|t| t.start >= q.end && t.start <= q.end + DEATH_WORD_WITHIN_BYTES)
                .any(|t| t.key == "KILL")
        })
        .map(|q| q.high)
        .fold(0.0, f64::max);
    let a_death = if f.terms.iter().any(|t| t.key == "KILL") {
        1.0
    } else {
        0.0
    };
    counted.max(a_death)
}

/// How far after a count its word of death may stand ("two people were killed").
const DEATH_WORD_WITHIN_BYTES: usize = 24;

/// Compare the figures of two linked statements.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    compare_figures(a, b, false, None, None).map(|(finding, _)| finding)
}

/// [`detect`], with every pair of figures of one measure it compared and what decided
/// it: flagged, or the rule that kept it from being a conflict. The `bool` says whether
/// the finding's two figures are disjoint.
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<(Finding, bool)> {
    compare_figures(a, b, false, Some(checks), None)
}

/// [`detect_traced`]'s finding, then the findings of the other measures whose figures the
/// two statements also give apart ("63 people detained" against "61", and "11 police
/// officers injured" against "13"), one a measure, in the order they were found.
pub fn detect_all_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Vec<Finding> {
    let mut others = Vec::new();
    let Some((first, _)) = compare_figures(a, b, false, Some(checks), Some(&mut others)) else {
        return Vec::new();
    };
    let measure = |f: &Finding| match &f.subject {
        Subject::Figures { measure, .. } => Some(measure.clone()),
        _ => None,
    };
    let mut seen = vec![measure(&first)];
    let mut all = vec![first];
    for f in others {
        let m = measure(&f);
        if !seen.contains(&m) {
            seen.push(m);
            all.push(f);
        }
    }
    all
}

/// How far apart, as a share of the larger, two sums may be when one is a conversion from
/// another currency and the gap is still the rate's: exchange rates move a few percent
/// between the days outlets convert at, and "dollars" may be of two countries. Sums further
/// apart are valued differently ("$137 million" of jewels against "85 million euros ($108
/// million)").
const CONVERSION_SHARE: f64 = 0.1;

/// Do the two statements give different figures for one measure, even compatible ones
/// ("at least three" and "three")? Such a pair reports one fact.
pub fn differ(a: &Side, b: &Side) -> bool {
    compare_figures(a, b, true, None, None).is_some()
}

/// Does byte `i` of `text` stand between two digits, as the decimal point of "29.1" or the
/// thousands comma of "1,200" does: a mark inside a figure, not one that ends a clause?
fn between_digits(text: &str, i: usize) -> bool {
    let bytes = text.as_bytes();
    i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
}

/// A statement's figures of a measure ([`measured`]: counts of people, changes,
/// populations, magnitudes), then its counts of news things ("five bombs",
/// [`things::thing_counts`]), each a measure of its thing, then its sum of money.
fn with_things<'f>(
    features: &'f crate::align::Features,
    text: &str,
) -> Vec<(&'f Quantity, Measure)> {
    let mut all = measured(features, text);
    all.extend(
        things::thing_counts(features, text)
            .into_iter()
            .map(|(q, thing)| {
                let measure = Measure {
                    event: Measure::THINGS,
                    event_label: thing,
                    population: Population::Unknown,
                };
                (q, measure)
            }),
    );
    // A rate ("to each victim's family") meets only another rate: the label keeps it from
    // sums.
    if let Some((sums, rate)) = things::one_sum(features, text) {
        let event_label = if rate { "money for each" } else { "money" };
        all.extend(sums.into_iter().map(|q| {
            let measure = Measure {
                event: Measure::MONEY,
                event_label,
                population: Population::Unknown,
            };
            (q, measure)
        }));
    }
    all
}

/// The figures of the lead of a later statement's article ([`with_things`] of each lead
/// statement), read once for a pair; none for a statement of the lead itself.
fn lead_figures<'s>(side: &Side<'s>) -> Vec<(&'s Quantity, Measure)> {
    let lead = side.lead_statements();
    if lead
        .iter()
        .any(|(_, text)| std::ptr::eq(*text, side.text()))
    {
        return Vec::new();
    }
    lead.iter()
        .flat_map(|(features, text)| with_things(features, text))
        .collect()
}

/// Does the article's lead (its figures, [`lead_figures`]) give the figure's measure another
/// figure, nearer `other` (its interval, if closed) than the figure itself is? "Reports of
/// more than 40 Palestinians killed" opening an article tells its toll; a tank "killing
/// four" in its 33rd statement is of something else, and no contradiction of another
/// outlet's 40.
fn lead_tells_it_nearer(
    lead: &[(&Quantity, Measure)],
    (q, m): (&Quantity, Measure),
    other: &Quantity,
) -> bool {
    // How far a value is from the other figure: from its interval, for a loose figure
    // ("dozens" holds the lead's 80), and from its value for a bound open upwards ("at least
    // 10" is nearer 10 than 612).
    let from_other = |v: f64| {
        if other.high.is_infinite() {
            (v - other.value).abs()
        } else if other.low <= v && v <= other.high {
            0.0
        } else {
            (v - other.low).abs().min((v - other.high).abs())
        }
    };
    let gap = from_other(q.value);
    lead.iter().any(|(l, lm)| {
        lm.event == m.event
            && lm.event_label == m.event_label
            && l.kind == q.kind
            && populations_meet((l, *lm), (q, m))
            && !l.compatible_with(q)
            && from_other(l.value) < gap
    })
}

/// A craft's passengers and crew told apart in one statement add up to everyone aboard
/// ("155 passengers and seven crew members on board" is 162 people): for each happening a
/// statement gives one count of passengers and some of crew for, and no count of everyone,
/// their sum as a figure of everyone ("155 passengers and seven crew, 162 in all"). Crew
/// told in parts ("two pilots and four cabin crew") add up to the crew first ("two plus
/// four crew, 6 in all"), which stands for them.
fn sums_of_groups(measured: &[(&Quantity, Measure)]) -> Vec<(Quantity, Measure)> {
    let of = |event: &str, population: Population| -> Vec<&Quantity> {
        measured
            .iter()
            .filter(|(_, m)| m.event == event && m.population == population)
            .map(|(q, _)| *q)
            .collect()
    };
    let mut out: Vec<(Quantity, Measure)> = Vec::new();
    for (_, m) in measured {
        if m.population != Population::Passengers || out.iter().any(|(_, o)| o.event == m.event) {
            continue;
        }
        let everyone = measured.iter().any(|(_, o)| {
            o.event == m.event && matches!(o.population, Population::People | Population::Unknown)
        });
        let (passengers, crew) = (
            of(m.event, Population::Passengers),
            of(m.event, Population::Crew),
        );
        let ([p], false) = (passengers.as_slice(), everyone) else {
            continue;
        };
        let crew = match crew.as_slice() {
            [] => continue,
            [c] => (*c).clone(),
            parts => {
                let crew = add_up(parts, "crew");
                out.push((
                    crew.clone(),
                    Measure {
                        population: Population::Crew,
                        ..*m
                    },
                ));
                crew
            }
        };
        let mut sum = add_up(&[p, &crew], "people");
        sum.text = format!(
            "{} passengers and {} crew, {} in all",
            p.text,
            crew.text.split(" crew, ").next().unwrap_or(&crew.text),
            format_value(sum.value)
        );
        out.push((
            sum,
            Measure {
                population: Population::People,
                ..*m
            },
        ));
    }
    out
}

/// Counts added up into one figure of `unit`: "two plus four crew, 6 in all".
fn add_up(parts: &[&Quantity], unit: &str) -> Quantity {
    let bound = if parts.iter().all(|q| q.bound == Bound::Exact) {
        Bound::Exact
    } else if parts.iter().any(|q| q.high.is_infinite()) {
        Bound::AtLeast
    } else {
        Bound::Vague
    };
    let value: f64 = parts.iter().map(|q| q.value).sum();
    let written: Vec<&str> = parts.iter().map(|q| q.text.as_str()).collect();
    Quantity {
        start: parts.iter().map(|q| q.start).min().unwrap_or(0),
        end: parts.iter().map(|q| q.end).max().unwrap_or(0),
        text: if parts.len() > 1 {
            format!(
                "{} {unit}, {} in all",
                written.join(" plus "),
                format_value(value)
            )
        } else {
            written.concat()
        },
        value,
        low: parts.iter().map(|q| q.low).sum(),
        high: parts.iter().map(|q| q.high).sum(),
        bound,
        kind: QuantityKind::Count,
        unit: unit.to_string(),
        implied_unit: String::new(),
    }
}

/// A statement's measured figures followed by its [`sums_of_groups`]; a crew told in parts
/// stands as its sum alone.
fn with_sums<'q>(
    measured: &[(&'q Quantity, Measure)],
    sums: &'q [(Quantity, Measure)],
) -> Vec<(&'q Quantity, Measure)> {
    let summed = |m: &Measure| {
        sums.iter()
            .any(|(_, s)| s.event == m.event && s.population == m.population)
    };
    measured
        .iter()
        .copied()
        .filter(|(_, m)| m.population != Population::Crew || !summed(m))
        .chain(sums.iter().map(|(q, m)| (q, *m)))
        .collect()
}

/// Compare figures; `keep_compatible` also reports figures that say the same thing with
/// different precision ("at least three" vs "three", "several" vs "nine"). The finding
/// comes with whether its two figures' intervals are disjoint; the other pairs flagged go
/// to `others`, when given.
fn compare_figures(
    a: &Side,
    b: &Side,
    keep_compatible: bool,
    mut trace: Option<&mut Vec<Check>>,
    mut others: Option<&mut Vec<Finding>>,
) -> Option<(Finding, bool)> {
    let mut record = |(qa, qb): (&Quantity, &Quantity), verdict: Verdict| {
        if let Some(checks) = trace.as_mut() {
            checks.push(Check {
                value_a: qa.shown().to_string(),
                value_b: qb.shown().to_string(),
                verdict,
            });
        }
    };
    let background = is_background(a) || is_background(b);
    // Two statements of one earlier deal tell one sum, written in its papers: both told as
    // background and not in two years ("was fined $1.2 million ... in 2023" against "In 2023
    // it paid a $420,000 penalty"), or one told of the past and the other with no time at
    // all ("applied last year for $340,000 ... to install" against "had been seeking
    // $430,000 to install"). A toll of an earlier disaster is told of many scopes ("170,000
    // people in the province" against "230,000 people across Asia") and stays background.
    let one_earlier_deal = std::cell::LazyCell::new(|| {
        let (past_a, past_b) = (tells_of_the_past(a), tells_of_the_past(b));
        // The statement not told of the past, when one is.
        let untimed = if past_a { b } else { a };
        (is_background(a) && is_background(b) && !scenes::years_apart(a, b))
            || (past_a != past_b
                && scenes::tells_no_time(untimed)
                && ![a, b]
                    .iter()
                    .any(|s| measure::tells_a_change(s.features, s.text())))
    });
    // A yearly rate meets only another yearly rate.
    let one_yearly = std::cell::LazyCell::new(|| scenes::tells_habit(a) != scenes::tells_habit(b));
    let (ma, mb) = (
        with_things(a.features, a.text()),
        with_things(b.features, b.text()),
    );
    let (sums_a, sums_b) = (sums_of_groups(&ma), sums_of_groups(&mb));
    let (ma, mb) = (with_sums(&ma, &sums_a), with_sums(&mb, &sums_b));
    // What the two statements tell as wholes, read once and only when a pair asks.
    let both_of_an_election = std::cell::LazyCell::new(|| {
        shares::tells_an_election(a.features, a.text())
            && shares::tells_an_election(b.features, b.text())
    });
    let one_ranked_incident = std::cell::LazyCell::new(|| {
        scenes::tells_one_of_several(a) != scenes::tells_one_of_several(b)
    });
    let told_of_something_else = std::cell::LazyCell::new(|| {
        let (lead_a, lead_b) = (lead_figures(a), lead_figures(b));
        ma.iter().any(|(qa, mea)| {
            mb.iter().any(|(qb, meb)| {
                mea.event == meb.event
                    && mea.event_label == meb.event_label
                    && populations_meet((qa, *mea), (qb, *meb))
                    && (lead_tells_it_nearer(&lead_a, (qa, *mea), qb)
                        || lead_tells_it_nearer(&lead_b, (qb, *meb), qa))
            })
        })
    });
    let mut best: Option<(Finding, bool)> = None;
    // Whether each statement tells of several craft (for those aboard), read once a pair.
    let several_craft = std::cell::OnceCell::new();
    for (qa, mea) in &ma {
        for (qb, meb) in &mb {
            // Those taken to hospital are a part of the injured: compared with them only,
            // and never with another hospital's count (one hospital among several).
            let hospital_part = mea.hospital_and_injured(*meb) || meb.hospital_and_injured(*mea);
            if (mea.event != meb.event && !hospital_part)
                || (mea.is_hospital() && meb.is_hospital())
                || !populations_meet((qa, *mea), (qb, *meb))
                || qa.kind != qb.kind
                || (qa.kind == QuantityKind::Money && !qa.unit.eq_ignore_ascii_case(&qb.unit))
            {
                continue;
            }
            // Two changes are of one measure when they change the same thing: "Greek
            // stocks plunged" and "Greek stocks closed down", not the euro and the stocks.
            if mea.is_change() {
                let sa = measure::change_subject(a.features, a.text(), qa);
                let sb = measure::change_subject(b.features, b.text(), qb);
                if !sa.iter().any(|k| sb.contains(k)) {
                    continue;
                }
            }
            // Counts of one thing are of one measure when the same was done with them:
            // "five bombs were dropped" and "dropped four bombs", not "two boats" seized
            // and "five boats" that attacked.
            // A participle among the shared words names it in the explanation: "bombs
            // dropped".
            let mut done: Option<String> = None;
            if mea.is_things() || mea.is_money() {
                if mea.event_label != meb.event_label {
                    continue;
                }
                let (da, db) = if mea.is_money() {
                    (
                        things::money_objects(a.features, a.text(), qa),
                        things::money_objects(b.features, b.text(), qb),
                    )
                } else {
                    (
                        things::doings(a.features, a.text(), qa, mea.event_label),
                        things::doings(b.features, b.text(), qb, meb.event_label),
                    )
                };
                let shared: Vec<&things::Doing> = da
                    .iter()
                    .filter(|x| db.iter().any(|y| y.stem == x.stem))
                    .collect();
                if shared.is_empty() {
                    continue;
                }
                if mea.is_money()
                    && let (Some(sa), Some(sb)) = (
                        things::bargain_side(a.features, a.text(), qa),
                        things::bargain_side(b.features, b.text(), qb),
                    )
                    && sa != sb
                {
                    record((qa, qb), Verdict::Kept(Rule::OfferAndDemand));
                    continue;
                }
                // A sum of money is named by what it is of, as both tell it: "money (external
                // trade)".
                done = if mea.is_money() {
                    // "each bereaved", "each family" read "each bereaved family".
                    let of: Vec<&str> = shared
                        .iter()
                        .take(3)
                        .enumerate()
                        .map(|(i, x)| match x.word.strip_prefix("each ") {
                            Some(rest) if i > 0 && shared[i - 1].word.starts_with("each ") => rest,
                            _ => x.word.as_str(),
                        })
                        .collect();
                    Some(format!("({})", of.join(" ")))
                } else {
                    shared
                        .iter()
                        .find(|x| x.word.ends_with("ed"))
                        .map(|x| x.word.clone())
                };
            }
            if background && !(mea.is_money() && *one_earlier_deal) {
                record((qa, qb), Verdict::Kept(Rule::Background));
                continue;
            }
            if *one_yearly {
                record((qa, qb), Verdict::Kept(Rule::Habitual));
                continue;
            }
            // Only more taken to hospital than were hurt contradicts the injured count; the
            // dead either statement counts may have been taken to hospital too ("two teens
            // are dead and 18 people are injured" against "19 were transported").
            if hospital_part {
                let (part, whole) = if mea.is_hospital() {
                    (qa, qb)
                } else {
                    (qb, qa)
                };
                if part.low <= whole.high + dead_told(a).max(dead_told(b)) {
                    record((qa, qb), Verdict::Kept(Rule::HospitalPart));
                    continue;
                }
            }
            // Shares of the vote are of one measure when one holder won them; so are the
            // seats or other things won in an election ("183 of the 300 seats" of the ruling
            // party against the opposition's "94 seats").
            let won_in_an_election = mea.is_things() && *both_of_an_election;
            let (sa, sb) = ((a.features, a.text(), *qa), (b.features, b.text(), *qb));
            if (mea.event == Measure::VOTE_SHARE || won_in_an_election)
                && !shares::holders_meet(sa, sb)
            {
                record((qa, qb), Verdict::Kept(Rule::OtherHolder));
                continue;
            }
            // Seats and votes held are someone's out of an election too: two holders each
            // statement names, apart ("Civic Union holds 74 of the assembly's 181 seats"
            // against "The Agrarians hold 21 seats"), hold two counts. Seats won are read
            // by the rule of elections above.
            if mea.is_things()
                && HELD_THINGS.contains(&mea.event_label)
                && !shares::is_won(sa.0, sa.1, sa.2)
                && !shares::is_won(sb.0, sb.1, sb.2)
                && let (Some(pa), Some(pb)) = (
                    shares::party_of(sa.0, sa.1, sa.2),
                    shares::party_of(sb.0, sb.1, sb.2),
                )
                && !pa.meets(&pb)
            {
                record((qa, qb), Verdict::Kept(Rule::OtherHolder));
                continue;
            }
            // Attackers of two kinds are two groups: "two suicide bombers" and "three
            // gunmen" may both be true.
            if mea.is_attackers()
                && let (Some(ka), Some(kb)) =
                    (measure::attackers_kind(qa), measure::attackers_kind(qb))
                && ka != kb
            {
                record((qa, qb), Verdict::Kept(Rule::NarrowGroup));
                continue;
            }
            // A statement giving two categories tells a storm's change ("weakened to Category
            // 3 from Category 4"): which one is of the other's hour is not read.
            if mea.event == Measure::STORM_CATEGORY
                && !(one_storm_category(a) && one_storm_category(b))
            {
                record((qa, qb), Verdict::Kept(Rule::OneSceneOfSeveral));
                continue;
            }
            // Magnitudes of a story of several quakes are of different quakes.
            if mea.is_magnitude() && !(tells_one_quake(a) && tells_one_quake(b)) {
                record((qa, qb), Verdict::Kept(Rule::OneSceneOfSeveral));
                continue;
            }
            // A population is of one place: "Qeshm island, home to 120,000" is not "Zarand,
            // a town of about 15,000". Figures that name no place are of the story's.
            if mea.event == Measure::POPULATION
                && measure::population_place(a.features, a.text(), qa)
                    != measure::population_place(b.features, b.text(), qb)
            {
                record((qa, qb), Verdict::Kept(Rule::PlacedApart));
                continue;
            }
            // Checked first: the plainest reason, whatever else holds.
            let same_value = (qa.value - qb.value).abs() <= f64::EPSILON * qa.value.abs().max(1.0);
            // A sum of money is mostly a round estimate: "$1 million in damage" and "more
            // than $1 million" give one sum, loosely; only bounds pointing opposite ways
            // ("nearly $100 billion" against "over a hundred billion") tell it apart.
            let below =
                |q: &Quantity| matches!(q.bound, Bound::AtMost | Bound::LessThan | Bound::Nearly);
            let above = |q: &Quantity| matches!(q.bound, Bound::AtLeast | Bound::MoreThan);
            let opposite = (below(qa) && above(qb)) || (above(qa) && below(qb));
            if same_value && (qa.bound == qb.bound || (mea.is_money() && !opposite)) {
                // The same figure: agreement, not conflict.
                record((qa, qb), Verdict::Kept(Rule::SameFigure));
                continue;
            }
            // One statement gives the other's figure too, of this measure: the outlets agree
            // on it, and the statement tells its other figure beside it ("no injuries (the
            // Post says three)"; "4.2, ... originally rated as 4.4").
            let also_told = |own: &[(&Quantity, Measure)], other: &Quantity, this: &Quantity| {
                own.iter().any(|(q, m)| {
                    !std::ptr::eq(*q, this)
                        && m.event == mea.event
                        // Of the same thing: "one close to the school" is no bomb.
                        && m.event_label == mea.event_label
                        && q.kind == other.kind
                        && q.bound == other.bound
                        && (q.value - other.value).abs()
                            <= f64::EPSILON * other.value.abs().max(1.0)
                })
            };
            if also_told(&ma, qb, qa) || also_told(&mb, qa, qb) {
                record((qa, qb), Verdict::Kept(Rule::BothFiguresTold));
                continue;
            }
            // "No immediate reports of casualties" against a toll: none reported in the first
            // hours, not none, and the toll may have come in since.
            let at_first = |side: &Side, q: &Quantity| {
                zero_count::none_reported(side.text(), q) == Some(NoneReported::AtFirst)
            };
            if !same_value && (at_first(a, qa) || at_first(b, qb)) {
                record((qa, qb), Verdict::Kept(Rule::NoneReportedYet));
                continue;
            }
            // A later statement with a figure that its own article's lead tells otherwise,
            // nearer the other outlet's: the article gives its toll there, and the statement
            // tells of something else (a part, another incident, an earlier event), with
            // all its figures.
            if *told_of_something_else {
                record((qa, qb), Verdict::Kept(Rule::LeadTellsOther));
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
            if scenes::tells_another_incident(a, qa) || scenes::tells_another_incident(b, qb) {
                record((qa, qb), Verdict::Kept(Rule::AnotherIncident));
                continue;
            }
            // "Five people were aboard the two aircraft" against "Three people had been
            // aboard the touring aircraft": those aboard one craft of several are a part of
            // all aboard; only a part larger than the whole contradicts it.
            let several =
                || *several_craft.get_or_init(|| (tells_several_craft(a), tells_several_craft(b)));
            if mea.event == "ABOARD" && several().0 != several().1 {
                let (part, whole) = if several().0 { (qb, qa) } else { (qa, qb) };
                if part.low <= whole.high {
                    record((qa, qb), Verdict::Kept(Rule::FigureAsPart));
                    continue;
                }
            }
            // "No one was injured inside": no one hurt in one building of the scene, not in
            // the whole.
            if (qa.value == 0.0 && scenes::told_inside(a))
                || (qb.value == 0.0 && scenes::told_inside(b))
            {
                record((qa, qb), Verdict::Kept(Rule::OneSceneOfSeveral));
                continue;
            }
            // "The second shooting ..., where two people were killed" against a toll told
            // without such a rank: one incident of several against them all.
            if *one_ranked_incident {
                record((qa, qb), Verdict::Kept(Rule::OneSceneOfSeveral));
                continue;
            }
            // Parts and wholes are of counts; a magnitude is no count ("5.6" against "5.2").
            if !mea.is_magnitude()
                && let Some(rule) = scope_explains((a, qa), (b, qb), mea.event)
            {
                record((qa, qb), Verdict::Kept(rule));
                continue;
            }
            // Nothing to tell a reader: "at least three" includes three, and "several"
            // or "a few" allow any small figure.
            let inclusive = |q: &Quantity| matches!(q.bound, Bound::AtLeast | Bound::AtMost);
            let one_exact = qa.bound == Bound::Exact || qb.bound == Bound::Exact;
            let loose_word = |q: &Quantity| q.bound == Bound::Vague && q.high <= 20.0;
            // Figures whose intervals meet may both be true (a bound, a rounding, another
            // precision): agreement with different precision, never a conflict.
            let says_the_same = (same_value && one_exact && (inclusive(qa) || inclusive(qb)))
                || qa.compatible_with(qb)
                // One figure rounded two ways: "37 percent" and "36.9 percent".
                || (qa.bound == Bound::Exact && qb.bound == Bound::Exact && qa.rounds_to(qb))
                // "several" and "a few" are said of any small group, early and loosely.
                || loose_word(qa)
                || loose_word(qb)
                // Two lower bounds ("at least two", "at least 70") never disagree.
                || (qa.high.is_infinite() && qb.high.is_infinite())
                // A sum told by its order alone ("millions of dollars") is said of any sum
                // of that order and above: "$31m" is millions.
                || (mea.is_money() && (order_of_any_above(qa, qb) || order_of_any_above(qb, qa)));
            // Two loose figures whose intervals only touch ("as many as 20,000" against
            // "tens of thousands") both hold only if the true figure is exactly where they
            // touch: no agreement to show, a difference to tell.
            let touch = meets_at_an_edge(qa, qb);
            // Two approximations each of whose figures lies outside the other's margin
            // ("about 80" against "around 100", "about 400 metres" against "about 300m")
            // meet only where both are stretched to their ends: a difference to tell.
            let far_apart = qa.far_apart_as_approximations(1.0, qb, 1.0);
            if says_the_same && !touch && !far_apart && !keep_compatible {
                record((qa, qb), Verdict::Kept(Rule::SamePrecision));
                continue;
            }
            let population = if mea.population == Population::Unknown {
                meb.population
            } else {
                mea.population
            };
            // A count of people that names no population is of people, as its Figures row
            // is ("people inside: About 50", not "inside: About 50"); not a multiple.
            let population = if population == Population::Unknown
                && done.is_none()
                && qa.kind == QuantityKind::Count
                && qb.kind == QuantityKind::Count
                && measure::counts_people(a.features, qa)
                && measure::counts_people(b.features, qb)
            {
                Population::People
            } else {
                population
            };
            let what = match &done {
                Some(done) => format!("{} {done}", mea.event_label),
                None if hospital_part => format!(
                    "{}{} against {}",
                    population.label(),
                    mea.event_label,
                    meb.event_label
                ),
                None => format!("{}{}", population.label(), mea.event_label),
            };
            // A count that moves either way as news comes in: those missing, ordered to
            // evacuate, without power, or in a condition that changes by the hour.
            let moves_either_way = COUNTS_THAT_MOVE.contains(&mea.event_label)
                || measure::in_a_changing_condition(mea.population);
            let figures = format!(
                "{what}: {} ({}) vs {} ({})",
                qa.shown(),
                a.attribution_label(),
                qb.shown(),
                b.attribution_label()
            );
            let rough = !(committed(qa) && committed(qb));
            // One figure given with two bounds ("nearly 100" against "over a hundred",
            // "three times" against "more than three times"): soft, whatever the intervals.
            let (severity, why) = if touch {
                (
                    Severity::Soft,
                    format!(
                        "the figures meet only at {}: both hold only if it was exactly that",
                        format_value(qa.low.max(qb.low))
                    ),
                )
            } else if far_apart && qa.compatible_with(qb) {
                (
                    Severity::Soft,
                    "both are approximations, but each figure lies outside the other's margin: they meet only if both are stretched to their ends".to_string(),
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
            } else if !qa.compatible_with(qb) && rough {
                (
                    Severity::Soft,
                    "the figures differ, but one is only a rough amount".to_string(),
                )
            } else if hospital_part {
                (
                    Severity::Hard,
                    "more were taken to hospital than were injured".to_string(),
                )
            } else if !qa.compatible_with(qb)
                && let Some((outlet, earlier)) = rose_from_the_lower((a, qa), (b, qb))
            {
                (
                    Severity::Soft,
                    format!(
                        "the figures differ, but {outlet} tells the count rose from {earlier}: the lower is that earlier count"
                    ),
                )
            } else if !qa.compatible_with(qb)
                && COUNTS_THAT_GROW.contains(&mea.event_label)
                && let Some(why) = why_a_growing_count_differs((a, qa), (b, qb), mea.event_label)
            {
                (Severity::Soft, why)
            } else if !qa.compatible_with(qb)
                && moves_either_way
                && let Some(later) = published_later(a, b)
            {
                (
                    Severity::Soft,
                    format!(
                        "the figures differ, but {later} was published later: a count of {what} moves either way as news comes in",
                    ),
                )
            } else if !qa.compatible_with(qb)
                && moves_either_way
                && let Some(update) = [a, b].into_iter().find(|s| opens_as_update(s))
            {
                (
                    Severity::Soft,
                    format!(
                        "the figures differ, but {} opens with a toll risen, an update of a story still moving: a count of {what} moves either way as news comes in",
                        update.outlet
                    ),
                )
            } else if !qa.compatible_with(qb)
                && moves_either_way
                && crate::conflict::date::dated_on_different_days(a, b)
            {
                (
                    Severity::Soft,
                    format!(
                        "the figures differ, but they are told of different days: a count of {what} moves either way as news comes in",
                    ),
                )
            } else if !qa.compatible_with(qb)
                && mea.event == Measure::STORM_CATEGORY
                && !one_landfall(a, b)
            {
                (
                    Severity::Soft,
                    "the categories differ, but a storm's category changes as it strengthens or weakens: the two may be of different hours".to_string(),
                )
            } else if !qa.compatible_with(qb)
                && mea.event == Measure::TURNOUT
                && let Some(side) = [a, b].into_iter().find(|s| tells_an_hour(s))
            {
                (
                    Severity::Soft,
                    format!(
                        "the turnouts differ, but {} tells it at an hour of the voting day: a count still rising",
                        side.attribution_label()
                    ),
                )
            } else if !qa.compatible_with(qb) && mea.event == Measure::OUTAGE {
                (
                    Severity::Soft,
                    "the figures differ, but a count of those without power changes by the hour as power is cut and restored".to_string(),
                )
            } else if !qa.compatible_with(qb)
                && mea.is_money()
                && (qa.value - qb.value).abs() <= CONVERSION_SHARE * qa.value.max(qb.value)
                && let Some((side, original)) = [(a, qa), (b, qb)].into_iter().find_map(|(s, q)| {
                    things::in_another_currency(s.features, s.text(), q).map(|(x, _)| (s, x))
                })
            {
                (
                    Severity::Soft,
                    format!(
                        "the sums differ, but {} gives its sum beside \"{}\": a sum converted from another currency differs with the rate and the day of the conversion",
                        side.attribution_label(),
                        original.text
                    ),
                )
            } else if !qa.compatible_with(qb) {
                (
                    Severity::Hard,
                    "the figures cannot both be true".to_string(),
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
                value_a: Some(qa.shown().to_string()),
                value_b: Some(qb.shown().to_string()),
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
                // (a weekend's shootings), as do figures placed in two places no word of
                // which the other statement names (one school in Jabaliya, another in Khan
                // Younis); checked last, as reading dates costs the most. A figure of an
                // earlier event is no figure of the event the other statement reports, unless
                // both tell that earlier happening (a contract "awarded in March" told by two
                // outlets, not on different days).
                if best.is_none() {
                    let apart = if crate::conflict::date::on_different_days(a, b) {
                        Some(Rule::DifferentDays)
                    } else if tells_earlier_event(a, b.article_date)
                        != tells_earlier_event(b, a.article_date)
                        && !(mea.is_money() && *one_earlier_deal)
                    {
                        Some(Rule::EarlierEvent)
                    } else if named_apart_by_words(a, b) {
                        Some(Rule::PlacedApart)
                    } else {
                        None
                    };
                    if let Some(rule) = apart {
                        record((qa, qb), Verdict::Kept(rule));
                        return None;
                    }
                }
                record((qa, qb), Verdict::Flagged(finding.severity));
                if let (Some((previous, _)), Some(others)) = (best.take(), others.as_mut()) {
                    others.push(previous);
                }
                best = Some((finding, !qa.compatible_with(qb)));
            } else {
                record((qa, qb), Verdict::Flagged(finding.severity));
                if let Some(others) = others.as_mut() {
                    others.push(finding);
                }
            }
        }
    }
    best
}

#[cfg(test)]
mod tests;
