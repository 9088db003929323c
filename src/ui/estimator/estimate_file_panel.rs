//! Estimate files on `/estimate`: saving the estimate on screen as a file to send back (a
//! coordinator or a hospital answering a packet), and opening one, read-only, with the
//! choice to make it the estimate this device keeps.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::estimate_file::{
    EstimateFile, EstimateFileError, EstimateRecord, OtherFormat, RecordError, MAX_ESTIMATE_BYTES,
};
use crate::i18n::{use_i18n, Args, I18n};
use crate::storage::crypto::seal;
use crate::storage::{self, download_text, StorageKey};
use crate::ui::components::{FileDrop, Labels, NewPassphrase, NewPassphraseFields, PassphraseForm};
use crate::ui::estimator::state::use_estimator;
use crate::ui::estimator::EstimateRecordView;
use crate::ui::field_text::follow_input;
use crate::ui::file_opening::{open_file, too_large_text, unlock, Opened};
use crate::ui::format::made_on_text;
use crate::ui::persisted::stored;
use crate::ui::remote::Remote;
use crate::web::{confirmed, now_iso};

/// "Save this estimate as a file": who made it, an optional passphrase, and the download.
#[component]
pub fn SaveEstimateFile() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    // Kept on the device like every field typed: the same sender saves many estimates. When
    // the browser refuses to store, the estimator's own notice above already says so.
    let (made_by, _) = stored(StorageKey::EstimateSender, String::new);
    let passphrase = NewPassphrase::new("estimate-file-passphrase");
    let status = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let save = move |_| {
        let Remote::Ready(schedule) = state.schedule.get_untracked() else {
            return;
        };
        let entered = state.saved.get_untracked();
        let record = match EstimateRecord::new((*schedule).clone(), entered) {
            Ok(record) => record,
            Err(_) => {
                status.set(Some(i18n.t("summary-error")));
                return;
            }
        };
        let file = EstimateFile::new(
            now_iso(),
            i18n.locale().code().to_owned(),
            made_by.get_untracked().trim().to_owned(),
            record,
        );
        let Some(secret) = passphrase.secret_or_say(i18n, status) else {
            return;
        };
        busy.set(true);
        spawn_local(async move {
            let name = file.file_name();
            let text = if secret.is_empty() {
                Ok(file.to_json())
            } else {
                seal(&file.to_json(), &secret)
                    .await
                    .map(|sealed| sealed.to_json())
            };
            status.set(Some(match text {
                Ok(text) if download_text(&name, "application/json", &text) => {
                    i18n.t_args("estimate-file-saved", &Args::new().text("file", name))
                }
                Ok(_) => i18n.t("estimate-file-save-failed"),
                Err(error) => i18n.t_args(
                    "estimate-file-seal-failed",
                    &Args::new().text("reason", error.to_string()),
                ),
            }));
            busy.set(false);
        });
    };
    let made_by_node = NodeRef::new();
    follow_input(made_by_node, move || made_by.get());
    view! {
        <section class="panel no-print" aria-labelledby="estimate-file-save-heading">
            <h2 id="estimate-file-save-heading">{i18n.text("estimate-file-save-heading")}</h2>
            <p class="muted">{i18n.text("estimate-file-save-help")}</p>
            <form on:submit=|event| event.prevent_default()>
                <div class="field">
                    <label for="estimate-made-by">{i18n.text("estimate-file-made-by")}</label>
                    <input id="estimate-made-by" type="text" autocomplete="organization"
                        value=made_by.get_untracked() node_ref=made_by_node
                        on:input=move |event| made_by.set(event_target_value(&event)) />
                </div>
                <NewPassphraseFields label="estimate-file-passphrase"
                    hint="estimate-file-passphrase-help"
                    fields=passphrase
                />
                <button type="button" class="button" disabled=busy on:click=save>
                    {i18n.text("estimate-file-save")}
                </button>
            </form>
            <p role="status">{move || status.get()}</p>
        </section>
    }
}

