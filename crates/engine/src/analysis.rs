//! The one entry point of the engine: [`analyze`] turns an [`ArticleSet`] into an [`Analysis`].

use std::sync::OnceLock;

use crate::align::learned::{LinkModel, PairFeatures};
use crate::corpus::ArticleSet;
use crate::model::{Analysis, Relation, SourceIdx, Statement, StatementIdx};

/// The engine's settings: how candidate pairs are scored and the thresholds around it.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// A learned model that scores candidate pairs (see [`crate::align::learned`]); `None`
    /// scores them by the hand-set shared-key score ([`crate::align::score`]).
    pub link_model: Option<LinkModel>,
    /// Minimum score for two statements to be linked.
    pub link_threshold: f32,
    /// A statement keeps partners in another source scoring at least this share of its best.
    pub keep_ratio: f32,
    /// A statement's second, third, ... partner in one other source must bring at least this
    /// share of its shared key weight as evidence the better partners there do not already
    /// give (see [`crate::align::select`]).
    pub min_new_evidence: f32,
    /// Candidate pairs must reach this raw shared-key similarity to be scored at all; those
    /// scoring below `link_threshold` are linked only when they give different figures for
    /// one measure or word one quotation differently.
    pub promote_threshold: f32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            link_model: None,
            link_threshold: 0.22,
            keep_ratio: 0.5,
            min_new_evidence: 0.05,
            promote_threshold: 0.08,
        }
    }
}

impl Config {
    /// The default settings with pairs scored by `model`, linked at the model's threshold
    /// and selected with the model's fitted selection settings.
    pub fn with_model(model: LinkModel) -> Self {
        Self {
            link_threshold: model.threshold,
            keep_ratio: model.keep_ratio,
            min_new_evidence: model.min_new_evidence,
            link_model: Some(model),
            ..Self::default()
        }
    }
}

/// Analyse an article set: statements, links, conflicts and facts.
pub fn analyze(set: &ArticleSet, config: &Config) -> Analysis {
    let prepared = prepare(set, config.promote_threshold, config.link_model.is_some());
    let mut analysis = prepared.finish_with_facts(config);
    analysis.reuse = crate::reuse::detect(&analysis);
    analysis
}

/// What the analysis computes before any pair is scored: statements, their features and
/// the candidate pairs (with their pair features when a model will score them). Training
/// prepares each cluster once and finishes it under many settings.
pub struct Prepared {
    base: Analysis,
    features: Vec<crate::align::Features>,
    /// What the detectors read of each statement, once (see [`crate::conflict::Readings`]).
    readings: crate::conflict::Readings,
    candidates: Vec<crate::align::Candidate>,
    pair_features: Option<Vec<PairFeatures>>,
    /// Pairs proposed because their figures measure one thing, though their sentences share
    /// few words (see [`crate::conflict::claims`]); linked only as conflicts, or as matches
    /// when proposed for figures that agree.
    by_claims: Vec<crate::align::Candidate>,
    /// Why a candidate below the threshold would still be linked (a likely conflict),
    /// worked out the first time it is asked.
    promotions: Vec<OnceLock<Option<&'static str>>>,
}

