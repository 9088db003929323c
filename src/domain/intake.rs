//! The intake form: what a coordinator and a hospital need to know about a patient before
//! they can answer. Every field is text as typed (nothing a user entered is ever dropped
//! because it does not parse); [`problems`] says what is missing or looks wrong.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::date::CalendarDate;

/// The person to be treated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Patient {
    pub name: String,
    /// `YYYY-MM-DD`, as a date field gives it.
    pub date_of_birth: String,
    /// ISO 3166-1 alpha-2 code of the passport's country.
    pub nationality: String,
    pub email: String,
    pub phone: String,
    /// The language the patient wants to be addressed in, in their own words.
    pub preferred_language: String,
    /// Fields a newer version of the app added, kept as they are so that saving from an
    /// older tab does not drop them.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Map<String, Value>,
}

/// Someone travelling with the patient.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Companion {
    pub name: String,
    /// Relation to the patient ("daughter", "friend").
    pub relation: String,
    /// Fields a newer version of the app added, kept as they are so that saving from an
    /// older tab does not drop them.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Map<String, Value>,
}

/// What kind of earlier care a history entry records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum HistoryKind {
    #[default]
    Examination,
    Surgery,
    Chemotherapy,
    Radiotherapy,
}

impl HistoryKind {
    pub const ALL: [HistoryKind; 4] = [
        HistoryKind::Examination,
        HistoryKind::Surgery,
        HistoryKind::Chemotherapy,
        HistoryKind::Radiotherapy,
    ];

    pub fn code(self) -> &'static str {
        match self {
            HistoryKind::Examination => "examination",
            HistoryKind::Surgery => "surgery",
            HistoryKind::Chemotherapy => "chemotherapy",
            HistoryKind::Radiotherapy => "radiotherapy",
        }
    }

    pub fn from_code(code: &str) -> Option<HistoryKind> {
        HistoryKind::ALL
            .into_iter()
            .find(|kind| kind.code() == code)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            HistoryKind::Examination => "intake-history-examination",
            HistoryKind::Surgery => "intake-history-surgery",
            HistoryKind::Chemotherapy => "intake-history-chemotherapy",
            HistoryKind::Radiotherapy => "intake-history-radiotherapy",
        }
    }
}

/// One examination, operation or course of treatment so far.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct HistoryEntry {
    pub kind: HistoryKind,
    /// When, in the patient's words ("March 2026", "2026-01 to 2026-04").
    pub when: String,
    /// What was done and found: procedure, drugs and dose, area, result.
    pub details: String,
    /// Fields a newer version of the app added, kept as they are so that saving from an
    /// older tab does not drop them.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Map<String, Value>,
}

/// The whole form.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct Intake {
    pub patient: Patient,
    pub companions: Vec<Companion>,
    pub diagnosis: String,
    pub current_condition: String,
    pub physician_name: String,
    pub physician_institution: String,
    pub physician_contact: String,
    pub history: Vec<HistoryEntry>,
    /// Images available (CT, MRI, PET-CT, endoscopy…), and whether as DICOM.
    pub images: String,
    /// Reports, blood tests, pathology slides available.
    pub reports: String,
    pub desired_hospital: String,
    pub desired_treatment: String,
    /// In the patient's words and currency.
    pub budget: String,
    /// `YYYY-MM-DD`
    pub dates_from: String,
    /// `YYYY-MM-DD`
    pub dates_to: String,
    pub questions: String,
    /// Fields a newer version of the app added, kept as they are so that saving from an
    /// older tab does not drop them.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Map<String, Value>,
}

/// The most a form may hold, as stored JSON: about 300 pages of text. Every draft shares one
/// storage entry (about 5 MB in all, per browser), so a pasted book, or a packet carrying
/// one, would stop every draft from saving; `make bench` reads a packet this large.
pub const MAX_INTAKE_BYTES: usize = 1024 * 1024;

impl Intake {
    /// Whether the form is within [`MAX_INTAKE_BYTES`].
    pub fn fits(&self) -> bool {
        serde_json::to_vec(self).is_ok_and(|json| json.len() <= MAX_INTAKE_BYTES)
    }

    /// The form's own text fields with their ids in the form, longest first found by
    /// [`problems`] when the whole is too long.
    fn text_fields(&self) -> [(&'static str, &str); 17] {
        let patient = &self.patient;
        [
            ("patient-name", &patient.name),
            ("patient-date-of-birth", &patient.date_of_birth),
            ("patient-nationality", &patient.nationality),
            ("patient-email", &patient.email),
            ("patient-phone", &patient.phone),
            ("patient-preferred-language", &patient.preferred_language),
            ("diagnosis", &self.diagnosis),
            ("current-condition", &self.current_condition),
            ("physician-name", &self.physician_name),
            ("physician-institution", &self.physician_institution),
            ("physician-contact", &self.physician_contact),
            ("images", &self.images),
            ("reports", &self.reports),
            ("desired-hospital", &self.desired_hospital),
            ("desired-treatment", &self.desired_treatment),
            ("budget", &self.budget),
            ("questions", &self.questions),
        ]
    }
}

/// A field that needs attention, and the message that says why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The field's id in the form (`patient-name`).
    pub field: &'static str,
    pub message: &'static str,
}

