//! CLDR cardinal plural rules for whole numbers, for the languages the app ships or plans to
//! ship (en, ja, zh, ko, vi, id, ru, ar). The app only ever counts whole things (days,
//! sessions, people), so fractional operands are not needed.
//! Source: Unicode CLDR, Language Plural Rules (cldr.unicode.org, plurals chart), read 2026-11-21.

/// A CLDR plural category, as written in Fluent variant keys (`[one]`, `*[other]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

/// The families of integer plural rules among the app's languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// ja, zh, ko, vi, id: no grammatical plural.
    OtherOnly,
    /// en: one for 1, other otherwise.
    OneOther,
    /// ru: one (1, 21, 31…), few (2–4, 22–24…), many (0, 5–20, 25–30…).
    EastSlavic,
    /// ar: zero, one, two, few (3–10 mod 100), many (11–99 mod 100), other.
    Arabic,
}

impl PluralRule {
    /// The rule for a BCP 47 tag's language subtag; unknown languages get `OtherOnly`, which
    /// always selects the `*[other]` variant every Fluent select must have.
    pub fn for_language(tag: &str) -> PluralRule {
        let language = tag.split(['-', '_']).next().unwrap_or_default();
        match language.to_ascii_lowercase().as_str() {
            "en" => PluralRule::OneOther,
            "ru" => PluralRule::EastSlavic,
            "ar" => PluralRule::Arabic,
            _ => PluralRule::OtherOnly,
        }
    }

    pub fn category(self, count: i64) -> PluralCategory {
        let n = count.unsigned_abs();
        let (mod10, mod100) = (n % 10, n % 100);
        match self {
            PluralRule::OtherOnly => PluralCategory::Other,
            PluralRule::OneOther if n == 1 => PluralCategory::One,
            PluralRule::OneOther => PluralCategory::Other,
            PluralRule::EastSlavic if mod10 == 1 && mod100 != 11 => PluralCategory::One,
            PluralRule::EastSlavic if (2..=4).contains(&mod10) && !(12..=14).contains(&mod100) => {
                PluralCategory::Few
            }
            PluralRule::EastSlavic => PluralCategory::Many,
            PluralRule::Arabic => match n {
                0 => PluralCategory::Zero,
                1 => PluralCategory::One,
                2 => PluralCategory::Two,
                _ if (3..=10).contains(&mod100) => PluralCategory::Few,
                _ if (11..=99).contains(&mod100) => PluralCategory::Many,
                _ => PluralCategory::Other,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PluralCategory::*;

    fn categories(rule: PluralRule, counts: &[i64]) -> Vec<PluralCategory> {
        counts.iter().map(|&count| rule.category(count)).collect()
    }

    #[test]
    fn english() {
        let rule = PluralRule::for_language("en-GB");
        assert_eq!(
            categories(rule, &[0, 1, 2, 11, 21]),
            [Other, One, Other, Other, Other]
        );
    }

    #[test]
    fn languages_without_plural_forms() {
        for tag in ["ja", "zh-Hans", "zh-Hant", "ko", "vi", "id"] {
            let rule = PluralRule::for_language(tag);
            assert_eq!(categories(rule, &[0, 1, 2, 5]), [Other; 4], "{tag}");
        }
    }

    #[test]
    fn russian_examples_from_cldr() {
        let rule = PluralRule::for_language("ru");
        assert_eq!(categories(rule, &[1, 21, 101, 1001]), [One; 4]);
        assert_eq!(categories(rule, &[2, 3, 4, 22, 24, 102]), [Few; 6]);
        assert_eq!(
            categories(rule, &[0, 5, 11, 12, 14, 19, 20, 100, 111]),
            [Many; 9]
        );
    }

    #[test]
    fn arabic_examples_from_cldr() {
        let rule = PluralRule::for_language("ar");
        assert_eq!(
            categories(rule, &[0, 1, 2, 3, 10, 103, 11, 99, 111, 100, 102, 1000]),
            [Zero, One, Two, Few, Few, Few, Many, Many, Many, Other, Other, Other]
        );
    }
}
