use leptos::prelude::*;

use crate::domain::data_file::DataFileError;
use crate::site::AppRoute;
use crate::ui::components::PageHeading;
use crate::ui::estimator::embed::{
    host_origin, readable_accent, receive_schedule_from, report_height_to,
};
use crate::ui::estimator::state::Mode;
use crate::ui::estimator::Estimator;
use crate::ui::remote::{DataError, Remote};
use crate::web::query_param;

/// `/embed/estimate?schedule=<id>&lang=<code>&accent=<hex>&origin=<host origin>`: the
/// estimator without site chrome, for hospitals' iframes (`public/embed.js` builds the URL).
/// With `schedule-from=host` instead of `schedule`, the host page sends its own schedule
/// (see [`receive_schedule_from`]). The language comes from `?lang=` (read at start-up);
/// nothing is stored.
#[component]
pub fn EmbedEstimatePage() -> impl IntoView {
    let origin = query_param("origin").and_then(|value| host_origin(&value));
    let mode = if query_param("schedule-from").as_deref() == Some("host") {
        let schedule = RwSignal::new(Remote::Loading);
        match origin.clone() {
            Some(origin) => receive_schedule_from(origin, schedule),
            None => schedule.set(Remote::Failed(DataError::Invalid(DataFileError {
                file: "schedule".into(),
                field: "(file)".into(),
                reason: "the embed's address names no host page to receive it from".into(),
            }))),
        }
        Mode::Given { schedule }
    } else {
        Mode::Embed {
            schedule_id: query_param("schedule").unwrap_or_default(),
        }
    };
    if let Some(origin) = origin {
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
            <Estimator mode=mode />
        </main>
    }
}
