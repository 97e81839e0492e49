//! Training the link model on the eval suite (`parallax train`), and the left-out figures
//! that say how well it carries to a cluster it never saw.
//!
//! Examples are the candidate pairs of every cluster whose two statements the gold judges
//! (both cover some gold mention, conflict side or near-miss side): a pair is positive when
//! the gold has its statements in one fact or one conflict. Candidate pairs with a statement
//! the gold does not cover can be added as negatives with a weight of their own (the gold
//! lists every fact two sources state, so such a statement states none). For each cluster in
//! turn, a model is fitted on the other clusters' examples, its threshold and selection
//! settings (`keep_ratio`, `min_new_evidence`) are chosen on those clusters by running the
//! whole analysis (selection and conflicts included) over a grid and keeping the best mean
//! F1, and the cluster left out is then scored: those are the figures reported. The bundled
//! model is fitted and thresholded the same way on all clusters.

use std::path::Path;

use serde::Serialize;

use super::suite::{Cluster, ClusterReport, MacroAverage, SuiteError, discover};
use super::{Gold, evaluate, judged_pairs};
use parallax_engine::align::learned::{self, FEATURE_NAMES, LinkModel, PairFeatures};
use parallax_engine::analysis::{Config, Prepared, prepare};

/// How the model is fitted.
#[derive(Debug, Clone, PartialEq)]
pub struct TrainOptions {
    /// L2 penalty on the standardised weights.
    pub l2: f64,
    /// Weight of a positive example against a negative one.
    pub positive_weight: f64,
    /// Weight of a candidate pair the gold does not judge, as a negative (0: left out).
    pub unjudged_weight: f64,
    /// Weight of a pair the gold lists as a near miss (same words, different facts).
    pub near_miss_weight: f64,
    /// Features left out (their column is zero, so their weight stays zero).
    pub without: Vec<String>,
    /// Fit `keep_ratio` and `min_new_evidence` with the threshold (else the defaults).
    pub fit_selection: bool,
    /// F1 points a linked near miss per cluster costs when the settings are chosen.
    pub near_miss_cost: f64,
}

impl Default for TrainOptions {
    fn default() -> Self {
        Self {
            l2: 30.0,
            positive_weight: 1.0,
            unjudged_weight: 0.0,
            near_miss_weight: 1.0,
            without: vec![],
            fit_selection: false,
            near_miss_cost: 0.0,
        }
    }
}

impl TrainOptions {
    fn describe(&self) -> String {
        let mut text = format!(
            "L2 {}, positive weight {}, unjudged weight {}, near miss weight {}",
            self.l2, self.positive_weight, self.unjudged_weight, self.near_miss_weight
        );
        if !self.without.is_empty() {
            text += &format!(", without {}", self.without.join(" "));
        }
        if self.near_miss_cost > 0.0 {
            text += &format!(", near miss cost {}", self.near_miss_cost);
        }
        text
    }
}

/// Thresholds tried, as probabilities.
fn threshold_grid() -> impl Iterator<Item = f32> {
    (2..=45).map(|i| i as f32 / 50.0)
}

const KEEP_RATIOS: [f32; 7] = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const MIN_NEW_EVIDENCE: [f32; 7] = [0.0, 0.02, 0.05, 0.1, 0.15, 0.2, 0.3];

/// A cluster loaded and prepared once, with its labelled candidate pairs.
struct Loaded {
    cluster: Cluster,
    prepared: Prepared,
    /// Pair features, whether the gold has the pair in one fact or conflict, whether the
    /// gold judges it, and whether it is a near miss.
    examples: Vec<(PairFeatures, bool, bool, bool)>,
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
    pub keep_ratio: f32,
    pub min_new_evidence: f32,
    pub report: ClusterReport,
}

