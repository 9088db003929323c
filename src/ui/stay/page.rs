use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, StartOver, StorageNotices};
use crate::ui::remote::Remote;
use crate::ui::stay::state::provide_stay;
use crate::ui::stay::{StayForm, StayResult, TripTimeline};

/// `/stay`: stay-length check and trip timeline.
#[component]
pub fn StayPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = provide_stay();
    let body = move || {
        // The form's date fields start from the plan: drawn again when another tab changed it.
        state.storage.taken_up.track();
        match state.rules.get() {
            Remote::Loading => {
                view! { <p role="status">{i18n.text("stay-loading")}</p> }.into_any()
            }
            Remote::Failed(error) => {
                let text = crate::ui::format::data_error_text(i18n, &error);
                view! { <p class="notice notice--error" role="alert">{text}</p> }.into_any()
            }
            Remote::Ready(_) => view! {
                <div class="estimator__columns">
                    <StayForm />
                    <div>
                        <StayResult />
                        <TripTimeline />
                    </div>
                </div>
            }
            .into_any(),
        }
    };
    view! {
        <PageHeading key=AppRoute::Stay.title_key() />
        <p class="lead">{i18n.text("stay-intro")}</p>
        <StorageNotices status=state.storage />
        {body}
        <StartOver status=state.storage />
    }
}
