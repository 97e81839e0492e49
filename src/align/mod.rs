//! Alignment: which statements from different sources report the same fact.
//!
//! Candidates come from an inverted index over weighted keys ([`features`]); each candidate
//! pair is scored ([`score`]) by a blend of cosine and containment of shared key weight, so
//! that a short statement inside a long, many-fact sentence still links. Links keep readable
//! reasons. Each statement keeps only its best few partners per other source.

pub mod features;
pub mod score;

use std::collections::HashMap;

use crate::analysis::Config;
use crate::model::{Analysis, Link, Relation, StatementIdx};

pub use features::Features;

/// Candidate links between statements of different sources, scored, with reasons.
/// Conflicts are typed afterwards by [`crate::conflict`].
pub fn link_statements(analysis: &Analysis, features: &[Features], config: &Config) -> Vec<Link> {
    let index = features::inverted_index(features);
    let n = features.len().max(1);
    // Pairs of statements from different sources that share at least one informative key.
    let mut candidates: HashMap<(usize, usize), ()> = HashMap::new();
    for postings in index.values() {
        if postings.len() > (n / 4).max(8) {
            continue; // too common to propose pairs on its own
        }
        for (i, &a) in postings.iter().enumerate() {
            for &b in &postings[i + 1..] {
                if analysis.statement(a).source != analysis.statement(b).source {
                    candidates.insert((a.0.min(b.0), a.0.max(b.0)), ());
                }
            }
        }
    }

    let mut scored: Vec<(usize, usize, score::PairScore)> = candidates
        .into_keys()
        .filter_map(|(a, b)| {
            let s = score::score_pair(&features[a], &features[b]);
            (s.score >= config.link_threshold).then_some((a, b, s))
        })
        .collect();
    scored.sort_by_key(|x| (x.0, x.1));

    // Keep, for each statement and each other source, only partners near its best.
    let mut best: HashMap<(usize, usize), f32> = HashMap::new();
    for (a, b, s) in &scored {
        let (sa, sb) = (
            analysis.statements[*a].source.0,
            analysis.statements[*b].source.0,
        );
        for key in [(*a, sb), (*b, sa)] {
            let e = best.entry(key).or_insert(0.0);
            *e = e.max(s.score);
        }
    }
    scored
        .into_iter()
        .filter(|(a, b, s)| {
            let (sa, sb) = (
                analysis.statements[*a].source.0,
                analysis.statements[*b].source.0,
            );
            s.score >= config.keep_ratio * best[&(*a, sb)]
                || s.score >= config.keep_ratio * best[&(*b, sa)]
        })
        .map(|(a, b, s)| Link {
            a: StatementIdx(a),
            b: StatementIdx(b),
            relation: Relation::Match,
            score: s.score,
            reasons: s.reasons,
            conflict: None,
        })
        .collect()
}
