//! Link overrides change the links, conflicts and facts of an analysis.

use parallax_documents::annotate::anchor::anchor_statement;
use parallax_documents::annotate::overrides::{
    OverrideEffect, apply_overrides_with_report, is_confirmed, is_hand_made,
};
use parallax_documents::annotate::{
    AnnotationSet, Edit, LinkOverride, OverrideDecision, apply_overrides,
};
use parallax_engine::corpus::bundled_set;
use parallax_engine::model::{
    Analysis, Conflict, ConflictKind, Link, Relation, Severity, StatementIdx,
};

/// The bundled analysis with two machine links, whatever the engine currently finds.
fn analysis_with_links() -> (Analysis, [StatementIdx; 4]) {
    let mut analysis = parallax_engine::analyze(&bundled_set(), &Default::default());
    let find = |needle: &str| {
        StatementIdx(
            analysis
                .statements
                .iter()
                .position(|s| s.text.contains(needle))
                .unwrap_or_else(|| panic!("no statement with {needle:?}")),
        )
    };
    let afp_killed = find("at least eight police officers");
    let guardian_killed = find("317 police and national guard servicemen");
    let afp_stormed = find("several thousand protesters stormed");
    let ap_stormed = find("hundreds of protesters stormed");
    analysis.links = vec![
        Link {
            a: afp_killed.min(guardian_killed),
            b: afp_killed.max(guardian_killed),
            relation: Relation::Match,
            score: 0.7,
            reasons: vec!["same number: eight".into()],
            conflict: None,
            checks: Vec::new(),
        },
        Link {
            a: afp_stormed.min(ap_stormed),
            b: afp_stormed.max(ap_stormed),
            relation: Relation::Conflict,
            score: 0.6,
            reasons: vec!["shared entities: mayor's office".into()],
            conflict: Some(Conflict {
                kind: ConflictKind::Count,
                severity: Severity::Soft,
                explanation: "crowd: several thousand vs hundreds".into(),
                value_a: Some("several thousand".into()),
                value_b: Some("hundreds".into()),
                also: Vec::new(),
            }),
            checks: Vec::new(),
        },
    ];
    analysis.facts = parallax_engine::facts::build_facts(&analysis);
    (
        analysis,
        [afp_killed, guardian_killed, afp_stormed, ap_stormed],
    )
}

/// An annotation set holding the decisions given, each on a pair of statements with its
/// reason, set one edit after another (so each can be undone).
fn with_overrides(
    analysis: &Analysis,
    decisions: &[(StatementIdx, StatementIdx, OverrideDecision, &str)],
) -> AnnotationSet {
    let mut set = AnnotationSet::new();
    for &(x, y, decision, reason) in decisions {
        set_override(&mut set, analysis, x, y, decision, reason);
    }
    set
}

/// Set the decision on a pair of statements, with its reason.
fn set_override(
    set: &mut AnnotationSet,
    analysis: &Analysis,
    x: StatementIdx,
    y: StatementIdx,
    decision: OverrideDecision,
    reason: &str,
) {
    set.apply(Edit::SetOverride(LinkOverride {
        a: anchor_statement(analysis, x).unwrap(),
        b: anchor_statement(analysis, y).unwrap(),
        decision,
        reason: reason.into(),
    }))
    .unwrap();
}

#[test]
fn no_overrides_change_nothing() {
    let (analysis, _) = analysis_with_links();
    assert_eq!(apply_overrides(&analysis, &AnnotationSet::new()), analysis);
}

#[test]
fn reject_removes_the_link_and_its_conflict() {
    let (analysis, [_, _, stormed_a, stormed_b]) = analysis_with_links();
    let set = with_overrides(
        &analysis,
        &[(
            stormed_b,
            stormed_a,
            OverrideDecision::Reject,
            "different moments of the day",
        )],
    );
    let (out, report) = apply_overrides_with_report(&analysis, &set);
    assert_eq!(out.links.len(), 1);
    assert!(out.links.iter().all(|l| l.conflict.is_none()));
    assert!(
        matches!(&report[0].effect, OverrideEffect::Removed(l) if l.relation == Relation::Conflict)
    );
    assert_eq!(out.facts, parallax_engine::facts::build_facts(&out));
}

#[test]
fn confirm_keeps_the_link_and_says_so() {
    let (analysis, [killed_a, killed_b, ..]) = analysis_with_links();
    let set = with_overrides(
        &analysis,
        &[(
            killed_a,
            killed_b,
            OverrideDecision::Confirm,
            "both cite the interior ministry",
        )],
    );
    let out = apply_overrides(&analysis, &set);
    assert_eq!(out.links.len(), 2);
    assert_eq!(
        out.links[0].reasons[0],
        "confirmed by hand: both cite the interior ministry"
    );
    assert!(is_confirmed(&out.links[0]) && !is_hand_made(&out.links[0]));
}

