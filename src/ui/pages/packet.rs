use leptos::prelude::*;

use crate::ui::components::ToolPage;
use crate::ui::routes::AppRoute;

/// `/packet`: opens a packet received from a patient (to be built on this frame).
#[component]
pub fn PacketPage() -> impl IntoView {
    view! { <ToolPage route=AppRoute::Packet plan_key="plan-packet" /> }
}
