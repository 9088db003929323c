//! Document checklists: which documents each scenario (a second opinion in person, a
//! medical-stay visa, …) needs, who usually provides them and where that is written, and the
//! user's progress on each document.
//!
//! The structure is data (`public/data/checklists.json`); every text a reader sees is in the
//! locale's `documents.ftl` under ids derived from the item and scenario ids, so a language is
//! added as a file. `tests/content_files.rs` checks that every id has its text in every locale.

use std::collections::{BTreeMap, BTreeSet};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::data_file::{is_slug, parse_validated, DataFileError};
use super::date::CalendarDate;
use super::source::Source;

/// The `format` value of `checklists.json`.
pub const CHECKLISTS_FORMAT: &str = "japan-care-planner/checklists";

/// Who usually provides a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Provider {
    Patient,
    CurrentPhysician,
    HospitalInJapan,
    Coordinator,
    Translator,
    Bank,
    Immigration,
    Embassy,
}

impl Provider {
    pub const ALL: [Provider; 8] = [
        Provider::Patient,
        Provider::CurrentPhysician,
        Provider::HospitalInJapan,
        Provider::Coordinator,
        Provider::Translator,
        Provider::Bank,
        Provider::Immigration,
        Provider::Embassy,
    ];

    /// Message id of the provider's name.
    pub fn message_id(self) -> &'static str {
        match self {
            Provider::Patient => "checklist-provider-patient",
            Provider::CurrentPhysician => "checklist-provider-current-physician",
            Provider::HospitalInJapan => "checklist-provider-hospital-in-japan",
            Provider::Coordinator => "checklist-provider-coordinator",
            Provider::Translator => "checklist-provider-translator",
            Provider::Bank => "checklist-provider-bank",
            Provider::Immigration => "checklist-provider-immigration",
            Provider::Embassy => "checklist-provider-embassy",
        }
    }
}

/// A situation the user may be in, with the documents it needs.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub items: Vec<String>,
}

impl Scenario {
    pub fn name_id(&self) -> String {
        format!("checklist-scenario-{}", self.id)
    }

    pub fn summary_id(&self) -> String {
        format!("checklist-scenario-{}-summary", self.id)
    }
}

/// One document.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistItem {
    pub id: String,
    pub provider: Provider,
    pub sources: Vec<String>,
}

impl ChecklistItem {
    /// Message ids of the item's name, why it is needed, and its format rules.
    pub fn message_ids(&self) -> [String; 3] {
        [
            format!("checklist-item-{}", self.id),
            format!("checklist-item-{}-why", self.id),
            format!("checklist-item-{}-format", self.id),
        ]
    }
}

/// `checklists.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checklists {
    pub format: String,
    pub schema_version: u32,
    pub as_of: CalendarDate,
    pub sources: Vec<Source>,
    pub scenarios: Vec<Scenario>,
    pub items: Vec<ChecklistItem>,
}

impl Checklists {
    pub fn parse(file: &str, text: &str) -> Result<Checklists, DataFileError> {
        parse_validated(file, text, Checklists::validate)
    }

    pub fn item(&self, id: &str) -> Option<&ChecklistItem> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The items of `scenario`, in its order.
    pub fn items_of<'a>(
        &'a self,
        scenario: &'a Scenario,
    ) -> impl Iterator<Item = &'a ChecklistItem> {
        scenario.items.iter().filter_map(|id| self.item(id))
    }

    fn validate(&self) -> Result<(), (String, String)> {
        if self.format != CHECKLISTS_FORMAT || self.schema_version != 1 {
            return Err(("format".into(), "not a version 1 checklists file".into()));
        }
        super::source::validate_sources(&self.sources, "sources")?;
        let source_ids = unique_ids(self.sources.iter().map(|s| s.id.as_str()), "sources")?;
        let item_ids = unique_ids(self.items.iter().map(|i| i.id.as_str()), "items")?;
        unique_ids(self.scenarios.iter().map(|s| s.id.as_str()), "scenarios")?;
        for (index, item) in self.items.iter().enumerate() {
            check_sources(
                &item.sources,
                &source_ids,
                &format!("items[{index}].sources"),
            )?;
        }
        let mut used = BTreeSet::new();
        for (index, scenario) in self.scenarios.iter().enumerate() {
            if scenario.items.is_empty() {
                return Err((format!("scenarios[{index}].items"), "is empty".into()));
            }
            for (position, id) in scenario.items.iter().enumerate() {
                if !item_ids.contains(id.as_str()) || !used.insert((index, id.as_str())) {
                    return Err((
                        format!("scenarios[{index}].items[{position}]"),
                        format!("“{id}” is not an item, or is listed twice"),
                    ));
                }
            }
        }
        let used: BTreeSet<&str> = used.into_iter().map(|(_, id)| id).collect();
        if let Some(index) = self
            .items
            .iter()
            .position(|i| !used.contains(i.id.as_str()))
        {
            return Err((format!("items[{index}]"), "is in no scenario".into()));
        }
        Ok(())
    }
}

