use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::archive::read::is_zip;
use crate::domain::archive::seal::is_sealed;
use crate::domain::checklist::Checklists;
use crate::domain::estimate_file::EstimateFile;
use crate::domain::packet::{Packet, PacketError, MAX_PACKET_BYTES};
use crate::domain::sealed::MAX_SEALED_BYTES;
use crate::i18n::{use_i18n, Args, I18n, Messages};
use crate::site::AppRoute;
use crate::ui::components::{
    ArchiveProgress, FileDrop, Labels, PageHeading, PassphraseForm, PrintButton, Slice,
};
use crate::ui::estimator::{estimate_file_error_text, made_text, EstimateRecordView};
use crate::ui::file_opening::{open_file, too_large_text, unlock, Opened};
use crate::ui::intake::state::import_as_new_draft;
use crate::ui::packet::archive_opening::ArchiveOpening;
use crate::ui::packet::{PacketView, SecondLanguagePicker};
use crate::ui::remote::{load_data, Remote};
use crate::web::{new_id, today};

/// What a coordinator can open here: a patient's packet, or an estimate file.
#[derive(Clone)]
enum Document {
    Packet(Box<Packet>),
    Estimate(Box<EstimateFile>),
}

/// `/packet`: opens a packet file (plain or encrypted) read-only, to work from and print for
/// the hospital with its labels in a second language, and can keep it as a new draft. An
/// estimate file opens here too, read-only. The file never leaves the device.
#[component]
pub fn PacketPage() -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(Opened::<Document>::Nothing);
    let imported = RwSignal::new(None::<String>);
    // Set from the press of "Keep" until another file is opened (or keeping failed).
    let keeping_or_kept = RwSignal::new(false);
    let second = RwSignal::new(None::<Arc<Messages>>);
    let checklists = RwSignal::new(Remote::<Arc<Checklists>>::Loading);
    spawn_local(async move {
        checklists.set(load_data("checklists.json", Checklists::parse).await.into());
    });
    let archive = ArchiveOpening::new();
    let show_archive = move |result: Result<Packet, String>| {
        opened.set(match result {
            Ok(packet) => Opened::Shown(Document::Packet(Box::new(packet))),
            Err(message) => Opened::Failed(message),
        })
    };
    let read_file = move |file: web_sys::File| {
        imported.set(None);
        keeping_or_kept.set(false);
        archive.forget();
        opened.set(Opened::Nothing);
        spawn_local(async move {
            if is_archive(&file).await {
                archive.open(i18n, file, None, show_archive);
            } else {
                // A sealed packet is about 4/3 of the packet it seals: read up to the
                // sealed limit, and `Packet::parse` holds the packet itself to its own.
                open_file(i18n, file, MAX_SEALED_BYTES, opened, read_document);
            }
        });
    };
    let import = move |packet: Packet| {
        // Named so the list of drafts tells it from the patient's own: "Draft 1 (imported
        // 29 Nov 2026)", numbered if that is taken.
        let date = today().map(|day| i18n.date(day)).unwrap_or_default();
        let name = i18n.t_args(
            "drafts-imported-name",
            &Args::new()
                .text("name", packet.draft_name.clone())
                .text("date", date),
        );
        // One copy per opened packet: a second press would keep every document again.
        if keeping_or_kept.get_untracked() {
            return;
        }
        keeping_or_kept.set(true);
        spawn_local(async move {
            // The documents first: they are taken back if the draft cannot be kept.
            // The new draft's id first: its files are kept in its case, never the open one's.
            let case = new_id();
            let kept = match archive.keep_documents(i18n, &packet, &case).await {
                Ok(ids) => ids,
                Err(message) => {
                    keeping_or_kept.set(false);
                    return imported.set(Some(message));
                }
            };
            let message = match import_as_new_draft(case, &name, packet.intake) {
                Ok(name) if !kept.is_empty() => i18n.t_args(
                    "packet-imported-with-files",
                    &Args::new()
                        .text("name", name)
                        .int("count", kept.len() as i64),
                ),
                Ok(name) => i18n.t_args("packet-imported", &Args::new().text("name", name)),
                Err(error) => {
                    ArchiveOpening::take_back(&kept).await;
                    keeping_or_kept.set(false);
                    i18n.t_args(
                        "export-failed",
                        &Args::new().text("reason", error.to_string()),
                    )
                }
            };
            imported.set(Some(message));
        });
    };
    // The controls, apart from the document: choosing the second language re-renders only
    // the document, never the picker holding the choice.
    let controls = move || {
        if let Some(retry) = archive.locked.get() {
            let on_unlock =
                Callback::new(move |secret: String| archive.unlock(i18n, secret, show_archive));
            return Some(view! {
                <PassphraseForm id="packet-passphrase" retry=retry label="packet-passphrase" on_unlock />
            }.into_any());
        }
        match opened.get() {
            Opened::Nothing | Opened::Shown(Document::Estimate(_)) => None,
            Opened::Failed(message) => Some(
                view! { <p class="notice notice--error" role="alert">{message}</p> }.into_any(),
            ),
            Opened::Locked { sealed, retry } => {
                let on_unlock = Callback::new(move |secret: String| {
                    unlock(i18n, sealed.clone(), secret, opened, read_document)
                });
                Some(view! {
                <PassphraseForm id="packet-passphrase" retry=retry label="packet-passphrase" on_unlock />
            }.into_any())
            }
            Opened::Shown(Document::Packet(packet)) => Some(
                view! {
                    <div class="button-row no-print">
                        <button
                            type="button"
                            class="button"
                            disabled=move || keeping_or_kept.get()
                            on:click=move |_| import((*packet).clone())
                        >
                            {i18n.text("packet-import")}
                        </button>
                        <PrintButton label="packet-print" />
                    </div>
                }
                .into_any(),
            ),
        }
    };
    let document = move || {
        let labels = Labels::with_second(i18n, second.get());
        let loaded = match checklists.get() {
            Remote::Ready(checklists) => Some(checklists),
            _ => None,
        };
        match opened.get() {
            Opened::Shown(Document::Packet(packet)) => {
                let file_urls = archive.urls.get();
                Some(
                    view! { <PacketView packet=*packet checklists=loaded labels file_urls /> }
                        .into_any(),
                )
            }
            Opened::Shown(Document::Estimate(file)) => {
                Some(estimate_view(labels, *file).into_any())
            }
            _ => None,
        }
    };
    // Mounted only while a packet is shown, so the second language's messages are fetched
    // only then; a memo, so opening another packet keeps the choice.
    let is_packet = Memo::new(move |_| matches!(opened.get(), Opened::Shown(Document::Packet(_))));
    view! {
        <PageHeading key=AppRoute::Packet.title_key() />
        <p class="lead no-print">{i18n.text("packet-intro")}</p>
        <Slice>
            <div class="no-print">
                <FileDrop id="packet-file" label="packet-choose" accept=".json,.zip,.age,application/json,application/zip" on_file=Callback::new(read_file) />
            </div>
        </Slice>
        <ArchiveProgress progress=archive.progress label="archive-opening" />
        <p role="status" class="no-print">{move || imported.get()}</p>
        {controls}
        {move || is_packet.get().then(|| view! {
            <div class="no-print">
                <SecondLanguagePicker second />
            </div>
        })}
        {document}
    }
}

