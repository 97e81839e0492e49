//! Tiny article sets: two short articles (four sentences each, written for this test) that
//! plainly report the same facts must link those facts, although in so small a set every
//! shared word occurs in a large share of the statements.

use parallax_engine::corpus::{ArticleSet, article_from_bytes};
use parallax_engine::model::{Analysis, ConflictKind, Link, Relation, StatementIdx};
use parallax_engine::{Config, analyze};

fn analyse(files: &[(&str, &str)]) -> Analysis {
    let set = ArticleSet {
        name: "small".into(),
        articles: files
            .iter()
            .map(|(name, text)| article_from_bytes(name, text.as_bytes(), None).unwrap())
            .collect(),
        warnings: vec![],
    };
    analyze(&set, &Config::default())
}

fn find(analysis: &Analysis, file: &str, needle: &str) -> StatementIdx {
    let hits: Vec<StatementIdx> = analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| analysis.source(s.source).file_name == file && s.text.contains(needle))
        .map(|(i, _)| StatementIdx(i))
        .collect();
    assert_eq!(hits.len(), 1, "{file}: {needle:?}");
    hits[0]
}

/// The link between statements `a` and `b`, if there is one.
fn link_between(analysis: &Analysis, a: StatementIdx, b: StatementIdx) -> Option<&Link> {
    analysis
        .links
        .iter()
        .find(|l| (l.a, l.b) == (a.min(b), a.max(b)))
}

fn linked(analysis: &Analysis, a: StatementIdx, b: StatementIdx) -> bool {
    link_between(analysis, a, b).is_some()
}

const FIRE_A: &str = "Warehouse fire forces evacuation in Port Ellis
June 3, 2021

A fire broke out at a grain warehouse in Port Ellis on Tuesday night, forcing the evacuation of about 200 residents.

Firefighters battled the blaze for six hours before bringing it under control, the fire department said.

Two workers were taken to hospital with burns.

The cause of the fire is under investigation.
";

const FIRE_B: &str = "Hundreds evacuated as blaze destroys Port Ellis grain store
June 3, 2021

Around 200 people were evacuated from their homes in Port Ellis after a fire engulfed a grain warehouse late Tuesday.

Fire crews needed six hours to contain the flames, according to the fire department.

Two employees suffered burns and were hospitalised.

Investigators have not yet determined what caused the fire.
";

#[test]
fn two_short_reports_of_one_fire_link_every_shared_fact() {
    let analysis = analyse(&[("gazette.txt", FIRE_A), ("courier.txt", FIRE_B)]);
    for (a, b) in [
        ("forcing the evacuation", "Around 200 people"),
        ("six hours before", "Fire crews needed"),
        ("Two workers", "Two employees"),
        ("under investigation", "Investigators have not"),
    ] {
        let (x, y) = (
            find(&analysis, "gazette.txt", a),
            find(&analysis, "courier.txt", b),
        );
        assert!(
            linked(&analysis, x, y),
            "{a:?} ~ {b:?}: {:#?}",
            analysis.links
        );
    }
    // Nothing here disagrees.
    assert!(analysis.links.iter().all(|l| l.relation == Relation::Match));
}

const STORM_A: &str = "Storm cuts power to thousands in Ashford
October 12, 2022

A powerful storm knocked out electricity to about 12,000 homes in Ashford on Sunday.

Falling trees blocked several roads, and the town's main school stayed closed on Monday.

The utility company said crews expected to restore power by Tuesday evening.

No injuries were reported.
";

const STORM_B: &str = "Ashford blackout after Sunday storm
October 12, 2022

Some 12,000 households in Ashford lost power when a violent storm swept through the town on Sunday.

Toppled trees made a number of streets impassable, and the central school did not open on Monday.

Repair teams should have electricity back by Tuesday night, according to the power company.

Nobody was hurt, officials said.
";

#[test]
fn paraphrased_short_reports_of_one_storm_still_link() {
    let analysis = analyse(&[("bulletin.txt", STORM_A), ("herald.txt", STORM_B)]);
    for (a, b) in [
        ("about 12,000 homes", "Some 12,000 households"),
        // Only a few shared words, each found in several of the eight statements: the
        // local damping must scale with the set, or this pair falls below the threshold.
        ("restore power by Tuesday", "Repair teams"),
    ] {
        let (x, y) = (
            find(&analysis, "bulletin.txt", a),
            find(&analysis, "herald.txt", b),
        );
        assert!(
            linked(&analysis, x, y),
            "{a:?} ~ {b:?}: {:#?}",
            analysis.links
        );
    }
}

