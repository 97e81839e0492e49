//! The Parallax engine: compare how news sources report the same event.
//!
//! The pipeline, in one paragraph: [`corpus`] loads an article set (files, folders or the
//! bundled seed set), extracts text from HTML, reads each article's metadata, marks
//! boilerplate and splits the text into statements with byte offsets into the file as
//! stored. [`text`] turns a statement into normalised, stemmed terms, numbers with their
//! bounds, dates and quotations. [`align`] finds pairs of statements from different sources
//! that report the same fact. [`conflict`] compares each linked pair and types any
//! disagreement (number, date, count, entity, quote wording, status) with a plain
//! explanation. [`reuse`] finds wire copies and shared origins. [`facts`] groups links into
//! facts with a per-source stance: the claim-by-source matrix. [`analysis::analyze`] runs
//! all of it and returns the [`model::Analysis`] that the document layer, the command line
//! and the GUI read; [`claims`] reads every statement's claims as typed data (figures,
//! times, quotations, statuses) and [`figures`] lays the figures out one row per measure.
//! For a large or mixed folder, [`group`] first sorts articles into events.
//!
//! This crate has no GUI, no command line and no printer: it owns the analysis only.

pub mod align;
pub mod analysis;
pub mod claims;
pub mod conflict;
pub mod corpus;
mod disjoint;
pub mod facts;
pub mod figures;
pub mod group;
pub mod model;
pub mod parallel;
pub mod reuse;
pub mod text;

pub use analysis::{Config, analyze};
pub use model::Analysis;
