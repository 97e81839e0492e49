//! Date conflicts: two statements of one fact that place it on different days, after
//! weekdays are resolved against each article's date, or that start it in different months
//! ("fighting began in July" against "uprooted since June as a result of fighting").
//!
//! A date is only compared when both statements attach it to the same happening (the words
//! next to each date share a term: "shot Friday" vs "shot on Saturday", not "charged on
//! Saturday" vs "killed Friday"), when it tells when something happened (not a scheduled
//! hearing), and, for a weekday or "yesterday", when the two days are close: a weekday
//! read against a wrong article date (a page stamped with its last update) lands weeks
//! away, which is a misreading, not a disagreement between outlets. The same relative words
//! on both sides ("this evening" and "this evening") name two days only when the articles
//! are dated apart: a copy keeps its first day's words, so they are not compared. Where an
//! article is undated, its weekdays are still days: two weekday names are two days whatever
//! week each falls in ("died on Friday" against "died on Thursday"), shown as written; a
//! possessive one names a thing's day ("Sunday's game"), not the clause's happening.
//!
//! A happening told by its year or month, often an earlier one ("since the March 2018
//! bombing at the bus station" against "since the 2017 bombing of the bus station"), is
//! compared when each statement writes one such date, the words around the two dates are
//! shared, and the years are at most two apart: years further apart date two happenings.
//!
//! A death of wounds ("died from his injuries Saturday") is a later happening, compared
//! only with another. Statements that date one happening in one place meet across sources
//! even when they share few words (`dated_happenings`, read by `claims::WORDED_CLAIMS`).

use crate::model::{ConflictKind, Severity};
use crate::text::date::{DateMention, DatePrecision};
use crate::text::normalize::{Term, TermKind};
use crate::text::{lexicon, word_lists};

use super::number::places::{names, place_names};
use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Words before a date that make it the edge of a span, not when something happened. This
    /// module's word lists are sections of `assets/lexicon/date-cues.txt`, by name.
    SPAN_EDGE_WORDS = DATE_CUES["span-edges"];

    /// Words shortly before a date that make it a plan, which may move without anyone erring.
    SCHEDULE_WORDS = DATE_CUES["schedule"];

    /// Nouns that name the article's own event without telling what it was ("the
    /// incident").
    INCIDENT_NOUNS = DATE_CUES["incident-nouns"];

    /// Verbs right after "the incident" that make a date after them its time.
    OCCURRENCE_VERBS = DATE_CUES["occurrence-verbs"];
}

/// How many words before a date "the incident" may stand and still be what it dates ("The
/// incident happened at about 9:45 p.m.", "the accident occurred late Saturday").
const INCIDENT_REACH_WORDS: usize = 5;

/// The happenings of the article's own event when a date is told of "the incident" (see
/// [`INCIDENT_NOUNS`]) in its clause, a few words before it: those of the article's
/// headline and lede (`Side::lead_statements`). "The incident happened about 9:45 p.m." then tells
/// the hour of the shooting its article leads with.
pub(super) fn incident_happenings(s: &Side, d: &DateMention) -> Vec<String> {
    let text = s.text();
    let words: Vec<_> = s
        .features
        .parse
        .words_before(text, d.start)
        .take(INCIDENT_REACH_WORDS + 1)
        .collect();
    // Nearest first: the verb, the noun, its determiner ("the incident happened").
    let told_of_incident = words.windows(3).take(INCIDENT_REACH_WORDS).any(|w| {
        let ((_, verb), (at, noun), (_, determiner)) = (&w[0], &w[1], &w[2]);
        is_incident_told(determiner, noun, verb) && !breaks_clause(s, at + noun.len(), d.start)
    });
    if !told_of_incident {
        return Vec::new();
    }
    s.lead_statements()
        .into_iter()
        .flat_map(|(f, _)| f.terms.iter())
        .filter(|t| is_happening(t))
        .map(|t| t.key.clone())
        .collect()
}

/// Does the statement tell where or how "the incident" happened, the article's own event
/// named by a noun of [`INCIDENT_NOUNS`] after "the", "this" or "that" and before a verb of
/// [`OCCURRENCE_VERBS`] ("The attack took place on Platform 9")?
pub(super) fn tells_the_incident(s: &Side) -> bool {
    let words: Vec<&str> = s.features.parse.folded_words().collect();
    words.windows(3).any(|w| is_incident_told(w[0], w[1], w[2]))
}

/// Do three words in turn tell "the incident" happening: "the", "this" or "that", a noun of
/// [`INCIDENT_NOUNS`] and a verb of [`OCCURRENCE_VERBS`] ("the attack took", "the incident
/// happened")?
fn is_incident_told(determiner: &str, noun: &str, verb: &str) -> bool {
    matches!(determiner, "the" | "this" | "that")
        && INCIDENT_NOUNS.contains(&noun)
        && OCCURRENCE_VERBS.contains(&verb)
}

/// How far (in bytes) either side of a date its anchoring words may be, names between them
/// not counted before the date ("capsized off Indonesia's Sulawesi island early on
/// Monday").
const ANCHOR_REACH_BYTES: usize = 32;

/// The most days two resolved weekdays may differ by and still be a disagreement.
const MAX_RELATIVE_GAP_DAYS: i64 = 3;

fn is_compared(s: &Side, d: &DateMention) -> bool {
    // A weekday or a day of a month of an undated article is a day too, though not one of
    // the calendar.
    if d.precision != DatePrecision::Day
        || d.resolved.is_none() && weekday_told(d).is_none() && month_day_told(s, d).is_none()
    {
        return false;
    }
    let text = s.text();
    let parse = &s.features.parse;
    // The word right before the date (spaces between them): "until Monday", "nearby Monday".
    let head_word = parse.words_before(text, d.start).next().filter(|&(at, _)| {
        let end = token_end(s, at).min(d.start);
        text[end..d.start].chars().all(char::is_whitespace)
    });
    let lower = folded(s, d);
    if SPAN_EDGE_WORDS
        .iter()
        .any(|w| head_word.as_ref().is_some_and(|(_, h)| h.ends_with(w)) || lower.starts_with(w))
    {
        return false;
    }
    !is_scheduled(s, d)
}

/// Is the date a plan, a word of [`SCHEDULE_WORDS`] shortly before it ("is scheduled for a
/// preliminary hearing April 7", "will appear in court Monday", "will be put to a vote in
/// March")?
fn is_scheduled(s: &Side, d: &DateMention) -> bool {
    let text = s.text();
    let near_start = text[..d.start]
        .char_indices()
        .rev()
        .nth(ANCHOR_REACH_BYTES + 16)
        .map_or(0, |(i, _)| i);
    // The words shortly before the date, each cut into runs of ASCII letters: a schedule
    // word is one run ("will", not "willing"), or two runs with one space between them.
    let near = s.features.parse.words_between(text, near_start, d.start);
    SCHEDULE_WORDS.iter().any(|w| match w.split_once(' ') {
        None => near.iter().any(|(_, n)| runs(n).contains(w)),
        Some((x, y)) => near.windows(2).any(|p| {
            let ((at, first), (next, second)) = (&p[0], &p[1]);
            token_end(s, *at) + 1 == *next
                && text[..*next].ends_with(' ')
                && runs(first).last() == Some(&x)
                && runs(second).first() == Some(&y)
        }),
    })
}

/// The runs of ASCII letters of a folded word.
fn runs(word: &str) -> Vec<&str> {
    word.split(|c: char| !c.is_ascii_alphabetic()).collect()
}

/// The end of the statement's token that holds byte `at`.
fn token_end(s: &Side, at: usize) -> usize {
    let tokens = &s.features.parse.tokens;
    tokens
        .get(tokens.partition_point(|t| t.end <= at))
        .map_or(at, |t| t.end)
}

word_lists::sections! {
    /// Words that start another clause with a time of its own: "hunting on Monday after he
    /// shot two officers".
    CLAUSE_BREAKS = DATE_CUES["clause-breaks"];

    /// Prepositions that open an aside of place ("in the southern Halvik district").
    PLACE_ASIDE_OPENERS = DATE_CUES["place-aside-openers"];
}

