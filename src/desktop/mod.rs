//! desktop: everything that makes Parallax behave like an installed desktop application.
//!
//! - [`install`] / [`uninstall`]: put the binary, the menu entry, the icons and the file type
//!   of saves into the user's XDG folders, record them in a manifest, and remove exactly those
//!   files again ([`InstallOptions`], [`InstallReport`], [`UninstallReport`]).
//! - [`saves_dir`]: where saves go (`saves/` of a checkout, else the user's data folder; never
//!   a read-only place), with an override ([`set_saves_dir`], `PARALLAX_SAVES_DIR`).
//! - [`install_panic_hook`]: panics are logged to `<data dir>/parallax/logs/crash-*.log` and
//!   remembered for a dialog ([`last_crash_log`]).
//! - [`icon_rgba`]: the app icon decoded for the window, and the embedded asset bytes.
//!
//! No egui here: the GUI reads these functions; the native dialogs live in `ui`.

mod assets;
mod command;
mod crash;
mod error;
mod install;
mod manifest;
mod paths;

pub use assets::{
    DESKTOP_ENTRY_TEMPLATE, ICON_PNG_SIZES, ICON_SVG, MIME_PACKAGE_XML, SAVE_MIME_TYPE, icon_png,
    icon_rgba,
};
pub use command::{run_install_command, run_uninstall_command};
pub use crash::{
    CrashReport, catch_crash, crash_logs, crash_logs_dir, install_panic_hook, last_crash_log,
};
pub use error::DesktopError;
pub use install::{
    DESKTOP_FILE_NAME, InstallOptions, InstallReport, UninstallReport, desktop_entry_for, install,
    uninstall,
};
pub use paths::{
    SAVES_DIR_ENV, SavesLocation, SavesOrigin, SavesProbe, clear_saves_dir_override,
    find_checkout_root, resolve_saves_location, saves_dir, saves_location, set_saves_dir,
    user_data_dir,
};
