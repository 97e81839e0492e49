//! Response conflicts (kind `status`): one outlet says a party gave no answer ("there was
//! no immediate comment from the Sudanese government in Khartoum"), another that the same
//! party denied ("Sudan's armed forces denied they carried out the strike"). And (kind
//! `entity`) two outlets naming two parties that each claimed the attack ("The Shabab
//! militia claimed responsibility" against "Boko Haram claimed responsibility"), soft, as two
//! groups may each claim one attack.
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

    /// Phrases of a party claiming an attack as its own ("claimed responsibility").
    CLAIMS_OF_RESPONSIBILITY = RESPONSES["claims-of-responsibility"];

    /// Words before a claim of responsibility that make it no claim ("no group has").
    NOT_CLAIMED = RESPONSES["not-claimed"];

    /// Words that end a party's name after "from".
    PARTY_ENDS = RESPONSES["party-ends"];

    /// Capitalised words that name no party of their own.
    GENERIC_PARTY_WORDS = RESPONSES["generic-party-words"];

    /// Words after a verb of denial that make it a denial that something happened.
    DENIED_HAPPENING = RESPONSES["denied-happening"];

    /// Words after a verb of denial that make it a denial of a part in it.
    DENIED_INVOLVEMENT = RESPONSES["denied-involvement"];

    /// Words that open a clause of who did it after a verb of denial.
    DENIED_DOERS = RESPONSES["denied-doers"];
}

/// How many words after a verb of denial tell what was denied.
const DENIED_WITHIN_WORDS: usize = 8;

/// The most words of a party's name, after "from" or before the phrase or verb.
const MAX_PARTY_WORDS: usize = 8;

/// What a party answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Stance {
    NoComment,
    /// A denial whose object does not say whether the happening or a part in it is denied
    /// ("Sudan denied the attack").
    Denied,
    /// A denial that it happened ("denied the attack occurred").
    DeniedHappening,
    /// A denial of a part in it ("denied any links to the raid", "denied they carried out
    /// the strike").
    DeniedInvolvement,
    /// A claim of the attack as its own ("the group claimed responsibility").
    ClaimedResponsibility,
    /// That no one has claimed it ("No group has claimed responsibility"), said of no party:
    /// it disagrees with any party's claim.
    NoneClaimed,
}

impl Stance {
    fn is_denial(self) -> bool {
        !matches!(
            self,
            Self::NoComment | Self::ClaimedResponsibility | Self::NoneClaimed
        )
    }

    fn describe(self) -> &'static str {
        match self {
            Self::NoComment => "no comment",
            Self::Denied => "a denial",
            Self::DeniedHappening => "a denial that it happened",
            Self::DeniedInvolvement => "a denial of any part in it",
            Self::ClaimedResponsibility => "a claim of responsibility",
            Self::NoneClaimed => "no claim of responsibility yet",
        }
    }
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

/// The words an acronym stands for where its article defines it: "The Sudan Armed Forces,
/// or SAF," and "Crimes Against Police Officers Section (CAPOS)" give the capitalised words
/// before the definition whose initials spell it, small words inside passed over.
fn acronym_expansion<'t>(article: &'t str, acronym: &str) -> Option<Vec<&'t str>> {
    let marks = [format!(", or {acronym}"), format!(" ({acronym})")];
    for mark in &marks {
        let mut from = 0;
        while let Some(found) = article
            .get(from..)
            .and_then(|rest| rest.find(mark.as_str()))
        {
            let at = from + found;
            from = at + mark.len();
            let before: Vec<&str> = article[..at].split_whitespace().rev().take(12).collect();
            let mut initials: Vec<char> = Vec::new();
            let mut words: Vec<&str> = Vec::new();
            for w in before {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                if crate::align::features::is_joining_word(w) && !words.is_empty() {
                    continue;
                }
                let Some(first) = w.chars().next().filter(|c| c.is_uppercase()) else {
                    break;
                };
                initials.insert(0, first);
                words.insert(0, w);
                if initials.len() >= acronym.chars().count() {
                    break;
                }
            }
            if initials.iter().copied().eq(acronym.chars()) {
                return Some(words);
            }
        }
    }
    None
}

