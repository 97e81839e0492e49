//! The sources side by side: one column per article, each scrolling on its own, with
//! statements highlighted by status, search matches marked, and hover tooltips.
//!
//! Columns remember each statement's height so that statements out of view are skipped
//! (space is allocated, nothing laid out), which keeps frames short on large sets, and so
//! that a column can be scrolled to any statement by offset.

use std::collections::HashMap;
use std::ops::Range;

use egui::text::{LayoutJob, TextFormat};
use egui::{Align, Color32, FontId, Layout, Rect, RichText, ScrollArea, Sense, Stroke, Ui, vec2};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::index::StatementStatus;
use crate::ui::panels::annotation_editor_ui::verdict_color;
use crate::ui::state::{Selection, StatusFilter, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_engine::model::{Relation, SourceIdx, StatementIdx, StatementKind};

/// Gap between two columns, in points.
const COLUMN_GAP_PTS: f32 = 8.0;
/// How far above a scrolled-to statement the column stops, in points.
const SCROLL_CONTEXT_PTS: f32 = 80.0;
/// Frames a scroll request waits for its column to be laid out before it is dropped.
const SCROLL_ATTEMPTS: u8 = 4;

/// Measured layout of one column (from the last frame it was drawn).
#[derive(Debug, Clone, Default)]
struct ColumnLayout {
    /// Inner width and text scale the heights were measured at.
    measured_at: (u32, u32),
    /// Height of each statement block, by position in the source; `None` until drawn once.
    heights: Vec<Option<f32>>,
    /// Top of each statement within the column's content, by position; `None` when filtered out.
    tops: Vec<Option<f32>>,
    viewport_height: f32,
    content_height: f32,
}

/// Scroll requests and measured layouts of the source columns; owned by the app.
#[derive(Debug, Clone, Default)]
pub struct ColumnsState {
    layouts: HashMap<SourceIdx, ColumnLayout>,
    /// Statement each column must scroll to, with the attempts left.
    scroll_targets: HashMap<SourceIdx, (StatementIdx, u8)>,
    /// Columns the horizontal scroll must bring into view (first one wins if not all fit).
    reveal_columns: Vec<SourceIdx>,
    /// Columns drawn in the last frame; a column out of view keeps its scroll request for
    /// when it comes into view, without asking for frames meanwhile.
    drawn_columns: Vec<SourceIdx>,
    outer_offset_x: f32,
    outer_viewport_width: f32,
    /// Set by the frame benchmark: how far every column has scrolled, in points.
    benchmark_travel_pts: Option<f32>,
    /// Counts the sets opened: part of every scroll area's id, so that a new set's columns
    /// start at their start instead of the previous set's offsets.
    generation: u64,
}

impl ColumnsState {
    /// Scroll `statement`'s column to it and bring the column into view.
    pub fn request_scroll(&mut self, source: SourceIdx, statement: StatementIdx) {
        self.scroll_targets
            .insert(source, (statement, SCROLL_ATTEMPTS));
        // Offsets measured before this request may be stale (filters change with it).
        if let Some(layout) = self.layouts.get_mut(&source) {
            layout.tops.clear();
        }
        if !self.reveal_columns.contains(&source) {
            self.reveal_columns.push(source);
        }
    }

    /// Forget measurements and scroll offsets (new analysis): every column starts at the top
    /// and the first column is at the left.
    pub fn reset(&mut self) {
        *self = Self {
            generation: self.generation + 1,
            ..Self::default()
        };
    }

    /// Forget the measured heights (the column width changed); scroll offsets stay.
    pub fn forget_layouts(&mut self) {
        self.layouts.clear();
    }

    /// Whether scrolls are still waiting for a frame: of a column on screen, or horizontal.
    pub fn has_pending_scrolls(&self) -> bool {
        !self.reveal_columns.is_empty()
            || self
                .scroll_targets
                .keys()
                .any(|s| self.drawn_columns.contains(s))
    }

    /// Drive every column's scroll position from `travel_pts`, going down and back up
    /// each column's full length (used by the frame benchmark).
    pub fn set_benchmark_travel(&mut self, travel_pts: f32) {
        self.benchmark_travel_pts = Some(travel_pts);
    }
}

/// Offset of a column whose scroll goes down and up again as `travel` grows.
fn ping_pong(travel: f32, max_offset: f32) -> f32 {
    if max_offset <= 0.0 {
        return 0.0;
    }
    let period = 2.0 * max_offset;
    let t = travel.rem_euclid(period);
    if t <= max_offset { t } else { period - t }
}

fn column_scroll_id(source: SourceIdx, generation: u64) -> egui::Id {
    egui::Id::unique(("parallax-column", source.0, generation))
}

/// Whether the filters let a statement through.
pub fn passes_filters(ws: &Workspace, view: &ViewState, s: StatementIdx) -> bool {
    let status = ws.index.status(s);
    if status == StatementStatus::Boilerplate {
        return !view.filters.hide_boilerplate && view.filters.status == StatusFilter::All;
    }
    match view.filters.status {
        StatusFilter::All => true,
        StatusFilter::OnlyConflicts => status == StatementStatus::Conflict,
        StatusFilter::OnlyCorroborated => matches!(status, StatementStatus::Corroborated { .. }),
        StatusFilter::OnlyUnique => status == StatementStatus::Unique,
    }
}

/// Statements the current selection involves: (the primary ones, the linked ones).
pub fn selection_sets(ws: &Workspace, view: &ViewState) -> (Vec<StatementIdx>, Vec<StatementIdx>) {
    match view.selection {
        None => (vec![], vec![]),
        Some(Selection::Statement(s)) => {
            let linked = ws
                .index
                .links_of(s)
                .iter()
                .filter_map(|l| ws.analysis.links.get(l.0).map(|link| link.other(s)))
                .collect();
            (vec![s], linked)
        }
        Some(Selection::Link(l)) => match ws.analysis.links.get(l.0) {
            Some(link) => (vec![link.a, link.b], vec![]),
            None => (vec![], vec![]),
        },
        Some(Selection::Fact(f)) => match ws.analysis.facts.get(f.0) {
            Some(fact) => (fact.statements.clone(), vec![]),
            None => (vec![], vec![]),
        },
    }
}

/// Draw every visible source as a column.
pub fn sources_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    columns: &mut ColumnsState,
    column_width_pts: f32,
    text_scale: f32,
    actions: &mut ActionQueue,
) {
    let visible: Vec<SourceIdx> = (0..ws.analysis.sources.len())
        .map(SourceIdx)
        .filter(|s| !view.filters.hidden_sources.contains(s))
        .collect();
    if visible.is_empty() {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label("Every source is hidden.");
            if ui.button("Show every source").clicked() {
                actions.push(Action::ShowAllSources);
            }
        });
        return;
    }

    let (selected, linked) = selection_sets(ws, view);
    let hits_by_statement = search_hits_by_statement(view);
    let max_agreeing = ws.analysis.sources.len().saturating_sub(1);

    let mut area = ScrollArea::horizontal()
        .id_salt(("parallax-columns", columns.generation))
        // Always shown: a reader must see that more columns lie to the right.
        .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
        .auto_shrink([false, false]);
    if let Some(offset) = horizontal_reveal_offset(columns, &visible, column_width_pts) {
        area = area.horizontal_scroll_offset(offset);
    }
    columns.reveal_columns.clear();
    columns.drawn_columns.clear();

    let column_height = ui.available_height();
    let output = area.show(ui, |ui| {
        ui.horizontal_top(|ui| {
            ui.spacing_mut().item_spacing.x = COLUMN_GAP_PTS;
            for &source in &visible {
                let size = vec2(column_width_pts, column_height - 4.0);
                let probe = Rect::from_min_size(ui.cursor().min, size);
                if !ui.is_rect_visible(probe) {
                    ui.allocate_space(size);
                    continue;
                }
                columns.drawn_columns.push(source);
                ui.allocate_ui_with_layout(size, Layout::top_down(Align::Min), |ui| {
                    ui.set_min_size(size);
                    ui.set_max_width(size.x);
                    column_ui(
                        ui,
                        ws,
                        view,
                        columns,
                        source,
                        ColumnLook {
                            selected: &selected,
                            linked: &linked,
                            hits: &hits_by_statement,
                            max_agreeing,
                            text_scale,
                        },
                        actions,
                    );
                });
            }
        });
    });
    columns.outer_offset_x = output.state.clamped_offset().x;
    columns.outer_viewport_width = output.inner_rect.width();
}

