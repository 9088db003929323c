use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::focus::focus_main_content;

/// "Skip to main content", the first stop for keyboard and screen-reader users. The router
/// treats a plain `#main` link as navigation and focus would stay put, so the click moves
/// focus to `<main>` itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let skip = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        focus_main_content(true);
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>
            {i18n.text("skip-to-content")}
        </a>
    }
}