/// The most words between a date and a happening after it ("Sunday morning shooting",
/// "Friday that killed"): further on, a verb of its own governs the date ("on Monday
/// identified the suspect in the shooting").
const MAX_WORDS_TO_LATER_ANCHOR: usize = 2;

word_lists::sections! {
    /// Words that open a date ("yesterday", "last"): no noun a participle describes.
    DATE_STARTER_WORDS = DATE_CUES["date-starters"];
}

word_lists::sections! {
    /// Words shortly before a happening that make it another one than the story's: "in other
    /// shootings on Thursday", "the second child to die Tuesday".
    OTHER_HAPPENING_WORDS = DATE_CUES["other-happening"];
}

word_lists::sections! {
    /// Words of a happening that the lexicon has no concept for, read only here, as the
    /// happenings a date may be tied to ("the plane crashed on Tuesday", "the quake struck
    /// on Sunday"): a concept would change how statements are matched.
    DATED_HAPPENING_WORDS = DATE_CUES["happening-words"];
}

/// The stems of [`DATED_HAPPENING_WORDS`], stemmed once.
static DATED_HAPPENING_STEMS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    DATED_HAPPENING_WORDS
        .iter()
        .map(|w| crate::text::stem::stem(w))
        .collect()
});

/// Does the term name a happening a date may be tied to: an event concept of the lexicon,
/// or a word of [`DATED_HAPPENING_WORDS`]?
pub(super) fn is_happening(t: &Term) -> bool {
    match t.kind {
        TermKind::Concept => lexicon::is_event_concept(&t.key),
        TermKind::Word => DATED_HAPPENING_STEMS.contains(&t.key),
        TermKind::Name => false,
    }
}

/// Does a term naming a happening ([`is_happening`]) cover byte `at` of the statement?
pub(super) fn happening_at(s: &Side, at: usize) -> bool {
    s.features
        .terms
        .iter()
        .any(|t| is_happening(t) && t.start <= at && at < t.end)
}

/// Is the happening's word a participle or adjective after "the", naming people, not a
/// happening ("Three of the wounded were in critical condition on Sunday", "the dead"); or
/// a participle after a count, describing the thing it stands before ("from five derailed
/// tanker cars on Monday": the cars, not a derailing on Monday)?
fn names_people(s: &Side, t: &Term) -> bool {
    let text = s.text();
    let parse = &s.features.parse;
    let word = s.written_word(t);
    let before = parse.words_before(text, t.start).next();
    if (word.ends_with("ed") || word == "dead") && before.as_ref().is_some_and(|(_, w)| w == "the")
    {
        return true;
    }
    let counted = before.is_some_and(|(at, w)| {
        text.get(at + w.len()..t.start) == Some(" ")
            && (w.bytes().all(|b| b.is_ascii_digit())
                || crate::text::numbers::parse_number_word(&w).is_some())
    });
    let noun_after = || {
        parse
            .words_between(text, t.end, text.len())
            .first()
            .is_some_and(|(at, w)| {
                text.get(t.end..*at) == Some(" ")
                    && text[*at..].starts_with(|c: char| c.is_ascii_lowercase())
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !crate::text::lexicon::is_stop_word(w)
                    // Not a word of time ("14 killed yesterday", "three injured last week"),
                    // a count ("wounded four people"), nor another verb or adverb ("2 Killed
                    // Identified").
                    && !DATE_STARTER_WORDS.contains(&w.as_ref())
                    && crate::text::numbers::parse_number_word(w).is_none()
                    && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
                    && crate::text::numbers::weekday_of(w).is_none()
                    && crate::text::numbers::month_number(w).is_none()
            })
    };
    word.ends_with("ed") && counted && noun_after()
}

/// Is the happening at `start` marked as another one (within the three words before it)?
fn is_other_happening(s: &Side, start: usize) -> bool {
    let text = s.text();
    let from = (start.saturating_sub(32)..=start)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(start);
    s.features
        .parse
        .words_between(text, from, start)
        .iter()
        .rev()
        .flat_map(|(_, w)| letters_and_digits(w).rev())
        .take(3)
        .any(|w| OTHER_HAPPENING_WORDS.contains(&w))
}

/// The runs of letters and digits of a folded word: this module's words, which apostrophes
/// and hyphens split ("other-worldly" is "other" and "worldly").
fn letters_and_digits(word: &str) -> impl DoubleEndedIterator<Item = &str> {
    word.split(['\'', '’', '-']).filter(|w| !w.is_empty())
}

/// The happenings next to a date, within its clause: what it says happened then.
pub(crate) fn anchors(s: &Side, d: &DateMention) -> Vec<String> {
    anchor_terms(s, d, false, false)
        .map(|t| t.key.clone())
        .collect()
}

/// Is the date tied to a happening next to it, the story's or another one ("four other
/// teens were wounded in two separate shootings ... Monday night")? Whichever happening it
/// dates, the statement's figures count what happened that day.
fn dates_a_happening(s: &Side, d: &DateMention) -> bool {
    anchor_terms(s, d, false, true).next().is_some()
}

/// The first happening of the date's clause (up to punctuation or a word that opens
/// another clause), however far from the date: the clause's main verb, to which a date
/// written beside a second verb also belongs ("foiled an attack on ships crossing the
/// gulf on Friday capturing 26").
fn clause_happening<'s>(s: &'s Side, d: &'s DateMention) -> Option<&'s Term> {
    anchor_terms(s, d, true, false).min_by_key(|t| t.start)
}

/// The event concepts tied to a date: next to it, or anywhere in its clause; with
/// `other_too`, also happenings told as others than the story's ("in other shootings").
fn anchor_terms<'s>(
    s: &'s Side,
    d: &'s DateMention,
    whole_clause: bool,
    other_too: bool,
) -> impl Iterator<Item = &'s Term> {
    let text = s.text();
    let is_break = move |from: usize, to: usize| breaks_clause(s, from, to);
    // The bytes of names between a happening and its date ("capsized off Indonesia's
    // Sulawesi island early on Monday"): where it happened does not set the date apart. Not
    // across a figure, which tells another fact ("an eruption of Mount Lewotobi Laki-laki
    // on Flores island rose to 10 on Tuesday").
    let named_bytes = move |from: usize, to: usize| -> usize {
        if s.features
            .parse
            .quantities
            .iter()
            .any(|q| q.start >= from && q.end <= to)
        {
            return 0;
        }
        s.features
            .parse
            .tokens
            .iter()
            .filter(|k| k.start >= from && k.end <= to)
            .filter(|k| {
                text[k.start..k.end]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
            })
            .map(|k| k.end - k.start)
            .sum()
    };
    s.features
        .terms
        .iter()
        .filter(|t| is_happening(t) && !names_people(s, t))
        .filter(move |t| {
            if whole_clause && t.end <= d.start {
                !is_break(t.end, d.start) || !breaks_past_a_place_aside(s, t.end, d.start)
            } else if whole_clause && t.start >= d.end {
                !is_break(d.end, t.start)
            } else if t.end <= d.start
                && (t.end + ANCHOR_REACH_BYTES >= d.start
                    || t.end + ANCHOR_REACH_BYTES + named_bytes(t.end, d.start) >= d.start)
            {
                !is_break(t.end, d.start)
            } else if t.start >= d.end && t.start <= d.end + ANCHOR_REACH_BYTES {
                !is_break(d.end, t.start)
                    && s.features.parse.chunk_count_between(text, d.end, t.start)
                        <= MAX_WORDS_TO_LATER_ANCHOR
                    && !governed_by_a_verb_between(s, d.end, t.start)
            } else {
                false
            }
        })
        .filter(move |t| other_too || !is_other_happening(s, t.start))
}

/// Is a word between a date and a happening after it a word of its own, such as a verb
/// the date belongs to ("in Pasadena Sunday mourned the death"), not a function word
/// ("Friday that killed") nor a happening itself ("the May 11 fatal shooting")?
fn governed_by_a_verb_between(s: &Side, from: usize, to: usize) -> bool {
    s.features
        .parse
        .words_between(s.text(), from, to)
        .iter()
        .any(|(at, w)| {
            !happening_at(s, *at) && letters_and_digits(w).any(|w| !lexicon::is_stop_word(w))
        })
}

