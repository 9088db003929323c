//! Values kept under the app's keys, in the versioned envelope, through the backend (the
//! browser's `localStorage`, or the memory twin in native tests); every failure a value.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::backend::Backend;
use super::{envelope, StorageError, StorageKey};

/// The value stored under `key`: `Ok(None)` when nothing is stored yet.
pub fn load<T: DeserializeOwned>(key: StorageKey) -> Result<Option<T>, StorageError> {
    let raw = Backend::current()?.get(key.name())?;
    raw.map(|raw| envelope::decode(key, &raw)).transpose()
}

/// Stores `value` under `key` at this build's schema version.
pub fn save<T: Serialize>(key: StorageKey, value: &T) -> Result<(), StorageError> {
    let raw = envelope::encode(key, value)?;
    Backend::current()?.set(key.name(), &raw)
}

/// Keeps text that could not be read under a key of its own, so the main key can be used
/// again without losing it. Returns the key it was kept under.
pub fn quarantine(key: StorageKey, raw: &str, stamp: &str) -> Result<String, StorageError> {
    let name = format!("{}:quarantine:{stamp}", key.name());
    Backend::current()?.set(&name, raw)?;
    Ok(name)
}

/// Removes every key this app wrote (and only those); returns how many.
pub fn clear_app_data() -> Result<usize, StorageError> {
    let backend = Backend::current()?;
    let ours: Vec<String> = backend
        .names()?
        .into_iter()
        .filter(|name| name.starts_with(super::KEY_PREFIX))
        .collect();
    for name in &ours {
        backend.remove(name)?;
    }
    Ok(ours.len())
}

/// Removes what is stored under `key`, and nothing else.
pub fn remove(key: StorageKey) -> Result<(), StorageError> {
    Backend::current()?.remove(key.name())
}
