use leptos::prelude::*;

use crate::domain::intake::Intake;
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::field_text::follow_input;
use crate::ui::intake::state::{use_intake, IntakeState};
use crate::web::{confirmed, local_time};

/// The drafts on this device: which is open, its name, and making, copying, deleting them or
/// clearing everything. Deleting asks first.
#[component]
pub fn DraftBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="panel draft-bar" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{i18n.text("drafts-heading")}</h2>
            <div class="field-grid">
                <DraftPicker />
                <DraftName />
            </div>
            <SavedStatus />
            <DraftActions />
        </section>
    }
}

/// The list of drafts; choosing one opens it.
#[component]
fn DraftPicker() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let options = move || {
        let open = state.open.get();
        let mut drafts: Vec<(String, String)> = state.store.with(|store| {
            store
                .drafts
                .iter()
                .map(|draft| (draft.id.clone(), draft.name.clone()))
                .collect()
        });
        if !drafts.iter().any(|(id, _)| *id == open.id) {
            drafts.push((open.id.clone(), open.name.clone()));
        }
        drafts
            .into_iter()
            .map(|(id, name)| {
                let selected = id == open.id;
                let name = if selected { open.name.clone() } else { name };
                view! { <option value=id selected=selected>{name}</option> }
            })
            .collect_view()
    };
    view! {
        <div class="field">
            <label for="draft-open">{i18n.text("drafts-open-label")}</label>
            <select id="draft-open" on:change=move |event| state.switch_to(&event_target_value(&event))>
                {options}
            </select>
        </div>
    }
}

/// The open draft's name.
#[component]
fn DraftName() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let node = NodeRef::new();
    follow_input(node, move || state.open.with(|open| open.name.clone()));
    view! {
        <div class="field">
            <label for="draft-name">{i18n.text("drafts-name-label")}</label>
            <input
                id="draft-name"
                type="text"
                // The starting value, for the prerendered page; then the property.
                value=state.open.get_untracked().name
                node_ref=node
                on:input=move |event| state.rename(&event_target_value(&event))
            />
        </div>
    }
}

/// "Saved at 10:42" or "Not saved yet", announced as it changes.
#[component]
fn SavedStatus() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let saved_text = move || {
        if state.dirty.get() {
            return i18n.t("drafts-unsaved");
        }
        state
            .last_saved
            .get()
            .map(|at| {
                let time = local_time(&at, i18n.locale().code());
                i18n.t_args("drafts-saved", &Args::new().text("time", time))
            })
            .unwrap_or_default()
    };
    // The state as an attribute too, for tests to wait on the app rather than a clock.
    let saved_state = move || {
        if state.dirty.get() {
            "unsaved"
        } else {
            "saved"
        }
    };
    let saved_at = move || state.last_saved.get();
    view! {
        <p class="muted" role="status" data-save-state=saved_state data-saved-at=saved_at>
            {saved_text}
        </p>
    }
}

/// New, copy, delete, clear everything; the last two after the browser's confirmation.
#[component]
fn DraftActions() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let delete = move |_| {
        let name = state.open.get_untracked().name;
        let question = i18n.t_args("drafts-delete-confirm", &Args::new().text("name", name));
        if confirmed(&question) {
            let case = state.open.get_untracked().id;
            if !state.delete_open(next_name(i18n, state)) {
                return;
            }
            // Its case's files go with it: nothing of one patient stays for the next draft.
            leptos::task::spawn_local(async move {
                let (store, _) = crate::storage::file_store::FileStore::open(|_| {}).await;
                let _ = crate::ui::case::remove_files_of(&store, &case).await;
            });
        }
    };
    let duplicate = move |_| {
        let name = state.open.get_untracked().name;
        state.duplicate(i18n.t_args("drafts-copy-name", &Args::new().text("name", name)));
    };
    let cleared = RwSignal::new(None::<String>);
    let clear_all = move |_| {
        if !confirmed(&i18n.t("drafts-clear-all-confirm")) {
            return;
        }
        if !state.clear_all(next_name(i18n, state)) {
            cleared.set(Some(i18n.t("drafts-clear-failed")));
            return;
        }
        // The kept documents too: a shared computer must not hand them to the next person.
        leptos::task::spawn_local(async move {
            let (store, _) = crate::storage::file_store::FileStore::open(|_| {}).await;
            let message = match store.clear().await {
                Ok(files) => i18n.t_args("drafts-cleared", &Args::new().int("files", files as i64)),
                Err(error) => i18n.t_args(
                    "drafts-cleared-files-failed",
                    &Args::new().text("reason", error.to_string()),
                ),
            };
            cleared.set(Some(message));
        });
    };
    let create = move |_| state.create(next_name(i18n, state), Intake::default());
    view! {
        <div class="button-row">
            <button type="button" class="button" on:click=create>
                {i18n.text("drafts-new")}
            </button>
            <button type="button" class="button button--quiet" on:click=duplicate>
                {i18n.text("drafts-duplicate")}
            </button>
            <button type="button" class="button button--quiet" on:click=delete>
                {i18n.text("drafts-delete")}
            </button>
            <button type="button" class="button button--quiet" on:click=clear_all>
                {i18n.text("drafts-clear-all")}
            </button>
        </div>
        <p role="status">{move || cleared.get()}</p>
    }
}

/// "Draft 3": the name a new draft gets.
fn next_name(i18n: I18n, state: IntakeState) -> String {
    let number = state.store.with_untracked(|store| store.next_number());
    i18n.t_args(
        "drafts-default-name",
        &Args::new().int("number", number as i64),
    )
}
