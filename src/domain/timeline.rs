//! Working back from a treatment start date to the latest day for each step of the journey.

use serde::{Deserialize, Serialize};

use super::business_days::{HolidayCalendar, Offices};
use super::date::{CalendarDate, DateError};
use super::mission_calendar::MissionCalendar;

/// How long a step takes, as the data file states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lead {
    CalendarDays(u32),
    BusinessDays(u32),
    /// Calendar months (a Certificate of Eligibility takes "1–3 months").
    Months(u32),
}

/// A lead time and whose working days it counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timing {
    pub lead: Lead,
    /// Government offices (visa, immigration) also close from 29 December to 3 January:
    /// business days skip those days, and a count in months is lengthened by them.
    pub offices: Offices,
}

impl Timing {
    pub const fn private(lead: Lead) -> Timing {
        Timing {
            lead,
            offices: Offices::Private,
        }
    }

    pub const fn government(lead: Lead) -> Timing {
        Timing {
            lead,
            offices: Offices::Government,
        }
    }
}

/// The lead times the timeline uses (from `public/data/stay-rules.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LeadTimes {
    /// Arrive this long before the first appointment, when the arrival is not entered.
    pub arrival_before_start: Timing,
    /// Visa processing, counted from the day after the application is accepted: the
    /// conservative figure, not the consulates' best case.
    pub visa_processing: Timing,
    /// The time consulates advise planning for a visa (the longer end of "1–2 months").
    pub visa_planning: Timing,
    /// An application the office refers to the Ministry in Tokyo ("more than a month").
    pub visa_referral: Timing,
    /// A Certificate of Eligibility, applied for in Japan, before the visa (stays over 90
    /// days).
    pub coe_processing: Timing,
    /// The hospital's reply on whether it can accept the patient.
    pub hospital_reply: Timing,
    /// A written second opinion, from payment to report (the longer end of "7–10 days").
    pub written_opinion: Timing,
    /// The coordinator's reply to a first contact.
    pub coordinator_reply: Timing,
}

/// A step of the journey with a deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    ContactCoordinator,
    PayWrittenOpinion,
    HospitalRequest,
    Prepayment,
    CertificateOfEligibility,
    VisaApplicationRecommended,
    /// The latest day to apply if the office refers the application to Tokyo.
    VisaApplicationIfReferred,
    VisaApplicationLatest,
    Arrival,
    TreatmentStart,
}

impl Step {
    /// A step whose latest day may pass without harm: only advice, or a case that may not
    /// arise.
    pub fn is_advice(self) -> bool {
        matches!(
            self,
            Step::VisaApplicationRecommended | Step::VisaApplicationIfReferred
        )
    }
}

/// A step and the latest day for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Milestone {
    pub step: Step,
    pub latest: CalendarDate,
    /// The latest day is before today.
    pub past: bool,
}

/// What the traveller has planned: the first day of treatment, and the arrival when they
/// entered one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TripPlan {
    pub start: CalendarDate,
    /// The arrival the traveller entered; `None` plans arrival `arrival_before_start` ahead.
    pub arrival: Option<CalendarDate>,
    pub written_opinion: bool,
    /// The traveller needs a visa: false on a visa-exemption that applies, and then the
    /// timeline has no visa steps.
    pub visa: bool,
    /// The period or the stay is over 90 days and needs a Certificate of Eligibility before
    /// the visa.
    pub certificate_of_eligibility: bool,
}

/// A planned arrival that does not sit well with the first day of treatment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ArrivalWarning {
    /// Treatment would start before the traveller lands.
    AfterStart,
    /// The traveller lands this many days before treatment: those days count against the
    /// permitted stay, and cost nights.
    LongBeforeStart { days: u32 },
}

/// Arriving more than this many days before treatment gets a warning.
pub const LONG_GAP_DAYS: u32 = 14;

/// The timeline for a target start date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct Timeline {
    /// In the order they happen.
    pub milestones: Vec<Milestone>,
    /// The required steps whose latest day is already past, in order.
    pub late_steps: Vec<Step>,
    /// When some step is late: the first start date for which none is (arriving as the lead
    /// times advise; found by trying later dates, up to two years ahead).
    pub earliest_feasible_start: Option<CalendarDate>,
    pub arrival_warning: Option<ArrivalWarning>,
    /// False when a business-day count used a year the holiday data does not cover.
    pub holidays_covered: bool,
    /// The working days added to the visa count because the office had not published its
    /// closures for a year counted (absent when they were published, or no visa is needed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office_margin_days: Option<u32>,
}

