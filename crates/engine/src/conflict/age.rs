//! Age conflicts (kind `number`): two outlets give one named person two ages ("Jose Luis
//! Orozco, 27," against "29-year-old Jose Luis Orozco").
//!
//! An age is read by the figure reader (`QuantityKind::Age`: "Orozco, 27,", "27-year-old",
//! "aged 27"); its person is the run of capitalised words right before it ("Jose Luis
//! Orozco, 27") or, for "27-year-old", right after it with at most two words between
//! ("a 27-year-old father, Jose Orozco", "27-year-old Jose Luis Orozco"), or the subject of
//! "was a" right before it ("Emil Darovic, was a 17-year-old apprentice"). Only a name of two
//! words or more is read, and a person is known by the first and last of them ("jose
//! orozco"): a surname alone is shared by a family ("Green, 49" and "Koi Green, 5"). Two ages
//! of one person disagree when they differ, unless the person may have aged between the
//! two reports (the older age in the later article, by no more years than passed: "18" in
//! August 2015, "19" at the plea in January 2016). The conflict is soft: a birthday may
//! fall between two undated reports, and a father and son may share a name.
//!
//! The one holder of a post of a story (`one-holder` in `people.txt`: the driver, the
//! governor) is one person too, told unnamed ("the 52-year-old driver", "The driver, a
//! 54-year-old with 22 years of service") or named where its article gives the person that
//! post, by a title right before the name ("Governor Tom Whitcombe, 61"; not "Lieutenant
//! Governor") or "as" after the age ("Teófilo Quispe, 47, as an experienced driver"); an
//! article giving two unnamed holders two ages tells of two. The accused of an attack or a
//! crime (`the-accused`: the suspect, the gunman) is one person as well, unnamed ("a
//! 24-year-old suspect", "The suspect, a 38-year-old man") or named as the accused right
//! before the name ("named the suspect as Dorin Valek, aged 31").
//!
//! Outlets state an age wherever they first name the person, in sentences that share little
//! else, so such pairs are proposed across sources directly (`claims::worded_proposals`), as
//! a party's responses are.

use crate::model::{ConflictKind, Severity};
use crate::text::quantity::QuantityKind;

use super::actor::{Word, words};
use super::{Finding, Side};
use crate::text::word_lists;

/// The most words between "27-year-old" and the name it describes ("a 27-year-old father,
/// Jose Orozco").
const MAX_WORDS_TO_NAME: usize = 2;

/// How many words after an age may say it was the age "at the time" of something past.
const AT_THE_TIME_REACH_WORDS: usize = 4;

/// Verbs of a clause that tells a person's age after the name: "Arcos, who was 43,". Not
/// "turns", a birthday to come ("Teixeira, who turns 29 on April 11").
const AGE_CLAUSE_VERBS: [&str; 3] = ["is", "was", "turned"];

/// Words that join the items of a list: the name after one is another person's ("an
/// unidentified three-year-old boy, and Alejandro Martinez").
const LIST_JOINERS: [&str; 3] = ["and", "or", "with"];

/// Words that open a place or a body after an age ("24 year old men from El Dorado", "a
/// 30-year-old officer of the Dallas Police"): the capitalised words after them are no
/// person's name.
const PLACE_OR_BODY_OPENERS: [&str; 5] = ["from", "of", "in", "at", "near"];

/// Singular nouns of one person (`one-more-person` in `people.txt`: "man", "woman",
/// "officer"): a name right before one describes the person ("a 30-year-old New York man"),
/// it does not name them.
static ONE_PERSON_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::text::word_lists::of_kind(crate::text::word_lists::PEOPLE, "one-more-person")
});

/// Nouns of a person told by a tie to another (`relative` in `people.txt`: "daughter",
/// "wife"): "his 13-year-old daughter" is the age of that person's daughter.
static RELATIVE_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::text::word_lists::of_kind(crate::text::word_lists::PEOPLE, "relative")
});

/// Singular nouns of the one person an attack or a crime is laid on (`the-accused` in
/// `people.txt`: "suspect", "gunman"): one person of the story, however each outlet calls
/// them.
static ACCUSED_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::text::word_lists::of_kind(crate::text::word_lists::PEOPLE, "the-accused")
});

/// The ages a statement gives the accused: "N-year-old" after "a", "an" or "the" and right
/// before a noun of [`ACCUSED_NOUNS`] ("Police arrested a 24-year-old suspect", "the
/// 19-year-old gunman"), or opening an aside after such a noun ("The suspect, a 33-year-old
/// German man, was known to police"); or the age of a person the statement names as the
/// accused, the noun and "as" right before the name ("named the suspect as Dorin Valek,
/// aged 31"); each as (years, as written).
fn accused_ages(side: &Side) -> Vec<(f64, String)> {
    let text = side.text();
    // Most statements give no age: their words are not read.
    if !may_give_an_age(side) {
        return Vec::new();
    }
    let ws = words(text, &side.features.parse);
    // The ages of named people are read only where a noun of the accused stands before
    // "as": most statements have none.
    let names_the_accused = ws
        .windows(2)
        .any(|w| w[1].lower == "as" && ACCUSED_NOUNS.contains(&w[0].lower.as_str()));
    let named_ages = if names_the_accused {
        ages(side)
    } else {
        Vec::new()
    };
    let named_as_the_accused = named_ages.into_iter().filter(|age| {
        let Some(at) = text[..age.start.min(text.len())].rfind(age.name.as_str()) else {
            return false;
        };
        let k = ws.partition_point(|w| w.end <= at);
        k >= 2 && ws[k - 1].lower == "as" && ACCUSED_NOUNS.contains(&ws[k - 2].lower.as_str())
    });
    let named: Vec<(f64, String)> = named_as_the_accused
        .map(|age| (age.years, age.written))
        .collect();
    let mut unnamed: Vec<(f64, String)> = side
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Age && q.low == q.high)
        .filter(|q| q.text.to_lowercase().contains("year"))
        .filter(|q| {
            let before = ws.partition_point(|w| w.end <= q.start);
            let after = ws.partition_point(|w| w.start < q.end);
            let determined =
                before > 0 && matches!(ws[before - 1].lower.as_str(), "a" | "an" | "the");
            let accused = ws.get(after).is_some_and(|w| {
                ACCUSED_NOUNS.contains(&w.lower.as_str())
                    && text[q.end..w.start].chars().all(char::is_whitespace)
            });
            // "The suspect, a 33-year-old German man,": the aside describes the accused.
            let described = before >= 2
                && matches!(ws[before - 1].lower.as_str(), "a" | "an")
                && ACCUSED_NOUNS.contains(&ws[before - 2].lower.as_str())
                && text[ws[before - 2].end..ws[before - 1].start].contains(',');
            (determined && accused) || described
        })
        .map(|q| (q.value, q.text.clone()))
        .collect();
    unnamed.extend(named);
    unnamed
}

/// Does the article give the accused one age at most, wherever it tells it ("a 24-year-old
/// suspect", "the suspect, a 24-year-old man" and "the 24-year-old" alike)? An article
/// giving two ("a 24-year-old gunman and a 19-year-old accomplice suspect") tells of two
/// accused.
fn article_gives_the_accused_one_age(side: &Side) -> bool {
    article_tells_one_age_of(side.article_text, |noun, before| {
        // "the suspect, a 33-year-old German man": an aside after a noun of the accused.
        let aside_of_the_accused = noun_before_aside(before)
            .is_some_and(|w| ACCUSED_NOUNS.contains(&w.to_lowercase().as_str()));
        ACCUSED_NOUNS.contains(&noun) || aside_of_the_accused
    })
}

/// The word an aside of an age follows, from the text before the age: "suspect" of "the
/// suspect, a " (a comma, then "a" or "an").
fn noun_before_aside(before: &str) -> Option<&str> {
    before
        .strip_suffix("a ")
        .or_else(|| before.strip_suffix("an "))
        .and_then(|h| h.trim_end().strip_suffix(','))
        .and_then(|h| h.rsplit(|c: char| !c.is_alphabetic()).next())
}

/// Does the article tell one age at most ("24" of "24-year-old") of those its "N-year-old"
/// ages describe when `of_them` accepts the noun after the age, folded, and the text before
/// the age?
fn article_tells_one_age_of(article: &str, of_them: impl Fn(&str, &str) -> bool) -> bool {
    let mut years: Vec<&str> = Vec::new();
    for (at, mark) in article.match_indices("-year-old ") {
        let noun: String = article[at + mark.len()..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .flat_map(char::to_lowercase)
            .collect();
        let head = &article[..at];
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if of_them(&noun, &head[..start]) {
            years.push(&head[start..]);
        }
    }
    years.sort_unstable();
    years.dedup();
    years.len() <= 1
}

/// Two linked reports giving the accused, unnamed, two ages ("a 24-year-old suspect" against
/// "A 19-year-old suspect was arrested"), each statement and each article giving one.
pub(crate) fn accused_ages_differ(a: &Side, b: &Side) -> Option<Finding> {
    let (xa, xb) = (accused_ages(a), accused_ages(b));
    let ([(ya, wa)], [(yb, wb)]) = (xa.as_slice(), xb.as_slice()) else {
        return None;
    };
    if ya == yb
        || of_two_generations(*ya, *yb)
        || !article_gives_the_accused_one_age(a)
        || !article_gives_the_accused_one_age(b)
    {
        return None;
    }
    Some(unnamed_ages_differ((a, *ya, wa), (b, *yb, wb), "suspect"))
}

/// Two ages of one person told by a noun ("the suspect's age differs: 24 vs 19"): soft,
/// as ages are.
fn unnamed_ages_differ(
    (a, ya, wa): (&Side, f64, &str),
    (b, yb, wb): (&Side, f64, &str),
    whom: &str,
) -> Finding {
    Finding {
        kind: ConflictKind::Number,
        severity: Severity::Soft,
        explanation: format!(
            "the {whom}'s age differs: {ya} ({}) vs {yb} ({})",
            a.attribution_label(),
            b.attribution_label()
        ),
        value_a: Some(wa.to_string()),
        value_b: Some(wb.to_string()),
        subject: super::Subject::OfItsKind,
    }
}

/// One age a statement gives a named person.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Age {
    /// The person: the first and last words of the name, folded ("jose orozco").
    pub(crate) person: String,
    /// The name as written ("Jose Luis Orozco").
    pub(crate) name: String,
    pub(crate) years: f64,
    /// The age as written ("27", "27-year-old").
    pub(crate) written: String,
    /// Where the age starts in its statement (bytes).
    pub(crate) start: usize,
}

