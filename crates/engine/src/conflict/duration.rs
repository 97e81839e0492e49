//! Lengths of one happening: two statements that give what one thing lasted two lengths
//! that cannot meet ("Security forces ended the 10-hour siege" against "a siege that
//! lasted nearly 12 hours").
//!
//! A length is read by the figure reader (a `Duration`: "10-hour", "nearly 12 hours",
//! "about 20 minutes") and tied to what it is the length of by its words: the noun right
//! after a compound ("the 10-hour siege", "a two-day search"), or the noun before a verb of
//! lasting ("a siege that lasted nearly 12 hours", "the flight from Kathmandu lasted about
//! 20 minutes": `lasting-verbs` in `figure-cues.txt`; "a standoff that had dragged on for
//! nearly 10 hours": `lasting-on-verbs`), or the noun of an "of" phrase after an article
//! ("ending a standoff of about nine hours"). A length tied to nothing ("27
//! minutes earlier", "for three years") is not compared, nor one of a quantity "of" a
//! thing ("five hours of battery life", "30 hours of deliberation": of one model, of one
//! jury, among several). Lengths are compared in hours, from minutes to weeks (months and
//! years are told too loosely to compare), each with the span its words allow ("nearly 12
//! hours" is 10.8 to 12, a plain "10-hour" a twentieth either way, as lengths are rounded); two
//! that do not meet are a soft conflict, as lengths are told loosely and may be counted
//! from different moments.
//!
//! Outlets tell a length wherever they tell the thing ("a nine-hour siege" in a lede, "the
//! siege lasted about seven hours" later), in sentences that share few words, so such pairs
//! are proposed across sources directly by the thing's noun (`claims::worded_proposals`,
//! [`length_keys`]), as ages are.
//!
//! A prison sentence is a length too ("sentenced to 25 years", "30 years in prison":
//! `sentencing-verbs`, `prison-nouns`), told in years exactly, so it is compared in years;
//! the disagreement stays soft, as two sentences may be of two defendants or charges.

use crate::model::ConflictKind;
use crate::text::normalize::TermKind;
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Verbs of lasting: the noun before them is what a length after them is of. This
    /// module's lists are sections of `assets/lexicon/figure-cues.txt`, by name.
    LASTING_VERBS = FIGURE_CUES["lasting-verbs"];

    /// Verbs of lasting told with "on for" ("dragged on for nearly 10 hours").
    LASTING_ON_VERBS = FIGURE_CUES["lasting-on-verbs"];

    /// Verbs of lasting told with "for" ("ran for six hours").
    LASTING_FOR_VERBS = FIGURE_CUES["lasting-for-verbs"];

    /// Prepositions opening a phrase after the noun of what lasted ("The confrontation with
    /// police went on for").
    LASTING_THING_PREPOSITIONS = FIGURE_CUES["lasting-thing-prepositions"];

    /// States right before "for" and a length ("closed for nine hours"): the length is
    /// the state's.
    LASTING_STATES = FIGURE_CUES["lasting-states"];

    /// States that are one state ("shut = closed"), each with the name it is compared under.
    SAME_LASTING_STATES = FIGURE_CUES["same-lasting-states"];

    /// Nouns of one thing that lasted ("standoff = siege"), each with the name it is
    /// compared under.
    SAME_LASTING_THINGS = FIGURE_CUES["same-lasting-things"];

    /// Words of a craft's departure after a length and "after" ("15 minutes after taking
    /// off").
    AFTER_DEPARTURE = FIGURE_CUES["after-departure"];

    /// Verbs of declaring a period right before its length ("declared four days of
    /// national mourning").
    DECLARING_VERBS = FIGURE_CUES["declaring-verbs"];

    /// Verbs of sentencing before "to" or "for" and a length ("sentenced to 10 years").
    SENTENCING_VERBS = FIGURE_CUES["sentencing-verbs"];

    /// Nouns of prison after a length and "in" ("12 years in prison").
    PRISON_NOUNS = FIGURE_CUES["prison-nouns"];
}

/// The most words of the "of" phrase after a declared period ("of national mourning").
const OF_PHRASE_WORDS: usize = 3;

/// The most words between a verb of lasting and the noun before it ("the flight from
/// Kathmandu lasted").
const WORDS_BACK_TO_NOUN: usize = 4;

/// The share of a plain length it may be off by ("a 10-hour siege" is 9.5 to 10.5 hours).
const ROUNDING_SHARE: f64 = 0.05;

