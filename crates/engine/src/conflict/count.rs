//! Count conflicts: a number of members, countries or people given by one outlet against an
//! enumerated list in another ("five other ex-Soviet states" vs "Russia, Belarus, Armenia,
//! Kazakhstan, Kyrgyzstan and Tajikistan"). "Other" means the subject is not counted, so five
//! others and a list of six agree.

use crate::model::{ConflictKind, Severity};
use crate::text::quantity::{Quantity, QuantityKind};
use crate::text::word_lists;

use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Nouns whose count can be checked against a list of names. Not "members": members of a
    /// family or a gang are people, and a list of people's names in another sentence is most
    /// often a different group (the accused, not the victims). Section `countable` of
    /// `assets/lexicon/conflict-cues.txt`.
    COUNTABLE = CONFLICT_CUES["countable"];
}

word_lists::sections! {
    /// Words that open a list of examples or of members, which need not be complete (section
    /// `example-openers` of `assets/lexicon/conflict-cues.txt`).
    EXAMPLE_OPENERS = CONFLICT_CUES["example-openers"];
}

/// Do the folded words, in order, open with an opener of examples ("including", "such
/// as")?
pub(crate) fn opens_examples(words: &[&str]) -> bool {
    EXAMPLE_OPENERS.iter().any(|w| match w.split_once(' ') {
        Some((x, y)) => words.first() == Some(&x) && words.get(1) == Some(&y),
        None => words.first() == Some(w),
    })
}

/// Does the statement's list of names follow an opener of examples ("including", "such
/// as")? Such a list is not an enumeration to count.
fn lists_examples(side: &Side) -> bool {
    let text = side.text();
    let Some(first) = side
        .features
        .parse
        .listed_names
        .as_ref()
        .and_then(|names| names.first())
    else {
        return false;
    };
    let Some(at) = [format!("{first},"), format!("{first} and")]
        .iter()
        .filter_map(|item| text.find(item.as_str()))
        .min()
    else {
        return false;
    };
    let from = (0..=at.saturating_sub(40))
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    // The opener is among the last few words before the first name: the statement's folded
    // words there, cut into runs of letters and digits as this rule always split them.
    let lead = side.features.parse.words_between(text, from, at);
    let last: Vec<&str> = lead
        .iter()
        .rev()
        .flat_map(|(_, w)| {
            w.split(|c: char| !c.is_alphanumeric())
                .rev()
                .filter(|w| !w.is_empty())
        })
        .take(4)
        .collect();
    EXAMPLE_OPENERS.iter().any(|w| match w.split_once(' ') {
        Some((x, y)) => last.windows(2).any(|p| p[1] == x && p[0] == y),
        None => last.contains(w),
    })
}

fn counted(side: &Side) -> Option<(Quantity, bool)> {
    side.features.parse.quantities.iter().find_map(|q| {
        let unit = q.unit.to_lowercase();
        let noun = unit.split_whitespace().last()?;
        (q.kind == QuantityKind::Count && COUNTABLE.contains(&noun)).then(|| {
            let other = unit.split_whitespace().any(|w| w == "other")
                || side.text()[q.end..].trim_start().starts_with("other");
            (q.clone(), other)
        })
    })
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let check = |counter: &Side, lister: &Side| -> Option<Finding> {
        let (q, other) = counted(counter)?;
        // "several countries" is said of any handful.
        if q.bound == crate::text::quantity::Bound::Vague {
            return None;
        }
        // "the group that included Duncan, Lindsay and Greer": a list of examples or of
        // members, not a list of the things counted.
        if lists_examples(lister) {
            return None;
        }
        let names = lister.features.parse.listed_names.as_ref()?;
        // The list's own sentence gives its count ("connects 12 countries: ..."): that
        // count, not the names read, is what it says.
        if counted(lister).is_some_and(|(own, _)| own.value == q.value) {
            return None;
        }
        let n = q.value.round() as usize;
        // "five other states": the subject is the sixth, and may be in the list.
        let fits = names.len() == n || (other && names.len() == n + 1);
        // A loose bound ("at least three countries") is not contradicted by a longer list.
        let allowed = q.low <= names.len() as f64 && names.len() as f64 <= q.high;
        if fits || (q.high.is_infinite() && allowed) {
            return None;
        }
        Some(Finding {
            kind: ConflictKind::Count,
            severity: Severity::Soft,
            explanation: format!(
                "count differs: {} says “{}”{}, {} lists {}: {}",
                counter.outlet,
                q.text,
                if other { " (plus the subject)" } else { "" },
                lister.outlet,
                names.len(),
                names.join(", ")
            ),
            value_a: Some(q.text.clone()),
            value_b: Some(names.len().to_string()),
            subject: Subject::OfItsKind,
        })
    };
    check(a, b).or_else(|| {
        check(b, a).map(|mut f| {
            std::mem::swap(&mut f.value_a, &mut f.value_b);
            f
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conflict::testing::{Written, run};

    fn compare(a: &str, b: &str) -> Option<Finding> {
        run(Written::new(a, "Ledger"), Written::new(b, "Ledger"), detect)
    }

    #[test]
    fn a_list_with_its_own_count_and_vague_counts_are_not_checked() {
        // The list reader stops at a many-word name, but the sentence says its count.
        assert!(
            compare(
                "The pipeline crosses 5 countries on its way west.",
                "It crosses 5 countries: Austria, Czech Republic, Hungary, Slovakia and Poland.",
            )
            .is_none()
        );
        assert!(
            compare(
                "Flights to several countries were cancelled.",
                "Flights to Austria, Hungary, Slovakia and Poland were cancelled.",
            )
            .is_none()
        );
        assert!(
            compare(
                "The pipeline crosses 5 countries on its way west.",
                "It crosses Austria, Hungary and Poland.",
            )
            .is_some()
        );
    }

    #[test]
    fn a_list_of_examples_is_not_counted() {
        assert!(
            compare(
                "A quarrel broke out between two groups at the bar.",
                "One of them was the group that included Adams, Baker and Clarke.",
            )
            .is_none()
        );
        assert!(
            compare(
                "Three parties signed the pact.",
                "Parties such as Labour, Greens, Liberals and Reform signed it.",
            )
            .is_none()
        );
    }
}
