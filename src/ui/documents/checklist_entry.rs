use leptos::prelude::*;

use crate::domain::checklist::{ChecklistItem, Status};
use crate::domain::source::Source;
use crate::i18n::{use_i18n, Args};
use crate::ui::components::SourceCitation;
use crate::ui::documents::state::use_documents;
use crate::ui::documents::ItemFiles;
use crate::ui::field_text::follow_textarea;

/// One document: what it is, why and in what form it is needed, who provides it, where that
/// is written, and the user's status and note. On paper the controls become a box to tick,
/// the status in words and the note.
#[component]
pub fn ChecklistEntry(
    /// Id of the scenario the entry is listed under (a document can be under two).
    scenario: String,
    /// The document.
    item: ChecklistItem,
    /// The sources the item cites.
    sources: Vec<Source>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_documents();
    let [name, why, format] = item.message_ids();
    let name_id = name.clone();
    let provider = item.provider.message_id();
    let id = item.id.clone();
    let status = {
        let id = id.clone();
        Memo::new(move |_| state.status(&id))
    };
    let source_text = sources
        .into_iter()
        .enumerate()
        .map(|(index, source)| view! { {(index > 0).then_some("; ")} <SourceCitation source /> })
        .collect_view();
    let note = {
        let id = id.clone();
        Signal::derive(move || state.progress.with(|progress| progress.item(&id).note))
    };
    view! {
        <li class="checklist-entry" class:checklist-entry--ready=move || status.get().is_ready()>
            <h3 class="checklist-entry__name">
                <span class="print-only checklist-entry__box" aria-hidden="true">
                    {move || if status.get().is_ready() { "☑" } else { "☐" }}
                </span>
                {move || i18n.t(&name)}
            </h3>
            <p>{move || i18n.t(&why)}</p>
            <p>
                <strong>{i18n.text("checklist-format-label")}</strong> " " {move || i18n.t(&format)}
            </p>
            <p>
                <strong>{i18n.text("checklist-provider-label")}</strong> " " {i18n.text(provider)}
            </p>
            <EntryControls scenario=scenario.clone() item_id=id.clone() status note />
            <ItemFiles scenario item=id name_id />
            <EntryOnPaper status note />
            <p class="checklist-entry__sources muted">
                <strong>{i18n.text("checklist-sources-label")}</strong> " " {source_text}
            </p>
        </li>
    }
}

/// The status and the note, as the reader changes them.
#[component]
fn EntryControls(
    scenario: String,
    item_id: String,
    status: Memo<Status>,
    note: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_documents();
    let status_id = format!("status-{scenario}-{item_id}");
    let note_id = format!("note-{scenario}-{item_id}");
    let options = Status::ALL
        .into_iter()
        .map(|option| {
            view! {
                <option value=option.code() selected=move || status.get() == option>
                    {i18n.text(option.message_id())}
                </option>
            }
        })
        .collect_view();
    let on_status = {
        let id = item_id.clone();
        move |event| {
            if let Some(chosen) = Status::from_code(&event_target_value(&event)) {
                state.set_status(&id, chosen);
            }
        }
    };
    let on_note = move |event| state.set_note(&item_id, &event_target_value(&event));
    let note_node = NodeRef::new();
    follow_textarea(note_node, move || note.get());
    view! {
        <div class="field-grid checklist-entry__controls">
            <div class="field">
                <label for=status_id.clone()>{i18n.text("checklist-status-label")}</label>
                <select id=status_id on:change=on_status>{options}</select>
            </div>
            <div class="field">
                <label for=note_id.clone()>{i18n.text("checklist-note-label")}</label>
                <textarea id=note_id rows="2" node_ref=note_node on:input=on_note></textarea>
            </div>
        </div>
    }
}

/// On paper, the status in words and the note instead of the controls.
#[component]
fn EntryOnPaper(status: Memo<Status>, note: Signal<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="print-only">
            {move || {
                let status = i18n.t(status.get().message_id());
                i18n.t_args("checklist-status-printed", &Args::new().text("status", status))
            }}
        </p>
        {move || {
            let text = note.get();
            (!text.is_empty()).then(|| {
                let printed = i18n.t_args("checklist-note-printed", &Args::new().text("note", text));
                view! { <p class="print-only">{printed}</p> }
            })
        }}
    }
}
