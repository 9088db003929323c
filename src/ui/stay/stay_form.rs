use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

use crate::domain::quantity::NumberRules;
use crate::domain::stay::{TreatmentPlan, MAX_BUFFER_DAYS, MAX_SESSIONS, MAX_SESSIONS_PER_WEEK};
use crate::domain::stay_plan::{EntryRoute, MAX_COMPANIONS};
use crate::i18n::{use_i18n, Args};
use crate::ui::components::{
    country_options, prepare_country_names, DateField, NumberField, Slice, SourceCitation,
};
use crate::ui::format::period_text;
use crate::ui::remote::Remote;
use crate::ui::stay::state::use_stay;
use crate::web::today;

/// Nationality, entry route, and arrival and departure (typed, or derived from a plan).
#[component]
pub fn StayForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let initial = state.input.get_untracked();
    let use_plan = move || state.input.with(|input| input.use_plan);
    view! {
        <section class="panel" aria-labelledby="stay-dates-heading">
            <NationalityField />
            <RouteChoices />
            <CompanionsField />
            <h2 id="stay-dates-heading">{i18n.text("stay-dates-heading")}</h2>
            <DateField
                id="arrival"
                label=i18n.signal("stay-arrival")
                initial=initial.arrival
                on_value=Callback::new(move |date| state.update(|input| input.arrival = date))
            />
            <label class="choice">
                <input type="checkbox" checked=use_plan on:change=move |event| {
                    let checked = event_target_checked(&event);
                    state.update(|input| input.use_plan = checked);
                } />
                {i18n.text("stay-plan-toggle")}
            </label>
            <div hidden=move || !use_plan()><PlanFields /></div>
            <div hidden=use_plan>
                <DateField
                    id="departure"
                    label=i18n.signal("stay-departure")
                    initial=initial.departure
                    on_value=Callback::new(move |date| state.update(|input| input.departure = date))
                />
            </div>
        </section>
    }
}

/// The passport's nationality (the visa-exempt ones, named in the reader's language), and
/// what its exemption allows, with its conditions and source.
#[component]
fn NationalityField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let countries = move || {
        let Remote::Ready(rules) = state.rules.get() else {
            return ().into_any();
        };
        let chosen = state.input.with(|input| input.country.clone());
        // The visa-exempt nationalities, and those whose visa offices' closures are known.
        let offices = state.offices.get();
        let mut codes: std::collections::BTreeSet<&str> = rules
            .visa_exempt
            .countries
            .iter()
            .map(|country| country.code.as_str())
            .collect();
        if let Remote::Ready(offices) = &offices {
            codes.extend(
                offices
                    .countries
                    .iter()
                    .map(|country| country.code.as_str()),
            );
        }
        country_options(i18n, codes, chosen.as_deref()).into_any()
    };
    let on_country = move |event: leptos::ev::Event| {
        let code = event_target_value(&event);
        state.update(|input| input.country = (!code.is_empty()).then_some(code));
    };
    let exempt_note = move || {
        let Remote::Ready(rules) = state.rules.get() else {
            return None;
        };
        let code = state.input.with(|input| input.country.clone())?;
        let locale = i18n.locale().code();
        let day = state.input.with(|input| input.arrival).or_else(today);
        let exemption = rules.exemption(&code);
        Some(
            match exemption.map(|exempt| (exempt, exempt.lapsed_by(day))) {
                Some((_, Some(until))) => {
                    let until = i18n.date(until);
                    let text =
                        i18n.t_args("stay-exemption-lapsed", &Args::new().text("date", until));
                    view! { <p class="muted">{text}</p> }.into_any()
                }
                Some((exempt, None)) => {
                    let days = i18n.t_args(
                        "stay-exempt-days",
                        &Args::new().int("days", i64::from(exempt.days)),
                    );
                    let differ = exempt.sources_differ.as_ref().map(|differ| &differ.text);
                    let notes = [exempt.condition.as_ref(), differ]
                        .into_iter()
                        .flatten()
                        .map(|text| view! { <br /> {text.get(locale).to_owned()} })
                        .collect_view();
                    let source = rules.source(&exempt.source).map(|source| {
                    view! { <br /> {i18n.t("stay-source")} " " <SourceCitation source=source.clone() /> }
                });
                    view! { <p class="muted" data-testid="stay-exempt-note">{days} {notes} {source}</p> }.into_any()
                }
                None => view! { <p class="muted">{i18n.t("stay-not-exempt")}</p> }.into_any(),
            },
        )
    };
    view! {
        <div class="field">
            <label for="nationality">{i18n.text("stay-nationality")}</label>
            <select id="nationality" on:change=on_country>
                <option value="" selected=move || state.input.with(|input| input.country.is_none())>
                    {i18n.text("stay-nationality-other")}
                </option>
                // Naming the countries is the page's longest piece of work.
                {prepare_country_names(i18n)}
                <Slice>{countries}</Slice>
            </select>
        </div>
        {exempt_note}
    }
}

