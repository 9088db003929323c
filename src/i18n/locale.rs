//! The locales the app ships and how one is chosen.

/// Writing direction of a locale, mirrored into `<html dir>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A locale the app has complete translations for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Ja,
    ZhHans,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Ja, Locale::ZhHans];

    /// BCP 47 tag: the value of `?lang=`, `<html lang>` and the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
            Locale::ZhHans => "zh-Hans",
        }
    }

    /// The language's own name, shown in the picker so a reader finds it without English.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ja => "日本語",
            Locale::ZhHans => "简体中文",
        }
    }

    pub fn direction(self) -> Direction {
        Direction::Ltr
    }

    /// The locale a BCP 47 tag asks for, if the app has it. Matching is case-insensitive and
    /// understands the region tags browsers send (`zh-CN`, `en-GB`, `ja-JP`).
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let lowered = tag.trim().replace('_', "-").to_ascii_lowercase();
        let mut subtags = lowered.split('-');
        let language = subtags.next()?;
        let rest: Vec<&str> = subtags.collect();
        match language {
            "en" => Some(Locale::En),
            "ja" => Some(Locale::Ja),
            // Traditional-script and Taiwan/Hong Kong/Macau readers are not served by
            // simplified characters; they fall through to the next preference until zh-Hant
            // ships.
            "zh" if rest
                .iter()
                .any(|subtag| matches!(*subtag, "hant" | "tw" | "hk" | "mo")) =>
            {
                None
            }
            "zh" => Some(Locale::ZhHans),
            _ => None,
        }
    }

    /// Chooses the locale: an explicit `?lang=` first (hospital embeds and shared links set
    /// it), then the user's remembered choice, then the browser's language list, then English.
    pub fn negotiate<S: AsRef<str>>(
        query: Option<&str>,
        remembered: Option<&str>,
        browser_preferences: &[S],
    ) -> Locale {
        query
            .and_then(Locale::from_tag)
            .or_else(|| remembered.and_then(Locale::from_tag))
            .or_else(|| {
                browser_preferences
                    .iter()
                    .find_map(|tag| Locale::from_tag(tag.as_ref()))
            })
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.code()), Some(locale));
        }
    }

    #[test]
    fn browser_tags_map_to_shipped_locales() {
        let cases = [
            ("en-US", Some(Locale::En)),
            ("ja-JP", Some(Locale::Ja)),
            ("JA", Some(Locale::Ja)),
            ("zh", Some(Locale::ZhHans)),
            ("zh-CN", Some(Locale::ZhHans)),
            ("zh_SG", Some(Locale::ZhHans)),
            ("zh-Hans-CN", Some(Locale::ZhHans)),
            ("zh-TW", None),
            ("zh-Hant", None),
            ("vi-VN", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::from_tag(tag), expected, "{tag:?}");
        }
    }

    #[test]
    fn query_beats_remembered_beats_browser() {
        let browser = ["vi-VN", "ja-JP", "en"];
        assert_eq!(
            Locale::negotiate(Some("zh-Hans"), Some("en"), &browser),
            Locale::ZhHans
        );
        assert_eq!(
            Locale::negotiate(None, Some("zh-Hans"), &browser),
            Locale::ZhHans
        );
        assert_eq!(Locale::negotiate(None, None, &browser), Locale::Ja);
        assert_eq!(
            Locale::negotiate(Some("xx"), Some("bogus"), &browser),
            Locale::Ja
        );
        assert_eq!(Locale::negotiate::<&str>(None, None, &[]), Locale::En);
        assert_eq!(Locale::negotiate(None, None, &["zh-TW", "ko"]), Locale::En);
    }
}
