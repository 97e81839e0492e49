//! Loading the seed articles, HTML, and bad input through the public corpus API.

mod common;

use common::Scratch;

use std::path::Path;

use parallax_engine::corpus::{
    self, Article, LoadError, article_from_bytes, bundled_set, load_paths,
};
use parallax_engine::model::{BoilerplateKind, StatementKind};
use parallax_fsio::ReadError;

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn article<'a>(set: &'a corpus::ArticleSet, prefix: &str) -> &'a Article {
    set.articles
        .iter()
        .find(|a| a.source.file_name.starts_with(prefix))
        .unwrap()
}

#[test]
fn seed_metadata() {
    let set = bundled_set();
    assert_eq!(set.articles.len(), 5);
    let expect = [
        (
            "000",
            "The Moscow Times",
            Some("2022-01-06"),
            "Russia-led Alliance to Send Forces to Unrest-Hit Kazakhstan",
        ),
        (
            "001",
            "The Guardian",
            None,
            "Kazakhstan protests: Moscow-led alliance sends ‘peacekeeping forces’",
        ),
        (
            "002",
            "Axios",
            Some("2022-01-06"),
            "Russia-led alliance sends forces to Kazakhstan as unrest intensifies",
        ),
        (
            "003",
            "NBC News",
            None,
            "Ex-Soviet states send forces to Kazakhstan to help quell unrest",
        ),
        (
            "004",
            "004_91a0b86326d67090.txt",
            Some("2022-01-06"),
            "Russia to send forces to Kazakhstan after dozens of demonstrators killed in protests",
        ),
    ];
    for (prefix, outlet, date, title) in expect {
        let a = article(&set, prefix);
        let m = &a.source.meta;
        assert_eq!(m.outlet, outlet, "{prefix}");
        assert_eq!(m.date.map(|d| d.to_string()).as_deref(), date, "{prefix}");
        assert_eq!(m.title.as_deref(), Some(title), "{prefix}");
        assert_eq!(a.source.content_hash.len(), 64);
        assert!(a.source.path.is_none());
    }
    let m = &article(&set, "000").source.meta;
    assert_eq!(
        m.byline.as_deref(),
        Some("Christopher Rickleton and Evan Gershkovich for AFP")
    );
    assert_eq!(m.date_text.as_deref(), Some("January 06, 2022"));
    assert!(m.url.as_deref().unwrap().contains("themoscowtimes.com"));
    assert_eq!(
        article(&set, "004").source.meta.date_text.as_deref(),
        Some("January 6, 2022 9:10am")
    );
}

#[test]
fn seed_headlines_lists_and_sections() {
    let set = bundled_set();
    let a = article(&set, "000");
    let heads: Vec<&str> = a
        .statements
        .iter()
        .filter(|s| s.kind == StatementKind::Headline)
        .map(|s| s.text.as_str())
        .collect();
    assert_eq!(
        heads,
        vec![
            "Russia-led Alliance to Send Forces to Unrest-Hit Kazakhstan",
            "Stun grenades, tear gas",
            "'Old Man Out!'"
        ]
    );
    let axios = article(&set, "002");
    assert_eq!(
        axios
            .statements
            .iter()
            .filter(|s| s.kind == StatementKind::ListItem)
            .count(),
        9
    );
    let s004 = article(&set, "004");
    assert_eq!(s004.statements[0].text, "Politics");
    assert_eq!(
        s004.statements[0].boilerplate,
        Some(BoilerplateKind::Section)
    );
    assert_eq!(s004.statements[1].kind, StatementKind::Headline);
}

#[test]
fn seed_abbreviations_and_quotes_hold_together() {
    let set = bundled_set();
    let texts: Vec<&str> = set
        .articles
        .iter()
        .flat_map(|a| a.statements.iter().map(|s| s.text.as_str()))
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.ends_with("in effect until Jan. 19."))
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("What they're saying: U.S. Secretary of State"))
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("“Nazarbayev and his family") && t.ends_with("since Sunday."))
    );
    assert!(texts.iter().any(|t| t.starts_with("“Almaty was attacked")
        && t.contains("our duty … to take all possible actions")));
}