/// Is the word an acronym: two to six capitals?
fn is_acronym(w: &Word) -> bool {
    (2..=6).contains(&w.text.len()) && w.text.chars().all(|c| c.is_ascii_uppercase())
}

/// The key of one word of a party's name, if it names the party: its country, or the word
/// folded when it is capitalised and no generic word of a body or post.
fn party_key(word: &str, capitalised: bool) -> Option<String> {
    let lower = word.to_lowercase();
    if let Some(country) = lexicon::country_of(&lower) {
        return Some(country.to_string());
    }
    (capitalised
        && lower.chars().count() > 1
        && !GENERIC_PARTY_WORDS.contains(&lower.as_str())
        && !lexicon::is_stop_word(&lower))
    .then_some(lower)
}

/// The words of a party's name as keys two outlets can share; an acronym the article
/// defines stands for the words it abbreviates ("SAF" for "Sudan Armed Forces": Sudan).
fn party_keys(party: &[&Word], article: &str) -> Vec<String> {
    let mut keys: Vec<String> = party
        .iter()
        .flat_map(|w| {
            if is_acronym(w)
                && let Some(words) = acronym_expansion(article, w.text)
            {
                return words
                    .into_iter()
                    .filter_map(|x| party_key(x, true))
                    .collect::<Vec<_>>();
            }
            let capitalised = w.text.chars().next().is_some_and(char::is_uppercase);
            party_key(&w.lower, capitalised).into_iter().collect()
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys
}

/// The clause's subject before word `at`: the words back to a clause break, at most
/// [`MAX_PARTY_WORDS`]. A part set off by commas right before the word is passed over to
/// the subject before it ("Sudan's army spokesman, Al-Sawarmi Khalid, denied"), and kept
/// with it when it names the subject again ("Jamaat-ul-Ahrar, a faction of the Pakistani
/// Taliban, claimed": an article opens it).
fn subject_before<'w>(text: &str, ws: &'w [Word], at: usize) -> Vec<&'w Word<'w>> {
    let run_start = |at: usize| {
        let mut from = at;
        while from > 0
            && at - from < MAX_PARTY_WORDS
            && !breaks_between(text, &ws[from - 1], &ws[from])
        {
            from -= 1;
        }
        from
    };
    let from = run_start(at);
    let comma_before =
        |i: usize| i > 0 && i < ws.len() && text[ws[i - 1].end..ws[i].start].trim() == ",";
    if from < at || !comma_before(at) {
        return ws[from..at].iter().collect();
    }
    // The part between the commas, then the subject before it.
    let inner = run_start(at - 1);
    if !comma_before(inner) {
        return Vec::new();
    }
    let head = run_start(inner - 1);
    let names_again = matches!(ws[inner].lower.as_str(), "a" | "an" | "the");
    let end = if names_again { at } else { inner };
    ws[head..end].iter().collect()
}

/// The responses the statement reports.
pub(crate) fn responses(side: &Side) -> Vec<Response> {
    if !may_tell_a_response(side) {
        return Vec::new();
    }
    let text = side.text();
    let ws = words(text, &side.features.parse);
    // A response of a party (its words) as written from its first word to its last.
    let response = |stance, party: &[&Word], first: &Word, last: &Word| Response {
        stance,
        party: party_keys(party, side.article_text),
        written: text[first.start..last.end].to_string(),
    };
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
            out.push(response(Stance::NoComment, &party, first, last));
        } else if let Some(n) = CLAIMS_OF_RESPONSIBILITY
            .iter()
            .find_map(|p| phrase_at(text, &ws, i, p))
        {
            let party = subject_before(text, &ws, i);
            let first = party.first().copied().unwrap_or(&ws[i]);
            // "No group has claimed responsibility": no claim, of no party.
            let none = party
                .iter()
                .any(|w| NOT_CLAIMED.contains(&w.lower.as_str()));
            let (stance, claimant): (Stance, &[&Word]) = if none {
                (Stance::NoneClaimed, &[])
            } else {
                (Stance::ClaimedResponsibility, &party)
            };
            out.push(response(stance, claimant, first, &ws[i + n - 1]));
        } else if DENIALS.contains(&ws[i].lower.as_str()) {
            let party = subject_before(text, &ws, i);
            let first = party.first().copied().unwrap_or(&ws[i]);
            let (stance, last) = denied(text, &ws, i);
            out.push(response(stance, &party, first, &ws[last]));
        }
    }
    out
}

