//! The annotation set and its undo history.
//!
//! An [`AnnotationSet`] holds the annotations and link overrides of one article set. It is
//! changed only through [`Edit`]s passed to [`AnnotationSet::apply`], which records the
//! inverse so that [`AnnotationSet::undo`] and [`AnnotationSet::redo`] work for every edit.
//! A generation counter tells an autosaver that something changed, and a saved-state marker
//! tells the window title whether there are unsaved changes (undoing back to the saved
//! state counts as clean).

use crate::annotate::model::{Anchor, Annotation, AnnotationId, LinkOverride};
use crate::annotate::sources::SourceCorrection;

/// Sort `annotations` by id, giving a fresh id to each one whose id an earlier one already
/// has (a hand-edited or damaged save). Returns `(old id, new id)` for each one renumbered,
/// so that the caller can say so. Fresh ids follow the largest; when that is the largest
/// id there is, the smallest unused ones are taken.
pub fn renumber_duplicate_ids(annotations: &mut [Annotation]) -> Vec<(AnnotationId, AnnotationId)> {
    annotations.sort_by_key(|a| a.id);
    let mut used: std::collections::HashSet<AnnotationId> =
        annotations.iter().map(|a| a.id).collect();
    let largest = annotations.last().map_or(0, |a| a.id);
    let mut fresh = (largest.saturating_add(1)..=AnnotationId::MAX).chain(1..=largest);
    let mut seen = std::collections::HashSet::new();
    let mut renumbered = Vec::new();
    for a in annotations.iter_mut() {
        if seen.insert(a.id) {
            continue;
        }
        // There are far fewer annotations than ids, so an unused one is always found.
        let Some(new) = fresh.find(|id| !used.contains(id)) else {
            break;
        };
        used.insert(new);
        seen.insert(new);
        renumbered.push((a.id, new));
        a.id = new;
    }
    annotations.sort_by_key(|a| a.id);
    renumbered
}

/// One change to an annotation set.
// Edits are made one at a time by a person; plain fields keep them easy to build and match.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Add a new annotation (its id must not be in use; see [`AnnotationSet::next_id`]).
    Add(Annotation),
    /// Remove the annotation with this id.
    Remove(AnnotationId),
    /// Replace `before` (which must be the annotation as it is now) by `after` (same id).
    Update {
        before: Annotation,
        after: Annotation,
    },
    /// Set the override for the pair `override.a`, `override.b`, replacing any existing one.
    SetOverride(LinkOverride),
    /// Remove the override for this pair of anchors (either order), if any.
    RemoveOverride { a: Anchor, b: Anchor },
    /// Set the correction of the article `correction.source`, replacing any earlier one
    /// (a correction that changes nothing removes it).
    SetSource(SourceCorrection),
    /// Several edits undone and redone as one step.
    Batch(Vec<Edit>),
}

/// Why an edit was refused (the set is left unchanged).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("annotation {0} already exists")]
    DuplicateId(AnnotationId),
    #[error("no annotation {0}")]
    NoSuchAnnotation(AnnotationId),
    #[error("annotation {0} changed since the edit was prepared")]
    Stale(AnnotationId),
    #[error("an update may not change an annotation's id ({before} to {after})")]
    IdChanged {
        before: AnnotationId,
        after: AnnotationId,
    },
    #[error("no override for that pair of statements")]
    NoSuchOverride,
}

/// An applied edit with what undoes it.
#[derive(Debug, Clone)]
struct Step {
    redo: Edit,
    undo: Edit,
    /// Unique id of the state this step leads to.
    state: u64,
}

/// Annotations and overrides of one article set, with undo and redo.
#[derive(Debug, Clone, Default)]
pub struct AnnotationSet {
    annotations: Vec<Annotation>,
    overrides: Vec<LinkOverride>,
    /// The checker's corrections of the articles (at most one per article, none empty).
    sources: Vec<SourceCorrection>,
    undo_stack: Vec<Step>,
    redo_stack: Vec<Step>,
    next_id: AnnotationId,
    generation: u64,
    /// Counter handing out unique state ids; 0 is the initial state.
    state_counter: u64,
    saved_state: u64,
}

impl AnnotationSet {
    pub fn new() -> Self {
        Self {
            next_id: 1,
            ..Default::default()
        }
    }

