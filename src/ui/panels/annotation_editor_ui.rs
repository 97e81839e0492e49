//! The annotation editor shown in the inspector: verdict, note, tags and evidence of the
//! annotations on the selected statement, link or fact; annotating part of a statement's
//! text; and the user's decisions about links (confirm, reject, retype, link by hand).
//!
//! Widgets edit a copy of the annotation; when the copy differs, the editor pushes one
//! action with the before and after states, so every change can be undone.

use egui::{Color32, Id, RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::{Prefs, Selection, ViewState};
use crate::ui::theme;
use crate::ui::workspace::Workspace;
use parallax_documents::annotate::anchor::anchor_statement;
use parallax_documents::annotate::selection::span_target_in_statement;
use parallax_documents::annotate::{
    Annotation, Evidence, LinkOverride, OverrideDecision, Review, Target, Verdict,
};
use parallax_engine::model::{Relation, StatementIdx};

/// The verdict's colour for markers and chips.
pub fn verdict_color(v: Verdict) -> Color32 {
    let [r, g, b] = v.colour_rgb();
    Color32::from_rgb(r, g, b)
}

/// A small filled chip with the verdict's label, in dark or white text, whichever reads
/// better on the verdict's colour (at least 4.5:1, see the theme's tests).
pub fn verdict_chip_ui(ui: &mut Ui, v: Verdict) {
    let fill = verdict_color(v);
    egui::Frame::new()
        .fill(fill)
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(5, 1))
        .show(ui, |ui| {
            ui.label(
                RichText::new(v.label())
                    .small()
                    .strong()
                    .color(theme::readable_text_on(fill)),
            );
        });
}

/// The annotations on one target (a statement, a link or a fact), each in an editor; a
/// blank editor when there are none, which creates the annotation on the first change.
pub fn annotations_for_target_ui(
    ui: &mut Ui,
    ws: &Workspace,
    target: Option<Target>,
    statements: &[StatementIdx],
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    let Some(target) = target else {
        return;
    };
    ui.add_space(8.0);
    ui.heading("Fact-check");
    let existing = ws.annotations_on(&target, statements);
    if existing.is_empty() {
        let blank = Annotation::new(
            ws.document.annotations.next_id(),
            target,
            prefs.author.clone(),
        );
        annotation_editor_ui(ui, &blank, true, actions);
    } else {
        for (i, annotation) in existing.iter().enumerate() {
            if i > 0 {
                ui.separator();
            }
            annotation_editor_ui(ui, annotation, false, actions);
        }
    }
}

/// Whether a new annotation holds anything worth making it for. An evidence row counts even
/// while empty: the blank editor is rebuilt every frame, so the row must be kept to be typed in.
fn has_content(a: &Annotation) -> bool {
    a.verdict.is_some()
        || a.review.is_some()
        || !a.note.trim().is_empty()
        || !a.tags.is_empty()
        || !a.evidence.is_empty()
}

/// Parse a comma-separated tag list: trimmed, without empties or repeats.
pub fn parse_tags(text: &str) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in text.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        if !tags.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
            tags.push(tag.to_string());
        }
    }
    tags
}

