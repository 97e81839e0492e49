//! The Figures tab: one row per measure that two or more sources count (a toll of a named
//! population, a count of things), one column per source, each cell the figures that
//! source gives; measures with a hard conflict first and marked ≠. A figure is a button that
//! shows its statement in the columns. Where the sources were published on different days,
//! a small plot shows how the figure moved (an official toll rising is not a
//! contradiction). The rows come from [`parallax_engine::figures`] and the plots from
//! [`parallax_documents::present::timeline`], as in the reports' Figures section.

use egui::{RichText, ScrollArea, Ui};
use parallax_documents::present::{PlotFrame, Timeline};

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
            "{} measure{} counted by two or more sources · ≠ a hard conflict · click a figure to see its statement · over time: the figures by publication date",
            rows.len(),
            if rows.len() == 1 { "" } else { "s" }
        ));
    });
    ui.separator();
    if rows.is_empty() {
        ui.label("No measure is given a figure by more than one source.");
        return;
    }
    let dark = ui.visuals().dark_mode;
    let conflict = theme::conflict_text(dark);
    let over_time = rows.iter().any(|(_, t)| t.is_some());
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
                if over_time {
                    ui.label(RichText::new("Over time").strong());
                }
                ui.end_row();
                for (row, timeline) in rows {
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
                    if over_time {
                        match timeline {
                            Some(t) => {
                                let colour = if row.hard_conflict {
                                    theme::conflict_stripe(dark)
                                } else {
                                    theme::corroborated_stripe(dark)
                                };
                                timeline_ui(ui, t, colour);
                            }
                            None => {
                                ui.weak("—");
                            }
                        }
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

/// A small plot of a [`Timeline`]: each figure a dot at its source's publication date (left
/// to right) and its value (bottom to top) written beside it, a bar over the values a bound allows, the first
/// and last dates under the axis; hovering names every figure in date order.
fn timeline_ui(ui: &mut Ui, timeline: &Timeline, colour: egui::Color32) {
    const SIZE: egui::Vec2 = egui::vec2(160.0, 52.0);
    const FRAME: PlotFrame = PlotFrame {
        width: SIZE.x,
        pad_x: 10.0,
        top: 6.0,
        axis: 36.0,
    };
    let (rect, response) = ui.allocate_exact_size(SIZE, egui::Sense::hover());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let at = |x: f32, y: f32| rect.min + egui::vec2(x, y);
    painter.line_segment(
        [
            at(FRAME.pad_x, FRAME.axis),
            at(SIZE.x - FRAME.pad_x, FRAME.axis),
        ],
        visuals.widgets.noninteractive.bg_stroke,
    );
    for p in &timeline.points {
        let px = FRAME.x(timeline, p.date);
        if let Some((low, high)) = FRAME.bound_bar(timeline, p) {
            painter.line_segment(
                [at(px, low), at(px, high)],
                egui::Stroke::new(3.0, colour.gamma_multiply(0.45)),
            );
        }
        painter.circle_filled(at(px, FRAME.y(timeline, p.value)), 3.5, colour);
    }
    let font = egui::FontId::proportional(10.0);
    let weak = visuals.weak_text_color();
    for label in FRAME.value_labels(timeline, 10.0) {
        let align = if label.ends_at_x {
            egui::Align2::RIGHT_CENTER
        } else {
            egui::Align2::LEFT_CENTER
        };
        painter.text(
            at(label.x, label.y),
            align,
            label.point.value_label(),
            font.clone(),
            visuals.text_color(),
        );
    }
    painter.text(
        egui::pos2(rect.left() + FRAME.pad_x, rect.bottom() - 2.0),
        egui::Align2::LEFT_BOTTOM,
        timeline.first_date().format("%-d %b").to_string(),
        font.clone(),
        weak,
    );
    painter.text(
        egui::pos2(rect.right() - FRAME.pad_x, rect.bottom() - 2.0),
        egui::Align2::RIGHT_BOTTOM,
        timeline.last_date().format("%-d %b").to_string(),
        font,
        weak,
    );
    let words = timeline.in_words();
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &words));
    response.on_hover_text(words);
}
