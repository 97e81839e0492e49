//! Counts that are a part, not the toll: a subset ("two other people", "three of those
//! killed"), one item of a list ("two officers and a deputy"), a decade of life.

use std::borrow::Cow;
use std::sync::LazyLock;

use super::places::{HOSPITAL_NOUNS, OTHER_CLAUSE_STARTS, TAKEN_TO_HOSPITAL};
use crate::align::Features;
use crate::text::normalize::TermKind;
use crate::text::quantity::{Bound, Quantity, QuantityKind};
use crate::text::{lexicon, word_lists};

word_lists::sections! {
    /// Words next to a count that make it a part of a larger group, not the toll itself.
    SUBSET_WORDS = FIGURE_CUES["subset-words"];

    /// Phrases after a count that make it a part of a toll: those who died at another place
    /// or time of the event ("two died in hospital").
    SUBSET_PHRASES = FIGURE_CUES["subset-phrases"];

    /// Phrases after a count that make it those at the scene of the event, a part of a toll,
    /// not of those at work there ("one person died at the scene").
    SCENE_PHRASES = FIGURE_CUES["scene-phrases"];

    /// Adverbs before an injury verb that grade it: "critically wounded two" counts only the
    /// worst hurt.
    SEVERITY_ADVERBS = FIGURE_CUES["severity-adverbs"];

    /// Words right before a count that make it a part or an earlier tally: "the other five
    /// suspects", "the last two officers slain".
    SUBSET_HEADS = FIGURE_CUES["subset-heads"];

    /// Words right before a count of people that make it those of one scene: "transported
    /// six people", "police found two people dead".
    SCENE_HEADS = FIGURE_CUES["scene-heads"];

    /// Words right before a count that make it an addition to a count told before
    /// ("another three", "a further 20,000"); see [`counts_its_own_place`].
    ADDITION_HEADS = FIGURE_CUES["addition-heads"];

    /// Words after a count that add a person named apart ("along with the pilot").
    ALONGSIDE_WORDS = FIGURE_CUES["alongside-words"];

    /// Nouns after "N more" that make the count an addition to another ("two more people").
    MORE_OF = FIGURE_CUES["more-of"];

    /// Words after "N of" that make the count a part of a group: "three of those killed",
    /// "one of two men charged".
    PARTITIVE_HEADS = FIGURE_CUES["partitive-heads"];

    /// Words that start another count in a list: "and a deputy", "and one killed", "7 men".
    COUNT_STARTERS = FIGURE_CUES["count-starters"];
}

/// The number words that start another count in a list: "one" to "twelve".
const COUNT_STARTER_NUMBERS: std::ops::RangeInclusive<f64> = 1.0..=12.0;

/// Singular nouns that add one more person to a list: "4 women, man, unborn child".
pub(super) static SINGLE_PERSONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "one-more-person"));

word_lists::sections! {
    /// Verbs that end a noun phrase: what follows is said of it, so it is not a list.
    pub(super) CLAUSE_VERBS = FIGURE_CUES["clause-verbs"];
}

/// Concepts that are nouns of a population and may sit inside a counted noun phrase
/// (tagged `population` in `assets/lexicon/concepts.txt`).
static POPULATION_CONCEPTS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lexicon::concepts_tagged("population"));

/// Does the word open a count: a figure, a count word ("several", "dozens") or a small
/// number word ("nine")?
pub(crate) fn starts_count(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_ascii_digit())
        || COUNT_STARTERS.contains(&word)
        || crate::text::numbers::simple_number_words()
            .any(|(w, value)| w == word && COUNT_STARTER_NUMBERS.contains(&value))
}

/// Does `text[from..to]` stay inside one noun phrase: no verb, no event or action concept?
fn plain_noun_phrase(f: &Features, text: &str, from: usize, to: usize) -> bool {
    let words = f.parse.words_between(text, from, to);
    words.len() <= 5
        && !words
            .iter()
            .any(|(_, w)| CLAUSE_VERBS.contains(&w.as_ref()))
        && !f.terms.iter().any(|t| {
            t.kind == TermKind::Concept
                && t.start >= from
                && t.end <= to
                && !POPULATION_CONCEPTS.contains(&t.key.as_str())
        })
}

