//! Every format on the bundled set with the shipped example save
//! (`saves/kazakhstan-example.ron`), when it is there.

use parallax_documents::export::{ExportFormat, export};
use parallax_engine::analysis::{Config, analyze};

#[test]
fn every_format_exports_the_example_save() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/kazakhstan-example.ron");
    if !path.exists() {
        eprintln!("skipped: {} is not there", path.display());
        return;
    }
    let analysis = analyze(&parallax_engine::corpus::bundled_set(), &Config::default());
    let save = parallax_documents::store::load(&path).unwrap();
    let (set, reopened) = parallax_documents::store::reopen(&save, &analysis);
    let total = set.annotations().len();
    assert!(total > 0);
    let with_verdict = set
        .annotations()
        .iter()
        .filter(|a| a.verdict.is_some())
        .count();
    let orphaned = reopened
        .orphans()
        .filter(|i| matches!(i.item, parallax_documents::store::ItemRef::Annotation(_)))
        .count();

    let mut html = Vec::new();
    export(ExportFormat::Html, &analysis, Some(&set), &mut html).unwrap();
    let html = String::from_utf8(html).unwrap();
    assert_eq!(html.matches("<article class=\"annotation\"").count(), total);
    assert_eq!(
        html.matches("could not be found in the current articles")
            .count(),
        orphaned
    );

    // Every link decision of the save is listed, once.
    let decisions = set.overrides().len();
    if decisions > 0 {
        assert!(html.contains(&format!("<h2>Link decisions ({decisions})</h2>")));
        assert_eq!(
            html.matches("<article class=\"decision ").count(),
            decisions
        );
    }

    let mut md = Vec::new();
    export(ExportFormat::Markdown, &analysis, Some(&set), &mut md).unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(md.contains(&format!("## Fact-check annotations ({total})")));

    let mut csv = Vec::new();
    export(ExportFormat::Csv, &analysis, Some(&set), &mut csv).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.iter().filter(|r| &r[0] == "annotation").count(), total);
    assert_eq!(
        rows.iter().filter(|r| &r[0] == "link-decision").count(),
        decisions
    );

    let json_of = |format| {
        let mut out = Vec::new();
        export(format, &analysis, Some(&set), &mut out).unwrap();
        serde_json::from_slice::<serde_json::Value>(&out).unwrap()
    };
    let json = json_of(ExportFormat::Json);
    assert_eq!(json["annotations"].as_array().unwrap().len(), total);
    assert_eq!(json["link_decisions"].as_array().unwrap().len(), decisions);
    assert_eq!(json["summary"]["link_decisions"], decisions);
    let reviews = json_of(ExportFormat::ClaimReview);
    assert_eq!(reviews.as_array().unwrap().len(), with_verdict);
    for r in reviews.as_array().unwrap() {
        assert_eq!(r["@context"], "https://schema.org");
        assert!(
            !r["itemReviewed"]["appearance"]
                .as_array()
                .unwrap()
                .is_empty()
                || r["claimReviewed"].is_string()
        );
    }
    let w3c = json_of(ExportFormat::W3c);
    assert_eq!(w3c["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(w3c["total"], total);
}