/// Is the word a name's: a capital, then a lowercase letter ("Orozco"), or an initial
/// ("K")? Not an acronym, which names an organisation.
fn is_name_word(w: &Word) -> bool {
    let mut chars = w.text.chars();
    chars.next().is_some_and(char::is_uppercase)
        && (w.text.chars().any(char::is_lowercase) || chars.next().is_none())
}

/// Are the two words of one name: only spaces between, a hyphen ("Edmond-Gray"), or an
/// initial's full stop ("Winston K. Blackmore")?
fn joined(text: &str, a: &Word, b: &Word) -> bool {
    let gap = &text[a.end..b.start];
    gap.chars().all(char::is_whitespace)
        || gap == "-"
        || (a.text.chars().count() == 1 && gap.trim_end() == ".")
}

/// The name of two words or more (not counting initials) ending at `ws[at]` (going back) or
/// starting there (going forward), as (first index, last index).
fn name_run(text: &str, ws: &[Word], at: usize, forward: bool) -> Option<(usize, usize)> {
    if !is_name_word(ws.get(at)?) {
        return None;
    }
    let (mut from, mut to) = (at, at);
    if forward {
        while to + 1 < ws.len() && is_name_word(&ws[to + 1]) && joined(text, &ws[to], &ws[to + 1]) {
            to += 1;
        }
    } else {
        while from > 0 && is_name_word(&ws[from - 1]) && joined(text, &ws[from - 1], &ws[from]) {
            from -= 1;
        }
    }
    // A title before the name is none of it: "Mr Starmer", "Dr John Smith"; nor is a post
    // and what comes before it: "Economy and Industry Minister Yasutoshi Nishimura" is
    // Yasutoshi Nishimura.
    while from < to && is_name_title(ws[from].text) {
        from += 1;
    }
    // Only when a name of two words stays after it: "Earnest Dean Dodd" and "Kim
    // King-Macon" are names, whatever a dean or a king is.
    if let Some(post) = (from..to)
        .rev()
        .find(|&i| ws[i].text.chars().count() > 1 && !may_be_first_name(&ws[i].lower))
        && to - post >= 2
    {
        from = post + 1;
    }
    let full_words = ws[from..=to]
        .iter()
        .filter(|w| w.text.chars().count() > 1)
        .count();
    // A possessive ends a name ("Orozco's sister, 19"): the age is not his.
    (full_words >= 2 && !ws[to].possessive && ws[from].text.chars().count() > 1)
        .then_some((from, to))
}

word_lists::sections! {
    /// Titles and heads of a post that may stand before a surname ("Prime Minister
    /// Starmer", "President Biden"): no first name. Sections of `actors.txt` and
    /// `roles.txt`, by name.
    INDIVIDUAL_TITLES = ACTORS["individual-titles"];
    JURISDICTIONS = ROLES["jurisdictions"];
    UNIT_NOUNS = ROLES["unit-nouns"];
    UNCLEAR_HEADS = ACTORS["unclear-heads"];
    ROLE_HEADS = ROLES["role-heads"];
    TITLE_WORDS = ROLES["title-words"];

    /// Titles written before a name ("Mr", "Dr").
    NAME_TITLES = SENTENCE_PARTS["name-titles"];
}

/// May the folded word be a first name before a surname: no title, head of a post, noun
/// of one person or stop word ("Mr", "President", "Minister", "Pilot", "The")?
fn may_be_first_name(lower: &str) -> bool {
    ![
        &INDIVIDUAL_TITLES,
        &UNCLEAR_HEADS,
        &ROLE_HEADS,
        &TITLE_WORDS,
        &ONE_PERSON_NOUNS,
    ]
    .iter()
    .any(|list| list.contains(&lower))
        && !crate::text::lexicon::is_stop_word(lower)
}

/// One writing of a surname with a name beside it: the name's word that tells the person
/// (folded), the full name as written, and where the surname stands in the article.
struct NameWritten {
    word: String,
    name: String,
    at: usize,
}

/// How an article uses a surname: the first names it writes before it (first word folded),
/// in order, and how many different ages it gives the surname alone ("Zawahri, 25" and
/// "Zawahri, 55": two persons).
struct SurnameUse {
    firsts: Vec<NameWritten>,
    /// The given names written after it, where a family name comes first ("Yoon Suk Yeol",
    /// "Xi Jinping"): last word folded.
    givens: Vec<NameWritten>,
    lone_ages: usize,
}

/// How the statement's article uses the surname `last` (see [`SurnameUse`]).
fn surname_use(side: &Side, last: &str) -> SurnameUse {
    let article = side.article_text;
    let mut lone_ages: Vec<&str> = Vec::new();
    let mut firsts: Vec<NameWritten> = Vec::new();
    let mut givens: Vec<NameWritten> = Vec::new();
    for (at, _) in article.match_indices(last) {
        let after = &article[at + last.len()..];
        if !is_whole_word(article, at, last.len()) {
            continue;
        }
        // A family shares the surname: the article giving it two ages alone ("Zawahri,
        // 25" the brother, "Zawahri, 55" the father) names two persons by it.
        if let Some(rest) = after.strip_prefix(", ") {
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .map_or(rest, |end| &rest[..end]);
            if !digits.is_empty() {
                lone_ages.push(digits);
            }
        }
        // "Yoon Suk Yeol": one or two name words right after, one space apart each, after
        // no name word (a title or a word of the sentence).
        let mut given: Vec<&str> = Vec::new();
        for chunk in after.split(char::is_whitespace).skip(1).take(2) {
            // A mark after the word ends the name ("Yoon Suk Yeol.").
            let w = chunk.trim_end_matches(|c: char| !c.is_alphanumeric());
            let name_like = w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().count() >= 2
                && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
            if !name_like {
                break;
            }
            given.push(w);
            if w.len() < chunk.len() {
                break;
            }
        }
        let word_before = article[..at]
            .strip_suffix(' ')
            .and_then(|h| h.rsplit(' ').next())
            .unwrap_or("");
        let after_a_name = word_before.chars().next().is_some_and(char::is_uppercase)
            && may_be_first_name(&word_before.to_lowercase());
        if after.starts_with(' ')
            && !given.is_empty()
            && !after_a_name
            && let Some(last_given) = given.last()
        {
            givens.push(NameWritten {
                word: last_given.to_lowercase(),
                name: format!("{last} {}", given.join(" ")),
                at,
            });
        }
        // "Keir Starmer", "De’Shawn Davis": the word right before, one space apart.
        let Some(head) = article[..at].strip_suffix(' ') else {
            continue;
        };
        let start = head
            .char_indices()
            .rev()
            .find(|(_, c)| !c.is_alphabetic() && !matches!(c, '\'' | '’' | '-'))
            .map_or(0, |(i, c)| i + c.len_utf8());
        let first = head[start..].trim_matches(['\'', '’', '-']);
        // As `is_name_word`: a capital, then a lowercase letter somewhere ("LaMont").
        let name_like = first.chars().next().is_some_and(char::is_uppercase)
            && first.chars().count() >= 2
            && first.chars().any(char::is_lowercase);
        let lower = first.to_lowercase();
        if name_like && may_be_first_name(&lower) && !is_name_title(first) {
            firsts.push(NameWritten {
                word: lower,
                name: format!("{first} {last}"),
                at,
            });
        }
    }
    lone_ages.sort_unstable();
    lone_ages.dedup();
    SurnameUse {
        firsts,
        givens,
        lone_ages: lone_ages.len(),
    }
}

/// The one full name the statement's article gives a surname written alone ("Tomas Dravik"
/// for "Dravik"): the first name written before it, the same wherever one is; none when it
/// is written after two first names or never after one.
pub(super) fn one_full_name(side: &Side, surname: &str) -> Option<String> {
    let used = surname_use(side, surname);
    let [one, rest @ ..] = used.firsts.as_slice() else {
        return None;
    };
    rest.iter()
        .all(|other| other.word == one.word)
        .then(|| one.name.clone())
}

/// The written surname without its possessive ("Starmer's" gives "Starmer").
fn bare_surname<'w>(surname: &Word<'w>) -> &'w str {
    surname.text.trim_end_matches("'s").trim_end_matches("’s")
}

/// The one full name the article gives a surname ("Keir Starmer" for "Starmer, 62," when
/// the article names him so once or more and no one else of that name), as (first word
/// folded, name as written): a surname alone is a person's only when the article leaves no
/// doubt whose.
fn full_name_in_article(
    side: &Side,
    surname: &Word,
    family_first: bool,
) -> Option<(String, String)> {
    let last = bare_surname(surname);
    if last.is_empty() {
        return None;
    }
    let used = surname_use(side, last);
    // A family name first ("Yoon, 63," the article's Yoon Suk Yeol) only where no first
    // name is written before it, and when the caller reads a name that may be one.
    let given_names = used.firsts.is_empty() && family_first;
    let names = if given_names {
        &used.givens
    } else {
        &used.firsts
    };
    let [one, rest @ ..] = names.as_slice() else {
        return None;
    };
    if used.lone_ages > 1 {
        return None;
    }
    if rest.iter().all(|other| other.word == one.word) {
        return Some((one.word.clone(), one.name.clone()));
    }
    // Two persons of the surname ("Edith Marlowe" and her daughter "Janine Marlowe"): the
    // surname alone is the one named last before it in its paragraph ("Among those who
    // died was Edith Marlowe, a grandmother of five. Marlowe, 72, had worked ..."); of first
    // names only.
    if given_names {
        return None;
    }
    // A first name written before another ("Dylann Storm Roof") makes the other a middle
    // name: one person written two ways, whose first name is not read.
    let middle = used.firsts.iter().any(|x| {
        side.article_text
            .get(..x.at)
            .and_then(|head| head.trim_end().rsplit(' ').nth(1))
            .is_some_and(|word| {
                used.firsts
                    .iter()
                    .any(|y| y.word != x.word && y.word == word.to_lowercase())
            })
    });
    if middle {
        return None;
    }
    let statement_at = side.statement.start;
    let nearest = used.firsts.iter().rfind(|x| x.at < statement_at)?;
    let between = side.article_text.get(nearest.at..statement_at)?;
    (!between.contains("\n\n")).then(|| (nearest.word.clone(), nearest.name.clone()))
}

/// Is the word a weekday or a month ("On Saturday, the 26-year-old", "27-year-old
/// Monday"): no one's name?
fn is_a_day(w: &Word) -> bool {
    crate::text::numbers::weekday_of(&w.lower).is_some()
        || crate::text::numbers::month_number(&w.lower).is_some()
}

