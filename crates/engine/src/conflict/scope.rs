//! Scope conflicts (kind `entity`): the same measure reported for the whole country by one
//! outlet and for one city, region or "much of" the country by another.

use crate::model::{ConflictKind, Severity};
use crate::text::word_lists;

use super::{Finding, Side, Subject};

word_lists::sections! {
    /// Phrases that speak of the whole country ("nationwide", "across the country"); this
    /// module's lists are sections of `assets/lexicon/conflict-cues.txt`, by name.
    WHOLE = CONFLICT_CUES["whole-country"];
    /// Phrases that speak of a part of the country ("much of", "in the capital").
    PART = CONFLICT_CUES["part-of-country"];
    /// Measures whose reach is often reported: emergencies, shutdowns, curfews, protests.
    SCOPED = CONFLICT_CUES["scoped"];
}

fn find(text: &str, list: &[&'static str]) -> Option<&'static str> {
    let lower = text.to_lowercase();
    list.iter()
        .copied()
        .find(|p| lower.contains(p))
        .filter(|_| !text.is_empty())
}

/// Does the text speak of the whole country ("nationwide", "across the country")?
pub fn is_whole_country(text: &str) -> bool {
    find(text, &WHOLE).is_some()
}

pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    let shared = SCOPED.iter().any(|c| {
        a.features.has_concept(c) && b.features.has_concept(c)
            || a.features.key(c).is_some() && b.features.key(c).is_some()
    });
    if !shared {
        return None;
    }
    let (wa, pa, wb, pb) = (
        find(a.text(), &WHOLE),
        find(a.text(), &PART),
        find(b.text(), &WHOLE),
        find(b.text(), &PART),
    );
    let (whole_side, whole, part_side, part) = match (wa, pa, wb, pb) {
        (Some(w), None, None, Some(p)) => (a, w, b, p),
        (None, Some(p), Some(w), None) => (b, w, a, p),
        _ => return None,
    };
    Some(Finding {
        kind: ConflictKind::Entity,
        severity: Severity::Soft,
        explanation: format!(
            "scope differs: {} says “{}”, {} says “{}”",
            whole_side.outlet, whole, part_side.outlet, part
        ),
        value_a: Some(
            if std::ptr::eq(whole_side, a) {
                whole
            } else {
                part
            }
            .to_string(),
        ),
        value_b: Some(
            if std::ptr::eq(whole_side, a) {
                part
            } else {
                whole
            }
            .to_string(),
        ),
        subject: Subject::OfItsKind,
    })
}
