//! The CSV export: one row per fact, one row per annotation and one row per link decision,
//! for spreadsheets. Quoting of commas, quotes and line breaks is done by the `csv` crate.
//!
//! The columns are stable (their names and order are part of the format; new columns are
//! only ever added at the end):
//!
//! | column | fact row | annotation row | link-decision row |
//! |---|---|---|---|
//! | `record` | `fact` | `annotation` | `link-decision` |
//! | `id` | fact id (`f3`) | annotation id | decision id (`d1`: first decision) |
//! | `status` | `corroborated`, `conflicting` or `single` | `attached` or `orphaned` | `applied`, `orphaned` or `no-effect` |
//! | `text` | the fact's summary sentence | the annotated text (statements joined by ` / `) | the two statements (or saved quotes), ` / ` |
//! | `statements` | statement ids, space separated (`s1-4 s3-2`) | statement ids of the target | statement ids found |
//! | `source_count` | sources that state or contradict the fact | sources of the target | sources of the two statements |
//! | `stating` | labels of sources stating it, `; ` separated | labels of the target's sources | labels of the two sources |
//! | `contradicting` | `label (figure)` of sources reporting it differently | empty | empty |
//! | `silent` | labels of sources that do not mention it | empty | empty |
//! | `conflict_kinds` | kinds of its conflicts (`number; date`) | empty | empty |
//! | `explanations` | the conflicts' explanations, ` / ` separated | empty | empty |
//! | `fact` | empty | fact id the annotation is on (if any) | fact of the exported link |
//! | `target` | empty | `statement`, `fact`, `link` or `selection` | `link` |
//! | `verdict` | verdicts of annotations on the fact | verdict name (`mostly-false`) | empty |
//! | `verdict_label` | empty | verdict label (`Mostly false`) | empty |
//! | `note` | empty | the note (may hold line breaks) | the reason for the decision |
//! | `tags` | empty | tags, `; ` separated | empty |
//! | `evidence` | empty | `label <url>` items, `; ` separated | empty |
//! | `author` | empty | author | empty |
//! | `created` | empty | RFC 3339 time | empty |
//! | `modified` | empty | RFC 3339 time | empty |
//! | `decision` | empty | empty | `confirmed`, `rejected`, `added-match` or `added-conflict` |
//! | `effect` | empty | empty | what it did (`removed the engine's conflict`) |
//! | `machine_relation` | empty | empty | the engine's link before it: `match`, `conflict` or empty |
//! | `machine_kind` | empty | empty | the engine's conflict kind (`number`) |
//! | `machine_explanation` | empty | empty | the engine's conflict explanation |
//!
//! To keep spreadsheets from running article text or notes as formulas, a free-text cell
//! that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`.

use std::io::Write;

use super::ExportError;
use super::report::{LinkDecisionRow, MatrixCell, Report, fact_status_name};

/// The column names, in order.
pub const COLUMNS: [&str; 26] = [
    "record",
    "id",
    "status",
    "text",
    "statements",
    "source_count",
    "stating",
    "contradicting",
    "silent",
    "conflict_kinds",
    "explanations",
    "fact",
    "target",
    "verdict",
    "verdict_label",
    "note",
    "tags",
    "evidence",
    "author",
    "created",
    "modified",
    "decision",
    "effect",
    "machine_relation",
    "machine_kind",
    "machine_explanation",
];

