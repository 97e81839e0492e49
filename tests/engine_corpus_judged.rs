//! Link precision on real article sets the rules were not written on: the matches the engine
//! draws on four multi-outlet event folders of `../shared/corpora/news` are checked against
//! links judged by hand (`tests/fixtures/corpus-link-judgements.json`). Prints the figures;
//! skips cleanly when the corpora are not beside the checkout.

mod common;

use std::collections::{HashMap, HashSet};

use parallax_engine::model::Relation;
use parallax_engine::{Config, analyze};
use serde::Deserialize;
use sha2::{Digest, Sha256};

#[derive(Deserialize)]
struct Judgements {
    format: String,
    sets: Vec<JudgedSet>,
}

#[derive(Deserialize)]
struct JudgedSet {
    folder: String,
    links: Vec<JudgedLink>,
}

#[derive(Deserialize)]
struct JudgedLink {
    link: String,
    same_fact: bool,
}

/// The name of a link in the judgements file: its two texts, sorted, joined by NUL, hashed.
fn link_name(a: &str, b: &str) -> String {
    let (first, second) = if a <= b { (a, b) } else { (b, a) };
    let digest = Sha256::digest(format!("{first}\0{second}").as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[test]
fn matches_on_unseen_real_sets_are_mostly_right() {
    let Some(root) = common::shared_path("corpora/news") else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let judgements: Judgements =
        serde_json::from_str(include_str!("fixtures/corpus-link-judgements.json")).unwrap();
    assert_eq!(judgements.format, "parallax-link-judgements");
    let (mut right, mut wrong, mut unjudged) = (0, 0, 0);
    for set in &judgements.sets {
        let judged: HashMap<&str, bool> = set
            .links
            .iter()
            .map(|l| (l.link.as_str(), l.same_fact))
            .collect();
        let articles = parallax_engine::corpus::load_paths(&[root.join(&set.folder)]).unwrap();
        let analysis = analyze(&articles, &Config::default());
        let mut seen = HashSet::new();
        let (mut r, mut w, mut u) = (0, 0, 0);
        for link in analysis
            .links
            .iter()
            .filter(|l| l.relation == Relation::Match)
        {
            let name = link_name(
                &analysis.statement(link.a).text,
                &analysis.statement(link.b).text,
            );
            if !seen.insert(name.clone()) {
                continue; // the same two texts linked again (a duplicated article)
            }
            match judged.get(name.as_str()) {
                Some(true) => r += 1,
                Some(false) => w += 1,
                None => u += 1,
            }
        }
        println!(
            "{}: {} distinct matches, {r} judged right, {w} judged wrong, {u} not judged",
            set.folder,
            r + w + u
        );
        (right, wrong, unjudged) = (right + r, wrong + w, unjudged + u);
    }
    let precision = right as f64 / (right + wrong).max(1) as f64;
    println!(
        "judged precision {precision:.2} ({right} of {}), {unjudged} matches not judged",
        right + wrong
    );
    // Enough of today's links are judged for the figure to mean something, and most are right.
    assert!(right + wrong >= 100, "only {} judged", right + wrong);
    assert!(precision >= 0.75, "judged precision {precision:.2}");
}
