//! Role conflicts (kind `entity`): two outlets give one named person two different posts
//! ("Lisa Su, senior vice president and general manager for AMD's products division"
//! against "Lisa Su ... general manager for its global business units").
//!
//! A post is read right after a name: the words that may stand between a name and its post
//! ("who will become", "the company's senior vice"; `role-links` in
//! `assets/lexicon/roles.txt`, a capitalised word or a possessive), then a run of titles
//! whose last head ("manager", "spokesman"; `role-heads`) is the post's head, then "of" or
//! "for" and its scope, up to punctuation or a word that opens another phrase, or a comma
//! and the capitalised name of the unit ("General Manager, Global Business Units"). A post
//! the person held before ("former", "then") is not read.
//!
//! Two posts of one person (the same last name before each) are compared only when they
//! have the same head and both give a scope. They disagree when neither scope's words hold
//! the other's, read without words of newness, articles and the nouns of a part of an
//! organisation and of a level of government (`unit-nouns`, `jurisdictions`: "AMD's new
//! data center solutions business" is held by "AMD's newly created data-center server
//! solutions business", "the Attorney General's office" by "Attorney General Greg Abbott",
//! "the county department" by "the fire department", and "a new division" says nothing),
//! when no scope names a country, and when one of them names a part of an organisation: "president of
//! Kazakhstan" and "president of the Central Asian nation" describe one post two ways. A
//! unit's name is written as it is: when both scopes write one (in quotation marks or
//! capitalised, an owner's possessive aside) and the names differ, one holding the other's
//! words is no narrower scope but another name ("AMD's new “data center solutions”
//! business" against "AMD's newly created Data Center Server Solutions business").
//! Two posts of two heads are compared only when one speaks for a body and the other does
//! not ("head of the accident investigation board" against "a spokesman for the civil
//! aviation authority"), both told after the name with a scope, neither one taken up ("who
//! will become general manager"): an executive holds several titles of leading at once.
//! Posts are what outlets copy from a press release or get wrong, so the disagreement is
//! soft.

use crate::model::{ConflictKind, Severity};
use crate::text::{lexicon, stem, word_lists};

use super::actor::{Word, holds_all, is_capitalized, name_as_written, words};
use super::rule::{Check, Rule, Verdict};
use super::{Finding, Side};

word_lists::sections! {
    /// Heads of a post ("manager", "spokesman"). This module's lists are sections of
    /// `assets/lexicon/roles.txt`, by name.
    ROLE_HEADS = ROLES["role-heads"];

    /// Words between a name and its post that tell a post taken up ("who will become").
    CHANGING_LINKS = ROLES["changing-links"];

    /// Heads of speaking for an organisation ("spokesman for").
    SPEAKING_HEADS = ROLES["speaking-heads"];

    /// Words that may stand between a name and its post.
    ROLE_LINKS = ROLES["role-links"];

    /// Words inside a title before its head ("senior vice", "general").
    TITLE_WORDS = ROLES["title-words"];

    /// Words that make a post one held before ("former") or after ("then").
    PAST_POSTS = ROLES["past-posts"];

    /// Prepositions that open a post's scope.
    SCOPE_OPENERS = ROLES["scope-openers"];

    /// Words that end a post's scope.
    SCOPE_ENDS = ROLES["scope-ends"];

    /// Words of a scope that name nothing of it.
    SCOPE_FILLERS = ROLES["scope-fillers"];

    /// Nouns of a part of an organisation.
    UNIT_NOUNS = ROLES["unit-nouns"];

    /// Words of a place an authority governs ("county", "state").
    JURISDICTIONS = ROLES["jurisdictions"];

    /// Heads of a post written as a title before a name ("Coroner", "Speaker").
    TITLE_HEADS = ROLES["title-heads"];

    /// Grades of a post ("deputy", "vice").
    GRADES = ROLES["grades"];

    /// Grades a head's word may open with ("under" of "undersheriff").
    GRADE_PREFIXES = ROLES["grade-prefixes"];

    /// Ranks, `written = rank` ("col = colonel").
    RANKS = ROLES["ranks"];

    /// Words before "general" that make it an office ("Attorney General").
    GENERAL_OFFICES = ROLES["general-offices"];

    /// Titles abbreviated before a name, `written = title` ("gov = governor").
    TITLE_ABBREVIATIONS = ROLES["title-abbreviations"];

    /// Words that end a place's or an organisation's name, or follow a person's ("Hospital",
    /// "Jr"): no surname.
    NOT_SURNAMES = ROLES["not-surnames"];

    /// Titles of one person ("president", "governor"), a section of `actors.txt`.
    INDIVIDUAL_TITLES = ACTORS["individual-titles"];
}

/// The most words between a name and the head of its post.
const MAX_WORDS_TO_HEAD: usize = 10;

/// The most lowercase words between a possessive owner and the head of a post ("the town's
/// public security director").
const MAX_WORDS_AFTER_OWNER: usize = 2;

/// Prepositions before a capitalised name that make it a place, not a person a post after
/// it describes ("in Seattle, the hospital's spokeswoman").
const PLACE_BEFORE_NAME: &[&str] = &["in", "at", "from", "near", "of", "to"];

/// The most words of a post's scope.
const MAX_SCOPE_WORDS: usize = 12;

/// The most words of a title before a name ("LaRue County Deputy Coroner", "armed forces
/// spokesman Col.").
const MAX_TITLE_WORDS: usize = 6;

/// The most words of a name after its title ("Ana Liza Sagun").
const MAX_NAME_WORDS: usize = 3;

/// One post a statement gives a named person.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Post {
    /// The person's last name, folded.
    person: String,
    /// The person's first name, folded, when the statement writes it next to the post: two
    /// persons of one surname are two ("Sheriff Mike Scott", "Deputy Ann Scott").
    first: Option<String>,
    /// The post's head, folded ("manager"); the rank when a title has no other head
    /// ("colonel" for "Col. Sidiki Coulibaly").
    head: String,
    /// The grades of the head ("deputy" and "chief" of "Deputy Chief Fire Officer"), as
    /// written out, sorted.
    grades: Vec<String>,
    /// The rank written right before the name ("colonel" of "Lt. Col."), by its last word.
    rank: Option<&'static str>,
    /// Is the head capitalised, a formal title ("Deputy Coroner"), not a description
    /// ("prosecutor Charles Sergis", "the company's senior vice president")?
    formal: bool,
    /// Is the post written before the name ("Dortmund police president Anja Kessler")?
    /// Its scope is then the organisation's name, which outlets write many ways ("NOPD",
    /// "New Orleans Police Department"), so it is not compared.
    before_name: bool,
    /// The post as written, from its first title word to the end of its scope.
    written: String,
    /// Is the post one taken up, now or to come ("who will become general manager")? See
    /// [`CHANGING_LINKS`].
    changing: bool,
    /// The stems of the scope's words, fillers, the nouns of a part of an organisation and
    /// of a level of government dropped.
    scope: Vec<String>,
    /// Does the scope name a country or another name of a place?
    names_a_place: bool,
    /// Does the scope name a part of an organisation?
    names_a_unit: bool,
    /// The stems of the unit's name, when the scope writes one: its words in quotation marks
    /// ("AMD's new “data center solutions” business") or capitalised ("a new Data Center
    /// Server Solutions business unit"), not an owner's possessive ("AMD's") nor an acronym,
    /// sorted; empty when the scope is told in plain words.
    name: Vec<String>,
}