/// Statements, features and candidate pairs reaching `promote_threshold` (see
/// [`Config::promote_threshold`]); pair features too when `learned`.
pub fn prepare(set: &ArticleSet, promote_threshold: f32, learned: bool) -> Prepared {
    let mut analysis = Analysis {
        warnings: set.warnings.clone(),
        ..Default::default()
    };
    for (i, article) in set.articles.iter().enumerate() {
        let mut source = article.source.clone();
        source.id = format!("s{}", i + 1);
        for (n, d) in article.statements.iter().enumerate() {
            analysis.statements.push(Statement {
                id: format!("{}-{}", source.id, n + 1),
                source: SourceIdx(i),
                start: d.start,
                end: d.end,
                text: d.text.clone(),
                kind: d.kind,
                boilerplate: d.boilerplate,
            });
        }
        analysis.sources.push(source);
    }
    let features = crate::align::features::compute(&analysis);
    let readings = crate::conflict::Readings::of(&analysis);
    let candidates = crate::align::candidates(&analysis, &features, promote_threshold);
    let pair_features = learned
        .then(|| crate::align::learned::all_pair_features(&analysis, &features, &candidates));
    // Figures of one measure meet even when their sentences share few words.
    let known: std::collections::HashSet<_> = candidates.iter().map(|c| (c.a, c.b)).collect();
    let claims = crate::conflict::claims::claims(&analysis, &features);
    let by_claims =
        crate::conflict::claims::proposals(&analysis, &features, &readings, &known, &claims)
            .into_iter()
            .chain(crate::conflict::claims::worded_proposals(
                &analysis, &features, &readings,
            ))
            .chain(crate::conflict::claims::agreeing_proposals(
                &analysis, &features, &readings, &claims,
            ))
            // One proposal a pair: the first, a disagreement before an agreement.
            .filter({
                let mut proposed = std::collections::HashSet::new();
                move |(a, b, _)| proposed.insert((*a, *b))
            })
            .map(|(a, b, why)| claim_candidate(&features, a, b, why))
            .collect();
    Prepared {
        by_claims,
        promotions: (0..candidates.len()).map(|_| OnceLock::new()).collect(),
        base: analysis,
        features,
        readings,
        candidates,
        pair_features,
    }
}

/// A pair proposed by its figures as a candidate: scored by its words, the reason naming
/// the two figures first.
fn claim_candidate(
    features: &[crate::align::Features],
    a: StatementIdx,
    b: StatementIdx,
    why: String,
) -> crate::align::Candidate {
    let mut score = crate::align::score::score_pair(&features[a.0], &features[b.0]);
    score.reasons.insert(0, why);
    crate::align::Candidate { a, b, score }
}

impl Prepared {
    /// The statements, without links.
    pub fn analysis(&self) -> &Analysis {
        &self.base
    }

    /// The candidate pairs, scored by the hand-set score.
    pub fn candidates(&self) -> &[crate::align::Candidate] {
        &self.candidates
    }

    /// The pair features of each candidate (when prepared for a model).
    pub fn pair_features(&self) -> Option<&[PairFeatures]> {
        self.pair_features.as_deref()
    }

    /// [`Prepared::finish`] with the facts, after two late passes: statements that the
    /// links put in one fact tell one happening, so the figures of two of them that are not
    /// linked themselves are compared too
    /// ([`crate::conflict::claims::proposals_within_facts`]); then a figure that agrees
    /// with one side of a number conflict is compared with the other side
    /// ([`crate::conflict::claims::proposals_through_agreement`]). A pair the number
    /// detector flags is added as a conflict link ([`crate::conflict::add_claim_links`])
    /// and the facts are grouped again.
    pub fn finish_with_facts(&self, config: &Config) -> Analysis {
        let mut analysis = self.finish(config);
        // Each late pass reads the links the one before left.
        let within_facts = crate::conflict::claims::proposals_within_facts(
            &analysis,
            &crate::facts::happenings(&analysis),
            &self.features,
            &self.readings,
        );
        self.add_claim_links(&mut analysis, within_facts);
        let through_agreement = crate::conflict::claims::proposals_through_agreement(
            &analysis,
            &self.features,
            &self.readings,
        );
        self.add_claim_links(&mut analysis, through_agreement);
        analysis.facts = crate::facts::build_facts(&analysis);
        analysis
    }

    /// Add the pairs a late pass proposed for their figures as conflict links
    /// ([`crate::conflict::add_claim_links`]).
    fn add_claim_links(
        &self,
        analysis: &mut Analysis,
        proposals: Vec<(StatementIdx, StatementIdx, String)>,
    ) {
        if proposals.is_empty() {
            return;
        }
        let candidates = proposals
            .into_iter()
            .map(|(a, b, why)| claim_candidate(&self.features, a, b, why))
            .collect();
        crate::conflict::add_claim_links(analysis, &self.features, &self.readings, candidates);
    }

