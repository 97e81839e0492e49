//! JSON, ClaimReview and W3C Web Annotation exports: they parse, carry their @context and
//! hold what the contract promises.

mod export_fixtures;

use export_fixtures::*;
use parallax_documents::export::{ExportFormat, export};
use serde_json::Value;

fn json_of(
    format: ExportFormat,
    analysis: &parallax_engine::model::Analysis,
    rows: Option<&parallax_documents::annotate::AnnotationSet>,
) -> Value {
    let mut out = Vec::new();
    export(format, analysis, rows, &mut out).unwrap();
    serde_json::from_slice(&out).unwrap()
}

#[test]
fn json_follows_the_comparison_contract() {
    let analysis = bundled();
    let v = json_of(ExportFormat::Json, &analysis, None);
    assert_eq!(v["format"], "parallax-comparison");
    assert_eq!(v["version"], 1);
    assert_eq!(
        v["sources"].as_array().unwrap().len(),
        analysis.sources.len()
    );
    assert_eq!(
        v["statements"].as_array().unwrap().len(),
        analysis.statements.len()
    );
    assert_eq!(v["links"].as_array().unwrap().len(), analysis.links.len());
    assert_eq!(v["facts"].as_array().unwrap().len(), analysis.facts.len());
    assert_eq!(v["annotations"], Value::Array(vec![]));
    for s in v["sources"].as_array().unwrap() {
        for key in ["id", "file", "title", "outlet", "date", "url"] {
            assert!(s.get(key).is_some(), "source lacks {key}");
        }
    }
    // start..end of each statement are byte offsets into the file as stored.
    for (st, json) in analysis
        .statements
        .iter()
        .zip(v["statements"].as_array().unwrap())
    {
        assert_eq!(json["id"], st.id.as_str());
        assert_eq!(json["start"], st.start);
        assert_eq!(json["end"], st.end);
        assert_eq!(json["boilerplate"], st.is_boilerplate());
    }
    for l in v["links"].as_array().unwrap() {
        assert!(l["relation"] == "match" || l["relation"] == "conflict");
        let score = l["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
}

#[test]
fn json_carries_annotations_and_conflicts() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let rows = set.annotations();
    let v = json_of(ExportFormat::Json, &analysis, Some(&set));
    let link = &v["links"][0];
    assert_eq!(link["relation"], "conflict");
    assert_eq!(link["kind"], "number");
    assert_eq!(link["a"], "s1-1");
    assert_eq!(link["b"], "s2-1");
    assert_eq!(v["facts"][0]["status"], "conflicting");
    assert_eq!(v["summary"]["conflicts"], 1);
    let a = v["annotations"].as_array().unwrap();
    assert_eq!(a.len(), 3);
    assert_eq!(a[0]["verdict"], "false");
    assert_eq!(a[0]["note"], rows[0].note.as_str());
    assert_eq!(a[0]["evidence"][0]["url"], JS_URL);
    assert_eq!(a[1]["link"]["a"], "s1-1");
    assert_eq!(a[2]["orphan"], true);
}

#[test]
fn claimreview_is_schema_org_json_ld() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let rows = set.annotations();
    let v = json_of(ExportFormat::ClaimReview, &analysis, Some(&set));
    let reviews = v.as_array().unwrap();
    assert_eq!(reviews.len(), 3, "one review per annotation with a verdict");
    for r in reviews {
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        assert_eq!(r["reviewRating"]["@type"], "Rating");
        assert_eq!(r["reviewRating"]["bestRating"], 5);
        assert_eq!(r["reviewRating"]["worstRating"], 1);
        assert_eq!(r["itemReviewed"]["@type"], "Claim");
    }
    let first = &reviews[0];
    assert_eq!(first["reviewRating"]["alternateName"], "False");
    assert_eq!(first["reviewRating"]["ratingValue"], 1);
    assert_eq!(first["reviewBody"], rows[0].note.as_str());
    assert_eq!(first["claimReviewed"], analysis.statements[0].text.as_str());
    assert_eq!(first["author"]["name"], rows[0].author.as_str());
    assert_eq!(first["datePublished"], "2026-11-23");
    // The claim appears in the first source only (the other contradicts it); it has a
    // javascript: URL, so it is identified by file name, never by that URL.
    let appearance = first["itemReviewed"]["appearance"].as_array().unwrap();
    assert_eq!(appearance.len(), 1);
    assert_eq!(appearance[0]["@type"], "CreativeWork");
    assert_eq!(appearance[0]["identifier"], "evil<b>.txt");
    assert!(appearance[0].get("url").is_none());
    assert_eq!(
        first["citation"].as_array().unwrap().len(),
        1,
        "only the https evidence"
    );
    // The link annotation appears in both sources, with the second one's URL.
    let both = reviews[1]["itemReviewed"]["appearance"].as_array().unwrap();
    assert_eq!(both.len(), 2);
    assert_eq!(both[1]["url"], "https://example.org/plain");
    assert_eq!(both[1]["name"], "Plain TV");
    // Unverifiable has a label but no place on the numeric scale.
    assert_eq!(reviews[2]["reviewRating"]["alternateName"], "Unverifiable");
    assert!(reviews[2]["reviewRating"].get("ratingValue").is_none());
}

