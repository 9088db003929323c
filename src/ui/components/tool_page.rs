use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::components::{BeingBuilt, PageHeading};
use crate::ui::routes::AppRoute;

/// The frame of a tool page not yet built: heading, what the tool is for, and the honest
/// "being built" notice. Replaced page by page as each tool is built.
#[component]
pub fn ToolPage(
    /// The route whose title and summary head the page.
    route: AppRoute,
    /// Message id of the sentence saying what the finished tool will do.
    plan_key: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=route.title_key() />
        <p class="lead">{i18n.text(route.summary_key())}</p>
        <BeingBuilt plan_key=plan_key />
    }
}
