use leptos::prelude::*;
use leptos_router::components::Outlet;
use leptos_router::hooks::use_location;

use crate::ui::components::{SiteFooter, SiteHeader, SkipLink};
use crate::ui::focus::focus_main_content;

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

/// The layout route: every page except the embed renders inside the site chrome. After a
/// client-side navigation, focus moves to the new page's content, as a full page load would
/// let a screen reader start there; the first load leaves focus alone.
#[component]
pub fn SiteLayout() -> impl IntoView {
    let location = use_location();
    Effect::watch(
        move || location.pathname.get(),
        |_, _, _| focus_main_content(false),
        false,
    );
    view! {
        <SiteChrome>
            <Outlet />
        </SiteChrome>
    }
}
