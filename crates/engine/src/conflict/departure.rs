//! Departure conflicts (kind `status`): one outlet tells that a named person left a post of
//! their own accord ("Nazarbayev would step down as head of the security council",
//! "resigned"), another that the person was removed ("Tokayev fired Nazarbayev as head of
//! the powerful Security Council", "was dismissed", "was forced to resign").
//!
//! A departure is read around its verb (the lists of `assets/lexicon/departures.txt`):
//! - leaving ("resigned", "stepped down", "quit"): the person is the name before the verb,
//!   past auxiliaries and adverbs ("would", "had been") and at most one comma (an
//!   apposition's end: "81-year-old Nursultan Nazarbayev, would step down"); a word of
//!   forcing before the verb ("was forced to resign") makes it a removal;
//! - removing ("fired", "dismissed", "ousted"): passive, the name before "was" or "been"
//!   ("Cheeks was fired"); active, the run of capitalised words right after the verb, its
//!   last word ("fired Coach Maurice Cheeks"); "fired at" and "fired on" are shooting;
//! - a negation before the verb ("did not resign", "refused to step down") reads none;
//! - the post follows: "as" or "from" and its words up to punctuation or a word that ends
//!   it ("as head of the security council on Wednesday").
//!
//! A name is a capitalised word that is no stop word, weekday, month or place word.
//!
//! Two departures of one person (the same last name) told in different manners disagree
//! when neither names a post, or when both do and one post's words hold the other's. A post
//! named by one side only, or two posts apart, may be two departures ("stepped down as
//! president in 2019" against "fired as head of the security council"). Reports more than
//! three days apart may tell how things went on (an offer to resign, then a dismissal), so
//! they are not compared. Soft: outlets frame one departure two ways.

use crate::model::{ConflictKind, Severity};
use crate::text::numbers::{is_month_name, is_weekday_word};
use crate::text::{lexicon, word_lists};

use super::actor::{Word, holds_all, is_capitalized, name_as_written, words};
use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Verbs of leaving of one's own accord. This module's lists are sections of
    /// `assets/lexicon/departures.txt`, by name.
    LEAVING = DEPARTURES["leaving"];

    /// Verbs of leaving that leave only with a particle after them.
    PARTICLE_VERBS = DEPARTURES["particle-verbs"];

    /// Words after such a verb that make it a leaving.
    LEAVING_PARTICLES = DEPARTURES["leaving-particles"];

    /// Verbs of removing a person from a post.
    REMOVING = DEPARTURES["removing"];

    /// Words before a verb of leaving that make it a removal.
    FORCING = DEPARTURES["forcing"];

    /// Words that may stand between a person and a verb of departure.
    BETWEEN = DEPARTURES["between"];

    /// Auxiliaries that make the verb after them passive.
    PASSIVE_AUXILIARIES = DEPARTURES["passive-auxiliaries"];

    /// Words that make a departure none.
    NEGATIONS = DEPARTURES["negations"];

    /// Verbs of removing that are also verbs of shooting.
    SHOOTING_VERBS = DEPARTURES["shooting-verbs"];

    /// Words right after a verb of shooting that make it shooting.
    SHOOTING = DEPARTURES["shooting"];

    /// Prepositions that open the post left.
    POST_OPENERS = DEPARTURES["post-openers"];

    /// Words that end the post.
    POST_ENDS = DEPARTURES["post-ends"];

    /// Words of a post that name nothing of it.
    POST_FILLERS = DEPARTURES["post-fillers"];
}

/// Articles further apart than this tell different steps of a story.
const MAX_SAME_NEWS_DAYS: i64 = 3;

/// The most words of a post.
const MAX_POST_WORDS: usize = 10;

/// How a person left a post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Manner {
    /// Of their own accord: resigned, stepped down.
    Left,
    /// Removed: fired, dismissed, forced to resign.
    Removed,
}

impl Manner {
    fn describe(self) -> &'static str {
        match self {
            Self::Left => "left of their own accord",
            Self::Removed => "removed",
        }
    }
}

/// One departure a statement tells.
#[derive(Debug, Clone, PartialEq)]
struct Departure {
    /// The person's last name, folded.
    person: String,
    manner: Manner,
    /// From the verb (or the person before it) to the end of the post, as written.
    written: String,
    /// The post's words, fillers dropped, folded; empty when no post is named.
    post: Vec<String>,
    /// The post as written ("head of the security council"), when one is named.
    post_written: Option<String>,
}

