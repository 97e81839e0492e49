//! `parallax export` on the command line.

use std::process::Command;

fn parallax() -> Command {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
}

#[test]
fn every_format_goes_to_stdout_for_the_bundled_set() {
    for format in ["html", "md", "csv", "json", "claimreview", "w3c"] {
        let out = parallax()
            .args(["export", "--format", format])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.is_empty(), "{format}");
        if matches!(format, "json" | "claimreview" | "w3c") {
            serde_json::from_str::<serde_json::Value>(&text).unwrap();
        }
    }
}

#[test]
fn output_file_and_paths() {
    let dir = std::env::temp_dir().join(format!("parallax-export-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let article = dir.join("a.txt");
    std::fs::write(
        &article,
        "Police said eight people were killed. Others fled.\n",
    )
    .unwrap();
    let report = dir.join("out.md");
    let out = parallax()
        .args(["export", "--format", "md", "-o"])
        .arg(&report)
        .arg(&article)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout.is_empty());
    let md = std::fs::read_to_string(&report).unwrap();
    assert!(md.contains("## Sources") && md.contains("a.txt"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bad_input_gets_one_line_and_a_failure_code() {
    let out = parallax()
        .args(["export", "--format", "html", "/no/such/article.txt"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("/no/such/article.txt"));

    let out = parallax()
        .args(["export", "--format", "pdf"])
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn annotations_from_a_save_file_are_exported() {
    use parallax_documents::annotate::anchor::statement_target;
    use parallax_documents::annotate::{Annotation, AnnotationSet, Verdict};
    use parallax_documents::store::{SaveFile, SetIdentity};
    use parallax_engine::analysis::{Config, analyze};
    use parallax_engine::model::StatementIdx;

    let analysis = analyze(&parallax_engine::corpus::bundled_set(), &Config::default());
    let statement = (0..analysis.statements.len())
        .map(StatementIdx)
        .find(|&s| !analysis.statement(s).is_boilerplate())
        .unwrap();
    let mut a = Annotation::new(1, statement_target(&analysis, statement).unwrap(), "desk");
    a.verdict = Some(Verdict::MostlyTrue);
    a.note = "Checked against the wire copy.".into();
    let set = AnnotationSet::from_parts(vec![a], vec![]);
    let dir = std::env::temp_dir().join(format!("parallax-export-save-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let save = dir.join("bundled.ron");
    parallax_documents::store::save(
        &save,
        &SaveFile::new(SetIdentity::of("bundled", &analysis), &set),
    )
    .unwrap();

    let out = parallax()
        .args(["export", "--format", "claimreview", "--annotations"])
        .arg(&save)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["reviewRating"]["alternateName"], "Mostly true");
    assert_eq!(v[0]["reviewBody"], "Checked against the wire copy.");
    assert_eq!(
        v[0]["claimReviewed"],
        analysis.statement(statement).text.as_str()
    );

    // A file that is not a save: one clear line naming it.
    let bad = dir.join("bad.ron");
    std::fs::write(&bad, "(format: \"something else\"").unwrap();
    let out = parallax()
        .args(["export", "--format", "html", "--annotations"])
        .arg(&bad)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("bad.ron"), "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}