/// Does a clause or phrase break between the two words: punctuation other than a hyphen
/// inside a word, an apostrophe or a quotation mark?
fn breaks_between(text: &str, w: &Word, next: &Word) -> bool {
    let gap = &text[w.end..next.start];
    if gap == "-" {
        return false;
    }
    gap.chars().any(|c| {
        matches!(
            c,
            ',' | ';' | ':' | '.' | '(' | ')' | '[' | ']' | '!' | '?' | '—' | '–' | '-'
        )
    })
}

/// Does a dash or a comma (an apposition) or nothing but spaces stand between the two words?
fn apposition_between(text: &str, w: &Word, next: &Word) -> bool {
    text[w.end..next.start]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, ',' | '—' | '–' | '-' | '\'' | '’'))
}

/// Does the word start with a capital (a name or an acronym: the organisation, "AMD")?
fn starts_upper(w: &Word) -> bool {
    w.text.chars().next().is_some_and(char::is_uppercase)
}

/// The posts a statement gives named persons, read once for all its pairs.
fn posts<'s>(side: &Side<'s>) -> &'s [Post] {
    side.memo.posts.get_or_init(|| read_posts(side))
}

/// [`posts`], read.
fn read_posts(side: &Side) -> Vec<Post> {
    if !may_give_a_post(side) {
        return Vec::new();
    }
    let text = side.text();
    let ws = words(text, &side.features.parse);
    let mut out = Vec::new();
    for (i, name) in ws.iter().enumerate() {
        // A possessive names the organisation ("Intel's general manager"), not the person;
        // a country's word its people ("the Belarusian president").
        if !is_capitalized(name)
            || name.possessive
            || ws.get(i + 1).is_some_and(|n| n.lower == "s")
            || ROLE_LINKS.contains(&name.lower.as_str())
            || lexicon::is_place_word(&name.lower)
            // A capitalised word of no name: "But" opening "But AMD's Lisa Su — the
            // company's senior vice president ...".
            || lexicon::is_stop_word(&name.lower)
            // A title, not a name ("spokesman Col. Sidiki Coulibaly").
            || !may_be_a_name(name)
        {
            continue;
        }
        // The name ends here: the next word is not capitalised or a break follows, and it
        // is no initial ("John P. Smith").
        if let Some(next) = ws.get(i + 1)
            && ((is_capitalized(next) && !breaks_between(text, name, next))
                || is_initial(text, next))
        {
            continue;
        }
        out.extend(post_after(text, &ws, i));
        out.extend(post_before(text, &ws, i));
    }
    out
}

/// The post told right after the name at `ws[at]`, if any.
fn post_after(text: &str, ws: &[Word], at: usize) -> Option<Post> {
    let mut i = at + 1;
    let mut first_title = None;
    let mut head: Option<usize> = None;
    // A scope named after a comma ("General Manager, Global Business Units"): capitalised
    // words only, the unit's name.
    let mut named_after_comma = false;
    let mut changing = false;
    // The owner a possessive names before the head ("the agency's deputy director"), its
    // first and last words, and the lowercase words passed over after it ("the town's
    // public security director").
    let mut owner: Option<(usize, usize)> = None;
    let mut after_owner = 0;
    let mut ends_at_break = false;
    // Links, organisations and titles up to the scope's preposition.
    loop {
        let w = ws.get(i)?;
        changing |= head.is_none() && CHANGING_LINKS.contains(&w.lower.as_str());
        let prev = &ws[i - 1];
        let gap_ok = if i == at + 1 {
            apposition_between(text, prev, w)
        } else {
            !breaks_between(text, prev, w) || (head.is_none() && apposition_between(text, prev, w))
        };
        if !gap_ok
            && head == Some(i - 1)
            && text[prev.end..w.start].trim() == ","
            && is_capitalized(w)
        {
            named_after_comma = true;
            break;
        }
        // "Tomas Brevik, the agency's deputy director, said": the post ends at the break,
        // its owner before it.
        if !gap_ok && head == Some(i - 1) && owner.is_some() {
            ends_at_break = true;
            break;
        }
        if !gap_ok || (head.is_none() && i - at > MAX_WORDS_TO_HEAD) {
            return None;
        }
        let lower = w.lower.as_str();
        if PAST_POSTS.contains(&lower) {
            return None;
        }
        if ROLE_HEADS.contains(&lower) || TITLE_WORDS.contains(&lower) {
            // The title runs from its first word after anything else.
            if ROLE_HEADS.contains(&lower) {
                head = Some(i);
            }
            first_title.get_or_insert(i);
        } else if head.is_some() && SCOPE_OPENERS.contains(&lower) {
            break;
        } else if head.is_none()
            && (ROLE_LINKS.contains(&lower)
                || starts_upper(w)
                || w.possessive
                || lower == "s"
                || ws.get(i + 1).is_some_and(|n| n.lower == "s"))
        {
            if w.possessive || lower == "s" {
                // From the first word after the last link: "the Agrarian Party's".
                let from = (at + 1..i)
                    .rev()
                    .find(|&k| ROLE_LINKS.contains(&ws[k].lower.as_str()))
                    .map_or(at + 1, |k| k + 1);
                let to = if lower == "s" { i - 1 } else { i };
                owner = Some((from, to));
            }
            first_title = None;
        } else if head.is_none()
            && owner.is_some()
            && after_owner < MAX_WORDS_AFTER_OWNER
            && !is_capitalized(w)
        {
            after_owner += 1;
        } else {
            return None;
        }
        i += 1;
    }
    let head = head?;
    let mut scope_words: Vec<&Word> = Vec::new();
    // The scope starts after its preposition, or at the comma's first capitalised word.
    let mut j = if named_after_comma { i } else { i + 1 };
    while let Some(w) = ws.get(j).filter(|_| !ends_at_break) {
        if (j > i && breaks_between(text, &ws[j - 1], w))
            || SCOPE_ENDS.contains(&w.lower.as_str())
            || scope_words.len() == MAX_SCOPE_WORDS
            || (named_after_comma && !is_capitalized(w))
        {
            break;
        }
        scope_words.push(w);
        j += 1;
    }
    // With no scope after the head, the owner before it is the scope: "the agency's deputy
    // director" is the deputy director of the agency.
    let owned = match owner {
        Some((from, to)) if scope_words.is_empty() && from <= to => {
            // "was taken to Harborview in Seattle, the hospital's spokeswoman said": a place
            // before the comma, no person.
            let first = (0..=at)
                .rev()
                .take_while(|&k| is_capitalized(&ws[k]))
                .last()
                .unwrap_or(at);
            if first > 0 && PLACE_BEFORE_NAME.contains(&ws[first - 1].lower.as_str()) {
                return None;
            }
            scope_words = ws[from..=to].iter().collect();
            Some(from)
        }
        _ => None,
    };
    let last = scope_words.last()?;
    // After a comma, only the name of a unit is a scope ("General Manager, Global Business
    // Units"), not the person's name ("president, Alexander Lukashenko").
    if named_after_comma && !names_a_unit(&scope_words) {
        return None;
    }
    let (start, end) = match owned {
        Some(from) => (ws[from].start, ws[head].end),
        None => (ws[first_title.unwrap_or(head)].start, last.end),
    };
    let name = unit_name(text, &scope_words, ws.get(j));
    Some(Post {
        person: ws[at].lower.clone(),
        first: at
            .checked_sub(1)
            .filter(|&k| joined(text, &ws[k], &ws[at]) && may_be_a_name(&ws[k]))
            .map(|k| ws[k].lower.clone()),
        head: ws[head].lower.clone(),
        grades: grades_before(ws, first_title.unwrap_or(head), head),
        formal: starts_upper(&ws[head]),
        before_name: false,
        rank: None,
        written: text[start..end].to_string(),
        changing,
        names_a_place: names_a_place(&scope_words),
        names_a_unit: names_a_unit(&scope_words),
        scope: scope_stems(&scope_words),
        name,
    })
}

