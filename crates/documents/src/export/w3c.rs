//! The W3C Web Annotation export (JSON-LD, `http://www.w3.org/ns/anno.jsonld`), readable by
//! annotation tools such as Hypothesis.
//!
//! The output is an `AnnotationCollection` whose `first` page holds every annotation. Each
//! `Annotation` has `body` items: the note (`TextualBody`, purpose `commenting`), one per
//! tag (purpose `tagging`), the verdict label (purpose `assessing`) and the evidence
//! (purpose `linking`: the URL as the body's `id` for http(s) URLs, else a `TextualBody`).
//! Its `target` (one object, or an array for links and facts) names the `source` (the
//! article's URL, else its file name) and two selectors: a `TextQuoteSelector` (exact text
//! with prefix and suffix) and a `TextPositionSelector`. W3C positions count characters
//! (Unicode code points), so the byte offsets Parallax keeps are converted; an orphaned
//! annotation, whose position is unknown, carries the quote selector only.

use std::io::Write;

use serde_json::{Map, Value, json};

use super::ExportError;
use super::report::{AnchorView, AnnotationRow, Report, is_web_url};
use parallax_engine::model::Analysis;

/// The Web Annotation JSON-LD context.
pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// Convert byte offsets into `text` to character (code point) offsets; offsets past the
/// end or inside a character are clamped to the character that holds them.
pub fn char_offsets(text: &str, start: usize, end: usize) -> (usize, usize) {
    let count = |b: usize| {
        let b = b.min(text.len());
        text.char_indices().take_while(|(i, _)| *i < b).count()
    };
    (count(start), count(end))
}

fn target(anchor: &AnchorView, orphan: bool, analysis: &Analysis) -> Value {
    let source = anchor.place.source.and_then(|s| analysis.sources.get(s.0));
    let source_id = source
        .and_then(|s| s.meta.url.as_deref())
        .filter(|u| is_web_url(u))
        .map(str::to_string)
        .unwrap_or_else(|| anchor.place.file_name.clone());
    let mut selectors = vec![json!({
        "type": "TextQuoteSelector",
        "exact": anchor.quote,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    })];
    if !orphan && let Some(src) = source {
        // The anchor's offsets are file bytes; W3C counts characters of the text.
        let in_text = src.text_range(anchor.start, anchor.end).unwrap_or_else(|| {
            let start = src.text_offset_at_or_before(anchor.start);
            start..src.text_offset_at_or_before(anchor.end).max(start)
        });
        let (start, end) = char_offsets(&src.stored_text, in_text.start, in_text.end);
        selectors.push(json!({"type": "TextPositionSelector", "start": start, "end": end}));
    }
    let mut t = Map::new();
    t.insert("type".into(), json!("SpecificResource"));
    t.insert("source".into(), json!(source_id));
    t.insert("selector".into(), Value::Array(selectors));
    Value::Object(t)
}

/// One annotation as a W3C Web Annotation (without `@context`; the collection has it).
pub fn annotation(a: &AnnotationRow, analysis: &Analysis) -> Value {
    let mut body = Vec::new();
    if !a.note.trim().is_empty() {
        body.push(json!({
            "type": "TextualBody", "value": a.note.trim(), "format": "text/plain",
            "language": "en", "purpose": "commenting",
        }));
    }
    for tag in &a.tags {
        body.push(json!({"type": "TextualBody", "value": tag, "purpose": "tagging"}));
    }
    if let Some(v) = &a.verdict {
        body.push(json!({"type": "TextualBody", "value": v.label, "purpose": "assessing"}));
    }
    for e in &a.evidence {
        if is_web_url(&e.url) {
            let mut link = Map::new();
            link.insert("id".into(), json!(e.url));
            link.insert("type".into(), json!("Text"));
            if !e.label.trim().is_empty() {
                link.insert("label".into(), json!(e.label));
            }
            link.insert("purpose".into(), json!("linking"));
            body.push(Value::Object(link));
        } else {
            let value = if e.label.trim().is_empty() {
                e.url.clone()
            } else {
                format!("{} ({})", e.label, e.url)
            };
            body.push(json!({"type": "TextualBody", "value": value, "purpose": "linking"}));
        }
    }
    let targets: Vec<Value> = a
        .anchors
        .iter()
        .map(|an| target(an, a.orphan, analysis))
        .collect();
    let mut out = Map::new();
    out.insert(
        "id".into(),
        json!(format!("urn:parallax:annotation:{}", a.id)),
    );
    out.insert("type".into(), json!("Annotation"));
    out.insert(
        "motivation".into(),
        json!(if a.verdict.is_some() {
            "assessing"
        } else {
            "commenting"
        }),
    );
    if let Some(author) = a.author.as_deref().filter(|s| !s.trim().is_empty()) {
        out.insert("creator".into(), json!({"type": "Person", "name": author}));
    }
    if let Some(c) = &a.created {
        out.insert("created".into(), json!(c));
    }
    if let Some(m) = &a.modified {
        out.insert("modified".into(), json!(m));
    }
    out.insert(
        "generator".into(),
        json!({"type": "Software", "name": format!("Parallax {}", env!("CARGO_PKG_VERSION"))}),
    );
    match body.len() {
        0 => {}
        1 => {
            out.insert("body".into(), body.remove(0));
        }
        _ => {
            out.insert("body".into(), Value::Array(body));
        }
    }
    out.insert(
        "target".into(),
        match targets.len() {
            1 => targets.into_iter().next().unwrap_or(Value::Null),
            _ => Value::Array(targets),
        },
    );
    Value::Object(out)
}

/// The collection of every annotation.
pub fn collection(report: &Report, analysis: &Analysis) -> Value {
    let items: Vec<Value> = report
        .annotations
        .iter()
        .map(|a| annotation(a, analysis))
        .collect();
    json!({
        "@context": CONTEXT,
        "id": "urn:parallax:annotations",
        "type": "AnnotationCollection",
        "label": format!("Parallax annotations: {}", report.title),
        "total": items.len(),
        "first": {
            "id": "urn:parallax:annotations:page1",
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    })
}

/// Write the collection, pretty-printed.
pub fn write(report: &Report, analysis: &Analysis, out: &mut dyn Write) -> Result<(), ExportError> {
    serde_json::to_writer_pretty(&mut *out, &collection(report, analysis))?;
    out.write_all(b"\n")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "«Né» said: fine";
        let start = text.find("said").unwrap();
        assert_eq!(char_offsets(text, start, start + 4), (5, 9));
        assert_eq!(char_offsets(text, 0, 1000), (0, text.chars().count()));
    }
}
