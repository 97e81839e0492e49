//! Scoring one pair of statements: shared key weight as cosine and as containment, gated so
//! that a pair needs more than one common name to count, with reasons a person can read.

use super::features::{Features, Key, KeyKind};

/// Pairs sharing fewer content keys (words, concepts, figures) than this score zero.
const MIN_SHARED_CONTENT: usize = 2;

/// Concepts that name what happened (the predicate of a fact). Two statements that each
/// name events, but no event in common, tell different facts about the same people or
/// places ("the mayor's office was stormed" vs "the mayor's office was set on fire").
const EVENT_CONCEPTS: &[&str] = &[
    "KILL",
    "INJURE",
    "DETAIN",
    "STORM",
    "SEND",
    "FIRE",
    "RESIGN",
    "DECLARE",
    "REVERSE",
    "INCREASE",
    "SHOOT",
    "EXPLOSION",
    "TOPPLE",
    "REQUEST",
    "OUTAGE",
];

/// Score factor for statements whose events differ.
const DIFFERENT_EVENTS_FACTOR: f32 = 0.5;

fn events(f: &Features) -> impl Iterator<Item = &str> {
    f.keys
        .iter()
        .filter(|k| k.kind == KeyKind::Concept && EVENT_CONCEPTS.contains(&k.key.as_str()))
        .map(|k| k.key.as_str())
}

/// The score of a pair and why.
#[derive(Debug, Clone, PartialEq)]
pub struct PairScore {
    pub score: f32,
    pub reasons: Vec<String>,
}

/// Keys both statements have, found by walking their sorted key lists together.
fn shared<'f>(a: &'f Features, b: &'f Features) -> Vec<(&'f Key, &'f Key)> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < a.keys.len() && j < b.keys.len() {
        match a.keys[i].key.cmp(&b.keys[j].key) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push((&a.keys[i], &b.keys[j]));
                i += 1;
                j += 1;
            }
        }
    }
    out
}

/// The similarity of two statements in `0..=1`, without reasons (the hot path).
pub fn similarity(a: &Features, b: &Features) -> f32 {
    if a.weight_sum <= 0.0 || b.weight_sum <= 0.0 {
        return 0.0;
    }
    let shared = shared(a, b);
    // Evidence beyond names: who and where alone do not make one fact.
    let content = shared
        .iter()
        .filter(|(k, _)| k.kind != KeyKind::Name)
        .count();
    if content < MIN_SHARED_CONTENT {
        return 0.0;
    }
    // Shared weight over the geometric mean of both statements' weight: a short statement
    // inside a long one scores lower than a true paraphrase, but not zero.
    let shared_w: f32 = shared.iter().map(|(k, _)| k.weight).sum();
    let mut score = shared_w / (a.weight_sum * b.weight_sum).sqrt();
    let (mut ea, mut eb) = (events(a).peekable(), events(b).peekable());
    if ea.peek().is_some() && eb.peek().is_some() && !ea.any(|e| events(b).any(|x| x == e)) {
        score *= DIFFERENT_EVENTS_FACTOR;
    }
    score.clamp(0.0, 1.0)
}

/// Score two statements' features in `0..=1`, with the reasons a person reads.
pub fn score_pair(a: &Features, b: &Features) -> PairScore {
    PairScore {
        score: similarity(a, b),
        reasons: reasons(&shared(a, b)),
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
