//! Does a stay fit what the traveller is allowed?
//!
//! The landing day counts as day 1 (the conservative reading: pages disagree). The dates that
//! bind a traveller are the ones on their visa and landing-permission sticker; the UI says so
//! wherever it shows a result.

use serde::{Deserialize, Serialize};

use super::date::{CalendarDate, DateError};

/// A permitted period of stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StayLimit {
    /// A number of days, landing day included (e.g. 90 for most visa-exempt nationalities).
    Days(u32),
    /// A number of months (a medical-stay visa of 6 months or 1 year): the stay ends the day
    /// before the same date that many months after landing, or on the last day of that month
    /// when it has no such date (Civil Code art. 143; our reading, shown as guidance).
    Months(u32),
}

impl StayLimit {
    /// Whether a stay on this period may last more than `days` days (a month is counted
    /// as up to 31 days, so 3 months may exceed 90).
    pub fn may_exceed_days(self, days: u32) -> bool {
        match self {
            StayLimit::Days(limit) => limit > days,
            StayLimit::Months(months) => months.saturating_mul(31) > days,
        }
    }

    /// The last day a traveller landing on `landing` may stay.
    pub fn last_permitted_day(self, landing: CalendarDate) -> Result<CalendarDate, DateError> {
        match self {
            StayLimit::Days(days) => landing.last_day_of_stay(days),
            StayLimit::Months(months) => {
                let same_date = landing.add_months(months)?;
                // chrono moves a missing date (31 February) to the month's last day, which is
                // then itself the end of the period.
                if same_date.day() == landing.day() {
                    same_date.add_days(-1)
                } else {
                    Ok(same_date)
                }
            }
        }
    }
}

/// The result of checking a stay against a limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct StayCheck {
    pub arrival: CalendarDate,
    pub departure: CalendarDate,
    /// Days in Japan, arrival and departure days both counted.
    pub days: u32,
    pub last_permitted_day: CalendarDate,
    /// Days beyond the last permitted day (0 when the stay fits).
    pub days_over: u32,
}

impl StayCheck {
    pub fn fits(&self) -> bool {
        self.days_over == 0
    }
}

/// Checks a stay from `arrival` to `departure` against `limit`.
pub fn check_stay(
    arrival: CalendarDate,
    departure: CalendarDate,
    limit: StayLimit,
) -> Result<StayCheck, DateError> {
    let days = arrival.days_inclusive(departure)?;
    let last_permitted_day = limit.last_permitted_day(arrival)?;
    let days_over = if departure > last_permitted_day {
        last_permitted_day
            .days_inclusive(departure)?
            .saturating_sub(1)
    } else {
        0
    };
    Ok(StayCheck {
        arrival,
        departure,
        days,
        last_permitted_day,
        days_over,
    })
}

/// A course of treatment, from which the stay is derived.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct TreatmentPlan {
    pub sessions: u32,
    pub sessions_per_week: u32,
    /// Days in Japan before the first session (arrival, consultation, tests).
    pub days_before: u32,
    /// Days in Japan after the last week of sessions (check-up, rest before flying).
    pub days_after: u32,
}

/// The largest plan accepted: beyond this, the input is a mistake, not a plan.
pub const MAX_SESSIONS: u32 = 400;
pub const MAX_BUFFER_DAYS: u32 = 365;
/// A week has seven days: more sessions a week is a typing mistake.
pub const MAX_SESSIONS_PER_WEEK: u32 = 7;

impl TreatmentPlan {
    /// Days in Japan: the buffers plus whole weeks of sessions (12 sessions at 4 a week is 3
    /// weeks). Whole weeks, because sessions follow the hospital's weekly schedule.
    pub fn stay_days(&self) -> Option<u32> {
        if self.sessions == 0
            || self.sessions_per_week == 0
            || self.sessions_per_week > MAX_SESSIONS_PER_WEEK
            || self.sessions > MAX_SESSIONS
            || self.days_before > MAX_BUFFER_DAYS
            || self.days_after > MAX_BUFFER_DAYS
        {
            return None;
        }
        let weeks = self.sessions.div_ceil(self.sessions_per_week);
        Some(self.days_before + weeks * 7 + self.days_after)
    }

    /// The departure day for an arrival on `arrival`.
    pub fn departure(&self, arrival: CalendarDate) -> Option<CalendarDate> {
        let days = self.stay_days()?;
        arrival.last_day_of_stay(days).ok()
    }
}

/// What a traveller can do when a stay does not fit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum StayOption {
    /// Apply for a medical-stay visa (90 days, 6 months or 1 year, set by the condition).
    MedicalStayVisa,
    /// Split the treatment into `stays` stays of at most `max_days_each` with a
    /// multiple-entry medical-stay visa and a treatment schedule from the doctor.
    SplitStays { stays: u32, max_days_each: u32 },
}

