//! `storage` against Chromium's real localStorage: round trips, corrupt and newer data, and a
//! real quota error.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

use japan_care_planner::storage::{self, classify_dom_exception, StorageError, StorageKey};

wasm_bindgen_test_configure!(run_in_browser);

const KEY: StorageKey = StorageKey::LocalePreference;

fn local_storage() -> web_sys::Storage {
    web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .expect("localStorage in the test browser")
}

#[wasm_bindgen_test]
fn saves_and_loads_a_value_in_a_versioned_envelope() {
    local_storage().clear().expect("can clear");
    assert_eq!(storage::load::<String>(KEY), Ok(None));
    storage::save(KEY, &"zh-Hans").expect("saved");
    assert_eq!(storage::load::<String>(KEY), Ok(Some("zh-Hans".to_owned())));
    let raw = local_storage().get_item(KEY.name()).expect("readable");
    assert_eq!(
        raw.as_deref(),
        Some(r#"{"schema_version":1,"data":"zh-Hans"}"#)
    );
}

#[wasm_bindgen_test]
fn corrupt_and_newer_data_are_reported_and_left_in_place() {
    let storage_area = local_storage();
    storage_area
        .set_item(KEY.name(), "{oops")
        .expect("writable");
    match storage::load::<String>(KEY) {
        Err(StorageError::Corrupt { raw, .. }) => assert_eq!(raw, "{oops"),
        other => panic!("expected Corrupt, got {other:?}"),
    }
    let newer = r#"{"schema_version":99,"data":{"future":true}}"#;
    storage_area.set_item(KEY.name(), newer).expect("writable");
    assert!(matches!(
        storage::load::<String>(KEY),
        Err(StorageError::NewerSchema { found: 99, .. })
    ));
    assert_eq!(
        storage_area
            .get_item(KEY.name())
            .expect("readable")
            .as_deref(),
        Some(newer),
        "loading must never rewrite what it could not read"
    );
    storage_area.clear().expect("can clear");
}

/// Chromium's real exception for a full store must be recognised as `QuotaExceeded`.
#[wasm_bindgen_test]
fn a_full_store_is_recognised_as_quota_exceeded() {
    let storage_area = local_storage();
    storage_area.clear().expect("can clear");
    let chunk = "x".repeat(1 << 20);
    let mut error = None;
    for index in 0..64 {
        if let Err(thrown) = storage_area.set_item(&format!("fill-{index}"), &chunk) {
            error = Some(thrown);
            break;
        }
    }
    storage_area.clear().expect("can clear");
    let exception: web_sys::DomException = wasm_bindgen::JsCast::dyn_into(
        error.expect("Chromium's 5 MiB-per-origin limit was never hit"),
    )
    .expect("a DOMException");
    assert_eq!(
        classify_dom_exception(&exception.name(), exception.code(), &exception.message()),
        StorageError::QuotaExceeded
    );
}
