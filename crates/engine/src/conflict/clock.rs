//! Clock times of one happening: two statements that tie one happening to two hours of a
//! day ("The plane crashed at 6:12 a.m. local time" against "The plane crashed at 6:18
//! a.m.").
//!
//! A clock time is read by the figure reader (hours since midnight, unit "time") and tied
//! to happenings as a day is ([`super::date::tied_happenings`]): only a time told of a
//! happening both statements name is compared, not a time of telling ("police said at 2
//! p.m.") nor of a happening only one names. Each statement must give one such time.
//!
//! Times are compared only in one zone: both written in the same zone, or one in "local
//! time" and the other in none. A time in brackets is another zone's reading of the one
//! before it ("12:30 a.m. EDT (0430 GMT)") and is not read; a time at the edge of a span
//! ("from 9 a.m.", "until 3 p.m.") tells no moment. Each time allows what its words
//! allow: a time to the minute two minutes either way, a whole hour half an hour either
//! way, "about" half an hour, "shortly after" the half hour after it and "shortly before"
//! the half hour before. Times that meet are one moment told with different precision;
//! times that do not are a soft conflict (a happening may last, and outlets may time its
//! start and its end). Two statements placing the happening on two days are the date
//! detector's matter.
//!
//! A time told right after a verb of starting ("the trouble started at around 6:30 p.m.",
//! "the disturbance broke out shortly after 8 p.m.") is the time something started, and
//! two such times of linked statements are compared.
//!
//! Some times are of one of several happenings, and not compared: a harm's time is one
//! victim's ("was pronounced dead at 1:19 a.m."); a statement that ranks something tells
//! one of several ("the first quake, magnitude 7.6, struck at 4:43 a.m."); and statements
//! placed apart tell two ("about 8:18 p.m. near Benning Road" in a night's roundup).

use crate::model::ConflictKind;
use crate::text::date::{DateMention, DatePrecision};
use crate::text::quantity::{Bound, Quantity};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Time zones written after a clock time. This module's lists are sections of
    /// `assets/lexicon/date-cues.txt`, by name.
    TIME_ZONES = DATE_CUES["time-zones"];

    /// Zones of one time written two ways ("GMT", "UTC").
    UNIVERSAL_TIME = DATE_CUES["universal-time"];

    /// Words right before a time that leave the happening in the half hour after it.
    TIME_AFTER = DATE_CUES["time-after"];

    /// Words right before a time that leave the happening in the half hour before it.
    TIME_BEFORE = DATE_CUES["time-before"];

    /// Words right before a time that make it the edge of a span.
    TIME_EDGES = DATE_CUES["time-edges"];

    /// Verbs of a happening's start told right before its time ("broke out shortly after").
    START_VERBS = DATE_CUES["start-verbs"];
}

/// How many words before a time a verb of starting may stand ("broke out shortly after 8
/// p.m.", "started at around 6:30 p.m.").
const START_REACH_WORDS: usize = 4;

/// The key of a time told as when something started ([`START_VERBS`]).
const START_KEY: &str = "#start";

/// The lexicon's concepts of harm done to people: told with a time, the time of one
/// victim's death or wound.
const HARMS_TIMED_PER_PERSON: &[&str] = &["KILL", "INJURE"];

/// The most hours a time to the minute may be off ("6:12 a.m." allows 6:10 to 6:14).
const MINUTE_SLACK_HOURS: f64 = 2.0 / 60.0;

/// The most hours a whole hour or an approximate time may be off ("3 p.m.", "shortly after
/// 12:30 a.m.").
const ROUGH_SLACK_HOURS: f64 = 0.5;

/// The zone a time is told in.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone<'t> {
    /// No zone written: the place's own time, as a reader takes it.
    Unstated,
    /// "local time".
    Local,
    /// A zone's abbreviation, folded ("edt"); universal time as "utc".
    Named(&'t str),
}

impl Zone<'_> {
    /// Are two times in these zones told on one clock?
    fn meets(self, other: Zone) -> bool {
        use Zone::*;
        match (self, other) {
            (Unstated | Local, Unstated | Local) => true,
            (Named(x), Named(y)) => x == y,
            _ => false,
        }
    }
}

/// A clock time a statement ties to a happening, with the span of hours it allows.
#[derive(Debug)]
struct ClockTime<'s> {
    quantity: &'s Quantity,
    zone: Zone<'s>,
    low_hours: f64,
    high_hours: f64,
    /// What it says happened then (see [`super::date::timed_happenings`]), less the harms
    /// done to people: a death or a wound is timed for each victim ("was pronounced dead at
    /// 1:19 a.m."), not for the happening.
    happenings: Vec<String>,
    /// Written without "a.m." or "p.m." and within twelve hours ("about 4:30").
    half_day_unknown: bool,
}

