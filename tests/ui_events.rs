//! Drives the real workbench headless with egui_kittest on a mixed folder: articles of
//! three events of the news corpus (`../shared/corpora/news`: two ECB+ topics and one
//! gun-violence incident) open on the event list with each event's article count; picking
//! an event compares just its articles and the way back leads to the list; two events are
//! merged and an article is moved out into an event of its own, and that grouping is in
//! the set's save and comes back when the folder is opened again.
//!
//! Skips cleanly when the corpus is absent (fails instead with PARALLAX_REQUIRE_SHARED=1).
#![cfg(feature = "gui")]

mod common;

use std::path::{Path, PathBuf};

use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use parallax::ui::{ParallaxApp, SetOrigin, Startup};

/// The corpus folders the mixed set is made of: 3, 4 and 3 articles.
const FOLDERS: [&str; 3] = ["ecbplus/ecb_16_ecb", "ecbplus/ecb_38_ecb", "gva/108649"];

/// A fresh folder holding links to the articles of [`FOLDERS`], each named
/// `<folder>_<file>`; `None` when the corpus is absent.
fn mixed_folder(name: &str) -> Option<(common::Scratch, Vec<Vec<String>>)> {
    let corpus = common::shared_path("corpora/news")?;
    let scratch = common::Scratch::new(name);
    let dir = scratch.0.join("mixed-events");
    std::fs::create_dir_all(&dir).unwrap();
    let mut by_folder = Vec::new();
    for folder in FOLDERS {
        let mut names = Vec::new();
        let mut files: Vec<PathBuf> = std::fs::read_dir(corpus.join(folder))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let short = Path::new(folder).file_name().unwrap().to_string_lossy();
            let linked = format!("{short}_{}", file.file_name().unwrap().to_string_lossy());
            std::os::unix::fs::symlink(&file, dir.join(&linked)).unwrap();
            names.push(linked);
        }
        by_folder.push(names);
    }
    Some((scratch, by_folder))
}

fn harness_opening(folder: &Path, saves: &Path) -> Harness<'static, ParallaxApp> {
    let origin = SetOrigin::Paths(vec![folder.to_path_buf()]);
    harness_starting(Startup::Open(origin), saves)
}

fn harness_starting(startup: Startup, saves: &Path) -> Harness<'static, ParallaxApp> {
    let mut harness = common::ui::app_starting(startup, saves);
    wait(&mut harness);
    harness
}

/// Step frames until the background job has finished (or fail after two minutes).
fn wait(harness: &mut Harness<'static, ParallaxApp>) {
    common::ui::step_until_idle(harness, "the job");
    harness.run_steps(3);
}

fn click(harness: &mut Harness<'static, ParallaxApp>, label: &str) {
    harness.get_by_label(label).click();
    harness.run_steps(3);
}

/// Each event's articles by file name, sorted, in the list's order.
fn listed(harness: &Harness<'static, ParallaxApp>) -> Vec<Vec<String>> {
    let list = harness.state().event_list().expect("an event list");
    list.set
        .events
        .iter()
        .map(|e| {
            let mut names: Vec<String> = e
                .articles
                .iter()
                .map(|&i| list.set.articles[i].source.file_name.clone())
                .collect();
            names.sort();
            names
        })
        .collect()
}

/// The list's label of the event holding the article named `file`, and its index.
fn event_holding(harness: &Harness<'static, ParallaxApp>, file: &str) -> (usize, String) {
    let list = harness.state().event_list().unwrap();
    let i = list
        .set
        .events
        .iter()
        .position(|e| {
            e.articles
                .iter()
                .any(|&a| list.set.articles[a].source.file_name == file)
        })
        .unwrap();
    let event = &list.set.events[i];
    let label = if event.by_hand {
        format!("{} (by hand)", event.label)
    } else {
        event.label.clone()
    };
    (i, label)
}