/// The most words after an age that a relative clause of its aside may open within
/// ("the 3-year-old girl who was shot").
const AGE_TO_WHO_WORDS: usize = 2;

/// Does an aside that goes on from word `from` close: a comma before the sentence's end
/// ("the 58-year-old Kessmere senator who led the rebellion, was"), or a relative clause
/// right after its age ("the 9-year-old who was shot")?
fn aside_closes(text: &str, ws: &[Word], from: usize) -> bool {
    let who = ws
        .iter()
        .skip(from)
        .take(AGE_TO_WHO_WORDS)
        .any(|w| w.lower == "who");
    let rest = ws.get(from).map_or("", |w| &text[w.start..]);
    let sentence = rest.trim_end().trim_end_matches(['.', '"', '”', '\'']);
    who || sentence.contains(',')
}

/// The word before "is a" or "was a" right before an age (`before` is the age's first word):
/// the copula's subject ("Emil Darovic, was a 17-year-old", "Darovic was a 17-year-old"),
/// only spaces or a comma between it and the verb, and not possessive.
fn copula_subject(text: &str, ws: &[Word], before: usize) -> Option<usize> {
    let article = before.checked_sub(1)?;
    let verb = article.checked_sub(1)?;
    let subject = verb.checked_sub(1)?;
    (matches!(ws[article].lower.as_str(), "a" | "an")
        && matches!(ws[verb].lower.as_str(), "is" | "was")
        && !ws[subject].possessive
        && matches!(text[ws[subject].end..ws[verb].start].trim(), "" | ","))
    .then_some(subject)
}

/// Is the word a title written before a name ("Mr", "Dr", "Gen.": `name-titles` in
/// `sentence-parts.txt`)?
fn is_name_title(word: &str) -> bool {
    NAME_TITLES.contains(&word.trim_end_matches('.'))
}

/// The most words of a post after "the 56-year-old" ("prime minister", "police chief").
const MAX_POST_WORDS: usize = 3;

/// The post after "the 56-year-old" ("the 56-year-old prime minister said"): lowercase
/// words after the age, the last a head of a post, as written; None unless the age is told
/// of one known person ("the", not "a 30-year-old man").
fn post_after_age(text: &str, ws: &[Word], q_start: usize, q_end: usize) -> Option<String> {
    let before = ws.partition_point(|w| w.end <= q_start);
    if before == 0 || ws[before - 1].lower != "the" {
        return None;
    }
    let after = ws.partition_point(|w| w.start < q_end);
    let mut last = None;
    for (i, w) in ws.iter().enumerate().skip(after).take(MAX_POST_WORDS) {
        let lowercase = w.text.chars().all(|c| c.is_lowercase() || c == '-');
        let gap = &text[ws[i - 1].end..w.start];
        if !lowercase || (i > after && !gap.chars().all(char::is_whitespace)) {
            break;
        }
        if is_post_head(&w.lower) {
            last = Some(i);
        }
        if w.break_after {
            break;
        }
    }
    let last = last?;
    Some(text[ws[after].start..ws[last].end].to_string())
}

/// Is the folded word the head of a post or a rank ("president", "minister", "chief",
/// "captain")?
pub(super) fn is_post_head(lower: &str) -> bool {
    super::role::is_post_word(lower)
        || (UNCLEAR_HEADS.contains(&lower) && lower.chars().count() > 5)
}

