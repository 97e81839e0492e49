//! The Markdown export rendered by a CommonMark renderer (pulldown-cmark, with GitHub's
//! extensions): whatever users and articles write — blank lines, carriage returns,
//! backticks, `</code>`, tags, comments, `[x](javascript:…)`, bidi overrides — the render
//! holds only the elements the exporter writes for a benign export, no raw HTML but the
//! exporter's own `<br>`, only http(s) links, and no bidi control in link text, URLs or
//! code spans. The HTML export is checked for bidi controls in its links too.

mod export_fixtures;

use std::collections::BTreeSet;

use export_fixtures::*;
use parallax_documents::annotate::anchor::anchor_statement;
use parallax_documents::annotate::{
    Annotation, AnnotationSet, Evidence, LinkOverride, OverrideDecision, Verdict,
};
use parallax_documents::export::{ExportFormat, export};
use parallax_engine::model::Analysis;
use pulldown_cmark::{Event, Options, Parser, Tag};

/// Text that tries to end the construct it is put in and start live HTML or a link.
const PAYLOADS: &[&str] = &[
    "x\n\n<img src=x onerror=alert(1)>",
    "x\r\r<img src=x onerror=alert(2)>",
    "x\r\n\r\n<script>alert(3)</script>",
    "x\u{2028}\u{2029}<b>y</b>",
    "` </code><img src=x onerror=alert(4)> `",
    "``x``\n\n<img src=x onerror=alert(5)>",
    "[x](javascript:alert(6))",
    "[x]: javascript:alert(7)\n\n[x]",
    "![x](https://example.org/tracker.png)",
    "<!-- comment --> <? pi ?> <![CDATA[x]]> <!DOCTYPE x>",
    "<https://example.org/auto> <javascript:alert(8)> <mail@example.org>",
    "&lt;img src=x onerror=alert(9)&gt; &#60;b&#62;",
    "<div>\n\n*x*\n\n</div>",
    "x\n\n    indented code <img src=x>",
    "1. one\n2) two\n\n10. ten",
    "| a | b |\n|---|---|\n| <i>c</i> | d |",
    "```\nfenced <img src=x>\n```\n~~~\nfenced\n~~~",
    "> quoted\n# heading\nSetext\n===\n- item\n+ item\n* item\n***\n___",
    "trailing backslash\\\nnext <b>",
    "[^1] footnote\n\n[^1]: note",
    "- [ ] task",
    "www.example.org and https://example.org/bare",
    "\u{202e}gpj.exe\u{202c} \u{2066}isolate\u{2069} \u{200f}mark",
    "tab\tand\u{0}nul\u{7}bell\u{1b}[31mansi",
];

/// Every payload in one string, separated as the user might (new lines).
fn all_payloads() -> String {
    PAYLOADS.join("\n")
}

