//! Polarity conflicts: one statement reports an action as done and the other as not done
//! ("Shelton was named a suspect in the shooting" against "They have not named Gomez, Smith
//! or Shelton as suspects"; "the black boxes were recovered on Monday" against
//! "Investigators have not yet recovered the black boxes").
//!
//! An action is a word both statements write with one key (a stem or a concept), told as
//! done in a past form ("were recovered", "police arrested", "have been found") on one side
//! and denied on the other: "not", "never", "cannot" or a word in "n't" right before it, past
//! forms of "be" and "have" and a few adverbs ("has not yet been formally charged"), or a
//! subject counted as none ("no arrests have been made"), or "yet to" ("has yet to be
//! determined"), or the deed's own past form in "un-" ("casualty figures remain
//! unconfirmed" against "were confirmed"), or "without" before its "-ing" form ("left
//! without signing a joint communique"), or a verb of denial and "that" before it with no
//! other deed between ("denied on Friday that she had asked"). Nothing is read where it is no report of a fact: a question, a condition
//! ("if", "whether", "unless"), a wish or a plan ("would not have placed", "may not be
//! released"), an infinitive, an adjective ("two armed men"), a former state ("Previously,
//! agencies were required"). The two actions must share two participants in their clauses,
//! within a few words of the action (names or words other than the action): "Klitschko
//! landed 178 punches" and "Rahman didn't land a clean punch" share one, and are two
//! boxers' deeds. A denial in an article days before the deed's is how the
//! story went on ("has not been charged", then "was charged"), not a disagreement.
//!
//! A deed of a story's own kind (`deeds` in `status-cues.txt`: an arrest, a charge, a
//! concession, a grounding, a recovery) is met across outlets wherever its statements
//! stand (`claims::WORDED_CLAIMS`), and one participant in common is enough ("No charges
//! have been filed against Whitcombe" against "Whitcombe was charged"); such a deed told of
//! the past, in one outlet's two articles, or dated after the denial's article, is not
//! compared.
//!
//! Soft: a denial may be the state of things when one outlet wrote, or of one part of the
//! action.

use crate::model::ConflictKind;
use crate::text::normalize::{Term, TermKind};
use crate::text::word_lists;

use super::{Finding, Side};

word_lists::sections! {
    /// Words right before an action that deny it. This module's lists are sections of
    /// `assets/lexicon/status-cues.txt`, by name.
    NEGATIONS = STATUS_CUES["negations"];

    /// Words passed over between a denial and its action ("has not yet been charged").
    POLARITY_SKIP = STATUS_CUES["polarity-skip"];

    /// Words before a denial that make it a wish, a plan or a guess.
    pub(super) POLARITY_MODALS = STATUS_CUES["polarity-modals"];

    /// Words that make a statement's actions conditions or questions.
    CONDITIONS = STATUS_CUES["conditions"];

    /// Words that make a statement's actions a former state.
    FORMER_STATES = STATUS_CUES["former-states"];

    /// Words right before a past form that make it an adjective.
    POLARITY_ADJECTIVE_BEFORE = STATUS_CUES["polarity-adjective-before"];

    /// Past forms that do not end in "-ed".
    IRREGULAR_PAST = STATUS_CUES["irregular-past"];

    /// Denials that hold a wish or a plan: "won't", "wouldn't".
    MODAL_DENIALS = STATUS_CUES["modal-denials"];

    /// Words after a denied action that make the denial a delay: "not released until".
    POLARITY_DELAYS = STATUS_CUES["polarity-delays"];

    /// Words of a subject counted as none: "no arrests", "neither man".
    SUBJECT_DENIALS = STATUS_CUES["subject-denials"];

    /// Words that open a relative clause: what follows is said of another actor (read by
    /// `conflict::status` too).
    pub(super) RELATIVE = STATUS_CUES["relative"];

    /// Verbs that, denied, deny whatever was done with their object: "did not use rubber
    /// bullets".
    LIGHT_VERBS = STATUS_CUES["light-verbs"];

    /// States of being somewhere, told after a form of "be": "was inside".
    PRESENCE_STATES = STATUS_CUES["presence-states"];

    /// Forms of "be" that make a deed's telling passive.
    FORMS_OF_BE = STATUS_CUES["forms-of-be"];

    /// Words right before a deed in "-ing" that deny it: "without signing".
    DENYING_BEFORE_DEED = STATUS_CUES["denying-before-deed"];

    /// Verbs that deny a deed told after them and "that": "denied that she had asked".
    DENIAL_VERBS = STATUS_CUES["denial-verbs"];

    /// Deeds outlets report as done or as not done in sentences of their own (section
    /// `deeds`).
    DEEDS = STATUS_CUES["deeds"];
}

