use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::domain::packet::{Packet, PacketError, MAX_PACKET_BYTES};
use crate::domain::sealed::{is_sealed, SealedPacket};
use crate::i18n::{use_i18n, Args, I18n};
use crate::site::AppRoute;
use crate::storage::crypto::{self, CryptoError};
use crate::ui::components::{PageHeading, PrintButton};
use crate::ui::intake::state::import_as_new_draft;
use crate::ui::packet::PacketView;
use crate::web::today;

/// Where opening a file stands.
#[derive(Clone)]
enum Opened {
    Nothing,
    /// Encrypted: waiting for the passphrase.
    Locked(SealedPacket),
    Shown(Box<Packet>),
    Failed(String),
}

/// `/packet`: opens a packet file (plain or encrypted) read-only, to scan and print, and can
/// keep it as a new draft. The file never leaves the device.
#[component]
pub fn PacketPage() -> impl IntoView {
    let i18n = use_i18n();
    let opened = RwSignal::new(Opened::Nothing);
    let imported = RwSignal::new(None::<String>);
    let read_file = move |file: web_sys::File| {
        imported.set(None);
        if file.size() > MAX_PACKET_BYTES as f64 {
            let size = format!("{:.1}", file.size() / 1_048_576.0);
            opened.set(Opened::Failed(
                i18n.t_args("packet-too-large", &Args::new().text("size", size)),
            ));
            return;
        }
        spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await;
            let result = match text.ok().and_then(|text| text.as_string()) {
                None => Opened::Failed(i18n.t("packet-unreadable")),
                Some(text) => open_text(i18n, &text),
            };
            opened.set(result);
        });
    };
    let unlock = move |sealed: SealedPacket, secret: String| {
        spawn_local(async move {
            let result = match crypto::open(&sealed, &secret).await {
                Ok(text) => open_text(i18n, &text),
                Err(CryptoError::Unavailable) => {
                    Opened::Failed(i18n.t("packet-crypto-unavailable"))
                }
                Err(_) => {
                    // A wrong passphrase keeps the prompt, with the reason beside it.
                    imported.set(Some(i18n.t("packet-wrong-passphrase")));
                    Opened::Locked(sealed)
                }
            };
            opened.set(result);
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
        let message = match import_as_new_draft(&name, packet.intake) {
            Ok(name) => i18n.t_args("packet-imported", &Args::new().text("name", name)),
            Err(error) => i18n.t_args(
                "export-failed",
                &Args::new().text("reason", error.to_string()),
            ),
        };
        imported.set(Some(message));
    };
    let body =
        move || match opened.get() {
            Opened::Nothing => None,
            Opened::Failed(message) => Some(
                view! { <p class="notice notice--error" role="alert">{message}</p> }.into_any(),
            ),
            Opened::Locked(sealed) => {
                let on_unlock = Callback::new(move |secret: String| unlock(sealed.clone(), secret));
                Some(view! { <PassphraseForm on_unlock /> }.into_any())
            }
            Opened::Shown(packet) => {
                let keep = (*packet).clone();
                Some(view! {
                <div class="button-row">
                    <button type="button" class="button" on:click=move |_| import(keep.clone())>
                        {i18n.text("packet-import")}
                    </button>
                    <PrintButton label="packet-print" />
                </div>
                <PacketView packet=*packet />
            }.into_any())
            }
        };
    view! {
        <PageHeading key=AppRoute::Packet.title_key() />
        <p class="lead">{i18n.text("packet-intro")}</p>
        <PacketFilePicker on_file=Callback::new(read_file) />
        <p role="status">{move || imported.get()}</p>
        {body}
    }
}

/// Choosing a packet file, or dropping one on the area.
#[component]
fn PacketFilePicker(
    /// Called with the file chosen or dropped.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_pick = move |event: leptos::ev::Event| {
        let file = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            on_file.run(file);
        }
    };
    let on_drop = move |event: leptos::ev::DragEvent| {
        event.prevent_default();
        let file = event
            .data_transfer()
            .and_then(|transfer| transfer.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            on_file.run(file);
        }
    };
    view! {
        <div class="packet-drop" on:dragover=|event: leptos::ev::DragEvent| event.prevent_default() on:drop=on_drop>
            <label for="packet-file" class="field__label">{i18n.text("packet-choose")}</label>
            <input id="packet-file" type="file" accept=".json,application/json" on:change=on_pick />
            <p class="muted">{i18n.text("packet-drop")}</p>
        </div>
    }
}

/// The passphrase of an encrypted packet.
#[component]
fn PassphraseForm(
    /// Called with the passphrase typed when the form is sent.
    on_unlock: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let passphrase = RwSignal::new(String::new());
    view! {
        <form class="panel" on:submit=move |event| {
            event.prevent_default();
            on_unlock.run(passphrase.get_untracked());
        }>
            <div class="field">
                <label for="packet-passphrase">{i18n.text("packet-passphrase")}</label>
                <input id="packet-passphrase" type="password" autocomplete="off"
                    on:input=move |event| passphrase.set(event_target_value(&event)) />
            </div>
            <button type="submit" class="button">{i18n.text("packet-unlock")}</button>
        </form>
    }
}

/// Reads the text of a file: an encrypted packet waits for its passphrase, a plain one is
/// checked and shown, anything else is named for what it is.
fn open_text(i18n: I18n, text: &str) -> Opened {
    if is_sealed(text) {
        return match SealedPacket::parse(text) {
            Ok(sealed) => Opened::Locked(sealed),
            Err(error) => Opened::Failed(i18n.t_args(
                "packet-invalid",
                &Args::new().text("reason", error.to_string()),
            )),
        };
    }
    match Packet::parse(text) {
        Ok(packet) => Opened::Shown(Box::new(packet)),
        Err(error) => Opened::Failed(packet_error_text(i18n, &error)),
    }
}

fn packet_error_text(i18n: I18n, error: &PacketError) -> String {
    match error {
        PacketError::TooLarge { bytes } => {
            let size = format!("{:.1}", *bytes as f64 / 1_048_576.0);
            i18n.t_args("packet-too-large", &Args::new().text("size", size))
        }
        PacketError::Malformed { .. } => i18n.t("packet-malformed"),
        PacketError::NotAPacket => i18n.t("packet-not-packet"),
        PacketError::Newer { .. } => i18n.t("packet-newer"),
        PacketError::Invalid { reason } => i18n.t_args(
            "packet-invalid",
            &Args::new().text("reason", reason.clone()),
        ),
    }
}