    /// A set holding these annotations and overrides (as loaded), clean, with no history.
    /// Annotations sharing an id (a hand-edited file) keep their content under fresh ids
    /// (see [`renumber_duplicate_ids`], which tells which).
    pub fn from_parts(annotations: Vec<Annotation>, overrides: Vec<LinkOverride>) -> Self {
        let mut annotations = annotations;
        renumber_duplicate_ids(&mut annotations);
        let next_id = annotations.last().map_or(0, |a| a.id).saturating_add(1);
        Self {
            annotations,
            overrides,
            next_id,
            ..Default::default()
        }
    }

    /// The annotations, ordered by id.
    pub fn annotations(&self) -> &[Annotation] {
        &self.annotations
    }

    pub fn overrides(&self) -> &[LinkOverride] {
        &self.overrides
    }

    /// The checker's corrections of the articles (see [`crate::annotate::sources`]).
    pub fn source_corrections(&self) -> &[SourceCorrection] {
        &self.sources
    }

    /// This set with these article corrections (as loaded; empty ones are dropped, and of
    /// two for one article the last is kept), still clean.
    pub fn with_source_corrections(mut self, corrections: Vec<SourceCorrection>) -> Self {
        let mut kept: Vec<SourceCorrection> = Vec::new();
        for c in corrections {
            kept.retain(|k| k.source != c.source);
            if !c.is_empty() {
                kept.push(c);
            }
        }
        self.sources = kept;
        self
    }

    pub fn get(&self, id: AnnotationId) -> Option<&Annotation> {
        self.position(id).map(|i| &self.annotations[i])
    }

    /// The override for this pair of anchors (either order), if any.
    pub fn override_for(&self, a: &Anchor, b: &Anchor) -> Option<&LinkOverride> {
        self.overrides.iter().find(|o| o.same_pair(a, b))
    }

    /// Every tag in use with how many annotations carry it, by name (for a tag filter).
    pub fn tag_counts(&self) -> Vec<(String, usize)> {
        let mut counts = std::collections::BTreeMap::<&str, usize>::new();
        for a in &self.annotations {
            let mut seen: Vec<&str> = a
                .tags
                .iter()
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .collect();
            seen.sort_unstable();
            seen.dedup();
            for t in seen {
                *counts.entry(t).or_default() += 1;
            }
        }
        counts
            .into_iter()
            .map(|(t, n)| (t.to_string(), n))
            .collect()
    }

    pub fn is_empty(&self) -> bool {
        self.annotations.is_empty() && self.overrides.is_empty() && self.sources.is_empty()
    }

    /// A fresh id for a new annotation (ids are never reused within a session).
    pub fn next_id(&self) -> AnnotationId {
        self.next_id.max(1)
    }

