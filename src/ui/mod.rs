//! The egui workbench: a thin layer that draws the [`crate::model::Analysis`] and emits actions.

use std::path::PathBuf;

/// Open the workbench window on `paths` (empty: the last opened set, else the bundled set).
pub fn run(_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("the workbench is not built yet")
}
