//! The `parallax install-desktop` and `parallax uninstall-desktop` commands: run
//! [`super::install`] / [`super::uninstall`] for the current user and print what happened.

use super::install::{InstallOptions, install, uninstall};

/// `parallax install-desktop [--force]`: install for double-click launch and report.
pub fn run_install_command(force: bool) -> anyhow::Result<()> {
    let mut options = InstallOptions::from_env()?;
    options.force = force;
    let report = install(&options)?;
    println!("Installed Parallax for double-click launch:");
    for file in &report.files {
        println!("  {}", file.display());
    }
    println!("Recorded in {}", report.manifest.display());
    for stale in &report.removed_stale {
        println!(
            "Removed {} (left over from an earlier install)",
            stale.display()
        );
    }
    for note in &report.tool_notes {
        println!("  {note}");
    }
    if !report.bin_dir_on_path {
        println!(
            "Note: {} is not on your PATH; the menu entry works anyway, but to type `parallax` \
             in a terminal add it to PATH.",
            options.bin_dir.display()
        );
    }
    println!(
        "Parallax is now in your applications menu, and double-clicking a save opens it. \
         Undo with `parallax uninstall-desktop`."
    );
    Ok(())
}

/// `parallax uninstall-desktop`: remove exactly what `install-desktop` installed.
pub fn run_uninstall_command() -> anyhow::Result<()> {
    let options = InstallOptions::from_env()?;
    let report = uninstall(&options)?;
    println!("Removed:");
    for file in &report.removed {
        println!("  {}", file.display());
    }
    if !report.removed_dirs.is_empty() {
        println!(
            "  and {} folder(s) the install had created, now empty",
            report.removed_dirs.len()
        );
    }
    for file in &report.already_gone {
        println!("Already gone: {}", file.display());
    }
    for file in &report.kept_modified {
        println!("Kept (changed since the install): {}", file.display());
    }
    for note in &report.tool_notes {
        println!("  {note}");
    }
    println!("Your saves and crash logs were not touched.");
    Ok(())
}
