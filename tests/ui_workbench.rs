//! Drives the real workbench headless with egui_kittest: the bundled set opens in five
//! columns; clicking a conflicting statement shows both sides and the explanation; `n` moves
//! to the next conflict; the matrix lists the facts; filters hide statements; search finds
//! text; a set that cannot be opened shows its problem in the window.
//!
//! No test reads the user's persisted state (kittest gives the app no storage). The test
//! environment has no desktop portal, so a system file dialog comes back at once and the
//! app asks for the path in its own window; the export test goes through that.
#![cfg(feature = "gui")]

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::actions::Action;
use parallax::ui::state::{ProblemSeverity, Selection, Tab};
use parallax::ui::{ParallaxApp, SetOrigin, Startup};
use parallax_documents::annotate::{Review, Verdict};
use parallax_documents::export::ExportFormat;
use parallax_engine::model::{
    Analysis, BoilerplateKind, Conflict, ConflictKind, Fact, FactIdx, FactStatus, Link, LinkIdx,
    Relation, Severity, Source, SourceIdx, SourceMeta, SourceStance, Statement, StatementIdx,
    StatementKind,
};

const KILLED_EXPLANATION: &str = "killed: eight (Daily Planet) vs thirteen (The Globe)";
const BEGAN_EXPLANATION: &str = "began: Monday (Daily Planet) vs Sunday (The Globe)";
const UNIQUE_TEXT: &str = "Local bakeries stayed open through the night.";

/// Build a source and its statements from (text, kind, boilerplate) rows.
fn source(
    index: usize,
    outlet: &str,
    title: &str,
    rows: &[(&str, StatementKind, Option<BoilerplateKind>)],
    statements: &mut Vec<Statement>,
) -> Source {
    let mut stored_text = String::new();
    for (n, (text, kind, boilerplate)) in rows.iter().enumerate() {
        let start = stored_text.len();
        stored_text.push_str(text);
        statements.push(Statement {
            id: format!("s{}-{}", index + 1, n + 1),
            source: SourceIdx(index),
            start,
            end: stored_text.len(),
            text: text.to_string(),
            kind: *kind,
            boilerplate: *boilerplate,
        });
        stored_text.push('\n');
    }
    Source {
        id: format!("s{}", index + 1),
        file_name: format!("{:03}.txt", index),
        path: None,
        stored_text,
        decoded: None,
        content_hash: String::new(),
        meta: SourceMeta {
            title: Some(title.to_string()),
            outlet: outlet.to_string(),
            ..Default::default()
        },
        warnings: vec![],
    }
}

fn conflict_link(a: usize, b: usize, kind: ConflictKind, explanation: &str) -> Link {
    Link {
        a: StatementIdx(a),
        b: StatementIdx(b),
        relation: Relation::Conflict,
        score: 0.74,
        reasons: vec!["same event words".into()],
        conflict: Some(Conflict {
            kind,
            severity: Severity::Hard,
            explanation: explanation.into(),
            value_a: None,
            value_b: None,
        }),
        checks: Vec::new(),
    }
}

fn match_link(a: usize, b: usize) -> Link {
    Link {
        a: StatementIdx(a),
        b: StatementIdx(b),
        relation: Relation::Match,
        score: 0.81,
        reasons: vec!["shared words: mayor, curfew".into()],
        conflict: None,
        checks: Vec::new(),
    }
}

/// Three small sources with two conflicts, one corroborated fact, a unique statement and a caption.
fn fixture() -> Analysis {
    use StatementKind::Body;
    let mut statements = Vec::new();
    let sources = vec![
        source(
            0,
            "Daily Planet",
            "Clashes in the capital",
            &[
                (
                    "Eight people were killed in the clashes on Tuesday.",
                    Body,
                    None,
                ),
                ("The mayor declared a curfew.", Body, None),
                (UNIQUE_TEXT, Body, None),
                ("The protest began on Monday.", Body, None),
            ],
            &mut statements,
        ),
        source(
            1,
            "The Globe",
            "Deadly clashes",
            &[
                (
                    "Thirteen people were killed in the clashes on Tuesday.",
                    Body,
                    None,
                ),
                ("The mayor declared a curfew at night.", Body, None),
                ("The protest began on Sunday.", Body, None),
            ],
            &mut statements,
        ),
        source(
            2,
            "Herald",
            "Curfew declared",
            &[
                ("The mayor declared a curfew after the clashes.", Body, None),
                (
                    "Photo: a street at night.",
                    Body,
                    Some(BoilerplateKind::Caption),
                ),
            ],
            &mut statements,
        ),
    ];
    // Global statement indices: Daily Planet 0..4, Globe 4..7, Herald 7..9.
    let links = vec![
        conflict_link(0, 4, ConflictKind::Number, KILLED_EXPLANATION),
        match_link(1, 5),
        match_link(1, 7),
        match_link(5, 7),
        conflict_link(3, 6, ConflictKind::Date, BEGAN_EXPLANATION),
    ];
    let facts = vec![
        Fact {
            id: "f1".into(),
            statements: vec![StatementIdx(0), StatementIdx(4)],
            links: vec![LinkIdx(0)],
            summary: "Eight people were killed in the clashes on Tuesday.".into(),
            status: FactStatus::Conflicting,
            stances: vec![
                SourceStance::States {
                    statements: vec![StatementIdx(0)],
                },
                SourceStance::Contradicts {
                    statements: vec![StatementIdx(4)],
                    figure: Some("13".into()),
                },
                SourceStance::Silent,
            ],
        },
        Fact {
            id: "f2".into(),
            statements: vec![StatementIdx(1), StatementIdx(5), StatementIdx(7)],
            links: vec![LinkIdx(1), LinkIdx(2), LinkIdx(3)],
            summary: "The mayor declared a curfew.".into(),
            status: FactStatus::Corroborated,
            stances: vec![
                SourceStance::States {
                    statements: vec![StatementIdx(1)],
                },
                SourceStance::States {
                    statements: vec![StatementIdx(5)],
                },
                SourceStance::States {
                    statements: vec![StatementIdx(7)],
                },
            ],
        },
    ];
    Analysis {
        sources,
        statements,
        links,
        facts,
        warnings: vec![],
        reuse: Default::default(),
    }
}

