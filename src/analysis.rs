//! The one entry point of the engine: [`analyze`] turns an [`ArticleSet`] into an [`Analysis`].

use crate::align::learned::LinkModel;
use crate::corpus::ArticleSet;
use crate::model::{Analysis, Relation, SourceIdx, Statement};

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
            promote_threshold: 0.08,
        }
    }
}

impl Config {
    /// The default settings with pairs scored by `model`, linked at the model's threshold.
    pub fn with_model(model: LinkModel) -> Self {
        Self {
            link_threshold: model.threshold,
            link_model: Some(model),
            ..Self::default()
        }
    }
}

/// Analyse an article set: statements, links, conflicts and facts.
pub fn analyze(set: &ArticleSet, config: &Config) -> Analysis {
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
    let regions = crate::conflict::quote_regions(&analysis);
    let candidates = crate::align::candidates(
        &analysis,
        &features,
        config.promote_threshold,
        config.link_model.as_ref(),
    );
    // Figures of one measure meet even when their sentences share few words.
    let known: std::collections::HashSet<_> = candidates.iter().map(|c| (c.a, c.b)).collect();
    let by_claims: Vec<(crate::align::Candidate, bool)> =
        crate::conflict::claims::proposals(&analysis, &features, &regions, &known)
            .into_iter()
            .map(|(a, b, why)| {
                let mut score = crate::align::score::score_pair(&features[a.0], &features[b.0]);
                score.reasons.insert(0, why);
                (crate::align::Candidate { a, b, score }, true)
            })
            .collect();
    let mut scored: Vec<(crate::align::Candidate, bool)> = candidates
        .into_iter()
        .filter_map(|mut c| {
            if c.score.score >= config.link_threshold {
                return Some((c, false));
            }
            let (a, b) = crate::conflict::sides(&analysis, &features, &regions, c.a, c.b);
            let why = crate::conflict::promotion(&a, &b)?;
            c.score.reasons.insert(0, why.to_string());
            Some((c, true))
        })
        .collect();
    scored.extend(by_claims);
    analysis.links = crate::align::select(&analysis, &features, scored, config);
    crate::conflict::classify_links(&mut analysis, &features);
    // A pair below the link threshold was kept only because it looked like a disagreement
    // (different figures for one measure, one quotation worded differently); when the
    // detectors find no conflict in it after all, it is not a match either.
    // A pair proposed for its figures alone is kept only as a conflict.
    analysis.links.retain(|l| {
        l.relation == Relation::Conflict
            || (l.score >= config.link_threshold && !crate::conflict::claims::is_claim_link(l))
    });
    analysis.facts = crate::facts::build_facts(&analysis);
    analysis
}
