//! The JSON export: the `parallax-comparison` contract (version 1) of `parallax compare
//! --json`, built by [`crate::export::comparison::comparison`], with the annotations and the report's
//! summary counts added.
//!
//! Contract fields (names and meanings fixed; more fields may be added):
//! `format`, `version`, `sources[] {id, file, title, outlet, date, url}`,
//! `statements[] {id, source, start, end, text, boilerplate}`,
//! `links[] {a, b, relation, score, kind, explanation, reasons}`,
//! `facts[] {id, statements, summary, status}`. Added here: `summary {...}` and
//! `annotations[] {id, target, statements, fact, link, orphan, verdict, verdict_label,
//! rating, note, tags, evidence[] {url, label}, author, created, modified,
//! anchors[] {source, file, statement, exact, prefix, suffix, start, end}}` and
//! `link_decisions[] {id, decision, label, reason, orphan, applied, effect, fact,
//! link {a, b}, statements[] {source, file, statement, text, found},
//! machine {relation, kind, severity, explanation, score, reasons}}` (`decision` is
//! `confirmed`, `rejected`, `added-match` or `added-conflict`; `machine` is the engine's
//! own link between the two statements before the decision, `null` when it made none).
//! The `summary` counts them too. `start`/`end` are byte offsets into the file as stored.

use std::io::Write;

use serde_json::{Value, json};

use super::ExportError;
use super::report::{DecisionSide, Report, severity_name};
use parallax_engine::model::Analysis;

/// The comparison contract as a JSON value (no annotations): [`crate::export::comparison::comparison`],
/// the same document `parallax compare --json` writes.
pub fn comparison_value(analysis: &Analysis) -> Result<Value, serde_json::Error> {
    serde_json::to_value(crate::export::comparison::comparison(analysis))
}

/// The annotations of a report as JSON values.
pub fn annotations_value(report: &Report, analysis: &Analysis) -> Value {
    let list: Vec<Value> = report
        .annotations
        .iter()
        .map(|a| {
            let link = a.link.and_then(|l| analysis.links.get(l.0)).map(|l| {
                json!({
                    "a": analysis.statements.get(l.a.0).map(|s| s.id.as_str()),
                    "b": analysis.statements.get(l.b.0).map(|s| s.id.as_str()),
                })
            });
            let anchors: Vec<Value> = a
                .anchors
                .iter()
                .map(|an| {
                    json!({
                        "source": an.place.source.and_then(|s| analysis.sources.get(s.0)).map(|s| s.id.as_str()),
                        "file": an.place.file_name,
                        "statement": an.place.statement_id,
                        "exact": an.quote,
                        "prefix": an.prefix,
                        "suffix": an.suffix,
                        "start": an.start,
                        "end": an.end,
                    })
                })
                .collect();
            json!({
                "id": a.id,
                "target": a.target_kind.name(),
                "statements": a.anchors.iter().filter_map(|an| an.place.statement_id.as_deref()).collect::<Vec<_>>(),
                "fact": a.fact_id,
                "link": link,
                "orphan": a.orphan,
                "verdict": a.verdict.as_ref().map(|v| v.key),
                "verdict_label": a.verdict.as_ref().map(|v| v.label),
                "rating": a.verdict.as_ref().and_then(|v| v.rating),
                "note": a.note,
                "tags": a.tags,
                "evidence": a.evidence.iter().map(|e| json!({"url": e.url, "label": e.label})).collect::<Vec<_>>(),
                "author": a.author,
                "created": a.created,
                "modified": a.modified,
                "anchors": anchors,
            })
        })
        .collect();
    Value::Array(list)
}

/// The link decisions of a report as JSON values.
pub fn link_decisions_value(report: &Report, analysis: &Analysis) -> Value {
    let side = |s: &DecisionSide| {
        json!({
            "source": s.place.source.and_then(|i| analysis.sources.get(i.0)).map(|src| src.id.as_str()),
            "file": s.place.file_name,
            "outlet": s.place.source_label,
            "statement": s.place.statement_id,
            "text": s.text,
            "found": s.found,
        })
    };
    let list: Vec<Value> = report
        .link_decisions
        .iter()
        .map(|d| {
            let link = d.link.and_then(|l| analysis.links.get(l.0)).map(|l| {
                json!({
                    "a": analysis.statements.get(l.a.0).map(|s| s.id.as_str()),
                    "b": analysis.statements.get(l.b.0).map(|s| s.id.as_str()),
                })
            });
            let machine = d.machine.as_ref().map(|m| {
                json!({
                    "relation": m.relation,
                    "kind": m.conflict_kind,
                    "severity": m.severity.map(severity_name),
                    "explanation": m.explanation,
                    "score": m.score,
                    "reasons": m.reasons,
                })
            });
            json!({
                "id": d.id,
                "decision": d.kind.name(),
                "label": d.kind.label(),
                "reason": d.reason,
                "orphan": d.orphan,
                "applied": d.applied,
                "effect": d.effect,
                "fact": d.fact_id,
                "link": link,
                "statements": [side(&d.a), side(&d.b)],
                "machine": machine,
            })
        })
        .collect();
    Value::Array(list)
}

/// The whole JSON export as a value.
pub fn export_value(report: &Report, analysis: &Analysis) -> Result<Value, serde_json::Error> {
    let mut v = comparison_value(analysis)?;
    let s = &report.summary;
    if let Value::Object(map) = &mut v {
        map.insert(
            "summary".into(),
            json!({
                "sources": s.sources,
                "statements": s.statements,
                "boilerplate": s.boilerplate,
                "facts": s.facts,
                "corroborated_facts": s.corroborated_facts,
                "conflicting_facts": s.conflicting_facts,
                "single_facts": s.single_facts,
                "matches": s.matches,
                "conflicts": s.conflicts,
                "hard_conflicts": s.hard_conflicts,
                "unique_statements": s.unique_statements,
                "annotations": s.annotations,
                "orphaned_annotations": s.orphaned_annotations,
                "link_decisions": s.link_decisions,
                "confirmed_links": s.confirmed_links,
                "rejected_links": s.rejected_links,
                "added_matches": s.added_matches,
                "added_conflicts": s.added_conflicts,
                "orphaned_link_decisions": s.orphaned_link_decisions,
            }),
        );
        map.insert("annotations".into(), annotations_value(report, analysis));
        map.insert(
            "link_decisions".into(),
            link_decisions_value(report, analysis),
        );
    }
    Ok(v)
}

/// Write the JSON export, pretty-printed.
pub fn write(report: &Report, analysis: &Analysis, out: &mut dyn Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, &export_value(report, analysis)?)?;
    out.write_all(b"\n")?;
    Ok(())
}
