//! Install and uninstall Parallax for double-click launch on a Linux (XDG) desktop.
//!
//! [`install`] writes, under the user's folders only:
//!
//! - `~/.local/bin/parallax`: a copy of the running binary;
//! - `$XDG_DATA_HOME/applications/parallax.desktop`: the menu entry, `Exec` pointing at that
//!   copy by absolute path;
//! - `$XDG_DATA_HOME/icons/hicolor/<size>/apps/parallax.png` (16 to 512 px) and
//!   `.../scalable/apps/parallax.svg`;
//! - `$XDG_DATA_HOME/mime/packages/parallax.xml`: the type of save files;
//! - `$XDG_DATA_HOME/parallax/install-manifest.txt`: the list of all of the above.
//!
//! It then runs `update-mime-database`, `update-desktop-database` and `xdg-mime default`
//! when they are installed (their absence or failure is reported, never fatal).
//! [`uninstall`] removes the files in the manifest whose content is unchanged, the folders
//! the install created if they are empty, and the default association it added.

use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use sha2::{Digest, Sha256};

use super::assets::{
    DESKTOP_ENTRY_TEMPLATE, ICON_PNG_SIZES, ICON_SVG, MIME_PACKAGE_XML, SAVE_MIME_TYPE, icon_png,
};
use super::error::DesktopError;
use super::manifest::{
    DefaultAssociation, InstalledFile, Manifest, manifest_path_text, sha256_hex,
};
use parallax_fsio::WriteOptions;

/// The file name of the desktop entry, which is also its desktop-file ID.
pub const DESKTOP_FILE_NAME: &str = "parallax.desktop";
const MIME_PACKAGE_FILE_NAME: &str = "parallax.xml";
const ICON_NAME: &str = "parallax";
const TOOL_TIMEOUT: Duration = Duration::from_secs(20);

/// Where to install, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstallOptions {
    /// The user's home folder (`HOME`), passed on to the desktop tools.
    pub home: PathBuf,
    /// `$XDG_DATA_HOME`, by default `~/.local/share`: entries, icons, MIME types, manifest.
    pub data_home: PathBuf,
    /// `$XDG_CONFIG_HOME`, by default `~/.config`: where `xdg-mime default` records the
    /// default application for saves.
    pub config_home: PathBuf,
    /// Where the binary goes, by default `~/.local/bin`.
    pub bin_dir: PathBuf,
    /// The binary to copy, normally [`std::env::current_exe`].
    pub binary: PathBuf,
    /// Replace files that exist but were not put there by a previous install.
    pub force: bool,
    /// Run `update-mime-database`, `update-desktop-database` and `xdg-mime` when present.
    pub run_system_tools: bool,
}

impl InstallOptions {
    /// The options for the running user: `HOME`, `XDG_DATA_HOME`, `XDG_CONFIG_HOME` and the
    /// running binary. Fails on macOS and Windows, which use packaged apps instead.
    pub fn from_env() -> Result<InstallOptions, DesktopError> {
        if cfg!(any(windows, target_os = "macos")) {
            return Err(DesktopError::Unsupported);
        }
        let home = absolute_env_path("HOME").ok_or(DesktopError::NoHome)?;
        let binary = std::env::current_exe()
            .map_err(|e| DesktopError::io("locate the running program", "parallax", e))?;
        let mut options = InstallOptions::for_home(&home, binary);
        if let Some(data_home) = absolute_env_path("XDG_DATA_HOME") {
            options.data_home = data_home;
        }
        if let Some(config_home) = absolute_env_path("XDG_CONFIG_HOME") {
            options.config_home = config_home;
        }
        Ok(options)
    }

    /// The XDG default layout under `home`, installing a copy of `binary`.
    pub fn for_home(home: &Path, binary: impl Into<PathBuf>) -> InstallOptions {
        InstallOptions {
            home: home.to_path_buf(),
            data_home: home.join(".local/share"),
            config_home: home.join(".config"),
            bin_dir: home.join(".local/bin"),
            binary: binary.into(),
            force: false,
            run_system_tools: true,
        }
    }

    /// `$XDG_DATA_HOME/parallax/install-manifest.txt`.
    pub fn manifest_path(&self) -> PathBuf {
        self.data_home.join("parallax").join("install-manifest.txt")
    }

    /// Where the binary is installed: `<bin_dir>/parallax`.
    pub fn installed_binary(&self) -> PathBuf {
        self.bin_dir
            .join(format!("parallax{}", std::env::consts::EXE_SUFFIX))
    }