#[test]
fn a_mixed_folder_opens_on_its_events_which_can_be_compared_merged_split_and_kept() {
    let Some((scratch, by_folder)) = mixed_folder("events") else {
        eprintln!("skipped: ../shared/corpora/news is absent");
        return;
    };
    let folder = scratch.0.join("mixed-events");
    let saves = scratch.0.join("saves");
    let mut harness = harness_opening(&folder, &saves);

    // The event list, not a comparison of the ten articles together.
    assert!(harness.state().workspace().is_none());
    let events = listed(&harness);
    assert_eq!(events.iter().map(Vec::len).sum::<usize>(), 10);
    let mut earthquake = by_folder[1].clone();
    earthquake.sort();
    assert_eq!(events[0], earthquake, "the four-article event comes first");
    assert!(
        harness
            .query_by_label_contains(&format!("10 articles in {} events", events.len()))
            .is_some()
    );
    // Each event's count is on its row.
    let fours = harness.query_all_by_label("4 articles").count();
    assert_eq!(fours, events.iter().filter(|e| e.len() == 4).count());
    let ones = harness.query_all_by_label("1 article").count();
    assert_eq!(ones, events.iter().filter(|e| e.len() == 1).count());

    // Pick the largest event: its four articles are compared, alone.
    let (largest, label) = event_holding(&harness, &by_folder[1][0]);
    assert_eq!(largest, 0);
    click(&mut harness, &label);
    assert!(harness.query_by_label("Compare this event").is_some());
    click(&mut harness, "Compare this event");
    wait(&mut harness);
    let ws = harness.state().workspace().expect("the event is compared");
    assert_eq!(ws.analysis.sources.len(), 4);
    assert!(ws.name.ends_with(&label), "{}", ws.name);
    click(&mut harness, "Back to the event list");
    assert!(harness.state().workspace().is_none());
    assert_eq!(listed(&harness), events);

    // Merge: the events holding the incident's articles (grouping split them), or, when
    // grouping found it whole, that event and the ECB+ topic 16's first event.
    let incident = &by_folder[2];
    let mut to_merge: Vec<usize> = incident
        .iter()
        .map(|f| event_holding(&harness, f).0)
        .collect();
    to_merge.sort_unstable();
    to_merge.dedup();
    if to_merge.len() < 2 {
        to_merge.push(event_holding(&harness, &by_folder[0][0]).0);
    }
    let mut expected_merged: Vec<String> =
        to_merge.iter().flat_map(|&i| events[i].clone()).collect();
    expected_merged.sort();
    for &i in &to_merge {
        harness
            .get_all_by_role(Role::CheckBox)
            .nth(i)
            .unwrap()
            .click();
        harness.run_steps(2);
    }
    click(
        &mut harness,
        &format!("Merge the {} ticked events", to_merge.len()),
    );
    let after_merge = listed(&harness);
    assert_eq!(after_merge.len(), events.len() + 1 - to_merge.len());
    assert!(after_merge.contains(&expected_merged), "{after_merge:?}");

    // Split: move one article of the largest event out into an event of its own.
    let (_, label) = event_holding(&harness, &by_folder[1][0]);
    click(&mut harness, &label);
    harness
        .get_all_by_label("Move to a new event")
        .next()
        .unwrap()
        .click();
    harness.run_steps(3);
    let after_split = listed(&harness);
    assert_eq!(after_split.len(), after_merge.len() + 1);
    assert!(
        after_split
            .iter()
            .any(|e| e.len() == 3 && e.iter().all(|f| earthquake.contains(f)))
    );
    assert!(after_split.contains(&vec![earthquake[0].clone()]));
    assert!(
        harness
            .query_all_by_label_contains("(by hand)")
            .next()
            .is_some()
    );

    // The grouping is in the set's save, and comes back when the folder is opened again.
    let save = saves.join("mixed-events.ron");
    let file = parallax_documents::store::load(&save).expect("the grouping was saved");
    assert!(!file.events.is_empty());
    assert!(file.annotations.is_empty());
    drop(harness);
    let reopened = harness_opening(&folder, &saves);
    assert!(reopened.state().workspace().is_none());
    let mut again = listed(&reopened);
    let mut before = after_split.clone();
    again.sort();
    before.sort();
    assert_eq!(again, before);
    drop(reopened);

    // So does the save opened by itself (double-clicked): its articles, on the same list.
    let from_save = harness_starting(parallax::ui::startup_for(vec![save.clone()]), &saves);
    let list = from_save.state().event_list().expect("the event list");
    assert_eq!(list.set.name, "mixed-events");
    assert_eq!(list.save_path, save);
    let mut again = listed(&from_save);
    again.sort();
    assert_eq!(again, before);
}

#[test]
fn a_folder_of_one_event_is_compared_at_once() {
    let Some(corpus) = common::shared_path("corpora/news") else {
        eprintln!("skipped: ../shared/corpora/news is absent");
        return;
    };
    let scratch = common::Scratch::new("one-event");
    let harness = harness_opening(&corpus.join("ecbplus/ecb_38_ecb"), &scratch.0);
    assert!(harness.state().event_list().is_none());
    let ws = harness.state().workspace().expect("compared at once");
    assert_eq!(ws.analysis.sources.len(), 4);
}
