//! Exports of an annotated comparison: the HTML report, Markdown, CSV, the comparison JSON,
//! schema.org ClaimReview and W3C Web Annotation JSON-LD.
//!
//! [`export`] writes one format to any writer; [`export_to_file`] writes it atomically
//! through the workspace's one atomic-write helper ([`parallax_fsio::write_atomic`]: a temporary
//! file in the same folder, flushed, synced and renamed over the target, so a failed
//! export never leaves a half file). Each format has its own printer module; all of
//! them read the shared [`report::Report`], which is the only place that interprets the
//! [`Analysis`]. The `export` subcommand of the command line is in the app (`src/cli/export.rs`).

pub mod claimreview;
pub mod comparison;
pub mod csv;
pub mod html;
pub mod json;
pub mod markdown;
pub mod report;
pub mod resolve;
pub mod summary;
pub mod w3c;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::annotate::AnnotationSet;
use crate::annotate::overrides::apply_overrides_with_report;
use parallax_engine::model::Analysis;
use report::{AnnotationRow, Report};

/// The formats Parallax exports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// One self-contained HTML page that prints cleanly.
    Html,
    /// The report as Markdown, for wikis and pull requests.
    Markdown,
    /// One row per fact and per annotation.
    Csv,
    /// The `parallax-comparison` JSON contract with the annotations added.
    Json,
    /// schema.org ClaimReview JSON-LD, one review per claim with a verdict.
    ClaimReview,
    /// W3C Web Annotation JSON-LD (an AnnotationCollection).
    W3c,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 6] = [
        Self::Html,
        Self::Markdown,
        Self::Csv,
        Self::Json,
        Self::ClaimReview,
        Self::W3c,
    ];

    /// The name on the command line: `html`, `md`, `csv`, `json`, `claimreview`, `w3c`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Json => "json",
            Self::ClaimReview => "claimreview",
            Self::W3c => "w3c",
        }
    }

    /// What people read in a format menu: "HTML report".
    pub fn label(self) -> &'static str {
        match self {
            Self::Html => "HTML report",
            Self::Markdown => "Markdown",
            Self::Csv => "CSV (spreadsheet)",
            Self::Json => "Comparison JSON",
            Self::ClaimReview => "ClaimReview (schema.org JSON-LD)",
            Self::W3c => "W3C Web Annotation (JSON-LD)",
        }
    }

    /// File extension without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Html => "html",
            Self::Markdown => "md",
            Self::Csv => "csv",
            Self::Json => "json",
            Self::ClaimReview | Self::W3c => "jsonld",
        }
    }

    /// A file name for a set: `kazakhstan-2022.html`, `kazakhstan-2022.claimreview.jsonld`.
    /// The two JSON-LD formats get a second extension so they do not overwrite each other.
    pub fn suggested_file_name(self, set_name: &str) -> String {
        let stem: String = set_name
            .chars()
            .map(|c| {
                if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        let stem = stem.trim_matches(['-', '.']);
        let stem = if stem.is_empty() { "parallax" } else { stem };
        match self {
            Self::ClaimReview => format!("{stem}.claimreview.jsonld"),
            Self::W3c => format!("{stem}.annotations.jsonld"),
            _ => format!("{stem}.{}", self.extension()),
        }
    }

    /// MIME type of the output.
    pub fn mime_type(self) -> &'static str {
        match self {
            Self::Html => "text/html",
            Self::Markdown => "text/markdown",
            Self::Csv => "text/csv",
            Self::Json => "application/json",
            Self::ClaimReview | Self::W3c => "application/ld+json",
        }
    }

    /// Parse a [`ExportFormat::name`] (case-insensitive); also accepts `markdown`,
    /// `jsonld` (ClaimReview is not guessed from it) and `w3c-annotation`.
    pub fn from_name(name: &str) -> Option<ExportFormat> {
        let n = name.trim().to_ascii_lowercase();
        let n = n.as_str();
        Self::ALL.into_iter().find(|f| f.name() == n).or(match n {
            "markdown" => Some(Self::Markdown),
            "claim-review" => Some(Self::ClaimReview),
            "w3c-annotation" | "webannotation" | "web-annotation" => Some(Self::W3c),
            _ => None,
        })
    }
}

