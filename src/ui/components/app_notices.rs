use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::service_worker::use_app_status;

/// What the reader should know about the app itself: that it works offline right now, and
/// that a new version is ready (installing it reloads the page; drafts are saved on leaving).
#[component]
pub fn AppNotices() -> impl IntoView {
    let i18n = use_i18n();
    let Some(status) = use_app_status() else {
        return ().into_any();
    };
    view! {
        <div class="app-notices" role="status">
            <Show when=move || !status.online.get()>
                <p class="notice app-notice">{i18n.text("offline-notice")}</p>
            </Show>
            <Show when=move || status.update_ready.get()>
                <div class="notice app-notice">
                    <p>{i18n.text("update-ready")}</p>
                    <button type="button" class="button" on:click=move |_| status.apply_update()>
                        {i18n.text("update-reload")}
                    </button>
                </div>
            </Show>
        </div>
    }
    .into_any()
}
