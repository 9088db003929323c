use leptos::prelude::*;

use crate::domain::stay::{StayOption, MAX_SESSIONS, MAX_SESSIONS_PER_WEEK};
use crate::domain::stay_plan::{StayOutcome, StayProblem, YEARS};
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::remote::Remote;
use crate::ui::stay_state::use_stay;

/// Days of stay, last permitted day, whether it fits, and the options when it does not.
#[component]
pub fn StayResult() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let body = move || {
        let outcome = state.outcome.get()?;
        Some(match outcome {
            StayOutcome::Incomplete => ().into_any(),
            StayOutcome::NotExempt => {
                view! { <p class="notice notice--error">{i18n.t("stay-not-exempt")}</p> }.into_any()
            }
            StayOutcome::Invalid(problem) => {
                let problem_text = match problem {
                    StayProblem::DepartureBeforeArrival => i18n.t("stay-date-order"),
                    StayProblem::YearOutOfRange => i18n.t_args(
                        "stay-date-range",
                        &Args::new()
                            .int("first", i64::from(*YEARS.start()))
                            .int("last", i64::from(*YEARS.end())),
                    ),
                    StayProblem::Plan => {
                        let limits = Args::new()
                            .int("sessions", i64::from(MAX_SESSIONS))
                            .int("per-week", i64::from(MAX_SESSIONS_PER_WEEK));
                        let text = i18n.t_args("stay-plan-error", &limits);
                        return Some(view! { <p role="alert">{text}</p> }.into_any());
                    }
                };
                let text = i18n.t_args(
                    "stay-date-error",
                    &Args::new().text("problem", problem_text),
                );
                view! { <p role="alert">{text}</p> }.into_any()
            }
            StayOutcome::Checked { check, options, .. } => {
                let days = i18n.t_args(
                    "stay-days",
                    &Args::new()
                        .int("days", i64::from(check.days))
                        .text("arrival", i18n.date(check.arrival))
                        .text("departure", i18n.date(check.departure)),
                );
                let last = i18n.t_args(
                    "stay-last-day",
                    &Args::new().text("date", i18n.date(check.last_permitted_day)),
                );
                let verdict = if check.fits() {
                    view! { <p class="verdict verdict--fits">{i18n.t("stay-fits")}</p> }.into_any()
                } else {
                    let over = i18n.t_args(
                        "stay-over",
                        &Args::new().int("days", i64::from(check.days_over)),
                    );
                    view! { <p class="verdict verdict--over">{over}</p> }.into_any()
                };
                let options = (!options.is_empty()).then(|| {
                    let items = options
                        .into_iter()
                        .map(|option| view! { <li>{option_text(i18n, option)}</li> })
                        .collect_view();
                    view! {
                        <h3>{i18n.t("stay-options-heading")}</h3>
                        <ul>{items}</ul>
                    }
                });
                view! {
                    <p data-testid="stay-days">{days}</p>
                    <p data-testid="stay-last-day">{last}</p>
                    {verdict}
                    {options}
                }
                .into_any()
            }
        })
    };
    let footnotes = move || {
        let Remote::Ready(rules) = state.rules.get() else {
            return None;
        };
        let locale = i18n.locale().code();
        let differ = rules
            .medical_stay
            .sources_differ
            .as_ref()
            .map(|text| text.get(locale).to_owned());
        Some(view! {
            <p class="muted">{rules.notice.get(locale).to_owned()}</p>
            <p class="muted">{differ}</p>
        })
    };
    view! {
        <section class="panel" aria-labelledby="stay-result-heading" aria-live="polite">
            <h2 id="stay-result-heading">{i18n.text("stay-result-heading")}</h2>
            {body}
            {footnotes}
        </section>
    }
}

fn option_text(i18n: I18n, option: StayOption) -> String {
    match option {
        StayOption::MedicalStayVisa => i18n.t("stay-option-medical-visa"),
        StayOption::CertificateOfEligibility { over_days } => i18n.t_args(
            "stay-option-coe",
            &Args::new().int("days", i64::from(over_days)),
        ),
        StayOption::SplitStays {
            stays,
            max_days_each,
        } => i18n.t_args(
            "stay-option-split",
            &Args::new()
                .int("stays", i64::from(stays))
                .int("days", i64::from(max_days_each)),
        ),
    }
}
