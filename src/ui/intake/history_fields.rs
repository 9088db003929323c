use leptos::prelude::*;

use crate::domain::intake::{HistoryEntry, HistoryKind};
use crate::i18n::use_i18n;
use crate::ui::field_text::{follow_input, follow_textarea};
use crate::ui::intake::state::use_intake;

/// Treatment so far: one entry per examination, operation or course of treatment.
#[component]
pub fn HistoryFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    // A memo: the rows are rebuilt when an entry is added or removed, not on every keystroke.
    let count = Memo::new(move |_| state.intake.with(|intake| intake.history.len()));
    let rows = move || {
        (0..count.get())
            .map(|index| {
                let read = move |pick: fn(&HistoryEntry) -> String| {
                    move || {
                        state.intake.with(|intake| intake.history.get(index).map(pick).unwrap_or_default())
                    }
                };
                let update = move |change: Box<dyn FnOnce(&mut HistoryEntry)>| {
                    state.edit(|intake| {
                        if let Some(entry) = intake.history.get_mut(index) {
                            change(entry);
                        }
                    });
                };
                let kind = read(|entry| entry.kind.code().to_owned());
                let options = HistoryKind::ALL
                    .into_iter()
                    .map(|option| {
                        view! {
                            <option value=option.code() selected=move || kind() == option.code()>
                                {i18n.text(option.message_id())}
                            </option>
                        }
                    })
                    .collect_view();
                let (when_node, details_node) = (NodeRef::new(), NodeRef::new());
                follow_input(when_node, read(|entry| entry.when.clone()));
                follow_textarea(details_node, read(|entry| entry.details.clone()));
                let ids = [
                    format!("history-{index}-kind"),
                    format!("history-{index}-when"),
                    format!("history-{index}-details"),
                ];
                view! {
                    <li class="repeat__entry">
                        <div class="field-grid">
                            <div class="field">
                                <label for=ids[0].clone()>{i18n.text("intake-history-kind")}</label>
                                <select id=ids[0].clone() on:change=move |event| {
                                    if let Some(kind) = HistoryKind::from_code(&event_target_value(&event)) {
                                        update(Box::new(move |entry| entry.kind = kind));
                                    }
                                }>{options}</select>
                            </div>
                            <div class="field">
                                <label for=ids[1].clone()>{i18n.text("intake-history-when")}</label>
                                <input id=ids[1].clone() type="text" node_ref=when_node
                                    on:input=move |event| {
                                        let text = event_target_value(&event);
                                        update(Box::new(move |entry| entry.when = text));
                                    } />
                            </div>
                        </div>
                        <div class="field">
                            <label for=ids[2].clone()>{i18n.text("intake-history-details")}</label>
                            <textarea id=ids[2].clone() rows="3" node_ref=details_node
                                on:input=move |event| {
                                    let text = event_target_value(&event);
                                    update(Box::new(move |entry| entry.details = text));
                                }></textarea>
                        </div>
                        <button type="button" class="button button--quiet" on:click=move |_| {
                            state.edit(|intake| {
                                if index < intake.history.len() {
                                    intake.history.remove(index);
                                }
                            })
                        }>
                            {i18n.text("intake-history-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("intake-history-heading")}</legend>
            <p class="field__hint">{i18n.text("intake-history-help")}</p>
            <ol class="repeat">{rows}</ol>
            <button type="button" class="button button--quiet" on:click=move |_| {
                state.edit(|intake| intake.history.push(HistoryEntry::default()))
            }>
                {i18n.text("intake-history-add")}
            </button>
        </fieldset>
    }
}
