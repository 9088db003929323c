//! Three-way merge of two edits of one document, field by field, against the version both
//! started from: what only one side changed is taken from that side, what both changed alike
//! is taken once, and what both changed differently is a [`Clash`] that keeps both values for
//! the user to choose from. Nothing either side typed is dropped.
//!
//! Documents are merged as their JSON form, so any serde type can be merged; the result is
//! read back into the type. Objects merge key by key. Lists merge entry by entry while all
//! three have the same length; entries added at the end by both sides are all kept; any other
//! change to a list's length on both sides is one clash over the whole list.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A field both sides changed, each differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clash {
    /// JSON Pointer to the field (`/patient/email`, `/history/1/details`, `/companions`).
    pub pointer: String,
    /// This side's value (kept in the merged document until the user chooses).
    pub mine: Value,
    /// The other side's value.
    pub theirs: Value,
}

/// A merged document, and the fields where the user must choose.
#[derive(Clone, Debug, PartialEq)]
pub struct Merged<T> {
    pub value: T,
    pub clashes: Vec<Clash>,
}

/// Why a merge could not be made: a side that does not serialise, or a merged document that
/// does not read back (neither happens with the app's own types).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the edits could not be merged: {0}")]
pub struct MergeError(String);

/// Merges `mine` and `theirs`, both edits of `base`. Clashing fields keep `mine` in the result.
pub fn merge<T: Serialize + DeserializeOwned>(
    base: &T,
    mine: &T,
    theirs: &T,
) -> Result<Merged<T>, MergeError> {
    let json = |value: &T| serde_json::to_value(value).map_err(|e| MergeError(e.to_string()));
    let mut clashes = Vec::new();
    let merged = merge_value("", &json(base)?, &json(mine)?, &json(theirs)?, &mut clashes);
    let value = serde_json::from_value(merged).map_err(|e| MergeError(e.to_string()))?;
    Ok(Merged { value, clashes })
}

fn merge_value(
    pointer: &str,
    base: &Value,
    mine: &Value,
    theirs: &Value,
    clashes: &mut Vec<Clash>,
) -> Value {
    if mine == theirs || theirs == base {
        return mine.clone();
    }
    if mine == base {
        return theirs.clone();
    }
    match (base, mine, theirs) {
        (Value::Object(base), Value::Object(mine), Value::Object(theirs)) => {
            return Value::Object(merge_objects(pointer, base, mine, theirs, clashes));
        }
        (Value::Array(base), Value::Array(mine), Value::Array(theirs)) => {
            if let Some(merged) = merge_arrays(pointer, base, mine, theirs, clashes) {
                return Value::Array(merged);
            }
        }
        _ => {}
    }
    clashes.push(Clash {
        pointer: pointer.to_owned(),
        mine: mine.clone(),
        theirs: theirs.clone(),
    });
    mine.clone()
}

fn merge_objects(
    pointer: &str,
    base: &Map<String, Value>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    clashes: &mut Vec<Clash>,
) -> Map<String, Value> {
    let mut merged = Map::new();
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|key| !mine.contains_key(*key)));
    for key in keys {
        let at = format!("{pointer}/{}", escape_pointer(key));
        let side = |map: &Map<String, Value>| map.get(key).cloned().unwrap_or(Value::Null);
        let value = merge_value(&at, &side(base), &side(mine), &side(theirs), clashes);
        merged.insert(key.clone(), value);
    }
    merged
}

/// Entry by entry when no side changed the length; both sides' additions when each only
/// added at the end; otherwise `None` (a clash over the whole list).
fn merge_arrays(
    pointer: &str,
    base: &[Value],
    mine: &[Value],
    theirs: &[Value],
    clashes: &mut Vec<Clash>,
) -> Option<Vec<Value>> {
    if base.len() == mine.len() && base.len() == theirs.len() {
        let merged = (0..base.len())
            .map(|index| {
                let at = format!("{pointer}/{index}");
                merge_value(&at, &base[index], &mine[index], &theirs[index], clashes)
            })
            .collect();
        return Some(merged);
    }
    if !(mine.starts_with(base) && theirs.starts_with(base)) {
        return None;
    }
    let (mine_added, theirs_added) = (&mine[base.len()..], &theirs[base.len()..]);
    let mut merged = base.to_vec();
    if mine_added == theirs_added {
        merged.extend_from_slice(mine_added);
    } else {
        // The same whichever side merges: the two additions in an order of their own.
        let mut added = [mine_added, theirs_added];
        added.sort_by_key(|entries| serde_json::to_string(entries).unwrap_or_default());
        merged.extend(added.concat());
    }
    Some(merged)
}

/// RFC 6901: `~` and `/` inside a key.
fn escape_pointer(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// `document` with the field at `pointer` replaced by `value`; `None` when there is no such
/// field or the result would not be a valid `T`.
pub fn with_value_at<T: Serialize + DeserializeOwned>(
    document: &T,
    pointer: &str,
    value: Value,
) -> Option<T> {
    let mut json = serde_json::to_value(document).ok()?;
    *json.pointer_mut(pointer)? = value;
    serde_json::from_value(json).ok()
}

/// The field at `pointer` in `document`.
pub fn value_at<T: Serialize>(document: &T, pointer: &str) -> Option<Value> {
    serde_json::to_value(document)
        .ok()?
        .pointer(pointer)
        .cloned()
}

// Native only: proptest does not build for the browser.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "merge_tests.rs"]
mod tests;
