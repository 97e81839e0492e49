//! The `parallax export` subcommand:
//! `parallax export [PATH...] [--annotations FILE.ron] --format FORMAT [-o FILE]`.
//!
//! No PATH means the bundled set; no `-o` (or `-o -`) writes to stdout. A file is written
//! atomically, and through a symlink, a FIFO or a device rather than over it.

use std::io::Write;
use std::path::PathBuf;

use parallax_documents::export::{ExportError, ExportFormat};
use parallax_engine::analysis::{Config, analyze};

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
    pub format: FormatArg,
    /// Write to FILE instead of stdout (`-` is stdout too).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// An [`ExportFormat`] as a command-line value (clap's trait is implemented here, in the
/// app, so that the document layer does not depend on clap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormatArg(pub ExportFormat);

/// Every format, in [`ExportFormat::ALL`]'s order.
const FORMAT_ARGS: [FormatArg; ExportFormat::ALL.len()] = {
    let mut out = [FormatArg(ExportFormat::ALL[0]); ExportFormat::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = FormatArg(ExportFormat::ALL[i]);
        i += 1;
    }
    out
};

impl clap::ValueEnum for FormatArg {
    fn value_variants<'a>() -> &'a [Self] {
        &FORMAT_ARGS
    }
    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        let v = clap::builder::PossibleValue::new(self.0.name()).help(self.0.label());
        Some(match self.0 {
            ExportFormat::Markdown => v.alias("markdown"),
            _ => v,
        })
    }
}

/// Run `parallax export`.
pub fn run(args: &ExportArgs) -> anyhow::Result<()> {
    let set = if args.paths.is_empty() {
        parallax_engine::corpus::bundled_set()
    } else {
        parallax_engine::corpus::load_paths(&args.paths)?
    };
    if let Some(path) = args
        .output
        .as_deref()
        .filter(|p| !parallax_fsio::is_stdout(p))
    {
        super::refuse_input_as_output(
            path,
            &set,
            &args.annotations.as_deref().into_iter().collect::<Vec<_>>(),
        )?;
    }
    let analysis = analyze(&set, &Config::default());
    let annotations = match &args.annotations {
        Some(path) => {
            let save = parallax_documents::store::load(path)?;
            let (set, report) = parallax_documents::store::reopen(&save, &analysis);
            if !report.is_clean() {
                eprintln!("parallax: {}: {}", path.display(), report.summary());
            }
            Some(set)
        }
        None => None,
    };
    let result = match &args.output {
        Some(path) if !parallax_fsio::is_stdout(path) => {
            parallax_documents::export::export_to_file(
                args.format.0,
                &analysis,
                annotations.as_ref(),
                path,
            )
        }
        _ => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            parallax_documents::export::export(
                args.format.0,
                &analysis,
                annotations.as_ref(),
                &mut lock,
            )
            .and_then(|()| lock.flush().map_err(ExportError::Io))
        }
    };
    match result {
        Err(e) if e.is_broken_pipe() => {}
        // The error's own message names the file and the cause; its chain would repeat it.
        Err(e) => anyhow::bail!("{} export: {e}", args.format.0.label()),
        Ok(()) => {}
    }
    Ok(())
}