/// The one person the article names with this post written as a title before the name
/// ("Prime Minister Mark Rutte" for "the 56-year-old prime minister"), as (person, name as
/// written): the first and last words of a name of two words or more, when the article so
/// titles one person only; a title that another word sets apart ("Prime Minister", see
/// `role::sets_a_post_apart`) is another post.
fn titled_in_article(side: &Side, post: &str) -> Option<(String, String)> {
    let article = side.article_text;
    let title_case: String = post
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let mut found: Option<(String, String)> = None;
    // The title before the name ("Captain Edmund Rask"), or the post before it and a comma
    // ("the ship's captain, Edmund Rask").
    let in_apposition = format!("{post},");
    let titled = article.match_indices(title_case.as_str());
    for (at, before_name) in titled.chain(article.match_indices(in_apposition.as_str())) {
        if article[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // "Prime Minister Ilona Vetrak", "Lieutenant Governor Priya Kandel": another post.
        let word_before = article[..at]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        if super::role::sets_a_post_apart(&word_before.to_lowercase()) {
            continue;
        }
        let Some(rest) = article[at + before_name.len()..].strip_prefix(' ') else {
            continue;
        };
        let name: Vec<&str> = rest
            .split(char::is_whitespace)
            .take(4)
            .map_while(|w| {
                let bare = w
                    .trim_end_matches([',', '.', ';', ':'])
                    .trim_end_matches("'s")
                    .trim_end_matches("’s");
                let name_like = bare.chars().next().is_some_and(char::is_uppercase)
                    && bare.chars().count() >= 2
                    && bare.chars().all(|c| c.is_alphabetic() || c == '-')
                    && bare.chars().any(char::is_lowercase);
                // A name ends at its punctuation or its possessive.
                name_like.then_some((bare, bare.len() < w.len()))
            })
            .scan(false, |ended, (bare, ends)| {
                if *ended {
                    return None;
                }
                *ended = ends;
                Some(bare)
            })
            .collect();
        let (Some(first), Some(last)) = (name.first(), name.last()) else {
            continue;
        };
        if name.len() < 2 || !may_be_first_name(&first.to_lowercase()) {
            continue;
        }
        let person = format!("{} {}", first.to_lowercase(), last.to_lowercase());
        match &found {
            Some((other, _)) if *other != person => return None,
            Some(_) => {}
            None => found = Some((person, name.join(" "))),
        }
    }
    found
}

/// The relative an age is told of, by their tie to the one person the statement names
/// before it ("Kobe Bryant was killed along with his 13-year-old daughter Gianna"), as
/// (person, name as written): ("daughter of kobe bryant", "Kobe Bryant's daughter"). Read
/// only after "his" or "her" with a single full name before it in the statement: with two,
/// whose relative it is is not read.
fn relative_of(side: &Side, ws: &[Word], q_start: usize, q_end: usize) -> Option<(String, String)> {
    let text = side.text();
    let before = ws.partition_point(|w| w.end <= q_start);
    let after = ws.partition_point(|w| w.start < q_end);
    let relation = ws
        .get(after)
        .filter(|w| RELATIVE_NOUNS.contains(&w.lower.as_str()))?;
    let owner_at = before.checked_sub(1)?;
    if !matches!(ws[owner_at].lower.as_str(), "his" | "her") {
        return None;
    }
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut i = owner_at;
    while i > 0 {
        i -= 1;
        if let Some((from, to)) = name_run(text, ws, i, false) {
            // Not a place: "in San Diego", "on Reynolds Drive", "of North Carolina".
            let placed = from.checked_sub(1).is_some_and(|p| {
                PLACE_OR_BODY_OPENERS.contains(&ws[p].lower.as_str()) || ws[p].lower == "on"
            });
            if may_be_first_name(&ws[from].lower)
                && !names_a_place_or_body(&ws[to])
                && !placed
                && surname_stands_alone(side.article_text, &ws[from], &ws[to])
            {
                names.push((from, to));
            }
            i = from;
        }
    }
    let person = |&(from, to): &(usize, usize)| format!("{} {}", ws[from].lower, ws[to].lower);
    let [first, rest @ ..] = names.as_slice() else {
        return None;
    };
    if rest.iter().any(|n| person(n) != person(first)) {
        return None;
    }
    let (from, to) = *first;
    Some((
        format!("{} of {}", relation.lower, person(first)),
        format!("{}'s {}", &text[ws[from].start..ws[to].end], relation.lower),
    ))
}

/// Are bytes `at..at + len` of `text` a whole word: no letter or digit right before or
/// right after?
fn is_whole_word(text: &str, at: usize, len: usize) -> bool {
    !text[..at]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
        && !text[at + len..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
}

/// Does the article name the person by the surname alone somewhere ("Bryant, 41,"), as
/// news copy does after a person's first mention? A place is named whole each time ("San
/// Diego", "Baton Rouge"), so a name never shortened is not read as a person's.
fn surname_stands_alone(article: &str, first: &Word, last: &Word) -> bool {
    let surname = last.text.trim_end_matches("'s").trim_end_matches("’s");
    article.match_indices(surname).any(|(at, m)| {
        is_whole_word(article, at, m.len())
            && !article[..at]
                .trim_end()
                .ends_with(first.text.trim_end_matches('.'))
    })
}

/// Does the last word of a name make it a place's or a body's ("Lincoln County", "Kansas
/// City", "Alcy Road", "Toledo Police"): a level of government, a part of an organisation,
/// a road or a force?
fn names_a_place_or_body(last: &Word) -> bool {
    let lower = last.lower.as_str();
    JURISDICTIONS.contains(&lower)
        || UNIT_NOUNS.contains(&lower)
        || crate::text::lexicon::concept_of(lower, &crate::text::stem::stem(lower))
            .is_some_and(|c| matches!(c, "ROAD" | "SECURITY" | "TROOPS" | "BUILDING"))
}

word_lists::sections! {
    /// Short forms of given names, each `short = full` (`given-names.txt`).
    SHORT_GIVEN_NAMES = GIVEN_NAMES["short-forms"];
}

/// A person's key (first and last words of the name, folded) with a short first name
/// written in full: "dan whitaker" is "daniel whitaker".
fn full_given_name(person: &str) -> String {
    person
        .split_once(' ')
        .and_then(|(first, rest)| {
            word_lists::renamed(&SHORT_GIVEN_NAMES, first).map(|full| format!("{full} {rest}"))
        })
        .unwrap_or_else(|| person.to_string())
}

/// The ages the statement gives named persons.
pub(crate) fn ages(side: &Side) -> Vec<Age> {
    let text = side.text();
    let ages: Vec<_> = side
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Age && q.low == q.high)
        .collect();
    if ages.is_empty() {
        return Vec::new();
    }
    let ws = words(text, &side.features.parse);
    let mut out = Vec::new();
    for q in ages {
        // The age of a person known by (first and last words, name as written).
        // "António Costa" and "Antonio Costa" are one person, and so are "Dan Whitaker" and
        // "Daniel Whitaker".
        let age = |person: String, name: String| Age {
            person: full_given_name(&crate::text::normalize::without_diacritics(&person)),
            name,
            years: q.value,
            written: q.text.clone(),
            start: q.start,
        };
        // "27-year-old" stands before its person ("27-year-old Jose Orozco", "a 27-year-old
        // father, Jose Orozco"); a bare age after it, with only a comma between ("Orozco,
        // 27", "Orozco, age 27"). A list ("44-year-old Omar Cannon, 32-year-old Misty
        // McBride") gives each age the name after it.
        // An age glued to a word before it ("Twetny-one-year-old", misspelt) is misread.
        if text[..q.start].ends_with('-') {
            continue;
        }
        // "Robert Lee Adams, age 27 (at the time of the murders)": the age of an earlier
        // time, not compared with an age of now.
        let next: Vec<String> = side
            .features
            .parse
            .letter_runs_between(text, q.end, text.len())
            .into_iter()
            .take(AT_THE_TIME_REACH_WORDS)
            .map(|(_, w)| w)
            .collect();
        if next.windows(3).any(|w| w == ["at", "the", "time"]) {
            continue;
        }
        // "27-year-old" stands before its person, a bare age after its person.
        let year_old = q.text.to_lowercase().contains("year");
        let before = ws.partition_point(|w| w.end <= q.start);
        let after = ws.partition_point(|w| w.start < q.end);
        // A bare age's person stands before it, a comma between: "Orozco, 27", "Orozco, age
        // 27", "Arcos, who was 43" (an age told in a clause of its person).
        let before_bare = if before > 0 && matches!(ws[before - 1].lower.as_str(), "age" | "aged") {
            before - 1
        } else if before > 1
            && ws[before - 2].lower == "who"
            && AGE_CLAUSE_VERBS.contains(&ws[before - 1].lower.as_str())
        {
            before - 2
        } else {
            before
        };
        let at_age = ws
            .get(before_bare)
            .map_or(q.start, |w| w.start.min(q.start));
        // The word before an aside of the age ("Marta Quell, a 62-year-old retired
        // teacher,", "Varenko, the 49-year-old former mayor of Kelmar, met"): a comma, then
        // "a" or "an", or "the" (and an owner's possessive) when the aside closes before the
        // sentence goes on.
        // "Tomas Arvell, the hotel's 43-year-old night manager, who": an owner of the post
        // between "the" and the age; the aside's article stands before it.
        let owner = before.checked_sub(1).filter(|&k| {
            k > 0
                && ws[k].possessive
                && ws[k].text.starts_with(char::is_lowercase)
                && ws[k - 1].lower == "the"
        });
        let article_at = owner.map_or(before.checked_sub(1), |k| Some(k - 1));
        let before_aside = article_at.and_then(|k| k.checked_sub(1)).filter(|&i| {
            let article = ws[i + 1].lower.as_str();
            year_old
                && (matches!(article, "a" | "an")
                    || (article == "the" && aside_closes(text, &ws, after)))
                && text[ws[i].end..ws[i + 1].start].trim() == ","
        });
        let run = if year_old {
            (after..(after + MAX_WORDS_TO_NAME + 1).min(ws.len()))
                .take_while(|&i| {
                    let w = ws[i].lower.as_str();
                    !LIST_JOINERS.contains(&w) && !PLACE_OR_BODY_OPENERS.contains(&w)
                })
                .find_map(|i| name_run(text, &ws, i, true))
                .filter(|&(_, to)| {
                    ws.get(to + 1)
                        .is_none_or(|w| !ONE_PERSON_NOUNS.contains(&w.lower.as_str()))
                })
                // "Marta Quell, a 62-year-old retired teacher, said": an aside after the
                // name describes its person. So does one with "the" that closes before the
                // sentence goes on ("Senator Mirela Ostrand, the 58-year-old Kessmere
                // senator who led the rebellion, was suspended", "Jenkins, the 9-year-old
                // who was shot"); unclosed, the age opens the sentence's subject after a
                // phrase that names someone else ("According to Sheriff Bryan Bailey, the
                // 4-year-old opened the gunsafe").
                .or_else(|| {
                    before_aside
                        .and_then(|i| name_run(text, &ws, i, false))
                        // "On Saturday, the 26-year-old": a day is no one.
                        .filter(|&(_, to)| !is_a_day(&ws[to]))
                })
                // "One of them, Emil Darovic, was a 17-year-old apprentice": the name is
                // the subject of the copula before the age.
                // Not a place or a body a clause before the copula ends on ("The woman
                // who was shot at the Tim Faulkner Art Gallery was a 20-year-old").
                .or_else(|| {
                    copula_subject(text, &ws, before)
                        .and_then(|i| name_run(text, &ws, i, false))
                        .filter(|&(from, to)| {
                            !is_a_day(&ws[to])
                                && !names_a_place_or_body(&ws[to])
                                && from.checked_sub(1).is_none_or(|k| {
                                    let w = ws[k].lower.as_str();
                                    !PLACE_OR_BODY_OPENERS.contains(&w)
                                        && !matches!(w, "the" | "a" | "an")
                                })
                        })
                })
        } else {
            before_bare
                .checked_sub(1)
                .filter(|&i| text[ws[i].end..at_age].trim() == ",")
                .and_then(|i| name_run(text, &ws, i, false))
        };
        // "his 13-year-old daughter Gianna": the daughter of the one person named before,
        // whatever first name she is given; with a full name after, the age is hers by
        // both ("his 13-year-old daughter, Gianna Bryant").
        if let Some((person, name)) = relative_of(side, &ws, q.start, q.end) {
            out.push(age(person, name));
            if run.is_none() {
                continue;
            }
        }
        let Some((from, to)) = run else {
            // "the 56-year-old prime minister": the one person the article so titles.
            if let Some(post) = post_after_age(text, &ws, q.start, q.end)
                && let Some((person, name)) = titled_in_article(side, &post)
            {
                out.push(age(person, name));
                continue;
            }
            // "Starmer, 62,": a surname alone, the person the article's one full name of it.
            // Not "27-year-old Texas", a place more often than a surname.
            let lone = before_bare
                .checked_sub(1)
                .filter(|_| !year_old)
                .filter(|&i| text[ws[i].end..at_age].trim() == ",")
                .filter(|&i| {
                    i == 0
                        || !is_name_word(&ws[i - 1])
                        || ws[i - 1].break_after
                        || is_name_title(ws[i - 1].text)
                })
                .map(|i| &ws[i]);
            if let Some(surname) = lone.filter(|w| is_name_word(w) && !w.possessive)
                && let Some((first, name)) = full_name_in_article(
                    side,
                    surname,
                    side.statement.kind != crate::model::StatementKind::Headline,
                )
            {
                out.push(age(format!("{first} {}", surname.lower), name));
                continue;
            }
            // "Varenko, the 49-year-old former mayor of Kelmar, met": a surname alone before
            // an aside of the age, as a full name is read above; with its first name before
            // it elsewhere in the article, not its family name first ("Albion, a 30 year old
            // male" is no "Albion Housing Commission"), and after no article ("the
            // Charger, a 14-year-old": a car) nor a list ("Ross and Smith, the 17-year-old
            // murder victim and his brother": of either, or of neither).
            let surname_before_aside = before_aside
                .filter(|&i| {
                    i == 0
                        || ws[i - 1].break_after
                        || !(is_name_word(&ws[i - 1])
                            || matches!(
                                ws[i - 1].lower.as_str(),
                                "the" | "a" | "an" | "and" | "or"
                            ))
                })
                .map(|i| &ws[i]);
            if let Some(surname) =
                surname_before_aside.filter(|w| is_name_word(w) && !w.possessive && !is_a_day(w))
                && let Some((first, name)) = full_name_in_article(side, surname, false)
            {
                out.push(age(format!("{first} {}", surname.lower), name));
                continue;
            }
            // "The 42-year-old Renzi said": a surname alone right after the age, the one
            // person its article names so in full ("Matteo Renzi"), as above. Not in a
            // headline, whose capitals name no one ("Shooting by 4-Year-Old Son"), nor a
            // noun of one person, nor a word that goes on as a name or such a noun
            // ("27-year-old Texas man").
            let goes_on = |i: usize| {
                !ws[i].break_after
                    && ws.get(i + 1).is_some_and(|w| {
                        is_name_word(w) || ONE_PERSON_NOUNS.contains(&w.lower.as_str())
                    })
            };
            if year_old
                && side.statement.kind != crate::model::StatementKind::Headline
                && let Some(surname) = ws.get(after).filter(|w| {
                    text.get(q.end..w.start)
                        .is_some_and(|g| g.trim().is_empty())
                        && is_name_word(w)
                        && !w.possessive
                        && !ONE_PERSON_NOUNS.contains(&w.lower.as_str())
                        && !is_a_day(w)
                        && !goes_on(after)
                })
                && let Some((first, name)) = full_name_in_article(side, surname, false)
                && first.chars().all(char::is_alphabetic)
            {
                out.push(age(format!("{first} {}", surname.lower), name));
            }
            continue;
        };
        out.push(age(
            format!("{} {}", ws[from].lower, ws[to].lower),
            text[ws[from].start..ws[to].end].to_string(),
        ));
    }
    // A person the statement gives two ages is told garbled ("26-year-old Jeremy John
    // Contreras, 36,"): neither is read.
    let garbled: Vec<String> = out
        .iter()
        .filter(|x| {
            out.iter()
                .any(|y| y.person == x.person && y.years != x.years)
        })
        .map(|x| x.person.clone())
        .collect();
    out.retain(|x| !garbled.contains(&x.person));
    out
}

/// The ages the statement gives named persons, as (name as written, years), for the
/// claims of the JSON contract.
pub(crate) fn age_claims(side: &Side) -> Vec<(String, f64)> {
    ages(side).into_iter().map(|a| (a.name, a.years)).collect()
}

/// The persons the statement gives ages (the keys two statements must share to be
/// compared).
pub(crate) fn persons_of(side: &Side) -> Vec<String> {
    ages(side)
        .into_iter()
        .map(|a| person_key(&a.person))
        .collect()
}

/// The most letters of a surname a person's key holds: two spellings of one surname
/// ("Valusek", "Valuszek") differ later than that more often than not.
const SURNAME_KEY_LETTERS: usize = 3;

/// What a person's ages meet another statement's on: the person's given name and the first
/// letters of the surname ("petr val"), so that one person written two ways meets
/// ([`one_person`] decides).
fn person_key(person: &str) -> String {
    match person.rsplit_once(' ') {
        Some((given, surname)) => {
            let head: String = surname.chars().take(SURNAME_KEY_LETTERS).collect();
            format!("{given} {head}")
        }
        None => person.to_string(),
    }
}

/// The fewest letters of a surname that may be spelled two ways and still name one person:
/// shorter names one letter apart are often two ("Hale", "Hall").
const FEWEST_LETTERS_SPELLED_TWO_WAYS: usize = 6;

/// Are two persons (given name and surname, folded) one: the same, or one given name with
/// surnames one letter apart, long enough not to be two names ("Petr Valusek" and "Petr
/// Valuszek", as one outlet spelled the suspect)?
fn one_person(x: &str, y: &str) -> bool {
    if x == y {
        return true;
    }
    match (x.rsplit_once(' '), y.rsplit_once(' ')) {
        (Some((gx, sx)), Some((gy, sy))) => {
            gx == gy
                && sx.chars().count().min(sy.chars().count()) >= FEWEST_LETTERS_SPELLED_TWO_WAYS
                && super::role::one_letter_apart(sx, sy)
        }
        _ => false,
    }
}

/// The key of a statement that gives the accused, unnamed, one age in an article that gives
/// them one ("Police said the 27-year-old suspect was known to them"): outlets tell it
/// wherever they first describe the accused, so such statements are compared across
/// sources directly (`claims::worded_proposals`).
pub(crate) fn accused_keys(side: &Side) -> Vec<String> {
    if accused_ages(side).len() == 1 && article_gives_the_accused_one_age(side) {
        vec!["#accused".to_string()]
    } else {
        Vec::new()
    }
}

/// May the statement give an age: does the figure reader find one in it?
fn may_give_an_age(side: &Side) -> bool {
    side.features.parse.has_quantity(QuantityKind::Age)
}

/// Did the person age between the two reports: both articles dated a month or more apart,
/// the older age in the later one, and no more years between the ages than may have passed
/// ("18" in August 2015 and "19" in January 2016)?
fn aged_between((a, x): (&Side, &Age), (b, y): (&Side, &Age)) -> bool {
    let (Some(da), Some(db)) = (a.article_date, b.article_date) else {
        return false;
    };
    let ((earlier, younger), (later, older)) = if da <= db {
        ((da, x.years), (db, y.years))
    } else {
        ((db, y.years), (da, x.years))
    };
    let days = (later - earlier).num_days();
    let years_passed = days as f64 / 365.25;
    // Within a month a birthday is a long chance: a year more is worth a look.
    days >= MIN_DAYS_TO_AGE && older > younger && older - younger <= years_passed.ceil()
}

/// The fewest days between two reports for a year more to be read as a birthday between
/// them.
const MIN_DAYS_TO_AGE: i64 = 30;

/// The earliest year a statement names before its article's year and before an age
/// (`age_start`): "According to a story in 2003, a 40-year-old Don Spirit pleaded guilty"
/// tells the age of that year. A year told after the age tells what the person did then
/// ("Lamont Powell, 24, who was a suspect in the 2013 killing"), at the age of now.
fn earlier_year_named(side: &Side, age_start: usize) -> Option<i32> {
    let this_year = chrono::Datelike::year(&side.article_date?);
    side.features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Year && q.end <= age_start)
        .map(|q| q.value as i32)
        .filter(|&y| y < this_year)
        .min()
}

