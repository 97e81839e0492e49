//! The eval suite (`parallax eval --suite ../shared/eval`) run through the library: every
//! gold file of `../shared/eval` on the files it lists, against floors. Skips when the
//! shared material is not here, unless `PARALLAX_REQUIRE_SHARED=1`.

mod common;

use parallax_eval::suite;

/// Floors: today's figure minus 0.01, rounded down (counts: minus one; the near-miss
/// ceiling: plus one). Raised with the
/// engine: F1 seed 0.759, amd 0.554, athens 0.684 (once fire bombs of every name are one
/// concept), fort-myers 0.692, gulf 0.874 (0.866 before one happening dated on one day by
/// two outlets was one fact), sudan 0.494 (once reports of none so far are
/// read), macro 0.675 (0.669 once openings whose figures agree are linked and a street's block is no
/// outage; 0.640 before); conflicts found 30/187 (and 13 shown with different precision), hard
/// 10/34 at conflict precision 0.90, 8 near misses
/// linked over the six clusters (first set at
/// 0.624 macro, 20 and 4; 31 found for a while with a detector of any counted thing that
/// was taken out for its false alarms outside the suite, see docs/MEASUREMENTS.md).
/// Raise them as the engine improves, so that a later change cannot give the gain back.
const CLUSTER_F1_FLOORS: [(&str, f64); 6] = [
    ("seed", 0.74),
    ("amd-seamicro-2012", 0.54),
    ("athens-bank-firebomb-2010", 0.67),
    ("fort-myers-club-blu-2016", 0.68),
    ("gulf-of-aden-pirates-2011", 0.86),
    ("sudan-yida-bombing-2011", 0.49),
];
const MACRO_F1_FLOOR: f64 = 0.67;
/// The facts as a reader sees them (every two statements of one fact counted as linked):
/// 0.546 before facts had to be cohesive, 0.561 after (precision 0.57 -> 0.72).
const MACRO_FACT_F1_FLOOR: f64 = 0.55;
/// Near misses (similar statements the gold says report different facts) linked over the
/// six clusters may not grow back (7 once the year an article is dated in is no figure key).
const NEAR_MISSES_LINKED_CEILING: usize = 8;
/// Conflicts found: 39 of 187 before issue 12's verdict model, of which 10 were compatible
/// pairs ("more than 22,000" and "about 20,000") now shown as agreement with different
/// precision, never as conflicts; the engine must still notice them, so the two together
/// have a floor of their own, at the figure before the change. 38 found once a date's
/// clause subject ties it to a happening and late night against early morning is told; 39
/// once straight quotes are read by their shape; 42 (16 hard) once a place's other names
/// are one name and an added count that names its place is that place's whole count; 44
/// (18 hard, 14 shown) once counts of weapons and craft done alike are compared; 48 once
/// one person given two posts is a conflict; 49 once a state's start months are compared;
/// 52 once a party's silence and its denial are compared; 53 once a unit named after a
/// comma is a post's scope; 54 (19 hard) once a wire dateline without its year takes the
/// set's year; 55 once one person's departure told as leaving and as a removal is a
/// conflict; 58 once a denial that it happened and a denial of a part in it disagree and
/// an acronym its article defines names its party; 59 (20 hard) once the days of one
/// happening in one place are compared across sources; 63 once sums of money of one thing
/// are compared; 65 once loose figures that touch at one point only are a soft conflict;
/// 66 (21 hard) once one happening's days meet through its place; 67 (22 hard) once a
/// figure agreeing with a contradicted one is compared with what contradicts it; 68 (23
/// hard) once "the incident" is placed where its article leads; 69 (24 hard) once a state's
/// start meets through its place's name; 70 once a unit named two ways is a conflict; 71
/// once a sum of money is of what its words mean (a loan package is a bailout).
const CONFLICTS_FOUND_FLOOR: usize = 71;
const CONFLICTS_OR_PRECISION_FLOOR: usize = 83;
const HARD_CONFLICTS_FOUND_FLOOR: usize = 24;
/// Conflict precision may not fall below the bar of 0.80 to buy recall.
const CONFLICT_PRECISION_FLOOR: f64 = 0.80;

