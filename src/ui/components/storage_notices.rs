use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::persisted::StorageStatus;

/// Tells the reader when their saved entries could not be read (kept aside, or left alone)
/// or when the browser refuses to save them, and when another tab changed them.
#[component]
pub fn StorageNotices(
    /// The storage status of the page's inputs.
    status: StorageStatus,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        {move || status.quarantined.get().map(|key| view! {
            <p class="notice notice--error" role="alert">
                {i18n.t_args("saved-quarantined", &Args::new().text("key", key))}
            </p>
        })}
        {move || status.unreadable.get().map(|_| view! {
            <p class="notice notice--error" role="alert">{i18n.text("saved-unreadable")}</p>
        })}
        {move || (status.taken_up.get() > 0).then(|| view! {
            <p class="notice" role="status">{i18n.text("saved-changed-elsewhere")}</p>
        })}
        {move || status.save_failed.get().then(|| view! {
            <p class="notice notice--error" role="alert">{i18n.text("save-failed")}</p>
        })}
    }
}
