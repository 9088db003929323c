//! Working back from a treatment start date to the latest day for each step of the journey.

use serde::{Deserialize, Serialize};

use super::business_days::HolidayCalendar;
use super::date::{CalendarDate, DateError};

/// How long a step takes, as the data file states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lead {
    CalendarDays(u32),
    BusinessDays(u32),
}

/// The lead times the timeline uses (from `public/data/stay-rules.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LeadTimes {
    /// Arrive this long before the first appointment.
    pub arrival_before_start: Lead,
    /// Visa processing: at least this long after the day after the application is accepted.
    pub visa_processing: Lead,
    /// The time consulates advise planning for a visa (the longer end of "1–2 months").
    pub visa_planning: Lead,
    /// The hospital's reply on whether it can accept the patient.
    pub hospital_reply: Lead,
    /// A written second opinion, from payment to report (the longer end of "7–10 days").
    pub written_opinion: Lead,
    /// The coordinator's reply to a first contact.
    pub coordinator_reply: Lead,
}

/// A step of the journey with a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    ContactCoordinator,
    PayWrittenOpinion,
    HospitalRequest,
    Prepayment,
    VisaApplicationRecommended,
    VisaApplicationLatest,
    Arrival,
    TreatmentStart,
}

/// A step and the latest day for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub step: Step,
    pub latest: CalendarDate,
    /// The latest day is before today.
    pub past: bool,
}

/// The timeline for a target start date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    /// In the order they happen.
    pub milestones: Vec<Milestone>,
    /// When some step's latest day is already past: the first start date for which no step
    /// is (found by trying later dates, up to two years ahead).
    pub earliest_feasible_start: Option<CalendarDate>,
    /// False when a business-day count used a year the holiday data does not cover.
    pub holidays_covered: bool,
}

/// The latest day for every step before treatment starting on `start`, seen from `today`.
pub fn timeline(
    start: CalendarDate,
    today: CalendarDate,
    leads: &LeadTimes,
    calendar: &HolidayCalendar,
    written_opinion: bool,
) -> Result<Timeline, DateError> {
    let (milestones, holidays_covered) =
        milestones(start, today, leads, calendar, written_opinion)?;
    let earliest_feasible_start = if milestones
        .iter()
        .any(|milestone| milestone.past && milestone.step != Step::VisaApplicationRecommended)
    {
        earliest_start(today, leads, calendar, written_opinion)?
    } else {
        None
    };
    Ok(Timeline {
        milestones,
        earliest_feasible_start,
        holidays_covered,
    })
}

fn milestones(
    start: CalendarDate,
    today: CalendarDate,
    leads: &LeadTimes,
    calendar: &HolidayCalendar,
    written_opinion: bool,
) -> Result<(Vec<Milestone>, bool), DateError> {
    let mut covered = true;
    let mut back = |from: CalendarDate, lead: Lead| -> Result<CalendarDate, DateError> {
        match lead {
            Lead::CalendarDays(days) => from.add_days(-i64::from(days)),
            Lead::BusinessDays(days) => {
                let counted = calendar.business_days_before(from, days)?;
                covered &= counted.covered;
                Ok(counted.date)
            }
        }
    };
    let arrival = back(start, leads.arrival_before_start)?;
    // Processing starts the day after the application is accepted.
    let visa_latest = back(arrival, leads.visa_processing)?.add_days(-1)?;
    let visa_recommended = back(arrival, leads.visa_planning)?;
    // The hospital's papers for the visa follow the prepayment.
    let prepayment = visa_latest.min(visa_recommended);
    let hospital_request = back(prepayment, leads.hospital_reply)?;
    let opinion = if written_opinion {
        Some(back(hospital_request, leads.written_opinion)?)
    } else {
        None
    };
    let contact = back(opinion.unwrap_or(hospital_request), leads.coordinator_reply)?;

    let mut steps = vec![(Step::ContactCoordinator, contact)];
    steps.extend(opinion.map(|date| (Step::PayWrittenOpinion, date)));
    steps.extend([
        (Step::HospitalRequest, hospital_request),
        (Step::Prepayment, prepayment),
        (Step::VisaApplicationRecommended, visa_recommended),
        (Step::VisaApplicationLatest, visa_latest),
        (Step::Arrival, arrival),
        (Step::TreatmentStart, start),
    ]);
    let milestones = steps
        .into_iter()
        .map(|(step, latest)| Milestone {
            step,
            latest,
            past: latest < today,
        })
        .collect();
    Ok((milestones, covered))
}

