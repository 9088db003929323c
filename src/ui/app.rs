//! The app root: i18n context, router and the route table.

use leptos::prelude::*;
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::path;

use crate::i18n::provide_i18n;
use crate::ui::components::{BootScreen, SiteLayout};
use crate::ui::pages::{
    DocumentsPage, EmbedEstimatePage, EstimatePage, GuidePage, HomePage, IntakePage, NotFoundPage,
    PacketPage, StayPage,
};

/// The whole application; `main` mounts it on `<body>`.
#[component]
pub fn App() -> impl IntoView {
    let i18n = provide_i18n();
    view! {
        <Show when=move || i18n.has_messages() fallback=BootScreen>
            <Router>
                <Routes fallback=NotFoundPage>
                    <ParentRoute path=path!("") view=SiteLayout>
                        <Route path=path!("") view=HomePage />
                        <Route path=path!("estimate") view=EstimatePage />
                        <Route path=path!("stay") view=StayPage />
                        <Route path=path!("documents") view=DocumentsPage />
                        <Route path=path!("guide") view=GuidePage />
                        <Route path=path!("intake") view=IntakePage />
                        <Route path=path!("packet") view=PacketPage />
                    </ParentRoute>
                    // Chromeless: hospitals frame this page on their own sites.
                    <Route path=path!("embed/estimate") view=EmbedEstimatePage />
                </Routes>
            </Router>
        </Show>
    }
}
