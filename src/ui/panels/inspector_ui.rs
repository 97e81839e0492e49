//! The inspector side panel: the selected statement, link or fact, and every statement
//! linked to it from the other sources with outlet, word-level difference, score, reasons
//! and, for conflicts, the explanation.
//!
//! The panel is a list of sections drawn one after another; the fact-check section (the
//! annotation editor and link decisions of [`super::annotation_editor_ui`]) comes last.

use std::collections::HashMap;

use egui::text::{LayoutJob, TextFormat};
use egui::{RichText, Stroke, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::panels::annotation_editor_ui::{
    annotations_for_target_ui, link_decision_ui, pending_link_ui, span_annotations_ui,
    statement_decisions_ui,
};
use crate::ui::state::{Prefs, Selection, Tab, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_documents::annotate::anchor::{fact_target, link_target, statement_target};
use parallax_documents::present::{DiffPiece, diff_side, shared_word_share, word_diff};
use parallax_engine::model::{
    FactIdx, FactStatus, LinkIdx, Relation, Severity, SourceStance, StatementIdx,
};

/// A word-level difference between two statements, computed by the report's
/// [`word_diff`] so the inspector and the exports mark the same words.
#[derive(Debug, Clone, Default)]
pub struct WordDiff {
    pub pieces: Vec<DiffPiece>,
    /// Share of the words of both statements left unmarked, `0..=1`
    /// ([`shared_word_share`]).
    pub similarity: f32,
}

impl WordDiff {
    pub fn new(from: &str, to: &str) -> Self {
        let pieces = word_diff(from, to);
        Self {
            similarity: shared_word_share(&pieces),
            pieces,
        }
    }
}

/// Word diffs already computed, keyed by (from, to); cleared when a new set opens.
#[derive(Debug, Default)]
pub struct DiffCache {
    diffs: HashMap<(StatementIdx, StatementIdx), WordDiff>,
}

impl DiffCache {
    pub fn get(&mut self, ws: &Workspace, from: StatementIdx, to: StatementIdx) -> &WordDiff {
        self.diffs.entry((from, to)).or_insert_with(|| {
            WordDiff::new(
                &ws.analysis.statement(from).text,
                &ws.analysis.statement(to).text,
            )
        })
    }

    pub fn clear(&mut self) {
        self.diffs.clear();
    }
}

/// Draw the inspector for the current selection.
pub fn inspector_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    prefs: &Prefs,
    diffs: &mut DiffCache,
    actions: &mut ActionQueue,
) {
    egui::ScrollArea::vertical()
        .id_salt("parallax-inspector")
        .auto_shrink([false, false])
        .show(ui, |ui| match view.selection {
            None => empty_inspector_ui(ui, ws),
            Some(Selection::Statement(s)) => {
                pending_link_ui(ui, ws, view, s, actions);
                statement_section_ui(ui, ws, s, diffs, actions);
                let target = statement_target(&ws.analysis, s).ok();
                annotations_for_target_ui(ui, ws, target, &[s], prefs, actions);
                span_annotations_ui(ui, ws, s, prefs, actions);
                statement_decisions_ui(ui, ws, view, s, actions);
            }
            Some(Selection::Link(l)) => {
                link_section_ui(ui, ws, l, diffs, actions);
                let link = &ws.analysis.links[l.0];
                let target = link_target(&ws.analysis, l).ok();
                annotations_for_target_ui(ui, ws, target, &[link.a, link.b], prefs, actions);
                link_decision_ui(ui, ws, link.a, link.b, actions);
            }
            Some(Selection::Fact(f)) => {
                fact_section_ui(ui, ws, f, actions);
                let target = fact_target(&ws.analysis, f).ok();
                let statements = ws.analysis.facts[f.0].statements.clone();
                annotations_for_target_ui(ui, ws, target, &statements, prefs, actions);
            }
        });
}

fn empty_inspector_ui(ui: &mut Ui, ws: &Workspace) {
    ui.heading("Inspector");
    ui.add_space(4.0);
    ui.label("Click a statement to see how the other sources report it.");
    ui.add_space(8.0);
    let a = &ws.analysis;
    let facts_corroborated = a
        .facts
        .iter()
        .filter(|f| f.status == FactStatus::Corroborated)
        .count();
    egui::Grid::new("parallax-set-summary")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            ui.label("Set");
            ui.label(RichText::new(&ws.name).strong());
            ui.end_row();
            ui.label("Sources");
            ui.label(a.sources.len().to_string());
            ui.end_row();
            ui.label("Statements");
            ui.label(a.statements.len().to_string());
            ui.end_row();
            ui.label("Links");
            ui.label(a.links.len().to_string());
            ui.end_row();
            ui.label("Conflicts");
            ui.label(ws.index.conflicts.len().to_string());
            ui.end_row();
            ui.label("Facts");
            ui.label(format!(
                "{} ({facts_corroborated} corroborated)",
                a.facts.len()
            ));
            ui.end_row();
        });
    if a.links.is_empty() {
        ui.add_space(8.0);
        ui.label(
            RichText::new("No statement of one source was linked to another source.")
                .italics()
                .weak(),
        );
    }
}

