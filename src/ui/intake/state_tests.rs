//! The draft state machine, natively, through the in-memory storage: a save, another tab's
//! save in between (conflict), unreadable stored text (quarantine), drafts from a newer
//! version, and a full storage.

use leptos::prelude::*;

use super::{Conflict, IntakeState, Storing};
use crate::storage::{MemoryStorage, StorageError, StorageKey};

const DRAFTS: &str = "japan-care-planner:drafts";

/// A fresh memory storage on this thread, and a reactive owner for the signals.
fn device() -> (MemoryStorage, Owner) {
    let memory = MemoryStorage::default();
    memory.install();
    let owner = Owner::new();
    owner.set();
    (memory, owner)
}

/// A tab opening the intake page.
fn tab() -> IntakeState {
    IntakeState::open("Draft 1".to_owned())
}

fn type_name(tab: &IntakeState, name: &str) {
    tab.edit(|intake| intake.patient.name = name.to_owned());
    tab.save_now();
}

fn stored_name(tab: &IntakeState) -> String {
    tab.intake
        .with_untracked(|intake| intake.patient.name.clone())
}

#[test]
fn a_saved_draft_opens_in_the_next_tab() {
    let (memory, _owner) = device();
    assert_eq!(DRAFTS, StorageKey::Drafts.name());
    let first = tab();
    type_name(&first, "Aiko Tanaka");
    assert!(!first.dirty.get_untracked());
    assert!(memory
        .raw(DRAFTS)
        .is_some_and(|raw| raw.contains("Aiko Tanaka")));
    let next = tab();
    assert_eq!(stored_name(&next), "Aiko Tanaka");
    assert_eq!(next.open.get_untracked().base_revision, Some(1));
}

#[test]
fn a_save_over_another_tabs_newer_revision_is_a_conflict_not_an_overwrite() {
    let (memory, _owner) = device();
    type_name(&tab(), "Aiko");
    let (one, two) = (tab(), tab());
    type_name(&one, "Aiko Tanaka");
    let after_one = memory.raw(DRAFTS);
    type_name(&two, "Aiko T.");
    assert!(matches!(
        two.conflict.get_untracked(),
        Some(Conflict::Newer(theirs)) if theirs.intake.patient.name == "Aiko Tanaka"
    ));
    assert_eq!(
        memory.raw(DRAFTS),
        after_one,
        "the other tab's save is kept"
    );
    assert!(two.dirty.get_untracked(), "this tab's text is kept too");
}

#[test]
fn unreadable_drafts_are_kept_byte_for_byte_and_saving_starts_over() {
    let (memory, _owner) = device();
    let broken = "{\"schema_version\":1,\"data\":{\"drafts\":[{\"na";
    memory.set_raw(DRAFTS, broken);
    let page = tab();
    let Storing::Quarantined(kept_under) = page.storing.get_untracked() else {
        panic!(
            "expected a quarantine, got {:?}",
            page.storing.get_untracked()
        );
    };
    assert_eq!(memory.raw(&kept_under).as_deref(), Some(broken));
    type_name(&page, "Aiko");
    assert!(memory.raw(DRAFTS).is_some_and(|raw| raw.contains("Aiko")));
    assert_eq!(
        memory.raw(&kept_under).as_deref(),
        Some(broken),
        "still there"
    );
}

#[test]
fn drafts_from_a_newer_version_are_never_written_over() {
    let (memory, _owner) = device();
    let newer = "{\"schema_version\":99,\"data\":{}}";
    memory.set_raw(DRAFTS, newer);
    let page = tab();
    assert_eq!(page.storing.get_untracked(), Storing::Newer);
    type_name(&page, "Aiko");
    assert_eq!(memory.raw(DRAFTS).as_deref(), Some(newer));
    assert_eq!(stored_name(&page), "Aiko", "the text stays on screen");
}

#[test]
fn a_full_storage_keeps_the_changes_in_memory_until_it_has_room() {
    let (memory, _owner) = device();
    let page = tab();
    type_name(&page, "Aiko");
    memory.refuse_writes(Some(StorageError::QuotaExceeded));
    type_name(&page, "Aiko Tanaka");
    assert_eq!(page.storing.get_untracked(), Storing::Full);
    assert!(page.dirty.get_untracked());
    assert!(memory
        .raw(DRAFTS)
        .is_some_and(|raw| !raw.contains("Tanaka")));
    memory.refuse_writes(None);
    page.save_now();
    assert_eq!(page.storing.get_untracked(), Storing::Working);
    assert!(memory
        .raw(DRAFTS)
        .is_some_and(|raw| raw.contains("Aiko Tanaka")));
}

#[test]
fn a_refused_storage_says_so() {
    let (memory, _owner) = device();
    memory.refuse_writes(Some(StorageError::Unavailable));
    let page = tab();
    type_name(&page, "Aiko");
    assert_eq!(page.storing.get_untracked(), Storing::Unavailable);
    assert_eq!(memory.raw(DRAFTS), None);
}
