use leptos::prelude::*;

use crate::domain::documents::FileKind;
use crate::i18n::{use_i18n, Args};
use crate::storage::file_store::KeptFile;
use crate::ui::components::picked_files;
use crate::ui::documents::files_state::use_document_files;
use crate::ui::documents::KeptFileRow;

/// The checklist item whose files are diagnostic images: those are not kept here.
const DICOM_ITEM: &str = "dicom-images";

/// The files kept with one checklist document, and a picker to add more. On paper, only the
/// files' names.
#[component]
pub fn ItemFiles(
    /// Id of the scenario the entry is listed under (a document can be under two).
    scenario: String,
    /// The checklist item.
    item: String,
    /// Message id of the document's name.
    name_id: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let files = use_document_files();
    let input_id = format!("files-{scenario}-{item}");
    let add_label = {
        let name_id = name_id.clone();
        move || i18n.t_args("files-add", &Args::new().text("document", i18n.t(&name_id)))
    };
    let on_pick = {
        let item = item.clone();
        move |event: leptos::ev::Event| {
            files.add(i18n, item.clone(), picked_files(&event), None);
        }
    };
    let kept = {
        let item = item.clone();
        move || files.of(&item)
    };
    let notice = {
        let item = item.clone();
        move || files.notice.get().filter(|notice| notice.item == item)
    };
    let busy = {
        let item = item.clone();
        move || !files.ready() || files.busy.get().as_deref() == Some(item.as_str())
    };
    let dicom = (item == DICOM_ITEM).then(|| {
        view! { <p class="notice">{i18n.text("files-dicom")}</p> }
    });
    view! {
        <div class="item-files">
            {dicom}
            <ul class="item-files__list">
                <For each=kept key=|kept: &KeptFile| (kept.file.clone(), kept.present) let(kept)>
                    <KeptFileRow kept />
                </For>
            </ul>
            {move || notice().map(|notice| {
                let class = if notice.is_error { "notice notice--error" } else { "notice" };
                let role = if notice.is_error { "alert" } else { "status" };
                view! { <p class=class role=role>{notice.text}</p> }
            })}
            <div class="field no-print">
                <label for=input_id.clone()>{add_label}</label>
                <input
                    id=input_id
                    type="file"
                    multiple
                    accept=FileKind::accept_list()
                    disabled=busy
                    on:change=on_pick
                />
            </div>
        </div>
    }
}
