use leptos::prelude::*;

use crate::i18n::use_i18n;

/// An honest notice on a page whose tool is not finished yet, saying what it will do.
#[component]
pub fn BeingBuilt(
    /// Message id of the sentence describing what the finished tool will do.
    plan_key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <aside class="notice" aria-labelledby="being-built-title">
            <h2 id="being-built-title" class="notice__title">{i18n.text("being-built-title")}</h2>
            <p>{i18n.text(plan_key)}</p>
        </aside>
    }
}
