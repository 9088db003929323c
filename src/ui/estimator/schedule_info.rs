use leptos::prelude::*;

use crate::domain::fee_schedule::FeeSchedule;
use crate::i18n::{use_i18n, Args};
use crate::ui::components::SourceList;

/// Who published the schedule, its date, whether it is an example, and its sources.
#[component]
pub fn ScheduleInfo(
    /// The schedule being described.
    schedule: std::sync::Arc<FeeSchedule>,
) -> impl IntoView {
    let i18n = use_i18n();
    let code = move || i18n.locale().code();
    let issuer = schedule.issuer.clone();
    let notice = schedule.notice.clone();
    let as_of = schedule.as_of;
    // The schedule's own date, and apart from it the last day its sources were read.
    let checked = schedule.sources.iter().map(|source| source.checked).max();
    let sources = schedule.sources.clone();
    view! {
        <div class="schedule-info">
            <p>
                {schedule.example.then(|| view! { <span class="badge">{i18n.text("estimate-example-badge")}</span> " " })}
                {move || i18n.t_args("estimate-issuer", &Args::new().text("issuer", issuer.get(code())))}
                " · "
                {move || match checked {
                    Some(checked) => i18n.t_args(
                        "estimate-published-checked",
                        &Args::new().text("date", i18n.date(as_of)).text("checked", i18n.date(checked)),
                    ),
                    None => i18n.t_args("estimate-published", &Args::new().text("date", i18n.date(as_of))),
                }}
            </p>
            {notice.map(|notice| view! { <p class="schedule-info__notice">{move || notice.get(code()).to_owned()}</p> })}
            <SourceList sources=sources />
        </div>
    }
}
