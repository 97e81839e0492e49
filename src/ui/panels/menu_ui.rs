//! The menu bar (File, View, Navigate, Help) and the toolbar under it (tabs, filters,
//! source visibility, conflict navigation, search).
//!
//! File menu entries for saving and exporting are added in [`file_menu_ui`] as more actions.

use egui::containers::menu::{MenuBar, MenuConfig};
use egui::{PopupCloseBehavior, RichText, Ui};

use crate::ui::actions::{Action, ActionQueue, Shortcut, shortcuts};
use crate::ui::state::{Prefs, SetOrigin, StatusFilter, Tab, ThemePref, ViewState};
use crate::ui::workspace::Workspace;

/// A menu button that shows the shortcut of `action`, if it has one.
fn item(ui: &mut Ui, table: &[Shortcut], text: &str, action: Action, actions: &mut ActionQueue) {
    let shortcut = table
        .iter()
        .find(|s| s.action == action)
        .map(|s| ui.ctx().format_shortcut(&s.keys))
        .unwrap_or_default();
    if ui
        .add(egui::Button::new(text).shortcut_text(shortcut))
        .clicked()
    {
        actions.push(action);
    }
}

pub fn menu_bar_ui(
    ui: &mut Ui,
    ws: Option<&Workspace>,
    view: &ViewState,
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    let table = shortcuts();
    MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| file_menu_ui(ui, &table, ws, prefs, actions));
        ui.menu_button("Edit", |ui| {
            let set = ws.map(|w| &w.document.annotations);
            let can_undo = set.is_some_and(|s| s.can_undo());
            let can_redo = set.is_some_and(|s| s.can_redo());
            ui.add_enabled_ui(can_undo, |ui| {
                item(ui, &table, "Undo annotation edit", Action::Undo, actions)
            });
            ui.add_enabled_ui(can_redo, |ui| {
                item(ui, &table, "Redo annotation edit", Action::Redo, actions)
            });
        });
        ui.menu_button("View", |ui| {
            view_menu_ui(ui, &table, ws, view, prefs, actions)
        });
        ui.menu_button("Navigate", |ui| {
            item(ui, &table, "Next conflict", Action::NextConflict, actions);
            item(
                ui,
                &table,
                "Previous conflict",
                Action::PreviousConflict,
                actions,
            );
            item(
                ui,
                &table,
                "Next statement in the column",
                Action::NextStatementInColumn,
                actions,
            );
            item(
                ui,
                &table,
                "Previous statement in the column",
                Action::PreviousStatementInColumn,
                actions,
            );
            ui.separator();
            item(ui, &table, "Search…", Action::OpenSearch, actions);
            item(ui, &table, "Next match", Action::SearchNext, actions);
            item(
                ui,
                &table,
                "Previous match",
                Action::SearchPrevious,
                actions,
            );
            ui.separator();
            item(
                ui,
                &table,
                "Clear the selection",
                Action::ClearSelection,
                actions,
            );
        });
        ui.menu_button("Help", |ui| {
            item(
                ui,
                &table,
                "Keyboard shortcuts",
                Action::ToggleShortcutsWindow,
                actions,
            );
            item(
                ui,
                &table,
                "Frame time overlay",
                Action::ToggleFrameStats,
                actions,
            );
            item(
                ui,
                &table,
                "About Parallax",
                Action::ToggleAboutWindow,
                actions,
            );
        });
    });
}

