//! Offsets in files that are not UTF-8: Windows-1252 and UTF-16 (with a byte order mark)
//! articles, plain, Markdown and HTML, are loaded through the real loader and analysis,
//! and for every statement the file's bytes `start..end`, decoded, are its `raw` text
//! (the JSON contract); anchors, selections, reports and the W3C export use the same
//! offsets. Real 2012 articles from `../shared/corpora/news`, re-encoded as Windows-1252 in
//! memory, are checked the same way (skipped when the corpora are absent).

mod common;

use common::Scratch;

use std::collections::HashMap;
use std::path::PathBuf;

use parallax_documents::annotate::anchor::{anchor_statement, locate, statement_target};
use parallax_documents::annotate::selection::{anchor_in_statement, range_in_statement_text};
use parallax_documents::annotate::{Annotation, AnnotationSet, Target};
use parallax_documents::export::{ExportFormat, export};
use parallax_engine::corpus::load::decode;
use parallax_engine::model::{Analysis, StatementIdx};
use parallax_engine::{Config, analyze};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Encoding {
    Windows1252,
    Utf16Le,
    Utf16Be,
}

/// The Windows-1252 table, read from the loader one byte at a time (a lone byte of 0x80
/// or more is not UTF-8, so it is decoded as Windows-1252).
fn table_1252() -> Vec<char> {
    (0..=255u8)
        .map(|b| {
            let (text, _) = decode(&[b]);
            let mut chars = text.chars();
            let c = chars.next().unwrap();
            assert!(chars.next().is_none());
            c
        })
        .collect()
}

/// `text` in Windows-1252; `None` if a character has no byte there.
fn to_1252(text: &str) -> Option<Vec<u8>> {
    let table = table_1252();
    let back: HashMap<char, u8> = table
        .iter()
        .enumerate()
        .filter(|(_, c)| **c != '\u{fffd}')
        .map(|(b, c)| (*c, b as u8))
        .collect();
    text.chars().map(|c| back.get(&c).copied()).collect()
}

