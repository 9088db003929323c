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
    ZhHant,
    Ko,
    Vi,
    Ru,
    Id,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 9] = [
        Locale::En,
        Locale::Ja,
        Locale::ZhHans,
        Locale::ZhHant,
        Locale::Ko,
        Locale::Vi,
        Locale::Ru,
        Locale::Id,
        Locale::Ar,
    ];

    /// BCP 47 tag: the value of `?lang=`, `<html lang>` and the folder under `locales/`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Ja => "ja",
            Locale::ZhHans => "zh-Hans",
            Locale::ZhHant => "zh-Hant",
            Locale::Ko => "ko",
            Locale::Vi => "vi",
            Locale::Ru => "ru",
            Locale::Id => "id",
            Locale::Ar => "ar",
        }
    }

    /// The language's own name, shown in the picker so a reader finds it without English.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Ja => "日本語",
            Locale::ZhHans => "简体中文",
            Locale::ZhHant => "繁體中文",
            Locale::Ko => "한국어",
            Locale::Vi => "Tiếng Việt",
            Locale::Ru => "Русский",
            Locale::Id => "Bahasa Indonesia",
            Locale::Ar => "العربية",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Locale::Ar => Direction::Rtl,
            _ => Direction::Ltr,
        }
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
            // Taiwan, Hong Kong and Macau read traditional characters, whatever the script
            // subtag says is missing; an explicit `Hans` wins over the region.
            "zh" if rest.contains(&"hans") => Some(Locale::ZhHans),
            "zh" if rest
                .iter()
                .any(|subtag| matches!(*subtag, "hant" | "tw" | "hk" | "mo")) =>
            {
                Some(Locale::ZhHant)
            }
            "zh" => Some(Locale::ZhHans),
            "ko" => Some(Locale::Ko),
            "vi" => Some(Locale::Vi),
            "ru" => Some(Locale::Ru),
            // `in` is the code older Java and Android builds still send for Indonesian.
            "id" | "in" => Some(Locale::Id),
            "ar" => Some(Locale::Ar),
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
    fn only_arabic_is_right_to_left() {
        for locale in Locale::ALL {
            let expected = if locale == Locale::Ar {
                Direction::Rtl
            } else {
                Direction::Ltr
            };
            assert_eq!(locale.direction(), expected, "{}", locale.code());
        }
    }

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
            ("zh-TW", Some(Locale::ZhHant)),
            ("zh-Hant", Some(Locale::ZhHant)),
            ("zh-HK", Some(Locale::ZhHant)),
            ("zh-Hans-HK", Some(Locale::ZhHans)),
            ("ko-KR", Some(Locale::Ko)),
            ("vi-VN", Some(Locale::Vi)),
            ("ru-RU", Some(Locale::Ru)),
            ("id-ID", Some(Locale::Id)),
            ("in-ID", Some(Locale::Id)),
            ("ar-EG", Some(Locale::Ar)),
            ("fr-FR", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Locale::from_tag(tag), expected, "{tag:?}");
        }
    }

    #[test]
    fn query_beats_remembered_beats_browser() {
        let browser = ["fr-FR", "ja-JP", "en"];
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
        assert_eq!(Locale::negotiate(None, None, &["fr", "de"]), Locale::En);
        assert_eq!(
            Locale::negotiate(None, None, &["fr", "zh-TW", "ja"]),
            Locale::ZhHant
        );
    }
}