#[test]
fn add_match_and_add_conflict() {
    let (analysis, [killed_a, _, stormed_a, stormed_b]) = analysis_with_links();
    let mut set = with_overrides(
        &analysis,
        &[
            // A new link between two statements the engine did not link.
            (
                killed_a,
                stormed_b,
                OverrideDecision::AddConflict,
                "test pair",
            ),
            // Turn the machine conflict into a match.
            (
                stormed_a,
                stormed_b,
                OverrideDecision::AddMatch,
                "the figures describe different moments",
            ),
        ],
    );
    let (out, report) = apply_overrides_with_report(&analysis, &set);
    assert_eq!(report[0].effect, OverrideEffect::Added);
    assert_eq!(
        report[1].effect,
        OverrideEffect::Changed {
            from: Relation::Conflict,
            to: Relation::Match
        }
    );
    assert_eq!(out.links.len(), 3);
    let added = out.links.last().unwrap();
    assert_eq!(
        (added.a, added.b),
        (killed_a.min(stormed_b), killed_a.max(stormed_b))
    );
    assert_eq!(added.relation, Relation::Conflict);
    let conflict = added.conflict.as_ref().unwrap();
    // Typed by the engine when it reads a difference (keeping its severity), else a hard
    // status conflict carrying the user's reason.
    match parallax_engine::conflict::classify_pair(&analysis, added.a, added.b) {
        Some(machine) => {
            assert_eq!(
                (conflict.kind, conflict.severity),
                (machine.kind, machine.severity)
            );
            assert!(conflict.explanation.starts_with(&machine.explanation));
        }
        None => assert_eq!(
            (conflict.kind, conflict.severity),
            (ConflictKind::Declared, Severity::Hard)
        ),
    }
    assert!(conflict.explanation.contains("added by hand: test pair"));
    assert!(is_hand_made(added));
    let changed = &out.links[1];
    assert_eq!(changed.relation, Relation::Match);
    assert!(changed.conflict.is_none());
    assert_eq!(
        changed.reasons[0],
        "added by hand: the figures describe different moments"
    );
    // Undo of the override undoes its effect.
    set.undo();
    set.undo();
    assert_eq!(apply_overrides(&analysis, &set), analysis);
}

#[test]
fn orphaned_and_invalid_overrides_change_nothing() {
    let (analysis, [killed_a, killed_b, ..]) = analysis_with_links();
    let mut gone = anchor_statement(&analysis, killed_a).unwrap();
    gone.source.file_name = "elsewhere.txt".into();
    gone.source.content_hash = "ffff".into();
    gone.quote.exact = "Text of an article that is not part of this set.".into();
    let mut set = AnnotationSet::new();
    set.apply(Edit::SetOverride(LinkOverride {
        a: gone,
        b: anchor_statement(&analysis, killed_b).unwrap(),
        decision: OverrideDecision::Reject,
        reason: String::new(),
    }))
    .unwrap();
    let same = anchor_statement(&analysis, killed_a).unwrap();
    let neighbour = anchor_statement(&analysis, StatementIdx(killed_a.0 + 1)).unwrap();
    set.apply(Edit::SetOverride(LinkOverride {
        a: same,
        b: neighbour,
        decision: OverrideDecision::AddMatch,
        reason: String::new(),
    }))
    .unwrap();
    let (out, report) = apply_overrides_with_report(&analysis, &set);
    assert_eq!(out, analysis);
    assert_eq!(report[0].effect, OverrideEffect::Orphaned);
    assert_eq!(report[1].effect, OverrideEffect::Invalid);
}

#[test]
fn index_finds_annotations_orphans_and_overrides() {
    use parallax_documents::annotate::anchor::{link_target, statement_target};
    use parallax_documents::annotate::{Annotation, AnnotationIndex, Verdict};
    use parallax_engine::model::LinkIdx;

    let (analysis, [killed_a, killed_b, stormed_a, _]) = analysis_with_links();
    let mut set = AnnotationSet::new();
    let mut on_statement = Annotation::new(
        set.next_id(),
        statement_target(&analysis, killed_a).unwrap(),
        "t",
    );
    on_statement.verdict = Some(Verdict::MostlyTrue);
    set.apply(Edit::Add(on_statement)).unwrap();
    let mut on_link = Annotation::new(
        set.next_id(),
        link_target(&analysis, LinkIdx(0)).unwrap(),
        "t",
    );
    on_link.verdict = Some(Verdict::Mixed);
    set.apply(Edit::Add(on_link)).unwrap();
    let mut lost = statement_target(&analysis, stormed_a).unwrap();
    for a in lost.anchors_mut() {
        a.quote.exact = "A sentence no article contains, to be orphaned.".into();
        a.position.start += 1;
    }
    set.apply(Edit::Add(Annotation::new(set.next_id(), lost, "t")))
        .unwrap();
    set_override(
        &mut set,
        &analysis,
        killed_b,
        killed_a,
        OverrideDecision::Confirm,
        "",
    );

    let index = AnnotationIndex::build(&set, &analysis);
    assert_eq!(index.on_statement(killed_a), &[1, 2]);
    assert_eq!(index.on_statement(killed_b), &[2]);
    assert_eq!(index.orphans, vec![3]);
    assert_eq!(index.marker_verdict(&set, killed_a), Some(Verdict::Mixed));
    assert_eq!(index.override_for(killed_a, killed_b), Some(0));
    assert_eq!(index.override_for(killed_a, stormed_a), None);
}

