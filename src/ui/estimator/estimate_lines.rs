use std::sync::Arc;

use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::estimate::MAX_QUANTITY;
use crate::domain::fee_schedule::{FeeSchedule, Pricing};
use crate::domain::quantity::NumberRules;
use crate::i18n::use_i18n;
use crate::ui::components::NumberField;
use crate::ui::estimator::state::use_estimator;
use crate::ui::format::{decimal_text, quantity_label_key};

/// The schedule's items chosen for the estimate, each with its quantity, and a picker to add
/// more.
#[component]
pub fn EstimateLines(
    /// The schedule the lines price against.
    schedule: Arc<FeeSchedule>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let chosen = RwSignal::new(
        schedule
            .items
            .first()
            .map(|item| item.id.clone())
            .unwrap_or_default(),
    );
    let options_schedule = schedule.clone();
    let options = move || {
        let code = i18n.locale().code();
        options_schedule
            .items
            .iter()
            .map(|item| view! { <option value=item.id.clone()>{item.name.get(code).to_owned()}</option> })
            .collect_view()
    };
    // Rows are keyed by position and item, so typing a quantity never rebuilds its row.
    let keys = move || {
        state.saved.with(|saved| {
            saved
                .draft
                .lines
                .iter()
                .enumerate()
                .map(|(index, line)| (index, line.item_id.clone()))
                .collect::<Vec<_>>()
        })
    };
    let row_schedule = schedule.clone();
    view! {
        <section class="panel" aria-labelledby="items-heading">
            <h2 id="items-heading">{i18n.text("estimate-items-heading")}</h2>
            <div class="add-line">
                <div class="field">
                    <label for="add-item">{i18n.text("estimate-add-label")}</label>
                    <select id="add-item" on:change=move |event| chosen.set(event_target_value(&event))>
                        {options}
                    </select>
                </div>
                <button type="button" class="button" on:click=move |_| state.add_line(&chosen.get_untracked())>
                    {i18n.text("estimate-add-button")}
                </button>
            </div>
            <Show when=move || state.saved.with(|saved| saved.draft.lines.is_empty())>
                <p class="muted">{i18n.text("estimate-no-lines")}</p>
            </Show>
            <ul class="lines">
                <For
                    each=keys
                    key=|key| key.clone()
                    children=move |(index, item_id)| {
                        view! { <LineRow schedule=row_schedule.clone() index=index item_id=item_id /> }
                    }
                />
            </ul>
        </section>
    }
}

/// One chosen item: its name, note, quantity and a remove button.
#[component]
fn LineRow(
    /// The schedule that has the item.
    schedule: Arc<FeeSchedule>,
    /// Position of the line in the draft.
    index: usize,
    /// The schedule item the line prices.
    item_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    let Some(item) = schedule.item(&item_id).cloned() else {
        // A line of another schedule: kept in the draft, not shown (the summary counts it).
        return ().into_any();
    };
    let code = move || i18n.locale().code();
    let name = item.name.clone();
    let remove_name = item.name.clone();
    let initial = state.saved.with_untracked(|saved| {
        saved
            .draft
            .lines
            .get(index)
            .map(|line| decimal_text(line.quantity))
            .unwrap_or_default()
    });
    let rules = match &item.pricing {
        // Interpreters and similar services bill parts of an hour.
        Pricing::PerUnit { .. } => NumberRules::whole(MAX_QUANTITY).with_decimals(2),
        _ => NumberRules::whole(MAX_QUANTITY),
    };
    let quantity = quantity_label_key(&item.pricing).map(|label_key| {
        let on_value = Callback::new(move |value: Option<Decimal>| {
            if let Some(value) = value {
                state.set_quantity(index, value);
            }
        });
        view! {
            <NumberField
                id=format!("line-{index}-quantity")
                label=i18n.signal(label_key)
                initial=initial
                rules=rules
                on_value=on_value
            />
        }
    });
    let note = item.note.clone();
    view! {
        <li class="line">
            <div class="line__head">
                <span class="line__name" id=format!("line-{index}-name")>{move || name.get(code()).to_owned()}</span>
                <button
                    type="button"
                    class="button button--quiet"
                    aria-label=move || format!("{} – {}", i18n.t("estimate-remove-button"), remove_name.get(code()))
                    on:click=move |_| state.remove_line(index)
                >
                    {i18n.text("estimate-remove-button")}
                </button>
            </div>
            {note.map(|note| view! { <p class="muted">{move || note.get(code()).to_owned()}</p> })}
            {quantity}
        </li>
    }
    .into_any()
}
