//! The egui workbench: a thin layer that draws the [`crate::model::Analysis`] and emits actions.
