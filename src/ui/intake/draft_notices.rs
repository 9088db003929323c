use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::intake::state::{use_intake, Storing};

/// Banners for what could put a draft at risk, each saying what happened and what the user
/// can do.
#[component]
pub fn DraftNotices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let storing = move || {
        let text = match state.storing.get() {
            Storing::Working => return None,
            Storing::Unavailable => i18n.t("storage-unavailable"),
            Storing::Full => i18n.t("storage-quota"),
            Storing::Newer => i18n.t("storage-newer"),
            Storing::Quarantined(key) => {
                i18n.t_args("storage-quarantined", &Args::new().text("key", key))
            }
        };
        Some(view! { <p class="notice notice--error" role="alert">{text}</p> })
    };
    let deleted = move || {
        state.deleted_elsewhere.get().then(|| {
            view! {
                <div class="notice notice--error" role="alert">
                    <p>{i18n.text("conflict-deleted")}</p>
                    <button type="button" class="button" on:click=move |_| state.save_as_new()>
                        {i18n.text("conflict-save-as-new")}
                    </button>
                </div>
            }
        })
    };
    view! {
        {storing}
        {deleted}
        {move || state.updated_elsewhere.get().then(|| view! {
            <p class="notice" role="status">{i18n.text("conflict-updated")}</p>
        })}
    }
}
