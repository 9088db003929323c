use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Choosing a file, or dropping one on the area.
#[component]
pub fn FileDrop(
    /// The file input's id.
    id: &'static str,
    /// Message id of the label.
    label: &'static str,
    /// File types offered by the picker (`.json,application/json`).
    accept: &'static str,
    /// Called with the file chosen or dropped.
    on_file: Callback<web_sys::File>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let on_pick = move |event: leptos::ev::Event| {
        if let Some(file) = picked_files(&event).into_iter().next() {
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
            <label for=id class="field__label">{i18n.text(label)}</label>
            <input id=id type="file" accept=accept on:change=on_pick />
            <p class="muted">{i18n.text("file-drop")}</p>
        </div>
    }
}

/// The files chosen in the file input that sent `event`. The input is then emptied, so the
/// same file chosen again (after fixing it) still counts as a change.
pub fn picked_files(event: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let list = input.files();
    let files = (0..list.as_ref().map_or(0, |list| list.length()))
        .filter_map(|index| list.as_ref()?.get(index))
        .collect();
    input.set_value("");
    files
}
