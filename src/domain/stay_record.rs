//! The stay check and the timeline as the patient saw them, for the packet (version 2): what
//! was entered, the day it was computed, the outcome, and each step's latest day.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::business_days::HolidayCalendar;
use super::date::CalendarDate;
use super::mission_calendar::{MissionData, OTHER_OFFICE};
use super::source::Source;
use super::stay_plan::{certificate_needed, evaluate, visa_needed, StayInput, StayOutcome};
use super::stay_rules::StayRules;
use super::timeline::{timeline, Timeline, TripPlan};

/// What `/stay` showed for the inputs on `computed_on`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StayRecord {
    /// Nationality (ISO 3166-1 alpha-2), route, dates or treatment plan, first day of treatment.
    pub entered: StayInput,
    /// The day the check ran: a time-limited exemption, and whether a step's latest day has
    /// passed, depend on it.
    pub computed_on: CalendarDate,
    /// The permitted period, its last day, whether the stay fits or by how many days it is
    /// over, whether a Certificate of Eligibility is needed, and the options.
    pub outcome: StayOutcome,
    /// Each step's latest day, back from the first day of treatment (absent without one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Timeline>,
    /// The pages the rules and lead times come from, with their dates.
    pub sources: Vec<Source>,
}

impl StayRecord {
    pub fn new(
        entered: StayInput,
        rules: &StayRules,
        calendars: Calendars,
        today: CalendarDate,
    ) -> StayRecord {
        let outcome = evaluate(&entered, rules, Some(today));
        let timeline = plan_timeline(&entered, &outcome, rules, calendars, today);
        StayRecord {
            entered,
            computed_on: today,
            outcome,
            timeline,
            sources: rules.sources.clone(),
        }
    }
}

/// Japan's holidays and the visa offices' closures, which the timeline counts with.
#[derive(Clone, Copy, Debug)]
pub struct Calendars<'a> {
    pub japan: &'a HolidayCalendar,
    pub offices: &'a MissionData,
}

/// The timeline for `input` (whose check gave `outcome`), or `None` until a first day of
/// treatment is entered or when the dates are out of range.
pub fn plan_timeline(
    input: &StayInput,
    outcome: &StayOutcome,
    rules: &StayRules,
    calendars: Calendars,
    today: CalendarDate,
) -> Option<Timeline> {
    let plan = TripPlan {
        start: input.start?,
        arrival: input.arrival,
        written_opinion: input.written_opinion,
        visa: visa_needed(input, rules, Some(today)),
        certificate_of_eligibility: certificate_needed(input, outcome, rules),
    };
    let office = chosen_office(input, calendars.offices);
    let office = calendars.offices.calendar(calendars.japan, office);
    timeline(&plan, today, &rules.lead_times(), &office).ok()
}

/// The office the traveller applies at: the one chosen, else their country's first.
pub fn chosen_office<'a>(
    input: &StayInput,
    offices: &'a MissionData,
) -> Option<&'a super::mission_calendar::Mission> {
    match input.mission.as_deref() {
        Some(OTHER_OFFICE) => None,
        chosen => offices.resolve(chosen, input.country.as_deref()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::business_days::HolidayData;
    use crate::domain::stay::StayLimit;
    use crate::domain::stay_plan::EntryRoute;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).unwrap()
    }

    #[test]
    fn a_record_keeps_the_outcome_and_timeline_and_reads_back() {
        let rules = StayRules::parse(
            "stay-rules.json",
            include_str!("../../public/data/stay-rules.json"),
        )
        .unwrap();
        let holidays = HolidayData::parse(
            "holidays-jp.json",
            include_str!("../../public/data/holidays-jp.json"),
        )
        .unwrap();
        let input = StayInput {
            country: Some("VN".into()),
            route: EntryRoute::MedicalStay(StayLimit::Days(90)),
            arrival: Some(day("2027-03-01")),
            departure: Some(day("2027-06-15")),
            start: Some(day("2027-03-04")),
            ..StayInput::default()
        };
        let offices = MissionData::parse(
            "mission-holidays.json",
            include_str!("../../public/data/mission-holidays.json"),
        )
        .unwrap();
        let calendars = Calendars {
            japan: &holidays.calendar(),
            offices: &offices,
        };
        let record = StayRecord::new(input, &rules, calendars, day("2026-11-29"));
        let StayOutcome::Checked { check, .. } = &record.outcome else {
            panic!("a full set of dates is checked: {:?}", record.outcome);
        };
        assert_eq!(check.last_permitted_day, day("2027-05-29"));
        assert_eq!(check.days_over, 17);
        assert!(record.outcome.needs_certificate());
        let timeline = record.timeline.as_ref().expect("a start gives a timeline");
        assert!(!timeline.milestones.is_empty());
        let text = serde_json::to_string(&record).unwrap();
        assert_eq!(serde_json::from_str::<StayRecord>(&text).unwrap(), record);
    }
}
