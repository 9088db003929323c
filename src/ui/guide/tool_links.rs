use leptos::prelude::*;

use crate::domain::guide::ToolLink;
use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::router::AppLink;

/// Links to the tools that help with a stage of the journey or answer a question.
#[component]
pub fn ToolLinks(
    /// The tools, in the data file's order.
    links: Vec<ToolLink>,
) -> impl IntoView {
    let i18n = use_i18n();
    (!links.is_empty()).then(|| {
        view! {
            <ul class="tool-links">
                {links
                    .into_iter()
                    .map(|link| {
                        let route = route_of(link);
                        view! { <li><AppLink route=route>{i18n.text(route.title_key())}</AppLink></li> }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

fn route_of(link: ToolLink) -> AppRoute {
    match link {
        ToolLink::Estimate => AppRoute::Estimate,
        ToolLink::Stay => AppRoute::Stay,
        ToolLink::Documents => AppRoute::Documents,
        ToolLink::Intake => AppRoute::Intake,
    }
}
