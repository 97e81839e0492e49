//! Runs the figure and date readers over every line of the seed articles and of the shared
//! news corpora: no panic, byte ranges exact and ordered, intervals sane. Set
//! `PARALLAX_DUMP=quantities` or `PARALLAX_DUMP=dates` to print what was read.

mod common;

use std::path::{Path, PathBuf};
use std::time::Instant;

use parallax_engine::text::date::{extract_dates, parse_date_line};
use parallax_engine::text::quantity::extract_quantities;

fn text_files(dir: &Path, out: &mut Vec<PathBuf>, limit: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if out.len() >= limit {
            return;
        }
        if path.is_dir() {
            text_files(&path, out, limit);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

#[test]
fn corpus_lines_read_cleanly() {
    let Some(shared) = common::shared_path("") else {
        println!("skipped: no ../shared and no PARALLAX_SHARED");
        return;
    };
    let limit: usize = std::env::var("PARALLAX_CORPUS_FILES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(150);
    let mut files = Vec::new();
    text_files(&shared.join("seeds"), &mut files, usize::MAX);
    text_files(&shared.join("corpora/news/ecbplus"), &mut files, limit);
    text_files(&shared.join("corpora/news/gva"), &mut files, 2 * limit);
    let dump = std::env::var("PARALLAX_DUMP").unwrap_or_default();
    let article_date = chrono::NaiveDate::from_ymd_opt(2022, 1, 6);
    let (mut lines, mut quantities, mut dates, mut bytes) = (0usize, 0usize, 0usize, 0usize);
    let started = Instant::now();
    let mut reading_secs = [0.0f64; 3];
    for file in &files {
        let Ok(text) = std::fs::read_to_string(file) else {
            continue;
        };
        for line in text.lines() {
            lines += 1;
            bytes += line.len();
            let clock = Instant::now();
            let found = extract_quantities(line);
            reading_secs[0] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let mentions = extract_dates(line, article_date);
            reading_secs[1] += clock.elapsed().as_secs_f64();
            let clock = Instant::now();
            let date_line = parse_date_line(line);
            reading_secs[2] += clock.elapsed().as_secs_f64();
            let mut last_end = 0;
            for q in found {
                assert_eq!(q.text, &line[q.start..q.end], "{}", file.display());
                assert!(q.start >= last_end && q.start < q.end, "{line}");
                assert!(q.low <= q.high, "{line}: {q:?}");
                assert!(q.value.is_finite(), "{line}: {q:?}");
                last_end = q.end;
                quantities += 1;
                if dump == "quantities" {
                    println!(
                        "{:?} {:?} {:?} {} [{}, {}] unit={:?}",
                        q.text, q.kind, q.bound, q.value, q.low, q.high, q.unit
                    );
                }
            }
            let mut last_end = 0;
            for d in mentions {
                assert_eq!(d.text, &line[d.start..d.end], "{}", file.display());
                assert!(d.start >= last_end && d.start < d.end, "{line}");
                last_end = d.end;
                dates += 1;
                if dump == "dates" {
                    println!(
                        "{:?} {:?} {:?}..{:?} rel={}",
                        d.text, d.precision, d.resolved, d.resolved_end, d.relative
                    );
                }
            }
            // Cut lines: figures and dates broken at arbitrary places must not panic.
            for cut in [line.len() / 3, 2 * line.len() / 3] {
                let cut = (cut..=line.len())
                    .find(|&c| line.is_char_boundary(c))
                    .unwrap_or(line.len());
                for piece in [&line[..cut], &line[cut..]] {
                    for q in extract_quantities(piece) {
                        assert_eq!(q.text, &piece[q.start..q.end]);
                    }
                    for d in extract_dates(piece, article_date) {
                        assert_eq!(d.text, &piece[d.start..d.end]);
                    }
                    let _ = parse_date_line(piece);
                }
            }
            if let Some(date) = date_line
                && dump == "date-lines"
            {
                println!("{line:?} -> {date}");
            }
        }
    }
    let elapsed = started.elapsed();
    println!(
        "{} files, {lines} lines, {bytes} bytes: {quantities} quantities, {dates} dates in {elapsed:?} \
         (reading only: quantities {:.3} s, dates {:.3} s, date lines {:.3} s)",
        files.len(),
        reading_secs[0],
        reading_secs[1],
        reading_secs[2]
    );
}