/// The most words between a denial verb and the "that" after it: "denied on Friday that".
const DENIAL_VERB_TO_THAT_WORDS: usize = 3;

/// The keys of [`DEEDS`], each with the key of the deed it tells: a concept as the lexicon
/// names it, a word by its stem.
static DEED_KEYS: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
    let key = |w: &str| {
        if w.chars().all(|c| c.is_ascii_uppercase()) {
            w.to_string()
        } else {
            crate::text::stem::stem(w)
        }
    };
    DEEDS
        .iter()
        .map(|entry| {
            let (word, deed) = word_lists::pair(entry);
            (key(word), key(deed))
        })
        .collect()
});

/// The deed a key tells, when it is one of [`DEEDS`]; else the key itself.
fn deed_of(key: &str) -> &str {
    DEED_KEYS
        .iter()
        .find(|(word, _)| word == key)
        .map_or(key, |(_, deed)| deed.as_str())
}

/// Is the key (a deed's, as [`deed_of`] gives it) one of [`DEEDS`]?
fn is_deed(key: &str) -> bool {
    DEED_KEYS.iter().any(|(_, deed)| deed == key)
}

/// What a statement's reports of a deed done or not done can meet another statement's on:
/// the key of each of [`DEEDS`] it tells as done or as denied, as [`detect`] reads it;
/// none for a question, a condition, or a statement of the past.
pub(crate) fn deed_keys(s: &Side) -> Vec<String> {
    if reports_no_fact(s) || s.tells_of_the_past() {
        return Vec::new();
    }
    s.features
        .terms
        .iter()
        .filter(|t| is_deed(deed_of(&t.key)) && polarity_of(s, t).is_some())
        .map(|t| deed_of(&t.key).to_string())
        .collect()
}

/// Is the word after the one at byte `at` this one ("not only")?
fn next_word_is(s: &Side, at: usize, word: &str) -> bool {
    s.features
        .parse
        .words_between(s.text(), at, s.text().len())
        .get(1)
        .is_some_and(|(_, w)| w == word)
}

/// The folded words after the action, up to the end of its clause.
fn clause_after<'s>(s: &'s Side, term: &Term) -> impl Iterator<Item = String> + 's {
    let (_, end) = clause_of(s.text(), term);
    s.features
        .parse
        .words_between(s.text(), term.end, end)
        .into_iter()
        .map(|(_, w)| w.into_owned())
}

/// Is the denial of the action a delay: a word of [`POLARITY_DELAYS`] after it, before a
/// comma ("will not be released until Monday"; not "had not yet been located in the
/// wreckage, which would make it harder ... before the crash")?
fn delayed(s: &Side, term: &Term) -> bool {
    let (_, end) = clause_of(s.text(), term);
    let end = s.text()[term.end..end]
        .find(',')
        .map_or(end, |i| term.end + i);
    s.features
        .parse
        .words_between(s.text(), term.end, end)
        .iter()
        .any(|(_, w)| POLARITY_DELAYS.contains(&w.as_ref()))
}

/// How a statement reports an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Polarity {
    Done,
    Denied,
}

/// Forms of "be" right before an "-ing" form that tell a deed under way ("was undergoing").
const PROGRESSIVE_BE: &[&str] = &["been", "is", "are", "was", "were"];

/// The most words looked at before an action: "no arrests have yet been made".
const WORDS_BEFORE: usize = 6;

/// The most words of a subject counted as none before its action: "no other injuries".
const SUBJECT_WORDS: usize = 2;

/// Articles further apart than this tell other days of a story, or other stories.
const MAX_SAME_NEWS_DAYS: i64 = 3;

/// How many participants the two actions must share: one word in common ("punch", "the
/// victims") is as often said of two people's deeds ("Klitschko landed 178 punches" and
/// "Rahman didn't land a clean punch").
const SHARED_PARTICIPANTS: usize = 2;

/// How many participants the two tellings of a deed of [`DEEDS`] must share.
const SHARED_PARTICIPANTS_OF_A_DEED: usize = 1;

/// The most words between an action and a participant both statements name: "named Gomez,
/// Smith or Shelton".
const PARTICIPANT_WORDS: usize = 5;