fn harness_on_fixture() -> Harness<'static, ParallaxApp> {
    harness_on_fixture_saving_in(&scratch_dir("fixture-saves"))
}

/// The fixture with its saves kept in `saves_dir`.
fn harness_on_fixture_saving_in(saves_dir: &std::path::Path) -> Harness<'static, ParallaxApp> {
    harness_on_analysis(fixture(), saves_dir)
}

/// The workbench opened on `analysis` (named "fixture"), its saves kept in `saves_dir`.
fn harness_on_analysis(
    analysis: Analysis,
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    let saves_dir = saves_dir.to_path_buf();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1600.0, 1400.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_analysis_saving_in(cc, "fixture", analysis, Some(saves_dir))
        });
    harness.run();
    harness
}

/// The fixture with its first conflict (killed: eight vs thirteen) made soft, so the hard
/// one (began: Monday vs Sunday) comes later in reading order.
fn fixture_with_a_soft_conflict() -> Analysis {
    let mut analysis = fixture();
    analysis.links[0].conflict.as_mut().unwrap().severity = Severity::Soft;
    analysis
}

fn harness_on_soft_fixture_saving_in(saves_dir: &std::path::Path) -> Harness<'static, ParallaxApp> {
    harness_on_analysis(fixture_with_a_soft_conflict(), saves_dir)
}

fn harness_opening(origin: SetOrigin) -> Harness<'static, ParallaxApp> {
    harness_starting(Startup::Open(origin), &scratch_dir("opening-saves"))
}

fn harness_starting(
    startup: Startup,
    saves_dir: &std::path::Path,
) -> Harness<'static, ParallaxApp> {
    let mut harness = common::ui::app_starting(startup, saves_dir);
    wait_for_analysis(&mut harness);
    harness
}

/// Step frames until the background analysis has finished (or fail after two minutes).
fn wait_for_analysis(harness: &mut Harness<'static, ParallaxApp>) {
    common::ui::step_until_idle(harness, "the analysis");
    harness.run();
}

/// What the workbench has selected.
fn selected(harness: &Harness<'static, ParallaxApp>) -> Option<Selection> {
    harness.state().view().selection
}

/// Press a key, then let the app apply what it does.
fn press(harness: &mut Harness<'static, ParallaxApp>, key: Key) {
    harness.key_press(key);
    harness.run();
}

/// Press a key with modifiers (Ctrl+S), then let the app apply what it does.
fn press_with(harness: &mut Harness<'static, ParallaxApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    harness.run();
}

/// Click the one widget labelled `label`, then let the app apply what it does.
fn click(harness: &mut Harness<'static, ParallaxApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run();
}

/// Ask the app to export `format` to `path` (without replacing a file), as the Export window
/// does, and let it apply that.
fn export_in_app(
    harness: &mut Harness<'static, ParallaxApp>,
    format: ExportFormat,
    path: &std::path::Path,
) {
    harness.state_mut().push_action(Action::ExportTo {
        format,
        path: path.to_path_buf(),
        replace: false,
    });
    harness.run();
}

fn label_count(harness: &Harness<'static, ParallaxApp>, label: &str) -> usize {
    harness.query_all_by_label(label).count()
}

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
fn clicking_a_conflicting_statement_shows_both_sides_and_the_explanation() {
    let mut harness = harness_on_fixture();
    // The conflicts list already shows the explanation once.
    let before = label_count(&harness, KILLED_EXPLANATION);
    harness
        .get_by_label("Eight people were killed in the clashes on Tuesday.")
        .click();
    harness.run();
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(0)))
    );
    assert_eq!(label_count(&harness, KILLED_EXPLANATION), before + 1);
    // The other side, with its outlet, can be reached from the inspector.
    let go = harness.get_by_label("Go to The Globe s2-1");
    go.click();
    harness.run();
    assert_eq!(
        selected(&harness),
        Some(Selection::Statement(StatementIdx(4)))
    );
}