/// The ranks by their written forms ([`RANKS`]), read once.
static RANK_BY_WORD: std::sync::LazyLock<std::collections::HashMap<&'static str, &'static str>> =
    std::sync::LazyLock::new(|| RANKS.iter().map(|e| word_lists::pair(e)).collect());

/// The titles by their abbreviations ([`TITLE_ABBREVIATIONS`]), read once.
static TITLE_BY_ABBREVIATION: std::sync::LazyLock<
    std::collections::HashMap<&'static str, &'static str>,
> = std::sync::LazyLock::new(|| {
    TITLE_ABBREVIATIONS
        .iter()
        .map(|e| word_lists::pair(e))
        .collect()
});

/// The rank a folded word writes ("col" the colonel), if it writes one.
fn rank_written(lower: &str) -> Option<&'static str> {
    RANK_BY_WORD.get(lower).copied()
}

/// The title a folded abbreviation stands for ("gov" the governor), if it is one.
fn title_abbreviated(lower: &str) -> Option<&'static str> {
    TITLE_BY_ABBREVIATION.get(lower).copied()
}

/// A title's word written out: an abbreviation's title ("Gov." the governor), else the word.
fn written_out(lower: &str) -> &str {
    title_abbreviated(lower).unwrap_or(lower)
}

/// Is the folded word (written out) the head of a post written before a name: a head of a
/// post, a title of one person or a title's head ("Coroner", "President", "Minister")?
fn is_title_head(lower: &str) -> bool {
    TITLE_HEAD_SET.contains(lower)
}

/// The heads of a post written before a name ([`ROLE_HEADS`], [`TITLE_HEADS`] and
/// [`INDIVIDUAL_TITLES`]) as one set, read once: every capitalised word is looked up.
static TITLE_HEAD_SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        ROLE_HEADS
            .iter()
            .chain(TITLE_HEADS.iter())
            .chain(INDIVIDUAL_TITLES.iter())
            .copied()
            .collect()
    });

/// The head a word of a title is, if it is one: the word, or the head after the grade it
/// opens with ("sheriff" of "undersheriff").
fn head_of(lower: &str) -> Option<&str> {
    if is_title_head(lower) {
        return Some(lower);
    }
    graded_head(lower).map(|(_, head)| head)
}

/// Is the folded word a head of a post or a rank, as a title before a name writes it
/// ("president", "coroner", "undersheriff", "captain", "Gov.")?
pub(super) fn is_post_word(lower: &str) -> bool {
    let bare = lower.trim_end_matches('.');
    head_of(written_out(bare)).is_some() || rank_written(bare).is_some()
}

/// The rank `ws[at]` writes, if it is one: not "General" after an office's word ("Attorney
/// General").
fn rank_at(text: &str, ws: &[Word], at: usize) -> Option<&'static str> {
    let rank = rank_written(&ws[at].lower)?;
    let office_before = at.checked_sub(1).is_some_and(|k| {
        joined(text, &ws[k], &ws[at]) && GENERAL_OFFICES.contains(&written_out(&ws[k].lower))
    });
    (!(rank == "general" && office_before)).then_some(rank)
}

/// Do the two words stand in one title or name: spaces only between them, a hyphen
/// ("Vice-President") or an abbreviation's point ("Col. Sidiki")?
fn joined(text: &str, w: &Word, next: &Word) -> bool {
    let gap = &text[w.end..next.start];
    gap.chars().all(char::is_whitespace)
        || gap == "-"
        || (gap.trim_end() == "."
            && gap.len() > 1
            && (rank_written(&w.lower).is_some()
                || title_abbreviated(&w.lower).is_some()
                || is_initial(text, w)))
}

/// Is the word an initial of a name: one capital letter and a point ("P." of "John P.
/// Smith")?
fn is_initial(text: &str, w: &Word) -> bool {
    let mut letters = w.text.chars();
    letters.next().is_some_and(char::is_uppercase)
        && letters.next().is_none()
        && text[w.end..].starts_with('.')
}

/// Is the word a word of a title: a head of a post, a title word, a grade or a rank
/// ("Deputy", "Chief", "Col.", "Coroner")?
fn is_title_word(w: &Word) -> bool {
    let lower = written_out(&w.lower);
    head_of(lower).is_some()
        || TITLE_WORDS.contains(&lower)
        || GRADES.contains(&lower)
        || rank_written(&w.lower).is_some()
}

/// May the capitalised word be a word of a person's name: no title, grade, rank or head of
/// a post, no stop word and no place?
fn may_be_a_name(w: &Word) -> bool {
    let lower = written_out(&w.lower);
    is_capitalized(w)
        && !w.possessive
        && !is_title_word(w)
        && !ROLE_LINKS.contains(&lower)
        && !UNIT_NOUNS.contains(&lower)
        && !NOT_SURNAMES.contains(&lower)
        && !crate::text::numbers::is_weekday_word(lower)
        && !lexicon::is_stop_word(lower)
        && !lexicon::is_place_word(lower)
}

/// The grades of the head at `ws[head]` (see [`Post::grades`]): the grades among the
/// title's words from `from` on, after any "and" ("Deputy Chief Fire Officer", not the
/// "vice" of "vice president and general manager"), written out, and the grade a head's
/// word opens with ("Undersheriff").
fn grades_before(ws: &[Word], from: usize, head: usize) -> Vec<String> {
    let mut grades: Vec<String> = ws[from..head]
        .iter()
        .rev()
        .map(|w| written_out(&w.lower))
        .take_while(|&lower| lower != "and")
        .filter(|lower| GRADES.contains(lower))
        .map(str::to_string)
        .collect();
    grades.extend(graded_head(&ws[head].lower).map(|(grade, _)| grade.to_string()));
    grades.sort();
    grades.dedup();
    grades
}

