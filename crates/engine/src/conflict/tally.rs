//! Tally conflicts (kind `number`): two outlets give one vote two tallies ("The bill passed
//! the senate by 52 votes to 48" against "passed the senate 51-49").
//!
//! A tally is read next to a word of a vote in its clause (`tally-cues` in
//! `assets/lexicon/conflict-cues.txt`: "passed", "approved", "votes"): a pair of figures
//! joined by a dash ("51-49", which the figure reader takes for a score), or a figure
//! followed, within a few words, by "to" and a second one ("52 votes to 48", "a vote of 155
//! to 142"). Two tallies of linked statements, one on each side (two in one statement are
//! of two votes, or two teams' records), disagree when either figure differs; they
//! are of different votes when the statements name different chambers (`chambers`: "the
//! house" against "the senate"); a whole legislature (`legislatures`: "parliament", "the
//! National Assembly") may be any of them. Both cannot be true of one vote: hard. Tallies
//! meet across sources on the body they name, or, when a statement names none ("The motion
//! passed by 232 votes to 197"), on the one its article's opening names. One side told
//! alone by its voters' count ("62 deputies backed the motion", "68 lawmakers ... supported
//! the motion", "71 of the 150 lawmakers voting against") is compared with the same side
//! of another tally: the ayes with the ayes, the noes with the noes.

use crate::model::{ConflictKind, Severity};
use crate::text::parse::char_floor;
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::stem::stem;
use crate::text::word_lists;

use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Words of a vote. This module's lists are sections of
    /// `assets/lexicon/conflict-cues.txt`, by name.
    TALLY_CUES = CONFLICT_CUES["tally-cues"];

    /// Verbs of a measure passed with its ayes ("carried with 131 votes").
    TALLY_PASSING = CONFLICT_CUES["tally-passing"];

    /// Verbs of a measure voted down ("defeated by 51 votes to 47").
    TALLY_DEFEAT = CONFLICT_CUES["tally-defeat"];

    /// Bodies that vote.
    CHAMBERS = CONFLICT_CUES["chambers"];

    /// Whole legislatures, whose tally may be that of any of their chambers.
    LEGISLATURES = CONFLICT_CUES["legislatures"];

    /// Words of the ayes between the two figures of "204 in favour and 85 against".
    TALLY_FOR = CONFLICT_CUES["tally-for"];

    /// Words of the noes after the second figure.
    TALLY_AGAINST = CONFLICT_CUES["tally-against"];

    /// Members of a body that votes, counted on one side ("62 deputies").
    TALLY_VOTERS = CONFLICT_CUES["tally-voters"];

    /// Verbs of voting for a motion after its voters ("backed").
    TALLY_BACKING = CONFLICT_CUES["tally-backing"];

    /// Words after a side that add others to its voters ("joined by nine independents").
    TALLY_JOINED = CONFLICT_CUES["tally-joined"];
}

/// How many words after a figure its voters may stand ("71 of the 150 lawmakers").
const VOTERS_WITHIN_WORDS: usize = 4;

/// How many words after the voters their side may be told ("68 lawmakers in the 150-seat
/// parliament supported the motion").
const SIDE_WITHIN_WORDS: usize = 7;

/// The most bytes between the ayes' figure and the noes' ("204 lawmakers voting in favour
/// and 85").
const FOR_AND_AGAINST_WITHIN_BYTES: usize = 40;

/// The most words after the noes' figure up to the word of the noes ("85 voted against").
const AGAINST_WITHIN_WORDS: usize = 2;

/// Are the two figures the ayes and the noes of "204 lawmakers voting in favour and 85
/// against", "230 votes for and 197 against": a word of the ayes between them, in one
/// clause, the second after "and", and a word of the noes right after it?
fn for_and_against(side: &Side, ayes: &Quantity, noes: &Quantity) -> bool {
    two_sides(side, (ayes, &TALLY_FOR), (noes, &TALLY_AGAINST))
}

/// Are the two figures the noes and the ayes of "77 lawmakers voting against it and 73 in
/// favour", the same told the other way round?
fn against_and_for(side: &Side, noes: &Quantity, ayes: &Quantity) -> bool {
    two_sides(side, (noes, &TALLY_AGAINST), (ayes, &TALLY_FOR))
}

