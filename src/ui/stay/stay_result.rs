use leptos::prelude::*;

use crate::domain::date::CalendarDate;
use crate::domain::stay::{StayOption, MAX_SESSIONS, MAX_SESSIONS_PER_WEEK};
use crate::domain::stay_plan::{
    certificate_needed, visa_needed, EntryRoute, StayOutcome, StayProblem, YEARS,
};
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::format::{period_text, stay_days_text};
use crate::ui::remote::Remote;
use crate::ui::stay::state::use_stay;

/// Days of stay, last permitted day, whether it fits, whether it needs a Certificate of
/// Eligibility, and the options when it does not fit.
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
            StayOutcome::ExemptionLapsed { until } => {
                let text = i18n.t_args(
                    "stay-exemption-lapsed",
                    &Args::new().text("date", i18n.date(until)),
                );
                view! { <p class="notice notice--error" data-testid="stay-lapsed">{text}</p> }
                    .into_any()
            }
            StayOutcome::Invalid(problem) => problem_view(i18n, problem).into_any(),
            StayOutcome::Allowed {
                limit,
                last_permitted_day,
                certificate_over_days,
            } => {
                let allowed = i18n.t_args(
                    "stay-allowed",
                    &Args::new().text("period", period_text(i18n, limit)),
                );
                view! {
                    <p data-testid="stay-allowed">{allowed}</p>
                    {last_day_view(i18n, last_permitted_day)}
                    {certificate_over_days.map(|days| certificate_view(i18n, "stay-certificate-if-longer", days))}
                }
                .into_any()
            }
            StayOutcome::Checked {
                check,
                options,
                certificate_over_days,
                ..
            } => {
                let days = stay_days_text(i18n, &check);
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
                    {last_day_view(i18n, check.last_permitted_day)}
                    {verdict}
                    {certificate_over_days.map(|days| certificate_view(i18n, "stay-certificate", days))}
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
        let medical = state
            .input
            .with(|input| matches!(input.route, EntryRoute::MedicalStay(_)));
        // The period chosen here is a plan: the one the embassy grants is what binds.
        let binds = medical.then(|| {
            view! { <p class="notice" data-testid="stay-period-binds">{i18n.t("stay-period-binds")}</p> }
        });
        let differ = medical
            .then(|| rules.medical_stay.sources_differ.as_ref())
            .flatten()
            .map(|text| text.get(locale).to_owned());
        let companions = companions_view(i18n, &rules, state.outcome.get());
        Some(view! {
            {binds}
            {companions}
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

/// What each companion needs when a visa is: their own application, their name on the
/// guarantor's papers, and over 90 days their own Certificate of Eligibility.
fn companions_view(
    i18n: I18n,
    rules: &crate::domain::stay_rules::StayRules,
    outcome: Option<StayOutcome>,
) -> Option<impl IntoView> {
    let state = use_stay();
    let (count, visa, certificate) = state.input.with(|input| {
        let certificate = outcome
            .as_ref()
            .is_some_and(|outcome| certificate_needed(input, outcome, rules));
        (
            input.companions,
            visa_needed(input, rules, crate::web::today()),
            certificate,
        )
    });
    if count == 0 || !visa {
        return None;
    }
    let over = rules.medical_stay.certificate_of_eligibility_over_days;
    let named = i18n.t_args(
        "stay-companions-named",
        &Args::new().int("count", i64::from(count)),
    );
    let own_certificate = certificate.then(|| {
        let text = i18n.t_args(
            "stay-companions-certificate",
            &Args::new().int("days", i64::from(over)),
        );
        view! { " " {text} }
    });
    Some(view! {
        <p class="notice" data-testid="stay-companions">{named} {own_certificate}</p>
    })
}

fn last_day_view(i18n: I18n, day: CalendarDate) -> impl IntoView {
    let last = i18n.t_args("stay-last-day", &Args::new().text("date", i18n.date(day)));
    view! { <p data-testid="stay-last-day">{last}</p> }
}

/// A stay over `days` needs a Certificate of Eligibility: part of the result, fitting or not.
fn certificate_view(i18n: I18n, key: &'static str, days: u32) -> impl IntoView {
    let text = i18n.t_args(key, &Args::new().int("days", i64::from(days)));
    view! { <p class="notice" data-testid="stay-certificate">{text}</p> }
}

fn problem_view(i18n: I18n, problem: StayProblem) -> impl IntoView {
    let text = match problem {
        StayProblem::Plan => {
            let limits = Args::new()
                .int("sessions", i64::from(MAX_SESSIONS))
                .int("per-week", i64::from(MAX_SESSIONS_PER_WEEK));
            i18n.t_args("stay-plan-error", &limits)
        }
        StayProblem::DepartureBeforeArrival => i18n.t_args(
            "stay-date-error",
            &Args::new().text("problem", i18n.t("stay-date-order")),
        ),
        StayProblem::YearOutOfRange => {
            // Years are not amounts: no digit grouping.
            let range = i18n.t_args(
                "stay-date-range",
                &Args::new()
                    .text("first", YEARS.start().to_string())
                    .text("last", YEARS.end().to_string()),
            );
            i18n.t_args("stay-date-error", &Args::new().text("problem", range))
        }
    };
    view! { <p role="alert">{text}</p> }
}

fn option_text(i18n: I18n, option: StayOption) -> String {
    match option {
        StayOption::MedicalStayVisa => i18n.t("stay-option-medical-visa"),
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
