//! The learned link model: what two statements share, as a vector of pair features, turned
//! into the probability that they report the same fact by a logistic model whose weights
//! and threshold are fitted on the gold clusters (`parallax train`) and embedded from
//! `assets/model/link-model.json`.
//!
//! The features are what the aligner measured before it learned: shared key weight as a
//! cosine and as containment, the best clause pair, the share of each kind of key (names,
//! figures, concepts, words), whether the two statements name different happenings, and
//! where each stands in its article; how many of the shared keys are rare in the set (held
//! by no more statements than there are sources: the words of one fact, not of the event);
//! and where the pair stands among each statement's candidates in the other's source by the
//! shared-key score (best on both sides, rank, share of the best score), which lets the
//! model weigh a pair against its rivals. The hand-set factors of the old score (how much a
//! clause match counts, how much different happenings cost) are now weights of these
//! features. Other signals were measured and left out because they did not raise the
//! left-out figures: the hand score itself, an IDF cosine, stem bigrams and the longest
//! common run of terms, shared words inside quotation marks, attribution, and shares of
//! shared content weight without names.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::features::{Features, KeyKind};
use super::{Candidate, score};
use crate::model::{Analysis, StatementIdx, StatementKind};

/// The name of each pair feature, in vector order.
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "whole",
    "clause",
    "containment",
    "shared_names",
    "shared_figures",
    "shared_concepts",
    "shared_words",
    "log_shared_content",
    "log_shared_names",
    "name_with_age",
    "different_events",
    "same_event",
    "length_balance",
    "log_length",
    "headline",
    "position_gap",
    "top_shared_weight",
    "figures_differ",
    "rare_shared",
    "mutual_best",
    "log_rank",
    "ratio_to_best",
];

/// How many features a pair has.
pub const FEATURES: usize = 22;

/// The features of one pair of statements.
pub type PairFeatures = [f32; FEATURES];

/// The bundled model, as trained by `parallax train` on the gold clusters.
const BUNDLED: &str = include_str!("../../../../assets/model/link-model.json");

/// A logistic model over [`PairFeatures`]: features are standardised with `mean` and
/// `scale`, weighted, and squashed to a probability; a pair is linked at `threshold`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinkModel {
    /// The feature names the weights belong to (checked against [`FEATURE_NAMES`]).
    pub features: Vec<String>,
    pub mean: Vec<f32>,
    pub scale: Vec<f32>,
    pub weights: Vec<f32>,
    pub bias: f32,
    /// Probability at or above which a pair is linked.
    pub threshold: f32,
    /// Selection settings fitted with the threshold (see [`crate::analysis::Config`]).
    #[serde(default = "default_keep_ratio")]
    pub keep_ratio: f32,
    #[serde(default = "default_min_new_evidence")]
    pub min_new_evidence: f32,
    /// How the model was made (clusters, regularisation, command).
    #[serde(default)]
    pub trained_on: String,
}

fn default_keep_ratio() -> f32 {
    0.5
}

fn default_min_new_evidence() -> f32 {
    0.05
}

