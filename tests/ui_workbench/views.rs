//! The views of a set: the columns (one per source, scrolled to a focused statement, back at
//! the top for a newly opened set), the claim matrix, the Figures tab, the statement filters,
//! hiding a source, search and the shortcuts window.

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::ParallaxApp;
use parallax::ui::SetOrigin;
use parallax::ui::actions::Action;
use parallax::ui::state::{ProblemSeverity, Selection, Tab};
use parallax_engine::model::{FactIdx, SourceIdx, StatementIdx};

use crate::fixture::UNIQUE_TEXT;
use crate::harness::{
    click, harness_on_fixture, harness_opening, label_count, press, press_with, scratch_dir,
    selected, wait_for_analysis,
};

#[test]
fn opens_on_the_bundled_set_with_five_columns() {
    let harness = harness_opening(SetOrigin::Bundled);
    let ws = harness.state().workspace().expect("the bundled set opened");
    assert_eq!(ws.analysis.sources.len(), 5);
    // Every column is drawn with its header (the window is wide enough for several).
    let first = ws.analysis.source(SourceIdx(0)).label().to_string();
    assert!(
        harness.query_all_by_label(&first).count() >= 1,
        "no column header for {first}"
    );
    assert!(harness.query_by_label_contains("sources ·").is_some());
    let problems: Vec<_> = harness
        .state()
        .view()
        .problems
        .iter()
        .filter(|p| p.severity != ProblemSeverity::Info)
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn the_matrix_lists_the_facts_and_a_cell_jumps_to_its_statement() {
    let mut harness = harness_on_fixture();
    press_with(&mut harness, Modifiers::COMMAND, Key::Num2);
    assert_eq!(harness.state().view().tab, Tab::Matrix);
    assert!(
        harness
            .query_by_label("The mayor declared a curfew.")
            .is_some()
    );
    assert!(harness.query_by_label("The Globe: ≠ 13").is_some());
    click(&mut harness, "The Globe: ≠ 13");
    assert_eq!(harness.state().view().tab, Tab::Sources);
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(4)))
    );
    // Selecting a fact row shows its stances in the inspector.
    press_with(&mut harness, Modifiers::COMMAND, Key::Num2);
    click(&mut harness, "The mayor declared a curfew.");
    assert_eq!(selected(&harness), Some(Selection::Fact(FactIdx(1))));
}

#[test]
fn the_figures_tab_lines_up_each_sources_figures_and_a_figure_jumps_to_its_statement() {
    let mut harness = harness_opening(SetOrigin::Bundled);
    click(&mut harness, "Figures");
    assert_eq!(harness.state().view().tab, Tab::Figures);
    // The security forces' toll, in hard conflict: eight against thirteen.
    assert_eq!(label_count(&harness, "≠ killed (security forces)"), 1);
    assert_eq!(label_count(&harness, "at least eight"), 1);
    click(&mut harness, "Thirteen");
    assert_eq!(harness.state().view().tab, Tab::Sources);
    let Some(Selection::Statement(s)) = harness.state().view().selection else {
        panic!("a statement is selected");
    };
    let ws = harness.state().workspace().unwrap();
    let statement = ws.analysis.statement(s);
    assert_eq!(ws.analysis.source(statement.source).label(), "NBC News");
    assert!(
        statement
            .text
            .starts_with("Thirteen members of the security forces")
    );
}

#[test]
fn a_figure_reported_on_two_days_is_plotted_over_time_in_the_figures_tab() {
    let dir = scratch_dir("two-days");
    let a = dir.join("ledger.txt");
    let b = dir.join("post.txt");
    std::fs::write(
        &a,
        "Source: Daily Ledger\nPublished: 6 January 2022\n\nAt least eight people were killed in the clashes in the capital on Wednesday, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        &b,
        "Source: Evening Post\nPublished: 7 January 2022\n\nThirteen people were killed in the clashes in the capital on Wednesday, the ministry said.\n",
    )
    .unwrap();
    let mut harness = harness_opening(SetOrigin::Paths(vec![a, b]));
    click(&mut harness, "Figures");
    assert_eq!(label_count(&harness, "Over time"), 1);
    // The plot reads, and is named for screen readers, in publication order.
    assert_eq!(
        label_count(
            &harness,
            "At least eight (Daily Ledger, 6 Jan) → Thirteen (Evening Post, 7 Jan)"
        ),
        1
    );
    // The bundled set's sources were published on one day (or no day is known): no plot.
    let mut bundled = harness_opening(SetOrigin::Bundled);
    click(&mut bundled, "Figures");
    assert_eq!(label_count(&bundled, "Over time"), 0);
}