/// Byte ranges of asides set off by paired dashes or parentheses in `text[from..to]`:
/// "two officers -- named here -- and a deputy".
fn asides(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let stretch = &text[from..to];
    let mut out = Vec::new();
    for mark in ["--", "—", "–"] {
        let marks: Vec<usize> = stretch.match_indices(mark).map(|(i, _)| i).collect();
        for pair in marks.chunks(2) {
            if let [a, b] = pair {
                out.push((from + a, from + b + mark.len()));
            }
        }
    }
    let mut open = None;
    for (i, c) in stretch.char_indices() {
        match c {
            '(' => open = Some(i),
            ')' => {
                if let Some(o) = open.take() {
                    out.push((from + o, from + i + 1));
                }
            }
            _ => {}
        }
    }
    out
}

/// Nouns of those at work at the scene: firefighters, rescuers (kind `responders` of
/// `assets/lexicon/people.txt`).
static RESPONDER_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "responders"));

/// Nouns that count people (kind `counts-people` of `assets/lexicon/people.txt`).
static PEOPLE_NOUNS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| word_lists::of_kind(word_lists::PEOPLE, "counts-people"));

/// Does the figure starting at byte `at` count things by a noun of its own: no noun of
/// people ([`PEOPLE_NOUNS`]) in its phrase nor a concept of a population after it ("15
/// engines", not "four officers", "six police", nor a bare "four")?
fn counts_things_at(f: &Features, text: &str, at: usize) -> bool {
    f.parse
        .quantities
        .iter()
        .chain(&f.parse.worded_counts)
        .find(|x| x.start == at)
        .is_some_and(|x| {
            let noun_end = (x.end + x.unit.len() + 2).min(text.len());
            x.kind == QuantityKind::Count
                && !x.unit.is_empty()
                && !x.unit.split_whitespace().any(|w| PEOPLE_NOUNS.contains(&w))
                && !f.terms.iter().any(|t| {
                    t.start >= x.end
                        && t.end <= noun_end
                        && POPULATION_CONCEPTS.contains(&t.key.as_str())
                })
        })
}

/// Is the count followed, within its noun phrase, by "and"/"," and another count or a
/// person ("two officers and a deputy", "two officers -- named here -- and the county's
/// deputy", "10 women, 7 men")?
fn list_item_follows(f: &Features, text: &str, q: &Quantity) -> bool {
    // A bare count right after its verb ("kills 73") is no item of a list of counts: "Indian
    // jet crash kills 73, one survivor found". It still is of a list of persons ("ambush
    // that killed 5, unborn child").
    let governed = q.unit.is_empty()
        && f.terms.iter().any(|t| {
            t.kind == TermKind::Concept
                && crate::text::lexicon::is_event_concept(&t.key)
                && t.end <= q.start
                && text[t.end..q.start].trim().is_empty()
        });
    let reach_end = (q.end + 160).min(text.len());
    let reach_end = (reach_end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let cut = asides(text, q.end, reach_end);
    let inside = |at: usize| cut.iter().any(|&(s, e)| at >= s && at < e);
    let words: Vec<(usize, Cow<str>)> = f
        .parse
        .words_between(text, q.end, reach_end)
        .into_iter()
        .filter(|(at, _)| !inside(*at))
        .collect();
    let breaks_phrase = |at: usize, w: &str| {
        CLAUSE_VERBS.contains(&w)
            || f.terms.iter().any(|t| {
                t.start == at
                    && t.kind == TermKind::Concept
                    && !POPULATION_CONCEPTS.contains(&t.key.as_str())
            })
    };
    let gap_outside_asides = |from: usize, to: usize| -> String {
        text[from..to]
            .char_indices()
            .filter(|(i, _)| !inside(from + i))
            .map(|(_, c)| c)
            .collect()
    };
    let mut previous_end = q.end;
    for (n, (at, word)) in words.iter().enumerate() {
        let gap = gap_outside_asides(previous_end, *at);
        if gap.contains(['.', ';', ':', '!', '?']) || n > 5 {
            return false;
        }
        let conjunction = word == "and" || word == "plus";
        if conjunction || gap.contains(',') {
            let rest = if conjunction {
                &words[n + 1..]
            } else {
                &words[n..]
            };
            // "eight people, including a nine-month-old baby": members of the count, not
            // another item of a list.
            let opening: Vec<&str> = rest.iter().take(2).map(|(_, w)| w.as_ref()).collect();
            if !conjunction && crate::conflict::count::opens_examples(&opening) {
                return false;
            }
            // An article opens a count only of a person ("and a deputy"), not of a thing ("and
            // a search was underway").
            let article_opens = rest.first().is_some_and(|(_, w)| w == "a" || w == "an");
            // The item's own phrase: not past a comma ("two people and then himself inside
            // its lobby, the gunman's daughter").
            let item_start = rest.first().map_or(*at, |(at, _)| *at);
            // A count of things after a count of people is no item of its list: "Eighty
            // firefighters and 15 engines were at the scene".
            let next_is_count = rest.first().is_some_and(|(_, w)| starts_count(w))
                && !governed
                && !article_opens
                && !counts_things_at(f, text, item_start);
            // A person followed by a verb of citing is who told it, not an item: "rescued 25
            // people from the water, the coast guard said".
            let cites = |i: usize| {
                rest.get(i + 1)
                    .is_some_and(|(_, v)| crate::conflict::attribution::is_citing_verb(v))
            };
            let person_follows = rest
                .iter()
                .enumerate()
                .take(8)
                .take_while(|(_, (at, w))| {
                    !breaks_phrase(*at, w) && !gap_outside_asides(item_start, *at).contains(',')
                })
                .any(|(i, (_, w))| SINGLE_PERSONS.contains(&w.as_ref()) && !cites(i));
            return next_is_count || person_follows;
        }
        if breaks_phrase(*at, word) {
            return false;
        }
        previous_end = *at
            + text[*at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
                .unwrap_or(text.len() - *at);
    }
    false
}

/// `text` without `suffix` at its end, compared without ASCII case; `None` when it does not end
/// so. Never slices inside a character ("killed—and 4": the dash is three bytes).
fn strip_suffix_ignore_ascii_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let tail = text.get(cut..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..cut])
}