/// Where the horizontal scroll must go to show the requested columns, if it must move.
fn horizontal_reveal_offset(
    columns: &ColumnsState,
    visible: &[SourceIdx],
    column_width_pts: f32,
) -> Option<f32> {
    if columns.reveal_columns.is_empty() || columns.outer_viewport_width <= 0.0 {
        return None;
    }
    let stride = column_width_pts + COLUMN_GAP_PTS;
    let spans: Vec<(f32, f32)> = columns
        .reveal_columns
        .iter()
        .filter_map(|s| visible.iter().position(|v| v == s))
        .map(|i| (i as f32 * stride, i as f32 * stride + column_width_pts))
        .collect();
    let first = *spans.first()?;
    let left = spans.iter().map(|s| s.0).fold(f32::MAX, f32::min);
    let right = spans.iter().map(|s| s.1).fold(f32::MIN, f32::max);
    let (view_left, view_width) = (columns.outer_offset_x, columns.outer_viewport_width);
    let (want_left, want_right) = if right - left <= view_width {
        (left, right)
    } else {
        first
    };
    if want_left >= view_left && want_right <= view_left + view_width {
        None
    } else if want_left < view_left {
        Some((want_left - COLUMN_GAP_PTS).max(0.0))
    } else {
        Some((want_right - view_width + COLUMN_GAP_PTS).max(0.0))
    }
}

