//! The annotation data types: what a fact-checker records and what a save file holds.
//!
//! An [`Annotation`] carries a verdict, a note, tags and evidence and points at its
//! [`Target`] (a statement, a fact, a link or any span of text) through [`Anchor`]s. An
//! anchor follows the W3C Web Annotation model: the source's identity (file name and
//! content hash), a [`TextQuoteSelector`] (the exact text with a little context on each
//! side) and a [`TextPositionSelector`] (byte offsets into the file as stored, like a
//! statement's: into [`Source::stored_text`] for a UTF-8 file, through the source's decode
//! map for Windows-1252 or UTF-16), so it can be re-attached after the article is edited
//! or moved (see [`super::anchor`]).
//! A [`LinkOverride`] is the user's decision about a link between two statements.
//!
//! [`Source::stored_text`]: parallax_engine::model::Source::stored_text

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Stable id of an annotation within one annotation set (`1`, `2`, ...; never reused).
pub type AnnotationId = u64;

/// A fact-checker's rating of a claim, on the ClaimReview-style scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Verdict {
    True,
    MostlyTrue,
    Mixed,
    MostlyFalse,
    False,
    Unverifiable,
    NeedsChecking,
}

/// The best rating of the numeric scale ([`Verdict::rating`]), for ClaimReview `bestRating`.
pub const BEST_RATING: u8 = 5;
/// The worst rating of the numeric scale, for ClaimReview `worstRating`.
pub const WORST_RATING: u8 = 1;

impl Verdict {
    /// Every verdict, from true to false, then the two without a rating.
    pub const ALL: [Verdict; 7] = [
        Self::True,
        Self::MostlyTrue,
        Self::Mixed,
        Self::MostlyFalse,
        Self::False,
        Self::Unverifiable,
        Self::NeedsChecking,
    ];

    /// The label shown to people and used as ClaimReview `alternateName`: "Mostly true".
    pub fn label(self) -> &'static str {
        match self {
            Self::True => "True",
            Self::MostlyTrue => "Mostly true",
            Self::Mixed => "Mixed",
            Self::MostlyFalse => "Mostly false",
            Self::False => "False",
            Self::Unverifiable => "Unverifiable",
            Self::NeedsChecking => "Needs checking",
        }
    }

    /// Machine name for CSV, JSON and CSS classes: `mostly-true`.
    pub fn name(self) -> &'static str {
        match self {
            Self::True => "true",
            Self::MostlyTrue => "mostly-true",
            Self::Mixed => "mixed",
            Self::MostlyFalse => "mostly-false",
            Self::False => "false",
            Self::Unverifiable => "unverifiable",
            Self::NeedsChecking => "needs-checking",
        }
    }

    /// Parse a [`Verdict::name`] or [`Verdict::label`] (case-insensitive).
    pub fn from_name(text: &str) -> Option<Verdict> {
        let wanted = text.trim();
        Self::ALL.into_iter().find(|v| {
            v.name().eq_ignore_ascii_case(wanted) || v.label().eq_ignore_ascii_case(wanted)
        })
    }

    /// ClaimReview-style rating from [`WORST_RATING`] (false) to [`BEST_RATING`] (true);
    /// `None` for verdicts that are not a point on that scale.
    pub fn rating(self) -> Option<u8> {
        match self {
            Self::True => Some(5),
            Self::MostlyTrue => Some(4),
            Self::Mixed => Some(3),
            Self::MostlyFalse => Some(2),
            Self::False => Some(1),
            Self::Unverifiable | Self::NeedsChecking => None,
        }
    }

    /// The verdict's colour as sRGB, shared by the GUI markers and the HTML export.
    pub fn colour_rgb(self) -> [u8; 3] {
        match self {
            Self::True => [0x2e, 0x7d, 0x32],
            Self::MostlyTrue => [0x7c, 0xb3, 0x42],
            Self::Mixed => [0xf9, 0xa8, 0x25],
            Self::MostlyFalse => [0xef, 0x6c, 0x00],
            Self::False => [0xc6, 0x28, 0x28],
            Self::Unverifiable => [0x75, 0x75, 0x75],
            Self::NeedsChecking => [0x15, 0x65, 0xc0],
        }
    }

    /// The colour as CSS hex: `#2e7d32`.
    pub fn colour_hex(self) -> String {
        let [r, g, b] = self.colour_rgb();
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// Which article an anchor points into: the identity used by saves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    /// File name as on disk, e.g. `000_7c8d65ada6d1ef13.txt`.
    pub file_name: String,
    /// SHA-256 of the file's bytes, lowercase hex ([`parallax_engine::model::Source::content_hash`]).
    pub content_hash: String,
}

/// W3C TextQuoteSelector: the exact text with some context before and after it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    /// Up to [`super::anchor::CONTEXT_CHARS`] characters just before `exact`.
    pub prefix: String,
    /// Up to [`super::anchor::CONTEXT_CHARS`] characters just after `exact`.
    pub suffix: String,
}

/// W3C TextPositionSelector, but in BYTE offsets into the file as stored (see
/// [`parallax_engine::model::Source::raw`]; W3C counts characters of the text: use
/// [`parallax_engine::model::Source::text_range`] and [`super::anchor::char_offsets`] when
/// exporting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TextPositionSelector {
    pub start: usize,
    pub end: usize,
}

