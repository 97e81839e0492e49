//! The conflicts list, a work queue: hard conflicts first, each labelled "hard" or "soft"
//! in words, with its kind, explanation, two outlets and whether the checker reviewed or
//! dismissed it; filters by kind and by severity; next / previous / next unreviewed
//! buttons that select a conflict and scroll both its columns.

use egui::{RichText, Stroke, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::panels::annotation_editor_ui::verdict_chip_ui;
use crate::ui::state::{Selection, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{ConflictKind, LinkIdx, Severity};

/// Draw the conflicts panel; `scroll_to_selected` brings the selected conflict into view.
pub fn conflicts_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    scroll_to_selected: bool,
    actions: &mut ActionQueue,
) {
    let visible = ws.visible_conflicts(view);
    let current = match view.selection {
        Some(Selection::Link(l)) => visible.iter().position(|v| *v == l),
        _ => None,
    };
    let done = visible
        .iter()
        .filter(|l| ws.review_of(**l).is_some())
        .count();
    ui.horizontal(|ui| {
        ui.heading("Conflicts");
        ui.label(RichText::new(format!("{}", visible.len())).strong());
        if !visible.is_empty() {
            ui.label(RichText::new(format!("· {done} done")).weak())
                .on_hover_text("Reviewed or dismissed, of the conflicts listed");
        }
    });
    ui.horizontal(|ui| {
        let enabled = !visible.is_empty();
        if ui
            .add_enabled(enabled, egui::Button::new("Previous"))
            .on_hover_text("Previous conflict (P)")
            .clicked()
        {
            actions.push(Action::PreviousConflict);
        }
        if ui
            .add_enabled(enabled, egui::Button::new("Next"))
            .on_hover_text("Next conflict (N)")
            .clicked()
        {
            actions.push(Action::NextConflict);
        }
        if ui
            .add_enabled(done < visible.len(), egui::Button::new("Next unreviewed"))
            .on_hover_text("Next conflict neither reviewed nor dismissed (U)")
            .clicked()
        {
            actions.push(Action::NextUnreviewedConflict);
        }
        if let Some(i) = current {
            ui.label(format!("{} of {}", i + 1, visible.len()));
        }
    });
    severity_filter_ui(ui, ws, view, actions);
    kind_filter_ui(ui, ws, view, actions);
    ui.separator();

    if ws.index.conflicts.is_empty() {
        ui.label(
            RichText::new("No conflicts found between these sources.")
                .italics()
                .weak(),
        );
        return;
    }
    if visible.is_empty() {
        ui.label(
            RichText::new("Every conflict is hidden by the filters.")
                .italics()
                .weak(),
        );
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("parallax-conflicts")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for (i, &l) in visible.iter().enumerate() {
                let selected = current == Some(i);
                let response = conflict_entry_ui(ui, ws, l, selected);
                if selected && scroll_to_selected {
                    response.scroll_to_me(Some(egui::Align::Center));
                }
                if response.clicked() {
                    actions.push(Action::Focus(Selection::Link(l)));
                }
            }
        });
}

/// "Severity: hard 3 · soft 5", each a toggle.
fn severity_filter_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        ui.label(RichText::new("Severity").small().weak());
        for severity in [Severity::Hard, Severity::Soft] {
            let count = ws
                .index
                .conflicts
                .iter()
                .filter(|l| ws.conflict_severity(**l) == severity)
                .count();
            if count == 0 {
                continue;
            }
            let shown = !view.filters.hidden_conflict_severities.contains(&severity);
            let response = ui
                .selectable_label(shown, format!("{} {count}", severity_word(severity)))
                .on_hover_text(if shown {
                    "Click to hide conflicts of this severity"
                } else {
                    "Click to show conflicts of this severity"
                });
            if response.clicked() {
                actions.push(Action::ToggleConflictSeverity(severity));
            }
        }
    });
}