/// Are the two figures the two sides of one vote: a word of the first side between them,
/// in one clause, the second after "and", and a word of the second side right after it?
fn two_sides(side: &Side, first: (&Quantity, &[&str]), second: (&Quantity, &[&str])) -> bool {
    let (text, parse) = (side.text(), &side.features.parse);
    let ((q, first_words), (next, second_words)) = (first, second);
    let Some(between) = text.get(q.end..next.start) else {
        return false;
    };
    let words = parse.words_between(text, q.end, next.start);
    between.len() <= FOR_AND_AGAINST_WITHIN_BYTES
        && !between.contains([';', '.', ':'])
        && words.last().is_some_and(|(_, w)| w == "and")
        && words.iter().any(|(_, w)| first_words.contains(&w.as_ref()))
        && parse
            .words_between(text, next.end, text.len())
            .iter()
            .take(AGAINST_WITHIN_WORDS)
            .any(|(_, w)| second_words.contains(&w.as_ref()))
}

/// The most bytes between a tally's first figure and its "to" ("52 votes to 48").
const TO_WITHIN_BYTES: usize = 12;

/// How far before a tally (in bytes, within its clause) its word of a vote may stand
/// ("passed the senate by 52 votes to 48", "approved the bill by a vote of 155 to 142").
const CUE_BEFORE_BYTES: usize = 48;

/// How far after a tally its word of a vote may stand ("52-48 vote").
const CUE_AFTER_BYTES: usize = 16;

/// A tally of votes: for and against, as written; one side of it when only one is told
/// ("62 deputies backed the motion": the ayes).
#[derive(Debug, Clone, PartialEq)]
struct Tally {
    ayes: Option<u64>,
    noes: Option<u64>,
    written: String,
}

impl Tally {
    fn both(ayes: u64, noes: u64, written: String) -> Self {
        Self {
            ayes: Some(ayes),
            noes: Some(noes),
            written,
        }
    }

    /// The tally as a reader writes it: "52 to 48", "62 for", "71 against".
    fn shown(&self) -> String {
        match (self.ayes, self.noes) {
            (Some(a), Some(n)) => format!("{a} to {n}"),
            (Some(a), None) => format!("{a} for"),
            (None, Some(n)) => format!("{n} against"),
            (None, None) => String::new(),
        }
    }

    /// Do two tallies tell a side both give differently? A side only one tells says
    /// nothing of the other's.
    fn differs_from(&self, other: &Tally) -> Option<bool> {
        let side = |x: Option<u64>, y: Option<u64>| x.zip(y).map(|(x, y)| x != y);
        match (side(self.ayes, other.ayes), side(self.noes, other.noes)) {
            (None, None) => None,
            (a, n) => Some(a.unwrap_or(false) || n.unwrap_or(false)),
        }
    }
}

