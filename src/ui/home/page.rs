use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::components::PageHeading;
use crate::ui::home::{JourneyOverview, ToolCards};

/// `/`: what the app is for, the journey at a glance and a card for every tool.
#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=AppRoute::Home.title_key() />
        <p class="lead">{i18n.text("home-intro")}</p>
        <section aria-labelledby="journey-heading">
            <h2 id="journey-heading">{i18n.text("home-journey-heading")}</h2>
            <JourneyOverview />
        </section>
        <section aria-labelledby="tools-heading">
            <h2 id="tools-heading">{i18n.text("home-tools-heading")}</h2>
            <ToolCards />
        </section>
    }
}