/// A robust pointer to a piece of one article's text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Anchor {
    pub source: SourceRef,
    pub quote: TextQuoteSelector,
    pub position: TextPositionSelector,
}

/// What an annotation is about.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Target {
    /// One statement (the anchor covers the whole statement).
    Statement(Anchor),
    /// A fact: the statements of one link group, one anchor per statement.
    Fact(Vec<Anchor>),
    /// A link (match or conflict) between two statements.
    Link { a: Anchor, b: Anchor },
    /// Any span of text the user selected.
    Span(Anchor),
}

impl Target {
    /// Every anchor of the target, in order.
    pub fn anchors(&self) -> Vec<&Anchor> {
        match self {
            Target::Statement(a) | Target::Span(a) => vec![a],
            Target::Fact(list) => list.iter().collect(),
            Target::Link { a, b } => vec![a, b],
        }
    }

    /// Every anchor of the target, mutable, in order.
    pub fn anchors_mut(&mut self) -> Vec<&mut Anchor> {
        match self {
            Target::Statement(a) | Target::Span(a) => vec![a],
            Target::Fact(list) => list.iter_mut().collect(),
            Target::Link { a, b } => vec![a, b],
        }
    }

    /// "statement", "fact", "link" or "span": for lists, CSV and JSON.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Target::Statement(_) => "statement",
            Target::Fact(_) => "fact",
            Target::Link { .. } => "link",
            Target::Span(_) => "span",
        }
    }
}

/// A piece of evidence: a URL and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    pub url: String,
    pub label: String,
}

/// Where a conflict stands in the checker's work queue (kept on the annotation of its link).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Review {
    /// The checker has looked at it and is done.
    Reviewed,
    /// Not worth checking (a rounding, a wording); the link itself stays.
    Dismissed,
}

impl Review {
    pub const ALL: [Review; 2] = [Self::Reviewed, Self::Dismissed];

    /// "Reviewed", "Dismissed": what people read.
    pub fn label(self) -> &'static str {
        match self {
            Self::Reviewed => "Reviewed",
            Self::Dismissed => "Dismissed",
        }
    }

    /// `reviewed`, `dismissed`: for CSV, JSON and CSS classes.
    pub fn name(self) -> &'static str {
        match self {
            Self::Reviewed => "reviewed",
            Self::Dismissed => "dismissed",
        }
    }
}

/// A fact-checker's judgement on one target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: AnnotationId,
    pub target: Target,
    pub verdict: Option<Verdict>,
    /// Free text, may span several lines.
    pub note: String,
    pub tags: Vec<String>,
    pub evidence: Vec<Evidence>,
    pub author: String,
    /// Serialised as RFC 3339.
    pub created: DateTime<Utc>,
    pub modified: DateTime<Utc>,
    /// For a link's annotation: the conflict was reviewed or dismissed (absent in saves
    /// written before this field existed, and when not set).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Review>,
}

impl Annotation {
    /// A blank annotation created now (created = modified = now).
    pub fn new(id: AnnotationId, target: Target, author: impl Into<String>) -> Self {
        let now = Utc::now();
        Self {
            id,
            target,
            verdict: None,
            note: String::new(),
            tags: Vec::new(),
            evidence: Vec::new(),
            author: author.into(),
            created: now,
            modified: now,
            review: None,
        }
    }

    /// Set `modified` to now: call on the `after` of an [`Edit::Update`](super::Edit::Update).
    pub fn touch(&mut self) {
        self.modified = Utc::now().max(self.created);
    }
}

/// What the user decided about a link between two statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum OverrideDecision {
    /// The machine-made link (match or conflict) is right: keep it, marked as confirmed.
    Confirm,
    /// The machine-made link is wrong: remove it (and its conflict).
    Reject,
    /// The two statements report the same fact and agree: add (or turn into) a match.
    AddMatch,
    /// The two statements report the same fact and disagree: add (or turn into) a conflict.
    AddConflict,
}

impl OverrideDecision {
    pub const ALL: [OverrideDecision; 4] = [
        Self::Confirm,
        Self::Reject,
        Self::AddMatch,
        Self::AddConflict,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Confirm => "Confirmed",
            Self::Reject => "Rejected",
            Self::AddMatch => "Added match",
            Self::AddConflict => "Added conflict",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Confirm => "confirm",
            Self::Reject => "reject",
            Self::AddMatch => "add-match",
            Self::AddConflict => "add-conflict",
        }
    }
}

/// A manual decision about the link between the statements at `a` and `b`.
/// At most one override exists per unordered pair of anchors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LinkOverride {
    pub a: Anchor,
    pub b: Anchor,
    pub decision: OverrideDecision,
    /// Why, in the user's words.
    pub reason: String,
}

impl LinkOverride {
    /// Whether this override is about the same pair of statements (in either order).
    pub fn same_pair(&self, a: &Anchor, b: &Anchor) -> bool {
        (&self.a == a && &self.b == b) || (&self.a == b && &self.b == a)
    }
}
