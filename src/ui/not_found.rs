use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::components::PageHeading;
use crate::ui::router::AppLink;

/// Any URL the app does not know: say so and offer the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key="not-found-title" />
        <p>{i18n.text("not-found-text")}</p>
        <p>
            <AppLink route=AppRoute::Home>{i18n.text("not-found-home-link")}</AppLink>
        </p>
    }
}
