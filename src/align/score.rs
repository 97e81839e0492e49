//! Scoring one pair of statements: shared key weight as cosine and as containment, gated so
//! that a pair needs more than one common name to count, with reasons a person can read.

use super::features::{Features, Key, KeyKind};

/// Pairs sharing fewer content keys (words, concepts, figures) than this score zero.
const MIN_SHARED_CONTENT: usize = 2;

/// The score of a pair and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PairScore {
    pub score: f32,
    pub reasons: Vec<String>,
}

/// Score two statements' features in `0..=1`.
pub fn score_pair(a: &Features, b: &Features) -> PairScore {
    let shared: Vec<(&Key, &Key)> = a
        .keys
        .iter()
        .filter_map(|ka| b.key(&ka.key).map(|kb| (ka, kb)))
        .collect();
    if shared.is_empty() || a.weight_sum <= 0.0 || b.weight_sum <= 0.0 {
        return PairScore {
            score: 0.0,
            reasons: vec![],
        };
    }
    let shared_w: f32 = shared.iter().map(|(k, _)| k.weight).sum();
    // Shared weight over the geometric mean of both statements' weight: a short statement
    // inside a long one scores lower than a true paraphrase, but not zero.
    let mut score = shared_w / (a.weight_sum * b.weight_sum).sqrt();
    // Evidence beyond names: who and where alone do not make one fact.
    let content = shared
        .iter()
        .filter(|(k, _)| k.kind != KeyKind::Name)
        .count();
    if content < MIN_SHARED_CONTENT {
        score = 0.0;
    }
    PairScore {
        score: score.clamp(0.0, 1.0),
        reasons: reasons(&shared),
    }
}

fn reasons(shared: &[(&Key, &Key)]) -> Vec<String> {
    let by_kind = |kind: KeyKind, label: &str| -> Option<String> {
        let mut items: Vec<(f32, String)> = shared
            .iter()
            .filter(|(k, _)| k.kind == kind)
            .map(|(ka, kb)| {
                let text = if ka.surface.eq_ignore_ascii_case(&kb.surface) {
                    ka.surface.clone()
                } else {
                    format!("{} ~ {}", ka.surface, kb.surface)
                };
                (ka.weight, text)
            })
            .collect();
        if items.is_empty() {
            return None;
        }
        items.sort_by(|x, y| y.0.total_cmp(&x.0));
        let list: Vec<String> = items.into_iter().take(6).map(|(_, t)| t).collect();
        Some(format!("{label}: {}", list.join(", ")))
    };
    [
        by_kind(KeyKind::Number, "same figures"),
        by_kind(KeyKind::Name, "shared names"),
        by_kind(KeyKind::Concept, "same meaning"),
        by_kind(KeyKind::Word, "shared terms"),
    ]
    .into_iter()
    .flatten()
    .collect()
}
