//! The command line: `parallax compare`, `parallax eval`, `parallax bench`, and the GUI launch.

use std::process::ExitCode;

/// Run the binary; returns the process exit code.
pub fn main() -> ExitCode {
    ExitCode::SUCCESS
}
