//! `public/data/stay-rules.json`: visa-exempt periods by nationality, the medical-stay visa
//! rules and the lead times, each with its source.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::date::CalendarDate;
use super::fee_schedule::{parse_validated, DataFileError, Source};
use super::localized::Localized;
use super::stay::StayLimit;
use super::timeline::{Lead, LeadTimes};

/// The `format` value of the file.
pub const STAY_RULES_FORMAT: &str = "japan-care-planner/stay-rules";

/// A nationality whose holders may enter without a visa for a short stay.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemptCountry {
    /// ISO 3166-1 alpha-2 (regions such as HK, MO and TW included).
    pub code: String,
    pub days: u32,
    pub source: String,
    /// Passport conditions (ePassport, prior registration…).
    #[serde(default)]
    pub condition: Option<Localized>,
    /// Set where sources disagree: what they say and which (shorter) value is used.
    #[serde(default)]
    pub sources_differ: Option<Localized>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisaExempt {
    pub countries: Vec<ExemptCountry>,
    /// Nationalities that may ask for an extension to 6 months.
    pub extension_to_six_months: Vec<String>,
    pub extension_source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MedicalStay {
    /// The periods a medical-stay visa may be granted for.
    pub periods: Vec<StayLimit>,
    /// The longest period the app plans with (the conservative reading where sources differ).
    pub longest_used: StayLimit,
    #[serde(default)]
    pub sources_differ: Option<Localized>,
    /// A single stay of a multiple-entry medical-stay visa is at most this long.
    pub single_stay_max_days: u32,
    pub multiple_entry_validity_years: u32,
    /// A stay longer than this needs a Certificate of Eligibility.
    pub certificate_of_eligibility_over_days: u32,
    /// Enter Japan within this many months of the visa's issue.
    pub enter_within_months: u32,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LeadTimesJson {
    arrival_before_start: Lead,
    visa_processing: Lead,
    visa_planning: Lead,
    hospital_reply: Lead,
    written_opinion: Lead,
    coordinator_reply: Lead,
    source: String,
    inferred: Localized,
}

/// The whole rules file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StayRules {
    pub format: String,
    pub schema_version: u32,
    pub as_of: CalendarDate,
    pub notice: Localized,
    pub sources: Vec<Source>,
    pub visa_exempt: VisaExempt,
    pub medical_stay: MedicalStay,
    lead_times: LeadTimesJson,
}

impl StayRules {
    pub fn parse(file: &str, text: &str) -> Result<StayRules, DataFileError> {
        parse_validated(file, text, StayRules::validate)
    }

    /// The visa-exempt stay for a nationality, if it is exempt.
    pub fn exemption(&self, country: &str) -> Option<&ExemptCountry> {
        self.visa_exempt
            .countries
            .iter()
            .find(|exempt| exempt.code.eq_ignore_ascii_case(country))
    }

    pub fn lead_times(&self) -> LeadTimes {
        let json = &self.lead_times;
        LeadTimes {
            arrival_before_start: json.arrival_before_start,
            visa_processing: json.visa_processing,
            visa_planning: json.visa_planning,
            hospital_reply: json.hospital_reply,
            written_opinion: json.written_opinion,
            coordinator_reply: json.coordinator_reply,
        }
    }

    fn validate(&self) -> Result<(), (String, String)> {
        let fail = |field: String, reason: &str| Err((field, reason.to_owned()));
        if self.format != STAY_RULES_FORMAT || self.schema_version != 1 {
            return fail("format".into(), "not a version 1 stay-rules file");
        }
        let source_ids: BTreeSet<&str> = self
            .sources
            .iter()
            .map(|source| source.id.as_str())
            .collect();
        let mut codes = BTreeSet::new();
        for (index, country) in self.visa_exempt.countries.iter().enumerate() {
            let field = |name: &str| format!("visa_exempt.countries[{index}].{name}");
            let code_ok = country.code.len() == 2
                && country.code.bytes().all(|byte| byte.is_ascii_uppercase());
            if !code_ok || !codes.insert(country.code.as_str()) {
                return fail(field("code"), "must be a unique two-letter ISO 3166 code");
            }
            if !(1..=365).contains(&country.days) {
                return fail(field("days"), "must be between 1 and 365");
            }
            if !source_ids.contains(country.source.as_str()) {
                return fail(field("source"), "names no source of this file");
            }
        }
        for (field, id) in [
            (
                "visa_exempt.extension_source",
                &self.visa_exempt.extension_source,
            ),
            ("medical_stay.source", &self.medical_stay.source),
            ("lead_times.source", &self.lead_times.source),
        ] {
            if !source_ids.contains(id.as_str()) {
                return fail(field.into(), "names no source of this file");
            }
        }
        if !self
            .medical_stay
            .periods
            .contains(&self.medical_stay.longest_used)
        {
            return fail(
                "medical_stay.longest_used".into(),
                "must be one of the periods",
            );
        }
        Ok(())
    }
}
