//! Moving stored and exported JSON forward from older schema versions, one step at a time.
//!
//! Each kind of stored value (and the packet) keeps a list of steps: step `n` turns version
//! `n + 1` into version `n + 2` (the first step reads version 1). A value is migrated through
//! every step from its version to the current one, so each step only ever knows two shapes
//! and is tested with a fixture of the older one. Values newer than this build are refused
//! by the callers, never migrated backwards.

use serde_json::Value;

/// Turns a value of one schema version into the next; an error says what was unexpected.
pub type Step = fn(Value) -> Result<Value, String>;

/// Migrates `value` written at `version` to `steps.len() + 1`, the current version.
pub fn migrate_forward(mut value: Value, version: u32, steps: &[Step]) -> Result<Value, String> {
    let current = steps.len() as u32 + 1;
    if version == 0 || version > current {
        return Err(format!(
            "schema version {version} is not between 1 and {current}"
        ));
    }
    for (index, step) in steps.iter().enumerate().skip(version as usize - 1) {
        value = step(value).map_err(|reason| format!("from version {}: {reason}", index + 1))?;
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    // Two steps of an imagined history: v1 had one "name"; v2 split it; v3 renamed a field.
    fn split_name(mut value: Value) -> Result<Value, String> {
        let name = value
            .get("name")
            .and_then(Value::as_str)
            .ok_or("no name")?
            .to_owned();
        let (given, family) = name.split_once(' ').unwrap_or((name.as_str(), ""));
        value["given"] = json!(given);
        value["family"] = json!(family);
        value.as_object_mut().ok_or("not an object")?.remove("name");
        Ok(value)
    }

    fn rename_family(mut value: Value) -> Result<Value, String> {
        let object = value.as_object_mut().ok_or("not an object")?;
        let family = object.remove("family").unwrap_or(json!(""));
        object.insert("surname".into(), family);
        Ok(value)
    }

    const STEPS: [Step; 2] = [split_name, rename_family];

    #[test]
    fn each_old_version_reaches_the_current_shape() {
        let current = json!({"given": "Anna", "surname": "Ivanova"});
        assert_eq!(
            migrate_forward(json!({"name": "Anna Ivanova"}), 1, &STEPS),
            Ok(current.clone())
        );
        assert_eq!(
            migrate_forward(json!({"given": "Anna", "family": "Ivanova"}), 2, &STEPS),
            Ok(current.clone())
        );
        assert_eq!(migrate_forward(current.clone(), 3, &STEPS), Ok(current));
    }

    #[test]
    fn a_step_that_cannot_read_its_input_says_which_step() {
        let error = migrate_forward(json!({"nom": "Anna"}), 1, &STEPS).unwrap_err();
        assert_eq!(error, "from version 1: no name");
    }

    #[test]
    fn versions_outside_the_known_range_are_refused() {
        assert!(migrate_forward(json!({}), 0, &STEPS).is_err());
        assert!(migrate_forward(json!({}), 4, &STEPS).is_err());
        assert_eq!(migrate_forward(json!(1), 1, &[]), Ok(json!(1)));
    }
}
