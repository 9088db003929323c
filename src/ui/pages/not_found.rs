use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::ui::components::{PageHeading, SiteChrome};
use crate::ui::routes::AppRoute;

/// Any URL the app does not know: say so and offer the way home.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <SiteChrome>
            <PageHeading key="not-found-title" />
            <p>{i18n.text("not-found-text")}</p>
            <p>
                <A href=AppRoute::Home.path()>{i18n.text("not-found-home-link")}</A>
            </p>
        </SiteChrome>
    }
}