/// Is the word a person's name: capitalised, no stop word ("He", "The"), weekday, month or
/// place word?
fn is_name(w: &Word) -> bool {
    is_capitalized(w)
        && !lexicon::is_stop_word(&w.lower)
        && !is_weekday_word(&w.lower)
        && !is_month_name(&w.lower)
        && !lexicon::is_place_word(&w.lower)
}

/// May the statement tell a departure: does one of its folded tokens open one? A look
/// before its words are read.
fn may_tell_a_departure(side: &Side) -> bool {
    side.features.parse.tokens.iter().any(|t| {
        let folded = t.folded.as_str();
        LEAVING.contains(&folded) || REMOVING.contains(&folded)
    })
}

/// The departures a statement tells.
fn departures(side: &Side) -> Vec<Departure> {
    if !may_tell_a_departure(side) {
        return Vec::new();
    }
    let text = side.text();
    let ws = words(text, &side.features.parse);
    let mut out = Vec::new();
    for (i, verb) in ws.iter().enumerate() {
        let lower = verb.lower.as_str();
        let found = if LEAVING.contains(&lower) {
            leaving_at(&ws, i)
        } else if REMOVING.contains(&lower) {
            removal_at(&ws, i)
        } else {
            None
        };
        let Some((person_at, manner, last)) = found else {
            continue;
        };
        let (post, post_end) = post_after(&ws, last);
        let post_written =
            (post_end > last + 1).then(|| text[ws[last + 2].start..ws[post_end].end].to_string());
        // Told from the words after the person ("would step down", "was fired") or from
        // the verb before the person ("fired Nazarbayev").
        let start = ws[if person_at < i { person_at + 1 } else { i }].start;
        out.push(Departure {
            person: ws[person_at].lower.clone(),
            manner,
            written: text[start..ws[post_end].end].to_string(),
            post,
            post_written,
        });
    }
    out
}

/// The words before `verb` skipped back to its subject: auxiliaries, adverbs and forcing
/// words, at most one comma. Returns the subject's index, whether a word of forcing was
/// passed, and whether a passive's auxiliary was; `None` at a negation.
fn subject_before(ws: &[Word], verb: usize) -> Option<(usize, bool, bool)> {
    let (mut forced, mut passive, mut commas) = (false, false, 0);
    let mut j = verb;
    while j > 0 {
        j -= 1;
        let w = &ws[j];
        let lower = w.lower.as_str();
        if w.break_after {
            commas += 1;
            if commas > 1 {
                return None;
            }
        }
        if NEGATIONS.contains(&lower) || lower.ends_with("n't") {
            return None;
        }
        if FORCING.contains(&lower) {
            forced = true;
        } else if BETWEEN.contains(&lower) {
            passive |= PASSIVE_AUXILIARIES.contains(&lower);
        } else {
            return Some((j, forced, passive));
        }
    }
    None
}

/// A leaving at `ws[at]` ("resigned", "stepped down"): the person's index, the manner and
/// the departure's last word.
fn leaving_at(ws: &[Word], at: usize) -> Option<(usize, Manner, usize)> {
    let mut last = at;
    if PARTICLE_VERBS.contains(&ws[at].lower.as_str()) {
        let particle = ws.get(at + 1)?;
        if ws[at].break_after || !LEAVING_PARTICLES.contains(&particle.lower.as_str()) {
            return None;
        }
        last = at + 1;
    }
    let (person, forced, _) = subject_before(ws, at)?;
    // Only a name ends the walk back: "the government resigned" names no person.
    if !is_name(&ws[person]) {
        return None;
    }
    let manner = if forced {
        Manner::Removed
    } else {
        Manner::Left
    };
    Some((person, manner, last))
}

