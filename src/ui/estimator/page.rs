use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, Slice};
use crate::ui::estimator::state::Mode;
use crate::ui::estimator::{Estimator, OpenEstimateFile, SaveEstimateFile};

/// `/estimate`: the itemised cost estimator, saved on this device.
#[component]
pub fn EstimatePage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading key=AppRoute::Estimate.title_key() />
        <p class="lead">{i18n.text("estimate-intro")}</p>
        <Estimator mode=Mode::Page />
        // Files to and from a coordinator: only on this page, never in the embed or the
        // hospitals' preview, which compile the estimator too.
        <div class="estimator__files">
            <Slice><SaveEstimateFile /></Slice>
            <Slice><OpenEstimateFile /></Slice>
        </div>
    }
}