/// Is the word a happening's verb or noun ("bombed", "attack")?
fn is_event_word(lower: &str) -> bool {
    lexicon::concept_of(lower, &crate::text::stem::stem(lower))
        .is_some_and(lexicon::is_event_concept)
}

/// What the denial at `ws[at]` denies, read in its clause's next words, and the index of the
/// last word that tells it (`at` when nothing does): that it happened ("the attack
/// occurred", "there was an attack"), a part in it ("any links to the raid", "they carried
/// out the strike", "striking South Sudanese territory", "it had bombed the camp"), or
/// neither.
fn denied(text: &str, ws: &[Word], at: usize) -> (Stance, usize) {
    // The denied clause: its words up to a break, at most DENIED_WITHIN_WORDS.
    let mut end = at;
    while let Some(w) = ws.get(end + 1) {
        if end + 1 - at > DENIED_WITHIN_WORDS || breaks_between(text, &ws[end], w) {
            break;
        }
        end += 1;
    }
    for j in at + 1..=end {
        let lower = ws[j].lower.as_str();
        if DENIED_HAPPENING.contains(&lower) {
            return (Stance::DeniedHappening, end);
        }
        // A gerund right after the verb is what the party is denied doing ("denied
        // striking", "denied any wrongdoing" is a noun of the same).
        let gerund = j == at + 1 && lower.len() > 4 && lower.ends_with("ing");
        let doer_then_deed = DENIED_DOERS.contains(&lower)
            && (j + 1..(j + 4).min(end + 1)).any(|k| is_event_word(&ws[k].lower));
        if DENIED_INVOLVEMENT.contains(&lower) || gerund || doer_then_deed {
            return (Stance::DeniedInvolvement, end);
        }
    }
    (Stance::Denied, at)
}

/// The responses the statement reports, as (stance, party's words, as written), for the
/// claims of the JSON contract.
pub(crate) fn response_claims(side: &Side) -> Vec<(Stance, Vec<String>, String)> {
    responses(side)
        .into_iter()
        .map(|r| (r.stance, r.party, r.written))
        .collect()
}

/// The key every claim of responsibility and every report that none was made share: a
/// claim by any party disagrees with "no group has claimed responsibility".
const RESPONSIBILITY_KEY: &str = "(responsibility)";

/// The words of the parties whose responses the statement reports (the keys two statements
/// must share to be compared), and [`RESPONSIBILITY_KEY`] for a claim of responsibility or
/// a report that none was made.
pub(crate) fn party_keys_of(side: &Side) -> Vec<String> {
    responses(side)
        .into_iter()
        .flat_map(|r| {
            let claims = matches!(
                r.stance,
                Stance::ClaimedResponsibility | Stance::NoneClaimed
            );
            r.party
                .into_iter()
                .chain(claims.then(|| RESPONSIBILITY_KEY.to_string()))
        })
        .collect()
}

/// The words a statement must hold for it to report a response: the last word of every
/// phrase of no comment ("comment", "respond"), the first of a claim of responsibility
/// ("claimed", "claims": its last may be as common as "attack" or "shooting"), and the
/// verbs of a denial; folded and sorted.
static RESPONSE_CUES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    let last = |p: &&'static str| p.rsplit(' ').next().unwrap_or(p);
    let first = |p: &&'static str| p.split(' ').next().unwrap_or(p);
    let mut cues: Vec<&'static str> = NO_COMMENT
        .iter()
        .map(last)
        .chain(CLAIMS_OF_RESPONSIBILITY.iter().map(first))
        .chain(DENIALS.iter().copied())
        .collect();
    cues.sort_unstable();
    cues.dedup();
    cues
});