/// Hours in one of a time unit, singular or plural, from seconds to weeks.
fn hours_per(unit: &str) -> Option<f64> {
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    match unit {
        "second" | "sec" => Some(1.0 / 3600.0),
        "minute" | "min" => Some(1.0 / 60.0),
        "hour" | "hr" => Some(1.0),
        "day" => Some(24.0),
        "week" => Some(168.0),
        _ => None,
    }
}

/// Hours in one month or year.
fn hours_per_long(unit: &str) -> Option<f64> {
    match unit.strip_suffix('s').unwrap_or(unit) {
        "month" => Some(730.5),
        "year" => Some(8766.0),
        _ => None,
    }
}

/// One length a statement gives, with what it is the length of.
struct Length {
    /// The length as written ("20 years and six months" for two figures joined by "and").
    written: String,
    /// The key (stem or concept) of what lasted.
    of: String,
    /// The noun as written.
    noun: String,
    low_hours: f64,
    high_hours: f64,
}

/// The key and the written form of a content word (not a name) starting at byte `at`.
fn noun_at(s: &Side, at: usize) -> Option<(String, String)> {
    let t = s
        .features
        .terms
        .iter()
        .find(|t| t.start == at && t.kind != TermKind::Name)?;
    // "a standoff that lasted about 10 hours" and "the siege lasted more than 12 hours".
    Some(
        word_lists::renamed(&SAME_LASTING_THINGS, &t.surface.to_lowercase())
            .map_or((t.key.clone(), t.surface.clone()), |thing| {
                (crate::text::stem::stem(thing), thing.to_string())
            }),
    )
}

/// The key of the time from a craft's departure ("about 15 minutes after taking off").
const AFTER_DEPARTURE_KEY: &str = "#after departure";

/// How many words after "after" may tell the departure ("after it took off").
const AFTER_DEPARTURE_WORDS: usize = 3;

/// The key of a prison sentence's length ("sentenced to 10 years", "12 years in prison").
const SENTENCE: &str = "#sentence";

/// Is the length a prison sentence: right after a verb of sentencing and its preposition
/// ("sentenced to 10 years", "jailed for six years"), or right before "in prison"?
fn is_prison_sentence(s: &Side, q: &Quantity) -> bool {
    let text = s.text();
    let parse = &s.features.parse;
    let before: Vec<_> = parse.words_before(text, q.start).take(2).collect();
    let after = parse.words_between(text, q.end, text.len());
    let sentenced = matches!(before.as_slice(), [(_, to), (_, verb)]
        if matches!(to.as_ref(), "to" | "for") && SENTENCING_VERBS.contains(&verb.as_ref()));
    let in_prison = matches!(after.as_slice(), [(_, w), (_, place), ..]
        if w == "in" && PRISON_NOUNS.contains(&place.as_ref()));
    sentenced || in_prison
}

