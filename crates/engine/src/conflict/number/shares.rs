//! Shares of an election: the percentage of the vote a party or a candidate won ("The ruling
//! party won 41.5 percent of the vote"; "the opposition took 31 percent", a verb of winning
//! right before the figure in a statement that tells of an election) and the turnout
//! ("Turnout was 71 percent", "88.41 percent of the country's eligible voters cast their
//! ballots"), each a measure of its own (`VOTE_SHARE`, `TURNOUT`) that the number detector
//! compares like any other. Two shares of the vote are of one measure only when their
//! clauses name a shared holder (a name or a word of who won it, not "party" or "won"): "the
//! ruling party" and "the opposition" won different shares.

use std::collections::HashSet;
use std::sync::LazyLock;

use crate::align::Features;
use crate::text::normalize::Term;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

use super::Measure;
use super::Population;

word_lists::sections! {
    /// Nouns after "percent of (the)" that make a percentage a share of the vote.
    SHARE_OF_VOTE = FIGURE_CUES["share-of-vote"];

    /// Verbs of beating a rival ("beating", "defeated"): who won stands before one.
    DEFEATING_VERBS = FIGURE_CUES["defeating-verbs"];

    /// Words after "of the ballots" that make a percentage the count's progress
    /// ("counted").
    COUNTING_PROGRESS = FIGURE_CUES["counting-progress"];

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

    /// Verbs of a party's place in an election ("came second with 29.1 percent").
    PLACING_VERBS = FIGURE_CUES["placing-verbs"];

    /// A party's places in an election ("second").
    PLACINGS = FIGURE_CUES["placings"];

    /// Words before a share of the vote that name no one who won it.
    SHARE_HOLDER_GENERIC = FIGURE_CUES["share-holder-generic"];

    /// Words joining a second share of the vote to a first in one sentence.
    SHARE_JOINERS = FIGURE_CUES["share-joiners"];
}

/// How many words may stand between a share of the vote and a second share joined to it
/// ("of the vote and Labour").
const JOINED_REACH_WORDS: usize = 6;

/// How many words after "percent of" may stand before the noun of the vote or of the voters
/// ("of the country's eligible voters").
const OF_REACH_WORDS: usize = 5;

/// How many words before a percentage its clause's word of turnout or holder may stand.
const BEFORE_REACH_WORDS: usize = 8;

/// The clause around the figure: from the last clause mark before it to the first after it
/// (a point between two digits is a decimal point: "won 36.9 percent"), the clause that
/// opens a statement starting after its dateline.
fn clause(text: &str, q: &Quantity) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_mark = |i: usize| {
        matches!(bytes[i], b';' | b':' | b'!' | b'?')
            || (bytes[i] == b'.' && !super::between_digits(text, i))
    };
    // A dateline is no part of the first clause ("LISBON (Reuters) - The Socialists won"):
    // two outlets in one city would share its name as a holder's.
    let story_start = crate::corpus::meta::dateline_end(text).filter(|&d| d <= q.start);
    let start = (0..q.start)
        .rev()
        .find(|&i| is_mark(i))
        .map_or(0, |i| i + 1)
        .max(story_start.unwrap_or(0));
    let end = (q.end..text.len())
        .find(|&i| is_mark(i))
        .unwrap_or(text.len());
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
        // "with 92% of ballots counted": how much of the count is done, no one's share.
        let progress = after
            .iter()
            .skip(1)
            .take(OF_REACH_WORDS)
            .position(|w| SHARE_OF_VOTE.contains(&w.as_str()))
            .and_then(|i| after.get(i + 2))
            .is_some_and(|w| COUNTING_PROGRESS.contains(&w.as_str()));
        return (!progress).then(|| measure(Measure::VOTE_SHARE, "share of the vote"));
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
    // "The Democratic Rally came second with 29.1 percent": a party's place and its share.
    let placed_before = {
        let runs: Vec<String> = f
            .parse
            .letter_runs_before(text, q.start)
            .take_while(|(at, _)| *at >= start)
            .take(3)
            .map(|(_, w)| w)
            .collect();
        matches!(runs.as_slice(), [with, place, verb]
            if with == "with" && PLACINGS.contains(&place.as_str()) && PLACING_VERBS.contains(&verb.as_str()))
    };
    // A share won in an article that opens with an election is of its vote, whatever the
    // statement's own words ("Gonzalez, who won 44.4%, said she would not recognize the
    // result").
    if (won_before || placed_before) && (tells_an_election(f, text) || f.in_an_election_article) {
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
    if turnout {
        return Some(measure(Measure::TURNOUT, "turnout"));
    }
    joined_to_a_share(f, text, q).then(|| measure(Measure::VOTE_SHARE, "share of the vote"))
}

