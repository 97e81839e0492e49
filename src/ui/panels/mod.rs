//! The panels of the workbench window. Each draws part of the model and pushes actions;
//! none changes state directly.

pub mod annotation_editor_ui;
pub mod annotations_ui;
pub mod compare_ui;
pub mod conflicts_ui;
pub mod dialogs_ui;
pub mod event_list_ui;
pub mod figures_ui;
pub mod help_ui;
pub mod inspector_ui;
pub mod matrix_ui;
pub mod menu_ui;
pub mod search_ui;
pub mod source_editor_ui;
pub mod sources_ui;
pub mod status_ui;

/// The other disagreements of a link's conflict, one line each under its explanation
/// ("Also, soft number: measurement of the winds differs: ...").
pub fn also_ui(ui: &mut egui::Ui, conflict: &parallax_engine::model::Conflict, dark: bool) {
    for other in &conflict.also {
        ui.label(
            egui::RichText::new(parallax_documents::export::report::also_line(other))
                .color(crate::ui::theme::conflict_text(dark)),
        );
    }
}
