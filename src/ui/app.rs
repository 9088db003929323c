//! The app root: i18n and navigation contexts, and which page is on screen.

use leptos::prelude::*;

use crate::i18n::provide_i18n;
use crate::ui::components::{BootScreen, SiteChrome};
use crate::ui::pages::{
    DocumentsPage, EmbedEstimatePage, EstimatePage, GuidePage, HomePage, IntakePage, NotFoundPage,
    PacketPage, StayPage,
};
use crate::ui::router::provide_navigation;
use crate::ui::routes::AppRoute;

/// The whole application; `main` mounts it on `<body>`.
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let navigation = provide_navigation();
    // The embed is chromeless and has no links to other pages: it stays what it is.
    let embedded = navigation.current() == Some(AppRoute::EmbedEstimate);
    view! {
        <Show when=move || i18n.has_messages() fallback=BootScreen>
            {if embedded {
                view! { <EmbedEstimatePage /> }.into_any()
            } else {
                view! { <SiteChrome>{move || page(navigation.current())}</SiteChrome> }.into_any()
            }}
        </Show>
    }
}

/// The page for a route inside the site chrome.
fn page(route: Option<AppRoute>) -> AnyView {
    match route {
        Some(AppRoute::Home) => view! { <HomePage /> }.into_any(),
        Some(AppRoute::Estimate) => view! { <EstimatePage /> }.into_any(),
        Some(AppRoute::Stay) => view! { <StayPage /> }.into_any(),
        Some(AppRoute::Documents) => view! { <DocumentsPage /> }.into_any(),
        Some(AppRoute::Guide) => view! { <GuidePage /> }.into_any(),
        Some(AppRoute::Intake) => view! { <IntakePage /> }.into_any(),
        Some(AppRoute::Packet) => view! { <PacketPage /> }.into_any(),
        // Reached only by a link from outside the embed; shown in full there.
        Some(AppRoute::EmbedEstimate) => view! { <EmbedEstimatePage /> }.into_any(),
        None => view! { <NotFoundPage /> }.into_any(),
    }
}