/// How the traveller enters Japan: without a visa, or each medical-stay period the rules list.
#[component]
fn RouteChoices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    // Visa exemption, then each medical-stay period the rules file lists.
    let route_choices = move || {
        let Remote::Ready(rules) = state.rules.get() else {
            return ().into_any();
        };
        let periods = rules.medical_stay.periods.clone();
        std::iter::once(EntryRoute::VisaExempt)
            .chain(periods.into_iter().map(EntryRoute::MedicalStay))
            .map(|route| {
                let checked = move || state.input.with(|input| input.route == route);
                let label = move || match route {
                    EntryRoute::VisaExempt => i18n.t("stay-route-exempt"),
                    EntryRoute::MedicalStay(period) => i18n.t_args(
                        "stay-route-medical",
                        &Args::new().text("period", period_text(i18n, period)),
                    ),
                };
                view! {
                    <label class="choice">
                        <input type="radio" name="route" checked=checked on:change=move |_| state.update(|input| input.route = route) />
                        {label}
                    </label>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <fieldset class="choices">
            <legend>{i18n.text("stay-route")}</legend>
            {route_choices}
        </fieldset>
    }
}

/// How many companions travel with the patient: each needs papers of their own.
#[component]
fn CompanionsField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let initial = state.input.with_untracked(|input| input.companions);
    let on_value = Callback::new(move |value: Option<rust_decimal::Decimal>| {
        let count = value.and_then(|value| value.to_u32()).unwrap_or(0);
        state.update(|input| input.companions = count);
    });
    view! {
        <NumberField
            id="companions"
            label=i18n.signal("stay-companions")
            initial=initial.to_string()
            rules=NumberRules::whole(i64::from(MAX_COMPANIONS))
            on_value=on_value
        />
    }
}

/// The treatment plan the stay is derived from: sessions, sessions a week, days before and
/// after.
#[component]
fn PlanFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let initial = state.input.get_untracked();
    let plan_field = |id: &'static str,
                      key: &'static str,
                      max: u32,
                      read: fn(&TreatmentPlan) -> u32,
                      write: fn(&mut TreatmentPlan, u32)| {
        let on_value = Callback::new(move |value: Option<rust_decimal::Decimal>| {
            let number = value.and_then(|value| value.to_u32()).unwrap_or(0);
            state.update(|input| write(&mut input.plan, number));
        });
        view! {
            <NumberField
                id=id
                label=i18n.signal(key)
                initial=read(&initial.plan).to_string()
                rules=NumberRules::whole(i64::from(max))
                on_value=on_value
            />
        }
    };
    view! {
        <div class="field-grid">
            {plan_field("sessions", "stay-sessions", MAX_SESSIONS, |plan| plan.sessions, |plan, value| plan.sessions = value)}
            {plan_field("sessions-per-week", "stay-sessions-per-week", MAX_SESSIONS_PER_WEEK, |plan| plan.sessions_per_week, |plan, value| plan.sessions_per_week = value)}
            {plan_field("days-before", "stay-days-before", MAX_BUFFER_DAYS, |plan| plan.days_before, |plan, value| plan.days_before = value)}
            {plan_field("days-after", "stay-days-after", MAX_BUFFER_DAYS, |plan| plan.days_after, |plan, value| plan.days_after = value)}
        </div>
    }
}
