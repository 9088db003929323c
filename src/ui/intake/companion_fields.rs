use leptos::prelude::*;

use crate::domain::intake::Companion;
use crate::i18n::use_i18n;
use crate::ui::field_text::follow_input;
use crate::ui::intake::state::use_intake;

/// The people travelling with the patient: a name and relation each, added and removed.
#[component]
pub fn CompanionFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    // A memo: the rows are rebuilt when an entry is added or removed, not on every keystroke
    // (which would take the focus out of the field being typed in).
    let count = Memo::new(move |_| state.intake.with(|intake| intake.companions.len()));
    let rows = move || {
        (0..count.get())
            .map(|index| {
                let read = move |pick: fn(&Companion) -> &String| {
                    move || {
                        state.intake.with(|intake| {
                            intake.companions.get(index).map(|c| pick(c).clone()).unwrap_or_default()
                        })
                    }
                };
                let write = move |put: fn(&mut Companion, String)| {
                    move |event| {
                        let text = event_target_value(&event);
                        state.edit(|intake| {
                            if let Some(companion) = intake.companions.get_mut(index) {
                                put(companion, text);
                            }
                        });
                    }
                };
                let (name_id, relation_id) = (format!("companion-{index}-name"), format!("companion-{index}-relation"));
                let (name_node, relation_node) = (NodeRef::new(), NodeRef::new());
                follow_input(name_node, read(|c| &c.name));
                follow_input(relation_node, read(|c| &c.relation));
                view! {
                    <li class="repeat__entry">
                        <div class="field-grid">
                            <div class="field">
                                <label for=name_id.clone()>{i18n.text("intake-companion-name")}</label>
                                <input id=name_id type="text" node_ref=name_node on:input=write(|c, v| c.name = v) />
                            </div>
                            <div class="field">
                                <label for=relation_id.clone()>{i18n.text("intake-companion-relation")}</label>
                                <input id=relation_id type="text" node_ref=relation_node on:input=write(|c, v| c.relation = v) />
                            </div>
                        </div>
                        <button type="button" class="button button--quiet" on:click=move |_| {
                            state.edit(|intake| {
                                if index < intake.companions.len() {
                                    intake.companions.remove(index);
                                }
                            })
                        }>
                            {i18n.text("intake-companion-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("intake-companions-heading")}</legend>
            <ol class="repeat">{rows}</ol>
            <button type="button" class="button button--quiet" on:click=move |_| {
                state.edit(|intake| intake.companions.push(Companion::default()))
            }>
                {i18n.text("intake-companion-add")}
            </button>
        </fieldset>
    }
}
