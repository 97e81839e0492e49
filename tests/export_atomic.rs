//! Exports to a file are atomic: a failure leaves an existing file as it was, and no
//! temporary file behind.

mod common;
mod export_fixtures;

use export_fixtures::*;
use parallax_documents::export::{ExportError, ExportFormat, export_to_file, write_atomically};

fn scratch_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("parallax-export-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn entries(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn export_replaces_a_file_whole() {
    let dir = scratch_dir("replace");
    let path = dir.join("report.html");
    std::fs::write(&path, "old report").unwrap();
    let analysis = hostile();
    export_to_file(
        ExportFormat::Html,
        &analysis,
        Some(&hostile_annotations(&analysis)),
        &path,
    )
    .unwrap();
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>") && html.trim_end().ends_with("</html>"));
    assert_eq!(entries(&dir), ["report.html"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_failure_mid_write_leaves_the_old_file_intact() {
    let dir = scratch_dir("fail");
    let path = dir.join("report.csv");
    std::fs::write(&path, "old,content\n").unwrap();
    let err = write_atomically(&path, |w| {
        w.write_all(b"half a new fi")?;
        Err(ExportError::Io(std::io::Error::other("disk full")))
    })
    .unwrap_err();
    assert!(err.to_string().contains("disk full"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "old,content\n");
    assert_eq!(
        entries(&dir),
        ["report.csv"],
        "no temporary file left behind"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn exporting_onto_a_folder_or_into_a_missing_folder_fails_cleanly() {
    let dir = scratch_dir("folder");
    let analysis = bundled();
    let err = export_to_file(ExportFormat::Markdown, &analysis, None, &dir).unwrap_err();
    assert!(err.to_string().contains("folder"), "{err}");
    let missing = dir.join("no/such/folder/report.md");
    let err = export_to_file(ExportFormat::Markdown, &analysis, None, &missing).unwrap_err();
    assert!(err.to_string().contains("report.md"), "{err}");
    assert!(entries(&dir).is_empty());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_writers_own_error_comes_back_whole_and_no_backup_is_kept() {
    let dir = scratch_dir("error-kind");
    let path = dir.join("report.json");
    let err =
        write_atomically(&path, |_| Err(ExportError::UnknownFormat("odt".into()))).unwrap_err();
    assert!(
        matches!(err, ExportError::UnknownFormat(ref f) if f == "odt"),
        "{err:?}"
    );
    assert!(entries(&dir).is_empty(), "nothing created on failure");
    std::fs::write(&path, "{}").unwrap();
    write_atomically(&path, |w| Ok(w.write_all(b"[1]")?)).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "[1]");
    assert_eq!(entries(&dir), ["report.json"], "an export keeps no .bak");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_export_is_never_written_over_an_article_compared() {
    // A slip in the file dialog: the report's path is one of the articles. The export is
    // refused with a clear message and the article is left as it was.
    let dir = scratch_dir("over-article");
    let (article, text, analysis) = common::two_reports_of_a_blast(&dir);
    let err = export_to_file(ExportFormat::Html, &analysis, None, &article).unwrap_err();
    assert!(
        err.to_string().contains("is one of the articles compared"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&article).unwrap(), text);
    // A new file beside the articles is written.
    export_to_file(
        ExportFormat::Html,
        &analysis,
        None,
        &dir.join("report.html"),
    )
    .unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
