//! What the embedded estimator needs from its host page: an accent colour it can trust and a
//! way to tell the host its height.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The message type the iframe posts; `public/embed.js` listens for exactly this.
pub const HEIGHT_MESSAGE: &str = "japan-care-planner:height";

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
/// size the iframe with no inner scrollbar. Only that origin receives the messages.
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
            .and_then(|document| document.document_element())
            .map_or(0, |root| root.scroll_height());
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
