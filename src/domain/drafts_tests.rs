use serde_json::json;

use super::*;

const NOW: &str = "2026-11-21T08:00:00.000Z";

fn content(name: &str, patient: &str) -> DraftContent {
    let mut intake = Intake::default();
    intake.patient.name = patient.into();
    DraftContent {
        name: name.into(),
        intake,
    }
}

/// A tab's save of `content` over `base` (its copy of the stored draft).
fn save(store: &mut DraftStore, content: &DraftContent, base: Option<&Draft>) -> SaveOutcome {
    let edit = Edit {
        id: "a",
        content,
        choices: base.map_or(&[][..], |base| &base.choices),
        base,
        before_base: None,
    };
    store.save(edit, NOW)
}

fn saved(outcome: SaveOutcome) -> Draft {
    match outcome {
        SaveOutcome::Saved(draft) | SaveOutcome::Merged(draft) => draft,
        SaveOutcome::Deleted => panic!("deleted"),
    }
}

#[test]
fn drafts_are_created_opened_and_deleted() {
    let mut store = DraftStore::default();
    store.create("a".into(), "Draft 1".into(), Intake::default(), NOW);
    assert_eq!(store.next_number(), 2);
    store.create("b".into(), "Mother".into(), Intake::default(), NOW);
    assert_eq!(store.to_open().unwrap().id, "b");
    store.delete("b");
    assert_eq!(store.last_open, None);
    assert_eq!(store.to_open().unwrap().name, "Draft 1");
}

#[test]
fn a_save_over_its_own_revision_is_written_as_it_is() {
    let mut store = DraftStore::default();
    let first = saved(save(&mut store, &content("Draft 1", "Anna"), None));
    assert_eq!(first.revision, 1);
    let outcome = save(&mut store, &content("Mother", "Anna Ivanova"), Some(&first));
    assert!(matches!(outcome, SaveOutcome::Saved(_)), "{outcome:?}");
    let stored = store.get("a").unwrap();
    assert_eq!((stored.revision, stored.name.as_str()), (2, "Mother"));
}

#[test]
fn two_tabs_changing_different_fields_are_merged_without_a_question() {
    let mut store = DraftStore::default();
    let start = saved(save(&mut store, &content("Draft 1", "Anna"), None));
    // One tab renames the draft, the other adds the nationality, both from revision 1.
    saved(save(&mut store, &content("Mother", "Anna"), Some(&start)));
    let mut other = content("Draft 1", "Anna");
    other.intake.patient.nationality = "RU".into();
    let merged = match save(&mut store, &other, Some(&start)) {
        SaveOutcome::Merged(draft) => draft,
        outcome => panic!("expected a merge, got {outcome:?}"),
    };
    assert_eq!(merged.name, "Mother");
    assert_eq!(merged.intake.patient.nationality, "RU");
    assert_eq!(merged.revision, 3);
    assert_eq!(merged.choices, []);
    assert_eq!(store.get("a"), Some(&merged));
}

#[test]
fn the_same_field_changed_in_two_tabs_keeps_both_until_dismissed() {
    let mut store = DraftStore::default();
    let start = saved(save(&mut store, &content("Draft 1", "Anna"), None));
    let first = saved(save(
        &mut store,
        &content("Draft 1", "Anna Ivanova"),
        Some(&start),
    ));
    let second = saved(save(
        &mut store,
        &content("Draft 1", "Anna I."),
        Some(&start),
    ));
    assert_eq!(
        second.intake.patient.name, "Anna I.",
        "the saving tab's value in the form"
    );
    let choice = Choice {
        pointer: "/intake/patient/name".into(),
        values: vec![json!("Anna I."), json!("Anna Ivanova")],
    };
    assert_eq!(second.choices, std::slice::from_ref(&choice));

    // The first tab, with an edit of its own elsewhere, merges and keeps the choice.
    let mut edit = first.content();
    edit.intake.diagnosis = "Prostate cancer".into();
    let merged = saved(save(&mut store, &edit, Some(&first)));
    assert_eq!(merged.choices, [choice]);
    assert_eq!(merged.intake.diagnosis, "Prostate cancer");

    // Dismissed in one tab while the other edits another field: it stays dismissed.
    let dismissed = Edit {
        id: "a",
        content: &merged.content(),
        choices: &[],
        base: Some(&merged),
        before_base: None,
    };
    let after_dismiss = saved(store.save(dismissed, NOW));
    assert_eq!(after_dismiss.choices, []);
    let mut later = merged.content();
    later.intake.budget = "3,000,000 yen".into();
    let last = saved(save(&mut store, &later, Some(&merged)));
    assert_eq!(
        last.choices,
        [],
        "the other tab still held it, but did not change it"
    );
    assert_eq!(last.intake.budget, "3,000,000 yen");
}

