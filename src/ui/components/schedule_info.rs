use leptos::prelude::*;

use crate::domain::fee_schedule::FeeSchedule;
use crate::i18n::{use_i18n, Args};

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
    let as_of = schedule.as_of.to_string();
    let sources = schedule.sources.clone();
    view! {
        <div class="schedule-info">
            <p>
                {schedule.example.then(|| view! { <span class="badge">{i18n.text("estimate-example-badge")}</span> " " })}
                {move || i18n.t_args("estimate-issuer", &Args::new().text("issuer", issuer.get(code())))}
                " · "
                {move || i18n.t_args("estimate-as-of", &Args::new().text("date", as_of.clone()))}
            </p>
            {notice.map(|notice| view! { <p class="schedule-info__notice">{move || notice.get(code()).to_owned()}</p> })}
            <div class="schedule-info__sources">
                <h2 class="schedule-info__heading">{i18n.text("estimate-sources-heading")}</h2>
                <ul>
                    {sources
                        .into_iter()
                        .map(|source| {
                            let date = source.as_of.to_string();
                            let title = source.title.clone();
                            let text = move || {
                                i18n.t_args(
                                    "estimate-source",
                                    &Args::new().text("title", title.clone()).text("date", date.clone()),
                                )
                            };
                            view! {
                                <li>
                                    {text} " "
                                    {source.url.map(|url| view! { <a href=url.clone() rel="noopener noreferrer">{url.clone()}</a> })}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        </div>
    }
}
