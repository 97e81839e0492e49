//! Drives the real workbench headless with egui_kittest: the bundled set opens in five
//! columns; clicking a conflicting statement shows both sides and the explanation; `n` moves
//! to the next conflict; the matrix lists the facts; filters hide statements; search finds
//! text; a set that cannot be opened shows its problem in the window.
//!
//! No test reads the user's persisted state (kittest gives the app no storage). The test
//! environment has no desktop portal, so a system file dialog comes back at once and the
//! app asks for the path in its own window; the export test goes through that.
//!
//! One test binary (the GUI app is linked once), one module per concern: `fixture` (the
//! hand-made analysis) and `harness` (starting the app, key presses, clicks) are shared by
//! `views`, `conflicts`, `annotating`, `opening`, `export` and `sources`.
#![cfg(feature = "gui")]

#[path = "../common/mod.rs"]
mod common;

mod fixture;
mod harness;

mod annotating;
mod conflicts;
mod export;
mod opening;
mod sources;
mod views;
