//! The shape every stored value takes: `{"schema_version": N, "data": …}`.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::{StorageError, StorageKey};

/// A stored value with the schema version it was written with.
#[derive(Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Envelope<T> {
    pub schema_version: u32,
    pub data: T,
}

/// Just the version, read first so a newer schema is recognised even when its data would not
/// parse as this build's type.
#[derive(Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// Serialises `value` for `key` at this build's schema version.
pub fn encode<T: Serialize>(key: StorageKey, value: &T) -> Result<String, StorageError> {
    serde_json::to_string(&Envelope {
        schema_version: key.schema_version(),
        data: value,
    })
    .map_err(|error| StorageError::Browser(error.to_string()))
}

/// Reads a stored envelope for `key`. Text that is not an envelope is `Corrupt` (the raw text
/// is returned so the caller can keep it); a newer schema is `NewerSchema`, never guessed at.
pub fn decode<T: DeserializeOwned>(key: StorageKey, raw: &str) -> Result<T, StorageError> {
    let corrupt = |reason: String| StorageError::Corrupt {
        key: key.name(),
        raw: raw.to_owned(),
        reason,
    };
    let version: VersionOnly =
        serde_json::from_str(raw).map_err(|error| corrupt(error.to_string()))?;
    if version.schema_version > key.schema_version() {
        return Err(StorageError::NewerSchema {
            key: key.name(),
            found: version.schema_version,
            supported: key.schema_version(),
        });
    }
    serde_json::from_str::<Envelope<T>>(raw)
        .map(|envelope| envelope.data)
        .map_err(|error| corrupt(error.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: StorageKey = StorageKey::LocalePreference;

    #[test]
    fn round_trips_with_the_current_version() {
        let raw = encode(KEY, &"ja").unwrap();
        assert_eq!(raw, r#"{"schema_version":1,"data":"ja"}"#);
        assert_eq!(decode::<String>(KEY, &raw), Ok("ja".to_owned()));
    }

    #[test]
    fn corrupt_text_is_reported_with_the_raw_text_kept() {
        for raw in ["{not json", r#""ja""#, r#"{"schema_version":1,"data":42}"#] {
            match decode::<String>(KEY, raw) {
                Err(StorageError::Corrupt { raw: kept, .. }) => assert_eq!(kept, raw),
                other => panic!("{raw}: expected Corrupt, got {other:?}"),
            }
        }
    }

    #[test]
    fn a_newer_schema_is_refused_even_if_its_data_looks_different() {
        let raw = r#"{"schema_version":7,"data":{"locale":"ja"}}"#;
        assert_eq!(
            decode::<String>(KEY, raw),
            Err(StorageError::NewerSchema {
                key: KEY.name(),
                found: 7,
                supported: 1
            })
        );
    }
}
