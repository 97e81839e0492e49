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
//! way; "about" as far either way as the time is round, "shortly after" as far after it
//! and "shortly before" as far before ([`rounding_hours`]: "about 10:15 p.m." is 10 to
//! 10:30, not 10:47; "shortly after 4 p.m." is 4 to 4:30). Times that meet are one moment told with different precision;
//! times that do not are a soft conflict (a happening may last, and outlets may time its
//! start and its end), or a hard one when both tell a moment that is over in an instant: a
//! landing, a take-off, an announcement, an entry ([`INSTANT_MOMENTS`]). Two statements placing the happening on two days are the date
//! detector's matter.
//!
//! A time told right after a phrase of [`MOMENT_PHRASES`] is of one moment of a happening:
//! its start ("the trouble started at around 6:30 p.m.", "the disturbance broke out shortly
//! after 8 p.m.", "the quake hit at 5:12 a.m."), an arrival ("touched down"), a departure
//! ("left the ground"), its discovery ("the alarm was raised"), an announcement ("read out
//! the headline figures") or an entry ("walked into the branch"). Two times of one moment
//! are compared when at most one of them names its happening, or both name one alike; not
//! "the arrest happened" against "the shooting took place". Such times are met across
//! sources too, however few words their statements share ([`time_keys`]), when the two
//! articles open on one story: their ledes share a name, and they were published within a
//! day of each other ([`detect_in_one_story`]).
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

    /// Words right before "after" or "before" and a time that are part of how it is told
    /// ("shortly before 1 pm").
    TIME_SIDE_MODIFIERS = DATE_CUES["time-side-modifiers"];

    /// Words right before a time that make it the edge of a span.
    TIME_EDGES = DATE_CUES["time-edges"];

    /// Words of a happening that tell that something happened, not what ("struck"): a time
    /// told of one is its moment's only.
    UNNAMED_HAPPENINGS = DATE_CUES["unnamed-happenings"];

    /// Nouns of a happening after the story's own ("aftershock"): a time told after one is
    /// its time.
    LATER_HAPPENINGS = DATE_CUES["later-happenings"];

    /// Verbs and phrases that tell which moment of a happening a time right after them is
    /// ("broke out shortly after", "touched down at"), each `phrase = moment`.
    MOMENT_PHRASES = DATE_CUES["moment-phrases"];
}

/// The phrases of [`MOMENT_PHRASES`], each as its folded words with its moment.
static MOMENTS: std::sync::LazyLock<Vec<(Vec<&'static str>, &'static str)>> =
    std::sync::LazyLock::new(|| {
        MOMENT_PHRASES
            .iter()
            .map(|e| {
                let (phrase, moment) = word_lists::pair(e);
                (phrase.split(' ').collect(), moment)
            })
            .collect()
    });

/// The stems of [`UNNAMED_HAPPENINGS`], stemmed once, as happening keys are.
static UNNAMED_HAPPENING_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    UNNAMED_HAPPENINGS
        .iter()
        .map(|w| crate::text::stem::stem(w))
        .collect()
});

/// The moment of [`MOMENT_PHRASES`] that is a start only of a happening named beside it.
const OCCURRENCE: &str = "occurrence";

/// The moment of a happening's start.
const START: &str = "start";

/// The moment of a happening's discovery.
const DISCOVERY: &str = "discovery";

/// The most words of their own between a moment's phrase and its time: lowercase words
/// that are not function words ("walked into the branch shortly after 9:40 a.m.", "reached
/// the town centre at roughly 1:10 a.m.", "read out the figures at the commission's
/// headquarters on Meridian Avenue shortly after 4 p.m."); names do not count ("touched
/// down at Karsholm International Airport at 11:35 a.m.").
const MOMENT_REACH_WORDS: usize = 3;

/// The key of a time's moment (see [`MOMENT_PHRASES`]): "#start".
fn moment_key(moment: &str) -> String {
    format!("#{moment}")
}

/// Is a time's happening key the key of a moment, not of a happening?
fn is_moment_key(key: &str) -> bool {
    key.starts_with('#')
}