/// Is the date written right after a happening, with no other word between ("arrested
/// Friday night", "killed on Sunday": a date's lead word such as "on" is part of the date)?
fn governed_before(s: &Side, d: &DateMention) -> bool {
    let text = s.text();
    s.features.terms.iter().any(|t| {
        is_happening(t) && t.end <= d.start && text[t.end..d.start].chars().all(char::is_whitespace)
    })
}

/// Does a clause end between bytes `from` and `to` of the statement: punctuation, or a word
/// that opens another clause ("after", "when")?
pub(super) fn breaks_clause(s: &Side, from: usize, to: usize) -> bool {
    let text = s.text();
    text[from..to].contains([',', ';', ':', '(', ')', '—', '–'])
        || s.features
            .parse
            .words_between(text, from, to)
            .iter()
            .flat_map(|(_, w)| letters_and_digits(w))
            .any(|w| CLAUSE_BREAKS.contains(&w))
}

/// Does a clause end between bytes `from` and `to` even when an aside that describes a
/// place is passed over: a name, then commas around a description that tells no happening ("The
/// landslide struck the village of Jure, about 120km (75 miles) north-east of Kathmandu, in
/// the early hours of Tuesday")? The time after the aside is the clause's.
fn breaks_past_a_place_aside(s: &Side, from: usize, to: usize) -> bool {
    let text = s.text();
    let span = &text[from..to];
    let commas: Vec<usize> = span.match_indices(',').map(|(i, _)| from + i).collect();
    let [open, close] = commas[..] else {
        return true;
    };
    let after_name = s
        .features
        .parse
        .words_before(text, open)
        .next()
        .is_some_and(|(at, _)| text[at..].starts_with(char::is_uppercase));
    // A description: it opens with an article or with a figure ("a town of 20,000",
    // "about 120km (75 miles) north-east of Kathmandu"), not with a verb of its own
    // ("found herself once again in the thick of things").
    let words = s.features.parse.words_between(text, open + 1, close);
    let describes = words
        .first()
        .is_some_and(|(_, w)| matches!(w.as_ref(), "a" | "an" | "the"))
        || words
            .iter()
            .take(2)
            .any(|(_, w)| w.starts_with(|c: char| c.is_ascii_digit()));
    // An aside that opens with a preposition of place and names a place ("in the southern
    // Halvik district") describes where, after a name or a noun.
    let names_a_place = words
        .first()
        .is_some_and(|(_, w)| PLACE_ASIDE_OPENERS.contains(&w.as_ref()))
        && words
            .iter()
            .skip(1)
            .any(|(at, _)| text[*at..].starts_with(char::is_uppercase));
    let aside_tells_a_happening = s
        .features
        .terms
        .iter()
        .any(|t| t.start > open && t.end <= close && is_happening(t));
    !(after_name && describes || names_a_place)
        || aside_tells_a_happening
        || text[open..close].contains([';', ':', '—', '–'])
        || breaks_clause(s, from, open)
        || breaks_clause(s, close + 1, to)
        || words
            .iter()
            .flat_map(|(_, w)| letters_and_digits(w))
            .any(|w| CLAUSE_BREAKS.contains(&w))
}

/// Is the clause's first happening (`first`, see [`clause_happening`]) its subject, before
/// the date: "gunfire" in "after gunfire erupted outside a nightclub late Sunday night"? Not
/// a happening told inside the clause ("protesters enraged over the shooting poured into the
/// streets Wednesday"): the subject's clause then opens with another word. A verb of telling
/// opens the clause it tells ("Police said the explosion ripped through the post ... at 8:15
/// a.m.").
fn is_subject_before(s: &Side, first: &Term, d: &DateMention) -> bool {
    let text = s.text();
    first.end <= d.start
        && s.features
            .terms
            .iter()
            .rfind(|t| t.end <= first.start)
            .is_none_or(|prev| {
                breaks_clause(s, prev.end, first.start) || {
                    // "said the explosion": a verb of telling, then an article alone.
                    let words = s
                        .features
                        .parse
                        .words_between(text, prev.start, first.start);
                    let article = |w: &str| matches!(w, "the" | "a" | "an");
                    let tail = words.iter().rev().take_while(|(_, w)| article(w)).count();
                    tail > 0
                        && words.len().checked_sub(tail + 1).is_some_and(|k| {
                            word_lists::TELLING_VERBS.contains(&words[k].1.as_ref())
                        })
                }
            })
}

/// Is the date inside a quotation? A quoted "tonight" or "on Monday" is relative to when
/// the words were spoken, which neither article's date tells.
pub(super) fn is_quoted(s: &Side, d: &DateMention) -> bool {
    s.is_quoted_at(d.start)
}

/// The folded form of a date as written, from the statement's parse.
fn folded<'s>(s: &'s Side, d: &DateMention) -> std::borrow::Cow<'s, str> {
    s.features.parse.folded_range(s.text(), d.start, d.end)
}

/// "late Sunday night" and "early Monday morning" can name the same hour (each date with
/// the side that gives it).
fn around_midnight(earlier: (&Side, &DateMention), later: (&Side, &DateMention)) -> bool {
    let (e, l) = (folded(earlier.0, earlier.1), folded(later.0, later.1));
    (e.contains("night") || e.contains("late")) && (l.contains("early") || l.contains("morning"))
}

/// Is the date the day of a report ("police said Monday", "on Tuesday identified")?
fn is_reporting_day(s: &Side, d: &DateMention) -> bool {
    let text = s.text();
    let before: Vec<_> = s.features.parse.words_before(text, d.start).collect();
    let after = s.features.parse.words_between(text, d.end, text.len());
    let before = before
        .iter()
        .flat_map(|(_, w)| letters_and_digits(w).rev())
        .take(2);
    let after = after.iter().flat_map(|(_, w)| letters_and_digits(w)).next();
    before
        .chain(after)
        .any(|w| word_lists::TELLING_VERBS.contains(&w))
}

/// Do the two statements tell of happenings on two different days ("four killed Saturday
/// afternoon in one district", "one killed in a shooting Friday afternoon")? Each side must
/// tie a single day to a happening (not to a report: "police said Monday"), and the days
/// must be told apart safely: not a weekday read weeks away, not late night against early morning.
/// Figures of such statements count different incidents.
pub fn on_different_days(a: &Side, b: &Side) -> bool {
    // Tied to a happening ("injured Sunday night"), not to a meeting or a search.
    apart_by_days(a, b, dates_a_happening)
}

/// Does each statement give one day, other than a day of reporting, and are the two days
/// different (as [`on_different_days`] reads them)? Any day counts, a state's too ("three
/// remained in critical condition on Sunday" against "seven were in critical condition on
/// Saturday night"): for a count that moves either way, the day it was true.
pub fn dated_on_different_days(a: &Side, b: &Side) -> bool {
    apart_by_days(a, b, |_, _| true)
}

/// [`on_different_days`], with the days of each statement that `counts` keeps.
fn apart_by_days(a: &Side, b: &Side, counts: impl Fn(&Side, &DateMention) -> bool) -> bool {
    fn days<'s>(
        s: &'s Side,
        counts: &impl Fn(&Side, &DateMention) -> bool,
    ) -> Vec<&'s DateMention> {
        compared_dates(s)
            .filter(|d| !is_reporting_day(s, d) && counts(s, d))
            .collect()
    }
    let (da, db) = (days(a, &counts), days(b, &counts));
    let ([x], [y]) = (da.as_slice(), db.as_slice()) else {
        return false;
    };
    let (Some(dx), Some(dy)) = (x.resolved, y.resolved) else {
        return false;
    };
    let gap_days = (dx - dy).num_days();
    // A weekday read weeks from the other day may be one day misread through an article's
    // date; but two different weekdays named in so many words ("Monday night", "Wednesday
    // afternoon") are two days whatever weeks the articles' dates put them in.
    let weekdays_differ = matches!(
        (weekday_told(x), weekday_told(y)),
        (Some(wx), Some(wy)) if wx != wy
    );
    if gap_days == 0
        || ((x.relative || y.relative)
            && gap_days.abs() > MAX_RELATIVE_GAP_DAYS
            && !weekdays_differ)
    {
        return false;
    }
    let (earlier, later) = if gap_days < 0 {
        ((a, *x), (b, *y))
    } else {
        ((b, *y), (a, *x))
    };
    !(gap_days.abs() == 1 && around_midnight(earlier, later))
}

