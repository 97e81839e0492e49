//! The `parallax` binary: parse the command line and hand over to a command or the GUI.
#![cfg_attr(
    all(not(debug_assertions), feature = "gui"),
    windows_subsystem = "windows"
)]

fn main() -> std::process::ExitCode {
    parallax::desktop::install_panic_hook();
    parallax::cli::main()
}
