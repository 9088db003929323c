//! The locale tables of `i18n::formats` against Chromium's own `Intl`, called with the
//! options the app passed it before the tables replaced it: what the browser prints is the
//! reference, for every locale and many values.
#![cfg(target_arch = "wasm32")]

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use js_sys::{Array, Function, Intl, Object, Reflect};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::money::Yen;
use japan_care_planner::i18n::{amount_text, date_text, yen_text, Locale};

wasm_bindgen_test_configure!(run_in_browser);

/// The tag the app gave `Intl`: Arabic with Western digits.
fn tag(locale: Locale) -> &'static str {
    match locale {
        Locale::Ar => "ar-u-nu-latn",
        other => other.code(),
    }
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        Reflect::set(&object, &JsValue::from_str(key), value).expect("a plain object");
    }
    object
}

fn locales(locale: Locale) -> Array {
    Array::of1(&JsValue::from_str(tag(locale)))
}

fn yen_formatter(locale: Locale) -> Function {
    let display = if locale == Locale::Ar {
        "name"
    } else {
        "symbol"
    };
    let options = options(&[
        ("style", "currency".into()),
        ("currency", "JPY".into()),
        ("currencyDisplay", display.into()),
    ]);
    Intl::NumberFormat::new(&locales(locale), &options).format()
}

fn decimal_formatter(locale: Locale, minor_units: u32) -> Function {
    let options = options(&[
        ("minimumFractionDigits", minor_units.into()),
        ("maximumFractionDigits", minor_units.into()),
    ]);
    Intl::NumberFormat::new(&locales(locale), &options).format()
}

fn date_formatter(locale: Locale) -> Function {
    let options = options(&[("dateStyle", "long".into()), ("timeZone", "UTC".into())]);
    Intl::DateTimeFormat::new(&locales(locale), &options).format()
}

fn call(formatter: &Function, value: &JsValue) -> String {
    formatter
        .call1(&JsValue::NULL, value)
        .expect("Intl formats the value")
        .as_string()
        .expect("Intl returns a string")
}

/// `s` with invisible and look-alike characters spelled out, so a failure shows whether a
/// space is U+0020, U+00A0 or U+202F.
fn visible(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_graphic() || c == ' ' || (!c.is_whitespace() && !is_format(c)) {
                c.to_string()
            } else {
                format!("<U+{:04X}>", u32::from(c))
            }
        })
        .collect()
}

fn is_format(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}')
}

/// Every comparison made, and the ones that differed.
#[derive(Default)]
struct Comparisons {
    made: usize,
    failures: Vec<String>,
}

impl Comparisons {
    fn check(&mut self, locale: Locale, input: &str, expected: &str, actual: &str) {
        self.made += 1;
        if expected != actual {
            self.failures.push(format!(
                "{} {input}: Intl {:?} = {}, Rust {:?} = {}",
                locale.code(),
                expected,
                visible(expected),
                actual,
                visible(actual)
            ));
        }
    }

    fn assert_all_equal(self, what: &str) {
        console_log!("{what}: {} comparisons with Intl", self.made);
        assert!(
            self.failures.is_empty(),
            "{} of {} {what} differ from Intl:\n{}",
            self.failures.len(),
            self.made,
            self.failures.join("\n")
        );
    }
}

/// Small, round, long and boundary amounts, each also negative.
fn yen_amounts() -> Vec<i64> {
    let mut amounts = vec![
        0,
        1,
        12,
        999,
        1_000,
        9_999,
        10_000,
        33_000,
        40_722,
        71_500,
        100_000,
        1_234_567,
        1_000_000_000,
        Yen::MAX_ABS,
    ];
    let mut power = 1_i64;
    while power <= Yen::MAX_ABS / 10 {
        power *= 10;
        amounts.extend([power - 1, power + 1, power * 7 / 3]);
    }
    amounts.retain(|amount| *amount <= Yen::MAX_ABS);
    let negatives: Vec<i64> = amounts.iter().map(|amount| -amount).collect();
    amounts.extend(negatives);
    amounts
}

const AMOUNTS: [&str; 24] = [
    "0",
    "0.5",
    "0.05",
    "0.005",
    "0.015",
    "0.0000001",
    "1",
    "12.3",
    "999.995",
    "1000",
    "1234.56",
    "1234567.891",
    "1000000",
    "12345678901234567.89",
    "79228162514264337593543950335",
    "-0.001",
    "-0.5",
    "-1",
    "-999.995",
    "-1234.56",
    "-1234567.891",
    "-12345678901234567.89",
    "-79228162514264337593543950335",
    "-0",
];

/// [`AMOUNTS`], and a zero that carries a minus sign (arithmetic can leave one).
fn amounts() -> Vec<Decimal> {
    let mut amounts: Vec<Decimal> = AMOUNTS
        .iter()
        .map(|text| Decimal::from_str(text).expect("a decimal"))
        .collect();
    let mut negative_zero = Decimal::new(0, 2);
    negative_zero.set_sign_negative(true);
    amounts.push(negative_zero);
    amounts
}

#[wasm_bindgen_test]
fn yen_matches_intl_in_every_locale() {
    let mut comparisons = Comparisons::default();
    for locale in Locale::ALL {
        let formatter = yen_formatter(locale);
        for amount in yen_amounts() {
            let yen = Yen::new(amount).expect("within range");
            // As the app passed it: the integer as a decimal string, never a float.
            let expected = call(&formatter, &JsValue::from_str(&yen.to_i64().to_string()));
            comparisons.check(
                locale,
                &amount.to_string(),
                &expected,
                &yen_text(locale, yen),
            );
        }
    }
    comparisons.assert_all_equal("yen amounts");
}

#[wasm_bindgen_test]
fn amounts_match_intl_in_every_locale() {
    let mut comparisons = Comparisons::default();
    for locale in Locale::ALL {
        for minor_units in 0..=4 {
            let formatter = decimal_formatter(locale, minor_units);
            for value in amounts() {
                // As the app passed it: rounded and rescaled, as a decimal string.
                let mut fixed = value.round_dp(minor_units);
                fixed.rescale(minor_units);
                let expected = call(&formatter, &JsValue::from_str(&fixed.to_string()));
                comparisons.check(
                    locale,
                    &format!("{value} with {minor_units} minor units"),
                    &expected,
                    &amount_text(locale, value, minor_units),
                );
            }
        }
    }
    comparisons.assert_all_equal("amounts");
}

#[wasm_bindgen_test]
fn dates_match_intl_in_every_locale() {
    let years = [
        1, 9, 10, 99, 100, 999, 1000, 1900, 1970, 1999, 2000, 2024, 2025, 2026, 2027, 2100, 9999,
    ];
    let mut comparisons = Comparisons::default();
    for locale in Locale::ALL {
        let formatter = date_formatter(locale);
        for year in years {
            for month in 1..=12 {
                for day in [1, 2, 9, 10, 28, 29, 30, 31] {
                    let Some(date) = CalendarDate::from_ymd(year, month, day) else {
                        continue;
                    };
                    let expected = call(&formatter, &midnight_utc(date.naive_date()));
                    comparisons.check(
                        locale,
                        &date.to_string(),
                        &expected,
                        &date_text(locale, date),
                    );
                }
            }
        }
    }
    comparisons.assert_all_equal("dates");
}

/// Midnight UTC of that day, as the app built it for `Intl`.
fn midnight_utc(date: NaiveDate) -> JsValue {
    js_sys::Date::new(&JsValue::from_str(&format!(
        "{:04}-{:02}-{:02}T00:00:00Z",
        date.year(),
        date.month(),
        date.day()
    )))
    .into()
}
