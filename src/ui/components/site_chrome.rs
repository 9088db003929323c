use leptos::prelude::*;
use leptos_router::components::Outlet;

use crate::i18n::use_i18n;
use crate::ui::components::{SiteFooter, SiteHeader};

/// Skip link, header, main landmark and footer around a page's content.
#[component]
pub fn SiteChrome(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <a class="skip-link" href="#main">{i18n.text("skip-to-content")}</a>
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
