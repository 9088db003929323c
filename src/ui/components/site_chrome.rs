use leptos::prelude::*;
use leptos_router::components::Outlet;

use crate::ui::components::{SiteFooter, SiteHeader, SkipLink};

/// Skip link, header, main landmark and footer around a page's content.
#[component]
pub fn SiteChrome(children: Children) -> impl IntoView {
    view! {
        <SkipLink />
        <SiteHeader />
        <main id="main" class="page" tabindex="-1">
            {children()}
        </main>
        <SiteFooter />
    }
}

/// The layout route: every page except the embed renders inside the site chrome.
#[component]
pub fn SiteLayout() -> impl IntoView {
    view! {
        <SiteChrome>
            <Outlet />
        </SiteChrome>
    }
}
