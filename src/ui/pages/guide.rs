use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/guide`: the step-by-step guide to the journey (to be built on this frame).
#[component]
pub fn GuidePage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Guide plan_key="plan-guide" /> }
}