/// The zone written in a time or right after it: "2:53 p.m. local time", "0430 GMT".
fn zone_of<'s>(s: &'s Side, q: &Quantity) -> Zone<'s> {
    let text = s.text();
    let parse = &s.features.parse;
    let inside = parse.words_between(text, q.start, q.end);
    let after = parse.words_between(text, q.end, text.len());
    let mut words = inside.iter().chain(after.iter().take(2)).map(|(_, w)| w);
    words
        .find_map(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            if w == "local" {
                return Some(Zone::Local);
            }
            let zone = TIME_ZONES.iter().find(|z| **z == w)?;
            Some(Zone::Named(if UNIVERSAL_TIME.contains(zone) {
                "utc"
            } else {
                zone
            }))
        })
        .unwrap_or(Zone::Unstated)
}

/// Is the time inside brackets: another zone's reading of the time before it?
fn is_bracketed(text: &str, q: &Quantity) -> bool {
    let head = &text[..q.start];
    head.matches('(').count() > head.matches(')').count()
}

/// The clock times of a statement tied to a happening, each with the hours it allows.
fn clock_times<'s>(s: &'s Side) -> Vec<ClockTime<'s>> {
    let text = s.text();
    let parse = &s.features.parse;
    parse
        .quantities
        .iter()
        .filter(|q| q.is_clock_time() && !is_bracketed(text, q))
        .filter_map(|q| {
            let (before_at, before) = parse
                .words_before(text, q.start)
                .next()
                .map(|(at, w)| (at, w.into_owned()))
                .unwrap_or_default();
            if TIME_EDGES.contains(&before.as_str()) {
                return None;
            }
            // "shortly after 10:00 am": the word that sets the time's side is part of it, not
            // a word opening another clause.
            let leads =
                TIME_AFTER.contains(&before.as_str()) || TIME_BEFORE.contains(&before.as_str());
            let mention = DateMention {
                start: if leads { before_at } else { q.start },
                end: q.end,
                text: q.text.clone(),
                resolved: None,
                resolved_end: None,
                precision: DatePrecision::Day,
                relative: false,
            };
            if super::date::is_quoted(s, &mention) {
                return None;
            }
            // The time of "the incident" is its article's event's, whatever harm the lede
            // tells ("The attack happened at around 7:40 am" in a story of a woman killed).
            let incident = super::date::incident_happenings(s, &mention);
            let mut happenings = super::date::timed_happenings(s, &mention);
            happenings
                .retain(|h| !HARMS_TIMED_PER_PERSON.contains(&h.as_str()) || incident.contains(h));
            // "The trouble started at around 6:30 p.m.": the time something started, which
            // a linked statement's start time ("The disturbance broke out shortly after 8
            // p.m.") tells too.
            if parse
                .words_before(text, q.start)
                .take(START_REACH_WORDS)
                .any(|(_, w)| START_VERBS.contains(&w.as_ref()))
            {
                happenings.push(START_KEY.to_string());
            }
            if happenings.is_empty() {
                return None;
            }
            let v = q.value;
            let (low_hours, high_hours) = if TIME_AFTER.contains(&before.as_str()) {
                (v, v + ROUGH_SLACK_HOURS)
            } else if TIME_BEFORE.contains(&before.as_str()) {
                (v - ROUGH_SLACK_HOURS, v)
            } else if q.bound == Bound::Exact {
                let slack = if v.fract() == 0.0 {
                    ROUGH_SLACK_HOURS
                } else {
                    MINUTE_SLACK_HOURS
                };
                (v - slack, v + slack)
            } else {
                (q.low, q.high)
            };
            let zone = zone_of(s, q);
            let written = q.text.to_ascii_lowercase();
            let half_day_unknown = zone == Zone::Unstated
                && v < 13.0
                && !["am", "pm", "a.m", "p.m", "a. m", "p. m"]
                    .iter()
                    .any(|m| written.contains(m));
            Some(ClockTime {
                quantity: q,
                zone,
                low_hours,
                high_hours,
                happenings,
                half_day_unknown,
            })
        })
        .collect()
}