/// The dates of a side that may be compared: days (resolved, or weekdays of an undated
/// article), not the edge of a span
/// ("until Monday"), not a schedule ("will appear in court Monday"), not quoted.
fn compared_dates<'s>(s: &'s Side) -> impl Iterator<Item = &'s DateMention> {
    s.features
        .parse
        .dates
        .iter()
        .filter(|d| is_compared(s, d) && !is_quoted(s, d))
}

word_lists::sections! {
    /// Words opening a month that make it the start of a state ("since June").
    START_EDGES = DATE_CUES["start-edges"];

    /// Words just before a month that make it the month a happening began ("began in July").
    START_WORDS = DATE_CUES["start-words"];
}

/// The month the statement says its happening began, with its words as written from the
/// cue ("since June", "began in July"): its one month (a month, not a day, of a known year,
/// not quoted) after "since" or "from" ("fighting since June") or right after a word of
/// beginning ("fighting began in July").
pub(crate) fn start_month<'s>(s: &'s Side) -> Option<(&'s DateMention, &'s str)> {
    let months: Vec<&DateMention> = s
        .features
        .parse
        .dates
        .iter()
        .filter(|d| d.precision == DatePrecision::Month && d.resolved.is_some())
        .collect();
    let [month] = months.as_slice() else {
        return None;
    };
    if is_quoted(s, month) {
        return None;
    }
    let text = s.text();
    let lower = folded(s, month);
    if START_EDGES
        .iter()
        .any(|w| lower.split(' ').next() == Some(w))
    {
        return Some((month, &text[month.start..month.end]));
    }
    let before: Vec<_> = s
        .features
        .parse
        .words_before(text, month.start)
        .take(2)
        .collect();
    let cue = before
        .first()
        .filter(|(_, b)| START_EDGES.contains(&b.as_ref()))
        .or_else(|| {
            before
                .iter()
                .find(|(_, b)| START_WORDS.contains(&b.as_ref()))
        })?;
    Some((month, &text[cue.0..month.end]))
}

/// Two statements of one fact that start it in different months ("fighting began in July"
/// against "fighting since June"): soft, since a state may be told from its first signs
/// or from its outbreak.
fn detect_start_months(a: &Side, b: &Side) -> Option<Finding> {
    let ((x, shown_x), (y, shown_y)) = (start_month(a)?, start_month(b)?);
    let (mx, my) = (x.resolved?, y.resolved?);
    if mx == my {
        return None;
    }
    Some(Finding {
        kind: ConflictKind::Date,
        severity: Severity::Soft,
        explanation: format!(
            "start differs: “{shown_x}” ({}, {}) vs “{shown_y}” ({}, {})",
            mx.format("%B %Y"),
            a.attribution_label(),
            my.format("%B %Y"),
            b.attribution_label()
        ),
        value_a: Some(shown_x.to_string()),
        value_b: Some(shown_y.to_string()),
        subject: Subject::OfItsKind,
    })
}

/// The happenings a mention of time (a day, or a clock time read as one) tells when they
/// took place: those next to it, and the first happening of its clause when it is the
/// clause's subject before the time ("after gunfire erupted outside a nightclub late Sunday
/// night"); with either, also the clause's first happening unless a happening written right
/// before the time governs it ("was arrested Friday night": "a woman suspected of shooting
/// a child was arrested Friday night" is not a day of the shooting). None for a time of
/// telling ("police said Monday").
pub(super) fn tied_happenings(s: &Side, d: &DateMention) -> Vec<String> {
    if is_reporting_day(s, d) {
        return Vec::new();
    }
    if let Some(keys) = possessed(s, d) {
        return keys;
    }
    let key = |t: &Term| t.key.clone();
    let mut keys = anchors(s, d);
    let first = clause_happening(s, d);
    keys.extend(first.filter(|t| is_subject_before(s, t, d)).map(key));
    if !keys.is_empty() && !governed_before(s, d) {
        keys.extend(first.map(key));
    }
    keys.extend(incident_happenings(s, d));
    keys
}

/// The happenings a clock time is told of: those next to it when any stands there
/// ([`anchors`]: "arrested Friday morning in connection to the shooting that happened a little
/// before 6:30 p.m." times the shooting, not the arrest), else those a day would be tied to
/// ([`tied_happenings`]). An hour is finer than a day: a clause's main verb, which shares its
/// day with every step the clause tells, need not share its hour.
pub(super) fn timed_happenings(s: &Side, d: &DateMention) -> Vec<String> {
    if is_reporting_day(s, d) {
        return Vec::new();
    }
    let near = anchors(s, d);
    if near.is_empty() {
        tied_happenings(s, d)
    } else {
        near
    }
}

/// The happenings a statement dates: each happening tied to a compared day that is not a
/// day of telling, and, when the statement starts a state in a month, its happenings.
pub(crate) fn dated_happenings(s: &Side) -> Vec<String> {
    let mut happenings: Vec<String> = Vec::new();
    for d in compared_dates(s).filter(|d| !is_reporting_day(s, d)) {
        if let Some(keys) = possessed(s, d) {
            happenings.extend(keys);
            continue;
        }
        happenings.extend(anchors(s, d));
        happenings.extend(clause_happening(s, d).map(|t| t.key.clone()));
        happenings.extend(incident_happenings(s, d));
    }
    if start_month(s).is_some() {
        happenings.extend(
            s.features
                .terms
                .iter()
                .filter(|t| is_happening(t))
                .map(|t| t.key.clone()),
        );
    }
    happenings.sort();
    happenings.dedup();
    happenings
}

/// Does the statement date "the incident" ("the incident happened yesterday"), the
/// article's own event (see [`incident_happenings`])?
pub(crate) fn dates_the_incident(s: &Side) -> bool {
    compared_dates(s)
        .filter(|d| !is_reporting_day(s, d))
        .any(|d| !incident_happenings(s, d).is_empty())
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    detect_days(a, b)
        .or_else(|| detect_start_months(a, b))
        .or_else(|| detect_years(a, b))
}

/// How many words on each side of a year or a month are read for what it dates.
const YEAR_REACH_WORDS: usize = 6;

/// How many content words two statements must share around their years or months to tell
/// one happening by them: one word alone ("bombing") meets another happening of its kind.
const YEAR_SHARED_WORDS: usize = 2;

/// The one date a statement writes in full (not "last year", not quoted, not a plan), at
/// a year or a month, with the stems of the content words around it
/// ([`YEAR_REACH_WORDS`] each side, within its sentence): what it dates ("the 2017
/// bombing of the city's central bus station" gives "bomb", "citi", "central", "bu",
/// "station").
fn dated_in_full<'s>(s: &'s Side) -> Option<(&'s DateMention, Vec<String>)> {
    let text = s.text();
    let parse = &s.features.parse;
    let written: Vec<&DateMention> = parse
        .dates
        .iter()
        .filter(|d| d.resolved.is_some() && !d.relative && d.precision != DatePrecision::Span)
        .filter(|d| !is_quoted(s, d) && !is_scheduled(s, d))
        .collect();
    let [date] = written.as_slice() else {
        return None;
    };
    let content = |w: &String| {
        w.chars().all(char::is_alphabetic)
            && !lexicon::is_stop_word(w)
            && !crate::text::numbers::is_month_name(w)
            && !crate::text::numbers::is_weekday_word(w)
            && crate::text::numbers::classify_number_word(w).is_none()
    };
    let before = parse.letter_runs_between(text, 0, date.start);
    let after = parse.letter_runs_between(text, date.end, text.len());
    let mut stems: Vec<String> = before
        .iter()
        .rev()
        .take(YEAR_REACH_WORDS)
        .chain(after.iter().take(YEAR_REACH_WORDS))
        .map(|(_, w)| w)
        .filter(|w| content(w))
        .map(|w| crate::text::stem::stem(w))
        .collect();
    stems.sort_unstable();
    stems.dedup();
    Some((date, stems))
}

/// The most years two dates of one happening may be apart and still be one told wrong.
const MAX_YEARS_APART: i32 = 2;

