//! The Help windows: every keyboard shortcut, and a short About.

use egui::{RichText, Ui};

use crate::ui::actions::{CONTEXT_SHORTCUTS, shortcuts};

/// The keyboard shortcuts window; `open` is cleared when the user closes it (Escape too).
pub fn shortcuts_window_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts")
        .open(open)
        .resizable(false)
        .collapsible(false)
        .default_pos([200.0, 80.0])
        .show(ctx, |ui| {
            // As tall as the window allows: a small scroll box hid most of the list.
            egui::ScrollArea::vertical()
                .max_height((ctx.content_rect().height() - 160.0).max(200.0))
                .show(ui, |ui| {
                    egui::Grid::new("parallax-shortcuts")
                        .num_columns(2)
                        .striped(true)
                        .spacing([24.0, 4.0])
                        .show(ui, |ui| {
                            for shortcut in shortcuts() {
                                ui.label(
                                    RichText::new(ctx.format_shortcut(&shortcut.keys))
                                        .monospace()
                                        .strong(),
                                );
                                ui.label(shortcut.description);
                                ui.end_row();
                            }
                            for (keys, description) in CONTEXT_SHORTCUTS {
                                ui.label(RichText::new(*keys).monospace().strong());
                                ui.label(*description);
                                ui.end_row();
                            }
                        });
                });
        });
}

pub fn about_window_ui(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("About Parallax")
        .open(open)
        .resizable(false)
        .collapsible(false)
        .show(ctx, |ui: &mut Ui| {
            ui.heading("Parallax");
            ui.label(format!("Version {}", env!("CARGO_PKG_VERSION")));
            ui.label(env!("CARGO_PKG_DESCRIPTION"));
            ui.add_space(6.0);
            ui.label("Statements are split from each article, linked across sources when they report the same fact, and compared: matches corroborate, typed conflicts (number, date, count, entity, quote wording, status) disagree.");
        });
}
