//! What the user enters on `/stay`, and what it means under the stay rules.

use serde::{Deserialize, Serialize};

use super::date::{CalendarDate, DateError};
use super::stay::{check_stay, options_for, StayCheck, StayLimit, StayOption, TreatmentPlan};
use super::stay_rules::StayRules;

/// How the traveller enters Japan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EntryRoute {
    VisaExempt,
    MedicalStay(StayLimit),
}

/// The inputs of the stay check and the timeline; stored on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default)]
pub struct StayInput {
    /// ISO 3166-1 alpha-2 of the passport, or `None` for one that needs a visa.
    pub country: Option<String>,
    pub route: EntryRoute,
    pub arrival: Option<CalendarDate>,
    pub departure: Option<CalendarDate>,
    /// Derive the departure from `plan` instead of entering it.
    pub use_plan: bool,
    pub plan: TreatmentPlan,
    /// The planned first day of treatment, for the timeline.
    pub start: Option<CalendarDate>,
    pub written_opinion: bool,
    /// The embassy or consulate where the visa is applied for (an id of
    /// `mission-holidays.json`, or `other`); `None`: the first office of the passport's
    /// country.
    pub mission: Option<String>,
    /// Companions travelling with the patient: each needs their own visa papers.
    pub companions: u32,
}

impl Default for StayInput {
    fn default() -> StayInput {
        StayInput {
            country: None,
            route: EntryRoute::VisaExempt,
            arrival: None,
            departure: None,
            use_plan: false,
            plan: TreatmentPlan {
                sessions: 12,
                sessions_per_week: 4,
                days_before: 3,
                days_after: 2,
            },
            start: None,
            written_opinion: false,
            mission: None,
            companions: 0,
        }
    }
}

/// More companions than this is a typing mistake (the number is decided case by case).
pub const MAX_COMPANIONS: u32 = 20;

/// Dates outside these years are a typing mistake, not a plan.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why the inputs cannot be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StayProblem {
    DepartureBeforeArrival,
    YearOutOfRange,
    Plan,
}

/// The answer for the current inputs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StayOutcome {
    /// Not enough entered yet.
    Incomplete,
    /// Visa-exempt entry chosen for a passport that needs a visa.
    NotExempt,
    /// The passport's exemption was time-limited and ended on `until`; no source confirms a
    /// renewal, so the app plans with a visa and says to check with the embassy.
    ExemptionLapsed {
        until: CalendarDate,
    },
    Invalid(StayProblem),
    /// An arrival but no departure yet: the period allowed and its last day.
    Allowed {
        limit: StayLimit,
        last_permitted_day: CalendarDate,
        /// The period allows more than the days after which a stay needs a Certificate of
        /// Eligibility (the 6-month and 1-year medical-stay visas): `Some(90)`.
        certificate_over_days: Option<u32>,
    },
    Checked {
        limit: StayLimit,
        check: StayCheck,
        /// What to do when it does not fit (empty when it fits).
        options: Vec<StayOption>,
        /// The stay is longer than this many days, so it needs a Certificate of Eligibility
        /// whether or not it fits.
        certificate_over_days: Option<u32>,
    },
}

impl StayOutcome {
    /// Whether the planned stay, or the period allowed from the arrival, is long enough to
    /// need a Certificate of Eligibility.
    pub fn needs_certificate(&self) -> bool {
        matches!(
            self,
            StayOutcome::Checked {
                certificate_over_days: Some(_),
                ..
            } | StayOutcome::Allowed {
                certificate_over_days: Some(_),
                ..
            }
        )
    }
}

/// Whether the trip needs a Certificate of Eligibility (the timeline then has a step for
/// it): the chosen period is over the limit, before any date is entered, or the stay is.
pub fn certificate_needed(input: &StayInput, outcome: &StayOutcome, rules: &StayRules) -> bool {
    let over = rules.medical_stay.certificate_of_eligibility_over_days;
    let period_needs = match input.route {
        EntryRoute::MedicalStay(limit) => limit.may_exceed_days(over),
        EntryRoute::VisaExempt => false,
    };
    period_needs || outcome.needs_certificate()
}

/// Whether the traveller needs a visa: always on the medical-stay route; on the exempt route
/// unless the passport's exemption holds on the arrival (or today).
pub fn visa_needed(input: &StayInput, rules: &StayRules, today: Option<CalendarDate>) -> bool {
    match input.route {
        EntryRoute::MedicalStay(_) => true,
        EntryRoute::VisaExempt => input
            .country
            .as_deref()
            .and_then(|code| rules.exemption(code))
            .is_none_or(|exempt| exempt.lapsed_by(input.arrival.or(today)).is_some()),
    }
}

/// Checks `input` against `rules`; `today` decides whether a time-limited exemption still
/// holds when no arrival is entered.
pub fn evaluate(input: &StayInput, rules: &StayRules, today: Option<CalendarDate>) -> StayOutcome {
    let coe_over = rules.medical_stay.certificate_of_eligibility_over_days;
    let limit = match input.route {
        EntryRoute::MedicalStay(limit) => limit,
        EntryRoute::VisaExempt => {
            match input
                .country
                .as_deref()
                .and_then(|code| rules.exemption(code))
            {
                Some(exempt) => match exempt.lapsed_by(input.arrival.or(today)) {
                    Some(until) => return StayOutcome::ExemptionLapsed { until },
                    None => StayLimit::Days(exempt.days),
                },
                None if input.country.is_some() || input.arrival.is_some() => {
                    return StayOutcome::NotExempt
                }
                None => return StayOutcome::Incomplete,
            }
        }
    };
    let Some(arrival) = input.arrival else {
        return StayOutcome::Incomplete;
    };
    if !YEARS.contains(&arrival.year()) {
        return StayOutcome::Invalid(StayProblem::YearOutOfRange);
    }
    let departure = if input.use_plan {
        match input.plan.departure(arrival) {
            Some(departure) => departure,
            None => return StayOutcome::Invalid(StayProblem::Plan),
        }
    } else {
        match input.departure {
            Some(departure) => departure,
            None => {
                return match limit.last_permitted_day(arrival) {
                    Ok(last_permitted_day) => StayOutcome::Allowed {
                        limit,
                        last_permitted_day,
                        certificate_over_days: arrival
                            .days_inclusive(last_permitted_day)
                            .is_ok_and(|days| days > coe_over)
                            .then_some(coe_over),
                    },
                    Err(_) => StayOutcome::Invalid(StayProblem::YearOutOfRange),
                }
            }
        }
    };
    if !YEARS.contains(&departure.year()) {
        return StayOutcome::Invalid(StayProblem::YearOutOfRange);
    }
    match check_stay(arrival, departure, limit) {
        Ok(check) => {
            let medical = &rules.medical_stay;
            let options = if check.fits() {
                Vec::new()
            } else {
                options_for(check.days, medical.single_stay_max_days)
            };
            StayOutcome::Checked {
                limit,
                check,
                options,
                certificate_over_days: (check.days > coe_over).then_some(coe_over),
            }
        }
        Err(DateError::EndBeforeStart) => StayOutcome::Invalid(StayProblem::DepartureBeforeArrival),
        Err(_) => StayOutcome::Invalid(StayProblem::YearOutOfRange),
    }
}