/// The moment a time tells, from the phrase of [`MOMENT_PHRASES`] ending nearest before
/// `before` (the time, or the word that leads it) within its clause: past no punctuation,
/// no word that opens a clause, no figure and no more than [`MOMENT_REACH_WORDS`] words of
/// their own. Of the phrases ending at one word the longest decides.
fn moment_before(s: &Side, before: usize) -> Option<&'static str> {
    let text = s.text();
    let parse = &s.features.parse;
    let tokens: Vec<&str> = parse
        .tokens
        .iter()
        .take_while(|t| t.end <= before)
        .map(|t| t.folded.as_str())
        .collect();
    let mut own_words = 0;
    for last in (0..tokens.len()).rev() {
        let end = parse.tokens[last].end;
        // A figure between tells another fact, unless it describes a noun it is joined to
        // ("opened fire on the two-story building at about 2 a.m.") or names a place ("left
        // runway 27 at 11:25 p.m.").
        if super::date::breaks_clause(s, end, before)
            || parse.quantities.iter().any(|q| {
                q.start >= end
                    && q.end <= before
                    && !q.joined_to_next_word(text)
                    && !crate::text::numbered_place::is_place_code(text, &parse.tokens, q.start)
            })
        {
            return None;
        }
        let found = MOMENTS
            .iter()
            .filter(|(words, _)| tokens[..=last].ends_with(words))
            .max_by_key(|(words, _)| words.len());
        if let Some((words, moment)) = found {
            // "The match, which was to have kicked off at 6:30 p.m., has been postponed": a
            // plan that did not come about, no moment of anything.
            if tokens[..last + 1 - words.len()].ends_with(&["to", "have"]) {
                return None;
            }
            // "They began returning to their properties at 10am": the start of what the
            // verb after it names, the story's only when that is a happening ("the gunmen
            // began firing"), which the word's own turn below has already told.
            let next = parse.tokens.get(last + 1).filter(|t| t.end <= before);
            if *moment == START && next.is_some_and(|t| t.folded.ends_with("ing")) {
                return None;
            }
            return Some(moment);
        }
        // "was hit in her heart and died just after midnight": the time of the happening
        // nearer it.
        let start = parse.tokens[last].start;
        if super::date::happening_at(s, start) {
            // Unless it is what a verb of starting before it starts ("the gunmen began firing
            // shortly after 11:30 a.m.").
            let started = last > 0
                && tokens[last].ends_with("ing")
                && MOMENTS
                    .iter()
                    .any(|(words, moment)| *moment == START && tokens[..last].ends_with(words));
            return started.then_some(START);
        }
        let word = &text[start..end];
        // A word that tells how near the time is ("took off from the base shortly after
        // 9 a.m.") is the time's, not a word of its own.
        let tells_the_time =
            last + 1 == tokens.len() && TIME_SIDE_MODIFIERS.contains(&tokens[last]);
        if word.starts_with(|c: char| c.is_lowercase())
            && !crate::text::lexicon::is_stop_word(tokens[last])
            && !tells_the_time
        {
            own_words += 1;
            if own_words > MOMENT_REACH_WORDS {
                return None;
            }
        }
    }
    None
}

/// The lexicon's concepts of harm done to people: told with a time, the time of one
/// victim's death or wound.
const HARMS_TIMED_PER_PERSON: &[&str] = &["KILL", "INJURE"];

/// The most hours a time to the minute may be off ("6:12 a.m." allows 6:10 to 6:14).
const MINUTE_SLACK_HOURS: f64 = 2.0 / 60.0;

/// The most hours a whole hour may be off ("3 p.m.").
const ROUGH_SLACK_HOURS: f64 = 0.5;

/// How far an approximate time may be off, by how round it is written: a whole hour
/// ("about 4 a.m.", "shortly after 2 p.m.") half an hour, a half or a quarter hour
/// ("around 8:15 a.m.") a quarter, ten minutes past ("about 8:10 a.m.") ten minutes, and
/// any other minute ("around 10:25 a.m.", "shortly after 9:42") five. One who rounds to
/// the quarter hour tells the quarter hour it is in.
fn rounding_hours(hours: f64) -> f64 {
    let minutes = (hours.fract() * 60.0).round() as u32 % 60;
    let rounding_minutes = match minutes {
        0 => 30,
        m if m % 15 == 0 => 15,
        m if m % 10 == 0 => 10,
        _ => 5,
    };
    f64::from(rounding_minutes) / 60.0
}

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
    /// The time as told, with the words that set its side ("shortly before 1 pm").
    written: &'s str,
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

