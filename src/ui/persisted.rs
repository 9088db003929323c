//! A page's inputs kept in browser storage: read once when the page opens and written after
//! every change. Stored text that cannot be read is first copied unchanged under a quarantine
//! key, and the page saves afresh; text written by a newer version is never written over.
//! When another tab writes the same key, this tab takes that value up (and says so) rather
//! than writing its older copy over it on its next change.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::storage::{self, StorageError, StorageKey};
use crate::web::now_iso;

/// How storing a page's inputs is going, for the notices the page shows.
#[derive(Clone, Copy)]
pub struct StorageStatus {
    /// The key the page stores under; `None` for a page that stores nothing (the embed).
    pub key: Option<StorageKey>,
    /// Set when the stored value cannot be written over (a newer version wrote it, or it could
    /// not be read and not be kept aside): it is left untouched and not saved over.
    pub unreadable: RwSignal<Option<StorageError>>,
    /// The key unreadable stored text was kept under before the page saved afresh.
    pub quarantined: RwSignal<Option<String>>,
    /// Set while the browser refuses to store (storage full or turned off); the value stays in
    /// memory.
    pub save_failed: RwSignal<bool>,
    /// How often this page took up a value another tab stored (or cleared). A page whose
    /// fields start from the value rather than follow it draws them again when it changes.
    pub taken_up: RwSignal<u32>,
}

impl StorageStatus {
    /// For a value that is never stored (the embed).
    pub fn not_stored() -> StorageStatus {
        StorageStatus {
            key: None,
            unreadable: RwSignal::new(None),
            quarantined: RwSignal::new(None),
            save_failed: RwSignal::new(false),
            taken_up: RwSignal::new(0),
        }
    }
}

/// The value stored under `key` (or `fallback()` when there is none or it cannot be read), as
/// a signal whose every change is saved back.
pub fn stored<T>(
    key: StorageKey,
    fallback: impl Fn() -> T + Send + Sync + 'static,
) -> (RwSignal<T>, StorageStatus)
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let status = StorageStatus {
        key: Some(key),
        ..StorageStatus::not_stored()
    };
    let initial = match storage::load::<T>(key) {
        Ok(Some(saved)) => saved,
        Ok(None) => fallback(),
        Err(StorageError::Corrupt { raw, .. }) => {
            match storage::quarantine(key, &raw, &now_iso()) {
                Ok(kept_under) => status.quarantined.set(Some(kept_under)),
                Err(error) => status.unreadable.set(Some(error)),
            }
            fallback()
        }
        Err(error) => {
            status.unreadable.set(Some(error));
            fallback()
        }
    };
    let value = RwSignal::new(initial);
    // The value just taken from another tab is already stored: not written back.
    let skip_next_save = StoredValue::new(false);
    Effect::new(move |_| {
        value.track();
        if skip_next_save.get_value() {
            skip_next_save.set_value(false);
            return;
        }
        if status.unreadable.get_untracked().is_some() {
            return;
        }
        // Written from a borrow: a copy of a long draft on every keystroke costs a phone.
        let result = value.with_untracked(|current| storage::save(key, current));
        if let Err(error) = &result {
            leptos::logging::warn!("{} not saved: {error}", key.name());
        }
        status.save_failed.set(result.is_err());
    });
    if crate::web::in_browser() {
        // `key()` is null when another tab cleared all storage.
        let other_tab = window_event_listener(leptos::ev::storage, move |event| {
            if event.key().is_some_and(|changed| changed != key.name()) {
                return;
            }
            let next = match storage::load::<T>(key) {
                Ok(Some(saved)) => saved,
                Ok(None) => fallback(),
                // Unreadable there: the other tab reports it; this tab keeps what it shows and
                // stops saving, so neither copy is lost.
                Err(error) => {
                    status.unreadable.set(Some(error));
                    return;
                }
            };
            skip_next_save.set_value(true);
            value.set(next);
            status.taken_up.update(|count| *count += 1);
        });
        on_cleanup(move || other_tab.remove());
    }
    (value, status)
}
