use leptos::prelude::*;

use crate::domain::ics::{to_ics, CalendarEntry};
use crate::domain::stay_record::chosen_office;
use crate::domain::stay_rules::StayRules;
use crate::domain::timeline::{ArrivalWarning, Milestone, Step, Timeline};
use crate::i18n::{use_i18n, Args, I18n};
use crate::storage::download_text;
use crate::ui::components::{DateField, SourceCitation};
use crate::ui::format::step_key;
use crate::ui::remote::Remote;
use crate::ui::stay::state::use_stay;
use crate::ui::stay::visa_office::{office_note, VisaOfficeField};

/// From the planned start of treatment (and the arrival, when entered), the latest day for
/// each step with where its lead time comes from, late steps named, the earliest feasible
/// start when the plan is too soon, and a calendar to download.
#[component]
pub fn TripTimeline() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let initial = state
        .input
        .with_untracked(|input| (input.start, input.written_opinion));
    let steps = move || {
        let timeline = state.timeline.get()?;
        let Remote::Ready(rules) = state.rules.get() else {
            return None;
        };
        let arrival_entered = state.input.with(|input| input.arrival.is_some());
        let arrival = timeline
            .milestones
            .iter()
            .find(|milestone| milestone.step == Step::Arrival)
            .map(|milestone| milestone.latest);
        let offices = state.offices.get();
        let items = timeline
            .milestones
            .iter()
            .map(|milestone| {
                // The visa's latest day is counted in the office's working days: say what
                // the count knew of its closures.
                let office = match (&offices, arrival) {
                    (Remote::Ready(offices), Some(arrival))
                        if milestone.step == Step::VisaApplicationLatest =>
                    {
                        let office = state.input.with(|input| chosen_office(input, offices));
                        Some(
                            office_note(
                                i18n,
                                offices,
                                office,
                                milestone.latest,
                                arrival,
                                timeline.office_margin_days,
                            )
                            .into_any(),
                        )
                    }
                    _ => None,
                };
                milestone_view(i18n, &rules, milestone, arrival_entered, office)
            })
            .collect_view();
        let too_soon = (!timeline.late_steps.is_empty()).then(|| late_view(i18n, &timeline));
        let arrival = timeline.arrival_warning.map(|warning| {
            let text = match warning {
                ArrivalWarning::AfterStart => i18n.t("timeline-arrival-after-start"),
                ArrivalWarning::LongBeforeStart { days } => i18n.t_args(
                    "timeline-arrival-long-gap",
                    &Args::new().int("days", i64::from(days)),
                ),
            };
            view! { <p class="notice" data-testid="timeline-arrival-warning">{text}</p> }
        });
        let holidays = (!timeline.holidays_covered).then(|| {
            let year = match state.holidays.get() {
                Remote::Ready(data) => data.last_year.to_string(),
                _ => String::new(),
            };
            view! { <p class="muted">{i18n.t_args("timeline-holidays", &Args::new().text("year", year))}</p> }
        });
        let inferred = rules
            .lead_times_inferred()
            .get(i18n.locale().code())
            .to_owned();
        Some(view! {
            {too_soon}
            {arrival}
            <ol class="milestones">{items}</ol>
            {holidays}
            <p class="muted">{inferred}</p>
            <button type="button" class="button" on:click=move |_| download(i18n, &timeline)>
                {i18n.t("timeline-download")}
            </button>
        })
    };
    view! {
        <section class="panel" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.text("timeline-heading")}</h2>
            <VisaOfficeField />
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

/// One step: its latest day, whether that is past, and where its lead time comes from (an
/// arrival the traveller entered needs no lead time).
fn milestone_view(
    i18n: I18n,
    rules: &StayRules,
    milestone: &Milestone,
    arrival_entered: bool,
    office: Option<AnyView>,
) -> impl IntoView {
    let latest = i18n.t_args(
        "timeline-latest",
        &Args::new().text("date", i18n.date(milestone.latest)),
    );
    let lead = rules
        .step_lead(milestone.step)
        .filter(|_| !(milestone.step == Step::Arrival && arrival_entered));
    let note = lead
        .and_then(|lead| lead.note.as_ref())
        .map(|note| view! { <span class="milestone__note muted">{note.get(i18n.locale().code()).to_owned()}</span> });
    let source = lead.and_then(|lead| rules.source(&lead.source)).map(|source| {
        view! {
            <span class="milestone__source muted">{i18n.t("stay-source")} " " <SourceCitation source=source.clone() /></span>
        }
    });
    view! {
        <li class:milestone--past=milestone.past>
            <span class="milestone__step">{i18n.t(step_key(milestone.step))}</span>
            <span>{latest}</span>
            {milestone.past.then(|| view! { <strong class="milestone__past">{i18n.t("timeline-past")}</strong> })}
            {note}
            {source}
            {office}
        </li>
    }
}

/// The steps already too late for this start, by name, and the earliest start that works.
fn late_view(i18n: I18n, timeline: &Timeline) -> impl IntoView {
    let count = timeline.late_steps.len() as i64;
    let names = timeline
        .late_steps
        .iter()
        .map(|step| view! { <li>{i18n.t(step_key(*step))}</li> })
        .collect_view();
    let earliest = timeline.earliest_feasible_start.map(|date| {
        view! { <p>{i18n.t_args("timeline-earliest", &Args::new().text("date", i18n.date(date)))}</p> }
    });
    view! {
        <div role="alert" class="notice notice--error" data-testid="timeline-late">
            <p>{i18n.t_args("timeline-late-steps", &Args::new().int("count", count))}</p>
            <ul>{names}</ul>
            {earliest}
        </div>
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
    let stamp = chrono::DateTime::from_timestamp_millis(
        crate::web::now_millis().unwrap_or_default() as i64,
    )
    .unwrap_or_default();
    let text = to_ics(&i18n.t("timeline-calendar-name"), &entries, stamp);
    if !download_text("japan-treatment-timeline.ics", "text/calendar", &text) {
        leptos::logging::warn!("calendar download refused by the browser");
    }
}