    /// Where the desktop entry is installed.
    pub fn desktop_entry_path(&self) -> PathBuf {
        self.data_home.join("applications").join(DESKTOP_FILE_NAME)
    }

    fn mime_dir(&self) -> PathBuf {
        self.data_home.join("mime")
    }

    fn mimeapps_list(&self) -> PathBuf {
        self.config_home.join("mimeapps.list")
    }
}

/// What [`install`] did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstallReport {
    /// Every file written, in order (binary, entry, icons, MIME package).
    pub files: Vec<PathBuf>,
    /// The installed binary.
    pub binary: PathBuf,
    /// The installed desktop entry.
    pub desktop_entry: PathBuf,
    /// The manifest listing all of it.
    pub manifest: PathBuf,
    /// Files of an earlier install that this one no longer needs, removed.
    pub removed_stale: Vec<PathBuf>,
    /// Whether the folder of the binary is on `PATH` (so `parallax` works in a terminal).
    pub bin_dir_on_path: bool,
    /// One line per desktop tool: run, failed, or not installed.
    pub tool_notes: Vec<String>,
}

/// What [`uninstall`] did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UninstallReport {
    /// Files removed.
    pub removed: Vec<PathBuf>,
    /// Folders removed because the install created them and they were left empty.
    pub removed_dirs: Vec<PathBuf>,
    /// Files in the manifest that were changed since the install, left in place.
    pub kept_modified: Vec<PathBuf>,
    /// Files in the manifest that were already gone.
    pub already_gone: Vec<PathBuf>,
    /// One line per desktop tool or association undone.
    pub tool_notes: Vec<String>,
}

/// What goes into one installed file.
enum Payload {
    /// The bytes of a file on disk (the binary), streamed.
    CopyOf(PathBuf),
    Bytes(Vec<u8>),
}

struct Target {
    path: PathBuf,
    payload: Payload,
    executable: bool,
}

fn plan(options: &InstallOptions) -> Result<Vec<Target>, DesktopError> {
    let installed_binary = options.installed_binary();
    let icons = options.data_home.join("icons").join("hicolor");
    let mut targets = vec![
        Target {
            path: installed_binary.clone(),
            payload: Payload::CopyOf(options.binary.clone()),
            executable: true,
        },
        Target {
            path: options.desktop_entry_path(),
            payload: Payload::Bytes(desktop_entry_for(&installed_binary)?.into_bytes()),
            executable: false,
        },
    ];
    for size in ICON_PNG_SIZES {
        let bytes = icon_png(size).unwrap_or_default();
        targets.push(Target {
            path: icons
                .join(format!("{size}x{size}"))
                .join("apps")
                .join(format!("{ICON_NAME}.png")),
            payload: Payload::Bytes(bytes.to_vec()),
            executable: false,
        });
    }
    targets.push(Target {
        path: icons
            .join("scalable")
            .join("apps")
            .join(format!("{ICON_NAME}.svg")),
        payload: Payload::Bytes(ICON_SVG.to_vec()),
        executable: false,
    });
    targets.push(Target {
        path: options
            .mime_dir()
            .join("packages")
            .join(MIME_PACKAGE_FILE_NAME),
        payload: Payload::Bytes(MIME_PACKAGE_XML.as_bytes().to_vec()),
        executable: false,
    });
    Ok(targets)
}

/// The desktop entry for a binary installed at `binary`: the bundled template with `Exec`
/// and `TryExec` set to that absolute path, quoted as the Desktop Entry spec requires.
pub fn desktop_entry_for(binary: &Path) -> Result<String, DesktopError> {
    let text = manifest_path_text(binary)?;
    let exec = format!(
        "Exec={} %F",
        escape_string_value(&quote_exec_argument(text))
    );
    let try_exec = format!("TryExec={}", escape_string_value(text));
    let mut entry = String::with_capacity(DESKTOP_ENTRY_TEMPLATE.len() + 2 * text.len());
    for line in DESKTOP_ENTRY_TEMPLATE.lines() {
        if line.starts_with("Exec=") {
            entry.push_str(&exec);
        } else if line.starts_with("TryExec=") {
            entry.push_str(&try_exec);
        } else {
            entry.push_str(line);
        }
        entry.push('\n');
    }
    Ok(entry)
}

