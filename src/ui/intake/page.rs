use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, Slice};
use crate::ui::intake::state::provide_intake;
use crate::ui::intake::{
    ChoicePanel, DraftBar, DraftNotices, ExportPanel, IntakeForm, ShowAllProblems,
};

/// `/intake`: the medical intake form in named drafts kept on this device, and its export as
/// a packet for the coordinator.
#[component]
pub fn IntakePage() -> impl IntoView {
    let i18n = use_i18n();
    let first_name = i18n.t_args("drafts-default-name", &Args::new().int("number", 1));
    let state = provide_intake(first_name);
    provide_context(ShowAllProblems(RwSignal::new(false)));
    view! {
        <PageHeading key=AppRoute::Intake.title_key() />
        <p class="lead">{i18n.text("intake-intro")}</p>
        <DraftNotices />
        <p class="notice">{i18n.text("intake-durable")}</p>
        <Slice><DraftBar /></Slice>
        <Slice><ChoicePanel /></Slice>
        <IntakeForm />
        <Slice><ExportPanel /></Slice>
        // Last on the page: the browser answers after the page is on screen, and a sentence
        // added higher up would push the form down under the reader (and be measured as the
        // page's largest paint, a second late).
        {move || {
            state
                .persistent
                .get()
                .then(|| view! { <p class="notice">{i18n.text("intake-persist-granted")}</p> })
        }}
    }
}
