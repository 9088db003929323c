use leptos::prelude::*;

use crate::domain::ics::{to_ics, CalendarEntry};
use crate::domain::timeline::{Step, Timeline};
use crate::i18n::{use_i18n, Args, I18n};
use crate::storage::download_text;
use crate::ui::components::DateField;
use crate::ui::remote::Remote;
use crate::ui::stay_state::use_stay;

/// From the planned start of treatment, the latest day for each step, past ones marked, the
/// earliest feasible start when the plan is too soon, and a calendar to download.
#[component]
pub fn TripTimeline() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let initial = state
        .input
        .with_untracked(|input| (input.start, input.written_opinion));
    let steps = move || {
        let timeline = state.timeline.get()?;
        let items = timeline
            .milestones
            .iter()
            .map(|milestone| {
                let latest = i18n.t_args("timeline-latest", &Args::new().text("date", i18n.date(milestone.latest)));
                view! {
                    <li class:milestone--past=milestone.past>
                        <span class="milestone__step">{i18n.t(step_key(milestone.step))}</span>
                        <span>{latest}</span>
                        {milestone.past.then(|| view! { <strong class="milestone__past">{i18n.t("timeline-past")}</strong> })}
                    </li>
                }
            })
            .collect_view();
        let too_soon = timeline.earliest_feasible_start.map(|date| {
            view! { <p role="alert">{i18n.t_args("timeline-too-soon", &Args::new().text("date", i18n.date(date)))}</p> }
        });
        let holidays = (!timeline.holidays_covered).then(|| {
            let year = match state.holidays.get() {
                Remote::Ready(data) => data.last_year,
                _ => 0,
            };
            view! { <p class="muted">{i18n.t_args("timeline-holidays", &Args::new().int("year", i64::from(year)))}</p> }
        });
        Some(view! {
            {too_soon}
            <ol class="milestones">{items}</ol>
            {holidays}
            <p class="muted">{i18n.t("timeline-inferred")}</p>
            <button type="button" class="button" on:click=move |_| download(i18n, &timeline)>
                {i18n.t("timeline-download")}
            </button>
        })
    };
    view! {
        <section class="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.text("timeline-heading")}</h2>
            <DateField
                id="treatment-start"
                label=i18n.signal("timeline-start")
                initial=initial.0
                on_value=Callback::new(move |date| state.update(|input| input.start = date))
            />
            <label class="choice">
                <input type="checkbox" checked=initial.1 on:change=move |event| {
                    let checked = event_target_checked(&event);
                    state.update(|input| input.written_opinion = checked);
                } />
                {i18n.text("timeline-opinion")}
            </label>
            {steps}
        </section>
    }
}

fn step_key(step: Step) -> &'static str {
    match step {
        Step::ContactCoordinator => "step-contact-coordinator",
        Step::PayWrittenOpinion => "step-pay-written-opinion",
        Step::HospitalRequest => "step-hospital-request",
        Step::Prepayment => "step-prepayment",
        Step::VisaApplicationRecommended => "step-visa-recommended",
        Step::VisaApplicationLatest => "step-visa-latest",
        Step::Arrival => "step-arrival",
        Step::TreatmentStart => "step-treatment-start",
    }
}

fn download(i18n: I18n, timeline: &Timeline) {
    let entries: Vec<CalendarEntry> = timeline
        .milestones
        .iter()
        .map(|milestone| CalendarEntry {
            date: milestone.latest,
            summary: i18n.t(step_key(milestone.step)),
            description: i18n.t("stay-sticker"),
            uid: format!(
                "{}-{}@japan-care-planner",
                step_key(milestone.step),
                milestone.latest
            ),
        })
        .collect();
    let stamp =
        chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
    let text = to_ics(&i18n.t("timeline-calendar-name"), &entries, stamp);
    if !download_text("japan-treatment-timeline.ics", "text/calendar", &text) {
        leptos::logging::warn!("calendar download refused by the browser");
    }
}
