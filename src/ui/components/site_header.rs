use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::components::LanguagePicker;
use crate::ui::router::AppLink;

/// The app's name (a link home), the tools in journey order and the language picker.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__top">
                <AppLink route=AppRoute::Home class="brand">
                    {i18n.text("app-name")}
                </AppLink>
                <LanguagePicker />
            </div>
            <nav class="site-nav" aria-label=i18n.text("nav-label")>
                <ul>
                    {AppRoute::navigation()
                        .map(|route| {
                            view! {
                                <li>
                                    <AppLink route=route>{i18n.text(route.title_key())}</AppLink>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
