//! Quantity claims: the figures of every statement, each with the measure it counts (an
//! event or state such as killed, injured, detained or marching in a protest, of a
//! population such as people or security forces), aligned across sources directly.
//!
//! The sentence scorer links statements that share words; two outlets giving the toll of
//! one event in their openings often share few ("killed at least 22" and "the death toll rose to 24" stand
//! in sentences about different things). Here every pair of opening statements of two
//! sources holding figures of one well-defined measure is handed to the number detector
//! ([`super::number::detect`]), with all its rules for parts and totals, other days,
//! other incidents and background events. A pair it flags is proposed as a link whose
//! first reason names the two figures ([`REASON`]); the engine keeps it only as a
//! conflict, judged by the number detector alone ([`is_claim_link`]).
//!
//! A second pass reaches past the openings: once the links have grouped statements into
//! facts, two statements of one fact that are not linked themselves ("no casualties in the
//! camp" and a commissioner's "12 people were killed", each linked to a third report of the
//! toll) have their figures compared the same way ([`proposals_within_facts`]).
//!
//! Figures that agree are news of one fact too: two openings giving one toll alike ("killed
//! at least three people" and "left three bank workers dead"), or one sum of money ("for
//! $334 million" and "US$334 million in cash and stock"), are proposed as a match whose
//! first reason says so ([`AGREE_REASON`], [`agreeing_proposals`]); a pair with any figure
//! the number detector keeps apart for another rule, or flags, is not.
//!
//! Rules added for pairs that share few words: figures located in different places ("in
//! Salonika" against "through the streets of Athens", or a place the other article never
//! names; a place is not one where the words were said, "told journalists in Geneva", nor
//! the speaker's own, "the commissioner of Pariang County said") count different crowds or
//! tolls; a figure of incidents told earlier in its
//! article ("in those bombings"), of a month's tally ("in November alone") or of one step of a story told in order ("later …,
//! injuring three") is not compared; and figures that may both be true
//! (different precision) are no news for a pair linked by its figures alone.

use std::collections::HashSet;

use crate::align::Features;
use crate::model::{Analysis, Link, StatementIdx};
use crate::text::quantity::Quantity;
use crate::text::word_lists;

use super::number::{self, Measure, places_named_apart, places_of_happening};
use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side, Subject};

/// The first reason of a link proposed by its figures alone.
pub const REASON: &str = "figures of one measure";

/// One figure of a statement with what it measures.
#[derive(Debug, Clone)]
pub struct Claim<'f> {
    pub statement: StatementIdx,
    pub quantity: &'f Quantity,
    pub measure: Measure,
}

/// How many statements open an article (its headline and lede): the figures an article
/// leads with are its totals, while later statements tell scenes, parts, earlier reports,
/// other incidents and background, which only a link by words can place.
pub const OPENING_STATEMENTS: usize = 4;

/// The figures of a known measure in each article's opening statements (see
/// [`OPENING_STATEMENTS`]; boilerplate is skipped and not counted), and the zero counts of
/// its later ones: a report that no one was hurt ("there were no casualties", "no dead or
/// wounded") is no scene nor part, and it contradicts any toll of the happening.
pub fn claims<'f>(analysis: &Analysis, features: &'f [Features]) -> Vec<Claim<'f>> {
    let openings = opening_statements(analysis);
    let indices: Vec<usize> = (0..analysis.statements.len()).collect();
    // Each statement's claims, read on every core.
    crate::parallel::map_on_cores(&indices, |&i| {
        let s = &analysis.statements[i];
        if s.is_boilerplate() {
            return Vec::new();
        }
        let opening = openings.binary_search(&StatementIdx(i)).is_ok();
        claims_of(features, i, &s.text)
            .filter(|c| opening || c.quantity.value == 0.0)
            .collect::<Vec<_>>()
    })
    .into_iter()
    .flatten()
    .collect()
}

/// The opening statements of every article ([`OPENING_STATEMENTS`] of each, boilerplate
/// skipped and not counted), in the order of the statements.
fn opening_statements(analysis: &Analysis) -> Vec<StatementIdx> {
    let mut seen_in_source: std::collections::HashMap<usize, usize> =
        std::collections::HashMap::new();
    analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.is_boilerplate())
        .filter(|(_, s)| {
            let position = seen_in_source.entry(s.source.0).or_insert(0);
            *position += 1;
            *position <= OPENING_STATEMENTS
        })
        .map(|(i, _)| StatementIdx(i))
        .collect()
}

/// The figures of a known measure of statement `i` (`text` is its text).
fn claims_of<'f>(
    features: &'f [Features],
    i: usize,
    text: &str,
) -> impl Iterator<Item = Claim<'f>> {
    number::measured(&features[i], text)
        .into_iter()
        .map(move |(quantity, measure)| Claim {
            statement: StatementIdx(i),
            quantity,
            measure,
        })
}

/// The first reason of a link proposed by the responses of one party (see
/// [`worded_proposals`]).
pub const RESPONSE_REASON: &str = "responses of one party";

/// The first reason of a link proposed by the ages of one person (see [`worded_proposals`]).
pub const AGE_REASON: &str = "ages of one person";

/// The first reason of a link proposed by the ages of the accused, unnamed (see
/// [`worded_proposals`]).
pub const ACCUSED_AGE_REASON: &str = "ages of the accused";

/// The first reason of a link proposed by the ages of a post's one holder (see
/// [`worded_proposals`]).
pub const POST_AGE_REASON: &str = "ages of a post's holder";

/// The first reason of a link proposed by one person's departures from a post (see
/// [`worded_proposals`]).
pub const DEPARTURE_REASON: &str = "departures of one person";

/// The first reason of a link proposed by the days of one happening (see
/// [`worded_proposals`]).
pub const DAY_REASON: &str = "days of one happening";

/// The first reason of a link proposed by two tallies of one body's vote (see
/// [`worded_proposals`]).
pub const TALLY_REASON: &str = "tallies of one vote";

/// The first reason of a link proposed by two lengths of one thing (see
/// [`worded_proposals`]).
pub const LENGTH_REASON: &str = "lengths of one thing";

/// The first reason of a link proposed by two turnouts of one election (see
/// [`worded_proposals`]).
pub const TURNOUT_REASON: &str = "turnouts of one election";

/// The first reason of a link proposed by two counts of those inside the story's place (see
/// [`worded_proposals`]).
pub const INSIDE_REASON: &str = "counts of those inside one place";

/// The first reason of a link proposed by one saying quoted by two sources (see
/// [`worded_proposals`]).
pub const SAYING_REASON: &str = "one saying quoted twice";

/// The first reason of a link proposed by two sizes of one crowd (see
/// [`worded_proposals`]).
pub const CROWD_REASON: &str = "sizes of one crowd";

/// The first reason of a link proposed by two counts of everyone aboard a craft (see
/// [`worded_proposals`]).
pub const ABOARD_REASON: &str = "counts of everyone aboard";

