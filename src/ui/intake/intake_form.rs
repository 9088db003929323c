use leptos::prelude::*;

use crate::domain::intake::Intake;
use crate::i18n::use_i18n;
use crate::ui::components::Slice;
use crate::ui::intake::state::use_intake;
use crate::ui::intake::{CompanionFields, FormField, HistoryFields};

/// Reads one text field of the form.
pub type Read = fn(&Intake) -> &String;
/// Writes one text field of the form.
pub type Write = fn(&mut Intake, String);

/// A form field bound to one text of the open draft; `id` is also the id the validation rules
/// use for it.
pub fn bound_field(
    id: &'static str,
    label: &'static str,
    kind: &'static str,
    required: bool,
    read: Read,
    write: Write,
) -> impl IntoView {
    let state = use_intake();
    let problem = Memo::new(move |_| {
        state.problems.with(|found| {
            found
                .iter()
                .find(|problem| problem.field == id)
                .map(|problem| problem.message)
        })
    });
    view! {
        <FormField
            id=id
            label=label
            kind=kind
            required=required
            value=Signal::derive(move || state.intake.with(|intake| read(intake).clone()))
            on_input=Callback::new(move |text| state.edit(|intake| write(intake, text)))
            problem=problem
        />
    }
}

/// The intake form, in the order a coordinator reads it.
#[component]
pub fn IntakeForm() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <form class="intake-form" novalidate on:submit=|event| event.prevent_default()>
            <Slice><fieldset class="panel">
                <legend>{i18n.text("intake-patient-heading")}</legend>
                {bound_field("patient-name", "intake-patient-name", "text", true, |i| &i.patient.name, |i, v| i.patient.name = v)}
                {bound_field("patient-date-of-birth", "intake-patient-date-of-birth", "date", true, |i| &i.patient.date_of_birth, |i, v| i.patient.date_of_birth = v)}
                {bound_field("patient-nationality", "intake-patient-nationality", "country", true, |i| &i.patient.nationality, |i, v| i.patient.nationality = v)}
                <p class="field__hint">{i18n.text("intake-contact-help")}</p>
                {bound_field("patient-email", "intake-patient-email", "email", false, |i| &i.patient.email, |i, v| i.patient.email = v)}
                {bound_field("patient-phone", "intake-patient-phone", "tel", false, |i| &i.patient.phone, |i, v| i.patient.phone = v)}
                {bound_field("patient-preferred-language", "intake-patient-preferred-language", "text", false, |i| &i.patient.preferred_language, |i, v| i.patient.preferred_language = v)}
            </fieldset></Slice>
            <Slice><CompanionFields /></Slice>
            <Slice><fieldset class="panel">
                <legend>{i18n.text("intake-condition-heading")}</legend>
                {bound_field("diagnosis", "intake-diagnosis", "text", true, |i| &i.diagnosis, |i, v| i.diagnosis = v)}
                {bound_field("current-condition", "intake-current-condition", "textarea", false, |i| &i.current_condition, |i, v| i.current_condition = v)}
            </fieldset></Slice>
            <Slice><fieldset class="panel">
                <legend>{i18n.text("intake-physician-heading")}</legend>
                {bound_field("physician-name", "intake-physician-name", "text", false, |i| &i.physician_name, |i, v| i.physician_name = v)}
                {bound_field("physician-institution", "intake-physician-institution", "text", false, |i| &i.physician_institution, |i, v| i.physician_institution = v)}
                {bound_field("physician-contact", "intake-physician-contact", "text", false, |i| &i.physician_contact, |i, v| i.physician_contact = v)}
            </fieldset></Slice>
            <Slice><HistoryFields /></Slice>
            <Slice><fieldset class="panel">
                <legend>{i18n.text("intake-materials-heading")}</legend>
                {bound_field("images", "intake-images", "textarea", false, |i| &i.images, |i, v| i.images = v)}
                {bound_field("reports", "intake-reports", "textarea", false, |i| &i.reports, |i, v| i.reports = v)}
            </fieldset></Slice>
            <Slice><fieldset class="panel">
                <legend>{i18n.text("intake-wishes-heading")}</legend>
                {bound_field("desired-hospital", "intake-desired-hospital", "text", false, |i| &i.desired_hospital, |i, v| i.desired_hospital = v)}
                {bound_field("desired-treatment", "intake-desired-treatment", "text", false, |i| &i.desired_treatment, |i, v| i.desired_treatment = v)}
                {bound_field("budget", "intake-budget", "text", false, |i| &i.budget, |i, v| i.budget = v)}
                {bound_field("dates-from", "intake-dates-from", "date", false, |i| &i.dates_from, |i, v| i.dates_from = v)}
                {bound_field("dates-to", "intake-dates-to", "date", false, |i| &i.dates_to, |i, v| i.dates_to = v)}
                {bound_field("questions", "intake-questions", "textarea", false, |i| &i.questions, |i, v| i.questions = v)}
            </fieldset></Slice>
        </form>
    }
}
