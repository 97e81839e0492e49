//! The event list of a large or mixed set: one row per event (its label, article count,
//! outlets, date span and, once found in the background, its conflicts), a tick box per
//! event to merge events, and beside the list the chosen event's articles, each of which
//! can be moved to a new event or to another one, and the button that compares the event.

use egui::{RichText, ScrollArea, Ui};

use crate::events::Event;
use crate::ui::actions::{Action, ActionQueue};
use crate::ui::event_list::EventList;
use crate::ui::theme;

/// How many outlets a row names before "and N more".
const SHOWN_OUTLETS: usize = 3;
/// At most this many characters of a row's outlets and of its first conflict are shown
/// (all of it on hover).
const SHOWN_CHARS: usize = 70;

/// The list itself, in the central panel.
pub fn event_list_ui(ui: &mut Ui, list: &EventList, busy: bool, actions: &mut ActionQueue) {
    let set = &list.set;
    ui.horizontal(|ui| {
        ui.heading(&set.name);
        ui.label(format!(
            "{} articles in {} events · grouped in {:.2} s",
            set.articles.len(),
            set.events.len(),
            list.load_time.as_secs_f32()
        ));
    });
    ui.label(
        "The articles report several events: pick one to compare its articles. Tick two or \
         more events to merge them; move an article out of an event beside the list. Your \
         grouping is saved with the set.",
    );
    ui.horizontal(|ui| {
        let ticked = list.ticked.len();
        let merge = ui
            .add_enabled(ticked >= 2 && !busy, egui::Button::new(merge_label(ticked)))
            .on_disabled_hover_text("Tick two or more events to merge them");
        if merge.clicked() {
            actions.push(Action::MergeTickedEvents);
        }
        let all = ui.add_enabled(
            !busy,
            egui::Button::new(format!(
                "Compare all {} articles together",
                set.articles.len()
            )),
        );
        if all.clicked() {
            actions.push(Action::CompareAllEvents);
        }
        if list.is_scanning() {
            ui.spinner();
            ui.weak("finding each event's conflicts…");
        }
    });
    ui.separator();
    let row_height = ui.spacing().interact_size.y + 4.0;
    ScrollArea::both().auto_shrink(false).show_rows(
        ui,
        row_height,
        set.events.len(),
        |ui, rows| {
            egui::Grid::new("parallax-event-list")
                .striped(true)
                .spacing([14.0, 4.0])
                .min_row_height(ui.spacing().interact_size.y)
                .show(ui, |ui| {
                    for i in rows {
                        event_row_ui(ui, list, i, actions);
                        ui.end_row();
                    }
                });
        },
    );
}

/// `text` cut to [`SHOWN_CHARS`] characters (never inside one), with an ellipsis.
fn shortened(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}

/// One row of the list's grid: tick box, label, articles, dates, conflicts, outlets.
fn event_row_ui(ui: &mut Ui, list: &EventList, i: usize, actions: &mut ActionQueue) {
    let event = &list.set.events[i];
    let mut ticked = list.ticked.contains(&i);
    if ui
        .checkbox(&mut ticked, "")
        .on_hover_text("Tick to merge this event with other ticked ones")
        .changed()
    {
        actions.push(Action::ToggleEventTicked(i));
    }
    let label = if event.by_hand {
        format!("{} (by hand)", event.label)
    } else {
        event.label.clone()
    };
    let shown = ui
        .selectable_label(list.details == Some(i), RichText::new(label).strong())
        .on_hover_text("Show its articles; double-click to compare them");
    if shown.double_clicked() {
        actions.push(Action::OpenEvent(i));
    } else if shown.clicked() {
        actions.push(Action::ShowEventDetails(i));
    }
    ui.label(articles_text(event.articles.len()));
    ui.weak(event.date_span());
    conflicts_cell_ui(ui, list, i);
    ui.weak(shortened(&outlets_text(event)))
        .on_hover_text(event.outlets.join("\n"));
}

fn articles_text(n: usize) -> String {
    if n == 1 {
        "1 article".to_string()
    } else {
        format!("{n} articles")
    }
}

fn outlets_text(event: &Event) -> String {
    let shown: Vec<&str> = event
        .outlets
        .iter()
        .take(SHOWN_OUTLETS)
        .map(String::as_str)
        .collect();
    let more = event.outlets.len().saturating_sub(SHOWN_OUTLETS);
    if more > 0 {
        format!("{} and {more} more", shown.join(", "))
    } else {
        shown.join(", ")
    }
}