/// Marks that end a clause: the participants of an action are read within them.
const CLAUSE_MARKS: &[char] = &[
    ',', ';', ':', '.', '!', '?', '"', '“', '”', '(', ')', '—', '–',
];

/// Is the word a past form that does not end in "-ed" ("found", "fled")?
pub(crate) fn is_irregular_past(word: &str) -> bool {
    IRREGULAR_PAST.contains(&word)
}

/// Is the word a past form: "recovered", "found"?
pub(crate) fn is_past_form(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ed")) || is_irregular_past(word)
}

/// Does the word deny what follows: "not", "never", "hasn't", "n't"?
pub(super) fn is_negation(word: &str) -> bool {
    // A lone "t" is the end of a denial some archives space apart ("hadn’ t").
    NEGATIONS.contains(&word) || word.ends_with("n't") || word.ends_with("n’t") || word == "t"
}

/// Is the word a figure: "two", "12"?
fn is_figure(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii_digit() || b == b',')
        || crate::text::numbers::simple_number_word(word).is_some()
}

/// How the statement reports the action of `term`, with the byte where its telling starts
/// (the denial's first word, or the action), or None where it reports no fact.
fn polarity_of(s: &Side, term: &Term) -> Option<(Polarity, usize)> {
    let text = s.text();
    let parse = &s.features.parse;
    let word = s.written_word(term);
    if term.kind == TermKind::Name
        || word.contains(char::is_whitespace)
        || s.is_quoted_at(term.start)
    {
        return None;
    }
    // The words before the action within its clause, nearest first.
    let before: Vec<(usize, String)> = parse
        .words_before(text, term.start)
        .take_while(|(_, w)| w.chars().any(char::is_alphanumeric))
        .take(WORDS_BEFORE)
        .map(|(at, w)| (at, w.into_owned()))
        .collect();
    // A deed told in a past form, or under way after a form of "be" ("had been undergoing
    // maintenance"), or a presence after one ("who was inside the warehouse").
    let after_be = || {
        before
            .first()
            .is_some_and(|(_, w)| PROGRESSIVE_BE.contains(&w.as_str()))
    };
    let told_done = is_past_form(&word)
        || (word.ends_with("ing") || PRESENCE_STATES.contains(&word.as_ref())) && after_be();
    // "left without signing a joint communique": a deed not done.
    if word.ends_with("ing")
        && let Some((at, _)) = before
            .first()
            .filter(|(_, w)| DENYING_BEFORE_DEED.contains(&w.as_str()))
    {
        return Some((Polarity::Denied, *at));
    }
    // "denied on Friday that she had asked": a deed someone denies, told after "that" with
    // no other deed between.
    if let Some(that) = before.iter().position(|(_, w)| w == "that")
        && before[..that]
            .iter()
            .all(|(_, w)| is_skipped(w) || !is_past_form(w))
        && let Some((at, _)) = before[that + 1..]
            .iter()
            .take(DENIAL_VERB_TO_THAT_WORDS)
            .find(|(_, w)| DENIAL_VERBS.contains(&w.as_str()))
    {
        return Some((Polarity::Denied, *at));
    }
    let mut rest = before.iter().skip_while(|(_, w)| is_skipped(w));
    let Some((at, nearest)) = rest.next() else {
        return told_done.then_some((Polarity::Done, term.start));
    };
    let after_it = || {
        rest.clone()
            .find(|(_, w)| !is_skipped(w))
            .map(|(_, w)| w.as_str())
    };
    if is_negation(nearest) {
        // "would not have placed", "won't be released": a wish or a plan denied; "not only
        // repulsed an attack" is no denial; "not released until Monday" a delay.
        let modal = |w: &str| {
            POLARITY_MODALS.contains(&w) || MODAL_DENIALS.contains(&w.replace('’', "'").as_str())
        };
        let after: Vec<String> = clause_after(s, term).collect();
        if modal(nearest)
            || after_it().is_some_and(modal)
            || next_word_is(s, *at, "only")
            || after.first().is_some_and(|w| w == "only")
            || delayed(s, term)
        {
            return None;
        }
        return Some((Polarity::Denied, *at));
    }
    if nearest == "to" {
        // "has yet to be determined": not done; any other infinitive tells no deed.
        return rest
            .next()
            .filter(|(_, w)| w == "yet")
            .map(|(at, _)| (Polarity::Denied, *at));
    }
    // "A security guard who was inside": a presence told in a clause of its person is told.
    let presence = PRESENCE_STATES.contains(&word.as_ref()) && told_done;
    if POLARITY_MODALS.contains(&nearest.as_str())
        || POLARITY_ADJECTIVE_BEFORE.contains(&nearest.as_str())
        || (RELATIVE.contains(&nearest.as_str()) && !presence)
        || is_figure(nearest)
    {
        return None;
    }
    // "no arrests have been made", "none were found", "no other injuries were reported": a
    // subject counted as none.
    if SUBJECT_DENIALS.contains(&nearest.as_str()) {
        return Some((Polarity::Denied, *at));
    }
    if let Some((at, _)) = rest
        .take(SUBJECT_WORDS)
        .find(|(_, w)| SUBJECT_DENIALS.contains(&w.as_str()))
    {
        return Some((Polarity::Denied, *at));
    }
    // A deed told in a clause that denies something ("no financial terms were disclosed",
    // "did not have an attorney listed", "suffered non-life threatening injuries") is no
    // deed done.
    let (clause_start, clause_end) = clause_of(text, term);
    let words = parse.words_between(text, clause_start, clause_end);
    if words.iter().any(|(at, w)| {
        *at < term.start && (is_negation(w) || SUBJECT_DENIALS.contains(&w.as_ref()))
            || w.starts_with("non-")
    }) {
        return None;
    }
    told_done.then_some((Polarity::Done, term.start))
}

