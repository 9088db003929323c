use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, PrintButton, Slice, StartOver, StorageNotices};
use crate::ui::documents::files_state::DocumentFiles;
use crate::ui::documents::state::provide_documents;
use crate::ui::documents::{ChecklistSection, FilesOverview, ScenarioPicker};
use crate::ui::format::data_error_text;
use crate::ui::remote::Remote;

/// `/documents`: checklists of the documents hospitals and visa offices ask for, per
/// scenario, with each document's status and a note, kept on this device.
#[component]
pub fn DocumentsPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = provide_documents();
    DocumentFiles::provide(i18n);
    let body = move || match state.checklists.get() {
        Remote::Loading => {
            view! { <p role="status">{i18n.text("documents-loading")}</p> }.into_any()
        }
        Remote::Failed(error) => {
            let text = data_error_text(i18n, &error);
            view! { <p class="notice notice--error" role="alert">{text}</p> }.into_any()
        }
        Remote::Ready(checklists) => {
            let as_of = checklists.as_of;
            let chosen = {
                let checklists = checklists.clone();
                move || {
                    let picked = state.progress.with(|progress| progress.scenarios.clone());
                    checklists
                        .scenarios
                        .iter()
                        .filter(|scenario| picked.contains(&scenario.id))
                        .map(|scenario| {
                            view! {
                                <ChecklistSection
                                    checklists=checklists.clone()
                                    scenario=scenario.clone()
                                />
                            }
                        })
                        .collect_view()
                }
            };
            let nothing_chosen = move || {
                state
                    .progress
                    .with(|progress| progress.scenarios.is_empty())
            };
            view! {
                <p class="muted">
                    {move || i18n.t_args("documents-as-of", &Args::new().text("date", i18n.date(as_of)))}
                </p>
                <Slice><ScenarioPicker scenarios=checklists.scenarios.clone() /></Slice>
                <p hidden=move || !nothing_chosen()>{i18n.text("documents-none-chosen")}</p>
                <div hidden=nothing_chosen>
                    <p class="muted">{i18n.text("documents-ready-help")}</p>
                    <PrintButton label="documents-print" />
                    <Slice><FilesOverview /></Slice>
                </div>
                <Slice>{chosen.clone()}</Slice>
            }
            .into_any()
        }
    };
    view! {
        <PageHeading key=AppRoute::Documents.title_key() />
        <p class="lead">{i18n.text("documents-intro")}</p>
        <StorageNotices status=state.storage />
        {body}
        <StartOver status=state.storage />
    }
}
