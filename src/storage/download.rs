//! Saving a file the app made (a calendar, a packet, an archive) to the user's device.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `file_name`. Returns `false` when the browser refused
/// (the caller can then show another way to keep the data).
pub fn download_text(file_name: &str, mime: &str, text: &str) -> bool {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .is_ok_and(|blob| download_blob(file_name, &blob))
}

/// Offers `blob` as a download named `file_name`; `false` when the browser refused.
pub fn download_blob(file_name: &str, blob: &web_sys::Blob) -> bool {
    let attempt = || -> Option<()> {
        let window = crate::web::window()?;
        let url = web_sys::Url::create_object_url_with_blob(blob).ok()?;
        let link = window
            .document()?
            .create_element("a")
            .ok()?
            .dyn_into::<web_sys::HtmlAnchorElement>()
            .ok()?;
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
        // Revoked later, not at once: a large file is still being read by the download.
        let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
        Some(())
    };
    attempt().is_some()
}