/// The first reason of a link proposed by two counts of those at work on the scene (see
/// [`worded_proposals`]).
pub const RESPONDERS_REASON: &str = "counts of those at work on the scene";

/// The first reason of a link proposed by two posts of one person (see
/// [`worded_proposals`]).
pub const POST_REASON: &str = "posts of one person";

/// The first reason of a link proposed by two measurements of one thing (see
/// [`worded_proposals`]).
pub const MEASUREMENT_REASON: &str = "measurements of one thing";

/// The first reason of a link proposed by one deed reported done and not done (see
/// [`worded_proposals`]).
pub const DEED_REASON: &str = "one deed done and not done";

/// The first reason of a link proposed by two clock times of one moment of a happening
/// (see [`worded_proposals`]).
pub const TIME_REASON: &str = "times of one happening";

/// The first reason of a link proposed by two places of one kind told by a number or an
/// ordinal (see [`worded_proposals`]).
pub const PLACE_REASON: &str = "places of one thing";

/// The first reason of a link proposed by two sizes of one body (see
/// [`worded_proposals`]).
pub const SIZE_REASON: &str = "sizes of one body";

/// A detector of two sides, as the claims' own detectors are.
type Detector = fn(&Side, &Side) -> Option<Finding>;

/// What two sides' worded claims of one kind agree on, as each writes it.
type Agreement = fn(&Side, &Side) -> Option<(String, String)>;

/// What a statement's claims of one kind can meet another's on: the persons of its ages,
/// the words of a responding party's name.
type Keys = fn(&Side) -> Vec<String>;

