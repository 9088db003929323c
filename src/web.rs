//! The browser around the app: the page's address, the clock, and names from `Intl`.
//!
//! Outside a browser (native tests, and the build step that prerenders every page) there is
//! no window: [`window`] is `None` and each function answers as a page with nothing stored,
//! no query and no clock would, instead of calling into JavaScript that is not there.

use std::cell::RefCell;

use crate::domain::documents::FileKind;

/// The browser window; `None` outside a browser (calling web-sys there would panic).
pub fn window() -> Option<web_sys::Window> {
    if in_browser() {
        web_sys::window()
    } else {
        None
    }
}

/// Whether the app runs in a browser: the one place that asks. Native builds (tests, and the
/// build step that prerenders pages) have no window, storage or clock of the user's.
pub fn in_browser() -> bool {
    cfg!(target_arch = "wasm32")
}

/// The browser's clock in milliseconds since 1970; `None` outside a browser.
pub fn now_millis() -> Option<f64> {
    in_browser().then(js_sys::Date::now)
}

/// Runs `f` before the browser's next paint; never outside a browser, where nothing paints.
pub fn before_next_paint(f: impl FnOnce() + 'static) {
    if in_browser() {
        leptos::prelude::request_animation_frame(f);
    }
}

/// The bytes the browser says this site may still store (`navigator.storage.estimate`:
/// quota less usage); `None` where it does not say.
pub async fn storage_free() -> Option<u64> {
    let promise = window()?.navigator().storage().estimate().ok()?;
    let estimate = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    let number = |name: &str| {
        js_sys::Reflect::get(&estimate, &name.into())
            .ok()
            .and_then(|value| value.as_f64())
    };
    Some((number("quota")? - number("usage")?).max(0.0) as u64)
}

/// A future that ends after `millis` milliseconds (`setTimeout`).
pub async fn sleep(window: &web_sys::Window, millis: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, millis);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The value of a query parameter of the current page, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The path of the current page, e.g. `/estimate/`.
pub fn pathname() -> String {
    window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// Names of countries and regions (ISO 3166 codes) in one locale, from the browser's own
/// `Intl.DisplayNames`, so no country-name data ships with the app; one `Intl.DisplayNames`
/// serves a whole list. Without `Intl.DisplayNames` (it would throw), or outside a browser,
/// or for a code it cannot name, the name is the code.
pub struct RegionNames(Option<js_sys::Intl::DisplayNames>);

thread_local! {
    /// The last locale's `Intl.DisplayNames`: making one loads the browser's region names
    /// for the locale, about 40 ms on a slow phone, and a picker is drawn again on each choice.
    static REGION_NAMES: RefCell<Option<(String, js_sys::Intl::DisplayNames)>> =
        const { RefCell::new(None) };
}

impl RegionNames {
    pub fn new(locale: &str) -> Self {
        if !in_browser() {
            return Self(None);
        }
        let cached = REGION_NAMES.with_borrow(|cached| {
            cached
                .as_ref()
                .filter(|(code, _)| code == locale)
                .map(|(_, names)| names.clone())
        });
        if let Some(names) = cached {
            return Self(Some(names));
        }
        let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
        let supported = intl
            .and_then(|intl| js_sys::Reflect::has(&intl, &"DisplayNames".into()).ok())
            .unwrap_or(false);
        if !supported {
            return Self(None);
        }
        let options = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
        let locales = js_sys::Array::of1(&locale.into());
        let names = js_sys::Intl::DisplayNames::new(&locales, &options);
        REGION_NAMES.set(Some((locale.to_owned(), names.clone())));
        Self(Some(names))
    }

    pub fn name(&self, code: &str) -> String {
        self.0
            .as_ref()
            .and_then(|names| names.of(code).map(String::from))
            .unwrap_or_else(|| code.to_owned())
    }
}

/// The browser's clock as ISO 8601 in UTC (`2026-11-21T08:00:00.000Z`): when a draft was
/// saved or a packet made.
pub fn now_iso() -> String {
    if !in_browser() {
        return String::new();
    }
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Local time of day (`14:05`) of an ISO timestamp, in the reader's locale.
pub fn local_time(iso: &str, locale: &str) -> String {
    if !in_browser() {
        return String::new();
    }
    let date = js_sys::Date::new(&iso.into());
    if date.get_time().is_nan() {
        return String::new();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    String::from(date.to_locale_time_string_with_options(locale, &options))
}

/// A fresh id for a draft: time plus randomness, unique across tabs in practice.
pub fn new_id() -> String {
    if !in_browser() {
        return "prerendered".to_owned();
    }
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("{:x}-{random:x}", now_millis().unwrap_or_default() as u64)
}

/// Asks the browser to exempt the app's storage from eviction; `true` when granted.
pub async fn request_persistent_storage() -> bool {
    let Some(window) = window() else {
        return false;
    };
    let Ok(promise) = window.navigator().storage().persist() else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()
        .and_then(|granted| granted.as_bool())
        .unwrap_or(false)
}

/// Today's calendar day where the user is (the browser's local date).
pub fn today() -> Option<crate::domain::date::CalendarDate> {
    if !in_browser() {
        return None;
    }
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).ok()?;
    crate::domain::date::CalendarDate::from_ymd(year, now.get_month() + 1, now.get_date())
}

/// Copies `text` to the clipboard; `false` when the browser refuses (no permission, or an
/// insecure context without `navigator.clipboard`).
pub async fn copy_to_clipboard(text: &str) -> bool {
    let Some(window) = window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    if clipboard.is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// The browser's own confirmation dialog (modal, keyboard and screen-reader ready); `false`
/// when there is no window or the browser refuses to show it.
pub fn confirmed(question: &str) -> bool {
    window()
        .and_then(|window| window.confirm_with_message(question).ok())
        .unwrap_or(false)
}

/// A `blob:` URL for `blob` under the type its kind was checked to be, whatever type the
/// Blob itself carries: the URL is of the app's origin, so a document a sender typed as a
/// page must never be served as one. `None` (an unknown kind) serves it as bytes to save.
pub fn document_url(blob: &web_sys::Blob, kind: Option<FileKind>) -> Option<String> {
    let media_type = kind.map_or("application/octet-stream", FileKind::media_type);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(media_type);
    let parts = js_sys::Array::of1(blob);
    let typed = web_sys::Blob::new_with_blob_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&typed).ok()
}
