use leptos::prelude::*;

use crate::domain::checklist::ChecklistProgress;
use crate::domain::date::CalendarDate;
use crate::domain::intake::Intake;
use crate::domain::packet::{Packet, ToolData};
use crate::i18n::{use_i18n, Args, I18n};

/// A packet laid out for a coordinator to scan and print: the intake section by section,
/// then the other tools' entries. Read-only.
#[component]
pub fn PacketView(
    /// The opened packet.
    packet: Packet,
) -> impl IntoView {
    let i18n = use_i18n();
    let made = i18n.t_args(
        "packet-made",
        &Args::new()
            .text("date", {
                let day: String = packet.created_at.chars().take(10).collect();
                CalendarDate::parse_iso(&day).map_or(day, |date| i18n.date(date))
            })
            .text("version", packet.app_version.clone())
            .text("locale", packet.locale.clone()),
    );
    let intake = packet.intake;
    view! {
        <article class="packet-view">
            <h2>{packet.draft_name}</h2>
            <p class="muted">{made}</p>
            {intake_sections(i18n, intake)}
            {packet.estimate.map(|data| tool_section(i18n, "packet-estimate-heading", data))}
            {packet.stay.map(|data| tool_section(i18n, "packet-stay-heading", data))}
            {packet.checklist.map(|progress| checklist_section(i18n, progress))}
        </article>
    }
}

fn intake_sections(i18n: I18n, intake: Intake) -> impl IntoView {
    let p = &intake.patient;
    let companions: Vec<String> = intake
        .companions
        .iter()
        .map(|c| format!("{} ({})", c.name, c.relation))
        .collect();
    let history = intake
        .history
        .iter()
        .map(|entry| {
            (
                i18n.t(entry.kind.message_id()),
                if entry.when.trim().is_empty() {
                    entry.details.clone()
                } else {
                    format!("{} — {}", entry.when, entry.details)
                },
            )
        })
        .collect::<Vec<_>>();
    view! {
        {section(i18n, "intake-patient-heading", vec![
            ("intake-patient-name", p.name.clone()),
            ("intake-patient-date-of-birth", p.date_of_birth.clone()),
            ("intake-patient-nationality", p.nationality.clone()),
            ("intake-patient-email", p.email.clone()),
            ("intake-patient-phone", p.phone.clone()),
            ("intake-patient-preferred-language", p.preferred_language.clone()),
            ("intake-companions-heading", companions.join("; ")),
        ])}
        {section(i18n, "intake-condition-heading", vec![
            ("intake-diagnosis", intake.diagnosis.clone()),
            ("intake-current-condition", intake.current_condition.clone()),
            ("intake-physician-name", intake.physician_name.clone()),
            ("intake-physician-institution", intake.physician_institution.clone()),
            ("intake-physician-contact", intake.physician_contact.clone()),
        ])}
        <section class="packet-view__section">
            <h3>{i18n.text("intake-history-heading")}</h3>
            <dl>
                {history.into_iter().map(|(kind, text)| view! { <dt>{kind}</dt><dd>{text}</dd> }).collect_view()}
            </dl>
        </section>
        {section(i18n, "intake-materials-heading", vec![
            ("intake-images", intake.images.clone()),
            ("intake-reports", intake.reports.clone()),
        ])}
        {section(i18n, "intake-wishes-heading", vec![
            ("intake-desired-hospital", intake.desired_hospital.clone()),
            ("intake-desired-treatment", intake.desired_treatment.clone()),
            ("intake-budget", intake.budget.clone()),
            ("intake-dates-from", intake.dates_from.clone()),
            ("intake-dates-to", intake.dates_to.clone()),
            ("intake-questions", intake.questions.clone()),
        ])}
    }
}

/// A heading and label–value pairs; empty values say so rather than vanish.
fn section(i18n: I18n, heading: &'static str, rows: Vec<(&'static str, String)>) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            let value = if value.trim().is_empty() {
                i18n.t("packet-empty")
            } else {
                value
            };
            view! { <dt>{i18n.text(label)}</dt><dd>{value}</dd> }
        })
        .collect_view();
    view! {
        <section class="packet-view__section">
            <h3>{i18n.text(heading)}</h3>
            <dl>{rows}</dl>
        </section>
    }
}

/// Another tool's stored inputs, shown as they are.
fn tool_section(i18n: I18n, heading: &'static str, data: ToolData) -> impl IntoView {
    let text = serde_json::to_string_pretty(&data.data).unwrap_or_default();
    view! {
        <section class="packet-view__section">
            <h3>{i18n.text(heading)}</h3>
            <pre class="packet-view__data">{text}</pre>
        </section>
    }
}

fn checklist_section(i18n: I18n, progress: ChecklistProgress) -> impl IntoView {
    let rows = progress
        .items
        .into_iter()
        .map(|(id, item)| {
            let name = i18n.t(&format!("checklist-item-{id}"));
            let mut value = i18n.t(item.status.message_id());
            if !item.note.is_empty() {
                value = format!("{value} · {}", item.note);
            }
            view! { <dt>{name}</dt><dd>{value}</dd> }
        })
        .collect_view();
    view! {
        <section class="packet-view__section">
            <h3>{i18n.text("packet-checklist-heading")}</h3>
            <dl>{rows}</dl>
        </section>
    }
}