/// Does the statement hold a word of denial ("not", "n't", "no", "yet"), without which it
/// denies no action?
fn may_deny(s: &Side) -> bool {
    s.features.parse.folded_words().any(|w| {
        is_negation(w)
            || SUBJECT_DENIALS.contains(&w)
            || DENYING_BEFORE_DEED.contains(&w)
            || DENIAL_VERBS.contains(&w)
            || w == "yet"
            || (w.starts_with("un") && is_past_form(w))
    })
}

/// Is the statement a question or a condition, whose actions no one reports as facts?
fn reports_no_fact(s: &Side) -> bool {
    s.text().contains('?')
        || s.features
            .parse
            .folded_words()
            .any(|w| CONDITIONS.contains(&w) || FORMER_STATES.contains(&w))
}

/// The byte range of the clause around `term`: back to a mark, on across commas, which
/// after an action part the items of its object ("named Gomez, Smith or Shelton").
fn clause_of(text: &str, term: &Term) -> (usize, usize) {
    let start = text[..term.start]
        .char_indices()
        .rfind(|(_, c)| CLAUSE_MARKS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let end = text[term.end..]
        .find(|c: char| c != ',' && CLAUSE_MARKS.contains(&c))
        .map_or(text.len(), |i| term.end + i);
    (start, end)
}

/// Do the two actions share a participant: a term other than the action, in its clause
/// and within a few words of it, in both statements?
fn share_participant(a: &Side, ta: &Term, b: &Side, tb: &Term, needed: usize) -> bool {
    let others = |s: &Side, t: &Term| -> Vec<String> {
        let text = s.text();
        let (start, end) = clause_of(text, t);
        // Words between, but for the auxiliaries and denials of the telling.
        let words = |from: usize, to: usize| {
            s.features
                .parse
                .words_between(text, from, to)
                .iter()
                .filter(|(_, w)| !(is_skipped(w) || is_negation(w) || w == "to"))
                .count()
        };
        let subject = subject_before_appositive(s, start, t);
        s.features
            .terms
            .iter()
            .filter(|o| o.key != t.key)
            .filter(|o| {
                let in_clause = o.start >= start
                    && o.end <= end
                    && if o.end <= t.start {
                        words(o.end, t.start) <= PARTICIPANT_WORDS
                    } else {
                        words(t.end, o.start) <= PARTICIPANT_WORDS
                    };
                in_clause || subject.is_some_and(|(from, to)| o.start >= from && o.end <= to)
            })
            .map(|o| o.key.clone())
            .collect()
    };
    let (mut pa, pb) = (others(a, ta), others(b, tb));
    pa.sort_unstable();
    pa.dedup();
    pa.iter().filter(|k| pb.contains(k)).count() >= needed
}

/// The subject of a clause that opens with its verb after an appositive ("The bridge,
/// completed in 1967, was not undergoing maintenance"): the words before the appositive,
/// from the mark before them, as a byte range; None for any other clause.
fn subject_before_appositive(s: &Side, clause_start: usize, t: &Term) -> Option<(usize, usize)> {
    let text = s.text();
    let opens_with_verb = s
        .features
        .parse
        .words_between(text, clause_start, t.start)
        .first()
        .is_some_and(|(_, w)| is_skipped(w) || is_negation(w));
    let comma = clause_start.checked_sub(1)?;
    if !opens_with_verb || text.as_bytes().get(comma) != Some(&b',') {
        return None;
    }
    let appositive_start = text[..comma].rfind(',')?;
    let subject_start = text[..appositive_start]
        .char_indices()
        .rfind(|(_, c)| CLAUSE_MARKS.contains(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some((subject_start, appositive_start))
}

/// Is the denial a subject counted as none ("No Republicans voted for the bill") whose
/// subject the other statement never names ("Thirty-three Democrats voted against the
/// bill")? It denies that subject's deed, not the other's. A subject that is the deed
/// itself ("no arrests have been made" against "police arrested two") is named by it.
fn denies_another_subject(denied: &Side, from: usize, action: &Term, other: &Side) -> bool {
    let text = denied.text();
    let parse = &denied.features.parse;
    let is_subject_denial = parse
        .words_between(text, from, action.start)
        .first()
        .is_some_and(|(at, w)| *at == from && SUBJECT_DENIALS.contains(&w.as_ref()));
    if !is_subject_denial {
        return false;
    }
    let subject: Vec<&Term> = denied
        .features
        .terms
        .iter()
        .filter(|t| t.start > from && t.end <= action.start && t.key != action.key)
        .collect();
    !subject.is_empty()
        && subject
            .iter()
            .all(|t| !other.features.terms.iter().any(|o| o.key == t.key))
}

/// The key of the doer named right before an action told in the active voice, past its
/// auxiliaries and denial ("the police explained", "his friends have not explained"); `None`
/// for the passive voice ("the black boxes were recovered": the boxes are no doers), a
/// pronoun or no subject.
fn active_subject(s: &Side, action: &Term) -> Option<String> {
    let before: Vec<_> = s
        .features
        .parse
        .words_before(s.text(), action.start)
        .take(WORDS_BEFORE)
        .collect();
    let nearest = before
        .iter()
        .position(|(_, w)| !(is_skipped(w) || is_negation(w)))?;
    if before[..=nearest]
        .iter()
        .any(|(_, w)| FORMS_OF_BE.contains(&w.as_ref()))
    {
        return None;
    }
    let at = before[nearest].0;
    s.features
        .terms
        .iter()
        .find(|t| t.start <= at && at < t.end && t.key != action.key)
        .map(|t| t.key.clone())
}

/// Does the statement of the deed date it after the denial's article ("arrested ... on
/// Saturday, May 21" against "No arrest had been made Saturday evening" in an article of
/// May 14)? The denial was then true when written.
fn done_after_denial(denied: &Side, done: &Side) -> bool {
    denied.article_date.is_some_and(|written| {
        done.features
            .parse
            .dates
            .iter()
            .filter_map(|d| d.resolved)
            .any(|day| day > written)
    })
}

/// The days from the denial's article to the deed's, when both are dated.
fn days_from_denial(denied: &Side, done: &Side) -> i64 {
    match (denied.article_date, done.article_date) {
        (Some(x), Some(y)) => (y - x).num_days(),
        _ => 0,
    }
}

/// The words of a telling, from its first word (with the forms of "be" and "have" before
/// it: "have not named", "was named") to the action's end, as written.
fn telling(s: &Side, from: usize, term: &Term) -> String {
    let start = s
        .features
        .parse
        .words_before(s.text(), from)
        .take_while(|(_, w)| is_skipped(w))
        .last()
        .map_or(from, |(at, _)| at);
    s.text()[start..term.end].trim().to_string()
}

/// Is the word passed over between a denial and its action?
fn is_skipped(word: &str) -> bool {
    POLARITY_SKIP.contains(&word) || word.ends_with("ly")
}

/// Compare how the two statements report an action both tell.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    // One side must deny something; most pairs are read no further.
    if !(may_deny(a) || may_deny(b)) || reports_no_fact(a) || reports_no_fact(b) {
        return None;
    }
    let (ra, rb) = (readings(a, b), readings(b, a));
    for (ta, key, pa, from_a) in &ra {
        for (tb, _, pb, from_b) in rb.iter().filter(|r| r.1 == *key) {
            // A deed of the story's kind (an arrest, a charge, a recovery) is told of one
            // participant the two share ("No charges have been filed against Whitcombe"
            // against "Whitcombe was charged on Wednesday").
            let deed = is_deed(key);
            let needed = if deed {
                SHARED_PARTICIPANTS_OF_A_DEED
            } else {
                SHARED_PARTICIPANTS
            };
            if pa == pb || !share_participant(a, ta, b, tb, needed) {
                continue;
            }
            // Such a deed told of the past ("was charged in May 2015 in that shooting") is
            // another occasion's; one outlet's two articles tell how its story went on.
            if deed && (a.outlet == b.outlet || a.tells_of_the_past() || b.tells_of_the_past()) {
                continue;
            }
            let ((denied, denied_term, denied_from), done) = if *pa == Polarity::Denied {
                ((a, *ta, *from_a), b)
            } else {
                ((b, *tb, *from_b), a)
            };
            if denies_another_subject(denied, denied_from, denied_term, done) {
                continue;
            }
            // Two doers named right before the deed, each told in the active voice ("the
            // police explained" against "his friends have not explained"): two deeds.
            if let (Some(x), Some(y)) = (active_subject(a, ta), active_subject(b, tb))
                && x != y
            {
                continue;
            }
            // Not yet done when one outlet wrote, done by the other's day; articles further
            // apart tell other days of a story, or other stories. A presence ("was not
            // inside the building when the fire started") is told of one moment, whenever
            // each outlet wrote.
            let days = days_from_denial(denied, done);
            let presence = PRESENCE_STATES.contains(&a.written_word(ta).as_ref());
            let last_day = if presence { MAX_SAME_NEWS_DAYS } else { 0 };
            if !(-MAX_SAME_NEWS_DAYS..=last_day).contains(&days)
                || (!presence && done_after_denial(denied, done))
            {
                continue;
            }
            let (value_a, value_b) = (telling(a, *from_a, ta), telling(b, *from_b, tb));
            return Some(Finding::soft_difference(
                ConflictKind::Status,
                "status",
                (a, &value_a),
                (b, &value_b),
                "; one reports it done, the other not done",
            ));
        }
    }
    None
}

/// The actions a statement tells once, each as (its term, the action's key, how it is told,
/// where its telling starts). A past form in "un-" denies the deed of the rest ("casualty
/// figures remain unconfirmed" against "confirmed"). A statement that tells an action more
/// than once ("You can't play the way I played") tells more than one doing of it: none is
/// read. Only actions the `other` statement may tell too are read (its keys, with or
/// without "un").
fn readings<'s>(s: &'s Side, other: &Side) -> Vec<(&'s Term, String, Polarity, usize)> {
    let terms = &s.features.terms;
    let in_other = |key: &str| {
        other.features.terms.iter().any(|o| {
            deed_of(&o.key) == deed_of(key)
                || o.key.strip_prefix("un") == Some(key)
                || key.strip_prefix("un") == Some(o.key.as_str())
        })
    };
    let mut out: Vec<(&Term, String, Polarity, usize)> = terms
        .iter()
        .filter(|t| in_other(&t.key))
        .filter_map(|t| {
            let (polarity, from) = polarity_of(s, t)?;
            let word = s.written_word(t);
            match t.key.strip_prefix("un") {
                Some(rest)
                    if polarity == Polarity::Done
                        && word.len() > 6
                        && is_past_form(&word)
                        && !rest.is_empty() =>
                {
                    Some((t, rest.to_string(), Polarity::Denied, from))
                }
                _ => Some((t, deed_of(&t.key).to_string(), polarity, from)),
            }
        })
        .collect();
    let told = |key: &str| terms.iter().filter(|o| o.key == key).count();
    out.retain(|(t, key, _, _)| told(&t.key) == 1 && (*key == t.key || told(key) == 0));
    out.extend(light_readings(s, other));
    out
}

/// The prefix of the key of a deed read by its object ([`light_readings`]).
const BY_OBJECT: &str = "#object ";

/// The object of an action: the first term after it in its clause with only stop words
/// between ("fired rubber bullets" gives "rubber", "did not use the tear gas" "tear").
pub(super) fn object_of<'s>(s: &'s Side, action: &Term) -> Option<&'s Term> {
    let text = s.text();
    let (_, end) = clause_of(text, action);
    s.features
        .terms
        .iter()
        .filter(|o| o.start >= action.end && o.end <= end && o.kind != TermKind::Name)
        .find(|o| {
            s.features
                .parse
                .words_between(text, action.end, o.start)
                .iter()
                .all(|(_, w)| crate::text::lexicon::is_stop_word(w))
        })
}