/// What the length `q` is of (see the module documentation).
fn length_of(s: &Side, q: &Quantity) -> Option<(String, String)> {
    let text = s.text();
    let parse = &s.features.parse;
    if is_prison_sentence(s, q) {
        return Some((SENTENCE.to_string(), "prison sentence".to_string()));
    }
    let after = parse.words_between(text, q.end, text.len());
    // "the 10-hour siege": the compound's noun.
    if q.text.contains('-') {
        return after.first().and_then(|(at, _)| noun_at(s, *at));
    }
    // "declared four days of national mourning": a period declared, one of its kind, is of
    // the last word of its "of" phrase (not "30 hours of deliberation", of one jury among
    // several, nor "five hours of battery life").
    let declared = parse
        .words_before(text, q.start)
        .next()
        .is_some_and(|(_, w)| DECLARING_VERBS.contains(&w.as_ref()));
    if declared && after.first().is_some_and(|(_, w)| w == "of") {
        let phrase_end = after
            .iter()
            .skip(1)
            .take(OF_PHRASE_WORDS)
            .take_while(|(at, w)| {
                !crate::text::lexicon::is_stop_word(w)
                    && text
                        .get(q.end..*at)
                        .is_some_and(|gap| !gap.contains([',', ';', ':']))
            })
            .last()?;
        return noun_at(s, phrase_end.0);
    }
    // "the airport was closed for nine hours": a state that lasted, not one still going on
    // ("has been closed for three days").
    if let [(_, for_), (state_at, state), ..] = parse
        .words_before(text, q.start)
        .take(2)
        .collect::<Vec<_>>()
        .as_slice()
        && for_ == "for"
        && LASTING_STATES.contains(&state.as_ref())
    {
        let going_on = matches!(
            parse.words_before(text, *state_at).take(2).collect::<Vec<_>>().as_slice(),
            [(_, been), (_, has), ..] if word_lists::PRESENT_PERFECT.contains(&format!("{has} {been}").as_str())
        );
        let state = word_lists::renamed(&SAME_LASTING_STATES, state).unwrap_or(state);
        return (!going_on).then(|| (format!("#state {state}"), format!("time {state}")));
    }
    // "about 15 minutes after taking off", "five minutes after it took off": the time from
    // a craft's departure, compared only between linked statements (its key is no noun).
    if after.first().is_some_and(|(_, w)| w == "after") {
        let next: Vec<String> = after
            .iter()
            .skip(1)
            .take(AFTER_DEPARTURE_WORDS)
            .map(|(_, w)| w.to_string())
            .collect();
        if AFTER_DEPARTURE
            .iter()
            .any(|phrase| word_lists::has_phrase(&next, phrase))
        {
            return Some((
                AFTER_DEPARTURE_KEY.to_string(),
                "time after take-off".to_string(),
            ));
        }
    }
    let before: Vec<_> = parse.words_before(text, q.start).take(3).collect();
    // "ending a standoff of about nine hours": the noun of an "of" phrase after an article.
    if let [(_, of), (noun_at_byte, _), (_, article), ..] = before.as_slice()
        && of == "of"
        && matches!(article.as_ref(), "a" | "an" | "the")
        && text
            .get(*noun_at_byte..q.start)
            .is_some_and(|gap| !gap.contains([',', ';', ':']))
    {
        return noun_at(s, *noun_at_byte);
    }
    // "a siege that lasted nearly 12 hours", "a standoff that had dragged on for nearly 10
    // hours", "a debate that ran for six hours": the noun before the verb of lasting, in
    // the figure's clause.
    let lasting_on = match before.as_slice() {
        [(_, for_), (_, on), (at, verb), ..]
            if for_ == "for" && on == "on" && LASTING_ON_VERBS.contains(&verb.as_ref()) =>
        {
            Some(*at)
        }
        [(_, for_), (at, verb), ..]
            if for_ == "for" && LASTING_FOR_VERBS.contains(&verb.as_ref()) =>
        {
            Some(*at)
        }
        _ => None,
    };
    let verb_at = lasting_on.or_else(|| {
        before
            .iter()
            .find(|(_, w)| LASTING_VERBS.contains(&w.as_ref()))
            .map(|(at, _)| *at)
    })?;
    if text[verb_at..q.start].contains([',', ';', ':']) {
        return None;
    }
    // "The debate itself was brief by the chamber's standards, lasting a little under three
    // hours": a participle of lasting after a comma tells the length of the sentence's
    // subject, the noun after its opening article.
    let participle = parse
        .token_starting_at(verb_at)
        .is_some_and(|t| t.folded.ends_with("ing"));
    if participle && text[..verb_at].trim_end().ends_with(',') {
        let mut opening = parse.words_between(text, 0, verb_at).into_iter();
        let (_, article) = opening.next()?;
        if !matches!(article.as_ref(), "the" | "a" | "an") {
            return None;
        }
        let (subject_at, _) = opening.next()?;
        return noun_at(s, subject_at);
    }
    let back: Vec<_> = parse
        .words_before(text, verb_at)
        .take(WORDS_BACK_TO_NOUN)
        // The folded word may be shorter than the written one: a gap that is no slice of
        // the text ends the search as a clause mark does.
        .take_while(|(at, w)| {
            text.get(*at + w.len()..verb_at)
                .is_some_and(|gap| !gap.contains([',', ';', ':']))
        })
        .collect();
    // A noun inside a phrase after the thing ("with police", "at the market") is passed
    // over: a preposition stands before it, or before its article. Not the noun a clause
    // of lasting opens on ("in a gunbattle that lasted nearly an hour").
    let relative = back
        .first()
        .is_some_and(|(_, w)| matches!(w.as_ref(), "that" | "which"));
    let in_a_phrase = |k: usize| {
        let before = |i: usize| back.get(i).map(|(_, w)| w.as_ref());
        let opens = |w: Option<&str>| w.is_some_and(|w| LASTING_THING_PREPOSITIONS.contains(&w));
        !relative
            && (opens(before(k + 1))
                || (matches!(before(k + 1), Some("a" | "an" | "the")) && opens(before(k + 2))))
    };
    back.iter()
        .enumerate()
        .filter(|(k, _)| !in_a_phrase(*k))
        .find_map(|(_, (at, _))| noun_at(s, *at))
}

