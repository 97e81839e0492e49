//! The checker's annotations as the printers show them: what each is attached to, where,
//! its verdict and its evidence links.

use parallax_engine::model::{LinkIdx, SourceIdx};

use super::links::is_web_url;

/// A verdict as the printers show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerdictView {
    /// `true`, `mostly-true`, ... for CSS classes and machine formats.
    pub key: &'static str,
    /// "Mostly true": what people read.
    pub label: &'static str,
    /// Colour as CSS hex, e.g. `#2e7d32`.
    pub colour: String,
    /// Position on the ClaimReview rating scale, 1 (false) to 5 (true); `None` for
    /// verdicts off the scale (unverifiable, needs checking).
    pub rating: Option<u8>,
}

/// An evidence link of an annotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceView {
    pub label: String,
    pub url: String,
}

impl EvidenceView {
    /// Only `http:` and `https:` URLs become links; anything else is shown as text.
    pub fn is_web_link(&self) -> bool {
        is_web_url(&self.url)
    }
}

/// What an annotation is attached to.
#[derive(Debug, Clone, PartialEq)]
pub enum TargetKind {
    Statement,
    Fact,
    Link,
    Selection,
}

impl TargetKind {
    pub fn name(&self) -> &'static str {
        match self {
            Self::Statement => "statement",
            Self::Fact => "fact",
            Self::Link => "link",
            Self::Selection => "selection",
        }
    }
}

/// Where a quoted text lies: its source and, when the text was found as a whole statement,
/// that statement. An annotation's anchor and a link decision's side both have one.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceView {
    /// The source, when it is in the set.
    pub source: Option<SourceIdx>,
    /// Source label, or the file name remembered by the annotation or decision when the
    /// source is missing.
    pub source_label: String,
    /// File name of the source as on disk (the saved one when the source is missing).
    pub file_name: String,
    /// Statement id when the text is a whole statement that was found.
    pub statement_id: Option<String>,
}

/// One anchored span of text an annotation points at (a link has two).
#[derive(Debug, Clone, PartialEq)]
pub struct AnchorView {
    pub place: PlaceView,
    /// The exact quoted text.
    pub quote: String,
    pub prefix: String,
    pub suffix: String,
    /// Byte range in the stored text (where it was re-attached).
    pub start: usize,
    pub end: usize,
}

/// One annotation, resolved against the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnnotationRow {
    pub id: String,
    pub target_kind: TargetKind,
    /// Fact id for fact targets (or the fact of the targeted statement).
    pub fact_id: Option<String>,
    /// The link for link targets.
    pub link: Option<LinkIdx>,
    /// The anchored spans: one for a statement or selection, two for a link, the fact's
    /// statements for a fact.
    pub anchors: Vec<AnchorView>,
    /// True when the annotated text could not be found again.
    pub orphan: bool,
    pub verdict: Option<VerdictView>,
    /// "Reviewed" or "Dismissed" when the checker marked the conflict so.
    pub review: Option<&'static str>,
    pub note: String,
    pub tags: Vec<String>,
    pub evidence: Vec<EvidenceView>,
    pub author: Option<String>,
    /// RFC 3339 times.
    pub created: Option<String>,
    pub modified: Option<String>,
}

impl AnnotationRow {
    /// The text the annotation is about, for headings and the ClaimReview `claimReviewed`.
    pub fn claim_text(&self) -> String {
        match self.anchors.as_slice() {
            [] => String::new(),
            [one, ..] => one.quote.clone(),
        }
    }
    /// One line saying what is annotated: "statement s1-4 (AFP)".
    pub fn target_description(&self) -> String {
        let ids: Vec<&str> = self
            .anchors
            .iter()
            .filter_map(|a| a.place.statement_id.as_deref())
            .collect();
        let sources: Vec<&str> = {
            let mut seen = Vec::new();
            for a in &self.anchors {
                if !seen.contains(&a.place.source_label.as_str()) {
                    seen.push(a.place.source_label.as_str());
                }
            }
            seen
        };
        let mut out = self.target_kind.name().to_string();
        match self.target_kind {
            TargetKind::Fact => {
                if let Some(f) = &self.fact_id {
                    out.push(' ');
                    out.push_str(f);
                }
            }
            _ if !ids.is_empty() => {
                out.push(' ');
                out.push_str(&ids.join(" ↔ "));
            }
            _ => {}
        }
        if !sources.is_empty() {
            out.push_str(&format!(" ({})", sources.join(", ")));
        }
        if self.orphan {
            out.push_str(" — orphaned: text not found");
        }
        out
    }
}
