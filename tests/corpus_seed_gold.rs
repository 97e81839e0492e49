//! Boilerplate marking measured against the seed gold (`../shared/eval/seed-gold.json`):
//! every gold boilerplate string is covered by boilerplate statements, and no gold fact,
//! conflict or near-miss quote is marked as boilerplate.

mod common;

use parallax_engine::corpus::bundled_set;

/// Every (file, quote) of gold facts, conflicts and near misses.
fn article_quotes(gold: &serde_json::Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let pair = |v: &serde_json::Value| {
        (
            v["source"].as_str().unwrap_or_default().to_string(),
            v["quote"].as_str().unwrap_or_default().to_string(),
        )
    };
    for f in gold["facts"].as_array().into_iter().flatten() {
        for m in f["mentions"].as_array().into_iter().flatten() {
            out.push(pair(m));
        }
    }
    for key in ["conflicts", "near_misses"] {
        for c in gold[key].as_array().into_iter().flatten() {
            out.push(pair(&c["a"]));
            out.push(pair(&c["b"]));
        }
    }
    out
}

#[test]
fn boilerplate_against_seed_gold() {
    let Some(shared) = common::shared_path("") else {
        eprintln!("note: ../shared not found and PARALLAX_SHARED unset; skipping");
        return;
    };
    let gold: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("eval/seed-gold.json")).unwrap())
            .unwrap();
    let set = bundled_set();
    let article = |file: &str| {
        set.articles
            .iter()
            .find(|a| a.source.file_name == file)
            .unwrap_or_else(|| panic!("{file}"))
    };

    // Coverage: every byte of every occurrence of a gold boilerplate string lies in a
    // boilerplate statement (white space between statements aside).
    let mut gold_total = 0;
    let mut gold_covered = 0;
    let mut missed = Vec::new();
    for (file, items) in gold["boilerplate"].as_object().unwrap() {
        let a = article(file);
        let stored = &a.source.stored_text;
        for item in items.as_array().unwrap() {
            let text = item["text"].as_str().unwrap();
            for (at, _) in stored.match_indices(text) {
                gold_total += 1;
                let covered = (at..at + text.len()).all(|b| {
                    stored.as_bytes()[b].is_ascii_whitespace()
                        || a.statements
                            .iter()
                            .any(|s| s.boilerplate.is_some() && s.start <= b && b < s.end)
                });
                if covered {
                    gold_covered += 1;
                } else {
                    missed.push(format!("{file}: {text}"));
                }
            }
        }
    }

    // False positives: article quotes overlapping a boilerplate statement.
    // A quote the gold also lists as boilerplate (an embedded video title) is left out.
    let gold_boilerplate: Vec<(String, String)> = gold["boilerplate"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(file, items)| {
            items.as_array().unwrap().iter().map(move |i| {
                (
                    file.clone(),
                    i["text"].as_str().unwrap_or_default().to_string(),
                )
            })
        })
        .collect();
    let quotes: Vec<(String, String)> = article_quotes(&gold)
        .into_iter()
        .filter(|q| !gold_boilerplate.contains(q))
        .collect();
    let mut wrongly_marked = Vec::new();
    for (file, quote) in &quotes {
        let a = article(file);
        let Some(at) = a.source.stored_text.find(quote.as_str()) else {
            panic!("gold quote not found in {file}: {quote}");
        };
        let end = at + quote.len();
        if let Some(s) = a
            .statements
            .iter()
            .find(|s| s.boilerplate.is_some() && s.start < end && at < s.end)
        {
            wrongly_marked.push(format!("{file}: {quote:?} overlaps {:?}", s.text));
        }
    }
    let boilerplate_statements: usize = set
        .articles
        .iter()
        .map(|a| {
            a.statements
                .iter()
                .filter(|s| s.boilerplate.is_some())
                .count()
        })
        .sum();
    println!(
        "gold boilerplate occurrences covered: {gold_covered}/{gold_total}; \
         article quotes wrongly marked: {}/{}; boilerplate statements: {boilerplate_statements}",
        wrongly_marked.len(),
        quotes.len()
    );
    assert!(missed.is_empty(), "missed: {missed:#?}");
    assert!(
        wrongly_marked.is_empty(),
        "wrongly marked: {wrongly_marked:#?}"
    );
}