/// What a coordinator cannot do without, and what looks mistyped. `today` keeps a birth date
/// out of the future.
pub fn problems(intake: &Intake, today: CalendarDate) -> Vec<Problem> {
    let mut found = Vec::new();
    let mut flag = |field, message| found.push(Problem { field, message });
    // In the form's order, so the first problem is the first field to fix.
    let patient = &intake.patient;
    if patient.name.trim().is_empty() {
        flag("patient-name", "intake-required");
    }
    match parse_optional(&patient.date_of_birth) {
        Err(()) => flag("patient-date-of-birth", "intake-date-invalid"),
        Ok(None) => flag("patient-date-of-birth", "intake-required"),
        Ok(Some(born)) if born > today => flag("patient-date-of-birth", "intake-birth-future"),
        Ok(Some(_)) => {}
    }
    if patient.nationality.trim().is_empty() {
        flag("patient-nationality", "intake-required");
    }
    let email = patient.email.trim();
    if email.is_empty() && patient.phone.trim().is_empty() {
        flag("patient-email", "intake-contact-required");
    } else if !email.is_empty() && !looks_like_email(email) {
        flag("patient-email", "intake-email-invalid");
    }
    if intake.diagnosis.trim().is_empty() {
        flag("diagnosis", "intake-required");
    }
    match (
        parse_optional(&intake.dates_from),
        parse_optional(&intake.dates_to),
    ) {
        (Err(()), _) => flag("dates-from", "intake-date-invalid"),
        (_, Err(())) => flag("dates-to", "intake-date-invalid"),
        (Ok(Some(from)), Ok(Some(to))) if to < from => flag("dates-to", "intake-dates-order"),
        _ => {}
    }
    if !intake.fits() {
        // The longest field is where cutting helps most; companions and history rows are
        // short by their nature.
        let longest = intake
            .text_fields()
            .into_iter()
            .max_by_key(|(_, text)| text.len())
            .map_or("questions", |(field, _)| field);
        flag(longest, "intake-too-long");
    }
    found
}

fn parse_optional(text: &str) -> Result<Option<CalendarDate>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    CalendarDate::parse_iso(text).map(Some).map_err(|_| ())
}

/// One `@` with text on both sides and a dot in the domain: enough to catch a phone number
/// typed in the wrong field, without refusing unusual but valid addresses.
fn looks_like_email(text: &str) -> bool {
    let text = text.trim();
    match text.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && !text.contains(char::is_whitespace)
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> CalendarDate {
        CalendarDate::parse_iso("2026-11-21").unwrap()
    }

    fn complete() -> Intake {
        Intake {
            patient: Patient {
                name: "Nguyen Van A".into(),
                date_of_birth: "1960-05-01".into(),
                nationality: "VN".into(),
                email: "a@example.vn".into(),
                ..Patient::default()
            },
            diagnosis: "Prostate cancer".into(),
            ..Intake::default()
        }
    }

    fn fields(intake: &Intake) -> Vec<(&'static str, &'static str)> {
        problems(intake, today())
            .into_iter()
            .map(|problem| (problem.field, problem.message))
            .collect()
    }

    #[test]
    fn a_complete_form_has_no_problems() {
        assert_eq!(fields(&complete()), []);
    }

    #[test]
    fn an_empty_form_names_every_required_field() {
        assert_eq!(
            fields(&Intake::default()),
            [
                ("patient-name", "intake-required"),
                ("patient-date-of-birth", "intake-required"),
                ("patient-nationality", "intake-required"),
                ("patient-email", "intake-contact-required"),
                ("diagnosis", "intake-required"),
            ]
        );
    }

    #[test]
    fn mistyped_values_are_named() {
        let mut intake = complete();
        intake.patient.email = "+84 90 123 4567".into();
        intake.patient.date_of_birth = "2027-01-01".into();
        intake.dates_from = "2027-03-10".into();
        intake.dates_to = "2027-03-01".into();
        assert_eq!(
            fields(&intake),
            [
                ("patient-date-of-birth", "intake-birth-future"),
                ("patient-email", "intake-email-invalid"),
                ("dates-to", "intake-dates-order"),
            ]
        );
        intake.dates_from = "2027-02-30".into();
        assert!(fields(&intake).contains(&("dates-from", "intake-date-invalid")));
    }

    #[test]
    fn a_phone_number_alone_is_enough_contact() {
        let mut intake = complete();
        intake.patient.email.clear();
        intake.patient.phone = "+84 90 123 4567".into();
        assert_eq!(fields(&intake), []);
    }

    #[test]
    fn unusual_email_addresses_are_accepted() {
        for address in ["a.b+c@sub.example.co.jp", "用户@例子.中国"] {
            assert!(looks_like_email(address), "{address}");
        }
        for address in [
            "a@b",
            "@example.com",
            "a@.com",
            "a b@example.com",
            "a@b@c.com",
        ] {
            assert!(!looks_like_email(address), "{address}");
        }
    }

    /// A form is kept in the browser's one drafts entry with every other draft; a pasted
    /// book would fill it and stop every draft from saving (F20 of the security review).
    #[test]
    fn a_form_too_long_to_keep_names_its_longest_field() {
        let mut intake = complete();
        intake.images = "CT ".repeat(1000);
        assert!(intake.fits());
        intake.questions = "あ".repeat(MAX_INTAKE_BYTES / 3);
        assert!(!intake.fits());
        assert_eq!(fields(&intake), [("questions", "intake-too-long")]);
    }

    #[test]
    fn missing_fields_in_stored_json_take_their_defaults() {
        let intake: Intake = serde_json::from_str(r#"{"patient": {"name": "A"}}"#).unwrap();
        assert_eq!(intake.patient.name, "A");
        assert!(intake.history.is_empty());
    }
}
