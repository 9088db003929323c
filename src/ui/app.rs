//! The app root: i18n and navigation contexts, and which page is on screen.

use leptos::prelude::*;

use crate::i18n::{provide_i18n, I18n};
use crate::site::{AppRoute, EMBED_ONLY};
use crate::ui::components::{BootScreen, SiteChrome};
use crate::ui::router::{provide_navigation, Navigation};
use crate::ui::service_worker::provide_app_status;

/// The whole application in the browser; `ui::takeover` mounts it.
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    let navigation = provide_navigation();
    let embedded = is_embedded(navigation);
    // The embed lives in another site's page: offline use and updates are that site's.
    if !embedded {
        provide_app_status();
    }
    app_view(i18n, navigation)
}

/// The embed is chromeless and has no links to other pages: it stays what it is. Its own
/// bundle is nothing else, whatever the address (a constant, so that build leaves out the
/// site chrome and the service worker).
fn is_embedded(navigation: Navigation) -> bool {
    EMBED_ONLY || cfg!(feature = "embed") && navigation.current() == Some(AppRoute::EmbedEstimate)
}

/// What [`App`] shows, given its contexts. Build-time prerendering (`ui::prerender`) renders
/// this same view, so the served HTML is the app's own first render.
pub fn app_view(i18n: I18n, navigation: Navigation) -> impl IntoView {
    let embedded = is_embedded(navigation);
    view! {
        <Show when=move || i18n.has_messages() fallback=BootScreen>
            {if embedded {
                embed_page()
            } else {
                view! { <SiteChrome>{move || page(navigation.current())}</SiteChrome> }.into_any()
            }}
        </Show>
    }
}

/// The page for a route inside the site chrome. Each arm exists only in the build of the
/// route's bundle (see [`crate::site::Bundle`]).
fn page(route: Option<AppRoute>) -> AnyView {
    use crate::ui::not_found::NotFoundPage;
    match route {
        #[cfg(feature = "shell")]
        Some(AppRoute::Home) => view! { <crate::ui::home::HomePage /> }.into_any(),
        #[cfg(feature = "documents")]
        Some(AppRoute::Documents) => view! { <crate::ui::documents::DocumentsPage /> }.into_any(),
        #[cfg(feature = "guide")]
        Some(AppRoute::Guide) => view! { <crate::ui::guide::GuidePage /> }.into_any(),
        #[cfg(feature = "intake")]
        Some(AppRoute::Intake) => view! { <crate::ui::intake::IntakePage /> }.into_any(),
        #[cfg(feature = "packet")]
        Some(AppRoute::Packet) => view! { <crate::ui::packet::PacketPage /> }.into_any(),
        #[cfg(feature = "estimator")]
        Some(AppRoute::Estimate) => view! { <crate::ui::estimator::EstimatePage /> }.into_any(),
        // Reached only by a link from outside the embed; shown in full there.
        #[cfg(feature = "embed")]
        Some(AppRoute::EmbedEstimate) => embed_page(),
        #[cfg(feature = "stay")]
        Some(AppRoute::Stay) => view! { <crate::ui::stay::StayPage /> }.into_any(),
        #[cfg(feature = "hospitals")]
        Some(AppRoute::Hospitals) => view! { <crate::ui::hospitals::HospitalsPage /> }.into_any(),
        // Another bundle's route: only a misconfigured host serves this build there.
        #[allow(unreachable_patterns)]
        Some(_) | None => view! { <NotFoundPage /> }.into_any(),
    }
}

#[cfg(feature = "embed")]
fn embed_page() -> AnyView {
    view! { <crate::ui::estimator::EmbedEstimatePage /> }.into_any()
}

#[cfg(not(feature = "embed"))]
fn embed_page() -> AnyView {
    view! { <crate::ui::not_found::NotFoundPage /> }.into_any()
}
