//! The user's judgement on an analysis: annotations (verdicts, notes, tags, evidence) and
//! manual link overrides, anchored robustly to the article text, with undo and redo.
//!
//! - [`model`]: the data types ([`Annotation`], [`Verdict`], [`Target`], [`Anchor`], [`LinkOverride`]).
//! - [`anchor`]: making anchors from an analysis and re-attaching them to edited text.
//! - [`history`]: the [`AnnotationSet`], changed only through [`Edit`]s, with undo and redo.
//! - [`overrides`]: applying link overrides to an analysis so every view shows them.
//!
//! No egui here: the GUI and the exporters read these types.

pub mod anchor;
pub mod history;
pub mod model;
pub mod overrides;

pub use anchor::{AnchorError, Resolution};
pub use history::{AnnotationSet, Edit, EditError};
pub use model::{
    Anchor, Annotation, AnnotationId, Evidence, LinkOverride, OverrideDecision, SourceRef, Target,
    TextPositionSelector, TextQuoteSelector, Verdict,
};
pub use overrides::apply_overrides;