impl std::fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for ExportFormat {
    type Err = ExportError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s).ok_or_else(|| ExportError::UnknownFormat(s.to_string()))
    }
}

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("unknown export format `{0}` (expected html, md, csv, json, claimreview or w3c)")]
    UnknownFormat(String),
    #[error("cannot write the export: {0}")]
    Io(#[from] std::io::Error),
    #[error("cannot write {path}: {cause}")]
    File {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("cannot write CSV: {0}")]
    Csv(#[from] ::csv::Error),
    #[error("cannot write JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("{path} is one of the articles compared; the export is not written over it")]
    OverAnArticle { path: PathBuf },
}

impl ExportError {
    /// True when the reader went away (`parallax export ... | head`): not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        let broken = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
        match self {
            Self::Io(e) | Self::File { cause: e, .. } => broken(e),
            Self::Csv(e) => matches!(e.kind(), ::csv::ErrorKind::Io(io) if broken(io)),
            Self::Json(e) => e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe),
            Self::UnknownFormat(_) | Self::OverAnArticle { .. } => false,
        }
    }
}

/// Write `analysis` (with `annotations`, if any) in `format` to `out`.
///
/// The checker's corrections of the articles (names, dates, URLs, origins, exclusions) and
/// then the link overrides in the annotation set are applied first, so the export shows the links,
/// conflicts and facts as the user corrected them; each annotation is then located in the
/// corrected analysis (orphans are exported with their saved quote, marked as such), and
/// each link decision is listed with what it did and what the engine had said.
pub fn export(
    format: ExportFormat,
    analysis: &Analysis,
    annotations: Option<&AnnotationSet>,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match annotations {
        Some(set) => {
            let (corrected, report) = annotated_report(analysis, set);
            write_report(format, &report, &corrected, out)
        }
        None => export_rows(format, analysis, Vec::new(), out),
    }
}

/// The corrected analysis (article corrections and overrides applied) and its report with the annotations and the
/// link decisions of `set`: what [`export`] prints.
pub fn annotated_report(analysis: &Analysis, set: &AnnotationSet) -> (Analysis, Report) {
    let base = crate::annotate::apply_source_corrections(analysis, set.source_corrections());
    let (corrected, outcomes) = apply_overrides_with_report(&base, set);
    let rows = resolve::annotation_rows(&corrected, set);
    let decisions = resolve::link_decision_rows(&base, &corrected, set.overrides(), &outcomes);
    let report = Report::build(&corrected, rows).with_link_decisions(decisions);
    (corrected, report)
}

/// Write the export of an analysis with annotation rows already resolved against it
/// (see [`resolve::annotation_rows`]); no overrides are applied here and no link
/// decisions are listed.
pub fn export_rows(
    format: ExportFormat,
    analysis: &Analysis,
    annotations: Vec<AnnotationRow>,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    write_report(format, &Report::build(analysis, annotations), analysis, out)
}

/// Write a report built from `analysis` (see [`annotated_report`]) in `format`.
pub fn write_report(
    format: ExportFormat,
    report: &Report,
    analysis: &Analysis,
    out: &mut dyn Write,
) -> Result<(), ExportError> {
    match format {
        ExportFormat::Html => html::write(report, analysis, out),
        ExportFormat::Markdown => markdown::write(report, out),
        ExportFormat::Csv => csv::write(report, out),
        ExportFormat::Json => json::write(report, analysis, out),
        ExportFormat::ClaimReview => claimreview::write(report, analysis, out),
        ExportFormat::W3c => w3c::write(report, analysis, out),
    }
}

/// [`export`] to a file, atomically: an existing file at `path` is replaced only once the
/// whole export has been written and synced; on any failure it is left as it was.
pub fn export_to_file(
    format: ExportFormat,
    analysis: &Analysis,
    annotations: Option<&AnnotationSet>,
    path: &Path,
) -> Result<(), ExportError> {
    refuse_an_article(analysis, path)?;
    write_atomically(path, |w| export(format, analysis, annotations, w))
}

/// Refuse to write over one of the articles the analysis compares (see
/// [`crate::is_an_article`]).
fn refuse_an_article(analysis: &Analysis, path: &Path) -> Result<(), ExportError> {
    if crate::is_an_article(analysis, path) {
        return Err(ExportError::OverAnArticle {
            path: path.to_path_buf(),
        });
    }
    Ok(())
}

/// Write a file atomically with [`parallax_fsio::write_atomic`]: `write` fills a temporary
/// file in the same folder, which is then flushed, synced to disk and renamed over `path`
/// (a symlink is written through; a FIFO or a device is written into, never replaced). If
/// `write` or any step fails, the temporary file is removed and `path` is untouched.
/// Unlike saves, an export never creates folders and keeps no backup.
pub fn write_atomically<F>(path: &Path, write: F) -> Result<(), ExportError>
where
    F: FnOnce(&mut dyn Write) -> Result<(), ExportError>,
{
    parallax_fsio::write_atomic(path, &parallax_fsio::WriteOptions::default(), write).map_err(|e| {
        match e {
            parallax_fsio::WriteError::Body(e) => e,
            parallax_fsio::WriteError::Io(cause) => ExportError::File {
                path: path.to_path_buf(),
                cause,
            },
        }
    })
}