#[test]
fn seed_offsets_round_trip() {
    let set = bundled_set();
    for a in &set.articles {
        let stored = &a.source.stored_text;
        let mut last_end = 0;
        for s in &a.statements {
            assert!(s.start < s.end && s.end <= stored.len());
            assert!(s.start >= last_end, "statements in text order");
            last_end = s.end;
            let raw = &stored[s.start..s.end];
            if a.source.file_name.starts_with("000") {
                // Markdown: the raw span holds every word of the clean text, in order.
                let mut rest = raw;
                for w in s.text.split_whitespace() {
                    let at = rest
                        .find(w)
                        .unwrap_or_else(|| panic!("{w:?} not in {raw:?}"));
                    rest = &rest[at + w.len()..];
                }
            } else {
                assert_eq!(fold(raw), s.text, "{}", a.source.file_name);
            }
        }
    }
    // Markup spans: the link and bold markers are inside the raw spans.
    let a = article(&set, "000");
    let stored = &a.source.stored_text;
    let by = &a.statements[1];
    assert_eq!(
        &stored[by.start..by.end],
        "By [Christopher Rickleton and Evan Gershkovich for AFP](#)"
    );
    let url = a.statements.last().unwrap();
    assert!(
        stored[url.start..url.end].starts_with("<https://")
            && stored[url.start..url.end].ends_with('>')
    );
}

#[test]
fn files_on_disk_and_bom_crlf() {
    let dir = Scratch::new("bom");
    let text = "\u{feff}Storm hits coast\r\n\r\nBy Jane Roe\r\n\r\nA storm hit the coast on Monday. Mr. Smith said 2.5 inches fell.\r\n";
    let p = dir.write("storm.txt", text.as_bytes());
    let set = load_one(&p).unwrap();
    assert_eq!(set.name, "storm");
    let a = &set.articles[0];
    assert_eq!(a.source.stored_text, text);
    assert_eq!(a.source.path.as_deref(), Some(p.as_path()));
    assert_eq!(a.source.meta.title.as_deref(), Some("Storm hits coast"));
    assert_eq!(a.source.meta.byline.as_deref(), Some("Jane Roe"));
    let texts: Vec<&str> = a.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Storm hits coast",
            "By Jane Roe",
            "A storm hit the coast on Monday.",
            "Mr. Smith said 2.5 inches fell."
        ]
    );
    for s in &a.statements {
        assert_eq!(&text[s.start..s.end], s.text);
    }
}

#[test]
fn html_fixture_maps_offsets() {
    let html = r#"<!DOCTYPE html>
<html><head><title>Flood &amp; storm | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="article:published_time" content="2021-03-04T10:00:00Z">
<link rel="canonical" href="https://www.dailyplanet.example/flood">
<script>var x = "<p>Not text.</p>"; if (a < b) {}</script>
<style>p { color: red; }</style></head>
<body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<header><h1>River &ldquo;bursts&rdquo; its banks</h1><div class="byline">Share</div></header>
<article>
<p>The river rose 2.5&nbsp;metres on <b>Tuesday</b>. <a href="/x">Residents</a> were <em>evacuated</em> by Gen. Smith&#8217;s troops.</p>
<figure><img src="a.jpg" alt="flood"><figcaption>Water in the square. Photo: Jane Roe/AP</figcaption></figure>
<p>Officials said 300 homes were damaged.<br>Repairs will take weeks.</p>
<ul><li>Schools closed.</li><li>Roads reopened.</li></ul>
<div class="social-share"><p>Share this on Facebook</p></div>
</article>
<footer><p>Copyright 2021 Daily Planet</p></footer>
</body></html>"#;
    let a = article_from_bytes("flood.html", html.as_bytes(), None).unwrap();
    let m = &a.source.meta;
    assert_eq!(m.title.as_deref(), Some("River “bursts” its banks"));
    assert_eq!(m.outlet, "Daily Planet");
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2021-03-04"));
    assert_eq!(
        m.url.as_deref(),
        Some("https://www.dailyplanet.example/flood")
    );
    let texts: Vec<&str> = a.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "River “bursts” its banks",
            "Share",
            "The river rose 2.5 metres on Tuesday.",
            "Residents were evacuated by Gen. Smith’s troops.",
            "Water in the square.",
            "Photo: Jane Roe/AP",
            "Officials said 300 homes were damaged.",
            "Repairs will take weeks.",
            "Schools closed.",
            "Roads reopened.",
        ]
    );
    let raw = |i: usize| &html[a.statements[i].start..a.statements[i].end];
    assert_eq!(raw(0), "River &ldquo;bursts&rdquo; its banks");
    assert_eq!(a.statements[0].kind, StatementKind::Headline);
    assert!(a.statements[1].boilerplate.is_some());
    assert_eq!(raw(2), "The river rose 2.5&nbsp;metres on <b>Tuesday</b>.");
    assert_eq!(
        raw(3),
        "Residents</a> were <em>evacuated</em> by Gen. Smith&#8217;s troops."
    );
    assert_eq!(a.statements[4].boilerplate, Some(BoilerplateKind::Caption));
    assert_eq!(raw(7), "Repairs will take weeks.");
    assert_eq!(a.statements[8].kind, StatementKind::ListItem);
    assert!(!html[a.statements[0].start..].starts_with("<"));
}