/// File menu: open sets, recent sets, quit. Save and export entries belong here.
fn file_menu_ui(
    ui: &mut Ui,
    table: &[Shortcut],
    ws: Option<&Workspace>,
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    item(ui, table, "Open files…", Action::OpenFilesDialog, actions);
    item(ui, table, "Open folder…", Action::OpenFolderDialog, actions);
    item(
        ui,
        table,
        "Open the bundled example",
        Action::Open(SetOrigin::Bundled),
        actions,
    );
    ui.menu_button("Recent sets", |ui| {
        if prefs.recent_sets.is_empty() {
            ui.label(RichText::new("Nothing opened yet").weak());
        }
        for origin in &prefs.recent_sets {
            let hover = match origin {
                SetOrigin::Bundled => "The articles bundled with Parallax".to_string(),
                SetOrigin::Paths(paths) => paths
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join("\n"),
            };
            if ui
                .add_enabled(
                    origin.still_exists(),
                    egui::Button::new(origin.display_name()),
                )
                .on_hover_text(hover)
                .clicked()
            {
                actions.push(Action::Open(origin.clone()));
            }
        }
        if !prefs.recent_sets.is_empty() {
            ui.separator();
            if ui.button("Clear the list").clicked() {
                actions.push(Action::ClearRecentSets);
            }
        }
    });
    ui.separator();
    ui.add_enabled_ui(ws.is_some(), |ui| {
        item(ui, table, "Save annotations", Action::Save, actions);
        item(
            ui,
            table,
            "Save annotations as…",
            Action::SaveAsDialog,
            actions,
        );
        item(
            ui,
            table,
            "Open annotations…",
            Action::OpenAnnotationsDialog,
            actions,
        );
        ui.separator();
        item(
            ui,
            table,
            "Export…",
            Action::ShowExportWindow(parallax_documents::export::ExportFormat::Html),
            actions,
        );
    });
    ui.separator();
    item(
        ui,
        table,
        "Saves folder and author…",
        Action::ToggleSavesWindow,
        actions,
    );
    ui.separator();
    item(ui, table, "Quit", Action::Quit, actions);
}

fn view_menu_ui(
    ui: &mut Ui,
    table: &[Shortcut],
    ws: Option<&Workspace>,
    view: &ViewState,
    prefs: &Prefs,
    actions: &mut ActionQueue,
) {
    item(
        ui,
        table,
        "Sources side by side",
        Action::SetTab(Tab::Sources),
        actions,
    );
    item(
        ui,
        table,
        "Claim matrix",
        Action::SetTab(Tab::Matrix),
        actions,
    );
    item(
        ui,
        table,
        "Annotations",
        Action::SetTab(Tab::Annotations),
        actions,
    );
    ui.separator();
    let mut conflicts = prefs.show_conflicts_panel;
    if ui.checkbox(&mut conflicts, "Conflicts list").clicked() {
        actions.push(Action::ToggleConflictsPanel);
    }
    let mut inspector = prefs.show_inspector;
    if ui.checkbox(&mut inspector, "Inspector").clicked() {
        actions.push(Action::ToggleInspector);
    }
    ui.separator();
    ui.menu_button("Filter statements", |ui| {
        for filter in StatusFilter::ALL {
            if ui
                .radio(view.filters.status == filter, filter.label())
                .clicked()
            {
                actions.push(Action::SetStatusFilter(filter));
            }
        }
        ui.separator();
        let mut hide = view.filters.hide_boilerplate;
        if ui.checkbox(&mut hide, "Hide boilerplate").clicked() {
            actions.push(Action::ToggleHideBoilerplate);
        }
    });
    let mut width = prefs.column_width_pts;
    let slider = ui
        .add(egui::Slider::new(&mut width, 200.0..=700.0).text("Column width"))
        .on_hover_text(
            "Narrow the columns to see more sources at once; hide a source to collapse its column",
        );
    if slider.changed() {
        actions.push(Action::SetColumnWidth(width));
    }
    if let Some(ws) = ws {
        ui.menu_button("Sources", |ui| source_toggles_ui(ui, ws, view, actions));
        item(
            ui,
            table,
            "Edit sources…",
            Action::ToggleSourcesWindow,
            actions,
        );
    }
    ui.separator();
    ui.menu_button("Theme", |ui| {
        for theme in ThemePref::ALL {
            if ui.radio(prefs.theme == theme, theme.label()).clicked() {
                actions.push(Action::SetTheme(theme));
            }
        }
    });
    item(ui, table, "Larger text", Action::TextBigger, actions);
    item(ui, table, "Smaller text", Action::TextSmaller, actions);
    item(ui, table, "Default text size", Action::TextReset, actions);
}