/// The most capitalised words of a place whose clock a time is told on ("Port Halvik
/// time").
const ZONE_NAME_WORDS: usize = 3;

/// The zone written in a time or right after it: "2:53 p.m. local time", "0430 GMT",
/// "6:20 p.m. Port Halvik time" (a place's clock, named by the place).
fn zone_of<'s>(s: &'s Side, q: &Quantity) -> Zone<'s> {
    let text = s.text();
    let parse = &s.features.parse;
    let inside = parse.words_between(text, q.start, q.end);
    let after = parse.words_between(text, q.end, text.len());
    // "6:20 p.m. Port Halvik time": a place's own clock, named.
    let place_words = after
        .iter()
        .take(ZONE_NAME_WORDS)
        .take_while(|(at, _)| {
            text.get(*at..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_uppercase)
        })
        .count();
    if place_words > 0
        && after
            .get(place_words)
            .is_some_and(|(_, w)| w.eq_ignore_ascii_case("time"))
        && let (Some((from, _)), Some((last_at, last))) =
            (after.first(), after.get(place_words - 1))
        && let Some(place) = text.get(*from..last_at + last.len())
    {
        return Zone::Named(place);
    }
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
            // "The strongest aftershock, magnitude 5.4, struck at 1:15 p.m.": the time of
            // a later happening, not of the story's.
            if parse
                .tokens
                .iter()
                .take_while(|t| t.end <= q.start)
                .any(|t| LATER_HAPPENINGS.contains(&t.folded.as_str()))
            {
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
                month_day: None,
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
            // "the blast, which struck shortly before 1 pm": a verb that names no kind of
            // happening leaves the time to its moment ("struck" is a start, below).
            happenings.retain(|h| !UNNAMED_HAPPENING_STEMS.contains(h));
            // "The trouble started at around 6:30 p.m.": the time something started, which
            // a linked statement's start time ("The disturbance broke out shortly after 8
            // p.m.") tells too; an occurrence is a start of a happening named beside it.
            match moment_before(s, mention.start) {
                Some(OCCURRENCE) if !happenings.is_empty() => happenings.push(moment_key(START)),
                Some(OCCURRENCE) | None => {}
                Some(moment) => happenings.push(moment_key(moment)),
            }
            if happenings.is_empty() {
                return None;
            }
            let v = q.value;
            let rounding = rounding_hours(v);
            let (low_hours, high_hours) = if TIME_AFTER.contains(&before.as_str()) {
                (v, v + rounding)
            } else if TIME_BEFORE.contains(&before.as_str()) {
                (v - rounding, v)
            } else if q.bound == Bound::Exact {
                let slack = if v.fract() == 0.0 {
                    ROUGH_SLACK_HOURS
                } else {
                    MINUTE_SLACK_HOURS
                };
                (v - slack, v + slack)
            } else if q.bound == Bound::About {
                (v - rounding, v + rounding)
            } else if q.bound == Bound::Nearly {
                (v - rounding, v)
            } else {
                (q.low, q.high)
            };
            let told_from = if leads {
                parse
                    .words_before(text, before_at)
                    .next()
                    .filter(|(_, w)| TIME_SIDE_MODIFIERS.contains(&w.as_ref()))
                    .map_or(before_at, |(at, _)| at)
            } else {
                q.start
            };
            let zone = zone_of(s, q);
            let half_day_unknown = zone == Zone::Unstated
                && v < 13.0
                && !crate::text::quantity::tells_half_of_day(&q.text);
            Some(ClockTime {
                written: &text[told_from..q.end],
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
    /// Do both times tell the moment (of [`MOMENT_PHRASES`], "discovery")?
    fn shares_moment(&self, other: &ClockTime, moment: &str) -> bool {
        let key = moment_key(moment);
        self.happenings.contains(&key) && other.happenings.contains(&key)
    }

    /// Are the two times of one happening: do they share a happening, or a moment of
    /// happenings that do not differ? "The blast happened at about 10:15 p.m." and "The
    /// device went off at 10:47 p.m." time one start; "the arrest happened" and "the
    /// shooting took place" the starts of two happenings.
    fn tells_one_happening_with(&self, other: &ClockTime) -> bool {
        let named = |t: &ClockTime| {
            t.happenings
                .iter()
                .filter(|h| !is_moment_key(h))
                .cloned()
                .collect::<Vec<_>>()
        };
        let (nx, ny) = (named(self), named(other));
        if nx.iter().any(|h| ny.contains(h)) {
            return true;
        }
        // "The explosion tore through the square at 4:35 p.m." against "the grenade went
        // off shortly after 5:10 p.m.": a happening named with no moment is timed where it
        // began, as a start told of nothing named is that happening's start.
        let named_alone = |t: &ClockTime| {
            !t.happenings.is_empty() && t.happenings.iter().all(|h| !is_moment_key(h))
        };
        let start_alone =
            |t: &ClockTime| t.happenings.len() == 1 && t.happenings[0] == moment_key(START);
        if (named_alone(self) && start_alone(other)) || (start_alone(self) && named_alone(other)) {
            return true;
        }
        (nx.is_empty() || ny.is_empty())
            && self
                .happenings
                .iter()
                .any(|h| is_moment_key(h) && other.happenings.contains(h))
    }

    /// Do the two times allow one moment? A time written without "a.m." or "p.m." and
    /// within twelve hours ("about 4:30 Saturday afternoon") may be either half of the day;
    /// and the clock goes round ("shortly before midnight" meets "11:50 p.m.").
    fn meets(&self, other: &ClockTime) -> bool {
        let shifts = |t: &ClockTime| {
            if t.half_day_unknown {
                vec![0.0, 12.0, 24.0]
            } else {
                vec![0.0, 24.0]
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

/// Do both times tell a happening's discovery? The discovery is its first notice, ranked
/// or not ("The first emergency call came in at 2:15 a.m." against "The fire was reported
/// at 1:42 a.m."): no ordinal then tells one of several happenings.
fn both_discoveries(x: &ClockTime, y: &ClockTime) -> bool {
    x.shares_moment(y, DISCOVERY)
}

/// What a statement ranks: each ordinal with the stem of the word after it ("first" and
/// "drone" of "the first drone struck").
fn ranked_things(s: &Side) -> Vec<(u32, String)> {
    let words: Vec<&str> = s.features.parse.folded_words().collect();
    words
        .iter()
        .enumerate()
        .filter_map(|(i, w)| {
            let rank = crate::text::numbers::ordinal_value(w)?;
            let next = words
                .get(i + 1)
                .map_or(String::new(), |n| crate::text::stem::stem(n));
            Some((rank, next))
        })
        .collect()
}

/// Do the two statements rank things apart? A statement that ranks something ("the second
/// J'Ouvert murder", "the first quake, magnitude 7.6, struck at 4:43 a.m.") tells one of
/// several happenings of a kind, and which one another statement's time is of is not read.
/// Not when both rank one thing alike ("The first drone struck the
/// refinery at 3:20 a.m." and "the first drone hit at around 1:50 a.m."): each times the
/// same one of several.
fn ranked_apart(a: &Side, b: &Side) -> bool {
    let (ra, rb) = (ranked_things(a), ranked_things(b));
    (!ra.is_empty() || !rb.is_empty()) && !ra.iter().any(|r| rb.contains(r))
}

/// What a statement's clock time can meet another statement's on, when the statement gives
/// one such time: the moment it is told of ("#arrival"). The kind of happening alone would
/// meet every shooting of a city's night; two statements a moment meets are compared only
/// when their articles open on one story ([`detect_in_one_story`]).
pub fn time_keys(s: &Side) -> Vec<String> {
    let times = clock_times(s);
    let [t] = times.as_slice() else {
        return Vec::new();
    };
    t.happenings
        .iter()
        .filter(|h| is_moment_key(h))
        .cloned()
        .collect()
}

/// The names the article's headline and lede give, less days, months and countries: what
/// tells one story from another of its kind ("Karsholm", "Halveny"). Not the words of a
/// headline in title case ("Quake Damages Villages"), each of which is read as a name.
fn story_names(s: &Side) -> Vec<String> {
    s.lead_statements()
        .into_iter()
        .filter(|(_, text)| !is_title_case(text))
        .flat_map(|(f, _)| f.terms.iter())
        .filter(|t| t.kind == crate::text::normalize::TermKind::Name)
        .map(|t| t.key.clone())
        .filter(|k| {
            crate::text::numbers::weekday_of(k).is_none()
                && crate::text::numbers::month_number(k).is_none()
                && crate::text::lexicon::country_of(k).is_none()
                && crate::text::lexicon::country_named(k).is_none()
        })
        .collect()
}

/// The most days apart two articles may be published for their times of one moment to be
/// read as of one day: a report and the next day's.
const ONE_STORY_DAYS_APART: i64 = 1;

/// Were the two articles published more than [`ONE_STORY_DAYS_APART`] days apart? "The
/// standoff started just after noon" of a story on Monday and "The shooting happened at
/// about 10:15 p.m." of one four days before it are of two days, and likely two stories.
pub(crate) fn published_apart(a: &Side, b: &Side) -> bool {
    matches!((a.article_date, b.article_date), (Some(x), Some(y)) if (x - y).num_days().abs() > ONE_STORY_DAYS_APART)
}

/// Does most of a text's words start with a capital, as a headline's in title case do?
pub(crate) fn is_title_case(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    words
        .iter()
        .filter(|w| w.starts_with(char::is_uppercase))
        .count()
        * 2
        > words.len()
}

/// Two statements of two articles that open on one story (their headlines and ledes share
/// a name, [`story_names`]) and time one moment of one happening apart ([`detect`]): "The
/// jet landed at Karsholm at 10:52 a.m." against "touched down at Karsholm International
/// Airport at 11:35 a.m.", however few words the two statements share.
pub fn detect_in_one_story(a: &Side, b: &Side) -> Option<Finding> {
    in_one_story(a, b, detect)
}

/// What `detect` finds on two statements whose articles open on one story ([`one_story`]),
/// the worded claims' detectors of what a story tells once (a moment's time, a numbered
/// place, a body's size).
pub(crate) fn in_one_story(
    a: &Side,
    b: &Side,
    detect: fn(&Side, &Side) -> Option<Finding>,
) -> Option<Finding> {
    if !one_story(a, b) {
        return None;
    }
    detect(a, b)
}

/// Do two statements' articles open on one story: their headlines and ledes share a name
/// ([`story_names`]), and they were published within [`ONE_STORY_DAYS_APART`] of each
/// other?
pub(crate) fn one_story(a: &Side, b: &Side) -> bool {
    let names = story_names(a);
    story_names(b).iter().any(|n| names.contains(n)) && !published_apart(a, b)
}

/// Two statements that time one happening at two moments that cannot both be right (see
/// the module documentation).
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (ta, tb) = (clock_times(a), clock_times(b));
    let ([x], [y]) = (ta.as_slice(), tb.as_slice()) else {
        return None;
    };
    if !x.zone.meets(y.zone)
        || !x.tells_one_happening_with(y)
        || x.meets(y)
        || super::date::on_different_days(a, b)
        || (!both_discoveries(x, y) && ranked_apart(a, b))
    {
        return None;
    }
    // "at 8:18 p.m. near Benning Road" and "at 9:20 p.m. on Ridge Road": two shootings of
    // a night's roundup, whose places the other article never names. Places each
    // statement names of one story's scene ("across National Highway 9" against "in that
    // part of Dranok", each article naming both) do not set one moment apart.
    if super::number::placed_apart_in_articles(a, b) {
        return None;
    }
    // A landing, a take-off, an announcement or an entry is over in a moment: two times of
    // one cannot both be right. A start or a discovery may be timed from different
    // moments of a happening that lasts, or by different witnesses.
    let one_instant = INSTANT_MOMENTS.iter().any(|m| x.shares_moment(y, m));
    let mut found = Finding::soft_difference(
        ConflictKind::Date,
        "time",
        (a, x.written),
        (b, y.written),
        if one_instant {
            "; one moment cannot be at both times"
        } else {
            "; a happening may last, and each may time another moment of it"
        },
    );
    if one_instant {
        found.severity = crate::model::Severity::Hard;
    }
    Some(found)
}

/// The moments of [`MOMENT_PHRASES`] that are over in an instant: two times of one are a
/// hard conflict.
const INSTANT_MOMENTS: &[&str] = &["arrival", "departure", "announcement", "entry"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    fn flagged(a: &str, b: &str) -> bool {
        flagged_with(a, b).is_some()
    }

    fn flagged_with(a: &str, b: &str) -> Option<Finding> {
        between_outlets(a, b, detect)
    }

    /// A happening named with no moment is timed where it began: it meets a start told of
    /// nothing named ("the grenade went off"), not an arrival.
    #[test]
    fn a_named_happening_meets_a_start_told_of_nothing_named() {
        let explosion = "The explosion tore through Varenne Square at 4:35 p.m., as the party leader was speaking.";
        assert!(
            between_outlets(
                explosion,
                "According to police, the grenade went off shortly after 5:10 p.m. in Varenne Square.",
                detect,
            )
            .is_some()
        );
        assert!(
            between_outlets(
                explosion,
                "According to police, officers arrived shortly after 5:10 p.m. in Varenne Square.",
                detect,
            )
            .is_none()
        );
    }

    /// A time told on a place's own clock ("Port Halvik time") is in a zone of its own: not
    /// compared with one told in local time, as the same two times told with no zone are.
    #[test]
    fn a_place_s_own_clock_is_a_zone() {
        let landed = |zone: &str| {
            between_outlets(
                "The plane landed at Marsk International Airport at 7:20 p.m. local time.",
                &format!("The plane landed at Marsk International Airport at 6:20 p.m.{zone}"),
                detect,
            )
        };
        assert!(landed(".").is_some());
        assert!(landed(" Port Halvik time, which runs an hour behind.").is_none());
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
        // A verb that names no kind of happening ("struck") leaves the time to its moment,
        // and the time is shown as told.
        let struck = flagged_with(
            "Seventeen others were injured in the blast, which struck shortly before 1 pm.",
            "The blast occurred at around 1.30 pm, while workers were mixing chemicals.",
        )
        .expect("shortly before 1 pm against around 1.30 pm");
        assert!(
            struck.explanation.contains("“shortly before 1 pm”"),
            "{}",
            struck.explanation
        );
        // The subject a verb of telling opens on, past an aside of place in commas.
        assert!(flagged(
            "The blast tore through the checkpoint in the city's Halvik district at 7:40 a.m., police said.",
            "Police said the explosion ripped through the security post, in the southern Halvik district, at 8:15 a.m.",
        ));
        // A figure joined to the noun it describes tells no other fact.
        assert!(flagged(
            "Gunmen opened fire on the two-story building at about 2 a.m., officials said.",
            "The attack began around 3:30 a.m., when gunmen surrounded the building.",
        ));
        // "About" a quarter past allows the quarter hour around it, not 10:47.
        assert!(flagged(
            "The blast happened at about 10:15 p.m., during the final song of the show.",
            "The device went off at 10:47 p.m., minutes after the encore ended.",
        ));
        assert!(flagged(
            "The helicopter went down shortly after 7:30 a.m., the emergency office said.",
            "The helicopter came down around 8:15 a.m. on Tuesday in rugged terrain.",
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
        // Two statements that rank one thing alike time the same one of several.
        assert!(flagged(
            "The first drone struck the refinery at 3:20 a.m., according to the ministry.",
            "The company said the first drone hit at around 1:50 a.m., setting off explosions.",
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
                    "about ten past allows ten minutes either way",
                    "The blast happened at about 10:20 p.m., during the final song.",
                    "The device went off at 10:28 p.m., as the encore began.",
                ),
                (
                    "a plan that did not come about",
                    "The match began at around 4:15 p.m. in the heat.",
                    "The match, which was to have kicked off at 6:30 p.m., has been postponed.",
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
    fn places_of_one_scene_that_both_articles_name_do_not_set_a_moment_apart() {
        use crate::conflict::testing::{Written, run};
        let a = "The slope above the village gave way at about 4:20 a.m. local time, sending a wall of mud across National Highway 9.";
        let b = "The slope gave way shortly before 6 a.m., when most families in that part of Dranok were still asleep.";
        let article_a = format!("A landslide buried homes in the village of Dranok.\n\n{a}");
        let article_b = format!("Mud and rock buried National Highway 9.\n\n{b}");
        let found = run(
            Written::new(a, "Daily Ledger").in_article(&article_a),
            Written::new(b, "Evening Post").in_article(&article_b),
            detect,
        )
        .expect("4:20 a.m. against 6 a.m.");
        assert!(
            found.explanation.starts_with("time differs"),
            "{}",
            found.explanation
        );
        // A place the other article never names is another scene.
        let found = run(
            Written::new(a, "Daily Ledger").in_article(&article_a),
            Written::new(b, "Evening Post"),
            detect,
        );
        assert!(found.is_none(), "{found:?}");
    }

    #[test]
    fn one_moment_told_in_other_words_is_compared() {
        // Each pair times one moment of a happening (`moment-phrases` in date-cues.txt).
        check_each(
            &[
                (
                    "an arrival",
                    "The jet landed at Karsholm at 10:52 a.m. local time.",
                    "The flight touched down at Karsholm at 11:35 a.m. local time.",
                ),
                (
                    "a departure",
                    "The Boeing 757 freighter left the ground at 05:42 local time, airport officials said.",
                    "According to the airport's timeline, the Boeing 757 took off at 6:20 a.m.",
                ),
                (
                    "a discovery",
                    "The fire was reported shortly after 4:30 a.m. local time.",
                    "The alarm was raised at about 3:40 in the morning, when most passengers were asleep.",
                ),
                (
                    "a discovery, the first call",
                    "The fire at the tower was reported at 1:42 a.m., the fire service said.",
                    "The first emergency call came in at 2:15 a.m., the fire service said.",
                ),
                (
                    "a discovery, a mayday and a distress call",
                    "The trawler sent a mayday shortly after 2:15 a.m. as the storm swept across the fishing grounds.",
                    "The skipper raised the alarm with a distress call at about 3:40 a.m., the agency said.",
                ),
                (
                    "an announcement",
                    "Vasquell announced the figures shortly after 2 a.m. on Monday.",
                    "Commission chairman Teodor Vasquell read out the headline figures at about 4:30 a.m.",
                ),
                (
                    "a departure, two words of its own and how near the time is",
                    "The helicopter lifted off from the air base at 7:40 a.m. on Tuesday.",
                    "The helicopter took off from the air base shortly after 9 a.m. on Tuesday.",
                ),
                (
                    "an announcement, three words of its own between",
                    "Commission chairman Justus Oberlin read out the figures at the commission's headquarters on Meridian Avenue shortly after 4 p.m. on Tuesday.",
                    "Chairman Justus Oberlin announced the result at 7:20 p.m. on Tuesday.",
                ),
                (
                    "a departure from a numbered runway",
                    "The freighter lifted off from runway 27 at 11:52 p.m., the duty manager said.",
                    "The cargo flight left runway 27 at 11:25 p.m. with three crew aboard.",
                ),
                (
                    "a start: a capsizing, and a rolling over told in words",
                    "It capsized at about 6:40 p.m., the Lake Guard said.",
                    "The ferry rolled over just before eight in the evening on Saturday.",
                ),
                (
                    "a start: a derailment",
                    "The sleeper derailed at 1:47 a.m. near the village, according to the operator.",
                    "The train derailed at 3:10 a.m. on Saturday as it approached the river bridge.",
                ),
                (
                    "a start: a failure and a giving way",
                    "Officials said the embankment failed at about 4:20 a.m. on Tuesday.",
                    "The dam gave way shortly before 2 a.m. on Tuesday after days of rain.",
                ),
                (
                    "a start: a detonation",
                    "The blast went off at 10:15 a.m. near the spice stalls.",
                    "The device detonated at around 11:40 in the morning, police said.",
                ),
                (
                    "an entry",
                    "Police said the vehicle entered the market at 6:42 p.m.",
                    "The lorry smashed into the crowded square just before 6:15 p.m., police said.",
                ),
                (
                    "a start, one of them named",
                    "A magnitude 6.9 earthquake struck off the coast at 4:47 a.m. on Saturday.",
                    "The magnitude 6.9 quake hit at 5:12 a.m., when most residents were asleep.",
                ),
                (
                    "a start and what a verb of starting starts",
                    "The attack began at about 10:45 a.m. at the market.",
                    "The gunmen began firing shortly after 11:30 a.m. on Saturday.",
                ),
                (
                    "the clock goes round",
                    "The vessel ran aground shortly before midnight.",
                    "The vessel ran aground at about 3:40 a.m.",
                ),
            ],
            detect,
            true,
        );
        check_each(
            &[
                (
                    "two moments",
                    "The jet took off at 6:10 a.m.",
                    "The jet landed at 7:25 a.m.",
                ),
                (
                    "the start of another thing than the story",
                    "The fire broke out in the roof at around 9pm.",
                    "Residents began returning to their homes at 10am.",
                ),
                (
                    "the time of a happening nearer it",
                    "The shooting occurred shortly after 11 p.m. on Thorpe Street.",
                    "She was hit in her heart and died just after 1 a.m.",
                ),
                (
                    "an occurrence of nothing named",
                    "The incident happened around 11:45 p.m., according to police.",
                    "The shooting happened at about 10:30 p.m. Saturday, police said.",
                ),
                (
                    "the starts of two named happenings",
                    "The arrest happened at 3 p.m. outside his home.",
                    "The shooting took place at 1 p.m. outside the bar.",
                ),
                (
                    "a later happening",
                    "A magnitude 6.9 earthquake struck off the coast at 4:47 a.m. on Saturday.",
                    "The strongest aftershock, magnitude 5.4, struck at 1:15 p.m., the institute said.",
                ),
                (
                    "the clock goes round to the same moment",
                    "The vessel ran aground shortly before midnight.",
                    "The vessel ran aground at 11:50 p.m.",
                ),
            ],
            detect,
            false,
        );
    }

    #[test]
    fn two_times_of_an_instant_are_a_hard_conflict() {
        let landed = between_outlets(
            "The jet landed at Karsholm at 10:52 a.m. local time.",
            "The flight touched down at Karsholm at 11:35 a.m. local time.",
            detect,
        )
        .expect("10:52 against 11:35");
        assert_eq!(landed.severity, Severity::Hard, "{}", landed.explanation);
        assert!(
            landed
                .explanation
                .ends_with("one moment cannot be at both times")
        );
        let started = between_outlets(
            "The trouble started at around 6:30 p.m. Sunday in the main recreation yard.",
            "The disturbance broke out shortly after 8 p.m. Sunday in the recreation yard.",
            detect,
        )
        .expect("6:30 against 8");
        assert_eq!(started.severity, Severity::Soft);
    }

    #[test]
    fn times_of_one_moment_meet_across_articles_of_one_story() {
        use crate::conflict::testing::{Written, run};
        let (ledger, post) = (
            "A passenger jet diverted to Karsholm after severe turbulence injured 14 people on Tuesday.",
            "Fourteen people were hurt when a flight hit severe turbulence before landing in Karsholm.",
        );
        let tuesday = chrono::NaiveDate::from_ymd_opt(2026, 3, 3);
        let landed = "The jet landed at 10:52 a.m. local time, where ambulances were waiting.";
        let touched = "Flight SV 227 touched down at 11:35 a.m. local time.";
        let pair = |lede_b: &str, date_b| {
            run(
                Written::new(landed, "Daily Ledger")
                    .led_by(ledger)
                    .dated(tuesday),
                Written::new(touched, "Evening Post")
                    .led_by(lede_b)
                    .dated(date_b),
                detect_in_one_story,
            )
            .is_some()
        };
        assert!(pair(post, tuesday));
        // Ledes that share no name are of two stories; neither are articles days apart.
        assert!(!pair(
            "Fourteen people were hurt when a flight hit severe turbulence over the sea.",
            tuesday
        ));
        assert!(!pair(post, chrono::NaiveDate::from_ymd_opt(2026, 3, 9)));
        // A headline in title case names nothing by its capitals.
        assert!(is_title_case("Jet Lands In Karsholm After Turbulence"));
        assert!(!is_title_case(post));
        // Each statement's key is its time's moment.
        use crate::conflict::testing::alone;
        assert_eq!(
            alone(Written::new(touched, "Evening Post"), time_keys),
            vec!["#arrival".to_string()]
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