/// Neutralise a cell a spreadsheet would read as a formula.
pub fn defuse(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Write the CSV export.
pub fn write(report: &Report, out: &mut dyn Write) -> Result<(), ExportError> {
    let mut w = ::csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for f in &report.facts {
        let label = |i: usize| {
            report
                .sources
                .get(i)
                .map(|s| s.label.as_str())
                .unwrap_or("")
        };
        let mut stating = Vec::new();
        let mut contradicting = Vec::new();
        let mut silent = Vec::new();
        for (i, cell) in f.cells.iter().enumerate() {
            match cell {
                MatrixCell::States { .. } => stating.push(label(i).to_string()),
                MatrixCell::Contradicts { figure, .. } => contradicting.push(match figure {
                    Some(fig) => format!("{} ({fig})", label(i)),
                    None => label(i).to_string(),
                }),
                MatrixCell::Silent => silent.push(label(i).to_string()),
            }
        }
        let conflicts: Vec<_> = report
            .conflicts
            .iter()
            .filter(|c| c.fact_id.as_deref() == Some(f.id.as_str()))
            .collect();
        let mut kinds: Vec<&str> = conflicts.iter().map(|c| c.kind).collect();
        kinds.sort();
        kinds.dedup();
        let explanations: Vec<&str> = conflicts
            .iter()
            .map(|c| c.explanation.as_str())
            .filter(|e| !e.is_empty())
            .collect();
        let verdicts: Vec<&str> = f
            .annotations
            .iter()
            .filter_map(|&i| report.annotations.get(i))
            .filter_map(|a| a.verdict.as_ref().map(|v| v.key))
            .collect();
        let source_count = f.source_count.to_string();
        let statements = f.statements.join(" ");
        let record: Vec<String> = vec![
            "fact".into(),
            f.id.clone(),
            fact_status_name(f.status).into(),
            defuse(&f.summary),
            statements,
            source_count,
            defuse(&stating.join("; ")),
            defuse(&contradicting.join("; ")),
            defuse(&silent.join("; ")),
            kinds.join("; "),
            defuse(&explanations.join(" / ")),
            String::new(),
            String::new(),
            verdicts.join("; "),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ];
        w.write_record(padded(record))?;
    }
    for a in &report.annotations {
        let mut sources: Vec<&str> = Vec::new();
        for an in &a.anchors {
            if !sources.contains(&an.place.source_label.as_str()) {
                sources.push(&an.place.source_label);
            }
        }
        let text: Vec<&str> = a.anchors.iter().map(|an| an.quote.as_str()).collect();
        let statements: Vec<&str> = a
            .anchors
            .iter()
            .filter_map(|an| an.place.statement_id.as_deref())
            .collect();
        let evidence: Vec<String> = a
            .evidence
            .iter()
            .map(|e| {
                if e.label.trim().is_empty() {
                    e.url.clone()
                } else {
                    format!("{} <{}>", e.label, e.url)
                }
            })
            .collect();
        let record: Vec<String> = vec![
            "annotation".into(),
            a.id.clone(),
            if a.orphan { "orphaned" } else { "attached" }.into(),
            defuse(&text.join(" / ")),
            statements.join(" "),
            sources.len().to_string(),
            defuse(&sources.join("; ")),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            a.fact_id.clone().unwrap_or_default(),
            a.target_kind.name().into(),
            a.verdict
                .as_ref()
                .map(|v| v.key.to_string())
                .unwrap_or_default(),
            a.verdict
                .as_ref()
                .map(|v| v.label.to_string())
                .unwrap_or_default(),
            defuse(&a.note),
            defuse(&a.tags.join("; ")),
            defuse(&evidence.join("; ")),
            defuse(a.author.as_deref().unwrap_or("")),
            a.created.clone().unwrap_or_default(),
            a.modified.clone().unwrap_or_default(),
        ];
        w.write_record(padded(record))?;
    }
    for d in &report.link_decisions {
        w.write_record(padded(decision_record(d)))?;
    }
    w.flush()?;
    Ok(())
}

/// A record filled with empty cells up to [`COLUMNS`].
fn padded(mut record: Vec<String>) -> Vec<String> {
    record.resize(COLUMNS.len(), String::new());
    record
}

/// The row of one link decision.
fn decision_record(d: &LinkDecisionRow) -> Vec<String> {
    let mut sources: Vec<&str> = vec![&d.a.place.source_label];
    if d.b.place.source_label != d.a.place.source_label {
        sources.push(&d.b.place.source_label);
    }
    let statements: Vec<&str> = [&d.a, &d.b]
        .iter()
        .filter_map(|s| s.place.statement_id.as_deref())
        .collect();
    let status = if d.orphan {
        "orphaned"
    } else if d.applied {
        "applied"
    } else {
        "no-effect"
    };
    let machine = d.machine.as_ref();
    let mut record = vec![String::new(); COLUMNS.len()];
    let mut set = |column: &str, value: String| {
        if let Some(i) = COLUMNS.iter().position(|c| *c == column) {
            record[i] = value;
        }
    };
    set("record", "link-decision".into());
    set("id", d.id.clone());
    set("status", status.into());
    set("text", defuse(&format!("{} / {}", d.a.text, d.b.text)));
    set("statements", statements.join(" "));
    set("source_count", sources.len().to_string());
    set("stating", defuse(&sources.join("; ")));
    set("fact", d.fact_id.clone().unwrap_or_default());
    set("target", "link".into());
    set("note", defuse(&d.reason));
    set("decision", d.kind.name().into());
    set("effect", defuse(&d.effect));
    set(
        "machine_relation",
        machine.map(|m| m.relation.to_string()).unwrap_or_default(),
    );
    set(
        "machine_kind",
        machine
            .and_then(|m| m.conflict_kind)
            .unwrap_or_default()
            .to_string(),
    );
    set(
        "machine_explanation",
        defuse(machine.map(|m| m.explanation.as_str()).unwrap_or_default()),
    );
    record
}