/// One argument of an `Exec` key: quoted when it holds a reserved character, `%` doubled.
fn quote_exec_argument(argument: &str) -> String {
    const RESERVED: &[char] = &[
        ' ', '\t', '"', '\'', '\\', '>', '<', '~', '|', '&', ';', '$', '*', '?', '#', '(', ')', '`',
    ];
    let quoted = if argument.contains(RESERVED) {
        let mut quoted = String::from("\"");
        for c in argument.chars() {
            if matches!(c, '"' | '`' | '$' | '\\') {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        quoted
    } else {
        argument.to_string()
    };
    quoted.replace('%', "%%")
}

/// Escape a value of type string in a desktop entry (backslash is the escape character).
fn escape_string_value(value: &str) -> String {
    value.replace('\\', "\\\\")
}

/// Install Parallax for double-click launch; see the module documentation for what goes
/// where. Running it again updates the install in place. Fails without writing anything
/// when a target exists that an earlier install did not write (unless `force`).
pub fn install(options: &InstallOptions) -> Result<InstallReport, DesktopError> {
    let manifest_path = options.manifest_path();
    let previous = Manifest::read(&manifest_path)?.unwrap_or_default();
    let targets = plan(options)?;
    for path in targets
        .iter()
        .map(|t| &t.path)
        .chain(std::iter::once(&manifest_path))
    {
        manifest_path_text(path)?;
    }
    if !options.force {
        for target in &targets {
            let exists = fs::symlink_metadata(&target.path).is_ok();
            if exists && !previous.lists_file(&target.path) {
                return Err(DesktopError::WouldOverwrite {
                    path: target.path.clone(),
                });
            }
        }
    }

    let mut created_dirs = Vec::new();
    let mut written = Vec::new();
    let result = write_targets(&targets, &manifest_path, &mut created_dirs, &mut written);
    if let Err(error) = result {
        roll_back(&written, &created_dirs);
        return Err(error);
    }
    let mut manifest = Manifest {
        files: written.iter().map(|(file, _)| file.clone()).collect(),
        created_dirs: previous.created_dirs.clone(),
        defaults: previous.defaults.clone(),
    };
    for dir in created_dirs {
        if !manifest.created_dirs.contains(&dir) {
            manifest.created_dirs.push(dir);
        }
    }

    let mut removed_stale = Vec::new();
    for old in &previous.files {
        if !manifest.lists_file(&old.path) && remove_if_unchanged(old) == Removal::Removed {
            removed_stale.push(old.path.clone());
        }
    }

    let mut tool_notes = Vec::new();
    if options.run_system_tools {
        refresh_desktop_databases(options, &mut tool_notes);
        let (added, config_dirs) = set_default_application(options, &mut tool_notes);
        if let Some(added) = added
            && !manifest.defaults.contains(&added)
        {
            manifest.defaults.push(added);
        }
        for dir in config_dirs {
            if !manifest.created_dirs.contains(&dir) {
                manifest.created_dirs.push(dir);
            }
        }
    }
    write_atomically(&manifest_path, manifest.to_text()?.as_bytes(), false)?;

    Ok(InstallReport {
        files: targets.into_iter().map(|t| t.path).collect(),
        binary: options.installed_binary(),
        desktop_entry: options.desktop_entry_path(),
        manifest: manifest_path,
        removed_stale,
        bin_dir_on_path: dir_is_on_path(&options.bin_dir),
        tool_notes,
    })
}

/// Write every target; `written` gets each file and whether it existed before.
fn write_targets(
    targets: &[Target],
    manifest_path: &Path,
    created_dirs: &mut Vec<PathBuf>,
    written: &mut Vec<(InstalledFile, bool)>,
) -> Result<(), DesktopError> {
    for target in targets {
        create_dirs_recording(parent_of(&target.path), created_dirs)?;
        let existed = fs::symlink_metadata(&target.path).is_ok();
        let sha256_hex = match &target.payload {
            Payload::Bytes(bytes) => {
                write_atomically(&target.path, bytes, target.executable)?;
                sha256_hex(bytes)
            }
            Payload::CopyOf(source) => copy_atomically(source, &target.path, target.executable)?,
        };
        written.push((
            InstalledFile {
                path: target.path.clone(),
                sha256_hex,
            },
            existed,
        ));
    }
    create_dirs_recording(parent_of(manifest_path), created_dirs)
}

/// Undo a failed install: remove the files it newly created and the folders it made.
fn roll_back(written: &[(InstalledFile, bool)], created_dirs: &[PathBuf]) {
    for (file, existed) in written {
        if !existed {
            let _ = fs::remove_file(&file.path);
        }
    }
    for dir in created_dirs.iter().rev() {
        let _ = fs::remove_dir(dir);
    }
}

/// Remove what [`install`] installed, as listed in its manifest. Files changed since the
/// install are left in place and reported; nothing outside the manifest is touched.
pub fn uninstall(options: &InstallOptions) -> Result<UninstallReport, DesktopError> {
    let manifest_path = options.manifest_path();
    let manifest = Manifest::read(&manifest_path)?.ok_or_else(|| DesktopError::NotInstalled {
        path: manifest_path.clone(),
    })?;
    let mut report = UninstallReport::default();
    for file in &manifest.files {
        match remove_if_unchanged(file) {
            Removal::Removed => report.removed.push(file.path.clone()),
            Removal::Modified => report.kept_modified.push(file.path.clone()),
            Removal::Gone => report.already_gone.push(file.path.clone()),
        }
    }
    for default in &manifest.defaults {
        match remove_default_association(default) {
            Ok(true) => report.tool_notes.push(format!(
                "removed the default application for {} from {}",
                default.mime_type,
                default.mimeapps_list.display()
            )),
            Ok(false) => {}
            Err(error) => report.tool_notes.push(error.to_string()),
        }
    }
    fs::remove_file(&manifest_path)
        .map_err(|e| DesktopError::io("remove", manifest_path.clone(), e))?;
    if options.run_system_tools {
        // Refresh the caches while the (maybe now empty) package folders still exist.
        refresh_desktop_databases(options, &mut report.tool_notes);
    }
    let mut dirs = manifest.created_dirs.clone();
    // Deepest first, so a folder's children go before it.
    dirs.sort_by_key(|dir| std::cmp::Reverse(dir.components().count()));
    for dir in dirs {
        if fs::remove_dir(&dir).is_ok() || remove_if_only_generated_caches(options, &dir) {
            report.removed_dirs.push(dir);
        }
    }
    Ok(report)
}

/// Remove a folder the install created that now holds nothing but caches the desktop
/// tools generated from our files: the MIME database once its `packages` folder is gone,
/// or an applications folder holding only `mimeinfo.cache`.
fn remove_if_only_generated_caches(options: &InstallOptions, dir: &Path) -> bool {
    let only_generated = if dir == options.mime_dir() {
        !dir.join("packages").exists()
    } else if dir == options.data_home.join("applications") {
        fs::read_dir(dir).is_ok_and(|entries| {
            entries
                .flatten()
                .all(|entry| entry.file_name() == "mimeinfo.cache")
        })
    } else {
        false
    };
    only_generated && fs::remove_dir_all(dir).is_ok()
}

#[derive(Debug, PartialEq, Eq)]
enum Removal {
    Removed,
    Modified,
    Gone,
}

/// Remove an installed file if its content still hashes to what was written.
fn remove_if_unchanged(file: &InstalledFile) -> Removal {
    match hash_file(&file.path) {
        Err(_) if fs::symlink_metadata(&file.path).is_err() => Removal::Gone,
        Ok(hash) if hash == file.sha256_hex => match fs::remove_file(&file.path) {
            Ok(()) => Removal::Removed,
            Err(_) => Removal::Modified,
        },
        _ => Removal::Modified,
    }
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    let mut file = fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buffer = vec![0; 64 * 1024];
    loop {
        let read = file.read(&mut buffer)?;
        if read == 0 {
            break;
        }
        hasher.update(&buffer[..read]);
    }
    Ok(hex(&hasher.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn parent_of(path: &Path) -> &Path {
    path.parent().unwrap_or(Path::new("/"))
}

/// Create `dir` and its missing ancestors, recording the ones created (parents first).
fn create_dirs_recording(dir: &Path, created: &mut Vec<PathBuf>) -> Result<(), DesktopError> {
    let mut missing = Vec::new();
    let mut cursor = Some(dir);
    while let Some(path) = cursor {
        if path.is_dir() {
            break;
        }
        missing.push(path.to_path_buf());
        cursor = path.parent();
    }
    for path in missing.into_iter().rev() {
        match fs::create_dir(&path) {
            Ok(()) => created.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && path.is_dir() => {}
            Err(e) => return Err(DesktopError::io("create the folder", path, e)),
        }
    }
    Ok(())
}

/// How installed files are written: no backup, folders made by the caller (who records
/// them), and the permissions of a program or of a data file.
fn install_options(executable: bool) -> WriteOptions {
    #[cfg(unix)]
    let permissions = {
        use std::os::unix::fs::PermissionsExt;
        Some(fs::Permissions::from_mode(if executable {
            0o755
        } else {
            0o644
        }))
    };
    #[cfg(not(unix))]
    let permissions = {
        let _ = executable;
        None
    };
    WriteOptions {
        permissions,
        ..WriteOptions::default()
    }
}

/// Write `bytes` with [`parallax_fsio::write_atomic`] (a temporary file renamed over `path`),
/// so the target is never half-written and a running binary can be replaced.
fn write_atomically(path: &Path, bytes: &[u8], executable: bool) -> Result<(), DesktopError> {
    parallax_fsio::write_atomic(path, &install_options(executable), |w| w.write_all(bytes))
        .map_err(|e| DesktopError::io("write", path, e.into_io_error()))
}

/// Copy `source` to `target` through a temporary file, returning the SHA-256 of the bytes.
/// When `target` already is `source` (running the installed copy), nothing is copied.
fn copy_atomically(source: &Path, target: &Path, executable: bool) -> Result<String, DesktopError> {
    let same_file = match (fs::canonicalize(source), fs::canonicalize(target)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same_file {
        return hash_file(target).map_err(|e| DesktopError::io("read", target, e));
    }
    let mut hasher = Sha256::new();
    parallax_fsio::write_atomic(target, &install_options(executable), |output| {
        let mut input = fs::File::open(source)?;
        let mut buffer = vec![0; 64 * 1024];
        loop {
            let read = input.read(&mut buffer)?;
            if read == 0 {
                return Ok(());
            }
            hasher.update(&buffer[..read]);
            output.write_all(&buffer[..read])?;
        }
    })
    .map_err(|e| DesktopError::io("copy the program to", target, e.into_io_error()))?;
    Ok(hex(&hasher.finalize()))
}

fn absolute_env_path(name: &str) -> Option<PathBuf> {
    let value = std::env::var_os(name).filter(|v| !v.is_empty())?;
    let path = PathBuf::from(value);
    // The XDG spec says relative values are invalid and must be ignored.
    path.is_absolute().then_some(path)
}

fn dir_is_on_path(dir: &Path) -> bool {
    std::env::var_os("PATH")
        .map(|path| std::env::split_paths(&path).any(|entry| entry == dir))
        .unwrap_or(false)
}

/// The first executable named `program` on `PATH`.
fn find_on_path(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(program))
        .find(|candidate| candidate.is_file())
}

/// Run a desktop tool with the install's folders in its environment; a note says how it went.
fn run_tool(options: &InstallOptions, program: &str, args: &[OsString]) -> (bool, String) {
    let Some(executable) = find_on_path(program) else {
        return (false, format!("{program}: not installed, skipped"));
    };
    let child = Command::new(executable)
        .args(args)
        .env("HOME", &options.home)
        .env("XDG_DATA_HOME", &options.data_home)
        .env("XDG_CONFIG_HOME", &options.config_home)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => return (false, format!("{program}: could not start: {error}")),
    };
    let started = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                let mut stderr = String::new();
                if let Some(mut pipe) = child.stderr.take() {
                    let _ = pipe.read_to_string(&mut stderr);
                }
                let first_line = stderr.lines().next().unwrap_or("").trim();
                return if status.success() {
                    (true, format!("{program}: ran"))
                } else {
                    (false, format!("{program}: failed ({status}) {first_line}"))
                };
            }
            Ok(None) if started.elapsed() > TOOL_TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return (false, format!("{program}: timed out, stopped"));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(error) => return (false, format!("{program}: {error}")),
        }
    }
}

fn refresh_desktop_databases(options: &InstallOptions, notes: &mut Vec<String>) {
    let mime_dir = options.mime_dir();
    if mime_dir.join("packages").is_dir() {
        notes.push(run_tool(options, "update-mime-database", &[mime_dir.into()]).1);
    }
    let applications = options.data_home.join("applications");
    if applications.is_dir() {
        notes.push(run_tool(options, "update-desktop-database", &[applications.into()]).1);
    }
}

/// Make Parallax the default application for saves with `xdg-mime default`; returns the
/// association when this call added it to `mimeapps.list` (so uninstall can undo it), and
/// the configuration folders the tool created.
fn set_default_application(
    options: &InstallOptions,
    notes: &mut Vec<String>,
) -> (Option<DefaultAssociation>, Vec<PathBuf>) {
    let list = options.mimeapps_list();
    let missing_dirs: Vec<PathBuf> = options
        .config_home
        .ancestors()
        .take_while(|dir| !dir.exists())
        .map(Path::to_path_buf)
        .collect();
    let association = DefaultAssociation {
        mimeapps_list: list.clone(),
        mime_type: SAVE_MIME_TYPE.to_string(),
        desktop_file_name: DESKTOP_FILE_NAME.to_string(),
        created_list: !list.exists(),
    };
    let had_line = mimeapps_has_default(&association);
    let (ran, note) = run_tool(
        options,
        "xdg-mime",
        &[
            "default".into(),
            DESKTOP_FILE_NAME.into(),
            SAVE_MIME_TYPE.into(),
        ],
    );
    notes.push(note);
    let created_dirs = missing_dirs
        .into_iter()
        .rev()
        .filter(|dir| dir.is_dir())
        .collect();
    let added = (ran && !had_line && mimeapps_has_default(&association)).then_some(association);
    (added, created_dirs)
}

fn default_line_matches(line: &str, association: &DefaultAssociation) -> bool {
    let Some((key, value)) = line.split_once('=') else {
        return false;
    };
    key.trim() == association.mime_type
        && value.trim().trim_end_matches(';') == association.desktop_file_name
}

fn mimeapps_has_default(association: &DefaultAssociation) -> bool {
    fs::read_to_string(&association.mimeapps_list)
        .map(|text| {
            text.lines()
                .any(|line| default_line_matches(line, association))
        })
        .unwrap_or(false)
}

/// Take the association's line out of its `mimeapps.list`, leaving every other line as is.
/// Returns whether a line was removed.
fn remove_default_association(association: &DefaultAssociation) -> Result<bool, DesktopError> {
    let path = &association.mimeapps_list;
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(DesktopError::io("read", path, e)),
    };
    let mut section = String::new();
    let mut removed = false;
    let mut kept = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            section = trimmed.to_string();
        }
        if section == "[Default Applications]" && default_line_matches(trimmed, association) {
            removed = true;
            continue;
        }
        kept.push_str(line);
    }
    let nothing_else = kept
        .lines()
        .all(|line| line.trim().is_empty() || line.trim().starts_with('['));
    if removed && association.created_list && nothing_else {
        fs::remove_file(path).map_err(|e| DesktopError::io("remove", path, e))?;
    } else if removed {
        write_atomically(path, kept.as_bytes(), false)?;
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exec_path_without_reserved_characters_is_left_bare() {
        let entry = desktop_entry_for(Path::new("/home/ann/.local/bin/parallax")).unwrap();
        assert!(entry.contains("\nExec=/home/ann/.local/bin/parallax %F\n"));
        assert!(entry.contains("\nTryExec=/home/ann/.local/bin/parallax\n"));
        assert!(entry.contains("\nIcon=parallax\n"));
    }

    #[test]
    fn exec_path_with_spaces_quotes_and_percent_is_escaped() {
        let entry = desktop_entry_for(Path::new("/home/a b/100%/$x/parallax")).unwrap();
        // Quoted for the space, `$` backslash-escaped (doubled at the string level), `%` doubled.
        assert!(
            entry.contains("\nExec=\"/home/a b/100%%/\\\\$x/parallax\" %F\n"),
            "{entry}"
        );
    }

    #[test]
    fn relative_or_control_character_paths_are_refused() {
        assert!(desktop_entry_for(Path::new("parallax")).is_err());
        assert!(desktop_entry_for(Path::new("/a\nb/parallax")).is_err());
    }

    #[test]
    fn only_the_exact_default_line_is_removed_from_mimeapps_list() {
        let dir = tempfile::tempdir().unwrap();
        let list = dir.path().join("mimeapps.list");
        fs::write(
            &list,
            "[Default Applications]\ntext/plain=gedit.desktop\n\
             application/x-parallax-save=parallax.desktop\n\
             [Added Associations]\napplication/x-parallax-save=parallax.desktop;\n",
        )
        .unwrap();
        let association = DefaultAssociation {
            mimeapps_list: list.clone(),
            mime_type: SAVE_MIME_TYPE.into(),
            desktop_file_name: DESKTOP_FILE_NAME.into(),
            created_list: true,
        };
        assert!(remove_default_association(&association).unwrap());
        assert_eq!(
            fs::read_to_string(&list).unwrap(),
            "[Default Applications]\ntext/plain=gedit.desktop\n\
             [Added Associations]\napplication/x-parallax-save=parallax.desktop;\n"
        );
        assert!(!remove_default_association(&association).unwrap());
    }
}
