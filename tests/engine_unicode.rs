//! No text slices the engine at a byte that is not a character boundary: the reproducers of
//! the typography panic (an em dash before "and", curly quotes around feet and inches, a
//! quotation opened with a curly quote) and a property test that runs arbitrary Unicode text,
//! mixed with the words the detectors look for, through the whole analysis and the JSON
//! printer.

use parallax_engine::corpus::{ArticleSet, article_from_bytes};
use parallax_engine::model::Analysis;
use parallax_engine::{Config, analyze};
use proptest::prelude::*;

fn analyse(texts: &[String]) -> Analysis {
    let set = ArticleSet {
        name: "unicode".into(),
        articles: texts
            .iter()
            .enumerate()
            .filter_map(|(i, t)| article_from_bytes(&format!("{i}.txt"), t.as_bytes(), None).ok())
            .collect(),
        warnings: vec![],
    };
    analyze(&set, &Config::default())
}

fn pair(a: &str, b: &str) -> Analysis {
    analyse(&[a.to_string(), b.to_string()])
}

#[test]
fn em_dash_before_and_does_not_panic() {
    let a = pair(
        "Gunmen attack a market. Two people were killed\u{2014}and 4 others were wounded in the attack on the market on Monday, police said.",
        "Gunmen attack a market. Three people were killed and 4 others were wounded in the attack on the market on Monday, police said.",
    );
    assert!(!a.statements.is_empty());
}

#[test]
fn feet_and_inches_in_curly_quotes_do_not_panic() {
    pair(
        "Police are looking for a man about 5\u{2019}6\u{201d} to 5\u{2019}9\u{201d} tall who killed 2 people at the station on Friday, police said.",
        "Police are looking for a man about 6 feet tall who killed 3 people at the station on Friday, police said.",
    );
}

#[test]
fn quotation_opened_with_curly_quote_does_not_panic() {
    let a = pair(
        "\u{201c}The 12 officers were killed in the attack on Monday,\u{201d} police said.",
        "The 14 officers were killed in the attack on Monday, police said.",
    );
    assert_eq!(a.sources.len(), 2);
}

/// A letter that grows when lowercased ('Ⱥ' is two bytes, 'ⱥ' three) before a figure: the
/// figure's offsets in the lowercased text fall inside a character of the original (found by
/// the property test below).
#[test]
fn a_letter_that_grows_when_lowercased_does_not_panic() {
    analyse(&["0¹Ⱥ, 12 0".to_string(), "".to_string()]);
    pair(
        "Ⱥ Two people were killed, 12 0",
        "Three people were killed on Monday, police said.",
    );
}

/// A letter that shrinks when lowercased ('ẞ' is three bytes, 'ß' two) after a counted noun:
/// where the noun ends is read in the statement's own bytes (found by the property test
/// below).
#[test]
fn a_letter_that_shrinks_when_lowercased_does_not_panic() {
    analyse(&["12 people \u{1e9e}  ".to_string(), "".to_string()]);
}

/// Fragments the detectors react to, with multi-byte typography in every position.
const FRAGMENTS: &[&str] = &[
    "killed",
    "and",
    " and",
    "at least",
    "12",
    "4",
    "1,500",
    "five",
    "dozens",
    "police said",
    "\u{201c}",
    "\u{201d}",
    "\u{2019}",
    "\u{2014}",
    "\u{2013}",
    "\u{2026}",
    "\u{a0}",
    "'",
    "\"",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "-",
    "\n",
    "\n\n",
    "on Monday",
    "January 5",
    "2022",
    "%",
    "$",
    "\u{20ac}",
    "people",
    "were",
    "wounded",
    "arrested",
    "according to",
    "said",
    "the",
    "Smith",
    "Mr.",
    "U.S.",
    "\u{4e2d}\u{6587}",
    "\u{1f600}",
    "e\u{301}",
    "\u{202e}",
    "\u{fffd}",
    "\u{feff}",
    "\u{5d0}\u{5d1}",
    "\u{3002}",
    "killed\u{2014}and",
    "n\u{2019}t",
    // Letters whose lowercase takes more bytes (or fewer): offsets must not be carried over.
    "\u{23a}",
    "\u{130}",
    "\u{1e9e}",
];

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        // Engine words glued with typography.
        prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|parts| {
            let mut text = String::new();
            for (i, p) in parts.iter().enumerate() {
                if i % 3 == 0 {
                    text.push(' ');
                }
                text.push_str(p);
            }
            text
        }),
        // Any Unicode at all.
        "\\PC{0,300}",
        // Any Unicode with sentence marks and news words.
        prop::collection::vec(
            prop_oneof![
                "\\PC{0,12}",
                prop::sample::select(FRAGMENTS).prop_map(String::from)
            ],
            0..40
        )
        .prop_map(|parts| parts.join(" ")),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn any_text_analyses_and_prints(texts in prop::collection::vec(article(), 2..4)) {
        let analysis = analyse(&texts);
        for s in &analysis.statements {
            let text = &analysis.source(s.source).stored_text;
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
        let json = parallax_documents::export::comparison::to_json_string(&analysis);
        prop_assert!(!json.is_empty());
    }
}

/// Two files of about 1 MB of run-on text (the reproducer of the unbounded work): every
/// statement is at most `MAX_STATEMENT_BYTES`, each file at most `MAX_STATEMENTS_PER_ARTICLE`
/// statements, and a warning says what was cut. (Its time is measured by hand, not here:
/// 0.7 s and 95 MB in a release build, 23 s before.)
#[test]
fn run_on_megabyte_files_are_bounded_and_say_what_was_cut() {
    let words = [
        "crowd", "police", "said", "killed", "market", "people", "were", "the",
    ];
    let run_on: String = (0..180_000)
        .map(|i| words[i * 7 % 8])
        .collect::<Vec<_>>()
        .join(" ");
    let short: String = (0..60_000)
        .map(|i| format!("The {} {}.", words[i % 8], words[i * 3 % 8]))
        .collect::<Vec<_>>()
        .join(" ");
    for text in [run_on, short] {
        let analysis = analyse(&[format!("Run on\n\n{text}"), format!("Again\n\n{text}")]);
        assert!(
            analysis.statements.len() <= 2 * parallax_engine::corpus::MAX_STATEMENTS_PER_ARTICLE
        );
        assert!(
            analysis
                .statements
                .iter()
                .all(|s| s.end - s.start <= parallax_engine::text::segment::MAX_STATEMENT_BYTES)
        );
        assert!(
            analysis.sources.iter().all(|s| !s.warnings.is_empty()),
            "{:?}",
            analysis.sources[0].warnings
        );
    }
}
