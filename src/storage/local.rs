//! `localStorage` access through web-sys, with every browser failure turned into a value.
//!
//! Outside a browser (build-time prerendering, native tests) storage is empty and keeps
//! nothing, like a first visit: pages render their defaults.

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use super::{classify_dom_exception, envelope, StorageError, StorageKey};

/// The value stored under `key`: `Ok(None)` when nothing is stored yet.
pub fn load<T: DeserializeOwned>(key: StorageKey) -> Result<Option<T>, StorageError> {
    if !crate::web::in_browser() {
        return Ok(None);
    }
    let storage = local_storage()?;
    let raw = storage.get_item(key.name()).map_err(to_storage_error)?;
    raw.map(|raw| envelope::decode(key, &raw)).transpose()
}

/// Stores `value` under `key` at this build's schema version.
pub fn save<T: Serialize>(key: StorageKey, value: &T) -> Result<(), StorageError> {
    let raw = envelope::encode(key, value)?;
    if !crate::web::in_browser() {
        return Ok(());
    }
    local_storage()?
        .set_item(key.name(), &raw)
        .map_err(to_storage_error)
}

/// Keeps text that could not be read under a key of its own, so the main key can be used
/// again without losing it. Returns the key it was kept under.
pub fn quarantine(key: StorageKey, raw: &str, stamp: &str) -> Result<String, StorageError> {
    let name = format!("{}:quarantine:{stamp}", key.name());
    local_storage()?
        .set_item(&name, raw)
        .map_err(to_storage_error)?;
    Ok(name)
}

/// Removes every key this app wrote (and only those); returns how many.
pub fn clear_app_data() -> Result<usize, StorageError> {
    let storage = local_storage()?;
    let length = storage.length().map_err(to_storage_error)?;
    let ours: Vec<String> = (0..length)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|name| name.starts_with(super::KEY_PREFIX))
        .collect();
    for name in &ours {
        storage.remove_item(name).map_err(to_storage_error)?;
    }
    Ok(ours.len())
}

/// `window.localStorage`, checked rather than assumed: it throws in some private modes and
/// sandboxed iframes, and is null when disabled.
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    crate::web::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(to_storage_error)?
        .ok_or(StorageError::Unavailable)
}

fn to_storage_error(error: JsValue) -> StorageError {
    match error.dyn_into::<web_sys::DomException>() {
        Ok(exception) => {
            classify_dom_exception(&exception.name(), exception.code(), &exception.message())
        }
        Err(other) => StorageError::Browser(format!("{other:?}")),
    }
}
