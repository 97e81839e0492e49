//! The user's judgement on an analysis: annotations (verdicts, notes, tags, evidence) and
//! manual link overrides, anchored robustly to the article text, with undo and redo.
//!
//! - [`model`]: the data types ([`Annotation`], [`Verdict`], [`Target`], [`Anchor`], [`LinkOverride`]).
//! - [`anchor`]: making anchors from an analysis and re-attaching them to edited text.
//! - [`history`]: the [`AnnotationSet`], changed only through [`Edit`]s, with undo and redo.
//! - [`index`]: where each annotation falls in an analysis (markers, orphans, overrides by pair).
//! - [`selection`]: selections in a statement's clean text mapped to and from the file text.
//! - [`overrides`]: applying link overrides to an analysis so every view shows them.
//! - [`sources`]: the checker's corrections of the articles (outlet, date, URL, origin,
//!   excluded), applied before the overrides.
//!
//! No egui here: the GUI and the exporters read these types.
//!
//! ```
//! use parallax_documents::annotate::anchor::statement_target;
//! use parallax_documents::annotate::{Annotation, AnnotationIndex, AnnotationSet, Edit, Verdict};
//! use parallax_engine::model::StatementIdx;
//! use parallax_documents::store::{SaveFile, SetIdentity};
//!
//! let analysis = parallax_engine::analyze(&parallax_engine::corpus::bundled_set(), &Default::default());
//! let mut set = AnnotationSet::new();
//! let target = statement_target(&analysis, StatementIdx(3)).unwrap();
//! let mut a = Annotation::new(set.next_id(), target, "desk");
//! set.apply(Edit::Add(a.clone())).unwrap();
//! let before = a.clone();
//! a.verdict = Some(Verdict::Mixed);
//! set.apply_coalesced(Edit::Update { before, after: a }).unwrap();
//! assert!(set.is_dirty() && set.can_undo());
//! let shown = parallax_documents::annotate::apply_overrides(&analysis, &set); // what views display
//! let index = AnnotationIndex::build(&set, &shown);
//! assert_eq!(index.marker_verdict(&set, StatementIdx(3)), Some(Verdict::Mixed));
//! let file = SaveFile::new(SetIdentity::of("kazakhstan-2022", &analysis), &set);
//! # let _ = (file, shown);
//! ```

pub mod anchor;
pub mod history;
pub mod index;
pub mod model;
pub mod overrides;
pub mod selection;
pub mod sources;

pub use anchor::{AnchorError, Resolution};
pub use history::{AnnotationSet, Edit, EditError, renumber_duplicate_ids};
pub use index::AnnotationIndex;
pub use model::{
    Anchor, Annotation, AnnotationId, Evidence, LinkOverride, OverrideDecision, Review, SourceRef,
    Target, TextPositionSelector, TextQuoteSelector, Verdict,
};
pub use overrides::apply_overrides;
pub use sources::{OriginFix, SourceCorrection, apply_source_corrections};
