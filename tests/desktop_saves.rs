//! Where saves go: the checkout's `saves/`, else the user data folder, never a read-only
//! place; the environment variable and the user's choice override. Temporary folders only.

use std::fs;
use std::path::{Path, PathBuf};

use parallax::desktop::{
    SavesOrigin, SavesProbe, clear_saves_dir_override, find_checkout_root, resolve_saves_location,
    saves_dir, set_saves_dir,
};

/// A fake Parallax checkout with a `saves/` folder, inside `root`.
fn make_checkout(root: &Path) -> PathBuf {
    let checkout = root.join("parallax-src");
    fs::create_dir_all(checkout.join("saves")).unwrap();
    fs::create_dir_all(checkout.join("src/desktop")).unwrap();
    fs::write(
        checkout.join("Cargo.toml"),
        "[package]\nname = \"parallax\"\nversion = \"0.1.0\"\n\n[dependencies]\nron = \"0.12\"\n",
    )
    .unwrap();
    checkout
}

fn probe(root: &Path) -> SavesProbe {
    SavesProbe {
        chosen: None,
        env_override: None,
        current_dir: Some(root.join("elsewhere")),
        exe: Some(root.join("bin/parallax")),
        user_data_dir: Some(root.join("data/parallax")),
        temp_dir: root.join("tmp"),
    }
}

#[test]
fn a_checkout_keeps_saves_in_its_own_saves_folder() {
    let root = tempfile::tempdir().unwrap();
    let checkout = make_checkout(root.path());

    let mut from_subfolder = probe(root.path());
    from_subfolder.current_dir = Some(checkout.join("src/desktop"));
    let location = resolve_saves_location(&from_subfolder);
    assert_eq!(location.origin, SavesOrigin::Checkout);
    assert_eq!(location.dir, checkout.join("saves"));

    let mut from_binary = probe(root.path());
    from_binary.exe = Some(checkout.join("target/release/parallax"));
    assert_eq!(
        resolve_saves_location(&from_binary).dir,
        checkout.join("saves")
    );
}

#[test]
fn a_folder_that_only_looks_like_a_checkout_is_not_one() {
    let root = tempfile::tempdir().unwrap();
    let other = root.path().join("other");
    fs::create_dir_all(other.join("saves")).unwrap();
    // `parallax` as a dependency, not as the package.
    fs::write(
        other.join("Cargo.toml"),
        "[package]\nname = \"parallax-tools\"\n\n[dependencies]\nname = \"parallax\"\n",
    )
    .unwrap();
    assert_eq!(find_checkout_root(&other), None);

    let no_saves = root.path().join("no-saves");
    fs::create_dir_all(&no_saves).unwrap();
    fs::write(
        no_saves.join("Cargo.toml"),
        "[package]\nname = \"parallax\"\n",
    )
    .unwrap();
    assert_eq!(find_checkout_root(&no_saves), None);
}

#[test]
fn installed_saves_go_to_the_user_data_folder_created_on_demand() {
    let root = tempfile::tempdir().unwrap();
    let location = resolve_saves_location(&probe(root.path()));
    assert_eq!(location.origin, SavesOrigin::UserData);
    assert_eq!(location.dir, root.path().join("data/parallax/saves"));
    assert!(location.dir.is_dir(), "created on demand");
    assert!(location.skipped.is_empty());
    assert!(location.describe().contains("data/parallax/saves"));
}

#[test]
fn the_environment_and_the_users_choice_override_in_that_order() {
    let root = tempfile::tempdir().unwrap();
    let checkout = make_checkout(root.path());
    let mut probe = probe(root.path());
    probe.current_dir = Some(checkout.clone());
    probe.env_override = Some(root.path().join("from-env"));
    let location = resolve_saves_location(&probe);
    assert_eq!(location.origin, SavesOrigin::Environment);
    assert_eq!(location.dir, root.path().join("from-env"));

    probe.chosen = Some(root.path().join("chosen"));
    let location = resolve_saves_location(&probe);
    assert_eq!(location.origin, SavesOrigin::Chosen);
    assert_eq!(location.dir, root.path().join("chosen"));
}

#[test]
fn a_read_only_or_impossible_folder_is_skipped_with_a_reason() {
    let root = tempfile::tempdir().unwrap();
    let blocker = root.path().join("a-file");
    fs::write(&blocker, "not a folder").unwrap();
    let mut probe = probe(root.path());
    probe.env_override = Some(blocker.join("saves"));

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let checkout = make_checkout(root.path());
        let saves = checkout.join("saves");
        fs::set_permissions(&saves, fs::Permissions::from_mode(0o555)).unwrap();
        probe.current_dir = Some(checkout);
        let location = resolve_saves_location(&probe);
        fs::set_permissions(&saves, fs::Permissions::from_mode(0o755)).unwrap();
        assert_eq!(location.origin, SavesOrigin::UserData, "{location:?}");
        assert_eq!(location.skipped.len(), 2, "{:?}", location.skipped);
        assert!(location.skipped[1].contains("read-only"));
        probe.current_dir = Some(root.path().join("elsewhere"));
    }

    let location = resolve_saves_location(&probe);
    assert_eq!(location.origin, SavesOrigin::UserData);
    assert!(
        location.skipped[0].contains("a-file"),
        "{:?}",
        location.skipped
    );

    probe.user_data_dir = Some(blocker.join("data"));
    let location = resolve_saves_location(&probe);
    assert_eq!(location.origin, SavesOrigin::Temporary);
    assert_eq!(location.dir, root.path().join("tmp/parallax-saves"));
    assert!(location.dir.is_dir());
}

/// The only test in this binary that touches the process-wide choice.
#[test]
fn the_app_can_set_and_clear_the_saves_folder() {
    let root = tempfile::tempdir().unwrap();
    let chosen = root.path().join("my saves");
    assert_eq!(set_saves_dir(&chosen).unwrap(), chosen);
    assert_eq!(saves_dir(), chosen);
    assert!(chosen.is_dir());

    let blocker = root.path().join("a-file");
    fs::write(&blocker, "x").unwrap();
    let error = set_saves_dir(blocker.join("saves")).unwrap_err();
    assert!(error.to_string().contains("cannot hold saves"), "{error}");
    assert_eq!(saves_dir(), chosen, "a refused choice changes nothing");
    clear_saves_dir_override();
}
