//! The `parallax export` subcommand:
//! `parallax export [PATH...] [--annotations FILE.ron] --format FORMAT [-o FILE]`.
//!
//! No PATH means the bundled set; no `-o` (or `-o -`) writes to stdout. A file is written
//! atomically, and through a symlink, a FIFO or a device rather than over it.

use std::io::Write;
use std::path::PathBuf;

use super::{ExportError, ExportFormat};
use crate::analysis::{Config, analyze};

/// Arguments of `parallax export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Files or folders; none means the bundled Kazakhstan set.
    pub paths: Vec<PathBuf>,
    /// Annotations to include: a save file (RON) made by the app.
    #[arg(long, value_name = "FILE.ron")]
    pub annotations: Option<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_name = "FORMAT")]
    pub format: ExportFormat,
    /// Write to FILE instead of stdout (`-` is stdout too).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

impl clap::ValueEnum for ExportFormat {
    fn value_variants<'a>() -> &'a [Self] {
        &ExportFormat::ALL
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let v = clap::builder::PossibleValue::new(self.name()).help(self.label());
        Some(match self {
            ExportFormat::Markdown => v.alias("markdown"),
            _ => v,
        })
    }
}

/// Run `parallax export`.
pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let set = if args.paths.is_empty() {
        crate::corpus::bundled_set()
    } else {
        crate::corpus::load_paths(&args.paths)?
    };
    let analysis = analyze(&set, &Config::default());
    let annotations = match &args.annotations {
        Some(path) => {
            let save = crate::store::load(path)?;
            let (set, report) = crate::store::reopen(&save, &analysis);
            if !report.is_clean() {
                eprintln!("parallax: {}: {}", path.display(), report.summary());
            }
            Some(set)
        }
        None => None,
    };
    let result = match &args.output {
        Some(path) if !crate::fsio::is_stdout(path) => {
            super::export_to_file(args.format, &analysis, annotations.as_ref(), path)
        }
        _ => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            super::export(args.format, &analysis, annotations.as_ref(), &mut lock)
                .and_then(|()| lock.flush().map_err(ExportError::Io))
        }
    };
    match result {
        Err(e) if e.is_broken_pipe() => {}
        // The error's own message names the file and the cause; its chain would repeat it.
        Err(e) => anyhow::bail!("{} export: {e}", args.format.label()),
        Ok(()) => {}
    }
    Ok(())
}