/// A head written with its grade in one word ("undersheriff", "subinspector"): the grade
/// and the head.
fn graded_head(lower: &str) -> Option<(&'static str, &str)> {
    GRADE_PREFIXES.iter().find_map(|&grade| {
        lower
            .strip_prefix(grade)
            .filter(|head| is_title_head(head))
            .map(|head| (grade, head))
    })
}

/// The post written as a title before the name that ends at `ws[at]`, if any: right
/// before it ("LaRue County Deputy Coroner Lisa Hatcher", "armed forces spokesman Col.
/// Sidiki Coulibaly") or before it and a comma ("the Speaker of the Chamber of Deputies,
/// Jana Dvorakova"). The name is up to [`MAX_NAME_WORDS`] capitalised words.
fn post_before(text: &str, ws: &[Word], at: usize) -> Option<Post> {
    let mut name_start = at;
    while name_start > 0
        && at - name_start + 1 < MAX_NAME_WORDS
        && joined(text, &ws[name_start - 1], &ws[name_start])
        && (may_be_a_name(&ws[name_start - 1]) || is_initial(text, &ws[name_start - 1]))
    {
        name_start -= 1;
    }
    let before = name_start.checked_sub(1)?;
    if joined(text, &ws[before], &ws[name_start]) {
        return title_post(text, ws, before, &[], (name_start, at));
    }
    if text[ws[before].end..ws[name_start].start].trim() != "," {
        return None;
    }
    // "the Interior Minister, Jana Dvorakova": the head before the comma.
    if is_title_head(written_out(&ws[before].lower)) {
        return title_post(text, ws, before, &[], (name_start, at));
    }
    // "the Speaker of the Chamber of Deputies, Jana Dvorakova": a head, its scope's
    // preposition and the scope, before the comma.
    let mut k = before;
    while before - k < MAX_SCOPE_WORDS && k > 0 {
        let lower = ws[k].lower.as_str();
        if !joined(text, &ws[k - 1], &ws[k]) || SCOPE_ENDS.contains(&lower) {
            return None;
        }
        if SCOPE_OPENERS.contains(&lower) && is_title_head(written_out(&ws[k - 1].lower)) {
            let scope: Vec<&Word> = ws[k + 1..=before].iter().collect();
            return title_post(text, ws, k - 1, &scope, (name_start, at));
        }
        k -= 1;
    }
    None
}

/// The post whose title ends at `ws[last]` (its head or its rank), with the scope after it
/// (`scope_after`, the words after "of" or "for"), of the person named `ws[name.0..=name.1]`:
/// the title's other words are read back to a break, a stop word or a word of the sentence.
/// A title the person held before ("former Deputy Coroner") is not read. Its head is the
/// last head of a post among its words, else its rank; its scope the words that are neither
/// (the organisation, the place, the portfolio: "Small Business"), and those after it.
fn title_post(
    text: &str,
    ws: &[Word],
    last: usize,
    scope_after: &[&Word],
    (name_start, at): (usize, usize),
) -> Option<Post> {
    let rank = if scope_after.is_empty() && name_start == last + 1 {
        rank_at(text, ws, last)
    } else {
        None
    };
    // "the Prime Minister's Office" is no title before a name.
    if ws[last].possessive || (rank.is_none() && head_of(written_out(&ws[last].lower)).is_none()) {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first + 1 < MAX_TITLE_WORDS {
        let w = &ws[first - 1];
        if !joined(text, w, &ws[first]) {
            break;
        }
        let lower = written_out(&w.lower);
        if PAST_POSTS.contains(&lower) {
            return None;
        }
        // "and" joins titles after a name, and names or clauses before one ("Marshal
        // Derrick Stafford and Marshal Norris Greenhouse").
        let of_a_title = is_title_word(w) && !lexicon::is_stop_word(lower);
        // A lowercase word before a capitalised one is of the sentence ("met Interior
        // Minister"), not of the title ("armed forces spokesman", "small business minister").
        let before_a_capital = !starts_upper(w) && starts_upper(&ws[first]);
        if !of_a_title
            && (lexicon::is_stop_word(lower) || before_a_capital || ROLE_LINKS.contains(&lower))
        {
            break;
        }
        first -= 1;
    }
    // The last head of a post among the title's words, with its index.
    let head = (first..=last)
        .rev()
        .find_map(|k| head_of(written_out(&ws[k].lower)).map(|h| (k, h)));
    let scope_words: Vec<&Word> = ws[first..=last]
        .iter()
        .filter(|w| !is_title_word(w))
        .chain(scope_after.iter().copied())
        .collect();
    let end = scope_after.last().map_or(ws[last].end, |w| w.end);
    // An abbreviation's point is the title's.
    let end = end + usize::from(text[end..].starts_with('.') && end + 1 < ws[name_start].start);
    Some(Post {
        person: ws[at].lower.clone(),
        first: (name_start < at && !is_initial(text, &ws[name_start]))
            .then(|| ws[name_start].lower.clone()),
        head: match head {
            Some((_, h)) => h.to_string(),
            None => rank?.to_string(),
        },
        // A rank's words before it ("Lt. Col.", "Deputy Sgt.", a sheriff's deputy) are
        // no grade of a post: ranks differ by their last word.
        grades: head.map_or_else(Vec::new, |(k, _)| grades_before(ws, first, k)),
        formal: head.is_some_and(|(k, _)| starts_upper(&ws[k])),
        before_name: true,
        rank,
        written: text[ws[first].start..end].to_string(),
        changing: false,
        names_a_place: names_a_place(&scope_words),
        names_a_unit: names_a_unit(&scope_words),
        scope: scope_stems(&scope_words),
        name: Vec::new(),
    })
}

/// The stems of a scope's words: not fillers, not the part of an organisation it names (an
/// office is its holder's: "the Attorney General's office" and "Attorney General Greg
/// Abbott"), not the level of government ("the county department" for "the fire
/// department").
fn scope_stems(scope_words: &[&Word]) -> Vec<String> {
    scope_words
        .iter()
        .filter(|w| {
            let lower = w.lower.as_str();
            !SCOPE_FILLERS.contains(&lower)
                && !UNIT_NOUNS.contains(&lower)
                && !JURISDICTIONS.contains(&lower)
                && lower.len() > 1
        })
        .map(|w| stem::stem(&w.lower))
        .collect()
}

/// Does a scope name a country or another name of a place?
fn names_a_place(scope_words: &[&Word]) -> bool {
    scope_words
        .iter()
        .any(|w| lexicon::is_place_word(&w.lower) || lexicon::place_name(&w.lower).is_some())
}

/// Does a scope name a part of an organisation?
fn names_a_unit(scope_words: &[&Word]) -> bool {
    scope_words
        .iter()
        .any(|w| UNIT_NOUNS.contains(&w.lower.as_str()))
}

/// Is the character a quotation mark, straight or curly?
fn is_quotation_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”')
}