/// The selected statement as a card, with its links below.
fn statement_section_ui(
    ui: &mut Ui,
    ws: &Workspace,
    s: StatementIdx,
    diffs: &mut DiffCache,
    actions: &mut ActionQueue,
) {
    let statement = ws.analysis.statement(s);
    ui.label(RichText::new("Selected statement").small().weak());
    statement_card_ui(ui, ws, s, None);
    ui.add_space(2.0);
    ui.label(RichText::new(status_sentence(ws, s)).italics());
    if let Some(kind) = statement.boilerplate {
        ui.label(format!(
            "Marked as {}: it takes no part in the comparison.",
            kind.label()
        ));
    }
    if let Some(f) = ws.index.fact_of(s) {
        ui.horizontal(|ui| {
            let fact = &ws.analysis.facts[f.0];
            let n = fact.source_count();
            let independent = ws.analysis.reuse.independent_in(fact);
            let reports = if independent > 0 && independent < n {
                format!(
                    ", {independent} independent report{}",
                    if independent == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            ui.label(format!(
                "Part of fact {} ({n} source{}{reports})",
                fact.id,
                if n == 1 { "" } else { "s" }
            ))
            .on_hover_text(
                "Sources that copy one story (a wire story printed twice, a rewritten press \
                 release) count as one independent report.",
            );
            if ui.small_button("Show fact").clicked() {
                actions.push(Action::Select(Selection::Fact(f)));
            }
        });
    }
    ui.add_space(6.0);
    let links = ws.index.links_of(s);
    ui.heading(format!("Linked statements ({})", links.len()));
    if links.is_empty() {
        ui.label(
            RichText::new("No other source reports this statement.")
                .italics()
                .weak(),
        );
    }
    for &l in links {
        linked_statement_ui(ui, ws, s, l, diffs, actions);
    }
}

fn status_sentence(ws: &Workspace, s: StatementIdx) -> String {
    use crate::ui::index::StatementStatus as St;
    let outlet = ws.analysis.source(ws.analysis.statement(s).source).label();
    match ws.index.status(s) {
        St::Conflict => "Conflicting: at least one other source reports this differently.".into(),
        St::Corroborated { .. } => {
            let n = ws.index.agreeing_sources(s);
            format!(
                "Corroborated by {n} other source{}.",
                if n == 1 { "" } else { "s" }
            )
        }
        St::Unique => format!("Unique: only {outlet} reports this."),
        St::Boilerplate => "Boilerplate: not part of the story.".into(),
    }
}

/// A statement with its outlet, id and status colour; the text can be selected and copied.
/// With a diff, the words the other statement lacks are highlighted.
pub(crate) fn statement_card_ui(
    ui: &mut Ui,
    ws: &Workspace,
    s: StatementIdx,
    diff: Option<(&WordDiff, DiffSide)>,
) {
    let statement = ws.analysis.statement(s);
    let source = ws.analysis.source(statement.source);
    let style = theme::status_style(
        ui.visuals(),
        ws.index.status(s),
        ws.index.agreeing_sources(s),
        ws.source_count().saturating_sub(1),
    );
    egui::Frame::new()
        .fill(style.fill)
        .stroke(Stroke::new(1.0, style.stripe))
        .corner_radius(4.0)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(RichText::new(source.label()).strong());
                ui.label(RichText::new(&statement.id).small().weak());
            });
            match diff {
                Some((diff, side)) => {
                    let plain = theme::text_on_fill(ui.visuals(), style.fill);
                    ui.add(egui::Label::new(diff_side_job(ui, diff, side, plain)).selectable(true));
                    // The marked words in words too: readable without colour, and by a
                    // screen reader.
                    if let Some(words) = marked_words(diff, side) {
                        ui.label(
                            RichText::new(format!("{MARKED_WORDS_CAPTION}{words}"))
                                .small()
                                .color(plain),
                        );
                    }
                }
                None => {
                    let text = if style.italic {
                        style.text
                    } else {
                        theme::text_on_fill(ui.visuals(), style.fill)
                    };
                    ui.add(
                        egui::Label::new(RichText::new(&statement.text).color(text))
                            .selectable(true),
                    );
                }
            }
        });
}