/// The options for a stay of `days` that does not fit, given the medical-stay rules. (A
/// stay over 90 days also needs a Certificate of Eligibility: the outcome says so for every
/// stay, fitting or not, so it is not an option here.)
pub fn options_for(days: u32, single_stay_max_days: u32) -> Vec<StayOption> {
    let mut options = vec![StayOption::MedicalStayVisa];
    if days > single_stay_max_days && single_stay_max_days > 0 {
        options.push(StayOption::SplitStays {
            stays: days.div_ceil(single_stay_max_days),
            max_days_each: single_stay_max_days,
        });
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    #[test]
    fn ninety_and_ninety_one_days() {
        let within = check_stay(day("2026-01-01"), day("2026-03-31"), StayLimit::Days(90)).unwrap();
        assert_eq!(
            (within.days, within.fits(), within.days_over),
            (90, true, 0)
        );
        assert_eq!(within.last_permitted_day, day("2026-03-31"));
        let over = check_stay(day("2026-01-01"), day("2026-04-01"), StayLimit::Days(90)).unwrap();
        assert_eq!((over.days, over.fits(), over.days_over), (91, false, 1));
    }

    #[test]
    fn fifteen_day_exemptions_and_leap_years() {
        let cases = [
            ("2026-11-21", "2026-12-05", 15, true),
            ("2026-11-21", "2026-12-06", 16, false),
            ("2028-02-20", "2028-03-05", 15, true), // 29 February is a day of the stay
            ("2027-02-20", "2027-03-06", 15, true),
            ("2026-12-25", "2027-01-08", 15, true), // across the year end
        ];
        for (arrival, departure, days, fits) in cases {
            let check = check_stay(day(arrival), day(departure), StayLimit::Days(15)).unwrap();
            assert_eq!(
                (check.days, check.fits()),
                (days, fits),
                "{arrival}..{departure}"
            );
        }
    }

    #[test]
    fn month_limits_end_the_day_before_the_same_date() {
        assert_eq!(
            StayLimit::Months(6).last_permitted_day(day("2026-01-15")),
            Ok(day("2026-07-14"))
        );
        // No 31 February: the period ends on the month's last day.
        assert_eq!(
            StayLimit::Months(6).last_permitted_day(day("2026-08-31")),
            Ok(day("2027-02-28"))
        );
        assert_eq!(
            StayLimit::Months(6).last_permitted_day(day("2027-08-31")),
            Ok(day("2028-02-29"))
        );
        assert_eq!(
            StayLimit::Months(12).last_permitted_day(day("2028-02-29")),
            Ok(day("2029-02-28"))
        );
        assert_eq!(
            StayLimit::Months(1).last_permitted_day(day("2026-01-31")),
            Ok(day("2026-02-28"))
        );
        assert_eq!(
            StayLimit::Months(1).last_permitted_day(day("2026-01-30")),
            Ok(day("2026-02-28"))
        );
        assert_eq!(
            StayLimit::Months(1).last_permitted_day(day("2026-01-28")),
            Ok(day("2026-02-27"))
        );
    }

    #[test]
    fn departure_before_arrival_is_an_error() {
        assert_eq!(
            check_stay(day("2026-05-02"), day("2026-05-01"), StayLimit::Days(90)),
            Err(DateError::EndBeforeStart)
        );
    }

    #[test]
    fn a_twelve_session_plan_over_three_weeks() {
        let plan = TreatmentPlan {
            sessions: 12,
            sessions_per_week: 4,
            days_before: 3,
            days_after: 2,
        };
        assert_eq!(plan.stay_days(), Some(26));
        let departure = plan.departure(day("2026-11-21")).unwrap();
        assert_eq!(departure, day("2026-12-16"));
        let check = check_stay(day("2026-11-21"), departure, StayLimit::Days(15)).unwrap();
        assert_eq!((check.fits(), check.days_over), (false, 11));
        for nonsense in [
            TreatmentPlan {
                sessions: 0,
                ..plan
            },
            TreatmentPlan {
                sessions_per_week: 0,
                ..plan
            },
            TreatmentPlan {
                sessions_per_week: 8,
                ..plan
            },
            TreatmentPlan {
                sessions: MAX_SESSIONS + 1,
                ..plan
            },
        ] {
            assert_eq!(nonsense.stay_days(), None);
        }
    }

    #[test]
    fn options_grow_with_the_length_of_stay() {
        assert_eq!(options_for(26, 90), [StayOption::MedicalStayVisa]);
        assert_eq!(
            options_for(150, 90),
            [
                StayOption::MedicalStayVisa,
                StayOption::SplitStays {
                    stays: 2,
                    max_days_each: 90
                }
            ]
        );
    }
}
