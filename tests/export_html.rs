//! The HTML report: structure and counts on the bundled set, escaping of hostile input.

mod export_fixtures;

use export_fixtures::*;
use parallax_documents::export::{ExportFormat, export};
use parallax_engine::model::Relation;

fn html_of(
    analysis: &parallax_engine::model::Analysis,
    rows: Option<&parallax_documents::annotate::AnnotationSet>,
) -> String {
    let mut out = Vec::new();
    export(ExportFormat::Html, analysis, rows, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Every tag name that opens in `html`, lower-cased.
fn tag_names(html: &str) -> Vec<String> {
    let mut names = Vec::new();
    let bytes = html.as_bytes();
    for (i, _) in html.match_indices('<') {
        let rest = &bytes[i + 1..];
        let name: String = rest
            .iter()
            .skip_while(|b| **b == b'/')
            .take_while(|b| b.is_ascii_alphanumeric() || **b == b'!')
            .map(|b| (*b as char).to_ascii_lowercase())
            .collect();
        names.push(name);
    }
    names
}

const ALLOWED_TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "div",
    "header",
    "h1",
    "h2",
    "h3",
    "p",
    "span",
    "strong",
    "section",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "br",
    "article",
    "blockquote",
    "cite",
    "del",
    "ins",
    "a",
    "ul",
    "li",
    "footer",
    "nav",
];

#[test]
fn bundled_report_is_self_contained_and_complete() {
    let analysis = bundled();
    let html = html_of(&analysis, None);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.trim_end().ends_with("</html>"));
    // Self-contained: no scripts, no external resources of any kind.
    let lower = html.to_lowercase();
    for bad in [
        "<script",
        "<link",
        "<img",
        "<iframe",
        "src=",
        "@import",
        "url(",
        "http://",
        "@font-face",
    ] {
        assert!(!lower.contains(bad), "report contains {bad}");
    }
    assert!(lower.contains("@media print"));
    for name in tag_names(&html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected tag <{name}>"
        );
    }
    // Every source with its metadata, and its highlighted text.
    for s in &analysis.sources {
        assert!(html.contains(&parallax_documents::export::html::escape(s.label())));
        assert!(html.contains(&parallax_documents::export::html::escape(&s.file_name)));
    }
    let conflicts = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .count();
    assert!(html.contains(&format!("<h2>Conflicts ({conflicts};")));
    assert_eq!(
        html.matches("<article class=\"conflict-card").count(),
        conflicts
    );
    let shared = analysis
        .facts
        .iter()
        .filter(|f| f.source_count() >= 2)
        .count();
    assert!(html.contains(&format!(
        "<span class=\"n\">{shared}</span><span class=\"l\">facts in 2+ sources</span>"
    )));
    assert!(html.contains(&format!("<h2>Claim by source ({shared} fact")));
    assert_eq!(html.matches("<tr id=\"fact-").count(), shared);
    // Every article statement is in the highlighted texts, with its status class.
    let spans = html.matches("<span class=\"st-").count();
    assert!(
        spans >= analysis.statements.len() * 9 / 10,
        "{spans} highlighted statements"
    );
    assert!(html.contains("Legend"));
}

#[test]
fn conflicts_show_both_statements_outlets_difference_and_explanation() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let html = html_of(&analysis, Some(&set));
    let card_start = html
        .find("<article class=\"conflict-card hard\"")
        .expect("conflict card");
    let card = &html[card_start..card_start + html[card_start..].find("</article>").unwrap()];
    assert!(card.contains("<span class=\"badge kind\">number</span>"));
    assert!(card.contains("Plain TV"));
    assert!(card.contains("Evil &quot;&gt;&lt;img src=x onerror=alert(1)&gt; News"));
    assert!(card.contains("<del>"), "{card}");
    assert!(card.contains("<ins>"), "{card}");
    assert!(card.contains("killed: eight"));
    // The link's other disagreement, under its explanation, escaped.
    assert!(
        card.contains("Also, soft date: date differs: “Tuesday” (&lt;script&gt;"),
        "{card}"
    );
    let card_text: String = {
        let mut out = String::new();
        let mut in_tag = false;
        for c in card.chars() {
            match c {
                '<' => in_tag = true,
                '>' if in_tag => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    };
    assert!(card_text.contains("State television said 13 people were killed"));
    assert!(
        card.contains("<ins>13</ins>") || card.contains("<ins>State television said 13</ins>"),
        "{card}"
    );
    // Matrix: one row, a ✓ and a ✗ with the figure.
    assert!(html.contains("<td class=\"cell states\">✓"));
    assert!(html.contains("<td class=\"cell contradicts\" title=\"13 &lt;script&gt;alert(1)&lt;/script&gt;\">✗ 13 &lt;script&gt;"));
}

#[test]
fn hostile_articles_and_annotations_render_as_text() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let html = html_of(&analysis, Some(&set));
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "a script tag got through");
    assert!(!lower.contains("<img"), "an img tag got through");
    assert!(
        !lower.contains("href=\"javascript"),
        "a javascript: link got through"
    );
    assert!(!lower.contains("<b>"), "the file name's markup got through");
    for name in tag_names(&html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected tag <{name}>"
        );
    }
    // The text is still there, escaped.
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("javascript:alert(1)"));
    // Every link is an http(s) link or a link within the page.
    for (i, _) in html.match_indices("<a ") {
        let href = &html[i..];
        assert!(
            href.starts_with("<a href=\"https://")
                || href.starts_with("<a href=\"http://")
                || href.starts_with("<a href=\"#"),
            "{}",
            &href[..60.min(href.len())]
        );
    }
    assert!(html.contains("<a href=\"https://example.org/ministry?a=1&amp;b=&quot;2&quot;\""));
    assert!(html.contains("<a href=\"https://example.org/plain\""));
}

