//! Calendar days with no time zone.
//!
//! Stay limits and deadlines are counted in whole days. Converting through a time zone is the
//! classic source of off-by-one dates in stay calculators (a traveller west of Japan sees
//! "tomorrow" become "today"), so dates here are plain calendar days from end to end.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why text or arithmetic did not give a date.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DateError {
    #[error("“{0}” is not a date in the form YYYY-MM-DD")]
    Malformed(String),
    #[error("“{0}” is not a day of the calendar")]
    NoSuchDay(String),
    #[error("the last day is before the first day")]
    EndBeforeStart,
    #[error("the date is outside the calendar this app handles")]
    OutOfRange,
}

/// A day of the calendar, e.g. the landing day or the last permitted day of a stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct CalendarDate(NaiveDate);

impl schemars::JsonSchema for CalendarDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CalendarDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({"description": "A calendar day, YYYY-MM-DD.", "type": "string", "format": "date"})
    }
}

impl CalendarDate {
    /// A date from its year, month and day, if that day exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<CalendarDate> {
        NaiveDate::from_ymd_opt(year, month, day).map(CalendarDate)
    }

    /// Parses exactly `YYYY-MM-DD`, the value of an HTML date input and of ISO 8601.
    pub fn parse_iso(text: &str) -> Result<CalendarDate, DateError> {
        let trimmed = text.trim();
        let bytes = trimmed.as_bytes();
        let well_formed = bytes.len() == 10
            && bytes[4] == b'-'
            && bytes[7] == b'-'
            && bytes
                .iter()
                .enumerate()
                .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
        if !well_formed {
            return Err(DateError::Malformed(trimmed.to_owned()));
        }
        // Hand-parsed: chrono's format-string parser would add ~20 KB to the wasm.
        let number = |range: std::ops::Range<usize>| {
            trimmed[range]
                .parse::<u32>()
                .map_err(|_| DateError::Malformed(trimmed.to_owned()))
        };
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        let year = i32::try_from(year).map_err(|_| DateError::Malformed(trimmed.to_owned()))?;
        CalendarDate::from_ymd(year, month, day)
            .ok_or_else(|| DateError::NoSuchDay(trimmed.to_owned()))
    }

    pub fn weekday(self) -> Weekday {
        self.0.weekday()
    }

    pub fn is_weekend(self) -> bool {
        matches!(self.weekday(), Weekday::Sat | Weekday::Sun)
    }

    /// The date `days` later (or earlier, when negative).
    pub fn add_days(self, days: i64) -> Result<CalendarDate, DateError> {
        let magnitude = Days::new(days.unsigned_abs());
        let moved = if days >= 0 {
            self.0.checked_add_days(magnitude)
        } else {
            self.0.checked_sub_days(magnitude)
        };
        moved.map(CalendarDate).ok_or(DateError::OutOfRange)
    }

    /// The same day `months` later, or the month's last day when it is shorter (31 August
    /// plus 6 months is 28 or 29 February).
    pub fn add_months(self, months: u32) -> Result<CalendarDate, DateError> {
        self.0
            .checked_add_months(Months::new(months))
            .map(CalendarDate)
            .ok_or(DateError::OutOfRange)
    }

    pub fn sub_months(self, months: u32) -> Result<CalendarDate, DateError> {
        self.0
            .checked_sub_months(Months::new(months))
            .map(CalendarDate)
            .ok_or(DateError::OutOfRange)
    }

    pub fn naive_date(self) -> NaiveDate {
        self.0
    }

    pub fn year(self) -> i32 {
        self.0.year()
    }

    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Number of calendar days from `self` to `last`, both counted: arriving and leaving on
    /// the same day is a stay of 1 day. This is the conservative reading of a stay limit.
    pub fn days_inclusive(self, last: CalendarDate) -> Result<u32, DateError> {
        let between = (last.0 - self.0).num_days();
        if between < 0 {
            return Err(DateError::EndBeforeStart);
        }
        u32::try_from(between + 1).map_err(|_| DateError::OutOfRange)
    }

    /// The last day of a stay of `allowed_days` that begins on `self` (the landing day is
    /// day 1), e.g. a 90-day stay landing on 1 January ends on 31 March in a common year.
    pub fn last_day_of_stay(self, allowed_days: u32) -> Result<CalendarDate, DateError> {
        if allowed_days == 0 {
            return Err(DateError::EndBeforeStart);
        }
        self.add_days(i64::from(allowed_days) - 1)
    }
}

