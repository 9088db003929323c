//! What the user enters on `/stay`, and what it means under the stay rules.

use serde::{Deserialize, Serialize};

use super::date::{CalendarDate, DateError};
use super::stay::{check_stay, options_for, StayCheck, StayLimit, StayOption, TreatmentPlan};
use super::stay_rules::StayRules;

/// How the traveller enters Japan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryRoute {
    VisaExempt,
    MedicalStay(StayLimit),
}

/// The inputs of the stay check and the timeline; stored on the device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
        }
    }
}

/// Dates outside these years are a typing mistake, not a plan.
pub const YEARS: std::ops::RangeInclusive<i32> = 2000..=2100;

/// Why the inputs cannot be checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StayProblem {
    DepartureBeforeArrival,
    YearOutOfRange,
    Plan,
}

/// The answer for the current inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StayOutcome {
    /// Not enough entered yet.
    Incomplete,
    /// Visa-exempt entry chosen for a passport that needs a visa.
    NotExempt,
    Invalid(StayProblem),
    Checked {
        limit: StayLimit,
        check: StayCheck,
        /// What to do when it does not fit (empty when it fits).
        options: Vec<StayOption>,
    },
}

/// Checks `input` against `rules`.
pub fn evaluate(input: &StayInput, rules: &StayRules) -> StayOutcome {
    let limit = match input.route {
        EntryRoute::MedicalStay(limit) => limit,
        EntryRoute::VisaExempt => {
            match input
                .country
                .as_deref()
                .and_then(|code| rules.exemption(code))
            {
                Some(exempt) => StayLimit::Days(exempt.days),
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
    let departure = if input.use_plan {
        match input.plan.departure(arrival) {
            Some(departure) => departure,
            None => return StayOutcome::Invalid(StayProblem::Plan),
        }
    } else {
        match input.departure {
            Some(departure) => departure,
            None => return StayOutcome::Incomplete,
        }
    };
    if !YEARS.contains(&arrival.year()) || !YEARS.contains(&departure.year()) {
        return StayOutcome::Invalid(StayProblem::YearOutOfRange);
    }
    match check_stay(arrival, departure, limit) {
        Ok(check) => {
            let medical = &rules.medical_stay;
            let options = if check.fits() {
                Vec::new()
            } else {
                options_for(
                    check.days,
                    medical.certificate_of_eligibility_over_days,
                    medical.single_stay_max_days,
                )
            };
            StayOutcome::Checked {
                limit,
                check,
                options,
            }
        }
        Err(DateError::EndBeforeStart) => StayOutcome::Invalid(StayProblem::DepartureBeforeArrival),
        Err(_) => StayOutcome::Invalid(StayProblem::YearOutOfRange),
    }
}
