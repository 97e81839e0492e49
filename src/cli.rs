//! The command line: `parallax compare`, `parallax eval`, `parallax bench`, and the GUI launch.
//!
//! `parallax` with no arguments (or with only paths) opens the GUI when the `gui` feature is
//! on. Each command reports errors once, as one line on stderr, and returns a non-zero code.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "parallax",
    version,
    about = "Compare how news sources report the same event"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Files or folders to open in the workbench (no command given).
    paths: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse an article set and print matches, conflicts and facts.
    Compare {
        /// Files or folders; none means the bundled Kazakhstan set.
        paths: Vec<PathBuf>,
        /// Write the comparison JSON to FILE, or to stdout with `-`.
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
    },
    /// Export the comparison and its annotations: HTML report, Markdown, CSV, JSON,
    /// ClaimReview or W3C Web Annotation.
    Export(crate::export::command::ExportArgs),
    /// Install for double-click launch (Linux): binary, menu entry, icons, save file type.
    InstallDesktop {
        /// Replace files that an earlier install did not write.
        #[arg(long)]
        force: bool,
    },
    /// Remove exactly what install-desktop installed (saves are kept).
    UninstallDesktop,
}

/// Run the binary; returns the process exit code.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        None => open_gui(cli.paths),
        Some(Command::Compare { paths, json }) => compare(&paths, json.as_deref()),
        Some(Command::Export(args)) => crate::export::command::run(&args),
        Some(Command::InstallDesktop { force }) => crate::desktop::run_install_command(force),
        Some(Command::UninstallDesktop) => crate::desktop::run_uninstall_command(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(feature = "gui")]
fn open_gui(paths: Vec<PathBuf>) -> anyhow::Result<()> {
    crate::ui::run(paths)
}

#[cfg(not(feature = "gui"))]
fn open_gui(_paths: Vec<PathBuf>) -> anyhow::Result<()> {
    anyhow::bail!("built without the `gui` feature; try `parallax compare`")
}

fn compare(_paths: &[PathBuf], _json: Option<&std::path::Path>) -> anyhow::Result<()> {
    anyhow::bail!("not implemented yet")
}
