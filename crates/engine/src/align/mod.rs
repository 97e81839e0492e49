//! Alignment: which statements from different sources report the same fact.
//!
//! Candidates come from an inverted index over weighted keys ([`features`]); each candidate
//! pair is scored ([`score`]) by a blend of cosine and containment of shared key weight, so
//! that a short statement inside a long, many-fact sentence still links. Links keep readable
//! reasons. Each statement keeps only its best few partners per other source.
//!
//! Keys are compared by interned ids ([`features::Key::id`]); a key held by very many
//! statements proposes no pairs ([`proposing_postings_limit`]), and candidates are scored
//! as they are found, over the available cores, so that a set of hundreds of articles
//! costs close to linear time and memory in its statements.

pub mod features;
pub mod learned;
pub mod score;

use std::collections::{HashMap, HashSet};

use crate::model::{Analysis, Link, Relation, StatementIdx};

pub use features::Features;

/// A scored pair of statements from different sources (`a < b`).
#[derive(Debug, Clone)]
pub struct Candidate {
    pub a: StatementIdx,
    pub b: StatementIdx,
    pub score: score::PairScore,
}

/// A key held by more statements than this never proposes pairs on its own, however large
/// the set: in a set of hundreds of articles such a key ("police", "said", a year) is
/// shared by facts of every event, and its postings alone would propose millions of pairs.
/// Pairs that share it still meet through a rarer key, and it still counts in their score.
/// (Below 4 x this many statements, the relative cut-off of [`proposing_postings_limit`]
/// is the lower one: every set of the eval suite is there.)
pub const MAX_PROPOSING_POSTINGS: usize = 160;

/// The most statements a key may be held by and still propose pairs, in a set of
/// `statements` statements: a quarter of them (at least 8), and never more than
/// [`MAX_PROPOSING_POSTINGS`].
pub fn proposing_postings_limit(statements: usize) -> usize {
    (statements.max(1) / 4)
        .max(8)
        .min(MAX_PROPOSING_POSTINGS.max(8))
}

/// Statements handed to one worker at a time by [`candidates`].
const STATEMENTS_PER_TASK: usize = 64;

/// Pairs of statements from different sources sharing an informative key whose raw shared
/// key similarity reaches `min_similarity`, in a stable order (by first, then second
/// statement), each scored by the hand-set shared-key score ([`score::score_pair`]).
///
/// Pairs are streamed: each statement in turn gathers its later partners from the postings
/// of its informative keys, and only the pairs that reach `min_similarity` are kept, so
/// memory follows the kept pairs, not every pair proposed. Statements are shared out in
/// blocks among the available cores; the result does not depend on how many there are.
pub fn candidates(
    analysis: &Analysis,
    features: &[Features],
    min_similarity: f32,
) -> Vec<Candidate> {
    let index = features::inverted_index(features);
    let limit = proposing_postings_limit(features.len());
    let sources: Vec<usize> = (0..features.len())
        .map(|i| analysis.statement(StatementIdx(i)).source.0)
        .collect();
    let blocks = features.len().div_ceil(STATEMENTS_PER_TASK);
    // Scratch per worker: which statement last proposed each partner, and its partners.
    let scratch = || (vec![usize::MAX; features.len()], Vec::<usize>::new());
    let found_in_block = |(seen_by, partners): &mut (Vec<usize>, Vec<usize>), block: usize| {
        let first = block * STATEMENTS_PER_TASK;
        let last = (first + STATEMENTS_PER_TASK).min(features.len());
        let mut found = Vec::new();
        for a in first..last {
            partners.clear();
            for key in &features[a].keys {
                let postings = &index[key.id as usize];
                if postings.len() > limit {
                    continue; // too common to propose pairs on its own
                }
                for &StatementIdx(b) in postings.iter().rev() {
                    if b <= a {
                        break; // postings are in statement order
                    }
                    if sources[b] != sources[a] && seen_by[b] != a {
                        seen_by[b] = a;
                        partners.push(b);
                    }
                }
            }
            partners.sort_unstable();
            for &b in partners.iter() {
                let (fa, fb) = (&features[a], &features[b]);
                if score::similarity(fa, fb) >= min_similarity {
                    found.push(Candidate {
                        a: StatementIdx(a),
                        b: StatementIdx(b),
                        score: score::score_pair(fa, fb),
                    });
                }
            }
        }
        found
    };
    crate::parallel::blocks_on_cores(blocks, scratch, found_in_block)
        .into_iter()
        .flatten()
        .collect()
}

/// How [`select`] keeps partners (the engine's settings carry them: see the analysis'
/// `Config`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Selection {
    /// A statement keeps partners in another source scoring at least this share of its best.
    pub keep_ratio: f32,
    /// A statement's second, third, ... partner in one other source must bring at least this
    /// share of its shared key weight as evidence the better partners there do not already
    /// give.
    pub min_new_evidence: f32,
}

/// Keep the links a reader would draw: a pair stays when both of its statements accept it,
/// each as its best partner in the other's source or as a partner that explains a part of
/// it the better ones do not (see [`Selection::min_new_evidence`]: an outlet that restates a fact in two
/// sentences gives two partners sharing the same keys; a long sentence telling two facts gives
/// two partners sharing different keys), and when it scores near the best
/// of at least one side. Links marked `keep` (pairs promoted by a conflict) always stay.
pub fn select(
    analysis: &Analysis,
    features: &[Features],
    scored: Vec<(Candidate, bool)>,
    selection: Selection,
) -> Vec<Link> {
    let source = |s: StatementIdx| analysis.statement(s).source.0;
    let accepted = accepted_by_both_sides(analysis, features, &scored, selection.min_new_evidence);
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
                || c.score.score >= selection.keep_ratio * best[&(c.a, source(c.b))]
                || c.score.score >= selection.keep_ratio * best[&(c.b, source(c.a))]
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
        let mut explained: HashSet<features::KeyId> = HashSet::new();
        for i in ids {
            let c = &scored[i].0;
            let other = if c.a == statement { c.b } else { c.a };
            let shared = score::shared_keys(&features[statement.0], &features[other.0]);
            let total: f32 = shared.iter().map(|k| k.weight).sum();
            let new: f32 = shared
                .iter()
                .filter(|k| !explained.contains(&k.id))
                .map(|k| k.weight)
                .sum();
            if explained.is_empty() || (total > 0.0 && new >= min_new_evidence * total) {
                explained.extend(shared.iter().map(|k| k.id));
            } else {
                accepted[i] = false;
            }
        }
    }
    accepted
}
