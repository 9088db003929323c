//! `public/data/stay-rules.json`: visa-exempt periods by nationality, the medical-stay visa
//! rules and the lead times, each with its source.

use std::collections::BTreeSet;

use serde::Deserialize;

use super::business_days::Offices;
use super::data_file::{parse_validated, DataFileError};
use super::date::CalendarDate;
use super::localized::Localized;
use super::source::{validate_sources, Source};
use super::stay::StayLimit;
use super::timeline::{Lead, LeadTimes, Step, Timing};

/// The `format` value of the file.
pub const STAY_RULES_FORMAT: &str = "japan-care-planner/stay-rules";

/// A nationality whose holders may enter without a visa for a short stay.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExemptCountry {
    /// ISO 3166-1 alpha-2 (regions such as HK, MO and TW included).
    pub code: String,
    pub days: u32,
    /// The source that states `days`.
    pub source: String,
    /// Passport conditions (ePassport, prior registration…).
    #[serde(default)]
    pub condition: Option<Localized>,
    /// The last day of a time-limited exemption, as its source states it. After it, unless a
    /// source confirms a renewal, the app plans with a visa.
    #[serde(default)]
    pub valid_until: Option<CalendarDate>,
    /// Set where sources disagree: what each says and which (shorter) value is used.
    #[serde(default)]
    pub sources_differ: Option<SourcesDiffer>,
}

impl ExemptCountry {
    /// The day a time-limited exemption ended, when it had ended by `day` (the arrival, or
    /// today when no arrival is entered) and no source confirms a renewal.
    pub fn lapsed_by(&self, day: Option<CalendarDate>) -> Option<CalendarDate> {
        self.valid_until
            .filter(|until| day.is_some_and(|day| day > *until))
    }
}

/// Sources that give different periods for one nationality.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourcesDiffer {
    /// The period this app uses: the entry's `days`.
    pub used: u32,
    /// What each source says.
    pub says: Vec<SourceSays>,
    /// Which source says what, and why `used` is used, in every language.
    pub text: Localized,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceSays {
    pub source: String,
    pub days: u32,
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
    /// The periods a medical-stay visa may be granted for, each offered on `/stay`.
    pub periods: Vec<StayLimit>,
    /// The embassy page that lists all of `periods`.
    pub periods_source: String,
    /// What each embassy lists, and that the period on the visa binds.
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
    /// What a stay over `certificate_of_eligibility_over_days` needs, and its source.
    pub certificate_of_eligibility: CertificateRule,
}

/// The Certificate of Eligibility: who applies, and how long it is valid.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CertificateRule {
    /// Enter Japan within this many months of the certificate's issue.
    pub valid_months: u32,
    pub source: String,
}

/// One lead time: how it is counted, where it comes from, and what it means.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(try_from = "LeadRuleJson")]
pub struct LeadRule {
    timing: Timing,
    pub source: String,
    /// What the figure means and what other sources say, shown beside the step.
    pub note: Option<Localized>,
}

/// A lead time as the file states it: exactly one of the counts, and whether government
/// offices' working days are counted.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LeadRuleJson {
    #[serde(default)]
    calendar_days: Option<u32>,
    #[serde(default)]
    business_days: Option<u32>,
    #[serde(default)]
    months: Option<u32>,
    /// Counted in government offices' working days (closed 29 December to 3 January).
    #[serde(default)]
    government_offices: bool,
    source: String,
    #[serde(default)]
    note: Option<Localized>,
}

impl TryFrom<LeadRuleJson> for LeadRule {
    type Error = &'static str;

