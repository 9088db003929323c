//! The only code that touches browser storage.
//!
//! Values are stored as a versioned envelope (see [`envelope`]) so later releases can migrate
//! them forward and an older tab never overwrites data written by a newer one. Every failure
//! is a [`StorageError`] value for the UI to show; nothing here panics.

mod backend;
pub mod crypto;
mod download;
pub mod envelope;
pub mod file_store;
mod local;

#[cfg(not(target_arch = "wasm32"))]
pub use backend::MemoryStorage;
pub use download::{download_blob, download_text};
pub use envelope::Envelope;
pub use local::{clear_app_data, load, quarantine, remove, save};

/// Every key the app writes starts with this, so "clear all data" removes exactly the app's.
pub const KEY_PREFIX: &str = "japan-care-planner:";

use thiserror::Error;

/// Everything the app keeps in `localStorage`, one key each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageKey {
    /// The language the user picked (not one guessed from the browser).
    LocalePreference,
    /// The estimate being built on `/estimate`, with settlement and currency view.
    Estimate,
    /// The stay check and timeline inputs on `/stay`.
    Stay,
    /// The chosen checklists and each document's status and note on `/documents`.
    Checklist,
    /// Every intake draft on `/intake`, and which was open last.
    Drafts,
    /// The fee schedules being edited on `/hospitals`, and which was open last.
    Schedules,
    /// Who sends estimate files from `/estimate` (a coordinator's or hospital's name, as typed).
    EstimateSender,
}

impl StorageKey {
    /// The `localStorage` key; prefixed so the app never collides with a host page's data.
    pub fn name(self) -> &'static str {
        match self {
            StorageKey::LocalePreference => "japan-care-planner:locale",
            StorageKey::Estimate => "japan-care-planner:estimate",
            StorageKey::Stay => "japan-care-planner:stay",
            StorageKey::Checklist => "japan-care-planner:checklist",
            StorageKey::Drafts => "japan-care-planner:drafts",
            StorageKey::Schedules => "japan-care-planner:schedules",
            StorageKey::EstimateSender => "japan-care-planner:estimate-sender",
        }
    }

    /// The schema version this build writes for the key.
    pub fn schema_version(self) -> u32 {
        match self {
            StorageKey::LocalePreference
            | StorageKey::Estimate
            | StorageKey::Stay
            | StorageKey::Checklist
            | StorageKey::Drafts
            | StorageKey::Schedules
            | StorageKey::EstimateSender => 1,
        }
    }
}

/// Why a value could not be stored or read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("browser storage is not available (private mode, or disabled by settings)")]
    Unavailable,
    #[error("browser storage is full")]
    QuotaExceeded,
    #[error("stored data under {key} could not be read: {reason}")]
    Corrupt {
        key: &'static str,
        raw: String,
        reason: String,
    },
    #[error("stored data under {key} was written by a newer version of the app (schema {found}, this version reads up to {supported})")]
    NewerSchema {
        key: &'static str,
        found: u32,
        supported: u32,
    },
    #[error("browser storage refused the operation: {0}")]
    Browser(String),
}

/// Sorts a DOMException from `localStorage.setItem` into a [`StorageError`]. Browsers name a
/// full quota differently: Chromium and Safari `QuotaExceededError`, Firefox
/// `NS_ERROR_DOM_QUOTA_REACHED`, and old WebKit only the legacy code 22.
pub fn classify_dom_exception(name: &str, code: u16, message: &str) -> StorageError {
    match (name, code) {
        ("QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED", _) | (_, 22) => {
            StorageError::QuotaExceeded
        }
        ("SecurityError", _) => StorageError::Unavailable,
        _ => StorageError::Browser(format!("{name}: {message}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_errors_of_every_engine_are_recognised() {
        for (name, code) in [
            ("QuotaExceededError", 22),
            ("NS_ERROR_DOM_QUOTA_REACHED", 1014),
            ("Error", 22),
        ] {
            assert_eq!(
                classify_dom_exception(name, code, ""),
                StorageError::QuotaExceeded,
                "{name}"
            );
        }
        assert_eq!(
            classify_dom_exception("SecurityError", 18, "denied"),
            StorageError::Unavailable
        );
        assert_eq!(
            classify_dom_exception("InvalidStateError", 11, "gone"),
            StorageError::Browser("InvalidStateError: gone".into())
        );
    }

    #[test]
    fn keys_are_prefixed_and_distinct() {
        let keys = [
            StorageKey::LocalePreference,
            StorageKey::Estimate,
            StorageKey::Stay,
            StorageKey::Checklist,
            StorageKey::Drafts,
            StorageKey::Schedules,
            StorageKey::EstimateSender,
        ];
        let names: std::collections::BTreeSet<&str> = keys.iter().map(|key| key.name()).collect();
        assert_eq!(names.len(), keys.len());
        assert!(names.iter().all(|name| name.starts_with(KEY_PREFIX)));
    }
}