/// Is the count one item of a list whose total is told elsewhere ("one transit officer and
/// four city officers were killed", "two deputies and a trooper died", "10 women, 7 men
/// wounded")? Its figure is then a part, not the toll.
pub(super) fn is_list_part(f: &Features, text: &str, q: &Quantity) -> bool {
    if list_item_follows(f, text, q) || one_more_alongside(f, text, q) {
        return true;
    }
    // Preceded by "and"/"," after another count: "one officer and four".
    let head = text[..q.start].trim_end();
    let (joined, head) = if let Some(h) = head.strip_suffix(',') {
        (true, h)
    } else if let Some(h) = strip_suffix_ignore_ascii_case(head, " and") {
        (true, h)
    } else {
        (false, head)
    };
    if !joined {
        return false;
    }
    // ", and at least 27 were killed": a bare count after a comma and "and", its verb right
    // after it, opens a clause of its own, not the last item of a list ("10 women, 7 men,
    // and 2 children were hurt" names its item).
    let clause_of_its_own = head.trim_end().ends_with(',')
        && q.unit.is_empty()
        && f.parse
            .words_between(text, q.end, text.len())
            .first()
            .is_some_and(|(at, w)| {
                CLAUSE_VERBS.contains(&w.as_ref())
                    && text[q.end..*at].chars().all(char::is_whitespace)
            });
    if clause_of_its_own {
        return false;
    }
    let from = head.char_indices().rev().nth(48).map_or(0, |(i, _)| i);
    let before = f.parse.words_between(text, from, head.len());
    // The item before is a count ("one officer and four") or a single person ("man, 2
    // teens wounded", "a baby and 4 people injured").
    let item = before
        .iter()
        .rev()
        .take(5)
        .find(|(_, w)| starts_count(w) || SINGLE_PERSONS.contains(&w.as_ref()));
    item.is_some_and(|(offset, w)| {
        let from = if SINGLE_PERSONS.contains(&w.as_ref()) {
            *offset
        } else {
            *offset + w.len()
        };
        plain_noun_phrase(f, text, from, head.len())
    })
}

/// How many words after "along with" a single person may stand ("along with his wife").
const ALONGSIDE_REACH_WORDS: usize = 3;

/// Is one more person added to the count in its clause, after "along with", "as well as"
/// ("Eight people died in the crash along with the pilot": nine died)? The count is then a
/// part of those the clause tells of.
fn one_more_alongside(f: &Features, text: &str, q: &Quantity) -> bool {
    let clause_end = text[q.end..]
        .find(['.', ';', ':', '!', '?'])
        .map_or(text.len(), |i| q.end + i);
    // ASCII folding keeps every byte where it was, so offsets stay the text's.
    let clause = text[q.end..clause_end].to_ascii_lowercase();
    ALONGSIDE_WORDS.iter().any(|w| {
        clause.match_indices(w).any(|(i, _)| {
            let from = q.end + i + w.len();
            f.parse
                .words_between(text, from, clause_end)
                .iter()
                .take(ALONGSIDE_REACH_WORDS)
                .any(|(_, w)| SINGLE_PERSONS.contains(&w.as_ref()))
        })
    })
}