/// The latest day for every step before `plan`'s treatment, seen from `today`; visa steps
/// fall on the open days of `office`, where the traveller applies.
pub fn timeline(
    plan: &TripPlan,
    today: CalendarDate,
    leads: &LeadTimes,
    office: &MissionCalendar,
) -> Result<Timeline, DateError> {
    let Steps {
        milestones,
        holidays_covered,
        office_margin_days,
    } = milestones(plan, today, leads, office)?;
    let late_steps: Vec<Step> = milestones
        .iter()
        .filter(|milestone| milestone.past && !milestone.step.is_advice())
        .map(|milestone| milestone.step)
        .collect();
    let earliest_feasible_start = if late_steps.is_empty() {
        None
    } else {
        earliest_start(plan, today, leads, office)?
    };
    let arrival_warning = match plan.arrival {
        Some(arrival) if arrival > plan.start => Some(ArrivalWarning::AfterStart),
        Some(arrival) => {
            let days = arrival.days_inclusive(plan.start)?.saturating_sub(1);
            (days > LONG_GAP_DAYS).then_some(ArrivalWarning::LongBeforeStart { days })
        }
        None => None,
    };
    Ok(Timeline {
        milestones,
        late_steps,
        earliest_feasible_start,
        arrival_warning,
        holidays_covered,
        office_margin_days,
    })
}

/// The steps in order, and what the counts could not know.
struct Steps {
    milestones: Vec<Milestone>,
    holidays_covered: bool,
    office_margin_days: Option<u32>,
}

/// The visa steps' latest days, all on days the office is open.
struct VisaDates {
    latest: CalendarDate,
    recommended: CalendarDate,
    if_referred: CalendarDate,
    certificate: Option<CalendarDate>,
    margin: Option<u32>,
}

fn milestones(
    plan: &TripPlan,
    today: CalendarDate,
    leads: &LeadTimes,
    office: &MissionCalendar,
) -> Result<Steps, DateError> {
    let calendar = office.japan();
    let mut covered = true;
    let arrival = match plan.arrival {
        Some(arrival) => arrival,
        None => {
            let (date, in_data) = count_back(plan.start, leads.arrival_before_start, calendar)?;
            covered &= in_data;
            date
        }
    };
    let visa = if plan.visa {
        let (dates, in_data) = visa_dates(plan, arrival, leads, office)?;
        covered &= in_data;
        Some(dates)
    } else {
        None
    };
    let mut back = |from: CalendarDate, timing: Timing| -> Result<CalendarDate, DateError> {
        let (date, in_data) = count_back(from, timing, calendar)?;
        covered &= in_data;
        Ok(date)
    };
    // The hospital's papers for the certificate and the visa follow the prepayment. Without
    // a visa nothing waits for them, and the arrival is the latest day this app can name.
    let prepayment = visa.as_ref().map_or(arrival, |visa| {
        visa.certificate
            .unwrap_or(visa.latest)
            .min(visa.latest)
            .min(visa.recommended)
    });
    let hospital_request = back(prepayment, leads.hospital_reply)?;
    let opinion = if plan.written_opinion {
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
    ]);
    if let Some(visa) = &visa {
        steps.extend(
            visa.certificate
                .map(|date| (Step::CertificateOfEligibility, date)),
        );
        steps.extend([
            (Step::VisaApplicationRecommended, visa.recommended),
            (Step::VisaApplicationIfReferred, visa.if_referred),
            (Step::VisaApplicationLatest, visa.latest),
        ]);
    }
    steps.extend([(Step::Arrival, arrival), (Step::TreatmentStart, plan.start)]);
    // Steps happen in this order; a typed arrival after the start is shown where it falls.
    steps.sort_by_key(|&(_, date)| date);
    let milestones = steps
        .into_iter()
        .map(|(step, latest)| Milestone {
            step,
            latest,
            past: latest < today,
        })
        .collect();
    Ok(Steps {
        milestones,
        holidays_covered: covered,
        office_margin_days: visa.and_then(|visa| visa.margin),
    })
}

