//! The Annotations tab: every annotation and link decision of the open document, filtered
//! by verdict, tag or orphan state, each with a jump to its place in the sources.

use egui::{RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::panels::annotation_editor_ui::verdict_chip_ui;
use crate::ui::state::{AnnotationFilter, Selection, ViewState};
use crate::ui::workspace::Workspace;
use parallax_documents::annotate::anchor::LocatedTarget;
use parallax_documents::annotate::{Annotation, Target, Verdict};

/// Whether an annotation passes the tab's filter.
pub fn passes_annotation_filter(
    ws: &Workspace,
    filter: &AnnotationFilter,
    annotation: &Annotation,
) -> bool {
    let verdict_ok = filter.verdict.is_none_or(|v| annotation.verdict == Some(v));
    let tag_ok = filter
        .tag
        .as_ref()
        .is_none_or(|t| annotation.tags.iter().any(|x| x.eq_ignore_ascii_case(t)));
    let orphan_ok = !filter.only_orphans || ws.notes.orphans.contains(&annotation.id);
    verdict_ok && tag_ok && orphan_ok
}

/// Where to go for an annotation: its link, fact or statement in the shown analysis.
pub fn selection_for(ws: &Workspace, annotation: &Annotation) -> Option<Selection> {
    let located: &LocatedTarget = ws.notes.located.get(&annotation.id)?;
    let first = *located.statements.first()?;
    Some(match &annotation.target {
        Target::Link { .. } => located
            .statements
            .get(1)
            .and_then(|&second| ws.link_between(first, second))
            .map_or(Selection::Statement(first), Selection::Link),
        Target::Fact(_) => ws
            .index
            .fact_of(first)
            .map_or(Selection::Statement(first), Selection::Fact),
        Target::Statement(_) | Target::Span(_) => Selection::Statement(first),
    })
}

pub fn annotations_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    let set = &ws.document.annotations;
    let filter = &view.annotation_filter;
    ui.horizontal_wrapped(|ui| {
        ui.heading("Annotations");
        ui.label(
            RichText::new(format!(
                "{} annotations · {} link decisions · {} orphaned",
                set.annotations().len(),
                set.overrides().len(),
                ws.notes.orphans.len() + ws.notes.orphan_overrides.len()
            ))
            .weak(),
        );
    });
    ui.horizontal_wrapped(|ui| {
        let mut verdict = filter.verdict;
        let verdict_label = ui.label("Verdict");
        egui::ComboBox::from_id_salt("parallax-filter-verdict")
            .selected_text(verdict.map_or("Any", Verdict::label))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut verdict, None, "Any");
                for v in Verdict::ALL {
                    ui.selectable_value(&mut verdict, Some(v), v.label());
                }
            })
            .response
            .labelled_by(verdict_label.id);
        let mut tag = filter.tag.clone();
        let tag_label = ui.label("Tag");
        egui::ComboBox::from_id_salt("parallax-filter-tag")
            .selected_text(tag.clone().unwrap_or_else(|| "Any".into()))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut tag, None, "Any");
                for (t, n) in set.tag_counts() {
                    ui.selectable_value(&mut tag, Some(t.clone()), format!("{t} ({n})"));
                }
            })
            .response
            .labelled_by(tag_label.id);
        let mut only_orphans = filter.only_orphans;
        ui.checkbox(&mut only_orphans, "Only orphans");
        let wanted = AnnotationFilter {
            verdict,
            tag,
            only_orphans,
        };
        if wanted != *filter {
            actions.push(Action::SetAnnotationFilter(wanted));
        }
    });
    ui.separator();

    let shown: Vec<&Annotation> = set
        .annotations()
        .iter()
        .filter(|a| passes_annotation_filter(ws, filter, a))
        .collect();
    egui::ScrollArea::vertical()
        .id_salt("parallax-annotations-list")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if set.annotations().is_empty() && set.overrides().is_empty() {
                ui.label(
                    RichText::new(
                        "No annotations yet. Select a statement, a conflict or a fact and set a \
                         verdict or write a note in the inspector.",
                    )
                    .italics()
                    .weak(),
                );
            } else if shown.is_empty() && !set.annotations().is_empty() {
                ui.label(RichText::new("No annotation passes the filter.").italics());
            }
            for annotation in shown {
                annotation_row_ui(ui, ws, annotation, actions);
            }
            if !set.overrides().is_empty() && filter.verdict.is_none() && filter.tag.is_none() {
                ui.add_space(10.0);
                ui.heading("Link decisions");
                for (i, decision) in set.overrides().iter().enumerate() {
                    let orphaned = ws.notes.orphan_overrides.contains(&i);
                    if filter.only_orphans && !orphaned {
                        continue;
                    }
                    egui::Frame::group(ui.style()).show(ui, |ui| {
                        ui.set_width(ui.available_width());
                        ui.horizontal_wrapped(|ui| {
                            ui.label(RichText::new(decision.decision.label()).strong());
                            if orphaned {
                                ui.label(
                                    RichText::new("Orphaned: the text was not found")
                                        .color(ui.visuals().warn_fg_color),
                                );
                            }
                            if !decision.reason.is_empty() {
                                ui.label(format!("— {}", decision.reason));
                            }
                        });
                        ui.label(
                            RichText::new(format!(
                                "{}: “{}”",
                                decision.a.source.file_name, decision.a.quote.exact
                            ))
                            .small(),
                        );
                        ui.label(
                            RichText::new(format!(
                                "{}: “{}”",
                                decision.b.source.file_name, decision.b.quote.exact
                            ))
                            .small(),
                        );
                        ui.horizontal(|ui| {
                            let pair = ws
                                .notes
                                .override_by_pair
                                .iter()
                                .find(|(_, idx)| **idx == i)
                                .map(|(pair, _)| *pair);
                            if let Some((x, y)) = pair
                                && ui.small_button("Go to").clicked()
                            {
                                let selection = ws
                                    .link_between(x, y)
                                    .map_or(Selection::Statement(x), Selection::Link);
                                actions.push(Action::Focus(selection));
                            }
                            if ui.small_button("Withdraw").clicked() {
                                actions.push(Action::RemoveLinkDecision(i));
                            }
                        });
                    });
                }
            }
        });
}

