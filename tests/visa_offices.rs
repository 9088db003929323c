//! The shipped visa-office calendars, medical-stay periods and companions' papers, applied:
//! no visa date on a day the office is closed, a margin where its closures are unknown, every
//! period the embassies list, the Certificate of Eligibility from the period alone, no visa
//! step without a visa, and each companion's own certificate.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use japan_care_planner::domain::business_days::HolidayData;
use japan_care_planner::domain::checklist::Checklists;
use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::mission_calendar::{longest_closure, MissionData};
use japan_care_planner::domain::stay::StayLimit;
use japan_care_planner::domain::stay_plan::{evaluate, EntryRoute, StayInput, StayOutcome};
use japan_care_planner::domain::stay_record::{plan_timeline, Calendars};
use japan_care_planner::domain::stay_rules::StayRules;
use japan_care_planner::domain::timeline::{Step, Timeline};

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"))
}

fn day(text: &str) -> CalendarDate {
    CalendarDate::parse_iso(text).expect("test date")
}

struct Shipped {
    rules: StayRules,
    holidays: HolidayData,
    offices: MissionData,
}

fn shipped() -> Shipped {
    let fail =
        |error: japan_care_planner::domain::data_file::DataFileError| -> ! { panic!("{error}") };
    Shipped {
        rules: StayRules::parse("stay-rules.json", &read("stay-rules.json"))
            .unwrap_or_else(|e| fail(e)),
        holidays: HolidayData::parse("holidays-jp.json", &read("holidays-jp.json"))
            .unwrap_or_else(|e| fail(e)),
        offices: MissionData::parse("mission-holidays.json", &read("mission-holidays.json"))
            .unwrap_or_else(|e| fail(e)),
    }
}

const TODAY: &str = "2026-12-07";

impl Shipped {
    fn timeline(&self, input: &StayInput) -> Timeline {
        let outcome = evaluate(input, &self.rules, Some(day(TODAY)));
        let calendars = Calendars {
            japan: &self.holidays.calendar(),
            offices: &self.offices,
        };
        plan_timeline(input, &outcome, &self.rules, calendars, day(TODAY)).expect("a timeline")
    }
}

fn when(timeline: &Timeline, step: Step) -> Option<CalendarDate> {
    timeline
        .milestones
        .iter()
        .find(|milestone| milestone.step == step)
        .map(|milestone| milestone.latest)
}

const VISA_STEPS: [Step; 3] = [
    Step::VisaApplicationLatest,
    Step::VisaApplicationRecommended,
    Step::VisaApplicationIfReferred,
];

#[test]
fn every_office_names_its_closure_page_with_dates_and_every_year_the_timeline_covers() {
    let shipped = shipped();
    let offices = &shipped.offices;
    for code in ["CN", "VN"] {
        assert!(
            offices.countries.iter().any(|country| country.code == code),
            "{code}: most patients apply there"
        );
    }
    let years = shipped.holidays.first_year..=shipped.holidays.last_year;
    for (code, office) in offices.missions() {
        let source = offices.source(&office.source).expect("a cited source");
        assert!(
            source.as_of.is_some(),
            "{code} {}: the page's own date",
            office.id
        );
        assert!(source.checked >= source.as_of.unwrap());
        assert!(
            office.closures_page.starts_with("https://"),
            "{}",
            office.id
        );
        for year in years.clone() {
            assert!(
                office.years.iter().any(|listed| listed.year == year),
                "{}: {year} must say published or not",
                office.id
            );
        }
        for listed in &office.years {
            if let Some(closures) = &listed.closures {
                assert!(longest_closure(closures) <= office.margin.working_days);
            }
        }
    }
}

/// Regression (issue 30): a Thai passport on a medical-stay visa arriving 1 March 2027 was
/// told to apply by Thu 11 Feb (a national holiday) and was advised 31 Dec (year-end closure).
#[test]
fn no_visa_date_falls_on_a_day_the_office_is_closed() {
    let shipped = shipped();
    let input = StayInput {
        country: Some("TH".into()),
        route: EntryRoute::MedicalStay(StayLimit::Days(90)),
        arrival: Some(day("2027-03-01")),
        start: Some(day("2027-03-02")),
        ..StayInput::default()
    };
    let timeline = shipped.timeline(&input);
    let japan = shipped.holidays.calendar();
    let office = shipped.offices.calendar(&japan, None);
    for step in VISA_STEPS {
        let date = when(&timeline, step).expect("a visa step");
        assert!(office.is_open(date), "{step:?} on {date}");
    }
    assert_ne!(
        when(&timeline, Step::VisaApplicationLatest),
        Some(day("2027-02-11"))
    );
    assert_ne!(
        when(&timeline, Step::VisaApplicationRecommended),
        Some(day("2026-12-31"))
    );
    // No closure list for an office in Thailand: the margin is added and said.
    assert_eq!(
        timeline.office_margin_days,
        Some(shipped.offices.other.working_days)
    );
}

