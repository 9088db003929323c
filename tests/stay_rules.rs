//! The shipped stay rules, applied: exemptions that agree with their sources, the Certificate
//! of Eligibility for stays over 90 days, the allowed period from an arrival alone, lapsed
//! exemptions planned with a visa, and the conservative visa lead time.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use japan_care_planner::domain::business_days::HolidayData;
use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::mission_calendar::MissionCalendar;
use japan_care_planner::domain::stay::{StayLimit, StayOption};
use japan_care_planner::domain::stay_plan::{
    evaluate, EntryRoute, StayInput, StayOutcome, StayProblem,
};
use japan_care_planner::domain::stay_rules::StayRules;
use japan_care_planner::domain::timeline::{timeline, Lead, Step, TripPlan};

fn read(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"))
}

fn rules() -> StayRules {
    StayRules::parse("stay-rules.json", &read("stay-rules.json"))
        .unwrap_or_else(|error| panic!("{error}"))
}

fn day(text: &str) -> CalendarDate {
    CalendarDate::parse_iso(text).expect("test date")
}

const TODAY: &str = "2026-11-29";

#[test]
fn exempt_periods_match_their_sources_and_the_shorter_is_used_where_they_differ() {
    let rules = rules();
    let days = |code: &str| rules.exemption(code).map(|exempt| exempt.days);
    assert_eq!(
        (days("US"), days("KR"), days("TH"), days("ID"), days("QA")),
        (Some(90), Some(90), Some(15), Some(15), Some(30))
    );
    // MOFA counts 74 countries and regions; Montenegro (2025) and Brazil are among them.
    assert_eq!(rules.visa_exempt.countries.len(), 74);
    assert_eq!(days("ME"), Some(90));
    for (code, used, longer) in [("AE", 30, 90), ("BN", 14, 30)] {
        let exempt = rules.exemption(code).expect("listed");
        let differ = exempt.sources_differ.as_ref().expect("explained");
        assert_eq!((exempt.days, differ.used), (used, used), "{code}");
        assert!(differ.says.iter().any(|says| says.days == longer), "{code}");
        let own = differ.says.iter().find(|says| says.source == exempt.source);
        assert_eq!(
            own.map(|says| says.days),
            Some(used),
            "{code}: own source agrees"
        );
    }
    for code in ["CN", "VN", "RU", "PH"] {
        assert_eq!(days(code), None, "{code}");
    }
    assert!(rules.medical_stay.periods.contains(&StayLimit::Months(12)));
    assert_eq!(rules.medical_stay.certificate_of_eligibility_over_days, 90);
}

#[test]
fn a_sources_differ_that_contradicts_its_entry_is_refused() {
    let text = read("stay-rules.json");
    let broken = text.replacen("\"used\": 30", "\"used\": 90", 1);
    assert_ne!(broken, text, "the fixture has a sources_differ");
    let error = StayRules::parse("stay-rules.json", &broken).expect_err("contradiction");
    assert!(error.field.ends_with("sources_differ.used"), "{error}");
}

#[test]
fn a_lead_time_counted_two_ways_is_refused_by_its_path() {
    let text = read("stay-rules.json");
    let broken = text.replacen(
        "\"business_days\": 10,",
        "\"business_days\": 10, \"calendar_days\": 14,",
        1,
    );
    assert_ne!(broken, text, "the fixture counts the visa in business days");
    let error = StayRules::parse("stay-rules.json", &broken).expect_err("two counts");
    assert!(
        error.field.starts_with("lead_times.visa_processing"),
        "{error}"
    );
}

/// Regression (issue 15, item 12): Brazil's exemption ran to 2026-09-29 and no source
/// confirms a renewal: plan with a visa and say to check with the embassy.
#[test]
fn a_lapsed_exemption_is_planned_with_a_visa() {
    let rules = rules();
    let brazil = StayInput {
        country: Some("BR".into()),
        arrival: Some(day("2026-12-10")),
        ..StayInput::default()
    };
    assert_eq!(
        evaluate(&brazil, &rules, Some(day(TODAY))),
        StayOutcome::ExemptionLapsed {
            until: day("2026-09-29")
        }
    );
    let before = StayInput {
        arrival: Some(day("2026-09-01")),
        ..brazil.clone()
    };
    assert!(matches!(
        evaluate(&before, &rules, Some(day("2026-08-01"))),
        StayOutcome::Allowed { .. }
    ));
    // Peru's runs to 2028-06-30.
    let peru = StayInput {
        country: Some("PE".into()),
        ..brazil
    };
    assert!(matches!(
        evaluate(&peru, &rules, Some(day(TODAY))),
        StayOutcome::Allowed { .. }
    ));
}

/// Regression (issue 15, item 10): the result stayed empty with an arrival alone.
#[test]
fn an_arrival_alone_shows_the_allowed_period_and_last_day() {
    let rules = rules();
    let input = StayInput {
        country: Some("TH".into()),
        arrival: Some(day("2027-03-01")),
        ..StayInput::default()
    };
    assert_eq!(
        evaluate(&input, &rules, Some(day(TODAY))),
        StayOutcome::Allowed {
            limit: StayLimit::Days(15),
            last_permitted_day: day("2027-03-15"),
            certificate_over_days: None,
        }
    );
    let six_months = StayInput {
        country: None,
        route: EntryRoute::MedicalStay(StayLimit::Months(6)),
        ..input
    };
    assert_eq!(
        evaluate(&six_months, &rules, Some(day(TODAY))),
        StayOutcome::Allowed {
            limit: StayLimit::Months(6),
            last_permitted_day: day("2027-08-31"),
            certificate_over_days: Some(90),
        }
    );
}

