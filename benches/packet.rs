//! `make bench`: time to read a 1 MB packet (the import's parse, version check and
//! validation), and to write one, natively.

use std::hint::black_box;
use std::time::Instant;

use japan_care_planner::domain::intake::{HistoryEntry, HistoryKind, Intake};
use japan_care_planner::domain::packet::Packet;

fn main() {
    let mut intake = Intake::default();
    intake.patient.name = "Анна Иванова".into();
    intake.diagnosis = "前立腺がん".into();
    // A long history with long reports: what a real 1 MB packet would be made of.
    let mut entry = 0;
    let mut packet = Packet::new(String::new(), "ru".into(), "Bench".into(), intake.clone());
    while packet.to_json().len() < 1_000_000 {
        for _ in 0..100 {
            entry += 1;
            intake.history.push(HistoryEntry {
                kind: HistoryKind::Chemotherapy,
                when: format!("cycle {entry}"),
                details: "Docetaxel 75 mg/m², PSA 4.2 ng/ml, 副作用なし. ".repeat(4),
                ..HistoryEntry::default()
            });
        }
        packet.intake = intake.clone();
    }
    let text = packet.to_json();
    let rounds = 50;
    let mut reads = Vec::with_capacity(rounds);
    let mut writes = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        let parsed = Packet::parse(black_box(&text)).expect("the bench packet is valid");
        reads.push(start.elapsed());
        let start = Instant::now();
        black_box(parsed.to_json());
        writes.push(start.elapsed());
    }
    reads.sort();
    writes.sort();
    println!(
        "Packet of {:.2} MB ({} history entries): read {:.2} ms, write {:.2} ms (median of {rounds}, native)",
        text.len() as f64 / 1_000_000.0,
        packet.intake.history.len(),
        reads[rounds / 2].as_secs_f64() * 1000.0,
        writes[rounds / 2].as_secs_f64() * 1000.0,
    );
}
