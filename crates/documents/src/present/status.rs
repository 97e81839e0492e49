//! The status of each statement as every view shows it: boilerplate, in a conflict,
//! corroborated by other sources (and by how many), or unique to its source. One rule, read
//! by the workbench (colours, filters, counts) and by every report, so the two cannot
//! disagree.

use std::collections::BTreeSet;

use parallax_engine::model::{Analysis, Relation, StatementIdx};

/// How one statement reads: its colour and filter in the workbench, its highlight in a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatementStatus {
    /// Not part of the article (caption, credit, interface text, ...).
    Boilerplate,
    /// Linked to no statement of another source.
    Unique,
    /// Linked by matches only; `sources` counts the sources stating it, this one included.
    Corroborated { sources: usize },
    /// Part of at least one conflict.
    Conflict,
}

impl StatementStatus {
    /// Short name for CSS classes and CSV cells: `boilerplate`, `unique`, ...
    pub fn name(self) -> &'static str {
        match self {
            Self::Boilerplate => "boilerplate",
            Self::Unique => "unique",
            Self::Corroborated { .. } => "corroborated",
            Self::Conflict => "conflict",
        }
    }

    /// The status in a reader's words: `conflicting`, `corroborated`, ...
    pub fn label(self) -> &'static str {
        match self {
            Self::Conflict => "conflicting",
            Self::Corroborated { .. } => "corroborated",
            Self::Unique => "unique to this source",
            Self::Boilerplate => "boilerplate",
        }
    }
}

/// Status of each statement: boilerplate, conflict, corroborated (with its number of
/// sources) or unique.
pub fn statement_statuses(analysis: &Analysis) -> Vec<StatementStatus> {
    let n = analysis.statements.len();
    let mut conflict = vec![false; n];
    let mut linked_sources: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
    for l in &analysis.links {
        let (Some(sa), Some(sb)) = (
            analysis.statements.get(l.a.0),
            analysis.statements.get(l.b.0),
        ) else {
            continue;
        };
        if l.relation == Relation::Conflict {
            conflict[l.a.0] = true;
            conflict[l.b.0] = true;
        }
        linked_sources[l.a.0].insert(sb.source.0);
        linked_sources[l.b.0].insert(sa.source.0);
    }
    analysis
        .statements
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if s.is_boilerplate() {
                StatementStatus::Boilerplate
            } else if conflict[i] {
                StatementStatus::Conflict
            } else if linked_sources[i].iter().any(|&o| o != s.source.0) {
                let fact_sources = analysis
                    .fact_of(StatementIdx(i))
                    .map(|f| analysis.facts[f.0].source_count())
                    .unwrap_or(0);
                let mut own = linked_sources[i].clone();
                own.insert(s.source.0);
                StatementStatus::Corroborated {
                    sources: own.len().max(fact_sources),
                }
            } else {
                StatementStatus::Unique
            }
        })
        .collect()
}