/// One kind of worded claim: see [`WORDED_CLAIMS`].
struct WordedClaim {
    /// The first reason of the conflict links it proposes.
    reason: &'static str,
    detect: Detector,
    keys: Keys,
    /// What two statements agreeing on it tells, with the first reason of the match it
    /// proposes.
    agreement: Option<(&'static str, Agreement)>,
}

/// The claims read in a statement's own words, each with the first reason of the links it
/// proposes, its detector, the keys two statements must share for it to compare them, and
/// what two such statements agreeing on tells (with the first reason of the match it
/// proposes): a party's responses (one party's same answer is one fact), a person's ages,
/// the accused's ages told unnamed ("the 27-year-old suspect"), the ages of a post's one
/// holder ("the 52-year-old driver" against "Teófilo Quispe, 47, as an experienced driver"), a person's departures from
/// a post, the days of one happening in one place, the tallies of one vote, the lengths of
/// one thing ("a nine-hour siege" against "the siege lasted about seven hours"), the
/// turnouts of one election, the counts of those inside the story's place when it befell
/// ("About 50 workers were on the site" against "More than 100 workers were believed to
/// have been inside"), the sizes of one crowd ("Police estimated the crowd at about 1,500"
/// against "police put the number at around 4,000"), the counts of those at work on the
/// scene ("Eighty firefighters ... were at the scene" against "the operation involved 120
/// firefighters"), one saying credited to two speakers
/// by two sources, the measurements of one thing ("drove about 400 metres" against
/// "drove at high speed for about 300m"), one deed reported done and not done ("Police
/// arrested one suspect" against "no arrests had been made").
const WORDED_CLAIMS: [WordedClaim; 20] = [
    WordedClaim {
        reason: RESPONSE_REASON,
        detect: super::response::detect,
        keys: super::response::party_keys_of,
        agreement: Some((SAME_ANSWER_REASON, super::response::same_answer)),
    },
    WordedClaim {
        reason: AGE_REASON,
        detect: super::age::named_ages_differ,
        keys: super::age::persons_of,
        agreement: None,
    },
    WordedClaim {
        reason: ACCUSED_AGE_REASON,
        detect: super::age::accused_ages_differ,
        keys: super::age::accused_keys,
        agreement: None,
    },
    WordedClaim {
        reason: POST_AGE_REASON,
        detect: super::age::post_ages_differ,
        keys: super::age::post_keys,
        agreement: None,
    },
    WordedClaim {
        reason: DEPARTURE_REASON,
        detect: super::departure::detect,
        keys: super::departure::persons_of,
        agreement: None,
    },
    WordedClaim {
        reason: DAY_REASON,
        detect: days_of_one_happening,
        keys: dated_happenings_in_places,
        agreement: Some((SAME_DAY_REASON, one_day_of_one_happening)),
    },
    WordedClaim {
        reason: TALLY_REASON,
        detect: super::tally::detect,
        keys: super::tally::tally_keys,
        agreement: None,
    },
    WordedClaim {
        reason: LENGTH_REASON,
        detect: super::duration::detect,
        keys: super::duration::length_keys,
        agreement: None,
    },
    WordedClaim {
        reason: TURNOUT_REASON,
        detect: super::number::detect,
        keys: super::number::turnout_keys,
        agreement: None,
    },
    WordedClaim {
        reason: INSIDE_REASON,
        detect: super::number::detect,
        keys: super::number::inside_keys,
        agreement: None,
    },
    WordedClaim {
        reason: SAYING_REASON,
        detect: super::quote::credited_to_two,
        keys: super::quote::saying_keys,
        agreement: None,
    },
    WordedClaim {
        reason: CROWD_REASON,
        detect: super::number::detect,
        keys: super::number::crowd_keys,
        agreement: None,
    },
    WordedClaim {
        reason: ABOARD_REASON,
        detect: super::number::detect,
        keys: super::number::aboard_keys,
        agreement: None,
    },
    WordedClaim {
        reason: RESPONDERS_REASON,
        detect: super::number::detect,
        keys: super::number::responder_keys,
        agreement: None,
    },
    WordedClaim {
        reason: POST_REASON,
        detect: super::role::detect,
        keys: super::role::persons_of,
        agreement: None,
    },
    WordedClaim {
        reason: MEASUREMENT_REASON,
        detect: measurements_of_one_thing,
        keys: super::measurement::measurement_keys,
        agreement: None,
    },
    WordedClaim {
        reason: DEED_REASON,
        detect: super::polarity::detect,
        keys: super::polarity::deed_keys,
        agreement: None,
    },
    WordedClaim {
        reason: TIME_REASON,
        detect: super::clock::detect_in_one_story,
        keys: super::clock::time_keys,
        agreement: None,
    },
    WordedClaim {
        reason: PLACE_REASON,
        detect: super::place::detect_in_one_story,
        keys: super::place::place_keys,
        agreement: None,
    },
    WordedClaim {
        reason: SIZE_REASON,
        detect: super::size::detect_in_one_story,
        keys: super::size::size_keys,
        agreement: None,
    },
];

/// What a statement's dated happenings can meet another statement's on: each happening
/// tied to a day or a start month ([`super::date::dated_happenings`]) with each place the
/// statement puts something in ([`places_of_happening`]): "EXPLODE upper nile", and each
/// person who left a post ([`super::departure::persons_of`]): "RESIGN #sakova". Two reports
/// of one happening name it alike and where it was; a kind of happening alone would meet
/// every report of every bombing, and a name alone every statement of a party's. A
/// statement dating "the incident" that names no place of its own ("the incident happened
/// yesterday when INS Sukanya was escorting a group of merchant vessels") tells it where
/// its article's headline and lede put it ("thwarted a piracy attack in the Gulf of Aden").
fn dated_happenings_in_places(side: &Side) -> Vec<String> {
    let happenings = super::date::dated_happenings(side);
    if happenings.is_empty() {
        return Vec::new();
    }
    let mut places = places_of_happening(side);
    // A state that began in some month is told of where it holds, its place's name
    // standing anywhere ("civilians have fled South Kordofan since fighting began in July").
    if super::date::start_month(side).is_some() {
        places.extend(capitalised_runs(side.text()));
    }
    // A person's departure is that person's wherever it was told ("Economy Minister Denisa
    // Sakova resigned on Friday" against "... stepped down last Thursday"): the person, by
    // name, not by a post ("Minister quits").
    places.extend(
        super::departure::persons_of(side)
            .into_iter()
            .filter(|p| !super::age::is_post_head(p))
            .map(|p| format!("#{p}")),
    );
    if places.is_empty() && super::date::dates_the_incident(side) {
        places = side
            .lead_statements()
            .into_iter()
            .flat_map(|(f, text)| number::place_names(&f.parse, text))
            .collect();
    }
    // A thing a possessive day dates ("Sunday's runoff": "#of runoff") is one thing of
    // the story wherever it was: it meets alone.
    let things = happenings
        .iter()
        .filter(|h| super::date::is_possessed_thing(h))
        .cloned();
    // Sorted and deduplicated by the caller, as every statement's keys are.
    places
        .iter()
        .flat_map(|p| happenings.iter().map(move |h| format!("{h} {p}")))
        .chain(things)
        .collect()
}

/// The runs of two or more capitalised words of a text, past its first word, lowercase
/// and one space apart ("South Kordofan", "Upper Nile"): the names a state's place may
/// be among, wherever they stand.
fn capitalised_runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    let mut flush = |run: &mut Vec<&str>| {
        if run.len() >= 2 {
            out.push(run.join(" ").to_lowercase());
        }
        run.clear();
    };
    for (i, chunk) in text.split_whitespace().enumerate() {
        let word = chunk.trim_matches(|c: char| !c.is_alphanumeric());
        let capitalised = i > 0
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().all(char::is_alphabetic);
        if capitalised {
            run.push(word);
        } else {
            flush(&mut run);
        }
        // A mark after the word ends the run ("South Kordofan, a state").
        if chunk.ends_with(|c: char| !c.is_alphanumeric()) {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}

/// The first reason of a match proposed by one happening dated on one day by two sources
/// ([`worded_proposals`]).
pub const SAME_DAY_REASON: &str = "one happening on one day";

/// The days two statements date one happening on, as each writes it, when they are one day
/// and the statements do not place it apart.
fn one_day_of_one_happening(a: &Side, b: &Side) -> Option<(String, String)> {
    if named_in_places_apart(a, b) {
        return None;
    }
    super::date::same_day(a, b)
}

/// Two statements that tell one happening, named alike and placed in one place (their key,
/// [`dated_happenings_in_places`]), on two days or from two months ([`super::date::detect`]), unless they place it apart: in
/// places the other does not name while naming its own ("the bombing of a village in the
/// east on Tuesday" against "a camp in the north was bombed Thursday").
fn days_of_one_happening(a: &Side, b: &Side) -> Option<Finding> {
    if named_in_places_apart(a, b) {
        return None;
    }
    super::date::detect(a, b)
}

/// Do the two statements put what they tell in places each names and the other does not
/// ([`places_named_apart`] of their [`places_of_happening`])?
fn named_in_places_apart(a: &Side, b: &Side) -> bool {
    let (pa, pb) = (places_of_happening(a), places_of_happening(b));
    places_named_apart((a, &pa), (b, &pb))
}

/// Two measurements of one thing in statements that do not place their happenings apart
/// ([`number::placed_apart`]): a quake's depth "85 miles from Manokwari" is not that of one "on the
/// far western tip of Sumatra", nor one climber's fall on one mountain another's on the
/// next.
fn measurements_of_one_thing(a: &Side, b: &Side) -> Option<Finding> {
    if number::placed_apart(a, b) {
        return None;
    }
    super::measurement::detect(a, b)
}

/// The detector of a link proposed by worded claims (see [`WORDED_CLAIMS`]), if it is one.
fn worded_detector(link: &Link) -> Option<Detector> {
    let first = link.reasons.first()?;
    WORDED_CLAIMS
        .iter()
        .find(|claim| first.starts_with(claim.reason))
        .map(|claim| claim.detect)
}

/// Was the link proposed by its claims alone: its figures ([`proposals`]), or its worded
/// claims ([`worded_proposals`]: a party's responses, a person's ages or departures, the
/// days of one happening)?
pub fn is_claim_link(link: &Link) -> bool {
    link.reasons.first().is_some_and(|r| r.starts_with(REASON)) || worded_detector(link).is_some()
}

/// The finding of a link proposed by its claims alone, by the detector of its claims:
/// responses and ages by their own detectors, figures by the number detector
/// ([`finding_traced`]).
pub fn claim_finding_traced(
    link: &Link,
    a: &Side,
    b: &Side,
    checks: &mut Vec<Check>,
) -> Option<Finding> {
    match worded_detector(link) {
        Some(detect) => detect(a, b),
        None => finding_traced(a, b, checks),
    }
}

/// Pairs of statements of two sources whose worded claims of one kind (see
/// `WORDED_CLAIMS`: a party's responses, no comment against a denial; a person's ages;
/// a person's leaving of a post as their own decision and as a removal; one happening in
/// one place on two days) share a key and that the claims' detector flags, each with the
/// kind's reason and the explanation, kind by kind; or, for a kind that tells agreement,
/// that agree (one party's same answer), with the agreement's reason and both claims as
/// written. Such claims stand anywhere in an article, in words of their
/// own (a party's answer is told late; an age where a person is first named), so every
/// statement is read; statements meet through their keys only, so a large set is not
/// compared pair by pair. Pairs that are candidates already are proposed too: one scoring
/// below the link threshold is linked only so (the analysis leaves out a proposal of a
/// pair it links for other reasons).
pub fn worded_proposals(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
) -> Vec<(StatementIdx, StatementIdx, String)> {
    type ByKey = std::collections::HashMap<String, Vec<StatementIdx>>;
    let mut by_kind: Vec<ByKey> = WORDED_CLAIMS.iter().map(|_| ByKey::new()).collect();
    // Each statement's keys of every kind, read on every core.
    let statements: Vec<StatementIdx> = (0..analysis.statements.len())
        .map(StatementIdx)
        .filter(|&i| !analysis.statement(i).is_boilerplate())
        .collect();
    let keys_of = crate::parallel::map_on_cores(&statements, |&i| {
        let (side, _) = super::sides(analysis, features, readings, i, i);
        WORDED_CLAIMS
            .iter()
            .map(|claim| {
                let mut own = (claim.keys)(&side);
                own.sort();
                own.dedup();
                own
            })
            .collect::<Vec<_>>()
    });
    for (&i, keys) in statements.iter().zip(keys_of) {
        for (own, by_key) in keys.into_iter().zip(&mut by_kind) {
            for key in own {
                by_key.entry(key).or_default().push(i);
            }
        }
    }
    let mut out = Vec::new();
    for (claim, by_key) in WORDED_CLAIMS.iter().zip(&by_kind) {
        let mut pairs: std::collections::BTreeSet<(StatementIdx, StatementIdx)> =
            std::collections::BTreeSet::new();
        for statements in by_key.values() {
            for (k, &x) in statements.iter().enumerate() {
                for &y in &statements[k + 1..] {
                    if analysis.statement(x).source != analysis.statement(y).source {
                        pairs.insert((x.min(y), x.max(y)));
                    }
                }
            }
        }
        out.extend(pairs.into_iter().filter_map(|(x, y)| {
            let (a, b) = super::sides(analysis, features, readings, x, y);
            if let Some(f) = (claim.detect)(&a, &b) {
                return Some((x, y, format!("{}: {}", claim.reason, f.explanation)));
            }
            let (agreed, agree) = claim.agreement?;
            agree(&a, &b).map(|(wa, wb)| (x, y, format!("{agreed}: {wa} ~ {wb}")))
        }));
    }
    out
}

word_lists::sections! {
    /// Prepositions before incidents referred back to: "killed in those bombings". This
    /// module's lists are sections of `assets/lexicon/conflict-cues.txt`, by name.
    BACK_PREPOSITIONS = CONFLICT_CUES["back-prepositions"];

    /// Nouns of one incident ("that incident", "that attack"), a section of
    /// `assets/lexicon/date-cues.txt`.
    INCIDENT_NOUNS = DATE_CUES["incident-nouns"];
}

/// Does the statement count incidents its article told before ("seven people were killed
/// in those bombings", "No one was killed in that incident")? Which incidents they are is not in the statement, so its figure is
/// compared only with statements linked for their words. Read over the statement's
/// whitespace chunks (`Parse::chunks`), each folded and cut to its letters and digits at
/// both ends, as the rule always read them: "in/those" is one word, and "in — those" three.
fn refers_back(side: &Side) -> bool {
    let text = side.text();
    let tokens = &side.features.parse.tokens;
    let words: Vec<String> = side
        .features
        .parse
        .chunks(text)
        .iter()
        .map(|c| {
            // The folded tokens and the characters between them, which folding leaves alone.
            let mut folded = String::new();
            let mut at = c.start;
            for t in &tokens[c.tokens.clone()] {
                folded.push_str(&text[at..t.start]);
                folded.push_str(&t.folded);
                at = t.end;
            }
            folded.push_str(&text[at..c.end]);
            folded
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
        .collect();
    words.windows(3).any(|w| {
        BACK_PREPOSITIONS.contains(&w[0].as_str())
            && ((matches!(w[1].as_str(), "those" | "these") && w[2].len() > 3 && w[2].ends_with('s'))
                // "No one was killed in that incident": one told before, as "that" says.
                || (w[1] == "that" && INCIDENT_NOUNS.contains(&w[2].as_str())))
    })
}

word_lists::sections! {
    /// Words that make a statement one step of a story told in order ("later sprayed bullets
    /// at a bus, injuring three", "on the way, he shot at pedestrians"): its figures may count
    /// one scene of the event, not its toll.
    STEP_CUES = CONFLICT_CUES["step-cues"];
}

/// Does the statement tell one step of a story (see [`STEP_CUES`])? Read from the
/// statement's parse, its folded words cut into runs of letters and digits as the cues were
/// always matched: a one-word cue is one run; a longer cue runs over tokens one space apart,
/// from the last run of the first to the first run of the last.
fn tells_a_step(side: &Side) -> bool {
    let text = side.text();
    let tokens = &side.features.parse.tokens;
    fn runs(word: &str) -> Vec<&str> {
        word.split(|c: char| !c.is_alphanumeric()).collect()
    }
    STEP_CUES.iter().any(|c| {
        let cue: Vec<&str> = c.split(' ').collect();
        let [first, middle @ .., last] = cue.as_slice() else {
            return tokens.iter().any(|t| runs(&t.folded).contains(c));
        };
        tokens.windows(cue.len()).any(|ts| {
            ts.windows(2)
                .all(|p| p[1].start == p[0].end + 1 && text[p[0].end..].starts_with(' '))
                && runs(&ts[0].folded).last() == Some(first)
                && middle.iter().zip(&ts[1..]).all(|(m, t)| t.folded == *m)
                && runs(&ts[cue.len() - 1].folded)
                    .first()
                    .is_some_and(|r| r == last)
        })
    })
}

/// Does the statement count over a month ("killed in the city in November alone")? A
/// month's tally holds many incidents; only a link by words can say which one. Read over
/// the statement's whitespace chunks (`Parse::chunks`): a preposition that is a chunk alone,
/// then a month's name with at most a comma, stop or semicolon after it, and no day.
fn counts_a_month(side: &Side) -> bool {
    let text = side.text();
    let tokens = &side.features.parse.tokens;
    let chunks = side.features.parse.chunks(text);
    chunks.windows(2).enumerate().any(|(i, w)| {
        let preposition = w[0].tokens.len() == 1
            && tokens
                .get(w[0].tokens.start)
                .is_some_and(|t| (t.start, t.end) == (w[0].start, w[0].end))
            && tokens.get(w[0].tokens.start).is_some_and(|t| {
                matches!(t.folded.as_str(), "in" | "during" | "throughout" | "since")
            });
        let month = text[w[1].start..w[1].end].trim_end_matches([',', '.', ';']);
        let day_follows = chunks
            .get(i + 2)
            .is_some_and(|n| text[n.start..].starts_with(|c: char| c.is_ascii_digit()));
        preposition
            && crate::text::numbers::month_number(month).is_some()
            && !crate::text::numbers::is_month_abbreviation(month)
            && !day_follows
    })
}

/// Does either statement count what only its article can place: incidents told before ("in
/// those bombings"), one step of a story, or a month's tally? Such figures are compared only
/// between statements linked for their words.
pub fn told_elsewhere(a: &Side, b: &Side) -> bool {
    [a, b]
        .iter()
        .any(|s| refers_back(s) || tells_a_step(s) || counts_a_month(s))
}

/// Pairs of statements of two sources giving figures of one well-defined measure (of `all`,
/// the set's [`claims`]) that the number detector flags, other than those in `known`, each
/// with the reason naming the two figures.
pub fn proposals(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
    known: &HashSet<(StatementIdx, StatementIdx)>,
    all: &[Claim],
) -> Vec<(StatementIdx, StatementIdx, String)> {
    propose(analysis, features, readings, known, all, true, |_, _| true)
}

/// The first reason of a link proposed by figures of one measure that agree.
pub const AGREE_REASON: &str = "agreeing figures of one measure";

/// How far apart, as a share of the larger, two sums of money may be and still be one sum
/// written two ways ("$334 million" and "$334m", "€2m" and "an estimated €2 million").
const SAME_SUM_SHARE: f64 = 0.005;

/// Is the figure a lower bound ("at least 11", "more than 80")? Two lower bounds of
/// different values agree only as floors, which a part and its whole also are ("at least
/// 37" in the country, "at least 11" in one district).
fn is_lower_bound(q: &Quantity) -> bool {
    matches!(
        q.bound,
        crate::text::quantity::Bound::AtLeast | crate::text::quantity::Bound::MoreThan
    )
}

/// The first reason of a link proposed by one party's same answer reported by two
/// sources ([`worded_proposals`]).
pub const SAME_ANSWER_REASON: &str = "one party's same answer";

/// Was the link proposed by claims that agree: figures of one measure
/// ([`agreeing_proposals`]), or one party's same answer ([`worded_proposals`])?
pub fn is_agreement_link(link: &Link) -> bool {
    link.reasons.first().is_some_and(|r| is_agreement_reason(r))
}

/// Is a proposal's first reason one of claims that agree (see [`is_agreement_link`])?
pub fn is_agreement_reason(reason: &str) -> bool {
    reason.starts_with(AGREE_REASON)
        || reason.starts_with(SAME_ANSWER_REASON)
        || reason.starts_with(SAME_DAY_REASON)
}

/// Pairs of opening statements of two sources giving figures (of `all`, the set's
/// [`claims`]) of one well-defined measure that agree (the same figure, or figures that may
/// both be true) and none that the number detector keeps apart for another reason or flags. Figures that differ are no evidence
/// of one toll when both are lower bounds ([`is_lower_bound`]), nor when they are placed
/// in places each statement names and the other does not ("at least 40 people across
/// Marren County" and "at least 12 in the village of Oskby"); one figure told of a country
/// and of its city is one ("killed at least three people" in Greece, "left three bank
/// workers dead" in Athens). And pairs of openings giving one sum of money in a currency
/// ([`SAME_SUM_SHARE`]). Pairs linked for their words are proposed too: the analysis leaves
/// out a proposal of a pair it links for other reasons.
pub fn agreeing_proposals(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
    all: &[Claim],
) -> Vec<(StatementIdx, StatementIdx, String)> {
    let source = |s: StatementIdx| analysis.statement(s).source;
    let mut out = Vec::new();
    let pairs = claim_pairs(analysis, all, |x, y, _| {
        number::well_defined_pair((x.quantity, x.measure), (y.quantity, y.measure))
    });
    for (pair, x, y) in pairs {
        let Some((a, b)) = comparable_sides(analysis, features, readings, pair) else {
            continue;
        };
        if x.quantity.value != y.quantity.value
            && (number::named_apart(&a, &b)
                || (is_lower_bound(x.quantity) && is_lower_bound(y.quantity)))
        {
            continue;
        }
        let mut checks = Vec::new();
        if finding_traced(&a, &b, &mut checks).is_some() || checks.is_empty() {
            continue;
        }
        let agree = |c: &Check| {
            matches!(
                c.verdict,
                Verdict::Kept(Rule::SameFigure) | Verdict::Kept(Rule::SamePrecision)
            )
        };
        if !checks.iter().all(agree) {
            continue;
        }
        let c = &checks[0];
        out.push((
            pair.0,
            pair.1,
            format!("{AGREE_REASON}: {} ~ {}", c.value_a, c.value_b),
        ));
    }
    let mut seen: HashSet<(StatementIdx, StatementIdx)> =
        out.iter().map(|(a, b, _)| (*a, *b)).collect();
    // The same sum of money in the openings of two articles: the price of one deal, the
    // cost of one damage.
    let sums: Vec<_> = opening_statements(analysis)
        .into_iter()
        .flat_map(|i| {
            number::things::money_sums(&features[i.0], &analysis.statement(i).text)
                .into_iter()
                .map(move |(q, currency)| (i, q, currency))
        })
        .collect();
    for (i, (sa, qa, ca)) in sums.iter().enumerate() {
        for (sb, qb, cb) in &sums[i + 1..] {
            let pair = ((*sa).min(*sb), (*sa).max(*sb));
            let same = ca == cb
                && qa.value > 0.0
                && (qa.value - qb.value).abs() <= qa.value.max(qb.value) * SAME_SUM_SHARE;
            if source(*sa) == source(*sb) || !same || !seen.insert(pair) {
                continue;
            }
            out.push((
                pair.0,
                pair.1,
                format!("{AGREE_REASON}: {} ~ {}", qa.text, qb.text),
            ));
        }
    }
    out.sort();
    out
}

/// Pairs of statements of one of `happenings` (grouped by any chain of links, see
/// [`crate::facts::happenings`]) that are not linked themselves, giving figures of one
/// measure that the number detector flags: statements a chain of links joins tell one
/// happening, wherever they stand in their articles.
pub fn proposals_within_facts(
    analysis: &Analysis,
    happenings: &[crate::model::Fact],
    features: &[Features],
    readings: &super::Readings,
) -> Vec<(StatementIdx, StatementIdx, String)> {
    let mut fact_of: std::collections::HashMap<StatementIdx, usize> =
        std::collections::HashMap::new();
    for (i, f) in happenings.iter().enumerate() {
        for s in &f.statements {
            fact_of.insert(*s, i);
        }
    }
    let known = linked_pairs(analysis);
    let mut all = Vec::new();
    for (i, s) in analysis.statements.iter().enumerate() {
        if s.is_boilerplate() || !fact_of.contains_key(&StatementIdx(i)) {
            continue;
        }
        all.extend(claims_of(features, i, &s.text));
    }
    propose(analysis, features, readings, &known, &all, false, |a, b| {
        fact_of.get(&a) == fact_of.get(&b)
    })
}

/// Every pair of statements a link joins, lower index first.
fn linked_pairs(analysis: &Analysis) -> HashSet<(StatementIdx, StatementIdx)> {
    analysis
        .links
        .iter()
        .map(|l| (l.a.min(l.b), l.a.max(l.b)))
        .collect()
}

/// The number finding of a pair proposed for its figures, with the figures it compares as
/// a reader sees them, unless either statement is caption debris or counts what only its
/// article can place ([`told_elsewhere`]).
fn judged_pair(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
    pair: (StatementIdx, StatementIdx),
) -> Option<(Finding, String)> {
    let (a, b) = comparable_sides(analysis, features, readings, pair)?;
    let finding = finding(&a, &b)?;
    let Subject::Figures { compared, .. } = &finding.subject else {
        return None;
    };
    let compared = compared.clone();
    Some((finding, compared))
}

/// The two sides of a pair proposed for its figures, unless either statement is caption
/// debris or counts what only its article can place ([`told_elsewhere`]).
fn comparable_sides<'a>(
    analysis: &'a Analysis,
    features: &'a [Features],
    readings: &'a super::Readings,
    pair: (StatementIdx, StatementIdx),
) -> Option<(Side<'a>, Side<'a>)> {
    let (a, b) = super::sides(analysis, features, readings, pair.0, pair.1);
    let comparable = !super::is_caption_debris(a.text())
        && !super::is_caption_debris(b.text())
        && !told_elsewhere(&a, &b);
    comparable.then_some((a, b))
}

/// Pairs of statements that a third one joins: one agrees with it on a figure (a check kept
/// as the same figure, or as figures that may both be true) and the other's figures
/// conflict with it. A report that repeats one outlet's toll contradicts what that toll
/// contradicts, wherever it stands in its article ("12 people were killed", told late by a
/// wire, against "no dead or wounded"). Each pair (two sources, not linked) is judged by the
/// number detector as every pair proposed for its figures is.
pub fn proposals_through_agreement(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
) -> Vec<(StatementIdx, StatementIdx, String)> {
    use crate::model::Relation;
    let source = |s: StatementIdx| analysis.statement(s).source;
    let known = linked_pairs(analysis);
    // The value each side of a link gives: (this statement's, the other's).
    fn values_of<'v>(l: &Link, a: &'v str, b: &'v str, s: StatementIdx) -> (&'v str, &'v str) {
        if l.a == s { (a, b) } else { (b, a) }
    }
    let mut seen: HashSet<(StatementIdx, StatementIdx)> = HashSet::new();
    let mut out = Vec::new();
    for conflict in &analysis.links {
        let Some(c) = conflict.conflict.as_ref() else {
            continue;
        };
        let (Some(va), Some(vb)) = (&c.value_a, &c.value_b) else {
            continue;
        };
        if c.kind != crate::model::ConflictKind::Number {
            continue;
        }
        for (joint, other) in [(conflict.a, conflict.b), (conflict.b, conflict.a)] {
            let (joint_value, other_value) = values_of(conflict, va, vb, joint);
            for agreeing in analysis
                .links
                .iter()
                .filter(|l| l.relation == Relation::Match && l.involves(joint))
            {
                let repeater = agreeing.other(joint);
                // The figure the repeater gives that is the joint's figure in the conflict.
                let Some(repeated) = agreeing.checks.iter().find_map(|check| {
                    let agreed = matches!(
                        check.verdict,
                        Verdict::Kept(Rule::SameFigure) | Verdict::Kept(Rule::SamePrecision)
                    );
                    let (at_joint, at_repeater) =
                        values_of(agreeing, &check.value_a, &check.value_b, joint);
                    (agreed && at_joint == joint_value).then_some(at_repeater)
                }) else {
                    continue;
                };
                let pair = (repeater.min(other), repeater.max(other));
                if source(repeater) == source(other) || known.contains(&pair) || !seen.insert(pair)
                {
                    continue;
                }
                let Some((finding, compared)) = judged_pair(analysis, features, readings, pair)
                else {
                    continue;
                };
                let (Some(fa), Some(fb)) = (&finding.value_a, &finding.value_b) else {
                    continue;
                };
                let (at_repeater, at_other) = if pair.0 == repeater {
                    (fa, fb)
                } else {
                    (fb, fa)
                };
                if at_repeater == repeated && at_other == other_value {
                    out.push((pair.0, pair.1, format!("{REASON}: {compared}")));
                }
            }
        }
    }
    out.sort();
    out
}

/// The pairs of `all` (two sources, not `known`, `allowed`) that the number detector
/// flags; with `well_defined_only`, only figures whose measure says who is counted in what
/// happening ([`number::well_defined_pair`]): pairs proposed for their figures alone need it,
/// while two statements of one fact are already known to tell one happening.
fn propose(
    analysis: &Analysis,
    features: &[Features],
    readings: &super::Readings,
    known: &HashSet<(StatementIdx, StatementIdx)>,
    all: &[Claim],
    well_defined_only: bool,
    allowed: impl Fn(StatementIdx, StatementIdx) -> bool,
) -> Vec<(StatementIdx, StatementIdx, String)> {
    let pairs = claim_pairs(analysis, all, |x, y, pair| {
        allowed(pair.0, pair.1)
            && !known.contains(&pair)
            && (!well_defined_only || met_by_figures_alone(x, y))
    });
    let mut one_quake = OneQuake::new(analysis, features);
    let mut out = Vec::new();
    for (pair, x, _) in pairs {
        if well_defined_only && x.measure.is_magnitude() && !one_quake.both(pair) {
            continue;
        }
        if let Some((_, compared)) = judged_pair(analysis, features, readings, pair) {
            out.push((pair.0, pair.1, format!("{REASON}: {compared}")));
        }
    }
    out.sort();
    out
}

/// May two claims meet by their figures alone: of one well-defined measure
/// ([`number::well_defined_pair`]), or two quakes' magnitudes, which measure the happening
/// itself, of no one (left out of the measures that promote a pair in matching, as two
/// quakes of one set, a quake and its aftershock, give magnitudes too: the caller asks
/// that each article tell one quake, [`OneQuake`]).
fn met_by_figures_alone(x: &Claim, y: &Claim) -> bool {
    number::well_defined_pair((x.quantity, x.measure), (y.quantity, y.measure))
        || (x.measure.is_magnitude() && y.measure.is_magnitude())
}

/// How many days apart two articles' publication makes their quakes two.
const QUAKE_DAYS_APART: i64 = 4;

/// Which articles tell one quake ([`article_tells_one_quake`]), read once per source.
struct OneQuake<'a> {
    analysis: &'a Analysis,
    features: &'a [Features],
    read: std::collections::HashMap<usize, bool>,
}

impl<'a> OneQuake<'a> {
    fn new(analysis: &'a Analysis, features: &'a [Features]) -> Self {
        Self {
            analysis,
            features,
            read: std::collections::HashMap::new(),
        }
    }

