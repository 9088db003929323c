//! Text that data files carry in several languages.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Text per BCP 47 locale code, e.g. `{"en": "Written second opinion", "ja": "…"}`. English is
/// required by the validators and is what a reader sees when their language is missing.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Localized(BTreeMap<String, String>);

impl Localized {
    /// The text for `locale`, else English, else the empty string.
    pub fn get(&self, locale: &str) -> &str {
        self.0
            .get(locale)
            .or_else(|| self.0.get("en"))
            .map_or("", String::as_str)
    }

    pub fn has(&self, locale: &str) -> bool {
        self.0
            .get(locale)
            .is_some_and(|text| !text.trim().is_empty())
    }
}

impl<const N: usize> From<[(&str, &str); N]> for Localized {
    fn from(pairs: [(&str, &str); N]) -> Localized {
        Localized(
            pairs
                .into_iter()
                .map(|(locale, text)| (locale.to_owned(), text.to_owned()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english() {
        let text = Localized::from([("en", "Fee"), ("ja", "料金")]);
        assert_eq!(text.get("ja"), "料金");
        assert_eq!(text.get("zh-Hans"), "Fee");
        assert!(text.has("ja") && !text.has("ko"));
        assert_eq!(Localized::default().get("en"), "");
    }
}
