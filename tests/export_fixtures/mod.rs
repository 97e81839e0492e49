//! Shared fixtures of the export tests: the bundled analysis, a hostile article set with a
//! conflict and a fact, and annotations with hostile notes and evidence.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use parallax_documents::annotate::anchor::{link_target, statement_target};
use parallax_documents::annotate::{
    Anchor, Annotation, AnnotationSet, Evidence, SourceRef, Target, TextPositionSelector,
    TextQuoteSelector, Verdict,
};
use parallax_engine::analysis::{Config, analyze};
use parallax_engine::corpus::{ArticleSet, article_from_bytes, bundled_set};
use parallax_engine::model::{
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
            also: vec![Conflict {
                kind: ConflictKind::Date,
                severity: Severity::Soft,
                explanation: format!("date differs: “Tuesday” ({SCRIPT}) vs “Wednesday”"),
                value_a: Some("Tuesday".into()),
                value_b: Some("Wednesday".into()),
                also: Vec::new(),
            }],
        }),
        checks: Vec::new(),
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
        ]
        .into(),
    }];
    analysis
}

/// Annotations with hostile notes, tags and evidence on the hostile set: one on a
/// statement (False), one on the conflict link (Mixed), one orphaned selection in a file
/// that is not in the set (Unverifiable).
pub fn hostile_annotations(analysis: &Analysis) -> AnnotationSet {
    let link = &analysis.links[0];
    let time = |s: &str| s.parse::<DateTime<Utc>>().unwrap();

    let mut on_statement = Annotation::new(
        1,
        statement_target(analysis, link.a).unwrap(),
        format!("Checker {IMG}"),
    );
    on_statement.verdict = Some(Verdict::False);
    on_statement.note = format!("The toll is wrong.\nSecond line {SCRIPT} | pipe, \"quote\"");
    on_statement.tags = vec![format!("tag{IMG}"), "death toll".into()];
    on_statement.evidence = vec![
        Evidence {
            label: format!("Ministry {SCRIPT}"),
            url: JS_URL.into(),
        },
        Evidence {
            label: "Ministry statement".into(),
            url: "https://example.org/ministry?a=1&b=\"2\"".into(),
        },
    ];
    on_statement.created = time("2026-11-23T05:00:00Z");
    on_statement.modified = time("2026-11-23T05:10:00Z");

    let mut on_link = Annotation::new(2, link_target(analysis, LinkIdx(0)).unwrap(), "");
    on_link.verdict = Some(Verdict::Mixed);
    on_link.note = "Both figures come from officials.".into();
    on_link.created = time("2026-11-23T05:00:00Z");
    on_link.modified = time("2026-11-23T05:00:00Z");

    let gone = Target::Span(Anchor {
        source: SourceRef {
            file_name: "gone.txt".into(),
            content_hash: "0".repeat(64),
        },
        quote: TextQuoteSelector {
            exact: format!("vanished text {SCRIPT}"),
            prefix: String::new(),
            suffix: String::new(),
        },
        position: TextPositionSelector { start: 0, end: 27 },
    });
    let mut orphan = Annotation::new(3, gone, "checker");
    orphan.verdict = Some(Verdict::Unverifiable);
    orphan.created = time("2026-11-23T05:20:00Z");
    orphan.modified = time("2026-11-23T05:20:00Z");

    AnnotationSet::from_parts(vec![on_statement, on_link, orphan], vec![])
}