    /// Do both statements' articles tell one quake, and the same one as far as their dates
    /// tell? Magnitudes met by their figures alone are of one quake only then: a story that
    /// gives an aftershock's or an earlier quake's magnitude anywhere may lead with either,
    /// and two articles published [`QUAKE_DAYS_APART`] days apart or more, or statements
    /// telling two days, tell two quakes (Papua in 2009 and Aceh in 2013; "Sunday" against
    /// "Thursday" in one county).
    fn both(&mut self, pair: (StatementIdx, StatementIdx)) -> bool {
        let published = |s: StatementIdx| {
            self.analysis
                .source(self.analysis.statement(s).source)
                .meta
                .date
        };
        if let (Some(x), Some(y)) = (published(pair.0), published(pair.1))
            && (x - y).num_days().abs() >= QUAKE_DAYS_APART
        {
            return false;
        }
        let day = |s: StatementIdx| self.quake_day(s);
        if let (Some(x), Some(y)) = (day(pair.0), day(pair.1))
            && x != y
        {
            return false;
        }
        [pair.0, pair.1].into_iter().all(|s| {
            let source = self.analysis.statement(s).source.0;
            *self
                .read
                .entry(source)
                .or_insert_with(|| article_tells_one_quake(self.analysis, self.features, source))
        })
    }