/// Ids that are slugs and unique, as a set.
pub(crate) fn unique_ids<'a>(
    ids: impl Iterator<Item = &'a str>,
    list: &str,
) -> Result<BTreeSet<&'a str>, (String, String)> {
    let mut seen = BTreeSet::new();
    for (index, id) in ids.enumerate() {
        if !is_slug(id) || !seen.insert(id) {
            return Err((
                format!("{list}[{index}].id"),
                format!("“{id}” is not a unique lowercase id"),
            ));
        }
    }
    Ok(seen)
}

/// Every entry cites at least one source, and only sources the file lists.
pub(crate) fn check_sources(
    cited: &[String],
    known: &BTreeSet<&str>,
    field: &str,
) -> Result<(), (String, String)> {
    if cited.is_empty() {
        return Err((field.to_owned(), "cites no source".into()));
    }
    match cited.iter().position(|id| !known.contains(id.as_str())) {
        Some(position) => Err((
            format!("{field}[{position}]"),
            "is not in the file's sources".into(),
        )),
        None => Ok(()),
    }
}

/// Where a document stands, in the order documents usually move.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    #[default]
    NotStarted,
    Requested,
    Received,
    Translated,
    Sent,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::Requested,
        Status::Received,
        Status::Translated,
        Status::Sent,
    ];

    /// Whether the document is in the patient's hands (or already passed on).
    pub fn is_ready(self) -> bool {
        self >= Status::Received
    }

    /// The value used in forms and stored JSON.
    pub fn code(self) -> &'static str {
        match self {
            Status::NotStarted => "not-started",
            Status::Requested => "requested",
            Status::Received => "received",
            Status::Translated => "translated",
            Status::Sent => "sent",
        }
    }

    pub fn from_code(code: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|status| status.code() == code)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            Status::NotStarted => "checklist-status-not-started",
            Status::Requested => "checklist-status-requested",
            Status::Received => "checklist-status-received",
            Status::Translated => "checklist-status-translated",
            Status::Sent => "checklist-status-sent",
        }
    }
}

/// The user's status and note for one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ItemProgress {
    pub status: Status,
    #[serde(default)]
    pub note: String,
}

/// What the user has chosen and done on `/documents`; stored on the device and, later, put in
/// the packet. A document shared by two scenarios (the passport) has one status. Entries for
/// items a later checklist file drops are kept (the notes are the user's), just not shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ChecklistProgress {
    /// Chosen scenario ids, in the order the file lists them when shown.
    #[serde(default)]
    pub scenarios: BTreeSet<String>,
    /// Progress by item id; an item with no entry is not started.
    #[serde(default)]
    pub items: BTreeMap<String, ItemProgress>,
}

/// How far one scenario is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ScenarioProgress {
    /// Documents received, translated or sent.
    pub ready: usize,
    pub total: usize,
}

impl ChecklistProgress {
    pub fn item(&self, id: &str) -> ItemProgress {
        self.items.get(id).cloned().unwrap_or_default()
    }

    pub fn set_status(&mut self, id: &str, status: Status) {
        self.items.entry(id.to_owned()).or_default().status = status;
        self.forget_if_empty(id);
    }

    pub fn set_note(&mut self, id: &str, note: &str) {
        self.items.entry(id.to_owned()).or_default().note = note.to_owned();
        self.forget_if_empty(id);
    }

    pub fn toggle_scenario(&mut self, id: &str, chosen: bool) {
        if chosen {
            self.scenarios.insert(id.to_owned());
        } else {
            self.scenarios.remove(id);
        }
    }

