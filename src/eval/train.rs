//! Training the link model on the eval suite (`parallax train`), and the left-out figures
//! that say how well it carries to a cluster it never saw.
//!
//! Examples are the candidate pairs of every cluster whose two statements the gold judges
//! (both cover some gold mention, conflict side or near-miss side): a pair is positive when
//! the gold has its statements in one fact or one conflict. For each cluster in turn, a model
//! is fitted on the other clusters' examples, its threshold is chosen on those clusters by
//! running the whole analysis (selection and conflicts included) at each threshold of a grid
//! and keeping the best mean F1, and the cluster left out is then scored: those are the
//! figures reported. The bundled model is fitted and thresholded the same way on all
//! clusters.

use std::path::Path;

use serde::Serialize;

use super::suite::{Cluster, ClusterReport, MacroAverage, SuiteError, discover};
use super::{Gold, evaluate, judged_pairs};
use crate::align::learned::{self, LinkModel, PairFeatures};
use crate::analysis::{Config, analyze};
use crate::corpus::ArticleSet;

/// L2 penalty on the standardised weights.
pub const L2: f64 = 1.0;

/// Thresholds tried, as probabilities.
fn threshold_grid() -> impl Iterator<Item = f32> {
    (2..=40).map(|i| i as f32 / 50.0)
}

/// A cluster loaded once, with its labelled candidate pairs.
struct Prepared {
    cluster: Cluster,
    set: ArticleSet,
    examples: Vec<(PairFeatures, bool)>,
}

/// What training gives: the model fitted on every cluster and the left-out figures.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    /// Each cluster scored by a model that never saw it, with that model's threshold.
    pub left_out: Vec<LeftOut>,
    /// The macro average of the left-out rows.
    pub left_out_macro: MacroAverage,
    /// The model fitted on all clusters (what `assets/model/link-model.json` holds).
    pub model: LinkModel,
    /// Labelled examples per cluster: (name, positives, negatives).
    pub examples: Vec<(String, usize, usize)>,
}

/// One cluster scored by a model fitted without it.
#[derive(Debug, Clone, Serialize)]
pub struct LeftOut {
    pub threshold: f32,
    pub report: ClusterReport,
}

/// Train on the suite in `suite` (see the module documentation).
pub fn train(suite: &Path) -> Result<TrainReport, SuiteError> {
    let (clusters, _) = discover(suite)?;
    let prepared = clusters
        .into_iter()
        .map(prepare)
        .collect::<Result<Vec<_>, _>>()?;
    let mut left_out = Vec::new();
    for held in 0..prepared.len() {
        let rest: Vec<&Prepared> = prepared
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != held)
            .map(|(_, p)| p)
            .collect();
        let model = fit_and_threshold(&rest);
        let p = &prepared[held];
        let config = Config::with_model(model.clone());
        let analysis = analyze(&p.set, &config);
        let report =
            ClusterReport::new(&p.cluster, &analysis, &evaluate(&analysis, &p.cluster.gold));
        left_out.push(LeftOut {
            threshold: model.threshold,
            report,
        });
    }
    let all: Vec<&Prepared> = prepared.iter().collect();
    let mut model = fit_and_threshold(&all);
    model.trained_on = format!(
        "parallax train on {} clusters ({}), L2 {L2}, threshold chosen for the best mean F1",
        prepared.len(),
        prepared
            .iter()
            .map(|p| p.cluster.name.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rows: Vec<ClusterReport> = left_out.iter().map(|l| l.report.clone()).collect();
    Ok(TrainReport {
        left_out_macro: MacroAverage::of(&rows),
        left_out,
        model,
        examples: prepared
            .iter()
            .map(|p| {
                let positive = p.examples.iter().filter(|(_, y)| *y).count();
                (
                    p.cluster.name.clone(),
                    positive,
                    p.examples.len() - positive,
                )
            })
            .collect(),
    })
}

/// Load a cluster and label its candidate pairs.
fn prepare(cluster: Cluster) -> Result<Prepared, SuiteError> {
    let set = cluster.load()?;
    let config = Config::default();
    let analysis = analyze(&set, &config);
    let features = crate::align::features::compute(&analysis);
    let examples = labelled(
        &analysis,
        &features,
        &cluster.gold,
        config.promote_threshold,
    );
    Ok(Prepared {
        cluster,
        set,
        examples,
    })
}

/// The candidate pairs the gold judges, with their labels.
fn labelled(
    analysis: &crate::model::Analysis,
    features: &[crate::align::Features],
    gold: &Gold,
    floor: f32,
) -> Vec<(PairFeatures, bool)> {
    let judged = judged_pairs(analysis, gold);
    crate::align::candidate_features(analysis, features, floor)
        .into_iter()
        .filter(|(a, b, _)| judged.covered.contains(a) && judged.covered.contains(b))
        .map(|(a, b, x)| (x, judged.right.contains(&(a, b))))
        .collect()
}

/// Fit a model on the examples of `clusters` and choose its threshold on them.
fn fit_and_threshold(clusters: &[&Prepared]) -> LinkModel {
    let examples: Vec<(PairFeatures, bool)> = clusters
        .iter()
        .flat_map(|p| p.examples.iter().copied())
        .collect();
    let mut model = learned::fit(&examples, L2);
    let mut best = (f64::MIN, 0.5f32);
    for threshold in threshold_grid() {
        model.threshold = threshold;
        let config = Config::with_model(model.clone());
        let mean_f1 = clusters
            .iter()
            .map(|p| {
                let analysis = analyze(&p.set, &config);
                let r = evaluate(&analysis, &p.cluster.gold);
                super::suite::f1(r.match_recall(), r.match_precision())
            })
            .sum::<f64>()
            / clusters.len().max(1) as f64;
        if mean_f1 > best.0 {
            best = (mean_f1, threshold);
        }
    }
    model.threshold = best.1;
    model
}