/// One link of the selection: the other statement with its difference and why it was linked.
fn linked_statement_ui(
    ui: &mut Ui,
    ws: &Workspace,
    from: StatementIdx,
    l: LinkIdx,
    diffs: &mut DiffCache,
    actions: &mut ActionQueue,
) {
    let link = &ws.analysis.links[l.0];
    let other = link.other(from);
    let other_statement = ws.analysis.statement(other);
    let other_source = ws.analysis.source(other_statement.source);
    let dark = ui.visuals().dark_mode;
    let is_conflict = link.relation == Relation::Conflict;
    let border = if is_conflict {
        theme::conflict_stripe(dark)
    } else {
        theme::corroborated_stripe(dark)
    };
    ui.add_space(4.0);
    egui::Frame::group(ui.style())
        .stroke(Stroke::new(1.0, border))
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                relation_badge_ui(
                    ui,
                    link.relation,
                    link.conflict.as_ref().map(|c| (c.kind.name(), c.severity)),
                );
                ui.label(RichText::new(other_source.label()).strong());
                ui.label(RichText::new(&other_statement.id).small().weak());
                ui.label(RichText::new(format!("score {:.2}", link.score)).small())
                    .on_hover_text("How alike the two statements are, from 0 to 1.");
                let this_source = ws.analysis.statement(from).source;
                match ws.same_report(this_source, other_statement.source) {
                    Some(true) => {
                        ui.label(
                            RichText::new("copy: same story")
                                .small()
                                .color(ui.visuals().warn_fg_color),
                        )
                        .on_hover_text(
                            "The two articles share their running text (or carry one agency's \
                             story): this is not an independent confirmation.",
                        );
                    }
                    Some(false) => {
                        ui.label(RichText::new("independent report").small())
                            .on_hover_text("The two articles do not copy one story.");
                    }
                    None => {}
                }
            });
            if let Some(conflict) = &link.conflict {
                ui.label(
                    RichText::new(&conflict.explanation)
                        .strong()
                        .color(theme::conflict_text(dark)),
                );
                super::also_ui(ui, conflict, dark);
                if let (Some(a), Some(b)) = (&conflict.value_a, &conflict.value_b) {
                    let (mine, theirs) = if link.a == from { (a, b) } else { (b, a) };
                    ui.label(format!(
                        "This statement: {mine} · {}: {theirs}",
                        other_source.label()
                    ));
                }
            }
            let diff = diffs.get(ws, from, other);
            let plain = ui.visuals().text_color();
            ui.add(egui::Label::new(diff_side_job(ui, diff, DiffSide::To, plain)).wrap());
            diff_caption_ui(ui, diff, "the selected statement");
            for reason in &link.reasons {
                ui.label(RichText::new(format!("• {reason}")).small());
            }
            let go = ui
                .button(format!(
                    "Go to {} {}",
                    other_source.label(),
                    other_statement.id
                ))
                .on_hover_text("Scroll its column to it and select it");
            if go.clicked() {
                actions.push(Action::Focus(Selection::Statement(other)));
            }
        });
}

