//! Yen, other currencies' amounts and dates, written the way each locale writes them.
//!
//! `¥33,000` in English, `33 000 ¥` in Russian, `33.000 ¥` in Vietnamese, `JP¥33,000` in
//! Simplified Chinese and Korean (where `¥` alone means yuan), `JP¥33.000` in Indonesian,
//! `December 1, 2026`, `2026年12月1日`. A Russian, Vietnamese or Indonesian reader would read
//! the comma of `¥33,000` as a decimal point.
//!
//! The forms come from small tables here, not from the browser's `Intl`, for two reasons.
//! Pages are prerendered natively at build time and the browser then replaces them with its
//! own render: the same Rust code on both sides gives the same text, so nothing changes
//! under the reader's eyes. And the text no longer depends on which browser, or which CLDR
//! version inside it, the reader has. The tables hold what Chromium's `Intl` printed with the
//! options the app used to pass it (currency JPY; decimals with exactly the currency's minor
//! units; `dateStyle: "long"` in UTC), and `tests/web_formats.rs` compares every locale with
//! Chromium's `Intl` over many values, so the two cannot drift apart unnoticed.
//!
//! Amounts are written from their decimal digits, never through a float.

use chrono::Datelike;
use rust_decimal::{Decimal, RoundingStrategy};

use super::Locale;
use crate::domain::date::CalendarDate;
use crate::domain::money::Yen;

/// Whole yen with the currency sign, e.g. `¥33,000` or `33 000 ¥`.
pub fn yen_text(locale: Locale, amount: Yen) -> String {
    let style = NumberStyle::of(locale);
    let yen = amount.to_i64();
    let sign = if yen < 0 { style.minus } else { "" };
    let digits = style.grouped(&yen.unsigned_abs().to_string());
    format!("{sign}{}{digits}{}", style.yen_before, style.yen_after)
}

/// An amount of another currency with exactly `minor_units` decimals, without its code
/// (messages place the ISO code): `1,234.56`, `1 234,56`.
pub fn amount_text(locale: Locale, value: Decimal, minor_units: u32) -> String {
    let style = NumberStyle::of(locale);
    // Amounts arrive rounded to their minor units (`currency::convert`); this only guards
    // against more decimals, half to even as this function has always rounded.
    let rounded = value.round_dp_with_strategy(minor_units, RoundingStrategy::MidpointNearestEven);
    let scale = rounded.scale() as usize;
    let digits = format!(
        "{:0>width$}",
        rounded.mantissa().unsigned_abs(),
        width = scale + 1
    );
    let (whole, fraction) = digits.split_at(digits.len() - scale);
    // The sign as `Decimal` writes it, which is what `Intl` was given: rounding drops the
    // sign of a zero, so a tiny negative amount prints `0.00`.
    let mut text = String::from(if rounded.is_sign_negative() {
        style.minus
    } else {
        ""
    });
    text.push_str(&style.grouped(whole));
    if minor_units > 0 {
        text.push(style.decimal);
        text.push_str(fraction);
        text.extend(std::iter::repeat_n(
            '0',
            (minor_units as usize).saturating_sub(scale),
        ));
    }
    text
}

/// A whole number grouped as the locale groups digits (`10,000,000`, `10 000 000`): counts
/// and limits inside messages. Years are not passed through here.
pub fn integer_text(locale: Locale, value: i64) -> String {
    amount_text(locale, Decimal::from(value), 0)
}

/// A calendar date with the month in words where the locale writes it so.
///
/// Years outside 1–9999 stay in ISO form (`0000-01-01`): `Intl` would print year 0 as `1`
/// (the first year before the era, without the era), which no reader would take for it.
pub fn date_text(locale: Locale, date: CalendarDate) -> String {
    let year = date.year();
    if !(1..=9999).contains(&year) {
        return date.to_string();
    }
    let day = date.day();
    let month = date.naive_date().month();
    let name = date.naive_date().month0() as usize;
    match locale {
        Locale::En => format!("{} {day}, {year}", EN_MONTHS[name]),
        Locale::Ja | Locale::ZhHans | Locale::ZhHant => format!("{year}年{month}月{day}日"),
        Locale::Ko => format!("{year}년 {month}월 {day}일"),
        Locale::Vi => format!("{day} tháng {month}, {year}"),
        Locale::Ru => format!("{day} {} {year} г.", RU_MONTHS[name]),
        Locale::Id => format!("{day} {} {year}", ID_MONTHS[name]),
        Locale::Ar => format!("{day} {} {year}", AR_MONTHS[name]),
    }
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Genitive forms: `1 декабря`, "the first of December".
const RU_MONTHS: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];

const ID_MONTHS: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];

const AR_MONTHS: [&str; 12] = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
];

/// How a locale writes numbers and yen.
struct NumberStyle {
    /// Between groups of three digits.
    group: char,
    decimal: char,
    /// Always first, before any currency sign: `-¥1,100`, `-1 100 ¥`.
    minus: &'static str,
    yen_before: &'static str,
    yen_after: &'static str,
}

