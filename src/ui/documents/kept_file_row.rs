use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::documents::{DocumentFile, FileKind};
use crate::i18n::{use_i18n, Args};
use crate::storage::file_store::KeptFile;
use crate::ui::components::picked_files;
use crate::ui::documents::files_state::use_document_files;
use crate::ui::format::{made_on_text, size_text};

/// One kept file: a thumbnail for images, its name opening it in a new tab, its size and
/// date, and renaming, replacing and removing it. A file whose bytes the browser no longer
/// has is named, with a way to take it off the list.
#[component]
pub fn KeptFileRow(
    /// The file.
    kept: KeptFile,
) -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let file = kept.file.clone();
    if !kept.present {
        let name = file.name.clone();
        let on_remove = move |_| files.remove(i18n, file.clone());
        return view! {
            <li class="kept-file kept-file--missing">
                <p class="notice notice--error">
                    {move || i18n.t_args("files-missing", &Args::new().text("name", name.clone()))}
                </p>
                <button type="button" class="button button--quiet no-print" on:click=on_remove>
                    {i18n.text("files-forget")}
                </button>
            </li>
        }
        .into_any();
    }
    let kind = FileKind::of(&file.media_type, &file.name);
    let url = RwSignal::new(None::<String>);
    {
        let id = file.id.clone();
        spawn_local(async move {
            if let Some(blob) = files.blob(&id).await {
                url.set(crate::web::document_url(&blob, kind));
            }
        });
        on_cleanup(move || {
            if let Some(url) = url.get_untracked() {
                let _ = web_sys::Url::revoke_object_url(&url);
            }
        });
    }
    let renaming = RwSignal::new(false);
    let details = {
        let (size, added) = (file.size, file.added.clone());
        move || {
            i18n.t_args(
                "files-details",
                &Args::new()
                    .text("size", size_text(i18n, size))
                    .text("date", made_on_text(i18n, &added)),
            )
        }
    };
    let thumbnail = kind.filter(|kind| kind.is_image()).map(|_| {
        view! { <img class="kept-file__thumbnail" alt="" src=move || url.get().unwrap_or_default() /> }
    });
    // Only an image opens in a tab; any other kind (and HEIC, which browsers other than
    // Safari cannot show) is saved, never opened as a page of the app's origin.
    let download = (!kind.is_some_and(FileKind::is_image)).then(|| file.name.clone());
    // Each button's accessible name ends with the file's name ("Rename scan.pdf"): the
    // visible word first, so speech input finds it by what it shows.
    let name = file.name.clone();
    let link = view! {
        <a href=move || url.get().unwrap_or_default() target="_blank" rel="noopener" download=download>
            {name}
        </a>
    };
    view! {
        <li class="kept-file">
            {thumbnail}
            <div class="kept-file__about">
                <p class="kept-file__name">{link}</p>
                <p class="muted">{details}</p>
            </div>
            <div class="button-row no-print" hidden=move || renaming.get()>
                <button type="button" class="button button--quiet" on:click=move |_| renaming.set(true)>
                    {i18n.text("files-rename")} <span class="visually-hidden">{file.name.clone()}</span>
                </button>
                <ReplaceButton file=file.clone() />
                <button type="button" class="button button--quiet" on:click={
                    let file = file.clone();
                    move |_| files.remove(i18n, file.clone())
                }>
                    {i18n.text("files-remove")} <span class="visually-hidden">{file.name.clone()}</span>
                </button>
            </div>
            {move || renaming.get().then(|| view! { <RenameForm file=file.clone() renaming /> })}
        </li>
    }
    .into_any()
}

/// A new name for a kept file.
#[component]
fn RenameForm(file: DocumentFile, renaming: RwSignal<bool>) -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let input_id = format!("rename-{}", file.id);
    let value = RwSignal::new(file.name.clone());
    let old_name = file.name.clone();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        files.rename(i18n, file.clone(), value.get_untracked());
        renaming.set(false);
    };
    view! {
        <form class="kept-file__rename no-print" on:submit=on_submit>
            <div class="field">
                <label for=input_id.clone()>
                    {move || i18n.t_args("files-new-name", &Args::new().text("name", old_name.clone()))}
                </label>
                <input id=input_id type="text" prop:value=value on:input=move |event| value.set(event_target_value(&event)) />
            </div>
            <div class="button-row">
                <button type="submit" class="button">{i18n.text("files-save-name")}</button>
                <button type="button" class="button button--quiet" on:click=move |_| renaming.set(false)>
                    {i18n.text("files-cancel")}
                </button>
            </div>
        </form>
    }
}

/// Picks a file to take a kept file's place.
#[component]
fn ReplaceButton(file: DocumentFile) -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let name = file.name.clone();
    let on_pick = move |event: leptos::ev::Event| {
        if let Some(new) = picked_files(&event).into_iter().next() {
            files.replace(i18n, new, file.clone());
        }
    };
    view! {
        <label class="button button--quiet file-button">
            {i18n.text("files-replace")}
            <input
                type="file"
                accept=FileKind::accept_list()
                aria-label=move || i18n.t_args("files-replace-label", &Args::new().text("name", name.clone()))
                on:change=on_pick
            />
        </label>
    }
}
