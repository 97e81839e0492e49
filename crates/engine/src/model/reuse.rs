//! What the analysis records of text reuse: which articles copy one story, where each says
//! it comes from, and the independent reports they make. [`crate::reuse`] finds them.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{Fact, SourceIdx};

/// How two articles share text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CopyKind {
    /// The same story with light edits (a wire story printed twice).
    SameStory,
    /// One rewrites the other, or both rewrite one text.
    Rewrite,
    /// A few passages in common; still two reports.
    SharedPassages,
}

impl CopyKind {
    pub fn name(self) -> &'static str {
        match self {
            CopyKind::SameStory => "same-story",
            CopyKind::Rewrite => "rewrite",
            CopyKind::SharedPassages => "shared-passages",
        }
    }

    /// Whether the two articles count as one report.
    pub fn is_copy(self) -> bool {
        !matches!(self, CopyKind::SharedPassages)
    }
}

/// Two articles that share running text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Copy {
    pub a: SourceIdx,
    pub b: SourceIdx,
    pub kind: CopyKind,
    /// Share of the shorter article's words inside shared runs, in `0..=1`.
    pub share: f32,
}

/// What the set says about reuse and origins.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reuse {
    /// Pairs sharing running text, `a < b`, in source order.
    pub copies: Vec<Copy>,
    /// Per source: the wire agency its text credits, if it names one.
    pub origins: Vec<Option<String>>,
    /// Per source: the index of its independent report (sources joined by copies share one).
    pub reports: Vec<usize>,
}

impl Reuse {
    /// How many independent reports the set holds.
    pub fn independent_reports(&self) -> usize {
        self.reports.iter().collect::<HashSet<_>>().len()
    }

    /// How many independent reports state or contradict `fact`.
    pub fn independent_in(&self, fact: &Fact) -> usize {
        fact.stances
            .told()
            .filter_map(|(source, _)| self.reports.get(source.0))
            .collect::<HashSet<_>>()
            .len()
    }
}
