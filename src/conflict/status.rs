//! Status conflicts: the same action reported as announced or intended ("would send",
//! "will send"), as attempted ("tried to topple", "an apparent attempt") or as done ("sent",
//! "toppled").

use crate::model::{ConflictKind, Severity};
use crate::text::normalize::{Term, TermKind};

use super::{Finding, Side};

/// How far an action has gone, as a statement reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Intended,
    Attempted,
    Ongoing,
    Done,
}

impl Status {
    fn describe(self) -> &'static str {
        match self {
            Self::Intended => "announced or intended, not yet done",
            Self::Attempted => "attempted, not achieved",
            Self::Ongoing => "under way",
            Self::Done => "done",
        }
    }
}

/// Action concepts whose status is worth comparing.
const ACTIONS: &[&str] = &[
    "SEND", "STORM", "RESIGN", "REVERSE", "DECLARE", "DETAIN", "FIRE",
];

const INTENT: &[&str] = &[
    "would",
    "will",
    "'ll",
    "plans",
    "plan",
    "planned",
    "planning",
    "agreed",
    "intends",
    "intend",
    "set",
    "going",
    "could",
    "may",
    "might",
    "promised",
    "vowed",
    "threatened",
    "ready",
    "prepared",
    "decided",
    "expected",
    "pledged",
    "to",
];
const ATTEMPT: &[&str] = &[
    "tried",
    "try",
    "trying",
    "attempt",
    "attempted",
    "attempting",
    "sought",
    "apparent",
];
const ONGOING: &[&str] = &["is", "are", "was", "were", "being"];

fn status_of(text: &str, term: &Term) -> Status {
    let before: Vec<String> = text[..term.start]
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .rev()
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let surface = term.surface.to_lowercase();
    if before.iter().any(|w| ATTEMPT.contains(&w.as_str())) {
        return Status::Attempted;
    }
    if surface.ends_with("ing")
        && before
            .first()
            .is_some_and(|w| ONGOING.contains(&w.as_str()))
    {
        return Status::Ongoing;
    }
    if before.first().is_some_and(|w| INTENT.contains(&w.as_str()))
        || before
            .get(1)
            .is_some_and(|w| INTENT.contains(&w.as_str()) && w != "to")
    {
        return Status::Intended;
    }
    Status::Done
}

fn is_past(surface: &str) -> bool {
    let s = surface.to_lowercase();
    s.ends_with("ed")
        || ["sent", "took", "seized", "quit", "cut", "overran", "burnt"].contains(&s.as_str())
}

/// Compare the status of an action both statements report.
pub fn detect(a: &Side, b: &Side) -> Option<Finding> {
    for action in ACTIONS {
        let find = |s: &Side| {
            s.features
                .terms
                .iter()
                .find(|t| t.kind == TermKind::Concept && t.key == *action)
                .cloned()
        };
        let (Some(ta), Some(tb)) = (find(a), find(b)) else {
            continue;
        };
        let (sa, sb) = (status_of(a.text(), &ta), status_of(b.text(), &tb));
        let unfinished = |s: Status| matches!(s, Status::Intended | Status::Attempted);
        let done = |s: Status, t: &Term| s == Status::Done && is_past(&t.surface);
        if (unfinished(sa) && done(sb, &tb)) || (unfinished(sb) && done(sa, &ta)) {
            return Some(Finding {
                kind: ConflictKind::Status,
                severity: Severity::Soft,
                explanation: format!(
                    "status differs: {} reports “{}” as {}; {} reports “{}” as {}",
                    a.outlet,
                    phrase(a.text(), &ta),
                    sa.describe(),
                    b.outlet,
                    phrase(b.text(), &tb),
                    sb.describe()
                ),
                value_a: Some(phrase(a.text(), &ta)),
                value_b: Some(phrase(b.text(), &tb)),
            });
        }
    }
    None
}

/// The action with up to two words before it, as written.
fn phrase(text: &str, term: &Term) -> String {
    let head = text[..term.start].trim_end();
    let start = head
        .rmatch_indices(char::is_whitespace)
        .nth(1)
        .map_or(0, |(i, _)| i + 1);
    text[start..term.end].trim().to_string()
}
