//! Parallax, the app: the desktop workbench ([`ui`], behind the `gui` feature), the
//! command line ([`cli`]), installing for double-click launch ([`desktop`]), and the two
//! whole-folder modes, [`batch`] (every event of an archive, one comparison each) and
//! [`bench`] (timings that print figures); [`events`] is the workbench's event list of a
//! large or mixed set (egui-free, so `bench` can time it).
//!
//! The work is done by the workspace's crates, each with one job, in the order data flows:
//! `parallax-fsio` (reading and writing files safely), `parallax-engine` (load, segment,
//! parse, align, compare, reuse, facts, figures, event grouping; no GUI, no CLI),
//! `parallax-documents` (annotations, saves and exports over an analysis) and
//! `parallax-eval` (the gold-file eval suite and the fitting of the link model).

pub mod batch;
pub mod bench;
pub mod cli;
pub mod desktop;
pub mod events;
#[cfg(feature = "gui")]
pub mod ui;
