//! The claim matrix: one row per fact, one column per source; each cell says whether the
//! source states the fact, contradicts it (with its figure) or is silent. Rows sort by
//! order of appearance, number of sources or conflict first; a click jumps to the statements.

use egui::{Align, Color32, Layout, RichText, Sense, Ui, vec2};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::{MatrixSort, Selection, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{FactIdx, FactStatus, SourceIdx, SourceStance};

const FACT_COLUMN_PTS: f32 = 340.0;
const COUNT_COLUMN_PTS: f32 = 64.0;
const CELL_PTS: f32 = 104.0;

/// Fact rows in the order the sort asks for.
pub fn sorted_facts(ws: &Workspace, sort: MatrixSort) -> Vec<FactIdx> {
    let mut rows: Vec<FactIdx> = (0..ws.analysis.facts.len()).map(FactIdx).collect();
    let first_statement = |f: &FactIdx| ws.analysis.facts[f.0].statements.iter().min().copied();
    match sort {
        MatrixSort::Document => rows.sort_by_key(first_statement),
        MatrixSort::MostSources => rows.sort_by_key(|f| {
            (
                std::cmp::Reverse(ws.analysis.facts[f.0].source_count()),
                first_statement(f),
            )
        }),
        MatrixSort::ConflictsFirst => rows.sort_by_key(|f| {
            let fact = &ws.analysis.facts[f.0];
            (
                fact.status != FactStatus::Conflicting,
                std::cmp::Reverse(fact.source_count()),
                first_statement(f),
            )
        }),
    }
    rows
}

pub fn matrix_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    let facts = &ws.analysis.facts;
    let corroborated = facts
        .iter()
        .filter(|f| f.status == FactStatus::Corroborated)
        .count();
    let conflicting = facts
        .iter()
        .filter(|f| f.status == FactStatus::Conflicting)
        .count();
    ui.horizontal(|ui| {
        ui.heading("Claim matrix");
        ui.label(format!(
            "{} facts · {corroborated} corroborated · {conflicting} conflicting",
            facts.len()
        ));
        ui.separator();
        ui.label("Sort:");
        for sort in MatrixSort::ALL {
            if ui
                .selectable_label(view.matrix_sort == sort, sort.label())
                .clicked()
            {
                actions.push(Action::SetMatrixSort(sort));
            }
        }
    });
    ui.separator();
    if facts.is_empty() {
        ui.label(
            RichText::new("No facts: no statement of one source was linked to another source.")
                .italics()
                .weak(),
        );
        return;
    }

    let sources: Vec<SourceIdx> = (0..ws.analysis.sources.len())
        .map(SourceIdx)
        .filter(|s| !view.filters.hidden_sources.contains(s))
        .collect();
    let rows = sorted_facts(ws, view.matrix_sort);
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    let selected_fact = match view.selection {
        Some(Selection::Fact(f)) => Some(f),
        Some(Selection::Statement(s)) => ws.index.fact_of(s),
        _ => None,
    };

    egui::ScrollArea::horizontal()
        .id_salt("parallax-matrix-h")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.vertical(|ui| {
                header_row_ui(ui, ws, view, &sources, row_height, actions);
                egui::ScrollArea::vertical()
                    .id_salt("parallax-matrix-v")
                    .auto_shrink([false, false])
                    .show_rows(ui, row_height, rows.len(), |ui, range| {
                        for &f in &rows[range] {
                            fact_row_ui(
                                ui,
                                ws,
                                f,
                                &sources,
                                row_height,
                                selected_fact == Some(f),
                                actions,
                            );
                        }
                    });
            });
        });
}

fn header_row_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    sources: &[SourceIdx],
    row_height: f32,
    actions: &mut ActionQueue,
) {
    ui.horizontal(|ui| {
        let sort_button = |ui: &mut Ui, width: f32, text: &str, sort: MatrixSort| {
            ui.add_sized(
                vec2(width, row_height),
                egui::Button::new(RichText::new(text).strong())
                    .frame(false)
                    .selected(view.matrix_sort == sort),
            )
            .on_hover_text(format!("Sort: {}", sort.label()))
            .clicked()
        };
        if sort_button(ui, FACT_COLUMN_PTS, "Fact", MatrixSort::Document) {
            actions.push(Action::SetMatrixSort(MatrixSort::Document));
        }
        if sort_button(ui, COUNT_COLUMN_PTS, "Sources", MatrixSort::MostSources) {
            actions.push(Action::SetMatrixSort(MatrixSort::MostSources));
        }
        if sort_button(ui, COUNT_COLUMN_PTS, "Status", MatrixSort::ConflictsFirst) {
            actions.push(Action::SetMatrixSort(MatrixSort::ConflictsFirst));
        }
        for &s in sources {
            ui.add_sized(
                vec2(CELL_PTS, row_height),
                egui::Label::new(RichText::new(ws.source_label(s)).strong()).truncate(),
            )
            .on_hover_text(ws.analysis.source(s).meta.title.clone().unwrap_or_default());
        }
    });
    ui.separator();
}

