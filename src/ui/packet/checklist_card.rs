use std::collections::BTreeSet;

use leptos::prelude::*;

use crate::domain::checklist::{ChecklistProgress, Checklists};
use crate::i18n::Args;
use crate::ui::components::Labels;

/// The patient's document checklist, by the situations they chose, each with how many of
/// its documents are in hand, then each document's status and note. Without the checklist
/// file (offline before a first visit), the documents are listed without their situations.
#[component]
pub fn ChecklistCard(
    /// The checklist as the patient left it.
    progress: ChecklistProgress,
    /// The situations and their documents, when loaded.
    checklists: Option<std::sync::Arc<Checklists>>,
    /// Labels, in a second language too when printed.
    labels: Labels,
) -> impl IntoView {
    let mut shown = BTreeSet::new();
    let groups = checklists
        .iter()
        .flat_map(|checklists| {
            checklists
                .scenarios
                .iter()
                .filter(|scenario| progress.scenarios.contains(&scenario.id))
                .map(|scenario| {
                    let counts = progress.scenario_progress(checklists, scenario);
                    let items: Vec<String> = checklists
                        .items_of(scenario)
                        .map(|item| item.id.clone())
                        .collect();
                    shown.extend(items.iter().cloned());
                    let count = labels.label_args(
                        "checklist-progress",
                        &Args::new()
                            .int("ready", counts.ready as i64)
                            .int("total", counts.total as i64),
                    );
                    view! {
                        <section class="packet-view__group">
                            <h4>{labels.label(&scenario.name_id())}</h4>
                            <p class="packet-view__count" data-testid="packet-checklist-count">{count}</p>
                            {item_list(&labels, &progress, &items)}
                        </section>
                    }
                })
                .collect::<Vec<_>>()
        })
        .collect_view();
    let others: Vec<String> = progress
        .items
        .keys()
        .filter(|id| !shown.contains(*id))
        .cloned()
        .collect();
    let others = (!others.is_empty()).then(|| {
        view! {
            <section class="packet-view__group">
                <h4>{labels.label("packet-checklist-other")}</h4>
                {item_list(&labels, &progress, &others)}
            </section>
        }
    });
    view! { {groups} {others} }
}

fn item_list(labels: &Labels, progress: &ChecklistProgress, ids: &[String]) -> impl IntoView {
    let rows = ids
        .iter()
        .map(|id| {
            let item = progress.item(id);
            let note = (!item.note.is_empty()).then(|| format!(" · {}", item.note));
            view! {
                <dt>{labels.label(&item_name_id(id))}</dt>
                <dd>{labels.label(item.status.message_id())} {note}</dd>
            }
        })
        .collect_view();
    view! { <dl>{rows}</dl> }
}

/// The documents whose checklist names address the patient ("your coordinator") have a
/// third-person name for the packet's reader.
pub fn item_name_id(id: &str) -> String {
    match id {
        "medical-records-copy" | "coordinator-contact" => format!("packet-item-{id}"),
        _ => format!("checklist-item-{id}"),
    }
}