/// The edge word right before a date ("since", "until"; see [`SPAN_EDGE_WORDS`]), if any.
fn edge_word(s: &Side, d: &DateMention) -> Option<String> {
    let before = s.features.parse.words_before(s.text(), d.start).next()?;
    let word = before.1.into_owned();
    SPAN_EDGE_WORDS.contains(&word.as_str()).then_some(word)
}

/// Does the statement write a year other than its date's ("He emceed both the 2004 and
/// 2005 Tony Awards")? Which year a compared date is then of is not read.
fn tells_another_year(s: &Side, d: &DateMention) -> bool {
    s.features
        .parse
        .words_between(s.text(), 0, s.text().len())
        .iter()
        .any(|(at, w)| {
            (*at < d.start || *at >= d.end)
                && w.len() == 4
                && w.starts_with(['1', '2'])
                && w.chars().all(|c| c.is_ascii_digit())
        })
}

/// Two statements that date one happening, told around each date in words they share, to
/// years or months that do not meet ("the March 2018 bombing at the Central Bus Station"
/// against "the 2017 bombing of the city's central bus station"; "the deadliest in the
/// valley since 1987" against "the deadliest in the Cassow Valley since 1989"). Soft, as
/// two days are: two happenings of one kind and place may be told alike.
fn detect_years(a: &Side, b: &Side) -> Option<Finding> {
    use chrono::Datelike;
    let ((x, wx), (y, wy)) = (dated_in_full(a)?, dated_in_full(b)?);
    let coarse =
        |d: &DateMention| matches!(d.precision, DatePrecision::Year | DatePrecision::Month);
    if !(coarse(x) && coarse(y)) || x.overlaps(y) {
        return None;
    }
    // A year misremembered or mistyped is near the right one; years far apart ("in 2004"
    // against "in May 2012") date two happenings.
    let year = |d: &DateMention| d.resolved.map_or(0, |r| r.year());
    if (year(x) - year(y)).abs() > MAX_YEARS_APART {
        return None;
    }
    // "since 1989" against "until 2019": the start and the end of one state.
    if edge_word(a, x) != edge_word(b, y) || tells_another_year(a, x) || tells_another_year(b, y) {
        return None;
    }
    if wx.iter().filter(|w| wy.contains(w)).count() < YEAR_SHARED_WORDS {
        return None;
    }
    // Two happenings next to the dates, and none in common: "charged in 1957" against
    // "acquitted in 1958".
    let (ha, hb) = (anchors(a, x), anchors(b, y));
    if !ha.is_empty() && !hb.is_empty() && !ha.iter().any(|h| hb.contains(h)) {
        return None;
    }
    Some(Finding::soft_difference(
        ConflictKind::Date,
        "year",
        (a, &x.text),
        (b, &y.text),
        "",
    ))
}

word_lists::sections! {
    /// Words of a wound told right after a death: "died from his injuries Saturday".
    WOUNDS_DIED_OF = DATE_CUES["wounds-died-of"];
}

/// The most words from a death to the wound it came of ("died from his injuries").
const MAX_WORDS_TO_WOUND: usize = 3;

/// Does the statement tell a death of wounds ("died from his injuries Saturday", "died of
/// her wounds")? Its day is the day someone hurt earlier died, not the attack's.
fn tells_a_death_of_wounds(s: &Side) -> bool {
    let text = s.text();
    s.features
        .terms
        .iter()
        .filter(|t| t.kind == TermKind::Concept && t.key == "KILL")
        .any(|t| {
            s.features
                .parse
                .words_between(text, t.end, text.len())
                .iter()
                .take(MAX_WORDS_TO_WOUND)
                .any(|(_, w)| WOUNDS_DIED_OF.contains(&w.as_ref()))
        })
}

/// The most words after a possessive day read for what it dates.
const MAX_POSSESSED_WORDS: usize = 3;

/// What opens the key of a thing a possessive day dates that is no happening ("#of runoff";
/// see [`possessed`]).
const POSSESSED_THING: &str = "#of ";

/// Is the key one of a thing a possessive day dates, no happening ([`possessed`])?
pub(super) fn is_possessed_thing(key: &str) -> bool {
    key.starts_with(POSSESSED_THING)
}

/// What a possessive day dates, when the date is one ("Saturday's presidential runoff",
/// "Tuesday's attack"): the words of the noun after it, up to a function word, a name or
/// punctuation (words that make no term passed over), each as its happening's key when it names one ("attack") and else as
/// "#of" and its stem ("#of runoff"). A possessive day dates its noun, not the clause's
/// happening ("killed after Sunday's game"). None for a date that is not possessive.
fn possessed(s: &Side, d: &DateMention) -> Option<Vec<String>> {
    if !(d.text.ends_with("'s") || d.text.ends_with("’s")) {
        return None;
    }
    let text = s.text();
    let mut keys = Vec::new();
    let mut from = d.end;
    for (at, word) in s
        .features
        .parse
        .words_between(text, d.end, text.len())
        .into_iter()
        .take(MAX_POSSESSED_WORDS)
    {
        if !text
            .get(from..at)
            .is_some_and(|g| g.chars().all(char::is_whitespace))
            || lexicon::is_stop_word(&word)
        {
            break;
        }
        match s.features.terms.iter().find(|t| t.start == at) {
            Some(t) if is_happening(t) => keys.push(t.key.clone()),
            Some(t) if t.kind != TermKind::Name => keys.push(format!("{POSSESSED_THING}{}", t.key)),
            // A word that makes no term of its own is passed over.
            None => {}
            Some(_) => break,
        }
        from = token_end(s, at);
    }
    Some(keys)
}

/// The weekday a date names in so many words ("on Wednesday", "late Sunday night",
/// "Sunday's runoff": a possessive day dates its noun, see [`possessed`]).
fn weekday_told(d: &DateMention) -> Option<chrono::Weekday> {
    if d.precision != DatePrecision::Day {
        return None;
    }
    let mut days = d
        .text
        .split(|c: char| !c.is_alphabetic())
        .filter_map(crate::text::numbers::weekday_of);
    let day = days.next()?;
    days.next().is_none().then_some(day)
}

/// The month and day a date names in so many words ("on 2 October", "September 23rd"), as
/// the date reader read them, not a month alone nor a year, nor a day read where figures
/// stand close on either side ("a 30-7 Oct. 19 loss": a score, then the day).
fn month_day_told(s: &Side, d: &DateMention) -> Option<(u32, u32)> {
    if d.precision != DatePrecision::Day {
        return None;
    }
    let text = s.text();
    let before = text.get(..d.start).unwrap_or_default();
    let after = text.get(d.end..).unwrap_or_default();
    if before.ends_with(|c: char| c.is_ascii_digit() || c == '-')
        || after
            .trim_start_matches([' ', '.'])
            .starts_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    d.month_day
}

/// The two days of two dates, and whether both were resolved: two resolved days, or, where
/// an article is undated, the two weekdays the dates name, each set in one week (a day
/// after the other when they are adjacent: "late Sunday" and "early Monday"), or the two
/// days of a month they name, set in one year ("2 October" and "23 September"). Two
/// weekday names are two days, whatever week each is in.
fn days_compared(
    (sx, x): (&Side, &DateMention),
    (sy, y): (&Side, &DateMention),
) -> Option<(crate::model::Date, crate::model::Date, bool)> {
    use chrono::Datelike;
    if let (Some(dx), Some(dy)) = (x.resolved, y.resolved) {
        return Some((dx, dy, true));
    }
    let month_day = |s: &Side, d: &DateMention| {
        d.resolved
            .map(|r| (r.month(), r.day()))
            .or_else(|| month_day_told(s, d))
    };
    if let (Some((mx, dx)), Some((my, dy))) = (month_day(sx, x), month_day(sy, y)) {
        // Any year will do in which both days are: a leap year holds the 29th of February.
        let day = |m: u32, d: u32| crate::model::Date::from_ymd_opt(2000, m, d);
        return Some((day(mx, dx)?, day(my, dy)?, false));
    }
    let weekday = |d: &DateMention| d.resolved.map(|r| r.weekday()).or_else(|| weekday_told(d));
    let (wx, wy) = (weekday(x)?, weekday(y)?);
    // A Monday; the days after it stand for the weekdays.
    let monday = crate::model::Date::from_ymd_opt(2001, 1, 1)?;
    let dx = monday + chrono::Days::new(u64::from(wx.num_days_from_monday()));
    let ahead = (7 + wy.num_days_from_monday() - wx.num_days_from_monday()) % 7;
    let dy = match ahead {
        6 => dx - chrono::Days::new(1),
        n => dx + chrono::Days::new(u64::from(n)),
    };
    Some((dx, dy, false))
}

