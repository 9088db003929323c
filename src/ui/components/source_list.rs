use leptos::prelude::*;

use crate::domain::fee_schedule::Source;
use crate::i18n::{use_i18n, Args};

/// The sources a page's figures and rules come from: title, the date they were read, and the
/// address when there is one.
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
                    .map(|source| {
                        let args = Args::new()
                            .text("title", source.title.clone())
                            .text("date", i18n.date(source.as_of));
                        view! {
                            <li>
                                {move || i18n.t_args("source-as-of", &args)} " "
                                {source.url.map(|url| {
                                    let href = url.clone();
                                    view! { <a href=href rel="noopener noreferrer">{url}</a> }
                                })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
