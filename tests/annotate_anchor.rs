//! Re-attaching anchors after the article text is edited: moved, reworded, deleted,
//! duplicated, re-wrapped; and never attaching to the wrong text.

use parallax_documents::annotate::anchor::{
    CONTEXT_CHARS, Resolution, anchor_statement, anchor_text, char_offsets, locate, reattach,
};
use parallax_documents::annotate::{Anchor, SourceRef};
use parallax_engine::corpus::bundled_set;
use parallax_engine::model::StatementIdx;

const ARTICLE: &str = include_str!("../assets/articles/000_7c8d65ada6d1ef13.txt");
const KILLED: &str = "Kazakh media reported that at least eight police officers and military servicemen were killed in the unrest, including two while clearing the airport.";
const STORMED: &str =
    "several thousand protesters stormed the mayor's office in Almaty on Wednesday afternoon";

fn source() -> SourceRef {
    SourceRef {
        file_name: "000_7c8d65ada6d1ef13.txt".into(),
        content_hash: "h".into(),
    }
}

fn anchor_of(quote: &str) -> Anchor {
    let start = ARTICLE.find(quote).expect("quote in article");
    anchor_text(source(), ARTICLE, start, start + quote.len()).unwrap()
}

fn found_text(r: Resolution, text: &str) -> Option<&str> {
    r.range().map(|(s, e)| &text[s..e])
}

#[test]
fn anchor_keeps_quote_context_and_offsets() {
    let a = anchor_of(KILLED);
    assert_eq!(a.quote.exact, KILLED);
    assert_eq!(a.quote.prefix.chars().count(), CONTEXT_CHARS);
    assert_eq!(a.quote.suffix.chars().count(), CONTEXT_CHARS);
    assert!(ARTICLE[..a.position.start].ends_with(&a.quote.prefix));
    assert!(ARTICLE[a.position.end..].starts_with(&a.quote.suffix));
    // Off-boundary and empty spans are refused, not panicked on.
    let dash = ARTICLE.find('—').unwrap();
    assert!(anchor_text(source(), ARTICLE, dash + 1, dash + 5).is_err());
    assert!(anchor_text(source(), ARTICLE, 10, 10).is_err());
    assert!(anchor_text(source(), ARTICLE, 10, ARTICLE.len() + 1).is_err());
}

#[test]
fn unchanged_text_attaches_in_place() {
    let a = anchor_of(KILLED);
    assert_eq!(
        reattach(&a, ARTICLE),
        Resolution::Attached {
            start: a.position.start,
            end: a.position.end
        }
    );
}

#[test]
fn paragraph_inserted_before_moves_the_anchor() {
    let a = anchor_of(KILLED);
    let inserted = "An editor's note added later.\n\n";
    let edited = format!("{inserted}{ARTICLE}");
    let r = reattach(&a, &edited);
    assert!(matches!(r, Resolution::Moved { .. }), "{r:?}");
    assert_eq!(r.range().unwrap().0, a.position.start + inserted.len());
    assert_eq!(found_text(r, &edited), Some(KILLED));
}

#[test]
fn changed_word_inside_the_quote_is_found_fuzzily() {
    let a = anchor_of(KILLED);
    let edited = ARTICLE.replace("at least eight police", "at least 13 police");
    let r = reattach(&a, &edited);
    assert!(matches!(r, Resolution::Moved { .. }), "{r:?}");
    assert_eq!(
        found_text(r, &edited),
        Some(KILLED.replace("eight", "13").as_str())
    );
    // Also when the text moved as well.
    let edited = format!("New first paragraph.\n\n{edited}");
    assert_eq!(
        found_text(reattach(&a, &edited), &edited),
        Some(KILLED.replace("eight", "13").as_str())
    );
}

#[test]
fn deleted_sentence_is_orphaned() {
    for quote in [KILLED, STORMED] {
        let a = anchor_of(quote);
        let edited = ARTICLE.replace(quote, "");
        assert_eq!(reattach(&a, &edited), Resolution::Orphaned, "{quote}");
    }
}

#[test]
fn rewritten_sentence_is_orphaned_not_attached_elsewhere() {
    let a = anchor_of(KILLED);
    let edited = ARTICLE.replace(
        KILLED,
        "Officials gave no figure for casualties among the security forces.",
    );
    assert_eq!(reattach(&a, &edited), Resolution::Orphaned);
}

#[test]
fn duplicated_sentence_keeps_the_one_with_matching_context() {
    let a = anchor_of(KILLED);
    // The sentence is copied into an earlier paragraph with different surroundings.
    let first_para = ARTICLE.find("A Russia-led military alliance").unwrap();
    let mut edited = ARTICLE.to_string();
    edited.insert_str(first_para, &format!("{KILLED}\n\n"));
    let r = reattach(&a, &edited);
    let (start, _) = r.range().unwrap();
    assert_eq!(found_text(r, &edited), Some(KILLED));
    assert_eq!(
        start,
        a.position.start + KILLED.len() + 2,
        "the copy in its original context, not the new one"
    );
}

