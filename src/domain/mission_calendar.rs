//! The working days of the Japanese embassy or consulate where the patient applies for the
//! visa (`public/data/mission-holidays.json`).
//!
//! Each office sets its own closures, a mix of local and Japanese holidays capped at Japan's
//! count (MOFA), and publishes them year by year. A year the office has published in full is
//! counted as published: weekends and the listed days. A year it has not (or only one
//! holiday's notice) is counted conservatively — weekends, Japan's national holidays and the
//! year-end closure, any days it did list — and the count then adds a stated margin for the
//! local closures nobody can know yet.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::business_days::{HolidayCalendar, Offices};
use super::data_file::{is_slug, parse_validated, DataFileError};
use super::date::{CalendarDate, DateError};
use super::localized::Localized;
use super::source::{is_https_address, validate_sources, Source};

/// The `format` value of the file.
pub const MISSION_HOLIDAYS_FORMAT: &str = "japan-care-planner/mission-holidays";

/// The choice of office that stands for "an office this file does not list".
pub const OTHER_OFFICE: &str = "other";

/// `public/data/mission-holidays.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionData {
    pub format: String,
    pub schema_version: u32,
    /// How offices set their closures, shown beside the visa step.
    pub notice: Localized,
    /// The source of `notice`.
    pub notice_source: String,
    pub sources: Vec<Source>,
    pub countries: Vec<MissionCountry>,
    /// The margin for an office this file does not list.
    pub other: Margin,
}

/// The offices in one country, the one for most applicants first.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionCountry {
    /// ISO 3166-1 alpha-2.
    pub code: String,
    pub missions: Vec<Mission>,
}

/// One embassy or consulate-general.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mission {
    pub id: String,
    pub name: Localized,
    /// Where the office publishes each year's closure days: the page to check.
    pub closures_page: String,
    /// The page read for the closures below (a source id).
    pub source: String,
    pub years: Vec<MissionYear>,
    /// Added to a count through a year whose closures are not published in full.
    pub margin: Margin,
}

impl Mission {
    /// Whether the office's closures for `year` are published in full.
    pub fn is_published(&self, year: i32) -> bool {
        self.years
            .iter()
            .any(|listed| listed.year == year && listed.complete && listed.closures.is_some())
    }
}

/// What the office published for one year.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MissionYear {
    pub year: i32,
    /// The closure days besides weekends; `None`: not published when the source was checked.
    pub closures: Option<Vec<CalendarDate>>,
    /// The list is the whole year's, not one holiday's notice.
    #[serde(default)]
    pub complete: bool,
    /// The page that lists them (required with `closures`).
    #[serde(default)]
    pub source: Option<String>,
}

/// Working days added where closures are unknown, and why that many.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Margin {
    pub working_days: u32,
    pub basis: Localized,
    pub source: String,
}

impl MissionData {
    pub fn parse(file: &str, text: &str) -> Result<MissionData, DataFileError> {
        parse_validated(file, text, MissionData::validate)
    }

    pub fn missions(&self) -> impl Iterator<Item = (&str, &Mission)> {
        self.countries.iter().flat_map(|country| {
            country
                .missions
                .iter()
                .map(move |mission| (country.code.as_str(), mission))
        })
    }

    pub fn mission(&self, id: &str) -> Option<&Mission> {
        self.missions()
            .map(|(_, mission)| mission)
            .find(|mission| mission.id == id)
    }

    /// The office a patient applies at: the one chosen, else the first office of the country
    /// they live in (`country`); `None` for an office this file does not list.
    pub fn resolve(&self, chosen: Option<&str>, country: Option<&str>) -> Option<&Mission> {
        match chosen {
            Some(id) => self.mission(id),
            None => self
                .countries
                .iter()
                .find(|listed| country.is_some_and(|code| listed.code.eq_ignore_ascii_case(code)))
                .and_then(|listed| listed.missions.first()),
        }
    }