/// Does the count name a decade of life ("a woman in her 20s", "in their 30's")?
pub(super) fn is_decade(text: &str, q: &Quantity) -> bool {
    let rest = &text[q.end..];
    q.text.ends_with(|c: char| c.is_ascii_digit())
        && (rest.starts_with("'s") || rest.starts_with("’s") || rest.starts_with('s'))
}

/// Is the word one that may stand between "of" and a partitive's whole ("two of the
/// bombs", "of their 300 seats")?
pub(super) fn is_partitive_head(word: &str) -> bool {
    PARTITIVE_HEADS.contains(&word)
}

/// Is the letter run `word` at byte `at` of `text` the "s" of a possessive ("the train's",
/// "Scotland’s"), which the run reader splits from its owner?
pub(super) fn is_possessive_s(text: &str, at: usize, word: &str) -> bool {
    word == "s" && text.get(..at).is_some_and(|b| b.ends_with(['\'', '’']))
}

/// Is the figure the whole group a part of which the statement counts ("two of the three
/// victims died", "five of 12 passengers")? What happened, happened to the part: the
/// group's figure measures no happening.
pub(crate) fn is_whole_of_a_part(f: &Features, text: &str, q: &Quantity) -> bool {
    let before: Vec<(usize, String)> = f.parse.letter_runs_before(text, q.start).take(5).collect();
    // An owner's possessive before the whole is passed over, with its determiner: "Three
    // of the train's five carriages", "56 of Scotland's 59 seats".
    let owned = before
        .first()
        .is_some_and(|(at, s)| is_possessive_s(text, *at, s));
    let before = if owned {
        match &before[2.min(before.len())..] {
            [(_, the), rest @ ..] if PARTITIVE_HEADS.contains(&the.as_str()) => rest,
            rest => rest,
        }
    } else {
        &before[..]
    };
    let of = match before {
        [(_, the), (at, of), ..] if of == "of" && PARTITIVE_HEADS.contains(&the.as_str()) => *at,
        [(at, of), ..] if of == "of" => *at,
        _ => return false,
    };
    f.parse
        .quantities
        .iter()
        .any(|part| part.end <= of && text[part.end..of].trim().is_empty())
}

word_lists::sections! {
    /// Words after a count that make it a count of those taken to hospital.
    HOSPITAL_WORDS = FIGURE_CUES["hospital-words"];

    /// Words after a count that keep it from being a hospital count of the event.
    NOT_HOSPITAL_COUNT = FIGURE_CUES["not-hospital-count"];
}

/// How many words after a count its hospital word or verb may stand ("19 people, ranging
/// from 12- to 27-years-old, were treated").
const HOSPITAL_VERB_WITHIN_WORDS: usize = 12;

