//! What every view shows the same way, with no GUI toolkit: each statement's status, the
//! status colours as RGB, the word difference of two statements, and how a figure moved
//! over the sources' publication dates. The workbench and
//! every exporter read these, so a report and the screen never disagree.

pub mod diff;
pub mod palette;
pub mod status;
pub mod timeline;

pub use diff::{DiffPiece, diff_side, shared_word_share, word_diff};
pub use palette::{Palette, Rgb};
pub use status::{StatementStatus, statement_statuses};
pub use timeline::{PlotFrame, Timeline, TimelinePoint, ValueLabel};