/// One side of a vote told by its voters' count: "62 deputies backed the motion", "62 MPs
/// voting in favour", "71 of the 150 lawmakers voting against the motion". The figure, then
/// within [`VOTERS_WITHIN_WORDS`] a noun of [`TALLY_VOTERS`], then within
/// [`SIDE_WITHIN_WORDS`] a verb of [`TALLY_BACKING`] (the ayes) or a word of a vote followed
/// by a word of [`TALLY_FOR`] or [`TALLY_AGAINST`].
fn one_side(side: &Side, q: &Quantity) -> Option<Tally> {
    let votes = votes(q)?;
    // "Several senators who voted for the plan": a vague amount is no side's count.
    if q.bound == crate::text::quantity::Bound::Vague {
        return None;
    }
    let (text, parse) = (side.text(), &side.features.parse);
    // "71 of the 150 lawmakers": the whole is the body, not a side.
    if q.kind != QuantityKind::Count || super::number::is_whole_of_a_part(side.features, text, q) {
        return None;
    }
    // The figure's own words: up to the end of its clause or a figure of another side, one
    // a word of a vote follows ("204 of the 300 members, with 85 voting against": the 85
    // voted against).
    let other_side = parse
        .quantities
        .iter()
        .filter(|x| x.start > q.end)
        .find(|x| {
            parse
                .words_between(text, x.end, text.len())
                .first()
                .is_some_and(|(_, w)| {
                    TALLY_CUES.contains(&w.as_ref())
                        || TALLY_AGAINST.contains(&w.as_ref())
                        || TALLY_FOR.contains(&w.as_ref())
                })
        })
        .map_or(text.len(), |x| x.start);
    let after = parse.words_between(text, q.end, other_side);
    let clause_end = after
        .iter()
        .position(|(at, _)| text[q.end..*at].contains([';', ':', '.']))
        .unwrap_or(after.len());
    let after = &after[..clause_end];
    let voters = after
        .iter()
        .take(VOTERS_WITHIN_WORDS)
        .position(|(_, w)| TALLY_VOTERS.contains(&w.as_ref()))?;
    let rest: Vec<&str> = after[voters + 1..]
        .iter()
        .take(SIDE_WITHIN_WORDS)
        .map(|(_, w)| w.as_ref())
        .collect();
    let voted = |i: usize| i > 0 && TALLY_CUES.contains(&rest[i - 1]);
    let ayes = |i: usize| {
        TALLY_BACKING.contains(&rest[i])
            || (TALLY_FOR.contains(&rest[i]) && i > 0 && (voted(i) || rest[i - 1] == "in"))
    };
    let noes = |i: usize| TALLY_AGAINST.contains(&rest[i]) && voted(i);
    let written = |i: usize| {
        let end = char_floor(text, after[voters + 1 + i].0 + rest[i].len());
        text[q.start..end.max(q.start)].to_string()
    };
    let (i, for_it) = (0..rest.len()).find_map(|i| {
        let for_it = ayes(i);
        (for_it || noes(i)).then_some((i, for_it))
    })?;
    // "All 49 deputies of the party voted against the motion, joined by nine
    // independents": others joined them, so the figure is a part of the side.
    let words_after: Vec<&str> = after[voters + 1 + i..]
        .iter()
        .map(|(_, w)| w.as_ref())
        .collect();
    let joined = (0..words_after.len()).any(|k| {
        TALLY_JOINED.iter().any(|phrase| {
            word_lists::starts_with_phrase(&words_after[k..], phrase)
                && words_after
                    .get(k + phrase.split(' ').count())
                    .is_some_and(|w| crate::conflict::number::starts_count(w))
        })
    });
    if joined {
        return None;
    }
    Some(Tally {
        ayes: for_it.then_some(votes),
        noes: (!for_it).then_some(votes),
        written: written(i),
    })
}

/// How many words before "with" a verb of passing may stand ("The motion passed on March
/// 11 with 127 votes").
const PASSED_WITHIN_WORDS: usize = 5;

/// The ayes of a vote told as the votes a measure passed with: "The motion carried with
/// 131 votes", "passed on March 11 with 127 votes". The figure, then "votes", with "with"
/// right before it and a verb of [`TALLY_PASSING`] a few words before that. Not "by 12
/// votes", a margin.
fn passed_with(side: &Side, q: &Quantity) -> Option<Tally> {
    let votes = votes(q)?;
    let (text, parse) = (side.text(), &side.features.parse);
    if q.kind != QuantityKind::Count {
        return None;
    }
    let after = parse.words_between(text, q.end, text.len());
    let votes_end = match after.first() {
        Some((at, w)) if w == "votes" => at + w.len(),
        _ => return None,
    };
    let mut before = parse.words_before(text, q.start);
    if before.next().is_none_or(|(_, w)| w != "with") {
        return None;
    }
    let (passed_at, _) = before
        .take(PASSED_WITHIN_WORDS)
        .take_while(|(at, w)| !text[*at + w.len()..q.start].contains([',', ';', ':', '.']))
        .find(|(_, w)| TALLY_PASSING.contains(&w.as_ref()))?;
    Some(Tally {
        ayes: Some(votes),
        noes: None,
        written: text[passed_at..votes_end].to_string(),
    })
}

/// A whole number of votes, if the figure is one.
fn votes(q: &Quantity) -> Option<u64> {
    (q.value >= 0.0 && q.value.fract() == 0.0 && q.value < 1e7).then_some(q.value as u64)
}