impl fmt::Display for CalendarDate {
    /// ISO 8601 (`2026-11-21`), unambiguous in every locale; the UI may format it further.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let date = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            date.year(),
            date.month(),
            date.day()
        )
    }
}

impl From<CalendarDate> for String {
    fn from(date: CalendarDate) -> String {
        date.to_string()
    }
}

impl TryFrom<String> for CalendarDate {
    type Error = DateError;

    fn try_from(text: String) -> Result<CalendarDate, DateError> {
        CalendarDate::parse_iso(&text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test literal is a date")
    }

    #[test]
    fn parses_iso_dates_and_names_what_is_wrong() {
        assert_eq!(
            day("2026-11-21"),
            CalendarDate::from_ymd(2026, 11, 21).unwrap()
        );
        assert_eq!(
            day(" 2028-02-29 "),
            CalendarDate::from_ymd(2028, 2, 29).unwrap()
        );
        for malformed in [
            "",
            "2026-1-21",
            "21/11/2026",
            "+2026-11-21",
            "2026-11-21T00:00",
        ] {
            assert_eq!(
                CalendarDate::parse_iso(malformed),
                Err(DateError::Malformed(malformed.to_owned())),
                "{malformed:?}"
            );
        }
        for impossible in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10"] {
            assert_eq!(
                CalendarDate::parse_iso(impossible),
                Err(DateError::NoSuchDay(impossible.to_owned())),
                "{impossible:?}"
            );
        }
    }

    #[test]
    fn stays_count_the_landing_day_as_day_one() {
        let cases = [
            ("2026-01-01", "2026-01-01", 1),
            ("2026-01-01", "2026-03-31", 90),
            ("2026-01-01", "2026-04-01", 91),
            ("2028-01-01", "2028-03-30", 90), // leap year: February has 29 days
            ("2026-12-25", "2027-01-08", 15), // across the year end
        ];
        for (first, last, days) in cases {
            assert_eq!(
                day(first).days_inclusive(day(last)),
                Ok(days),
                "{first}..{last}"
            );
        }
        assert_eq!(
            day("2026-02-01").days_inclusive(day("2026-01-31")),
            Err(DateError::EndBeforeStart)
        );
    }

    #[test]
    fn last_day_of_stay_is_inside_the_allowed_count() {
        assert_eq!(
            day("2026-01-01").last_day_of_stay(90),
            Ok(day("2026-03-31"))
        );
        assert_eq!(
            day("2028-01-01").last_day_of_stay(90),
            Ok(day("2028-03-30"))
        );
        assert_eq!(
            day("2026-11-21").last_day_of_stay(15),
            Ok(day("2026-12-05"))
        );
        assert_eq!(day("2026-11-21").last_day_of_stay(1), Ok(day("2026-11-21")));
        assert_eq!(
            day("2026-11-21").last_day_of_stay(0),
            Err(DateError::EndBeforeStart)
        );
    }

    #[test]
    fn adding_days_crosses_month_ends_and_fails_cleanly_at_the_calendar_edge() {
        assert_eq!(day("2026-01-31").add_days(1), Ok(day("2026-02-01")));
        assert_eq!(day("2026-03-01").add_days(-1), Ok(day("2026-02-28")));
        assert_eq!(
            day("2026-11-21").add_days(i64::MAX),
            Err(DateError::OutOfRange)
        );
        assert_eq!(
            day("2026-11-21").add_days(i64::MIN),
            Err(DateError::OutOfRange)
        );
    }

    #[test]
    fn adding_months_clamps_to_the_end_of_shorter_months() {
        assert_eq!(day("2026-08-31").add_months(6), Ok(day("2027-02-28")));
        assert_eq!(day("2027-08-31").add_months(6), Ok(day("2028-02-29")));
        assert_eq!(day("2026-01-15").add_months(12), Ok(day("2027-01-15")));
    }

    #[test]
    fn weekends_are_saturday_and_sunday() {
        assert!(day("2026-11-21").is_weekend()); // a Saturday
        assert!(day("2026-11-22").is_weekend());
        assert!(!day("2026-11-23").is_weekend());
    }

    #[test]
    fn round_trips_through_json_as_an_iso_string() {
        let json = serde_json::to_string(&day("2026-11-21")).unwrap();
        assert_eq!(json, "\"2026-11-21\"");
        assert_eq!(
            serde_json::from_str::<CalendarDate>(&json).unwrap(),
            day("2026-11-21")
        );
    }
}