/// "hard" or "soft": said in words, never by colour alone.
pub fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Hard => "hard",
        Severity::Soft => "soft",
    }
}

fn kind_filter_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing = egui::vec2(4.0, 4.0);
        for kind in ConflictKind::ALL {
            let count = ws
                .index
                .conflicts
                .iter()
                .filter(|l| {
                    ws.analysis.links[l.0]
                        .conflict
                        .as_ref()
                        .is_some_and(|c| c.kind == kind)
                })
                .count();
            if count == 0 {
                continue;
            }
            let shown = !view.filters.hidden_conflict_kinds.contains(&kind);
            let response = ui
                .selectable_label(shown, format!("{} {count}", kind.name()))
                .on_hover_text(if shown {
                    "Click to hide this kind"
                } else {
                    "Click to show this kind"
                });
            if response.clicked() {
                actions.push(Action::ToggleConflictKind(kind));
            }
        }
    });
}

fn conflict_entry_ui(ui: &mut Ui, ws: &Workspace, l: LinkIdx, selected: bool) -> egui::Response {
    let link = &ws.analysis.links[l.0];
    let dark = ui.visuals().dark_mode;
    let (kind, severity, explanation) = match &link.conflict {
        Some(c) => (c.kind.name(), c.severity, c.explanation.as_str()),
        None => ("conflict", Severity::Hard, ""),
    };
    let stroke = if selected {
        Stroke::new(2.0, ui.visuals().selection.stroke.color)
    } else {
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color)
    };
    let inner = egui::Frame::new()
        .stroke(stroke)
        .fill(if selected {
            theme::conflict_fill(dark)
        } else {
            egui::Color32::TRANSPARENT
        })
        .corner_radius(4.0)
        .inner_margin(6.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("≠ {kind}"))
                        .strong()
                        .color(theme::severity_color(dark, severity == Severity::Hard)),
                );
                ui.label(
                    RichText::new(severity_word(severity))
                        .small()
                        .strong()
                        .color(theme::severity_color(dark, severity == Severity::Hard)),
                )
                .on_hover_text(match severity {
                    Severity::Hard => "Hard: the two cannot both be true",
                    Severity::Soft => "Soft: wording, precision or scope differ; both may be true",
                });
                if let Some(review) = ws.review_of(l) {
                    ui.label(RichText::new(review.name()).small().strong())
                        .on_hover_text(format!("{} by the checker", review.label()));
                }
                // The checker's word on this conflict, and the verdict given to it.
                let decision = ws
                    .notes
                    .override_for(link.a, link.b)
                    .and_then(|i| ws.document.annotations.overrides().get(i));
                if let Some(d) = decision {
                    ui.label(
                        RichText::new(d.decision.label().to_lowercase())
                            .small()
                            .strong(),
                    );
                }
                let verdict = ws.link_annotations(l).iter().find_map(|a| a.verdict);
                if let Some(v) = verdict {
                    verdict_chip_ui(ui, v);
                }
            });
            if !explanation.is_empty() {
                ui.add(egui::Label::new(explanation).wrap());
            }
            ui.label(RichText::new(ws.link_outlets(l)).small().weak());
        });
    let response = ui.interact(
        inner.response.rect,
        ui.scope_id().with(("conflict", l.0)),
        egui::Sense::click(),
    );
    let review = ws
        .review_of(l)
        .map(|r| format!(" ({})", r.name()))
        .unwrap_or_default();
    let label = format!(
        "{} {kind} conflict{review}: {explanation}",
        severity_word(severity)
    );
    response
        .widget_info(|| egui::WidgetInfo::selected(egui::Role::ListItem, true, selected, &label));
    if response.hovered() {
        ui.painter().rect_stroke(
            inner.response.rect,
            4.0,
            ui.visuals().widgets.hovered.bg_stroke,
            egui::StrokeKind::Inside,
        );
    }
    ui.add_space(2.0);
    response.on_hover_text("Select and scroll both columns to it")
}
