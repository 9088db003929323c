use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::use_i18n;
use crate::ui::components::LanguagePicker;
use crate::ui::routes::AppRoute;

/// The app's name (a link home), the tools in journey order and the language picker.
#[component]
pub fn SiteHeader() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="site-header">
            <div class="site-header__top">
                <A href=AppRoute::Home.path() attr:class="brand">
                    {i18n.text("app-name")}
                </A>
                <LanguagePicker />
            </div>
            <nav class="site-nav" aria-label=i18n.text("nav-label")>
                <ul>
                    {AppRoute::NAVIGATION
                        .into_iter()
                        .map(|route| {
                            view! {
                                <li>
                                    <A href=route.path()>{i18n.text(route.title_key())}</A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </nav>
        </header>
    }
}
