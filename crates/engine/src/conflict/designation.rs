//! Designation conflicts (kind `entity`): two outlets give one named thing two numbers of
//! its name ("a Yeti Airlines ATR 72 aircraft" against "a Yeti Airlines ATR 42 plane";
//! "an Airbus A321" against "an Airbus A320"; "Flight 302" against "Flight 320").
//!
//! A designation is a capitalised name word right before a number or a code that starts
//! with letters and holds digits, one space or a hyphen between ("ATR 72", "Boeing 737",
//! "Airbus A321", "Flight MH17"), or such a code alone after the name ("Airbus A321"): the
//! name and the code's first run of digits ("72", "321"). Names of the calendar, of a
//! category ("Category 4" is the storm detector's), and a sentence's first word are no
//! designation's. Two designations of one name in linked statements, one in each and the
//! name given no other number in either, disagree when their numbers differ: a more precise
//! one ("Boeing 737-800" against "Boeing 737") agrees. One thing cannot bear both: hard.

use crate::model::{ConflictKind, Severity};
use crate::text::word_lists;

use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Capitalised words before a number that name no thing of their own ("Category 4",
    /// "Section 8", "Page 2"). A section of `assets/lexicon/conflict-cues.txt`.
    NO_DESIGNATION = CONFLICT_CUES["no-designation"];
}

/// One designation a statement gives: the name folded, its number, and both as written.
#[derive(Debug, Clone, PartialEq)]
struct Designation {
    name: String,
    number: String,
    written: String,
}

/// The first run of digits of a code ("321" of "A321", "737" of "737-800").
fn first_digits(code: &str) -> &str {
    let start = code
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(code.len());
    let rest = &code[start..];
    let end = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    &rest[..end]
}

/// Is the word a code of a designation: digits alone ("72"), or up to three capitals then
/// digits alone ("A321", "MH17")? Not an ordinal ("70th", a street's).
fn is_code(word: &str) -> bool {
    let lead_letters = word.chars().take_while(char::is_ascii_uppercase).count();
    let digits = &word[lead_letters..];
    lead_letters <= 3 && !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
}

/// The designations of a statement (see the module documentation).
fn designations(side: &Side) -> Vec<Designation> {
    let text = side.text();
    let tokens = &side.features.parse.tokens;
    let mut out = Vec::new();
    for (i, pair) in tokens.windows(2).enumerate() {
        let (name, code) = (&pair[0], &pair[1]);
        let (name_text, code_text) = (name.surface(text), code.surface(text));
        let gap = &text[name.end..code.start];
        let capitalised = name_text.chars().next().is_some_and(char::is_uppercase)
            && name_text.chars().count() >= 2
            && name_text.chars().all(char::is_alphanumeric)
            && name_text.chars().any(char::is_alphabetic);
        // The code ends the compound ("a 14-year-old" is an age) and counts no part of a
        // whole ("Image 3 of 9").
        let after = &text[code.end..];
        let compound = after.starts_with('-') || after.starts_with(char::is_alphanumeric);
        let part_of = tokens.get(i + 2).is_some_and(|t| t.folded == "of");
        if i == 0
            || !capitalised
            || crate::text::lexicon::is_stop_word(&name.folded)
            || !(gap == " " || gap == "-")
            || !is_code(code_text)
            || compound
            || part_of
            || NO_DESIGNATION.contains(&name.folded.as_str())
            || crate::text::numbers::is_month_name(&name.folded)
            || crate::text::numbers::is_month_abbreviation(name_text)
            || crate::text::numbers::weekday_of(&name.folded).is_some()
        {
            continue;
        }
        out.push(Designation {
            name: name.folded.clone(),
            number: first_digits(code_text).to_string(),
            written: format!("{name_text}{gap}{code_text}"),
        });
    }
    out
}

/// The one designation a statement gives of `name`, if it gives one number of it.
fn only_one<'d>(all: &'d [Designation], name: &str) -> Option<&'d Designation> {
    let mut of_name = all.iter().filter(|d| d.name == name);
    let first = of_name.next()?;
    of_name.all(|d| d.number == first.number).then_some(first)
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let (da, db) = (designations(a), designations(b));
    let (x, y) = da.iter().find_map(|x| {
        let x = only_one(&da, &x.name)?;
        let y = only_one(&db, &x.name)?;
        (x.number != y.number).then_some((x, y))
    })?;
    Some(Finding {
        kind: ConflictKind::Entity,
        severity: Severity::Hard,
        explanation: format!(
            "the designation differs: {} ({}) vs {} ({}); one thing cannot bear both",
            x.written,
            a.attribution_label(),
            y.written,
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
    use crate::conflict::testing::check_each;

    /// Pairs giving one named thing two designations: (why, a, b).
    #[rustfmt::skip]
    const FLAGGED: &[(&str, &str, &str)] = &[
        ("a model's number", "A Yeti Airlines ATR 72 aircraft carrying 72 people crashed near Pokhara.", "A Yeti Airlines ATR 42 plane with 72 people on board crashed in Pokhara."),
        ("a code glued to its letters", "The Airbus A321 was carrying 64 passengers.", "The plane, an Airbus A320, was carrying 65 passengers."),
        ("a flight's number", "Ethiopian Airlines Flight 302 crashed minutes after take-off.", "Ethiopian Airlines Flight 320 crashed minutes after take-off."),
    ];

    #[test]
    fn one_thing_given_two_designations_is_flagged() {
        check_each(FLAGGED, detect, true);
    }

    /// Pairs that are no disagreement: (why, a, b).
    #[rustfmt::skip]
    const NOT_FLAGGED: &[(&str, &str, &str)] = &[
        ("the same designation", "The Boeing 737 crashed.", "A Boeing 737 went down."),
        ("a more precise one", "The Boeing 737-800 crashed.", "A Boeing 737 went down."),
        ("a statement giving the name two numbers", "The airline flies the ATR 72 and the ATR 42.", "The ATR 42 crashed."),
        ("a storm's category", "It hit as a Category 4 storm.", "It hit as a Category 3 storm."),
        ("a date", "The plane crashed on January 15.", "The plane crashed on January 16."),
        ("a sentence's first word", "Five people died in the crash.", "Four people died in the crash."),
        ("two names", "The ATR 72 crashed.", "The Boeing 737 crashed."),
        ("ages after an article", "It began between A 38-YEAR-OLD MAN and THE 27-YEAR-OLD VICTIM.", "POLICE SAY THE 38-YEAR-OLD SUSPECT FLED."),
        ("streets numbered", "It happened on Northwest 70th Street.", "Units went to Northwest 15th Avenue."),
        ("a picture of a gallery", "Photo: Image 3 of 9 shows the scene.", "Photo: Image 2 of 44 shows the scene."),
        ("stations", "The chief told News Channel 11 the injuries are minor.", "The chief told Channel 4 the injuries are minor."),
    ];

    #[test]
    fn designations_that_may_both_be_true_are_not_flagged() {
        check_each(NOT_FLAGGED, detect, false);
    }
}
