use leptos::prelude::*;

use crate::i18n::use_i18n;

/// Opens the browser's print dialog; the print stylesheet decides what goes on paper.
#[component]
pub fn PrintButton(
    /// Message id of the button's label ("Print this estimate").
    label: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let print = |_| {
        if let Some(window) = crate::web::window() {
            let _ = window.print();
        }
    };
    view! {
        <button type="button" class="button" on:click=print>
            {i18n.text(label)}
        </button>
    }
}
