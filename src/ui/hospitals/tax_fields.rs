use leptos::prelude::*;

use crate::domain::schedule_draft::ROUNDINGS;
use crate::i18n::use_i18n;
use crate::ui::hospitals::binding::Binding;
use crate::ui::hospitals::fields::{problems_at, EditText, FieldProblems};
use crate::ui::hospitals::state::use_hospitals;

/// Consumption tax: rate, whether prices include it, and rounding.
#[component]
pub fn TaxFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let included = move || {
        state
            .read(|draft| draft.tax.prices_include_tax)
            .unwrap_or(false)
    };
    let rounding = move || {
        state
            .read(|draft| draft.tax.rounding.clone())
            .unwrap_or_default()
    };
    let options = ROUNDINGS
        .into_iter()
        .map(|code| {
            view! {
                <option value=code selected=move || rounding() == code>
                    {i18n.text(rounding_message(code))}
                </option>
            }
        })
        .collect_view();
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("editor-tax")}</legend>
            <EditText id="tax-rate".to_owned() label="editor-tax-rate" path="tax.rate" inputmode="decimal"
                binding=Binding::schedule(|d| &d.tax.rate, |d| &mut d.tax.rate) />
            <label class="choice">
                <input type="checkbox" id="tax-included" prop:checked=included
                    on:change=move |event| {
                        let checked = event_target_checked(&event);
                        state.edit(|draft| draft.tax.prices_include_tax = checked);
                    } />
                {i18n.text("editor-tax-included")}
            </label>
            <div class="field">
                <label for="tax-rounding">{i18n.text("editor-tax-rounding")}</label>
                <select id="tax-rounding" on:change=move |event| {
                    let code = event_target_value(&event);
                    state.edit(|draft| draft.tax.rounding = code);
                }>{options}</select>
                <FieldProblems id="tax-rounding-problem".to_owned() problems=problems_at("tax.rounding") />
            </div>
        </fieldset>
    }
}

fn rounding_message(code: &str) -> &'static str {
    match code {
        "half_up" => "editor-rounding-half_up",
        "up" => "editor-rounding-up",
        _ => "editor-rounding-down",
    }
}