fn fact_row_ui(
    ui: &mut Ui,
    ws: &Workspace,
    f: FactIdx,
    sources: &[SourceIdx],
    row_height: f32,
    selected: bool,
    actions: &mut ActionQueue,
) {
    let fact = &ws.analysis.facts[f.0];
    let dark = ui.visuals().dark_mode;
    let row = ui.horizontal(|ui| {
        let summary = ui
            .allocate_ui_with_layout(
                vec2(FACT_COLUMN_PTS, row_height),
                Layout::left_to_right(Align::Center),
                |ui| {
                    ui.set_min_size(vec2(FACT_COLUMN_PTS, row_height));
                    ui.add(
                        egui::Button::new(RichText::new(&fact.summary))
                            .truncate()
                            .frame(false)
                            .selected(selected),
                    )
                },
            )
            .inner
            .on_hover_text(format!("{}: {}", fact.id, fact.summary));
        if summary.clicked() {
            actions.push(Action::Select(Selection::Fact(f)));
        }
        ui.add_sized(
            vec2(COUNT_COLUMN_PTS, row_height),
            egui::Label::new(fact.source_count().to_string()),
        );
        let (status, color) = match fact.status {
            FactStatus::Conflicting => ("≠ conflict", theme::conflict_stripe(dark)),
            FactStatus::Corroborated => ("= agreed", theme::corroborated_stripe(dark)),
            FactStatus::Single => ("single", ui.visuals().weak_text_color()),
        };
        ui.add_sized(
            vec2(COUNT_COLUMN_PTS, row_height),
            egui::Label::new(RichText::new(status).color(color)),
        );
        for &s in sources {
            let stance = fact.stances.get(s);
            cell_ui(ui, ws, s, stance, row_height, actions);
        }
    });
    if selected {
        ui.painter().rect_stroke(
            row.response.rect,
            2.0,
            egui::Stroke::new(1.5, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Outside,
        );
    }
}

/// `text` cut to at most `max_chars` characters, with an ellipsis when cut.
fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_string()
    } else {
        let cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

fn cell_ui(
    ui: &mut Ui,
    ws: &Workspace,
    source: SourceIdx,
    stance: &SourceStance,
    row_height: f32,
    actions: &mut ActionQueue,
) {
    let dark = ui.visuals().dark_mode;
    let (text, fill, statements): (String, Color32, &[_]) = match stance {
        SourceStance::States { statements } => (
            "states".to_string(),
            theme::corroborated_fill(dark, 1, 1),
            statements,
        ),
        SourceStance::Contradicts { statements, figure } => (
            match figure {
                Some(fig) => format!("≠ {}", shorten(fig, 14)),
                None => "≠ contradicts".to_string(),
            },
            theme::conflict_fill(dark),
            statements,
        ),
        SourceStance::Silent => ("—".to_string(), Color32::TRANSPARENT, &[]),
    };
    let (rect, response) = ui.allocate_exact_size(
        vec2(CELL_PTS, row_height),
        if statements.is_empty() {
            Sense::hover()
        } else {
            Sense::click()
        },
    );
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect.shrink(1.0), 3.0, fill);
        let color = if statements.is_empty() {
            ui.visuals().weak_text_color()
        } else {
            ui.visuals().strong_text_color()
        };
        let galley = painter.layout_no_wrap(
            text.clone(),
            egui::TextStyle::Body.resolve(ui.style()),
            color,
        );
        let pos = Layout::left_to_right(Align::Center)
            .align_size_within_rect(galley.size(), rect.shrink2(vec2(6.0, 0.0)))
            .min;
        painter.with_clip_rect(rect).galley(pos, galley, color);
        if response.hovered() && !statements.is_empty() {
            painter.rect_stroke(
                rect.shrink(1.0),
                3.0,
                ui.visuals().widgets.hovered.bg_stroke,
                egui::StrokeKind::Inside,
            );
        }
    }
    let outlet = ws.source_label(source).to_string();
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Cell, true, format!("{outlet}: {text}"))
    });
    if let Some(first) = statements.first() {
        let first = *first;
        let response = response.on_hover_ui(|ui| {
            ui.set_max_width(380.0);
            if let SourceStance::Contradicts {
                figure: Some(fig), ..
            } = stance
            {
                ui.label(RichText::new(format!("Its figure: {fig}")).strong());
            }
            for s in statements {
                ui.label(format!("{}: {}", outlet, ws.analysis.statement(*s).text));
            }
            ui.label(
                RichText::new("Click to jump to the statement")
                    .small()
                    .weak(),
            );
        });
        if response.clicked() {
            actions.push(Action::Focus(Selection::Statement(first)));
        }
    }
}