#[test]
fn annotations_show_verdict_note_tags_and_evidence() {
    let analysis = hostile();
    let set = hostile_annotations(&analysis);
    let html = html_of(&analysis, Some(&set));
    assert!(html.contains("Fact-check annotations (3)"));
    assert_eq!(html.matches("<article class=\"annotation\"").count(), 3);
    assert!(html.contains(
        "class=\"verdict v-false\" style=\"background:#c62828;color:#ffffff\">False</span>"
    ));
    assert!(html.contains(">Mixed</span>"));
    assert!(html.contains(">Unverifiable</span>"));
    assert!(html.contains("The toll is wrong.\nSecond line &lt;script&gt;"));
    assert!(html.contains("<span class=\"tag\">death toll</span>"));
    assert!(html.contains("<span class=\"tag\">tag&quot;&gt;&lt;img"));
    assert!(html.contains("Ministry &lt;script&gt;alert(1)&lt;/script&gt; <span class=\"plain-url\">(javascript:alert(1))</span>"));
    assert!(html.contains("orphaned"));
    // The annotated statement carries a marker in its verdict's colour in the texts.
    assert!(html.contains(
        "<a href=\"#annotation-1\" class=\"marker\" title=\"False\" style=\"background:#c62828;color:#ffffff\">1</a>"
    ));
    assert!(html.contains("vanished text &lt;script&gt;"));
}

#[test]
fn hostile_html_articles_stay_text() {
    use parallax_engine::analysis::{Config, analyze};
    use parallax_engine::corpus::{ArticleSet, article_from_bytes};
    let page = "<html><head><title>Evil &lt;b&gt; page</title><script>alert(1)</script></head><body>\
        <h1>Police say <img src=x onerror=alert(1)> eight were killed</h1>\
        <p>Police said eight people were killed on Wednesday. <a href=\"javascript:alert(1)\">Read more</a></p>\
        <p>&lt;script&gt;alert(2)&lt;/script&gt; was printed on a banner.</p></body></html>";
    let other = "Police said thirteen people were killed on Wednesday.\n";
    let set = ArticleSet {
        name: "hostile-html".into(),
        articles: vec![
            article_from_bytes("evil.html", page.as_bytes(), None).unwrap(),
            article_from_bytes("other.txt", other.as_bytes(), None).unwrap(),
        ],
        warnings: vec![],
    };
    let analysis = analyze(&set, &Config::default());
    let html = html_of(&analysis, None);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"));
    assert!(!lower.contains("<img"));
    assert!(!lower.contains("href=\"javascript"));
    for name in tag_names(&html) {
        assert!(
            ALLOWED_TAGS.contains(&name.as_str()),
            "unexpected tag <{name}>"
        );
    }
    // The escaped banner text is shown as text.
    assert!(
        html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"),
        "banner text lost"
    );
}

#[test]
fn dissimilar_conflicting_statements_mark_only_their_values() {
    use parallax_documents::export::html::escape;
    use parallax_documents::export::report::Report;
    use parallax_documents::present::diff::{DIFF_LINE_MIN_SHARE, shared_word_share};
    let analysis = bundled();
    let html = html_of(&analysis, None);
    let report = Report::build(&analysis, Vec::new());
    let mut checked = 0;
    for c in &report.conflicts {
        let (Some(va), Some(vb)) = (c.value_a.as_deref(), c.value_b.as_deref()) else {
            continue;
        };
        if shared_word_share(&c.diff) >= DIFF_LINE_MIN_SHARE
            || !c.a.text.contains(va)
            || !c.b.text.contains(vb)
        {
            continue;
        }
        let start = html
            .find(&format!("id=\"link-{}\"", c.link.0))
            .expect("card");
        let card = &html[start..start + html[start..].find("</article>").unwrap()];
        assert_eq!(card.matches("<del>").count(), 1, "{card}");
        assert_eq!(card.matches("<ins>").count(), 1, "{card}");
        assert!(
            card.contains(&format!("<del>{}</del>", escape(va.trim()))),
            "{card}"
        );
        assert!(
            card.contains(&format!("<ins>{}</ins>", escape(vb.trim()))),
            "{card}"
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} conflicts checked");
}