fn search_hits_by_statement(view: &ViewState) -> HashMap<StatementIdx, Vec<(Range<usize>, bool)>> {
    let mut map: HashMap<StatementIdx, Vec<(Range<usize>, bool)>> = HashMap::new();
    if !view.search.open {
        return map;
    }
    for (i, hit) in view.search.hits.iter().enumerate() {
        map.entry(hit.statement)
            .or_default()
            .push((hit.range.clone(), view.search.current == Some(i)));
    }
    map
}

/// What decorates the statements of a column this frame.
struct ColumnLook<'a> {
    selected: &'a [StatementIdx],
    linked: &'a [StatementIdx],
    hits: &'a HashMap<StatementIdx, Vec<(Range<usize>, bool)>>,
    max_agreeing: usize,
    text_scale: f32,
}

fn column_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    columns: &mut ColumnsState,
    source_idx: SourceIdx,
    look: ColumnLook<'_>,
    actions: &mut ActionQueue,
) {
    let frame = egui::Frame::group(ui.style())
        .inner_margin(egui::Margin::symmetric(6, 6))
        .corner_radius(4.0);
    frame.show(ui, |ui| {
        ui.set_min_size(ui.available_size());
        column_header_ui(ui, ws, source_idx, actions);
        ui.separator();

        let statements = &ws.index.statements_by_source[source_idx.0];
        let inner_width = ui.available_width();
        let measured_at = (inner_width.to_bits(), look.text_scale.to_bits());
        let mut area = ScrollArea::vertical()
            .id_salt(column_scroll_id(source_idx, columns.generation))
            .auto_shrink([false, false]);
        if let Some((statement, attempts)) = columns.scroll_targets.get(&source_idx).copied() {
            let pos = ws.index.position_in_source.get(statement.0).copied();
            let top = pos.and_then(|p| *columns.layouts.get(&source_idx)?.tops.get(p)?);
            match top {
                Some(top) => {
                    area = area.vertical_scroll_offset((top - SCROLL_CONTEXT_PTS).max(0.0));
                    columns.scroll_targets.remove(&source_idx);
                }
                None if attempts > 0 => {
                    columns
                        .scroll_targets
                        .insert(source_idx, (statement, attempts - 1));
                    ui.ctx().request_repaint();
                }
                None => {
                    columns.scroll_targets.remove(&source_idx);
                }
            }
        }
        let layout = columns.layouts.entry(source_idx).or_default();
        if let Some(travel) = columns.benchmark_travel_pts {
            let max_offset = layout.content_height - layout.viewport_height;
            area = area.vertical_scroll_offset(ping_pong(travel, max_offset));
        }
        if layout.measured_at != measured_at || layout.heights.len() != statements.len() {
            layout.measured_at = measured_at;
            layout.heights = vec![None; statements.len()];
        }
        layout.tops = vec![None; statements.len()];
        let output = area.show(ui, |ui| {
            let content_top = ui.min_rect().top();
            ui.spacing_mut().item_spacing.y = 3.0;
            let width = ui.available_width();
            let mut shown = 0usize;
            for (pos, &s) in statements.iter().enumerate() {
                if !passes_filters(ws, view, s) {
                    continue;
                }
                shown += 1;
                let top_left = ui.cursor().min;
                layout.tops[pos] = Some(top_left.y - content_top);
                if let Some(h) = layout.heights[pos]
                    && !ui.is_rect_visible(Rect::from_min_size(top_left, vec2(width, h)))
                {
                    ui.allocate_space(vec2(width, h));
                    continue;
                }
                let response = statement_ui(ui, ws, s, &look, actions);
                layout.heights[pos] = Some(response.rect.height());
            }
            if shown == 0 {
                ui.label(
                    RichText::new("Nothing here passes the filters.")
                        .italics()
                        .color(ui.visuals().weak_text_color()),
                );
            }
        });
        layout.viewport_height = output.inner_rect.height();
        layout.content_height = output.content_size.y;
    });
}