/// One annotation's fields. `is_new`: not in the document yet.
pub fn annotation_editor_ui(
    ui: &mut Ui,
    current: &Annotation,
    is_new: bool,
    actions: &mut ActionQueue,
) {
    let mut edited = current.clone();
    let id = current.id;

    ui.label(RichText::new("Verdict").strong());
    ui.horizontal_wrapped(|ui| {
        for v in Verdict::ALL {
            let selected = edited.verdict == Some(v);
            // The chosen verdict is filled with its colour, its text readable on it in
            // both themes (not verdict-coloured text on the theme's selection colour).
            let button = if selected {
                let fill = verdict_color(v);
                egui::Button::selectable(
                    true,
                    RichText::new(v.label())
                        .strong()
                        .color(theme::readable_text_on(fill)),
                )
                .fill(fill)
            } else {
                egui::Button::selectable(false, v.label())
            };
            let response = ui.add(button).on_hover_text(if selected {
                "Click again to remove the verdict"
            } else {
                "Set this verdict"
            });
            if response.clicked() {
                edited.verdict = if selected { None } else { Some(v) };
            }
        }
    });

    let note_label = ui.label(RichText::new("Note").strong());
    ui.add(
        egui::TextEdit::multiline(&mut edited.note)
            .id(Id::unique(("parallax-note", id)))
            .hint_text("What you found, and how you checked it")
            .desired_rows(3)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(note_label.id);

    // Tags are typed as text; the draft keeps what is typed ("a, b,") while the model keeps
    // the parsed list, and is reset when the list changes elsewhere (undo).
    let tags_label = ui.label(RichText::new("Tags").strong());
    let draft_id = Id::unique(("parallax-tags-draft", id));
    let mut draft: (String, Vec<String>) = ui
        .data(|d| d.get_temp(draft_id))
        .filter(|(_, for_tags): &(String, Vec<String>)| *for_tags == current.tags)
        .unwrap_or_else(|| (current.tags.join(", "), current.tags.clone()));
    let tags_response = ui
        .add(
            egui::TextEdit::singleline(&mut draft.0)
                .id(Id::unique(("parallax-tags", id)))
                .hint_text("comma, separated, tags")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(tags_label.id);
    if tags_response.changed() {
        edited.tags = parse_tags(&draft.0);
        draft.1 = edited.tags.clone();
    }
    ui.data_mut(|d| d.insert_temp(draft_id, draft));

    ui.label(RichText::new("Evidence").strong());
    let mut remove = None;
    // Widths from the space at hand, so the row never pushes the panel wider.
    let spacing = ui.spacing().item_spacing.x;
    let fields_width = (ui.available_width() - 2.0 * spacing - 26.0).max(80.0);
    for (i, evidence) in edited.evidence.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            ui.add(
                egui::TextEdit::singleline(&mut evidence.url)
                    .id(Id::unique(("parallax-evidence-url", id, i)))
                    .hint_text("https://…")
                    .desired_width(fields_width * 0.55),
            );
            ui.add(
                egui::TextEdit::singleline(&mut evidence.label)
                    .id(Id::unique(("parallax-evidence-label", id, i)))
                    .hint_text("what it is")
                    .desired_width(fields_width * 0.45),
            );
            if ui.small_button("×").on_hover_text("Remove").clicked() {
                remove = Some(i);
            }
        });
    }
    if let Some(i) = remove {
        edited.evidence.remove(i);
    }
    if ui.small_button("+ Add evidence link").clicked() {
        edited.evidence.push(Evidence {
            url: String::new(),
            label: String::new(),
        });
    }

    if matches!(current.target, Target::Link { .. }) {
        review_row_ui(ui, &mut edited);
    }

    if !is_new {
        ui.horizontal_wrapped(|ui| {
            let who = if current.author.is_empty() {
                String::new()
            } else {
                format!("by {} · ", current.author)
            };
            ui.label(
                RichText::new(format!(
                    "{who}created {} · changed {}",
                    current.created.format("%Y-%m-%d %H:%M"),
                    current.modified.format("%Y-%m-%d %H:%M")
                ))
                .small()
                .weak(),
            );
            if ui.small_button("Delete").clicked() {
                actions.push(Action::RemoveAnnotation(id));
            }
        });
    }

    if edited != *current {
        edited.touch();
        if is_new {
            if has_content(&edited) {
                actions.push(Action::AddAnnotation(Box::new(edited)));
            }
        } else {
            actions.push(Action::UpdateAnnotation {
                before: Box::new(current.clone()),
                after: Box::new(edited),
            });
        }
    }
}

/// The conflict's place in the work queue: reviewed, dismissed, or neither (click again).
fn review_row_ui(ui: &mut Ui, edited: &mut Annotation) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Review").strong());
        for review in Review::ALL {
            let selected = edited.review == Some(review);
            let hover = match (review, selected) {
                (_, true) => "Click again to put it back in the queue",
                (Review::Reviewed, false) => "You have checked this conflict",
                (Review::Dismissed, false) => "Not worth checking; the link stays",
            };
            if ui
                .selectable_label(selected, review.label())
                .on_hover_text(hover)
                .clicked()
            {
                edited.review = if selected { None } else { Some(review) };
            }
        }
    });
}