/// Is the percentage a second share joined to a share of the vote before it in its
/// sentence ("won 36.9 percent of the vote, against 30.4 percent for Labour"; "took 37
/// percent of the vote and Labour 31 percent"; "by 52 percent to 48 percent")? A
/// percentage whose figure right before it is a share, with a word of [`SHARE_JOINERS`]
/// among the few words between (seats after a share are the share holder's: "won 52
/// percent of the vote and 183 of the 300 seats").
fn joined_to_a_share(f: &Features, text: &str, q: &Quantity) -> bool {
    if q.kind != QuantityKind::Percent {
        return false;
    }
    let (start, _) = clause(text, q);
    let Some(previous) = f
        .parse
        .quantities
        .iter()
        .filter(|x| x.end <= q.start && x.start >= start)
        .max_by_key(|x| x.end)
    else {
        return false;
    };
    let between: Vec<String> = f
        .parse
        .letter_runs_between(text, previous.end, q.start)
        .into_iter()
        .map(|(_, w)| w)
        .collect();
    between.len() <= JOINED_REACH_WORDS
        && between.iter().any(|w| SHARE_JOINERS.contains(&w.as_str()))
        && share_of(f, text, previous).is_some_and(|m| m.event == Measure::VOTE_SHARE)
}

/// The holder named after a share ("30.4 percent for Labour"): the words after "for", up
/// to the next figure or mark of a clause.
fn holder_after<'f>(f: &'f Features, text: &str, q: &Quantity) -> Option<Vec<&'f Term>> {
    let (_, clause_end) = clause(text, q);
    let next_figure = f
        .parse
        .quantities
        .iter()
        .filter(|x| x.start >= q.end)
        .map(|x| x.start)
        .min()
        .unwrap_or(text.len());
    let comma = text[q.end..]
        .find([',', '(', ')', '—', '–'])
        .map_or(text.len(), |i| q.end + i);
    let end = clause_end.min(next_figure).min(comma);
    let runs = f.parse.letter_runs_between(text, q.end, end);
    let (for_at, first) = runs.first()?;
    if first != "for" {
        return None;
    }
    let words: Vec<&Term> = f
        .terms
        .iter()
        .filter(|t| t.start > *for_at && t.end <= end)
        .filter(|t| !names_no_holder(&t.surface.to_lowercase()))
        .collect();
    (!words.is_empty()).then_some(words)
}

/// Stems of the words of [`SHARE_HOLDER_GENERIC`]: a verb of winning in any of its forms
/// ("took", "taking") names no holder.
static SHARE_HOLDER_GENERIC_STEMS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    SHARE_HOLDER_GENERIC
        .iter()
        .map(|w| crate::text::stem::stem(w))
        .collect()
});