/// The visa steps for an arrival on `arrival`, and whether Japan's holiday data covered
/// every count. Processing starts the day after the office accepts the application, so the
/// latest day to apply is its last open day before the first day counted.
fn visa_dates(
    plan: &TripPlan,
    arrival: CalendarDate,
    leads: &LeadTimes,
    office: &MissionCalendar,
) -> Result<(VisaDates, bool), DateError> {
    let calendar = office.japan();
    let mut covered = true;
    let mut margin = None;
    let mut before_office =
        |from: CalendarDate, timing: Timing| -> Result<CalendarDate, DateError> {
            let counted = match timing.lead {
                Lead::BusinessDays(days) if timing.offices == Offices::Government => {
                    let counted = office.working_days_before(from, days)?;
                    covered &= counted.japan_covered;
                    margin = margin.or(counted.margin_added);
                    counted.date
                }
                _ => {
                    let (date, in_data) = count_back(from, timing, calendar)?;
                    covered &= in_data;
                    date
                }
            };
            office.open_day_before(counted)
        };
    let latest = before_office(arrival, leads.visa_processing)?;
    let if_referred = before_office(arrival, leads.visa_referral)?;
    // Advice names a day to act on: one the office is open.
    let (planned, in_data) = count_back(arrival, leads.visa_planning, calendar)?;
    covered &= in_data;
    let recommended = office.open_on_or_before(planned)?;
    // The Certificate of Eligibility is applied for in Japan, and must be issued before the
    // visa is applied for: a working day of Japan's government offices.
    let certificate = if plan.certificate_of_eligibility {
        let (date, in_data) = count_back(latest, leads.coe_processing, calendar)?;
        covered &= in_data;
        Some(MissionCalendar::japan_only(calendar).open_on_or_before(date)?)
    } else {
        None
    };
    Ok((
        VisaDates {
            latest,
            recommended,
            if_referred,
            certificate,
            margin,
        },
        covered,
    ))
}

/// The day `timing` before `from`, and whether every day counted was in the holiday data.
fn count_back(
    from: CalendarDate,
    timing: Timing,
    calendar: &HolidayCalendar,
) -> Result<(CalendarDate, bool), DateError> {
    match timing.lead {
        Lead::CalendarDays(days) => Ok((from.add_days(-i64::from(days))?, true)),
        Lead::BusinessDays(days) => {
            let counted = calendar.working_days_before(from, days, timing.offices)?;
            Ok((counted.date, counted.covered))
        }
        Lead::Months(months) => {
            let mut date = from.sub_months(months)?;
            if timing.offices == Offices::Government {
                // Offices do not work through the closure: each closed day in the window
                // pushes the start one day earlier (and may bring in more closed days).
                let mut closed = 0;
                loop {
                    let mut count = 0;
                    let mut day = date;
                    while day < from {
                        count += i64::from(calendar.is_government_closure(day));
                        day = day.add_days(1)?;
                    }
                    if count == closed {
                        break;
                    }
                    date = date.add_days(closed - count)?;
                    closed = count;
                }
            }
            Ok((date, true))
        }
    }
}