    /// The calendar of `mission` (`None`: an office this file does not list).
    pub fn calendar<'a>(
        &'a self,
        japan: &'a HolidayCalendar,
        mission: Option<&'a Mission>,
    ) -> MissionCalendar<'a> {
        let margin = mission.map_or(&self.other, |mission| &mission.margin);
        MissionCalendar {
            japan,
            mission,
            margin: margin.working_days,
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    fn validate(&self) -> Result<(), (String, String)> {
        let fail = |field: String, reason: &str| Err((field, reason.to_owned()));
        if self.format != MISSION_HOLIDAYS_FORMAT || self.schema_version != 1 {
            return fail("format".into(), "not a version 1 mission-holidays file");
        }
        validate_sources(&self.sources, "sources")?;
        let known: BTreeSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        let cites = |field: String, id: &str| {
            if known.contains(id) {
                Ok(())
            } else {
                Err((field, "names no source of this file".to_owned()))
            }
        };
        cites("notice_source".into(), &self.notice_source)?;
        cites("other.source".into(), &self.other.source)?;
        let (mut codes, mut ids) = (BTreeSet::new(), BTreeSet::new());
        for (c, country) in self.countries.iter().enumerate() {
            let code_ok =
                country.code.len() == 2 && country.code.bytes().all(|b| b.is_ascii_uppercase());
            if !code_ok || !codes.insert(country.code.as_str()) {
                return fail(format!("countries[{c}].code"), "must be a unique ISO code");
            }
            if country.missions.is_empty() {
                return fail(format!("countries[{c}].missions"), "lists no office");
            }
            for (m, mission) in country.missions.iter().enumerate() {
                let field = |name: &str| format!("countries[{c}].missions[{m}].{name}");
                if !is_slug(&mission.id) || mission.id == OTHER_OFFICE || !ids.insert(&mission.id) {
                    return fail(field("id"), "must be a unique slug");
                }
                if !mission.name.has("en") {
                    return fail(field("name"), "needs English text (\"en\")");
                }
                if !is_https_address(&mission.closures_page) {
                    return fail(field("closures_page"), "must be an https:// address");
                }
                cites(field("source"), &mission.source)?;
                cites(field("margin.source"), &mission.margin.source)?;
                validate_years(mission, &cites).map_err(|(name, why)| (field(&name), why))?;
            }
        }
        Ok(())
    }
}

/// Each year once, its closures inside it and cited, and a margin no shorter than the
/// longest closure the office published (the local holiday a margin stands in for).
fn validate_years(
    mission: &Mission,
    cites: &impl Fn(String, &str) -> Result<(), (String, String)>,
) -> Result<(), (String, String)> {
    let mut years = BTreeSet::new();
    for (index, year) in mission.years.iter().enumerate() {
        let field = |name: &str| format!("years[{index}].{name}");
        if !years.insert(year.year) {
            return Err((field("year"), "appears twice".into()));
        }
        let Some(closures) = &year.closures else {
            if year.complete {
                return Err((
                    field("complete"),
                    "a list not published is not complete".into(),
                ));
            }
            continue;
        };
        if closures.iter().any(|day| day.year() != year.year) {
            return Err((field("closures"), "lists a day of another year".into()));
        }
        match &year.source {
            Some(source) => cites(field("source"), source)?,
            None => return Err((field("source"), "a published list needs its source".into())),
        }
        if longest_closure(closures) > mission.margin.working_days {
            return Err((
                "margin.working_days".into(),
                "shorter than a closure the office published".into(),
            ));
        }
    }
    Ok(())
}

/// The most weekdays in one run of closures (weekends between them do not break a run).
pub fn longest_closure(closures: &[CalendarDate]) -> u32 {
    let weekdays: BTreeSet<CalendarDate> = closures
        .iter()
        .copied()
        .filter(|day| !day.is_weekend())
        .collect();
    let (mut longest, mut run, mut previous) = (0, 0, None::<CalendarDate>);
    for day in weekdays {
        let follows = previous.is_some_and(|previous| next_weekday(previous) == Some(day));
        run = if follows { run + 1 } else { 1 };
        longest = longest.max(run);
        previous = Some(day);
    }
    longest
}

fn next_weekday(day: CalendarDate) -> Option<CalendarDate> {
    let mut next = day.add_days(1).ok()?;
    while next.is_weekend() {
        next = next.add_days(1).ok()?;
    }
    Some(next)
}