impl LinkModel {
    /// The model embedded in the binary.
    pub fn bundled() -> &'static LinkModel {
        static MODEL: OnceLock<LinkModel> = OnceLock::new();
        MODEL.get_or_init(|| {
            let model: LinkModel =
                serde_json::from_str(BUNDLED).expect("assets/model/link-model.json parses");
            assert!(
                model.is_consistent(),
                "assets/model/link-model.json: feature list"
            );
            model
        })
    }

    /// Whether the model's feature list is today's and every vector has its length.
    pub fn is_consistent(&self) -> bool {
        self.features.iter().map(String::as_str).eq(FEATURE_NAMES)
            && [&self.mean, &self.scale, &self.weights]
                .iter()
                .all(|v| v.len() == FEATURES)
    }

    /// The probability that a pair with features `x` reports one fact.
    pub fn probability(&self, x: &PairFeatures) -> f32 {
        let z = self.bias
            + x.iter()
                .zip(&self.mean)
                .zip(&self.scale)
                .zip(&self.weights)
                .map(|(((v, m), s), w)| w * (v - m) / s)
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// What the pair features read about the whole analysis, computed once.
struct Context {
    positions: Vec<f32>,
    /// In how many statements each key is found.
    df: HashMap<String, usize>,
    /// How many sources have statements with keys.
    sources: usize,
}

impl Context {
    fn new(analysis: &Analysis, features: &[Features]) -> Self {
        let mut df: HashMap<String, usize> = HashMap::new();
        for f in features {
            for k in &f.keys {
                *df.entry(k.key.clone()).or_default() += 1;
            }
        }
        let sources = analysis
            .statements
            .iter()
            .zip(features)
            .filter(|(_, f)| !f.keys.is_empty())
            .map(|(s, _)| s.source)
            .collect::<HashSet<_>>()
            .len();
        Self {
            positions: positions(analysis),
            df,
            sources,
        }
    }
}

/// The pair features of every candidate of `analysis` (same order), whose statements have
/// `features`.
pub fn all_pair_features(
    analysis: &Analysis,
    features: &[Features],
    candidates: &[Candidate],
) -> Vec<PairFeatures> {
    let context = Context::new(analysis, features);
    // Each statement's candidates in each other source, best first by the hand score: a
    // pair's rank among a statement's partners there.
    let source = |s: StatementIdx| analysis.statement(s).source.0;
    let mut partners: HashMap<(usize, usize), Vec<(f32, usize)>> = HashMap::new();
    for c in candidates {
        partners
            .entry((c.a.0, source(c.b)))
            .or_default()
            .push((c.score.score, c.b.0));
        partners
            .entry((c.b.0, source(c.a)))
            .or_default()
            .push((c.score.score, c.a.0));
    }
    for list in partners.values_mut() {
        list.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
    }
    let rank = |s: StatementIdx, other: StatementIdx| -> (usize, f32) {
        let list = &partners[&(s.0, source(other))];
        let at = list.iter().position(|&(_, o)| o == other.0).unwrap_or(0);
        (at, list[0].0)
    };
    candidates
        .iter()
        .map(|c| {
            let mut x = pair_features(analysis, features, &context, c.a, c.b);
            let hand = c.score.score;
            let (ra, best_a) = rank(c.a, c.b);
            let (rb, best_b) = rank(c.b, c.a);
            x[19] = f32::from(u8::from(ra == 0 && rb == 0));
            x[20] = (1.0 + (ra + rb) as f32).ln();
            x[21] = [best_a, best_b]
                .iter()
                .map(|&best| if best > 0.0 { hand / best } else { 1.0 })
                .fold(1.0, f32::min);
            x
        })
        .collect()
}

/// The features of the pair `(a, b)` that do not depend on the other candidates.
fn pair_features(
    analysis: &Analysis,
    features: &[Features],
    context: &Context,
    a: StatementIdx,
    b: StatementIdx,
) -> PairFeatures {
    let (fa, fb) = (&features[a.0], &features[b.0]);
    let mut x = [0.0f32; FEATURES];
    if fa.weight_sum <= 0.0 || fb.weight_sum <= 0.0 {
        return x;
    }
    let shared = score::shared(fa, fb);
    let norm = (fa.weight_sum * fb.weight_sum).sqrt();
    let kind_weight = |kind: KeyKind| -> f32 {
        shared
            .iter()
            .filter(|(k, _)| k.kind == kind)
            .map(|(k, _)| k.weight)
            .sum::<f32>()
            / norm
    };
    let shared_w: f32 = shared.iter().map(|(k, _)| k.weight).sum();
    let content = shared
        .iter()
        .filter(|(k, _)| k.kind != KeyKind::Name)
        .count();
    let names = shared.len() - content;
    let (ea, eb) = (score::event_keys(fa), score::event_keys(fb));
    let same_event = ea.iter().any(|e| eb.contains(e));
    let figures = |f: &Features| f.keys.iter().any(|k| k.kind == KeyKind::Number);
    let (na, nb) = (fa.keys.len() as f32, fb.keys.len() as f32);
    let positions = &context.positions;

    x[0] = shared_w / norm;
    x[1] = score::clause_similarity(fa, fb);
    x[2] = shared_w / fa.weight_sum.min(fb.weight_sum);
    x[3] = kind_weight(KeyKind::Name);
    x[4] = kind_weight(KeyKind::Number);
    x[5] = kind_weight(KeyKind::Concept);
    x[6] = kind_weight(KeyKind::Word);
    x[7] = (1.0 + content as f32).ln();
    x[8] = (1.0 + names as f32).ln();
    x[9] = f32::from(u8::from(score::names_an_age(&shared)));
    x[10] = f32::from(u8::from(!ea.is_empty() && !eb.is_empty() && !same_event));
    x[11] = f32::from(u8::from(same_event));
    x[12] = na.min(nb) / na.max(nb).max(1.0);
    x[13] = (1.0 + na.max(nb)).ln();
    x[14] = f32::from(u8::from(
        analysis.statement(a).kind == StatementKind::Headline
            || analysis.statement(b).kind == StatementKind::Headline,
    ));
    x[15] = (positions[a.0] - positions[b.0]).abs();
    x[16] = shared.iter().map(|(k, _)| k.weight).fold(0.0, f32::max);
    let shared_figure = shared.iter().any(|(k, _)| k.kind == KeyKind::Number);
    x[17] = f32::from(u8::from(figures(fa) && figures(fb) && !shared_figure));
    // Keys shared that few statements hold (no more than there are sources): the words of
    // one fact rather than of the event.
    let rare = shared
        .iter()
        .filter(|(k, _)| context.df.get(&k.key).copied().unwrap_or(0) <= context.sources)
        .count();
    x[18] = (1.0 + rare as f32).ln();
    // x[19..22]: the pair's rank among each statement's partners, set by the caller.
    x
}

/// Where each statement stands in its article, from 0 (first) to 1 (last).
pub fn positions(analysis: &Analysis) -> Vec<f32> {
    let mut counts = vec![0usize; analysis.sources.len()];
    for s in &analysis.statements {
        counts[s.source.0] += 1;
    }
    let mut seen = vec![0usize; analysis.sources.len()];
    analysis
        .statements
        .iter()
        .map(|s| {
            let index = seen[s.source.0];
            seen[s.source.0] += 1;
            index as f32 / counts[s.source.0].saturating_sub(1).max(1) as f32
        })
        .collect()
}

/// Fit a logistic model to labelled pairs, each with a weight, by Newton's method with an L2
/// penalty `l2` on the weights (not the bias), on standardised features. Deterministic: the
/// same examples give the same model. The threshold is left at 0.5 for the caller to choose.
pub fn fit(examples: &[(PairFeatures, bool, f64)], l2: f64) -> LinkModel {
    let n = examples.len().max(1) as f64;
    let mut mean = [0.0f64; FEATURES];
    let mut scale = [0.0f64; FEATURES];
    for (x, _, _) in examples {
        for j in 0..FEATURES {
            mean[j] += f64::from(x[j]) / n;
        }
    }
    for (x, _, _) in examples {
        for j in 0..FEATURES {
            scale[j] += (f64::from(x[j]) - mean[j]).powi(2) / n;
        }
    }
    for s in &mut scale {
        *s = if *s > 1e-12 { s.sqrt() } else { 1.0 };
    }
    let rows: Vec<([f64; FEATURES + 1], f64, f64)> = examples
        .iter()
        .map(|(x, y, weight)| {
            let mut row = [1.0f64; FEATURES + 1];
            for j in 0..FEATURES {
                row[j + 1] = (f64::from(x[j]) - mean[j]) / scale[j];
            }
            (row, f64::from(u8::from(*y)), *weight)
        })
        .collect();
    let dim = FEATURES + 1;
    let mut w = vec![0.0f64; dim];
    for _ in 0..50 {
        let mut grad = vec![0.0f64; dim];
        let mut hess = vec![vec![0.0f64; dim]; dim];
        for (row, y, weight) in &rows {
            let z: f64 = row.iter().zip(&w).map(|(r, w)| r * w).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let h = weight * p * (1.0 - p);
            for i in 0..dim {
                grad[i] += weight * (p - y) * row[i];
                for j in 0..=i {
                    hess[i][j] += h * row[i] * row[j];
                }
            }
        }
        mirror_lower_triangle(&mut hess);
        for i in 1..dim {
            grad[i] += l2 * w[i];
            hess[i][i] += l2;
        }
        hess[0][0] += 1e-9;
        let Some(step) = solve(hess, grad) else {
            break;
        };
        let mut largest = 0.0f64;
        for i in 0..dim {
            w[i] -= step[i];
            largest = largest.max(step[i].abs());
        }
        if largest < 1e-7 {
            break;
        }
    }
    LinkModel {
        features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
        mean: mean.iter().map(|&m| m as f32).collect(),
        scale: scale.iter().map(|&s| s as f32).collect(),
        weights: w[1..].iter().map(|&v| v as f32).collect(),
        bias: w[0] as f32,
        threshold: 0.5,
        keep_ratio: default_keep_ratio(),
        min_new_evidence: default_min_new_evidence(),
        trained_on: String::new(),
    }
}

/// Copy the lower triangle of a square matrix onto its upper one (the Hessian is summed
/// over the lower triangle only).
#[allow(clippy::needless_range_loop)]
fn mirror_lower_triangle(m: &mut [Vec<f64>]) {
    for i in 0..m.len() {
        for j in 0..i {
            m[j][i] = m[i][j];
        }
    }
}

/// Solve `m x = v` by Gaussian elimination with partial pivoting; `None` when singular.
fn solve(mut m: Vec<Vec<f64>>, mut v: Vec<f64>) -> Option<Vec<f64>> {
    let n = v.len();
    for col in 0..n {
        let pivot = (col..n).max_by(|&i, &j| m[i][col].abs().total_cmp(&m[j][col].abs()))?;
        if m[pivot][col].abs() < 1e-12 {
            return None;
        }
        m.swap(col, pivot);
        v.swap(col, pivot);
        let (upper, lower) = m.split_at_mut(col + 1);
        let pivot_row = &upper[col];
        for (offset, target) in lower.iter_mut().enumerate() {
            let f = target[col] / pivot_row[col];
            if f != 0.0 {
                for (x, p) in target[col..].iter_mut().zip(&pivot_row[col..]) {
                    *x -= f * p;
                }
                v[col + 1 + offset] -= f * v[col];
            }
        }
    }
    let mut x = vec![0.0f64; n];
    for row in (0..n).rev() {
        let rest: f64 = (row + 1..n).map(|k| m[row][k] * x[k]).sum();
        x[row] = (v[row] - rest) / m[row][row];
    }
    Some(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_model_loads_and_matches_the_feature_list() {
        let model = LinkModel::bundled();
        assert!(model.is_consistent());
        assert!(model.threshold > 0.0 && model.threshold < 1.0);
    }

    #[test]
    fn fitting_separable_examples_learns_the_separating_feature() {
        let mut examples = Vec::new();
        for i in 0..40 {
            let mut x = [0.0f32; FEATURES];
            x[0] = i as f32 / 40.0;
            x[3] = (i % 7) as f32; // noise
            examples.push((x, i >= 20, 1.0));
        }
        let model = fit(&examples, 1.0);
        assert!(model.weights[0] > 0.0);
        let p = |v: f32| {
            let mut x = [0.0f32; FEATURES];
            x[0] = v;
            x[3] = 3.0;
            model.probability(&x)
        };
        assert!(p(0.9) > 0.5 && p(0.1) < 0.5, "{} {}", p(0.9), p(0.1));
        // Deterministic.
        assert_eq!(fit(&examples, 1.0), model);
    }
}
