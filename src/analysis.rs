//! The one entry point of the engine: [`analyze`] turns an [`ArticleSet`] into an [`Analysis`].

use crate::corpus::ArticleSet;
use crate::model::{Analysis, SourceIdx, Statement};

/// Tunable thresholds of the engine.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Minimum score for two statements to be linked.
    pub link_threshold: f32,
    /// A statement keeps partners in another source scoring at least this share of its best.
    pub keep_ratio: f32,
}

impl Default for Config {
    fn default() -> Self {
        Self {
            link_threshold: 0.25,
            keep_ratio: 0.8,
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
    analysis.links = crate::align::link_statements(&analysis, &features, config);
    crate::conflict::classify_links(&mut analysis, &features);
    analysis.facts = crate::facts::build_facts(&analysis);
    analysis
}
