use std::str::FromStr;

use rust_decimal::Decimal;

use super::*;
use crate::domain::estimate::DraftLine;
use crate::domain::money::Yen;

const SCHEDULES: [(&str, &str); 5] = [
    (
        "example-heavy-ion.json",
        include_str!("../../public/data/fee-schedules/example-heavy-ion.json"),
    ),
    (
        "example-interpreters.json",
        include_str!("../../public/data/fee-schedules/example-interpreters.json"),
    ),
    (
        "example-second-opinion.json",
        include_str!("../../public/data/fee-schedules/example-second-opinion.json"),
    ),
    (
        "example-self-pay-20-yen.json",
        include_str!("../../public/data/fee-schedules/example-self-pay-20-yen.json"),
    ),
    (
        "example-self-pay-30-yen.json",
        include_str!("../../public/data/fee-schedules/example-self-pay-30-yen.json"),
    ),
];

fn schedule(index: usize) -> FeeSchedule {
    let (name, text) = SCHEDULES[index];
    FeeSchedule::parse(name, text).expect("a shipped schedule parses")
}

/// Every item of the schedule once, with a quantity its pricing accepts, plus own costs.
fn entered(schedule: &FeeSchedule) -> SavedEstimate {
    let mut saved = SavedEstimate::new(&schedule.id);
    saved.draft.lines = schedule
        .items
        .iter()
        .map(|item| DraftLine {
            item_id: item.id.clone(),
            quantity: Decimal::from(45),
        })
        .collect();
    saved.draft.coordinator_fee = Some(Yen::new(150_000).unwrap());
    saved.draft.contingency_percent = Decimal::from_str("12.5").unwrap();
    saved.prepaid = Some(Yen::new(3_000_000).unwrap());
    saved
}

fn sample_file() -> EstimateFile {
    let schedule = schedule(0);
    let saved = entered(&schedule);
    EstimateFile::new(
        "2026-11-29T09:30:00.000Z".into(),
        "ja".into(),
        "Osaka Care Desk".into(),
        EstimateRecord::new(schedule, saved).unwrap(),
    )
}

#[test]
fn every_shipped_schedule_reads_back_as_written() {
    for index in 0..SCHEDULES.len() {
        let schedule = schedule(index);
        let text = serde_json::to_string(&schedule).unwrap();
        assert_eq!(FeeSchedule::parse("again.json", &text), Ok(schedule));
    }
}

#[test]
fn an_estimate_file_round_trips_for_every_schedule() {
    for index in 0..SCHEDULES.len() {
        let schedule = schedule(index);
        let saved = entered(&schedule);
        let file = EstimateFile::new(
            "2026-11-29T09:30:00.000Z".into(),
            "en".into(),
            "Desk".into(),
            EstimateRecord::new(schedule, saved).unwrap(),
        );
        assert_eq!(EstimateFile::parse(&file.to_json()), Ok(file));
    }
}

#[test]
fn figures_that_differ_from_the_lines_are_refused() {
    let mut file = sample_file();
    file.estimate.figures.total.low = Yen::new(1).unwrap();
    assert_eq!(
        EstimateFile::parse(&file.to_json()),
        Err(EstimateFileError::Record(RecordError::Figures))
    );
    // What was entered changed but not the figures: refused the same way.
    let mut file = sample_file();
    file.estimate.entered.draft.coordinator_fee = Some(Yen::new(1).unwrap());
    assert_eq!(
        EstimateFile::parse(&file.to_json()),
        Err(EstimateFileError::Record(RecordError::Figures))
    );
}

#[test]
fn an_invalid_schedule_inside_is_named() {
    let mut file = sample_file();
    file.estimate.schedule.sources.clear();
    assert!(matches!(
        EstimateFile::parse(&file.to_json()),
        Err(EstimateFileError::Record(RecordError::Schedule { field, .. })) if field == "sources"
    ));
}

#[test]
fn each_bad_file_has_its_own_error() {
    let json = sample_file().to_json();
    let cut = &json[..json.len() / 2];
    assert_eq!(EstimateFile::parse(cut), Err(EstimateFileError::Malformed));
    assert_eq!(
        EstimateFile::parse(r#"{"format": "japan-care-planner/packet", "schema_version": 1}"#),
        Err(EstimateFileError::OtherFormat(OtherFormat::Packet))
    );
    assert_eq!(
        EstimateFile::parse(SCHEDULES[1].1),
        Err(EstimateFileError::OtherFormat(OtherFormat::FeeSchedule))
    );
    assert_eq!(
        EstimateFile::parse(r#"{"hello": 1}"#),
        Err(EstimateFileError::NotAnEstimate)
    );
    assert_eq!(
        EstimateFile::parse(&json.replacen("\"schema_version\": 1", "\"schema_version\": 7", 1)),
        Err(EstimateFileError::Newer { found: 7 })
    );
    assert!(matches!(
        EstimateFile::parse(&json.replacen("\"made_by\"", "\"maker\"", 1)),
        Err(EstimateFileError::Invalid { .. })
    ));
    let large = " ".repeat(MAX_ESTIMATE_BYTES + 1);
    assert_eq!(
        EstimateFile::parse(&large),
        Err(EstimateFileError::TooLarge {
            bytes: MAX_ESTIMATE_BYTES + 1
        })
    );
    let deep = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    assert_eq!(
        EstimateFile::parse(&deep),
        Err(EstimateFileError::Malformed)
    );
}

#[test]
fn the_file_name_is_dated_and_names_the_schedule() {
    assert_eq!(
        sample_file().file_name(),
        "estimate-2026-11-29-example-heavy-ion.json"
    );
}
