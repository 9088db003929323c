use leptos::prelude::*;

use crate::domain::stay::StayOption;
use crate::domain::stay_plan::{EntryRoute, StayOutcome};
use crate::domain::stay_record::StayRecord;
use crate::domain::timeline::{ArrivalWarning, Step, Timeline};
use crate::i18n::Args;
use crate::ui::components::{Labels, SourceList};
use crate::ui::format::{period_text, stay_days_text, step_key};
use crate::web::RegionNames;

/// The stay check as the patient's app showed it, told to the packet's reader: nationality,
/// route, dates, the period and its last day, whether it fits or by how much it is over, the
/// Certificate of Eligibility, and the options.
#[component]
pub fn StayCard(
    /// The carried stay check.
    record: StayRecord,
    /// Labels, in a second language too when printed.
    labels: Labels,
) -> impl IntoView {
    let i18n = labels.i18n();
    let entered = &record.entered;
    let nationality = match &entered.country {
        Some(code) => RegionNames::new(i18n.locale().code()).name(code),
        None => i18n.t("packet-stay-nationality-other"),
    };
    let route = match entered.route {
        EntryRoute::VisaExempt => i18n.t("packet-stay-route-exempt"),
        EntryRoute::MedicalStay(limit) => i18n.t_args(
            "packet-stay-route-medical",
            &Args::new().text("period", period_text(i18n, limit)),
        ),
    };
    let computed = i18n.t_args(
        "packet-stay-computed",
        &Args::new().text("date", i18n.date(record.computed_on)),
    );
    let days = |days: u32| Args::new().int("days", i64::from(days));
    let last_day = |day| {
        let text = i18n.t_args("stay-last-day", &Args::new().text("date", i18n.date(day)));
        view! { <p class="verdict" data-testid="packet-last-day">{text}</p> }
    };
    let result = match record.outcome {
        StayOutcome::Incomplete => view! { <p>{labels.label("packet-stay-incomplete")}</p> }.into_any(),
        StayOutcome::NotExempt => {
            view! { <p class="notice notice--error">{labels.label("packet-stay-not-exempt")}</p> }.into_any()
        }
        StayOutcome::ExemptionLapsed { until } => {
            let text = i18n.t_args("stay-exemption-lapsed", &Args::new().text("date", i18n.date(until)));
            view! { <p class="notice notice--error">{text}</p> }.into_any()
        }
        StayOutcome::Invalid(_) => view! { <p>{labels.label("packet-stay-invalid")}</p> }.into_any(),
        StayOutcome::Allowed {
            limit,
            last_permitted_day,
            certificate_over_days,
        } => view! {
            <p>{labels.label_args("packet-stay-allowed", &Args::new().text("period", period_text(i18n, limit)))}</p>
            {last_day(last_permitted_day)}
            {certificate_over_days.map(|over| view! {
                <p class="notice">{labels.label_args("packet-stay-certificate-if-longer", &days(over))}</p>
            })}
        }
        .into_any(),
        StayOutcome::Checked {
            check,
            options,
            certificate_over_days,
            ..
        } => {
            let stay_days = stay_days_text(i18n, &check);
            let verdict = if check.fits() {
                view! { <p class="verdict verdict--fits">{labels.label("packet-stay-fits")}</p> }.into_any()
            } else {
                view! {
                    <p class="verdict verdict--over">{labels.label_args("packet-stay-over", &days(check.days_over))}</p>
                }
                .into_any()
            };
            let options = (!options.is_empty()).then(|| {
                let items = options
                    .into_iter()
                    .map(|option| view! { <li>{option_label(&labels, option)}</li> })
                    .collect_view();
                view! { <h4>{labels.label("packet-stay-options-heading")}</h4> <ul>{items}</ul> }
            });
            view! {
                <p>{stay_days}</p>
                {last_day(check.last_permitted_day)}
                {verdict}
                {certificate_over_days.map(|over| view! {
                    <p class="notice">{labels.label_args("packet-stay-certificate", &days(over))}</p>
                })}
                {options}
            }
            .into_any()
        }
    };
    let timeline = record
        .timeline
        .map(|timeline| timeline_view(&labels, timeline));
    view! {
        <dl>
            <dt>{labels.label("intake-patient-nationality")}</dt><dd>{nationality}</dd>
            <dt>{labels.label("packet-stay-route")}</dt><dd>{route}</dd>
        </dl>
        {result}
        <p class="muted">{computed}</p>
        {timeline}
        <SourceList sources=record.sources />
    }
}

fn option_label(labels: &Labels, option: StayOption) -> AnyView {
    match option {
        StayOption::MedicalStayVisa => labels.label("packet-stay-option-medical-visa"),
        StayOption::SplitStays {
            stays,
            max_days_each,
        } => labels.label_args(
            "packet-stay-option-split",
            &Args::new()
                .int("stays", i64::from(stays))
                .int("days", i64::from(max_days_each)),
        ),
    }
}

/// The timeline's steps with their latest days, as the patient's app listed them.
fn timeline_view(labels: &Labels, timeline: Timeline) -> impl IntoView {
    let i18n = labels.i18n();
    let steps = timeline
        .milestones
        .iter()
        .map(|milestone| {
            let latest = i18n.t_args(
                "timeline-latest",
                &Args::new().text("date", i18n.date(milestone.latest)),
            );
            view! {
                <li class:milestone--past=milestone.past>
                    <span class="milestone__step">{step_label(labels, milestone.step)}</span>
                    <span>{latest}</span>
                    {milestone.past.then(|| view! { <strong class="milestone__past">{labels.label("timeline-past")}</strong> })}
                </li>
            }
        })
        .collect_view();
    let late = (!timeline.late_steps.is_empty()).then(|| {
        let count = Args::new().int("count", timeline.late_steps.len() as i64);
        let earliest = timeline.earliest_feasible_start.map(|date| {
            i18n.t_args(
                "timeline-earliest",
                &Args::new().text("date", i18n.date(date)),
            )
        });
        view! {
            <div class="notice notice--error">
                <p>{labels.label_args("timeline-late-steps", &count)}</p>
                <p>{earliest}</p>
            </div>
        }
    });
    let arrival = timeline.arrival_warning.map(|warning| match warning {
        ArrivalWarning::AfterStart => labels.label("packet-timeline-arrival-after-start"),
        ArrivalWarning::LongBeforeStart { days } => labels.label_args(
            "packet-timeline-arrival-long-gap",
            &Args::new().int("days", i64::from(days)),
        ),
    });
    view! {
        <h4>{labels.label("timeline-heading")}</h4>
        {late}
        {arrival.map(|text| view! { <p class="notice">{text}</p> })}
        <ol class="milestones">{steps}</ol>
    }
}

/// Steps are named as the patient's app names them, except the one addressed to the patient.
fn step_label(labels: &Labels, step: Step) -> AnyView {
    match step {
        Step::HospitalRequest => labels.label("packet-step-hospital-request"),
        _ => labels.label(step_key(step)),
    }
}