/// What an office's list for one year allows the count to rely on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum YearList<'a> {
    Complete(&'a [CalendarDate]),
    Partial(&'a [CalendarDate]),
    Unpublished,
}

/// An office's open days; see the module comment for years it has not published.
#[derive(Clone, Copy, Debug)]
pub struct MissionCalendar<'a> {
    japan: &'a HolidayCalendar,
    mission: Option<&'a Mission>,
    margin: u32,
}

/// A day reached by counting an office's working days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MissionCount {
    pub date: CalendarDate,
    /// Every day passed over was inside the years Japan's holiday data covers.
    pub japan_covered: bool,
    /// The working days added because a year counted is not published in full.
    pub margin_added: Option<u32>,
}

/// No office is closed this long: a search past it means the data lists every day.
const LONGEST_SEARCH_DAYS: u32 = 366;

impl<'a> MissionCalendar<'a> {
    /// An office with no list at all and no margin: Japan's government calendar. For tests
    /// and for counts that do not depend on an office.
    pub fn japan_only(japan: &'a HolidayCalendar) -> MissionCalendar<'a> {
        MissionCalendar {
            japan,
            mission: None,
            margin: 0,
        }
    }

    pub fn japan(&self) -> &'a HolidayCalendar {
        self.japan
    }

    pub fn mission(&self) -> Option<&'a Mission> {
        self.mission
    }

    fn list(&self, year: i32) -> YearList<'a> {
        let published = self
            .mission
            .and_then(|mission| mission.years.iter().find(|listed| listed.year == year))
            .and_then(|listed| Some((listed.closures.as_deref()?, listed.complete)));
        match published {
            Some((days, true)) => YearList::Complete(days),
            Some((days, false)) => YearList::Partial(days),
            None => YearList::Unpublished,
        }
    }

    /// The office's list for `year` is published in full.
    pub fn is_published(&self, year: i32) -> bool {
        self.mission
            .is_some_and(|mission| mission.is_published(year))
    }

    pub fn is_open(&self, date: CalendarDate) -> bool {
        if date.is_weekend() {
            return false;
        }
        let japan_open = || self.japan.is_working_day(date, Offices::Government);
        match self.list(date.year()) {
            YearList::Complete(days) => !days.contains(&date),
            YearList::Partial(days) => !days.contains(&date) && japan_open(),
            YearList::Unpublished => japan_open(),
        }
    }

    /// The open day `count` open days before `date` (`date` not counted), plus the margin
    /// when a day counted lies in a year not published in full.
    pub fn working_days_before(
        &self,
        date: CalendarDate,
        count: u32,
    ) -> Result<MissionCount, DateError> {
        let (mut current, mut japan_covered, mut unknown) = (date, self.japan.covers(date), false);
        let mut remaining = count;
        let mut margin_added = None;
        loop {
            while remaining > 0 {
                current = self.open_day_before(current)?;
                japan_covered &= self.japan.covers(current);
                unknown |= !self.is_published(current.year());
                remaining -= 1;
            }
            if unknown && margin_added.is_none() && self.margin > 0 {
                margin_added = Some(self.margin);
                remaining = self.margin;
                continue;
            }
            break;
        }
        Ok(MissionCount {
            date: current,
            japan_covered,
            margin_added,
        })
    }

    /// The last open day before `date`.
    pub fn open_day_before(&self, date: CalendarDate) -> Result<CalendarDate, DateError> {
        self.open_on_or_before(date.add_days(-1)?)
    }

    /// `date` when the office is open then, else the open day before it.
    pub fn open_on_or_before(&self, date: CalendarDate) -> Result<CalendarDate, DateError> {
        let mut day = date;
        for _ in 0..LONGEST_SEARCH_DAYS {
            if self.is_open(day) {
                return Ok(day);
            }
            day = day.add_days(-1)?;
        }
        Err(DateError::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::business_days::MonthDay;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    fn japan() -> HolidayCalendar {
        let md = |month, day| MonthDay { month, day };
        HolidayCalendar::new(["2027-02-11", "2027-02-23"].map(day), 2026, 2027)
            .with_government_closure(md(12, 29), md(1, 3))
    }

    fn margin(days: u32) -> Margin {
        Margin {
            working_days: days,
            basis: Localized::from([("en", "test")]),
            source: "s".into(),
        }
    }

    fn office(years: Vec<MissionYear>) -> Mission {
        Mission {
            id: "cn-guangzhou".into(),
            name: Localized::from([("en", "Guangzhou")]),
            closures_page: "https://example.org/".into(),
            source: "s".into(),
            years,
            margin: margin(6),
        }
    }

    fn published(year: i32, days: &[&str], complete: bool) -> MissionYear {
        MissionYear {
            year,
            closures: Some(days.iter().map(|text| day(text)).collect()),
            complete,
            source: Some("s".into()),
        }
    }

    fn calendar<'a>(japan: &'a HolidayCalendar, mission: &'a Mission) -> MissionCalendar<'a> {
        MissionCalendar {
            japan,
            mission: Some(mission),
            margin: mission.margin.working_days,
        }
    }

    #[test]
    fn a_published_year_closes_its_listed_days_and_only_those() {
        let japan = japan();
        let festival = ["2027-02-08", "2027-02-09", "2027-02-10", "2027-02-12"];
        let mission = office(vec![published(2027, &festival, true)]);
        let office = calendar(&japan, &mission);
        assert!(!office.is_open(day("2027-02-09")));
        // Japan's holiday is not the office's closure when its own list says otherwise.
        assert!(office.is_open(day("2027-02-11")));
        assert!(!office.is_open(day("2027-02-13")), "a Saturday");
        // Mon 15 Feb back 3 open days: 11 Feb, then (8–10, 12 closed) 5 and 4 Feb.
        let counted = office.working_days_before(day("2027-02-15"), 3).unwrap();
        assert_eq!(counted.date, day("2027-02-04"));
        assert_eq!(counted.margin_added, None);
    }

    #[test]
    fn an_unpublished_year_is_counted_with_japans_days_and_the_margin() {
        let japan = japan();
        let mission = office(vec![MissionYear {
            year: 2027,
            closures: None,
            complete: false,
            source: None,
        }]);
        let office = calendar(&japan, &mission);
        assert!(
            !office.is_open(day("2027-02-11")),
            "Japan's holiday, to be safe"
        );
        assert!(!office.is_open(day("2026-12-31")), "the year-end closure");
        // Mon 1 Mar back 10 open days is Fri 12 Feb (11 and 23 Feb closed); 6 more: 10, 9,
        // 8, 5, 4, 3 Feb.
        let counted = office.working_days_before(day("2027-03-01"), 10).unwrap();
        assert_eq!(counted.date, day("2027-02-03"));
        assert_eq!(counted.margin_added, Some(6));
        assert!(counted.japan_covered);
    }

    #[test]
    fn a_partial_list_closes_its_days_as_well_as_japans() {
        let japan = japan();
        let mission = office(vec![published(2027, &["2027-02-08"], false)]);
        let office = calendar(&japan, &mission);
        assert!(!office.is_open(day("2027-02-08")));
        assert!(!office.is_open(day("2027-02-11")));
        // Wed 10 Feb back 1 is 9 Feb; the margin's 6 more skip 8 Feb: 5, 4, 3, 2, 1 Feb, 29 Jan.
        let counted = office.working_days_before(day("2027-02-10"), 1).unwrap();
        assert_eq!(counted.date, day("2027-01-29"));
        assert_eq!(counted.margin_added, Some(6));
    }

    #[test]
    fn named_days_snap_to_the_open_day_before() {
        let japan = japan();
        let office = MissionCalendar::japan_only(&japan);
        assert_eq!(
            office.open_on_or_before(day("2027-01-03")).unwrap(),
            day("2026-12-28")
        );
        assert_eq!(
            office.open_day_before(day("2027-02-12")).unwrap(),
            day("2027-02-10")
        );
        assert_eq!(
            office.open_on_or_before(day("2027-02-10")).unwrap(),
            day("2027-02-10")
        );
    }

    #[test]
    fn the_longest_closure_counts_weekdays_across_a_weekend() {
        // Guangzhou, Spring Festival 2024: Fri 9 to Sat 17 February.
        let days: Vec<CalendarDate> = (9..=17).map(|d| day(&format!("2024-02-{d:02}"))).collect();
        assert_eq!(longest_closure(&days), 6);
        assert_eq!(longest_closure(&[day("2024-05-01"), day("2024-05-03")]), 1);
        assert_eq!(longest_closure(&[]), 0);
    }
}
