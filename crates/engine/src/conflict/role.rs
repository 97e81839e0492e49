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
}

/// The most words between a name and the head of its post.
const MAX_WORDS_TO_HEAD: usize = 10;

/// The most words of a post's scope.
const MAX_SCOPE_WORDS: usize = 12;

/// One post a statement gives a named person.
#[derive(Debug, Clone, PartialEq)]
struct Post {
    /// The person's last name, folded.
    person: String,
    /// The post's head, folded ("manager").
    head: String,
    /// The post as written, from its first title word to the end of its scope.
    written: String,
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

/// The posts a statement gives named persons.
fn posts(side: &Side) -> Vec<Post> {
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
        {
            continue;
        }
        // The name ends here: the next word is not capitalised or a break follows.
        if let Some(next) = ws.get(i + 1)
            && is_capitalized(next)
            && !breaks_between(text, name, next)
        {
            continue;
        }
        if let Some(post) = post_after(text, &ws, i) {
            out.push(post);
        }
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
    // Links, organisations and titles up to the scope's preposition.
    loop {
        let w = ws.get(i)?;
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
            first_title = None;
        } else {
            return None;
        }
        i += 1;
    }
    let head = head?;
    let mut scope_words: Vec<&Word> = Vec::new();
    // The scope starts after its preposition, or at the comma's first capitalised word.
    let mut j = if named_after_comma { i } else { i + 1 };
    while let Some(w) = ws.get(j) {
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
    let last = scope_words.last()?;
    // After a comma, only the name of a unit is a scope ("General Manager, Global Business
    // Units"), not the person's name ("president, Alexander Lukashenko").
    if named_after_comma
        && !scope_words
            .iter()
            .any(|w| UNIT_NOUNS.contains(&w.lower.as_str()))
    {
        return None;
    }
    // The scope's words: not fillers, not the part of an organisation it names (an office
    // is its holder's: "the Attorney General's office" and "Attorney General Greg Abbott"),
    // not the level of government ("the county department" for "the fire department").
    let scope: Vec<String> = scope_words
        .iter()
        .filter(|w| {
            let lower = w.lower.as_str();
            !SCOPE_FILLERS.contains(&lower)
                && !UNIT_NOUNS.contains(&lower)
                && !JURISDICTIONS.contains(&lower)
                && lower.len() > 1
        })
        .map(|w| stem::stem(&w.lower))
        .collect();
    let start = ws[first_title.unwrap_or(head)].start;
    let name = unit_name(text, &scope_words, ws.get(j));
    Some(Post {
        person: ws[at].lower.clone(),
        head: ws[head].lower.clone(),
        written: text[start..last.end].to_string(),
        names_a_place: scope_words
            .iter()
            .any(|w| lexicon::is_place_word(&w.lower) || lexicon::place_name(&w.lower).is_some()),
        names_a_unit: scope_words
            .iter()
            .any(|w| UNIT_NOUNS.contains(&w.lower.as_str())),
        scope,
        name,
    })
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
        .into_iter()
        .map(|p| (p.person, p.head, p.written))
        .collect()
}

/// May the statement give a post: does a head of a post stand among its folded tokens? A
/// look before its words are read.
fn may_give_a_post(side: &Side) -> bool {
    side.features
        .parse
        .tokens
        .iter()
        .any(|t| ROLE_HEADS.contains(&t.folded.as_str()))
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
    for x in &pa {
        for y in pb
            .iter()
            .filter(|y| y.person == x.person && y.head == x.head)
        {
            if x.scope.is_empty() || y.scope.is_empty() {
                continue;
            }
            // One unit named two ways ("data center solutions" and "Data Center Server
            // Solutions"): a name is written as it is, so words one holds and the other
            // lacks are no narrower scope but another name.
            let named_two_ways = x.name.len() >= 2 && y.name.len() >= 2 && x.name != y.name;
            let kept = if (holds_all(&x.scope, &y.scope) || holds_all(&y.scope, &x.scope))
                && !named_two_ways
            {
                Some(Rule::ScopeWithin)
            } else if x.names_a_place || y.names_a_place {
                Some(Rule::CountryScope)
            } else if !(x.names_a_unit || y.names_a_unit) {
                Some(Rule::NoUnitNamed)
            } else {
                None
            };
            let verdict = kept.map_or(Verdict::Flagged(Severity::Soft), Verdict::Kept);
            checks.push(Check {
                value_a: x.written.clone(),
                value_b: y.written.clone(),
                verdict,
            });
            if kept.is_some() {
                continue;
            }
            let person = name_as_written(a.text(), &x.person);
            return Some(Finding::soft_difference(
                ConflictKind::Entity,
                &format!("{person}'s post"),
                (a, &x.written),
                (b, &y.written),
                "",
            ));
        }
    }
    None
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
        ("two offices", "Officer Dana Reyes, a spokeswoman for the Marren County Sheriff's Office, said the road was closed.", "Dana Reyes, spokeswoman for the Oskby Police Department, said two men were held."),
    ];

    #[test]
    fn one_person_given_two_posts_is_flagged() {
        check_each(FLAGGED, detect, true);
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
    ];

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
