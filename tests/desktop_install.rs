//! `install` / `uninstall` for double-click launch, on temporary home folders only: every
//! file is placed, then removed, and the user's other files survive. Never touches the real
//! `~/.local`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use parallax::desktop::{
    DESKTOP_FILE_NAME, DesktopError, ICON_PNG_SIZES, ICON_SVG, InstallOptions, MIME_PACKAGE_XML,
    SAVE_MIME_TYPE, icon_png, install, uninstall,
};
use parallax_documents::annotate::AnnotationSet;
use parallax_documents::store::format::encode;
use parallax_documents::store::{SaveFile, SetIdentity};

/// A temporary home (with a space in its name, to exercise quoting) and a fake binary.
struct Home {
    _root: tempfile::TempDir,
    home: PathBuf,
    binary: PathBuf,
}

fn new_home() -> Home {
    let root = tempfile::tempdir().unwrap();
    let home = root.path().join("home of ann");
    fs::create_dir_all(&home).unwrap();
    let binary = root.path().join("build").join("parallax");
    fs::create_dir_all(binary.parent().unwrap()).unwrap();
    fs::write(&binary, b"#!/bin/sh\necho parallax\n").unwrap();
    Home {
        _root: root,
        home,
        binary,
    }
}

fn quiet_options(home: &Home) -> InstallOptions {
    let mut options = InstallOptions::for_home(&home.home, &home.binary);
    options.run_system_tools = false;
    options
}

/// Every file an install must place, with its expected bytes (None: checked separately).
fn expected_files(options: &InstallOptions) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let icons = options.data_home.join("icons/hicolor");
    let mut files = vec![
        (
            options.bin_dir.join("parallax"),
            Some(fs::read(&options.binary).unwrap()),
        ),
        (
            options.data_home.join("applications/parallax.desktop"),
            None,
        ),
        (
            icons.join("scalable/apps/parallax.svg"),
            Some(ICON_SVG.to_vec()),
        ),
        (
            options.data_home.join("mime/packages/parallax.xml"),
            Some(MIME_PACKAGE_XML.as_bytes().to_vec()),
        ),
    ];
    for size in ICON_PNG_SIZES {
        files.push((
            icons.join(format!("{size}x{size}/apps/parallax.png")),
            Some(icon_png(size).unwrap().to_vec()),
        ));
    }
    files
}

/// Files the user had before the install, which must survive the uninstall.
fn plant_unrelated_files(options: &InstallOptions) -> Vec<PathBuf> {
    let files = vec![
        options.bin_dir.join("other-tool"),
        options.data_home.join("applications/other.desktop"),
        options.data_home.join("icons/hicolor/48x48/apps/other.png"),
        options.data_home.join("mime/packages/other.xml"),
        options
            .data_home
            .join("parallax/saves/kazakhstan-example.ron"),
        options.config_home.join("mimeapps.list"),
    ];
    for file in &files {
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(file, format!("user data in {}", file.display())).unwrap();
    }
    files
}

#[test]
fn install_places_every_file_and_uninstall_removes_exactly_those() {
    let home = new_home();
    let options = quiet_options(&home);
    let unrelated = plant_unrelated_files(&options);

    let report = install(&options).expect("install");
    let expected = expected_files(&options);
    assert_eq!(report.files.len(), expected.len());
    for (path, bytes) in &expected {
        assert!(
            report.files.contains(path),
            "report lists {}",
            path.display()
        );
        let written = fs::read(path).unwrap_or_else(|_| panic!("{} exists", path.display()));
        if let Some(bytes) = bytes {
            assert_eq!(&written, bytes, "{} has the right content", path.display());
        }
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&report.binary).unwrap().permissions().mode();
        assert_eq!(mode & 0o111, 0o111, "the installed binary is executable");
    }

    let entry = fs::read_to_string(&report.desktop_entry).unwrap();
    let binary = options.bin_dir.join("parallax");
    assert!(
        entry.contains(&format!("\nExec=\"{}\" %F\n", binary.display())),
        "Exec quotes the absolute path with a space:\n{entry}"
    );
    assert!(entry.contains("\nIcon=parallax\n"));
    assert!(entry.contains(&format!("\nMimeType={SAVE_MIME_TYPE};\n")));
    validate_desktop_entry(&report.desktop_entry);

    let manifest = fs::read_to_string(options.manifest_path()).unwrap();
    for (path, _) in &expected {
        assert!(
            manifest.contains(&path.display().to_string()),
            "manifest lists {}",
            path.display()
        );
    }

    let removed = uninstall(&options).expect("uninstall");
    assert_eq!(removed.removed.len(), expected.len());
    assert!(removed.kept_modified.is_empty() && removed.already_gone.is_empty());
    for (path, _) in &expected {
        assert!(!path.exists(), "{} removed", path.display());
    }
    assert!(!options.manifest_path().exists(), "manifest removed");
    for file in &unrelated {
        assert_eq!(
            fs::read_to_string(file).unwrap(),
            format!("user data in {}", file.display()),
            "{} survives",
            file.display()
        );
    }
    // Folders the install created are gone; folders the user had stay.
    assert!(!options.data_home.join("icons/hicolor/16x16").exists());
    assert!(!options.data_home.join("icons/hicolor/scalable").exists());
    assert!(options.data_home.join("icons/hicolor/48x48/apps").is_dir());
    assert!(options.data_home.join("applications").is_dir());
    assert!(options.data_home.join("parallax/saves").is_dir());
}