    /// The one weekday the statement gives ("on Sunday morning", "Thursday by a magnitude 4.6
    /// earthquake"), folded. Not its article's: a day there may be the day of telling
    /// ("officials said Saturday").
    fn quake_day(&self, s: StatementIdx) -> Option<String> {
        let mut days = self.features[s.0]
            .parse
            .tokens
            .iter()
            .filter(|t| crate::text::numbers::weekday_of(&t.folded).is_some())
            .map(|t| t.folded.clone());
        let first = days.next()?;
        days.all(|d| d == first).then_some(first)
    }
}

/// Does the article of source `source` give one magnitude, however often, and no other
/// anywhere (an aftershock's, an earlier quake's)?
fn article_tells_one_quake(analysis: &Analysis, features: &[Features], source: usize) -> bool {
    let mut magnitudes = analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.source.0 == source && !s.is_boilerplate())
        .flat_map(|(i, s)| {
            features[i]
                .parse
                .quantities
                .iter()
                .filter(move |q| number::is_magnitude(&features[i], &s.text, q))
                .map(|q| q.value)
        });
    let Some(first) = magnitudes.next() else {
        return false;
    };
    magnitudes.all(|v| v == first)
}

/// Each pair of statements of two sources that two claims of `all` stand in, lower index
/// first, once: with the first two claims that join it for which `keep` holds.
fn claim_pairs<'a, 'f>(
    analysis: &Analysis,
    all: &'a [Claim<'f>],
    mut keep: impl FnMut(&Claim, &Claim, (StatementIdx, StatementIdx)) -> bool,
) -> Vec<((StatementIdx, StatementIdx), &'a Claim<'f>, &'a Claim<'f>)> {
    let source = |s: StatementIdx| analysis.statement(s).source;
    let mut seen: HashSet<(StatementIdx, StatementIdx)> = HashSet::new();
    let mut out = Vec::new();
    for (i, x) in all.iter().enumerate() {
        for y in &all[i + 1..] {
            let pair = (x.statement.min(y.statement), x.statement.max(y.statement));
            if source(x.statement) != source(y.statement)
                && !seen.contains(&pair)
                && keep(x, y, pair)
            {
                seen.insert(pair);
                out.push((pair, x, y));
            }
        }
    }
    out
}

