//! The draft state machine, natively, through the in-memory storage: a save, another tab's
//! save in between (merged field by field), two tabs of a first visit, unreadable stored
//! text (quarantine), drafts from a newer version, and a full storage.

use leptos::prelude::*;

use serde_json::json;

use super::{import_as_new_draft, IntakeState, Storing};
use crate::domain::intake::Intake;
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
    let revision = next
        .base
        .with_value(|base| base.as_ref().map(|draft| draft.revision));
    assert_eq!(revision, Some(1));
}

fn stored_text(memory: &MemoryStorage) -> String {
    memory.raw(DRAFTS).unwrap_or_default()
}

#[test]
fn two_tabs_editing_different_fields_both_keep_their_edits() {
    let (memory, _owner) = device();
    type_name(&tab(), "Aiko");
    let (one, two) = (tab(), tab());
    type_name(&one, "Aiko Tanaka");
    two.edit(|intake| intake.patient.nationality = "JP".into());
    two.save_now();
    let stored = stored_text(&memory);
    assert!(
        stored.contains("Aiko Tanaka") && stored.contains("\"JP\""),
        "{stored}"
    );
    assert_eq!(
        stored_name(&two),
        "Aiko Tanaka",
        "the saving tab shows the merge"
    );
    assert!(two.updated_elsewhere.get_untracked());
    // The first tab hears of the save and shows the merge too.
    one.on_stored_elsewhere();
    assert_eq!(one.intake.get_untracked().patient.nationality, "JP");
    assert!(one.choices.get_untracked().is_empty());
}

#[test]
fn the_same_field_typed_in_two_tabs_offers_both_until_dismissed() {
    let (memory, _owner) = device();
    type_name(&tab(), "Aiko");
    let (one, two) = (tab(), tab());
    type_name(&one, "Aiko Tanaka");
    type_name(&two, "Aiko T.");
    one.on_stored_elsewhere();
    for page in [&one, &two] {
        let choices = page.choices.get_untracked();
        assert_eq!(choices.len(), 1);
        assert_eq!(choices[0].pointer, "/intake/patient/name");
        assert_eq!(choices[0].values, [json!("Aiko T."), json!("Aiko Tanaka")]);
        assert_eq!(stored_name(page), "Aiko T.");
    }
    // Chosen in one tab: the form takes it, the other value is still offered.
    one.choose("/intake/patient/name", json!("Aiko Tanaka"));
    one.save_now();
    two.on_stored_elsewhere();
    assert_eq!(stored_name(&two), "Aiko Tanaka");
    assert_eq!(two.choices.get_untracked().len(), 1);
    two.dismiss("/intake/patient/name");
    two.save_now();
    one.on_stored_elsewhere();
    assert!(one.choices.get_untracked().is_empty());
    assert!(!stored_text(&memory).contains("Aiko T.\""));
}

#[test]
fn two_tabs_of_a_first_visit_make_one_draft() {
    let (memory, _owner) = device();
    let (one, two) = (tab(), tab());
    type_name(&one, "Aiko");
    two.edit(|intake| intake.patient.nationality = "JP".into());
    two.save_now();
    let next = tab();
    assert_eq!(
        next.store.get_untracked().drafts.len(),
        1,
        "{}",
        stored_text(&memory)
    );
    assert_eq!(stored_name(&next), "Aiko");
    assert_eq!(next.intake.get_untracked().patient.nationality, "JP");
}

#[test]
fn the_draft_name_is_saved_as_typed() {
    let (_memory, _owner) = device();
    let page = tab();
    page.rename("Mother");
    assert!(page.dirty.get_untracked());
    page.save_now();
    assert_eq!(tab().open.get_untracked().name, "Mother");
}

#[test]
fn a_draft_deleted_in_another_tab_can_be_kept_as_a_new_one() {
    let (memory, _owner) = device();
    let page = tab();
    type_name(&page, "Aiko");
    let other = tab();
    other.delete_open("Draft 1".into());
    type_name(&page, "Aiko Tanaka");
    assert!(page.deleted_elsewhere.get_untracked());
    assert!(!stored_text(&memory).contains("Tanaka"));
    page.save_as_new();
    assert!(stored_text(&memory).contains("Aiko Tanaka"));
    assert!(!page.deleted_elsewhere.get_untracked());
}

#[test]
fn an_imported_draft_gets_a_name_of_its_own() {
    let (_memory, _owner) = device();
    type_name(&tab(), "Aiko");
    assert_eq!(
        import_as_new_draft(crate::web::new_id(), "Draft 1", Intake::default()),
        Ok("Draft 1 (2)".into())
    );
    assert_eq!(
        import_as_new_draft(crate::web::new_id(), "Draft 1", Intake::default()),
        Ok("Draft 1 (3)".into())
    );
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

#[test]
fn a_save_that_lands_unseen_on_this_tabs_own_is_merged_back() {
    let (memory, _owner) = device();
    let page = tab();
    type_name(&page, "Aiko");
    let before = memory.raw(DRAFTS).unwrap_or_default();
    page.edit(|intake| intake.diagnosis = "Prostate cancer".into());
    page.save_now();
    // Another tab read storage before that save reached it, and saves over it.
    memory.set_raw(DRAFTS, &before);
    let other = tab();
    other.edit(|intake| intake.budget = "3,000,000 yen".into());
    other.save_now();
    assert!(
        !stored_text(&memory).contains("Prostate"),
        "the lost update, as a browser can make it"
    );
    page.on_stored_elsewhere();
    let stored = stored_text(&memory);
    assert!(
        stored.contains("Prostate cancer") && stored.contains("3,000,000 yen"),
        "{stored}"
    );
    assert_eq!(page.intake.get_untracked().budget, "3,000,000 yen");
    other.on_stored_elsewhere();
    assert_eq!(other.intake.get_untracked().diagnosis, "Prostate cancer");
}

/// A newer version may add a field under the same schema version; an older tab that saves
/// keeps it (F16 of the security review) instead of dropping it from every draft.
#[test]
fn a_field_from_a_newer_version_survives_a_save_from_this_one() {
    let (memory, _owner) = device();
    let first = tab();
    type_name(&first, "Aiko Tanaka");
    let mut stored: serde_json::Value = serde_json::from_str(&stored_text(&memory)).unwrap();
    let drafts = stored["data"]["drafts"]
        .as_array_mut()
        .expect("a list of drafts");
    drafts[0]["intake"]["insurance_number"] = json!("A-1234");
    drafts[0]["intake"]["patient"]["blood_type"] = json!("O+");
    memory.set_raw(DRAFTS, &stored.to_string());
    let older = tab();
    type_name(&older, "Aiko Tanaka-Sato");
    let saved = stored_text(&memory);
    assert!(saved.contains("Aiko Tanaka-Sato"), "{saved}");
    assert!(saved.contains("\"insurance_number\":\"A-1234\""), "{saved}");
    assert!(saved.contains("\"blood_type\":\"O+\""), "{saved}");
}
