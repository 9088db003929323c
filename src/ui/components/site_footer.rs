use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;

/// Privacy promise, the reminder of what governs, and the hospitals' link to the embed.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="site-footer">
            <p>{i18n.text("footer-privacy")}</p>
            <p>{i18n.text("footer-guidance")}</p>
            <p>
                // A full page load: another bundle. In the reader's language, as every link.
                <a href=move || AppRoute::Hospitals.localized_path(i18n.locale())>
                    {i18n.text("footer-embed-link")}
                </a>
            </p>
        </footer>
    }
}
