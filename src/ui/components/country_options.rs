use leptos::prelude::*;

use crate::i18n::I18n;
use crate::ui::components::Slice;
use crate::web::RegionNames;

/// The browser's country names for the reader's language, made ready in a slice of their
/// own (`Intl.DisplayNames` takes about 40 ms on a slow phone the first time), so the
/// [`country_options`] that follow in a slice take less than one long task together.
/// Renders nothing.
pub fn prepare_country_names(i18n: I18n) -> impl IntoView {
    view! { <Slice>{move || { RegionNames::new(i18n.locale().code()); }}</Slice> }
}

/// `<option>`s for `codes` (ISO 3166-1 alpha-2), named in the reader's language and sorted by
/// name, with `chosen` selected. Shared by the nationality pickers of `/stay` and `/intake`.
pub fn country_options<'a>(
    i18n: I18n,
    codes: impl IntoIterator<Item = &'a str>,
    chosen: Option<&str>,
) -> impl IntoView {
    let names = RegionNames::new(i18n.locale().code());
    let mut named: Vec<(String, String)> = codes
        .into_iter()
        .map(|code| (names.name(code), code.to_owned()))
        .collect();
    named.sort();
    named
        .into_iter()
        .map(|(name, code)| {
            let selected = chosen == Some(code.as_str());
            view! { <option value=code selected=selected>{name}</option> }
        })
        .collect_view()
}
