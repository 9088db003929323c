//! A page's inputs kept in browser storage: read once when the page opens, written after every
//! change, and never written over when what was stored could not be read.

use leptos::prelude::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::storage::{self, StorageError, StorageKey};

/// How storing a page's inputs is going, for the notices the page shows.
#[derive(Clone, Copy)]
pub struct StorageStatus {
    /// Set when the stored value could not be read: it is left untouched and not saved over.
    pub unreadable: RwSignal<Option<StorageError>>,
    /// Set while the browser refuses to store (storage full or turned off); the value stays in
    /// memory.
    pub save_failed: RwSignal<bool>,
}

impl StorageStatus {
    /// For a value that is never stored (the embed).
    pub fn not_stored() -> StorageStatus {
        StorageStatus {
            unreadable: RwSignal::new(None),
            save_failed: RwSignal::new(false),
        }
    }
}

/// The value stored under `key` (or `fallback()` when there is none or it cannot be read), as
/// a signal whose every change is saved back.
pub fn stored<T>(key: StorageKey, fallback: impl FnOnce() -> T) -> (RwSignal<T>, StorageStatus)
where
    T: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
{
    let (initial, unreadable) = match storage::load::<T>(key) {
        Ok(Some(saved)) => (saved, None),
        Ok(None) => (fallback(), None),
        Err(error) => (fallback(), Some(error)),
    };
    let value = RwSignal::new(initial);
    let status = StorageStatus {
        unreadable: RwSignal::new(unreadable),
        save_failed: RwSignal::new(false),
    };
    Effect::new(move |_| {
        let current = value.get();
        if status.unreadable.get_untracked().is_some() {
            return;
        }
        let result = storage::save(key, &current);
        if let Err(error) = &result {
            leptos::logging::warn!("{} not saved: {error}", key.name());
        }
        status.save_failed.set(result.is_err());
    });
    (value, status)
}