/// Deeds read by their object: a light verb denied ("did not use rubber bullets",
/// `light-verbs`) denies whatever was done with its object, so it meets an action done
/// with that object right after it ("fired rubber bullets"). Keyed [`BY_OBJECT`] and the
/// object's key, on both sides, only when the other statement denies a light verb or
/// tells it done: one light verb against another is read by its own key already.
fn light_readings<'s>(s: &'s Side, other: &Side) -> Vec<(&'s Term, String, Polarity, usize)> {
    let is_light = |side: &Side, t: &Term| LIGHT_VERBS.contains(&side.written_word(t).as_ref());
    let other_light = other.features.terms.iter().any(|t| is_light(other, t));
    let this_light = s.features.terms.iter().any(|t| is_light(s, t));
    if !other_light && !this_light {
        return Vec::new();
    }
    s.features
        .terms
        .iter()
        .filter_map(|t| {
            let light = is_light(s, t);
            // A light verb on one side only: the other side's deeds are read by object.
            if light == other_light {
                return None;
            }
            let (polarity, from) = polarity_of(s, t)?;
            if light && polarity != Polarity::Denied {
                return None;
            }
            let object = object_of(s, t)?;
            Some((t, format!("{BY_OBJECT}{}", object.key), polarity, from))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each};
    use crate::model::Severity;

    #[test]
    fn a_deed_denied_by_another_outlet_is_a_soft_status_conflict() {
        for (why, a, b, denied) in [
            (
                "a suspect named, and not",
                "Shelton was named a suspect in the shooting that left five people dead.",
                "They have not named Gomez, Smith or Shelton as suspects.",
                "have not named",
            ),
            (
                "recorders recovered, and not yet",
                "The black boxes were recovered on Monday, the airline said.",
                "Investigators have not yet recovered the black boxes.",
                "not yet recovered",
            ),
            (
                "one deed in another word (`deeds`), a clause after the denial",
                "Investigators had recovered the train's data recorder from the cab on Tuesday.",
                "The train's data recorder had not yet been located in the wreckage, which would make it harder to establish what happened in the seconds before the crash.",
                "had not yet been located",
            ),
            (
                "none made",
                "Police arrested two suspects at the scene.",
                "No suspects have been arrested, police said.",
                "No suspects have been arrested",
            ),
            (
                "under way, and not",
                "The bridge was built in the 1960s and had been undergoing maintenance work.",
                "The bridge, completed in 1967, was not undergoing maintenance at the time.",
                "was not undergoing",
            ),
            (
                "a deed denied by its own word",
                "There were varying reports of casualties, but the casualty figures remain unconfirmed by officials.",
                "The casualty figures were confirmed by officials on Friday.",
                "unconfirmed",
            ),
            (
                "a warning denied",
                "There were no immediate reports of damage or casualties and no tsunami alert was issued.",
                "The Meteorology and Geophysics Agency had issued a tsunami alert, but it was revoked within an hour.",
                "no tsunami alert was issued",
            ),
            (
                "yet to",
                "The cause of the crash was determined by investigators.",
                "The cause of the crash has yet to be determined.",
                "yet to be determined",
            ),
            (
                "an arrest, one participant shared",
                "Police arrested one suspect near the station's east gate, the mayor said.",
                "Police said on Sunday that no arrests had been made in connection with the attack.",
                "no arrests",
            ),
            (
                "a light verb denied, against a deed done with its object (`light-verbs`)",
                "Police fired rubber bullets at a group of protesters near the square, a police spokesman confirmed.",
                "Police did not use rubber bullets at any point, a spokesman for the force said.",
                "did not use",
            ),
            (
                "a presence told after a form of \"be\", and denied (`presence-states`)",
                "A security guard who was inside the warehouse when the fire broke out was treated in hospital.",
                "The warehouse's only night security guard was not inside the building when the fire started.",
                "was not inside",
            ),
            (
                "a deed left undone",
                "The two leaders signed a joint statement late on Thursday, pledging to reopen the border.",
                "The two leaders left the talks on Thursday without signing a joint statement, diplomats said.",
                "without signing",
            ),
            (
                "a deed its doer denies",
                "The prime minister asked the president to dissolve parliament at a meeting on Thursday.",
                "The prime minister's office denied that she had asked the president to dissolve parliament.",
                "denied that she had asked",
            ),
        ] {
            let found = between_outlets(a, b, detect).unwrap_or_else(|| panic!("{why}"));
            assert_eq!(found.kind, ConflictKind::Status, "{why}");
            assert_eq!(found.severity, Severity::Soft, "{why}");
            assert!(
                found.explanation.contains(denied),
                "{why}: {}",
                found.explanation
            );
        }
    }

    #[test]
    fn conditions_wishes_adjectives_and_other_matters_are_no_denial() {
        check_each(
            &[
                (
                    "presences of two people",
                    "The driver was not inside the truck when it exploded, police said.",
                    "A passenger who was inside the truck was killed in the blast.",
                ),
                (
                    "a light verb denied of another object",
                    "Police fired rubber bullets at protesters near the square, a police spokesman said.",
                    "Police did not use tear gas near the square, a police spokesman said.",
                ),
                (
                    "a condition",
                    "Payton said the Saints would not have placed Bush on injured reserve if they were still fighting for the playoffs.",
                    "The Saints have placed Bush on injured reserve.",
                ),
                (
                    "whether",
                    "Officials have not confirmed whether the gun is related to the shooting.",
                    "A bystander, who was not related to the victims, was struck in the arm.",
                ),
                (
                    "two participants",
                    "Police have not charged anyone in the shooting.",
                    "The man was charged with murder on Friday.",
                ),
                (
                    "two doers in the active voice",
                    "Yesterday, the police explained that officers shot and killed a 16-year-old in Brooklyn because he allegedly pointed a gun at the cops.",
                    "His friends have not explained exactly what caused the police officers to shoot.",
                ),
                (
                    "a denial bounded in time",
                    "Estes said officers couldn't return fire initially as Vance stood behind a group of people, including women.",
                    "Dougherty said Vance, who was wounded twice in his torso when officers returned fire, stole a patrol truck.",
                ),
                (
                    "a subject counted as none that the other never names",
                    "No Republicans voted for the bill, and 34 Democrats joined them in opposition.",
                    "Thirty-three Democrats voted against the bill.",
                ),
                (
                    "both denied",
                    "A suspect had not yet been identified, police said.",
                    "No suspects have been identified and no arrests have been made.",
                ),
                (
                    "an adjective",
                    "The suspects were not armed, police said.",
                    "Two armed suspects robbed the store.",
                ),
                (
                    "the same told two ways",
                    "None suffered life-threatening injuries, police said Wednesday.",
                    "The victims suffered non-life threatening injuries, police said.",
                ),
                (
                    "a plan",
                    "The names of the victims will not be released until families are notified.",
                    "Police released the names of the victims on Monday.",
                ),
                (
                    "a time not before which",
                    "Elections are not expected before mid-November.",
                    "The government will stay on until elections expected in November.",
                ),
                (
                    "a charge of another occasion",
                    "Evans was charged in May 2015 in that shooting but the case was dismissed.",
                    "Police said Evans is not charged with the teenager's murder.",
                ),
                (
                    "another deed between the denial and the one compared",
                    "The minister denied that the army had bombed the camp after the rebels attacked it.",
                    "Rebels attacked the camp on Tuesday, witnesses said.",
                ),
            ],
            detect,
            false,
        );
    }

    #[test]
    fn a_denial_days_before_the_deed_is_how_the_story_went_on() {
        use crate::conflict::testing::{Written, run};
        let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2016, 3, d);
        let flagged = |da, db| {
            run(
                Written::new(
                    "Thomas and Shelton have not been charged in the massacre.",
                    "A",
                )
                .dated(da),
                Written::new("Thomas and Shelton were charged in the massacre.", "B").dated(db),
                detect,
            )
            .is_some()
        };
        assert!(!flagged(day(1), day(20)));
        assert!(flagged(day(4), day(2)));
        assert!(!flagged(day(20), day(1)), "another day of the story");
        assert!(flagged(None, None));
        // A presence is told of one moment: denied a day before it is told, it still
        // disagrees.
        let denied_first = run(
            Written::new(
                "The night security guard was not inside the warehouse when the fire started.",
                "A",
            )
            .dated(day(1)),
            Written::new(
                "A security guard who was inside the warehouse when the fire broke out was hurt.",
                "B",
            )
            .dated(day(2)),
            detect,
        );
        assert!(denied_first.is_some());
    }
}