/// The event's conflicts when known: counts, and the first one's explanation.
fn conflicts_cell_ui(ui: &mut Ui, list: &EventList, i: usize) {
    let event = &list.set.events[i];
    if event.articles.len() < 2 {
        ui.weak("-");
        return;
    }
    let Some(found) = list.conflicts_of(i) else {
        ui.weak("conflicts: …");
        return;
    };
    if found.conflicts == 0 {
        ui.weak("no conflicts");
        return;
    }
    let color = theme::conflict_text(ui.visuals().dark_mode);
    let counts = match (found.conflicts, found.hard) {
        (1, 1) => "1 hard conflict".to_string(),
        (1, _) => "1 conflict".to_string(),
        (n, 0) => format!("{n} conflicts"),
        (n, hard) => format!("{n} conflicts, {hard} hard"),
    };
    let first = found.top.first().map_or("", String::as_str);
    ui.label(RichText::new(shortened(&format!("{counts}: {first}"))).color(color))
        .on_hover_text(found.top.join("\n"));
}

/// The chosen event's articles, in a side panel.
pub fn event_details_ui(ui: &mut Ui, list: &EventList, busy: bool, actions: &mut ActionQueue) {
    let Some(i) = list.details else { return };
    let Some(event) = list.set.events.get(i) else {
        return;
    };
    ui.heading(&event.label);
    let dates = match event.first_date {
        Some(_) => event.date_span(),
        None => "no dates known".to_string(),
    };
    ui.label(format!("{} · {dates}", articles_text(event.articles.len())));
    ui.weak(outlets_text(event));
    if ui
        .add_enabled(!busy, egui::Button::new("Compare this event"))
        .clicked()
    {
        actions.push(Action::OpenEvent(i));
    }
    ui.separator();
    ScrollArea::vertical().auto_shrink(false).show(ui, |ui| {
        for &article in &event.articles {
            let source = &list.set.articles[article].source;
            ui.label(
                RichText::new(source.meta.title.as_deref().unwrap_or(&source.file_name)).strong(),
            );
            let date = source
                .meta
                .date
                .map_or_else(|| "no date".to_string(), |d| d.to_string());
            // An outlet read from nothing better is the file name: not said twice.
            ui.weak(if source.label() == source.file_name {
                format!("{date} · {}", source.file_name)
            } else {
                format!("{} · {date} · {}", source.label(), source.file_name)
            });
            ui.horizontal(|ui| {
                if event.articles.len() > 1
                    && ui
                        .add_enabled(!busy, egui::Button::new("Move to a new event"))
                        .clicked()
                {
                    actions.push(Action::MoveArticle { article, to: None });
                }
                egui::ComboBox::from_id_salt(("move-article", article))
                    .selected_text("Move to…")
                    .show_ui(ui, |ui| {
                        for (j, other) in list.set.events.iter().enumerate() {
                            if j != i && ui.selectable_label(false, &other.label).clicked() {
                                actions.push(Action::MoveArticle {
                                    article,
                                    to: Some(j),
                                });
                            }
                        }
                    });
            });
            ui.add_space(6.0);
        }
    });
}

/// Above a comparison opened from the event list: which event it is, and the way back.
pub fn event_bar_ui(ui: &mut Ui, list: &EventList, actions: &mut ActionQueue) {
    ui.horizontal(|ui| {
        if ui.button("Back to the event list").clicked() {
            actions.push(Action::ShowEventList);
        }
        let what = match list.opened.and_then(|i| list.set.events.get(i)) {
            Some(event) => format!(
                "Event: {} ({})",
                event.label,
                articles_text(event.articles.len())
            ),
            None => format!(
                "All {} articles of {}",
                list.set.articles.len(),
                list.set.name
            ),
        };
        ui.label(what);
        ui.weak(format!(
            "· {} events in {}",
            list.set.events.len(),
            list.set.name
        ));
    });
}

/// The merge button's words: how many events it merges, once two or more are ticked.
fn merge_label(ticked: usize) -> String {
    if ticked >= 2 {
        format!("Merge the {ticked} ticked events")
    } else {
        "Merge ticked events".to_string()
    }
}
