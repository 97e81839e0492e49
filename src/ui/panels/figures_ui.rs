//! The Figures tab: one row per measure that two or more sources count (a toll of a named
//! population, a count of things), one column per source, each cell the figures that
//! source gives; measures with a hard conflict first and marked ≠. A figure is a button that
//! shows its statement in the columns. The rows come from [`parallax_engine::figures`], as in the
//! reports' Figures section.

use egui::{RichText, ScrollArea, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::{Selection, Tab};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::StatementIdx;

pub fn figures_ui(ui: &mut Ui, ws: &Workspace, actions: &mut ActionQueue) {
    let rows = &ws.figures;
    ui.horizontal(|ui| {
        ui.heading("Figures");
        ui.label(format!(
            "{} measures counted by two or more sources · ≠ a hard conflict · click a figure to see its statement",
            rows.len()
        ));
    });
    ui.separator();
    if rows.is_empty() {
        ui.label("No measure is given a figure by more than one source.");
        return;
    }
    let conflict = theme::conflict_text(ui.visuals().dark_mode);
    ScrollArea::both().auto_shrink(false).show(ui, |ui| {
        // A figure reads whole ("nearly 19 million"); the area scrolls sideways instead.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        egui::Grid::new("figures-grid")
            .striped(true)
            .spacing([16.0, 6.0])
            .show(ui, |ui| {
                ui.label(RichText::new("Measure").strong());
                for source in &ws.analysis.sources {
                    ui.label(RichText::new(source.label()).strong());
                }
                ui.end_row();
                for row in rows {
                    if row.hard_conflict {
                        ui.label(
                            RichText::new(format!("≠ {}", row.label))
                                .color(conflict)
                                .strong(),
                        );
                    } else {
                        ui.label(&row.label);
                    }
                    for cell in &row.cells {
                        ui.vertical(|ui| {
                            if cell.is_empty() {
                                ui.weak("—");
                            }
                            for claim in cell {
                                figure_button_ui(ui, ws, claim.statement, &claim.text, actions);
                            }
                        });
                    }
                    ui.end_row();
                }
            });
    });
}

fn figure_button_ui(
    ui: &mut Ui,
    ws: &Workspace,
    statement: StatementIdx,
    text: &str,
    actions: &mut ActionQueue,
) {
    let id = &ws.analysis.statement(statement).id;
    let clicked = ui
        .button(text)
        .on_hover_text(format!("{id}: {}", ws.analysis.statement(statement).text))
        .clicked();
    if clicked {
        actions.push(Action::SetTab(Tab::Sources));
        actions.push(Action::Select(Selection::Statement(statement)));
    }
}
