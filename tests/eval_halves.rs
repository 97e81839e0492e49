//! Two events of one kind read as one set (`parallax eval --halves`): on the ECB+ topics of
//! riots and fires, links across the two events (wrong by construction) may not grow as a
//! share of all links, nor conflicts across them, while links within one event hold.

mod common;

use parallax_engine::Config;
use parallax_eval::halves;

/// The riot and fire topics (Athens in 2010 and 2008, a church and a supermarket on fire):
/// where the lexicon's words of fire bombs and blazes are measured.
const TOPICS: [u32; 4] = [8, 13, 14, 19];

/// Ceilings and floor: today's figures (links within 3,362, across 496, share 0.129,
/// conflicts across 10, at fire bombs and blazes made concepts) with a margin of about one
/// percent of links and one conflict.
const ACROSS_SHARE_CEILING: f64 = 0.135;
const CONFLICTS_ACROSS_CEILING: usize = 11;
const LINKS_WITHIN_FLOOR: usize = 3_320;

#[test]
fn two_events_of_one_kind_stay_apart() {
    let Some(dir) = common::shared_path("corpora/news/ecbplus") else {
        eprintln!("skipped: ../shared/corpora/news/ecbplus is not here");
        return;
    };
    let report = halves::run_topics(&dir, &TOPICS, &Config::default());
    let table = report.table(true);
    println!("{table}");
    assert_eq!(report.topics.len(), TOPICS.len(), "{table}");
    let total = &report.total;
    assert!(
        total.across_share() <= ACROSS_SHARE_CEILING,
        "links across the two events: {:.3} > {ACROSS_SHARE_CEILING}\n{table}",
        total.across_share()
    );
    assert!(
        total.conflicts_across <= CONFLICTS_ACROSS_CEILING,
        "conflicts across the two events: {} > {CONFLICTS_ACROSS_CEILING}\n{table}",
        total.conflicts_across
    );
    assert!(
        total.links_within >= LINKS_WITHIN_FLOOR,
        "links within one event: {} < {LINKS_WITHIN_FLOOR}\n{table}",
        total.links_within
    );
}