fn md_of(analysis: &Analysis, set: &AnnotationSet) -> String {
    let mut out = Vec::new();
    export(ExportFormat::Markdown, analysis, Some(set), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Annotations and a link decision whose every user field is `text(i)`, and evidence
/// with `url(i)` for each `i`.
fn annotations(
    analysis: &Analysis,
    n: usize,
    text: impl Fn(usize) -> String,
    url: impl Fn(usize) -> String,
) -> AnnotationSet {
    let link = &analysis.links[0];
    let mut on_statement = Annotation::new(
        1,
        parallax_documents::annotate::Target::Statement(
            anchor_statement(analysis, link.a).unwrap(),
        ),
        text(0),
    );
    on_statement.verdict = Some(Verdict::False);
    on_statement.note = (0..n).map(&text).collect::<Vec<_>>().join("\n");
    on_statement.tags = (0..n).map(&text).collect();
    on_statement.evidence = (0..n)
        .flat_map(|i| {
            [
                Evidence {
                    url: url(i),
                    label: text(i),
                },
                // The URL as its own label.
                Evidence {
                    url: url(i),
                    label: String::new(),
                },
                // A web URL that carries the text.
                Evidence {
                    url: format!(
                        "https://example.org/{}",
                        text(i).replace(char::is_whitespace, "")
                    ),
                    label: text(i),
                },
            ]
        })
        .collect();
    let decision = LinkOverride {
        a: anchor_statement(analysis, link.a).unwrap(),
        b: anchor_statement(analysis, link.b).unwrap(),
        decision: OverrideDecision::Confirm,
        reason: (0..n).map(&text).collect::<Vec<_>>().join("\n"),
    };
    AnnotationSet::from_parts(vec![on_statement], vec![decision])
}

/// The hostile analysis with its outlet, title and URL set to `text`.
fn analysis_with(text: &str, url: &str) -> Analysis {
    let mut analysis = hostile();
    analysis.sources[0].meta.outlet = format!("Outlet {text}");
    analysis.sources[0].meta.title = Some(format!("Title {text}"));
    analysis.sources[0].meta.byline = Some(format!("By {text}"));
    analysis.sources[1].meta.url = Some(url.to_string());
    analysis
}

/// What a render holds: element kinds, raw HTML, link and image destinations, and the
/// text shown inside links and code spans.
#[derive(Default, Debug)]
struct Rendered {
    elements: BTreeSet<String>,
    raw_html: BTreeSet<String>,
    destinations: Vec<String>,
    link_text: Vec<String>,
    code: Vec<String>,
}

fn render(md: &str, options: Options) -> Rendered {
    let mut r = Rendered::default();
    let mut in_link = 0usize;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(tag) => {
                let name = format!("{tag:?}");
                let kind = name
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("")
                    .to_string();
                match &tag {
                    Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                        r.destinations.push(dest_url.to_string());
                        in_link += 1;
                    }
                    _ => {}
                }
                r.elements.insert(kind);
            }
            Event::End(pulldown_cmark::TagEnd::Link | pulldown_cmark::TagEnd::Image) => {
                in_link -= 1;
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                r.raw_html.insert(h.trim().to_string());
            }
            Event::Code(c) => {
                r.code.push(c.to_string());
                if in_link > 0 {
                    r.link_text.push(c.to_string());
                }
            }
            Event::Text(t) if in_link > 0 => r.link_text.push(t.to_string()),
            Event::FootnoteReference(f) => {
                r.elements.insert(format!("FootnoteReference {f}"));
            }
            Event::TaskListMarker(_) => {
                r.elements.insert("TaskListMarker".into());
            }
            _ => {}
        }
    }
    r
}

fn gfm() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_GFM
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[test]
fn hostile_text_renders_no_markup_the_exporter_did_not_write() {
    // Benign: the same structure, with plain words where the payloads go.
    let benign_analysis = analysis_with("Plain outlet", "https://example.org/plain");
    let benign_set = annotations(
        &benign_analysis,
        PAYLOADS.len(),
        |i| format!("plain words {i}\nsecond line"),
        |i| format!("https://example.org/evidence/{i}"),
    );
    let benign = render(&md_of(&benign_analysis, &benign_set), gfm());

    let hostile_analysis = analysis_with(&all_payloads(), "javascript:alert(10)");
    let hostile_set = annotations(
        &hostile_analysis,
        PAYLOADS.len(),
        |i| PAYLOADS[i].to_string(),
        |i| PAYLOADS[i].to_string(),
    );
    let md = md_of(&hostile_analysis, &hostile_set);
    let hostile = render(&md, gfm());

    // The benign export is a fair yardstick: the report's usual elements, no more.
    for kind in ["Heading", "Table", "List", "Link", "BlockQuote", "Strong"] {
        assert!(
            benign.elements.contains(kind),
            "{kind}: {:?}",
            benign.elements
        );
    }
    for kind in ["HtmlBlock", "CodeBlock", "Image", "FootnoteDefinition"] {
        assert!(!benign.elements.contains(kind), "{kind}");
    }
    assert!(
        !benign.code.is_empty(),
        "tags and plain URLs are code spans"
    );
    // The only raw HTML the exporter writes is the line break in table cells.
    assert!(
        benign.raw_html.iter().all(|h| h == "<br>"),
        "{:?}",
        benign.raw_html
    );
    assert!(
        hostile.raw_html.is_subset(&benign.raw_html),
        "raw HTML from user text: {:?}",
        hostile
            .raw_html
            .difference(&benign.raw_html)
            .collect::<Vec<_>>()
    );
    // No element the exporter does not write for a benign export.
    assert!(
        hostile.elements.is_subset(&benign.elements),
        "elements from user text: {:?}\n{md}",
        hostile
            .elements
            .difference(&benign.elements)
            .collect::<Vec<_>>()
    );
    assert!(!hostile.elements.contains("Image"));
    // Only http(s) links.
    assert!(!hostile.destinations.is_empty());
    for d in &hostile.destinations {
        assert!(
            d.starts_with("https://") || d.starts_with("http://"),
            "link to {d:?}"
        );
    }
    // No bidi control in link text, link targets or code spans.
    for t in hostile
        .link_text
        .iter()
        .chain(&hostile.destinations)
        .chain(&hostile.code)
    {
        assert!(!t.chars().any(is_bidi_control), "bidi control in {t:?}");
    }

    // Rendered to HTML, the page has no live tag, comment or script URL.
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, Parser::new_ext(&md, gfm()));
    for bad in [
        "<img",
        "<script",
        "<b>",
        "<i>",
        "<div",
        "<!--",
        "<?",
        "<![CDATA",
        "<!DOCTYPE",
        "href=\"javascript",
        "src=\"",
    ] {
        assert!(!html.contains(bad), "{bad} in the rendered page");
    }

    // With every extension the renderer knows, still no raw HTML and no unsafe link.
    let all = render(&md, Options::all());
    assert!(
        all.raw_html.is_subset(&benign.raw_html),
        "{:?}",
        all.raw_html
    );
    assert!(
        all.destinations
            .iter()
            .all(|d| d.starts_with("https://") || d.starts_with("http://")),
        "{:?}",
        all.destinations
    );
}