fn to_utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in text.encode_utf16() {
        out.extend(if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

fn encode(text: &str, enc: Encoding) -> Vec<u8> {
    match enc {
        Encoding::Windows1252 => to_1252(text).expect("text fits Windows-1252"),
        Encoding::Utf16Le => to_utf16(text, true),
        Encoding::Utf16Be => to_utf16(text, false),
    }
}

/// Decode a slice of a file's bytes independently of the loader's offsets; `None` when the
/// slice cuts a character (an odd UTF-16 boundary).
fn decode_slice(bytes: &[u8], enc: Encoding) -> Option<String> {
    match enc {
        Encoding::Windows1252 => {
            let table = table_1252();
            Some(bytes.iter().map(|b| table[*b as usize]).collect())
        }
        Encoding::Utf16Le | Encoding::Utf16Be => {
            if !bytes.len().is_multiple_of(2) {
                return None;
            }
            let units: Vec<u16> = bytes
                .chunks(2)
                .map(|c| {
                    if enc == Encoding::Utf16Le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                })
                .collect();
            String::from_utf16(&units).ok()
        }
    }
}

/// Statements whose stored bytes `start..end` decode to the JSON's `raw`, out of all; the
/// failures are printed (at most a few).
fn round_trip(analysis: &Analysis, files: &HashMap<String, (Vec<u8>, Encoding)>) -> (usize, usize) {
    let json: serde_json::Value = serde_json::from_str(
        &parallax_documents::export::comparison::to_json_string(analysis),
    )
    .unwrap();
    let file_of: HashMap<&str, &str> = json["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["id"].as_str().unwrap(), s["file"].as_str().unwrap()))
        .collect();
    let statements = json["statements"].as_array().unwrap();
    let mut good = 0;
    let mut shown = 0;
    for s in statements {
        let file = file_of[s["source"].as_str().unwrap()];
        let (bytes, enc) = &files[file];
        let (start, end) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        let raw = s["raw"].as_str().unwrap();
        let stored = bytes.get(start..end).and_then(|b| decode_slice(b, *enc));
        if stored.as_deref() == Some(raw) && !raw.is_empty() {
            good += 1;
        } else if shown < 3 {
            shown += 1;
            eprintln!("{file} {start}..{end}: raw {raw:?}, file bytes decode to {stored:?}");
        }
    }
    (good, statements.len())
}

fn analyse_files(
    dir: &Scratch,
    files: &[(&str, &str, Encoding)],
) -> (Analysis, HashMap<String, (Vec<u8>, Encoding)>) {
    let mut stored = HashMap::new();
    let mut paths = Vec::new();
    for (name, text, enc) in files {
        let bytes = encode(text, *enc);
        paths.push(dir.write(name, &bytes));
        stored.insert(name.to_string(), (bytes, *enc));
    }
    let set = parallax_engine::corpus::load_paths(&paths).unwrap();
    (analyze(&set, &Config::default()), stored)
}

const PLAIN: &str = "Café owners protest £5 rent rise\n\n\
By Zoë Brontë\n\n\
The café’s owners said on Monday that the “unfair” rise — from £20 to £25 — would close them. \
“We can’t pay,” said Renée Dupré, who runs the Crème Brûlée café. Officials said it was fair.\n\n\
• A second café, Señor Niño’s, closed in 2011… The council’s reply was “final”.\n";

const MARKDOWN: &str = "# Café owners protest £5 rise\n\n\
**By Zoë Brontë** for [Le Café](https://example.org/caf%C3%A9)\n\n\
The café’s owners said on *Monday* that the “unfair” rise — from £20 to £25 — would close them. \
“We can’t pay,” said Renée Dupré.\n\n\
- Señor Niño’s café closed in 2011… `£` signs were taken down.\n";

const HTML: &str = "<!DOCTYPE html><html><head><meta charset=\"windows-1252\">\
<title>Café owners protest £5 rise – Le Monde</title></head><body>\
<h1>Café owners protest &pound;5 rise</h1>\
<p class=\"byline\">By <b>Zoë Brontë</b></p>\
<p>The café’s owners said on <em>Monday</em> that the “unfair” rise &mdash; from £20 to &#163;25 — \
would close them. “We can’t pay,” said <a href=\"/p/ren%E9e\">Renée Dupré</a>.</p>\
<p>Señor Niño’s café closed in 2011&hellip; The council’s reply was “final”.</p>\
</body></html>";

#[test]
fn windows_1252_offsets_are_file_bytes() {
    let dir = Scratch::new("cp1252");
    let files = [
        ("a-plain.txt", PLAIN, Encoding::Windows1252),
        ("b-markdown.md", MARKDOWN, Encoding::Windows1252),
        ("c-page.html", HTML, Encoding::Windows1252),
    ];
    let (analysis, stored) = analyse_files(&dir, &files);
    assert_eq!(analysis.sources.len(), 3);
    for src in &analysis.sources {
        assert!(
            src.warnings.iter().any(|w| w.contains("Windows-1252")),
            "{:?}",
            src.warnings
        );
    }
    let (good, all) = round_trip(&analysis, &stored);
    assert!(all >= 12, "{all} statements");
    assert_eq!(good, all, "statements whose file bytes are their raw text");
    // The clean text is still decoded properly.
    assert!(
        analysis
            .statements
            .iter()
            .any(|s| s.text.starts_with("“We can’t pay,” said Renée Dupré"))
    );
    assert_eq!(
        analysis.sources[2].meta.title.as_deref(),
        Some("Café owners protest £5 rise")
    );
}

#[test]
fn utf16_offsets_are_file_bytes() {
    let dir = Scratch::new("utf16");
    let files = [
        ("a-plain-le.txt", PLAIN, Encoding::Utf16Le),
        ("b-markdown-be.md", MARKDOWN, Encoding::Utf16Be),
        ("c-page-le.html", HTML, Encoding::Utf16Le),
        // Beyond the Basic Multilingual Plane: surrogate pairs are 4 file bytes.
        (
            "d-emoji-be.txt",
            "Storm 🌀 hits the coast\n\nThe storm 🌀 hit the “coast” on Monday. 𝄞 Music played.\n",
            Encoding::Utf16Be,
        ),
    ];
    let (analysis, stored) = analyse_files(&dir, &files);
    for src in &analysis.sources {
        assert!(src.warnings.iter().any(|w| w.contains("UTF-16")));
    }
    let (good, all) = round_trip(&analysis, &stored);
    assert!(all >= 12, "{all} statements");
    assert_eq!(good, all, "statements whose file bytes are their raw text");
}

#[test]
fn utf8_offsets_are_unchanged() {
    let dir = Scratch::new("utf8");
    let files: Vec<(String, Vec<u8>)> = vec![
        ("a.txt".into(), PLAIN.as_bytes().to_vec()),
        ("b.md".into(), MARKDOWN.as_bytes().to_vec()),
        ("c.html".into(), HTML.as_bytes().to_vec()),
    ];
    let paths: Vec<PathBuf> = files.iter().map(|(n, b)| dir.write(n, b)).collect();
    let set = parallax_engine::corpus::load_paths(&paths).unwrap();
    let analysis = analyze(&set, &Config::default());
    for s in &analysis.statements {
        let src = analysis.source(s.source);
        assert!(src.warnings.is_empty());
        let bytes = &files[s.source.0].1;
        assert_eq!(
            std::str::from_utf8(&bytes[s.start..s.end]).unwrap(),
            &src.stored_text[s.start..s.end]
        );
    }
}

/// Anchors, selections, the W3C export and re-attachment agree with the statements'
/// file offsets in a Windows-1252 and a UTF-16 file.
#[test]
fn anchors_and_selections_use_file_offsets() {
    let dir = Scratch::new("anchors");
    let files = [
        ("a-plain.txt", PLAIN, Encoding::Windows1252),
        ("b-page.html", HTML, Encoding::Utf16Le),
    ];
    let (analysis, stored) = analyse_files(&dir, &files);
    for (i, s) in analysis.statements.iter().enumerate() {
        let src = analysis.source(s.source);
        let (bytes, enc) = &stored[&src.file_name];
        let raw = decode_slice(&bytes[s.start..s.end], *enc).unwrap();
        // A statement anchor holds the file offsets and the raw text.
        let anchor = anchor_statement(&analysis, StatementIdx(i)).unwrap();
        assert_eq!(
            (anchor.position.start, anchor.position.end),
            (s.start, s.end)
        );
        assert_eq!(anchor.quote.exact, raw);
        // It re-attaches where it is.
        let found = locate(&anchor, &analysis);
        assert_eq!(found.span(), Some((s.source, s.start, s.end)), "{raw:?}");
        // An anchor whose old offsets are off still re-attaches by its quote, in file bytes.
        let mut moved = anchor.clone();
        moved.position.start = 0;
        moved.position.end = 1;
        assert_eq!(
            locate(&moved, &analysis).span(),
            Some((s.source, s.start, s.end))
        );
    }
    // A selection of one word with non-ASCII letters in the clean text.
    let (idx, s) = analysis
        .statements
        .iter()
        .enumerate()
        .find(|(_, s)| s.text.contains("Renée Dupré") && s.text.starts_with("“We"))
        .unwrap();
    let word = "Renée Dupré";
    let at = s.text.find(word).unwrap();
    let anchor = anchor_in_statement(&analysis, StatementIdx(idx), at, at + word.len()).unwrap();
    let src = analysis.source(s.source);
    let (bytes, enc) = &stored[&src.file_name];
    assert_eq!(anchor.quote.exact, word);
    assert_eq!(
        decode_slice(&bytes[anchor.position.start..anchor.position.end], *enc).as_deref(),
        Some(word)
    );
    assert_eq!(
        range_in_statement_text(
            &analysis,
            StatementIdx(idx),
            anchor.position.start,
            anchor.position.end
        ),
        Some((at, at + word.len()))
    );
    // The exports carry the same offsets: file bytes in the JSON, characters of the text
    // in the W3C TextPositionSelector.
    let span = Annotation::new(1, Target::Span(anchor.clone()), "desk");
    let whole = Annotation::new(
        2,
        statement_target(&analysis, StatementIdx(idx)).unwrap(),
        "desk",
    );
    let set = AnnotationSet::from_parts(vec![span, whole], vec![]);
    let mut out = Vec::new();
    export(ExportFormat::Json, &analysis, Some(&set), &mut out).unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let anchors: Vec<&serde_json::Value> = json["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| a["anchors"].as_array().unwrap())
        .collect();
    assert_eq!(anchors.len(), 2);
    for an in &anchors {
        let (start, end) = (
            an["start"].as_u64().unwrap() as usize,
            an["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            decode_slice(&bytes[start..end], *enc).as_deref(),
            an["exact"].as_str()
        );
    }
    assert_eq!(anchors[1]["start"].as_u64(), Some(s.start as u64));
    let mut out = Vec::new();
    export(ExportFormat::W3c, &analysis, Some(&set), &mut out).unwrap();
    let w3c: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let chars: Vec<char> = src.stored_text.chars().collect();
    let mut positions = 0;
    for item in w3c["first"]["items"].as_array().unwrap() {
        let selectors = item["target"]["selector"].as_array().unwrap();
        let exact = selectors[0]["exact"].as_str().unwrap();
        let (start, end) = (
            selectors[1]["start"].as_u64().unwrap() as usize,
            selectors[1]["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(chars[start..end].iter().collect::<String>(), exact);
        positions += 1;
    }
    assert_eq!(positions, 2);

    // The same in the UTF-16 HTML page, where the name is a link.
    let (idx, s) = analysis
        .statements
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s.text.contains("Renée Dupré") && analysis.source(s.source).file_name.ends_with(".html")
        })
        .unwrap();
    let at = s.text.find(word).unwrap();
    let anchor = anchor_in_statement(&analysis, StatementIdx(idx), at, at + word.len()).unwrap();
    let src = analysis.source(s.source);
    let (bytes, enc) = &stored[&src.file_name];
    let quoted = decode_slice(&bytes[anchor.position.start..anchor.position.end], *enc).unwrap();
    assert_eq!(anchor.quote.exact, quoted);
    assert!(quoted.contains(word), "{quoted:?}");
    assert_eq!(
        range_in_statement_text(
            &analysis,
            StatementIdx(idx),
            anchor.position.start,
            anchor.position.end
        ),
        Some((at, at + word.len()))
    );
}

/// Real 2012 news articles (ECB+), re-encoded as Windows-1252 in memory: every
/// statement's file bytes are its raw text.
#[test]
fn real_2012_articles_in_windows_1252_round_trip() {
    let Some(root) = common::shared_path("corpora/news") else {
        eprintln!("skipped: ../shared/corpora/news is not here");
        return;
    };
    let Ok(manifest) = std::fs::read_to_string(root.join("manifest.jsonl")) else {
        eprintln!("skipped: no manifest.jsonl");
        return;
    };
    let dir = Scratch::new("real-1252");
    let mut stored = HashMap::new();
    let mut paths = Vec::new();
    for line in manifest.lines() {
        let Ok(entry) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(file), Some(url)) = (entry["file"].as_str(), entry["url"].as_str()) else {
            continue;
        };
        if !file.starts_with("ecbplus/") || !url.contains("/2012/") {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(root.join(file)) else {
            continue;
        };
        // Articles with characters that differ between the encodings, and that
        // Windows-1252 can hold.
        if text.is_ascii() {
            continue;
        }
        let Some(bytes) = to_1252(&text) else {
            continue;
        };
        let name = file.replace('/', "_");
        paths.push(dir.write(&name, &bytes));
        stored.insert(name, (bytes, Encoding::Windows1252));
    }
    if paths.len() < 2 {
        eprintln!("skipped: fewer than two 2012 articles found");
        return;
    }
    paths.sort();
    let set = parallax_engine::corpus::load_paths(&paths).unwrap();
    let analysis = analyze(&set, &Config::default());
    let (good, all) = round_trip(&analysis, &stored);
    eprintln!(
        "{} real 2012 articles in Windows-1252: {good} of {all} statements round-trip",
        paths.len()
    );
    assert!(all > 100);
    assert_eq!(good, all);
}
