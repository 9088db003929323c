//! Every data file the app ships parses, passes validation, and is complete in every locale:
//! a broken fee or a missing translation fails here, not in front of a patient.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use japan_care_planner::domain::currency::CurrencyTable;
use japan_care_planner::domain::fee_schedule::{parse_data_file, FeeSchedule, ScheduleIndex};
use japan_care_planner::domain::localized::Localized;
use japan_care_planner::i18n::Locale;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(path)
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{path:?}: {error}"))
}

fn assert_complete(text: &Localized, what: &str) {
    for locale in Locale::ALL {
        assert!(text.has(locale.code()), "{what}: no {} text", locale.code());
    }
}

fn index() -> ScheduleIndex {
    let path = data("fee-schedules/index.json");
    ScheduleIndex::parse("index.json", &read(&path)).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn every_listed_schedule_exists_parses_and_matches_its_listing() {
    let index = index();
    assert!(index.schedules.len() >= 5, "the samples are all listed");
    for listing in &index.schedules {
        let file = format!("{}.json", listing.id);
        let schedule = FeeSchedule::parse(&file, &read(&data(&format!("fee-schedules/{file}"))))
            .unwrap_or_else(|error| panic!("{error}"));
        assert_eq!(
            schedule.id, listing.id,
            "{file}: id differs from its file name"
        );
        assert_eq!(
            schedule.name, listing.name,
            "{file}: name differs from index.json"
        );
        assert_eq!(schedule.example, listing.example, "{file}");
    }
}

#[test]
fn no_schedule_file_is_left_out_of_the_index() {
    let listed: Vec<String> = index()
        .schedules
        .into_iter()
        .map(|listing| listing.id)
        .collect();
    for entry in fs::read_dir(data("fee-schedules"))
        .expect("folder is readable")
        .flatten()
    {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(id) = name.strip_suffix(".json").filter(|id| *id != "index") {
            assert!(
                listed.iter().any(|listed| listed == id),
                "{name} is not in index.json"
            );
        }
    }
}

#[test]
fn shipped_examples_say_they_are_examples_with_sources_and_dates_in_every_language() {
    for listing in index().schedules {
        let file = format!("fee-schedules/{}.json", listing.id);
        let schedule = FeeSchedule::parse(&file, &read(&data(&file))).expect("parses");
        assert!(schedule.example, "{file}: shipped schedules are examples");
        let notice = schedule.notice.as_ref().expect("examples carry a notice");
        assert_complete(notice, &format!("{file} notice"));
        assert_complete(&schedule.name, &format!("{file} name"));
        assert_complete(&schedule.issuer, &format!("{file} issuer"));
        for item in &schedule.items {
            assert_complete(&item.name, &format!("{file} {}", item.id));
            if let Some(note) = &item.note {
                assert_complete(note, &format!("{file} {} note", item.id));
            }
            assert!(schedule.source(&item.source).is_some());
        }
    }
}

#[test]
fn currencies_parse_with_names_in_every_language() {
    let table: CurrencyTable = parse_data_file("currencies.json", &read(&data("currencies.json")))
        .unwrap_or_else(|error| panic!("{error}"));
    assert!(table.find("USD").is_some_and(|usd| usd.minor_units == 2));
    assert!(table.find("KRW").is_some_and(|krw| krw.minor_units == 0));
    assert!(table.find("VND").is_some_and(|vnd| vnd.minor_units == 0));
    assert!(table.find("CNY").is_some_and(|cny| cny.minor_units == 2));
    assert!(table.find("JPY").is_none(), "yen is the base, not a view");
    for currency in &table.currencies {
        assert_complete(&currency.name, &currency.code);
    }
}