#[test]
fn bad_input_errors_name_the_file() {
    let dir = Scratch::new("bad");
    let empty = dir.write("empty.txt", b"");
    let blank = dir.write("blank.txt", b"  \n\n \r\n");
    let binary = dir.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    let pdf = dir.write("paper.pdf", b"%PDF-1.4 text");
    let missing = dir.0.join("nowhere.txt");
    for (path, what) in [
        (&empty, "empty"),
        (&blank, "empty"),
        (&binary, "binary"),
        (&pdf, "not an article"),
        (&missing, "no such file"),
    ] {
        let err = load_one(path).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains(&path.display().to_string()), "{msg}");
        assert!(msg.contains(what), "{msg}");
    }
    assert!(matches!(
        load_paths(&[binary]),
        Err(LoadError::Binary { .. })
    ));
    assert!(matches!(load_paths(&[]), Err(LoadError::Empty(_))));
}

#[test]
fn latin1_file_is_read_lossily_with_warning() {
    let dir = Scratch::new("latin1");
    let p = dir.write(
        "cafe.txt",
        b"Caf\xe9 owners protest\n\nThe caf\xe9 closed on Monday, \x93officials\x94 said.\n",
    );
    let set = load_paths(&[p]).unwrap();
    let a = &set.articles[0];
    assert_eq!(a.source.meta.title.as_deref(), Some("Café owners protest"));
    assert!(
        a.statements
            .iter()
            .any(|s| s.text == "The café closed on Monday, “officials” said.")
    );
    assert!(a.source.warnings.iter().any(|w| w.contains("UTF-8")));
    assert!(
        set.warnings
            .iter()
            .any(|w| w.contains("cafe.txt") && w.contains("UTF-8"))
    );
}

#[test]
fn huge_files_are_refused_or_bounded() {
    let dir = Scratch::new("huge");
    // 20 MB: over the size cap, refused from its metadata without reading it.
    let line = "The council met on Monday and agreed a new budget for the city. ";
    let big: String = line.repeat(20_000_000 / line.len() + 1);
    let p = dir.write("huge.txt", big.as_bytes());
    let err = load_one(&p).unwrap_err();
    assert!(matches!(
        err,
        LoadError::Unreadable {
            cause: ReadError::TooLarge { .. },
            ..
        }
    ));
    assert!(err.to_string().contains("huge.txt") && err.to_string().contains("too large"));
    assert!(matches!(
        article_from_bytes("huge.txt", big.as_bytes(), None),
        Err(LoadError::Unreadable {
            cause: ReadError::TooLarge { .. },
            ..
        })
    ));
    // 3 MB: loads whole, but only the first MiB is segmented, with a warning.
    let text: String = format!("{}\n", line.trim_end()).repeat(3_000_000 / line.len());
    let p = dir.write("long.txt", text.as_bytes());
    let start = std::time::Instant::now();
    let set = load_paths(&[p]).unwrap();
    let a = &set.articles[0];
    assert_eq!(a.source.stored_text.len(), text.len());
    assert!(a.statements.last().unwrap().end <= corpus::MAX_SEGMENTED_BYTES);
    assert!(a.source.warnings.iter().any(|w| w.contains("long file")));
    assert!(start.elapsed().as_secs() < 20);
}

