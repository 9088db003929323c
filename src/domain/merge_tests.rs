use proptest::prelude::*;
use serde_json::json;

use super::*;
use crate::domain::intake::{Companion, Intake};

/// Every text field of the form that is not in a list.
const TEXT_FIELDS: [&str; 19] = [
    "/patient/name",
    "/patient/date_of_birth",
    "/patient/nationality",
    "/patient/email",
    "/patient/phone",
    "/patient/preferred_language",
    "/diagnosis",
    "/current_condition",
    "/physician_name",
    "/physician_institution",
    "/physician_contact",
    "/images",
    "/reports",
    "/desired_hospital",
    "/desired_treatment",
    "/budget",
    "/dates_from",
    "/dates_to",
    "/questions",
];

fn set(intake: &Intake, pointer: &str, text: &str) -> Intake {
    with_value_at(intake, pointer, json!(text)).expect("a text field")
}

fn text(intake: &Intake, pointer: &str) -> String {
    value_at(intake, pointer)
        .and_then(|value| value.as_str().map(str::to_owned))
        .expect("a text field")
}

#[test]
fn edits_to_different_fields_are_both_kept() {
    let base = set(&Intake::default(), "/patient/name", "Anna");
    let mine = set(&base, "/patient/name", "Anna Ivanova");
    let theirs = set(&base, "/patient/nationality", "RU");
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.clashes, []);
    assert_eq!(merged.value.patient.name, "Anna Ivanova");
    assert_eq!(merged.value.patient.nationality, "RU");
}

#[test]
fn the_same_field_changed_differently_keeps_both_values() {
    let base = Intake::default();
    let mine = set(&base, "/budget", "3,000,000 yen");
    let theirs = set(&base, "/budget", "about 25,000 USD");
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.value.budget, "3,000,000 yen");
    assert_eq!(
        merged.clashes,
        [Clash {
            pointer: "/budget".into(),
            mine: json!("3,000,000 yen"),
            theirs: json!("about 25,000 USD"),
        }]
    );
    // The same change made in both is no clash.
    let merged = merge(&base, &mine, &mine).unwrap();
    assert_eq!((merged.value, merged.clashes), (mine, vec![]));
}

fn companion(name: &str) -> Companion {
    Companion {
        name: name.into(),
        ..Companion::default()
    }
}

#[test]
fn lists_merge_entry_by_entry_and_keep_both_sides_additions() {
    let base = Intake {
        companions: vec![companion("Maria")],
        ..Intake::default()
    };
    let mut mine = base.clone();
    mine.companions[0].relation = "daughter".into();
    let mut theirs = base.clone();
    theirs.companions[0].name = "Maria Ivanova".into();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.clashes, []);
    assert_eq!(merged.value.companions[0].name, "Maria Ivanova");
    assert_eq!(merged.value.companions[0].relation, "daughter");

    let mut mine = base.clone();
    mine.companions.push(companion("Ivan"));
    let mut theirs = base.clone();
    theirs.companions.push(companion("Olga"));
    let one = merge(&base, &mine, &theirs).unwrap();
    let other = merge(&base, &theirs, &mine).unwrap();
    assert_eq!(one.clashes, []);
    assert_eq!(one.value, other.value, "the same whichever tab merges");
    let names: Vec<_> = one
        .value
        .companions
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, ["Maria", "Ivan", "Olga"]);

    // Two empty entries added on one side stay two.
    let mut mine = base.clone();
    mine.companions.extend([companion(""), companion("")]);
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.value.companions.len(), 4);
}

#[test]
fn a_removal_against_an_edit_is_one_clash_over_the_list() {
    let base = Intake {
        companions: vec![companion("Maria"), companion("Ivan")],
        ..Intake::default()
    };
    let mut mine = base.clone();
    mine.companions.remove(0);
    let mut theirs = base.clone();
    theirs.companions[0].relation = "daughter".into();
    let merged = merge(&base, &mine, &theirs).unwrap();
    assert_eq!(merged.value.companions, mine.companions);
    assert_eq!(merged.clashes.len(), 1);
    assert_eq!(merged.clashes[0].pointer, "/companions");
    assert_eq!(
        merged.clashes[0].theirs,
        serde_json::to_value(&theirs.companions).unwrap()
    );
}

