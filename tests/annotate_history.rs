//! Undo and redo of annotation edits, and the unsaved-changes mark.

use parallax_documents::annotate::anchor::anchor_text;
use parallax_documents::annotate::{
    Annotation, AnnotationSet, Edit, EditError, LinkOverride, OverrideDecision, SourceRef, Target,
    Verdict,
};

const TEXT: &str = "Protesters stormed the mayor's office in Almaty. At least eight security officers were killed. The president declared a state of emergency.";

fn src() -> SourceRef {
    SourceRef {
        file_name: "a.txt".into(),
        content_hash: "abc".into(),
    }
}

fn sentence_target(n: usize) -> Target {
    let mut start = 0;
    let mut bounds = Vec::new();
    for (i, _) in TEXT.match_indices(". ") {
        bounds.push((start, i + 1));
        start = i + 2;
    }
    bounds.push((start, TEXT.len()));
    let (s, e) = bounds[n];
    Target::Statement(anchor_text(src(), TEXT, s, e).unwrap())
}

fn annotation(set: &AnnotationSet, n: usize) -> Annotation {
    Annotation::new(set.next_id(), sentence_target(n), "tester")
}

#[test]
fn add_update_remove_undo_redo() {
    let mut set = AnnotationSet::new();
    assert!(!set.can_undo() && !set.can_redo() && !set.is_dirty());

    let a = annotation(&set, 1);
    set.apply(Edit::Add(a.clone())).unwrap();
    assert_eq!(set.annotations().len(), 1);
    assert!(set.is_dirty());

    let mut b = a.clone();
    b.verdict = Some(Verdict::Mixed);
    b.note = "Eight per the ministry;\nothers say 13.".into();
    set.apply(Edit::Update {
        before: a.clone(),
        after: b.clone(),
    })
    .unwrap();
    assert_eq!(set.get(a.id).unwrap().verdict, Some(Verdict::Mixed));

    set.apply(Edit::Remove(a.id)).unwrap();
    assert!(set.annotations().is_empty());

    assert!(set.undo());
    assert_eq!(set.get(a.id), Some(&b));
    assert!(set.undo());
    assert_eq!(set.get(a.id), Some(&a));
    assert!(set.undo());
    assert!(set.annotations().is_empty());
    assert!(!set.undo());
    assert!(
        !set.is_dirty(),
        "undoing everything returns to the clean state"
    );

    assert!(set.redo());
    assert!(set.redo());
    assert_eq!(set.get(a.id), Some(&b));
    assert!(set.can_redo());

    // A new edit clears the redo stack.
    let c = annotation(&set, 0);
    assert_ne!(c.id, a.id);
    set.apply(Edit::Add(c)).unwrap();
    assert!(!set.can_redo());
    assert_eq!(set.annotations().len(), 2);
}

#[test]
fn refused_edits_change_nothing() {
    let mut set = AnnotationSet::new();
    let a = annotation(&set, 0);
    set.apply(Edit::Add(a.clone())).unwrap();
    let generation = set.generation();
    assert_eq!(
        set.apply(Edit::Add(a.clone())),
        Err(EditError::DuplicateId(a.id))
    );
    assert_eq!(
        set.apply(Edit::Remove(99)),
        Err(EditError::NoSuchAnnotation(99))
    );
    let mut stale = a.clone();
    stale.note = "not what is stored".into();
    assert_eq!(
        set.apply(Edit::Update {
            before: stale.clone(),
            after: stale
        }),
        Err(EditError::Stale(a.id))
    );
    // A batch that fails half-way is rolled back.
    let b = annotation(&set, 1);
    assert!(
        set.apply(Edit::Batch(vec![Edit::Add(b), Edit::Remove(42)]))
            .is_err()
    );
    assert_eq!(set.annotations(), std::slice::from_ref(&a));
    assert_eq!(set.generation(), generation);
}

