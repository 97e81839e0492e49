//! Copies and independent reports against the hand-made provenance of the seed set and the
//! five dev clusters (`../shared/eval/dev/provenance.json`): every pair of articles the
//! provenance records as copying one story with a share of 0.3 or more is found as a copy,
//! no two articles of different independent reports are called a copy, and the number of
//! independent reports is right on at least five of the six clusters.

mod common;

use std::collections::{BTreeMap, HashMap};

use parallax_engine::{Config, analyze};
use serde_json::Value;

#[test]
fn copies_and_independent_reports_match_the_provenance() {
    let Some(path) = common::shared_path("eval/dev/provenance.json") else {
        eprintln!("skipped: ../shared/eval/dev/provenance.json is not here");
        return;
    };
    let shared = path.parent().unwrap().parent().unwrap().parent().unwrap();
    let provenance: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let clusters = provenance["clusters"].as_object().unwrap();
    assert_eq!(clusters.len(), 6);
    let (mut right_counts, mut problems) = (0, Vec::new());
    for (name, cluster) in clusters {
        let folder = shared.join(cluster["folder"].as_str().unwrap());
        let files: BTreeMap<&str, _> = cluster["articles"]
            .as_object()
            .unwrap()
            .keys()
            .map(|f| (f.as_str(), folder.join(f)))
            .collect();
        let set = parallax_engine::corpus::load_paths(&files.values().cloned().collect::<Vec<_>>())
            .expect("the cluster loads");
        let analysis = analyze(&set, &Config::default());
        let index: HashMap<&str, usize> = analysis
            .sources
            .iter()
            .enumerate()
            .map(|(i, s)| (s.file_name.as_str(), i))
            .collect();
        let reports = &analysis.reuse.reports;
        let found_copy = |a: usize, b: usize| {
            analysis
                .reuse
                .copies
                .iter()
                .any(|c| c.kind.is_copy() && (c.a.0, c.b.0) == (a.min(b), a.max(b)))
        };
        // Gold groups: articles joined by copies of share >= 0.3.
        let mut gold_group: Vec<usize> = (0..analysis.sources.len()).collect();
        let mut gold_copies = Vec::new();
        for copy in cluster["copies"].as_array().into_iter().flatten() {
            let (a, b) = (
                index[copy["a"].as_str().unwrap()],
                index[copy["b"].as_str().unwrap()],
            );
            if copy["shared_share"].as_f64().unwrap() >= 0.3 {
                gold_copies.push((a, b));
                let (ga, gb) = (gold_group[a], gold_group[b]);
                for g in &mut gold_group {
                    if *g == gb {
                        *g = ga;
                    }
                }
            }
        }
        for &(a, b) in &gold_copies {
            if !found_copy(a, b) {
                problems.push(format!("{name}: copy {a}~{b} not found"));
            }
        }
        for c in analysis.reuse.copies.iter().filter(|c| c.kind.is_copy()) {
            if gold_group[c.a.0] != gold_group[c.b.0] {
                problems.push(format!(
                    "{name}: {} ~ {} called a copy ({:.2}) but independent",
                    analysis.source(c.a).file_name,
                    analysis.source(c.b).file_name,
                    c.share
                ));
            }
        }
        let expected = cluster["independent_reports"].as_u64().unwrap() as usize;
        let got = analysis.reuse.independent_reports();
        right_counts += usize::from(got == expected);
        println!(
            "{name}: independent reports {got} (provenance {expected}); copies {:?}; groups {reports:?}",
            analysis
                .reuse
                .copies
                .iter()
                .map(|c| format!("{}~{} {} {:.2}", c.a.0, c.b.0, c.kind.name(), c.share))
                .collect::<Vec<_>>()
        );
    }
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        right_counts >= 5,
        "independent-report count right on {right_counts} of 6"
    );
}

/// The reports say how many independent reports state a fact when copies make it fewer than
/// the outlets: two outlets printing one wire story are one report.
#[test]
fn reports_count_a_copied_story_once() {
    let story = "Firefighters battled a blaze at a grain warehouse in Port Ellis for six hours \
                 on Tuesday night before bringing it under control, the fire department said, \
                 and about 200 residents were evacuated from nearby streets as a precaution.";
    let other = "About 200 people were evacuated from their homes in Port Ellis after a fire \
                 engulfed a grain warehouse late on Tuesday, and crews needed six hours to \
                 contain the flames, according to the fire department.";
    let set = parallax_engine::corpus::ArticleSet {
        name: "copies".into(),
        articles: [("a.txt", story), ("b.txt", story), ("c.txt", other)]
            .iter()
            .map(|(n, t)| {
                parallax_engine::corpus::article_from_bytes(n, t.as_bytes(), None).unwrap()
            })
            .collect(),
        warnings: vec![],
    };
    let analysis = analyze(&set, &Config::default());
    assert_eq!(analysis.reuse.independent_reports(), 2);
    let mut md = Vec::new();
    parallax_documents::export::export(
        parallax_documents::export::ExportFormat::Markdown,
        &analysis,
        None,
        &mut md,
    )
    .unwrap();
    let md = String::from_utf8(md).unwrap();
    assert!(md.contains("3 outlets, 2 independent reports"), "{md}");
}
