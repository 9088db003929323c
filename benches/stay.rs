//! `make bench`: time for a stay check plus a timeline with the shipped rules and holidays.

use std::hint::black_box;
use std::time::Instant;

use japan_care_planner::domain::business_days::HolidayData;
use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::mission_calendar::MissionData;
use japan_care_planner::domain::stay::StayLimit;
use japan_care_planner::domain::stay_plan::{evaluate, EntryRoute, StayInput};
use japan_care_planner::domain::stay_record::{plan_timeline, Calendars};
use japan_care_planner::domain::stay_rules::StayRules;

fn main() {
    let read = |name: &str| {
        std::fs::read_to_string(format!("{}/public/data/{name}", env!("CARGO_MANIFEST_DIR")))
            .expect("data file is readable")
    };
    let rules = StayRules::parse("stay-rules.json", &read("stay-rules.json")).expect("valid");
    let holidays =
        HolidayData::parse("holidays-jp.json", &read("holidays-jp.json")).expect("valid");
    let calendar = holidays.calendar();
    let offices =
        MissionData::parse("mission-holidays.json", &read("mission-holidays.json")).expect("valid");
    let calendars = Calendars {
        japan: &calendar,
        offices: &offices,
    };
    let day = |text| CalendarDate::parse_iso(text).expect("date");
    let input = StayInput {
        country: Some("VN".into()),
        route: EntryRoute::MedicalStay(StayLimit::Months(6)),
        arrival: Some(day("2027-03-01")),
        use_plan: true,
        start: Some(day("2027-03-04")),
        written_opinion: true,
        ..StayInput::default()
    };
    let today = day("2026-11-21");
    let rounds = 2_000;
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        let outcome = black_box(evaluate(black_box(&input), &rules, Some(today)));
        black_box(plan_timeline(&input, &outcome, &rules, calendars, today).expect("timeline"));
        samples.push(start.elapsed().as_nanos());
    }
    samples.sort_unstable();
    println!(
        "stay check + timeline, native: median {:.1} µs, p95 {:.1} µs ({rounds} runs)",
        samples[rounds / 2] as f64 / 1000.0,
        samples[rounds * 95 / 100] as f64 / 1000.0
    );
}