pub(crate) fn relation_badge_ui(
    ui: &mut Ui,
    relation: Relation,
    conflict: Option<(&str, Severity)>,
) {
    let dark = ui.visuals().dark_mode;
    let (text, color) = match (relation, conflict) {
        (Relation::Conflict, Some((kind, severity))) => (
            format!(
                "≠ {kind} conflict{}",
                if severity == Severity::Hard {
                    ""
                } else {
                    " (soft)"
                }
            ),
            theme::severity_color(dark, severity == Severity::Hard),
        ),
        (Relation::Conflict, None) => ("≠ conflict".to_string(), theme::conflict_stripe(dark)),
        (Relation::Match, _) => ("= match".to_string(), theme::corroborated_stripe(dark)),
    };
    egui::Frame::new()
        .stroke(Stroke::new(1.0, color))
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| {
            ui.label(RichText::new(text).small().strong().color(color));
        });
}

/// Which statement of a diff to draw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DiffSide {
    /// The first text, with the words only it has marked.
    From,
    /// The second text, with the words only it has marked.
    To,
}

/// The caption before the words of one side that the other side lacks.
pub const MARKED_WORDS_CAPTION: &str = "Words the other side lacks: ";

/// How many characters of marked words the caption shows before it stops with "…".
const MARKED_WORDS_MAX_CHARS: usize = 120;

/// The words of one side that the other lacks, runs joined by " … ", or `None` when every
/// word is shared.
fn marked_words(diff: &WordDiff, side: DiffSide) -> Option<String> {
    let runs: Vec<String> = diff_side(&diff.pieces, side == DiffSide::From)
        .into_iter()
        .filter(|(text, marked)| *marked && !text.trim().is_empty())
        .map(|(text, _)| text.trim().to_string())
        .collect();
    if runs.is_empty() {
        return None;
    }
    let all = runs.join(" … ");
    if all.chars().count() <= MARKED_WORDS_MAX_CHARS {
        return Some(all);
    }
    Some(all.chars().take(MARKED_WORDS_MAX_CHARS).collect::<String>() + "…")
}

/// One side of a word diff as text, with the words the other side lacks marked: a fill
/// readable in both themes ([`theme::diff_fills`]), the strong text colour and an
/// underline, so the marks do not rest on colour alone.
/// Unmarked words take `plain`.
fn diff_side_job(ui: &Ui, diff: &WordDiff, side: DiffSide, plain: egui::Color32) -> LayoutJob {
    let dark = ui.visuals().dark_mode;
    let (removed_fill, added_fill) = theme::diff_fills(dark);
    let font = egui::TextStyle::Body.resolve(ui.style());
    let color = plain;
    let strong = ui.visuals().strong_text_color();
    let mut job = LayoutJob::default();
    for (text, marked) in diff_side(&diff.pieces, side == DiffSide::From) {
        let format = if marked {
            TextFormat {
                font_id: font.clone(),
                color: strong,
                background: if side == DiffSide::From {
                    removed_fill
                } else {
                    added_fill
                },
                underline: Stroke::new(1.0, strong),
                ..Default::default()
            }
        } else {
            TextFormat::simple(font.clone(), color)
        };
        job.append(&text, 0.0, format);
    }
    job
}

