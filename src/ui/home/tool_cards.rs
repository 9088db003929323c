use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::router::AppLink;

/// One card per tool, each with a one-sentence summary, for the home page.
#[component]
pub fn ToolCards() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <ul class="tool-cards">
            {AppRoute::navigation()
                .map(|route| {
                    view! {
                        <li class="card">
                            <h3>
                                <AppLink route=route>{i18n.text(route.title_key())}</AppLink>
                            </h3>
                            <p>{i18n.text(route.summary_key())}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
