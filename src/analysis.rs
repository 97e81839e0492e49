//! The one entry point of the engine: [`analyze`] turns an [`ArticleSet`] into an [`Analysis`].

use crate::corpus::ArticleSet;
use crate::model::{Analysis, Relation, SourceIdx, Statement};

/// Tunable thresholds of the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Minimum score for two statements to be linked.
    pub link_threshold: f32,
    /// A statement keeps partners in another source scoring at least this share of its best.
    pub keep_ratio: f32,
    /// Pairs scoring between this and `link_threshold` are linked only when they give
    /// different figures for one measure or word one quotation differently.
    pub promote_threshold: f32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            link_threshold: 0.22,
            keep_ratio: 0.5,
            promote_threshold: 0.08,
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
    let floor = config.promote_threshold.min(config.link_threshold);
    let scored: Vec<(crate::align::Candidate, bool)> =
        crate::align::candidates(&analysis, &features, floor)
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
    analysis.links = crate::align::select(&analysis, &features, scored, config);
    crate::conflict::classify_links(&mut analysis, &features);
    // A pair below the link threshold was kept only because it looked like a disagreement
    // (different figures for one measure, one quotation worded differently); when the
    // detectors find no conflict in it after all, it is not a match either.
    analysis
        .links
        .retain(|l| l.score >= config.link_threshold || l.relation == Relation::Conflict);
    analysis.facts = crate::facts::build_facts(&analysis);
    analysis
}