fn annotation_row_ui(
    ui: &mut Ui,
    ws: &Workspace,
    annotation: &Annotation,
    actions: &mut ActionQueue,
) {
    let orphaned = ws.notes.orphans.contains(&annotation.id);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            match annotation.verdict {
                Some(v) => verdict_chip_ui(ui, v),
                None => {
                    ui.label(RichText::new("No verdict").small().weak());
                }
            }
            ui.label(RichText::new(annotation.target.kind_name()).small().weak());
            let sources: Vec<String> = annotation
                .target
                .anchors()
                .iter()
                .map(|a| {
                    parallax_documents::annotate::anchor::find_source(&ws.analysis, &a.source)
                        .map(|s| ws.source_label(s).to_string())
                        .unwrap_or_else(|| a.source.file_name.clone())
                })
                .collect();
            ui.label(RichText::new(sources.join(" · ")).small());
            for tag in &annotation.tags {
                ui.label(RichText::new(format!("#{tag}")).small().monospace());
            }
            if orphaned {
                ui.label(
                    RichText::new("Orphaned: its text is not in the open articles")
                        .color(ui.visuals().warn_fg_color),
                );
            }
        });
        if let Some(anchor) = annotation.target.anchors().first() {
            let quote: String = anchor.quote.exact.chars().take(220).collect();
            let more = if anchor.quote.exact.chars().count() > 220 {
                "…"
            } else {
                ""
            };
            ui.label(RichText::new(format!("“{quote}{more}”")).italics());
        }
        if !annotation.note.trim().is_empty() {
            ui.label(annotation.note.trim());
        }
        for evidence in &annotation.evidence {
            if !evidence.url.trim().is_empty() {
                ui.label(
                    RichText::new(format!("Evidence: {} {}", evidence.label, evidence.url)).small(),
                );
            }
        }
        ui.horizontal(|ui| {
            if let Some(selection) = selection_for(ws, annotation)
                && ui.small_button("Go to").clicked()
            {
                actions.push(Action::Focus(selection));
            }
            if ui.small_button("Delete").clicked() {
                actions.push(Action::RemoveAnnotation(annotation.id));
            }
        });
    });
}
