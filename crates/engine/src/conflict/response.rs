//! Response conflicts (kind `status`): one outlet says a party gave no answer ("there was
//! no immediate comment from the Sudanese government in Khartoum"), another that the same
//! party denied ("Sudan's armed forces denied they carried out the strike").
//!
//! A response is read from the statement's words: a phrase of no comment (`no-comment` in
//! `assets/lexicon/responses.txt`) with its party after "from" or "by", or else the clause's
//! subject before it ("the police declined to comment"); a verb of denial (`denials`) with
//! its subject before it. The party is what the two outlets can share of its name: the
//! countries its words stand for ("Sudanese", "Sudan's" and "Khartoum" are Sudan) and its
//! other capitalised words, without the words of a kind of body or post
//! (`generic-party-words`: "Sudan Armed Forces spokesman" and "Sudan's military" are one
//! party, "the government" and "the army" are none). Two responses disagree when one is no
//! comment and the other a denial by a party sharing a word of its name. The disagreement is
//! soft: a party that gave no immediate comment may deny later the same day.
//!
//! Statements telling responses often share few words with each other, so such pairs are
//! proposed across sources directly (`claims::worded_proposals`), as figures of one
//! measure are.

use crate::model::{ConflictKind, Severity};
use crate::text::{lexicon, word_lists};

use super::actor::{Word, words};
use super::{Finding, Side};

word_lists::sections! {
    /// Phrases that say a party gave no answer. This module's lists are sections of
    /// `assets/lexicon/responses.txt`, by name.
    NO_COMMENT = RESPONSES["no-comment"];

    /// Verbs of a denial.
    DENIALS = RESPONSES["denials"];

    /// Words that end a party's name after "from".
    PARTY_ENDS = RESPONSES["party-ends"];

    /// Capitalised words that name no party of their own.
    GENERIC_PARTY_WORDS = RESPONSES["generic-party-words"];
}

/// The most words of a party's name, after "from" or before the phrase or verb.
const MAX_PARTY_WORDS: usize = 8;

/// What a party answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    NoComment,
    Denied,
}

/// One response a statement reports.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Response {
    pub(crate) stance: Stance,
    /// The words of the party's name two outlets can share: country keys and other
    /// capitalised words, folded.
    pub(crate) party: Vec<String>,
    /// The response as written, from the party (or the phrase) to the phrase's end.
    pub(crate) written: String,
}

/// Does a clause break between the two words (punctuation other than an apostrophe or a
/// hyphen inside a word)?
fn breaks_between(text: &str, w: &Word, next: &Word) -> bool {
    let gap = &text[w.end..next.start];
    gap != "-"
        && gap
            .chars()
            .any(|c| !c.is_whitespace() && !matches!(c, '\'' | '’'))
}

/// Does the phrase (folded words, one space apart) stand at `ws[at..]`, its words not
/// broken apart?
fn phrase_at(text: &str, ws: &[Word], at: usize, phrase: &str) -> Option<usize> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let found = words.iter().enumerate().all(|(k, p)| {
        ws.get(at + k).is_some_and(|w| w.lower == *p)
            && (k == 0 || !breaks_between(text, &ws[at + k - 1], &ws[at + k]))
    });
    found.then_some(words.len())
}

