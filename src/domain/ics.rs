//! Timeline dates as an iCalendar file (RFC 5545) of all-day events, built with the
//! `icalendar` crate rather than by hand (line folding, escaping and CRLF are its job).

use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike};

use super::date::CalendarDate;

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CalendarEntry {
    pub date: CalendarDate,
    pub summary: String,
    pub description: String,
    /// Stable across exports, so re-importing updates events instead of duplicating them.
    pub uid: String,
}

/// The `.ics` text for `entries`. `stamp` is when the file was made (DTSTAMP), passed in so
/// the result is reproducible and no clock is read.
pub fn to_ics(calendar_name: &str, entries: &[CalendarEntry], stamp: DateTime<Utc>) -> String {
    let mut calendar = Calendar::new();
    calendar.name(calendar_name);
    for entry in entries {
        calendar.push(
            Event::new()
                .uid(&entry.uid)
                .timestamp(stamp)
                .summary(&entry.summary)
                .description(&entry.description)
                .all_day(entry.date.naive_date())
                .done(),
        );
    }
    calendar.done().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_all_day_events_with_crlf_lines() {
        let entries = [CalendarEntry {
            date: CalendarDate::from_ymd(2027, 3, 15).expect("date"),
            summary: "治療開始".into(),
            description: "Treatment starts".into(),
            uid: "treatment-start-2027-03-15@japan-care-planner".into(),
        }];
        let stamp = DateTime::from_timestamp(1_795_000_000, 0).expect("timestamp");
        let text = to_ics("Trip", &entries, stamp);
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.contains("DTSTART;VALUE=DATE:20270315\r\n"));
        assert!(text.contains("UID:treatment-start-2027-03-15@japan-care-planner\r\n"));
        assert!(
            text.lines().all(|line| line.len() <= 75),
            "lines are folded"
        );
    }
}
