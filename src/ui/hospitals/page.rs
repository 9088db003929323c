use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, Slice, StorageNotices};
use crate::ui::hospitals::state::provide_hospitals;
use crate::ui::hospitals::{
    AboutFields, DownloadButton, ItemFields, ProblemSummary, ScheduleBar, SchedulePreview,
    SnippetPanel, SourceFields, TaxFields,
};

/// `/hospitals`: what the embedded estimator is, an editor for a hospital's own fee schedule
/// with a live preview, and the code that puts it on the hospital's page.
#[component]
pub fn HospitalsPage() -> impl IntoView {
    let i18n = use_i18n();
    let first_name = i18n.t_args("schedules-default-name", &Args::new().int("number", 1));
    let state = provide_hospitals(first_name);
    view! {
        <PageHeading key=AppRoute::Hospitals.title_key() />
        <p class="lead">{i18n.text("hospitals-intro")}</p>
        <p>{i18n.text("hospitals-steps")}</p>
        <StorageNotices status=state.storage />
        <ScheduleBar />
        <div>
            <form class="schedule-editor" novalidate on:submit=|event| event.prevent_default()
                aria-labelledby="editor-heading">
                <h2 id="editor-heading">{i18n.text("editor-heading")}</h2>
                <ProblemSummary />
                <Slice><AboutFields /></Slice>
                <Slice><SourceFields /></Slice>
                <Slice><TaxFields /></Slice>
                <Slice><ItemFields /></Slice>
                <DownloadButton />
            </form>
            <div class="hospitals__side">
                <Slice><SchedulePreview /></Slice>
                <Slice><SnippetPanel /></Slice>
            </div>
        </div>
    }
}
