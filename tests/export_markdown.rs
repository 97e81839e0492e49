//! The Markdown report: structure on the bundled set, tables and escaping.

mod export_fixtures;

use export_fixtures::*;
use parallax_documents::export::{ExportFormat, export};
use parallax_engine::model::Relation;

fn md_of(
    analysis: &parallax_engine::model::Analysis,
    rows: Option<&parallax_documents::annotate::AnnotationSet>,
) -> String {
    let mut out = Vec::new();
    export(ExportFormat::Markdown, analysis, rows, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Cells of a Markdown table row, split on unescaped `|`.
fn cells(line: &str) -> Vec<String> {
    let mut cells = Vec::new();
    let mut cur = String::new();
    let mut escaped = false;
    for c in line.trim().trim_start_matches('|').chars() {
        if escaped {
            cur.push(c);
            escaped = false;
        } else if c == '\\' {
            cur.push(c);
            escaped = true;
        } else if c == '|' {
            cells.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    cells
}

#[test]
fn bundled_markdown_has_every_section() {
    let analysis = bundled();
    let md = md_of(&analysis, None);
    for heading in [
        "# Parallax report: ",
        "## Summary",
        "## Sources",
        "## Conflicts (",
        "## Figures (",
        "## Claim by source (",
        "## Fact-check annotations (0)",
    ] {
        assert!(md.contains(heading), "missing {heading}");
    }
    let conflicts = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count();
    assert!(md.contains(&format!("## Conflicts ({conflicts};")));
    // The sources table: header, rule, one row per source, all with 8 cells.
    let start = md.find("| Id | Outlet |").unwrap();
    let rows: Vec<&str> = md[start..]
        .lines()
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(rows.len(), 2 + analysis.sources.len());
    for r in rows {
        assert_eq!(cells(r).len(), 8, "{r}");
    }
}

#[test]
fn matrix_rows_have_one_cell_per_source_and_pipes_are_escaped() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let md = md_of(&analysis, Some(&set));
    let start = md.find("| Fact | Status |").unwrap();
    let table: Vec<&str> = md[start..]
        .lines()
        .take_while(|l| l.starts_with('|'))
        .collect();
    assert_eq!(table.len(), 2 + analysis.facts.len());
    for r in &table {
        assert_eq!(cells(r).len(), 2 + analysis.sources.len(), "{r}");
    }
    assert!(table[2].contains("✓ s1-1") && table[2].contains("✗ 13 \\<script\\>"));
    // The source's text with `|` stays in its cell.
    assert!(md.contains("Evil \"\\>\\<img src=x onerror=alert(1)\\> News"));
    // Outside code spans (which render literally), no markup gets through.
    let outside_code: String = md
        .split('`')
        .step_by(2)
        .collect::<String>()
        .replace("\\<", "");
    assert!(!outside_code.contains("<script>"));
    assert!(!outside_code.contains("<img"));
    assert!(!md.contains("](javascript"));
}

#[test]
fn conflicts_and_annotations_read_well() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let md = md_of(&analysis, Some(&set));
    assert!(md.contains("### 1. Hard conflict, number (fact f1)"));
    assert!(
        md.contains("Also, soft date: date differs: “Tuesday” (\\<script\\>"),
        "{md}"
    );
    assert!(md.contains("~~"), "word difference");
    assert!(
        md.contains("**13**") || md.contains("**State television"),
        "{md}"
    );
    assert!(md.contains("### 1: False"));
    assert!(md.contains("### 2: Mixed"));
    assert!(md.contains("### 3: Unverifiable"));
    // Multi-line note keeps its line break; evidence links only for http(s).
    assert!(md.contains("The toll is wrong.  \nSecond line \\<script\\>"));
    assert!(md.contains("[Ministry statement](<https://example.org/ministry?a=1&b=\"2\">)"));
    assert!(md.contains("(`javascript:alert(1)`)"));
    assert!(md.contains("Tags: `tag\"><img src=x onerror=alert(1)>` `death toll`"));
}

#[test]
fn figures_line_up_each_sources_figures_of_one_measure() {
    let analysis = bundled();
    let md = md_of(&analysis, None);
    let start = md.find("| Measure |").expect("a Figures table");
    let rows: Vec<Vec<String>> = md[start..]
        .lines()
        .take_while(|l| l.starts_with('|'))
        .map(cells)
        .collect();
    assert!(rows.iter().all(|r| r.len() == 1 + analysis.sources.len()));
    // The security forces' toll: a hard conflict (eight vs thirteen), listed first, each
    // figure with its outlet's column and its statement.
    let toll = &rows[2];
    assert_eq!(toll[0].trim(), "⚠ killed (security forces)");
    let column = |outlet: &str| {
        1 + analysis
            .sources
            .iter()
            .position(|s| s.label() == outlet)
            .unwrap()
    };
    assert!(
        toll[column("The Moscow Times")].contains("at least eight (s1-"),
        "{toll:?}"
    );
    assert!(
        toll[column("NBC News")].contains("Thirteen (s4-"),
        "{toll:?}"
    );
    assert_eq!(toll[column("Axios")].trim(), "—");
}

#[test]
fn a_figure_reported_on_two_days_gets_an_over_time_cell_in_markdown_and_a_plot_in_html() {
    let articles = [
        (
            "ledger.txt",
            "Source: Daily Ledger\nPublished: 6 January 2022\n\nAt least eight people were killed in the clashes in the capital on Wednesday, officials said.\n",
        ),
        (
            "post.txt",
            "Source: Evening Post\nPublished: 7 January 2022\n\nThirteen people were killed in the clashes in the capital on Wednesday, the ministry said.\n",
        ),
    ];
    let set = parallax_engine::corpus::ArticleSet {
        name: "two days".into(),
        warnings: vec![],
        articles: articles
            .iter()
            .map(|(name, text)| {
                parallax_engine::corpus::article_from_bytes(name, text.as_bytes(), None).unwrap()
            })
            .collect(),
    };
    let analysis = parallax_engine::analyze(&set, &parallax_engine::Config::default());
    let md = md_of(&analysis, None);
    let row = md
        .lines()
        .find(|l| l.starts_with("| ⚠ killed") || l.starts_with("| killed"))
        .expect("a row of the killed");
    assert_eq!(
        cells(row).last().map(|c| c.trim().to_string()).as_deref(),
        Some("At least eight (Daily Ledger, 6 Jan) → Thirteen (Evening Post, 7 Jan)"),
        "{row}"
    );
    assert!(md.contains("| Over time |"));
    let mut html = Vec::new();
    export(ExportFormat::Html, &analysis, None, &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert!(html.contains("<th>Over time</th>"));
    assert!(html.contains(
        "<svg class=\"timeline\" width=\"160\" height=\"56\" viewBox=\"0 0 160 56\" role=\"img\" aria-label=\"At least eight (Daily Ledger, 6 Jan) → Thirteen (Evening Post, 7 Jan)\">"
    ));
    assert_eq!(html.matches("<circle ").count(), 2);
}