#[test]
fn a_save_that_landed_unseen_on_this_tabs_own_is_merged_against_the_one_before() {
    let mut store = DraftStore::default();
    let start = saved(save(&mut store, &content("Draft 1", "Anna"), None));
    // Both tabs save over revision 1; the other tab read storage before this tab's save
    // reached it, and its write landed last.
    let mut other_view = store.clone();
    let mut with_diagnosis = start.content();
    with_diagnosis.intake.diagnosis = "Prostate cancer".into();
    let mine = saved(save(&mut store, &with_diagnosis, Some(&start)));
    let mut with_budget = start.content();
    with_budget.intake.budget = "3,000,000 yen".into();
    saved(save(&mut other_view, &with_budget, Some(&start)));
    let mut storage = other_view;
    let edit = Edit {
        id: "a",
        content: &mine.content(),
        choices: &[],
        base: Some(&mine),
        before_base: Some(&start),
    };
    let merged = match storage.save(edit, NOW) {
        SaveOutcome::Merged(draft) => draft,
        outcome => panic!("expected a merge, got {outcome:?}"),
    };
    assert_eq!(merged.intake.diagnosis, "Prostate cancer");
    assert_eq!(merged.intake.budget, "3,000,000 yen");
    assert_eq!(merged.revision, 3);
    assert_eq!(merged.choices, []);
}

#[test]
fn two_tabs_of_a_first_visit_make_one_draft() {
    let mut store = DraftStore::default();
    saved(save(&mut store, &content("Draft 1", "Anna"), None));
    let mut other = content("Draft 1", "");
    other.intake.patient.nationality = "RU".into();
    let merged = saved(save(&mut store, &other, None));
    assert_eq!(store.drafts.len(), 1);
    assert_eq!(merged.intake.patient.name, "Anna");
    assert_eq!(merged.intake.patient.nationality, "RU");
}

#[test]
fn saving_a_draft_another_tab_deleted_writes_nothing() {
    let mut store = DraftStore::default();
    let start = saved(save(&mut store, &content("Draft 1", "Anna"), None));
    store.delete("a");
    let before = store.clone();
    assert_eq!(
        save(&mut store, &content("Draft 1", "Anna I."), Some(&start)),
        SaveOutcome::Deleted
    );
    assert_eq!(store, before);
}

#[test]
fn names_are_numbered_and_made_unique() {
    let mut store = DraftStore::default();
    store.create("a".into(), "Draft 1".into(), Intake::default(), NOW);
    store.create("b".into(), "Draft 3".into(), Intake::default(), NOW);
    assert_eq!(store.next_number(), 2);
    assert_eq!(store.unique_name("Draft 2"), "Draft 2");
    assert_eq!(store.unique_name("Draft 1"), "Draft 1 (2)");
    store.create("c".into(), "Draft 1 (2)".into(), Intake::default(), NOW);
    assert_eq!(store.unique_name("Draft 1"), "Draft 1 (3)");
}

#[test]
fn both_values_join_texts_and_lists() {
    assert_eq!(both(&json!("a"), &json!("b"), " / "), Some(json!("a / b")));
    assert_eq!(both(&json!(""), &json!("b"), " / "), Some(json!("b")));
    assert_eq!(
        both(&json!([1, 2]), &json!([2, 3]), " / "),
        Some(json!([1, 2, 3]))
    );
    assert_eq!(both(&json!(1), &json!(2), " / "), None);
}

#[test]
fn drafts_stored_before_choices_existed_still_read() {
    let stored =
        r#"{"drafts":[{"id":"a","name":"Draft 1","revision":2,"saved_at":"x","intake":{}}]}"#;
    let store: DraftStore = serde_json::from_str(stored).unwrap();
    assert_eq!(store.drafts[0].choices, []);
    let written = serde_json::to_string(&store).unwrap();
    assert!(!written.contains("choices"), "{written}");
}