/// A removal at `ws[at]` ("was fired", "fired Coach Maurice Cheeks"): the person's index,
/// the manner and the departure's last word.
fn removal_at(ws: &[Word], at: usize) -> Option<(usize, Manner, usize)> {
    if SHOOTING_VERBS.contains(&ws[at].lower.as_str())
        && ws
            .get(at + 1)
            .is_some_and(|n| !ws[at].break_after && SHOOTING.contains(&n.lower.as_str()))
    {
        return None;
    }
    let (before, _, passive) = subject_before(ws, at)?;
    if passive {
        return is_name(&ws[before]).then_some((before, Manner::Removed, at));
    }
    // Active: the capitalised run right after the verb, its last name; a possessive names
    // whose someone else is ("removed Nazarbayev's nephew"). A post written in lowercase
    // may come first, its last word a post's head ("fired interior minister Suella
    // Braverman").
    let mut last_name = None;
    let mut j = at;
    let lowercase_post = (at + 1..ws.len())
        .take_while(|&k| !is_capitalized(&ws[k]) && !ws[k - 1].break_after)
        .take(MAX_POST_WORDS_BEFORE_NAME + 1)
        .collect::<Vec<usize>>();
    // Only after a past form: "fire officer Peter Guest" is a fire service's officer.
    let past = ws[at].lower.ends_with("ed");
    if let Some(&head) = lowercase_post.last()
        && past
        && lowercase_post.len() <= MAX_POST_WORDS_BEFORE_NAME
        && super::age::is_post_head(&ws[head].lower)
        && !ws[head].break_after
        && ws.get(head + 1).is_some_and(is_capitalized)
    {
        j = head;
    }
    while let Some(w) = ws.get(j + 1) {
        if ws[j].break_after || !is_capitalized(w) || is_weekday_word(&w.lower) {
            break;
        }
        j += 1;
        if w.possessive {
            return None;
        }
        last_name = Some(j).filter(|&k| is_name(&ws[k]));
    }
    last_name.map(|k| (k, Manner::Removed, k))
}

/// The most lowercase words of a post between a verb of removing and the name ("interior
/// minister").
const MAX_POST_WORDS_BEFORE_NAME: usize = 3;

/// The post named after `ws[last]`: its words (fillers dropped, folded) and the index of its
/// last word (`last` itself when none is named).
fn post_after(ws: &[Word], last: usize) -> (Vec<String>, usize) {
    let Some(opener) = ws.get(last + 1) else {
        return (Vec::new(), last);
    };
    if ws[last].break_after || !POST_OPENERS.contains(&opener.lower.as_str()) {
        return (Vec::new(), last);
    }
    let mut post = Vec::new();
    let mut end = last;
    let mut j = last + 2;
    while let Some(w) = ws.get(j) {
        if POST_ENDS.contains(&w.lower.as_str())
            || is_weekday_word(&w.lower)
            || j - last - 1 > MAX_POST_WORDS
        {
            break;
        }
        if !POST_FILLERS.contains(&w.lower.as_str()) {
            post.push(w.lower.clone());
        }
        end = j;
        if w.break_after {
            break;
        }
        j += 1;
    }
    (post, end)
}

/// The persons whose departures the statement tells (the keys two statements must share to
/// be compared).
pub(crate) fn persons_of(side: &Side) -> Vec<String> {
    departures(side).into_iter().map(|d| d.person).collect()
}

/// The departures the statement tells, as (person's last name, manner, the post as written
/// if named, the departure as written), for the claims of the JSON contract.
pub(crate) fn departure_claims(side: &Side) -> Vec<(String, Manner, Option<String>, String)> {
    departures(side)
        .into_iter()
        .map(|d| (d.person, d.manner, d.post_written, d.written))
        .collect()
}

/// Why two departures of one person told in different manners may both be true, if they
/// may (see the module documentation).
fn kept_apart(x: &Departure, y: &Departure) -> Option<Rule> {
    match (x.post.is_empty(), y.post.is_empty()) {
        (true, true) => None,
        (false, false) if holds_all(&x.post, &y.post) || holds_all(&y.post, &x.post) => None,
        (false, false) => Some(Rule::PostsApart),
        _ => Some(Rule::PostOnOneSide),
    }
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    detect_traced(a, b, &mut Vec::new())
}