/// May the statement report a response: does one of [`RESPONSE_CUES`] stand in it? A look
/// at its folded tokens, before its words are read.
fn may_tell_a_response(side: &Side) -> bool {
    side.features
        .parse
        .tokens
        .iter()
        .any(|t| RESPONSE_CUES.binary_search(&t.folded.as_str()).is_ok())
}

/// Does `x` name its party by the initials of `y`'s party ("ISIS" and "Islamic State",
/// "AQIM" and "Al-Qaeda in the Islamic Maghreb"): a word in capitals that begins with the
/// first letters of the words of `y`'s name, two at least?
fn names_by_initials(x: &Response, y: &Response) -> bool {
    let initials: String = y
        .party
        .iter()
        .flat_map(|w| w.split('-'))
        .filter_map(|w| w.chars().next())
        .collect();
    initials.chars().count() >= 2
        && x.written
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
            .any(|w| w.to_lowercase().starts_with(&initials))
}

/// Do two answers of one party disagree: no comment against a denial, a denial that it
/// happened against a denial of a part in it, or a claim of responsibility against a denial
/// or against no comment?
fn disagree(x: Stance, y: Stance) -> bool {
    use Stance::{
        ClaimedResponsibility, DeniedHappening, DeniedInvolvement, NoComment, NoneClaimed,
    };
    if x == NoneClaimed || y == NoneClaimed {
        return matches!(
            (x, y),
            (NoneClaimed, ClaimedResponsibility) | (ClaimedResponsibility, NoneClaimed)
        );
    }
    let claimed = |s: Stance| s == ClaimedResponsibility;
    if claimed(x) || claimed(y) {
        return claimed(x) != claimed(y);
    }
    matches!(
        (x, y),
        (DeniedHappening, DeniedInvolvement) | (DeniedInvolvement, DeniedHappening)
    ) || (x == NoComment) != (y == NoComment)
}

