//! Reading the app's JSON data files (fee schedules, stay rules, holidays, checklists, the
//! guide, currencies): a failure names the file, the field as a JSON path and the reason,
//! which the UI shows instead of a blank page.

use thiserror::Error;

use super::json_path::{offset_of, path_at};

/// A data file (fee schedule, index, currency table) that could not be used: which file,
/// which field, and why.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("{file}: {field}: {reason}")]
pub struct DataFileError {
    pub file: String,
    /// JSON path of the offending field, e.g. `items[2].pricing.price`; `(file)` when the
    /// file as a whole is the problem.
    pub field: String,
    pub reason: String,
}

/// Reads a JSON data file; a failure names the file and the field it happened in.
pub fn parse_data_file<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
) -> Result<T, DataFileError> {
    serde_json::from_str(text).map_err(|failure| DataFileError {
        file: file.to_owned(),
        field: field_of(text, &failure),
        reason: failure.to_string(),
    })
}

/// Reads a JSON data file, then checks the rules serde cannot express with `validate` (which
/// returns the field and the reason of the first failure); either failure names the file.
pub fn parse_validated<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    validate: impl FnOnce(&T) -> Result<(), (String, String)>,
) -> Result<T, DataFileError> {
    let value: T = parse_data_file(file, text)?;
    validate(&value).map_err(|(field, reason)| DataFileError {
        file: file.to_owned(),
        field,
        reason,
    })?;
    Ok(value)
}

/// The field a serde_json error points at.
fn field_of(text: &str, failure: &serde_json::Error) -> String {
    // A syntax error, or a file that is not an object at all, is the file's fault as a whole.
    if failure.is_syntax() || failure.is_eof() || !text.trim_start().starts_with('{') {
        return "(file)".to_owned();
    }
    // The reported column is the character where reading stopped (for a missing field, the
    // object's closing brace): the path is the one open just before it.
    let offset = offset_of(text, failure.line(), failure.column()).saturating_sub(1);
    path_at(
        text,
        offset,
        failure.to_string().starts_with("missing field"),
    )
}

/// Ids of schedules and items: lowercase letters, digits and hyphens (safe in a URL path).
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 64
        && text
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}