/// Select words of the statement to annotate just them, and the span annotations on it.
pub fn span_annotations_ui(
    ui: &mut Ui,
    ws: &Workspace,
    s: StatementIdx,
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    let statement = ws.analysis.statement(s);
    let spans = ws.span_annotations_on(s);
    egui::CollapsingHeader::new(format!("Annotate part of the text ({})", spans.len()))
        .id_salt(("parallax-spans", s))
        .default_open(!spans.is_empty())
        .show(ui, |ui| {
            ui.label(RichText::new("Select words below, then Annotate selection.").weak());
            let mut text: &str = &statement.text;
            let output = egui::TextEdit::multiline(&mut text)
                .id(Id::unique(("parallax-select-text", s)))
                .desired_width(f32::INFINITY)
                .desired_rows(2)
                .show(ui);
            let remembered = Id::unique(("parallax-selected-range", s));
            if let Some(range) = output.cursor_range {
                let chars = range.as_sorted_char_range();
                let (start, end) = (chars.start.0, chars.end.0);
                if start < end {
                    let byte = |c: usize| {
                        statement
                            .text
                            .char_indices()
                            .nth(c)
                            .map_or(statement.text.len(), |(b, _)| b)
                    };
                    let bytes = (byte(start), byte(end));
                    ui.data_mut(|d| d.insert_temp(remembered, bytes));
                }
            }
            let selected: Option<(usize, usize)> = ui.data(|d| d.get_temp(remembered));
            ui.horizontal_wrapped(|ui| {
                let quote = selected
                    .and_then(|(a, b)| statement.text.get(a..b))
                    .unwrap_or("");
                let button = ui.add_enabled(
                    !quote.trim().is_empty(),
                    egui::Button::new("Annotate selection"),
                );
                if button.clicked()
                    && let Some((a, b)) = selected
                    && let Ok(target) = span_target_in_statement(&ws.analysis, s, a, b)
                {
                    let mut annotation = Annotation::new(
                        ws.document.annotations.next_id(),
                        target,
                        prefs.author.clone(),
                    );
                    annotation.verdict = Some(Verdict::NeedsChecking);
                    actions.push(Action::AddAnnotation(Box::new(annotation)));
                    ui.data_mut(|d| d.remove::<(usize, usize)>(remembered));
                }
                if !quote.trim().is_empty() {
                    ui.label(RichText::new(format!("“{}”", quote.trim())).italics());
                }
            });
            for annotation in spans {
                ui.separator();
                if let Target::Span(anchor) = &annotation.target {
                    ui.label(RichText::new(format!("“{}”", anchor.quote.exact)).italics());
                }
                annotation_editor_ui(ui, annotation, false, actions);
            }
        });
}

/// The user's decision about the link between `a` and `b` (present or not in the analysis).
pub fn link_decision_ui(
    ui: &mut Ui,
    ws: &Workspace,
    a: StatementIdx,
    b: StatementIdx,
    actions: &mut ActionQueue,
) {
    let decision_index = ws.notes.override_for(a, b);
    let decision = decision_index.and_then(|i| ws.document.annotations.overrides().get(i));
    let link = ws.link_between(a, b).map(|l| &ws.analysis.links[l.0]);
    ui.add_space(6.0);
    ui.label(RichText::new("Your decision on this link").strong());
    let reason_id = Id::unique(("parallax-decision-reason", a.min(b), a.max(b)));
    let mut reason: String = ui
        .data(|d| d.get_temp(reason_id))
        .or_else(|| decision.map(|d| d.reason.clone()))
        .unwrap_or_default();
    if let (Some(i), Some(d)) = (decision_index, decision) {
        ui.horizontal(|ui| {
            ui.label(format!("{}.", d.decision.label()));
            if ui.small_button("Withdraw").clicked() {
                actions.push(Action::RemoveLinkDecision(i));
            }
        });
    }
    let reason_label = ui.label("Reason");
    let reason_changed = ui
        .add(
            egui::TextEdit::singleline(&mut reason)
                .id(Id::unique((
                    "parallax-decision-reason-edit",
                    a.min(b),
                    a.max(b),
                )))
                .hint_text("why (kept with the decision)")
                .desired_width(f32::INFINITY),
        )
        .labelled_by(reason_label.id)
        .changed();
    ui.data_mut(|d| d.insert_temp(reason_id, reason.clone()));
    let make = |decision: OverrideDecision, reason: &str| -> Option<Action> {
        Some(Action::SetLinkDecision(Box::new(LinkOverride {
            a: anchor_statement(&ws.analysis, a).ok()?,
            b: anchor_statement(&ws.analysis, b).ok()?,
            decision,
            reason: reason.trim().to_string(),
        })))
    };
    if reason_changed
        && let Some(d) = decision
        && let Some(action) = make(d.decision, &reason)
    {
        actions.push(action);
    }
    let mut choices: Vec<(OverrideDecision, &str)> = Vec::new();
    match link {
        Some(link) => {
            choices.push((OverrideDecision::Confirm, "Confirm link"));
            choices.push((OverrideDecision::Reject, "Reject link"));
            if link.relation == Relation::Match {
                choices.push((OverrideDecision::AddConflict, "Mark as conflict"));
            } else {
                choices.push((OverrideDecision::AddMatch, "Mark as match"));
            }
        }
        None => {
            choices.push((OverrideDecision::AddMatch, "Link as match"));
            choices.push((OverrideDecision::AddConflict, "Link as conflict"));
        }
    }
    ui.horizontal_wrapped(|ui| {
        for (choice, label) in choices {
            let current = decision.is_some_and(|d| d.decision == choice);
            if ui.add_enabled(!current, egui::Button::new(label)).clicked()
                && let Some(action) = make(choice, &reason)
            {
                actions.push(action);
            }
        }
    });
}

