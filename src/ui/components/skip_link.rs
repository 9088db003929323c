use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// "Skip to main content", the first stop for keyboard and screen-reader users. The router
/// treats a plain `#main` link as navigation and focus would stay put, so the click moves
/// focus to `<main>` itself.
#[component]
pub fn SkipLink() -> impl IntoView {
    let i18n = use_i18n();
    let focus_main = move |event: leptos::ev::MouseEvent| {
        event.prevent_default();
        let main = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.get_element_by_id("main"))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(main) = main {
            let _ = main.focus();
            main.scroll_into_view();
        }
    };
    view! {
        <a class="skip-link" href="#main" on:click=focus_main>
            {i18n.text("skip-to-content")}
        </a>
    }
}
