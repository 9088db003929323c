//! The checklists and the guide: both files parse and cite only sources they list, and every
//! locale has the text of every scenario, document, provider, status, stage and question. A
//! document or stage without a translation or a source fails here, not in front of a patient.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use japan_care_planner::domain::checklist::{Checklists, Provider, Status};
use japan_care_planner::domain::guide::Guide;
use japan_care_planner::i18n::{message_ids, Locale, Messages};

fn read(relative: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"))
}

fn checklists() -> Checklists {
    Checklists::parse("checklists.json", &read("public/data/checklists.json"))
        .unwrap_or_else(|error| panic!("{error}"))
}

fn guide() -> Guide {
    Guide::parse("guide.json", &read("public/data/guide.json"))
        .unwrap_or_else(|error| panic!("{error}"))
}

/// The messages of one locale's content file, resolved as the app resolves them.
fn messages(locale: Locale, file: &str) -> Messages {
    let name = format!("public/locales/{}/{file}", locale.code());
    Messages::parse(locale, &[(name.clone(), read(&name))])
        .unwrap_or_else(|error| panic!("{error}"))
}

/// Every id in `ids` has non-empty text in every locale's `file`.
fn assert_translated(file: &str, ids: &[String]) {
    for locale in Locale::ALL {
        let messages = messages(locale, file);
        let missing: Vec<&String> = ids
            .iter()
            .filter(|id| {
                messages
                    .format(id, None)
                    .is_none_or(|text| text.trim().is_empty())
            })
            .collect();
        assert!(
            missing.is_empty(),
            "{}/{file} lacks {missing:?}",
            locale.code()
        );
    }
}

#[test]
fn every_checklist_entry_is_translated_in_every_locale() {
    let checklists = checklists();
    let mut ids: Vec<String> = checklists
        .items
        .iter()
        .flat_map(|item| item.message_ids())
        .collect();
    for scenario in &checklists.scenarios {
        ids.extend([scenario.name_id(), scenario.summary_id()]);
    }
    ids.extend(
        Provider::ALL
            .iter()
            .map(|provider| provider.message_id().to_owned()),
    );
    ids.extend(
        Status::ALL
            .iter()
            .map(|status| status.message_id().to_owned()),
    );
    assert!(
        ids.len() > 60,
        "only {} ids: is the file complete?",
        ids.len()
    );
    assert_translated("documents.ftl", &ids);
}

#[test]
fn every_stage_and_question_is_translated_in_every_locale() {
    let guide = guide();
    let mut ids: Vec<String> = guide
        .stages
        .iter()
        .flat_map(|stage| stage.message_ids())
        .collect();
    ids.extend(guide.faq.iter().flat_map(|question| question.message_ids()));
    assert_translated("guide.ftl", &ids);
}

#[test]
fn the_journey_has_its_seven_stages_and_the_checklists_their_scenarios() {
    let stages: Vec<String> = guide().stages.into_iter().map(|stage| stage.id).collect();
    assert_eq!(
        stages,
        [
            "prepare",
            "liaison",
            "prepayment",
            "visa",
            "travel-treatment",
            "settlement",
            "follow-up"
        ]
    );
    let scenarios: BTreeSet<String> = checklists().scenarios.into_iter().map(|s| s.id).collect();
    for expected in [
        "second-opinion-in-person",
        "second-opinion-proxy",
        "second-opinion-written",
        "admission",
        "visa-patient",
        "visa-companion",
        "travel",
    ] {
        assert!(scenarios.contains(expected), "no scenario {expected}");
    }
}

/// Durations and limits live in the data files, with a source and a date; text that carried
/// its own figure would escape both, and go stale unseen.
#[test]
fn content_texts_carry_no_figures() {
    let content_prefixes = [
        "checklist-item-",
        "checklist-scenario-",
        "guide-stage-",
        "guide-faq-",
    ];
    for locale in Locale::ALL {
        for file in ["documents.ftl", "guide.ftl"] {
            let name = format!("public/locales/{}/{file}", locale.code());
            let messages = messages(locale, file);
            let ids = message_ids(&read(&name)).unwrap_or_else(|error| panic!("{error}"));
            for id in ids
                .iter()
                .filter(|id| content_prefixes.iter().any(|p| id.starts_with(p)))
            {
                let text = messages.format(id, None).unwrap_or_default();
                assert!(
                    !text
                        .chars()
                        .any(|c| c.is_ascii_digit() || ('０'..='９').contains(&c)),
                    "{name}: {id} has a figure in its text: {text}"
                );
            }
        }
    }
}
