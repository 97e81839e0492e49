//! Figures of one measure compared across sources beyond linked sentences, on a real
//! cluster (`../shared/corpora/news/ecbplus/ecb_41_ecbplus`, the six articles the dev gold
//! of the Yida bombing lists). Skips cleanly when the corpora are not beside the checkout.

mod common;

use parallax_engine::conflict::claims::REASON;
use parallax_engine::model::Relation;
use parallax_engine::{Config, analyze};

/// UNHCR's "no casualties in the camp" (said in Geneva) and AP's toll from a county
/// commissioner ("Miabek Lang, the commissioner of Pariang County in South Sudan's Unity
/// State, said earlier that 12 people were killed") share few words and are not linked for
/// them; the links put both in one fact, so their figures are compared, and neither the
/// place the words were said in nor the commissioner's county keeps them apart.
#[test]
fn figures_of_one_fact_meet_though_their_sentences_are_not_linked() {
    let Some(folder) = common::shared_path("corpora/news/ecbplus/ecb_41_ecbplus") else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let files: Vec<_> = ["41_1", "41_2", "41_3", "41_5", "41_6", "41_8"]
        .iter()
        .map(|f| folder.join(format!("{f}ecbplus.txt")))
        .collect();
    let set = parallax_engine::corpus::load_paths(&files).expect("the cluster loads");
    let analysis = analyze(&set, &Config::default());
    let find = |words: &str| {
        analysis
            .statements
            .iter()
            .position(|s| s.text.contains(words))
            .unwrap_or_else(|| panic!("a statement with {words:?}"))
    };
    let unhcr = find("Fortunately there were no casualties in the camp");
    let commissioner = find("the commissioner of Pariang County");
    let link = analysis
        .links
        .iter()
        .find(|l| {
            let pair = (l.a.0.min(l.b.0), l.a.0.max(l.b.0));
            pair == (unhcr.min(commissioner), unhcr.max(commissioner))
        })
        .expect("the two statements are linked");
    assert_eq!(link.relation, Relation::Conflict);
    assert!(
        link.reasons[0].starts_with(REASON),
        "proposed by the figures: {:?}",
        link.reasons
    );
    assert!(
        analysis
            .facts
            .iter()
            .any(|f| f.statements.iter().any(|s| s.0 == unhcr)
                && f.statements.iter().any(|s| s.0 == commissioner)),
        "both statements in one fact"
    );
}
