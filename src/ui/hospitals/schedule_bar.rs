use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::schedule_draft::ScheduleDraft;
use crate::i18n::{use_i18n, Args, I18n};
use crate::storage::download_text;
use crate::ui::estimator::embed::MAX_HOST_SCHEDULE_BYTES;
use crate::ui::field_text::follow_input;
use crate::ui::hospitals::listed_schedules::ListedSchedules;
use crate::ui::hospitals::state::{use_hospitals, HospitalsState};
use crate::web::confirmed;

/// The schedules on this device: which is open, its name, and starting one (blank, from an
/// example, from a file) or deleting it.
#[component]
pub fn ScheduleBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let message = RwSignal::new(None::<(bool, String)>);
    let options = move || {
        state.store.with(|store| {
            // The one shown as open, also when the key remembered is gone.
            let open = store.open_index();
            store
                .schedules
                .iter()
                .enumerate()
                .map(|(index, saved)| {
                    let selected = Some(index) == open;
                    view! { <option value=saved.key.clone() selected=selected>{saved.name.clone()}</option> }
                })
                .collect_view()
        })
    };
    let name_node = NodeRef::new();
    follow_input(name_node, move || state.name());
    let delete = move |_| {
        let question = i18n.t_args(
            "schedules-delete-confirm",
            &Args::new().text("name", state.name()),
        );
        if confirmed(&question) {
            state.delete_open();
            if state
                .store
                .with_untracked(|store| store.schedules.is_empty())
            {
                state.add(next_name(i18n, state), ScheduleDraft::blank());
            }
        }
    };
    view! {
        <section class="panel" aria-labelledby="schedules-heading">
            <h2 id="schedules-heading">{i18n.text("schedules-heading")}</h2>
            <div class="field-grid">
                <div class="field">
                    <label for="schedule-open">{i18n.text("schedules-open-label")}</label>
                    <select id="schedule-open" on:change=move |event| state.open(event_target_value(&event))>
                        {options}
                    </select>
                </div>
                <div class="field">
                    <label for="schedule-name">{i18n.text("schedules-name-label")}</label>
                    <input id="schedule-name" type="text" node_ref=name_node
                        on:input=move |event| state.rename(event_target_value(&event)) />
                </div>
            </div>
            <div class="button-row">
                <button type="button" class="button button--quiet"
                    on:click=move |_| state.add(next_name(i18n, state), ScheduleDraft::blank())>
                    {i18n.text("schedules-new-blank")}
                </button>
                <button type="button" class="button button--quiet" on:click=delete>
                    {i18n.text("schedules-delete")}
                </button>
            </div>
            <ExamplePicker message />
            <FileOpener message />
            {move || message.get().map(|(failed, text)| {
                let class = if failed { "notice notice--error" } else { "notice" };
                view! { <p class=class role=if failed { "alert" } else { "status" }>{text}</p> }
            })}
        </section>
    }
}

/// "Schedule 3".
fn next_name(i18n: I18n, state: HospitalsState) -> String {
    let number = state.store.with_untracked(|store| store.next_number());
    i18n.t_args(
        "schedules-default-name",
        &Args::new().int("number", number as i64),
    )
}

/// Starting from one of the planner's example schedules.
#[component]
fn ExamplePicker(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let chosen = RwSignal::new(String::new());
    let start = move |_| {
        let id = chosen.get_untracked();
        spawn_local(async move {
            let text = crate::fetch::fetch_text(&format!("/data/fee-schedules/{id}.json")).await;
            let opened = text
                .map_err(|error| error.to_string())
                .and_then(|text| ScheduleDraft::from_file_text(&text));
            message.set(Some(open_result(i18n, state, opened)));
        });
    };
    view! {
        <div class="field-row">
            <ListedSchedules id="schedule-example" label="schedules-example-label" chosen />
            <button type="button" class="button button--quiet" on:click=start>{i18n.text("schedules-from-example")}</button>
        </div>
    }
}

/// Opening a schedule file from the device.
#[component]
fn FileOpener(message: RwSignal<Option<(bool, String)>>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let on_pick = move |event: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&event);
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        // The largest schedule the embed accepts: a bigger one could not be published.
        if file.size() > MAX_HOST_SCHEDULE_BYTES as f64 {
            let reason = format!("{:.0} kB", file.size() / 1024.0);
            message.set(Some((
                true,
                i18n.t_args(
                    "schedules-file-refused",
                    &Args::new().text("reason", reason),
                ),
            )));
            return;
        }
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let opened = text
                .ok()
                .and_then(|text| text.as_string())
                .ok_or_else(|| "unreadable".to_owned())
                .and_then(|text| ScheduleDraft::from_file_text(&text));
            message.set(Some(open_result(i18n, state, opened)));
        });
    };
    view! {
        <div class="field">
            <label for="schedule-file">{i18n.text("schedules-open-file")}</label>
            <input id="schedule-file" type="file" accept=".json,application/json" on:change=on_pick />
        </div>
    }
}

/// Adds an opened schedule as a new one (named after it), or says why it could not be.
fn open_result(
    i18n: I18n,
    state: HospitalsState,
    opened: Result<ScheduleDraft, String>,
) -> (bool, String) {
    match opened {
        Ok(draft) => {
            let name = draft
                .name
                .get("en")
                .filter(|name| !name.trim().is_empty())
                .cloned()
                .unwrap_or_else(|| next_name(i18n, state));
            state.add(name.clone(), draft);
            (
                false,
                i18n.t_args("schedules-opened", &Args::new().text("name", name)),
            )
        }
        Err(reason) => (
            true,
            i18n.t_args(
                "schedules-file-refused",
                &Args::new().text("reason", reason),
            ),
        ),
    }
}

/// Downloading the schedule as `<id>.json`: only when the reader finds no problem.
#[component]
pub fn DownloadButton() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let blocked = move || state.problems.with(|problems| !problems.is_empty());
    let file_name = move || state.read(|draft| draft.file_name()).unwrap_or_default();
    let download = move |_| {
        if blocked() {
            return;
        }
        let draft = state.draft();
        download_text(
            &draft.file_name(),
            "application/json",
            &draft.to_file_text(),
        );
    };
    view! {
        <div class="download-schedule">
            <button type="button" class="button" on:click=download aria-disabled=move || blocked().then_some("true")
                aria-describedby="download-blocked">
                {move || i18n.t_args("schedules-download", &Args::new().text("file", file_name()))}
            </button>
            <p id="download-blocked" class="muted" hidden=move || !blocked()>{i18n.text("schedules-download-blocked")}</p>
        </div>
    }
}