    fn try_from(json: LeadRuleJson) -> Result<LeadRule, Self::Error> {
        let lead = match (json.calendar_days, json.business_days, json.months) {
            (Some(days), None, None) => Lead::CalendarDays(days),
            (None, Some(days), None) => Lead::BusinessDays(days),
            (None, None, Some(months)) => Lead::Months(months),
            _ => return Err("needs exactly one of calendar_days, business_days, months"),
        };
        let offices = if json.government_offices {
            Offices::Government
        } else {
            Offices::Private
        };
        Ok(LeadRule {
            timing: Timing { lead, offices },
            source: json.source,
            note: json.note,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct LeadTimesJson {
    arrival_before_start: LeadRule,
    visa_processing: LeadRule,
    visa_planning: LeadRule,
    visa_referral: LeadRule,
    coe_processing: LeadRule,
    hospital_reply: LeadRule,
    written_opinion: LeadRule,
    coordinator_reply: LeadRule,
    inferred: Localized,
}

impl LeadTimesJson {
    fn named(&self) -> [(&'static str, &LeadRule); 8] {
        [
            ("arrival_before_start", &self.arrival_before_start),
            ("visa_processing", &self.visa_processing),
            ("visa_planning", &self.visa_planning),
            ("visa_referral", &self.visa_referral),
            ("coe_processing", &self.coe_processing),
            ("hospital_reply", &self.hospital_reply),
            ("written_opinion", &self.written_opinion),
            ("coordinator_reply", &self.coordinator_reply),
        ]
    }
}

/// The whole rules file.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StayRules {
    pub format: String,
    pub schema_version: u32,
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
            arrival_before_start: json.arrival_before_start.timing,
            visa_processing: json.visa_processing.timing,
            visa_planning: json.visa_planning.timing,
            visa_referral: json.visa_referral.timing,
            coe_processing: json.coe_processing.timing,
            hospital_reply: json.hospital_reply.timing,
            written_opinion: json.written_opinion.timing,
            coordinator_reply: json.coordinator_reply.timing,
        }
    }

    /// The lead time that sets a step's latest day, with its source and note.
    pub fn step_lead(&self, step: Step) -> Option<&LeadRule> {
        let json = &self.lead_times;
        Some(match step {
            Step::ContactCoordinator => &json.coordinator_reply,
            Step::PayWrittenOpinion => &json.written_opinion,
            Step::HospitalRequest => &json.hospital_reply,
            Step::CertificateOfEligibility => &json.coe_processing,
            Step::VisaApplicationRecommended => &json.visa_planning,
            Step::VisaApplicationIfReferred => &json.visa_referral,
            Step::VisaApplicationLatest => &json.visa_processing,
            Step::Arrival => &json.arrival_before_start,
            Step::Prepayment | Step::TreatmentStart => return None,
        })
    }

    /// This app's reading of lead times its sources give as a range.
    pub fn lead_times_inferred(&self) -> &Localized {
        &self.lead_times.inferred
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    fn validate(&self) -> Result<(), (String, String)> {
        let fail = |field: String, reason: &str| Err((field, reason.to_owned()));
        if self.format != STAY_RULES_FORMAT || self.schema_version != 2 {
            return fail("format".into(), "not a version 2 stay-rules file");
        }
        validate_sources(&self.sources, "sources")?;
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
            if let Some(differ) = &country.sources_differ {
                validate_differ(country, differ, &source_ids)
                    .map_err(|(name, reason)| (field(&name), reason))?;
            }
        }
        for (name, rule) in self.lead_times.named() {
            if !source_ids.contains(rule.source.as_str()) {
                return fail(
                    format!("lead_times.{name}.source"),
                    "names no source of this file",
                );
            }
        }
        for (field, id) in [
            (
                "visa_exempt.extension_source",
                &self.visa_exempt.extension_source,
            ),
            ("medical_stay.source", &self.medical_stay.source),
            (
                "medical_stay.periods_source",
                &self.medical_stay.periods_source,
            ),
            (
                "medical_stay.certificate_of_eligibility.source",
                &self.medical_stay.certificate_of_eligibility.source,
            ),
        ] {
            if !source_ids.contains(id.as_str()) {
                return fail(field.into(), "names no source of this file");
            }
        }
        let periods = &self.medical_stay.periods;
        if periods.is_empty()
            || periods
                .iter()
                .enumerate()
                .any(|(index, period)| periods[..index].contains(period))
        {
            return fail("medical_stay.periods".into(), "must list each period once");
        }
        Ok(())
    }
}

/// A `sources_differ` must use the entry's own value, and the entry's source must say it.
fn validate_differ(
    country: &ExemptCountry,
    differ: &SourcesDiffer,
    source_ids: &BTreeSet<&str>,
) -> Result<(), (String, String)> {
    let fail = |field: &str, reason: &str| Err((field.to_owned(), reason.to_owned()));
    if differ.used != country.days {
        return fail("sources_differ.used", "must equal the entry's days");
    }
    for (index, says) in differ.says.iter().enumerate() {
        if !source_ids.contains(says.source.as_str()) {
            return fail(
                &format!("sources_differ.says[{index}].source"),
                "names no source of this file",
            );
        }
    }
    let own = differ
        .says
        .iter()
        .find(|says| says.source == country.source);
    if own.is_none_or(|says| says.days != country.days) {
        return fail(
            "sources_differ.says",
            "must list the entry's own source with the entry's days",
        );
    }
    if differ.says.iter().all(|says| says.days == country.days) {
        return fail("sources_differ.says", "lists no source that differs");
    }
    Ok(())
}