/// The number finding of a link proposed by its figures (see [`is_claim_link`]).
pub fn finding(a: &Side, b: &Side) -> Option<Finding> {
    finding_traced(a, b, &mut Vec::new())
}

/// [`finding`], recording the figures compared and what decided them: a flagged pair
/// whose figures may both be true, or that is placed apart, is kept by that rule.
pub fn finding_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<Finding> {
    let (finding, disjoint) = number::detect_traced(a, b, checks)?;
    let kept = if !disjoint {
        Some(Rule::NotDisjoint)
    } else if number::placed_apart(a, b) {
        Some(Rule::PlacedApart)
    } else {
        None
    };
    if let Some(rule) = kept {
        // The flagged pair is the last one recorded.
        if let Some(last) = checks
            .iter_mut()
            .rev()
            .find(|c| matches!(c.verdict, Verdict::Flagged(_)))
        {
            last.verdict = Verdict::Kept(rule);
        }
        return None;
    }
    Some(finding)
}

#[cfg(test)]
mod tests {
    use super::refers_back;

    #[test]
    fn capitalised_runs_are_names_of_two_words_or_more() {
        assert_eq!(
            super::capitalised_runs(
                "Civilians have fled South Kordofan, many into the border areas of newly independent South Sudan."
            ),
            ["south kordofan", "south sudan"]
        );
        // The first word, a lone capital and a run cut by a mark are no run.
        assert!(
            super::capitalised_runs("Fighting began in July in Talodi, Kadugli and Abyei.")
                .is_empty()
        );
    }

