//! Shared fixtures of the export tests: the bundled analysis, a hostile article set with a
//! conflict and a fact, and annotations with hostile notes and evidence.
#![allow(dead_code)]

use parallax::analysis::{Config, analyze};
use parallax::corpus::{ArticleSet, article_from_bytes, bundled_set};
use parallax::export::report::{AnchorView, AnnotationRow, EvidenceView, TargetKind, VerdictView};
use parallax::model::{
    Analysis, Conflict, ConflictKind, Fact, FactStatus, Link, LinkIdx, Relation, Severity,
    SourceIdx, SourceStance, StatementIdx,
};

pub const SCRIPT: &str = "<script>alert(1)</script>";
pub const IMG: &str = "\"><img src=x onerror=alert(1)>";
pub const JS_URL: &str = "javascript:alert(1)";

pub fn bundled() -> Analysis {
    analyze(&bundled_set(), &Config::default())
}

/// Two articles full of markup that must never reach a report as markup, with a
/// hand-made conflict between their first statements and one fact over them.
pub fn hostile() -> Analysis {
    let a = format!(
        "Police said {SCRIPT} eight people were killed in the capital on Wednesday.\n\n\
         Witnesses saw {IMG} smoke over the square.\n\n\
         Read more at [the ministry]({JS_URL}) | pipes, \"quotes\", commas\n"
    );
    let b = "State television said 13 people were killed in the capital on Wednesday.\n\n\
             Smoke rose over the square, witnesses said.\n";
    let set = ArticleSet {
        name: "hostile".into(),
        articles: vec![
            article_from_bytes("evil<b>.txt", a.as_bytes(), None).unwrap(),
            article_from_bytes("plain.txt", b.as_bytes(), None).unwrap(),
        ],
        warnings: vec![],
    };
    let mut analysis = analyze(&set, &Config::default());
    analysis.sources[0].meta.outlet = format!("Evil {IMG} News");
    analysis.sources[0].meta.url = Some(JS_URL.to_string());
    analysis.sources[0].meta.title = Some(format!("Headline {SCRIPT}"));
    analysis.sources[1].meta.outlet = "Plain TV".into();
    analysis.sources[1].meta.url = Some("https://example.org/plain".into());
    let first_of = |s: usize| {
        analysis
            .statements
            .iter()
            .position(|st| st.source == SourceIdx(s))
            .map(StatementIdx)
            .unwrap()
    };
    let (a0, b0) = (first_of(0), first_of(1));
    analysis.links = vec![Link {
        a: a0,
        b: b0,
        relation: Relation::Conflict,
        score: 0.8,
        reasons: vec![format!("shared terms: killed, {SCRIPT}")],
        conflict: Some(Conflict {
            kind: ConflictKind::Number,
            severity: Severity::Hard,
            explanation: format!("killed: eight ({IMG}) vs 13 (Plain TV)"),
            value_a: Some("eight".into()),
            value_b: Some("13".into()),
        }),
    }];
    analysis.facts = vec![Fact {
        id: "f1".into(),
        statements: vec![a0, b0],
        links: vec![LinkIdx(0)],
        summary: analysis.statements[a0.0].text.clone(),
        status: FactStatus::Conflicting,
        stances: vec![
            SourceStance::States {
                statements: vec![a0],
            },
            SourceStance::Contradicts {
                statements: vec![b0],
                figure: Some(format!("13 {SCRIPT}")),
            },
        ],
    }];
    analysis
}

pub fn verdict(key: &'static str, label: &'static str, rating: Option<u8>) -> VerdictView {
    VerdictView {
        key,
        label,
        colour: "#c62828".into(),
        rating,
    }
}

fn anchor_of(analysis: &Analysis, s: StatementIdx) -> AnchorView {
    let st = &analysis.statements[s.0];
    let src = &analysis.sources[st.source.0];
    AnchorView {
        source: Some(st.source),
        source_label: src.label().to_string(),
        file_name: src.file_name.clone(),
        statement_id: Some(st.id.clone()),
        quote: src.stored_text[st.start..st.end].to_string(),
        prefix: String::new(),
        suffix: String::new(),
        start: st.start,
        end: st.end,
    }
}

/// Annotations with hostile notes, tags and evidence on the hostile set: one on a
/// statement (False), one on the conflict link (Mixed), one orphan (Unverifiable).
pub fn hostile_annotations(analysis: &Analysis) -> Vec<AnnotationRow> {
    let link = &analysis.links[0];
    vec![
        AnnotationRow {
            id: "1".into(),
            target_kind: TargetKind::Statement,
            fact_id: Some("f1".into()),
            link: None,
            anchors: vec![anchor_of(analysis, link.a)],
            orphan: false,
            verdict: Some(verdict("false", "False", Some(1))),
            note: format!("The toll is wrong.\nSecond line {SCRIPT} | pipe, \"quote\""),
            tags: vec![format!("tag{IMG}"), "death toll".into()],
            evidence: vec![
                EvidenceView {
                    label: format!("Ministry {SCRIPT}"),
                    url: JS_URL.into(),
                },
                EvidenceView {
                    label: "Ministry statement".into(),
                    url: "https://example.org/ministry?a=1&b=\"2\"".into(),
                },
            ],
            author: Some(format!("Checker {IMG}")),
            created: Some("2026-11-23T05:00:00Z".into()),
            modified: Some("2026-11-23T05:10:00Z".into()),
        },
        AnnotationRow {
            id: "2".into(),
            target_kind: TargetKind::Link,
            fact_id: Some("f1".into()),
            link: Some(LinkIdx(0)),
            anchors: vec![anchor_of(analysis, link.a), anchor_of(analysis, link.b)],
            orphan: false,
            verdict: Some(verdict("mixed", "Mixed", Some(3))),
            note: "Both figures come from officials.".into(),
            tags: vec![],
            evidence: vec![],
            author: None,
            created: Some("2026-11-23T05:00:00Z".into()),
            modified: None,
        },
        AnnotationRow {
            id: "3".into(),
            target_kind: TargetKind::Selection,
            fact_id: None,
            link: None,
            anchors: vec![AnchorView {
                source: None,
                source_label: "gone.txt".into(),
                file_name: "gone.txt".into(),
                statement_id: None,
                quote: format!("vanished text {SCRIPT}"),
                prefix: String::new(),
                suffix: String::new(),
                start: 0,
                end: 0,
            }],
            orphan: true,
            verdict: Some(verdict("unverifiable", "Unverifiable", None)),
            note: String::new(),
            tags: vec![],
            evidence: vec![],
            author: Some("checker".into()),
            created: None,
            modified: None,
        },
    ]
}
