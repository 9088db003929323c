//! A property target for everything that reads a file a user picks: the packet parser and the
//! sealed-packet parser must answer every input with a value or an error, never a panic.
//! Not in CI (it takes a while): `make fuzz` runs it and prints how many inputs ran.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::atomic::{AtomicUsize, Ordering};

use japan_care_planner::domain::intake::Intake;
use japan_care_planner::domain::packet::Packet;
use japan_care_planner::domain::sealed::{is_sealed, SealedPacket};
use proptest::prelude::*;

const CASES: u32 = 100_000;
static RAN: AtomicUsize = AtomicUsize::new(0);

fn read_everything(text: &str) {
    RAN.fetch_add(1, Ordering::Relaxed);
    let _ = Packet::parse(text);
    let _ = is_sealed(text);
    let _ = SealedPacket::parse(text);
}

fn valid_packet() -> String {
    let mut intake = Intake::default();
    intake.patient.name = "Nguyễn Văn A".into();
    intake.diagnosis = "肝細胞がん".into();
    Packet::new(
        "2026-11-21T08:00:00Z".into(),
        "vi".into(),
        "Bố".into(),
        intake,
    )
    .to_json()
}

/// JSON-shaped text with deep nesting and the packet's own keys, to get past the first checks.
fn json_like() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        "[a-z_\\\\\"\u{80}-\u{10ffff}]{0,12}".prop_map(|s| format!("{s:?}")),
        Just("\"japan-care-planner/packet\"".to_owned()),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6)
                .prop_map(|items| format!("[{}]", items.join(","))),
            prop::collection::vec(
                (
                    prop_oneof![
                        Just("format"),
                        Just("schema_version"),
                        Just("intake"),
                        Just("x")
                    ],
                    inner
                ),
                0..6
            )
            .prop_map(|fields| {
                let body: Vec<String> =
                    fields.iter().map(|(k, v)| format!("\"{k}\":{v}")).collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, ..ProptestConfig::default() })]

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn any_text_is_answered_without_a_panic(text in "\\PC{0,300}") {
        read_everything(&text);
    }

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn a_damaged_packet_is_answered_without_a_panic(
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8)
    ) {
        let mut bytes = valid_packet().into_bytes();
        for (at, byte, how) in cuts {
            let index = at.index(bytes.len().max(1));
            match how {
                0 if index < bytes.len() => bytes[index] = byte,
                1 => bytes.insert(index.min(bytes.len()), byte),
                _ if index < bytes.len() => { bytes.remove(index); }
                _ => {}
            }
        }
        read_everything(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    #[ignore = "long-running: make fuzz"]
    fn json_shaped_input_is_answered_without_a_panic(text in json_like()) {
        read_everything(&text);
    }
}

#[test]
#[ignore = "long-running: make fuzz"]
fn zz_report() {
    // Runs after the others in the default alphabetical order with --test-threads=1.
    println!(
        "packet fuzz: {} inputs read, none panicked",
        RAN.load(Ordering::Relaxed)
    );
}
