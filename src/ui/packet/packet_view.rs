use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::checklist::Checklists;
use crate::domain::intake::Intake;
use crate::domain::packet::Packet;
use crate::domain::regions::is_region_code;
use crate::i18n::{Args, I18n};
use crate::ui::components::Labels;
use crate::ui::estimator::EstimateRecordView;
use crate::ui::format::{date_as_written, made_on_text};
use crate::ui::packet::{ChecklistCard, DocumentsCard, StayCard};
use crate::web::RegionNames;

/// A packet laid out for the coordinator who reads it and the hospital it is printed for:
/// the intake section by section, then the estimate, the stay check and timeline, and the
/// document checklist as the patient's app showed them. Read-only.
#[component]
pub fn PacketView(
    /// The opened packet.
    packet: Packet,
    /// The checklist situations, to group the documents (when loaded).
    checklists: Option<Arc<Checklists>>,
    /// Labels, in a second language too when printed.
    labels: Labels,
    /// An address for each of the packet's documents, when it came with them (an archive).
    #[prop(optional)]
    file_urls: Vec<String>,
) -> impl IntoView {
    let i18n = labels.i18n();
    let made = i18n.t_args(
        "packet-made",
        &Args::new()
            .text("date", made_on_text(i18n, &packet.created_at))
            .text("version", packet.app_version.clone())
            .text("locale", packet.locale.clone()),
    );
    let not_included =
        || view! { <p class="muted">{labels.label("packet-not-included")}</p> }.into_any();
    let estimate = match packet.estimate_result {
        Some(record) => view! { <EstimateRecordView record labels=labels.clone() /> }.into_any(),
        None => not_included(),
    };
    let stay = match packet.stay_result {
        Some(record) => view! { <StayCard record labels=labels.clone() /> }.into_any(),
        None => not_included(),
    };
    let checklist = match packet.checklist {
        Some(progress) => {
            view! { <ChecklistCard progress checklists labels=labels.clone() /> }.into_any()
        }
        None => not_included(),
    };
    view! {
        <article class="packet-view">
            <h2>{packet.draft_name}</h2>
            <p class="muted">{made}</p>
            {intake_sections(&labels, packet.intake)}
            {tool_section(&labels, "packet-estimate-result-heading", estimate)}
            {tool_section(&labels, "packet-stay-result-heading", stay)}
            {tool_section(&labels, "packet-checklist-heading", checklist)}
            {(!packet.documents.is_empty()).then(|| view! {
                <DocumentsCard documents=packet.documents.clone() file_urls labels=labels.clone() />
            })}
        </article>
    }
}

fn intake_sections(labels: &Labels, intake: Intake) -> impl IntoView {
    let i18n = labels.i18n();
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
            let text = if entry.when.trim().is_empty() {
                entry.details.clone()
            } else {
                format!("{} — {}", entry.when, entry.details)
            };
            view! { <dt>{labels.label(entry.kind.message_id())}</dt><dd>{text}</dd> }
        })
        .collect_view();
    view! {
        {section(labels, "intake-patient-heading", vec![
            ("packet-patient-name", p.name.clone()),
            ("intake-patient-date-of-birth", date_as_written(i18n, &p.date_of_birth)),
            ("intake-patient-nationality", nationality_text(i18n, &p.nationality)),
            ("intake-patient-email", p.email.clone()),
            ("intake-patient-phone", p.phone.clone()),
            ("intake-patient-preferred-language", p.preferred_language.clone()),
            ("intake-companions-heading", companions.join("; ")),
        ])}
        {section(labels, "intake-condition-heading", vec![
            ("intake-diagnosis", intake.diagnosis.clone()),
            ("intake-current-condition", intake.current_condition.clone()),
            ("intake-physician-name", intake.physician_name.clone()),
            ("intake-physician-institution", intake.physician_institution.clone()),
            ("intake-physician-contact", intake.physician_contact.clone()),
        ])}
        <section class="packet-view__section">
            <h3>{labels.label("intake-history-heading")}</h3>
            <dl>{history}</dl>
        </section>
        {section(labels, "intake-materials-heading", vec![
            ("packet-images", intake.images.clone()),
            ("packet-reports", intake.reports.clone()),
        ])}
        {section(labels, "packet-wishes-heading", vec![
            ("packet-desired-hospital", intake.desired_hospital.clone()),
            ("packet-desired-treatment", intake.desired_treatment.clone()),
            ("intake-budget", intake.budget.clone()),
            ("packet-dates-from", date_as_written(i18n, &intake.dates_from)),
            ("packet-dates-to", date_as_written(i18n, &intake.dates_to)),
            ("intake-questions", intake.questions.clone()),
        ])}
    }
}

/// A nationality stored as an ISO 3166 code, named in the reader's language; free text from
/// older drafts and packets is shown as written.
fn nationality_text(i18n: I18n, text: &str) -> String {
    if is_region_code(text) {
        RegionNames::new(i18n.locale().code()).name(text)
    } else {
        text.to_owned()
    }
}

/// A heading and label–value pairs; empty values say so rather than vanish.
fn section(
    labels: &Labels,
    heading: &'static str,
    rows: Vec<(&'static str, String)>,
) -> impl IntoView {
    let rows = rows
        .into_iter()
        .map(|(label, value)| {
            let value = if value.trim().is_empty() {
                labels.i18n().t("packet-empty")
            } else {
                value
            };
            view! { <dt>{labels.label(label)}</dt><dd>{value}</dd> }
        })
        .collect_view();
    view! {
        <section class="packet-view__section">
            <h3>{labels.label(heading)}</h3>
            <dl>{rows}</dl>
        </section>
    }
}

/// Another tool's part of the packet under its heading.
fn tool_section(labels: &Labels, heading: &'static str, body: AnyView) -> impl IntoView {
    view! {
        <section class="packet-view__section">
            <h3>{labels.label(heading)}</h3>
            {body}
        </section>
    }
}
