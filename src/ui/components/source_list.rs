use leptos::prelude::*;

use crate::domain::source::Source;
use crate::i18n::use_i18n;
use crate::ui::components::SourceCitation;

/// The sources a page's figures and rules come from, each cited with its dates.
#[component]
pub fn SourceList(
    /// The sources, in the order the data file lists them.
    sources: Vec<Source>,
    /// Level of the "Sources" heading (2 under a page, 3 inside a section).
    #[prop(default = 2)]
    heading_level: u8,
) -> impl IntoView {
    let i18n = use_i18n();
    let heading = i18n.text("sources-heading");
    view! {
        <div class="sources">
            {if heading_level == 2 {
                view! { <h2 class="sources__heading">{heading}</h2> }.into_any()
            } else {
                view! { <h3 class="sources__heading">{heading}</h3> }.into_any()
            }}
            <ul>
                {sources
                    .into_iter()
                    .map(|source| view! { <li><SourceCitation source /></li> })
                    .collect_view()}
            </ul>
        </div>
    }
}