#[test]
fn install_into_an_empty_home_leaves_it_empty_after_uninstall() {
    for run_system_tools in [false, true] {
        let home = new_home();
        let mut options = quiet_options(&home);
        options.run_system_tools = run_system_tools;
        install(&options).unwrap();
        let report = uninstall(&options).unwrap();
        assert!(
            report
                .removed_dirs
                .contains(&options.data_home.join("parallax"))
        );
        let left = files_under(&home.home);
        assert!(
            left.is_empty(),
            "home is empty again (tools: {run_system_tools}): {left:?}"
        );
    }
}

/// Every file below `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path));
            files.push(path);
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn reinstalling_updates_in_place() {
    let home = new_home();
    let options = quiet_options(&home);
    install(&options).unwrap();
    fs::write(&home.binary, b"#!/bin/sh\necho parallax 2\n").unwrap();
    let second = install(&options).expect("a second install replaces the first");
    assert_eq!(
        fs::read(&second.binary).unwrap(),
        b"#!/bin/sh\necho parallax 2\n"
    );
    let report = uninstall(&options).unwrap();
    assert!(report.kept_modified.is_empty(), "{report:?}");
    assert!(!second.binary.exists());
}

#[test]
fn a_file_the_user_owns_blocks_the_install_unless_forced() {
    let home = new_home();
    let mut options = quiet_options(&home);
    let foreign = options.bin_dir.join("parallax");
    fs::create_dir_all(&options.bin_dir).unwrap();
    fs::write(&foreign, b"installed by cargo install").unwrap();

    let error = install(&options).unwrap_err();
    assert!(
        matches!(&error, DesktopError::WouldOverwrite { path } if *path == foreign),
        "{error}"
    );
    assert!(error.to_string().contains("--force"));
    assert!(
        !options.desktop_entry_path().exists(),
        "nothing written on refusal"
    );
    assert!(!options.manifest_path().exists());

    options.force = true;
    install(&options).expect("forced install");
    assert_eq!(fs::read(&foreign).unwrap(), fs::read(&home.binary).unwrap());
}

#[test]
fn a_file_changed_after_the_install_is_kept_by_uninstall() {
    let home = new_home();
    let options = quiet_options(&home);
    install(&options).unwrap();
    let entry = options.desktop_entry_path();
    fs::write(&entry, "[Desktop Entry]\nName=My own edit\n").unwrap();
    let icon = options
        .data_home
        .join("icons/hicolor/64x64/apps/parallax.png");
    fs::remove_file(&icon).unwrap();

    let report = uninstall(&options).unwrap();
    assert_eq!(report.kept_modified, vec![entry.clone()]);
    assert_eq!(report.already_gone, vec![icon]);
    assert!(entry.exists());
    assert!(!options.bin_dir.join("parallax").exists());
}

#[test]
fn uninstall_without_an_install_is_a_clear_error() {
    let home = new_home();
    let error = uninstall(&quiet_options(&home)).unwrap_err();
    assert!(
        matches!(error, DesktopError::NotInstalled { .. }),
        "{error}"
    );
    assert!(error.to_string().contains("install-manifest.txt"));
}

#[test]
fn a_damaged_manifest_is_reported_not_guessed() {
    let home = new_home();
    let options = quiet_options(&home);
    fs::create_dir_all(options.manifest_path().parent().unwrap()).unwrap();
    fs::write(options.manifest_path(), "file\tzz\t/etc/passwd\n").unwrap();
    let error = uninstall(&options).unwrap_err();
    assert!(
        matches!(error, DesktopError::BadManifest { line: 1, .. }),
        "{error}"
    );
}

fn tool_available(name: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {name}")])
        .output()
        .map(|out| out.status.success())
        .unwrap_or(false)
}