/// Does a word of a vote stand near the tally at `start..end`, in its clause?
fn cued(text: &str, start: usize, end: usize) -> bool {
    let from = char_floor(text, start.saturating_sub(CUE_BEFORE_BYTES));
    let to = char_floor(text, end + CUE_AFTER_BYTES);
    let before = text[from..start]
        .rsplit(['.', ';', ':'])
        .next()
        .unwrap_or("");
    let after = text[end..to].split(['.', ';', ':']).next().unwrap_or("");
    let words = |s: &str| {
        s.split(|c: char| !c.is_alphanumeric())
            .any(|w| TALLY_CUES.contains(&w.to_lowercase().as_str()))
    };
    words(before) || words(after)
}

/// The tallies of the statement's clauses that tell of a vote.
fn tallies(side: &Side) -> Vec<Tally> {
    let both = both_sides(side);
    if !both.is_empty() {
        return both;
    }
    side.features
        .parse
        .quantities
        .iter()
        .filter_map(|q| one_side(side, q).or_else(|| passed_with(side, q)))
        .collect()
}

/// The tallies of both sides of a vote the statement's clauses tell (see [`tallies`]).
fn both_sides(side: &Side) -> Vec<Tally> {
    let f = side.features;
    if !f.parse.folded_words().any(|w| TALLY_CUES.contains(&w)) {
        return Vec::new();
    }
    let text = side.text();
    let qs = &f.parse.quantities;
    let voted_down = f.parse.folded_words().any(|w| TALLY_DEFEAT.contains(&w));
    let mut out = Vec::new();
    for (i, q) in qs.iter().enumerate() {
        // "51-49": the figure reader's score.
        if q.kind == QuantityKind::Other && q.unit == "score" {
            let mut parts = q.text.split(['-', '–']);
            if let (Some(a), Some(b), None) = (parts.next(), parts.next(), parts.next())
                && let (Ok(ayes), Ok(noes)) = (a.trim().parse(), b.trim().parse())
                && cued(text, q.start, q.end)
            {
                let (ayes, noes) = oriented(voted_down, ayes, noes);
                out.push(Tally::both(ayes, noes, q.text.clone()));
            }
            continue;
        }
        // "52 votes to 48", "155 to 142"; "204 in favour and 85 against".
        let Some(next) = qs.get(i + 1) else { continue };
        if q.kind != QuantityKind::Count || next.kind != QuantityKind::Count {
            continue;
        }
        let between = &text[q.end..next.start];
        let reversed = against_and_for(side, q, next);
        // Each side named by its words ("204 in favour and 85 against"), not by its place.
        let sides_named = reversed || for_and_against(side, q, next);
        let joined = (between.len() <= TO_WITHIN_BYTES
            && between.trim_end().ends_with(" to")
            && !between.contains([',', ';', '.']))
            || sides_named;
        // A word of a vote between the figures cues them as well: "204 lawmakers voting in
        // favour and 85 against".
        let cued_between = || {
            f.parse
                .words_between(text, q.end, next.start)
                .iter()
                .any(|(_, w)| TALLY_CUES.contains(&w.as_ref()))
        };
        let (first, second) = if reversed { (next, q) } else { (q, next) };
        if let (true, Some(ayes), Some(noes)) = (joined, votes(first), votes(second))
            && (cued(text, q.start, next.end) || cued_between())
        {
            let (ayes, noes) = if sides_named {
                (ayes, noes)
            } else {
                oriented(voted_down, ayes, noes)
            };
            out.push(Tally::both(ayes, noes, text[q.start..next.end].to_string()));
        }
    }
    out
}

/// The ayes and the noes of a tally told by its two figures alone ("51 votes to 47",
/// "51-47"): the first the ayes, unless the statement tells a measure voted down
/// (`voted_down`: a word of [`TALLY_DEFEAT`]), whose larger figure is the noes ("defeated
/// by 51 votes to 47").
fn oriented(voted_down: bool, first: u64, second: u64) -> (u64, u64) {
    if voted_down {
        (first.min(second), first.max(second))
    } else {
        (first, second)
    }
}

/// The bodies that vote the statement names, folded.
fn chambers<'s>(side: &Side<'s>) -> Vec<&'s str> {
    side.features
        .parse
        .folded_words()
        .filter(|w| CHAMBERS.contains(w))
        .collect()
}

