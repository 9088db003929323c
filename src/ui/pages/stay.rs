use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/stay`: stay-length check and trip timeline (to be built on this frame).
#[component]
pub fn StayPage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Stay plan_key="plan-stay" /> }
}