/// Run `desktop-file-validate` on `entry` when it is installed.
fn validate_desktop_entry(entry: &Path) {
    if !tool_available("desktop-file-validate") {
        println!("note: desktop-file-validate not installed; entry not validated");
        return;
    }
    let out = Command::new("desktop-file-validate")
        .arg(entry)
        .output()
        .unwrap();
    let messages =
        String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && messages.trim().is_empty(),
        "desktop-file-validate: {messages}"
    );
}

/// `gio` with every XDG folder pointed into the temporary home.
fn gio_content_type(options: &InstallOptions, file: &Path) -> String {
    let out = Command::new("gio")
        .args(["info", "-a", "standard::content-type"])
        .arg(file)
        .env("HOME", &options.home)
        .env("XDG_DATA_HOME", &options.data_home)
        .env("XDG_CONFIG_HOME", &options.config_home)
        .env("XDG_CACHE_HOME", options.home.join(".cache"))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|line| line.trim().strip_prefix("standard::content-type: "))
        .unwrap_or("")
        .to_string()
}

#[test]
fn desktop_tools_register_the_save_type_and_uninstall_unregisters_it() {
    if !tool_available("update-mime-database") || !tool_available("gio") {
        println!("note: update-mime-database or gio missing; skipping the registration check");
        return;
    }
    let home = new_home();
    let mut options = InstallOptions::for_home(&home.home, &home.binary);
    options.run_system_tools = true;
    let report = install(&options).unwrap();
    assert!(
        report
            .tool_notes
            .iter()
            .any(|n| n == "update-mime-database: ran"),
        "{:?}",
        report.tool_notes
    );

    // A real save, as the store writes it, and the same save with its comment header cut.
    let set = SetIdentity {
        name: "kazakhstan-2022".into(),
        sources: Vec::new(),
    };
    let text = encode(&SaveFile::new(set, &AnnotationSet::new())).unwrap();
    let save = home.home.join("kazakhstan-example.ron");
    fs::write(&save, &text).unwrap();
    let headerless = home.home.join("no-header.ron");
    let body: String = text.lines().filter(|l| !l.starts_with("//")).collect();
    fs::write(&headerless, body).unwrap();
    let other_ron = home.home.join("game-config.ron");
    fs::write(&other_ron, "(window: (width: 800, height: 600))\n").unwrap();
    assert_eq!(gio_content_type(&options, &save), SAVE_MIME_TYPE);
    assert_eq!(gio_content_type(&options, &headerless), SAVE_MIME_TYPE);
    assert_ne!(gio_content_type(&options, &other_ron), SAVE_MIME_TYPE);
    let shipped = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/kazakhstan-example.ron");
    if shipped.exists() {
        assert_eq!(gio_content_type(&options, &shipped), SAVE_MIME_TYPE);
    }

    if tool_available("xdg-mime") {
        let list = fs::read_to_string(options.config_home.join("mimeapps.list")).unwrap();
        assert!(
            list.contains(&format!("{SAVE_MIME_TYPE}={DESKTOP_FILE_NAME}")),
            "{list}"
        );
    }

    uninstall(&options).unwrap();
    assert_ne!(gio_content_type(&options, &save), SAVE_MIME_TYPE);
    let list = fs::read_to_string(options.config_home.join("mimeapps.list")).unwrap_or_default();
    assert!(!list.contains(SAVE_MIME_TYPE), "{list}");
}

#[test]
fn the_command_line_installs_and_the_installed_copy_uninstalls_itself() {
    let home = new_home();
    let parallax = env!("CARGO_BIN_EXE_parallax");
    let run = |program: &Path, command: &str| {
        let out = Command::new(program)
            .arg(command)
            .env("HOME", &home.home)
            .env_remove("XDG_DATA_HOME")
            .env_remove("XDG_CONFIG_HOME")
            .env("XDG_CACHE_HOME", home.home.join(".cache"))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).to_string()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{command}: {text}");
        text
    };
    let installed = home.home.join(".local/bin/parallax");
    let said = run(Path::new(parallax), "install-desktop");
    assert!(said.contains("Installed Parallax"), "{said}");
    assert_eq!(
        fs::read(&installed).unwrap(),
        fs::read(parallax).unwrap(),
        "the running binary was copied"
    );
    let entry = home.home.join(".local/share/applications/parallax.desktop");
    assert!(
        fs::read_to_string(&entry)
            .unwrap()
            .contains(&format!("\nExec=\"{}\" %F\n", installed.display()))
    );
    // The installed copy can reinstall over itself and then remove itself.
    run(&installed, "install-desktop");
    let said = run(&installed, "uninstall-desktop");
    assert!(said.contains("Removed"), "{said}");
    assert!(!installed.exists() && !entry.exists());
}
