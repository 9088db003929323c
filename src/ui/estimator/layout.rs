use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::components::{PrintButton, Slice, StartOver, StorageNotices};
use crate::ui::estimator::state::{provide_estimator, EstimatorState, Mode};
use crate::ui::estimator::{
    CurrencyPanel, EstimateLines, EstimateSummary, OwnCosts, ScheduleInfo, SettlementPanel,
};
use crate::ui::format::data_error_text;
use crate::ui::remote::Remote;

/// The whole cost estimator: schedule choice (on `/estimate`), lines, the patient's own
/// figures, the itemised summary, settlement and the currency view.
#[component]
pub fn Estimator(
    /// Page (with schedule picker and storage) or embed (fixed schedule, nothing stored).
    mode: Mode,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = provide_estimator(mode);
    let body = move || {
        // Its fields start from the estimate: drawn again when another tab changed it.
        state.storage.taken_up.track();
        match state.schedule.get() {
        Remote::Loading => view! { <p role="status">{i18n.text("estimate-loading")}</p> }.into_any(),
        Remote::Failed(error) => {
            view! { <p class="notice notice--error" role="alert">{data_error_text(i18n, &error)}</p> }.into_any()
        }
        Remote::Ready(schedule) => view! {
            <ScheduleInfo schedule=schedule.clone() />
            <div class="estimator__columns">
                <div class="estimator__inputs">
                    <EstimateLines schedule=schedule.clone() />
                    <Slice><OwnCosts /></Slice>
                </div>
                <div class="estimator__results">
                    <Slice><EstimateSummary schedule=schedule.clone() /></Slice>
                    <PrintButton label="estimate-print" />
                    <Slice><SettlementPanel /></Slice>
                    <Slice><CurrencyPanel /></Slice>
                </div>
            </div>
        }
        .into_any(),
    }
    };
    // The picker and what is stored belong to `/estimate` alone (`Mode::Page`): the other
    // builds leave them out.
    let on_page = cfg!(feature = "estimator") && !state.embedded;
    view! {
        <div class="estimator">
            {on_page.then(|| view! {
                <StorageNotices status=state.storage />
                <SchedulePicker state=state />
            })}
            {body}
            {on_page.then(|| view! { <StartOver status=state.storage /> })}
        </div>
    }
}

/// Chooses among the schedules listed in `data/fee-schedules/index.json`.
#[component]
fn SchedulePicker(
    /// The estimator whose schedule is chosen.
    state: EstimatorState,
) -> impl IntoView {
    let i18n = use_i18n();
    let options = move || match state.index.get() {
        Remote::Ready(index) => {
            let code = i18n.locale().code();
            // None is chosen while a file's schedule is in use.
            let from_file = state.saved.with(|saved| saved.schedule.is_some());
            let chosen = if from_file {
                String::new()
            } else {
                state.schedule_id()
            };
            index
                .schedules
                .iter()
                .map(|listing| {
                    view! {
                        <option value=listing.id.clone() selected=listing.id == chosen>
                            {listing.name.get(code).to_owned()}
                        </option>
                    }
                })
                .collect_view()
                .into_any()
        }
        _ => ().into_any(),
    };
    // A schedule that came with an estimate file is offered first, marked as such.
    let from_file = move || {
        state.file_schedule_name(i18n.locale().code()).map(|name| {
            view! {
                <option value="" selected=true disabled=true>
                    {i18n.t_args("estimate-schedule-from-file", &Args::new().text("name", name))}
                </option>
            }
        })
    };
    let failure = move || match state.index.get() {
        Remote::Failed(error) => Some(view! {
            <p class="notice notice--error" role="alert">{data_error_text(i18n, &error)}</p>
        }),
        _ => None,
    };
    view! {
        <div class="field schedule-picker">
            <label for="schedule">{i18n.text("estimate-schedule-label")}</label>
            <select id="schedule" on:change=move |event| state.select_schedule(event_target_value(&event))>
                {from_file}
                {options}
            </select>
        </div>
        {failure}
    }
}