#[test]
fn eval_suite_meets_the_floors() {
    let Some(dir) = common::shared_path("eval") else {
        eprintln!("skipped: ../shared/eval is not here");
        return;
    };
    let report = suite::run(&dir).unwrap_or_else(|e| panic!("{e}"));
    let table = report.table();
    println!("{table}");

    let names: Vec<&str> = report.clusters.iter().map(|c| c.name.as_str()).collect();
    let expected: Vec<&str> = CLUSTER_F1_FLOORS.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, expected, "the suite's clusters changed:\n{table}");
    assert_eq!(report.skipped, ["dev/provenance.json"], "{table}");

    let mut below = Vec::new();
    for (name, floor) in CLUSTER_F1_FLOORS {
        let c = report.cluster(name).unwrap();
        if c.f1 < floor {
            below.push(format!("{name}: F1 {:.3} < {floor}", c.f1));
        }
        assert_eq!(c.mentions_uncovered, 0, "{name}: gold mentions not covered");
    }
    let m = &report.macro_;
    let scores = &m.conflict_counts;
    if m.f1 < MACRO_F1_FLOOR {
        below.push(format!("macro F1 {:.3} < {MACRO_F1_FLOOR}", m.f1));
    }
    if m.fact_f1 < MACRO_FACT_F1_FLOOR {
        below.push(format!(
            "macro fact F1 {:.3} < {MACRO_FACT_F1_FLOOR}",
            m.fact_f1
        ));
    }
    if scores.near_misses_linked > NEAR_MISSES_LINKED_CEILING {
        below.push(format!(
            "near misses linked {} > {NEAR_MISSES_LINKED_CEILING}",
            scores.near_misses_linked
        ));
    }
    if scores.conflicts_found < CONFLICTS_FOUND_FLOOR {
        below.push(format!(
            "conflicts found {} < {CONFLICTS_FOUND_FLOOR}",
            scores.conflicts_found
        ));
    }
    let noticed = scores.conflicts_found + scores.shown_as_precision;
    if noticed < CONFLICTS_OR_PRECISION_FLOOR {
        below.push(format!(
            "conflicts found or shown with different precision {noticed} < \
             {CONFLICTS_OR_PRECISION_FLOOR}"
        ));
    }
    if scores.hard_conflicts_found < HARD_CONFLICTS_FOUND_FLOOR {
        below.push(format!(
            "hard conflicts found {} < {HARD_CONFLICTS_FOUND_FLOOR}",
            scores.hard_conflicts_found
        ));
    }
    let precision = scores.precision().unwrap_or(0.0);
    if precision < CONFLICT_PRECISION_FLOOR {
        below.push(format!(
            "conflict precision {precision:.2} < {CONFLICT_PRECISION_FLOOR}"
        ));
    }
    assert!(below.is_empty(), "{}\n{table}", below.join("\n"));
}

/// The bundled link model is what `parallax train` writes at this commit: a change to the
/// engine's features or candidates that moves the fitted weights shows here, and is fixed
/// by running `parallax train` and committing `assets/model/link-model.json` with it.
#[test]
fn bundled_link_model_is_what_training_writes() {
    let Some(dir) = common::shared_path("eval") else {
        eprintln!("skipped: ../shared/eval is not here");
        return;
    };
    let options = parallax_eval::train::TrainOptions::default();
    let model = parallax_eval::train::fit_on_every_cluster(&dir, &options)
        .unwrap_or_else(|e| panic!("{e}"));
    let written = parallax_eval::train::model_file_text(&model).expect("a model writes as JSON");
    let bundled = include_str!("../assets/model/link-model.json");
    assert!(
        written == bundled,
        "assets/model/link-model.json is not what `parallax train` writes now; run it and \
         commit the file (written: {} bytes, bundled: {} bytes)",
        written.len(),
        bundled.len()
    );
}
