//! The CSV export: stable columns, one row per fact and per annotation, round trip.

mod export_fixtures;

use export_fixtures::*;
use parallax_documents::export::csv::COLUMNS;
use parallax_documents::export::{ExportFormat, export};

fn csv_of(
    analysis: &parallax_engine::model::Analysis,
    rows: Option<&parallax_documents::annotate::AnnotationSet>,
) -> Vec<csv::StringRecord> {
    let mut out = Vec::new();
    export(ExportFormat::Csv, analysis, rows, &mut out).unwrap();
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(headers.iter().collect::<Vec<_>>(), COLUMNS.to_vec());
    reader.records().map(|r| r.unwrap()).collect()
}

fn col(name: &str) -> usize {
    COLUMNS.iter().position(|c| *c == name).unwrap()
}

#[test]
fn bundled_csv_has_one_row_per_fact() {
    let analysis = bundled();
    let records = csv_of(&analysis, None);
    assert_eq!(records.len(), analysis.facts.len());
    for (r, f) in records.iter().zip(&analysis.facts) {
        assert_eq!(r.len(), COLUMNS.len());
        assert_eq!(&r[col("record")], "fact");
        assert_eq!(&r[col("id")], f.id);
        assert_eq!(
            r[col("source_count")].parse::<usize>().unwrap(),
            f.source_count()
        );
    }
}

#[test]
fn hostile_text_round_trips_through_the_csv_reader() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let rows = set.annotations();
    let records = csv_of(&analysis, Some(&set));
    assert_eq!(records.len(), analysis.facts.len() + rows.len());
    let fact = &records[0];
    assert_eq!(&fact[col("status")], "conflicting");
    assert_eq!(&fact[col("text")], analysis.facts[0].summary);
    assert_eq!(&fact[col("conflict_kinds")], "number");
    assert!(fact[col("contradicting")].starts_with("Plain TV (13 <script>"));
    assert_eq!(&fact[col("verdict")], "false; mixed");

    let note = &records[1];
    assert_eq!(&note[col("record")], "annotation");
    assert_eq!(&note[col("verdict")], "false");
    assert_eq!(&note[col("verdict_label")], "False");
    // Commas, quotes, pipes and the line break come back exactly.
    assert_eq!(&note[col("note")], rows[0].note);
    assert_eq!(
        &note[col("tags")],
        format!("{}; death toll", rows[0].tags[0])
    );
    assert!(note[col("evidence")].contains("<javascript:alert(1)>"));
    assert_eq!(&note[col("statements")], "s1-1");
    assert_eq!(&note[col("fact")], "f1");

    let link = &records[2];
    assert_eq!(&link[col("target")], "link");
    assert_eq!(&link[col("statements")], "s1-1 s2-1");
    assert_eq!(&link[col("source_count")], "2");

    let orphan = &records[3];
    assert_eq!(&orphan[col("status")], "orphaned");
    assert_eq!(&orphan[col("verdict")], "unverifiable");
}

#[test]
fn formula_cells_are_defused() {
    assert_eq!(
        parallax_documents::export::csv::defuse("=HYPERLINK(\"x\")"),
        "'=HYPERLINK(\"x\")"
    );
    assert_eq!(
        parallax_documents::export::csv::defuse("@SUM(A1)"),
        "'@SUM(A1)"
    );
    assert_eq!(
        parallax_documents::export::csv::defuse("Police said"),
        "Police said"
    );
}
