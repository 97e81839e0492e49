//! A disagreement repeated by one outlet is flagged once per pair of outlets.

use parallax_engine::analysis::{Config, analyze};
use parallax_engine::corpus::{ArticleSet, article_from_bytes};
use parallax_engine::model::{ConflictKind, Relation};

fn set(articles: &[(&str, &str)]) -> ArticleSet {
    ArticleSet {
        name: "written".into(),
        articles: articles
            .iter()
            .map(|(name, text)| article_from_bytes(name, text.as_bytes(), None).expect("article"))
            .collect(),
        warnings: vec![],
    }
}

#[test]
fn a_figure_said_twice_is_one_disagreement() {
    let ledger = "Source: Daily Ledger\n\nThree killed in warehouse shooting\n\n\
        Three people were killed in a shooting at a warehouse on Harbor Road on Friday night, police said.\n\n\
        The shooting at the Harbor Road warehouse left three people dead on Friday night, according to police.\n\n\
        Detectives are asking witnesses to come forward.\n";
    let post = "Source: Evening Post\n\nFour killed in warehouse shooting\n\n\
        Four people were killed in a shooting at a warehouse on Harbor Road on Friday night, police said.\n\n\
        The city council will meet next week to discuss lighting in the area.\n";
    let analysis = analyze(
        &set(&[("ledger.txt", ledger), ("post.txt", post)]),
        &Config::default(),
    );
    let number_conflicts = analysis
        .links
        .iter()
        .filter(|l| l.relation == Relation::Conflict)
        .filter(|l| {
            l.conflict
                .as_ref()
                .is_some_and(|c| c.kind == ConflictKind::Number)
        })
        .count();
    assert_eq!(number_conflicts, 1, "{:#?}", analysis.links);
    assert!(
        analysis.links.iter().any(|l| l
            .reasons
            .iter()
            .any(|r| r.starts_with("repeats the disagreement"))),
        "{:#?}",
        analysis.links
    );
}