#[test]
fn source_corrections_rename_regroup_and_exclude_on_the_bundled_set() {
    use parallax_documents::annotate::sources::{locate_source, source_ref};
    use parallax_documents::annotate::{OriginFix, SourceCorrection, apply_source_corrections};
    use parallax_engine::model::SourceIdx;
    let analysis = parallax_engine::analyze(&bundled_set(), &Default::default());
    let n = analysis.sources.len();
    assert!(n >= 4);
    let old_label = analysis.sources[0].label().to_string();
    let fix = |i: usize| SourceCorrection::none_for(source_ref(&analysis, SourceIdx(i)).unwrap());

    // A rename reaches the source and every conflict explanation that named it.
    let renamed = apply_source_corrections(
        &analysis,
        &[SourceCorrection {
            outlet: Some("  Renamed Outlet ".into()),
            ..fix(0)
        }],
    );
    assert_eq!(renamed.sources[0].label(), "Renamed Outlet");
    assert_eq!(renamed.statements, analysis.statements);
    let mut mentioned = 0;
    for (before, after) in analysis.links.iter().zip(&renamed.links) {
        let (Some(b), Some(a)) = (&before.conflict, &after.conflict) else {
            continue;
        };
        let touches = [before.a, before.b]
            .iter()
            .any(|s| analysis.statement(*s).source == SourceIdx(0));
        if touches && b.explanation.contains(&old_label) {
            mentioned += 1;
            assert!(
                a.explanation.contains("Renamed Outlet"),
                "{}",
                a.explanation
            );
        }
        if !touches {
            assert_eq!(a.explanation, b.explanation);
        }
    }
    assert!(mentioned > 0, "some conflict of the first source names it");

    // Two articles the checker calls one agency's story are one independent report.
    let regrouped = apply_source_corrections(
        &analysis,
        &[
            SourceCorrection {
                origin: Some(OriginFix::Agency("AFP".into())),
                ..fix(1)
            },
            SourceCorrection {
                origin: Some(OriginFix::Agency("afp".into())),
                ..fix(3)
            },
        ],
    );
    assert_eq!(regrouped.reuse.origins[1].as_deref(), Some("AFP"));
    assert_eq!(regrouped.reuse.reports[1], regrouped.reuse.reports[3]);
    assert!(
        regrouped.reuse.independent_reports() < analysis.reuse.independent_reports()
            || analysis.reuse.reports[1] == analysis.reuse.reports[3]
    );

    // An excluded article leaves with its statements and links; the rest is consistent.
    let excluded = apply_source_corrections(
        &analysis,
        &[SourceCorrection {
            excluded: true,
            ..fix(2)
        }],
    );
    assert_eq!(excluded.sources.len(), n - 1);
    assert!(locate_source(&excluded, &source_ref(&analysis, SourceIdx(2)).unwrap()).is_none());
    assert_eq!(
        excluded.statements.len(),
        analysis.statements.len() - analysis.statements_of(SourceIdx(2)).count()
    );
    assert!(excluded.statements.iter().all(|s| s.source.0 < n - 1));
    assert!(excluded.links.iter().all(|l| l.a < l.b
        && l.b.0 < excluded.statements.len()
        && excluded.statement(l.a).source != excluded.statement(l.b).source));
    assert!(
        excluded
            .facts
            .iter()
            .all(|f| f.stances.told().all(|(s, _)| s.0 < n - 1))
    );
    assert_eq!(excluded.reuse.reports.len(), n - 1);
    assert_eq!(excluded.reuse.origins.len(), n - 1);
    let gone = analysis.sources[2].id.clone();
    assert!(excluded.sources.iter().all(|s| s.id != gone));
    assert!(
        excluded
            .statements
            .iter()
            .all(|s| !s.id.starts_with(&format!("{gone}-")))
    );
    // Nothing changes without corrections, or with ones naming no article of the set.
    assert_eq!(apply_source_corrections(&analysis, &[]), analysis);
    let stranger = SourceCorrection {
        excluded: true,
        ..SourceCorrection::none_for(parallax_documents::annotate::model::SourceRef {
            file_name: "elsewhere.txt".into(),
            content_hash: "00".into(),
        })
    };
    assert_eq!(apply_source_corrections(&analysis, &[stranger]), analysis);
}