/// Does the word `w` (lowercase) name no one who won a share: a word of the vote or of an
/// election, a verb of winning or a kind of those who stand in any form
/// ([`SHARE_HOLDER_GENERIC_STEMS`]), a day or a month ("Sunday's vote"), or an owner ("Portugal's
/// ruling Socialists": the country has no share of its own vote)?
fn names_no_holder(w: &str) -> bool {
    let possessive = w.ends_with("'s") || w.ends_with("’s");
    possessive
        || SHARE_OF_VOTE.contains(&w)
        || ELECTION_WORDS.contains(&w)
        || crate::text::numbers::is_month_name(w)
        || crate::text::numbers::weekday_of(w).is_some()
        || SHARE_HOLDER_GENERIC_STEMS.contains(&crate::text::stem::stem(w))
}

/// Who won a share of the vote, as the words of its clause before the figure and after any
/// figure before it ("Smith won 51.3 percent of the vote, while Jones took 48.7 percent":
/// Jones took the second): its names and content words, folded, without the verbs of
/// winning, the kinds of those who stand and the words of the vote. A figure with no such
/// words is the earlier figure's holder's ("The ruling party won 52 percent of the vote and
/// 183 of the 300 seats": the ruling party won both).
pub(crate) fn share_holder(f: &Features, text: &str, q: &Quantity) -> Vec<String> {
    match holder_source(f, text, q) {
        HolderSource::After(words) | HolderSource::Before { words, .. } => {
            words.iter().map(|t| t.surface.to_lowercase()).collect()
        }
        HolderSource::Rank { rank, .. } => vec![format!("#{rank}")],
    }
}

/// Is the word (lowercase) a verb of winning ("won", "taking") or of a party's place
/// ("came", "finished")? Who won stands before it.
fn is_winning_or_placing(w: &str) -> bool {
    WINNING_VERBS.contains(&w) || PLACING_VERBS.contains(&w)
}

/// Is the count one won by someone: a verb of winning stands between it and the figure
/// before it in its clause (or the clause's start), or nothing of its own stands there and
/// the figure before it was won ("took 31 percent and 89 seats")? "288 candidates running
/// for 125 seats" counts what is stood for, no one's win.
pub(crate) fn is_won(f: &Features, text: &str, q: &Quantity) -> bool {
    let (previous, own_words) = holder_words(f, text, q);
    let (clause_start, _) = clause(text, q);
    let start = previous.map_or(clause_start, |p| p.end);
    if f.parse
        .letter_runs_between(text, start, q.start)
        .iter()
        .any(|(_, w)| is_winning_or_placing(w))
    {
        return true;
    }
    match previous {
        Some(p) if own_words.is_empty() => is_won(f, text, p),
        _ => false,
    }
}

/// The name of who won a share of the vote or seats (see [`party_of`]).
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    /// The name as written ("Democratic Rally").
    pub written: String,
    /// What another writing of the name meets it on: the stems of its words ("socialist"
    /// for "Socialist-led" and "Socialists"), and for a name of two or more words its
    /// initials with the capitalised word after it ("snp" for "Scottish National Party",
    /// whose "Party" names no one).
    pub keys: Vec<String>,
}

impl Party {
    /// Do two writings of a party's name meet: a key in common ("Socialist-led alliance"
    /// and "ruling Socialists", "Scottish National Party" and "SNP")?
    pub fn meets(&self, other: &Party) -> bool {
        self.keys.iter().any(|k| other.keys.contains(k))
    }
}

