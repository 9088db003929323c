use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::schedule_draft::{ItemDraft, PriceDraft, CATEGORIES, PRICING_KINDS, UNITS};
use crate::i18n::{use_i18n, Args};
use crate::ui::hospitals::binding::Binding;
use crate::ui::hospitals::fields::{problems_exactly_at, EditText, EditTexts, FieldProblems};
use crate::ui::hospitals::state::use_hospitals;

/// The schedule's items: each edited in full, and added, duplicated, moved and removed.
#[component]
pub fn ItemFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    // Rebuilt when an item is added, moved or removed, not on every keystroke.
    let count = Memo::new(move |_| state.read(|draft| draft.items.len()).unwrap_or(0));
    let rows = move || {
        (0..count.get())
            .map(|index| view! { <ItemEntry index /> })
            .collect_view()
    };
    let add = move |_| {
        state.edit(|draft| {
            let source = draft
                .sources
                .first()
                .map(|s| s.id.clone())
                .unwrap_or_default();
            draft.items.push(ItemDraft {
                source,
                ..ItemDraft::default()
            });
        })
    };
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("editor-items")}</legend>
            <ol class="repeat">{rows}</ol>
            <button type="button" class="button button--quiet" on:click=add>
                {i18n.text("editor-item-add")}
            </button>
        </fieldset>
    }
}