/// The one date of each side that the two sides may tell one happening by: a single
/// compared date on each side, or, where a side dates more than one thing ("In a November 9
/// press conference ... stated his country would not retaliate for the bombing of a town in
/// a northern state on Tuesday"), the single pair of dates whose happenings are told alike
/// (the conference is no happening of the other side's), when the two statements also put
/// something in one place ("the Wednesday bombings in that state"): a statement dating
/// several things is read less surely, and a kind of happening alone would meet another
/// incident of its kind ("bombs fell on a camp on Thursday"). None when no pair, or more
/// than one, is so tied.
fn one_pair_of_dates<'s>(a: &'s Side, b: &'s Side) -> Option<(&'s DateMention, &'s DateMention)> {
    let (da, db): (Vec<_>, Vec<_>) = (compared_dates(a).collect(), compared_dates(b).collect());
    if let ([x], [y]) = (da.as_slice(), db.as_slice()) {
        return Some((x, y));
    }
    let tied = |s: &Side, ds: &[&'s DateMention]| -> Vec<(&'s DateMention, Vec<String>)> {
        ds.iter().map(|&d| (d, tied_happenings(s, d))).collect()
    };
    let (ta, tb) = (tied(a, &da), tied(b, &db));
    let mut pairs = ta.iter().flat_map(|(x, kx)| {
        tb.iter()
            .filter(move |(_, ky)| kx.iter().any(|k| ky.contains(k)))
            .map(move |(y, ky)| ((*x, *y), (kx, ky)))
    });
    let (first, (kx, ky)) = pairs.next()?;
    if pairs.next().is_some() {
        return None;
    }
    // "killed June 24 ... while investigating a June 20 shooting" against "died after a
    // shooting Friday", that Friday being June 24: a statement dating two happenings, one
    // of them on the other statement's day, may be telling that one.
    let on_day_of = |(so, other): (&Side, &[(&DateMention, Vec<String>)]),
                     paired: &DateMention,
                     (sd, d): (&Side, &DateMention)| {
        other.iter().any(|(o, keys)| {
            !std::ptr::eq(*o, paired)
                && !keys.is_empty()
                && days_compared((so, o), (sd, d)).is_some_and(|(x, y, _)| x == y)
        })
    };
    if on_day_of((a, &ta), first.0, (b, first.1)) || on_day_of((b, &tb), first.1, (a, first.0)) {
        return None;
    }
    // A thing each possessive day dates alike ("Sunday's runoff", "Saturday's presidential
    // runoff": the keys the pair is tied by, [`possessed`]) is one thing of the story,
    // wherever it was.
    let possessed_alike = kx.iter().any(|k| is_possessed_thing(k) && ky.contains(k));
    let places = |s: &Side| place_names(&s.features.parse, s.text());
    let (pa, pb) = (places(a), places(b));
    (possessed_alike
        || pa
            .iter()
            .any(|p| pb.iter().any(|q| names(q, p) || names(p, q))))
    .then_some(first)
}

/// Two statements placing one happening on two days (see the module documentation).
/// The dates, as written, of two statements that date one happening on the same day
/// ("A refugee camp ... was bombed Thursday" and "dropped bombs Thursday in and around a
/// camp"): one pair of dates, each tied to a happening the other's date is tied to too,
/// that fall on one day. None for a death of wounds against a statement of the attack.
pub(crate) fn same_day(a: &Side, b: &Side) -> Option<(String, String)> {
    let (x, y, dx, dy, _) = days_of_one_pair(a, b)?;
    let (ax, ay) = (tied_happenings(a, x), tied_happenings(b, y));
    // A thing a possessive day dates ("in Friday's attacks") is told in passing by many
    // statements of other facts: one day of it is no agreement of theirs.
    let shared = |k: &String| !is_possessed_thing(k) && ay.contains(k);
    (dx == dy && ax.iter().any(shared)).then(|| (x.text.clone(), y.text.clone()))
}

/// The one pair of dates two statements give ([`one_pair_of_dates`]) with their days and
/// whether both were resolved ([`days_compared`]); none for a death of wounds against a
/// statement of the attack, which are of two days by nature.
fn days_of_one_pair<'s>(
    a: &'s Side,
    b: &'s Side,
) -> Option<(
    &'s DateMention,
    &'s DateMention,
    crate::model::Date,
    crate::model::Date,
    bool,
)> {
    if tells_a_death_of_wounds(a) != tells_a_death_of_wounds(b) {
        return None;
    }
    let (x, y) = one_pair_of_dates(a, b)?;
    let (dx, dy, dated) = days_compared((a, x), (b, y))?;
    Some((x, y, dx, dy, dated))
}