/// May the younger age be of an earlier year the statement names, and the person have aged
/// since, by no more years than have passed ("a 40-year-old" in a statement of 2003 against
/// "51" in an article of 2014)?
fn of_an_earlier_year((a, x): (&Side, &Age), (b, y): (&Side, &Age)) -> bool {
    let ((young_side, younger), (old_side, older)) = if x.years < y.years {
        ((a, x), (b, y.years))
    } else {
        ((b, y), (a, x.years))
    };
    let (Some(then), Some(now)) = (
        earlier_year_named(young_side, younger.start),
        old_side.article_date.map(|d| chrono::Datelike::year(&d)),
    ) else {
        return false;
    };
    older - younger.years <= f64::from(now - then)
}

/// A child's age and an adult's this many years older or more are of two people of one
/// name, a child and the parent it is named after ("5-year-old John Hoffman" and
/// "49-year-old John Ali Hoffman"), not one person's age told two ways. Two adults' ages
/// are compared however far apart: a digit mistyped ("72" and "32") or two names swapped
/// between a father and a son are what a reader must see.
const YEARS_BETWEEN_A_CHILD_AND_A_PARENT: f64 = 15.0;

/// The age under which a person is a child.
const ADULT_YEARS: f64 = 18.0;

/// Are the two ages a child's and an adult's a generation older?
fn of_two_generations(x: f64, y: f64) -> bool {
    let (younger, older) = if x < y { (x, y) } else { (y, x) };
    younger < ADULT_YEARS && older - younger >= YEARS_BETWEEN_A_CHILD_AND_A_PARENT
}

/// Two ages of one person: a named person ([`ages`]), or else the accused, unnamed, in two
/// reports already linked for their words ([`accused_ages_differ`]).
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    if !may_give_an_age(a) || !may_give_an_age(b) {
        return None;
    }
    named_ages_differ(a, b).or_else(|| accused_ages_differ(a, b))
}

/// Singular nouns of a post or part one person holds in a story (`one-holder` in
/// `people.txt`: "driver", "governor").
static ONE_HOLDER_NOUNS: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    crate::text::word_lists::of_kind(crate::text::word_lists::PEOPLE, "one-holder")
});

/// [`ONE_HOLDER_NOUNS`] as written lowercase and opening a sentence ("driver", "Driver"):
/// what an article naming such a post holds.
static ONE_HOLDER_NOUNS_WRITTEN: std::sync::LazyLock<Vec<String>> =
    std::sync::LazyLock::new(|| {
        ONE_HOLDER_NOUNS
            .iter()
            .flat_map(|n| {
                let mut letters = n.chars();
                let capitalised: String = letters
                    .next()
                    .map(|c| c.to_uppercase().chain(letters).collect())
                    .unwrap_or_default();
                [n.to_string(), capitalised]
            })
            .collect()
    });

/// How many words before a person's last name a post may stand in the article ("Governor
/// Tom Whitcombe", "the driver, Teófilo Quispe").
const POST_BEFORE_NAME_WORDS: usize = 3;

/// How many words after a named age a post told with "as" may stand ("Quispe, 47, as an
/// experienced driver").
const POST_AFTER_AGE_WORDS: usize = 5;

/// The most words after a name, its verb among them, before the "as" that gives its post
/// ("Whitcombe resigned as governor").
const POST_AFTER_NAME_WORDS: usize = 4;

/// The folded words of a text, each with whether it is capitalised and whether a mark
/// other than a comma, or the end of its line, ends it ("said." or a headline's last word):
/// a name's words are capitalised and run on.
fn plain_words(text: &str) -> Vec<(String, bool, bool)> {
    text.lines()
        .flat_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let last = words.len().saturating_sub(1);
            words.into_iter().enumerate().map(move |(i, w)| {
                let trimmed = w.trim_matches(|c: char| !c.is_alphanumeric());
                let ends = i == last || w.ends_with(|c: char| !c.is_alphanumeric() && c != ',');
                let capitalised = trimmed.chars().next().is_some_and(char::is_uppercase);
                (trimmed.to_lowercase(), capitalised, ends)
            })
        })
        .collect()
}

/// The ages a statement gives the holder of a post of [`ONE_HOLDER_NOUNS`], unnamed ("the
/// 52-year-old driver") or named where its article gives the person that post ("Quispe,
/// 47" where the article tells "the driver, Teófilo Quispe"; "Whitcombe, 61" where it
/// tells "Governor Tom Whitcombe" or "Harlan Whitcombe resigned as governor"), each as
/// (post, years, as written). Only posts the
/// article gives one age, unnamed, at most.
fn post_ages(side: &Side) -> Vec<(&'static str, f64, String)> {
    // Most articles name no such post: their statements are not read.
    let names_a_post = |article: &str| {
        ONE_HOLDER_NOUNS_WRITTEN
            .iter()
            .any(|n| article.contains(n.as_str()))
    };
    if !may_give_an_age(side) || !names_a_post(side.article_text) {
        return Vec::new();
    }
    let text = side.text();
    let ws = words(text, &side.features.parse);
    let mut out: Vec<(&'static str, f64, String)> = Vec::new();
    for q in side
        .features
        .parse
        .quantities
        .iter()
        .filter(|q| q.kind == QuantityKind::Age && q.low == q.high)
        .filter(|q| q.text.to_lowercase().contains("year"))
    {
        let before = ws.partition_point(|w| w.end <= q.start);
        let after = ws.partition_point(|w| w.start < q.end);
        let determined = before > 0 && matches!(ws[before - 1].lower.as_str(), "a" | "an" | "the");
        if let Some(post) = ws.get(after).and_then(|w| {
            ONE_HOLDER_NOUNS
                .iter()
                .find(|n| **n == w.lower && text[q.end..w.start].chars().all(char::is_whitespace))
        }) && determined
        {
            out.push((post, q.value, q.text.clone()));
        }
        // "The driver, a 54-year-old with 22 years of service": an aside after the post.
        if let Some(post) = post_before_aside(text, &ws, before) {
            out.push((post, q.value, q.text.clone()));
        }
    }
    let article = plain_words(side.article_text);
    for age in ages(side) {
        let Some(last) = age.name.split_whitespace().last() else {
            continue;
        };
        let last = plain_words(last).pop().map(|w| w.0).unwrap_or_default();
        let mut posts: Vec<&'static str> = Vec::new();
        for (j, _) in article.iter().enumerate().filter(|(_, w)| w.0 == last) {
            // The post the name's own verb gives it, after "as" within its sentence
            // ("Harlan Whitcombe resigned as governor of Eastmere"), a determiner passed over.
            let told_as = article[j..]
                .iter()
                .enumerate()
                .take(POST_AFTER_NAME_WORDS)
                .take_while(|(i, w)| *i == 0 || !article[j + i - 1].2 && w.0 != "and")
                .skip(1)
                .find(|(_, w)| w.0 == "as")
                .and_then(|(i, _)| {
                    article[j + i + 1..]
                        .iter()
                        .take(2)
                        .find(|w| !matches!(w.0.as_str(), "a" | "an" | "the"))
                })
                .and_then(|w| ONE_HOLDER_NOUNS.iter().find(|n| **n == w.0));
            posts.extend(told_as);
            // The post right before the name, only the name's capitalised words between
            // ("Governor Tom Whitcombe", "the driver, Teófilo Quispe").
            let Some(k) = (j.saturating_sub(POST_BEFORE_NAME_WORDS)..j)
                .rev()
                .take_while(|&k| !article[k].2)
                .find(|&k| ONE_HOLDER_NOUNS.contains(&article[k].0.as_str()))
                .filter(|&k| article[k + 1..j].iter().all(|w| w.1))
            else {
                continue;
            };
            // "Lieutenant Governor Priya Kandel" holds another post.
            let set_apart = k
                .checked_sub(1)
                .is_some_and(|p| super::role::sets_a_post_apart(&article[p].0));
            if !set_apart {
                posts.extend(ONE_HOLDER_NOUNS.iter().filter(|n| **n == article[k].0));
            }
        }
        // "Quispe, 47, as an experienced driver".
        let after_age = plain_words(&text[(age.start + age.written.len()).min(text.len())..]);
        if let Some(at) = after_age
            .iter()
            .take(POST_AFTER_AGE_WORDS)
            .position(|w| w.0 == "as")
        {
            posts.extend(
                after_age
                    .iter()
                    .skip(at + 1)
                    .take(3)
                    .flat_map(|w| ONE_HOLDER_NOUNS.iter().filter(move |n| **n == w.0)),
            );
        }
        posts.sort_unstable();
        posts.dedup();
        out.extend(
            posts
                .into_iter()
                .map(|p| (p, age.years, age.written.clone())),
        );
    }
    out.retain(|(post, _, _)| article_gives_a_post_one_age(side.article_text, post));
    out
}

/// The post of one holder an aside of an age describes: "the", a noun of
/// [`ONE_HOLDER_NOUNS`], a comma, then "a" or "an" right before the age (`before` is the
/// age's first word): "The driver, a 54-year-old with 22 years of service".
fn post_before_aside(text: &str, ws: &[Word], before: usize) -> Option<&'static str> {
    let article = before.checked_sub(1)?;
    let noun = article.checked_sub(1)?;
    let the = noun.checked_sub(1)?;
    if !matches!(ws[article].lower.as_str(), "a" | "an")
        || ws[the].lower != "the"
        || text[ws[noun].end..ws[article].start].trim() != ","
    {
        return None;
    }
    ONE_HOLDER_NOUNS
        .iter()
        .find(|n| **n == ws[noun].lower)
        .copied()
}

