//! The Sources window: every article of the set with its outlet, date, origin (wire agency
//! or own reporting), the articles it copies and how many facts it shares with the rest;
//! the checker renames an outlet, fixes a date or URL, corrects the origin and leaves an
//! article out. Applying pushes one undoable [`Action::SetSourceCorrection`]; the app saves
//! it with the annotations and every view and export uses it.

use egui::{RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::{OriginChoice, SourceDraft, SourcesWindow};
use crate::ui::workspace::Workspace;
use parallax_documents::annotate::{OriginFix, SourceCorrection};
use parallax_engine::model::{Analysis, Date, SourceIdx};
use parallax_engine::reuse::CopyKind;

/// The form for the engine's article `source` filled with its current values.
pub fn draft_of(ws: &Workspace, source: SourceIdx) -> Option<SourceDraft> {
    let engine = ws.engine_analysis.sources.get(source.0)?;
    let fix = ws.correction_of(source);
    let outlet = fix
        .and_then(SourceCorrection::outlet_name)
        .unwrap_or(engine.label())
        .to_string();
    let date = fix
        .and_then(|f| f.date)
        .or(engine.meta.date)
        .map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default();
    let url = fix
        .and_then(|f| f.url.clone())
        .or_else(|| engine.meta.url.clone())
        .unwrap_or_default();
    let (origin, agency) = match fix.and_then(|f| f.origin.as_ref()) {
        None => (OriginChoice::AsRead, String::new()),
        Some(OriginFix::Own) => (OriginChoice::Own, String::new()),
        Some(OriginFix::Agency(a)) => (OriginChoice::Agency, a.clone()),
        Some(OriginFix::Unknown) => (OriginChoice::Unknown, String::new()),
    };
    let agency = if agency.is_empty() {
        ws.engine_analysis
            .reuse
            .origins
            .get(source.0)
            .cloned()
            .flatten()
            .unwrap_or_default()
    } else {
        agency
    };
    let located = |refs: Option<&Vec<parallax_documents::annotate::model::SourceRef>>| {
        refs.into_iter()
            .flatten()
            .filter_map(|r| {
                parallax_documents::annotate::sources::locate_source(&ws.engine_analysis, r)
            })
            .collect()
    };
    Some(SourceDraft {
        source,
        outlet,
        date,
        url,
        origin,
        agency,
        excluded: fix.is_some_and(|f| f.excluded),
        copies: located(fix.map(|f| &f.copies)),
        not_copies: located(fix.map(|f| &f.not_copies)),
    })
}

/// The correction a filled form makes of the engine's article (fields equal to what the
/// engine read are left out), or why it cannot be applied.
pub fn correction_from_draft(
    engine: &Analysis,
    draft: &SourceDraft,
) -> Result<SourceCorrection, String> {
    let source = parallax_documents::annotate::sources::source_ref(engine, draft.source)
        .ok_or_else(|| "That article is no longer in the set.".to_string())?;
    let read = engine.source(draft.source);
    let outlet = draft.outlet.trim();
    let outlet = (!outlet.is_empty() && outlet != read.label()).then(|| outlet.to_string());
    let date_text = draft.date.trim();
    let date = if date_text.is_empty() {
        None
    } else {
        let date = Date::parse_from_str(date_text, "%Y-%m-%d")
            .map_err(|_| format!("“{date_text}” is not a date: write it as 2022-01-06."))?;
        (read.meta.date != Some(date)).then_some(date)
    };
    let url = draft.url.trim();
    let url = (url != read.meta.url.as_deref().unwrap_or("")).then(|| url.to_string());
    let origin = match draft.origin {
        OriginChoice::AsRead => None,
        OriginChoice::Own => Some(OriginFix::Own),
        OriginChoice::Unknown => Some(OriginFix::Unknown),
        OriginChoice::Agency => {
            let agency = draft.agency.trim();
            if agency.is_empty() {
                return Err("Name the agency (AFP, AP, Reuters, …).".to_string());
            }
            Some(OriginFix::Agency(agency.to_string()))
        }
    };
    let refs = |set: &std::collections::BTreeSet<SourceIdx>| {
        set.iter()
            .filter(|s| **s != draft.source)
            .filter_map(|s| parallax_documents::annotate::sources::source_ref(engine, *s))
            .collect()
    };
    Ok(SourceCorrection {
        source,
        outlet,
        date,
        url,
        origin,
        excluded: draft.excluded,
        copies: refs(&draft.copies),
        not_copies: refs(&draft.not_copies),
    })
}

/// The copy relations of the article being corrected: a detected copy can be denied, and
/// any other article declared one story with it.
fn copies_form_ui(ui: &mut Ui, ws: &Workspace, draft: &mut SourceDraft) {
    let engine = &ws.engine_analysis;
    egui::CollapsingHeader::new("Copies: which articles tell the same story")
        .id_salt(("parallax-source-copies", draft.source.0))
        .default_open(false)
        .show(ui, |ui| {
            ui.label(
                RichText::new(
                    "Articles that copy one story count as one independent report in the \
                     exports. Untick a copy the engine found that is not one; tick an article \
                     that carries the same story.",
                )
                .small()
                .weak(),
            );
            ui.horizontal_wrapped(|ui| {
                for (j, other) in engine.sources.iter().enumerate() {
                    let j = SourceIdx(j);
                    if j == draft.source {
                        continue;
                    }
                    let detected = engine.reuse.copies.iter().find(|c| {
                        c.kind.is_copy()
                            && ((c.a == draft.source && c.b == j)
                                || (c.a == j && c.b == draft.source))
                    });
                    let name = format!("{} {}", other.id, shown_label(ws, j));
                    match detected {
                        Some(c) => {
                            let mut on = !draft.not_copies.contains(&j);
                            let text = format!("{name} (found: {:.0}% shared)", c.share * 100.0);
                            if ui.checkbox(&mut on, text).changed() {
                                if on {
                                    draft.not_copies.remove(&j);
                                } else {
                                    draft.not_copies.insert(j);
                                }
                            }
                        }
                        None => {
                            let mut on = draft.copies.contains(&j);
                            if ui.checkbox(&mut on, name).changed() {
                                if on {
                                    draft.copies.insert(j);
                                } else {
                                    draft.copies.remove(&j);
                                }
                            }
                        }
                    }
                }
            });
        });
}

/// What the engine read as an article's origin, in words.
fn origin_read(engine: &Analysis, source: SourceIdx) -> String {
    match engine.reuse.origins.get(source.0).cloned().flatten() {
        Some(agency) => format!("{agency} (credited in the text)"),
        None => "own reporting or not credited".to_string(),
    }
}

/// The articles `source` shares running text with, in words ("copies s3 Reuters (same
/// story, 82%)").
fn copies_text(ws: &Workspace, source: SourceIdx) -> Vec<(String, bool)> {
    let engine = &ws.engine_analysis;
    engine
        .reuse
        .copies
        .iter()
        .filter(|c| c.a == source || c.b == source)
        .map(|c| {
            let other = if c.a == source { c.b } else { c.a };
            let name = engine
                .sources
                .get(other.0)
                .map(|s| format!("{} {}", s.id, shown_label(ws, other)))
                .unwrap_or_default();
            let kind = match c.kind {
                CopyKind::SameStory => "same story",
                CopyKind::Rewrite => "rewrite",
                CopyKind::SharedPassages => "shares passages",
            };
            (
                format!("{name} ({kind}, {:.0}%)", c.share * 100.0),
                c.kind.is_copy(),
            )
        })
        .collect()
}

/// The article's name as the views show it (corrected), also for an excluded article.
fn shown_label(ws: &Workspace, source: SourceIdx) -> String {
    ws.correction_of(source)
        .and_then(SourceCorrection::outlet_name)
        .map(str::to_string)
        .unwrap_or_else(|| ws.engine_analysis.source(source).label().to_string())
}

/// The Sources window; `window.open` is cleared when the user closes it, and the form's
/// fields are typed into `window.draft`.
pub fn source_editor_ui(
    ctx: &egui::Context,
    ws: &Workspace,
    window: &mut SourcesWindow,
    actions: &mut ActionQueue,
) {
    let mut open = window.open;
    egui::Window::new("Sources")
        .open(&mut open)
        .collapsible(false)
        .resizable(true)
        .default_width(860.0)
        .default_pos([120.0, 90.0])
        .show(ctx, |ui| {
            ui.label(
                "Rename an outlet, fix a date or URL, correct where an article comes from, or \
                 leave it out. Changes are saved with the annotations and used in every view \
                 and export (Undo takes them back).",
            );
            ui.add_space(4.0);
            egui::ScrollArea::both()
                .id_salt("parallax-sources-table")
                .max_height(ui.available_height().min(340.0))
                .auto_shrink([false, true])
                .show(ui, |ui| {
                    sources_table_ui(ui, ws, window.draft.as_ref(), actions)
                });
            if let Some(draft) = window.draft.as_mut() {
                ui.separator();
                source_form_ui(ui, ws, draft, actions);
            }
        });
    window.open = open;
}

fn sources_table_ui(
    ui: &mut Ui,
    ws: &Workspace,
    editing: Option<&SourceDraft>,
    actions: &mut ActionQueue,
) {
    let engine = &ws.engine_analysis;
    // Cells keep their text on one line: a wrapped grid cell squeezes to a few letters.
    ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
    egui::Grid::new("parallax-sources-grid")
        .num_columns(6)
        .striped(true)
        .spacing([14.0, 6.0])
        .show(ui, |ui| {
            for head in [
                "Article",
                "Outlet",
                "Date",
                "Origin",
                "Copies",
                "Facts shared",
            ] {
                ui.label(RichText::new(head).strong());
            }
            ui.end_row();
            for (i, read) in engine.sources.iter().enumerate() {
                let source = SourceIdx(i);
                let fix = ws.correction_of(source);
                let shown = ws.shown_source(source);
                let excluded = shown.is_none();
                let is_editing = editing.is_some_and(|d| d.source == source);
                ui.horizontal(|ui| {
                    let button = ui
                        .selectable_label(is_editing, format!("Edit {}", read.id))
                        .on_hover_text(format!("{} · {}", read.id, read.file_name));
                    if button.clicked() {
                        actions.push(if is_editing {
                            Action::CancelSourceEdit
                        } else {
                            Action::EditSource(source)
                        });
                    }
                });
                let label = shown_label(ws, source);
                let mut name = RichText::new(&label).strong();
                if excluded {
                    name = name.strikethrough().weak();
                }
                ui.vertical(|ui| {
                    ui.label(name);
                    if fix.and_then(SourceCorrection::outlet_name).is_some() {
                        ui.label(
                            RichText::new(format!("read as {}", read.label()))
                                .small()
                                .weak(),
                        );
                    }
                    if excluded {
                        ui.label(
                            RichText::new("excluded from the comparison")
                                .small()
                                .color(ui.visuals().warn_fg_color),
                        );
                    }
                });
                let date = fix
                    .and_then(|f| f.date)
                    .map(|d| d.format("%-d %B %Y").to_string())
                    .or_else(|| read.meta.date_text.clone())
                    .or_else(|| read.meta.date.map(|d| d.format("%-d %B %Y").to_string()))
                    .unwrap_or_else(|| "no date".to_string());
                ui.label(date);
                let origin = match fix.and_then(|f| f.origin.as_ref()) {
                    Some(o) => format!("{} (set by hand)", o.label()),
                    None => origin_read(engine, source),
                };
                ui.label(origin);
                ui.vertical(|ui| {
                    let copies = copies_text(ws, source);
                    let by_hand =
                        fix.is_some_and(|f| !f.copies.is_empty() || !f.not_copies.is_empty());
                    if copies.is_empty() && !by_hand {
                        ui.label(RichText::new("none found").weak());
                    }
                    for (text, is_copy) in copies {
                        let text = RichText::new(text);
                        ui.label(if is_copy { text } else { text.weak() });
                    }
                    if let Some(f) = fix {
                        let names = |refs: &[parallax_documents::annotate::model::SourceRef]| {
                            refs.iter()
                                .filter_map(|r| {
                                    parallax_documents::annotate::sources::locate_source(engine, r)
                                })
                                .map(|s| engine.source(s).id.clone())
                                .collect::<Vec<_>>()
                                .join(", ")
                        };
                        if !f.copies.is_empty() {
                            ui.label(format!("same story as {} (by hand)", names(&f.copies)));
                        }
                        if !f.not_copies.is_empty() {
                            ui.label(format!("not a copy of {} (by hand)", names(&f.not_copies)));
                        }
                    }
                });
                match shown {
                    None => {
                        ui.label(RichText::new("—").weak());
                    }
                    Some(s) => {
                        let shared = ws.index.shared_facts_by_source.get(s.0).copied();
                        let off = ws.index.possibly_off_topic.get(s.0).copied();
                        ui.vertical(|ui| {
                            ui.label(shared.unwrap_or(0).to_string());
                            if off == Some(true) {
                                ui.label(
                                    RichText::new("possibly off-topic")
                                        .color(ui.visuals().warn_fg_color),
                                )
                                .on_hover_text(
                                    "This article shares no fact with the other articles: it \
                                     may be about another event. Exclude it if so.",
                                );
                            }
                        });
                    }
                }
                ui.end_row();
            }
        });
}

fn source_form_ui(ui: &mut Ui, ws: &Workspace, draft: &mut SourceDraft, actions: &mut ActionQueue) {
    let engine = &ws.engine_analysis;
    let Some(read) = engine.sources.get(draft.source.0) else {
        return;
    };
    ui.label(
        RichText::new(format!("Correcting {} · {}", read.id, read.file_name))
            .strong()
            .color(ui.visuals().strong_text_color()),
    );
    egui::Grid::new("parallax-source-form")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label("Outlet name");
            ui.add(
                egui::TextEdit::singleline(&mut draft.outlet)
                    .hint_text(read.label())
                    .desired_width(320.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Publication date");
            ui.add(
                egui::TextEdit::singleline(&mut draft.date)
                    .hint_text("YYYY-MM-DD")
                    .desired_width(140.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("URL");
            ui.add(
                egui::TextEdit::singleline(&mut draft.url)
                    .hint_text("https://…")
                    .desired_width(420.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label("Origin");
            ui.horizontal(|ui| {
                egui::ComboBox::from_id_salt("parallax-source-origin")
                    .selected_text(draft.origin.label())
                    .show_ui(ui, |ui| {
                        for choice in OriginChoice::ALL {
                            ui.selectable_value(&mut draft.origin, choice, choice.label());
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if draft.origin == OriginChoice::Agency {
                    ui.add(
                        egui::TextEdit::singleline(&mut draft.agency)
                            .hint_text("AFP, AP, Reuters…")
                            .desired_width(160.0),
                    )
                    .labelled_by(label.id);
                }
            });
            ui.end_row();
            ui.label("");
            ui.checkbox(
                &mut draft.excluded,
                "Leave this article out of the comparison",
            );
            ui.end_row();
        });
    copies_form_ui(ui, ws, draft);
    ui.label(
        RichText::new(format!(
            "Read from the text: origin {}",
            origin_read(engine, draft.source)
        ))
        .small()
        .weak(),
    );
    let result = correction_from_draft(engine, draft);
    if let Err(problem) = &result {
        ui.label(RichText::new(problem).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        let apply = ui.add_enabled(result.is_ok(), egui::Button::new("Apply"));
        if apply.clicked()
            && let Ok(correction) = result
        {
            actions.push(Action::SetSourceCorrection(Box::new(correction)));
        }
        if ui.button("Cancel").clicked() {
            actions.push(Action::CancelSourceEdit);
        }
        let has_fix = ws.correction_of(draft.source).is_some();
        if ui
            .add_enabled(has_fix, egui::Button::new("Back to what the text says"))
            .on_hover_text("Remove every correction of this article")
            .clicked()
            && let Some(r) = parallax_documents::annotate::sources::source_ref(engine, draft.source)
        {
            actions.push(Action::SetSourceCorrection(Box::new(
                SourceCorrection::none_for(r),
            )));
        }
    });
}
