//! Shares of an election: the percentage of the vote a party or a candidate won ("The ruling
//! party won 41.5 percent of the vote"; "the opposition took 31 percent", a verb of winning
//! right before the figure in a statement that tells of an election) and the turnout
//! ("Turnout was 71 percent", "88.41 percent of the country's eligible voters cast their
//! ballots"), each a measure of its own (`VOTE_SHARE`, `TURNOUT`) that the number detector
//! compares like any other. Two shares of the vote are of one measure only when their
//! clauses name a shared holder (a name or a word of who won it, not "party" or "won"): "the
//! ruling party" and "the opposition" won different shares.

use crate::align::Features;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

use super::Measure;
use super::Population;

word_lists::sections! {
    /// Nouns after "percent of (the)" that make a percentage a share of the vote.
    SHARE_OF_VOTE = FIGURE_CUES["share-of-vote"];

    /// Words before a percentage in its clause that make it the turnout.
    TURNOUT_WORDS = FIGURE_CUES["turnout-words"];

    /// Nouns of those who may vote, after "percent of".
    VOTER_NOUNS = FIGURE_CUES["voter-nouns"];

    /// Verbs of voting, for the nouns above.
    VOTING_VERBS = FIGURE_CUES["voting-verbs"];

    /// Verbs of winning right before a share of the vote.
    pub(super) WINNING_VERBS = FIGURE_CUES["winning-verbs"];

    /// Words that make a statement tell of an election.
    ELECTION_WORDS = FIGURE_CUES["election-words"];

    /// Words before a share of the vote that name no one who won it.
    SHARE_HOLDER_GENERIC = FIGURE_CUES["share-holder-generic"];
}

/// How many words after "percent of" may stand before the noun of the vote or of the voters
/// ("of the country's eligible voters").
const OF_REACH_WORDS: usize = 5;

/// How many words before a percentage its clause's word of turnout or holder may stand.
const BEFORE_REACH_WORDS: usize = 8;

/// The clause around the figure: from the last clause mark before it to the first after it.
fn clause(text: &str, q: &Quantity) -> (usize, usize) {
    let marks = ['.', ';', ':', '!', '?'];
    let start = text[..q.start].rfind(marks).map_or(0, |i| i + 1);
    let end = text[q.end..].find(marks).map_or(text.len(), |i| q.end + i);
    (start, end)
}

/// The share a percentage is of, if it is one of an election's (see the module
/// documentation).
pub(super) fn share_of(f: &Features, text: &str, q: &Quantity) -> Option<Measure> {
    if q.kind != QuantityKind::Percent {
        return None;
    }
    let (start, end) = clause(text, q);
    let after: Vec<String> = f
        .parse
        .letter_runs_between(text, q.end, end)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    let of_noun = |nouns: &[&str]| {
        after.first().is_some_and(|w| w == "of")
            && after
                .iter()
                .skip(1)
                .take(OF_REACH_WORDS)
                .any(|w| nouns.contains(&w.as_str()))
    };
    let measure = |event, event_label| Measure {
        event,
        event_label,
        population: Population::Unknown,
    };
    if of_noun(&SHARE_OF_VOTE) {
        return Some(measure(Measure::VOTE_SHARE, "share of the vote"));
    }
    // "The opposition took 31 percent and 89 seats": a verb of winning right before the
    // figure (its bound words are the figure's own), in a statement that tells of an
    // election.
    let won_before = f
        .parse
        .letter_runs_before(text, q.start)
        .take_while(|(at, _)| *at >= start)
        .next()
        .is_some_and(|(_, w)| WINNING_VERBS.contains(&w.as_str()));
    if won_before && tells_an_election(f, text) {
        return Some(measure(Measure::VOTE_SHARE, "share of the vote"));
    }
    let before: Vec<String> = f
        .parse
        .letter_runs_before(text, q.start)
        .take_while(|(at, _)| *at >= start)
        .take(BEFORE_REACH_WORDS)
        .map(|(_, w)| w)
        .collect();
    let turnout = before.iter().any(|w| TURNOUT_WORDS.contains(&w.as_str()))
        || (of_noun(&VOTER_NOUNS) && after.iter().any(|w| VOTING_VERBS.contains(&w.as_str())));
    turnout.then(|| measure(Measure::TURNOUT, "turnout"))
}

/// Who won a share of the vote, as the words of its clause before the figure and after any
/// figure before it ("Smith won 51.3 percent of the vote, while Jones took 48.7 percent":
/// Jones took the second): its names and content words, folded, without the verbs of
/// winning, the kinds of those who stand and the words of the vote. A figure with no such
/// words is the earlier figure's holder's ("The ruling party won 52 percent of the vote and
/// 183 of the 300 seats": the ruling party won both).
pub(crate) fn share_holder(f: &Features, text: &str, q: &Quantity) -> Vec<String> {
    let (clause_start, _) = clause(text, q);
    let previous = f
        .parse
        .quantities
        .iter()
        .filter(|x| x.end <= q.start && x.start >= clause_start)
        .max_by_key(|x| x.end);
    let start = previous.map_or(clause_start, |p| p.end);
    let words: Vec<String> = f
        .terms
        .iter()
        .filter(|t| t.start >= start && t.end <= q.start)
        .map(|t| t.surface.to_lowercase())
        .filter(|w| {
            !SHARE_HOLDER_GENERIC.contains(&w.as_str()) && !SHARE_OF_VOTE.contains(&w.as_str())
        })
        .collect();
    match previous {
        Some(p) if words.is_empty() => share_holder(f, text, p),
        _ => words,
    }
}

/// Does the statement tell of an election (a word of [`ELECTION_WORDS`])?
pub(crate) fn tells_an_election(f: &Features, text: &str) -> bool {
    f.parse
        .letter_runs_between(text, 0, text.len())
        .iter()
        .any(|(_, w)| ELECTION_WORDS.contains(&w.as_str()))
}