/// Do two statements report one party's same answer: the same denial (a denial whose
/// object is not told meets either kind), no comment from it, its claim of responsibility,
/// or that no one has claimed the attack? Returns the two answers as written. Such
/// statements report one fact however few words they share ("A SAF spokesman denied the
/// attack occurred" was worded apart from "Sudan's armed forces denied they carried out
/// the strike" only by its object).
pub(crate) fn same_answer(a: &Side, b: &Side) -> Option<(String, String)> {
    use Stance::{Denied, NoneClaimed};
    if !may_tell_a_response(a) || !may_tell_a_response(b) {
        return None;
    }
    let (ra, rb) = (responses(a), responses(b));
    let alike = |x: Stance, y: Stance| {
        x == y || (x.is_denial() && y.is_denial() && (x == Denied || y == Denied))
    };
    let one_party = |x: &Response, y: &Response| {
        (x.stance == NoneClaimed && y.stance == NoneClaimed)
            || y.party.iter().any(|k| x.party.contains(k))
            || names_by_initials(x, y)
            || names_by_initials(y, x)
    };
    // Statements telling a disagreement too are the detector's matter.
    if ra.iter().any(|x| {
        rb.iter()
            .any(|y| disagree(x.stance, y.stance) && one_party(x, y))
    }) {
        return None;
    }
    ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| alike(x.stance, y.stance) && one_party(x, y))
            .map(|y| (x.written.clone(), y.written.clone()))
    })
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    if !may_tell_a_response(a) || !may_tell_a_response(b) {
        return None;
    }
    let (ra, rb) = (responses(a), responses(b));
    // "No group has claimed responsibility" names no party: any party's claim disagrees.
    let one_party = |x: &Response, y: &Response| {
        x.stance == Stance::NoneClaimed
            || y.stance == Stance::NoneClaimed
            || y.party.iter().any(|k| x.party.contains(k))
    };
    // Two parties each claiming the attack ("The Shabab militia claimed responsibility"
    // against "Boko Haram claimed responsibility"): no word of their names shared.
    let two_claimants = |x: &Response, y: &Response| {
        x.stance == Stance::ClaimedResponsibility
            && y.stance == Stance::ClaimedResponsibility
            && !x.party.is_empty()
            && !y.party.is_empty()
            && !y.party.iter().any(|k| x.party.contains(k))
            && !names_by_initials(x, y)
            && !names_by_initials(y, x)
    };
    if let Some((x, y)) = ra
        .iter()
        .find_map(|x| rb.iter().find(|y| two_claimants(x, y)).map(|y| (x, y)))
    {
        return Some(Finding::soft_difference(
            ConflictKind::Entity,
            "who claimed it",
            (a, &x.written),
            (b, &y.written),
            "; two groups may each claim one attack",
        ));
    }
    let (x, y) = ra.iter().find_map(|x| {
        rb.iter()
            .find(|y| disagree(x.stance, y.stance) && one_party(x, y))
            .map(|y| (x, y))
    })?;
    Some(Finding {
        kind: ConflictKind::Status,
        severity: Severity::Soft,
        explanation: format!(
            "response differs: “{}” ({}, {}) vs “{}” ({}, {})",
            x.written,
            a.attribution_label(),
            x.stance.describe(),
            y.written,
            b.attribution_label(),
            y.stance.describe()
        ),
        value_a: Some(x.written.clone()),
        value_b: Some(y.written.clone()),
        // Against no comment, any denial is one disagreement, whatever it denies.
        subject: if x.stance == Stance::NoComment || y.stance == Stance::NoComment {
            let coarse = |s: Stance| if s.is_denial() { Stance::Denied } else { s };
            super::Subject::Stances {
                a: coarse(x.stance).describe(),
                b: coarse(y.stance).describe(),
            }
        } else {
            super::Subject::Stances {
                a: x.stance.describe(),
                b: y.stance.describe(),
            }
        },
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
        ("a denial that it happened against a denial of a part in it", "Sudan's army denied the attack occurred.", "Sudan Armed Forces spokesman Sawarmi Khaled Saad vehemently denied any links to the raid."),
        ("a gerund of the deed", "Sudan has denied striking South Sudanese territory.", "Sudan's military denied that there was any air raid."),
        ("a claim of responsibility against a denial", "The Shabab militia claimed responsibility for the bombing in a statement.", "A Shabab spokesman denied any involvement in the bombing."),
        ("no answer without the word comment", "Acme Mining did not immediately respond to questions about the spill.", "A spokesman for Acme Mining denied that waste had reached the river."),
        ("a claim against none yet", "The Islamic State group claimed responsibility for the attack in a statement.", "No group has claimed responsibility for the attack, police said."),
        ("two claimants", "The Shabab militia claimed responsibility for the bombing in a statement.", "Boko Haram claimed responsibility for the bombing on Saturday."),
        ("two claimants, one by its initials", "ISIS claims responsibility for the attack that left 129 dead.", "Boko Haram claims responsibility as the death toll rises to 129."),
        ("a claim against no claim", "There was no immediate claim of responsibility for the attack.", "The Shabab militia claimed responsibility for the attack."),
        ("an attack claimed, without the word responsibility", "The Islamic State group claimed responsibility on Tuesday through its Amaq news agency.", "No group had claimed the attack by Tuesday morning."),
        ("a claimant told again between commas", "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility for the attack.", "The Islamic State group claimed responsibility for the bombing in a statement posted online."),
        ("a party named before its speaker's name", "Sudan's army spokesman, Al-Sawarmi Khalid, denied the attack occurred.", "There was no immediate comment from the Sudanese government."),
    ];

    #[test]
    fn no_comment_against_a_denial_by_one_party_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// Pairs not flagged: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("another party", "There was no immediate comment from the Sudanese government.", "A rebel spokesman denied the group had attacked the town."),
        ("one claimant named two ways", "The Islamic State group claimed responsibility for the attack.", "Islamic State claimed responsibility for the attack in a statement."),
        ("one claimant by its initials", "ISIS claims responsibility for the attack that left 129 dead.", "Islamic State claims responsibility as the death toll rises to 129."),
        ("a claim whose party is not named", "The group claimed responsibility for the bombing.", "Boko Haram claimed responsibility for the bombing."),
        ("a party named by its kind alone", "The government declined to comment.", "The government denied the report."),
        ("a denial that says not what it denies", "Sudan denied the attack.", "Sudan's army denied it had bombed the camp."),
        ("two denials of a part", "Sudan's armed forces denied they carried out the strike.", "Sudan's army denied it had bombed the camp."),
        ("no claim yet", "No group has claimed responsibility for the bombing, police said.", "A Shabab spokesman denied any involvement in the bombing."),
        ("two claims", "The Shabab militia claimed responsibility for the bombing.", "Shabab claimed credit for the attack on the hotel."),
        ("a fault owned, not an attack claimed", "The Shabab militia denied any involvement in the bombing.", "The Shabab leader said he took responsibility for the delays."),
        ("lives claimed by the attack", "No group has claimed responsibility for the bombing, police said.", "The bombing claimed the lives of 12 people, police said."),
        ("one claimant, a faction of it", "Jamaat-ul-Ahrar, a faction of the Pakistani Taliban, claimed responsibility for the attack.", "The Pakistani Taliban claimed responsibility for the bombing."),
    ];

    #[test]
    fn responses_of_other_parties_or_of_one_stance_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn an_acronym_stands_for_the_name_its_article_gives_it() {
        let article = "The Sudan Armed Forces, or SAF, attacked a refugee camp. A SAF spokesman denied the attack occurred.";
        assert_eq!(
            acronym_expansion(article, "SAF"),
            Some(vec!["Sudan", "Armed", "Forces"])
        );
        assert_eq!(
            acronym_expansion(
                "Lowell Anger of the Crimes Against Police Officers Section (CAPOS) said.",
                "CAPOS"
            ),
            Some(vec!["Crimes", "Against", "Police", "Officers", "Section"])
        );
        assert_eq!(acronym_expansion("The SAF said so.", "SAF"), None);
        assert_eq!(
            acronym_expansion("Free Syrian Army (SAF) said.", "SAF"),
            None
        );
    }

    #[test]
    fn the_explanation_quotes_both_responses() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "response differs: “no immediate comment from the Sudanese government in Khartoum” (Daily Ledger, no comment) vs “Sudan's armed forces denied they carried out the strike” (Evening Post, a denial of any part in it)"
        );
    }

    #[test]
    fn one_partys_same_answer_is_one_fact() {
        for (a, b) in [
            (
                "ISIS claimed responsibility for the horrific Paris attacks.",
                "Islamic State claims responsibility as death toll rises to 129 people",
            ),
            (
                "Sudan's armed forces denied they carried out the strike.",
                "Sudan's government denies a connection to the bombing.",
            ),
            (
                "Sudan denied the attack, a spokesman said.",
                "A Sudanese army spokesman denied the attack occurred.",
            ),
            (
                "No group has claimed responsibility for the attack.",
                "Police said no group had yet claimed the attack.",
            ),
        ] {
            assert!(between_outlets(a, b, same_answer).is_some(), "{a} / {b}");
        }
        for (why, a, b) in [
            (
                "two answers that disagree",
                "A Sudanese spokesman denied the attack occurred.",
                "Sudan's armed forces denied they carried out the strike.",
            ),
            (
                "two parties",
                "The Shabab militia claimed responsibility for the blast.",
                "Boko Haram claimed responsibility for the blast.",
            ),
        ] {
            assert!(between_outlets(a, b, same_answer).is_none(), "{why}");
        }
    }
}