/// Decisions that involve `s` (rejected links no longer show as links), and the manual
/// link in progress.
pub fn statement_decisions_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    s: StatementIdx,
    actions: &mut ActionQueue,
) {
    let mine: Vec<(usize, StatementIdx)> = ws
        .notes
        .override_by_pair
        .iter()
        .filter_map(|(&(x, y), &i)| match (x == s, y == s) {
            (true, _) => Some((i, y)),
            (_, true) => Some((i, x)),
            _ => None,
        })
        .collect();
    ui.add_space(6.0);
    if !mine.is_empty() {
        ui.label(RichText::new("Your link decisions").strong());
        let mut mine = mine;
        mine.sort();
        for (i, other) in mine {
            let Some(decision) = ws.document.annotations.overrides().get(i) else {
                continue;
            };
            ui.horizontal_wrapped(|ui| {
                let other_statement = ws.analysis.statement(other);
                ui.label(format!(
                    "{} with {}:",
                    decision.decision.label(),
                    ws.source_label(other_statement.source)
                ));
                let preview: String = other_statement.text.chars().take(70).collect();
                if ui
                    .link(format!("“{preview}…”"))
                    .on_hover_text(&other_statement.text)
                    .clicked()
                {
                    actions.push(Action::Focus(Selection::Statement(other)));
                }
                if ui.small_button("Withdraw").clicked() {
                    actions.push(Action::RemoveLinkDecision(i));
                }
            });
        }
    }
    if view.pending_link.is_none()
        && ui
            .button("Link to a statement of another source…")
            .on_hover_text(
                "Then click the other statement: you can link them as a match or a conflict",
            )
            .clicked()
    {
        actions.push(Action::StartManualLink(s));
    }
}

/// The manual link in progress, shown at the top of the inspector: waiting for the other
/// statement, or offering to link the two as a match or a conflict.
pub fn pending_link_ui(
    ui: &mut Ui,
    ws: &Workspace,
    view: &ViewState,
    s: StatementIdx,
    actions: &mut ActionQueue,
) {
    let Some(p) = view.pending_link else {
        return;
    };
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(RichText::new("Manual link").strong());
        let pending = ws.analysis.statement(p);
        if p == s {
            ui.label("Now click a statement in another column to link it with this one.");
        } else if pending.source == ws.analysis.statement(s).source {
            ui.label("A link needs a statement of another source: click one in another column.");
        } else {
            ui.label(format!(
                "Link with {}: “{}”",
                ws.source_label(pending.source),
                pending.text
            ));
            link_decision_ui(ui, ws, p, s, actions);
        }
        if ui.small_button("Cancel the link").clicked() {
            actions.push(Action::CancelManualLink);
        }
    });
    ui.add_space(6.0);
}