/// The stems of the unit's name a post's scope writes (see [`Post::name`]), sorted. A word
/// is in quotation marks when an odd number of them stand between the scope's first word
/// and it; `after` is the word after the scope, where a closing mark may stand before.
fn unit_name(text: &str, scope_words: &[&Word], after: Option<&Word>) -> Vec<String> {
    let Some(first) = scope_words.first() else {
        return Vec::new();
    };
    let from = text[..first.start]
        .rfind(|c: char| !c.is_whitespace() && !is_quotation_mark(c))
        .map_or(0, |i| i + 1);
    let to = after.map_or(text.len(), |w| w.start);
    let quoted = |w: &Word| {
        let before = text[from..w.start]
            .chars()
            .filter(|&c| is_quotation_mark(c))
            .count();
        before % 2 == 1 && text[w.end..to].contains(is_quotation_mark)
    };
    let owner = |k: usize| {
        scope_words[k].possessive || scope_words.get(k + 1).is_some_and(|n| n.lower == "s")
    };
    let mut name: Vec<String> = scope_words
        .iter()
        .enumerate()
        .filter(|&(k, w)| {
            let lower = w.lower.as_str();
            lower != "s"
                && !owner(k)
                && !SCOPE_FILLERS.contains(&lower)
                && !UNIT_NOUNS.contains(&lower)
                && (quoted(w) || is_capitalized(w))
        })
        .map(|(_, w)| stem::stem(&w.lower))
        .collect();
    name.sort();
    name.dedup();
    name
}

/// The posts the statement gives named persons, as (person's last name, head, post as
/// written), for the claims of the JSON contract.
pub(crate) fn post_claims(side: &Side) -> Vec<(String, String, String)> {
    posts(side)
        .iter()
        .map(|p| (p.person.clone(), p.head.clone(), p.written.clone()))
        .collect()
}

/// The persons the statement gives a post, by last name: what two statements' posts can
/// meet on.
pub(crate) fn persons_of(side: &Side) -> Vec<String> {
    posts(side).iter().map(|p| p.person.clone()).collect()
}

/// May the statement give a post: does a head of a post stand among its folded tokens? A
/// look before its words are read. Not a statement whose text lost characters to a
/// replacement mark (a page read in the wrong encoding: "Le\u{fffd}Vonte King Jason
/// Jones"), whose names and posts run together garbled.
fn may_give_a_post(side: &Side) -> bool {
    !side.text().contains(char::REPLACEMENT_CHARACTER)
        && side
            .features
            .parse
            .tokens
            .iter()
            .any(|t| is_post_word(&t.folded))
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    detect_traced(a, b, &mut Vec::new())
}

/// [`detect`], recording in `checks` every pair of posts compared (one person, one head,
/// a scope on both sides) and what decided it: the first pair flagged, or the rule that
/// kept each pair before it.
pub fn detect_traced(a: &Side, b: &Side, checks: &mut Vec<Check>) -> Option<Finding> {
    if !may_give_a_post(a) || !may_give_a_post(b) {
        return None;
    }
    let (pa, pb) = (posts(a), posts(b));
    let same_person = |x: &Post, y: &Post| {
        x.person == y.person
            && match (&x.first, &y.first) {
                (Some(fx), Some(fy)) => may_be_one_first_name(fx, fy),
                _ => true,
            }
    };
    for x in pa {
        for y in pb.iter().filter(|y| same_person(x, y)) {
            // A statement that also names the other's post beside its own tells both ("Vice
            // President Isadora Kemmet is expected to be sworn in as acting president"
            // against "Acting President Isadora Kemmet"): what would flag them keeps them.
            // Read only for a pair that would be flagged.
            let both_told = || names_other_post(a, x, y) || names_other_post(b, y, x);
            let flag = |checks: &mut Vec<Check>, what: &str| {
                if both_told() {
                    checks.push(compared(x, y, Verdict::Kept(Rule::BothPostsTold)));
                    None
                } else {
                    checks.push(compared(x, y, Verdict::Flagged(Severity::Soft)));
                    Some(difference(a, b, x, y, what))
                }
            };
            // Two ranks: one person holds one ("Col." against "General").
            if let (Some(rx), Some(ry)) = (x.rank, y.rank) {
                if rx == ry {
                    checks.push(compared(x, y, Verdict::Kept(Rule::SameRank)));
                } else {
                    match flag(checks, "rank") {
                        Some(found) => return Some(found),
                        None => continue,
                    }
                }
            }
            if x.head != y.head {
                if two_posts_of_one_body(x, y)
                    && let Some(found) = flag(checks, "post")
                {
                    return Some(found);
                }
                continue;
            }
            // One head of two grades in formal titles: a deputy coroner is not the coroner
            // (a description, "prosecutor Charles Sergis", leaves the grade out).
            if x.formal && y.formal && x.grades != y.grades {
                match flag(checks, "post") {
                    Some(found) => return Some(found),
                    None => continue,
                }
            }
            if x.scope.is_empty() || y.scope.is_empty() {
                continue;
            }
            // One head of two grades of one body, each told with the body ("director of the
            // Calder Province Civil Protection Agency" against "the agency's deputy
            // director"): a deputy director is not the director.
            if x.grades != y.grades
                && (holds_all(&x.scope, &y.scope) || holds_all(&y.scope, &x.scope))
            {
                match flag(checks, "post") {
                    Some(found) => return Some(found),
                    None => continue,
                }
            }
            // Two formal titles before the name, each with its portfolio ("Finance Minister
            // Radko Vell" against "Labour Minister Radko Vell"): one person holds one
            // portfolio of a head, unless one title holds the other's words ("Foreign
            // Minister" and "Russian Foreign Minister") or names a country.
            let kept = if x.before_name || y.before_name {
                // A title after "and" is the end of a longer one ("Palmer Fire and Rescue
                // Chief" read as "Rescue Chief").
                let joined = |side: &Side, p: &Post| {
                    ["and ", "& "]
                        .iter()
                        .any(|j| side.text().contains(&format!("{j}{}", p.written)))
                };
                if !(x.before_name && y.before_name && x.formal && y.formal)
                    || joined(a, x)
                    || joined(b, y)
                {
                    continue;
                }
                // An agency's initials ("HPD Chief", "NOPD Superintendent") name what the
                // other title may spell out.
                let initials = |p: &Post| {
                    p.written.split_whitespace().any(|w| {
                        w.len() >= 2 && w.chars().filter(char::is_ascii_uppercase).count() >= 2
                    })
                };
                // One scope spelled two ways ("Mussellshell County", "Musselshell County").
                let spelled_alike = |p: &[String], q: &[String]| {
                    p.len() == q.len() && p.iter().zip(q).all(|(u, v)| one_letter_apart(u, v))
                };
                if holds_all(&x.scope, &y.scope) || holds_all(&y.scope, &x.scope) {
                    Some(Rule::ScopeWithin)
                } else if spelled_alike(&x.scope, &y.scope) {
                    Some(Rule::SpelledAlike)
                } else if initials(x) || initials(y) {
                    Some(Rule::AgencyInitials)
                } else if x.names_a_place || y.names_a_place {
                    Some(Rule::CountryScope)
                } else {
                    None
                }
            } else {
                // One unit named two ways ("data center solutions" and "Data Center Server
                // Solutions"): a name is written as it is, so words one holds and the other
                // lacks are no narrower scope but another name.
                let named_two_ways = x.name.len() >= 2 && y.name.len() >= 2 && x.name != y.name;
                if (holds_all(&x.scope, &y.scope) || holds_all(&y.scope, &x.scope))
                    && !named_two_ways
                {
                    Some(Rule::ScopeWithin)
                } else if x.names_a_place || y.names_a_place {
                    Some(Rule::CountryScope)
                } else if !(x.names_a_unit || y.names_a_unit) {
                    Some(Rule::NoUnitNamed)
                } else {
                    None
                }
            };
            if let Some(rule) = kept {
                checks.push(compared(x, y, Verdict::Kept(rule)));
                continue;
            }
            if let Some(found) = flag(checks, "post") {
                return Some(found);
            }
        }
    }
    None
}

