//! An estimate that travels: the schedule it was computed from, everything entered, and the
//! figures as shown. Packets (version 2) carry one as the patient saw it; an estimate file
//! carries one back from the coordinator or the hospital, with who made it and when. Its
//! JSON Schema is generated from these types (`src/bin/packet_schema.rs`) and published at
//! `/schema/estimate-v1.json`.
//!
//! The full schedule travels with the figures, so a file opens on any installation, whatever
//! schedules that one lists. Reading never trusts the file: the schedule is validated as a
//! schedule file is, and the figures are computed again from it; a file whose figures differ
//! from its own lines is refused, because a patient prepays against them.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::estimate::{compute, Estimate, EstimateError, SavedEstimate};
use super::fee_schedule::FeeSchedule;

/// The `format` value every estimate file carries.
pub const ESTIMATE_FORMAT: &str = "japan-care-planner/estimate";
/// The estimate file schema this build writes and reads.
pub const ESTIMATE_VERSION: u32 = 1;
/// Larger files are refused before they are read: a schedule is tens of kilobytes, and an
/// embedded host schedule at most 256 kB.
pub const MAX_ESTIMATE_BYTES: usize = 1024 * 1024;

/// An estimate and what it was computed from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EstimateRecord {
    /// The whole fee schedule, in the format of a schedule file.
    pub schedule: FeeSchedule,
    /// What was entered: the lines and quantities, the patient's own figures, and the
    /// prepayment, settlement and currency view where entered.
    pub entered: SavedEstimate,
    /// The estimate as computed from `schedule` and `entered`: groups, each line's
    /// arithmetic and amount, subtotal, tax, totals (`{"from": …}` where open-ended).
    pub figures: Estimate,
}

/// Why a carried estimate cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum RecordError {
    #[error("the schedule in the file is not valid: {field}: {reason}")]
    Schedule { field: String, reason: String },
    #[error("the estimate cannot be computed: {0}")]
    Compute(#[from] EstimateError),
    /// The figures differ from what the lines and schedule give.
    #[error("the figures in the file do not match its own lines and schedule")]
    Figures,
}

impl EstimateRecord {
    /// The record of `entered` computed against `schedule`.
    pub fn new(schedule: FeeSchedule, entered: SavedEstimate) -> Result<Self, EstimateError> {
        let figures = compute(&schedule, &entered.draft)?;
        Ok(EstimateRecord {
            schedule,
            entered,
            figures,
        })
    }

    /// Checks a record read from a file: a valid schedule, and figures that are what this
    /// app computes from it.
    pub fn check(&self) -> Result<(), RecordError> {
        self.schedule
            .validate()
            .map_err(|(field, reason)| RecordError::Schedule { field, reason })?;
        if compute(&self.schedule, &self.entered.draft)? != self.figures {
            return Err(RecordError::Figures);
        }
        Ok(())
    }
}

/// An estimate sent back to the patient.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Japan Care Planner estimate", deny_unknown_fields)]
#[serde(deny_unknown_fields)]
pub struct EstimateFile {
    /// Always `japan-care-planner/estimate`.
    pub format: String,
    pub schema_version: u32,
    /// When the file was made (ISO 8601, UTC).
    pub created_at: String,
    /// The version of the app that made it.
    pub app_version: String,
    /// The language of the person who made it (BCP 47).
    pub locale: String,
    /// Who made it: a person, a coordinator's office or a hospital, as they typed it.
    pub made_by: String,
    pub estimate: EstimateRecord,
}

/// Why a file is not an estimate this app can open.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EstimateFileError {
    #[error("the file is {bytes} bytes; an estimate file is at most {MAX_ESTIMATE_BYTES}")]
    TooLarge { bytes: usize },
    #[error("the file is not JSON, or nested too deeply")]
    Malformed,
    /// A file of this app in another format: a packet, a fee schedule.
    #[error("the file is a {0}, not an estimate")]
    OtherFormat(OtherFormat),
    #[error("the file is JSON but not a Japan Care Planner estimate")]
    NotAnEstimate,
    #[error("the estimate file is version {found}; this app reads up to {ESTIMATE_VERSION}")]
    Newer { found: u32 },
    #[error("the estimate file does not match its format: {reason}")]
    Invalid { reason: String },
    #[error(transparent)]
    Record(#[from] RecordError),
}

/// The app's other files, named when one is opened where an estimate is expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherFormat {
    Packet,
    FeeSchedule,
}

impl std::fmt::Display for OtherFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OtherFormat::Packet => "packet",
            OtherFormat::FeeSchedule => "fee schedule",
        })
    }
}

impl EstimateFile {
    pub fn new(
        created_at: String,
        locale: String,
        made_by: String,
        estimate: EstimateRecord,
    ) -> Self {
        EstimateFile {
            format: ESTIMATE_FORMAT.to_owned(),
            schema_version: ESTIMATE_VERSION,
            created_at,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            locale,
            made_by,
            estimate,
        }
    }

    pub fn to_json(&self) -> String {
        // Strings, integers and maps: serialising cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads an estimate file and checks its figures.
    pub fn parse(text: &str) -> Result<EstimateFile, EstimateFileError> {
        if text.len() > MAX_ESTIMATE_BYTES {
            return Err(EstimateFileError::TooLarge { bytes: text.len() });
        }
        let value: Value = serde_json::from_str(text).map_err(|_| EstimateFileError::Malformed)?;
        match value.get("format").and_then(Value::as_str) {
            Some(ESTIMATE_FORMAT) => {}
            Some(super::packet::PACKET_FORMAT) => {
                return Err(EstimateFileError::OtherFormat(OtherFormat::Packet))
            }
            Some(super::fee_schedule::SCHEDULE_FORMAT) => {
                return Err(EstimateFileError::OtherFormat(OtherFormat::FeeSchedule))
            }
            _ => return Err(EstimateFileError::NotAnEstimate),
        }
        let version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .ok_or_else(|| EstimateFileError::Invalid {
                reason: "schema_version is missing or not a whole number".to_owned(),
            })?;
        if version > u64::from(ESTIMATE_VERSION) {
            return Err(EstimateFileError::Newer {
                found: u32::try_from(version).unwrap_or(u32::MAX),
            });
        }
        let file: EstimateFile =
            serde_json::from_value(value).map_err(|error| EstimateFileError::Invalid {
                reason: error.to_string(),
            })?;
        file.estimate.check()?;
        Ok(file)
    }

    /// `estimate-2026-11-29-example-heavy-ion.json`: sorts by date, says what it is.
    pub fn file_name(&self) -> String {
        let date: String = self.created_at.chars().take(10).collect();
        format!("estimate-{date}-{}.json", self.estimate.schedule.id)
    }
}

#[cfg(test)]
#[path = "estimate_file_tests.rs"]
mod tests;
