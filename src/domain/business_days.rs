//! Japanese business days: not a Saturday, Sunday or national holiday; for government
//! offices (immigration, embassies' home ministry) not the year-end closure either.
//!
//! Holidays are data (`public/data/holidays-jp.json`), published year by year; a count that
//! reaches a year the data does not cover is flagged so the UI can warn.

use std::collections::BTreeSet;

use chrono::Datelike;
use serde::Deserialize;

use super::data_file::{parse_validated, DataFileError};
use super::date::{CalendarDate, DateError};
use super::localized::Localized;
use super::source::{validate_source, Source};

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
    pub government_closure: GovernmentClosure,
}

/// Days every year on which government offices are closed by law besides weekends and
/// national holidays (29 December to 3 January, 行政機関の休日に関する法律 art. 1).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GovernmentClosure {
    /// `MM-DD` of the first closed day (in December).
    pub first: MonthDay,
    /// `MM-DD` of the last closed day (in January of the next year).
    pub last: MonthDay,
    pub name: Localized,
    pub source: Source,
}

/// A day of the year, `MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct MonthDay {
    pub month: u32,
    pub day: u32,
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<MonthDay, D::Error> {
        let text = String::deserialize(deserializer)?;
        let parsed = text
            .split_once('-')
            .filter(|(month, day)| month.len() == 2 && day.len() == 2)
            .and_then(|(month, day)| Some((month.parse().ok()?, day.parse().ok()?)))
            // 2024 is a leap year: any real day of the year exists in it.
            .filter(|&(month, day)| CalendarDate::from_ymd(2024, month, day).is_some());
        match parsed {
            Some((month, day)) => Ok(MonthDay { month, day }),
            None => Err(serde::de::Error::custom(
                "expected a day of the year as MM-DD",
            )),
        }
    }
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
            validate_source(&data.source, "source")?;
            validate_source(&data.government_closure.source, "government_closure.source")?;
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
        let closure = &self.government_closure;
        HolidayCalendar::new(
            self.holidays.iter().map(|holiday| holiday.date),
            self.first_year,
            self.last_year,
        )
        .with_government_closure(closure.first, closure.last)
    }
}

/// The national holidays of the years the data covers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HolidayCalendar {
    holidays: BTreeSet<CalendarDate>,
    first_year: i32,
    last_year: i32,
    /// First and last day of the year-end closure of government offices, when known.
    closure: Option<(MonthDay, MonthDay)>,
}

/// Whose working days a count uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offices {
    /// Businesses and hospitals: weekends and national holidays off.
    Private,
    /// Government offices (visa sections, immigration): also closed over the year end.
    Government,
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
            closure: None,
        }
    }

    /// The same calendar, with government offices closed from `first` (December) to `last`
    /// (January) every year.
    pub fn with_government_closure(self, first: MonthDay, last: MonthDay) -> HolidayCalendar {
        HolidayCalendar {
            closure: Some((first, last)),
            ..self
        }
    }

    /// A day of the year-end closure of government offices. The closure is law, not
    /// yearly data, so it holds in every year.
    pub fn is_government_closure(&self, date: CalendarDate) -> bool {
        let Some((first, last)) = self.closure else {
            return false;
        };
        let day = MonthDay {
            month: date.naive_date().month(),
            day: date.day(),
        };
        // The closure runs across the new year: from `first` to 31 Dec, or 1 Jan to `last`.
        if first <= last {
            (first..=last).contains(&day)
        } else {
            day >= first || day <= last
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

    /// A working day of `offices`.
    pub fn is_working_day(&self, date: CalendarDate, offices: Offices) -> bool {
        self.is_business_day(date)
            && !(offices == Offices::Government && self.is_government_closure(date))
    }

    /// The working day of `offices` that is `count` working days before `date` (`date` itself
    /// not counted), and whether every day passed over was inside the covered years.
    pub fn working_days_before(
        &self,
        date: CalendarDate,
        count: u32,
        offices: Offices,
    ) -> Result<Counted, DateError> {
        self.step(date, count, -1, offices)
    }

    fn step(
        &self,
        date: CalendarDate,
        count: u32,
        direction: i64,
        offices: Offices,
    ) -> Result<Counted, DateError> {
        let mut current = date;
        let mut remaining = count;
        let mut covered = self.covers(date);
        while remaining > 0 {
            current = current.add_days(direction)?;
            covered &= self.covers(current);
            if self.is_working_day(current, offices) {
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
        let counted = calendar
            .working_days_before(day("2026-05-07"), 5, Offices::Private)
            .unwrap();
        assert_eq!(counted.date, day("2026-04-24"));
        assert!(counted.covered);
        // The September holidays: Thu 24 back to Fri 18.
        let september = calendar
            .working_days_before(day("2026-09-24"), 1, Offices::Private)
            .unwrap();
        assert_eq!(september.date, day("2026-09-18"));
    }

    #[test]
    fn government_offices_are_closed_from_29_december_to_3_january() {
        let md = |month, day| MonthDay { month, day };
        let calendar = calendar().with_government_closure(md(12, 29), md(1, 3));
        // Tue 29 Dec 2026 and Mon 4 Jan 2027... 4 Jan is open again.
        assert!(calendar.is_government_closure(day("2026-12-29")));
        assert!(calendar.is_government_closure(day("2027-01-03")));
        assert!(!calendar.is_government_closure(day("2027-01-04")));
        assert!(!calendar.is_government_closure(day("2026-12-28")));
        assert!(calendar.is_working_day(day("2026-12-29"), Offices::Private));
        assert!(!calendar.is_working_day(day("2026-12-29"), Offices::Government));
        // Five government working days before Thu 7 Jan 2027: 6, 5, 4 Jan, then (29 Dec to
        // 3 Jan closed, 26–27 weekend) 28 and 25 Dec.
        let counted = calendar
            .working_days_before(day("2027-01-07"), 5, Offices::Government)
            .unwrap();
        assert_eq!(counted.date, day("2026-12-25"));
        // Businesses only skip the weekend and the holidays the data lists.
        let private = calendar
            .working_days_before(day("2027-01-07"), 5, Offices::Private)
            .unwrap();
        assert_eq!(private.date, day("2026-12-30"));
    }

    #[test]
    fn counting_into_an_uncovered_year_is_flagged() {
        let calendar = calendar();
        // The data covers 2026 only: Tue 5 Jan 2027 back 3 days (1 Jan unknown, 31 Dec a
        // holiday) is Wed 30 Dec, reached through an uncovered year.
        let counted = calendar
            .working_days_before(day("2027-01-05"), 3, Offices::Private)
            .unwrap();
        assert_eq!(counted.date, day("2026-12-30"));
        assert!(!counted.covered);
        assert!(
            calendar
                .working_days_before(day("2026-12-30"), 0, Offices::Private)
                .unwrap()
                .covered
        );
    }
}
