//! What the embedded estimator needs from its host page: an accent colour it can trust, a
//! way to tell the host its height, and the hospital's own schedule when the host sends one.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::domain::data_file::DataFileError;
use crate::domain::fee_schedule::FeeSchedule;
use crate::ui::remote::{DataError, Remote};

/// The message type the iframe posts; `public/embed.js` listens for exactly this.
pub const HEIGHT_MESSAGE: &str = "japan-care-planner:height";
/// The iframe to its host: ready to receive a schedule.
pub const READY_MESSAGE: &str = "japan-care-planner:ready";
/// The host to the iframe: `{type, schedule: "<the file's text>"}`.
pub const SCHEDULE_MESSAGE: &str = "japan-care-planner:schedule";
/// The host to the iframe: `{type, reason}` when it could not get its schedule file.
pub const SCHEDULE_ERROR_MESSAGE: &str = "japan-care-planner:schedule-error";
/// The largest schedule a host may send: far above a real schedule (the largest shipped
/// example is about 10 kB), small enough that a hostile page cannot make the embed choke.
pub const MAX_HOST_SCHEDULE_BYTES: usize = 256 * 1024;
/// The file name errors give a host-sent schedule.
const HOST_SCHEDULE_FILE: &str = "schedule";

/// Reads the schedule text a host sent with the same validating reader as the shipped files.
pub fn read_host_schedule(text: Option<String>) -> Result<FeeSchedule, DataFileError> {
    let text = text.ok_or_else(|| refuse("the host page sent no schedule text".into()))?;
    if text.len() > MAX_HOST_SCHEDULE_BYTES {
        return Err(too_large(text.len()));
    }
    FeeSchedule::parse(HOST_SCHEDULE_FILE, &text)
}

/// The schedule the host posted, measured before it is copied into the embed's memory: a
/// string of more UTF-16 units than the limit has at least as many UTF-8 bytes, so a host
/// posting hundreds of megabytes is refused without the copy.
fn read_posted_schedule(sent: Option<JsValue>) -> Result<FeeSchedule, DataFileError> {
    let units = sent
        .as_ref()
        .and_then(|value| value.dyn_ref::<js_sys::JsString>())
        .map_or(0, |text| text.length() as usize);
    if units > MAX_HOST_SCHEDULE_BYTES {
        return Err(too_large(units));
    }
    read_host_schedule(sent.and_then(|value| value.as_string()))
}

fn refuse(reason: String) -> DataFileError {
    DataFileError {
        file: HOST_SCHEDULE_FILE.into(),
        field: "(file)".into(),
        reason,
    }
}

fn too_large(bytes: usize) -> DataFileError {
    refuse(format!(
        "{bytes} bytes or more, more than the {MAX_HOST_SCHEDULE_BYTES} a schedule may have"
    ))
}

/// Tells the host page at `origin` the embed is ready and takes the schedule it sends into
/// `schedule`. Messages are taken only from the parent window and only from `origin`; the
/// embed never fetches the hospital's URL itself (its policy keeps `connect-src 'self'`).
pub fn receive_schedule_from(origin: String, schedule: RwSignal<Remote<Arc<FeeSchedule>>>) {
    let Some(window) = crate::web::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let from_host = {
        let (origin, parent) = (origin.clone(), parent.clone());
        move |event: &web_sys::MessageEvent| {
            event.origin() == origin
                && event
                    .source()
                    .is_some_and(|source| js_sys::Object::is(&source, &parent))
        }
    };
    let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event| {
        if !from_host(&event) {
            return;
        }
        let data = event.data();
        let field = |name: &str| {
            js_sys::Reflect::get(&data, &name.into())
                .ok()
                .and_then(|value| value.as_string())
        };
        let result = match field("type").as_deref() {
            Some(SCHEDULE_MESSAGE) => {
                read_posted_schedule(js_sys::Reflect::get(&data, &"schedule".into()).ok())
            }
            Some(SCHEDULE_ERROR_MESSAGE) => Err(DataFileError {
                file: HOST_SCHEDULE_FILE.into(),
                field: "(file)".into(),
                reason: field("reason")
                    .unwrap_or_default()
                    .chars()
                    .take(300)
                    .collect(),
            }),
            _ => return,
        };
        schedule.set(match result {
            Ok(read) => Remote::Ready(Arc::new(read)),
            Err(error) => Remote::Failed(DataError::Invalid(error)),
        });
    });
    let _ = window.add_event_listener_with_callback("message", listener.as_ref().unchecked_ref());
    // The listener lives as long as the page.
    listener.forget();
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &READY_MESSAGE.into());
    let _ = parent.post_message(&message, &origin);
}