/// The name of who won a share of the vote or seats, as [`share_holder`]'s words write it:
/// the last run of capitalised words that is not a name after "of" ("The Socialists of
/// Prime Minister Ana Costa have won": the Socialists; "Costa said she would seek a
/// coalition with the Greens, who won 12 seats": the Greens).
pub(crate) fn party_of(f: &Features, text: &str, q: &Quantity) -> Option<Party> {
    let terms = match holder_source(f, text, q) {
        HolderSource::After(words) | HolderSource::Before { words, .. } => words,
        HolderSource::Rank { .. } => return None,
    };
    let after_of = |t: &Term| {
        f.parse
            .words_before(text, t.start)
            .next()
            .is_some_and(|(_, w)| w == "of")
    };
    let mut runs: Vec<Vec<&Term>> = Vec::new();
    let mut previous_end: Option<usize> = None;
    for t in terms {
        let capitalised = t.surface.chars().next().is_some_and(char::is_uppercase);
        if !capitalised {
            previous_end = None;
            continue;
        }
        let joined = previous_end.is_some_and(|end| {
            text.get(end..t.start)
                .is_some_and(|between| between.chars().all(|c| c == ' ' || c == '-'))
        });
        match runs.last_mut() {
            Some(run) if joined => run.push(t),
            _ => runs.push(vec![t]),
        }
        previous_end = Some(t.end);
    }
    let run = runs.into_iter().rev().find(|run| !after_of(run[0]))?;
    let words: Vec<&str> = run
        .iter()
        .flat_map(|t| t.surface.split_whitespace())
        .collect();
    let mut keys = vec![
        words
            .iter()
            .map(|w| crate::text::stem::stem(&w.to_lowercase()))
            .collect::<Vec<_>>()
            .join(" "),
    ];
    // A capitalised word right after the run names no one alone ("Party", "Alliance") but
    // is part of the name as written.
    let last_end = run.last().map_or(0, |t| t.end);
    let next = text[last_end..]
        .split_whitespace()
        .next()
        .filter(|w| w.chars().all(char::is_alphabetic))
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase));
    let named: Vec<&str> = words.iter().copied().chain(next).collect();
    if words.len() >= 2 {
        let initials: String = named
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect();
        keys.push(initials);
    }
    Some(Party {
        written: named.join(" "),
        keys,
    })
}

/// Where a figure's holder is told (see [`share_holder`]).
enum HolderSource<'q> {
    /// After the figure: "30.4 percent for Labour".
    After(Vec<&'q Term>),
    /// Nowhere of its own, the figure being its sentence's share number `rank` ("by 52
    /// percent to 48 percent").
    Rank { rank: usize, figure: &'q Quantity },
    /// In the words before `figure`: the figure asked of, or the earlier one whose holder
    /// it shares ("The ruling party won 52 percent of the vote and 183 of the 300 seats").
    Before {
        figure: &'q Quantity,
        words: Vec<&'q Term>,
    },
}

/// Where the holder of `q` is told, following a figure with no words of its own back to
/// the one before it.
fn holder_source<'q>(f: &'q Features, text: &str, q: &'q Quantity) -> HolderSource<'q> {
    if let Some(named_after) = holder_after(f, text, q) {
        return HolderSource::After(named_after);
    }
    let (previous, words) = holder_words(f, text, q);
    match previous {
        // "by 52 percent to 48 percent": a second share with no words of its own is its
        // sentence's second share, not the first's holder's.
        Some(_) if words.is_empty() && joined_to_a_share(f, text, q) => {
            let (clause_start, _) = clause(text, q);
            let rank = f
                .parse
                .quantities
                .iter()
                .filter(|x| x.start >= clause_start && x.start <= q.start)
                .filter(|x| x.kind == QuantityKind::Percent)
                .count();
            HolderSource::Rank { rank, figure: q }
        }
        Some(p) if words.is_empty() => holder_source(f, text, p),
        _ => HolderSource::Before { figure: q, words },
    }
}

/// The figure before `q` in its clause, and the words of the terms between it (or the
/// clause's start) and `q` that may name who won `q`, folded: without the verbs of
/// winning, the kinds of those who stand and the words of the vote.
fn holder_words<'f>(
    f: &'f Features,
    text: &str,
    q: &Quantity,
) -> (Option<&'f Quantity>, Vec<&'f Term>) {
    let (previous, terms) = terms_before(f, text, q);
    let terms: Vec<&Term> = terms.collect();
    // Who won stands before the verb of winning; what follows it is what was won ("Portugal's
    // ruling Socialists won a general election on Sunday, capturing 41 percent").
    // Nor does a rival beaten ("beating leftist Luisa González with 56%").
    let before_verb = terms
        .iter()
        .position(|t| {
            let w = t.surface.to_lowercase();
            is_winning_or_placing(&w) || DEFEATING_VERBS.contains(&w.as_str())
        })
        .unwrap_or(terms.len());
    let words = terms
        .into_iter()
        .take(before_verb)
        .filter(|t| !names_no_holder(&t.surface.to_lowercase()))
        .collect();
    (previous, words)
}

