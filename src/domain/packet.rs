//! The packet: one JSON document a patient sends to a coordinator, holding the intake and,
//! when present, what the other tools stored (estimate inputs, stay plan, checklist
//! progress) and, since version 2, what they showed (the estimate with its schedule and
//! figures, the stay check and timeline). Its JSON Schema is generated from these types
//! (`src/bin/packet_schema.rs`) and published at `/schema/packet-v3.json`; versions 1 and 2
//! are kept at `/schema/packet-v1.json` and `packet-v2.json`, and their packets still open.
//! Version 3 adds `documents`: a packet sent with its documents' files in one archive
//! (`archive`) lists them.
//!
//! Reading a packet never trusts the file: size, nesting, format and version are checked
//! before anything is shown, and every failure is a [`PacketError`] value.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use super::archive::ArchivedDocument;
use super::checklist::ChecklistProgress;
use super::estimate_file::EstimateRecord;
use super::intake::{Intake, MAX_INTAKE_BYTES};
use super::migrate::{migrate_forward, Step};
use super::stay_record::StayRecord;

/// The `format` value every packet carries.
pub const PACKET_FORMAT: &str = "japan-care-planner/packet";
/// The packet schema this build writes.
pub const PACKET_VERSION: u32 = 3;
/// Steps from older packet versions to this one (see `migrate`).
const PACKET_STEPS: [Step; 2] = [results_added, documents_added];
/// Larger files are refused before they are read: a real packet is a few kilobytes.
pub const MAX_PACKET_BYTES: usize = 5 * 1024 * 1024;

/// A tool's stored value as it was in the browser: `{"schema_version": n, "data": …}`. The
/// tool's own schema version travels with it, so a newer app can migrate it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct ToolData {
    pub schema_version: u32,
    pub data: Value,
}

/// What a patient sends to a coordinator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(title = "Japan Care Planner packet", deny_unknown_fields)]
#[serde(deny_unknown_fields)]
pub struct Packet {
    /// Always `japan-care-planner/packet`.
    pub format: String,
    pub schema_version: u32,
    /// When the packet was made (ISO 8601, UTC).
    pub created_at: String,
    /// The version of the app that made it.
    pub app_version: String,
    /// The language the patient used (BCP 47).
    pub locale: String,
    /// The name the patient gave the draft.
    pub draft_name: String,
    pub intake: Intake,
    /// The cost estimator's inputs (`/estimate`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate: Option<ToolData>,
    /// The stay check's inputs (`/stay`): nationality, dates or treatment plan, start date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay: Option<ToolData>,
    /// The document checklists chosen and each document's status and note (`/documents`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checklist: Option<ChecklistProgress>,
    /// The estimate as the patient saw it (version 2): the whole schedule it was computed
    /// from, what was entered, and every line's arithmetic and the totals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub estimate_result: Option<EstimateRecord>,
    /// The stay check and timeline as the patient saw them (version 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stay_result: Option<StayRecord>,
    /// The documents' files sent with the packet in one archive (version 3), as its
    /// `manifest.json` lists them. Empty for a packet sent as JSON alone.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<ArchivedDocument>,
}

/// Version 1 to 2: version 2 adds `estimate_result` and `stay_result`. A version 1 packet has
/// neither, and they cannot be rebuilt from its inputs (its schedule is not in the file), so
/// they stay absent and the reader is told they were not included.
fn results_added(mut value: Value) -> Result<Value, String> {
    let object = value.as_object_mut().ok_or("the packet is not an object")?;
    for field in ["estimate_result", "stay_result"] {
        if object.contains_key(field) {
            return Err(format!("\"{field}\" is not part of version 1"));
        }
    }
    object.insert("schema_version".into(), Value::from(2));
    Ok(value)
}

/// Version 2 to 3: version 3 adds `documents`, the files sent with the packet in an archive.
fn documents_added(mut value: Value) -> Result<Value, String> {
    let object = value.as_object_mut().ok_or("the packet is not an object")?;
    if object.contains_key("documents") {
        return Err("\"documents\" is not part of version 2".to_owned());
    }
    object.insert("schema_version".into(), Value::from(3));
    Ok(value)
}

/// Why a file is not a packet this app can open.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PacketError {
    #[error("the file is {bytes} bytes; a packet is at most {MAX_PACKET_BYTES}")]
    TooLarge { bytes: usize },
    #[error("the file is not JSON, or nested too deeply: {reason}")]
    Malformed { reason: String },
    #[error("the file is JSON but not a Japan Care Planner packet")]
    NotAPacket,
    #[error("the packet is version {found}; this app reads up to {PACKET_VERSION}")]
    Newer { found: u32 },
    #[error("the packet does not match its format: {reason}")]
    Invalid { reason: String },
}

impl Packet {
    /// A new packet of this app's version.
    pub fn new(created_at: String, locale: String, draft_name: String, intake: Intake) -> Packet {
        Packet {
            format: PACKET_FORMAT.to_owned(),
            schema_version: PACKET_VERSION,
            created_at,
            app_version: env!("CARGO_PKG_VERSION").to_owned(),
            locale,
            draft_name,
            intake,
            estimate: None,
            stay: None,
            checklist: None,
            estimate_result: None,
            stay_result: None,
            documents: Vec::new(),
        }
    }

