//! Where the traveller applies for the visa, and what the timeline knows of that office's
//! closures.

use leptos::prelude::*;

use crate::domain::date::CalendarDate;
use crate::domain::mission_calendar::{Mission, MissionData, OTHER_OFFICE};
use crate::domain::stay_plan::visa_needed;
use crate::domain::stay_record::chosen_office;
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::components::SourceCitation;
use crate::ui::remote::Remote;
use crate::ui::stay::state::use_stay;
use crate::web::{today, RegionNames};

/// The embassy or consulate, grouped by country; the passport's country's first office is
/// chosen until the traveller picks one. Shown only when a visa is needed.
#[component]
pub fn VisaOfficeField() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_stay();
    let needed = move || match state.rules.get() {
        Remote::Ready(rules) => state
            .input
            .with(|input| visa_needed(input, &rules, today())),
        _ => false,
    };
    let options = move || {
        let Remote::Ready(offices) = state.offices.get() else {
            return ().into_any();
        };
        let chosen = state
            .input
            .with(|input| chosen_office(input, &offices).map(|office| office.id.clone()));
        let names = RegionNames::new(i18n.locale().code());
        let locale = i18n.locale().code();
        let groups = offices
            .countries
            .iter()
            .map(|country| {
                let items = country
                    .missions
                    .iter()
                    .map(|office| {
                        let selected = chosen.as_deref() == Some(office.id.as_str());
                        view! { <option value=office.id.clone() selected=selected>{office.name.get(locale).to_owned()}</option> }
                    })
                    .collect_view();
                view! { <optgroup label=names.name(&country.code)>{items}</optgroup> }
            })
            .collect_view();
        view! {
            {groups}
            <option value=OTHER_OFFICE selected=chosen.is_none()>{i18n.t("timeline-office-other")}</option>
        }
        .into_any()
    };
    let on_change = move |event: leptos::ev::Event| {
        let id = event_target_value(&event);
        state.update(|input| input.mission = Some(id));
    };
    view! {
        <div class="field" hidden=move || !needed()>
            <label for="visa-office">{i18n.text("timeline-office")}</label>
            <select id="visa-office" on:change=on_change>{options}</select>
        </div>
    }
}

/// Beside "apply for the visa (latest)": the office's closures this count could not know,
/// the margin added for them, and where the office publishes them.
pub fn office_note(
    i18n: I18n,
    offices: &MissionData,
    office: Option<&Mission>,
    from: CalendarDate,
    to: CalendarDate,
    margin: Option<u32>,
) -> impl IntoView {
    let locale = i18n.locale().code();
    let calendar_years = from.year()..=to.year();
    let days = |days: u32| Args::new().int("days", i64::from(days));
    let text = match (office, margin) {
        (Some(office), Some(margin)) => {
            let years: Vec<String> = calendar_years
                .filter(|year| !office.is_published(*year))
                .map(|year| year.to_string())
                .collect();
            Some(
                i18n.t_args(
                    "timeline-office-unpublished",
                    &days(margin)
                        .text("office", office.name.get(locale))
                        .text("years", years.join(", ")),
                ),
            )
        }
        (None, Some(margin)) => Some(i18n.t_args("timeline-office-unlisted", &days(margin))),
        (_, None) => None,
    };
    let margin_rule = office.map_or(&offices.other, |office| &office.margin);
    let basis = margin.map(|_| margin_rule.basis.get(locale).to_owned());
    let basis_source = margin.and_then(|_| offices.source(&margin_rule.source).cloned());
    let page = office.map(|office| {
        let name = office.name.get(locale).to_owned();
        view! {
            " " {i18n.t("timeline-office-closures")} " "
            <a href=office.closures_page.clone() rel="noopener noreferrer">{name}</a>
        }
    });
    let notice_source = offices.source(&offices.notice_source).cloned();
    view! {
        <span class="milestone__note muted" data-testid="timeline-office-note">
            {text} " " {basis}
            {basis_source.map(|source| view! { " " {i18n.t("stay-source")} " " <SourceCitation source=source /> })}
            {page}
            " " {offices.notice.get(locale).to_owned()}
            {notice_source.map(|source| view! { " " {i18n.t("stay-source")} " " <SourceCitation source=source /> })}
        </span>
    }
}