/// The key of a whole legislature ("parliament", "the National Assembly") in
/// [`tally_keys`].
const LEGISLATURE_KEY: &str = "#legislature";

/// The stems of the bodies that vote a statement with one tally names ("senat" for "the
/// Senate" and for "Senators voted 69-28"), and [`LEGISLATURE_KEY`] for a whole
/// legislature: the keys on which two outlets' tallies of one body's vote are compared
/// across sources, however few words their statements share. A tally that names no body
/// ("The motion passed by 232 votes to 197") is of the body its article's opening names
/// ("House votes to impeach President Varga"); one whose article's opening names none
/// either ("Slovakia's government has lost a vote of no confidence") is of the story's
/// legislature.
pub(crate) fn tally_keys(side: &Side) -> Vec<String> {
    if tallies(side).len() != 1 {
        return Vec::new();
    }
    let own = body_keys(&side.features.parse);
    if !own.is_empty() {
        return own;
    }
    let mut keys: Vec<String> = side
        .lead_statements()
        .into_iter()
        .flat_map(|(f, _)| body_keys(&f.parse))
        .collect();
    keys.sort();
    keys.dedup();
    if keys.is_empty() {
        keys.push(LEGISLATURE_KEY.to_string());
    }
    keys
}

/// The stems of the bodies that vote a parsed statement names, and [`LEGISLATURE_KEY`] for
/// a whole legislature.
fn body_keys(parse: &crate::text::parse::Parse) -> Vec<String> {
    static CHAMBER_STEMS: std::sync::LazyLock<Vec<String>> =
        std::sync::LazyLock::new(|| CHAMBERS.iter().map(|c| stem(c)).collect());
    let mut keys: Vec<String> = parse
        .folded_words()
        .map(stem)
        .filter(|s| CHAMBER_STEMS.contains(s))
        .collect();
    if parse.folded_words().any(|w| LEGISLATURES.contains(&w)) {
        keys.push(LEGISLATURE_KEY.to_string());
    }
    keys
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    // One tally on each side: two in a statement are of two votes (or two teams' records).
    let (ta, tb) = (tallies(a), tallies(b));
    let ([x], [y]) = (ta.as_slice(), tb.as_slice()) else {
        return None;
    };
    // "the Senate had not rejected a budget since 1994, when a centre-left government lost
    // the vote by 58 to 40": a vote dated well before the other article.
    if super::number::tells_earlier_event(a, b.article_date)
        || super::number::tells_earlier_event(b, a.article_date)
    {
        return None;
    }
    if !x.differs_from(y)? {
        return None;
    }
    let (ca, cb) = (chambers(a), chambers(b));
    if !ca.is_empty() && !cb.is_empty() && !ca.iter().any(|c| cb.contains(c)) {
        return None; // votes of two bodies
    }
    // Votes on two days are two votes (a motion to end debate, then the bill): a day each
    // statement gives alone, and the two differ.
    let day = |s: &Side| match s.features.parse.dates.as_slice() {
        [d] => d.resolved,
        _ => None,
    };
    if let (Some(x), Some(y)) = (day(a), day(b))
        && x != y
    {
        return None;
    }
    Some(Finding {
        kind: ConflictKind::Number,
        severity: Severity::Hard,
        explanation: format!(
            "vote tally differs: {} ({}) vs {} ({}); one vote cannot have both",
            x.shown(),
            a.attribution_label(),
            y.shown(),
            b.attribution_label()
        ),
        value_a: Some(x.written.clone()),
        value_b: Some(y.written.clone()),
        subject: Subject::OfItsKind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};

    /// Pairs that give one vote two tallies: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("votes to, against a dash", "The bill passed the senate by 52 votes to 48 on Tuesday.", "The bill passed the senate 51-49 on Tuesday."),
        ("a vote of, against a dash", "Parliament approved the bill by a vote of 155 to 142.", "The measure passed 155-140 in parliament."),
        ("in favour and against, against votes to", "Parliament voted on Saturday to impeach the president, with 204 lawmakers voting in favour and 85 against.", "The National Assembly passed the impeachment motion by 208 votes to 85."),
        ("for and against, against a dash", "The bill passed the house with 230 votes for and 197 against.", "The house passed the bill 228-197."),
        ("against and in favour, against votes to", "The government lost a confidence vote on Tuesday, with 77 lawmakers voting against it and 73 in favour.", "The government lost a no-confidence vote in parliament on Tuesday by 76 votes to 74."),
        ("the ayes alone, backed against supported", "Only 62 deputies backed the motion, which needed 76 votes to pass.", "The prime minister survived the vote after 68 lawmakers in the 150-seat parliament supported the motion."),
        ("the ayes alone, against a whole tally", "The motion failed, with 62 MPs voting in favour.", "The motion failed by 68 votes to 71."),
        ("the noes alone of a partitive", "He survived, with 71 of the 150 lawmakers voting against the motion.", "He survived, with 69 lawmakers voting against the motion."),
        ("the ayes a motion passed with", "The motion carried with 131 votes, ten more than the threshold of 121.", "In all, 127 deputies voted in favour of the motion."),
        ("the ayes a motion passed with, a day between", "The motion passed on March 11 with 127 votes in the National Assembly.", "The motion carried with 131 votes, ten more than the threshold."),
    ];

    #[test]
    fn one_vote_given_two_tallies_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// Pairs that are no disagreement: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same tally", "The bill passed the senate by 52 votes to 48.", "The bill passed the senate 52-48."),
        ("a measure voted down, its noes told first", "The spending plan was defeated by 51 votes to 47, with two senators abstaining.", "Forty-seven senators voted in favour of the plan and 51 against."),
        ("voted to reject, told either way", "The curfew was defeated by the city council in a 4-3 vote Tuesday.", "On Tuesday the council voted 4-3 to reject the curfew plan."),
        ("a vague amount is no side", "The spending plan was defeated by 51 votes to 47.", "Several senators who voted for the plan said they would have preferred a compromise."),
        ("two bodies", "The bill passed the house by 220 votes to 212.", "The bill passed the senate 51-49."),
        ("the upper chamber and the lower", "The bill passed the upper chamber by 52 votes to 48.", "The bill passed the lower chamber 230-197."),
        ("two chambers, a legislature named too", "The bill passed the house of parliament by 220 votes to 212.", "The bill passed the senate of parliament 51-49."),
        ("a game's score", "The Sixers lost 98-92 on Saturday.", "The Sixers lost 98-90 on Saturday."),
        ("a game won", "The Knicks defeated the Sixers 98-92 on Saturday.", "The Knicks defeated the Sixers 98-90 on Saturday."),
        ("a team's record far from a word of a vote", "He had nine rebounds for North Carolina (10-0), which passed its test early.", "He had nine rebounds against the Purple Aces (7-2) before he passed Ford as the leading scorer."),
        ("figures joined by 'to' that are no vote", "Temperatures rose from 20 to 30 degrees.", "Temperatures rose from 20 to 32 degrees."),
        ("the same tally told for and against", "The bill passed the house with 230 votes for and 197 against.", "The bill passed the house 230-197."),
        ("the same tally told against and for", "The bill passed the house with 197 votes against and 230 in favour.", "The bill passed the house 230-197."),
        ("two figures of a vote that are no tally", "The bill passed with 230 votes, and 12 members were absent.", "The bill passed 230-197."),
        ("a margin, not the ayes", "The bill passed by 12 votes on Tuesday.", "The bill passed 230-197."),
        ("the ayes against the noes", "Only 62 deputies backed the motion.", "He survived, with 71 of the 150 lawmakers voting against the motion."),
        ("the same ayes told two ways", "Only 62 deputies backed the motion.", "The motion failed, with 62 MPs voting in favour."),
        ("the ayes of a partitive are not the noes told after them", "The motion was approved by 204 of the 300 members, with 85 voting against.", "The National Assembly passed the motion 204-85."),
        ("members counted with no side", "The 150 lawmakers met on Tuesday.", "Some 120 lawmakers attended the session."),
        ("a part of the noes that others joined", "All 49 deputies of the ruling party voted against the motion, joined by nine independents.", "Fifty-eight deputies voted against, six abstained and five were absent."),
    ];

    /// A vote dated well before the other article is another vote.
    #[test]
    fn a_vote_of_an_earlier_year_is_not_compared() {
        use crate::conflict::testing::{Written, run};
        let date = crate::model::Date::from_ymd_opt(2025, 11, 19);
        let found = run(
            Written::new("The spending plan was defeated by 51 votes to 47.", "Daily Ledger")
                .dated(date),
            Written::new(
                "The Senate had not rejected a budget since 1994, when a centre-left government lost the vote by 58 to 40.",
                "Evening Post",
            )
            .dated(date),
            detect,
        );
        assert!(found.is_none(), "{found:?}");
    }

    #[test]
    fn tallies_that_may_both_be_true_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn a_body_is_named_by_its_members_and_votes_on_two_days_are_two() {
        let keys = between_outlets(
            "Senators voted 69-28 early Saturday to approve the package.",
            "The Senate passed the bill by a vote of 68 to 29.",
            |a, b| (tally_keys(a), tally_keys(b)),
        );
        assert_eq!(keys, (vec!["senat".to_string()], vec!["senat".to_string()]));
        // Two tallies in one statement are of two votes: no key.
        let keys = between_outlets(
            "The House voted 286-134 and the Senate voted 68-29.",
            "The Senate passed the bill 68-29.",
            |a, _| tally_keys(a),
        );
        assert!(keys.is_empty(), "{keys:?}");
        let date = crate::model::Date::from_ymd_opt(2019, 5, 11);
        let found = crate::conflict::testing::run(
            crate::conflict::testing::Written::new(
                "The Senate voted 60-38 on Thursday to end debate on the bill.",
                "Daily Ledger",
            )
            .dated(date),
            crate::conflict::testing::Written::new(
                "The Senate voted 68-29 on Saturday to pass the bill.",
                "Evening Post",
            )
            .dated(date),
            detect,
        );
        assert!(found.is_none(), "{found:?}");
    }

    #[test]
    fn a_tally_that_names_no_body_is_of_the_body_its_opening_names() {
        use crate::conflict::testing::{Written, run};
        let keys = run(
            Written::new(
                "The motion passed by 232 votes to 197, with 11 abstentions.",
                "Daily Ledger",
            )
            .led_by("House votes to impeach President Varga"),
            Written::new(
                "The Senate confirmed the judge, approving her 51-49.",
                "Evening Post",
            ),
            |a, b| (tally_keys(a), tally_keys(b)),
        );
        assert_eq!(keys, (vec!["hous".to_string()], vec!["senat".to_string()]));
        // One whose opening names no body either is of the story's legislature, as is "the
        // 150-seat chamber": the two meet.
        let keys = run(
            Written::new(
                "Seventy-seven MPs voted in favour of the motion on Thursday, one more than needed.",
                "Daily Ledger",
            )
            .led_by("Slovakia's government has lost a vote of no confidence."),
            Written::new(
                "Seventy-eight lawmakers in the 150-seat chamber voted for the motion, more than the 76 needed.",
                "Evening Post",
            ),
            |a, b| (tally_keys(a), tally_keys(b)),
        );
        assert_eq!(keys.0, [LEGISLATURE_KEY]);
        assert_eq!(keys.0, keys.1);
        // "approving the charges 231-198" is a vote's tally.
        let found = between_outlets(
            "The House voted to impeach her by 232 votes to 197.",
            "The House impeached her on Wednesday, approving the charges 231-198.",
            detect,
        );
        assert!(found.is_some());
    }

    #[test]
    fn a_tally_among_letters_of_many_bytes_is_read_without_a_panic() {
        // The window before and after the tally may start inside a character.
        let a = "Le Sénat a adopté — “définitivement” — le texte par 52 voix contre 48, vote à main levée.";
        let b = "Ο νόμος ψηφίστηκε (passed) 51–49 στη Βουλή, ψήφοι «υπέρ» και «κατά».";
        between_outlets(a, b, detect);
        between_outlets(b, a, detect);
    }

    #[test]
    fn the_explanation_gives_both_tallies_and_both_outlets() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "vote tally differs: 52 to 48 (Daily Ledger) vs 51 to 49 (Evening Post); one vote cannot have both"
        );
    }
}