#[test]
fn n_and_p_move_between_conflicts() {
    let mut harness = harness_on_fixture();
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    assert!(
        label_count(&harness, KILLED_EXPLANATION) >= 2,
        "the inspector shows the conflict"
    );
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
}

#[test]
fn the_word_diff_marks_only_the_words_each_side_lacks() {
    let mut harness = harness_on_fixture();
    // The conflict of "Eight people were killed in the clashes on Tuesday." and "Thirteen
    // people were killed in the clashes on Tuesday.": each side marks its own figure and
    // nothing of what both say.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    let marks = |harness: &Harness<'static, ParallaxApp>, words: &str| {
        label_count(
            harness,
            &format!(
                "{}{words}",
                parallax::ui::panels::inspector_ui::MARKED_WORDS_CAPTION
            ),
        )
    };
    assert!(marks(&harness, "Eight") >= 1, "side A marks its figure");
    assert!(marks(&harness, "Thirteen") >= 1, "side B marks its figure");
    for shared in ["people", "killed", "clashes", "Tuesday"] {
        assert_eq!(marks(&harness, shared), 0, "{shared} is on both sides");
    }
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

fn scratch_dir(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!(
        "parallax-ui-test-{}-{n}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch folder");
    dir
}

#[test]
fn a_folder_with_a_bad_file_shows_a_problem_in_the_window() {
    let dir = scratch_dir("bad-folder");
    std::fs::write(
        dir.join("bad.bin.txt"),
        [0u8, 159, 146, 150, 0, 0, 1, 2, 255, 0],
    )
    .unwrap();
    std::fs::write(
        dir.join("good.txt"),
        "Officials said the bridge reopened on Friday after repairs.\n",
    )
    .unwrap();
    let dir_name = dir.file_name().unwrap().to_string_lossy().into_owned();
    let harness = harness_opening(SetOrigin::Paths(vec![dir.clone()]));
    let problems = &harness.state().view().problems;
    assert!(
        !problems.is_empty(),
        "no problem reported for {}",
        dir.display()
    );
    assert!(
        harness
            .query_all_by_label_contains(&dir_name)
            .next()
            .is_some()
            || harness
                .query_all_by_label_contains("bad.bin")
                .next()
                .is_some(),
        "the problem does not name the folder or the file: {problems:?}"
    );
    assert!(harness.query_by_label("Dismiss").is_some());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_path_shows_an_error_and_the_window_carries_on() {
    let missing = std::env::temp_dir().join("parallax-ui-test-no-such-folder-7f3a");
    let harness = harness_opening(SetOrigin::Paths(vec![missing]));
    assert!(harness.state().workspace().is_none());
    assert!(
        harness
            .query_by_label_contains("no-such-folder-7f3a")
            .is_some()
    );
    assert!(harness.query_by_label("Open the bundled example").is_some());
}

#[test]
fn on_the_bundled_set_n_selects_a_conflict_and_the_inspector_explains_it() {
    let mut harness = harness_opening(SetOrigin::Bundled);
    let ws = harness.state().workspace().expect("the bundled set opened");
    // The list puts hard conflicts first; n starts there.
    let Some(&first) = ws.visible_conflicts(harness.state().view()).first() else {
        println!("note: the engine found no conflicts in the bundled set; nothing to navigate");
        return;
    };
    let explanation = ws.analysis.links[first.0]
        .conflict
        .as_ref()
        .map(|c| c.explanation.clone())
        .expect("a conflict link carries its conflict");
    let before = harness.query_all_by_label(&explanation).count();
    harness.key_press(Key::N);
    // Its columns may scroll a long way, smoothly, over many frames.
    harness.run_steps(60);
    harness.run();
    assert_eq!(selected(&harness), Some(Selection::Link(first)));
    assert!(
        harness.query_all_by_label(&explanation).count() > before,
        "the inspector does not show: {explanation}"
    );
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
fn a_verdict_and_a_note_on_a_conflict_survive_save_and_reopen() {
    let saves = scratch_dir("annotate-flow");
    let note = "The ministry says eight; state TV said thirteen. Ask both.";
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert_eq!(harness.state().window_title(), "fixture — Parallax");

    // Select the first conflict, give it a verdict and a note.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    click(&mut harness, "Mostly false");
    click(&mut harness, "Note");
    harness.get_by_label("Note").type_text(note);
    harness.run();
    let ws = harness.state().workspace().unwrap();
    let annotations = ws.document.annotations.annotations();
    assert_eq!(
        annotations.len(),
        1,
        "one annotation, made by the first change"
    );
    assert_eq!(annotations[0].verdict, Some(Verdict::MostlyFalse));
    assert_eq!(annotations[0].note, note);
    assert_eq!(annotations[0].target.kind_name(), "link");
    assert!(
        harness.state().window_title().starts_with("● "),
        "unsaved mark"
    );
    // Both statements of the conflict carry the verdict's marker.
    let link = &ws.analysis.links[0];
    for s in [link.a, link.b] {
        assert_eq!(
            ws.notes.marker_verdict(&ws.document.annotations, s),
            Some(Verdict::MostlyFalse)
        );
    }

    // Save from the File menu.
    click(&mut harness, "File");
    // Menu buttons are labelled with their shortcut.
    click(&mut harness, "Save annotations Ctrl+S");
    let save = saves.join("fixture.ron");
    assert!(save.exists(), "no save at {}", save.display());
    assert_eq!(harness.state().window_title(), "fixture.ron — Parallax");
    drop(harness);

    // Reopen: the annotation is there, attached to the same conflict, and shown.
    let mut harness = harness_on_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    let annotations = ws.document.annotations.annotations();
    assert_eq!(annotations.len(), 1);
    assert_eq!(annotations[0].verdict, Some(Verdict::MostlyFalse));
    assert_eq!(annotations[0].note, note);
    assert!(ws.notes.orphans.is_empty());
    press(&mut harness, Key::N);
    assert!(
        harness.query_by_value(note).is_some(),
        "the inspector shows the saved note"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn undo_and_redo_keys_step_through_annotation_edits() {
    let saves = scratch_dir("undo");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    click(&mut harness, "Mixed");
    let verdict = |h: &Harness<'static, ParallaxApp>| {
        h.state()
            .workspace()
            .unwrap()
            .document
            .annotations
            .annotations()
            .first()
            .and_then(|a| a.verdict)
    };
    assert_eq!(verdict(&harness), Some(Verdict::Mixed));
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&harness), Some(Verdict::False));
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(verdict(&harness), None, "undone back to no annotation");
    press_with(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(verdict(&harness), Some(Verdict::False));
    press_with(&mut harness, Modifiers::COMMAND, Key::Y);
    assert_eq!(verdict(&harness), Some(Verdict::Mixed));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn rejecting_a_conflict_removes_it_from_the_views_and_undo_brings_it_back() {
    let saves = scratch_dir("reject");
    let mut harness = harness_on_fixture_saving_in(&saves);
    let conflicts_before = harness.state().workspace().unwrap().index.conflicts.len();
    press(&mut harness, Key::N);
    click(&mut harness, "Reject link");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.index.conflicts.len(), conflicts_before - 1);
    assert_eq!(ws.document.annotations.overrides().len(), 1);
    assert!(
        matches!(
            harness.state().view().selection,
            Some(Selection::Statement(_))
        ),
        "the selection falls back to a statement of the rejected link"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.index.conflicts.len(), conflicts_before);
    assert!(ws.document.annotations.overrides().is_empty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn the_annotations_tab_lists_annotations_and_filters_them_by_verdict() {
    let saves = scratch_dir("tab");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    press(&mut harness, Key::N);
    click(&mut harness, "Unverifiable");
    press_with(&mut harness, Modifiers::COMMAND, Key::Num3);
    assert_eq!(harness.state().view().tab, Tab::Annotations);
    assert!(
        harness
            .query_all_by_label_contains("2 annotations")
            .next()
            .is_some()
    );
    assert_eq!(harness.query_all_by_label("Go to").count(), 2);
    press(&mut harness, Key::Escape);
    harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Verdict")
        .click();
    harness.run();
    // The option in the drop-down (the list also shows the verdict as a label).
    harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Unverifiable")
        .click();
    harness.run();
    assert_eq!(
        harness.state().view().annotation_filter.verdict,
        Some(Verdict::Unverifiable)
    );
    assert_eq!(harness.query_all_by_label("Go to").count(), 1);
    click(&mut harness, "Go to");
    assert_eq!(harness.state().view().tab, Tab::Sources);
    assert!(matches!(
        harness.state().view().selection,
        Some(Selection::Link(_))
    ));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_corrupt_save_is_reported_and_left_untouched() {
    let saves = scratch_dir("corrupt");
    let corrupt = "(format: \"parallax-annotations\", version: 1, set: (name: \"fixture\", sour";
    std::fs::write(saves.join("fixture.ron"), corrupt).unwrap();
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert!(
        harness
            .state()
            .view()
            .problems
            .iter()
            .any(|p| p.severity == ProblemSeverity::Error && p.message.contains("fixture.ron")),
        "{:?}",
        harness.state().view().problems
    );
    // Annotate, then try to save: the corrupt file is not overwritten.
    press(&mut harness, Key::N);
    click(&mut harness, "Mixed");
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert_eq!(
        std::fs::read_to_string(saves.join("fixture.ron")).unwrap(),
        corrupt
    );
    assert!(harness.state().workspace().unwrap().document.is_dirty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_save_given_on_the_command_line_opens_its_set_and_annotations() {
    let saves = scratch_dir("cli-save");
    let save = saves.join("bundled-notes.ron");
    std::fs::write(&save, parallax_documents::store::BUNDLED_EXAMPLE_SAVE).unwrap();
    let startup = parallax::ui::startup_for(vec![save.clone()]);
    assert_eq!(startup, Startup::OpenSave(save.clone()));
    let harness = harness_starting(startup, &saves);
    let ws = harness.state().workspace().expect("the bundled set opened");
    assert_eq!(ws.analysis.sources.len(), 5);
    assert!(!ws.document.annotations.annotations().is_empty());
    assert_eq!(ws.document.path.as_deref(), Some(save.as_path()));
    assert!(harness.state().window_title().contains("bundled-notes.ron"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn quitting_with_unsaved_annotations_asks_first() {
    let saves = scratch_dir("quit");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mixed");
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    assert!(harness.query_by_label("Save your annotations?").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.query_by_label("Save your annotations?").is_none());
    assert!(harness.state().workspace().unwrap().document.is_dirty());
    // Save from the question: the file is written, then the window closes.
    press_with(&mut harness, Modifiers::COMMAND, Key::Q);
    click(&mut harness, "Save");
    assert!(saves.join("fixture.ron").exists());
    assert!(!harness.state().workspace().unwrap().document.is_dirty());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_back() {
    let saves = scratch_dir("recovery");
    {
        let mut harness = harness_on_fixture_saving_in(&saves);
        press(&mut harness, Key::N);
        click(&mut harness, "False");
        // The background autosave writes a few seconds after the last edit.
        let autosave = parallax_documents::store::autosave_path(&saves.join("fixture.ron"));
        let started = Instant::now();
        while !autosave.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "no autosave after 20 s"
            );
            harness.step();
            std::thread::sleep(Duration::from_millis(50));
        }
        // The app is dropped without saving, as in a crash.
    }
    let mut harness = harness_on_fixture_saving_in(&saves);
    assert!(harness.query_by_label("Restore unsaved work?").is_some());
    assert!(
        harness
            .state()
            .workspace()
            .unwrap()
            .document
            .annotations
            .is_empty()
    );
    click(&mut harness, "Restore");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.document.annotations.annotations().len(), 1);
    assert_eq!(
        ws.document.annotations.annotations()[0].verdict,
        Some(Verdict::False)
    );
    assert!(ws.document.is_dirty(), "restored work still needs saving");
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn export_writes_the_report_and_asks_before_replacing_a_file() {
    let saves = scratch_dir("export");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mostly false");
    // The Export window lists the formats.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    assert!(harness.query_by_label("HTML report").is_some());
    assert!(harness.query_by_label("CSV (spreadsheet)").is_some());
    // The native save dialog is not available in tests: hand over the path it would give.
    let path = saves.join("report.html");
    export_in_app(&mut harness, ExportFormat::Html, &path);
    let html = std::fs::read_to_string(&path).expect("report written");
    assert!(
        html.contains("Mostly false"),
        "the report carries the verdict"
    );
    std::fs::write(&path, "keep me").unwrap();
    export_in_app(&mut harness, ExportFormat::Html, &path);
    assert!(harness.query_by_label("Replace the file?").is_some());
    click(&mut harness, "Cancel");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "keep me");
    export_in_app(&mut harness, ExportFormat::Html, &path);
    click(&mut harness, "Replace");
    assert!(std::fs::read_to_string(&path).unwrap().contains("<html"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn without_a_system_dialog_export_asks_for_a_path_in_the_app_and_writes_the_file() {
    let saves = scratch_dir("export-fallback");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    click(&mut harness, "Markdown");
    // No portal here: the system dialog cannot show, so the in-app field opens.
    click(&mut harness, "Export…");
    let prompt = harness
        .state()
        .view()
        .path_prompt
        .clone()
        .expect("the in-app path field opened");
    let suggested = saves.join(ExportFormat::Markdown.suggested_file_name("fixture"));
    assert_eq!(prompt.text, suggested.display().to_string(), "prefilled");
    assert!(harness.query_by_label("Export the Markdown").is_some());
    // A folder that does not exist is refused, with the reason shown.
    assert!(
        harness.query_by_label("Path").is_some(),
        "a labelled path field"
    );
    let bad = saves.join("no-such-folder").join("x.md");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(bad.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    assert!(!bad.exists());
    assert!(
        harness
            .query_by_label_contains("Cannot use this path: There is no folder")
            .is_some(),
        "the reason is shown"
    );
    // A good path, typed without its extension, is written.
    let typed = saves.join("checked-by-hand");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(typed.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    let written = saves.join("checked-by-hand.md");
    let markdown = std::fs::read_to_string(&written).expect("the export was written");
    assert!(markdown.contains("Daily Planet"));
    assert!(harness.state().view().path_prompt.is_none());
    assert!(harness.state().view().export_window.is_none());

    // "Export to the saves folder" writes the suggested file with no dialog at all.
    press_with(&mut harness, Modifiers::COMMAND, Key::E);
    click(&mut harness, "Export to the saves folder");
    let report = saves.join(ExportFormat::Html.suggested_file_name("fixture"));
    assert!(std::fs::read_to_string(&report).unwrap().contains("<html"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn without_a_system_dialog_open_annotations_and_save_as_use_the_path_field() {
    let saves = scratch_dir("save-as-fallback");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "Mostly false");
    harness.state_mut().push_action(Action::SaveAsDialog);
    harness.run();
    let prompt = harness.state().view().path_prompt.clone().expect("field");
    assert_eq!(prompt.text, saves.join("fixture.ron").display().to_string());
    let other = saves.join("second");
    harness
        .state_mut()
        .push_action(Action::EditPathPrompt(other.display().to_string()));
    harness.run();
    click(&mut harness, "OK");
    assert!(saves.join("second.ron").exists(), "saved with .ron added");

    harness
        .state_mut()
        .push_action(Action::OpenAnnotationsDialog);
    harness.run();
    assert!(harness.query_by_label("Open annotations").is_some());
    click(&mut harness, "Cancel");
    assert!(harness.state().view().path_prompt.is_none());

    harness.state_mut().push_action(Action::OpenFilesDialog);
    harness.run();
    assert!(harness.query_by_label("Open articles").is_some());
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn the_conflict_queue_puts_hard_first_and_filters_by_severity() {
    let saves = scratch_dir("queue-order");
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(
        ws.visible_conflicts(harness.state().view()),
        vec![LinkIdx(4), LinkIdx(0)],
        "hard first, though the soft one comes first in the text"
    );
    // Each entry says its severity in words.
    assert!(harness.query_by_label("hard").is_some());
    assert!(harness.query_by_label("soft").is_some());
    assert!(
        harness
            .query_by_label(&format!("hard date conflict: {BEGAN_EXPLANATION}"))
            .is_some()
    );
    // n starts on the first hard conflict, then the soft one; p goes back.
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    // Hiding soft conflicts leaves the hard one; n stays on it.
    click(&mut harness, "soft 1");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(
        ws.visible_conflicts(harness.state().view()),
        vec![LinkIdx(4)]
    );
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    click(&mut harness, "soft 1");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.visible_conflicts(harness.state().view()).len(), 2);
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_reviewed_conflict_is_saved_reopened_skipped_and_exported() {
    let saves = scratch_dir("queue-review");
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    click(&mut harness, "Reviewed");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.review_of(LinkIdx(4)), Some(Review::Reviewed));
    assert_eq!(ws.review_of(LinkIdx(0)), None);
    assert!(
        harness.query_by_label("reviewed").is_some(),
        "the list says so"
    );
    // Next unreviewed goes to the soft conflict, and stays there: the other one is done.
    click(&mut harness, "Next unreviewed");
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    click(&mut harness, "Dismissed");
    press(&mut harness, Key::U);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    assert!(
        harness
            .state()
            .view()
            .status_message
            .as_deref()
            .is_some_and(|m| m.contains("Every listed conflict is reviewed or dismissed"))
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(saves.join("fixture.ron")).unwrap();
    assert!(text.contains("review: Some(Reviewed)"), "{text}");
    assert!(text.contains("review: Some(Dismissed)"));
    drop(harness);

    // Reopened: the state is back, and the exports carry it.
    let mut harness = harness_on_soft_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.review_of(LinkIdx(4)), Some(Review::Reviewed));
    assert_eq!(ws.review_of(LinkIdx(0)), Some(Review::Dismissed));
    assert!(harness.query_by_label("reviewed").is_some());
    assert!(harness.query_by_label("dismissed").is_some());
    for (format, file) in [
        (ExportFormat::Markdown, "queue.md"),
        (ExportFormat::Html, "queue.html"),
    ] {
        export_in_app(&mut harness, format, &saves.join(file));
        let exported = std::fs::read_to_string(saves.join(file)).unwrap();
        assert!(exported.contains("Reviewed"), "{file}");
        assert!(exported.contains("Dismissed"), "{file}");
    }
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn two_statements_can_be_linked_by_hand() {
    let saves = scratch_dir("manual-link");
    let mut harness = harness_on_fixture_saving_in(&saves);
    click(&mut harness, UNIQUE_TEXT);
    harness
        .get_by_label("Link to a statement of another source…")
        .click();
    harness.run();
    assert_eq!(harness.state().view().pending_link, Some(StatementIdx(2)));
    harness
        .get_by_label("The mayor declared a curfew after the clashes.")
        .click();
    harness.run();
    click(&mut harness, "Link as match");
    let ws = harness.state().workspace().unwrap();
    let link = ws
        .link_between(StatementIdx(2), StatementIdx(7))
        .expect("the hand-made link is in the analysis the views show");
    assert_eq!(ws.analysis.links[link.0].relation, Relation::Match);
    assert_eq!(ws.document.annotations.overrides().len(), 1);
    assert_eq!(harness.state().view().pending_link, None);
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_save_opened_on_edited_articles_reports_its_orphans() {
    let saves = scratch_dir("orphans");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    click(&mut harness, "False");
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    assert!(saves.join("fixture.ron").exists());
    drop(harness);

    // The article was re-published with the sentence rewritten.
    let mut edited = fixture();
    edited.sources[0].stored_text = edited.sources[0].stored_text.replace(
        "Eight people were killed in the clashes on Tuesday.",
        "Police gave no toll.",
    );
    edited.sources[0].content_hash = "edited".into();
    let harness = harness_on_analysis(edited, &saves);
    let problems = &harness.state().view().problems;
    assert!(
        problems.iter().any(|p| p.message.contains("1 orphaned")),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.message.starts_with("Orphaned") && p.message.contains("Eight people")),
        "{problems:?}"
    );
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.notes.orphans.len(), 1);
    let _ = std::fs::remove_dir_all(&saves);
}

/// Select everything in the focused text field and type `text` over it.
fn replace_text(harness: &mut Harness<'static, ParallaxApp>, field: &str, text: &str) {
    click(harness, field);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label(field).type_text(text);
    harness.run();
}

#[test]
fn renaming_a_source_shows_in_its_column_its_conflicts_the_save_and_the_export() {
    let saves = scratch_dir("rename-source");
    let mut harness = harness_on_fixture_saving_in(&saves);
    click(&mut harness, "Edit sources…");
    assert!(harness.state().view().sources_window.open);
    click(&mut harness, "Edit s2");
    replace_text(&mut harness, "Outlet name", "Globe and Mail");
    replace_text(&mut harness, "Publication date", "2022-01-06");
    click(&mut harness, "Apply");

    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_label(SourceIdx(1)), "Globe and Mail");
    assert_eq!(
        ws.analysis.source(SourceIdx(1)).meta.date,
        chrono::NaiveDate::from_ymd_opt(2022, 1, 6)
    );
    assert_eq!(
        ws.analysis.links[0].conflict.as_ref().unwrap().explanation,
        "killed: eight (Daily Planet) vs thirteen (Globe and Mail)",
        "the conflict explanation names the outlet as corrected"
    );
    assert!(
        label_count(&harness, "Globe and Mail") >= 1,
        "the column header shows the new name"
    );
    assert_eq!(
        label_count(&harness, "The Globe"),
        0,
        "the old name is gone"
    );
    assert!(harness.state().window_title().starts_with('●'), "unsaved");

    // Saved in the RON save and read back on reopening.
    press_with(&mut harness, Modifiers::COMMAND, Key::S);
    let text = std::fs::read_to_string(saves.join("fixture.ron")).unwrap();
    assert!(text.contains("source_corrections"), "{text}");
    assert!(text.contains("outlet: Some(\"Globe and Mail\")"), "{text}");
    drop(harness);
    let mut harness = harness_on_fixture_saving_in(&saves);
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_label(SourceIdx(1)), "Globe and Mail");

    // The exported reports use the corrected name.
    for (format, file) in [
        (ExportFormat::Markdown, "renamed.md"),
        (ExportFormat::Html, "renamed.html"),
        (ExportFormat::Csv, "renamed.csv"),
    ] {
        export_in_app(&mut harness, format, &saves.join(file));
        let exported = std::fs::read_to_string(saves.join(file)).unwrap();
        assert!(exported.contains("Globe and Mail"), "{file}: {exported}");
        assert!(!exported.contains("The Globe"), "{file}: {exported}");
    }

    // Undo takes the correction back.
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "Globe and Mail",
        "a reopened save has no undo history"
    );
    harness
        .state_mut()
        .push_action(Action::EditSource(SourceIdx(1)));
    harness.run();
    click(&mut harness, "Back to what the text says");
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "The Globe"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .source_label(SourceIdx(1)),
        "Globe and Mail",
        "undo brings the correction back"
    );
    let _ = std::fs::remove_dir_all(&saves);
}

/// The fixture with a fourth article that shares nothing with the others.
fn fixture_with_an_off_topic_article() -> Analysis {
    let mut analysis = fixture();
    let mut statements = Vec::new();
    let extra = source(
        3,
        "Sports Desk",
        "Cup final",
        &[
            (
                "The home side won the cup final on penalties.",
                StatementKind::Body,
                None,
            ),
            (
                "The coach praised the young goalkeeper.",
                StatementKind::Body,
                None,
            ),
        ],
        &mut statements,
    );
    analysis.sources.push(extra);
    analysis.statements.extend(statements);
    for fact in &mut analysis.facts {
        fact.stances.push(SourceStance::Silent);
    }
    analysis
}

#[test]
fn an_off_topic_article_is_flagged_and_can_be_excluded_everywhere() {
    let saves = scratch_dir("exclude-source");
    let mut harness = harness_on_analysis(fixture_with_an_off_topic_article(), &saves);
    assert_eq!(
        harness
            .state()
            .workspace()
            .unwrap()
            .index
            .possibly_off_topic,
        [false, false, false, true]
    );
    assert_eq!(
        label_count(&harness, "possibly off-topic"),
        1,
        "its column says so"
    );
    press_with(&mut harness, Modifiers::COMMAND, Key::Num4);
    click(&mut harness, "Edit s4");
    click(&mut harness, "Leave this article out of the comparison");
    click(&mut harness, "Apply");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.source_count(), 3, "no column for it");
    assert_eq!(ws.engine_analysis.sources.len(), 4);
    assert!(
        harness
            .query_by_label("excluded from the comparison")
            .is_some()
    );
    assert_eq!(
        ws.index.conflicts.len(),
        2,
        "the conflicts are all still there"
    );
    export_in_app(
        &mut harness,
        ExportFormat::Markdown,
        &saves.join("excluded.md"),
    );
    let exported = std::fs::read_to_string(saves.join("excluded.md")).unwrap();
    assert!(!exported.contains("Sports Desk"), "{exported}");
    assert!(exported.contains("The Globe"));
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_conflict_is_compared_side_by_side_whatever_the_column_layout() {
    let saves = scratch_dir("compare");
    let saves_dir = saves.clone();
    // Narrow: one column fits once the side panels are hidden.
    let mut harness = Harness::builder()
        .with_size(egui::vec2(560.0, 900.0))
        .build_eframe(move |cc| {
            ParallaxApp::with_analysis_saving_in(cc, "fixture", fixture(), Some(saves_dir))
        });
    harness.run();
    press_with(&mut harness, Modifiers::COMMAND, Key::L);
    press_with(&mut harness, Modifiers::COMMAND, Key::I);
    press(&mut harness, Key::N);
    let first = harness.state().view().selection;
    let Some(Selection::Link(first_link)) = first else {
        panic!("n selects a conflict: {first:?}")
    };
    let compare = harness.state().view().compare.expect("the strip opened");
    assert_eq!(compare.target, Selection::Link(first_link));
    assert!(harness.query_by_label("Side by side").is_some());
    // Both sides are on screen, inside the window, although only one column fits.
    let ws = harness.state().workspace().unwrap();
    let link = &ws.analysis.links[first_link.0];
    let texts = [
        ws.analysis.statement(link.a).text.clone(),
        ws.analysis.statement(link.b).text.clone(),
    ];
    for text in &texts {
        let on_screen = harness.query_all_by_label(text).any(|node| {
            let r = node.rect();
            r.min.x >= 0.0 && r.max.x <= 560.0 && r.min.y >= 0.0 && r.max.y <= 900.0
        });
        assert!(on_screen, "“{text}” is in view");
    }
    // Pinned, it stays while n moves on; unpinned, it follows again.
    press(&mut harness, Key::C);
    assert!(harness.state().view().compare.unwrap().pinned);
    press(&mut harness, Key::N);
    let second = harness.state().view().selection;
    assert_ne!(second, first);
    assert_eq!(
        harness.state().view().compare.unwrap().target,
        Selection::Link(first_link)
    );
    click(&mut harness, "Pinned");
    press(&mut harness, Key::N);
    assert_eq!(
        Some(harness.state().view().compare.unwrap().target),
        harness.state().view().selection
    );
    // All statements of one fact, from the inspector's fact section.
    harness
        .state_mut()
        .push_action(Action::Compare(Selection::Fact(FactIdx(1))));
    harness.run();
    for s in [1, 5, 7] {
        let text = harness.state().workspace().unwrap().analysis.statements[s]
            .text
            .clone();
        // The Herald's column is out of view (not even drawn): the strip shows it.
        assert!(harness.query_all_by_label(&text).count() >= 1, "{text}");
    }
    click(&mut harness, "Close");
    assert!(harness.state().view().compare.is_none());
    press(&mut harness, Key::N);
    assert!(
        harness.state().view().compare.is_none(),
        "closed, it does not come back by itself"
    );
    let _ = std::fs::remove_dir_all(&saves);
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

#[test]
fn two_articles_declared_one_story_count_as_one_report_in_the_inspector() {
    let saves = scratch_dir("declare-copy");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press_with(&mut harness, Modifiers::COMMAND, Key::Num4);
    click(&mut harness, "Edit s1");
    click(&mut harness, "Copies: which articles tell the same story");
    click(&mut harness, "s2 The Globe");
    click(&mut harness, "Apply");
    let ws = harness.state().workspace().unwrap();
    assert_eq!(ws.same_report(SourceIdx(0), SourceIdx(1)), Some(true));
    assert_eq!(ws.same_report(SourceIdx(0), SourceIdx(2)), Some(false));
    assert!(
        harness
            .query_by_label("same story as s2 (by hand)")
            .is_some()
    );
    // The curfew statement of the Daily Planet: the Globe's is a copy, the Herald's is not.
    harness
        .state_mut()
        .push_action(Action::Select(Selection::Statement(StatementIdx(1))));
    harness.run();
    assert_eq!(label_count(&harness, "copy: same story"), 1);
    assert_eq!(label_count(&harness, "independent report"), 1);
    assert!(
        harness
            .query_by_label_contains("3 sources, 2 independent reports")
            .is_some()
    );
    let _ = std::fs::remove_dir_all(&saves);
}

#[test]
fn a_pinned_comparison_keeps_its_statements_when_link_numbers_move() {
    let saves = scratch_dir("compare-moves");
    let mut harness = harness_on_fixture_saving_in(&saves);
    press(&mut harness, Key::N);
    press(&mut harness, Key::N);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(4))));
    press(&mut harness, Key::C);
    press(&mut harness, Key::P);
    assert_eq!(selected(&harness), Some(Selection::Link(LinkIdx(0))));
    // Rejecting the first link renumbers the links after it.
    click(&mut harness, "Reject link");
    let compare = harness.state().view().compare.expect("still pinned");
    let Selection::Link(l) = compare.target else {
        panic!("{compare:?}")
    };
    let link = &harness.state().workspace().unwrap().analysis.links[l.0];
    assert_eq!((link.a, link.b), (StatementIdx(3), StatementIdx(6)));
    assert!(
        harness.query_all_by_label(BEGAN_EXPLANATION).count() >= 2,
        "list and strip"
    );
    let _ = std::fs::remove_dir_all(&saves);
}
