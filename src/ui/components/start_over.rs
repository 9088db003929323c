use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::storage;
use crate::ui::persisted::StorageStatus;
use crate::web::confirmed;

/// "Start over on this page": after the browser's confirmation, removes the page's own stored
/// entry (and nothing else) and reloads the page, which then starts empty. Always offered, so
/// a stored value this version cannot use never leaves the page stuck.
#[component]
pub fn StartOver(
    /// The storage of the page's inputs; a page that stores nothing shows no button.
    status: StorageStatus,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = status.key?;
    let start_over = move |_| {
        if !confirmed(&i18n.t("start-over-confirm")) {
            return;
        }
        match storage::remove(key) {
            // Every field starts again from what is stored: nothing.
            Ok(()) => {
                if let Some(window) = crate::web::window() {
                    let _ = window.location().reload();
                }
            }
            Err(_) => status.save_failed.set(true),
        }
    };
    Some(view! {
        <p class="start-over">
            <button type="button" class="button button--quiet" on:click=start_over>
                {i18n.text("start-over")}
            </button>
        </p>
    })
}
