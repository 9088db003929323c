use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::hospitals::state::use_hospitals;
use crate::ui::remote::Remote;

/// A choice among the schedules listed on the planner's host (`fee-schedules/index.json`), in
/// the reader's language. `chosen` holds the id: the first listed until the reader picks.
#[component]
pub fn ListedSchedules(
    /// The select's id.
    id: &'static str,
    /// Message id of the label.
    label: &'static str,
    chosen: RwSignal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let index = use_hospitals().listed;
    let options = move || match index.get() {
        Remote::Ready(index) => {
            if chosen.get_untracked().is_empty() {
                if let Some(first) = index.schedules.first() {
                    chosen.set(first.id.clone());
                }
            }
            let code = i18n.locale().code();
            index
                .schedules
                .iter()
                .map(|entry| view! { <option value=entry.id.clone()>{entry.name.get(code).to_owned()}</option> })
                .collect_view()
                .into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <div class="field">
            <label for=id>{i18n.text(label)}</label>
            <select id=id on:change=move |event| chosen.set(event_target_value(&event))>{options}</select>
        </div>
    }
}
