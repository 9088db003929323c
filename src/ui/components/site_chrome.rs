use leptos::prelude::*;

use crate::ui::components::{AppNotices, SiteFooter, SiteHeader, SkipLink, Slice};
use crate::ui::focus::focus_main_content;
use crate::ui::router::use_navigation;

/// Skip link, header, the app's own notices (offline, update), main landmark and footer
/// around the page on screen. After a
/// client-side navigation, focus moves to the new page's content, as a full page load would
/// let a screen reader start there; the first load leaves focus alone.
#[component]
pub fn SiteChrome(children: ChildrenFn) -> impl IntoView {
    let navigation = use_navigation();
    Effect::watch(
        move || navigation.current(),
        |_, _, _| focus_main_content(false),
        false,
    );
    view! {
        <SkipLink />
        // A slice: the header (navigation, language picker) and the page build in tasks of
        // their own while the app takes over.
        <Slice><SiteHeader /></Slice>
        <AppNotices />
        <main id="main" class="page" tabindex="-1">
            {children()}
        </main>
        <Slice><SiteFooter /></Slice>
    }
}
