//! Modal questions and small windows: unsaved changes, crash recovery, replacing an export
//! file, the Export window, the Saves folder window, and the in-app path field used when no
//! system file dialog is available. They only push actions.

use egui::{RichText, Ui};

use crate::ui::actions::{Action, ActionQueue};
use crate::ui::file_dialogs::PathPrompt;
use crate::ui::state::{AfterUnsaved, Prefs, Prompt, ViewState};
use crate::ui::workspace::Workspace;
use parallax_documents::export::ExportFormat;

/// Draw whichever dialog or window is open.
pub fn dialogs_ui(
    ctx: &egui::Context,
    ws: Option<&Workspace>,
    view: &ViewState,
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    if let Some(prompt) = &view.prompt {
        let modal = egui::Modal::new(egui::Id::unique("parallax-prompt")).show(ctx, |ui| {
            ui.set_max_width(460.0);
            prompt_ui(ui, ws, prompt, actions);
        });
        if modal.should_close() {
            actions.push(Action::ClosePrompt);
        }
    }
    if let Some(path_prompt) = &view.path_prompt {
        let modal = egui::Modal::new(egui::Id::unique("parallax-path-prompt")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            path_prompt_ui(ui, path_prompt, actions);
        });
        if modal.should_close() {
            actions.push(Action::CancelPathPrompt);
        }
    }
    if let (Some(format), Some(ws)) = (view.export_window, ws) {
        small_window_ui(
            ctx,
            "Export",
            Action::CloseExportWindow,
            actions,
            |ui, actions| export_window_ui(ui, ws, format, actions),
        );
    }
    if view.show_saves_window {
        small_window_ui(
            ctx,
            "Saves and author",
            Action::ToggleSavesWindow,
            actions,
            |ui, actions| saves_window_ui(ui, ws, prefs, actions),
        );
    }
}

/// A small fixed-size window centred in the app; its close button pushes `on_close`.
fn small_window_ui(
    ctx: &egui::Context,
    title: &str,
    on_close: Action,
    actions: &mut ActionQueue,
    content: impl FnOnce(&mut Ui, &mut ActionQueue),
) {
    let mut open = true;
    egui::Window::new(title)
        .open(&mut open)
        .pivot(egui::Align2::CENTER_CENTER)
        .default_pos(ctx.content_rect().center())
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| content(ui, actions));
    if !open {
        actions.push(on_close);
    }
}

fn prompt_ui(ui: &mut Ui, ws: Option<&Workspace>, prompt: &Prompt, actions: &mut ActionQueue) {
    match prompt {
        Prompt::Unsaved(after) => {
            let name = ws.map_or_else(String::new, |w| w.document.display_name());
            ui.heading("Save your annotations?");
            ui.label(format!(
                "The annotations of {name} have changes that are not saved. {}",
                match after {
                    AfterUnsaved::Quit => "If you close without saving, they are lost.",
                    AfterUnsaved::OpenSet(_) =>
                        "If you open another set without saving, they are lost.",
                    AfterUnsaved::OpenAnnotations(_) =>
                        "If you open other annotations without saving, they are lost.",
                    AfterUnsaved::ShowEventList =>
                        "If you go back to the event list without saving, they are lost.",
                }
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    actions.push(Action::SaveThen(after.clone()));
                }
                if ui.button("Don't save").clicked() {
                    actions.push(Action::DiscardThen(after.clone()));
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::ClosePrompt);
                }
            });
        }
        Prompt::Recovery { autosaved, items } => {
            ui.heading("Restore unsaved work?");
            ui.label(format!(
                "Parallax stopped before your last changes were saved. An automatic copy from \
                 {autosaved} holds {items} annotation{} and link decision{}.",
                if *items == 1 { "" } else { "s" },
                if *items == 1 { "" } else { "s" },
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Restore").clicked() {
                    actions.push(Action::RestoreRecovery);
                }
                if ui.button("Discard it").clicked() {
                    actions.push(Action::DiscardRecovery);
                }
                if ui.button("Decide later").clicked() {
                    actions.push(Action::ClosePrompt);
                }
            });
        }
        Prompt::ReplaceExport { format, path } => {
            ui.heading("Replace the file?");
            ui.label(format!(
                "{} already exists. Replace it with the {}?",
                path.display(),
                format.label()
            ));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Replace").clicked() {
                    actions.push(Action::ExportTo {
                        format: *format,
                        path: path.clone(),
                        replace: true,
                    });
                }
                if ui.button("Cancel").clicked() {
                    actions.push(Action::ClosePrompt);
                }
            });
        }
    }
}