#[test]
fn folder_skips_bad_files_with_warning() {
    let dir = Scratch::new("folder");
    dir.write(
        "b_good.txt",
        b"Storm hits coast\n\nA storm hit the coast on Monday.\n",
    );
    dir.write("a_bad.txt", b"\x00\x01\x02binary\x00");
    dir.write(".hidden.txt", b"Hidden file\n");
    dir.write("notes.pdf", b"not an article");
    let set = load_one(&dir.0).unwrap();
    assert_eq!(set.articles.len(), 1);
    assert_eq!(set.articles[0].source.file_name, "b_good.txt");
    assert_eq!(set.name, dir.0.file_name().unwrap().to_string_lossy());
    assert_eq!(set.warnings.len(), 1);
    assert!(set.warnings[0].contains("a_bad.txt") && set.warnings[0].contains("binary"));

    let only_bad = Scratch::new("folder-bad");
    only_bad.write("x.txt", b"\x00\x00");
    let err = load_one(&only_bad.0).unwrap_err();
    assert!(matches!(err, LoadError::Empty(_)));
    assert!(err.to_string().contains("x.txt"));
}

#[test]
fn folder_order_is_file_name_order() {
    let dir = Scratch::new("order");
    for name in ["c.md", "a.txt", "b.html"] {
        let body = if name.ends_with("html") {
            "<p>Body of b.</p>".to_string()
        } else {
            format!("Body of {name}.\n")
        };
        dir.write(name, body.as_bytes());
    }
    dir.write("d_copy.txt", b"Body of a.txt.\n");
    let set = load_one(&dir.0).unwrap();
    assert!(
        set.warnings
            .iter()
            .any(|w| w == "d_copy.txt: same content as a.txt")
    );
    let names: Vec<&str> = set
        .articles
        .iter()
        .map(|a| a.source.file_name.as_str())
        .collect();
    assert_eq!(names, vec!["a.txt", "b.html", "c.md", "d_copy.txt"]);
}

fn load_one(p: &Path) -> Result<corpus::ArticleSet, LoadError> {
    load_paths(&[p.to_path_buf()])
}

#[test]
fn markdown_with_front_matter() {
    let md = "---\ntitle: Flood warning issued\nsource: Valley Post\ndate: 2021-03-04\nauthor: Jane Roe\n---\n\n# Flood warning issued\n\n*Rivers* rose by **2.5 metres** on Monday, [officials](https://example.org) said.\n\n1. Schools closed.\n2. Roads reopened.\n";
    let a = article_from_bytes("flood.md", md.as_bytes(), None).unwrap();
    let m = &a.source.meta;
    assert_eq!(m.title.as_deref(), Some("Flood warning issued"));
    assert_eq!(m.outlet, "Valley Post");
    assert_eq!(m.byline.as_deref(), Some("Jane Roe"));
    assert_eq!(m.date.map(|d| d.to_string()).as_deref(), Some("2021-03-04"));
    let texts: Vec<&str> = a.statements.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        vec![
            "Flood warning issued",
            "Rivers rose by 2.5 metres on Monday, officials said.",
            "Schools closed.",
            "Roads reopened."
        ]
    );
    let s = &a.statements[1];
    assert_eq!(
        &md[s.start..s.end],
        "*Rivers* rose by **2.5 metres** on Monday, [officials](https://example.org) said."
    );
    assert_eq!(a.statements[2].kind, StatementKind::ListItem);
}

#[test]
fn a_wire_dateline_without_a_year_takes_the_year_of_the_set() {
    // The PTI copy of the Gulf of Aden story is dated only "Mumbai, Nov 11 -"; the Hindu's
    // copy is "Updated: November 11, 2011". Read together, the PTI copy is of 2011, so its
    // "yesterday" is Thursday 10 November 2011.
    let Some(folder) = common::shared_path("corpora/news/ecbplus/ecb_12_ecbplus") else {
        return;
    };
    let pti = folder.join("12_3ecbplus.txt");
    let alone = load_paths(std::slice::from_ref(&pti)).unwrap();
    let meta = &alone.articles[0].source.meta;
    assert_eq!(
        (meta.date, meta.date_text.as_deref()),
        (None, Some("Nov 11"))
    );

    let set = load_paths(&[folder.join("12_1ecbplus.txt"), pti]).unwrap();
    let pti = &set.articles[1].source;
    assert_eq!(pti.meta.date, chrono::NaiveDate::from_ymd_opt(2011, 11, 11));
    assert!(
        set.warnings
            .iter()
            .any(|w| w.contains("12_3ecbplus.txt") && w.contains("gives no year; 2011")),
        "{:?}",
        set.warnings
    );
}