/// A checkbox per source; used by the View menu and the toolbar.
fn source_toggles_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    for (i, source) in ws.analysis.sources.iter().enumerate() {
        let idx = parallax_engine::model::SourceIdx(i);
        let mut shown = !view.filters.hidden_sources.contains(&idx);
        let label = if i < 9 {
            format!("{}  (Alt+{})", source.label(), i + 1)
        } else {
            source.label().to_string()
        };
        if ui.checkbox(&mut shown, label).clicked() {
            actions.push(Action::ToggleSource(idx));
        }
    }
    ui.separator();
    if ui.button("Show every source").clicked() {
        actions.push(Action::ShowAllSources);
    }
}

/// Tabs, filters and conflict navigation under the menu bar.
pub fn toolbar_ui(ui: &mut Ui, ws: &Workspace, view: &ViewState, actions: &mut ActionQueue) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .selectable_label(view.tab == Tab::Sources, "Sources")
            .on_hover_text("Sources side by side (Ctrl+1)")
            .clicked()
        {
            actions.push(Action::SetTab(Tab::Sources));
        }
        if ui
            .selectable_label(view.tab == Tab::Matrix, "Claim matrix")
            .on_hover_text("One row per fact, one column per source (Ctrl+2)")
            .clicked()
        {
            actions.push(Action::SetTab(Tab::Matrix));
        }
        if ui
            .selectable_label(view.tab == Tab::Figures, "Figures")
            .on_hover_text("Each source's figures of what two or more sources count")
            .clicked()
        {
            actions.push(Action::SetTab(Tab::Figures));
        }
        let notes = ws.document.annotations.annotations().len();
        if ui
            .selectable_label(
                view.tab == Tab::Annotations,
                format!("Annotations ({notes})"),
            )
            .on_hover_text("Every verdict, note and link decision (Ctrl+3)")
            .clicked()
        {
            actions.push(Action::SetTab(Tab::Annotations));
        }
        ui.separator();
        ui.label("Show:");
        for filter in StatusFilter::ALL {
            let text = match filter {
                StatusFilter::All => "all",
                StatusFilter::OnlyConflicts => "only conflicts",
                StatusFilter::OnlyCorroborated => "only corroborated",
                StatusFilter::OnlyUnique => "only unique",
            };
            if ui
                .selectable_label(view.filters.status == filter, text)
                .on_hover_text(filter.label())
                .clicked()
            {
                actions.push(Action::SetStatusFilter(filter));
            }
        }
        let mut hide = view.filters.hide_boilerplate;
        if ui
            .checkbox(&mut hide, "hide boilerplate")
            .on_hover_text("Alt+B")
            .clicked()
        {
            actions.push(Action::ToggleHideBoilerplate);
        }
        let shown = ws.analysis.sources.len() - view.filters.hidden_sources.len();
        egui::containers::menu::MenuButton::new(format!(
            "Sources {shown}/{}",
            ws.analysis.sources.len()
        ))
        .config(MenuConfig::new().close_behavior(PopupCloseBehavior::CloseOnClickOutside))
        .ui(ui, |ui| source_toggles_ui(ui, ws, view, actions));
        if ui
            .selectable_label(view.sources_window.open, "Edit sources…")
            .on_hover_text(
                "Rename an outlet, fix a date or URL, set the origin, exclude an article (Ctrl+4)",
            )
            .clicked()
        {
            actions.push(Action::ToggleSourcesWindow);
        }
        ui.separator();
        if ui
            .button("Previous conflict")
            .on_hover_text("Previous conflict (P)")
            .clicked()
        {
            actions.push(Action::PreviousConflict);
        }
        if ui
            .button("Next conflict")
            .on_hover_text("Next conflict (N)")
            .clicked()
        {
            actions.push(Action::NextConflict);
        }
        ui.separator();
        if ui
            .selectable_label(view.search.open, "Search…")
            .on_hover_text("Search across sources (Ctrl+F)")
            .clicked()
        {
            actions.push(if view.search.open {
                Action::CloseSearch
            } else {
                Action::OpenSearch
            });
        }
    });
}