/// Regression (issue 15, item 4): a 120-day stay on the 6-month route "fitted" with no word
/// of the Certificate of Eligibility.
#[test]
fn a_stay_over_ninety_days_needs_a_certificate_on_every_route() {
    let rules = rules();
    let long = StayInput {
        route: EntryRoute::MedicalStay(StayLimit::Months(6)),
        arrival: Some(day("2027-03-01")),
        departure: Some(day("2027-06-28")),
        ..StayInput::default()
    };
    match evaluate(&long, &rules, Some(day(TODAY))) {
        StayOutcome::Checked {
            check,
            certificate_over_days,
            ..
        } => {
            assert!(check.fits());
            assert_eq!((check.days, certificate_over_days), (120, Some(90)));
        }
        other => panic!("expected a check, got {other:?}"),
    }
    for route in [
        EntryRoute::MedicalStay(StayLimit::Months(12)),
        EntryRoute::MedicalStay(StayLimit::Days(90)),
        EntryRoute::VisaExempt,
    ] {
        let input = StayInput {
            route,
            country: Some("US".into()),
            ..long.clone()
        };
        let outcome = evaluate(&input, &rules, Some(day(TODAY)));
        assert!(outcome.needs_certificate(), "{route:?}: {outcome:?}");
    }
    let ninety = StayInput {
        departure: Some(day("2027-05-29")),
        ..long
    };
    assert!(!evaluate(&ninety, &rules, Some(day(TODAY))).needs_certificate());
}

#[test]
fn a_twelve_session_plan_on_a_fifteen_day_exemption_does_not_fit() {
    let rules = rules();
    let today = Some(day(TODAY));
    let input = StayInput {
        country: Some("TH".into()),
        arrival: Some(day("2027-03-01")),
        use_plan: true,
        ..StayInput::default()
    };
    match evaluate(&input, &rules, today) {
        StayOutcome::Checked { check, options, .. } => {
            assert_eq!((check.days, check.days_over), (26, 11));
            assert_eq!(check.last_permitted_day, day("2027-03-15"));
            assert_eq!(options, [StayOption::MedicalStayVisa]);
        }
        other => panic!("expected a check, got {other:?}"),
    }
    let needs_visa = StayInput {
        country: Some("VN".into()),
        ..input.clone()
    };
    assert_eq!(evaluate(&needs_visa, &rules, today), StayOutcome::NotExempt);
    let backwards = StayInput {
        use_plan: false,
        departure: Some(day("2027-02-01")),
        ..input.clone()
    };
    assert_eq!(
        evaluate(&backwards, &rules, today),
        StayOutcome::Invalid(StayProblem::DepartureBeforeArrival)
    );
    let far = StayInput {
        arrival: Some(day("2999-01-01")),
        ..input
    };
    assert_eq!(
        evaluate(&far, &rules, today),
        StayOutcome::Invalid(StayProblem::YearOutOfRange)
    );
}

/// Regression (issue 15, items 5 to 7): the latest visa day was MOFA's 5-day best case, no
/// step for the Certificate, and the year-end closure was a working day.
#[test]
fn the_shipped_lead_times_are_conservative_and_name_their_sources() {
    let rules = rules();
    let leads = rules.lead_times();
    assert!(matches!(leads.visa_processing.lead, Lead::BusinessDays(days) if days >= 10));
    assert!(matches!(leads.coe_processing.lead, Lead::Months(3)));
    for step in [
        Step::ContactCoordinator,
        Step::HospitalRequest,
        Step::CertificateOfEligibility,
        Step::VisaApplicationRecommended,
        Step::VisaApplicationLatest,
        Step::Arrival,
    ] {
        let lead = rules.step_lead(step).expect("a lead time");
        assert!(rules.source(&lead.source).is_some(), "{step:?}");
    }
    let holidays = HolidayData::parse("holidays-jp.json", &read("holidays-jp.json"))
        .unwrap_or_else(|error| panic!("{error}"));
    let calendar = holidays.calendar();
    assert!(calendar.is_government_closure(day("2026-12-29")));
    assert!(calendar.is_government_closure(day("2027-01-03")));
    // A 4-month stay arriving 20 January 2027: the certificate step comes before the visa,
    // and its latest day falls before the closure.
    let plan = TripPlan {
        start: day("2027-01-21"),
        arrival: Some(day("2027-01-20")),
        written_opinion: false,
        visa: true,
        certificate_of_eligibility: true,
    };
    let office = MissionCalendar::japan_only(&calendar);
    let timeline = timeline(&plan, day("2026-06-01"), &leads, &office).expect("computes");
    let when = |step| {
        timeline
            .milestones
            .iter()
            .find(|milestone| milestone.step == step)
            .map(|milestone| milestone.latest)
    };
    let visa = when(Step::VisaApplicationLatest).expect("visa step");
    let coe = when(Step::CertificateOfEligibility).expect("certificate step");
    assert!(coe < visa);
    // 10 government working days before 20 Jan skip 29 Dec to 3 Jan and 11 Jan, to Tue 5
    // Jan: the open day before it is Mon 4 Jan.
    assert_eq!(visa, day("2027-01-04"));
    // 3 months before 4 Jan is 4 Oct; the 6 closed days move it to 28 Sep.
    assert_eq!(coe, day("2026-09-28"));
}