#[test]
fn duplicate_in_place_attaches_to_identical_text() {
    // Sentence repeated right after itself: either copy is the same text; it stays put.
    let a = anchor_of(KILLED);
    let edited = ARTICLE.replace(KILLED, &format!("{KILLED} {KILLED}"));
    assert_eq!(found_text(reattach(&a, &edited), &edited), Some(KILLED));
}

#[test]
fn rewrapped_whitespace_is_found() {
    let a = anchor_of(KILLED);
    let rewrapped = KILLED
        .replace("officers and", "officers\r\nand")
        .replace("the unrest", "the  unrest");
    let edited = ARTICLE.replace(KILLED, &rewrapped);
    let r = reattach(&a, &edited);
    assert_eq!(found_text(r, &edited), Some(rewrapped.as_str()));
}

#[test]
fn short_quote_needs_its_context() {
    // "eight" alone: when it is edited away, another "eight" must not catch the anchor.
    let at = ARTICLE.find("at least eight").unwrap() + "at least ".len();
    let a = anchor_text(source(), ARTICLE, at, at + "eight".len()).unwrap();
    let text = format!("{ARTICLE}\nThe eight-hour curfew continued.");
    let a_in_text = anchor_text(source(), &text, at, at + 5).unwrap();
    assert_eq!(a.quote, a_in_text.quote);
    let edited = text.replace("at least eight police", "at least 13 police");
    assert_eq!(reattach(&a, &edited), Resolution::Orphaned);
    // But with its context intact it follows an insertion.
    let moved = format!("Intro.\n{text}");
    assert_eq!(
        reattach(&a_in_text, &moved).range(),
        Some((at + 7, at + 12))
    );
}

#[test]
fn locate_in_bundled_analysis_finds_the_statement() {
    let analysis = parallax_engine::analyze(&bundled_set(), &Default::default());
    let idx = analysis
        .statements
        .iter()
        .position(|s| s.text.contains("at least eight police officers"))
        .map(StatementIdx)
        .expect("statement present");
    let anchor = anchor_statement(&analysis, idx).unwrap();
    let located = locate(&anchor, &analysis);
    assert_eq!(located.source, Some(analysis.statements[idx.0].source));
    assert!(matches!(located.resolution, Resolution::Attached { .. }));
    assert_eq!(
        parallax_documents::annotate::anchor::locate_statement(&anchor, &analysis),
        Some(idx)
    );
    // A renamed file (unknown name and hash) is found by its quote when one source has it.
    let mut renamed = anchor.clone();
    renamed.source.file_name = "renamed.txt".into();
    renamed.source.content_hash = "0000".into();
    let found = locate(&renamed, &analysis);
    assert_eq!(found.source, Some(analysis.statements[idx.0].source));
    assert!(matches!(found.resolution, Resolution::Moved { .. }));
    // A source that is gone orphans the anchor.
    let mut gone = renamed;
    gone.quote.exact = "A sentence from an article that is not in this set at all.".into();
    assert!(locate(&gone, &analysis).resolution.is_orphaned());
}

#[test]
fn char_offsets_count_characters() {
    let text = "a—b c";
    assert_eq!(char_offsets(text, 0, text.len()), (0, 5));
    assert_eq!(char_offsets(text, 4, 5), (2, 3));
}

#[test]
fn edited_repeated_headline_stays_in_place() {
    // The same line twice; the anchored copy is edited: it stays on the edited copy in its
    // own context rather than jumping to the untouched twin.
    let head = "No charges against boy who accidentally shot his friend";
    let text = format!(
        "{head}\n\n× {head}\n\nPUYALLUP, Wash. — Prosecutors said on Friday that no charges would be filed."
    );
    let second = text.rfind(head).unwrap();
    let a = anchor_text(source(), &text, second, second + head.len()).unwrap();
    let edited = text.replacen(
        "× No charges against boy who accidentally",
        "× No charges against boy who unintentionally",
        1,
    );
    let r = reattach(&a, &edited);
    let (s, e) = r.range().unwrap();
    assert!(
        s > head.len(),
        "stays on the second copy: {:?}",
        &edited[s..e]
    );
    assert!(edited[s..e].contains("unintentionally"));
}

#[test]
fn fuzzy_match_never_starts_inside_a_word() {
    let text = "The resident lived in the block where the shooting happened, authorities said. \
                He lived in the block where the shooting happened, neighbours said.";
    let quote = "He lived in the block where the shooting happened, neighbours said.";
    let at = text.find(quote).unwrap();
    let a = anchor_text(source(), text, at, at + quote.len()).unwrap();
    let edited = text.replace(quote, "");
    if let Some((s, _)) = reattach(&a, &edited).range() {
        assert!(
            s == 0 || !edited[..s].ends_with(char::is_alphanumeric),
            "match starts inside a word"
        );
    }
}
