//! Reading the page's address.

/// The value of a query parameter of the current page, if present.
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// The path of the current page, e.g. `/estimate/`.
pub fn pathname() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_else(|| "/".to_owned())
}

/// The name of a country or region (ISO 3166 code) in `locale`, from the browser's own
/// `Intl.DisplayNames`, so no country-name data ships with the app. Falls back to the code
/// where the browser has no `Intl.DisplayNames` (it would throw) or no name.
pub fn region_name(code: &str, locale: &str) -> String {
    let intl = js_sys::Reflect::get(&js_sys::global(), &"Intl".into()).ok();
    let supported = intl
        .and_then(|intl| js_sys::Reflect::has(&intl, &"DisplayNames".into()).ok())
        .unwrap_or(false);
    if !supported {
        return code.to_owned();
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"region".into());
    let locales = js_sys::Array::of1(&locale.into());
    let names = js_sys::Intl::DisplayNames::new(&locales, &options);
    names
        .of(code)
        .map(String::from)
        .unwrap_or_else(|| code.to_owned())
}
