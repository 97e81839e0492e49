//! The user's link decisions in every export format, on the bundled set: a rejected
//! machine conflict, a confirmed one, a match added by hand between two unlinked
//! statements and an orphaned decision whose quote is in no article of the set. Reasons
//! carry hostile markup that must come out escaped.

mod export_fixtures;

use export_fixtures::*;
use parallax_documents::annotate::anchor::anchor_statement;
use parallax_documents::annotate::{
    Anchor, AnnotationSet, LinkOverride, OverrideDecision, SourceRef, TextPositionSelector,
    TextQuoteSelector,
};
use parallax_documents::export::csv::COLUMNS;
use parallax_documents::export::{ExportFormat, annotated_report, export};
use parallax_engine::model::{Analysis, Link, Relation, StatementIdx};

const REJECT_REASON: &str = "Different days <script>alert(1)</script>";
const CONFIRM_REASON: &str = "Checked \"><img src=x onerror=alert(1)> with the ministry";
const MATCH_REASON: &str = "Same toll, other words";
const ORPHAN_QUOTE: &str = "A sentence no article of this set contains";

/// The decisions of this test and the two machine conflicts they are about.
struct Scenario {
    analysis: Analysis,
    set: AnnotationSet,
    rejected: Link,
    confirmed: Link,
    added: (StatementIdx, StatementIdx),
}

fn scenario() -> Scenario {
    let analysis = bundled();
    let conflicts: Vec<&Link> = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .collect();
    assert!(
        conflicts.len() >= 2,
        "the bundled set has at least two conflicts"
    );
    let (rejected, confirmed) = (conflicts[0].clone(), conflicts[1].clone());
    // Two statements of different sources that the engine does not link.
    let linked = |x: StatementIdx, y: StatementIdx| {
        analysis
            .links
            .iter()
            .any(|l| (l.a == x && l.b == y) || (l.a == y && l.b == x))
    };
    let content: Vec<StatementIdx> = (0..analysis.statements.len())
        .map(StatementIdx)
        .filter(|&i| !analysis.statement(i).is_boilerplate())
        .collect();
    let added = content
        .iter()
        .flat_map(|&x| content.iter().map(move |&y| (x, y)))
        .find(|&(x, y)| {
            x < y && analysis.statement(x).source != analysis.statement(y).source && !linked(x, y)
        })
        .expect("an unlinked pair");
    let anchor = |i: StatementIdx| anchor_statement(&analysis, i).unwrap();
    let gone = Anchor {
        source: SourceRef {
            file_name: "gone-article.txt".into(),
            content_hash: "0".repeat(64),
        },
        quote: TextQuoteSelector {
            exact: ORPHAN_QUOTE.into(),
            prefix: String::new(),
            suffix: String::new(),
        },
        position: TextPositionSelector {
            start: 0,
            end: ORPHAN_QUOTE.len(),
        },
    };
    let overrides = vec![
        LinkOverride {
            // Saved in the other order than the engine's, as a user may click them.
            a: anchor(rejected.b),
            b: anchor(rejected.a),
            decision: OverrideDecision::Reject,
            reason: REJECT_REASON.into(),
        },
        LinkOverride {
            a: anchor(confirmed.a),
            b: anchor(confirmed.b),
            decision: OverrideDecision::Confirm,
            reason: CONFIRM_REASON.into(),
        },
        LinkOverride {
            a: anchor(added.0),
            b: anchor(added.1),
            decision: OverrideDecision::AddMatch,
            reason: MATCH_REASON.into(),
        },
        LinkOverride {
            a: anchor(content[0]),
            b: gone,
            decision: OverrideDecision::AddConflict,
            reason: "orphaned on purpose".into(),
        },
    ];
    let set = AnnotationSet::from_parts(vec![], overrides);
    Scenario {
        analysis,
        set,
        rejected,
        confirmed,
        added,
    }
}

