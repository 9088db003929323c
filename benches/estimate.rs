//! `make bench`: time to recompute an estimate of 50 lines against a shipped schedule.
//! Prints figures; no pass or fail (performance goals live here, not in tests).

use std::hint::black_box;
use std::str::FromStr;
use std::time::Instant;

use japan_care_planner::domain::estimate::{compute, DraftLine, EstimateDraft, TravelCosts};
use japan_care_planner::domain::fee_schedule::FeeSchedule;
use japan_care_planner::domain::money::Yen;
use rust_decimal::Decimal;

fn main() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/public/data/fee-schedules/example-second-opinion.json"
    );
    let text = std::fs::read_to_string(path).expect("the sample schedule is readable");
    let schedule = FeeSchedule::parse("example-second-opinion.json", &text).expect("valid");
    let items: Vec<&str> = schedule.items.iter().map(|item| item.id.as_str()).collect();
    let draft = EstimateDraft {
        lines: (0..50)
            .map(|index| DraftLine {
                item_id: items[index % items.len()].to_owned(),
                quantity: Decimal::from_str(&format!("{}", 30 + index * 7)).expect("decimal"),
            })
            .collect(),
        coordinator_fee: Yen::new(50_000).ok(),
        travel: TravelCosts {
            companions: 2,
            flight_per_person: Yen::new(85_000).ok(),
            nights: 21,
            nightly_rate: Yen::new(14_000).ok(),
            other: Yen::new(30_000).ok(),
        },
        contingency_percent: Decimal::TEN,
        ..EstimateDraft::new("example-second-opinion")
    };

    let rounds = 2_000;
    let mut samples = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let start = Instant::now();
        black_box(compute(black_box(&schedule), black_box(&draft)).expect("computes"));
        samples.push(start.elapsed().as_nanos());
    }
    samples.sort_unstable();
    let micros = |nanos: u128| nanos as f64 / 1000.0;
    println!(
        "estimate, 50 lines, native: median {:.1} µs, p95 {:.1} µs, max {:.1} µs ({rounds} runs)",
        micros(samples[rounds / 2]),
        micros(samples[rounds * 95 / 100]),
        micros(samples[rounds - 1])
    );

    let start = Instant::now();
    for _ in 0..rounds {
        black_box(
            FeeSchedule::parse("example-second-opinion.json", black_box(&text)).expect("valid"),
        );
    }
    println!(
        "schedule parse + validation, native: {:.1} µs per file",
        micros(start.elapsed().as_nanos()) / rounds as f64
    );
}
