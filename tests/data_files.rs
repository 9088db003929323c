//! Every data file the app ships parses, passes validation, and is complete in every locale:
//! a broken fee or a missing translation fails here, not in front of a patient.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use japan_care_planner::domain::currency::CurrencyTable;
use japan_care_planner::domain::data_file::parse_data_file;
use japan_care_planner::domain::fee_schedule::{FeeSchedule, ScheduleIndex};
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

#[test]
fn holidays_cover_2026_and_2027_with_the_tricky_days() {
    use japan_care_planner::domain::business_days::HolidayData;
    use japan_care_planner::domain::date::CalendarDate;

    let data = HolidayData::parse("holidays-jp.json", &read(&data("holidays-jp.json")))
        .unwrap_or_else(|error| panic!("{error}"));
    let calendar = data.calendar();
    let day = |text| CalendarDate::parse_iso(text).expect("date");
    // A substitute holiday, a citizens' holiday between two holidays, and an equinox moved
    // off a Sunday: the cases a rule-of-thumb calendar gets wrong.
    for holiday in [
        "2026-01-01",
        "2026-05-06",
        "2026-09-22",
        "2026-09-23",
        "2027-03-22",
        "2027-11-23",
    ] {
        assert!(calendar.is_holiday(day(holiday)), "{holiday}");
    }
    assert!(
        !calendar.is_holiday(day("2026-12-31")),
        "year-end days off are not national holidays"
    );
    assert!(calendar.covers(day("2027-12-31")) && !calendar.covers(day("2028-01-01")));
    let per_year = |year: i32| {
        data.holidays
            .iter()
            .filter(|h| h.date.year() == year)
            .count()
    };
    assert_eq!((per_year(2026), per_year(2027)), (18, 17));
    for holiday in &data.holidays {
        assert!(
            holiday.name.has("en") && holiday.name.has("ja"),
            "{:?}",
            holiday.date
        );
    }
}

/// Regression (issue 15, item 1): the heavy-ion example was marked tax-included at the
/// domestic tax-free price; a visitor's self-paid care is taxable.
#[test]
fn the_heavy_ion_example_adds_tax_to_the_domestic_price() {
    let estimate = example_estimate("example-heavy-ion", &[("heavy-ion-package", "1")]);
    assert_eq!(estimate.medical_total.low.to_i64(), 3_454_000);
    assert_eq!(estimate.medical_total.high, None, "a minimum: and up");
    assert_eq!(estimate.tax.included, None, "not marked tax-included");
}

/// Regression (issue 15, item 2): IUHW Narita's ¥7,700 surcharge is tax-included on the
/// hospital's page; the app added 10 % on top.
#[test]
fn the_tax_included_surcharge_is_not_taxed_again() {
    let estimate = example_estimate("example-self-pay-20-yen", &[("no-referral-surcharge", "1")]);
    assert_eq!(estimate.medical_total.low.to_i64(), 7_700);
    assert_eq!(estimate.tax.added, None);
    // Care in points is still billed plus tax: 1,000 points × ¥20 = ¥20,000 + ¥2,000.
    let both = example_estimate(
        "example-self-pay-20-yen",
        &[("no-referral-surcharge", "1"), ("care-points", "1000")],
    );
    assert_eq!(both.medical_total.low.to_i64(), 7_700 + 22_000);
}

fn example_estimate(
    id: &str,
    lines: &[(&str, &str)],
) -> japan_care_planner::domain::estimate::Estimate {
    use japan_care_planner::domain::estimate::{compute, DraftLine, EstimateDraft};
    let file = format!("fee-schedules/{id}.json");
    let schedule = FeeSchedule::parse(&file, &read(&data(&file))).expect("parses");
    let draft = EstimateDraft {
        lines: lines
            .iter()
            .map(|(item_id, quantity)| DraftLine {
                item_id: (*item_id).to_owned(),
                quantity: quantity.parse().expect("quantity"),
            })
            .collect(),
        ..EstimateDraft::new(id)
    };
    compute(&schedule, &draft).expect("computes")
}