    /// Score, select and classify the candidates under `config`: the analysis without its
    /// facts. Panics when `config` has a model and the pair features were not prepared.
    pub fn finish(&self, config: &Config) -> Analysis {
        let mut analysis = self.base.clone();
        let scores: Vec<f32> = self
            .candidates
            .iter()
            .enumerate()
            .map(|(i, c)| match &config.link_model {
                Some(model) => model.probability(
                    &self
                        .pair_features
                        .as_ref()
                        .expect("pair features prepared for a model")[i],
                ),
                None => c.score.score,
            })
            .collect();
        // A pair below the threshold is kept only when it looks like a disagreement: the
        // detectors look at each such pair once (the answer is kept for the next `finish`),
        // on every core.
        let below: Vec<usize> = (0..scores.len())
            .filter(|&i| scores[i] < config.link_threshold)
            .collect();
        crate::parallel::map_on_cores(&below, |&i| {
            self.promotions[i].get_or_init(|| {
                let c = &self.candidates[i];
                let (a, b) =
                    crate::conflict::sides(&self.base, &self.features, &self.readings, c.a, c.b);
                crate::conflict::promotion(&a, &b)
            });
        });
        let mut scored: Vec<(crate::align::Candidate, bool)> = self
            .candidates
            .iter()
            .zip(&scores)
            .enumerate()
            .filter_map(|(i, (c, &score))| {
                let mut c = c.clone();
                c.score.score = score;
                if score >= config.link_threshold {
                    return Some((c, false));
                }
                let why = self.promotions[i].get().copied().flatten()?;
                c.score.reasons.insert(0, why.to_string());
                Some((c, true))
            })
            .collect();
        // A pair proposed by its claims that is linked already (for its words, or promoted)
        // is compared as such; the others join, kept only as conflicts. One proposed for
        // claims that disagree stays whatever its partners, as a promoted pair does: the
        // selection weighs words, and a statement's better partners may share all of them
        // ("The attack took place on Platform 9" against "The attack unfolded on Platform
        // 3").
        let apart: std::collections::HashSet<(StatementIdx, StatementIdx)> = self
            .by_claims
            .iter()
            .filter(|c| {
                !c.score
                    .reasons
                    .first()
                    .is_some_and(|r| crate::conflict::claims::is_agreement_reason(r))
            })
            .map(|c| (c.a, c.b))
            .collect();
        for (c, keep) in &mut scored {
            *keep |= apart.contains(&(c.a, c.b));
        }
        let linked: std::collections::HashSet<(StatementIdx, StatementIdx)> =
            scored.iter().map(|(c, _)| (c.a, c.b)).collect();
        scored.extend(
            self.by_claims
                .iter()
                .filter(|c| !linked.contains(&(c.a, c.b)))
                .map(|c| (c.clone(), true)),
        );
        analysis.links = crate::align::select(
            &analysis,
            &self.features,
            scored,
            crate::align::Selection {
                keep_ratio: config.keep_ratio,
                min_new_evidence: config.min_new_evidence,
            },
        );
        crate::conflict::classify_links(&mut analysis, &self.features, &self.readings);
        // A pair below the link threshold was kept only because it looked like a
        // disagreement (different figures for one measure, one quotation worded
        // differently); when the detectors find no conflict in it after all, it is not a
        // match either, unless its figures of one measure agree with different precision
        // ("at least eight" and "thirteen") in places not told apart ("across Marren
        // County" and "in the village of Oskby" are two tolls). A pair proposed for its
        // figures alone is kept only as a conflict, or for figures that agree.
        analysis.links.retain(|l| {
            l.relation == Relation::Conflict
                || (l.score >= config.link_threshold && !crate::conflict::claims::is_claim_link(l))
                || crate::conflict::claims::is_agreement_link(l)
                || (crate::conflict::agrees_with_different_precision(l) && {
                    let (a, b) = crate::conflict::sides(
                        &self.base,
                        &self.features,
                        &self.readings,
                        l.a,
                        l.b,
                    );
                    !crate::conflict::number::named_apart(&a, &b)
                })
        });
        analysis
    }
}