fn column_header_ui(ui: &mut Ui, ws: &Workspace, source_idx: SourceIdx, actions: &mut ActionQueue) {
    let source = ws.analysis.source(source_idx);
    ui.horizontal(|ui| {
        if let Some(engine) = ws.engine_source(source_idx)
            && ui
                .small_button("Edit")
                .on_hover_text("Correct this source: outlet, date, URL, origin, or exclude it")
                .clicked()
        {
            actions.push(Action::EditSource(engine));
        }
        ui.label(
            RichText::new(source.label())
                .heading()
                .strong()
                .color(ui.visuals().strong_text_color()),
        )
        .on_hover_text(format!("{} · {}", source.id, source.file_name));
        if !source.warnings.is_empty() {
            ui.label(
                RichText::new("warnings")
                    .small()
                    .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(source.warnings.join("\n"));
        }
        if ws.index.possibly_off_topic.get(source_idx.0) == Some(&true) {
            ui.label(
                RichText::new("possibly off-topic")
                    .small()
                    .color(ui.visuals().warn_fg_color),
            )
            .on_hover_text(
                "This article shares no fact with the other articles. Open Sources to exclude it.",
            );
        }
    });
    if let Some(title) = &source.meta.title {
        ui.add(egui::Label::new(RichText::new(title).strong()).wrap())
            .on_hover_text(title);
    }
    let mut meta = Vec::new();
    if let Some(date) = &source.meta.date_text {
        meta.push(date.clone());
    } else if let Some(date) = source.meta.date {
        meta.push(date.format("%-d %B %Y").to_string());
    }
    if let Some(byline) = &source.meta.byline {
        meta.push(byline.clone());
    }
    if meta.is_empty() {
        meta.push(source.file_name.clone());
    }
    ui.add(egui::Label::new(RichText::new(meta.join(" · ")).small().weak()).truncate());
    let counts = ws.index.counts_by_source[source_idx.0];
    ui.label(
        RichText::new(format!(
            "{} corroborated · {} conflicting · {} unique",
            counts.corroborated, counts.conflicting, counts.unique
        ))
        .small(),
    );
}

/// One statement block: status fill and stripe, search highlights, selection outline.
fn statement_ui(
    ui: &mut Ui,
    ws: &Workspace,
    s: StatementIdx,
    look: &ColumnLook<'_>,
    actions: &mut ActionQueue,
) -> egui::Response {
    let statement = ws.analysis.statement(s);
    let status = ws.index.status(s);
    let agreeing = ws.index.agreeing_sources(s);
    let visuals = ui.visuals().clone();
    let style = theme::status_style(&visuals, status, agreeing, look.max_agreeing);
    let is_selected = look.selected.contains(&s);
    let is_linked = look.linked.contains(&s);

    let stripe_width = 4.0;
    let padding = vec2(6.0, 3.0);
    let badge_width = 22.0;
    let wrap_width =
        (ui.available_width() - stripe_width - padding.x * 2.0 - badge_width).max(40.0);

    let body = egui::TextStyle::Body.resolve(ui.style());
    let font = match statement.kind {
        StatementKind::Headline => FontId::new(body.size * 1.15, body.family.clone()),
        _ => body,
    };
    let text_color = if statement.kind == StatementKind::Headline && !statement.is_boilerplate() {
        visuals.strong_text_color()
    } else {
        style.text
    };
    let base = TextFormat {
        font_id: font,
        color: text_color,
        italics: style.italic,
        ..Default::default()
    };
    let mut job = LayoutJob {
        wrap: egui::text::TextWrapping::wrap_at_width(wrap_width),
        ..Default::default()
    };
    if status == StatementStatus::Conflict {
        job.append(
            "≠ ",
            0.0,
            TextFormat {
                color: style.stripe,
                ..base.clone()
            },
        );
    } else if statement.kind == StatementKind::ListItem {
        job.append("• ", 0.0, base.clone());
    }
    append_with_hits(
        &mut job,
        &statement.text,
        look.hits.get(&s),
        &base,
        visuals.dark_mode,
    );
    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));

    let size = vec2(ui.available_width(), galley.size().y + padding.y * 2.0);
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, 3.0, style.fill);
        let stripe = Rect::from_min_size(rect.min, vec2(stripe_width, rect.height()));
        painter.rect_filled(stripe, 1.0, style.stripe);
        painter.galley(
            rect.min + vec2(stripe_width + padding.x, padding.y),
            galley,
            text_color,
        );
        if matches!(status, StatementStatus::Corroborated { .. }) && agreeing > 0 {
            painter.text(
                egui::pos2(rect.right() - 4.0, rect.top() + padding.y),
                egui::Align2::RIGHT_TOP,
                format!("+{agreeing}"),
                egui::TextStyle::Small.resolve(ui.style()),
                style.stripe,
            );
        }
        let notes = ws.notes.on_statement(s);
        if !notes.is_empty() {
            // The annotation marker: a dot in the verdict's colour (hollow without a verdict).
            let centre = egui::pos2(rect.right() - 9.0, rect.bottom() - 9.0);
            match ws.notes.marker_verdict(&ws.document.annotations, s) {
                Some(v) => {
                    painter.circle_filled(centre, 5.0, verdict_color(v));
                }
                None => {
                    painter.circle_stroke(centre, 4.5, Stroke::new(1.5, visuals.text_color()));
                }
            }
        }
        let outline = if is_selected {
            Some(Stroke::new(2.0, visuals.selection.stroke.color))
        } else if is_linked {
            Some(Stroke::new(
                1.0,
                visuals.selection.stroke.color.gamma_multiply(0.8),
            ))
        } else if response.hovered() {
            Some(visuals.widgets.hovered.bg_stroke)
        } else {
            None
        };
        if let Some(stroke) = outline {
            painter.rect_stroke(rect, 3.0, stroke, egui::StrokeKind::Inside);
        }
    }
    response.widget_info(|| {
        egui::WidgetInfo::selected(egui::Role::ListItem, true, is_selected, &statement.text)
    });

    let response = response.on_hover_ui(|ui| statement_tooltip_ui(ui, ws, s));
    response.context_menu(|ui| {
        if ui.button("Inspect").clicked() {
            actions.push(Action::Select(Selection::Statement(s)));
        }
        if ui
            .button("Annotate…")
            .on_hover_text("Verdict, note, tags and evidence, or select words to annotate a part")
            .clicked()
        {
            actions.push(Action::Select(Selection::Statement(s)));
        }
        if ui
            .button("Link to a statement of another source…")
            .clicked()
        {
            actions.push(Action::Select(Selection::Statement(s)));
            actions.push(Action::StartManualLink(s));
        }
        if ui.button("Copy text").clicked() {
            ui.ctx().copy_text(statement.text.clone());
        }
        if ui.button(format!("Copy id ({})", statement.id)).clicked() {
            ui.ctx().copy_text(statement.id.clone());
        }
        if let Some(f) = ws.index.fact_of(s)
            && ui.button("Show its fact in the claim matrix").clicked()
        {
            actions.push(Action::Select(Selection::Fact(f)));
            actions.push(Action::SetTab(crate::ui::state::Tab::Matrix));
        }
    });
    if response.clicked() {
        actions.push(Action::Select(Selection::Statement(s)));
    }
    response
}