#[test]
fn claimreview_of_no_annotations_is_an_empty_array() {
    let v = json_of(ExportFormat::ClaimReview, &bundled(), None);
    assert_eq!(v, Value::Array(vec![]));
}

#[test]
fn w3c_annotations_have_quote_and_position_selectors() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let rows = set.annotations();
    let v = json_of(ExportFormat::W3c, &analysis, Some(&set));
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    assert_eq!(v["total"], 3);
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(v["first"]["type"], "AnnotationPage");
    assert_eq!(items.len(), 3);
    let first = &items[0];
    assert_eq!(first["type"], "Annotation");
    assert_eq!(first["motivation"], "assessing");
    let body = first["body"].as_array().unwrap();
    let purposes: Vec<&str> = body
        .iter()
        .map(|b| b["purpose"].as_str().unwrap())
        .collect();
    assert_eq!(
        purposes,
        [
            "commenting",
            "tagging",
            "tagging",
            "assessing",
            "linking",
            "linking"
        ]
    );
    assert_eq!(body[0]["value"], rows[0].note.trim());
    assert_eq!(body[3]["value"], "False");
    assert_eq!(
        body[4]["type"], "TextualBody",
        "a javascript: URL is not a resource"
    );
    assert_eq!(body[5]["id"], "https://example.org/ministry?a=1&b=\"2\"");
    let target = &first["target"];
    assert_eq!(target["source"], "evil<b>.txt");
    let selectors = target["selector"].as_array().unwrap();
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    // The position selects the quote, counted in characters.
    let text = &analysis.sources[0].stored_text;
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = (
        selectors[1]["start"].as_u64().unwrap() as usize,
        selectors[1]["end"].as_u64().unwrap() as usize,
    );
    let selected: String = chars[start..end].iter().collect();
    assert_eq!(selected, selectors[0]["exact"].as_str().unwrap());
    // A link annotation targets both statements; the second source is named by its URL.
    let link_targets = items[1]["target"].as_array().unwrap();
    assert_eq!(link_targets.len(), 2);
    assert_eq!(link_targets[1]["source"], "https://example.org/plain");
    // An orphan keeps its quote but claims no position.
    let orphan = items[2]["target"]["selector"].as_array().unwrap();
    assert_eq!(orphan.len(), 1);
    assert_eq!(orphan[0]["type"], "TextQuoteSelector");
}

#[test]
fn link_overrides_change_what_is_exported() {
    use parallax_documents::annotate::anchor::anchor_statement;
    use parallax_documents::annotate::{AnnotationSet, LinkOverride, OverrideDecision};
    let analysis = hostile();
    let link = &analysis.links[0];
    let reject = LinkOverride {
        a: anchor_statement(&analysis, link.a).unwrap(),
        b: anchor_statement(&analysis, link.b).unwrap(),
        decision: OverrideDecision::Reject,
        reason: "different events".into(),
    };
    let set = AnnotationSet::from_parts(vec![], vec![reject]);
    let v = json_of(ExportFormat::Json, &analysis, Some(&set));
    assert_eq!(
        v["links"],
        Value::Array(vec![]),
        "the rejected conflict is gone"
    );
    assert_eq!(v["summary"]["conflicts"], 0);
    let untouched = json_of(ExportFormat::Json, &analysis, None);
    assert_eq!(untouched["summary"]["conflicts"], 1);
}