    /// Apply an edit and make it undoable. Clears the redo stack.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let undo = self.perform(&edit)?;
        self.redo_stack.clear();
        self.push_step(edit, undo);
        Ok(())
    }

    /// Like [`apply`](Self::apply), but an [`Edit::Update`] of the same annotation as the
    /// last undo step merges into that step (typing a note gives one undo step, not one per
    /// key). Other edits behave as `apply`.
    pub fn apply_coalesced(&mut self, edit: Edit) -> Result<(), EditError> {
        let mergeable = match (&edit, self.undo_stack.last(), self.redo_stack.is_empty()) {
            (
                Edit::Update { after, .. },
                Some(Step {
                    redo: Edit::Update { after: last, .. },
                    ..
                }),
                true,
            ) => last.id == after.id,
            _ => false,
        };
        if !mergeable {
            return self.apply(edit);
        }
        self.perform(&edit)?;
        let Edit::Update { after, .. } = edit else {
            unreachable!("checked above")
        };
        self.state_counter += 1;
        self.generation += 1;
        let step = self.undo_stack.last_mut().expect("checked above");
        if let Edit::Update { after: last, .. } = &mut step.redo {
            *last = after.clone();
        }
        if let Edit::Update { before, .. } = &mut step.undo {
            *before = after;
        }
        step.state = self.state_counter;
        Ok(())
    }

    pub fn can_undo(&self) -> bool {
        !self.undo_stack.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo_stack.is_empty()
    }

    /// Undo the last edit; returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(step) = self.undo_stack.pop() else {
            return false;
        };
        self.perform(&step.undo)
            .expect("the inverse of an applied edit always applies");
        self.generation += 1;
        self.redo_stack.push(step);
        true
    }

    /// Redo the last undone edit; returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(step) = self.redo_stack.pop() else {
            return false;
        };
        self.perform(&step.redo)
            .expect("an undone edit always applies again");
        self.generation += 1;
        self.undo_stack.push(step);
        true
    }

    /// Increases on every change (edit, undo, redo): compare to know when to autosave.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether the set differs from the last [`mark_saved`](Self::mark_saved) state
    /// (or from the loaded state when never saved).
    pub fn is_dirty(&self) -> bool {
        self.current_state() != self.saved_state
    }

    /// Record that the current state is what is on disk.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.current_state();
    }

    /// Record that the current state is NOT on disk (e.g. restored from an autosave).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
        self.generation += 1;
    }

    fn current_state(&self) -> u64 {
        self.undo_stack.last().map_or(0, |s| s.state)
    }

    fn push_step(&mut self, redo: Edit, undo: Edit) {
        self.state_counter += 1;
        self.generation += 1;
        self.undo_stack.push(Step {
            redo,
            undo,
            state: self.state_counter,
        });
    }

    fn position(&self, id: AnnotationId) -> Option<usize> {
        self.annotations.binary_search_by_key(&id, |a| a.id).ok()
    }

    /// Carry out an edit; return the edit that undoes it. On error nothing changed.
    fn perform(&mut self, edit: &Edit) -> Result<Edit, EditError> {
        match edit {
            Edit::Add(a) => {
                let at = match self.annotations.binary_search_by_key(&a.id, |x| x.id) {
                    Ok(_) => return Err(EditError::DuplicateId(a.id)),
                    Err(at) => at,
                };
                self.annotations.insert(at, a.clone());
                self.next_id = self.next_id.max(a.id.saturating_add(1));
                Ok(Edit::Remove(a.id))
            }
            Edit::Remove(id) => {
                let at = self.position(*id).ok_or(EditError::NoSuchAnnotation(*id))?;
                Ok(Edit::Add(self.annotations.remove(at)))
            }
            Edit::Update { before, after } => {
                if before.id != after.id {
                    return Err(EditError::IdChanged {
                        before: before.id,
                        after: after.id,
                    });
                }
                let at = self
                    .position(before.id)
                    .ok_or(EditError::NoSuchAnnotation(before.id))?;
                if &self.annotations[at] != before {
                    return Err(EditError::Stale(before.id));
                }
                self.annotations[at] = after.clone();
                Ok(Edit::Update {
                    before: after.clone(),
                    after: before.clone(),
                })
            }
            Edit::SetOverride(o) => {
                match self.overrides.iter().position(|x| x.same_pair(&o.a, &o.b)) {
                    Some(i) => {
                        let old = std::mem::replace(&mut self.overrides[i], o.clone());
                        Ok(Edit::SetOverride(old))
                    }
                    None => {
                        self.overrides.push(o.clone());
                        Ok(Edit::RemoveOverride {
                            a: o.a.clone(),
                            b: o.b.clone(),
                        })
                    }
                }
            }
            Edit::RemoveOverride { a, b } => {
                let i = self
                    .overrides
                    .iter()
                    .position(|x| x.same_pair(a, b))
                    .ok_or(EditError::NoSuchOverride)?;
                Ok(Edit::SetOverride(self.overrides.remove(i)))
            }
            Edit::SetSource(c) => {
                let at = self.sources.iter().position(|x| x.source == c.source);
                let old = at.map(|i| self.sources[i].clone());
                match (at, c.is_empty()) {
                    (Some(i), true) => {
                        self.sources.remove(i);
                    }
                    (Some(i), false) => self.sources[i] = c.clone(),
                    (None, true) => {}
                    (None, false) => self.sources.push(c.clone()),
                }
                Ok(Edit::SetSource(old.unwrap_or_else(|| {
                    SourceCorrection::none_for(c.source.clone())
                })))
            }
            Edit::Batch(edits) => {
                let mut undos = Vec::with_capacity(edits.len());
                for e in edits {
                    match self.perform(e) {
                        Ok(u) => undos.push(u),
                        Err(err) => {
                            // Roll back what this batch already did.
                            for u in undos.iter().rev() {
                                self.perform(u).expect("rollback of a just-applied edit");
                            }
                            return Err(err);
                        }
                    }
                }
                undos.reverse();
                Ok(Edit::Batch(undos))
            }
        }
    }
}
