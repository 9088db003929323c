//! Yen, other currencies' amounts and dates, written the way each locale writes them.
//!
//! In the browser the formatting is the browser's own `Intl` (CLDR data the app does not
//! have to ship): `¥33,000` in English, `33 000 ¥` in Russian, `33.000 ¥` in Vietnamese,
//! `JP¥33,000` in Simplified Chinese and Korean (where `¥` alone means yuan), `1 December
//! 2026`, `2026年12月1日`. A Russian, Vietnamese or Indonesian reader would read the comma
//! of `¥33,000` as a decimal point. Values are passed to `Intl` as decimal strings, so no
//! amount goes through a float. Arabic keeps Western digits (`ar-u-nu-latn`), as its
//! readers type them into the form and as hospital documents print them.
//!
//! Natively (tests, build tools) the same functions give a locale-neutral form: `¥33,000`,
//! `1,234.56`, `2026-12-01`.

use rust_decimal::Decimal;

use super::Locale;
use crate::domain::date::CalendarDate;
use crate::domain::money::Yen;

/// Whole yen with the currency sign, e.g. `¥33,000` or `33 000 ¥`.
pub fn yen_text(locale: Locale, amount: Yen) -> String {
    intl::yen(locale, amount).unwrap_or_else(|| amount.to_string())
}

/// An amount of another currency with exactly `minor_units` decimals, without its code
/// (messages place the ISO code): `1,234.56`, `1 234,56`.
pub fn amount_text(locale: Locale, value: Decimal, minor_units: u32) -> String {
    let mut fixed = value.round_dp(minor_units);
    fixed.rescale(minor_units);
    intl::decimal(locale, &fixed.to_string(), minor_units)
        .unwrap_or_else(|| crate::domain::currency::format_amount(value, minor_units))
}

/// A calendar date with the month in words where the locale writes it so.
pub fn date_text(locale: Locale, date: CalendarDate) -> String {
    intl::date(locale, date.naive_date()).unwrap_or_else(|| date.to_string())
}

#[cfg(target_arch = "wasm32")]
mod intl {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use chrono::{Datelike, NaiveDate};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use wasm_bindgen::JsValue;

    use super::{Locale, Yen};

    /// Which of the app's formats an `Intl` formatter writes.
    #[derive(Clone, Copy, PartialEq, Eq, Hash)]
    enum Kind {
        Yen,
        Decimal { minor_units: u32 },
        Date,
    }

    thread_local! {
        // Building an `Intl` formatter costs far more than formatting with one, and an
        // estimate formats every line's price on each change: each is built once per page.
        static FORMATTERS: RefCell<HashMap<(Locale, Kind), Function>> = RefCell::new(HashMap::new());
    }

    pub fn yen(locale: Locale, amount: Yen) -> Option<String> {
        format(
            locale,
            Kind::Yen,
            &JsValue::from_str(&amount.to_i64().to_string()),
        )
    }

    pub fn decimal(locale: Locale, digits: &str, minor_units: u32) -> Option<String> {
        format(
            locale,
            Kind::Decimal { minor_units },
            &JsValue::from_str(digits),
        )
    }

    pub fn date(locale: Locale, date: NaiveDate) -> Option<String> {
        // Midnight UTC of that day, formatted in UTC: the day cannot shift with the
        // device's time zone (the most common fault of stay calculators).
        let utc = js_sys::Date::new(&JsValue::from_str(&format!(
            "{:04}-{:02}-{:02}T00:00:00Z",
            date.year(),
            date.month(),
            date.day()
        )));
        format(locale, Kind::Date, &utc)
    }

    fn format(locale: Locale, kind: Kind, value: &JsValue) -> Option<String> {
        let formatter = FORMATTERS.with(|cache| {
            if let Some(found) = cache.borrow().get(&(locale, kind)) {
                return Some(found.clone());
            }
            let built = formatter(locale, kind)?;
            cache.borrow_mut().insert((locale, kind), built.clone());
            Some(built)
        })?;
        formatter.call1(&JsValue::NULL, value).ok()?.as_string()
    }

    fn formatter(locale: Locale, kind: Kind) -> Option<Function> {
        let tag = match locale {
            Locale::Ar => "ar-u-nu-latn",
            other => other.code(),
        };
        let locales = Array::of1(&JsValue::from_str(tag));
        Some(match kind {
            Kind::Yen => {
                // Arabic's symbol, `JP¥` (even the narrow one), puts a Latin word inside
                // right-to-left text, where the bidi algorithm shows it as `¥JP`; the
                // currency's Arabic name (`1,234,567 ين ياباني`) reads right.
                let display = if locale == Locale::Ar {
                    "name"
                } else {
                    "symbol"
                };
                let options = options(&[
                    ("style", "currency".into()),
                    ("currency", "JPY".into()),
                    ("currencyDisplay", display.into()),
                ])?;
                Intl::NumberFormat::new(&locales, &options).format()
            }
            Kind::Decimal { minor_units } => {
                let options = options(&[
                    ("minimumFractionDigits", minor_units.into()),
                    ("maximumFractionDigits", minor_units.into()),
                ])?;
                Intl::NumberFormat::new(&locales, &options).format()
            }
            Kind::Date => {
                let options = options(&[("dateStyle", "long".into()), ("timeZone", "UTC".into())])?;
                Intl::DateTimeFormat::new(&locales, &options).format()
            }
        })
    }

    fn options(pairs: &[(&str, JsValue)]) -> Option<Object> {
        let object = Object::new();
        for (key, value) in pairs {
            Reflect::set(&object, &JsValue::from_str(key), value).ok()?;
        }
        Some(object)
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod intl {
    use chrono::NaiveDate;

    use super::{Locale, Yen};

    pub fn yen(_: Locale, _: Yen) -> Option<String> {
        None
    }

    pub fn decimal(_: Locale, _: &str, _: u32) -> Option<String> {
        None
    }

    pub fn date(_: Locale, _: NaiveDate) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn natively_the_forms_are_locale_neutral() {
        let yen = Yen::try_from(Decimal::from(33_000)).expect("whole yen");
        assert_eq!(yen_text(Locale::Ru, yen), "¥33,000");
        assert_eq!(
            amount_text(Locale::Ru, Decimal::new(123456, 2), 2),
            "1,234.56"
        );
        let date = CalendarDate::parse_iso("2026-12-01").expect("a date");
        assert_eq!(date_text(Locale::Ja, date), "2026-12-01");
    }
}
