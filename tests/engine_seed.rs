//! End-to-end behaviour of the engine on the bundled seed set (five outlets on the
//! January 2022 Kazakhstan unrest), and its figures against the hand-made gold relations.

mod common;

use parallax_engine::corpus::bundled_set;
use parallax_engine::model::rule::{Rule, Verdict};
use parallax_engine::model::{
    Analysis, ConflictKind, FactStatus, Relation, Severity, StatementIdx,
};
use parallax_engine::{Config, analyze};

fn seed_analysis() -> Analysis {
    analyze(&bundled_set(), &Config::default())
}

/// The statement of source `file_prefix` whose text contains `needle`.
fn find(analysis: &Analysis, file_prefix: &str, needle: &str) -> StatementIdx {
    let hits: Vec<StatementIdx> = analysis
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            analysis.source(s.source).file_name.starts_with(file_prefix) && s.text.contains(needle)
        })
        .map(|(i, _)| StatementIdx(i))
        .collect();
    assert_eq!(
        hits.len(),
        1,
        "one statement of {file_prefix} contains {needle:?}: {hits:?}"
    );
    hits[0]
}

fn link_between(
    analysis: &Analysis,
    a: StatementIdx,
    b: StatementIdx,
) -> Option<&parallax_engine::model::Link> {
    analysis
        .links
        .iter()
        .find(|l| (l.a == a && l.b == b) || (l.a == b && l.b == a))
}

#[test]
fn security_deaths_eight_vs_thirteen_is_a_hard_number_conflict() {
    let analysis = seed_analysis();
    let guardian = find(&analysis, "001", "servicemen were injured and eight killed");
    let nbc = find(&analysis, "003", "Thirteen members of the security forces");
    let link = link_between(&analysis, guardian, nbc).expect("the two death tolls are linked");
    assert_eq!(link.relation, Relation::Conflict);
    let conflict = link.conflict.as_ref().unwrap();
    assert_eq!(conflict.kind, ConflictKind::Number);
    assert_eq!(conflict.severity, Severity::Hard);
    assert!(
        conflict.explanation.contains("killed"),
        "{}",
        conflict.explanation
    );
    assert!(conflict.explanation.contains("eight") && conflict.explanation.contains("Thirteen"));
}

/// Issue 12's verdict model: a compatible pair is agreement with different precision,
/// never a conflict. "At least eight" allows thirteen: the two statements stay linked as
/// one fact, and the link records the figures and the rule that kept them apart.
#[test]
fn at_least_eight_vs_thirteen_is_compatible_and_not_a_conflict() {
    let analysis = seed_analysis();
    let afp = find(&analysis, "000", "at least eight police officers");
    let nbc = find(&analysis, "003", "Thirteen members of the security forces");
    let link = link_between(&analysis, afp, nbc).expect("linked");
    assert_eq!(link.relation, Relation::Match, "{link:?}");
    assert!(link.conflict.is_none());
    let check = link
        .checks
        .iter()
        .find(|c| c.value_a.contains("eight") && c.value_b.contains("Thirteen"))
        .expect("the two figures compared");
    assert_eq!(
        check.verdict,
        Verdict::Kept(Rule::SamePrecision),
        "{check:?}"
    );
}

/// One outlet has Nazarbayev step down as head of the security council, another has
/// Tokayev fire him from it: a soft status conflict naming both manners, and the pair
/// records its verdict.
#[test]
fn stepping_down_against_being_fired_is_a_status_conflict() {
    let analysis = seed_analysis();
    let step_down = find(
        &analysis,
        "001",
        "would step down as head of the security council",
    );
    let fired = find(
        &analysis,
        "003",
        "fired Nazarbayev as head of the powerful Security Council",
    );
    let link = link_between(&analysis, step_down, fired).expect("linked");
    let conflict = link.conflict.as_ref().expect("conflict");
    assert_eq!(
        (conflict.kind, conflict.severity),
        (ConflictKind::Status, Severity::Soft)
    );
    assert!(
        conflict.explanation.contains("left of their own accord")
            && conflict.explanation.contains("removed"),
        "{}",
        conflict.explanation
    );
    assert!(
        link.checks
            .iter()
            .any(|c| c.verdict == Verdict::Flagged(Severity::Soft))
    );
}

