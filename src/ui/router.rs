//! Moving between the app's routes without reloading the page.
//!
//! The routes are a handful of fixed paths, so this is a route signal, links that push
//! history entries, and the browser's back and forward buttons. `leptos_router` would add
//! about 50 KB (brotli) to the first load for nested routes, parameters and async loading the
//! app does not use (measured: a minimal Leptos 0.8 app is 28 KB with it left out, 78 KB with
//! it).
//!
//! Routes rendered by another bundle (see [`Bundle`](crate::site::Bundle)) are reached
//! by an ordinary page load, which fetches that bundle.

use leptos::ev;
use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::site::{split_locale_prefix, AppRoute};
use crate::web::pathname;

/// The route on screen; `None` for an address the app does not know. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Navigation {
    current: RwSignal<Option<AppRoute>>,
}

impl Navigation {
    /// The route on screen (reactive).
    pub fn current(&self) -> Option<AppRoute> {
        self.current.get()
    }

    /// Shows `route` and adds a history entry for `url` (its path, perhaps with a
    /// `#fragment` the page scrolls to), as following a link would.
    fn go(&self, route: AppRoute, url: &str) {
        if let Some(window) = crate::web::window() {
            if let Ok(history) = window.history() {
                let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
            }
            window.scroll_to_with_x_and_y(0.0, 0.0);
        }
        self.current.set(Some(route));
    }

    /// Puts the page's address in `locale` (after the reader picked a language): the same
    /// route under that locale's prefix, so a reload or a copied link keeps the language.
    pub fn show_locale(&self, locale: Locale) {
        let Some(route) = self.current.get_untracked() else {
            return;
        };
        let Some(window) = crate::web::window() else {
            return;
        };
        let location = window.location();
        let search = location.search().unwrap_or_default();
        let hash = location.hash().unwrap_or_default();
        let url = format!("{}{search}{hash}", route.localized_path(locale));
        if let Ok(history) = window.history() {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    }
}

/// Provides a [`Navigation`] showing `route`, with no address bar behind it: for rendering
/// pages outside the browser (prerendering at build time, tests).
pub fn provide_navigation_at(route: Option<AppRoute>) -> Navigation {
    let navigation = Navigation {
        current: RwSignal::new(route),
    };
    provide_context(navigation);
    navigation
}

/// Reads the route from the address bar and follows the back and forward buttons.
pub fn provide_navigation() -> Navigation {
    let navigation = provide_navigation_at(AppRoute::from_path(&pathname()));
    let i18n = use_i18n();
    let handle = window_event_listener(ev::popstate, move |_| {
        let path = pathname();
        let route = AppRoute::from_path(&path);
        if route.is_some_and(|route| !route.bundle().is_compiled()) {
            // A history entry of another bundle's page: only a page load can show it.
            if let Some(window) = crate::web::window() {
                let _ = window.location().reload();
            }
            return;
        }
        // An entry from before the picker changed the language keeps its locale's prefix:
        // the page comes back in the language its address names, as a reload would show it.
        // Not remembered: going back is not a choice of language.
        if let (Some(locale), _) = split_locale_prefix(&path) {
            i18n.select(locale, false);
        }
        navigation.current.set(route);
    });
    on_cleanup(move || handle.remove());
    navigation
}

pub fn use_navigation() -> Navigation {
    expect_context::<Navigation>()
}

/// A link to a route of the app: an ordinary link (it can be opened in a new tab, copied,
/// bookmarked) that a plain click follows without reloading the page when this build
/// renders the route.
#[component]
pub fn AppLink(
    /// Where the link goes.
    route: AppRoute,
    /// CSS class of the `<a>`.
    #[prop(optional)]
    class: &'static str,
    /// An element id on the target page to scroll to (`#stage-visa`).
    #[prop(optional)]
    fragment: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let navigation = use_navigation();
    let i18n = use_i18n();
    let fragment = fragment.map(|id| format!("#{id}")).unwrap_or_default();
    // The link stays in the reader's language: each locale's pages have their own paths.
    let href = move || format!("{}{fragment}", route.localized_path(i18n.locale()));
    let target = href.clone();
    let follow = move |event: ev::MouseEvent| {
        let modified = event.ctrl_key() || event.meta_key() || event.shift_key() || event.alt_key();
        let elsewhere = !route.bundle().is_compiled();
        if event.default_prevented() || event.button() != 0 || modified || elsewhere {
            return;
        }
        event.prevent_default();
        navigation.go(route, &target());
    };
    view! {
        <a
            href=href
            class=class
            aria-current=move || (navigation.current() == Some(route)).then_some("page")
            on:click=follow
        >
            {children()}
        </a>
    }
}
