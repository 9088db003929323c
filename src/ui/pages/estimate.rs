use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/estimate`: the itemised cost estimator (to be built on this frame).
#[component]
pub fn EstimatePage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Estimate plan_key="plan-estimate" /> }
}
