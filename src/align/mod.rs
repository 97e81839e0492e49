//! Alignment: which statements from different sources report the same fact.
//!
//! Candidates come from an inverted index over weighted keys ([`features`]); each candidate
//! pair is scored ([`score`]) by a blend of cosine and containment of shared key weight, so
//! that a short statement inside a long, many-fact sentence still links. Links keep readable
//! reasons. Each statement keeps only its best few partners per other source.

pub mod features;
pub mod learned;
pub mod score;

use std::collections::{HashMap, HashSet};

use crate::analysis::Config;
use crate::model::{Analysis, Link, Relation, StatementIdx};

pub use features::Features;

/// A scored pair of statements from different sources (`a < b`).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub a: StatementIdx,
    pub b: StatementIdx,
    pub score: score::PairScore,
}

/// Pairs of statements from different sources sharing an informative key whose raw shared
/// key similarity reaches `min_similarity`, in a stable order, each scored by the hand-set
/// shared-key score ([`score::score_pair`]).
pub fn candidates(
    analysis: &Analysis,
    features: &[Features],
    min_similarity: f32,
) -> Vec<Candidate> {
    candidate_pairs(analysis, features, min_similarity)
        .into_iter()
        .map(|(a, b)| Candidate {
            a,
            b,
            score: score::score_pair(&features[a.0], &features[b.0]),
        })
        .collect()
}

/// Pairs `(low, high)` of statements from different sources that share a key held by few
/// statements and reach `min_similarity`, sorted.
fn candidate_pairs(
    analysis: &Analysis,
    features: &[Features],
    min_similarity: f32,
) -> Vec<(StatementIdx, StatementIdx)> {
    let index = features::inverted_index(features);
    let n = features.len().max(1);
    let mut pairs: HashSet<(usize, usize)> = HashSet::new();
    for postings in index.values() {
        if postings.len() > (n / 4).max(8) {
            continue; // too common to propose pairs on its own
        }
        for (i, &a) in postings.iter().enumerate() {
            for &b in &postings[i + 1..] {
                if analysis.statement(a).source != analysis.statement(b).source {
                    pairs.insert((a.0.min(b.0), a.0.max(b.0)));
                }
            }
        }
    }
    let mut pairs: Vec<(StatementIdx, StatementIdx)> = pairs
        .into_iter()
        .filter(|&(a, b)| score::similarity(&features[a], &features[b]) >= min_similarity)
        .map(|(a, b)| (StatementIdx(a), StatementIdx(b)))
        .collect();
    pairs.sort_unstable();
    pairs
}

/// Keep the links a reader would draw: a pair stays when both of its statements accept it,
/// each as its best partner in the other's source or as a partner that explains a part of
/// it the better ones do not (see [`Config::min_new_evidence`]: an outlet that restates a fact in two
/// sentences gives two partners sharing the same keys; a long sentence telling two facts gives
/// two partners sharing different keys), and when it scores near the best
/// of at least one side. Links marked `keep` (pairs promoted by a conflict) always stay.
pub fn select(
    analysis: &Analysis,
    features: &[Features],
    scored: Vec<(Candidate, bool)>,
    config: &Config,
) -> Vec<Link> {
    let source = |s: StatementIdx| analysis.statement(s).source.0;
    let accepted = accepted_by_both_sides(analysis, features, &scored, config.min_new_evidence);
    let scored: Vec<(Candidate, bool)> = scored
        .into_iter()
        .zip(accepted)
        .filter(|((_, keep), accepted)| *keep || *accepted)
        .map(|(c, _)| c)
        .collect();
    let mut best: HashMap<(StatementIdx, usize), f32> = HashMap::new();
    for (c, _) in &scored {
        for key in [(c.a, source(c.b)), (c.b, source(c.a))] {
            let e = best.entry(key).or_insert(0.0);
            *e = e.max(c.score.score);
        }
    }
    scored
        .into_iter()
        .filter(|(c, keep)| {
            *keep
                || c.score.score >= config.keep_ratio * best[&(c.a, source(c.b))]
                || c.score.score >= config.keep_ratio * best[&(c.b, source(c.a))]
        })
        .map(|(c, _)| Link {
            a: c.a,
            b: c.b,
            relation: Relation::Match,
            score: c.score.score,
            reasons: c.score.reasons,
            conflict: None,
            checks: Vec::new(),
        })
        .collect()
}

/// For each candidate, whether both of its statements accept it (see [`select`]).
fn accepted_by_both_sides(
    analysis: &Analysis,
    features: &[Features],
    scored: &[(Candidate, bool)],
    min_new_evidence: f32,
) -> Vec<bool> {
    let source = |s: StatementIdx| analysis.statement(s).source.0;
    let mut partners: HashMap<(StatementIdx, usize), Vec<usize>> = HashMap::new();
    for (i, (c, _)) in scored.iter().enumerate() {
        partners.entry((c.a, source(c.b))).or_default().push(i);
        partners.entry((c.b, source(c.a))).or_default().push(i);
    }
    let mut accepted = vec![true; scored.len()];
    for ((statement, _), mut ids) in partners {
        ids.sort_by(|&x, &y| scored[y].0.score.score.total_cmp(&scored[x].0.score.score));
        let mut explained: HashSet<&str> = HashSet::new();
        for i in ids {
            let c = &scored[i].0;
            let other = if c.a == statement { c.b } else { c.a };
            let shared = score::shared_keys(&features[statement.0], &features[other.0]);
            let total: f32 = shared.iter().map(|k| k.weight).sum();
            let new: f32 = shared
                .iter()
                .filter(|k| !explained.contains(k.key.as_str()))
                .map(|k| k.weight)
                .sum();
            if explained.is_empty() || (total > 0.0 && new >= min_new_evidence * total) {
                explained.extend(shared.iter().map(|k| k.key.as_str()));
            } else {
                accepted[i] = false;
            }
        }
    }
    accepted
}
