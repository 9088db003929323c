use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::intake::state::{use_intake, Conflict, Storing};

/// Banners for what could put a draft at risk, each saying what happened and what the user
/// can do; a change made in another tab offers the choice of which version to keep.
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
    let conflict = move || {
        state.conflict.get().map(|conflict| {
            let (text, other) = match conflict {
                Conflict::Newer(_) => ("conflict-newer", Some("conflict-use-theirs")),
                Conflict::Deleted => ("conflict-deleted", None),
            };
            let keep = if other.is_some() {
                "conflict-keep-mine"
            } else {
                "conflict-save-as-new"
            };
            view! {
                <div class="notice notice--error" role="alert">
                    <p>{i18n.text(text)}</p>
                    <div class="button-row">
                        {other.map(|label| view! {
                            <button type="button" class="button" on:click=move |_| state.take_theirs()>
                                {i18n.text(label)}
                            </button>
                        })}
                        <button type="button" class="button button--quiet" on:click=move |_| state.keep_mine()>
                            {i18n.text(keep)}
                        </button>
                    </div>
                </div>
            }
        })
    };
    view! {
        {storing}
        {conflict}
        {move || state.updated_elsewhere.get().then(|| view! {
            <p class="notice" role="status">{i18n.text("conflict-updated")}</p>
        })}
    }
}
