//! The hand-made analysis most tests open: three small sources with two conflicts, one
//! corroborated fact, a unique statement and a caption; and its variants (one conflict made
//! soft, a fourth article off the topic).

use parallax_engine::model::{
    Analysis, BoilerplateKind, Conflict, ConflictKind, Fact, FactStatus, Link, LinkIdx, Relation,
    Severity, Source, SourceIdx, SourceMeta, SourceStance, Statement, StatementIdx, StatementKind,
};

pub(crate) const KILLED_EXPLANATION: &str = "killed: eight (Daily Planet) vs thirteen (The Globe)";
pub(crate) const BEGAN_EXPLANATION: &str = "began: Monday (Daily Planet) vs Sunday (The Globe)";
pub(crate) const UNIQUE_TEXT: &str = "Local bakeries stayed open through the night.";

/// Build a source and its statements from (text, kind, boilerplate) rows.
fn source(
    index: usize,
    outlet: &str,
    title: &str,
    rows: &[(&str, StatementKind, Option<BoilerplateKind>)],
    statements: &mut Vec<Statement>,
) -> Source {
    let mut stored_text = String::new();
    for (n, (text, kind, boilerplate)) in rows.iter().enumerate() {
        let start = stored_text.len();
        stored_text.push_str(text);
        statements.push(Statement {
            id: format!("s{}-{}", index + 1, n + 1),
            source: SourceIdx(index),
            start,
            end: stored_text.len(),
            text: text.to_string(),
            kind: *kind,
            boilerplate: *boilerplate,
        });
        stored_text.push('\n');
    }
    Source {
        id: format!("s{}", index + 1),
        file_name: format!("{:03}.txt", index),
        path: None,
        stored_text,
        decoded: None,
        content_hash: String::new(),
        meta: SourceMeta {
            title: Some(title.to_string()),
            outlet: outlet.to_string(),
            ..Default::default()
        },
        warnings: vec![],
    }
}

fn conflict_link(a: usize, b: usize, kind: ConflictKind, explanation: &str) -> Link {
    Link {
        a: StatementIdx(a),
        b: StatementIdx(b),
        relation: Relation::Conflict,
        score: 0.74,
        reasons: vec!["same event words".into()],
        conflict: Some(Conflict {
            kind,
            severity: Severity::Hard,
            explanation: explanation.into(),
            value_a: None,
            value_b: None,
            also: Vec::new(),
        }),
        checks: Vec::new(),
    }
}

fn match_link(a: usize, b: usize) -> Link {
    Link {
        a: StatementIdx(a),
        b: StatementIdx(b),
        relation: Relation::Match,
        score: 0.81,
        reasons: vec!["shared words: mayor, curfew".into()],
        conflict: None,
        checks: Vec::new(),
    }
}

/// Three small sources with two conflicts, one corroborated fact, a unique statement and a caption.
pub(crate) fn fixture() -> Analysis {
    use StatementKind::Body;
    let mut statements = Vec::new();
    let sources = vec![
        source(
            0,
            "Daily Planet",
            "Clashes in the capital",
            &[
                (
                    "Eight people were killed in the clashes on Tuesday.",
                    Body,
                    None,
                ),
                ("The mayor declared a curfew.", Body, None),
                (UNIQUE_TEXT, Body, None),
                ("The protest began on Monday.", Body, None),
            ],
            &mut statements,
        ),
        source(
            1,
            "The Globe",
            "Deadly clashes",
            &[
                (
                    "Thirteen people were killed in the clashes on Tuesday.",
                    Body,
                    None,
                ),
                ("The mayor declared a curfew at night.", Body, None),
                ("The protest began on Sunday.", Body, None),
            ],
            &mut statements,
        ),
        source(
            2,
            "Herald",
            "Curfew declared",
            &[
                ("The mayor declared a curfew after the clashes.", Body, None),
                (
                    "Photo: a street at night.",
                    Body,
                    Some(BoilerplateKind::Caption),
                ),
            ],
            &mut statements,
        ),
    ];
    // Global statement indices: Daily Planet 0..4, Globe 4..7, Herald 7..9.
    let links = vec![
        conflict_link(0, 4, ConflictKind::Number, KILLED_EXPLANATION),
        match_link(1, 5),
        match_link(1, 7),
        match_link(5, 7),
        conflict_link(3, 6, ConflictKind::Date, BEGAN_EXPLANATION),
    ];
    let facts = vec![
        Fact {
            id: "f1".into(),
            statements: vec![StatementIdx(0), StatementIdx(4)],
            links: vec![LinkIdx(0)],
            summary: "Eight people were killed in the clashes on Tuesday.".into(),
            status: FactStatus::Conflicting,
            stances: vec![
                SourceStance::States {
                    statements: vec![StatementIdx(0)],
                },
                SourceStance::Contradicts {
                    statements: vec![StatementIdx(4)],
                    figure: Some("13".into()),
                },
                SourceStance::Silent,
            ]
            .into(),
        },
        Fact {
            id: "f2".into(),
            statements: vec![StatementIdx(1), StatementIdx(5), StatementIdx(7)],
            links: vec![LinkIdx(1), LinkIdx(2), LinkIdx(3)],
            summary: "The mayor declared a curfew.".into(),
            status: FactStatus::Corroborated,
            stances: vec![
                SourceStance::States {
                    statements: vec![StatementIdx(1)],
                },
                SourceStance::States {
                    statements: vec![StatementIdx(5)],
                },
                SourceStance::States {
                    statements: vec![StatementIdx(7)],
                },
            ]
            .into(),
        },
    ];
    Analysis {
        sources,
        statements,
        links,
        facts,
        warnings: vec![],
        reuse: Default::default(),
    }
}

/// The fixture with its first conflict (killed: eight vs thirteen) made soft, so the hard
/// one (began: Monday vs Sunday) comes later in reading order.
pub(crate) fn fixture_with_a_soft_conflict() -> Analysis {
    let mut analysis = fixture();
    analysis.links[0].conflict.as_mut().unwrap().severity = Severity::Soft;
    analysis
}

/// The fixture with a fourth article that shares nothing with the others.
pub(crate) fn fixture_with_an_off_topic_article() -> Analysis {
    let mut analysis = fixture();
    let mut statements = Vec::new();
    let extra = source(
        3,
        "Sports Desk",
        "Cup final",
        &[
            (
                "The home side won the cup final on penalties.",
                StatementKind::Body,
                None,
            ),
            (
                "The coach praised the young goalkeeper.",
                StatementKind::Body,
                None,
            ),
        ],
        &mut statements,
    );
    analysis.sources.push(extra);
    analysis.statements.extend(statements);
    // The new source tells no fact: its column is silent, which a fact's row leaves out.
    analysis
}
