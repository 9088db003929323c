use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::checklist::{Checklists, Scenario};
use crate::i18n::{use_i18n, Args};
use crate::ui::documents::state::use_documents;
use crate::ui::documents::ChecklistEntry;

/// One chosen scenario: its documents, each with status and note, and how many are in hand.
#[component]
pub fn ChecklistSection(
    /// The loaded checklist file.
    checklists: Arc<Checklists>,
    /// The scenario shown.
    scenario: Scenario,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_documents();
    let heading_id = format!("checklist-{}", scenario.id);
    let labelled_by = heading_id.clone();
    let progress = {
        let (checklists, scenario) = (checklists.clone(), scenario.clone());
        Memo::new(move |_| {
            state
                .progress
                .with(|progress| progress.scenario_progress(&checklists, &scenario))
        })
    };
    let progress_text = move || {
        let counts = progress.get();
        i18n.t_args(
            "checklist-progress",
            &Args::new()
                .int("ready", counts.ready as i64)
                .int("total", counts.total as i64),
        )
    };
    let (name, summary) = (scenario.name_id(), scenario.summary_id());
    let entries = checklists
        .items_of(&scenario)
        .map(|item| {
            let sources = item
                .sources
                .iter()
                .filter_map(|id| checklists.source(id).cloned())
                .collect::<Vec<_>>();
            view! { <ChecklistEntry scenario=scenario.id.clone() item=item.clone() sources=sources /> }
        })
        .collect_view();
    view! {
        <section class="panel checklist" aria-labelledby=labelled_by>
            <h2 id=heading_id>{move || i18n.t(&name)}</h2>
            <p class="muted">{move || i18n.t(&summary)}</p>
            <p class="checklist__progress">
                <progress
                    max=move || progress.get().total
                    value=move || progress.get().ready
                    aria-hidden="true"
                ></progress>
                " "
                <span role="status">{progress_text}</span>
            </p>
            <ol class="checklist__items">{entries}</ol>
        </section>
    }
}