/// An estimate file opened here: who made it, when, and the estimate, read-only.
fn estimate_view(labels: Labels, file: EstimateFile) -> impl IntoView {
    let i18n = labels.i18n();
    let made = made_text(i18n, &file);
    view! {
        <article class="packet-view">
            <h2>{i18n.t("estimate-file-heading")}</h2>
            <p class="muted">{made}</p>
            <EstimateRecordView record=file.estimate labels />
        </article>
    }
}

/// Whether `file` is a zip or an age file, by its first bytes rather than its name.
async fn is_archive(file: &web_sys::File) -> bool {
    let Ok(start) = file.slice_with_i32_and_i32(0, 32) else {
        return false;
    };
    let Ok(buffer) = wasm_bindgen_futures::JsFuture::from(start.array_buffer()).await else {
        return false;
    };
    let prefix = js_sys::Uint8Array::new(&buffer).to_vec();
    is_zip(&prefix) || is_sealed(&prefix)
}

/// A packet or an estimate file, told apart by their `format`.
fn read_document(i18n: I18n, text: &str) -> Result<Document, String> {
    match Packet::parse(text) {
        Ok(packet) => Ok(Document::Packet(Box::new(packet))),
        Err(PacketError::NotAPacket) => EstimateFile::parse(text)
            .map(|file| Document::Estimate(Box::new(file)))
            .map_err(|error| match error {
                crate::domain::estimate_file::EstimateFileError::NotAnEstimate => {
                    i18n.t("packet-not-packet")
                }
                error => estimate_file_error_text(i18n, &error),
            }),
        Err(error) => Err(packet_error_text(i18n, &error)),
    }
}

fn packet_error_text(i18n: I18n, error: &PacketError) -> String {
    match error {
        PacketError::TooLarge { bytes } => too_large_text(i18n, *bytes as f64, MAX_PACKET_BYTES),
        PacketError::Malformed { .. } => i18n.t("packet-malformed"),
        PacketError::NotAPacket => i18n.t("packet-not-packet"),
        PacketError::Newer { .. } => i18n.t("packet-newer"),
        PacketError::Invalid { reason } => i18n.t_args(
            "packet-invalid",
            &Args::new().text("reason", reason.clone()),
        ),
    }
}
