//! The exported calendar read back by an independent parser (the `ical` crate), as a calendar
//! application would read it.
#![cfg(not(target_arch = "wasm32"))]

use chrono::DateTime;
use ical::IcalParser;

use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::ics::{to_ics, CalendarEntry};

fn property<'a>(
    event: &'a ical::parser::ical::component::IcalEvent,
    name: &str,
) -> Option<&'a ical::property::Property> {
    event
        .properties
        .iter()
        .find(|property| property.name == name)
}

#[test]
fn an_independent_parser_reads_back_every_event() {
    let long_note = "コーディネーターに連絡する。病院の返信には約2週間かかります。".repeat(4);
    let entries: Vec<CalendarEntry> = [
        ("2026-12-15", "Contact your coordinator"),
        ("2027-03-14", "到着"),
        ("2027-03-15", "治疗开始, 第1次; 携带护照"),
    ]
    .iter()
    .enumerate()
    .map(|(index, (date, summary))| CalendarEntry {
        date: CalendarDate::parse_iso(date).expect("date"),
        summary: (*summary).to_owned(),
        description: long_note.clone(),
        uid: format!("step-{index}-{date}@japan-care-planner"),
    })
    .collect();
    let stamp = DateTime::from_timestamp(1_795_000_000, 0).expect("timestamp");
    let text = to_ics("Japan Care Planner", &entries, stamp);

    let calendars: Vec<_> = IcalParser::new(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("parses");
    assert_eq!(calendars.len(), 1);
    let events = &calendars[0].events;
    assert_eq!(events.len(), 3);
    for (event, entry) in events.iter().zip(&entries) {
        let start = property(event, "DTSTART").expect("DTSTART");
        assert_eq!(
            start.value.as_deref(),
            Some(entry.date.to_string().replace('-', "").as_str())
        );
        let params = start.params.as_ref().expect("VALUE=DATE");
        assert!(params
            .iter()
            .any(|(key, values)| key == "VALUE" && values == &["DATE"]));
        // Escaped commas and semicolons, folded long lines: read back unchanged.
        let summary = property(event, "SUMMARY")
            .and_then(|p| p.value.clone())
            .expect("SUMMARY");
        assert_eq!(
            summary.replace("\\,", ",").replace("\\;", ";"),
            entry.summary
        );
        let description = property(event, "DESCRIPTION")
            .and_then(|p| p.value.clone())
            .expect("DESCRIPTION");
        assert_eq!(description, entry.description);
        assert_eq!(
            property(event, "UID").and_then(|p| p.value.as_deref()),
            Some(entry.uid.as_str())
        );
        assert!(property(event, "DTSTAMP").is_some());
    }
}