/// The lengths of a statement tied to what lasted. A length told in two units joined by
/// "and" ("sentenced Toledo to 20 years and six months in prison") is one, tied to what
/// either part is tied to.
fn lengths(s: &Side) -> Vec<Length> {
    let text = s.text();
    let durations: Vec<&Quantity> = s
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Duration)
        .collect();
    let mut groups: Vec<Vec<&Quantity>> = Vec::new();
    for q in durations {
        match groups.last_mut() {
            Some(group)
                if group.last().is_some_and(|last| {
                    text.get(last.end..q.start)
                        .is_some_and(|gap| gap.trim() == "and")
                }) =>
            {
                group.push(q)
            }
            _ => groups.push(vec![q]),
        }
    }
    groups
        .into_iter()
        .filter_map(|group| {
            let (of, noun) = group.iter().rev().find_map(|q| length_of(s, q))?;
            let (mut low_hours, mut high_hours) = (0.0, 0.0);
            for q in &group {
                // A prison sentence is told in years exactly; other lengths in years too
                // loosely.
                let per = hours_per(&q.unit)
                    .or_else(|| (of == SENTENCE).then(|| hours_per_long(&q.unit)).flatten())?;
                // A plain length is a rounded one.
                let slack = if q.bound == Bound::Exact {
                    q.value * ROUNDING_SHARE
                } else {
                    0.0
                };
                low_hours += (q.low - slack) * per;
                high_hours += (q.high + slack) * per;
            }
            let written: Vec<&str> = group.iter().map(|q| q.text.as_str()).collect();
            Some(Length {
                written: written.join(" and "),
                of,
                noun,
                low_hours,
                high_hours,
            })
        })
        .collect()
}

/// What a statement's lengths can meet another statement's on when they share few words:
/// the thing each is the length of, named by a noun ("the 10-hour siege", "the siege
/// lasted nearly 12 hours"), not a prison sentence (of which defendant is not read) nor a
/// state ("closed for nine hours": of what is not read). A statement telling of an earlier
/// event gives none.
pub(crate) fn length_keys(side: &Side) -> Vec<String> {
    let keys: Vec<String> = lengths(side)
        .into_iter()
        .map(|l| l.of)
        .filter(|of| !of.starts_with('#'))
        .collect();
    if keys.is_empty() || super::number::tells_of_the_past(side) {
        return Vec::new();
    }
    keys
}