/// The first start date from `today` on for which no required step is already past, with
/// the arrival the lead times advise.
fn earliest_start(
    plan: &TripPlan,
    today: CalendarDate,
    leads: &LeadTimes,
    office: &MissionCalendar,
) -> Result<Option<CalendarDate>, DateError> {
    for offset in 0..=730 {
        let candidate = TripPlan {
            start: today.add_days(offset)?,
            arrival: None,
            ..*plan
        };
        let feasible = milestones(&candidate, today, leads, office)?
            .milestones
            .iter()
            .all(|milestone| !milestone.past || milestone.step.is_advice());
        if feasible {
            return Ok(Some(candidate.start));
        }
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::business_days::MonthDay;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    const LEADS: LeadTimes = LeadTimes {
        arrival_before_start: Timing::private(Lead::CalendarDays(1)),
        visa_processing: Timing::government(Lead::BusinessDays(10)),
        visa_planning: Timing::private(Lead::CalendarDays(60)),
        visa_referral: Timing::government(Lead::Months(1)),
        coe_processing: Timing::government(Lead::Months(3)),
        hospital_reply: Timing::private(Lead::CalendarDays(14)),
        written_opinion: Timing::private(Lead::CalendarDays(10)),
        coordinator_reply: Timing::private(Lead::CalendarDays(5)),
    };

    fn calendar() -> HolidayCalendar {
        let holidays = [
            "2027-01-01",
            "2027-01-11",
            "2027-02-11",
            "2027-02-23",
            "2027-03-22",
        ];
        let md = |month, day| MonthDay { month, day };
        HolidayCalendar::new(holidays.map(day), 2026, 2027)
            .with_government_closure(md(12, 29), md(1, 3))
    }

    fn plan(start: &str) -> TripPlan {
        TripPlan {
            start: day(start),
            arrival: None,
            written_opinion: false,
            visa: true,
            certificate_of_eligibility: false,
        }
    }

    fn office(calendar: &HolidayCalendar) -> MissionCalendar<'_> {
        MissionCalendar::japan_only(calendar)
    }

    fn dates(timeline: &Timeline) -> Vec<(Step, CalendarDate)> {
        timeline
            .milestones
            .iter()
            .map(|m| (m.step, m.latest))
            .collect()
    }

    #[test]
    fn works_back_from_the_start_through_business_days() {
        let trip = TripPlan {
            written_opinion: true,
            ..plan("2027-03-15")
        };
        let plan = timeline(&trip, day("2026-11-21"), &LEADS, &office(&calendar())).unwrap();
        assert_eq!(
            dates(&plan),
            [
                // 60 days before Sun 14 March 2027 (February has 28 days).
                (Step::ContactCoordinator, day("2026-12-15")),
                (Step::PayWrittenOpinion, day("2026-12-20")),
                (Step::HospitalRequest, day("2026-12-30")),
                (Step::Prepayment, day("2027-01-13")),
                (Step::VisaApplicationRecommended, day("2027-01-13")),
                // A month before Sun 14 Mar, on an open day: Fri 12 Feb.
                (Step::VisaApplicationIfReferred, day("2027-02-12")),
                // Arrival Sun 14 Mar; 10 business days before: Mon 1 Mar (1 to 5 and 8
                // to 12 Mar); the office's open day before it: Fri 26 Feb.
                (Step::VisaApplicationLatest, day("2027-02-26")),
                (Step::Arrival, day("2027-03-14")),
                (Step::TreatmentStart, day("2027-03-15")),
            ]
        );
        assert!(plan.late_steps.is_empty());
        assert_eq!(plan.earliest_feasible_start, None);
        assert!(plan.holidays_covered);
    }

    #[test]
    fn the_visa_latest_day_is_the_conservative_two_weeks_not_five_days() {
        // Regression: the latest visa application was MOFA's best case, 5 business days.
        let plan = timeline(
            &plan("2027-03-15"),
            day("2026-11-21"),
            &LEADS,
            &office(&calendar()),
        )
        .unwrap();
        let visa = plan
            .milestones
            .iter()
            .find(|m| m.step == Step::VisaApplicationLatest)
            .unwrap();
        let arrival = day("2027-03-14");
        assert!(arrival.days_inclusive(visa.latest).is_err());
        assert!(visa.latest.days_inclusive(arrival).unwrap() >= 15);
    }

    #[test]
    fn a_stay_over_ninety_days_gets_a_certificate_step_before_the_visa_across_the_new_year() {
        // Arrival Sun 31 Jan 2027, so the visa is due in mid-January and the certificate,
        // 3 months earlier, spans the government closure of 29 Dec to 3 Jan.
        let trip = TripPlan {
            certificate_of_eligibility: true,
            ..plan("2027-02-01")
        };
        let plan = timeline(&trip, day("2026-06-01"), &LEADS, &office(&calendar())).unwrap();
        let steps: Vec<Step> = plan.milestones.iter().map(|m| m.step).collect();
        let coe = steps
            .iter()
            .position(|&s| s == Step::CertificateOfEligibility)
            .expect("a certificate step");
        let visa = steps
            .iter()
            .position(|&s| s == Step::VisaApplicationLatest)
            .unwrap();
        assert!(coe < visa, "{steps:?}");
        let dates = dates(&plan);
        // 10 government working days before Sun 31 Jan: 29, 28, 27, 26, 25, 22, 21, 20, 19,
        // 18 Jan (11 Jan is a holiday) → Mon 18 Jan; the open day before it: Fri 15 Jan.
        assert!(dates.contains(&(Step::VisaApplicationLatest, day("2027-01-15"))));
        // 3 months before 15 Jan is 15 Oct 2026; the 6 closed days in between move it to
        // Fri 9 Oct.
        assert!(dates.contains(&(Step::CertificateOfEligibility, day("2026-10-09"))));
        let prepayment = dates
            .iter()
            .find(|(s, _)| *s == Step::Prepayment)
            .unwrap()
            .1;
        assert!(prepayment <= day("2026-10-09"));
    }

    #[test]
    fn the_visa_count_skips_the_year_end_closure() {
        // Arrival Thu 7 Jan 2027: 10 government working days back are 6, 5, 4 Jan, then
        // (29 Dec to 3 Jan closed) 28, 25, 24, 23, 22, 21, 18 Dec → Fri 18 Dec, minus one.
        let trip = TripPlan {
            arrival: Some(day("2027-01-07")),
            ..plan("2027-01-08")
        };
        let plan = timeline(&trip, day("2026-06-01"), &LEADS, &office(&calendar())).unwrap();
        assert!(dates(&plan).contains(&(Step::VisaApplicationLatest, day("2026-12-17"))));
    }

    #[test]
    fn the_arrival_the_traveller_entered_anchors_the_timeline() {
        // Regression: arrival was always assumed the day before treatment.
        let trip = TripPlan {
            arrival: Some(day("2027-03-01")),
            ..plan("2027-03-15")
        };
        let plan = timeline(&trip, day("2026-11-21"), &LEADS, &office(&calendar())).unwrap();
        assert!(dates(&plan).contains(&(Step::Arrival, day("2027-03-01"))));
        assert_eq!(plan.arrival_warning, None, "14 days before is not long");
        let long = TripPlan {
            arrival: Some(day("2027-02-20")),
            ..trip
        };
        let warned = timeline(&long, day("2026-11-21"), &LEADS, &office(&calendar())).unwrap();
        assert_eq!(
            warned.arrival_warning,
            Some(ArrivalWarning::LongBeforeStart { days: 23 })
        );
        let after = TripPlan {
            arrival: Some(day("2027-03-16")),
            ..trip
        };
        let warned = timeline(&after, day("2026-11-21"), &LEADS, &office(&calendar())).unwrap();
        assert_eq!(warned.arrival_warning, Some(ArrivalWarning::AfterStart));
    }

    #[test]
    fn a_start_too_soon_names_the_late_steps_and_finds_the_earliest_feasible_start() {
        let today = day("2026-11-21");
        // Start 1 Jan 2027: the visa (due mid-December) is still possible, the recommended
        // application (60 days) is only advice, but contacting the coordinator is late.
        let plan = timeline(&plan("2027-01-01"), today, &LEADS, &office(&calendar())).unwrap();
        assert!(plan.late_steps.contains(&Step::ContactCoordinator));
        assert!(!plan.late_steps.contains(&Step::VisaApplicationRecommended));
        assert!(!plan.late_steps.contains(&Step::TreatmentStart));
        assert!(plan.late_steps.len() < plan.milestones.len());
        let earliest = plan.earliest_feasible_start.expect("a later start works");
        let at_earliest =
            timeline(&plan_at(earliest), today, &LEADS, &office(&calendar())).unwrap();
        assert!(at_earliest.late_steps.is_empty());
        let day_before = timeline(
            &plan_at(earliest.add_days(-1).unwrap()),
            today,
            &LEADS,
            &office(&calendar()),
        )
        .unwrap();
        assert!(
            !day_before.late_steps.is_empty(),
            "{earliest} is not the earliest"
        );
    }

    fn plan_at(start: CalendarDate) -> TripPlan {
        TripPlan {
            start,
            ..plan("2027-01-01")
        }
    }

    #[test]
    fn no_visa_step_falls_on_a_day_the_office_is_closed() {
        // Regression (arrival Mon 1 Mar 2027): "latest" was Thu 11 Feb, a national holiday,
        // and "recommended" Thu 31 Dec, inside the year-end closure.
        let trip = TripPlan {
            arrival: Some(day("2027-03-01")),
            ..plan("2027-03-02")
        };
        let calendar = calendar();
        let office = office(&calendar);
        let plan = timeline(&trip, day("2026-12-07"), &LEADS, &office).unwrap();
        let dates = dates(&plan);
        assert!(dates.contains(&(Step::VisaApplicationLatest, day("2027-02-10"))));
        assert!(dates.contains(&(Step::VisaApplicationRecommended, day("2026-12-28"))));
        for (step, date) in dates {
            let visa = matches!(
                step,
                Step::VisaApplicationLatest
                    | Step::VisaApplicationRecommended
                    | Step::VisaApplicationIfReferred
            );
            assert!(!visa || office.is_open(date), "{step:?} on {date}");
        }
    }

    #[test]
    fn a_visa_exempt_trip_has_no_visa_steps() {
        let trip = TripPlan {
            visa: false,
            certificate_of_eligibility: true,
            ..plan("2027-03-15")
        };
        let plan = timeline(&trip, day("2026-11-21"), &LEADS, &office(&calendar())).unwrap();
        let steps: Vec<Step> = plan.milestones.iter().map(|m| m.step).collect();
        assert_eq!(
            steps,
            [
                Step::ContactCoordinator,
                Step::HospitalRequest,
                Step::Prepayment,
                Step::Arrival,
                Step::TreatmentStart
            ]
        );
        assert_eq!(plan.office_margin_days, None);
    }

    #[test]
    fn a_timeline_beyond_the_holiday_data_is_flagged() {
        let plan = timeline(
            &plan("2028-06-01"),
            day("2026-11-21"),
            &LEADS,
            &office(&calendar()),
        )
        .unwrap();
        assert!(!plan.holidays_covered);
    }
}
