//! The compare strip above the columns: the two sides of a conflict, or every statement of
//! one fact, side by side in equal widths whatever the column layout, with the word diff of
//! a conflict's two sides. It follows the selected conflict or fact unless pinned.

use egui::{RichText, ScrollArea, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::panels::inspector_ui::{
    DiffCache, DiffSide, diff_caption_ui, relation_badge_ui, statement_card_ui,
};
use crate::ui::state::{CompareState, Selection};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{FactStatus, StatementIdx};

/// Narrowest a card of the strip gets before the strip scrolls sideways.
const MIN_CARD_WIDTH: f32 = 260.0;
/// Most statements of one fact the strip shows.
const MAX_CARDS: usize = 12;

/// The statements a comparison shows, in source order (one fact may give several per source).
pub fn compared_statements(ws: &Workspace, target: Selection) -> Vec<StatementIdx> {
    match target {
        Selection::Link(l) => ws
            .analysis
            .links
            .get(l.0)
            .map(|link| vec![link.a, link.b])
            .unwrap_or_default(),
        Selection::Fact(f) => {
            let mut statements = ws
                .analysis
                .facts
                .get(f.0)
                .map(|fact| fact.statements.clone())
                .unwrap_or_default();
            statements.sort_by_key(|s| (ws.analysis.statement(*s).source, *s));
            statements
        }
        Selection::Statement(s) => vec![s],
    }
}

/// Draw the strip for `compare`.
pub fn compare_ui(
    ui: &mut Ui,
    ws: &Workspace,
    compare: &CompareState,
    diffs: &mut DiffCache,
    actions: &mut ActionQueue,
) {
    let statements = compared_statements(ws, compare.target);
    let dark = ui.visuals().dark_mode;
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Side by side").heading().strong());
        match compare.target {
            Selection::Link(l) => {
                if let Some(link) = ws.analysis.links.get(l.0) {
                    relation_badge_ui(
                        ui,
                        link.relation,
                        link.conflict.as_ref().map(|c| (c.kind.name(), c.severity)),
                    );
                    ui.label(RichText::new(ws.link_outlets(l)).strong());
                }
            }
            Selection::Fact(f) => {
                if let Some(fact) = ws.analysis.facts.get(f.0) {
                    let status = match fact.status {
                        FactStatus::Conflicting => "conflicting",
                        FactStatus::Corroborated => "corroborated",
                        FactStatus::Single => "one source",
                    };
                    ui.label(
                        RichText::new(format!(
                            "fact {} · {} statements from {} sources · {status}",
                            fact.id,
                            fact.statements.len(),
                            fact.source_count()
                        ))
                        .strong(),
                    );
                }
            }
            Selection::Statement(_) => {}
        }
        let pin = if compare.pinned { "Pinned" } else { "Pin" };
        if ui
            .selectable_label(compare.pinned, pin)
            .on_hover_text(
                "A pinned comparison stays while you select other conflicts or facts (C)",
            )
            .clicked()
        {
            actions.push(Action::TogglePinCompare);
        }
        if ui
            .button("Show in the columns")
            .on_hover_text("Scroll every involved column to its statement")
            .clicked()
        {
            actions.push(Action::Focus(compare.target));
        }
        if ui.button("Close").clicked() {
            actions.push(Action::CloseCompare);
        }
    });
    if let Selection::Link(l) = compare.target
        && let Some(conflict) = ws.analysis.links.get(l.0).and_then(|k| k.conflict.as_ref())
    {
        ui.label(
            RichText::new(&conflict.explanation)
                .strong()
                .color(theme::conflict_text(dark)),
        );
        super::also_ui(ui, conflict, dark);
    }
    if statements.is_empty() {
        ui.label(RichText::new("Nothing to compare.").italics().weak());
        return;
    }
    let shown = statements.len().min(MAX_CARDS);
    let gap = ui.spacing().item_spacing.x;
    let width =
        ((ui.available_width() - gap * (shown as f32 - 1.0)) / shown as f32).max(MIN_CARD_WIDTH);
    let diff = match compare.target {
        Selection::Link(l) => ws
            .analysis
            .links
            .get(l.0)
            .map(|link| diffs.get(ws, link.a, link.b).clone()),
        _ => None,
    };
    ScrollArea::both()
        .id_salt(("parallax-compare", format!("{:?}", compare.target)))
        .max_height(260.0)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            ui.horizontal_top(|ui| {
                for (i, &s) in statements.iter().take(MAX_CARDS).enumerate() {
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        let side = if i == 0 { DiffSide::From } else { DiffSide::To };
                        statement_card_ui(ui, ws, s, diff.as_ref().map(|d| (d, side)));
                        if ui
                            .small_button(format!("Inspect {}", ws.analysis.statement(s).id))
                            .clicked()
                        {
                            actions.push(Action::Focus(Selection::Statement(s)));
                        }
                    });
                }
            });
        });
    if statements.len() > MAX_CARDS {
        ui.label(
            RichText::new(format!(
                "… and {} more statements: see the claim matrix",
                statements.len() - MAX_CARDS
            ))
            .small()
            .weak(),
        );
    }
    if let Some(diff) = &diff {
        diff_caption_ui(ui, diff, "the other side");
    }
    ui.add_space(2.0);
}
