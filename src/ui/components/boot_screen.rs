use leptos::prelude::*;

use crate::i18n::{use_i18n, LoadState};

/// Shown until the language file has arrived: a quiet status line, or the failure and a
/// retry button (the page stays usable once the network comes back).
#[component]
pub fn BootScreen() -> impl IntoView {
    let i18n = use_i18n();
    let failed = move || matches!(i18n.state(), LoadState::Failed(_));
    view! {
        <main id="main" class="boot">
            <Show
                when=failed
                fallback=move || view! { <p role="status">{i18n.text("boot-loading")}</p> }
            >
                <div role="alert">
                    <p>{i18n.text("boot-load-failed")}</p>
                    <button type="button" class="button" on:click=move |_| i18n.retry()>
                        {i18n.text("boot-retry")}
                    </button>
                </div>
            </Show>
        </main>
    }
}