/// A choice among codes (category, kind, unit, item tax), bound to one text of an item.
#[component]
fn ItemSelect(
    id: String,
    label: &'static str,
    binding: Binding,
    /// Each code and the message id of its label.
    options: Vec<(&'static str, String)>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let read = binding.read.clone();
    let current = Memo::new(move |_| {
        state
            .read(|draft| read(draft))
            .flatten()
            .unwrap_or_default()
    });
    let write = binding.write;
    let options = options
        .into_iter()
        .map(|(code, message)| {
            view! {
                <option value=code selected=move || current.get() == code>{i18n.t(&message)}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{i18n.text(label)}</label>
            <select id=id on:change=move |event| {
                let code = event_target_value(&event);
                state.edit(|draft| write(draft, code));
            }>{options}</select>
        </div>
    }
}

/// One item.
#[component]
fn ItemEntry(index: usize) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let path = move |field: &str| format!("items[{index}].{field}");
    let id = move |field: &str| format!("items-{index}-{field}");
    let kind = Memo::new(move |_| {
        state
            .read(|draft| draft.items.get(index).map(|item| item.kind.clone()))
            .flatten()
            .unwrap_or_default()
    });
    let heading = move || {
        i18n.t_args(
            "editor-item-heading",
            &Args::new().int("number", index as i64 + 1),
        )
    };
    let categories = CATEGORIES
        .into_iter()
        .map(|code| (code, format!("category-{code}")))
        .collect();
    let kinds = PRICING_KINDS
        .into_iter()
        .map(|code| (code, format!("editor-kind-{code}")))
        .collect();
    let taxes = vec![
        ("", "editor-item-tax-schedule".to_owned()),
        ("included", "editor-item-tax-included".to_owned()),
        ("added", "editor-item-tax-added".to_owned()),
    ];
    let move_by = move |step: isize| {
        state.edit(|draft| {
            let target = index as isize + step;
            if target >= 0 && (target as usize) < draft.items.len() {
                draft.items.swap(index, target as usize);
            }
        })
    };
    let duplicate = move |_| {
        state.edit(|draft| {
            if let Some(item) = draft.items.get(index).cloned() {
                let copy = ItemDraft {
                    id: format!("{}-copy", item.id),
                    ..item
                };
                draft.items.insert(index + 1, copy);
            }
        })
    };
    let remove = move |_| {
        state.edit(|draft| {
            if index < draft.items.len() {
                draft.items.remove(index);
            }
        })
    };
    let pricing = move || view! { <PricingFields index kind=kind.get() /> };
    let is_last = move || index + 1 >= state.read(|draft| draft.items.len()).unwrap_or(0);
    view! {
        <li class="repeat__entry item-entry">
            <h3>{heading}</h3>
            <div class="field-grid">
                <EditText id=id("id") label="editor-item-id" path=path("id")
                    binding=Binding::item(index, |i| &i.id, |i| &mut i.id) />
                <ItemSelect id=id("category") label="editor-item-category" options=categories
                    binding=Binding::item(index, |i| &i.category, |i| &mut i.category) />
            </div>
            <EditTexts id=id("name") label="editor-item-name" path=path("name")
                binding=Arc::new(move |code| Binding::item_locale(index, |i| &i.name, |i| &mut i.name, code)) />
            <EditTexts id=id("note") label="editor-item-note" path=path("note")
                binding=Arc::new(move |code| Binding::item_locale(index, |i| &i.note, |i| &mut i.note, code)) />
            <div class="field-grid">
                <EditText id=id("source") label="editor-item-source" path=path("source")
                    binding=Binding::item(index, |i| &i.source, |i| &mut i.source) />
                <ItemSelect id=id("kind") label="editor-item-kind" options=kinds
                    binding=Binding::item(index, |i| &i.kind, |i| &mut i.kind) />
            </div>
            {pricing}
            <ItemSelect id=id("tax") label="editor-item-tax" options=taxes
                binding=Binding::item(index, |i| &i.tax, |i| &mut i.tax) />
            <FieldProblems id=id("pricing-problem") problems=problems_exactly_at(&path("pricing")) />
            <div class="button-row">
                <button type="button" class="button button--quiet" on:click=duplicate>{i18n.text("editor-item-duplicate")}</button>
                <button type="button" class="button button--quiet" disabled=move || index == 0 on:click=move |_| move_by(-1)>
                    {i18n.text("editor-item-up")}
                </button>
                <button type="button" class="button button--quiet" disabled=is_last on:click=move |_| move_by(1)>
                    {i18n.text("editor-item-down")}
                </button>
                <button type="button" class="button button--quiet" on:click=remove>{i18n.text("editor-item-remove")}</button>
            </div>
        </li>
    }
}

/// The fields of the item's pricing kind.
#[component]
fn PricingFields(index: usize, kind: String) -> impl IntoView {
    let path = move |field: &str| format!("items[{index}].pricing.{field}");
    let id = move |field: &str| format!("items-{index}-pricing-{field}");
    match kind.as_str() {
        "time_blocks" => view! {
            <div class="field-grid">
                <EditText id=id("first_block_minutes") label="editor-first-minutes" path=path("first_block_minutes") inputmode="numeric"
                    binding=Binding::item(index, |i| &i.first_block_minutes, |i| &mut i.first_block_minutes) />
                <EditText id=id("additional_block_minutes") label="editor-more-minutes" path=path("additional_block_minutes") inputmode="numeric"
                    binding=Binding::item(index, |i| &i.additional_block_minutes, |i| &mut i.additional_block_minutes) />
            </div>
            <PriceFields index field="first_block" label="editor-first-price" price=|i| &i.first_block price_mut=|i| &mut i.first_block />
            <PriceFields index field="additional_block" label="editor-more-price" price=|i| &i.additional_block price_mut=|i| &mut i.additional_block />
        }
        .into_any(),
        "per_unit" => {
            let units = UNITS.into_iter().map(|code| (code, format!("unit-{code}"))).collect();
            view! {
                <ItemSelect id=id("unit") label="editor-unit" options=units
                    binding=Binding::item(index, |i| &i.unit, |i| &mut i.unit) />
                <PriceFields index field="price" label="editor-price" price=|i| &i.price price_mut=|i| &mut i.price />
            }
            .into_any()
        }
        "points" => view! {
            <EditText id=id("yen_per_point") label="editor-yen-per-point" path=path("yen_per_point") inputmode="decimal"
                binding=Binding::item(index, |i| &i.yen_per_point, |i| &mut i.yen_per_point) />
        }
        .into_any(),
        "package" => view! {
            <PriceFields index field="price" label="editor-price" price=|i| &i.price price_mut=|i| &mut i.price />
            <EditTexts id=id("sessions") label="editor-sessions" path=path("sessions")
                binding=Arc::new(move |code| Binding::item_locale(index, |i| &i.sessions, |i| &mut i.sessions, code)) />
        }
        .into_any(),
        _ => view! {
            <PriceFields index field="price" label="editor-price" price=|i| &i.price price_mut=|i| &mut i.price />
        }
        .into_any(),
    }
}

/// A price: the amount, an optional upper end, and "and up".
#[component]
fn PriceFields(
    index: usize,
    /// The pricing field (`price`, `first_block`, `additional_block`).
    field: &'static str,
    label: &'static str,
    price: fn(&ItemDraft) -> &PriceDraft,
    price_mut: fn(&mut ItemDraft) -> &mut PriceDraft,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let path = format!("items[{index}].pricing.{field}");
    let id = format!("items-{index}-pricing-{field}");
    let part = move |high: bool| Binding {
        read: Arc::new(move |draft| {
            let item = draft.items.get(index)?;
            let price = price(item);
            Some(if high {
                price.high.clone()
            } else {
                price.low.clone()
            })
        }),
        write: Arc::new(move |draft, value| {
            if let Some(item) = draft.items.get_mut(index) {
                let price = price_mut(item);
                if high {
                    price.high = value;
                } else {
                    price.low = value;
                }
            }
        }),
    };
    let and_up = move || {
        state
            .read(|draft| draft.items.get(index).map(|item| price(item).and_up))
            .flatten()
            .unwrap_or(false)
    };
    let and_up_id = format!("{id}-and-up");
    view! {
        <div class="field-grid">
            <EditText id=id.clone() label path=path inputmode="numeric" binding=part(false) />
            <EditText id=format!("{id}-high") label="editor-price-high" inputmode="numeric" binding=part(true) />
        </div>
        <label class="choice">
            <input type="checkbox" id=and_up_id prop:checked=and_up on:change=move |event| {
                let checked = event_target_checked(&event);
                state.edit(|draft| {
                    if let Some(item) = draft.items.get_mut(index) {
                        price_mut(item).and_up = checked;
                    }
                });
            } />
            {i18n.text("editor-price-and-up")}
        </label>
    }
}
