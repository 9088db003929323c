use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/documents`: document checklists per scenario (to be built on this frame).
#[component]
pub fn DocumentsPage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Documents plan_key="plan-documents" /> }
}
