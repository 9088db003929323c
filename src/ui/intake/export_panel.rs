use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{use_i18n, Args, I18n};
use crate::storage::crypto::seal;
use crate::storage::download_text;
use crate::ui::components::{ArchiveProgress, NewPassphrase, NewPassphraseFields};
use crate::ui::focus::focus_by_id;
use crate::ui::intake::archive_export::{export_archive, KeptDocuments};
use crate::ui::intake::packet_export::{build_packet, can_share, mailto, share};
use crate::ui::intake::state::{use_intake, IntakeState};
use crate::ui::intake::ShowAllProblems;
use crate::web::copy_to_clipboard;

/// What the user asked for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Action {
    Download,
    Copy,
    Share,
    /// The packet with the documents' files, as one zip.
    Archive,
}

/// Export of the open draft as a packet: download, copy, share, email, with an optional
/// passphrase. Export waits until the required fields are filled, and says which are not.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let show_all = expect_context::<ShowAllProblems>().0;
    let passphrase = NewPassphrase::new("export-passphrase");
    let status = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let progress = RwSignal::new(None::<(f64, f64)>);
    let act = move |action: Action| {
        let Some(secret) = passphrase.secret_or_say(i18n, status) else {
            return;
        };
        export(
            i18n,
            state,
            show_all,
            action,
            secret,
            Progress {
                status,
                busy,
                progress,
            },
        );
    };
    // The open draft's files: read again whenever another draft is opened.
    let kept = RwSignal::new(None::<KeptDocuments>);
    if crate::web::in_browser() {
        Effect::new(move |_| {
            let case = state.open.with(|open| open.id.clone());
            spawn_local(async move { kept.set(Some(KeptDocuments::load(&case).await)) });
        });
    }
    let email = move || email_href(i18n);
    view! {
        <section class="panel export" aria-labelledby="export-heading">
            <h2 id="export-heading">{i18n.text("export-heading")}</h2>
            <p>{i18n.text("export-help")}</p>
            // A form, so password managers and the browser treat the passphrase as one.
            <form on:submit=|event| event.prevent_default()>
            <NewPassphraseFields label="export-passphrase"
                hint="export-passphrase-help"
                fields=passphrase
            />
            <div class="button-row">
                <button type="button" class="button" disabled=busy on:click=move |_| act(Action::Download)>
                    {i18n.text("export-download")}
                </button>
                <button type="button" class="button button--quiet" disabled=busy on:click=move |_| act(Action::Copy)>
                    {i18n.text("export-copy")}
                </button>
                {can_share().then(|| view! {
                    <button type="button" class="button button--quiet" disabled=busy on:click=move |_| act(Action::Share)>
                        {i18n.text("export-share")}
                    </button>
                })}
                <a class="button button--quiet" href=email>{i18n.text("export-email")}</a>
            </div>
            </form>
            <p class="muted">{i18n.text("export-email-help")}</p>
            <h3>{i18n.text("archive-heading")}</h3>
            <p>{i18n.text("archive-help")}</p>
            // Only once there are files (or they cannot be read): the line then appears after the page has taken over,
            // and a first visit's page must not change as the app takes over (prerendering).
            {move || kept.get().filter(KeptDocuments::worth_saying).map(|kept| {
                let class = if kept.unreadable.is_some() { "notice notice--error" } else { "muted" };
                view! { <p class=class>{kept.summary(i18n)}</p> }
            })}
            <div class="button-row">
                <button type="button" class="button" disabled=busy on:click=move |_| act(Action::Archive)>
                    {i18n.text("archive-download")}
                </button>
            </div>
            <ArchiveProgress progress label="archive-packing" />
            <p role="status" class="export__status">{move || status.get()}</p>
        </section>
    }
}

/// Where an export tells how it is going.
#[derive(Clone, Copy)]
struct Progress {
    status: RwSignal<Option<String>>,
    busy: RwSignal<bool>,
    /// Bytes packed of the total, while a packet with documents is made.
    progress: RwSignal<Option<(f64, f64)>>,
}

/// Builds the packet of the open draft and delivers it as `action` asks, sealed when a
/// passphrase was typed; when required fields are missing, says how many and focuses the first.
fn export(
    i18n: I18n,
    state: IntakeState,
    show_all: RwSignal<bool>,
    action: Action,
    secret: String,
    Progress {
        status,
        busy,
        progress,
    }: Progress,
) {
    let found = state.problems.get_untracked();
    if let Some(first) = found.first() {
        show_all.set(true);
        let count = found.len() as i64;
        status.set(Some(
            i18n.t_args("intake-problems", &Args::new().int("count", count)),
        ));
        focus_by_id(first.field);
        return;
    }
    state.save_now();
    let open = state.open.get_untracked();
    let (locale, name, case, intake) = (
        i18n.locale().code(),
        open.name,
        open.id,
        state.intake.get_untracked(),
    );
    busy.set(true);
    spawn_local(async move {
        let packet = build_packet(locale, &name, intake).await;
        if action == Action::Archive {
            status.set(Some(i18n.t("archive-working")));
            let message = export_archive(i18n, packet, &case, secret, progress).await;
            status.set(Some(message));
            busy.set(false);
            return;
        }
        let file = packet.file_name();
        let text = if secret.is_empty() {
            Ok(packet.to_json())
        } else {
            status.set(Some(i18n.t("export-encrypting")));
            seal(&packet.to_json(), &secret)
                .await
                .map(|sealed| sealed.to_json())
        };
        let message = match text {
            Err(error) => i18n.t_args(
                "export-failed",
                &Args::new().text("reason", error.to_string()),
            ),
            Ok(text) => deliver(i18n, action, &file, &text).await,
        };
        status.set(Some(message));
        busy.set(false);
    });
}

/// A `mailto:` link that names nothing typed: a subject line, and a body that says the packet
/// is attached. The mail leaves in the clear, so neither names the patient or the diagnosis
/// (the packet itself may be sealed).
fn email_href(i18n: I18n) -> String {
    mailto(
        &i18n.t("export-email-subject"),
        &i18n.t("export-email-body"),
    )
}

async fn deliver(i18n: I18n, action: Action, file: &str, text: &str) -> String {
    let done = || i18n.t_args("export-done", &Args::new().text("file", file.to_owned()));
    match action {
        Action::Download if download_text(file, "application/json", text) => done(),
        Action::Download => i18n.t("export-copy-failed"),
        Action::Copy if copy_to_clipboard(text).await => i18n.t("export-copied"),
        Action::Copy => i18n.t("export-copy-failed"),
        Action::Share if share(file, text).await => done(),
        Action::Share | Action::Archive => i18n.t("export-copy-failed"),
    }
}