/// Two statements giving one thing two lengths that cannot meet (see the module
/// documentation).
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (la, lb) = (lengths(a), lengths(b));
    if la.is_empty() || lb.is_empty() {
        return None;
    }
    // A length of an earlier event ("In 2019, former finance minister Gustav Reinholt was
    // sentenced to four years") is no length of the one the other statement tells.
    if super::number::tells_of_the_past(a) != super::number::tells_of_the_past(b) {
        return None;
    }
    for x in &la {
        for y in lb.iter().filter(|y| y.of == x.of) {
            if x.low_hours <= y.high_hours && y.low_hours <= x.high_hours {
                continue;
            }
            let why = if x.of == SENTENCE {
                "; the two may be of different defendants or charges"
            } else {
                "; lengths are told loosely and may be counted from different moments"
            };
            return Some(Finding::soft_difference(
                ConflictKind::Number,
                &format!("length of the {}", x.noun.to_lowercase()),
                (a, &x.written),
                (b, &y.written),
                why,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    #[test]
    fn lengths_meet_across_statements_by_the_noun_of_what_lasted() {
        use crate::conflict::testing::{Written, alone};
        let keys = |text: &str| {
            let date = crate::model::Date::from_ymd_opt(2015, 11, 20);
            alone(Written::new(text, "Daily Ledger").dated(date), length_keys)
        };
        let siege = keys("Special forces freed the captives after a nine-hour siege.");
        assert_eq!(siege, keys("The siege lasted about seven hours."));
        assert_eq!(
            siege,
            keys("The gunman surrendered, ending a standoff that lasted about 10 hours.")
        );
        assert_eq!(siege.len(), 1);
        // A length in an "of" phrase after an article, and one that "dragged on for".
        assert_eq!(
            siege,
            keys(
                "Tactical teams retook the units before dawn, ending a standoff of about nine hours."
            )
        );
        assert_eq!(
            siege,
            keys(
                "Police ended a standoff that had dragged on for nearly 10 hours, the timeline says."
            )
        );
        // The thing that lasted, not a noun of a phrase after it; but the noun a clause of
        // lasting opens on, whatever preposition stands before it.
        assert_eq!(
            siege,
            keys("The confrontation with police went on for nearly six hours.")
        );
        assert_eq!(
            keys("Three officers were killed in a gunbattle that lasted nearly an hour."),
            keys("The gunbattle lasted about 20 minutes.")
        );
        // One fight, however each outlet calls it.
        assert_eq!(
            keys("The assault lasted about 20 minutes, according to the town's security director."),
            keys("Gunmen killed three officers in a gunbattle that lasted nearly an hour.")
        );
        // Not a sentence nor a state, whose "of what" is not read; not an earlier siege.
        for none in [
            "A judge sentenced Smith to 25 years in prison.",
            "The airport was closed for nine hours.",
            "In 2010, a 12-hour siege at another hotel ended in bloodshed.",
        ] {
            assert!(keys(none).is_empty(), "{none}");
        }
    }

    #[test]
    fn a_length_of_an_earlier_event_is_not_compared() {
        assert!(
            between_outlets(
                "Former minister Malvik jailed for nine years over ring road bribes",
                "In 2019, former finance minister Gustav Reinholt was sentenced to four years in prison for accepting bribes.",
                detect,
            )
            .is_none()
        );
    }

    #[test]
    fn two_lengths_of_one_thing_are_a_soft_conflict() {
        let found = between_outlets(
            "Security forces ended the 10-hour siege on Saturday morning, freeing 35 hostages.",
            "Special forces stormed the building, ending a siege that lasted nearly 12 hours.",
            detect,
        )
        .expect("10 hours against nearly 12");
        assert_eq!(found.severity, Severity::Soft);
        assert!(
            found.explanation.starts_with("length of the siege differs"),
            "{}",
            found.explanation
        );
        assert!(
            between_outlets(
                "The flight from Kathmandu lasted about 20 minutes.",
                "The flight lasted 45 minutes, the airline said.",
                detect,
            )
            .is_some()
        );
        // A participle of lasting after a comma, of the sentence's subject.
        assert!(
            between_outlets(
                "The debate itself was brief by the chamber's standards, lasting a little under three hours.",
                "The debate lasted six hours.",
                detect,
            )
            .is_some()
        );
        // A verb of lasting with "for", and a bound of a few words before the length.
        let found = between_outlets(
            "The debate lasted a little under three hours.",
            "The result came after a debate that ran for six hours.",
            detect,
        )
        .expect("a little under three hours against six");
        assert!(
            found
                .explanation
                .starts_with("length of the debate differs"),
            "{}",
            found.explanation
        );
    }

    #[test]
    fn two_lengths_of_one_state_are_a_soft_conflict() {
        let found = between_outlets(
            "The airport was closed for nine hours and 40 flights were diverted.",
            "The airport reopened Thursday morning after being closed for about 12 hours.",
            detect,
        )
        .expect("nine hours against about 12");
        assert!(
            found
                .explanation
                .starts_with("length of the time closed differs"),
            "{}",
            found.explanation
        );
        // Seconds are a length too.
        assert!(
            between_outlets(
                "The shaking lasted about 40 seconds, according to the institute.",
                "Residents said the shaking went on for close to a minute.",
                detect,
            )
            .is_some()
        );
        // Shut is closed.
        let found = between_outlets(
            "The airport was closed for four hours and several flights were diverted.",
            "The airport was shut for about three hours, and flights were diverted.",
            detect,
        )
        .expect("four hours against about three");
        assert!(
            found
                .explanation
                .starts_with("length of the time closed differs"),
            "{}",
            found.explanation
        );
        check_each(
            &[
                (
                    "one length told two ways",
                    "The airport was closed for nine hours.",
                    "The airport remained closed for about nine hours.",
                ),
                (
                    "a state still going on grows with the news",
                    "The road has been closed for three days.",
                    "The road was closed for five days.",
                ),
                (
                    "two states",
                    "The airport was closed for nine hours.",
                    "Flights were delayed for two hours.",
                ),
            ],
            detect,
            false,
        );
    }

    #[test]
    fn two_lengths_of_one_prison_sentence_are_a_soft_conflict() {
        let found = between_outlets(
            "A judge sentenced Smith to 25 years in prison on Monday for the shooting.",
            "Smith was sentenced to 30 years on Monday for the shooting, prosecutors said.",
            detect,
        )
        .expect("25 years against 30");
        assert_eq!(found.severity, Severity::Soft);
        assert!(
            found.explanation.contains("different defendants"),
            "{}",
            found.explanation
        );
        check_each(
            &[
                (
                    "one sentence told two ways",
                    "Smith was jailed for 25 years on Monday.",
                    "Smith was sentenced to 25 years in prison.",
                ),
                (
                    "one sentence in two units joined by 'and', against it rounded",
                    "A court sentenced former President Alejandro Toledo to 20 years and six months in prison.",
                    "Toledo was jailed for 20 years over bribes.",
                ),
            ],
            detect,
            false,
        );
        let found = between_outlets(
            "A court sentenced former President Alejandro Toledo to 20 years and six months in prison.",
            "Toledo has been sentenced to 25 years in prison for corruption.",
            detect,
        )
        .expect("20 years and six months against 25");
        assert!(
            found.explanation.contains("“20 years and six months”"),
            "{}",
            found.explanation
        );
    }

    /// The time from a craft's departure, however the departure is told, compared between
    /// linked statements only (its key is no noun to meet across sources by).
    #[test]
    fn the_time_after_take_off_is_a_length_of_its_own() {
        let found = between_outlets(
            "The helicopter lost contact with air traffic control about 15 minutes after taking off from Surke airport.",
            "The helicopter lost contact about five minutes after it took off from Surke, officials said.",
            detect,
        )
        .expect("about 15 minutes against about five");
        assert!(
            found.explanation.contains("time after take-off"),
            "{}",
            found.explanation
        );
        assert!(
            between_outlets(
                "The plane returned safely to Portland about 20 minutes after departure.",
                "It landed back in Portland about 18 minutes after takeoff.",
                detect,
            )
            .is_none()
        );
        use crate::conflict::testing::{Written, alone};
        let keys = alone(
            Written::new(
                "It landed back in Portland about 13 minutes after takeoff.",
                "Daily Ledger",
            ),
            length_keys,
        );
        assert!(keys.is_empty(), "{keys:?}");
    }

    /// A period declared is of its "of" phrase's last word: "four days of national
    /// mourning" against "three days of national mourning". A quantity of a thing not
    /// declared stays uncompared.
    #[test]
    fn a_declared_period_is_of_what_it_is_of() {
        let found = between_outlets(
            "President John Magufuli ordered the arrest of the ferry's operators and declared four days of national mourning.",
            "President John Magufuli announced three days of national mourning and ordered the arrest of those responsible.",
            detect,
        )
        .expect("four days against three");
        assert!(
            found.explanation.contains("mourning"),
            "{}",
            found.explanation
        );
        check_each(
            &[(
                "a jury's hours, not declared",
                "The jury took 30 hours of deliberation.",
                "The jury took 20 hours of deliberation.",
            )],
            detect,
            false,
        );
    }

    #[test]
    fn a_folded_word_shorter_than_its_writing_does_not_panic() {
        // "ﬂight" folds to "flight": a byte longer or shorter than the written word.
        for text in [
            "The ﬂight’s crew lasted 20 minutes.",
            "The İstanbul siege, which lasted 12 hours, ended.",
            "Straße’s closure lasted 3 days.",
        ] {
            between_outlets(text, "The siege lasted 10 hours.", detect);
        }
    }

    #[test]
    fn lengths_that_meet_or_of_other_things_are_not_compared() {
        check_each(
            &[
                (
                    "lengths that meet",
                    "The siege lasted about 10 hours.",
                    "Security forces ended the 11-hour siege.",
                ),
                (
                    "of two things",
                    "Security forces ended the 10-hour siege.",
                    "The talks lasted 12 hours.",
                ),
                (
                    "a quantity of a thing",
                    "The laptop gives eight hours of battery life.",
                    "The laptop gives five hours of battery life.",
                ),
                (
                    "a plain length is rounded",
                    "The jury deliberated for 30 hours before the siege that lasted 30 hours ended.",
                    "The siege lasted more than 30 hours.",
                ),
                (
                    "a length tied to nothing",
                    "The plane had taken off 27 minutes earlier.",
                    "The flight lasted about 20 minutes.",
                ),
                (
                    "years are told too loosely",
                    "The 10-year war ended.",
                    "The war that lasted 12 years ended.",
                ),
            ],
            detect,
            false,
        );
    }
}