#[test]
fn a_value_is_read_and_replaced_by_its_pointer() {
    let intake = set(&Intake::default(), "/patient/email", "a@example.jp");
    assert_eq!(text(&intake, "/patient/email"), "a@example.jp");
    assert!(with_value_at(&intake, "/no/such/field", json!("x")).is_none());
    assert!(
        with_value_at(&intake, "/patient/email", json!(7)).is_none(),
        "a number is no text"
    );
    let keys = json!({"a/b": {"~c": 1}});
    assert_eq!(escape_pointer("a/b"), "a~1b");
    assert_eq!(keys.pointer("/a~1b/~0c"), Some(&json!(1)));
}

/// What happened to one field in the two tabs.
#[derive(Clone, Debug)]
enum Change {
    Neither,
    Mine(String),
    Theirs(String),
    Both(String),
    Each(String, String),
}

fn change() -> impl Strategy<Value = Change> {
    let text = "[a-zA-Zа-я一-龥 @.]{0,8}";
    prop_oneof![
        Just(Change::Neither),
        text.prop_map(Change::Mine),
        text.prop_map(Change::Theirs),
        text.prop_map(Change::Both),
        (text, text).prop_map(|(a, b)| Change::Each(a, b)),
    ]
}

/// A base form and one change per text field.
fn scenario() -> impl Strategy<Value = (Vec<String>, Vec<Change>)> {
    (
        prop::collection::vec("[a-z]{0,4}", TEXT_FIELDS.len()),
        prop::collection::vec(change(), TEXT_FIELDS.len()),
    )
}

fn apply(base_texts: &[String], changes: &[Change]) -> (Intake, Intake, Intake) {
    let mut base = Intake::default();
    for (pointer, value) in TEXT_FIELDS.iter().zip(base_texts) {
        base = set(&base, pointer, value);
    }
    let (mut mine, mut theirs) = (base.clone(), base.clone());
    for (pointer, change) in TEXT_FIELDS.iter().zip(changes) {
        match change {
            Change::Neither => {}
            Change::Mine(value) => mine = set(&mine, pointer, value),
            Change::Theirs(value) => theirs = set(&theirs, pointer, value),
            Change::Both(value) => {
                mine = set(&mine, pointer, value);
                theirs = set(&theirs, pointer, value);
            }
            Change::Each(a, b) => {
                mine = set(&mine, pointer, a);
                theirs = set(&theirs, pointer, b);
            }
        }
    }
    (base, mine, theirs)
}

proptest! {
    #[test]
    fn a_field_changed_in_one_tab_always_survives((base_texts, changes) in scenario()) {
        let (base, mine, theirs) = apply(&base_texts, &changes);
        let merged = merge(&base, &mine, &theirs).unwrap();
        for pointer in TEXT_FIELDS {
            let (was, a, b) = (text(&base, pointer), text(&mine, pointer), text(&theirs, pointer));
            let got = text(&merged.value, pointer);
            let clash = merged.clashes.iter().find(|clash| clash.pointer == pointer);
            if a != was && b != was && a != b {
                // Changed differently in both: this tab's value in the form, theirs offered.
                prop_assert_eq!(got, a.clone());
                let clash = clash.expect("a clash");
                prop_assert_eq!((&clash.mine, &clash.theirs), (&json!(a), &json!(b)));
                continue;
            }
            let expected = if a != was { a } else { b };
            prop_assert_eq!(got, expected, "{}", pointer);
            prop_assert!(clash.is_none(), "{pointer}");
        }
    }

    #[test]
    fn merging_disjoint_edits_is_symmetric((base_texts, changes) in scenario()) {
        // Only one side changes each field.
        let disjoint: Vec<Change> = changes
            .into_iter()
            .map(|change| match change {
                Change::Both(value) | Change::Each(value, _) => Change::Theirs(value),
                other => other,
            })
            .collect();
        let (base, mine, theirs) = apply(&base_texts, &disjoint);
        let one = merge(&base, &mine, &theirs).unwrap();
        let other = merge(&base, &theirs, &mine).unwrap();
        prop_assert_eq!(one.clashes, vec![]);
        prop_assert_eq!(other.clashes, vec![]);
        prop_assert_eq!(one.value, other.value);
    }
}
