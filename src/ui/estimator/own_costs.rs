use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;

use crate::domain::estimate::{SavedEstimate, MAX_COMPANIONS, MAX_NIGHTS};
use crate::domain::fee_schedule::MAX_PRICE_YEN;
use crate::domain::quantity::NumberRules;
use crate::i18n::use_i18n;
use crate::ui::components::NumberField;
use crate::ui::estimator::state::use_estimator;
use crate::ui::format::{decimal_text, yen_from_input, yen_input_text};

/// A field of the patient's own figures: where its value lives in the saved estimate.
struct OwnField {
    id: &'static str,
    label_key: &'static str,
    rules: NumberRules,
    read: fn(&SavedEstimate) -> String,
    write: fn(&mut SavedEstimate, Option<Decimal>),
}

fn count(value: Option<Decimal>) -> u32 {
    value.and_then(|value| value.to_u32()).unwrap_or(0)
}

const OWN_FIELDS: [OwnField; 7] = [
    OwnField {
        id: "coordinator-fee",
        label_key: "estimate-coordinator-fee",
        rules: NumberRules::whole(MAX_PRICE_YEN),
        read: |saved| yen_input_text(saved.draft.coordinator_fee),
        write: |saved, value| saved.draft.coordinator_fee = yen_from_input(value),
    },
    OwnField {
        id: "companions",
        label_key: "estimate-companions",
        rules: NumberRules::whole(MAX_COMPANIONS as i64),
        read: |saved| saved.draft.travel.companions.to_string(),
        write: |saved, value| saved.draft.travel.companions = count(value),
    },
    OwnField {
        id: "flight",
        label_key: "estimate-flight",
        rules: NumberRules::whole(MAX_PRICE_YEN),
        read: |saved| yen_input_text(saved.draft.travel.flight_per_person),
        write: |saved, value| saved.draft.travel.flight_per_person = yen_from_input(value),
    },
    OwnField {
        id: "nights",
        label_key: "estimate-nights",
        rules: NumberRules::whole(MAX_NIGHTS as i64),
        read: |saved| saved.draft.travel.nights.to_string(),
        write: |saved, value| saved.draft.travel.nights = count(value),
    },
    OwnField {
        id: "nightly-rate",
        label_key: "estimate-nightly-rate",
        rules: NumberRules::whole(MAX_PRICE_YEN),
        read: |saved| yen_input_text(saved.draft.travel.nightly_rate),
        write: |saved, value| saved.draft.travel.nightly_rate = yen_from_input(value),
    },
    OwnField {
        id: "other-costs",
        label_key: "estimate-other-costs",
        rules: NumberRules::whole(MAX_PRICE_YEN),
        read: |saved| yen_input_text(saved.draft.travel.other),
        write: |saved, value| saved.draft.travel.other = yen_from_input(value),
    },
    OwnField {
        id: "contingency",
        label_key: "estimate-contingency",
        rules: NumberRules::whole(100).with_decimals(1),
        read: |saved| decimal_text(saved.draft.contingency_percent),
        write: |saved, value| saved.draft.contingency_percent = value.unwrap_or(Decimal::ZERO),
    },
];

/// Coordinator's fee, companions, flights, accommodation, other costs and the contingency
/// margin: figures from the patient's own quotes, which no fee schedule has.
#[component]
pub fn OwnCosts() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    view! {
        <section class="panel" aria-labelledby="own-heading">
            <h2 id="own-heading">{i18n.text("estimate-own-heading")}</h2>
            <p class="muted">{i18n.text("estimate-own-help")}</p>
            <div class="field-grid">
                {OWN_FIELDS
                    .iter()
                    .map(|field| {
                        let write = field.write;
                        let on_value = Callback::new(move |value| state.update(|saved| write(saved, value)));
                        view! {
                            <NumberField
                                id=field.id
                                label=i18n.signal(field.label_key)
                                initial=state.saved.with_untracked(field.read)
                                rules=field.rules
                                optional=true
                                on_value=on_value
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}
