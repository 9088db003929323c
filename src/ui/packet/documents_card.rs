use leptos::prelude::*;

use crate::domain::archive::ArchivedDocument;
use crate::domain::documents::FileKind;
use crate::i18n::Args;
use crate::ui::components::Labels;
use crate::ui::format::size_text;
use crate::ui::packet::checklist_card::item_name_id;

/// The documents' files that came with the packet, under their checklist documents: each
/// with its size, a mark that its SHA-256 matched the manifest, a preview (images) and a
/// link to open or download it. Listed without links when only the packet's JSON was opened.
#[component]
pub fn DocumentsCard(
    /// The files the packet lists.
    documents: Vec<ArchivedDocument>,
    /// An address for each file's bytes, in the same order; empty when they did not come.
    file_urls: Vec<String>,
    /// Labels, in a second language too when printed.
    labels: Labels,
) -> impl IntoView {
    let i18n = labels.i18n();
    let attached = file_urls.len() == documents.len();
    let summary = i18n.t_args(
        if attached {
            "packet-documents-verified"
        } else {
            "packet-documents-not-attached"
        },
        &Args::new()
            .int("count", documents.len() as i64)
            .text("size", size_text(i18n, total_size_of(&documents))),
    );
    let mut items: Vec<&str> = Vec::new();
    for document in &documents {
        if !items.contains(&document.item.as_str()) {
            items.push(&document.item);
        }
    }
    let groups = items
        .into_iter()
        .map(|item| {
            let rows = documents
                .iter()
                .zip(file_urls.iter().map(Some).chain(std::iter::repeat(None)))
                .filter(|(document, _)| document.item == item)
                .map(|(document, url)| file_row(&labels, document, url.cloned()))
                .collect_view();
            view! {
                <section class="packet-view__group">
                    <h4>{labels.label(&item_name_id(item))}</h4>
                    <ul class="item-files__list">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="packet-view__section">
            <h3>{labels.label("packet-documents-heading")}</h3>
            <p>{summary}</p>
            // A match is against a manifest the same sender wrote: it shows the files came
            // through whole, not that nobody changed them on the way (F22).
            {attached.then(|| view! { <p>{i18n.t("packet-documents-manifest-note")}</p> })}
            {groups}
        </section>
    }
}

fn total_size_of(documents: &[ArchivedDocument]) -> u64 {
    documents.iter().map(|document| document.size).sum()
}

fn file_row(labels: &Labels, document: &ArchivedDocument, url: Option<String>) -> impl IntoView {
    let i18n = labels.i18n();
    let kind = FileKind::of(&document.media_type, &document.name);
    let size = size_text(i18n, document.size);
    let thumbnail = url
        .clone()
        .filter(|_| kind.is_some_and(FileKind::is_image))
        .map(|src| view! { <img class="kept-file__thumbnail" alt="" src=src /> });
    // Only an image is shown in place; any other kind is saved, never opened as a page of
    // the app's origin.
    let name = match url.clone().filter(|_| kind.is_some_and(FileKind::is_image)) {
        Some(href) => {
            view! { <a href=href target="_blank" rel="noopener">{document.name.clone()}</a> }
                .into_any()
        }
        None => view! { <span>{document.name.clone()}</span> }.into_any(),
    };
    let verified = url.is_some().then(|| {
        view! { <span class="verified">"✓ " {i18n.t("packet-document-matches-manifest")}</span> }
    });
    let download = url.map(|href| {
        view! {
            <a class="button button--quiet no-print" href=href download=document.name.clone()>
                {i18n.t("packet-document-download")}
                " "
                <span class="visually-hidden">{document.name.clone()}</span>
            </a>
        }
    });

    view! {
        <li class="kept-file">
            {thumbnail}
            <div class="kept-file__about">
                <p class="kept-file__name">{name}</p>
                <p class="muted">{size} " · " {document.media_type.clone()} " " {verified}</p>
            </div>
            {download}
        </li>
    }
}