#[test]
fn mayors_office_crowd_size_is_a_hard_conflict() {
    let analysis = seed_analysis();
    let afp = find(&analysis, "000", "several thousand protesters stormed");
    let other = find(&analysis, "004", "hundreds of protesters stormed");
    let link = link_between(&analysis, afp, other).expect("linked");
    let conflict = link.conflict.as_ref().expect("conflict");
    assert_eq!(conflict.severity, Severity::Hard);
}

#[test]
fn the_deployment_is_corroborated_by_several_outlets() {
    let analysis = seed_analysis();
    let afp = find(
        &analysis,
        "000",
        "A Russia-led military alliance said it would send",
    );
    let fact = analysis.fact_of(afp).expect("in a fact");
    let fact = &analysis.facts[fact.0];
    assert!(fact.source_count() >= 3, "{fact:?}");
    assert_ne!(fact.status, FactStatus::Single);
}

#[test]
fn boilerplate_takes_no_part_in_links() {
    let analysis = seed_analysis();
    assert!(analysis.statements.iter().any(|s| s.is_boilerplate()));
    for l in &analysis.links {
        assert!(!analysis.statement(l.a).is_boilerplate());
        assert!(!analysis.statement(l.b).is_boilerplate());
        assert_ne!(
            analysis.statement(l.a).source,
            analysis.statement(l.b).source
        );
    }
}

#[test]
fn every_conflict_explains_itself_and_offsets_round_trip() {
    let analysis = seed_analysis();
    for l in &analysis.links {
        assert_eq!(l.relation == Relation::Conflict, l.conflict.is_some());
        if let Some(c) = &l.conflict {
            assert!(c.explanation.len() > 20, "{c:?}");
        }
        assert!(!l.reasons.is_empty());
        assert!((0.0..=1.0).contains(&l.score));
    }
    for s in &analysis.statements {
        let stored = &analysis.source(s.source).stored_text;
        assert!(stored.get(s.start..s.end).is_some(), "{s:?}");
    }
}

#[test]
fn seed_gold_figures_meet_the_targets() {
    let Some(gold_path) = common::shared_path("eval/seed-gold.json") else {
        eprintln!("skipped: ../shared/eval/seed-gold.json is not here");
        return;
    };
    let gold = std::fs::read_to_string(gold_path).unwrap();
    let gold = parallax_eval::Gold::parse(&gold).unwrap();
    let report = parallax_eval::evaluate(&seed_analysis(), &gold);
    println!("{}", report.summary());
    // The targets (match recall 0.70 at precision 0.80), and floors at the figures
    // reached for the rest: a change that lowers them is a regression.
    assert!(report.match_recall() >= 0.70, "{}", report.summary());
    assert!(report.match_precision() >= 0.80, "{}", report.summary());
    assert_eq!(
        report.conflict_counts.hard_conflicts_found,
        2,
        "{}",
        report.summary()
    );
    // 15 of the gold's 23 were flagged before issue 12's verdict model; 5 of them are
    // compatible pairs ("19 million" and "nearly 19 million"), now shown as agreement with
    // different precision, which the engine must still notice.
    assert!(
        report.conflict_counts.conflicts_found >= 10,
        "{}",
        report.summary()
    );
    assert!(
        report.conflict_counts.conflicts_found + report.conflict_counts.shown_as_precision >= 15,
        "{}",
        report.summary()
    );
    assert!(report.conflict_precision() >= 0.70, "{}", report.summary());
    assert!(
        report.conflict_counts.near_misses_linked <= 2,
        "{}",
        report.summary()
    );
}
