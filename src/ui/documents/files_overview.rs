use leptos::prelude::*;

use crate::domain::documents::{total_size, DocumentFile, MAX_FILE_BYTES, MAX_TOTAL_BYTES};
use crate::i18n::{use_i18n, Args};
use crate::storage::file_store::OpenWait;
use crate::ui::components::{ArchiveProgress, NewPassphrase, NewPassphraseFields};
use crate::ui::documents::files_state::{use_document_files, FilesPlace};
use crate::ui::format::size_text;

/// What the documents' files use on this device and what the browser says is left, the
/// limits and why, and a banner when files can only be held for this visit.
#[component]
pub fn FilesOverview() -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let limits = move || {
        i18n.t_args(
            "files-limits",
            &Args::new()
                .text("file", size_text(i18n, MAX_FILE_BYTES))
                .text("whole", size_text(i18n, MAX_TOTAL_BYTES)),
        )
    };
    let used = move || {
        let kept: Vec<DocumentFile> = files
            .kept
            .with(|kept| kept.iter().map(|k| k.file.clone()).collect());
        let mut text = i18n.t_args(
            "files-used",
            &Args::new()
                .int("count", kept.len() as i64)
                .text("size", size_text(i18n, total_size(&kept)))
                .text("whole", size_text(i18n, MAX_TOTAL_BYTES)),
        );
        if let Some(free) = files.space.get() {
            text.push(' ');
            text.push_str(&i18n.t_args(
                "files-browser-free",
                &Args::new().text("free", size_text(i18n, free)),
            ));
        }
        text
    };
    view! {
        <section class="panel files-overview no-print" aria-labelledby="files-heading">
            <h2 id="files-heading">{i18n.text("files-heading")}</h2>
            <p>{limits}</p>
            <p>{move || match files.case_name.get_value() {
                Some(name) => i18n.t_args("files-case", &Args::new().text("name", name)),
                None => i18n.t("files-case-first"),
            }}</p>
            {move || match files.place.get() {
                FilesPlace::Memory(reason) => Some(view! {
                    <div class="notice notice--error" role="alert">
                        <p>{i18n.t_args("files-memory-only", &Args::new().text("reason", reason.to_string()))}</p>
                    </div>
                    <ThisVisitExport />
                }.into_any()),
                FilesPlace::Opening => None,
                FilesPlace::Waiting(wait) => Some(view! {
                    <p class="notice" role="status">{i18n.text(match wait {
                        OpenWait::Slow => "files-opening-slow",
                        OpenWait::Blocked => "files-opening-blocked",
                    })}</p>
                }.into_any()),
                FilesPlace::Device => Some(view! { <p role="status">{used}</p> }.into_any()),
            }}
            {move || files.notice.get().filter(|notice| notice.item.is_empty()).map(|notice| view! {
                <p class="notice notice--error" role="alert">{notice.text}</p>
            })}
        </section>
    }
}

/// Where files last only for this visit: the packet with them, before the page is closed.
#[component]
fn ThisVisitExport() -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let passphrase = NewPassphrase::new("this-visit-passphrase");
    let progress = RwSignal::new(None::<(f64, f64)>);
    let status = RwSignal::new(None::<String>);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let Some(secret) = passphrase.secret_or_say(i18n, status) else {
            return;
        };
        status.set(Some(i18n.t("archive-working")));
        leptos::task::spawn_local(async move {
            let message = files.export_this_visit(i18n, secret, progress).await;
            status.set(Some(message));
        });
    };
    view! {
        <form class="panel" on:submit=on_submit>
            <p>{i18n.text("files-this-visit-help")}</p>
            <NewPassphraseFields label="archive-passphrase" fields=passphrase />
            <button type="submit" class="button">{i18n.text("archive-download")}</button>
            <ArchiveProgress progress label="archive-packing" />
            <p role="status">{move || status.get()}</p>
        </form>
    }
}
