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

#[test]
fn stay_rules_parse_and_apply_the_conservative_value_where_sources_differ() {
    use japan_care_planner::domain::stay::StayLimit;
    use japan_care_planner::domain::stay_rules::StayRules;
    use japan_care_planner::domain::timeline::Lead;

    let rules = StayRules::parse("stay-rules.json", &read(&data("stay-rules.json")))
        .unwrap_or_else(|error| panic!("{error}"));
    let days = |code: &str| rules.exemption(code).map(|exempt| exempt.days);
    // From the fact sheet.
    assert_eq!(
        (days("US"), days("KR"), days("TH"), days("ID")),
        (Some(90), Some(90), Some(15), Some(15))
    );
    // Sources differ: the shorter period is used, and the file says so.
    for (code, used) in [("AE", 30), ("BN", 14)] {
        let exempt = rules.exemption(code).expect("listed");
        assert_eq!(exempt.days, used, "{code}");
        let note = exempt
            .sources_differ
            .as_ref()
            .expect("the disagreement is explained");
        assert_complete(note, code);
    }
    // Nationalities that need a visa are not listed.
    for code in ["CN", "VN", "RU", "PH"] {
        assert_eq!(days(code), None, "{code}");
    }
    assert_eq!(rules.medical_stay.longest_used, StayLimit::Months(6));
    assert_eq!(rules.medical_stay.certificate_of_eligibility_over_days, 90);
    assert_eq!(rules.lead_times().visa_processing, Lead::BusinessDays(5));
    assert_complete(&rules.notice, "notice");
}

/// The scenario of the issue: a 12-session plan over 3 weeks on a 15-day exemption.
#[test]
fn a_twelve_session_plan_on_a_fifteen_day_exemption_does_not_fit() {
    use japan_care_planner::domain::date::CalendarDate;
    use japan_care_planner::domain::stay::StayOption;
    use japan_care_planner::domain::stay_plan::{
        evaluate, EntryRoute, StayInput, StayOutcome, StayProblem,
    };
    use japan_care_planner::domain::stay_rules::StayRules;

    let rules =
        StayRules::parse("stay-rules.json", &read(&data("stay-rules.json"))).expect("parses");
    let day = |text| CalendarDate::parse_iso(text).ok();
    let input = StayInput {
        country: Some("TH".into()),
        arrival: day("2027-03-01"),
        use_plan: true,
        ..StayInput::default()
    };
    match evaluate(&input, &rules) {
        StayOutcome::Checked { check, options, .. } => {
            assert_eq!((check.days, check.days_over), (26, 11));
            assert_eq!(check.last_permitted_day, day("2027-03-15").expect("date"));
            assert_eq!(options, [StayOption::MedicalStayVisa]);
        }
        other => panic!("expected a check, got {other:?}"),
    }
    let medical = StayInput {
        route: EntryRoute::MedicalStay(rules.medical_stay.longest_used),
        ..input.clone()
    };
    assert!(
        matches!(evaluate(&medical, &rules), StayOutcome::Checked { ref check, .. } if check.fits())
    );
    let needs_visa = StayInput {
        country: Some("VN".into()),
        ..input.clone()
    };
    assert_eq!(evaluate(&needs_visa, &rules), StayOutcome::NotExempt);
    let backwards = StayInput {
        use_plan: false,
        departure: day("2027-02-01"),
        ..input.clone()
    };
    assert_eq!(
        evaluate(&backwards, &rules),
        StayOutcome::Invalid(StayProblem::DepartureBeforeArrival)
    );
    let far = StayInput {
        arrival: day("2999-01-01"),
        ..input
    };
    assert_eq!(
        evaluate(&far, &rules),
        StayOutcome::Invalid(StayProblem::YearOutOfRange)
    );
}
