//! Conflicts: typed comparison of linked statements, with plain explanations.
//!
//! Each detector ([`number`], [`quote`], [`status`], [`scope`], [`date`]) looks at one kind
//! of disagreement between two statements already judged to report the same fact, and says
//! in plain words what differs and whether both can be true (soft) or not (hard).

pub mod attribution;
pub mod date;
pub mod number;
pub mod quote;
pub mod scope;
pub mod status;

use crate::align::Features;
use crate::model::{Analysis, Conflict, ConflictKind, Relation, Severity, Statement};

/// A disagreement found by one detector.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub kind: ConflictKind,
    pub severity: Severity,
    pub explanation: String,
    pub value_a: Option<String>,
    pub value_b: Option<String>,
}

/// One side of a compared pair, with what the detectors need to explain it.
pub struct Side<'a> {
    pub statement: &'a Statement,
    pub features: &'a Features,
    /// The outlet's name.
    pub outlet: &'a str,
    /// The article's date, to resolve weekdays.
    pub article_date: Option<crate::model::Date>,
}

impl Side<'_> {
    pub fn text(&self) -> &str {
        &self.statement.text
    }

    /// "Guardian, citing the interior ministry" or just "Guardian".
    pub fn attribution_label(&self) -> String {
        match attribution::attribution(self.text()) {
            Some(who) => format!("{}, citing {}", self.outlet, who),
            None => self.outlet.to_string(),
        }
    }
}

/// Compare two statements; the most severe finding wins, the first detector breaks ties.
pub fn compare(a: &Side, b: &Side) -> Option<Finding> {
    let findings = [
        number::detect(a, b),
        quote::detect(a, b),
        status::detect(a, b),
        scope::detect(a, b),
        date::detect(a, b),
    ];
    let mut best: Option<Finding> = None;
    for f in findings.into_iter().flatten() {
        if best.as_ref().is_none_or(|b| f.severity > b.severity) {
            best = Some(f);
        }
    }
    best
}

/// Build the two sides of a pair of statements.
pub fn sides<'a>(
    analysis: &'a Analysis,
    features: &'a [Features],
    a: crate::model::StatementIdx,
    b: crate::model::StatementIdx,
) -> (Side<'a>, Side<'a>) {
    let side = |i: crate::model::StatementIdx| {
        let statement = analysis.statement(i);
        let source = analysis.source(statement.source);
        Side {
            statement,
            features: &features[i.0],
            outlet: source.label(),
            article_date: source.meta.date,
        }
    };
    (side(a), side(b))
}

/// Classify one pair of statements on its own (for links added by hand).
pub fn classify_pair(
    analysis: &Analysis,
    a: crate::model::StatementIdx,
    b: crate::model::StatementIdx,
) -> Option<Conflict> {
    let fa = Features::unweighted(&analysis.statement(a).text);
    let fb = Features::unweighted(&analysis.statement(b).text);
    let side = |i: crate::model::StatementIdx, features| {
        let statement = analysis.statement(i);
        let source = analysis.source(statement.source);
        Side {
            statement,
            features,
            outlet: source.label(),
            article_date: source.meta.date,
        }
    };
    compare(&side(a, &fa), &side(b, &fb)).map(Finding::into_conflict)
}

impl Finding {
    pub fn into_conflict(self) -> Conflict {
        Conflict {
            kind: self.kind,
            severity: self.severity,
            explanation: self.explanation,
            value_a: self.value_a,
            value_b: self.value_b,
        }
    }
}

/// Turn links whose two statements disagree into conflicts.
pub fn classify_links(analysis: &mut Analysis, features: &[Features]) {
    let findings: Vec<Option<Finding>> = analysis
        .links
        .iter()
        .map(|l| {
            let (a, b) = sides(analysis, features, l.a, l.b);
            compare(&a, &b)
        })
        .collect();
    for (link, finding) in analysis.links.iter_mut().zip(findings) {
        if let Some(f) = finding {
            link.relation = Relation::Conflict;
            link.conflict = Some(f.into_conflict());
        }
    }
}