#[test]
fn each_payload_alone_renders_no_markup() {
    let benign_analysis = analysis_with("Plain outlet", "https://example.org/plain");
    let benign_set = annotations(
        &benign_analysis,
        1,
        |_| "plain words\nsecond line".into(),
        |_| "https://example.org/evidence".into(),
    );
    let benign = render(&md_of(&benign_analysis, &benign_set), gfm());
    for payload in PAYLOADS {
        let analysis = analysis_with(payload, payload);
        let set = annotations(
            &analysis,
            1,
            |_| payload.to_string(),
            |_| payload.to_string(),
        );
        let md = md_of(&analysis, &set);
        let r = render(&md, gfm());
        assert!(
            r.raw_html.is_subset(&benign.raw_html),
            "{payload:?}: {:?}",
            r.raw_html
        );
        assert!(
            r.elements.is_subset(&benign.elements),
            "{payload:?}: {:?}",
            r.elements.difference(&benign.elements).collect::<Vec<_>>()
        );
        assert!(
            r.destinations
                .iter()
                .all(|d| d.starts_with("https://") || d.starts_with("http://")),
            "{payload:?}: {:?}",
            r.destinations
        );
    }
}

/// The HTML export: link text, link targets and URLs shown as text carry no bidi control.
#[test]
fn html_links_show_no_bidi_controls() {
    let spoof = "https://example.org/\u{202e}fdp.exe";
    let analysis = analysis_with("Plain", spoof);
    let set = annotations(
        &analysis,
        2,
        |i| ["Label \u{202e}txt.exe", "\u{2067}isolate\u{2069}"][i].to_string(),
        |i| [spoof, "file:///\u{202e}gpj.exe"][i].to_string(),
    );
    let mut out = Vec::new();
    export(ExportFormat::Html, &analysis, Some(&set), &mut out).unwrap();
    let html = String::from_utf8(out).unwrap();
    let mut checked = 0;
    for (open, close) in [("<a ", "</a>"), ("<span class=\"plain-url\">", "</span>")] {
        let mut rest = html.as_str();
        while let Some(at) = rest.find(open) {
            let end = rest[at..].find(close).map_or(rest.len(), |e| at + e);
            let piece = &rest[at..end];
            assert!(
                !piece.chars().any(is_bidi_control),
                "bidi control in {piece:?}"
            );
            checked += 1;
            rest = &rest[end..];
        }
    }
    assert!(checked > 4);
    // The spoofing character is shown, not hidden: percent-encoded in URLs, named in text.
    assert!(html.contains("%E2%80%AE"));
    assert!(html.contains("U+202E"));
}