/// Is the count one of those taken to hospital ("three people were hospitalized", "at least
/// 19 people ... were treated at local hospitals", "19 were transported to Lee Memorial
/// Hospital"): a hospital word after it, or a verb of taking or treating with a hospital
/// later in the count's clause? Not when a word makes it a part of another count ("two
/// others were hospitalized", "three remain hospitalized"), after a head of a part ("the
/// other five"), or as a part of a group ("two of the victims").
pub(super) fn is_hospital_count(f: &Features, text: &str, q: &Quantity) -> bool {
    let clause_end = text[q.end..]
        .find([';', '.', ':'])
        .map_or(text.len(), |i| q.end + i);
    let runs = f.parse.letter_runs_between(text, q.end, clause_end);
    let after: Vec<&str> = runs.iter().map(|(_, w)| w.as_str()).collect();
    let near = &after[..after.len().min(HOSPITAL_VERB_WITHIN_WORDS)];
    let before = f
        .parse
        .letter_runs_before(text, q.start)
        .next()
        .map(|(_, w)| w);
    if after.first() == Some(&"of")
        || near.iter().any(|w| NOT_HOSPITAL_COUNT.contains(w))
        || before.as_ref().is_some_and(|w| {
            SUBSET_HEADS.contains(&w.as_str())
                || SCENE_HEADS.contains(&w.as_str())
                || ADDITION_HEADS.contains(&w.as_str())
        })
    {
        return false;
    }
    let Some(verb) = near
        .iter()
        .position(|w| HOSPITAL_WORDS.contains(w) || TAKEN_TO_HOSPITAL.contains(w))
    else {
        return false;
    };
    let hospital_named = HOSPITAL_WORDS.contains(&after[verb])
        || after[verb + 1..].iter().any(|n| HOSPITAL_NOUNS.contains(n));
    // One hospital by its name ("Sixteen people were treated at Lee Memorial Hospital"), and
    // no other: that hospital's count, a part of those taken to hospital.
    let one_named_hospital = !after.contains(&"hospitals")
        && runs.windows(2).any(|pair| {
            let ((before, _), (_, noun)) = (&pair[0], &pair[1]);
            noun == "hospital"
                && text[*before..]
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        });
    if one_named_hospital {
        return false;
    }
    // The verb is the count's own: no other figure stands between them, but in an aside
    // between commas ("At least 19 people, ranging from 12- to 27-years-old, were
    // treated"); "12- to 27-years-old, were treated" counts no one.
    let verb_at = runs.get(verb).map_or(clause_end, |(at, _)| *at);
    let between = &text[q.end..verb_at];
    let in_aside = |at: usize| {
        let (before, after) = between.split_at(at - q.end);
        before.contains(',') && after.contains(',')
    };
    let figure_between = f
        .parse
        .quantities
        .iter()
        .any(|x| x.start >= q.end && x.start < verb_at && !in_aside(x.start));
    hospital_named && !figure_between
}

pub(super) fn is_subset(f: &Features, text: &str, q: &Quantity) -> bool {
    is_part(f, text, q)
        || letter_runs_before_first(f, text, q).is_some_and(|w| SCENE_HEADS.contains(&w.as_str()))
}

/// Is the count told as a part by an adjective right before it ("the last three hostages",
/// "the other five suspects", "the remaining two")? Such a head makes a part of any
/// measure, one given by its phrases alone too ("remain missing" after a count does not).
pub(super) fn has_part_adjective(f: &Features, text: &str, q: &Quantity) -> bool {
    letter_runs_before_first(f, text, q).is_some_and(|w| {
        SUBSET_HEADS.contains(&w.as_str()) && !matches!(w.as_str(), "of" | "including" | "among")
    })
}

/// The word right before a count, folded.
fn letter_runs_before_first(f: &Features, text: &str, q: &Quantity) -> Option<String> {
    f.parse
        .letter_runs_before(text, q.start)
        .next()
        .map(|(_, w)| w)
}