    pub fn to_json(&self) -> String {
        // Serialising plain strings, numbers and maps cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a packet file. serde_json's nesting limit (128) stops hostile depth before the
    /// stack does.
    pub fn parse(text: &str) -> Result<Packet, PacketError> {
        if text.len() > MAX_PACKET_BYTES {
            return Err(PacketError::TooLarge { bytes: text.len() });
        }
        let value: Value = serde_json::from_str(text).map_err(|error| PacketError::Malformed {
            reason: error.to_string(),
        })?;
        if value.get("format").and_then(Value::as_str) != Some(PACKET_FORMAT) {
            return Err(PacketError::NotAPacket);
        }
        let version = value
            .get("schema_version")
            .and_then(Value::as_u64)
            .and_then(|version| u32::try_from(version).ok())
            .ok_or_else(|| PacketError::Invalid {
                reason: "schema_version is missing or not a whole number".to_owned(),
            })?;
        if version > PACKET_VERSION {
            return Err(PacketError::Newer { found: version });
        }
        let current = migrate_forward(value, version, &PACKET_STEPS)
            .map_err(|reason| PacketError::Invalid { reason })?;
        let mut packet: Packet =
            serde_json::from_value(current).map_err(|error| PacketError::Invalid {
                reason: error.to_string(),
            })?;
        packet.schema_version = PACKET_VERSION;
        if !packet.intake.fits() {
            return Err(PacketError::Invalid {
                reason: format!("the intake is over {MAX_INTAKE_BYTES} bytes"),
            });
        }
        // The figures a coordinator is shown must be what the packet's own lines produce,
        // as for an estimate file: a patient prepays against them.
        if let Some(record) = &packet.estimate_result {
            record.check().map_err(|error| PacketError::Invalid {
                reason: format!("estimate_result: {error}"),
            })?;
        }
        Ok(packet)
    }

    /// A file name that sorts by date and says what it is: `care-packet-2026-11-21-anna.json`.
    pub fn file_name(&self) -> String {
        packet_file_name(&self.created_at, &self.draft_name)
    }

    /// The name of this packet sent with its documents (`archive_file_name`).
    pub fn archive_file_name(&self, sealed: bool) -> String {
        archive_file_name(&self.created_at, &self.draft_name, sealed)
    }
}

/// The name of a packet sent with its documents: a `.zip`, or `.zip.age` when sealed (the
/// `age` tool's own suffix, so it is recognised outside the app too).
pub fn archive_file_name(created_at: &str, draft_name: &str, sealed: bool) -> String {
    let json = packet_file_name(created_at, draft_name);
    let stem = json.strip_suffix(".json").unwrap_or(&json);
    if sealed {
        format!("{stem}.zip.age")
    } else {
        format!("{stem}.zip")
    }
}

/// The name of a packet made at `created_at` (ISO 8601) from the draft `draft_name`: letters
/// and digits of any script are kept, everything else becomes a hyphen, so no name can
/// reach outside the download folder.
pub fn packet_file_name(created_at: &str, draft_name: &str) -> String {
    let date: String = created_at.chars().take(10).collect();
    let slug = draft_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(40).collect();
    if slug.is_empty() {
        format!("care-packet-{date}.json")
    } else {
        format!("care-packet-{date}-{slug}.json")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::checklist::Status;

    fn sample() -> Packet {
        let mut intake = Intake::default();
        intake.patient.name = "Анна Иванова".into();
        intake.diagnosis = "前立腺がん".into();
        let mut packet = Packet::new(
            "2026-11-21T08:00:00.000Z".into(),
            "ru".into(),
            "Mother's treatment".into(),
            intake,
        );
        let mut checklist = ChecklistProgress::default();
        checklist.toggle_scenario("travel", true);
        checklist.set_status("passport", Status::Received);
        packet.checklist = Some(checklist);
        packet.stay = Some(ToolData {
            schema_version: 1,
            data: serde_json::json!({"nationality": "RU", "arrival": "2027-02-01"}),
        });
        packet
    }

    #[test]
    fn a_packet_round_trips() {
        let packet = sample();
        assert_eq!(Packet::parse(&packet.to_json()), Ok(packet));
    }

    #[test]
    fn bad_files_are_told_apart() {
        let json = sample().to_json();
        assert!(matches!(
            Packet::parse("{not json"),
            Err(PacketError::Malformed { .. })
        ));
        assert_eq!(
            Packet::parse(r#"{"format": "other"}"#),
            Err(PacketError::NotAPacket)
        );
        assert_eq!(Packet::parse("[1, 2]"), Err(PacketError::NotAPacket));
        assert_eq!(
            Packet::parse(&json.replace("\"schema_version\": 3", "\"schema_version\": 9")),
            Err(PacketError::Newer { found: 9 })
        );
        assert!(matches!(
            Packet::parse(&json.replace("\"schema_version\": 3", "\"schema_version\": \"3\"")),
            Err(PacketError::Invalid { .. })
        ));
        assert!(matches!(
            Packet::parse(&json.replace("\"intake\"", "\"intake_\"")),
            Err(PacketError::Invalid { .. })
        ));
    }

    #[test]
    fn hostile_files_are_refused_without_harm() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(matches!(
            Packet::parse(&deep),
            Err(PacketError::Malformed { .. })
        ));
        let large = " ".repeat(MAX_PACKET_BYTES + 1);
        assert_eq!(
            Packet::parse(&large),
            Err(PacketError::TooLarge {
                bytes: MAX_PACKET_BYTES + 1
            })
        );
        let nested_in_a_packet = format!(
            r#"{{"format": "{PACKET_FORMAT}", "schema_version": 1, "x": {}{}}}"#,
            "{\"a\":".repeat(10_000),
            "1".to_owned() + &"}".repeat(10_000)
        );
        assert!(Packet::parse(&nested_in_a_packet).is_err());
    }

    /// Exported by the build of 29 November 2026, the last to write version 1.
    const VERSION_1: &str = include_str!("../../tests/fixtures/packet-v1.json");

    #[test]
    fn a_version_1_packet_opens_without_results() {
        let packet = Packet::parse(VERSION_1).expect("a version 1 packet opens");
        assert_eq!(packet.schema_version, PACKET_VERSION);
        assert_eq!(packet.intake.patient.name, "Somchai Phongsri");
        assert_eq!(packet.intake.patient.nationality, "Thai");
        assert!(packet.estimate.is_some() && packet.stay.is_some());
        assert!(packet.checklist.is_some());
        assert_eq!(packet.estimate_result, None);
        assert_eq!(packet.stay_result, None);
        // A version 1 file claiming a version 2 field is not silently accepted.
        let forged = VERSION_1.replacen("\"intake\":", "\"stay_result\": null, \"intake\":", 1);
        assert!(matches!(
            Packet::parse(&forged),
            Err(PacketError::Invalid { .. })
        ));
    }

    #[test]
    fn a_version_2_packet_opens_and_may_not_claim_documents() {
        let mut value = serde_json::to_value(sample()).expect("a packet is JSON");
        value["schema_version"] = Value::from(2);
        let version_2 = value.to_string();
        let packet = Packet::parse(&version_2).expect("a version 2 packet opens");
        assert_eq!(packet.schema_version, PACKET_VERSION);
        assert!(packet.documents.is_empty());
        value["documents"] = Value::Array(Vec::new());
        assert!(matches!(
            Packet::parse(&value.to_string()),
            Err(PacketError::Invalid { .. })
        ));
    }

    /// Kept as a draft, a packet's intake joins every other draft in one storage entry: one
    /// longer than a form may be is refused (F20 of the security review).
    #[test]
    fn a_packet_with_an_intake_too_long_to_keep_is_refused() {
        let mut packet = sample();
        packet.intake.diagnosis = "x".repeat(4_500_000);
        assert!(matches!(
            Packet::parse(&packet.to_json()),
            Err(PacketError::Invalid { .. })
        ));
    }

    /// A packet's estimate gets the check an estimate file gets: a coordinator is shown
    /// figures its own lines produce, or nothing.
    #[test]
    fn a_packet_whose_estimate_figures_were_changed_is_refused() {
        let schedule = crate::domain::fee_schedule::FeeSchedule::parse(
            "example-heavy-ion.json",
            include_str!("../../public/data/fee-schedules/example-heavy-ion.json"),
        )
        .expect("a shipped schedule parses");
        let mut entered = crate::domain::estimate::SavedEstimate::new(&schedule.id);
        entered.draft.coordinator_fee = Some(crate::domain::money::Yen::new(150_000).unwrap());
        let record = EstimateRecord::new(schedule, entered).expect("the estimate computes");
        let mut packet = sample();
        packet.estimate_result = Some(record);
        assert_eq!(Packet::parse(&packet.to_json()), Ok(packet.clone()));
        if let Some(record) = packet.estimate_result.as_mut() {
            record.figures.coordinator_fee = crate::domain::money::Yen::new(1).unwrap();
        }
        assert!(matches!(
            Packet::parse(&packet.to_json()),
            Err(PacketError::Invalid { .. })
        ));
    }

    #[test]
    fn archives_are_named_as_their_packet() {
        assert_eq!(
            sample().archive_file_name(false),
            "care-packet-2026-11-21-mother-s-treatment.zip"
        );
        assert!(sample()
            .archive_file_name(true)
            .ends_with("-treatment.zip.age"));
    }

    #[test]
    fn file_names_are_safe_and_dated() {
        assert_eq!(
            sample().file_name(),
            "care-packet-2026-11-21-mother-s-treatment.json"
        );
        let mut packet = sample();
        packet.draft_name = "../../etc/passwd".into();
        assert_eq!(packet.file_name(), "care-packet-2026-11-21-etc-passwd.json");
        packet.draft_name = "母の治療".into();
        assert_eq!(packet.file_name(), "care-packet-2026-11-21-母の治療.json");
        packet.draft_name = "  ".into();
        assert_eq!(packet.file_name(), "care-packet-2026-11-21.json");
    }
}