/// The figure before `q` in its clause, and the terms between it (or the clause's start)
/// and `q`.
fn terms_before<'f>(
    f: &'f Features,
    text: &str,
    q: &Quantity,
) -> (
    Option<&'f Quantity>,
    impl Iterator<Item = &'f crate::text::normalize::Term> + use<'f>,
) {
    let (clause_start, _) = clause(text, q);
    // Only a share or a count holds a holder of its own: "Chega, a populist party founded
    // five years ago, won 48 seats" is Chega's, not "ago"'s.
    let previous = f
        .parse
        .quantities
        .iter()
        .filter(|x| x.end <= q.start && x.start >= clause_start)
        .filter(|x| matches!(x.kind, QuantityKind::Percent | QuantityKind::Count))
        .max_by_key(|x| x.end);
    let start = previous.map_or(clause_start, |p| p.end);
    let end = q.start;
    let terms = f
        .terms
        .iter()
        .filter(move |t| t.start >= start && t.end <= end);
    (previous, terms)
}

/// Do two shares (or seats) of an election name one holder: a word in common, or one
/// holder's short word spelling the initials of the other's name ("SNP" and "the Scottish
/// National Party"; "UKIP" and "the UK Independence Party", a short capitalised word
/// giving all its letters)?
pub(super) fn holders_meet(
    (fa, ta, qa): (&Features, &str, &Quantity),
    (fb, tb, qb): (&Features, &str, &Quantity),
) -> bool {
    let (ha, hb) = (share_holder(fa, ta, qa), share_holder(fb, tb, qb));
    // Words meet by stem: "the Socialist-led alliance" and "the ruling Socialists".
    let stems = |h: &[String]| -> HashSet<String> {
        h.iter().map(|w| crate::text::stem::stem(w)).collect()
    };
    if !stems(&ha).is_disjoint(&stems(&hb)) {
        return true;
    }
    abbreviates(&ha, &spelled_before(fb, tb, qb)) || abbreviates(&hb, &spelled_before(fa, ta, qa))
}

/// Every word of the terms [`share_holder`] reads a figure's holder from, lowercased, with
/// the words it leaves out ("party"): the name a holder's acronym may stand for.
fn spelled_before(f: &Features, text: &str, q: &Quantity) -> Vec<String> {
    let figure = match holder_source(f, text, q) {
        HolderSource::After(_) => return Vec::new(),
        HolderSource::Rank { figure, .. } | HolderSource::Before { figure, .. } => figure,
    };
    terms_before(f, text, figure)
        .1
        .flat_map(|t| {
            t.surface
                .split_whitespace()
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// Is one of `short` (a word of two to six letters) the initials of consecutive words of
/// `spelled`, each word giving its first letter, or all of it when it has two letters
/// ("uk")?
fn abbreviates(short: &[String], spelled: &[String]) -> bool {
    let first_letters: String = spelled.iter().filter_map(|w| w.chars().next()).collect();
    let whole_short: String = spelled
        .iter()
        .map(|w| {
            if w.chars().count() == 2 {
                w.clone()
            } else {
                w.chars().next().map(String::from).unwrap_or_default()
            }
        })
        .collect();
    short
        .iter()
        .filter(|w| (2..=6).contains(&w.chars().count()) && w.chars().all(char::is_alphabetic))
        .any(|w| first_letters.contains(w.as_str()) || whole_short.contains(w.as_str()))
}

/// Does the statement tell of an election (a word of `election-words`)? Read in the
/// matching stage, where each statement learns whether its article opens with one.
pub(crate) use crate::align::features::tells_an_election;
