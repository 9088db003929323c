use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/intake`: the intake form with drafts kept on this device (to be built on this frame).
#[component]
pub fn IntakePage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Intake plan_key="plan-intake" /> }
}
