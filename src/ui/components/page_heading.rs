use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n, Locale};

/// The page's `<h1>`; the same text, with the app's name, becomes the document title so tabs,
/// history and screen readers name the page. In every language but English (the source of
/// the texts) a line under it says the page is a translation and that the hospital's own
/// documents govern.
#[component]
pub fn PageHeading(
    /// Message id of the heading.
    key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move || {
        let title = document_title(i18n, key);
        if let Some(document) = crate::web::window().and_then(|window| window.document()) {
            document.set_title(&title);
        }
    });
    view! {
        <h1>{i18n.text(key)}</h1>
        {move || {
            (i18n.locale() != Locale::En)
                .then(|| view! { <p class="muted translation-notice">{i18n.t("translation-notice")}</p> })
        }}
    }
}

/// The document title of a page whose heading is message `key` (prerendered pages are
/// written with the same).
pub fn document_title(i18n: I18n, key: &str) -> String {
    format!("{} · {}", i18n.t(key), i18n.t("app-name"))
}