/// `#rrggbb` for an `accent` query value of six hex digits (with or without `#`) that keeps
/// text readable: at least 4.5:1 contrast on white (WCAG AA). Anything else is ignored.
pub fn readable_accent(value: &str) -> Option<String> {
    let hex = value.trim().trim_start_matches('#');
    if hex.len() != 6 || !hex.bytes().all(|byte| byte.is_ascii_hexdigit()) {
        return None;
    }
    let channel = |index: usize| u8::from_str_radix(&hex[index..index + 2], 16).ok();
    let (red, green, blue) = (channel(0)?, channel(2)?, channel(4)?);
    let linear = |value: u8| {
        let value = f64::from(value) / 255.0;
        if value <= 0.039_28 {
            value / 12.92
        } else {
            ((value + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
    let contrast_on_white = 1.05 / (luminance + 0.05);
    (contrast_on_white >= 4.5).then(|| format!("#{}", hex.to_ascii_lowercase()))
}

/// The host's origin from the `origin` query value, if it is a bare `http(s)` origin.
pub fn host_origin(value: &str) -> Option<String> {
    let url = web_sys::Url::new(value).ok()?;
    let origin = url.origin();
    let bare = origin == value.trim_end_matches('/');
    (bare && (origin.starts_with("https://") || origin.starts_with("http://"))).then_some(origin)
}

/// Posts the page height to `origin` now and whenever the body changes size, so the host can
/// size the iframe with no inner scrollbar. Only that origin receives the messages. The body's
/// height, not the root's: the root's `scrollHeight` is never below the frame's own height,
/// so a frame that grew would never shrink again.
pub fn report_height_to(origin: String) {
    let Some(window) = crate::web::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|document| document.body()) else {
        return;
    };
    let post = move || {
        let Some(window) = crate::web::window() else {
            return;
        };
        let Ok(Some(parent)) = window.parent() else {
            return;
        };
        let height = window
            .document()
            .and_then(|document| document.body())
            .map_or(0, |body| body.scroll_height());
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &JsValue::from(height));
        let _ = parent.post_message(&message, &origin);
    };
    post();
    let callback = Closure::<dyn FnMut()>::new(post);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page; so must its callback.
    callback.forget();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_host_schedule_is_read_like_a_shipped_file_and_limited_in_size() {
        let file = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/public/data/fee-schedules/example-second-opinion.json"
        );
        let text = std::fs::read_to_string(file).unwrap();
        assert!(read_host_schedule(Some(text.clone())).is_ok());
        let broken = text.replacen("\"price\": 110000", "\"price\": \"<b>free</b>\"", 1);
        assert_ne!(broken, text);
        let error = read_host_schedule(Some(broken)).unwrap_err();
        assert!(error.field.starts_with("items["), "{error}");
        let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(MAX_HOST_SCHEDULE_BYTES));
        assert!(read_host_schedule(Some(huge))
            .unwrap_err()
            .reason
            .contains("more than"));
        assert_eq!(read_host_schedule(None).unwrap_err().field, "(file)");
    }

    #[test]
    fn accepts_only_readable_hex_accents() {
        assert_eq!(readable_accent("0B5C6B").as_deref(), Some("#0b5c6b"));
        assert_eq!(readable_accent("#1a4d8f").as_deref(), Some("#1a4d8f"));
        assert_eq!(readable_accent("000000").as_deref(), Some("#000000"));
        // Too light for text on white.
        assert_eq!(readable_accent("ffcc00"), None);
        assert_eq!(readable_accent("ffffff"), None);
        for junk in [
            "",
            "red",
            "12345",
            "1234567",
            "zzzzzz",
            "#12;x}a",
            "0b5c6b; color: red",
        ] {
            assert_eq!(readable_accent(junk), None, "{junk:?}");
        }
    }
}
