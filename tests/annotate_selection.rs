//! Selecting text in a statement's clean text anchors the right bytes of the file, for
//! plain text and for HTML with tags and entities.

use parallax_documents::annotate::anchor::reattach;
use parallax_documents::annotate::selection::{anchor_in_statement, range_in_statement_text};
use parallax_engine::corpus::{ArticleSet, article_from_bytes, bundled_set};
use parallax_engine::model::{Analysis, StatementIdx};

fn statement_with(analysis: &Analysis, needle: &str) -> StatementIdx {
    StatementIdx(
        analysis
            .statements
            .iter()
            .position(|s| s.text.contains(needle))
            .unwrap_or_else(|| panic!("no statement with {needle:?}")),
    )
}

fn select(analysis: &Analysis, s: StatementIdx, word: &str) -> (usize, usize) {
    let start = analysis.statements[s.0].text.find(word).unwrap();
    (start, start + word.len())
}

#[test]
fn plain_text_selection_maps_to_the_same_words_in_the_file() {
    let analysis = parallax_engine::analyze(&bundled_set(), &Default::default());
    let s = statement_with(&analysis, "at least eight police officers");
    let (a, b) = select(&analysis, s, "at least eight");
    let anchor = anchor_in_statement(&analysis, s, a, b).unwrap();
    assert_eq!(anchor.quote.exact, "at least eight");
    let stored = &analysis.sources[analysis.statements[s.0].source.0].stored_text;
    assert_eq!(
        &stored[anchor.position.start..anchor.position.end],
        "at least eight"
    );
    assert!(reattach(&anchor, stored).range().is_some());
    // And back, for highlighting.
    assert_eq!(
        range_in_statement_text(&analysis, s, anchor.position.start, anchor.position.end),
        Some((a, b))
    );
    // Surrounding spaces are dropped; empty or off-boundary selections are refused.
    let padded = anchor_in_statement(&analysis, s, a.saturating_sub(1), b + 1).unwrap();
    assert_eq!(padded.quote.exact.trim(), padded.quote.exact);
    assert!(anchor_in_statement(&analysis, s, a, a).is_err());
    assert!(anchor_in_statement(&analysis, s, 0, 10_000).is_err());
}

#[test]
fn html_selection_skips_markup_and_decodes_entities() {
    let html = "<html><head><title>Test page</title></head><body>\
        <p>Police said <b>eight</b> officers &amp; soldiers were killed on Wednesday, \
        according to the ministry of the interior.</p>\
        <p>A second paragraph follows with other news about prices and gas.</p></body></html>";
    let set = ArticleSet {
        name: "html".into(),
        articles: vec![article_from_bytes("page.html", html.as_bytes(), None).unwrap()],
        warnings: vec![],
    };
    let analysis = parallax_engine::analyze(&set, &Default::default());
    let s = statement_with(&analysis, "officers & soldiers");
    let (a, b) = select(&analysis, s, "eight officers & soldiers");
    let anchor = anchor_in_statement(&analysis, s, a, b).unwrap();
    let stored = &analysis.sources[0].stored_text;
    let raw = &stored[anchor.position.start..anchor.position.end];
    assert!(raw.starts_with("eight"), "{raw:?}");
    assert!(raw.ends_with("soldiers"), "{raw:?}");
    assert!(raw.contains("&amp;"), "{raw:?}");
    let (x, y) =
        range_in_statement_text(&analysis, s, anchor.position.start, anchor.position.end).unwrap();
    assert_eq!(
        &analysis.statements[s.0].text[x..y],
        "eight officers & soldiers"
    );
}
