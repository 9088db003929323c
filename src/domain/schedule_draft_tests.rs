use serde_json::json;

use super::*;

fn shipped(id: &str) -> String {
    let path = format!(
        "{}/public/data/fee-schedules/{id}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(path).expect("shipped schedule")
}

fn texts(en: &str) -> Texts {
    Texts::from([("en".to_owned(), en.to_owned())])
}

/// A schedule with one item of each pricing kind, as the form would build it.
fn every_kind() -> ScheduleDraft {
    let price = |low: &str| PriceDraft {
        low: low.into(),
        ..PriceDraft::default()
    };
    let item = |id: &str, kind: &str| ItemDraft {
        id: id.into(),
        name: texts(id),
        source: "fees".into(),
        kind: kind.into(),
        ..ItemDraft::default()
    };
    ScheduleDraft {
        id: "our-hospital".into(),
        name: texts("Our fees"),
        issuer: texts("Our Hospital"),
        as_of: "2026-10-01".into(),
        sources: vec![SourceDraft {
            id: "fees".into(),
            title: texts("Fees for international patients"),
            url: "https://hospital.example/fees".into(),
            as_of: "2026-10-01".into(),
            checked: "2026-11-20".into(),
        }],
        items: vec![
            ItemDraft {
                price: price("33,000"),
                ..item("consultation", "fixed")
            },
            ItemDraft {
                first_block_minutes: "30".into(),
                first_block: price("22000"),
                additional_block_minutes: "30".into(),
                additional_block: PriceDraft {
                    low: "11000".into(),
                    and_up: true,
                    ..PriceDraft::default()
                },
                ..item("interpreter", "time_blocks")
            },
            ItemDraft {
                unit: "slide".into(),
                price: PriceDraft {
                    low: "１０００".into(),
                    high: "3000".into(),
                    and_up: false,
                },
                ..item("slides", "per_unit")
            },
            ItemDraft {
                yen_per_point: "20".into(),
                ..item("care", "points")
            },
            ItemDraft {
                price: price("3140000"),
                sessions: texts("12 sessions"),
                tax: "added".into(),
                ..item("package", "package")
            },
        ],
        ..ScheduleDraft::default()
    }
}

#[test]
fn a_schedule_of_every_pricing_kind_reads_as_the_estimator_reads_files() {
    let draft = every_kind();
    assert_eq!(draft.problems(), []);
    let schedule = draft.parse().expect("valid");
    assert_eq!(schedule.items.len(), 5);
    assert_eq!(draft.file_name(), "our-hospital.json");
    let file = draft.to_json();
    assert_eq!(file["items"][0]["pricing"]["price"], 33000);
    assert_eq!(
        file["items"][1]["pricing"]["additional_block"],
        json!({"from": 11000})
    );
    assert_eq!(
        file["items"][2]["pricing"]["price"],
        json!({"from": 1000, "to": 3000})
    );
    assert_eq!(file["items"][4]["prices_include_tax"], false);
    assert!(file.get("notice").is_none(), "empty texts are left out");
}

#[test]
fn every_shipped_schedule_opens_and_saves_unchanged() {
    for id in [
        "example-heavy-ion",
        "example-interpreters",
        "example-second-opinion",
        "example-self-pay-20-yen",
        "example-self-pay-30-yen",
    ] {
        let text = shipped(id);
        let original = FeeSchedule::parse("x.json", &text).expect("shipped");
        let draft = ScheduleDraft::from_file_text(&text).expect(id);
        let mut written = draft
            .parse()
            .unwrap_or_else(|error| panic!("{id}: {error}"));
        // A schedule made in the editor is a hospital's own, not one of the app's examples.
        assert!(!written.example);
        written.example = original.example;
        assert_eq!(written, original, "{id}");
        // And the text it writes opens again to the same draft.
        assert_eq!(
            ScheduleDraft::from_file_text(&draft.to_file_text()),
            Ok(draft)
        );
    }
}

#[test]
fn problems_name_their_field_for_every_item() {
    let mut draft = every_kind();
    draft.items[1].first_block.low = "about 20000".into();
    draft.items[3].id = "Care Plan".into();
    draft.sources[0].url = "javascript:alert(1)".into();
    let fields: Vec<String> = draft.problems().into_iter().map(|p| p.field).collect();
    assert!(fields.contains(&"sources[0].url".to_owned()), "{fields:?}");
    assert!(
        fields.contains(&"items[1].pricing.first_block".to_owned()),
        "{fields:?}"
    );
    assert!(fields.contains(&"items[3].id".to_owned()), "{fields:?}");

    let blank: Vec<String> = ScheduleDraft::blank()
        .problems()
        .into_iter()
        .map(|p| p.field)
        .collect();
    assert!(blank.contains(&"as_of".to_owned()), "{blank:?}");
    assert!(
        blank.contains(&"items[0].pricing.price".to_owned()),
        "{blank:?}"
    );
}

#[test]
fn files_that_are_not_schedules_are_refused_with_a_reason() {
    assert!(ScheduleDraft::from_file_text("{").is_err());
    assert!(ScheduleDraft::from_file_text("[1]").is_err());
    let other = ScheduleDraft::from_file_text(r#"{"format": "something-else"}"#);
    assert!(other.unwrap_err().contains("format"));
}
