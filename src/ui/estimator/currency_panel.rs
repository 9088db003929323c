use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::currency::{convert, CurrencyView};
use crate::domain::quantity::NumberRules;
use crate::i18n::{use_i18n, Args};
use crate::ui::components::{NumberField, SourceCitation};
use crate::ui::estimator::state::{use_estimator, EstimatorState};
use crate::ui::format::decimal_text;
use crate::ui::remote::Remote;

/// The total and the prepayment in the reader's currency, at a rate they type. Yen governs.
#[component]
pub fn CurrencyPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    // A memo, so typing a rate (which changes the saved state) keeps the rate field in place.
    let chosen = Memo::new(move |_| chosen_code(state));
    view! {
        <section class="panel" aria-labelledby="currency-heading">
            <h2 id="currency-heading">{i18n.text("currency-heading")}</h2>
            <p class="muted">{i18n.text("currency-help")}</p>
            <CurrencyPicker chosen=chosen />
            {move || chosen.get().map(|code| view! { <RateField code /> })}
            <ConvertedAmounts />
        </section>
    }
}

/// The currency the reader chose, if any.
fn chosen_code(state: EstimatorState) -> Option<String> {
    state
        .saved
        .with(|saved| saved.currency.as_ref().map(|view| view.code.clone()))
}

/// The list of currencies, "—" for none.
#[component]
fn CurrencyPicker(#[prop(into)] chosen: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let on_currency = move |event: leptos::ev::Event| {
        let picked = event_target_value(&event);
        state.update(|saved| {
            saved.currency = (!picked.is_empty()).then(|| CurrencyView {
                code: picked,
                // Keep a rate already typed; the reader corrects it for the new currency.
                yen_per_unit: saved
                    .currency
                    .as_ref()
                    .map_or(Decimal::ZERO, |view| view.yen_per_unit),
            })
        });
    };
    let options = move || match state.currencies.get() {
        Remote::Ready(table) => {
            let locale = i18n.locale().code();
            let selected = chosen.get();
            table
                .currencies
                .iter()
                .map(|currency| {
                    let is_selected = selected.as_deref() == Some(currency.code.as_str());
                    view! {
                        <option value=currency.code.clone() selected=is_selected>
                            {format!("{} – {}", currency.code, currency.name.get(locale))}
                        </option>
                    }
                })
                .collect_view()
                .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <div class="field">
            <label for="currency-code">{i18n.text("currency-label")}</label>
            <select id="currency-code" on:change=on_currency>
                <option value="" selected=move || chosen.get().is_none()>"—"</option>
                {options}
            </select>
        </div>
    }
}

/// Yen per unit of the chosen currency, as the reader's bank quotes it.
#[component]
fn RateField(code: String) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let label = Signal::derive(move || {
        i18n.t_args("currency-rate", &Args::new().text("code", code.clone()))
    });
    let on_value = Callback::new(move |value: Option<Decimal>| {
        state.update(|saved| {
            if let Some(view) = saved.currency.as_mut() {
                view.yen_per_unit = value.unwrap_or(Decimal::ZERO);
            }
        })
    });
    let initial = state.saved.with_untracked(|saved| {
        saved
            .currency
            .as_ref()
            .filter(|view| view.yen_per_unit > Decimal::ZERO)
            .map(|view| decimal_text(view.yen_per_unit))
            .unwrap_or_default()
    });
    view! {
        <NumberField
            id="currency-rate"
            label=label
            initial=initial
            rules=NumberRules::whole(1_000_000).with_decimals(6).positive()
            optional=true
            on_value=on_value
        />
    }
}

/// The total and the prepayment converted, once a currency, a rate and an estimate exist.
#[component]
fn ConvertedAmounts() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    move || {
        let Remote::Ready(table) = state.currencies.get() else {
            return None;
        };
        let view = state.saved.with(|saved| saved.currency.clone())?;
        let currency = table.find(&view.code)?;
        let Some(Ok(estimate)) = state.estimate.get() else {
            return None;
        };
        let show = |key: &'static str, amount| {
            let value = convert(amount, view.yen_per_unit, currency.minor_units)?;
            Some(
                i18n.t_args(
                    key,
                    &Args::new()
                        .text("amount", i18n.amount(value, currency.minor_units))
                        .text("code", view.code.clone()),
                ),
            )
        };
        let total = show("currency-total", estimate.total.low)?;
        let prepayment = show("currency-prepayment", estimate.prepayment.low)?;
        let source = table.source.clone();
        Some(view! {
            <p class="currency__amount">{total}</p>
            <p>{prepayment}</p>
            <p class="muted">{i18n.t("currency-yen-governs")}</p>
            <p class="muted">{i18n.t("currency-source")} " " <SourceCitation source /></p>
        })
    }
}