    #[test]
    fn the_place_the_hurt_were_taken_to_is_not_where_they_were_hurt() {
        use crate::conflict::testing::{Written, run};
        let judge = |a: &str, b: &str| {
            run(
                Written::new(a, "Valley Herald").in_article(a),
                Written::new(b, "Coast Wire").in_article(b),
                super::finding,
            )
        };
        let other = "Officials said 14 people were injured, two of them seriously.";
        // Where the hurt were treated is no place of the happening the other report lacks.
        let treated = "Doctors said 40 people were injured and were taken to the district hospital in Morrow and to a clinic in Pell.";
        assert!(judge(treated, other).is_some());
        // A happening at a hospital is placed there: no verb of taking or treating.
        let at_a_hospital =
            "Officials said 40 people were injured in a fire at a hospital in Pell.";
        assert!(judge(at_a_hospital, other).is_none());
        // The place told before the taking is where it happened.
        let before = "Doctors said 40 people were injured in a fire in Pell and were taken to a hospital in Morrow.";
        assert!(judge(before, other).is_none());
    }

    #[test]
    fn places_follow_a_preposition_and_are_not_dates() {
        let places = |text: &str| {
            use crate::conflict::testing::{Written, run};
            run(Written::new(text, "A"), Written::new("", "B"), |a, _| {
                super::number::places(a)
            })
        };
        assert_eq!(
            places("Violence was also reported in Thessaloniki on Thursday in May."),
            ["thessaloniki"]
        );
        assert!(places("Thousands marched through the city centre.").is_empty());
        assert_eq!(
            places("Four died in the Fernwood neighborhood."),
            ["fernwood"]
        );
        assert_eq!(
            places("Clashes in South Sudan's Unity State, near Lake Chad."),
            ["south sudan", "lake chad"]
        );
        assert_eq!(
            places("A quake in eastern China; a rally across the central Athens streets."),
            ["china", "athens"]
        );
    }

    /// The places of the happening a written statement tells of.
    fn happening_places(text: &str) -> Vec<String> {
        use crate::conflict::testing::{Written, run};
        run(Written::new(text, "A"), Written::new("", "B"), |a, _| {
            super::places_of_happening(a)
        })
    }