#[test]
fn a_filter_hides_unique_statements() {
    let mut harness = harness_on_fixture();
    assert!(harness.query_by_label(UNIQUE_TEXT).is_some());
    click(&mut harness, "only conflicts");
    assert!(harness.query_by_label(UNIQUE_TEXT).is_none());
    assert!(
        harness
            .query_by_label("Eight people were killed in the clashes on Tuesday.")
            .is_some()
    );
    click(&mut harness, "only unique");
    assert!(harness.query_by_label(UNIQUE_TEXT).is_some());
    assert!(
        harness
            .query_by_label("Eight people were killed in the clashes on Tuesday.")
            .is_none()
    );
    // Boilerplate is dimmed but present until hidden.
    click(&mut harness, "all");
    assert!(
        harness
            .query_by_label("Photo: a street at night.")
            .is_some()
    );
    click(&mut harness, "hide boilerplate");
    assert!(
        harness
            .query_by_label("Photo: a street at night.")
            .is_none()
    );
}

#[test]
fn hiding_a_source_removes_its_column() {
    let mut harness = harness_on_fixture();
    assert!(
        harness
            .query_by_label("The mayor declared a curfew after the clashes.")
            .is_some()
    );
    press_with(&mut harness, Modifiers::ALT, Key::Num3);
    assert!(
        harness
            .query_by_label("The mayor declared a curfew after the clashes.")
            .is_none()
    );
}

#[test]
fn search_finds_text_across_sources() {
    let mut harness = harness_on_fixture();
    press_with(&mut harness, Modifiers::COMMAND, Key::F);
    assert!(harness.state().view().search.open);
    harness.get_by_label("Search").focus();
    harness
        .get_by_role(egui::Role::TextInput)
        .type_text("curfew");
    harness.run();
    assert_eq!(harness.state().view().search.hits.len(), 3);
    assert!(harness.query_by_label("1 of 3").is_some());
    press(&mut harness, Key::F3);
    assert!(harness.query_by_label("2 of 3").is_some());
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(5)))
    );
}

#[test]
fn the_shortcuts_window_lists_shortcuts() {
    let mut harness = harness_on_fixture();
    press(&mut harness, Key::F1);
    assert!(harness.query_by_label("Keyboard shortcuts").is_some());
    assert!(harness.query_by_label("Open folder…").is_some());
    assert!(harness.query_by_label("Search across sources").is_some());
}

#[test]
fn focusing_a_statement_far_down_scrolls_its_column_to_it() {
    let mut harness = harness_opening(SetOrigin::Bundled);
    let ws = harness.state().workspace().expect("the bundled set opened");
    let column = &ws.index.statements_by_source[1];
    let target = *column.last().expect("the second source has statements");
    let text = ws.analysis.statement(target).text.clone();
    harness
        .state_mut()
        .push_action(parallax::ui::actions::Action::Focus(Selection::Statement(
            target,
        )));
    // The column scrolls smoothly over several frames.
    harness.run_steps(30);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    let node = harness
        .query_all_by_label(&text)
        .find(|n| n.rect().height() > 0.0)
        .expect("the focused statement is laid out");
    assert!(
        screen.contains_rect(node.rect()),
        "the focused statement is off screen at {:?}",
        node.rect()
    );
    assert_eq!(selected(&harness), Some(Selection::Statement(target)));
}

#[test]
fn a_newly_opened_set_starts_with_its_columns_at_the_top() {
    let mut harness = harness_opening(SetOrigin::Bundled);
    let ws = harness.state().workspace().expect("the bundled set opened");
    let column = &ws.index.statements_by_source[1];
    // Its second statement: the first, the headline, is also the column's title.
    let first = ws.analysis.statement(column[1]).text.clone();
    let last = *column.last().unwrap();
    harness
        .state_mut()
        .push_action(Action::Focus(Selection::Statement(last)));
    harness.run_steps(30);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1600.0, 1000.0));
    let in_view = |harness: &Harness<'static, ParallaxApp>, text: &str| {
        harness
            .query_all_by_label(text)
            .any(|n| n.rect().height() > 0.0 && screen.contains_rect(n.rect()))
    };
    assert!(
        !in_view(&harness, &first),
        "scrolled down to the last statement"
    );
    // The same set opened again is a new set: its columns start at the top.
    harness
        .state_mut()
        .push_action(Action::Open(SetOrigin::Bundled));
    harness.step();
    wait_for_analysis(&mut harness);
    harness.run_steps(5);
    assert!(
        in_view(&harness, &first),
        "the column starts at its first statement"
    );
}
