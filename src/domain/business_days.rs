//! Japanese business days: not a Saturday, Sunday or national holiday.
//!
//! Holidays are data (`public/data/holidays-jp.json`), published year by year; a count that
//! reaches a year the data does not cover is flagged so the UI can warn.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::date::{CalendarDate, DateError};
use super::fee_schedule::{parse_validated, DataFileError, Source};
use super::localized::Localized;

/// `public/data/holidays-jp.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HolidayData {
    pub format: String,
    pub source: Source,
    pub first_year: i32,
    pub last_year: i32,
    pub note: Option<Localized>,
    pub holidays: Vec<Holiday>,
}

/// One national holiday.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    pub date: CalendarDate,
    pub name: Localized,
}

impl HolidayData {
    /// Reads the holiday file; every holiday must fall in the years it says it covers.
    pub fn parse(file: &str, text: &str) -> Result<HolidayData, DataFileError> {
        parse_validated(file, text, |data: &HolidayData| {
            let covered = data.first_year..=data.last_year;
            match data
                .holidays
                .iter()
                .position(|holiday| !covered.contains(&holiday.date.year()))
            {
                Some(index) => Err((
                    format!("holidays[{index}].date"),
                    "outside first_year..last_year".into(),
                )),
                None => Ok(()),
            }
        })
    }

    pub fn calendar(&self) -> HolidayCalendar {
        HolidayCalendar::new(
            self.holidays.iter().map(|holiday| holiday.date),
            self.first_year,
            self.last_year,
        )
    }
}

/// The national holidays of the years the data covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HolidayCalendar {
    holidays: BTreeSet<CalendarDate>,
    first_year: i32,
    last_year: i32,
}

impl HolidayCalendar {
    /// A calendar of `holidays` covering `first_year..=last_year`.
    pub fn new(
        holidays: impl IntoIterator<Item = CalendarDate>,
        first_year: i32,
        last_year: i32,
    ) -> HolidayCalendar {
        HolidayCalendar {
            holidays: holidays.into_iter().collect(),
            first_year,
            last_year,
        }
    }

    pub fn covers(&self, date: CalendarDate) -> bool {
        (self.first_year..=self.last_year).contains(&date.year())
    }

    pub fn is_holiday(&self, date: CalendarDate) -> bool {
        self.holidays.contains(&date)
    }

    pub fn is_business_day(&self, date: CalendarDate) -> bool {
        !date.is_weekend() && !self.is_holiday(date)
    }

    /// The business day `count` business days before `date` (`date` itself not counted), and
    /// whether every day passed over was inside the covered years.
    pub fn business_days_before(
        &self,
        date: CalendarDate,
        count: u32,
    ) -> Result<Counted, DateError> {
        self.step(date, count, -1)
    }

    /// The business day `count` business days after `date`.
    pub fn business_days_after(
        &self,
        date: CalendarDate,
        count: u32,
    ) -> Result<Counted, DateError> {
        self.step(date, count, 1)
    }

    fn step(&self, date: CalendarDate, count: u32, direction: i64) -> Result<Counted, DateError> {
        let mut current = date;
        let mut remaining = count;
        let mut covered = self.covers(date);
        while remaining > 0 {
            current = current.add_days(direction)?;
            covered &= self.covers(current);
            if self.is_business_day(current) {
                remaining -= 1;
            }
        }
        Ok(Counted {
            date: current,
            covered,
        })
    }
}

/// A date reached by counting business days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counted {
    pub date: CalendarDate,
    /// False when the count passed through a year the holiday data does not cover: the date
    /// may then be off by the holidays of that year.
    pub covered: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    /// Golden Week and the September 2026 holidays, as published by the Cabinet Office.
    fn calendar() -> HolidayCalendar {
        let dates = [
            "2026-04-29",
            "2026-05-04",
            "2026-05-05",
            "2026-05-06",
            "2026-09-21",
            "2026-09-22",
            "2026-09-23",
            "2026-12-31",
        ];
        HolidayCalendar::new(dates.map(day), 2026, 2026)
    }

    #[test]
    fn weekends_and_holidays_are_not_business_days() {
        let calendar = calendar();
        assert!(!calendar.is_business_day(day("2026-05-06"))); // a substitute holiday
        assert!(!calendar.is_business_day(day("2026-05-09"))); // a Saturday
        assert!(calendar.is_business_day(day("2026-05-07")));
    }

    #[test]
    fn counting_skips_golden_week() {
        let calendar = calendar();
        // Five business days before Thursday 7 May 2026: 1 May (Fri), 30 Apr, 28, 27, 24 Apr.
        let counted = calendar.business_days_before(day("2026-05-07"), 5).unwrap();
        assert_eq!(counted.date, day("2026-04-24"));
        assert!(counted.covered);
        let after = calendar.business_days_after(day("2026-09-18"), 1).unwrap();
        assert_eq!(after.date, day("2026-09-24"));
    }

    #[test]
    fn counting_into_an_uncovered_year_is_flagged() {
        let calendar = calendar();
        let counted = calendar.business_days_after(day("2026-12-30"), 3).unwrap();
        assert_eq!(counted.date, day("2027-01-05"));
        assert!(!counted.covered);
        assert!(
            calendar
                .business_days_before(day("2026-12-30"), 0)
                .unwrap()
                .covered
        );
    }
}