#[test]
fn a_small_pair_with_different_actors_says_who_did_it() {
    let a = "Cabinet quits in Valmora
May 2, 2024

President Ilse Varga announced the resignation of the cabinet on Tuesday after a week of strikes.

The strikes began over a rise in bread prices.
";
    let b = "Valmora government steps down
May 2, 2024

On Tuesday, the government announced its resignation after a week of strikes.

Bread price rises set off the strikes.
";
    let analysis = analyse(&[("ledger.txt", a), ("post.txt", b)]);
    let (x, y) = (
        find(&analysis, "ledger.txt", "President Ilse Varga"),
        find(&analysis, "post.txt", "the government announced"),
    );
    let link = link_between(&analysis, x, y).expect("the two resignation statements are linked");
    let conflict = link.conflict.as_ref().expect("an actor conflict");
    assert_eq!(conflict.kind, ConflictKind::Entity);
    assert!(
        conflict.explanation.contains("President Ilse Varga")
            && conflict.explanation.contains("the government"),
        "{}",
        conflict.explanation
    );
}

/// Two reports of one flood: the county's toll and one village's toll are both lower bounds,
/// so they do not conflict, and the two sentences tell different facts.
const FLOOD_A: &str = "Floods kill dozens in Marren County
May 9, 2023

The floods killed at least 40 people across Marren County, the governor said on Monday.

Rescue teams were still searching for survivors in the hills.
";

const FLOOD_B: &str = "Village mourns its dead after the floods
May 9, 2023

At least 12 people died in the village of Oskby.

The school has been turned into a shelter.
";

#[test]
fn a_pair_kept_only_to_test_for_a_conflict_is_dropped_when_there_is_none() {
    let analysis = analyse(&[("a.txt", FLOOD_A), ("b.txt", FLOOD_B)]);
    let county = find(&analysis, "a.txt", "across Marren County");
    let village = find(&analysis, "b.txt", "village of Oskby");
    assert!(!linked(&analysis, county, village), "{:#?}", analysis.links);
    let threshold = Config::default().link_threshold;
    assert!(
        analysis
            .links
            .iter()
            .all(|l| l.relation == Relation::Conflict || l.score >= threshold)
    );
}

/// One outlet tells the approval twice (headline and lead), the other once; the other's
/// long sentence tells two facts that the first outlet gives in two sentences.
const BRIDGE_A: &str = "Council approves new bridge over the Tarn
April 4, 2024

Welford city council voted on Monday to approve a new road bridge over the river Tarn.

The bridge will cost 40 million euros and construction is due to start in June.

Opponents said the money should go to the bus network.
";

const BRIDGE_B: &str = "Welford gets its bridge
April 4, 2024

On Monday the city council of Welford approved plans for a road bridge across the Tarn river.

The project will cost 40 million euros.

Work on the bridge is due to start in June, the mayor said.
";

#[test]
fn a_fact_told_twice_by_one_outlet_links_once_and_a_two_fact_sentence_links_twice() {
    let analysis = analyse(&[("a.txt", BRIDGE_A), ("b.txt", BRIDGE_B)]);
    let headline = find(&analysis, "a.txt", "Council approves new bridge");
    let lead = find(&analysis, "a.txt", "voted on Monday");
    let approved = find(&analysis, "b.txt", "approved plans");
    assert!(linked(&analysis, lead, approved), "{:#?}", analysis.links);
    assert!(
        !linked(&analysis, headline, approved),
        "the headline restates the lead: {:#?}",
        analysis.links
    );
    let cost_and_start = find(&analysis, "a.txt", "construction is due to start");
    let cost = find(&analysis, "b.txt", "The project will cost");
    let start = find(&analysis, "b.txt", "Work on the bridge");
    assert!(
        linked(&analysis, cost_and_start, cost),
        "{:#?}",
        analysis.links
    );
    assert!(
        linked(&analysis, cost_and_start, start),
        "{:#?}",
        analysis.links
    );
}

