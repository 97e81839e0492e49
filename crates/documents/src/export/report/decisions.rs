//! The checker's link decisions as the printers show them: links confirmed, rejected or
//! made by hand, with the machine's view of each.

use parallax_engine::model::{LinkIdx, Severity};

use super::annotations::PlaceView;
use super::severity_name;

/// What the user decided about a link between two statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DecisionKind {
    /// The machine-made link is right.
    Confirmed,
    /// The machine-made link is wrong and was removed.
    Rejected,
    /// The two statements agree: a match made by hand.
    AddedMatch,
    /// The two statements disagree: a conflict made by hand.
    AddedConflict,
}

impl DecisionKind {
    pub const ALL: [DecisionKind; 4] = [
        Self::Confirmed,
        Self::Rejected,
        Self::AddedMatch,
        Self::AddedConflict,
    ];

    /// Machine name for CSS classes, CSV and JSON: `confirmed`, `rejected`, `added-match`,
    /// `added-conflict`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Rejected => "rejected",
            Self::AddedMatch => "added-match",
            Self::AddedConflict => "added-conflict",
        }
    }

    /// What people read: "Confirmed", "Added match".
    pub fn label(self) -> &'static str {
        match self {
            Self::Confirmed => "Confirmed",
            Self::Rejected => "Rejected",
            Self::AddedMatch => "Added match",
            Self::AddedConflict => "Added conflict",
        }
    }
}

/// One statement of a link decision: as found in the articles, or as saved when orphaned.
#[derive(Debug, Clone, PartialEq)]
pub struct DecisionSide {
    pub place: PlaceView,
    /// The statement's text when found, else the saved quote.
    pub text: String,
    /// False when this statement could not be found again.
    pub found: bool,
}

/// What the engine had said about a pair of statements: the link it made, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct MachineView {
    /// `match` or `conflict`.
    pub relation: &'static str,
    /// Conflict kind (`number`, `date`, ...) for conflicts.
    pub conflict_kind: Option<&'static str>,
    pub severity: Option<Severity>,
    /// The conflict's explanation (empty for matches).
    pub explanation: String,
    pub score: f32,
    /// Why the engine linked them ("shared terms: …").
    pub reasons: Vec<String>,
}

impl MachineView {
    /// One line: "hard number conflict: killed: eight vs 13", "match (score 0.81)".
    pub fn describe(&self) -> String {
        match self.conflict_kind {
            Some(kind) => {
                let severity = self.severity.map(severity_name).unwrap_or("soft");
                if self.explanation.is_empty() {
                    format!("{severity} {kind} conflict")
                } else {
                    format!("{severity} {kind} conflict: {}", self.explanation)
                }
            }
            None => format!("{} (score {:.2})", self.relation, self.score),
        }
    }
}

/// One of the user's link decisions, resolved against the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkDecisionRow {
    /// Position in the annotation set's list of overrides.
    pub index: usize,
    /// `d1`, `d2`, ... (position + 1), stable within one export.
    pub id: String,
    pub kind: DecisionKind,
    pub a: DecisionSide,
    pub b: DecisionSide,
    /// Why, in the user's words.
    pub reason: String,
    /// True when either statement could not be found: the decision changed nothing.
    pub orphan: bool,
    /// What the decision did, one line: "removed the engine's conflict", ...
    pub effect: String,
    /// True when the decision changed the analysis (confirmed, removed, added or turned
    /// a link); false for orphans, invalid pairs and decisions on pairs the engine does
    /// not link.
    pub applied: bool,
    /// The engine's own link between the two statements, before the decision (for a
    /// rejected link: what the machine had said). `None` when it did not link them.
    pub machine: Option<MachineView>,
    /// The link as exported (confirmed or added), in the corrected analysis.
    pub link: Option<LinkIdx>,
    /// Fact the exported link belongs to.
    pub fact_id: Option<String>,
}

impl LinkDecisionRow {
    /// The decision with the kind of link it is about: "Confirmed conflict", "Rejected
    /// match", "Added match"; plain "Confirmed" or "Rejected" when the engine made no link.
    pub fn title(&self) -> String {
        match (self.kind, &self.machine) {
            (DecisionKind::Confirmed | DecisionKind::Rejected, Some(m)) => {
                format!("{} {}", self.kind.label(), m.relation)
            }
            _ => self.kind.label().to_string(),
        }
    }

    /// Whether this decision leaves a conflict between the two statements.
    pub fn is_conflict(&self) -> bool {
        match self.kind {
            DecisionKind::AddedConflict => true,
            DecisionKind::Confirmed => self
                .machine
                .as_ref()
                .is_some_and(|m| m.conflict_kind.is_some()),
            DecisionKind::Rejected | DecisionKind::AddedMatch => false,
        }
    }
}
