//! The ClaimReview export: schema.org JSON-LD, one `ClaimReview` per annotation that
//! carries a verdict.
//!
//! Each review has `claimReviewed` (the annotated text), `reviewRating` (`ratingValue`
//! on the 1 (false) to 5 (true) scale, `bestRating` 5, `worstRating` 1, `alternateName`
//! the verdict label; verdicts off the scale, such as "Unverifiable", carry only the
//! label), `itemReviewed`, a `Claim` whose `appearance`s are the sources stating it (each a
//! `CreativeWork` with its `url`, `name`, `datePublished` and publisher), `reviewBody`
//! (the note), `author`, `datePublished`, `keywords` (the tags) and `citation` (the
//! evidence). The output is a JSON array; every element carries its own `@context`, so a
//! review can be copied alone into a page's `<script type="application/ld+json">`.

use std::collections::BTreeSet;
use std::io::Write;

use serde_json::{Map, Value, json};

use super::ExportError;
use super::report::{AnnotationRow, MatrixCell, Report, TargetKind, is_web_url};
use parallax_engine::model::Analysis;

/// The schema.org JSON-LD context.
pub const CONTEXT: &str = "https://schema.org";
/// `bestRating` of every review.
pub const BEST_RATING: u8 = 5;
/// `worstRating` of every review.
pub const WORST_RATING: u8 = 1;

/// Sources (indices) in which the annotated claim appears: the sources of the annotated
/// statements and, for a statement or fact, every source that states the same fact.
pub fn appearances(report: &Report, annotation: &AnnotationRow) -> Vec<usize> {
    let mut set: BTreeSet<usize> = annotation
        .anchors
        .iter()
        .filter_map(|a| a.place.source.map(|s| s.0))
        .collect();
    if matches!(
        annotation.target_kind,
        TargetKind::Statement | TargetKind::Fact
    ) && let Some(fact) = annotation
        .fact_id
        .as_deref()
        .and_then(|id| report.facts.iter().find(|f| f.id == id))
    {
        for (i, cell) in fact.cells.iter().enumerate() {
            if matches!(cell, MatrixCell::States { .. }) {
                set.insert(i);
            }
        }
    }
    set.into_iter().collect()
}

/// The reviews as JSON-LD values.
pub fn reviews(report: &Report, analysis: &Analysis) -> Vec<Value> {
    report
        .annotations
        .iter()
        .filter_map(|a| {
            let verdict = a.verdict.as_ref()?;
            let mut rating = Map::new();
            rating.insert("@type".into(), json!("Rating"));
            if let Some(r) = verdict.rating {
                rating.insert("ratingValue".into(), json!(r));
            }
            rating.insert("bestRating".into(), json!(BEST_RATING));
            rating.insert("worstRating".into(), json!(WORST_RATING));
            rating.insert("alternateName".into(), json!(verdict.label));

            let appearance: Vec<Value> = appearances(report, a)
                .into_iter()
                .filter_map(|i| {
                    let row = report.sources.get(i)?;
                    let src = analysis.sources.get(i)?;
                    let mut work = Map::new();
                    work.insert("@type".into(), json!("CreativeWork"));
                    match row.url.as_deref().filter(|u| is_web_url(u)) {
                        Some(url) => {
                            work.insert("url".into(), json!(url));
                        }
                        None => {
                            work.insert("identifier".into(), json!(src.file_name));
                        }
                    }
                    work.insert(
                        "name".into(),
                        json!(row.title.clone().unwrap_or_else(|| row.label.clone())),
                    );
                    if let Some(d) = &row.date_iso {
                        work.insert("datePublished".into(), json!(d));
                    }
                    work.insert(
                        "publisher".into(),
                        json!({"@type": "Organization", "name": row.label}),
                    );
                    if let Some(by) = &row.byline {
                        work.insert("creator".into(), json!(by));
                    }
                    Some(Value::Object(work))
                })
                .collect();

            let mut claim = Map::new();
            claim.insert("@type".into(), json!("Claim"));
            if let Some(first) = appearance.first() {
                claim.insert("firstAppearance".into(), first.clone());
            }
            claim.insert("appearance".into(), Value::Array(appearance));

            let mut review = Map::new();
            review.insert("@context".into(), json!(CONTEXT));
            review.insert("@type".into(), json!("ClaimReview"));
            review.insert(
                "claimReviewed".into(),
                json!(
                    a.anchors
                        .iter()
                        .map(|an| an.quote.trim())
                        .collect::<Vec<_>>()
                        .join(" / ")
                ),
            );
            review.insert("reviewRating".into(), Value::Object(rating));
            review.insert("itemReviewed".into(), Value::Object(claim));
            review.insert("reviewBody".into(), json!(a.note.trim()));
            let author = a.author.as_deref().map(str::trim).filter(|s| !s.is_empty());
            review.insert(
                "author".into(),
                match author {
                    Some(name) => json!({"@type": "Person", "name": name}),
                    None => json!({"@type": "Organization", "name": "Parallax"}),
                },
            );
            if let Some(created) = &a.created {
                review.insert("datePublished".into(), json!(date_part(created)));
            }
            if let Some(modified) = &a.modified {
                review.insert("dateModified".into(), json!(modified));
            }
            if !a.tags.is_empty() {
                review.insert("keywords".into(), json!(a.tags.join(", ")));
            }
            let citations: Vec<Value> = a
                .evidence
                .iter()
                .filter(|e| is_web_url(&e.url))
                .map(|e| json!({"@type": "CreativeWork", "url": e.url, "name": e.label}))
                .collect();
            if !citations.is_empty() {
                review.insert("citation".into(), Value::Array(citations));
            }
            Some(Value::Object(review))
        })
        .collect()
}

fn date_part(rfc3339: &str) -> &str {
    rfc3339.get(..10).unwrap_or(rfc3339)
}

/// Write the reviews as a pretty-printed JSON-LD array.
pub fn write(report: &Report, analysis: &Analysis, out: &mut dyn Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, &Value::Array(reviews(report, analysis)))?;
    out.write_all(b"\n")?;
    Ok(())
}