#[test]
fn guangzhou_after_the_spring_festival_counts_the_unpublished_closure_margin() {
    let shipped = shipped();
    let input = StayInput {
        country: Some("CN".into()),
        route: EntryRoute::MedicalStay(StayLimit::Days(30)),
        mission: Some("cn-guangzhou".into()),
        start: Some(day("2027-02-22")),
        ..StayInput::default()
    };
    let timeline = shipped.timeline(&input);
    let latest = when(&timeline, Step::VisaApplicationLatest).unwrap();
    let margin = shipped
        .offices
        .mission("cn-guangzhou")
        .unwrap()
        .margin
        .working_days;
    assert_eq!(timeline.office_margin_days, Some(margin));
    // Arrival Sun 21 Feb: 10 working days back are 19–15, 12, 10 (11 a holiday), 9, 8 and
    // 5 Feb; the 6-day margin, at least as long as the Spring Festival closure Guangzhou
    // published, reaches 28 Jan: the open day before it is Wed 27 Jan.
    assert_eq!(latest, day("2027-01-27"));
    let japan_only = StayInput {
        mission: Some("other".into()),
        ..input.clone()
    };
    assert_eq!(
        when(&shipped.timeline(&japan_only), Step::VisaApplicationLatest),
        Some(latest),
        "the unlisted office gets the same margin"
    );
}

#[test]
fn every_medical_stay_period_the_embassies_list_is_offered() {
    let rules = shipped().rules;
    // The Embassy of Japan in Vietnam: 「滞在期間: 15・30・90日,6か月又は1年」.
    let listed = [
        StayLimit::Days(15),
        StayLimit::Days(30),
        StayLimit::Days(90),
        StayLimit::Months(6),
        StayLimit::Months(12),
    ];
    for period in listed {
        assert!(rules.medical_stay.periods.contains(&period), "{period:?}");
    }
    assert!(rules.source(&rules.medical_stay.periods_source).is_some());
    let forty_days = StayInput {
        route: EntryRoute::MedicalStay(StayLimit::Days(30)),
        arrival: Some(day("2027-03-01")),
        departure: Some(day("2027-04-09")),
        ..StayInput::default()
    };
    let StayOutcome::Checked { check, .. } = evaluate(&forty_days, &rules, Some(day(TODAY))) else {
        panic!("dates entered are checked");
    };
    assert_eq!(check.days, 40);
    assert!(!check.fits());
    assert_eq!(check.days_over, 10);
}

#[test]
fn a_long_period_needs_the_certificate_step_before_any_departure_is_entered() {
    let shipped = shipped();
    let arrival_only = StayInput {
        country: Some("VN".into()),
        route: EntryRoute::MedicalStay(StayLimit::Months(6)),
        arrival: Some(day("2027-06-01")),
        start: Some(day("2027-06-02")),
        ..StayInput::default()
    };
    let start_only = StayInput {
        arrival: None,
        ..arrival_only.clone()
    };
    for input in [arrival_only, start_only] {
        let timeline = shipped.timeline(&input);
        let certificate = when(&timeline, Step::CertificateOfEligibility).expect("a step");
        let visa = when(&timeline, Step::VisaApplicationLatest).unwrap();
        assert!(certificate < visa);
        // At least the 1–3 months it takes: the longer end.
        assert!(certificate <= visa.sub_months(3).unwrap());
    }
}

#[test]
fn a_visa_exempt_passport_gets_no_visa_step() {
    let shipped = shipped();
    let input = StayInput {
        country: Some("TH".into()),
        arrival: Some(day("2027-03-01")),
        departure: Some(day("2027-03-10")),
        start: Some(day("2027-03-02")),
        ..StayInput::default()
    };
    let timeline = shipped.timeline(&input);
    for step in VISA_STEPS
        .into_iter()
        .chain([Step::CertificateOfEligibility])
    {
        assert_eq!(when(&timeline, step), None, "{step:?}");
    }
    assert!(when(&timeline, Step::Prepayment).is_some());
}

#[test]
fn a_companion_needs_their_own_certificate_and_their_name_on_the_guarantee() {
    let lists = Checklists::parse("checklists.json", &read("checklists.json"))
        .unwrap_or_else(|error| panic!("{error}"));
    let companion = lists
        .scenarios
        .iter()
        .find(|scenario| scenario.id == "visa-companion")
        .expect("the companion's checklist");
    for id in ["companion-coe", "companion-named"] {
        assert!(companion.items.iter().any(|item| item == id), "{id}");
    }
    for id in &companion.items {
        let item = lists.item(id).expect("a listed item");
        assert!(!item.sources.is_empty(), "{id} has no source");
        for source in &item.sources {
            assert!(lists.source(source).is_some(), "{id}: {source}");
        }
    }
}
