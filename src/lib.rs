//! Parallax: compare how news sources report the same event.
//!
//! The pipeline, in one paragraph: [`corpus`] loads an article set (files, folders or the
//! bundled seed set), extracts text from HTML, reads each article's metadata, marks
//! boilerplate and splits the text into statements with byte offsets into the file as
//! stored. [`text`] turns a statement into normalised, stemmed terms, numbers with their
//! bounds, dates and quotations. [`align`] finds pairs of statements from different
//! sources that report the same fact. [`conflict`] compares each linked pair and types
//! any disagreement (number, date, count, entity, quote wording, status) with a plain
//! explanation. [`facts`] groups links into facts with a per-source stance: the
//! claim-by-source matrix. [`analysis::analyze`] runs all of it and returns the
//! [`model::Analysis`] that the command line, the exporters and the GUI read.
//! For a large or mixed folder, [`group`] first sorts articles into events and [`batch`]
//! analyses each event on its own. [`annotate`] and [`store`] hold the user's judgement and its save files; [`export`]
//! prints reports. Only the `gui` feature brings in egui, in [`ui`].

pub mod align;
pub mod analysis;
pub mod annotate;
pub mod batch;
pub mod bench;
pub mod cli;
pub mod conflict;
pub mod corpus;
pub mod desktop;
pub mod eval;
pub mod export;
pub mod facts;
pub mod figures;
pub mod fsio;
pub mod group;
pub mod json;
pub mod model;
pub mod reuse;
pub mod store;
pub mod summary;
pub mod text;
#[cfg(feature = "gui")]
pub mod ui;

pub use analysis::{Config, analyze};
pub use model::Analysis;
