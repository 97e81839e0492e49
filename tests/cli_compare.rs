//! The `parallax compare` command: summary, JSON contract, and one clear line for bad input.

use std::process::Command;

fn parallax(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_parallax"))
        .args(args)
        .output()
        .expect("run parallax")
}

#[test]
fn compare_without_paths_uses_the_bundled_set() {
    let out = parallax(&["compare"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Sources (5)"), "{text}");
    assert!(text.contains("HARD number"), "{text}");
}

#[test]
fn json_follows_the_contract_and_offsets_are_file_bytes() {
    let out = parallax(&["compare", "--json", "-"]);
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(v["format"], "parallax-comparison");
    assert_eq!(v["version"], 1);
    let sources = v["sources"].as_array().unwrap();
    assert_eq!(sources.len(), 5);
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/articles");
    for st in v["statements"].as_array().unwrap() {
        let src = sources.iter().find(|s| s["id"] == st["source"]).unwrap();
        let bytes = std::fs::read(dir.join(src["file"].as_str().unwrap())).unwrap();
        let (a, b) = (
            st["start"].as_u64().unwrap() as usize,
            st["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            std::str::from_utf8(&bytes[a..b]).unwrap(),
            st["raw"].as_str().unwrap()
        );
    }
    let links = v["links"].as_array().unwrap();
    assert!(
        links
            .iter()
            .any(|l| l["relation"] == "conflict" && l["kind"] == "number")
    );
    for l in links {
        let score = l["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
        assert!(l["relation"] == "match" || l["relation"] == "conflict");
    }
    for f in v["facts"].as_array().unwrap() {
        let status = f["status"].as_str().unwrap();
        assert!(["corroborated", "conflicting", "single"].contains(&status));
    }
    // Figures are typed claims: the security forces' toll of eight, as an exact interval.
    let claims = v["claims"].as_array().unwrap();
    let eight = claims
        .iter()
        .find(|c| c["text"] == "eight" && c["measure"]["kind"] == "toll")
        .expect("a toll of eight");
    assert_eq!(eight["measure"]["event"], "killed");
    assert_eq!(eight["measure"]["population"], "security forces");
    assert_eq!(
        (eight["low"].as_f64(), eight["high"].as_f64()),
        (Some(8.0), Some(8.0))
    );
    let at_least = claims
        .iter()
        .find(|c| c["text"] == "at least eight")
        .unwrap();
    assert!(at_least["high"].is_null(), "no upper bound: {at_least}");
    // The other claims: a dated happening, a quotation, an action's status.
    let storming = v["time_claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["happenings"] == serde_json::json!(["STORM"]))
        .expect("a dated storming");
    assert_eq!(storming["date"], "2022-01-05");
    assert_eq!(storming["precision"], "day");
    assert!(
        v["quotation_claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|q| q["words"] == "terrorist groups")
    );
    assert!(
        v["status_claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["action"] == "SEND" && s["status"] == "intended")
    );
    // A named person's post and age are claims of their own.
    assert!(
        v["post_claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["person"] == "rogozin"
                && p["post"] == "director of the Russian space agency Roscosmos")
    );
    assert!(
        v["age_claims"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["person"] == "Nursultan Nazarbayev" && a["years"] == 81.0)
    );
    assert!(v["response_claims"].is_array());
    // How a person left a post: of their own accord by one outlet, removed by another.
    let manners: Vec<&str> = v["departure_claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["person"] == "nazarbayev" && d["post"].is_string())
        .map(|d| d["manner"].as_str().unwrap())
        .collect();
    assert_eq!(manners, ["left", "removed"]);
    let toll = &v["figures"][0];
    assert_eq!(toll["label"], "killed (security forces)");
    assert_eq!(toll["hard_conflict"], true);
    // Every compared pair of figures on a conflict link says what decided it.
    let conflict = links
        .iter()
        .find(|l| l["relation"] == "conflict" && l["kind"] == "number")
        .unwrap();
    assert!(
        conflict["checks"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["flagged"] == conflict["severity"]),
        "{conflict}"
    );
}

fn assert_one_line_error(out: &std::process::Output, needle: &str) {
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.contains(needle), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_path_is_one_clear_line() {
    let out = parallax(&["compare", "/no/such/article.txt"]);
    assert_one_line_error(&out, "/no/such/article.txt");
}

#[test]
fn binary_file_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("image.txt");
    std::fs::write(&p, [0u8, 159, 146, 150, 0, 1, 2, 3, 0, 0].repeat(100)).unwrap();
    let out = parallax(&["compare", p.to_str().unwrap()]);
    assert_one_line_error(&out, "image.txt");
}

#[test]
fn empty_folder_is_one_clear_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = parallax(&["compare", dir.path().to_str().unwrap()]);
    assert_one_line_error(&out, "nothing to compare");
}

#[test]
fn an_input_is_never_the_output() {
    // `compare --json a.txt b.txt` reads `a.txt` as the output file: an existing article
    // is never replaced with JSON, and no input is ever an output.
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    let text_a = "Police said 12 people were hurt in the blast on Monday.\n";
    std::fs::write(&a, text_a).unwrap();
    std::fs::write(
        &b,
        "Officials said 14 people were injured in Monday's blast.\n",
    )
    .unwrap();
    let (a_arg, b_arg) = (a.to_str().unwrap(), b.to_str().unwrap());
    let out = parallax(&["compare", "--json", a_arg, b_arg]);
    assert_one_line_error(&out, "an article file exists there");
    assert_eq!(std::fs::read_to_string(&a).unwrap(), text_a);
    // Through a folder, and through `export -o`, the same.
    let dir_arg = dir.path().to_str().unwrap();
    let out = parallax(&["compare", dir_arg, "--json", b_arg]);
    assert_one_line_error(&out, "is one of the inputs");
    let out = parallax(&["export", dir_arg, "-f", "html", "-o", a_arg]);
    assert_one_line_error(&out, "is one of the inputs");
    assert_eq!(std::fs::read_to_string(&a).unwrap(), text_a);
    // A new file next to the inputs is written.
    let json = dir.path().join("out.json");
    let out = parallax(&["compare", dir_arg, "--json", json.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(json.exists());
}