/// Does the article give the unnamed holder of a post one age at most ("the 52-year-old
/// driver", "the driver, a 54-year-old")? Two ages tell of two holders (two drivers of two
/// vehicles).
fn article_gives_a_post_one_age(article: &str, post: &str) -> bool {
    article_tells_one_age_of(article, |noun, before| {
        let in_aside = noun_before_aside(before).is_some_and(|w| w.eq_ignore_ascii_case(post));
        noun == post || in_aside
    })
}

/// The keys a statement's ages of a post's holder meet another statement's on (see
/// [`post_ages`]): "#post driver".
pub(crate) fn post_keys(side: &Side) -> Vec<String> {
    post_ages(side)
        .into_iter()
        .map(|(post, _, _)| format!("#post {post}"))
        .collect()
}

/// Two ages of the one holder of a post ("The 63-year-old governor" against "Whitcombe,
/// 61" where the other article tells "Governor Tom Whitcombe"): soft, as ages are.
pub(crate) fn post_ages_differ(a: &Side, b: &Side) -> Option<Finding> {
    let (xa, xb) = (post_ages(a), post_ages(b));
    let ((post, ya, wa), (_, yb, wb)) = xa.iter().find_map(|x| {
        xb.iter()
            .find(|y| y.0 == x.0 && y.1 != x.1 && !of_two_generations(x.1, y.1))
            .map(|y| (x, y))
    })?;
    Some(unnamed_ages_differ((a, *ya, wa), (b, *yb, wb), post))
}

