use leptos::prelude::*;

use crate::domain::fee_schedule::MAX_PRICE_YEN;
use crate::domain::quantity::NumberRules;
use crate::domain::settlement::{settle, Settlement};
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::components::NumberField;
use crate::ui::estimator::state::use_estimator;
use crate::ui::format::{yen_from_input, yen_input_text};

/// After treatment: the prepaid amount against the actual charges, with the refund or the
/// extra payment and the subtraction that gives it.
#[component]
pub fn SettlementPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let rules = NumberRules::whole(MAX_PRICE_YEN * 10);
    // Bumped when the prepaid amount is filled in for the user, to show the new value.
    let prepaid_version = RwSignal::new(0_u32);
    let prepaid_field = move || {
        prepaid_version.track();
        let on_value =
            Callback::new(move |value| state.update(|saved| saved.prepaid = yen_from_input(value)));
        view! {
            <NumberField
                id="settlement-prepaid"
                label=i18n.signal("settlement-prepaid")
                initial=state.saved.with_untracked(|saved| yen_input_text(saved.prepaid))
                rules=rules
                optional=true
                on_value=on_value
            />
        }
    };
    let use_estimate = move |_| {
        if let Some(Ok(estimate)) = state.estimate.get_untracked() {
            state.update(|saved| saved.prepaid = Some(estimate.prepayment.low));
            prepaid_version.update(|version| *version += 1);
        }
    };
    let on_actual =
        Callback::new(move |value| state.update(|saved| saved.actual = yen_from_input(value)));
    let result = move || {
        let (prepaid, actual) = state.saved.with(|saved| (saved.prepaid, saved.actual));
        let outcome = settle(prepaid?, actual?).ok()?;
        Some(
            view! { <p class="settlement__result" role="status">{settlement_text(i18n, outcome)}</p> },
        )
    };
    view! {
        <section class="panel" aria-labelledby="settlement-heading">
            <h2 id="settlement-heading">{i18n.text("settlement-heading")}</h2>
            <p class="muted">{i18n.text("settlement-help")}</p>
            {prepaid_field}
            <button type="button" class="button button--quiet" on:click=use_estimate>
                {i18n.text("settlement-use-estimate")}
            </button>
            <NumberField
                id="settlement-actual"
                label=i18n.signal("settlement-actual")
                initial=state.saved.with_untracked(|saved| yen_input_text(saved.actual))
                rules=rules
                optional=true
                on_value=on_actual
            />
            {result}
        </section>
    }
}

fn settlement_text(i18n: I18n, outcome: Settlement) -> String {
    let (key, args) = settlement_message(i18n, outcome, "settlement-refund");
    i18n.t_args(key, &args)
}

/// The message telling `outcome`, with the subtraction that gives it: `refund_key` for a
/// refund (the patient's page says "refunded to you", a file read by others does not).
pub fn settlement_message(
    i18n: I18n,
    outcome: Settlement,
    refund_key: &'static str,
) -> (&'static str, Args) {
    let (key, prepaid, actual, difference) = match outcome {
        Settlement::Refund {
            prepaid,
            actual,
            refund,
        } => (refund_key, prepaid, actual, refund),
        Settlement::ExtraPayment {
            prepaid,
            actual,
            extra,
        } => ("settlement-extra", prepaid, actual, extra),
        Settlement::Even { .. } => return ("settlement-even", Args::new()),
    };
    let args = Args::new()
        .text("prepaid", i18n.yen(prepaid))
        .text("actual", i18n.yen(actual))
        .text("difference", i18n.yen(difference));
    (key, args)
}