#[test]
fn dirty_mark_follows_saved_state() {
    let mut set = AnnotationSet::new();
    let a = annotation(&set, 0);
    set.apply(Edit::Add(a.clone())).unwrap();
    set.mark_saved();
    assert!(!set.is_dirty());
    let mut b = a.clone();
    b.tags.push("casualties".into());
    set.apply(Edit::Update {
        before: a,
        after: b,
    })
    .unwrap();
    assert!(set.is_dirty());
    set.undo();
    assert!(!set.is_dirty(), "back at the saved state");
    set.undo();
    assert!(set.is_dirty(), "before the saved state");
    set.redo();
    assert!(!set.is_dirty());
}

#[test]
fn typing_coalesces_into_one_undo_step() {
    let mut set = AnnotationSet::new();
    let a = annotation(&set, 0);
    set.apply(Edit::Add(a.clone())).unwrap();
    let mut current = a.clone();
    for word in ["Crowd", " size", " disputed"] {
        let mut next = current.clone();
        next.note.push_str(word);
        set.apply_coalesced(Edit::Update {
            before: current.clone(),
            after: next.clone(),
        })
        .unwrap();
        current = next;
    }
    assert_eq!(set.get(a.id).unwrap().note, "Crowd size disputed");
    assert!(set.undo());
    assert_eq!(
        set.get(a.id).unwrap().note,
        "",
        "one undo removes the whole typing run"
    );
    assert!(set.redo());
    assert_eq!(set.get(a.id).unwrap().note, "Crowd size disputed");
}

#[test]
fn overrides_set_replace_remove_and_undo() {
    let mut set = AnnotationSet::new();
    let (Target::Statement(x), Target::Statement(y)) = (sentence_target(0), sentence_target(1))
    else {
        unreachable!()
    };
    let confirm = LinkOverride {
        a: x.clone(),
        b: y.clone(),
        decision: OverrideDecision::Confirm,
        reason: "same event".into(),
    };
    set.apply(Edit::SetOverride(confirm.clone())).unwrap();
    // Same pair in the other order replaces it.
    let reject = LinkOverride {
        a: y.clone(),
        b: x.clone(),
        decision: OverrideDecision::Reject,
        reason: "different events".into(),
    };
    set.apply(Edit::SetOverride(reject.clone())).unwrap();
    assert_eq!(set.overrides(), std::slice::from_ref(&reject));
    set.undo();
    assert_eq!(set.overrides(), std::slice::from_ref(&confirm));
    set.apply(Edit::RemoveOverride {
        a: x.clone(),
        b: y.clone(),
    })
    .unwrap();
    assert!(set.overrides().is_empty());
    set.undo();
    assert_eq!(set.override_for(&y, &x), Some(&confirm));
    set.undo();
    assert!(set.overrides().is_empty());
}

#[test]
fn loaded_duplicate_ids_are_kept_under_fresh_ids() {
    let a = Annotation::new(4, sentence_target(0), "x");
    let mut b = Annotation::new(4, sentence_target(1), "y");
    b.note = "second".into();
    let set = AnnotationSet::from_parts(vec![a, b], vec![]);
    let ids: Vec<_> = set.annotations().iter().map(|a| a.id).collect();
    assert_eq!(ids, [4, 5]);
    assert_eq!(set.get(5).unwrap().note, "second");
    assert_eq!(set.next_id(), 6);
    assert!(!set.is_dirty() && !set.can_undo());
}

#[test]
fn tags_are_counted_once_per_annotation() {
    let mut set = AnnotationSet::new();
    for tags in [
        vec!["casualties", "official"],
        vec!["casualties", " casualties ", ""],
    ] {
        let mut a = annotation(&set, 0);
        a.tags = tags.into_iter().map(String::from).collect();
        set.apply(Edit::Add(a)).unwrap();
    }
    assert_eq!(
        set.tag_counts(),
        vec![("casualties".to_string(), 2), ("official".to_string(), 1)]
    );
}