/// Two ages of one named person: the detector of pairs proposed by the ages of one person
/// (`claims::worded_proposals`), who need not be linked for their words.
pub(crate) fn named_ages_differ(a: &Side, b: &Side) -> Option<Finding> {
    let (aa, ab) = (ages(a), ages(b));
    let (x, y) = aa.iter().find_map(|x| {
        ab.iter()
            .find(|y| {
                one_person(&y.person, &x.person)
                    && y.years != x.years
                    && !of_two_generations(x.years, y.years)
                    && !aged_between((a, x), (b, y))
                    && !of_an_earlier_year((a, x), (b, y))
            })
            .map(|y| (x, y))
    })?;
    Some(Finding {
        kind: ConflictKind::Number,
        severity: Severity::Soft,
        explanation: format!(
            "{}'s age differs: {} ({}) vs {} ({})",
            x.name,
            x.years,
            a.attribution_label(),
            y.years,
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

    /// Pairs giving one person two ages: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("a name before, a name after", "Police identified the victim as Jose Luis Orozco, 27, of Fort Myers.", "The 29-year-old Jose Luis Orozco was shot outside his home."),
        ("one person, the surname spelled two ways", "Police identified him as Petr Valusek, 24, a resident of Brenmouth.", "The suspect, Petr Valuszek, 29, was charged on Sunday."),
        ("an aside after the name", "Rita Molnar, 67, a retired schoolteacher, said she smelled chemicals.", "Rita Molnar, a 62-year-old retired teacher, said she was rationing water."),
        ("an aside with \"the\" after the name", "The rebellion was led by Senator Mirela Ostrand, 62, a three-term senator.", "Senator Mirela Ostrand, the 58-year-old Kessmere senator who led the rebellion, was suspended."),
        ("an aside with \"the\" and an owner after the name", "Tomas Arvell, 34, the night manager, led guests to the basement.", "One name keeps coming up: Tomas Arvell, the hotel's 43-year-old night manager, who guided thirty people to safety."),
        ("a middle name left out", "Jose Luis Orozco, 27, died at the scene.", "Jose Orozco, 29, died at the scene."),
        ("the name the subject of \"was a\" before the age", "One of them, Emil Darovic, was a 17-year-old apprentice electrician from Sillan.", "Emil Darovic, 23, had gone to the final with two friends."),
        ("words between the age and the name", "A 17-year-old student, Kirshean Nelson, was shot.", "Kirshean Nelson, 18, was shot near the school."),
        ("a post and what comes before it are no name", "Economy and Industry Minister Yasutoshi Nishimura, 60, was among those who resigned.", "Trade minister Yasutoshi Nishimura, 61, is one of four ministers who stepped down."),
        ("a name written with and without its diacritics", "Portuguese Prime Minister António Costa, 61, has led the government since 2015.", "Portuguese Prime Minister Antonio Costa, 62, resigned on Tuesday."),
        ("a head of government's title before the name", "Taoiseach Leo Varadkar, 45, acknowledged the defeat.", "Ireland's prime minister, Leo Varadkar, 44, conceded defeat."),
        ("an officer's rank before the name", "Officer Ashley Guindon, 28, was shot and killed Saturday.", "Ashley Guindon, 29, had joined the force a day earlier."),
        ("a short form of the first name, and a noun of one person before it", "The crew were pilot Daniel Whitaker, 56, of Elizabethtown, and two nurses.", "Pilot Dan Whitaker, 58, of Elizabethtown had flown for 30 years."),
    ];

    #[test]
    fn short_given_names_are_sorted_and_never_stand_for_another_short_form() {
        let pairs: Vec<(&str, &str)> = word_lists::GIVEN_NAMES
            .named("short-forms")
            .into_iter()
            .map(word_lists::pair)
            .collect();
        assert!(pairs.windows(2).all(|w| w[0].0 < w[1].0), "not sorted");
        for (short, full) in &pairs {
            assert_ne!(short, full);
            assert!(
                word_lists::renamed(&SHORT_GIVEN_NAMES, full).is_none(),
                "{full} is itself a short form"
            );
        }
        assert_eq!(full_given_name("dan whitaker"), "daniel whitaker");
        assert_eq!(full_given_name("danielle whitaker"), "danielle whitaker");
    }

    #[test]
    fn one_person_given_two_ages_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// The one holder of a post, unnamed, is the person another outlet names in it, by a
    /// title before the name or "as" after the age; another post ("Lieutenant Governor")
    /// or a word of the post that is no title of the name (a headline's last word) is not.
    #[test]
    fn the_holder_of_a_post_given_two_ages_is_flagged() {
        use crate::conflict::testing::{Written, run};
        let flagged = |a, b| between_outlets(a, b, post_ages_differ);
        let found = flagged(
            "The 52-year-old driver was detained by police at the hospital.",
            "Colleagues described Teófilo Quispe, 47, as an experienced driver.",
        )
        .expect("52 against 47");
        assert!(
            found
                .explanation
                .starts_with("the driver's age differs: 52"),
            "{}",
            found.explanation
        );
        assert!(
            flagged(
                "The 63-year-old governor told reporters he was stepping aside.",
                "Governor Tom Whitcombe, 61, read a short statement.",
            )
            .is_some()
        );
        assert!(
            flagged(
                "The 63-year-old governor told reporters he was stepping aside.",
                "Lieutenant Governor Priya Kandel, 54, will succeed him.",
            )
            .is_none()
        );
        // The post before an aside of the age.
        assert!(
            flagged(
                "The driver, a 54-year-old with 22 years of service on the northern lines, escaped with cuts and bruises.",
                "The driver, a 45-year-old father of two from Gradel, has given investigators his account.",
            )
            .is_some()
        );
        let headline = "Grandmother killed by a drunk hit-and-run driver\n\nRaj Chohan, 59, was killed on Friday.";
        assert!(
            run(
                Written::new("Police pulled the 36-year-old driver over.", "Daily Ledger"),
                Written::new("Raj Chohan, 59, was killed on Friday.", "Evening Post")
                    .in_article(headline),
                post_ages_differ,
            )
            .is_none()
        );
    }

    /// The accused, unnamed, is one person of the story however each outlet calls them;
    /// an article telling two ages of the accused tells of two, and a count of men is
    /// anyone's.
    #[test]
    fn the_accused_unnamed_given_two_ages_is_flagged() {
        use crate::conflict::testing::{Written, run};
        let found = between_outlets(
            "Police arrested a 24-year-old suspect on Monday evening.",
            "A 19-year-old suspect was arrested on Monday, police spokesman Benjamin Hundeyin said.",
            detect,
        )
        .expect("24 against 19");
        assert!(
            found
                .explanation
                .starts_with("the suspect's age differs: 24"),
            "{}",
            found.explanation
        );
        assert!(
            between_outlets(
                "The 24-year-old gunman was shot dead by police.",
                "Police arrested a 19-year-old suspect on Monday.",
                detect
            )
            .is_some()
        );
        let two_accused = "Police arrested a 24-year-old suspect.\n\nA 19-year-old suspect was later detained in a second raid.";
        assert!(
            run(
                Written::new("Police arrested a 24-year-old suspect.", "Daily Ledger")
                    .in_article(two_accused),
                Written::new("A 19-year-old suspect was arrested.", "Evening Post"),
                detect,
            )
            .is_none()
        );
        assert!(
            between_outlets(
                "A 24-year-old man was killed in the attack.",
                "A 19-year-old man was arrested.",
                detect
            )
            .is_none()
        );
        // The accused's ages are compared across sources directly, a hostage-taker too.
        let keys = between_outlets(
            "The hostage-taker, a 28-year-old man, surrendered to police.",
            "Police said the 27-year-old suspect was known to them.",
            |a, b| (accused_keys(a), accused_keys(b)),
        );
        assert_eq!(keys.0, ["#accused"]);
        assert_eq!(keys.0, keys.1);
        // An aside after a noun of the accused describes the accused.
        assert!(
            between_outlets(
                "The suspect, a 33-year-old German man, was known to police for violent offences.",
                "Police said the attacker, a 35-year-old Syrian national, started stabbing people on a platform.",
                detect
            )
            .is_some()
        );
        let two_in_asides = "The first suspect, a 24-year-old man, was arrested.\n\nThe second suspect, a 19-year-old man, was detained later.";
        assert!(
            run(
                Written::new(
                    "The first suspect, a 24-year-old man, was arrested.",
                    "Daily Ledger"
                )
                .in_article(two_in_asides),
                Written::new(
                    "The suspect, a 19-year-old man, was arrested.",
                    "Evening Post"
                ),
                detect,
            )
            .is_none()
        );
        // A person named as the accused ("named the suspect as ...") is the accused.
        assert!(
            between_outlets(
                "The suspect, a 38-year-old man, was taken to hospital under armed guard.",
                "Police on Friday formally named the suspect as Dorin Valek, aged 31, a former cleaner.",
                detect
            )
            .is_some_and(|f| f.explanation.starts_with("the suspect's age differs: 38"))
        );
        assert!(
            between_outlets(
                "The suspect, a 38-year-old man, was taken to hospital under armed guard.",
                "Police named the victim as Dorin Valek, aged 31, a former cleaner.",
                detect
            )
            .is_none()
        );
    }

    #[test]
    fn a_child_and_a_parent_of_one_name_are_two_people() {
        let child = "They have been identified as 7-year-old Clara Hoffman and 5-year-old John Hoffman, the couple's children.";
        let father =
            "Police arrested 49-year-old John Ali Hoffman at the home where Hoffman lives.";
        assert!(between_outlets(child, father, detect).is_none());
        // Two adults' ages however far apart: a digit mistyped.
        assert!(
            between_outlets(
                "He shot and killed a 72-year-old customer, Richard Sommerville.",
                "The customer, Richard Sommerville, 32, died at the scene.",
                detect
            )
            .is_some()
        );
    }

    /// A surname alone is the person of the one full name its article gives it.
    #[test]
    fn a_post_after_the_age_is_the_one_person_its_article_so_titles() {
        use crate::conflict::testing::{Written, run};
        let article = "Dutch Prime Minister Mark Rutte's government lost a confidence vote.\n\nThe 56-year-old prime minister said he would resign.";
        let found = run(
            Written::new("Mark Rutte, 55, said he would resign.", "Daily Ledger"),
            Written::new(
                "The 56-year-old prime minister said he would resign.",
                "Evening Post",
            )
            .in_article(article),
            detect,
        )
        .expect("55 against 56");
        assert!(
            found.explanation.starts_with("Mark Rutte's age differs"),
            "{}",
            found.explanation
        );
        // "a 56-year-old prime minister" is anyone; two persons so titled are neither.
        for (b, article) in [
            (
                "A 56-year-old prime minister said he would resign.",
                article,
            ),
            (
                "The 56-year-old prime minister said he would resign.",
                "Prime Minister Mark Rutte met Prime Minister Boris Johnson.\n\nThe 56-year-old prime minister said he would resign.",
            ),
        ] {
            let found = run(
                Written::new("Mark Rutte, 55, said he would resign.", "Daily Ledger"),
                Written::new(b, "Evening Post").in_article(article),
                detect,
            );
            assert!(found.is_none(), "{b}: {found:?}");
        }
        // A prime minister named too holds another post than the story's minister.
        let article = "Interior Minister Dorian Halvek died in the crash.\n\nPrime Minister Ilona Vetrak asked a judge to lead an inquiry.\n\nThe 63-year-old minister had been travelling to Drosna.";
        let found = run(
            Written::new(
                "Dorian Halvek, 58, had headed the interior ministry since 2021.",
                "Daily Ledger",
            ),
            Written::new(
                "The 63-year-old minister had been travelling to Drosna.",
                "Evening Post",
            )
            .in_article(article),
            detect,
        )
        .expect("58 against 63");
        assert!(
            found.explanation.starts_with("Dorian Halvek's age differs"),
            "{}",
            found.explanation
        );
        // A post told before a name and a comma titles the person too, and a rank is a post.
        let article = "The ship's captain, Edmund Rask, survived.\n\nThe 61-year-old captain is expected to be questioned.";
        let found = run(
            Written::new(
                "Among those rescued was Captain Edmund Rask, 58.",
                "Daily Ledger",
            ),
            Written::new(
                "The 61-year-old captain is expected to be questioned.",
                "Evening Post",
            )
            .in_article(article),
            detect,
        )
        .expect("58 against 61");
        assert!(
            found.explanation.starts_with("Edmund Rask's age differs"),
            "{}",
            found.explanation
        );
    }

    #[test]
    fn a_relative_is_known_by_the_one_person_named_before() {
        use crate::conflict::testing::{Written, run};
        let written = |text, outlet, article| Written::new(text, outlet).in_article(article);
        let a = "Basketball legend Kobe Bryant was killed on Sunday when his helicopter crashed, along with his 13-year-old daughter Gianna and seven others.";
        let b = "Kobe Bryant, the 18-time NBA All-Star, was killed along with his 14-year-old daughter and seven other people.";
        let later = "\n\nBryant was 41.";
        let (article_a, article_b) = (format!("{a}{later}"), format!("{b}{later}"));
        let found = run(
            written(a, "Daily Ledger", &article_a),
            written(b, "Evening Post", &article_b),
            detect,
        )
        .expect("13 against 14");
        assert!(
            found
                .explanation
                .starts_with("Kobe Bryant's daughter's age differs"),
            "{}",
            found.explanation
        );
        for (why, a, b) in [
            (
                "two persons named before",
                "Police said Mark Jones shot Paul Smith and his 13-year-old daughter.",
                "Mark Jones shot his 14-year-old daughter, police said.",
            ),
            (
                "a place named before, never shortened",
                "A San Diego man shot his 13-year-old daughter.",
                "In San Diego, police found his 14-year-old daughter.",
            ),
        ] {
            let article = |t: &str| format!("{t}\n\nJones and Smith were taken to hospital.");
            let (article_a, article_b) = (article(a), article(b));
            assert!(
                run(
                    Written::new(a, "Daily Ledger").in_article(&article_a),
                    Written::new(b, "Evening Post").in_article(&article_b),
                    detect
                )
                .is_none(),
                "{why}"
            );
        }
    }

    #[test]
    fn a_surname_alone_is_the_one_person_its_article_names_so() {
        use crate::conflict::testing::{Written, run};
        let (a, b) = (
            "Keir Starmer, 61, will become prime minister.",
            "Starmer, 62, entered Downing Street on Friday afternoon.",
        );
        let found = run(
            Written::new(a, "Daily Ledger"),
            Written::new(b, "Evening Post")
                .in_article("Prime Minister Keir Starmer took office.\n\nStarmer, 62, entered Downing Street on Friday afternoon."),
            detect,
        )
        .expect("61 against 62");
        assert!(
            found.explanation.starts_with("Keir Starmer's age differs"),
            "{}",
            found.explanation
        );
        // An article that never gives the full name leaves the surname no one's.
        assert!(between_outlets(a, b, detect).is_none());
        // Two persons of the surname: the surname alone is the one named last before it in
        // its paragraph, not one a later paragraph names.
        let alone = "Velden, 72, had worked for three decades as a school cook.";
        let found = run(
            Written::new(
                "Among the dead was Marta Velden, a 67-year-old retired school cook.",
                "Daily Ledger",
            ),
            Written::new(alone, "Evening Post").in_article(&format!(
                "Among those who died was Marta Velden, a grandmother of five. {alone}\n\n\"She \
                 knew every child by name,\" said her daughter, Ines Velden."
            )),
            detect,
        )
        .expect("67 against 72");
        assert!(
            found.explanation.starts_with("Marta Velden's age differs"),
            "{}",
            found.explanation
        );
        // A family name written first is its person's too: "Yoon, 63," is the article's
        // Yoon Suk Yeol.
        let yoon = "Yoon, 64, took office in 2022.";
        let found = run(
            Written::new("Yoon, 63, said he would never give up.", "Daily Ledger").in_article(
                "Parliament voted to impeach President Yoon Suk Yeol.\n\nYoon, 63, said he would never give up.",
            ),
            Written::new(yoon, "Evening Post").in_article(&format!(
                "Lawmakers voted to impeach President Yoon Suk Yeol.\n\n{yoon}"
            )),
            detect,
        )
        .expect("63 against 64");
        assert!(
            found.explanation.starts_with("Yoon Suk Yeol's age differs"),
            "{}",
            found.explanation
        );
        // An age told in a clause of the surname is its person's too.
        let clause = "Arcos, who was 43, had been sworn in on September 30.";
        let found = run(
            Written::new(
                "Alejandro Arcos, 42, had been mayor since Oct. 1.",
                "Daily Ledger",
            ),
            Written::new(clause, "Evening Post").in_article(&format!(
                "The mayor of Chilpancingo, Alejandro Arcos, was murdered on Sunday.\n\n{clause}"
            )),
            detect,
        )
        .expect("42 against who was 43");
        let birthday = "Arcos, who turns 43 in April, had been sworn in on September 30.";
        assert!(
            run(
                Written::new("Alejandro Arcos, 42, had been mayor since Oct. 1.", "Daily Ledger"),
                Written::new(birthday, "Evening Post").in_article(&format!(
                    "The mayor of Chilpancingo, Alejandro Arcos, was murdered on Sunday.\n\n{birthday}"
                )),
                detect,
            )
            .is_none(),
            "a birthday to come"
        );
        assert!(
            found
                .explanation
                .starts_with("Alejandro Arcos's age differs"),
            "{}",
            found.explanation
        );
        // A title before the surname is no first name, in the statement or in its article:
        // "Mr Starmer, 62," is the article's Keir Starmer.
        let titled = "Mr Starmer, 62, entered Downing Street on Friday afternoon.";
        let found = run(
            Written::new(a, "Daily Ledger"),
            Written::new(titled, "Evening Post").in_article(
                "Prime Minister Keir Starmer took office.\n\nMr Starmer, 62, entered Downing Street on Friday afternoon.",
            ),
            detect,
        )
        .expect("61 against Mr Starmer's 62");
        assert!(
            found.explanation.starts_with("Keir Starmer's age differs"),
            "{}",
            found.explanation
        );
        // A family shares the surname: two ages given to it alone are two persons'.
        let family = "The suspect, John Zawahri, was shot by police.\n\nZawahri, 25, was the gunman's older brother.\n\nZawahri, 55, was the gunman's father.";
        let found = run(
            Written::new(
                "The suspect, 23-year-old John Zawahri, was killed by police.",
                "Daily Ledger",
            ),
            Written::new(
                "Zawahri, 25, was the gunman's older brother.",
                "Evening Post",
            )
            .in_article(family),
            detect,
        );
        assert!(found.is_none(), "{found:?}");
    }

    #[test]
    fn a_surname_alone_after_its_age_is_the_one_person_so_named() {
        use crate::conflict::testing::{Written, run};
        let renzi = |b: &'static str| {
            run(
                Written::new(
                    "Renzi, 41, will hand his resignation to President Sergio Mattarella on Monday.",
                    "Daily Ledger",
                )
                .in_article("ROME - Italian Prime Minister Matteo Renzi said he would resign.\n\nRenzi, 41, will hand his resignation to President Sergio Mattarella on Monday."),
                Written::new(b, "Evening Post").in_article(
                    "ROME - Italian Premier Matteo Renzi announced his resignation.\n\nThe 42-year-old Renzi said he would meet the president on Monday.",
                ),
                detect,
            )
        };
        let found = renzi("The 42-year-old Renzi said he would meet the president on Monday.")
            .expect("41 against 42");
        assert!(
            found.explanation.starts_with("Matteo Renzi's age differs"),
            "{}",
            found.explanation
        );
        // So is one before an aside of its age ("Renzi, the 42-year-old prime minister,"),
        // but not a car's name ("the Charger, a 14-year-old") nor one of a list.
        let aside = |b: &'static str| {
            run(
                Written::new(
                    "Renzi, 41, will hand his resignation to President Sergio Mattarella on Monday.",
                    "Daily Ledger",
                )
                .in_article("ROME - Italian Prime Minister Matteo Renzi said he would resign.\n\nRenzi, 41, will hand his resignation to President Sergio Mattarella on Monday."),
                Written::new(b, "Evening Post").in_article(&format!(
                    "ROME - Italian Premier Matteo Renzi announced his resignation, riding in a Fiat Charger.\n\n{b}"
                )),
                detect,
            )
        };
        assert!(
            aside("Renzi, the 42-year-old prime minister, said he would meet the president.")
                .is_some_and(|f| f.explanation.starts_with("Matteo Renzi's age differs"))
        );
        assert!(
            aside("Renzi, a 42-year-old former mayor, said he would meet the president.").is_some()
        );
        for not_his in [
            "In the Charger, a 42-year-old passenger had a gun.",
            "Mattarella and Renzi, the 42-year-old aide and his brother, left.",
        ] {
            assert!(aside(not_his).is_none(), "{not_his}");
        }
        // An age "at the time" of something past is of then.
        assert!(
            between_outlets(
                "Robert Lee Adams, age 27 (at the time of the murders), robbed the victims.",
                "The 29-year-old Robert Lee Adams faces life without parole.",
                detect,
            )
            .is_none()
        );
    }

    /// The subject of "was a" before an age is read as its person only when it is a name:
    /// not a place a clause before the copula ends on.
    #[test]
    fn the_subject_of_was_a_is_the_age_of_a_name_only() {
        use crate::conflict::testing::{Written, alone};
        let persons = |text| {
            alone(Written::new(text, "Daily Ledger"), |side| {
                ages(side)
                    .into_iter()
                    .map(|a| (a.name, a.years))
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            persons("Relatives said Emil Darovic was a 17-year-old apprentice."),
            vec![("Emil Darovic".to_string(), 17.0)]
        );
        assert!(
            persons(
                "The woman who was shot to death during a concert at the Tim Faulkner Art Gallery was a 20-year-old student."
            )
            .is_empty()
        );
    }

    /// Pairs not flagged: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("one age", "Jose Luis Orozco, 27, died at the scene.", "The 27-year-old Jose Orozco was shot."),
        ("a person given two ages in one statement is told garbled", "Officials say 26-year-old Jeremy John Contreras, 36, and Garett Contreras, 5, died from gunshot wounds.", "Officials say Jeremy John Contreras, 36, and Garett Contreras, 5, died from gunshot wounds."),
        ("a surname alone", "Green, 49, was arrested.", "Koi Green, 5, was killed."),
        ("two people", "Jose Orozco, 27, died.", "Maria Orozco, 29, survived."),
        ("short surnames one letter apart are two names", "Tom Hale, 40, was arrested.", "Tom Hall, 45, was released."),
        ("surnames two letters apart", "Petr Valusek, 24, was arrested.", "Petr Valuszko, 29, was charged."),
        ("a possessive", "Jose Orozco's sister, 19, was hurt.", "Jose Orozco, 27, died."),
        ("ages of a list, one name each", "Winston K. Blackmore, 52, and James Oler, 44, were arrested.", "Police arrested James Oler, 44, and Winston Blackmore, 52."),
        ("an age after a one-word name is not the next person's", "Carey Shriver, 46, and his wife, Valirea, 44; and Darrell Shriver, 68.", "68-year-old Darrell Dean Shriver died in the violence."),
        ("'age 41' is the name's before it", "the murders of Michael Ballour, age 41, Daniel Craig Sharp, age 26, and two others", "Daniel Sharp, 26, and Michael Ballour, 41, were killed."),
        ("a place after 'from' is no name", "The 20 and 24 year old men from El Dorado were held without bond.", "Police charged a 19-year-old from El Dorado, Jose Orozco."),
        ("a name before a noun of one person describes the person", "A 30-year-old New York man was arrested.", "A 45-year-old New York woman was shot."),
        ("a name after 'and' is another person's", "Police said the victims are Paula Nino, 20, an unidentified three-year-old boy, and Alejandro Martinez, 20.", "Alejandro Martinez, 20, and Paula Nino, 20, died."),
        ("an age glued to a misspelt word", "Twetny-one-year-old Mondale Goens is accused of killing his brother.", "Mondale Goens, 21, was arrested at the scene."),
        ("a list of ages before names", "They are 44-year-old Officer Omar Cannon, 32-year-old Officer Misty McBride and 39-year-old Officer Jesus Retana.", "They are Officer Omar Cannon, 44, Officer Misty McBride, 32, and Officer Jesus Retana, 39."),
    ];

    #[test]
    fn ages_of_other_people_or_one_age_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }

    #[test]
    fn an_age_after_a_phrase_that_names_someone_else_is_not_theirs() {
        use crate::conflict::testing::{Written, alone};
        let persons = |text: &str| alone(Written::new(text, "Daily Ledger"), persons_of);
        for text in [
            "According to Sheriff Bryan Bailey, the 4-year-old opened the gun safe.",
            "According to Pittsburgh Police, the 14-year-old boy accidentally shot himself.",
            "On Saturday, the 26-year-old was handed the keys, replacing David Tennant, who steps down.",
            "On Monday, a 4-year-old boy was shot in the leg.",
        ] {
            assert!(persons(text).is_empty(), "{text}");
        }
        // An aside that closes, or opens a clause of its person, is theirs.
        for text in [
            "John Seymour, the 66-year-old owner of the barbershop, was wounded.",
            "Suspects were named in the death of Zaria Jenkins, the 9-year-old who was shot in May.",
        ] {
            assert_eq!(persons(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn a_person_who_aged_between_two_dated_reports_is_not_flagged() {
        use crate::conflict::testing::{Written, run};
        let day = |y, m, d| crate::model::Date::from_ymd_opt(y, m, d);
        let (a, b) = (
            "Kirshean Nelson, 18, of Detroit, is charged with assault.",
            "Kirshean Nelson, 19, of Detroit, pleaded guilty.",
        );
        let compare = |da, db| {
            run(
                Written::new(a, "Daily Ledger").dated(da),
                Written::new(b, "Evening Post").dated(db),
                detect,
            )
        };
        assert!(compare(day(2015, 8, 4), day(2016, 1, 28)).is_none());
        // One day apart, or the older age first: two ages.
        assert!(compare(day(2015, 8, 4), day(2015, 8, 5)).is_some());
        assert!(compare(day(2016, 1, 28), day(2015, 8, 4)).is_some());
    }

    #[test]
    fn an_age_of_an_earlier_year_the_statement_names_is_not_flagged() {
        use crate::conflict::testing::{Written, run};
        let day = crate::model::Date::from_ymd_opt(2014, 9, 18);
        let compare = |a, b| {
            run(
                Written::new(a, "Daily Ledger").dated(day),
                Written::new(b, "Evening Post").dated(day),
                detect,
            )
        };
        let now = "The sheriff identified the gunman as Don Charles Spirit, 51, of Bell.";
        assert!(
            compare(
                now,
                "According to a story in 2003 by the Sentinel, a 40-year-old Don Spirit pleaded guilty.",
            )
            .is_none()
        );
        // A year told after the age is what the person did then, at the age of now.
        assert!(
            compare(
                "Police arrested Lamont Powell, 25, on Tuesday.",
                "Officials suspect the pair targeted Lamont Powell, 24, a suspect in the 2013 killing.",
            )
            .is_some()
        );
        // More years between the ages than have passed since: two ages.
        assert!(
            compare(
                now,
                "According to a story in 2010 by the Sentinel, a 40-year-old Don Spirit pleaded guilty.",
            )
            .is_some()
        );
    }

    #[test]
    fn the_explanation_names_the_person_and_both_ages() {
        let (_, a, b) = FLAGGED[0];
        let told = between_outlets(a, b, detect).expect("flagged").explanation;
        assert_eq!(
            told,
            "Jose Luis Orozco's age differs: 27 (Daily Ledger) vs 29 (Evening Post)"
        );
    }
}
