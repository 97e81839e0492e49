//! Shared helpers for the integration tests: where `../shared` is, and (for the store
//! tests) a sample save with every field set.

#![allow(dead_code)]

#[cfg(feature = "gui")]
pub mod ui;

use chrono::{DateTime, Utc};
use parallax_documents::annotate::anchor::anchor_text;
use parallax_documents::annotate::{
    Anchor, Annotation, Evidence, LinkOverride, OverrideDecision, SourceRef, Target, Verdict,
};
use parallax_documents::store::{
    CURRENT_VERSION, FORMAT_NAME, SaveFile, SetIdentity, SourceIdentity,
};

pub const AFP: &str = include_str!("../../assets/articles/000_7c8d65ada6d1ef13.txt");
pub const GUARDIAN: &str = include_str!("../../assets/articles/001_257f5d5333b407ac.txt");

/// `relative` inside the shared material (`""` for the folder itself), looked for under
/// `$PARALLAX_SHARED` first, then beside the checkout (`CARGO_MANIFEST_DIR/../shared`);
/// `None` when neither has it, so a test can skip cleanly. When `PARALLAX_REQUIRE_SHARED=1`
/// is set (CI sets it, since CI has the material) a missing `relative` fails the test
/// instead: a test that needs the material cannot pass by skipping.
pub fn shared_path(relative: &str) -> Option<std::path::PathBuf> {
    let found = [
        std::env::var_os("PARALLAX_SHARED").map(std::path::PathBuf::from),
        Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")),
    ]
    .into_iter()
    .flatten()
    .map(|p| p.join(relative))
    .find(|p| p.exists());
    if found.is_none() && std::env::var_os("PARALLAX_REQUIRE_SHARED").is_some_and(|v| v == "1") {
        panic!(
            "PARALLAX_REQUIRE_SHARED=1 but {relative:?} is not in the shared material \
             ($PARALLAX_SHARED, or ../shared beside the checkout)"
        );
    }
    found
}

pub fn afp_ref() -> SourceRef {
    SourceRef {
        file_name: "000_7c8d65ada6d1ef13.txt".into(),
        content_hash: "1111111111111111111111111111111111111111111111111111111111111111".into(),
    }
}

pub fn guardian_ref() -> SourceRef {
    SourceRef {
        file_name: "001_257f5d5333b407ac.txt".into(),
        content_hash: "2222222222222222222222222222222222222222222222222222222222222222".into(),
    }
}

pub fn quote_anchor(source: SourceRef, text: &str, quote: &str) -> Anchor {
    let start = text.find(quote).expect("quote in text");
    anchor_text(source, text, start, start + quote.len()).unwrap()
}

pub fn time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A save with every kind of target, every optional field filled, unicode and newlines.
pub fn sample_save() -> SaveFile {
    let killed_afp = quote_anchor(
        afp_ref(),
        AFP,
        "at least eight police officers and military servicemen were killed",
    );
    let killed_guardian = quote_anchor(guardian_ref(), GUARDIAN, "eight killed");
    let mayor = quote_anchor(
        afp_ref(),
        AFP,
        "several thousand protesters stormed the mayor's office",
    );
    let span = quote_anchor(
        afp_ref(),
        AFP,
        "hundreds of protesters — some wearing helmets —",
    );
    let annotations = vec![
        Annotation {
            id: 1,
            target: Target::Statement(killed_afp.clone()),
            verdict: Some(Verdict::MostlyTrue),
            note: "Interior ministry figure.\nLater reports raised it to 13 (\"state TV\").".into(),
            tags: vec!["casualties".into(), "security forces".into()],
            evidence: vec![Evidence {
                url: "https://example.org/ministry?x=1&y=2".into(),
                label: "Ministry statement, 6 Jan".into(),
            }],
            author: "Aigerim Ö.".into(),
            created: time("2026-11-23T05:00:00Z"),
            modified: time("2026-11-23T05:10:30.250Z"),
            review: None,
        },
        Annotation {
            id: 2,
            target: Target::Link {
                a: killed_afp.clone(),
                b: killed_guardian.clone(),
            },
            verdict: Some(Verdict::True),
            note: String::new(),
            tags: vec![],
            evidence: vec![],
            author: String::new(),
            created: time("2026-11-23T05:01:00Z"),
            modified: time("2026-11-23T05:01:00Z"),
            review: None,
        },
        Annotation {
            id: 5,
            target: Target::Fact(vec![killed_afp.clone(), killed_guardian.clone()]),
            verdict: Some(Verdict::NeedsChecking),
            note: "Toll moved during the day.".into(),
            tags: vec!["timeline".into()],
            evidence: vec![],
            author: "desk".into(),
            created: time("2026-11-23T05:02:00Z"),
            modified: time("2026-11-23T06:02:00Z"),
            review: None,
        },
        Annotation {
            id: 7,
            target: Target::Span(span),
            verdict: None,
            note: "Eyewitness count by AFP.".into(),
            tags: vec![],
            evidence: vec![],
            author: "desk".into(),
            created: time("2026-11-23T05:03:00Z"),
            modified: time("2026-11-23T05:03:00Z"),
            review: None,
        },
    ];
    let overrides = vec![
        LinkOverride {
            a: killed_afp.clone(),
            b: killed_guardian,
            decision: OverrideDecision::Confirm,
            reason: "both cite the interior ministry".into(),
        },
        LinkOverride {
            a: mayor,
            b: killed_afp,
            decision: OverrideDecision::Reject,
            reason: "different events".into(),
        },
    ];
    SaveFile {
        format: FORMAT_NAME.into(),
        version: CURRENT_VERSION,
        set: SetIdentity {
            name: "kazakhstan-2022".into(),
            sources: vec![
                SourceIdentity {
                    path: None,
                    file_name: afp_ref().file_name,
                    content_hash: afp_ref().content_hash,
                },
                SourceIdentity {
                    path: None,
                    file_name: guardian_ref().file_name,
                    content_hash: guardian_ref().content_hash,
                },
            ],
        },
        annotations,
        overrides,
        source_corrections: vec![],
        events: vec![],
    }
}

/// A fresh empty directory under the target dir for one test.
pub fn scratch_dir(test: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir()
        .join(format!("parallax-store-tests-{}", std::process::id()))
        .join(test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/saves")
        .join(name)
}

/// A fresh scratch folder under the system temp dir, removed on drop.
pub struct Scratch(pub std::path::PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("parallax-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }

    pub fn write(&self, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Two short reports of one blast, written as `a.txt` and `b.txt` into `dir`, and their
/// analysis: for the tests that an output is never written over an article compared.
/// Returns `a.txt`'s path and text.
pub fn two_reports_of_a_blast(
    dir: &std::path::Path,
) -> (
    std::path::PathBuf,
    &'static str,
    parallax_engine::model::Analysis,
) {
    let article = dir.join("a.txt");
    let text = "Police said 12 people were hurt in the blast on Monday.\n";
    std::fs::write(&article, text).unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Officials said 14 people were injured in Monday's blast.\n",
    )
    .unwrap();
    let set = parallax_engine::corpus::load_paths(&[dir.to_path_buf()]).unwrap();
    let analysis = parallax_engine::analyze(&set, &parallax_engine::Config::default());
    (article, text, analysis)
}
