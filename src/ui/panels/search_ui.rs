//! The search bar (Ctrl+F): a query box over all sources with a match count and next /
//! previous. Matches are highlighted in the columns by the sources panel.

use egui::{Key, RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::state::SearchState;

/// Id of the query box, so that the app can tell whether the user is typing in it.
pub fn search_box_id() -> egui::Id {
    egui::Id::unique("parallax-search-box")
}

pub fn search_ui(ui: &mut Ui, search: &mut SearchState, actions: &mut ActionQueue) {
    ui.horizontal(|ui| {
        ui.label("Search");
        let edit = egui::TextEdit::singleline(&mut search.query)
            .id(search_box_id())
            .hint_text("words in any source")
            .desired_width(280.0);
        let response = ui.add(edit);
        if search.request_focus {
            response.request_focus();
            search.request_focus = false;
        }
        if response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            if ui.input(|i| i.modifiers.shift) {
                actions.push(Action::SearchPrevious);
            } else {
                actions.push(Action::SearchNext);
            }
            search.request_focus = true;
        }
        if response.has_focus() && ui.input(|i| i.key_pressed(Key::Escape)) {
            actions.push(Action::CloseSearch);
        }
        let count = search.hits.len();
        let text = if search.query.trim().is_empty() {
            String::new()
        } else if count == 0 {
            "no matches".to_string()
        } else {
            match search.current {
                Some(i) => format!("{} of {count}", i + 1),
                None => format!("{count} matches"),
            }
        };
        ui.label(RichText::new(text).strong());
        if ui
            .add_enabled(count > 0, egui::Button::new("Previous"))
            .on_hover_text("Previous match (Shift+Enter, Shift+F3)")
            .clicked()
        {
            actions.push(Action::SearchPrevious);
        }
        if ui
            .add_enabled(count > 0, egui::Button::new("Next"))
            .on_hover_text("Next match (Enter, F3)")
            .clicked()
        {
            actions.push(Action::SearchNext);
        }
        if ui
            .button("Close")
            .on_hover_text("Close search (Escape)")
            .clicked()
        {
            actions.push(Action::CloseSearch);
        }
    });
}
