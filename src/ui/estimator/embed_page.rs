use leptos::prelude::*;

use crate::site::AppRoute;
use crate::ui::components::PageHeading;
use crate::ui::estimator::embed::{host_origin, readable_accent, report_height_to};
use crate::ui::estimator::state::Mode;
use crate::ui::estimator::Estimator;
use crate::web::query_param;

/// `/embed/estimate?schedule=<id>&lang=<code>&accent=<hex>&origin=<host origin>`: the
/// estimator without site chrome, for hospitals' iframes (`public/embed.js` builds the URL).
/// The language comes from `?lang=` (read at start-up); nothing is stored.
#[component]
pub fn EmbedEstimatePage() -> impl IntoView {
    let schedule_id = query_param("schedule").unwrap_or_default();
    if let Some(origin) = query_param("origin").and_then(|value| host_origin(&value)) {
        report_height_to(origin);
    }
    let accent = query_param("accent").and_then(|value| readable_accent(&value));
    let main = NodeRef::<leptos::html::Main>::new();
    // Through the CSSOM, not a `style` attribute: the Content-Security-Policy allows no inline
    // styles.
    Effect::new(move || {
        if let (Some(element), Some(accent)) = (main.get(), accent.as_deref()) {
            let _ = element.style().set_property("--embed-accent", accent);
        }
    });
    view! {
        <main id="main" class="page page--embed" node_ref=main>
            <PageHeading key=AppRoute::EmbedEstimate.title_key() />
            <Estimator mode=Mode::Embed { schedule_id } />
        </main>
    }
}