impl NumberStyle {
    fn of(locale: Locale) -> NumberStyle {
        let western = NumberStyle {
            group: ',',
            decimal: '.',
            minus: "-",
            yen_before: "¥",
            yen_after: "",
        };
        match locale {
            Locale::En | Locale::ZhHant => western,
            // The full-width sign, as Japanese text sets it.
            Locale::Ja => NumberStyle {
                yen_before: "￥",
                ..western
            },
            Locale::ZhHans | Locale::Ko => NumberStyle {
                yen_before: "JP¥",
                ..western
            },
            Locale::Vi => NumberStyle {
                group: '.',
                decimal: ',',
                yen_before: "",
                yen_after: "\u{a0}¥",
                ..western
            },
            Locale::Ru => NumberStyle {
                group: '\u{a0}',
                decimal: ',',
                yen_before: "",
                yen_after: "\u{a0}¥",
                ..western
            },
            Locale::Id => NumberStyle {
                group: '.',
                decimal: ',',
                yen_before: "JP¥",
                ..western
            },
            // Western digits, as Arabic readers type them into the form and as hospital
            // documents print them (`ar-u-nu-latn`). The left-to-right mark keeps the minus
            // beside its digits in right-to-left text. The symbol, `JP¥`, would put a Latin
            // word inside right-to-left text, where the bidi algorithm shows it as `¥JP`; the
            // currency's Arabic name (`1,234,567 ين ياباني`, the same for every number) reads
            // right.
            Locale::Ar => NumberStyle {
                minus: "\u{200e}-",
                yen_before: "",
                yen_after: " ين ياباني",
                ..western
            },
        }
    }

    /// `1234567` → `1,234,567` (or `1.234.567`, `1 234 567`): every locale here groups
    /// from four digits on, in threes.
    fn grouped(&self, digits: &str) -> String {
        let mut text = String::with_capacity(digits.len() * 2);
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index).is_multiple_of(3) {
                text.push(self.group);
            }
            text.push(digit);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).expect("within range")
    }

    fn date(iso: &str) -> CalendarDate {
        CalendarDate::parse_iso(iso).expect("a date")
    }

    #[test]
    fn yen_as_each_locale_writes_it() {
        let cases = [
            (Locale::En, "¥40,722"),
            (Locale::Ja, "￥40,722"),
            (Locale::ZhHans, "JP¥40,722"),
            (Locale::ZhHant, "¥40,722"),
            (Locale::Ko, "JP¥40,722"),
            (Locale::Vi, "40.722\u{a0}¥"),
            (Locale::Ru, "40\u{a0}722\u{a0}¥"),
            (Locale::Id, "JP¥40.722"),
            (Locale::Ar, "40,722 ين ياباني"),
        ];
        for (locale, expected) in cases {
            assert_eq!(yen_text(locale, yen(40_722)), expected, "{}", locale.code());
        }
    }

    #[test]
    fn the_minus_sign_comes_first() {
        assert_eq!(yen_text(Locale::En, yen(-1_234)), "-¥1,234");
        assert_eq!(yen_text(Locale::Ru, yen(-1_234)), "-1\u{a0}234\u{a0}¥");
        assert_eq!(
            yen_text(Locale::Ar, yen(-1_234)),
            "\u{200e}-1,234 ين ياباني"
        );
        assert_eq!(yen_text(Locale::En, yen(0)), "¥0");
    }

    #[test]
    fn amounts_have_exactly_the_minor_units() {
        let value = Decimal::new(1_234_567_891, 3);
        assert_eq!(amount_text(Locale::En, value, 2), "1,234,567.89");
        assert_eq!(amount_text(Locale::Ru, value, 3), "1\u{a0}234\u{a0}567,891");
        assert_eq!(amount_text(Locale::Id, value, 0), "1.234.568");
        assert_eq!(amount_text(Locale::En, Decimal::new(5, 1), 3), "0.500");
        assert_eq!(amount_text(Locale::Vi, Decimal::ZERO, 2), "0,00");
        assert_eq!(
            amount_text(Locale::En, Decimal::new(-123_456, 2), 2),
            "-1,234.56"
        );
        assert_eq!(
            amount_text(Locale::Ar, Decimal::new(-5, 1), 2),
            "\u{200e}-0.50"
        );
        assert_eq!(
            amount_text(Locale::En, Decimal::MAX, 2),
            "79,228,162,514,264,337,593,543,950,335.00"
        );
    }

    #[test]
    fn amounts_round_half_to_even() {
        assert_eq!(amount_text(Locale::En, Decimal::new(1_005, 3), 2), "1.00");
        assert_eq!(amount_text(Locale::En, Decimal::new(1_015, 3), 2), "1.02");
        assert_eq!(amount_text(Locale::En, Decimal::new(-1, 3), 2), "0.00");
    }

    #[test]
    fn a_date_as_each_locale_writes_it() {
        let cases = [
            (Locale::En, "December 31, 2026"),
            (Locale::Ja, "2026年12月31日"),
            (Locale::ZhHans, "2026年12月31日"),
            (Locale::ZhHant, "2026年12月31日"),
            (Locale::Ko, "2026년 12월 31일"),
            (Locale::Vi, "31 tháng 12, 2026"),
            (Locale::Ru, "31 декабря 2026 г."),
            (Locale::Id, "31 Desember 2026"),
            (Locale::Ar, "31 ديسمبر 2026"),
        ];
        for (locale, expected) in cases {
            assert_eq!(
                date_text(locale, date("2026-12-31")),
                expected,
                "{}",
                locale.code()
            );
        }
        assert_eq!(date_text(Locale::En, date("0999-07-04")), "July 4, 999");
    }

    #[test]
    fn years_outside_the_four_digit_range_stay_iso() {
        assert_eq!(date_text(Locale::En, date("0000-01-01")), "0000-01-01");
        let far = CalendarDate::from_ymd(10_000, 1, 1).expect("a date");
        assert_eq!(date_text(Locale::Ja, far), "10000-01-01");
    }
}