/// Is the count a part of a group (see [`is_subset`]), scenes of people left out: for a
/// count of things, a part of a group ("two of the bombs", "two other boats"), not a count
/// after a word of one scene's people ("Police found 23 firearms in his suite").
pub(super) fn is_part(f: &Features, text: &str, q: &Quantity) -> bool {
    let clause_end = count_clause_end(text, q);
    let mut after = words_after_in_clause(f, text, q);
    // Words past "and" before another count, or before the others, are that group's: "two
    // dead and four others injured", "two dead and others hurt".
    if let Some(i) = after
        .windows(2)
        .position(|w| (w[0] == "and" || w[0] == "or") && (starts_count(&w[1]) || w[1] == "others"))
    {
        after.truncate(i);
    }
    let before_words: Vec<String> = f
        .parse
        .letter_runs_before(text, q.start)
        .take(2)
        .map(|(_, w)| w)
        .collect();
    let before = before_words.first().cloned();
    // "seriously injured four": only the worst hurt, a part of the injured; "three attacks
    // that each left four dead": a count per incident.
    // "no one was hurt too badly", "two were severely injured": a grade after it too.
    let graded = before_words
        .get(1)
        .is_some_and(|w| SEVERITY_ADVERBS.contains(&w.as_str()))
        || after.iter().any(|w| SEVERITY_ADVERBS.contains(&w.as_str()))
        || before_words.iter().any(|w| w == "each");
    let partitive = q.bound != Bound::Vague
        && after.first().is_some_and(|w| w == "of")
        && after
            .get(1)
            .is_some_and(|w| PARTITIVE_HEADS.contains(&w.as_str()) || starts_count(w));
    let more_of = after.first().is_some_and(|w| w == "more")
        && after.get(1).is_some_and(|w| MORE_OF.contains(&w.as_str()));
    // ASCII folding keeps every byte where it was, so offsets stay the text's.
    let clause = text[q.end..clause_end].to_ascii_lowercase();
    // Those at work at the scene are all there: "Eighty firefighters and 15 engines were at
    // the scene".
    let at_one_place = SUBSET_PHRASES.iter().any(|p| clause.contains(p))
        || (!RESPONDER_NOUNS.contains(&q.counted_noun())
            && SCENE_PHRASES.iter().any(|p| clause.contains(p)));
    // "killing eight people and wounding seven others": the others are those not counted
    // by the count before, of another harm, so all the wounded; "two police officers and
    // three others were injured" stays a part.
    // So are those after "and" right after a word of harm: "56 people were killed and 55
    // others injured".
    let harm_before = before.as_deref().is_some_and(lexicon::tells_harm)
        || before.as_deref() == Some("and")
            && before_words.get(1).is_some_and(|w| lexicon::tells_harm(w));
    let others_of_another_harm = after.first().is_some_and(|w| w == "others")
        && harm_before
        && f.parse
            .quantities
            .iter()
            .any(|earlier| earlier.end <= q.start && earlier.kind == QuantityKind::Count);
    partitive
        || at_one_place
        || graded
        || more_of
        || after
            .iter()
            .enumerate()
            .any(|(i, w)| SUBSET_WORDS.contains(&w.as_str()) && !(i == 0 && others_of_another_harm))
        || before
            .as_ref()
            .is_some_and(|w| SUBSET_HEADS.contains(&w.as_str()))
        || (before.is_some_and(|w| ADDITION_HEADS.contains(&w.as_str()))
            && !counts_its_own_place(f, text, q))
}

/// Where the count's own clause ends: "One person died at the scene, and 19 were
/// transported".
fn count_clause_end(text: &str, q: &Quantity) -> usize {
    text[q.end..]
        .find([',', ';', '.', ':'])
        .map_or(text.len(), |i| q.end + i)
}

/// The first words after the count in its clause, folded, up to a word that starts another
/// clause: "kills 73, one survivor found" marks no part of the 73, nor does "the death toll
/// has risen to 2 after police found a body" of the 2.
fn words_after_in_clause(f: &Features, text: &str, q: &Quantity) -> Vec<String> {
    f.parse
        .letter_runs_between(text, q.end, count_clause_end(text, q))
        .into_iter()
        .take(4)
        .map(|(_, w)| w)
        .take_while(|w| !OTHER_CLAUSE_STARTS.contains(&w.as_str()))
        .collect()
}

/// Is the count added to others told before ("Fourteen others", "another five people") and
/// of the wounded in its clause ("were wounded"), not of those in hospital ("Four others
/// remained hospitalized")? Whether it is all the wounded is the measure's to say
/// (`measure::wounded_beside_the_dead`).
pub(super) fn added_and_wounded(f: &Features, text: &str, q: &Quantity) -> bool {
    let after = words_after_in_clause(f, text, q);
    let added = after.first().is_some_and(|w| w == "others")
        || letter_runs_before_first(f, text, q)
            .is_some_and(|w| ADDITION_HEADS.contains(&w.as_str()));
    added
        && after
            .iter()
            .find(|w| lexicon::tells_injury(w))
            .is_some_and(|w| !w.starts_with("hospital"))
}

/// Does an added count ("another 20,000") name the place it counts in its own clause:
/// right before it after "where" ("in the northern city of Thessaloniki, where another
/// 20,000 people marched"), or after it before the clause ends ("and another three in
/// Kandahar")? It is then that place's whole count, not a part of a count told before.
fn counts_its_own_place(f: &Features, text: &str, q: &Quantity) -> bool {
    let clause_end = count_clause_end(text, q);
    super::places::placed_name_spans(&f.parse, text)
        .iter()
        .any(|place| {
            if place.preposition >= q.end {
                return place.preposition < clause_end;
            }
            let between: Vec<String> = f
                .parse
                .letter_runs_between(text, place.end, q.start)
                .into_iter()
                .map(|(_, w)| w)
                .collect();
            place.end <= q.start
                && between.first().is_some_and(|w| w == "where")
                && between.len() <= 3
                && between
                    .last()
                    .is_some_and(|w| ADDITION_HEADS.contains(&w.as_str()))
        })
}
