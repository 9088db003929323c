//! The script at the top of every unprefixed page (`/stay`, `/`): links made before pages
//! had locale prefixes, hospital sites and the embed (`?lang=`) arrive there. It chooses the
//! locale as the app does (`Locale::negotiate`: `?lang=`, then the remembered choice, then
//! the browser's languages; `Locale::from_tag` maps tags) and, for any but English, replaces
//! the address with that locale's page before anything is drawn, so no reader sees English
//! first. English readers stay: the unprefixed pages are the English ones.
//!
//! It is inline, allowed by its hash in the page's Content-Security-Policy, so it costs no
//! request. `e2e/language.test.mjs` checks it against the app's own choice.

use japan_care_planner::storage::StorageKey;

/// The script's source, kept small and old-browser safe (no arrow functions): it runs before
/// anything else.
const SOURCE: &str = include_str!("locale_redirect.js");

/// The script's source, without the `<script>` tags, reading the app's own locale key.
pub fn script() -> String {
    SOURCE
        .trim_end()
        .replace("__LOCALE_KEY__", StorageKey::LocalePreference.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_script_reads_the_apps_locale_key_and_has_no_placeholder_left() {
        let script = script();
        assert!(script.contains("localStorage.getItem(\"japan-care-planner:locale\")"));
        assert!(!script.contains("__"), "{script}");
        assert!(!script.contains('\n'), "one line: it is hashed as written");
    }
}