fn export_text(format: ExportFormat, s: &Scenario) -> String {
    let mut out = Vec::new();
    export(format, &s.analysis, Some(&s.set), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn machine_conflicts(analysis: &Analysis) -> usize {
    analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count()
}

#[test]
fn the_report_model_lists_every_decision_with_what_the_engine_had_said() {
    let s = scenario();
    let (corrected, report) = annotated_report(&s.analysis, &s.set);
    let sum = &report.summary;
    assert_eq!(
        (
            sum.link_decisions,
            sum.confirmed_links,
            sum.rejected_links,
            sum.added_matches,
            sum.added_conflicts,
            sum.orphaned_link_decisions
        ),
        (4, 1, 1, 1, 1, 1)
    );
    assert_eq!(sum.conflicts, machine_conflicts(&s.analysis) - 1);

    let d = &report.link_decisions;
    let rejected = &d[0];
    assert_eq!(rejected.kind.name(), "rejected");
    assert!(rejected.applied && !rejected.orphan);
    assert_eq!(rejected.effect, "removed the engine's conflict");
    let machine = rejected.machine.as_ref().expect("the engine's conflict");
    let engine = s.rejected.conflict.as_ref().unwrap();
    assert_eq!(machine.relation, "conflict");
    assert_eq!(machine.conflict_kind, Some(engine.kind.name()));
    assert_eq!(machine.explanation, engine.explanation);
    assert_eq!(rejected.link, None, "a rejected link is not exported");
    // Shown in text order, whatever order the user clicked them in.
    let id = |i: StatementIdx| s.analysis.statement(i).id.clone();
    assert_eq!(rejected.a.place.statement_id, Some(id(s.rejected.a)));
    assert_eq!(rejected.b.place.statement_id, Some(id(s.rejected.b)));
    assert_eq!(rejected.a.text, s.analysis.statement(s.rejected.a).text);
    assert_eq!(rejected.reason, REJECT_REASON);

    let confirmed = &d[1];
    assert_eq!(confirmed.kind.name(), "confirmed");
    assert!(confirmed.is_conflict());
    let link = confirmed.link.expect("the confirmed link is exported");
    assert_eq!(corrected.links[link.0].a, s.confirmed.a);
    let row = report
        .conflicts
        .iter()
        .find(|c| c.link == link)
        .expect("still a conflict");
    assert!(row.confirmed && !row.added_by_hand);
    assert_eq!(row.decision, Some(1));
    assert_eq!(
        report.conflicts.iter().filter(|c| c.confirmed).count(),
        1,
        "only the confirmed conflict is marked"
    );

    let added = &d[2];
    assert_eq!(added.kind.name(), "added-match");
    assert_eq!(added.machine, None, "the engine did not link them");
    assert_eq!(added.effect, "added a match the engine had not made");
    let link = added.link.expect("the added match is exported");
    assert_eq!(
        (corrected.links[link.0].a, corrected.links[link.0].b),
        s.added
    );
    assert!(added.fact_id.is_some(), "the new link joins a fact");

    let orphan = &d[3];
    assert!(orphan.orphan && !orphan.applied);
    assert_eq!(orphan.kind.name(), "added-conflict");
    assert!(orphan.a.found && !orphan.b.found);
    assert_eq!(orphan.b.text, ORPHAN_QUOTE);
    assert_eq!(orphan.b.place.source_label, "gone-article.txt");
    assert_eq!(orphan.b.place.source, None);
}

#[test]
fn html_report_has_a_link_decisions_section_escaped() {
    let s = scenario();
    let html = export_text(ExportFormat::Html, &s);
    assert!(html.contains("<section id=\"decisions\">\n<h2>Link decisions (4)</h2>"));
    assert!(html.contains("<a href=\"#decisions\">Link decisions (4)</a>"));
    assert!(html.contains("<span class=\"n\">4</span><span class=\"l\">link decisions</span>"));
    assert_eq!(html.matches("<article class=\"decision ").count(), 4);
    for kind in [
        "dk-confirmed",
        "dk-rejected",
        "dk-added-match",
        "dk-added-conflict",
    ] {
        assert_eq!(
            html.matches(&format!("class=\"badge {kind}\"")).count(),
            1,
            "{kind}"
        );
    }
    assert!(html.contains("1 confirmed · 1 rejected · 1 added match · 1 added conflict"));
    // The rejected conflict: gone from the conflict cards, kept in its decision card
    // with what the engine had said.
    let cards = html.matches("<article class=\"conflict-card").count();
    assert_eq!(cards, machine_conflicts(&s.analysis) - 1);
    let engine = s.rejected.conflict.as_ref().unwrap();
    let said = parallax_documents::export::html::escape(&format!(
        "{} {} conflict: {}",
        parallax_documents::export::report::severity_name(engine.severity),
        engine.kind.name(),
        engine.explanation
    ));
    assert!(
        html.contains(&format!("<strong>The engine had said:</strong> {said}</p>")),
        "{said}"
    );
    // The confirmed conflict is marked where the conflicts are listed.
    assert!(
        html.contains(">Rejected conflict</span>") && html.contains(">Confirmed conflict</span>")
    );
    assert_eq!(
        html.matches("<span class=\"badge confirmed\">✓ confirmed</span>")
            .count(),
        1
    );
    assert!(html.contains("Confirmed by the checker (“Checked &quot;&gt;&lt;img"));
    // The orphan keeps its saved quote and file name.
    assert!(html.contains(&format!(
        "<blockquote class=\"missing\"><cite>gone-article.txt · file not in this set</cite>{ORPHAN_QUOTE}</blockquote>"
    )));
    assert_eq!(
        html.matches("is missing from the current articles").count(),
        1
    );
    // Hostile reasons are text.
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(html.contains("Different days &lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        html.contains("Checked &quot;&gt;&lt;img src=x onerror=alert(1)&gt; with the ministry")
    );
}

#[test]
fn markdown_lists_the_decisions_escaped() {
    let s = scenario();
    let md = export_text(ExportFormat::Markdown, &s);
    assert!(md.contains("## Link decisions (4)"));
    assert!(md.contains("| 1 | 1 | 1 | 1 | 1 |"), "counts table");
    assert!(md.contains(
        "Link decisions by the checker: 4 (1 confirmed, 1 rejected, 1 added match, 1 added conflict; 1 orphaned)."
    ));
    for (n, kind) in [
        "Rejected conflict",
        "Confirmed conflict",
        "Added match",
        "Added conflict",
    ]
    .iter()
    .enumerate()
    {
        assert!(md.contains(&format!("### d{}. {kind}: ", n + 1)), "{kind}");
    }
    assert!(md.contains("### d4. Added conflict: "));
    assert!(md.contains("(orphaned)"));
    assert_eq!(md.matches(" — confirmed by the checker\n").count(), 1);
    let engine = s.rejected.conflict.as_ref().unwrap();
    assert!(md.contains(&format!(
        "The engine had said: {} {} conflict: ",
        parallax_documents::export::report::severity_name(engine.severity),
        parallax_documents::export::markdown::escape(engine.kind.name())
    )));
    assert!(md.contains("The engine had said: no link between these statements."));
    assert!(md.contains("Reason: Different days \\<script\\>alert(1)\\</script\\>"));
    assert!(md.contains("Checked \"\\>\\<img src=x onerror=alert(1)\\> with the ministry"));
    // Every `<` is escaped: no markup gets through.
    let unescaped = md.replace("\\<", "");
    assert!(!unescaped.contains("<script>"));
    assert!(!unescaped.contains("<img"));
    assert!(md.contains(&format!(
        "- **gone-article.txt** (file not in this set): {ORPHAN_QUOTE}"
    )));
}

#[test]
fn csv_has_one_row_per_decision_in_new_columns_at_the_end() {
    let s = scenario();
    let csv_text = export_text(ExportFormat::Csv, &s);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(headers, COLUMNS.to_vec());
    // The existing columns stay where they were; the new ones come last.
    assert_eq!(&headers[..3], ["record", "id", "status"]);
    assert_eq!(headers[20], "modified");
    assert_eq!(
        &headers[21..],
        [
            "decision",
            "effect",
            "machine_relation",
            "machine_kind",
            "machine_explanation"
        ]
    );
    let col = |name: &str| COLUMNS.iter().position(|c| *c == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(rows.iter().all(|r| r.len() == COLUMNS.len()));
    assert_eq!(
        rows.iter().filter(|r| &r[0] == "fact").count(),
        annotated_report(&s.analysis, &s.set).1.facts.len()
    );
    let decisions: Vec<&csv::StringRecord> =
        rows.iter().filter(|r| &r[0] == "link-decision").collect();
    assert_eq!(decisions.len(), 4);
    let kinds: Vec<&str> = decisions.iter().map(|r| &r[col("decision")]).collect();
    assert_eq!(
        kinds,
        ["rejected", "confirmed", "added-match", "added-conflict"]
    );
    let statuses: Vec<&str> = decisions.iter().map(|r| &r[col("status")]).collect();
    assert_eq!(statuses, ["applied", "applied", "applied", "orphaned"]);
    let rejected = decisions[0];
    let engine = s.rejected.conflict.as_ref().unwrap();
    assert_eq!(&rejected[col("id")], "d1");
    assert_eq!(&rejected[col("note")], REJECT_REASON);
    assert_eq!(&rejected[col("machine_relation")], "conflict");
    assert_eq!(&rejected[col("machine_kind")], engine.kind.name());
    assert_eq!(&rejected[col("machine_explanation")], engine.explanation);
    assert_eq!(&rejected[col("target")], "link");
    assert_eq!(&decisions[1][col("note")], CONFIRM_REASON);
    assert_eq!(&decisions[2][col("machine_relation")], "");
    assert!(!decisions[2][col("fact")].is_empty());
    assert!(decisions[3][col("text")].ends_with(ORPHAN_QUOTE));
    assert!(decisions[3][col("stating")].contains("gone-article.txt"));
}

#[test]
fn json_adds_a_link_decisions_array_and_keeps_the_contract() {
    let s = scenario();
    let v: serde_json::Value = serde_json::from_str(&export_text(ExportFormat::Json, &s)).unwrap();
    for key in [
        "format",
        "version",
        "sources",
        "statements",
        "links",
        "facts",
        "summary",
        "annotations",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let summary = &v["summary"];
    assert_eq!(summary["link_decisions"], 4);
    assert_eq!(summary["confirmed_links"], 1);
    assert_eq!(summary["rejected_links"], 1);
    assert_eq!(summary["added_matches"], 1);
    assert_eq!(summary["added_conflicts"], 1);
    assert_eq!(summary["orphaned_link_decisions"], 1);
    let list = v["link_decisions"].as_array().unwrap();
    assert_eq!(list.len(), 4);
    let engine = s.rejected.conflict.as_ref().unwrap();
    assert_eq!(list[0]["decision"], "rejected");
    assert_eq!(list[0]["reason"], REJECT_REASON);
    assert_eq!(list[0]["machine"]["relation"], "conflict");
    assert_eq!(list[0]["machine"]["kind"], engine.kind.name());
    assert_eq!(
        list[0]["machine"]["explanation"],
        engine.explanation.as_str()
    );
    assert!(list[0]["link"].is_null());
    assert_eq!(list[1]["decision"], "confirmed");
    assert_eq!(list[1]["link"]["a"], s.analysis.statement(s.confirmed.a).id);
    assert_eq!(list[2]["decision"], "added-match");
    assert!(list[2]["machine"].is_null());
    assert_eq!(list[3]["orphan"], true);
    assert_eq!(list[3]["statements"][1]["found"], false);
    assert_eq!(list[3]["statements"][1]["file"], "gone-article.txt");
    assert_eq!(list[3]["statements"][1]["text"], ORPHAN_QUOTE);
    // The rejected pair is no longer among the links.
    let (ra, rb) = (
        s.analysis.statement(s.rejected.a).id.clone(),
        s.analysis.statement(s.rejected.b).id.clone(),
    );
    assert!(
        !v["links"]
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["a"] == ra && l["b"] == rb)
    );
}

#[test]
fn a_decision_on_a_pair_the_engine_does_not_link_changes_nothing() {
    let analysis = bundled();
    let scenario_pair = scenario().added;
    let set = AnnotationSet::from_parts(
        vec![],
        vec![LinkOverride {
            a: anchor_statement(&analysis, scenario_pair.0).unwrap(),
            b: anchor_statement(&analysis, scenario_pair.1).unwrap(),
            decision: OverrideDecision::Reject,
            reason: String::new(),
        }],
    );
    let (_, report) = annotated_report(&analysis, &set);
    let d = &report.link_decisions[0];
    assert!(!d.applied && !d.orphan && d.machine.is_none());
    assert_eq!(
        d.effect,
        "the engine does not link these statements: nothing to reject"
    );
    assert_eq!(report.summary.conflicts, machine_conflicts(&analysis));
}

#[test]
fn without_decisions_no_section_appears() {
    let analysis = bundled();
    let mut out = Vec::new();
    export(ExportFormat::Html, &analysis, None, &mut out).unwrap();
    let html = String::from_utf8(out).unwrap();
    assert!(!html.contains("id=\"decisions\""));
    let mut out = Vec::new();
    export(ExportFormat::Markdown, &analysis, None, &mut out).unwrap();
    assert!(
        !String::from_utf8(out)
            .unwrap()
            .contains("## Link decisions")
    );
}