/// Opening an estimate file: shown read-only, then "use as my estimate" after confirmation.
#[component]
pub fn OpenEstimateFile() -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(Opened::<Box<EstimateFile>>::Nothing);
    let status = RwSignal::new(None::<String>);
    let on_file = Callback::new(move |file: web_sys::File| {
        status.set(None);
        open_file(i18n, file, MAX_ESTIMATE_BYTES, opened, read_estimate);
    });
    let adopt = move |file: EstimateFile| {
        if !confirmed(&i18n.t("estimate-file-use-confirm")) {
            return;
        }
        let EstimateRecord {
            schedule,
            entered: mut saved,
            ..
        } = file.estimate;
        saved.draft.schedule_id = schedule.id.clone();
        saved.schedule = Some(schedule);
        match storage::save(StorageKey::Estimate, &saved) {
            // The page starts again from what is stored, so every field shows the estimate.
            Ok(()) => {
                if let Some(window) = crate::web::window() {
                    let _ = window.location().reload();
                }
            }
            Err(error) => status.set(Some(i18n.t_args(
                "estimate-file-use-failed",
                &Args::new().text("reason", error.to_string()),
            ))),
        }
    };
    let body = move || match opened.get() {
        Opened::Nothing => None,
        Opened::Failed(message) => {
            Some(view! { <p class="notice notice--error" role="alert">{message}</p> }.into_any())
        }
        Opened::Locked { sealed, retry } => {
            let on_unlock = Callback::new(move |secret: String| {
                unlock(i18n, sealed.clone(), secret, opened, read_estimate)
            });
            Some(view! {
                <PassphraseForm id="estimate-file-unlock" retry=retry label="estimate-file-locked" on_unlock />
            }.into_any())
        }
        Opened::Shown(file) => {
            let made = made_text(i18n, &file);
            let keep = (*file).clone();
            Some(
                view! {
                    <div class="estimate-file" data-testid="estimate-file">
                        <h3>{i18n.t("estimate-file-heading")}</h3>
                        <p class="muted">{made}</p>
                        <EstimateRecordView record=file.estimate labels=Labels::single(i18n) />
                        <button type="button" class="button" on:click=move |_| adopt(keep.clone())>
                            {i18n.text("estimate-file-use")}
                        </button>
                    </div>
                }
                .into_any(),
            )
        }
    };
    view! {
        <section class="panel no-print" aria-labelledby="estimate-file-open-heading">
            <h2 id="estimate-file-open-heading">{i18n.text("estimate-file-open-heading")}</h2>
            <p class="muted">{i18n.text("estimate-file-open-help")}</p>
            <FileDrop id="estimate-file" label="estimate-file-choose" accept=".json,application/json" on_file />
            <p role="status">{move || status.get()}</p>
            {body}
        </section>
    }
}

/// "Made by Osaka Care Desk on 29 November 2026."
pub fn made_text(i18n: I18n, file: &EstimateFile) -> String {
    let date = made_on_text(i18n, &file.created_at);
    let by = if file.made_by.is_empty() {
        i18n.t("estimate-file-anonymous")
    } else {
        file.made_by.clone()
    };
    i18n.t_args(
        "estimate-file-made",
        &Args::new().text("by", by).text("date", date),
    )
}

fn read_estimate(i18n: I18n, text: &str) -> Result<Box<EstimateFile>, String> {
    EstimateFile::parse(text)
        .map(Box::new)
        .map_err(|error| estimate_file_error_text(i18n, &error))
}

/// Why a file cannot be opened as an estimate, in the reader's words: each kind of bad file
/// its own message.
pub fn estimate_file_error_text(i18n: I18n, error: &EstimateFileError) -> String {
    match error {
        EstimateFileError::TooLarge { bytes } => {
            too_large_text(i18n, *bytes as f64, MAX_ESTIMATE_BYTES)
        }
        EstimateFileError::Malformed => i18n.t("estimate-file-malformed"),
        EstimateFileError::OtherFormat(OtherFormat::Packet) => i18n.t("estimate-file-is-packet"),
        EstimateFileError::OtherFormat(OtherFormat::FeeSchedule) => {
            i18n.t("estimate-file-is-schedule")
        }
        EstimateFileError::NotAnEstimate => i18n.t("estimate-file-not-estimate"),
        EstimateFileError::Newer { .. } => i18n.t("estimate-file-newer"),
        EstimateFileError::Invalid { reason } => i18n.t_args(
            "estimate-file-invalid",
            &Args::new().text("reason", reason.clone()),
        ),
        EstimateFileError::Record(RecordError::Schedule { field, reason }) => i18n.t_args(
            "estimate-file-schedule-invalid",
            &Args::new()
                .text("field", field.clone())
                .text("reason", reason.clone()),
        ),
        EstimateFileError::Record(RecordError::Compute(error)) => i18n.t_args(
            "estimate-file-invalid",
            &Args::new().text("reason", error.to_string()),
        ),
        EstimateFileError::Record(RecordError::Figures) => i18n.t("estimate-file-figures"),
    }
}
