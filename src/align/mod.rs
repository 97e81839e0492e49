//! Alignment: which statements from different sources report the same fact.
//!
//! Candidates come from an inverted index over weighted keys ([`features`]); each candidate
//! pair is scored ([`score`]) by a blend of cosine and containment of shared key weight, so
//! that a short statement inside a long, many-fact sentence still links. Links keep readable
//! reasons. Each statement keeps only its best few partners per other source.

pub mod features;
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

/// Pairs of statements from different sources sharing an informative key, scoring at
/// least `min_score`, in a stable order.
pub fn candidates(analysis: &Analysis, features: &[Features], min_score: f32) -> Vec<Candidate> {
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
    let mut scored: Vec<Candidate> = pairs
        .into_iter()
        .filter(|&(a, b)| score::similarity(&features[a], &features[b]) >= min_score)
        .map(|(a, b)| Candidate {
            a: StatementIdx(a),
            b: StatementIdx(b),
            score: score::score_pair(&features[a], &features[b]),
        })
        .collect();
    scored.sort_by_key(|c| (c.a, c.b));
    scored
}

/// Keep, for each statement and each other source, only the partners scoring near its
/// best there; links marked `keep` (pairs promoted by a conflict) always stay.
pub fn select(analysis: &Analysis, scored: Vec<(Candidate, bool)>, config: &Config) -> Vec<Link> {
    let source = |s: StatementIdx| analysis.statement(s).source.0;
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
        })
        .collect()
}