/// A conflict or match picked from the conflicts list: both sides and the explanation.
fn link_section_ui(
    ui: &mut Ui,
    ws: &Workspace,
    l: LinkIdx,
    diffs: &mut DiffCache,
    actions: &mut ActionQueue,
) {
    let link = &ws.analysis.links[l.0];
    let dark = ui.visuals().dark_mode;
    ui.horizontal_wrapped(|ui| {
        relation_badge_ui(
            ui,
            link.relation,
            link.conflict.as_ref().map(|c| (c.kind.name(), c.severity)),
        );
        ui.label(RichText::new(ws.link_outlets(l)).strong());
    });
    if let Some(conflict) = &link.conflict {
        ui.add_space(4.0);
        ui.label(
            RichText::new(&conflict.explanation)
                .size(egui::TextStyle::Body.resolve(ui.style()).size * 1.1)
                .strong()
                .color(theme::conflict_text(dark)),
        );
        super::also_ui(ui, conflict, dark);
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(format!("score {:.2}", link.score)).small());
        if ui
            .small_button("Compare side by side")
            .on_hover_text("Both sides next to each other above the columns")
            .clicked()
        {
            actions.push(Action::Compare(Selection::Link(l)));
        }
    });
    for reason in &link.reasons {
        ui.label(RichText::new(format!("• {reason}")).small());
    }
    let diff = diffs.get(ws, link.a, link.b).clone();
    for (side, s, diff_side) in [("A", link.a, DiffSide::From), ("B", link.b, DiffSide::To)] {
        ui.add_space(6.0);
        ui.label(RichText::new(format!("Side {side}")).small().weak());
        statement_card_ui(ui, ws, s, Some((&diff, diff_side)));
        let source = ws.analysis.source(ws.analysis.statement(s).source);
        if ui
            .button(format!(
                "Inspect {} {}",
                source.label(),
                ws.analysis.statement(s).id
            ))
            .clicked()
        {
            actions.push(Action::Focus(Selection::Statement(s)));
        }
    }
    ui.add_space(4.0);
    diff_caption_ui(ui, &diff, "the other side");
}

/// The caption under a word diff: how much wording the two sides share, and what the
/// highlights mean ("words `other` does not have").
pub(crate) fn diff_caption_ui(ui: &mut Ui, diff: &WordDiff, other: &str) {
    ui.label(
        RichText::new(format!(
            "{:.0}% same wording · highlighted: words {other} does not have",
            diff.similarity * 100.0
        ))
        .small()
        .weak(),
    );
}

/// A fact from the claim matrix: its summary and what each source does with it.
fn fact_section_ui(ui: &mut Ui, ws: &Workspace, f: FactIdx, actions: &mut ActionQueue) {
    let fact = &ws.analysis.facts[f.0];
    ui.label(RichText::new(format!("Fact {}", fact.id)).small().weak());
    ui.label(RichText::new(&fact.summary).strong());
    let status = match fact.status {
        FactStatus::Corroborated => "corroborated",
        FactStatus::Conflicting => "conflicting",
        FactStatus::Single => "reported by one source",
    };
    ui.label(format!("{} · {} source(s)", status, fact.source_count()));
    ui.horizontal_wrapped(|ui| {
        if ui.button("Show in the claim matrix").clicked() {
            actions.push(Action::SetTab(Tab::Matrix));
        }
        if ui
            .button("Compare side by side")
            .on_hover_text("Every statement of this fact next to each other, above the columns")
            .clicked()
        {
            actions.push(Action::Compare(Selection::Fact(f)));
        }
    });
    ui.add_space(6.0);
    for (i, stance) in fact.stances.row(ws.analysis.sources.len()) {
        let source = ws.analysis.source(i);
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(source.label()).strong());
            match stance {
                SourceStance::States { statements } => {
                    ui.label("states it");
                    for s in statements {
                        let id = &ws.analysis.statement(*s).id;
                        if ui.link(id).clicked() {
                            actions.push(Action::Focus(Selection::Statement(*s)));
                        }
                    }
                }
                SourceStance::Contradicts { statements, figure } => {
                    ui.label(
                        RichText::new(match figure {
                            Some(fig) => format!("contradicts it: {fig}"),
                            None => "contradicts it".to_string(),
                        })
                        .color(theme::conflict_text(ui.visuals().dark_mode)),
                    );
                    for s in statements {
                        let id = &ws.analysis.statement(*s).id;
                        if ui.link(id).clicked() {
                            actions.push(Action::Focus(Selection::Statement(*s)));
                        }
                    }
                }
                SourceStance::Silent => {
                    ui.label(RichText::new("silent").weak());
                }
            }
        });
    }
}