    #[test]
    fn a_place_where_something_was_said_is_not_where_it_happened() {
        let places = happening_places;
        assert!(
            places("\"There were no casualties in the camp,\" he told journalists in Geneva.")
                .is_empty()
        );
        assert!(places("The minister said in Washington that 12 were killed.").is_empty());
        assert_eq!(
            places("Twelve people were killed in Geneva, police said."),
            ["geneva"]
        );
        assert_eq!(
            places("He told reporters that 12 were killed in Yida."),
            ["yida"]
        );
    }

    #[test]
    fn a_place_in_the_attribution_is_not_where_it_happened() {
        let places = happening_places;
        assert!(
            places(
                "Miabek Lang, the commissioner of Pariang County in Unity State, said that 12 \
                 people were killed."
            )
            .is_empty()
        );
        assert_eq!(
            places("At least 12 people were killed in Yida, the governor of Unity State said."),
            ["yida"]
        );
        // Figures on both sides of the verb: no side is the attribution alone.
        assert_eq!(
            places("Two died in Yida, the governor of Unity State said, and five were hurt."),
            ["yida", "unity state"]
        );
    }

    #[test]
    fn places_are_read_as_the_whitespace_split_read_them() {
        fn old(text: &str) -> Vec<String> {
            let prepositions = [
                "in", "at", "of", "through", "near", "across", "outside", "inside",
            ];
            let words: Vec<&str> = text.split_whitespace().collect();
            let mut out: Vec<String> = Vec::new();
            for (i, w) in words.iter().enumerate() {
                if !prepositions.contains(&w.to_lowercase().as_str()) {
                    continue;
                }
                let mut run: Vec<String> = Vec::new();
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
        let texts = [
            "Violence in Thessaloniki on Thursday in May, IN Athens' (Old Town) streets.",
            "Clashes in South Sudan's Unity State, near Lake Chad; across the İstanbul-Ankara road",
            "in/Paris in — Rome at the U.S. Embassy of “New York” through JOHN'S Place’s yard",
            "outside  the   Big  Apple: inside a Café; of an ȺȺ Tower) near Sts's's X",
            "in\tMarch in\u{a0}Berlin in Monday's rally, at St. Mary's.",
        ];
        for whole in texts {
            for from in (0..=whole.len()).filter(|&i| whole.is_char_boundary(i)) {
                let text = &whole[from..];
                use crate::conflict::testing::{Written, run};
                let new = run(Written::new(text, "A"), Written::new("", "B"), |a, _| {
                    super::number::places(a)
                });
                assert_eq!(new, old(text), "{text:?}");
            }
        }
    }

    /// Run `rule` on one written statement.
    fn on(text: &str, rule: fn(&crate::conflict::Side) -> bool) -> bool {
        use crate::conflict::testing::{Written, run};
        run(Written::new(text, "A"), Written::new("", "B"), |a, _| {
            rule(a)
        })
    }

    /// Statements whose whitespace chunks and tokens differ in every way the rules notice.
    const TRICKY: [&str; 14] = [
        "At least 80 people were killed in the city in November alone.",
        "Two people were killed on November 3.",
        "Seven people were killed in those bombings.",
        "Seven people were killed in the bombing.",
        "killed in/those bombings; in those/bombs, in  those   raids",
        "killed in — those bombings, in -- these attacks, (in) 'those' “shootings”",
        "IN THESE ATTACKS. During These bus-attacks. by those’s s's x/s ab/s",
        "in November, in November. in November; in November) in November 3",
        "since DECEMBER during Dec. throughout March—in May 2020 (in June) in June-July",
        "in\tJanuary\u{a0}alone; in İstanbul those İİs; in thoseİ bombingsİ",
        "  — in those  bombings —  ",
        "in November",
        "-in- -those- -bombings-",
        "",
    ];

    #[test]
    fn a_month_is_a_tally_as_the_whitespace_split_read_it() {
        fn old(text: &str) -> bool {
            let words: Vec<&str> = text.split_whitespace().collect();
            words.windows(2).enumerate().any(|(i, w)| {
                let month = w[1].trim_end_matches([',', '.', ';']);
                let day_follows = words
                    .get(i + 2)
                    .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
                matches!(
                    w[0].to_lowercase().as_str(),
                    "in" | "during" | "throughout" | "since"
                ) && crate::text::numbers::month_number(month).is_some()
                    && !crate::text::numbers::is_month_abbreviation(month)
                    && !day_follows
            })
        }
        assert!(on(TRICKY[0], super::counts_a_month));
        assert!(!on(TRICKY[1], super::counts_a_month));
        for text in TRICKY {
            assert_eq!(on(text, super::counts_a_month), old(text), "{text:?}");
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for part in [&text[..cut], &text[cut..]] {
                    assert_eq!(on(part, super::counts_a_month), old(part), "{part:?}");
                }
            }
        }
    }

    #[test]
    fn a_step_is_told_as_the_lowercased_text_matched_it() {
        use super::{STEP_CUES, tells_a_step};
        use crate::conflict::number::places::names;
        use crate::conflict::testing::{Written, run};
        for text in [
            "Later he sprayed bullets at a bus, injuring three.",
            "On the way, he shot at pedestrians.",
            "on  the way he fired; on the-way; ON THE WAY-out",
            "He was collateral damage, then-mayor said afterwards.",
            "Moments before the blast, NEXT to İstanbul's later-stage café",
            "Zürich’s nextdoor thenceforth latter on the-way",
            "on thE  way, ontheway",
            "",
        ] {
            let old = STEP_CUES.iter().any(|c| names(&text.to_lowercase(), c));
            let new = run(Written::new(text, "A"), Written::new("", "B"), |a, _| {
                tells_a_step(a)
            });
            assert_eq!(new, old, "{text:?}");
        }
    }

    #[test]
    fn a_demonstrative_refers_back_as_the_whitespace_split_read_it() {
        fn old(text: &str) -> bool {
            let words: Vec<String> = text
                .split_whitespace()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            words.windows(3).any(|w| {
                super::BACK_PREPOSITIONS.contains(&w[0].as_str())
                    && ((matches!(w[1].as_str(), "those" | "these")
                        && w[2].len() > 3
                        && w[2].ends_with('s'))
                        || (w[1] == "that" && super::INCIDENT_NOUNS.contains(&w[2].as_str())))
            })
        }
        assert!(on(TRICKY[2], refers_back));
        assert!(!on(TRICKY[3], refers_back));
        // One incident told before, as "that" says; not the story's own ("the incident").
        assert!(on("No one was killed in that incident.", refers_back));
        assert!(!on("No one was killed in the incident.", refers_back));
        for text in TRICKY {
            assert_eq!(on(text, refers_back), old(text), "{text:?}");
            for cut in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                for part in [&text[..cut], &text[cut..]] {
                    assert_eq!(on(part, refers_back), old(part), "{part:?}");
                }
            }
        }
    }
}