/// What each export format is for, in one line.
fn format_purpose(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Html => "One self-contained page to send or print.",
        ExportFormat::Markdown => "For a newsroom wiki or a pull request.",
        ExportFormat::Csv => "One row per fact and per annotation, for spreadsheets.",
        ExportFormat::Json => "The comparison with the annotations, for programs.",
        ExportFormat::ClaimReview => "schema.org ClaimReview JSON-LD for claims with a verdict.",
        ExportFormat::W3c => "W3C Web Annotations, for tools such as Hypothesis.",
    }
}

fn export_window_ui(ui: &mut Ui, ws: &Workspace, chosen: ExportFormat, actions: &mut ActionQueue) {
    ui.label(format!(
        "Export {} with its {} annotation{} and {} link decision{}.",
        ws.name,
        ws.document.annotations.annotations().len(),
        if ws.document.annotations.annotations().len() == 1 {
            ""
        } else {
            "s"
        },
        ws.document.annotations.overrides().len(),
        if ws.document.annotations.overrides().len() == 1 {
            ""
        } else {
            "s"
        },
    ));
    ui.add_space(6.0);
    for format in ExportFormat::ALL {
        let response = ui.radio(chosen == format, format.label());
        if response.clicked() {
            actions.push(Action::ShowExportWindow(format));
        }
        ui.label(RichText::new(format_purpose(format)).small().weak());
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("Export…").clicked() {
            actions.push(Action::ExportDialog(chosen));
        }
        if ui
            .button("Export to the saves folder")
            .on_hover_text(format!(
                "Write {} in the saves folder, with no file dialog.",
                chosen.suggested_file_name(&ws.name)
            ))
            .clicked()
        {
            actions.push(Action::ExportToSavesFolder(chosen));
        }
        if ui.button("Cancel").clicked() {
            actions.push(Action::CloseExportWindow);
        }
    });
}

/// The path field shown instead of a system file dialog: the path, prefilled, OK / Cancel,
/// and why the last OK did not work.
fn path_prompt_ui(ui: &mut Ui, prompt: &PathPrompt, actions: &mut ActionQueue) {
    ui.heading(prompt.purpose.title());
    ui.label("No system file dialog is available here, so type the path.");
    ui.label(RichText::new(prompt.purpose.hint()).small().weak());
    ui.add_space(6.0);
    let mut text = prompt.text.clone();
    let label = ui.label("Path");
    let field = ui.add(
        egui::TextEdit::singleline(&mut text)
            .desired_width(f32::INFINITY)
            .id_salt("parallax-path-prompt-field"),
    );
    let field = field.labelled_by(label.id);
    if field.changed() {
        actions.push(Action::EditPathPrompt(text));
    }
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    if let Some(error) = &prompt.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            format!("Cannot use this path: {error}"),
        );
    }
    ui.add_space(8.0);
    ui.horizontal(|ui| {
        if ui.button("OK").clicked() || entered {
            actions.push(Action::ConfirmPathPrompt);
        }
        if ui.button("Cancel").clicked() {
            actions.push(Action::CancelPathPrompt);
        }
    });
}

fn saves_window_ui(ui: &mut Ui, ws: Option<&Workspace>, prefs: &Prefs, actions: &mut ActionQueue) {
    ui.set_max_width(480.0);
    let location = crate::desktop::saves_location();
    ui.label(location.describe());
    for skipped in &location.skipped {
        ui.label(RichText::new(skipped).small().weak());
    }
    if let Some(ws) = ws {
        ui.label(format!(
            "The open annotations save to {}.",
            ws.document.save_path().display()
        ));
    }
    ui.horizontal(|ui| {
        if ui.button("Choose another folder…").clicked() {
            actions.push(Action::ChooseSavesFolderDialog);
        }
        if prefs.saves_dir.is_some() && ui.button("Use the default folder").clicked() {
            actions.push(Action::UseDefaultSavesFolder);
        }
    });
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label("Your name on new annotations:");
        let mut author = prefs.author.clone();
        if ui
            .text_edit_singleline(&mut author)
            .labelled_by(label.id)
            .changed()
        {
            actions.push(Action::SetAuthor(author));
        }
    });
}