/// Are two posts of one person with two heads two posts that one person does not hold at
/// once: one speaking for a body, the other not ("Héctor Lagos, head of the accident
/// investigation board" against "Héctor Lagos, a spokesman for the civil aviation
/// authority")? Both are told after the name with a scope, neither taken up ("who will
/// become"), each of one title. Two heads of leading ("senior vice president" and
/// "general manager", "head" and "director") may be one person's at once, or one post told
/// two ways.
/// Does the statement of post `own` also name post `other`, of two words or more, outside
/// its own post's words ("... is expected to be sworn in as acting president")?
fn names_other_post(side: &Side, own: &Post, other: &Post) -> bool {
    let other = other.written.to_lowercase();
    if !other.contains(' ') {
        return false;
    }
    let text = side.text().to_lowercase();
    let rest = text.replacen(&own.written.to_lowercase(), " ", 1);
    rest.match_indices(&other).any(|(at, _)| {
        let before = rest[..at].chars().next_back();
        let after = rest[at + other.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn two_posts_of_one_body(x: &Post, y: &Post) -> bool {
    let one_title = |p: &Post| !p.written.contains(" and ") && !p.written.contains(" & ");
    let speaking = |p: &Post| SPEAKING_HEADS.contains(&p.head.as_str());
    !x.before_name
        && !y.before_name
        && !x.changing
        && !y.changing
        && one_title(x)
        && one_title(y)
        && !x.scope.is_empty()
        && !y.scope.is_empty()
        && speaking(x) != speaking(y)
}

/// Does the folded word before a post make it another post, or one held before ("deputy",
/// "lieutenant", "former")?
pub(super) fn sets_a_post_apart(lower: &str) -> bool {
    GRADES.contains(&lower) || PAST_POSTS.contains(&lower)
}

/// May two first names be one person's: one a short form of the other ("Dan", "Daniel"),
/// or one letter apart as transliterations are ("Giannis", "Yiannis")?
fn may_be_one_first_name(x: &str, y: &str) -> bool {
    x.starts_with(y) || y.starts_with(x) || one_letter_changed(x, y)
}

/// Are two words of one length one, or one letter apart ("Giannis", "Yiannis")?
fn one_letter_changed(x: &str, y: &str) -> bool {
    x.chars().count() == y.chars().count()
        && x.chars().zip(y.chars()).filter(|(p, q)| p != q).count() <= 1
}

/// Are two words one, or one letter apart: one changed ("Giannis", "Yiannis"), or one more
/// ("Mussellshell", "Musselshell")?
pub(super) fn one_letter_apart(x: &str, y: &str) -> bool {
    one_letter_changed(x, y) || one_letter_more(x, y) || one_letter_more(y, x)
}

/// Is `long` the word `short` with one letter more ("Mussellshell", "Musselshell")?
fn one_letter_more(long: &str, short: &str) -> bool {
    long.chars().count() == short.chars().count() + 1
        && long.char_indices().any(|(at, c)| {
            long[..at]
                .chars()
                .chain(long[at + c.len_utf8()..].chars())
                .eq(short.chars())
        })
}

/// The record of two posts compared, with what decided it.
fn compared(x: &Post, y: &Post, verdict: Verdict) -> Check {
    Check {
        value_a: x.written.clone(),
        value_b: y.written.clone(),
        verdict,
    }
}

/// The finding of one person's two posts or ranks ("Su's post differs: ...").
fn difference(a: &Side, b: &Side, x: &Post, y: &Post, what: &str) -> Finding {
    let person = name_as_written(a.text(), &x.person);
    Finding::soft_difference(
        ConflictKind::Entity,
        &format!("{person}'s {what}"),
        (a, &x.written),
        (b, &y.written),
        "",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{between_outlets, check_each, verdicts};

    /// Pairs that give one person two posts: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("two units of one company", "That was very attractive to us, said Lisa Su, senior vice president and general manager for AMD's products division.", "We are not intending to compete with our customers, said Lisa Su, who recently joined AMD to serve as senior vice president and general manager for global business units."),
        ("a post between dashes, the organisation's possessive split", "Intel’ s Jason Waxman — who heads the company’ s general manager of Intel’ s High Density Computing group — tells Wired the deal changes little.", "Jason Waxman, Intel's general manager for cloud computing, said it has enjoyed its relationship with the company."),
        ("a unit named after a comma", "That was very attractive to us, said Lisa Su, senior vice president and general manager for AMD's products division.", "Cloud data centers are growing fastest, said Lisa Su, Senior Vice President and General Manager, Global Business Units."),
        ("a unit's name given two ways", "Andrew Feldman will become the general manager of AMD’ s new “ data center solutions ” business.", "“ SeaMicro was founded to reduce the power consumed by servers, ” said Feldman, who will become general manager of AMD’ s newly created Data Center Server Solutions business."),
        ("two heads of one body", "We are working to reach the occupants, said Ana Ruiz, head of the accident investigation board at the aviation authority.", "Ana Ruiz, a spokeswoman for the aviation authority, said investigators were examining radio exchanges."),
        ("two offices", "Officer Dana Reyes, a spokeswoman for the Marren County Sheriff's Office, said the road was closed.", "Dana Reyes, spokeswoman for the Oskby Police Department, said two men were held."),
        ("a grade before one head", "Deputy Coroner Ruth Ames said autopsies would be done in Louisville.", "The driver died shortly after noon, Marion County Coroner Ruth Ames said."),
        ("two ranks, one after a post", "All four attackers died, armed forces spokesman Col. Idrissa Kone said on state television.", "The security minister, General Idrissa Kone, said the assault began at dawn."),
        ("a post told before a comma", "The result was read out by the Speaker of the Senate, Maria Novak, after midnight.", "Deputy Speaker Maria Novak, who chaired the session, read out the result."),
        ("a grade in the head's word", "Undersheriff Tom Reyes said the fire had jumped the highway.", "Pine County Sheriff Tom Reyes ordered the evacuation of two towns."),
        ("two grades of one head", "Deputy Chief Fire Officer Alan Pike led the rescue.", "Chief Fire Officer Alan Pike told reporters the carriages had overturned."),
        ("two rungs of the police", "Chief Inspector Joan Pryce said the man had been armed.", "Superintendent Joan Pryce said the man had been armed."),
        ("a rank after a place's police", "Bessemer police Lt. Cortice Mills said both suspects had records.", "The child was asleep on the couch, Sgt. Cortice Mills said."),
        ("two portfolios of one head, each a title before the name", "Finance Minister Radko Vell, who steered the bill through parliament, said the vote showed the coalition could act.", "Labour Minister Radko Vell, the architect of the reform, has argued the pension fund would run dry."),
        ("two grades of one body, one owned by a possessive", "About 70 remained missing, according to Tomas Brevik, director of the Calder Province Civil Protection Agency.", "Tomas Brevik, the agency's deputy director, said foreign teams had joined the operation."),
    ];

    #[test]
    fn one_person_given_two_posts_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// A statement whose text lost characters to a replacement mark gives no post: its names
    /// and posts run together ("Le\u{fffd}Vonte King" is no king).
    #[test]
    fn a_garbled_statement_gives_no_post() {
        check_each(
            &[(
                "a name garbled by a replacement mark",
                "The casket of Le\u{fffd}Vonte King Jason Jones, 2, is loaded onto a hearse.",
                "Two-year-old Le\u{2019}vonte King Jason Jones died following a shooting.",
            )],
            detect,
            false,
        );
        let garbled = "The casket of Le\u{fffd}Vonte King Jason Jones, 2, is loaded onto a hearse.";
        let written = crate::conflict::testing::Written::new(garbled, "Daily Ledger");
        assert!(crate::conflict::testing::alone(written, |s| posts(s).is_empty()));
    }

    /// Pairs whose posts agree or are not compared: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("one scope within the other", "Andrew Feldman will become general manager of AMD's data center solutions business.", "Andrew Feldman, who will become general manager of AMD's newly created data center server solutions business, said bidders called."),
        ("one name, with and without its owner", "Cloud data centers are growing fastest, said Lisa Su, general manager of Global Business Units.", "Lisa Su, general manager of AMD's Global Business Units, said the deal was good."),
        ("a country told two ways", "Kassym-Jomart Tokayev, president of Kazakhstan, declared an emergency.", "Tokayev, president of the Central Asian nation, declared an emergency."),
        ("no part of an organisation", "Maria Lopez, director of communications, said the store would reopen.", "Maria Lopez, director of marketing strategy, said the store would reopen."),
        ("a former post", "Tom Hale, former head of the fraud unit, said the money was gone.", "Tom Hale, head of the customs office, said the money was gone."),
        ("different heads", "Lisa Su, senior vice president of the products division, spoke.", "Lisa Su, general manager of global business units, spoke."),
        ("a comma, then no name of a unit", "Lisa Su, senior vice president and general manager for AMD's products division, spoke.", "Lisa Su, general manager, said the deal was good."),
        ("different people", "Jane Ortiz, a spokeswoman for the state police office, said the road was closed.", "Mark Fell, a spokesman for the county sheriff's office, said the road was closed."),
        ("a post with no scope", "Jane Ortiz, a police spokeswoman, said the road was closed.", "Jane Ortiz, spokeswoman for the county sheriff's office, said the road was closed."),
        ("an office and its holder", "Jeffs must serve 45 years, according to Jerry Strickland, spokesman for the Texas Attorney General's office.", "Jerry Strickland, a spokesman for Texas Attorney General Greg Abbott told TIME the state stands ready."),
        ("a part named by its noun alone", "SeaMicro CEO Andrew Feldman will become general manager of a new division at AMD, the Data Center Server Solutions group.", "Andrew Feldman, who will become general manager of AMD's newly created data center server solutions business, said bidders called."),
        ("a jurisdiction for the department's name", "Firefighters had gone to the home, said Mark Brady, spokesman for the fire department.", "The incident began about 7:30 p.m., said Mark Brady, a spokesman for the county department."),
        ("one rank, abbreviated and in full", "Col. Omar Diallo said the road to the airport was open.", "Colonel Omar Diallo said the airport would reopen on Monday."),
        ("an attorney general is no general", "Attorney General Dana Price announced the charges.", "Colonel Dana Price announced the charges."),
        ("a title held before", "Former Deputy Mayor Ann Lowe spoke at the rally.", "Mayor Ann Lowe spoke at the rally."),
        ("two persons of one surname", "Deputy Sheriff Mark Bell said the road was closed.", "Sheriff Anne Bell said the road was closed."),
        ("a word of the sentence before a title", "The president met Interior Minister Rosa Lind on Monday.", "Interior Minister Rosa Lind said the border would stay closed."),
        ("a place in one title only", "LaRue County Coroner Lisa Hart said the victim was 67.", "Coroner Lisa Hart said the victim was 67."),
        ("a post and a rank", "Armed forces spokesman Col. Idrissa Kone said the building was secure.", "Colonel Idrissa Kone said the building was secure."),
        ("a title after 'and'", "City Marshal Dan Stone and City Marshal Norris Green were arrested.", "The car rammed a vehicle that another deputy marshal, Norris Green, was leaving."),
        ("an organisation written as its initials", "New Orleans Police Department Superintendent Mike Hale described a horrific scene.", "NOPD Superintendent Mike Hale called it a horrific event."),
        ("a description without the grade", "Senior Deputy Prosecutor Charles Serge told the court the men were defenceless.", "In asking for bail, prosecutor Charles Serge described the record."),
        ("a chief judge is a judge", "He appeared before Chief Circuit Judge Tim Kenny on Monday.", "He appeared before Judge Tim Kenny on Monday."),
        ("a sheriff's deputy of a rank", "He shot and killed Deputy Sgt. Hoyt Teale outside the courthouse.", "He was convicted of killing Sgt. Hoyt Teale."),
        ("one portfolio, with and without its country", "Foreign Minister Sergei Lavrov said the talks would go on.", "Russian Foreign Minister Sergei Lavrov said the talks would go on."),
        ("a post to come against the one held", "Andrew Feldman, chief executive of SeaMicro, said the company had grown fast.", "SeaMicro founder Andrew Feldman, who will become general manager of AMD's new server business, said the deal came quickly."),
        ("a head of leading told two ways", "Ana Ruiz, head of the county fire service, said the blaze was contained.", "Ana Ruiz, director of the county fire service, said crews would stay overnight."),
        ("two titles held at once", "Lisa Su, senior vice president and general manager of the products division, spoke.", "Lisa Su, president of the products division, spoke."),
        ("an agency by its initials and in full", "HPD Chief Art Acevedo said charges were pending.", "Houston Police Chief Art Acevedo said charges were pending."),
        ("a post spelled two ways", "Mussellshell County Sheriff Mike Thomas said the shooting happened on Sunday.", "Musselshell County Sheriff Mike Thomas said both died from a gunshot wound."),
        ("the end of a title joined by 'and'", "Palmer Fire and Rescue Chief John McNutt arrived and saw fire under the eaves.", "Palmer Fire Chief John McNutt was the first person to get to the fire."),    ];

    #[test]
    fn posts_that_may_both_be_true_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn every_compared_pair_of_posts_records_what_decided_it() {
        let decided = |case| verdicts(case, detect_traced);
        assert_eq!(decided(FLAGGED[0]), [Verdict::Flagged(Severity::Soft)]);
        assert_eq!(decided(NOT_FLAGGED[0]), [Verdict::Kept(Rule::ScopeWithin)]);
        assert_eq!(decided(NOT_FLAGGED[1]), [Verdict::Kept(Rule::ScopeWithin)]);
        assert_eq!(decided(NOT_FLAGGED[2]), [Verdict::Kept(Rule::CountryScope)]);
        assert_eq!(decided(NOT_FLAGGED[3]), [Verdict::Kept(Rule::NoUnitNamed)]);
        // No post compared: a former post is not read, another person is not compared.
        assert!(decided(NOT_FLAGGED[4]).is_empty());
        assert!(decided(NOT_FLAGGED[6]).is_empty());
        assert_eq!(decided(NOT_FLAGGED[12]), [Verdict::Kept(Rule::SameRank)]);
        let last = NOT_FLAGGED.len() - 1;
        assert_eq!(
            decided(NOT_FLAGGED[last - 2]),
            [Verdict::Kept(Rule::AgencyInitials)]
        );
        assert_eq!(
            decided(NOT_FLAGGED[last - 1]),
            [Verdict::Kept(Rule::SpelledAlike)]
        );
        assert!(decided(NOT_FLAGGED[13]).is_empty());
        assert!(decided(NOT_FLAGGED[14]).is_empty());
        assert!(decided(NOT_FLAGGED[15]).is_empty());
    }

    #[test]
    fn a_statement_that_names_both_posts_keeps_them() {
        let both = (
            "a post to come named beside the one held",
            "Vice President Isadora Kemmet is expected to be sworn in as acting president later on Thursday.",
            "Acting President Isadora Kemmet met the leaders of the parliamentary groups on Friday.",
        );
        assert!(between_outlets(both.1, both.2, detect).is_none());
        assert_eq!(
            verdicts(both, detect_traced),
            [Verdict::Kept(Rule::BothPostsTold)]
        );
        // Not the other's title inside one's own ("Deputy Chief Fire Officer").
        assert!(
            between_outlets(
                "Deputy Chief Fire Officer Rowena Thackery said the blaze was out.",
                "Chief Fire Officer Rowena Thackery said the blaze was out.",
                detect
            )
            .is_some()
        );
    }

    /// The posts a statement gives, as (person, head, post as written).
    fn posts_of(text: &str) -> Vec<(String, String, String)> {
        between_outlets(text, text, |a, _| post_claims(a))
    }

    #[test]
    fn a_title_before_a_name_is_the_persons_post() {
        let post = |person: &str, head: &str, written: &str| {
            (person.to_string(), head.to_string(), written.to_string())
        };
        assert_eq!(
            posts_of(
                "Margaret Sloan died shortly after 2 p.m., LaRue County Coroner Lisa Hatcher told reporters."
            ),
            [post("hatcher", "coroner", "LaRue County Coroner")]
        );
        assert_eq!(
            posts_of("The assault began at dawn, armed forces spokesman Col. Idrissa Kone said."),
            [post("kone", "spokesman", "armed forces spokesman Col.")]
        );
        assert_eq!(
            posts_of(
                "The result was read by the Speaker of the Chamber of Deputies, Jana Novak, at 7 p.m."
            ),
            [post(
                "novak",
                "speaker",
                "Speaker of the Chamber of Deputies"
            )]
        );
        assert_eq!(
            posts_of("Undersheriff Tom Reyes said the fire had jumped the highway."),
            [post("reyes", "sheriff", "Undersheriff")]
        );
        // A name with an initial is one name.
        assert_eq!(
            posts_of("The suspect was armed, Lt. John P. Smith said on Friday."),
            [post("smith", "lieutenant", "Lt.")]
        );
        // Neither an office's possessive nor a verb before a title is the title's, and a
        // title-like word inside the name of a place is no title.
        assert!(
            posts_of("A statement from the Prime Minister's Office said the talks would go on.")
                .is_empty()
        );
        assert!(
            posts_of("He was taken to Allegheny General Hospital, then to the King County Jail.")
                .is_empty()
        );
        assert_eq!(
            posts_of("The president met Interior Minister Rosa Lind on Monday."),
            [post("lind", "minister", "Interior Minister")]
        );
    }

    #[test]
    fn one_persons_two_posts_are_compared_across_sources_whatever_else_they_tell() {
        use crate::corpus::{ArticleSet, article_from_bytes};
        let article = |name: &str, outlet: &str, body: &str| {
            let text = format!("Source: {outlet}\nPublished: Friday, 17 October 2025\n\n{body}\n");
            article_from_bytes(name, text.as_bytes(), None).unwrap()
        };
        let set = ArticleSet {
            name: "crash".into(),
            warnings: vec![],
            articles: vec![
                article(
                    "a.txt",
                    "Daily Ledger",
                    "A medical helicopter crashed in a field on Thursday, killing two crew members.\n\nDeputy Coroner Ruth Ames said autopsies would be done in Louisville.",
                ),
                article(
                    "b.txt",
                    "Evening Post",
                    "Two crew members died when a medical helicopter came down in a field on Thursday.\n\nThe pilot was 58, Marion County Coroner Ruth Ames told the Evening Post.",
                ),
            ],
        };
        let analysis = crate::analyze(&set, &crate::Config::default());
        let text = |s: crate::model::StatementIdx| analysis.statement(s).text.as_str();
        let conflict = analysis
            .links
            .iter()
            .find(|l| {
                l.conflict.is_some() && l.reasons[0].starts_with(super::super::claims::POST_REASON)
            })
            .expect("the two posts are compared");
        assert!(
            text(conflict.a).contains("Deputy Coroner"),
            "{}",
            text(conflict.a)
        );
        assert!(
            text(conflict.b).contains("Marion County Coroner"),
            "{}",
            text(conflict.b)
        );
    }

    #[test]
    fn a_post_owned_by_a_possessive_is_read() {
        let posts = |text: &str| {
            crate::conflict::testing::alone(
                crate::conflict::testing::Written::new(text, "Daily Ledger"),
                post_claims,
            )
        };
        assert_eq!(
            posts("Lidia Bernal, the town's public security director, said so."),
            [(
                "bernal".to_string(),
                "director".to_string(),
                "town's public security director".to_string()
            )]
        );
        // A place before the comma is no person.
        assert!(
            posts("She was taken to Harborview in Seattle, the hospital's spokeswoman said.")
                .is_empty()
        );
    }

    #[test]
    fn a_capitalised_word_of_no_name_gives_no_post() {
        let text = "But AMD’ s Lisa Su — the company’ s senior vice president and general manager for its global business units — says the chip designer has been eyeing technologies.";
        let persons = between_outlets(text, text, |a, _| {
            post_claims(a)
                .into_iter()
                .map(|(person, _, _)| person)
                .collect::<Vec<_>>()
        });
        assert_eq!(persons, ["su"]);
    }

    #[test]
    fn the_explanation_names_the_person_both_posts_and_both_outlets() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "Su's post differs: “senior vice president and general manager for AMD's products division” (Daily Ledger) vs “senior vice president and general manager for global business units” (Evening Post)"
        );
    }
}