impl ClockTime<'_> {
    /// Do the two times allow one moment? A time written without "a.m." or "p.m." and
    /// within twelve hours ("about 4:30 Saturday afternoon") may be either half of the day.
    fn meets(&self, other: &ClockTime) -> bool {
        let shifts = |t: &ClockTime| {
            if t.half_day_unknown {
                vec![0.0, 12.0]
            } else {
                vec![0.0]
            }
        };
        shifts(self).iter().any(|sx| {
            shifts(other).iter().any(|sy| {
                self.low_hours + sx <= other.high_hours + sy
                    && other.low_hours + sy <= self.high_hours + sx
            })
        })
    }
}

/// Does the statement rank something ("the second J'Ouvert murder", "the first quake,
/// magnitude 7.6, struck at 4:43 a.m.")? It tells one of several happenings of a kind, and
/// which one another statement's time is of is not read.
fn ranks_a_happening(s: &Side) -> bool {
    s.features
        .parse
        .folded_words()
        .any(|w| crate::text::numbers::ordinal_value(w).is_some())
}

/// Two statements that time one happening at two moments that cannot both be right (see
/// the module documentation).
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (ta, tb) = (clock_times(a), clock_times(b));
    let ([x], [y]) = (ta.as_slice(), tb.as_slice()) else {
        return None;
    };
    if !x.zone.meets(y.zone)
        || !x.happenings.iter().any(|h| y.happenings.contains(h))
        || x.meets(y)
        || super::date::on_different_days(a, b)
        || ranks_a_happening(a)
        || ranks_a_happening(b)
    {
        return None;
    }
    // "at 8:18 p.m. near Benning Road" and "at 9:20 p.m. on Ridge Road": two shootings of
    // a night's roundup.
    if super::claims::placed_apart(a, b) {
        return None;
    }
    Some(Finding::soft_difference(
        ConflictKind::Date,
        "time",
        (a, &x.quantity.text),
        (b, &y.quantity.text),
        "; a happening may last, and each may time another moment of it",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    fn flagged(a: &str, b: &str) -> bool {
        between_outlets(a, b, detect).is_some()
    }

    #[test]
    fn two_times_of_one_happening_are_a_soft_conflict() {
        let found = between_outlets(
            "The plane crashed at 6:12 a.m. local time, two minutes after take-off.",
            "The plane crashed at 6:18 a.m., according to state media.",
            detect,
        )
        .expect("6:12 against 6:18");
        assert_eq!(found.severity, Severity::Soft);
        assert!(
            found.explanation.contains("6:12 a.m."),
            "{}",
            found.explanation
        );
        // A craft's disappearing is a happening of its own (`happening-words`).
        assert!(flagged(
            "The jet disappeared from radar at 7:24 a.m. on Sunday.",
            "The jet disappeared from radar screens at 6:24 a.m. on Sunday.",
        ));
        // "The incident" is the article's own event, the shooting its lede tells.
        use crate::conflict::testing::{Written, run};
        let lede =
            "A 24-year-old man was shot and killed outside a bar late Saturday, police said.";
        let incident = |text| Written::new(text, "Daily Ledger").led_by(lede);
        assert!(
            run(
                incident("The incident happened around 11:45 p.m., according to police."),
                Written::new(
                    "The shooting happened at about 10:30 p.m. Saturday, police said.",
                    "Evening Post"
                ),
                detect,
            )
            .is_some()
        );
        // Not a time told in passing ("after the attack"), nor without a lede to refer to.
        assert!(
            run(
                incident("He was arrested a few hours after the attack at 11:45 p.m."),
                Written::new(
                    "The shooting happened at about 10:30 p.m. Saturday, police said.",
                    "Evening Post"
                ),
                detect,
            )
            .is_none()
        );
        assert!(!flagged(
            "The incident happened around 11:45 p.m., according to police.",
            "The shooting happened at about 10:30 p.m. Saturday, police said.",
        ));
        // Two times of a start, told by two verbs of starting (`start-verbs`).
        assert!(flagged(
            "The trouble started at around 6:30 p.m. Sunday in the main recreation yard.",
            "The disturbance broke out shortly after 8 p.m. Sunday in the recreation yard.",
        ));
        // A storm's landfall told in other words (`LANDFALL` in `concepts.txt`).
        assert!(flagged(
            "The hurricane made landfall near the beach town at 12:30 p.m. on Wednesday.",
            "The storm crashed ashore near the beach town at about 1:30 p.m. on Wednesday.",
        ));
    }

    #[test]
    fn a_time_is_of_the_happening_next_to_it() {
        // "shortly after" belongs to the time; it opens no clause of its own.
        assert!(flagged(
            "The blast struck shortly after 10:00 am at the entrance to the main bazaar.",
            "The blast struck at 11:45 a.m. at the entrance to the main bazaar.",
        ));
        // A count of times is no clock time.
        assert!(!flagged(
            "The shooting happened at the officer's home around 6:45 p.m.",
            "The boy's mother was shot one time in her backside.",
        ));
        // The hour of a shooting the clause tells beside an arrest is not the arrest's.
        assert!(!flagged(
            "Russell was arrested Friday morning at 3 a.m.",
            "Russell was arrested Friday morning in connection to the shooting that happened \
             a little before 6:30 p.m. Thursday night.",
        ));
        // The time of "the attack" is its story's, even when the lede tells only a death.
        use crate::conflict::testing::{Written, run};
        let lede = "A woman was killed in a knife attack at the main railway station on Friday.";
        assert!(
            run(
                Written::new(
                    "The attack happened at around 7:40 am on one of the platforms.",
                    "Daily Ledger"
                )
                .led_by(lede),
                Written::new(
                    "The attack took place at about 9:15 a.m. on one of the platforms.",
                    "Evening Post"
                )
                .led_by(lede),
                detect,
            )
            .is_some()
        );
    }

    #[test]
    fn times_that_meet_or_tell_other_things_are_not_compared() {
        check_each(
            &[
                (
                    "a whole hour holds the minutes near it",
                    "The bomb exploded at 3 p.m. near the market.",
                    "The bomb exploded at 2:53 p.m. near the market.",
                ),
                (
                    "shortly after",
                    "The shooting took place shortly after 12:30 a.m. outside the club.",
                    "The shooting took place at 12:41 a.m. outside the club.",
                ),
                (
                    "another happening",
                    "The plane crashed at 6:12 a.m. local time.",
                    "The plane took off at 6:10 a.m. and exploded in the air.",
                ),
                (
                    "a time of telling",
                    "The bomb exploded near the market, police said at 4 p.m.",
                    "The bomb exploded near the market, police said at 6 p.m.",
                ),
                (
                    "two zones",
                    "The shooting took place at 12:30 a.m. EDT outside the club.",
                    "The shooting took place at 04:30 GMT outside the club.",
                ),
                (
                    "a time in brackets is the one before it in another zone",
                    "The shooting took place at 12:30 a.m. (0430 GMT) outside the club.",
                    "The shooting took place at 12:30 a.m. outside the club.",
                ),
                (
                    "a time without a.m. or p.m. may be after noon",
                    "Police were called to a shooting around 4:30 p.m. Saturday.",
                    "The shooting happened on Filbert Place about 4:30 Saturday afternoon.",
                ),
                (
                    "one victim's death",
                    "He was pronounced dead at the scene at 8:25 p.m.",
                    "He was pronounced dead at 5:14 p.m., authorities said.",
                ),
                (
                    "one of several, ranked",
                    "The quake struck off the coast at 7:48 a.m. local time.",
                    "The first quake, magnitude 7.6, struck at 4:43 a.m. local time.",
                ),
                (
                    "two places",
                    "The shooting happened about 8:18 p.m. at a housing complex near Benning Road.",
                    "The shooting occurred about 9:20 p.m. on Ridge Road, police said.",
                ),
                (
                    "the edge of a span",
                    "The curfew began at 9 p.m. after the bomb exploded.",
                    "The bomb exploded until 11 p.m.",
                ),
            ],
            detect,
            false,
        );
    }

    #[test]
    fn a_flight_losing_contact_is_a_timed_happening() {
        let found = between_outlets(
            "The plane was flying from Kunming to Guangzhou when it lost contact over the city of Wuzhou at 2:20 p.m.",
            "The Boeing 737 lost contact with air traffic control at 2:15 p.m. near Wuzhou.",
            detect,
        )
        .expect("2:20 against 2:15");
        assert_eq!(found.severity, Severity::Soft);
        assert!(flagged(
            "The flight landed in Doha at 9:40 p.m. local time.",
            "The flight landed in Doha at 10:25 p.m. local time.",
        ));
    }

    #[test]
    fn a_meridiem_spaced_as_two_words_is_read() {
        // "2:53 p. m." (a spacing of some archives) is after noon: against "3 p.m." it is
        // the same moment, not eleven hours apart.
        assert!(!flagged(
            "Sudanese aircraft bombed the camp at 2:53 p. m. local time.",
            "Sudanese aircraft bombed the camp at 3 p.m.",
        ));
        assert!(flagged(
            "Sudanese aircraft bombed the camp at 2:53 p. m. local time.",
            "Sudanese aircraft bombed the camp at 11:10 a.m.",
        ));
    }
}