/// Two statements that disagree on two things, each found by its own detector: the link's
/// conflict is the more severe, and the other is kept beside it (`Conflict::also`), so a
/// checker sees both: a storm's category at its one landfall and its winds.
#[test]
fn a_link_keeps_every_disagreement_of_its_two_statements() {
    let a = "Hurricane Delia slams Gulf Coast
June 4, 2023

Hurricane Delia made landfall near Port Arthur, Texas, early on Thursday as a Category 3 storm with maximum sustained winds of 120 mph, state officials said.

More than 800,000 homes and businesses were without power across Texas and Louisiana.
";
    let b = "Hurricane Delia batters Texas coast
June 4, 2023

Hurricane Delia came ashore near Port Arthur, Texas, on Thursday as a Category 4 hurricane with maximum sustained winds of 130 mph, forecasters said.

Power was out for hundreds of thousands of customers in Texas and Louisiana.
";
    let analysis = analyse(&[("a.txt", a), ("b.txt", b)]);
    let (x, y) = (
        find(&analysis, "a.txt", "Category 3"),
        find(&analysis, "b.txt", "Category 4"),
    );
    let link = link_between(&analysis, x, y).expect("the two landfalls are linked");
    let conflict = link.conflict.as_ref().expect("a conflict");
    assert!(
        conflict.explanation.starts_with("storm category"),
        "{}",
        conflict.explanation
    );
    assert_eq!(conflict.also.len(), 1, "{:?}", conflict.also);
    assert_eq!(conflict.also[0].kind, ConflictKind::Number);
    assert!(
        conflict.also[0].explanation.contains("120 mph"),
        "{}",
        conflict.also[0].explanation
    );
}

/// A share won, told in a statement with no word of an election, is a share of the vote
/// when its article opens with one; the count's progress ("with 92% of ballots counted") is
/// no one's share.
#[test]
fn a_share_won_in_an_election_article_is_a_share_of_the_vote() {
    let a = "Ecuador's Noboa wins presidential runoff, electoral council says
April 14, 2025

Ecuador's President Daniel Noboa won Sunday's presidential runoff with 55.6% of the vote, the electoral council said.

Gonzalez, who won 44.4%, said she would not recognize the result and demanded a recount.

With 92% of ballots counted, Noboa led by more than 1 million votes.
";
    let b = "Noboa reelected in Ecuador as rival alleges fraud
April 14, 2025

President Daniel Noboa was reelected Sunday in Ecuador with 56% of the vote, according to official results.
";
    let analysis = analyse(&[("a.txt", a), ("b.txt", b)]);
    let claims = parallax_engine::claims::Claims::of(&analysis);
    let shares: Vec<(&str, String)> = claims
        .figures
        .iter()
        .filter_map(|c| match &c.measure {
            parallax_engine::figures::MeasureKey::Share { holder, .. } => {
                Some((c.text.as_str(), holder.clone()))
            }
            _ => None,
        })
        .collect();
    assert!(
        shares.contains(&("44.4%", "gonzalez".to_string())),
        "{shares:?}"
    );
    assert!(shares.iter().all(|(text, _)| *text != "92%"), "{shares:?}");
}

/// Two statements that give two measures apart: the link's conflict is one, and the other
/// measure is kept beside it.
#[test]
fn a_link_keeps_every_measure_its_two_statements_give_apart() {
    let a = "Police detain dozens at Tbilisi protest
May 2, 2024

The interior ministry said 63 people had been detained and 11 police officers were injured.
";
    let b = "Georgia police clash with protesters
May 2, 2024

The Interior Ministry said 61 people were arrested, and that 13 police officers were injured in the clashes.
";
    let analysis = analyse(&[("a.txt", a), ("b.txt", b)]);
    let (x, y) = (
        find(&analysis, "a.txt", "63 people"),
        find(&analysis, "b.txt", "61 people"),
    );
    let link = link_between(&analysis, x, y).expect("the two reports are linked");
    let conflict = link.conflict.as_ref().expect("a conflict");
    assert!(
        conflict.explanation.contains("63"),
        "{}",
        conflict.explanation
    );
    assert_eq!(conflict.also.len(), 1, "{:?}", conflict.also);
    assert!(
        conflict.also[0].explanation.contains("11") && conflict.also[0].explanation.contains("13"),
        "{}",
        conflict.also[0].explanation
    );
}