    pub fn scenario_progress(
        &self,
        checklists: &Checklists,
        scenario: &Scenario,
    ) -> ScenarioProgress {
        let items: Vec<&ChecklistItem> = checklists.items_of(scenario).collect();
        ScenarioProgress {
            ready: items
                .iter()
                .filter(|item| self.item(&item.id).status.is_ready())
                .count(),
            total: items.len(),
        }
    }

    /// An item set back to "not started" with no note leaves no entry behind.
    fn forget_if_empty(&mut self, id: &str) {
        if self.items.get(id) == Some(&ItemProgress::default()) {
            self.items.remove(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{
      "format": "japan-care-planner/checklists", "schema_version": 1, "as_of": "2026-11-21",
      "sources": [{"id": "s", "title": {"en": "Source"}, "url": "https://example.org/s", "checked": "2026-11-21"}],
      "scenarios": [
        {"id": "visa", "items": ["passport", "photo"]},
        {"id": "travel", "items": ["passport"]}
      ],
      "items": [
        {"id": "passport", "provider": "patient", "sources": ["s"]},
        {"id": "photo", "provider": "patient", "sources": ["s"]}
      ]
    }"#;

    fn broken(from: &str, to: &str) -> DataFileError {
        Checklists::parse("checklists.json", &FILE.replacen(from, to, 1))
            .expect_err("the broken file is refused")
    }

    #[test]
    fn a_valid_file_parses_and_lists_items_in_scenario_order() {
        let checklists = Checklists::parse("checklists.json", FILE).expect("parses");
        let visa = &checklists.scenarios[0];
        let ids: Vec<&str> = checklists.items_of(visa).map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["passport", "photo"]);
        assert_eq!(checklists.items[0].provider, Provider::Patient);
    }

    #[test]
    fn broken_files_name_the_entry() {
        assert_eq!(
            broken(r#"["passport", "photo"]"#, r#"["passport", "visa-form"]"#).field,
            "scenarios[0].items[1]"
        );
        assert_eq!(
            broken(r#""sources": ["s"]}"#, r#""sources": ["t"]}"#).field,
            "items[0].sources[0]"
        );
        assert_eq!(
            broken(r#""sources": ["s"]}"#, r#""sources": []}"#).field,
            "items[0].sources"
        );
        assert_eq!(
            broken(
                r#"{"id": "travel", "items": ["passport"]}"#,
                r#"{"id": "travel", "items": ["passport"]}, {"id": "travel", "items": ["photo"]}"#
            )
            .field,
            "scenarios[2].id"
        );
        assert_eq!(
            broken(r#""provider": "patient""#, r#""provider": "doctor""#).field,
            "items[0].provider"
        );
        assert_eq!(
            broken(r#"["passport", "photo"]"#, r#"["passport"]"#).field,
            "items[1]"
        );
        assert_eq!(
            broken("\"schema_version\": 1", "\"schema_version\": 2").field,
            "format"
        );
        assert_eq!(broken("{", "[").field, "(file)");
    }

    #[test]
    fn progress_counts_documents_in_hand_and_shares_them_between_scenarios() {
        let checklists = Checklists::parse("checklists.json", FILE).expect("parses");
        let mut progress = ChecklistProgress::default();
        progress.set_status("passport", Status::Requested);
        let visa = &checklists.scenarios[0];
        let travel = &checklists.scenarios[1];
        assert_eq!(
            progress.scenario_progress(&checklists, visa),
            ScenarioProgress { ready: 0, total: 2 }
        );
        progress.set_status("passport", Status::Received);
        assert_eq!(progress.scenario_progress(&checklists, visa).ready, 1);
        assert_eq!(
            progress.scenario_progress(&checklists, travel),
            ScenarioProgress { ready: 1, total: 1 }
        );
    }

    #[test]
    fn an_untouched_item_leaves_nothing_stored() {
        let mut progress = ChecklistProgress::default();
        progress.set_note("photo", "ask the studio");
        progress.set_note("photo", "");
        progress.set_status("photo", Status::Sent);
        progress.set_status("photo", Status::NotStarted);
        assert!(progress.items.is_empty());
    }

    #[test]
    fn statuses_round_trip_through_their_codes() {
        for status in Status::ALL {
            assert_eq!(Status::from_code(status.code()), Some(status));
        }
        assert_eq!(Status::from_code("done"), None);
        let json = serde_json::to_string(&ItemProgress {
            status: Status::NotStarted,
            note: "x".into(),
        })
        .unwrap();
        assert_eq!(json, r#"{"status":"not-started","note":"x"}"#);
    }
}