/// The first start date from `today` on for which no required step is already past.
fn earliest_start(
    today: CalendarDate,
    leads: &LeadTimes,
    calendar: &HolidayCalendar,
    written_opinion: bool,
) -> Result<Option<CalendarDate>, DateError> {
    for offset in 0..=730 {
        let candidate = today.add_days(offset)?;
        let (milestones, _) = milestones(candidate, today, leads, calendar, written_opinion)?;
        let feasible = milestones
            .iter()
            .all(|milestone| !milestone.past || milestone.step == Step::VisaApplicationRecommended);
        if feasible {
            return Ok(Some(candidate));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    const LEADS: LeadTimes = LeadTimes {
        arrival_before_start: Lead::CalendarDays(1),
        visa_processing: Lead::BusinessDays(5),
        visa_planning: Lead::CalendarDays(60),
        hospital_reply: Lead::CalendarDays(14),
        written_opinion: Lead::CalendarDays(10),
        coordinator_reply: Lead::CalendarDays(5),
    };

    fn calendar() -> HolidayCalendar {
        let holidays = [
            "2027-01-01",
            "2027-01-11",
            "2027-02-11",
            "2027-02-23",
            "2027-03-22",
        ];
        HolidayCalendar::new(holidays.map(day), 2026, 2027)
    }

    #[test]
    fn works_back_from_the_start_through_business_days() {
        let plan = timeline(
            day("2027-03-15"),
            day("2026-11-21"),
            &LEADS,
            &calendar(),
            true,
        )
        .unwrap();
        let dates: Vec<(Step, CalendarDate)> =
            plan.milestones.iter().map(|m| (m.step, m.latest)).collect();
        assert_eq!(
            dates,
            [
                // 60 days before Sun 14 March 2027 (February has 28 days).
                (Step::ContactCoordinator, day("2026-12-15")),
                (Step::PayWrittenOpinion, day("2026-12-20")),
                (Step::HospitalRequest, day("2026-12-30")),
                (Step::Prepayment, day("2027-01-13")),
                (Step::VisaApplicationRecommended, day("2027-01-13")),
                // Arrival Sun 14 Mar; 5 business days before: 8 Mar (Mon); minus the
                // acceptance day: Sun 7 Mar.
                (Step::VisaApplicationLatest, day("2027-03-07")),
                (Step::Arrival, day("2027-03-14")),
                (Step::TreatmentStart, day("2027-03-15")),
            ]
        );
        assert!(plan.milestones.iter().all(|milestone| !milestone.past));
        assert_eq!(plan.earliest_feasible_start, None);
        assert!(plan.holidays_covered);
    }

    #[test]
    fn a_start_too_soon_marks_past_steps_and_finds_the_earliest_feasible_start() {
        let today = day("2026-11-21");
        let plan = timeline(day("2026-12-01"), today, &LEADS, &calendar(), false).unwrap();
        assert!(plan.milestones.iter().any(|milestone| milestone.past));
        let earliest = plan.earliest_feasible_start.expect("a later start works");
        let at_earliest = timeline(earliest, today, &LEADS, &calendar(), false).unwrap();
        assert_eq!(at_earliest.earliest_feasible_start, None);
        let day_before = timeline(
            earliest.add_days(-1).unwrap(),
            today,
            &LEADS,
            &calendar(),
            false,
        )
        .unwrap();
        assert!(
            day_before.earliest_feasible_start.is_some(),
            "{earliest} is not the earliest"
        );
    }

    #[test]
    fn a_timeline_beyond_the_holiday_data_is_flagged() {
        let plan = timeline(
            day("2028-06-01"),
            day("2026-11-21"),
            &LEADS,
            &calendar(),
            false,
        )
        .unwrap();
        assert!(!plan.holidays_covered);
    }
}
