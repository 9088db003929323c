use leptos::prelude::*;

use crate::domain::checklist::Scenario;
use crate::i18n::use_i18n;
use crate::ui::documents::state::use_documents;

/// Check boxes for the situations the user is in; each chosen one shows its checklist.
#[component]
pub fn ScenarioPicker(
    /// Every scenario of the checklist file, in its order.
    scenarios: Vec<Scenario>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_documents();
    view! {
        <fieldset class="choices scenario-picker">
            <legend>{i18n.text("documents-choose")}</legend>
            {scenarios
                .into_iter()
                .map(|scenario| {
                    let id = scenario.id.clone();
                    let chosen = {
                        let id = id.clone();
                        move || state.progress.with(|progress| progress.scenarios.contains(&id))
                    };
                    let (name, summary) = (scenario.name_id(), scenario.summary_id());
                    let summary_id = format!("scenario-{id}-summary");
                    let input_id = format!("scenario-{id}");
                    view! {
                        // The name alone labels the box; the summary describes it, so a
                        // screen reader does not read the summary twice.
                        <div class="choice choice--described">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                prop:checked=chosen
                                aria-describedby=summary_id.clone()
                                on:change=move |event| state.choose(&id, event_target_checked(&event))
                            />
                            <span>
                                <label class="choice__name" for=input_id>{move || i18n.t(&name)}</label>
                                <span class="choice__description" id=summary_id>{move || i18n.t(&summary)}</span>
                            </span>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
