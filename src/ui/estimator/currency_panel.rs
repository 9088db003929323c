use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::currency::{convert, CurrencyView};
use crate::domain::quantity::NumberRules;
use crate::i18n::{use_i18n, Args};
use crate::ui::components::{NumberField, SourceCitation};
use crate::ui::estimator::state::use_estimator;
use crate::ui::format::decimal_text;
use crate::ui::remote::Remote;

/// The total and the prepayment in the reader's currency, at a rate they type. Yen governs.
#[component]
pub fn CurrencyPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let code = move || {
        state
            .saved
            .with(|saved| saved.currency.as_ref().map(|view| view.code.clone()))
    };
    let on_currency = move |event: leptos::ev::Event| {
        let chosen = event_target_value(&event);
        state.update(|saved| {
            saved.currency = (!chosen.is_empty()).then(|| CurrencyView {
                code: chosen,
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
            let selected = code();
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
    let rate_field = move || {
        let code = code()?;
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
        Some(view! {
            <NumberField
                id="currency-rate"
                label=label
                initial=initial
                rules=NumberRules::whole(1_000_000).with_decimals(6).positive()
                optional=true
                on_value=on_value
            />
        })
    };
    let converted = move || {
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
    };
    view! {
        <section class="panel" aria-labelledby="currency-heading">
            <h2 id="currency-heading">{i18n.text("currency-heading")}</h2>
            <p class="muted">{i18n.text("currency-help")}</p>
            <div class="field">
                <label for="currency-code">{i18n.text("currency-label")}</label>
                <select id="currency-code" on:change=on_currency>
                    <option value="" selected=move || code().is_none()>"—"</option>
                    {options}
                </select>
            </div>
            {rate_field}
            {converted}
        </section>
    }
}