/// The words of a party's name as keys two outlets can share.
fn party_keys(party: &[&Word]) -> Vec<String> {
    let mut keys: Vec<String> = party
        .iter()
        .filter_map(|w| {
            let lower = w.lower.as_str();
            if let Some(country) = lexicon::country_of(lower) {
                return Some(country.to_string());
            }
            let capitalised = w.text.chars().next().is_some_and(char::is_uppercase);
            (capitalised
                && lower.chars().count() > 1
                && !GENERIC_PARTY_WORDS.contains(&lower)
                && !lexicon::is_stop_word(lower))
            .then(|| lower.to_string())
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The clause's subject before word `at`: the words back to a clause break, at most
/// [`MAX_PARTY_WORDS`].
fn subject_before<'w>(text: &str, ws: &'w [Word], at: usize) -> Vec<&'w Word<'w>> {
    let mut from = at;
    while from > 0 && at - from < MAX_PARTY_WORDS && !breaks_between(text, &ws[from - 1], &ws[from])
    {
        from -= 1;
    }
    ws[from..at].iter().collect()
}

/// The responses the statement reports.
pub(crate) fn responses(side: &Side) -> Vec<Response> {
    if !may_tell_a_response(side) {
        return Vec::new();
    }
    let text = side.text();
    let ws = words(text, &side.features.parse);
    let mut out = Vec::new();
    for i in 0..ws.len() {
        if let Some(n) = NO_COMMENT.iter().find_map(|p| phrase_at(text, &ws, i, p)) {
            let end = i + n;
            let after = ws.get(end).filter(|w| {
                matches!(w.lower.as_str(), "from" | "by") && !breaks_between(text, &ws[end - 1], w)
            });
            let (party, last): (Vec<&Word>, &Word) = if after.is_some() {
                let mut party: Vec<&Word> = Vec::new();
                for j in end + 1..ws.len() {
                    let w = &ws[j];
                    if breaks_between(text, &ws[j - 1], w)
                        || PARTY_ENDS.contains(&w.lower.as_str())
                        || party.len() == MAX_PARTY_WORDS
                    {
                        break;
                    }
                    party.push(w);
                }
                let last = party.last().copied().unwrap_or(&ws[end]);
                (party, last)
            } else {
                (subject_before(text, &ws, i), &ws[end - 1])
            };
            let first = if after.is_some() {
                &ws[i]
            } else {
                party.first().copied().unwrap_or(&ws[i])
            };
            out.push(Response {
                stance: Stance::NoComment,
                party: party_keys(&party),
                written: text[first.start..last.end].to_string(),
            });
        } else if DENIALS.contains(&ws[i].lower.as_str()) {
            let party = subject_before(text, &ws, i);
            let first = party.first().copied().unwrap_or(&ws[i]);
            out.push(Response {
                stance: Stance::Denied,
                party: party_keys(&party),
                written: text[first.start..ws[i].end].to_string(),
            });
        }
    }
    out
}

/// The responses the statement reports, as (stance, party's words, as written), for the
/// claims of the JSON contract.
pub(crate) fn response_claims(side: &Side) -> Vec<(Stance, Vec<String>, String)> {
    responses(side)
        .into_iter()
        .map(|r| (r.stance, r.party, r.written))
        .collect()
}

/// The words of the parties whose responses the statement reports (the keys two statements
/// must share to be compared).
pub(crate) fn party_keys_of(side: &Side) -> Vec<String> {
    responses(side).into_iter().flat_map(|r| r.party).collect()
}

/// May the statement report a response: does a word of a denial or "comment" stand in it?
/// A look at its folded tokens, before its words are read.
fn may_tell_a_response(side: &Side) -> bool {
    side.features.parse.tokens.iter().any(|t| {
        let w = t.folded.as_str();
        w == "comment" || DENIALS.contains(&w)
    })
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    if !may_tell_a_response(a) || !may_tell_a_response(b) {
        return None;
    }
    let (ra, rb) = (responses(a), responses(b));
    let (x, y) = ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| y.stance != x.stance && y.party.iter().any(|k| x.party.contains(k)))
            .map(|y| (x, y))
    })?;
    Some(Finding {
        kind: ConflictKind::Status,
        severity: Severity::Soft,
        explanation: format!(
            "response differs: “{}” ({}) vs “{}” ({})",
            x.written,
            a.attribution_label(),
            y.written,
            b.attribution_label()
        ),
        value_a: Some(x.written.clone()),
        value_b: Some(y.written.clone()),
        subject: super::Subject::OfItsKind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};

    /// Pairs where one outlet reports no comment and the other a denial: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("a demonym against the country's possessive", "There was no immediate comment from the Sudanese government in Khartoum on Thursday, as fighting broke out.", "Sudan's armed forces denied they carried out the strike."),
        ("the party before the phrase", "Acme Mining declined to comment on the spill.", "A spokesman for Acme Mining denied that waste had reached the river, but Acme said it would test the water."),
    ];

    #[test]
    fn no_comment_against_a_denial_by_one_party_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// Pairs not flagged: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("another party", "There was no immediate comment from the Sudanese government.", "A rebel spokesman denied the group had attacked the town."),
        ("a party named by its kind alone", "The government declined to comment.", "The government denied the report."),
        ("two denials", "Sudan denied the attack.", "Sudan's army denied it had bombed the camp."),
    ];

    #[test]
    fn responses_of_other_parties_or_of_one_stance_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn the_explanation_quotes_both_responses() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "response differs: “no immediate comment from the Sudanese government in Khartoum” (Daily Ledger) vs “Sudan's armed forces denied” (Evening Post)"
        );
    }
}