fn append_with_hits(
    job: &mut LayoutJob,
    text: &str,
    hits: Option<&Vec<(Range<usize>, bool)>>,
    base: &TextFormat,
    dark: bool,
) {
    let Some(hits) = hits else {
        job.append(text, 0.0, base.clone());
        return;
    };
    let mut at = 0;
    for (range, current) in hits {
        if range.start < at || range.end > text.len() {
            continue;
        }
        if range.start > at {
            job.append(&text[at..range.start], 0.0, base.clone());
        }
        job.append(
            &text[range.clone()],
            0.0,
            TextFormat {
                background: theme::search_hit_fill(dark, *current),
                color: if dark { Color32::WHITE } else { Color32::BLACK },
                ..base.clone()
            },
        );
        at = range.end;
    }
    if at < text.len() {
        job.append(&text[at..], 0.0, base.clone());
    }
}

/// The hover card: status, then each linked statement's source and reasons.
fn statement_tooltip_ui(ui: &mut Ui, ws: &Workspace, s: StatementIdx) {
    ui.set_max_width(420.0);
    let statement = ws.analysis.statement(s);
    let source = ws.analysis.source(statement.source);
    let status = ws.index.status(s);
    let headline = match status {
        StatementStatus::Boilerplate => format!(
            "Boilerplate ({}): not compared",
            statement
                .boilerplate
                .map(|b| b.label())
                .unwrap_or("not article text")
        ),
        StatementStatus::Unique => format!("Unique: only {} reports this", source.label()),
        StatementStatus::Corroborated { .. } => format!(
            "Corroborated by {} other source{}",
            ws.index.agreeing_sources(s),
            if ws.index.agreeing_sources(s) == 1 {
                ""
            } else {
                "s"
            }
        ),
        StatementStatus::Conflict => "Conflicting: another source disagrees".to_string(),
    };
    ui.label(RichText::new(headline).strong());
    ui.label(
        RichText::new(format!("{} · {}", source.label(), statement.id))
            .small()
            .weak(),
    );
    let links = ws.index.links_of(s);
    // A few links only: a long card would cover the inspector, which lists them all.
    const MAX_SHOWN: usize = 3;
    for l in links.iter().take(MAX_SHOWN) {
        let link = &ws.analysis.links[l.0];
        let other = ws.analysis.statement(link.other(s));
        let other_source = ws.analysis.source(other.source).label();
        ui.separator();
        match (&link.relation, &link.conflict) {
            (Relation::Conflict, Some(conflict)) => {
                ui.label(
                    RichText::new(format!(
                        "≠ {} ({}): {}",
                        other_source,
                        conflict.kind.name(),
                        conflict.explanation
                    ))
                    .color(theme::conflict_text(ui.visuals().dark_mode)),
                );
            }
            _ => {
                ui.label(format!("= {other_source} (score {:.2})", link.score));
            }
        }
        if !link.reasons.is_empty() {
            ui.label(RichText::new(link.reasons.join("; ")).small());
        }
    }
    if links.len() > MAX_SHOWN {
        ui.label(format!(
            "… and {} more links: click to see them all in the inspector",
            links.len() - MAX_SHOWN
        ));
    }
    for id in ws.notes.on_statement(s) {
        let Some(annotation) = ws.document.annotations.get(*id) else {
            continue;
        };
        ui.separator();
        let verdict = annotation.verdict.map_or("No verdict", |v| v.label());
        let note: String = annotation.note.trim().chars().take(160).collect();
        let text = RichText::new(format!(
            "Annotated ({}) on this {}: {note}",
            verdict,
            annotation.target.kind_name()
        ));
        ui.label(match annotation.verdict {
            Some(v) => text.color(verdict_color(v)),
            None => text,
        });
    }
    ui.separator();
    ui.label(
        RichText::new("Click to inspect · right-click for more")
            .small()
            .weak(),
    );
}