/// [`detect`], recording in `checks` every pair of one person's departures told in
/// different manners and what decided it: the first pair flagged, or the rule that kept
/// each pair before it.
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<Finding> {
    if !may_tell_a_departure(a) || !may_tell_a_departure(b) {
        return None;
    }
    let days_apart = matches!((a.article_date, b.article_date),
        (Some(da), Some(db)) if (da - db).num_days().abs() > MAX_SAME_NEWS_DAYS);
    let (xs, ys) = (departures(a), departures(b));
    for x in &xs {
        for y in ys
            .iter()
            .filter(|y| y.person == x.person && y.manner != x.manner)
        {
            let kept = if days_apart {
                Some(Rule::DaysApart)
            } else {
                kept_apart(x, y)
            };
            checks.push(Check {
                value_a: x.written.clone(),
                value_b: y.written.clone(),
                verdict: kept.map_or(Verdict::Flagged(Severity::Soft), Verdict::Kept),
            });
            if kept.is_some() {
                continue;
            }
            let person = name_as_written(a.text(), &x.person);
            return Some(Finding {
                kind: ConflictKind::Status,
                severity: Severity::Soft,
                explanation: format!(
                    "how {person} left differs: {} reports “{}” ({}); {} reports “{}” ({})",
                    a.attribution_label(),
                    x.written,
                    x.manner.describe(),
                    b.attribution_label(),
                    y.written,
                    y.manner.describe()
                ),
                value_a: Some(x.written.clone()),
                value_b: Some(y.written.clone()),
                subject: Subject::OfItsKind,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each, verdicts};

    /// Pairs that tell one departure in two manners: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("stepping down against fired, one post", "Tokayev also announced that his predecessor and benefactor, 81-year-old Nursultan Nazarbayev, would step down as head of the security council.", "Seemingly trying to appease public anger, Tokayev fired Nazarbayev as head of the powerful Security Council on Wednesday and took over himself."),
        ("resigned against dismissed, no post named", "Interior minister Anna Varga resigned on Monday, the agency said.", "Anna Varga was dismissed on Monday, the agency said."),
        ("forced to resign is a removal", "The club said coach Tom Ellery had resigned as manager of the first team.", "Tom Ellery was forced to resign as manager of the first team, players said."),
        ("a lowercase post before the name removed", "British Prime Minister Rishi Sunak fired interior minister Suella Braverman on Monday.", "British Home Secretary Suella Braverman resigned on Monday, her office said."),
    ];

    #[test]
    fn a_fire_service_s_officer_is_no_one_removed() {
        let side_departures = |text: &str| {
            use crate::conflict::testing::{Written, alone};
            alone(Written::new(text, "Daily Ledger"), |a| departures(a).len())
        };
        assert_eq!(
            side_departures(
                "Assistant chief fire officer Peter Guest described the building as a total loss."
            ),
            0
        );
        assert_eq!(
            side_departures("A year ago, the Sixers fired president Billy King and replaced him."),
            1
        );
    }

    #[test]
    fn one_departure_told_two_ways_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// Pairs that are no disagreement: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same manner", "Maurice Cheeks was fired Saturday as coach of the Philadelphia 76ers.", "The Philadelphia 76ers fired Coach Maurice Cheeks Saturday morning after a 9-14 start."),
        ("two posts", "Nazarbayev stepped down as president in 2019 and kept his seat.", "Tokayev fired Nazarbayev as head of the powerful Security Council on Wednesday."),
        ("a post named by one side only", "Nazarbayev stepped down in 2019 and kept wide powers.", "Tokayev fired Nazarbayev as head of the powerful Security Council on Wednesday."),
        ("different people", "That is the same date that Larry Brown resigned from the Sixers.", "Maurice Cheeks was fired Saturday as coach of the Sixers."),
        ("shooting", "A deputy fired at Church during the traffic stop.", "Church resigned from the club last year."),
        ("a negation", "Anna Varga refused to resign on Monday, the agency said.", "Anna Varga was dismissed on Monday, the agency said."),
        ("no person named", "The government resigned on Wednesday.", "Tokayev dismissed the government on Wednesday."),
        ("a pronoun is no name", "He resigned on Monday, the agency said.", "He was dismissed on Monday, the agency said."),
        ("a possessive names someone else", "Nazarbayev resigned from the committee.", "He removed Nazarbayev's nephew from the committee."),
    ];

    #[test]
    fn departures_that_may_both_be_true_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn every_compared_pair_of_departures_records_what_decided_it() {
        let decided = |case| verdicts(case, detect_traced);
        assert_eq!(decided(FLAGGED[0]), [Verdict::Flagged(Severity::Soft)]);
        assert_eq!(decided(NOT_FLAGGED[1]), [Verdict::Kept(Rule::PostsApart)]);
        assert_eq!(
            decided(NOT_FLAGGED[2]),
            [Verdict::Kept(Rule::PostOnOneSide)]
        );
        // The same manner, or another person: nothing compared.
        assert!(decided(NOT_FLAGGED[0]).is_empty());
        assert!(decided(NOT_FLAGGED[3]).is_empty());
    }

    #[test]
    fn the_explanation_names_the_person_both_reports_and_both_manners() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "how Nazarbayev left differs: Daily Ledger reports “would step down as head of the security council” (left of their own accord); Evening Post reports “fired Nazarbayev as head of the powerful Security Council” (removed)"
        );
    }
}