/// Train on the suite in `suite` (see the module documentation).
pub fn train(suite: &Path, options: &TrainOptions) -> Result<TrainReport, SuiteError> {
    let loaded = load_suite(suite, options)?;
    // Fold i leaves cluster i out; the last fold uses every cluster.
    let folds = loaded.len() + 1;
    let fit_fold = |fold: usize| {
        let rest: Vec<&Loaded> = loaded
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != fold)
            .map(|(_, p)| p)
            .collect();
        fit_and_choose(&rest, options)
    };
    let threads = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .clamp(1, folds);
    let mut models: Vec<Option<LinkModel>> = vec![None; folds];
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let fit_fold = &fit_fold;
                scope.spawn(move || {
                    (t..folds)
                        .step_by(threads)
                        .map(|fold| (fold, fit_fold(fold)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for h in handles {
            for (fold, model) in h.join().expect("a training thread panicked") {
                models[fold] = Some(model);
            }
        }
    });
    let mut models: Vec<LinkModel> = models.into_iter().map(Option::unwrap).collect();
    let mut model = models.pop().expect("the fold on every cluster");
    let left_out: Vec<LeftOut> = loaded
        .iter()
        .zip(models)
        .map(|(p, model)| {
            let config = Config::with_model(model.clone());
            let analysis = p.prepared.finish_with_facts(&config);
            LeftOut {
                threshold: model.threshold,
                keep_ratio: model.keep_ratio,
                min_new_evidence: model.min_new_evidence,
                report: ClusterReport::new(
                    &p.cluster,
                    &analysis,
                    &evaluate(&analysis, &p.cluster.gold),
                ),
            }
        })
        .collect();
    model.trained_on = training_note(&loaded, options);
    let rows: Vec<ClusterReport> = left_out.iter().map(|l| l.report.clone()).collect();
    Ok(TrainReport {
        left_out_macro: MacroAverage::of(&rows),
        left_out,
        model,
        examples: loaded
            .iter()
            .map(|p| {
                let judged: Vec<_> = p.examples.iter().filter(|e| e.2).collect();
                let positive = judged.iter().filter(|e| e.1).count();
                (p.cluster.name.clone(), positive, judged.len() - positive)
            })
            .collect(),
    })
}

/// The model fitted on every cluster of the suite in `suite`, as [`train`] gives it in
/// [`TrainReport::model`], without the left-out folds: what `assets/model/link-model.json`
/// must hold (a test checks it, so that the bundled model cannot drift from the engine).
pub fn fit_on_every_cluster(suite: &Path, options: &TrainOptions) -> Result<LinkModel, SuiteError> {
    let loaded = load_suite(suite, options)?;
    let mut model = fit_and_choose(&loaded.iter().collect::<Vec<_>>(), options);
    model.trained_on = training_note(&loaded, options);
    Ok(model)
}

/// A model as `parallax train` writes it (and `assets/model/link-model.json` holds it):
/// pretty JSON ending in a newline.
pub fn model_file_text(model: &LinkModel) -> serde_json::Result<String> {
    Ok(serde_json::to_string_pretty(model)? + "\n")
}

/// How a model was trained, for [`LinkModel::trained_on`].
fn training_note(loaded: &[Loaded], options: &TrainOptions) -> String {
    format!(
        "parallax train on {} clusters ({}), {}, threshold{} chosen for the best mean F1",
        loaded.len(),
        loaded
            .iter()
            .map(|p| p.cluster.name.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        options.describe(),
        if options.fit_selection {
            ", keep ratio and minimum new evidence"
        } else {
            ""
        }
    )
}

/// Every cluster of the suite in `suite`, loaded, prepared and labelled.
fn load_suite(suite: &Path, options: &TrainOptions) -> Result<Vec<Loaded>, SuiteError> {
    let (clusters, _) = discover(suite)?;
    clusters.into_iter().map(|c| load(c, options)).collect()
}

/// Load a cluster, prepare its analysis and label its candidate pairs.
fn load(cluster: Cluster, options: &TrainOptions) -> Result<Loaded, SuiteError> {
    let set = cluster.load()?;
    let prepared = prepare(&set, Config::default().promote_threshold, true);
    let examples = labelled(&prepared, &cluster.gold, &options.without);
    Ok(Loaded {
        cluster,
        prepared,
        examples,
    })
}

/// Every candidate pair with its features (the columns of `without` zeroed), its label,
/// whether the gold judges it and whether it is a near miss.
fn labelled(
    prepared: &Prepared,
    gold: &Gold,
    without: &[String],
) -> Vec<(PairFeatures, bool, bool, bool)> {
    let judged = judged_pairs(prepared.analysis(), gold);
    let mut near_misses = std::collections::HashSet::new();
    for n in &gold.near_misses {
        let a = super::covering(prepared.analysis(), &n.a);
        let b = super::covering(prepared.analysis(), &n.b);
        for &x in &a {
            for &y in &b {
                near_misses.insert((x.min(y), x.max(y)));
            }
        }
    }
    let dropped: Vec<usize> = FEATURE_NAMES
        .iter()
        .enumerate()
        .filter(|(_, name)| without.iter().any(|w| w == *name))
        .map(|(i, _)| i)
        .collect();
    prepared
        .candidates()
        .iter()
        .zip(
            prepared
                .pair_features()
                .expect("prepared with pair features"),
        )
        .map(|(c, x)| {
            let mut x = *x;
            for &j in &dropped {
                x[j] = 0.0;
            }
            let is_judged = judged.covered.contains(&c.a) && judged.covered.contains(&c.b);
            let right = judged.right.contains(&(c.a, c.b));
            let near_miss = !right && near_misses.contains(&(c.a, c.b));
            (x, right, is_judged, near_miss)
        })
        .collect()
}

/// Set the setting `field` of `model` to each of `values` in turn and keep the one whose
/// `objective` is highest, a value counting as better only when it beats the best so far by
/// more than `margin`; `best` is the objective and value to beat at the start. Returns the
/// best objective.
fn choose(
    model: &mut LinkModel,
    field: fn(&mut LinkModel) -> &mut f32,
    values: impl IntoIterator<Item = f32>,
    objective: &dyn Fn(&LinkModel) -> f64,
    mut best: (f64, f32),
    margin: f64,
) -> f64 {
    for value in values {
        *field(model) = value;
        let score = objective(model);
        if score > best.0 + margin {
            best = (score, value);
        }
    }
    *field(model) = best.1;
    best.0
}

/// Fit a model on the examples of `clusters` and choose its threshold (and selection
/// settings) on them.
fn fit_and_choose(clusters: &[&Loaded], options: &TrainOptions) -> LinkModel {
    let examples: Vec<(PairFeatures, bool, f64)> = clusters
        .iter()
        .flat_map(|p| p.examples.iter())
        .filter_map(|&(x, y, judged, near_miss)| match (judged, y) {
            (true, true) => Some((x, true, options.positive_weight)),
            (true, false) if near_miss => Some((x, false, options.near_miss_weight)),
            (true, false) => Some((x, false, 1.0)),
            (false, _) if options.unjudged_weight > 0.0 => {
                Some((x, false, options.unjudged_weight))
            }
            _ => None,
        })
        .collect();
    let mut model = learned::fit(&examples, options.l2);
    let objective = |model: &LinkModel| -> f64 {
        let config = Config::with_model(model.clone());
        clusters
            .iter()
            .map(|p| {
                let analysis = p.prepared.finish(&config);
                let r = evaluate(&analysis, &p.cluster.gold);
                super::suite::f1(r.match_recall(), r.match_precision())
                    - options.near_miss_cost * r.conflict_counts.near_misses_linked as f64
            })
            .sum::<f64>()
            / clusters.len().max(1) as f64
    };
    fn threshold(m: &mut LinkModel) -> &mut f32 {
        &mut m.threshold
    }
    fn keep_ratio(m: &mut LinkModel) -> &mut f32 {
        &mut m.keep_ratio
    }
    fn evidence(m: &mut LinkModel) -> &mut f32 {
        &mut m.min_new_evidence
    }
    let fit_threshold = |model: &mut LinkModel| {
        choose(
            model,
            threshold,
            threshold_grid(),
            &objective,
            (f64::MIN, 0.5),
            0.0,
        )
    };
    let best = fit_threshold(&mut model);
    if options.fit_selection {
        // Coordinate search: keep ratio, then new evidence, then the threshold again.
        let start = (best, model.keep_ratio);
        let best = choose(&mut model, keep_ratio, KEEP_RATIOS, &objective, start, 1e-9);
        let start = (best, model.min_new_evidence);
        choose(
            &mut model,
            evidence,
            MIN_NEW_EVIDENCE,
            &objective,
            start,
            1e-9,
        );
        fit_threshold(&mut model);
    }
    model
}