fn detect_days(a: &Side, b: &Side) -> Option<Finding> {
    let (x, y, dx, dy, dated) = days_of_one_pair(a, b)?;
    if dx == dy {
        return None;
    }
    if (x.relative || y.relative) && (dx - dy).num_days().abs() > MAX_RELATIVE_GAP_DAYS {
        return None;
    }
    // The same words relative to each article ("this evening" and "this evening") name two
    // days only because the articles are dated apart: a copy keeps its first day's words,
    // and a page's date may be when it was updated.
    if x.relative && y.relative && x.text.eq_ignore_ascii_case(&y.text) {
        return None;
    }
    // "Late Sunday night" and "early Monday" may be one hour told as two days: still two
    // days a reader should see, said so in the explanation.
    let gap_days = (dx - dy).num_days();
    let midnight = gap_days.abs() == 1 && {
        let (earlier, later) = if gap_days < 0 {
            ((a, x), (b, y))
        } else {
            ((b, y), (a, x))
        };
        around_midnight(earlier, later)
    };
    // Each date is tied to a happening next to it ("on Thursday thwarted"), and that
    // happening is told in the other date's clause, next to its date or not ("foiled an
    // attack on ships crossing the gulf on Friday capturing 26"): a date is often written
    // beside a second verb of the clause it belongs to.
    let (ax, ay) = (tied_happenings(a, x), tied_happenings(b, y));
    if !ax.iter().any(|k| ay.contains(k)) {
        return None; // the dates tell when different things happened
    }
    // A statement telling two happenings of the kind the dates share, in one word written
    // twice ("a girl was shot Friday night, two days after another was shot and killed";
    // "placed on injured reserve a day after the injury Sunday"), gives one date to one of
    // them, and which one is not read: nothing to compare. Two words of one happening
    // ("were shot ... after gunfire erupted") are one telling.
    let told_twice = |s: &Side, k: &String| {
        let mut stems: Vec<String> = s
            .features
            .terms
            .iter()
            .filter(|t| is_happening(t) && t.key == *k)
            .map(|t| s.written_stem(t))
            .collect();
        let told = stems.len();
        stems.sort_unstable();
        stems.dedup();
        stems.len() < told
    };
    if ax
        .iter()
        .filter(|k| ay.contains(k))
        .all(|k| told_twice(a, k) || told_twice(b, k))
    {
        return None;
    }
    // A day read from an undated article's weekday is shown as written alone.
    let day = |d: crate::model::Date| {
        if dated {
            d.format("%A %-d %B %Y, ").to_string()
        } else {
            String::new()
        }
    };
    Some(Finding {
        kind: ConflictKind::Date,
        severity: Severity::Soft,
        explanation: format!(
            "date differs: “{}” ({}{}) vs “{}” ({}{}){}",
            x.text,
            day(dx),
            a.outlet,
            y.text,
            day(dy),
            b.outlet,
            if midnight {
                "; around midnight, so perhaps one hour told as two days"
            } else {
                ""
            }
        ),
        value_a: Some(x.text.clone()),
        value_b: Some(y.text.clone()),
        subject: Subject::OfItsKind,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, between_outlets, run};
    use crate::model::Date;

    /// A day as (year, month, day).
    type Day = (i32, u32, u32);

    /// A statement of the Daily Ledger, its article dated `day`.
    fn written(text: &str, (y, m, d): Day) -> Written<'_> {
        Written::new(text, "Daily Ledger").dated(Date::from_ymd_opt(y, m, d))
    }

    fn finding(a: &str, date_a: Day, b: &str, date_b: Day) -> Option<Finding> {
        run(written(a, date_a), written(b, date_b), detect)
    }

    fn compare(a: &str, date_a: Day, b: &str, date_b: Day) -> bool {
        finding(a, date_a, b, date_b).is_some()
    }

    /// Check that each case is flagged (`flagged`) or not.
    fn check_each(cases: &[(&str, &str, Day, &str, Day)], flagged: bool) {
        for &(why, a, date_a, b, date_b) in cases {
            assert_eq!(compare(a, date_a, b, date_b), flagged, "{why}: {a} / {b}");
        }
    }

    /// Pairs that place one happening on two days, each with why: (why, a, its article's
    /// date, b, its article's date).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, Day, &str, Day)] = &[
        ("the same happening", "The gunman was shot dead by officers on Friday near the station.", (2019, 5, 11), "The gunman was shot dead by officers on Saturday near the station.", (2019, 5, 11)),
        ("a date beside a second verb is the day of its clause", "The navy patrolling the gulf on Thursday thwarted an attack on merchant ships.", (2011, 11, 11), "A warship foiled an attack on merchant ships crossing the gulf on Friday capturing 26 pirates.", (2011, 11, 11)),
        ("a happening written right after the date, an adjective between", "They were charged in the May 11 fatal shooting of the girl.", (2016, 5, 13), "The girl was shot in the neck late Thursday night.", (2016, 5, 13)),
        ("a happening the lexicon has no concept for (a crash)", "The airliner crashed on Tuesday in the mountains, officials said.", (2015, 3, 25), "The airliner crashed in the mountains on Wednesday morning.", (2015, 3, 25)),
        ("an oath of office", "The new president was sworn in on Monday in the capital.", (2016, 5, 12), "The president was sworn in on Tuesday at the palace.", (2016, 5, 12)),
        ("a quake that struck", "The quake struck on Sunday near the coast.", (2013, 7, 3), "The quake struck the coast early on Monday.", (2013, 7, 3)),
        ("a place described between commas", "The landslide hit Jure village early Wednesday, burying homes.", (2015, 8, 6), "The landslide struck the village of Jure, about 120km (75 miles) north-east of Kathmandu, in the early hours of Tuesday.", (2015, 8, 6)),
        ("a harm after a count, its day after it", "Police said 14 killed yesterday in the attack on the market were identified.", (2023, 2, 7), "The attack on the market killed 14 people on Friday.", (2023, 2, 7)),
        ("one earlier happening in two years", "Voters in 2009 approved a $3 million bond to buy the properties, Bower said.", (2012, 8, 7), "Palmer voters in 2010 approved a $3 million bond to pay for purchase of the property.", (2012, 8, 7)),
        ("a year written before what it dates", "It is the deadliest attack on the city since the March 2018 bombing at its bus station.", (2026, 3, 7), "It was the deadliest attack on the city since the 2017 bombing of its bus station.", (2026, 3, 8)),
        ("a film released in two years", "A movie called The Notorious Bettie Page was released in 2005, which told the pinup's story.", (2008, 12, 12), "In 2006 a movie, The Notorious Bettie Page, featured Gretchen Mol in the title role.", (2008, 12, 12)),
        ("the happening opening a date's clause is its day", "Fifteen were hurt after gunfire erupted outside a nightclub on teen night late Sunday night.", (2016, 7, 25), "Two teens are dead after gunfire broke out in the parking lot of the club early Monday.", (2016, 7, 25)),
    ];

    /// A verb of telling opens the clause of the subject right after it ("said the
    /// explosion"), not of a verb after a pronoun ("said it has captured 23 pirates who
    /// attacked a vessel on Saturday": the day is the attack's).
    #[test]
    fn a_verb_of_telling_opens_only_the_subject_after_it() {
        assert!(
            between_outlets(
                "The Indian navy said it has captured 23 Somali and Yemeni pirates who attacked a merchant vessel in the Gulf of Aden on Saturday.",
                "An Indian warship foiled a five-boat pirate attack on merchant vessels transiting the Gulf of Aden on Friday capturing 26 Somali brigands.",
                detect,
            )
            .is_none()
        );
    }

    #[test]
    fn one_happening_on_two_days_is_flagged() {
        check_each(FLAGGED, true);
    }

    /// One happening dated on one day by two outlets is read as such, whatever the words of
    /// the day ("yesterday" in an article of the next day); a day of something else is not.
    #[test]
    fn one_happening_on_one_day_is_read() {
        let same = |a: &str, date_a: Day, b: &str, date_b: Day| {
            run(written(a, date_a), written(b, date_b), same_day)
        };
        assert_eq!(
            same(
                "The navy patrolling the gulf on Thursday thwarted an attack on merchant ships.",
                (2011, 11, 10),
                "The navy thwarted an attack on merchant ships yesterday, a statement said.",
                (2011, 11, 11),
            ),
            Some(("on Thursday".to_string(), "yesterday".to_string()))
        );
        for (a, b) in [
            // Two days.
            (
                "The gunman was shot dead by officers on Friday near the station.",
                "The gunman was shot dead by officers on Saturday near the station.",
            ),
            // One day, two happenings.
            (
                "The gunman was shot dead by officers on Friday near the station.",
                "The mayor spoke to reporters on Friday near the station.",
            ),
        ] {
            assert_eq!(same(a, (2019, 5, 11), b, (2019, 5, 11)), None, "{a} / {b}");
        }
    }

    #[test]
    fn a_statement_dating_several_things_is_read_by_its_one_happening_told_alike() {
        let day = (2011, 11, 10);
        let told = finding(
            "In a November 9 press conference, the president stated his country would not retaliate for the bombing of a village in Lakes state on Tuesday, which he said killed seven.",
            day,
            "The Wednesday air strike in Lakes state drew condemnation from the State Department.",
            day,
        )
        .expect("Tuesday against Wednesday, in one state");
        assert!(
            told.explanation.contains("“on Tuesday”"),
            "{}",
            told.explanation
        );
        for (why, a, b) in [
            (
                "one kind of happening, no place in common",
                "In a November 9 press conference, the president stated his country would not retaliate for the bombing of a village in Lakes state on Tuesday, which he said killed seven.",
                "Civilians fled as bombs fell on a camp in the north on Thursday.",
            ),
            (
                "the other happening is on the other statement's day",
                "The deputy was killed November 10, 2011 outside an apartment in Riverside while investigating a November 7 shooting in which the man was a suspect.",
                "A deputy died after a shooting Thursday afternoon in Riverside, according to the sheriff's department.",
            ),
        ] {
            assert!(finding(a, day, b, day).is_none(), "{why}");
        }
    }

    #[test]
    fn weekdays_of_undated_articles_are_two_days() {
        let undated = |a, b| {
            run(
                Written::new(a, "Daily Ledger"),
                Written::new(b, "Evening Post"),
                detect,
            )
        };
        let found = undated(
            "Mark Felt, the Watergate informant known as Deep Throat, died on Friday.",
            "Mark Felt, the Watergate informant known as Deep Throat, died on Thursday.",
        )
        .expect("Friday against Thursday");
        assert_eq!(
            found.explanation,
            "date differs: “on Friday” (Daily Ledger) vs “on Thursday” (Evening Post)"
        );
        // A possessive day dates its noun: one runoff on two days, though the second
        // statement dates another thing too.
        let found = undated(
            "Darovan won 52.4 percent of the vote in Sunday's runoff, the commission said.",
            "Brannagh, who lost Saturday's presidential runoff, vowed on Wednesday to fight on.",
        )
        .expect("Sunday's runoff against Saturday's");
        assert_eq!(
            found.explanation,
            "date differs: “Sunday's” (Daily Ledger) vs “Saturday's” (Evening Post)"
        );
        for (why, a, b) in [
            (
                "a game's day and an arrest's",
                "He was arrested after Sunday's game against the Jets.",
                "The receiver was arrested on Saturday.",
            ),
            (
                "one weekday",
                "The plane crashed on Tuesday near the airport.",
                "The plane crashed Tuesday near the airport.",
            ),
            (
                "a game's day",
                "The arrest will not affect his status for Sunday's game against the Jets.",
                "The receiver was arrested Tuesday on suspicion of drunk driving.",
            ),
            (
                "a roster move, no injury",
                "The Saints placed Bush on injured reserve Wednesday.",
                "Bush was injured Thursday night in the loss to Chicago.",
            ),
        ] {
            assert!(undated(a, b).is_none(), "{why}");
        }
    }

    #[test]
    fn a_state_started_in_two_months_is_flagged_and_explained() {
        let day = (2011, 11, 10);
        let told = finding(
            "Since fighting between the army and the rebels began in July, thousands have fled the state.",
            day,
            "Thousands of civilians have been uprooted since June as a result of fighting.",
            (2011, 11, 11),
        )
        .expect("two start months")
        .explanation;
        assert!(
            told.starts_with("start differs: “began in July” (July 2011"),
            "{told}"
        );
        assert!(told.contains("“since June” (June 2011"), "{told}");
        let not_flagged = [
            (
                "one month",
                "Fighting began in June, officials said.",
                "Civilians have fled since June as a result of fighting.",
            ),
            (
                "a month that is no start",
                "Fighting flared in July near the border.",
                "Civilians have fled since June as a result of fighting.",
            ),
            (
                "two months on a side",
                "Fighting began in July and spread in August.",
                "Civilians have fled since June as a result of fighting.",
            ),
        ];
        for (why, a, b) in not_flagged {
            assert!(!compare(a, day, b, day), "{why}: {a} / {b}");
        }
    }

    #[test]
    fn late_night_against_early_morning_is_told_as_perhaps_one_hour() {
        let day = (2019, 5, 13);
        let told = finding(
            "Two men were shot late Sunday night outside the club.",
            day,
            "Two men were shot early Monday morning outside the club.",
            day,
        )
        .expect("two days told")
        .explanation;
        assert!(told.contains("around midnight"), "{told}");
        // Names of the place between the happening and its date do not set them apart.
        let told = finding(
            "A ferry carrying about 40 passengers capsized off Indonesia's Sulawesi island early on Monday, killing 15 people.",
            (2023, 7, 25),
            "A speedboat carrying about 40 people capsized off Sulawesi island late Sunday night, killing 15 passengers.",
            (2023, 7, 24),
        )
        .expect("two days told")
        .explanation;
        assert!(told.contains("around midnight"), "{told}");
        // Not across a figure, which tells another fact: Tuesday is the day the toll rose.
        assert!(
            finding(
                "Mount Lewotobi Laki-laki on the island of Flores erupted on Monday, killing nine.",
                (2024, 11, 4),
                "The death toll from an eruption of Mount Lewotobi Laki-laki on Flores island rose to 10 on Tuesday.",
                (2024, 11, 5),
            )
            .is_none()
        );
    }

    /// Pairs whose dates are not compared, each with why: (why, a, its article's date, b, its
    /// article's date). In the second, the later page carries the date of an update: its
    /// "Thursday" resolves months away, which says nothing about what either outlet reported;
    /// in the last, the same words name two days only because the pages are dated apart.
    #[rustfmt::skip]
    const NOT_COMPARED: &[(&str, &str, Day, &str, Day)] = &[
        ("different happenings", "Prosecutors on Saturday filed charges against the driver.", (2019, 5, 11), "The driver struck the crowd near the market Friday.", (2019, 5, 11)),
        ("the wounded are people, not a wounding", "Three of the wounded were in critical condition on Sunday, officials said.", (2023, 5, 7), "Six of the injured remained hospitalized on Monday, three in critical condition.", (2023, 5, 8)),
        ("a weekday against a page dated months later", "The march in the park on Thursday ended in gunfire.", (2018, 3, 3), "The march in the park on Thursday ended in gunfire, witnesses said.", (2018, 9, 20)),
        ("a day things were reported", "Police said Monday they had found the car.", (2019, 5, 14), "Police said the car was found early Sunday.", (2019, 5, 14)),
        ("a happening inside the clause, not its subject", "Protesters enraged over the fatal shooting of a teenager poured into the streets for a third night Wednesday.", (2013, 3, 14), "The teenager was shot and killed by police on Monday.", (2013, 3, 14)),
        ("a day a custody was reported", "Police said on Monday they had taken three men into custody after the shooting.", (2019, 5, 14), "Three men were taken into custody Sunday after the shooting.", (2019, 5, 14)),
        ("a later clause's day", "Officers were searching for the man on Monday after he shot two guards.", (2019, 5, 14), "The man shot two guards Sunday.", (2019, 5, 14)),
        ("quoted", "\"We lost two neighbours tonight,\" the mayor said of the shooting.", (2019, 5, 11), "\"We lost two neighbours tonight,\" the mayor said of the shooting.", (2019, 5, 12)),
        ("scheduled", "He is scheduled for a court hearing April 7.", (2018, 3, 3), "The three men are scheduled for a court hearing April 14.", (2018, 3, 3)),
        ("another happening's verb (an arrest)", "Police on Monday arrested the driver in the deadly crash.", (2019, 5, 11), "The driver was killed on Sunday near the bridge.", (2019, 5, 11)),
        ("another incident", "In other shootings on Thursday, two men were wounded downtown.", (2019, 5, 11), "The two men were wounded early Friday outside the bar.", (2019, 5, 11)),
        ("another happening's verb (a second death)", "The girl was the second child to die Tuesday in the city.", (2019, 5, 11), "The boy died on Wednesday at the hospital.", (2019, 5, 11)),
        ("a participle describing counted things", "Officials carried out a controlled release of vinyl chloride from five derailed tanker cars on Monday.", (2023, 2, 7), "About 50 cars of a freight train derailed in a fiery crash in East Palestine on Friday night.", (2023, 2, 7)),
        ("one of a series going on", "Rescue teams have been hampered by continued eruptions, which sent ash 2km into the air on Tuesday.", (2023, 12, 5), "The eruption on Sunday sent hot ash over villages as far as 5 kilometers away.", (2023, 12, 5)),
        ("a happening right before the date governs it, not the clause's first", "A woman suspected of shooting a child in a drive-by was arrested Friday night, police said.", (2017, 3, 11), "The child who was injured Tuesday evening in a shooting has been released.", (2017, 3, 11)),
        ("a verb of its own after the date", "Neighbors in the town Sunday mourned the death of a man shot at a party.", (2014, 7, 13), "A gunman killed three people at a party in the town Saturday night.", (2014, 7, 13)),
        ("a later death of wounds", "The fifth victim died from his injuries Saturday, the hospital said.", (2015, 7, 18), "Four people were killed Thursday when a gunman opened fire at the office.", (2015, 7, 18)),
        ("one date, two happenings of its kind", "A 3-year-old girl died after being shot Wednesday evening in a home.", (2015, 7, 31), "An 8-year-old girl was shot Friday night, just two days after a 3-year-old girl was shot and killed.", (2015, 7, 31)),
        ("the start and the end of a rule", "Nazarbayev had ruled Kazakhstan since 1989 before handing power to Tokayev.", (2022, 1, 6), "Nazarbayev became Kazakhstan's first president and ruled until 2019.", (2022, 1, 6)),
        ("two quakes years apart", "In 2004, a huge earthquake off Aceh triggered a tsunami that killed 230,000 people.", (2013, 7, 2), "An 8.7-magnitude earthquake also hit off Aceh in May 2012, triggering regional tsunami alerts.", (2013, 7, 2)),
        ("a day against a year", "Cheeks played with four teams before retiring in 1993.", (2005, 5, 24), "Cheeks had his No. 10 jersey retired on Feb. 6, 1995.", (2005, 5, 23)),
        ("one of two years told", "He won a Tony Award in 2004 for his role in the musical.", (2009, 2, 20), "He emceed both the 2004 and 2005 Tony Awards, and won an Emmy Award.", (2009, 2, 20)),
        ("the same words relative to pages dated apart", "A boy was shot in the stomach this evening in the city.", (2017, 1, 11), "A boy was shot in the stomach this evening in the city.", (2017, 1, 12)),
    ];

    #[test]
    fn dates_that_do_not_tell_one_happening_apart_are_not_compared() {
        check_each(NOT_COMPARED, false);
    }
}
