use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/embed/estimate`: the estimator without site chrome, for hospitals' iframes. Its language
/// comes from `?lang=` (read at start-up), since the host page knows its reader's language.
#[component]
pub fn EmbedEstimatePage() -> impl IntoView {
    view! {
        <main id="main" class="page page--embed">
            <ToolPage route=AppRoute::EmbedEstimate plan_key="plan-embed-estimate" />
        </main>
    }
}
