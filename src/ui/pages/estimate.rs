use leptos::prelude::*;

use crate::ui::routes::AppRoute;

/// `/estimate`: the itemised cost estimator, saved on this device. Built only with the
/// `estimator` feature (see Cargo.toml); otherwise the page says the tool is being built.
#[component]
pub fn EstimatePage() -> impl IntoView {
    #[cfg(feature = "estimator")]
    {
        use crate::i18n::use_i18n;
        use crate::ui::components::{Estimator, PageHeading};
        use crate::ui::estimator_state::Mode;

        let i18n = use_i18n();
        view! {
            <PageHeading key=AppRoute::Estimate.title_key() />
            <p class="lead">{i18n.text("estimate-intro")}</p>
            <Estimator mode=Mode::Page />
        }
    }
    #[cfg(not(feature = "estimator"))]
    {
        use crate::ui::components::ToolPage;

        view! { <ToolPage route=AppRoute::Estimate plan_key="plan-estimate" /> }
    }
}
