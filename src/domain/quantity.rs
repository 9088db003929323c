//! Reading numbers people type: quantities, yen amounts, percentages and rates.
//!
//! Input methods for Japanese and Chinese often produce full-width digits (７５), and many
//! people type thousands separators (1,000 or 1 000): both are accepted. What cannot be read
//! is a [`NumberError`] that the UI shows in the reader's language; nothing panics.

use std::str::FromStr;

use rust_decimal::Decimal;

/// Why typed text is not an acceptable number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumberError {
    Empty,
    NotANumber,
    Negative,
    /// Above the largest accepted value (carried for the message).
    TooLarge(Decimal),
    /// More decimal places than allowed (0 means whole numbers only).
    TooPrecise(u32),
    /// Zero where only a positive value makes sense (an exchange rate).
    Zero,
}

/// What a field accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberRules {
    pub max: Decimal,
    pub decimals: u32,
    pub allow_zero: bool,
}

impl NumberRules {
    pub const fn whole(max: i64) -> NumberRules {
        NumberRules {
            max: Decimal::from_parts(max as u32, (max >> 32) as u32, 0, false, 0),
            decimals: 0,
            allow_zero: true,
        }
    }

    pub const fn with_decimals(mut self, decimals: u32) -> NumberRules {
        self.decimals = decimals;
        self
    }

    pub const fn positive(mut self) -> NumberRules {
        self.allow_zero = false;
        self
    }
}

/// Parses `text` under `rules`.
pub fn parse_number(text: &str, rules: NumberRules) -> Result<Decimal, NumberError> {
    let normalised: String = text
        .chars()
        .filter_map(|character| match character {
            // Full-width digits, point and minus from CJK input methods.
            '０'..='９' => char::from_u32(character as u32 - '０' as u32 + '0' as u32),
            '．' => Some('.'),
            '－' | '−' => Some('-'),
            // Thousands separators and spaces (including full-width and narrow no-break).
            ',' | '，' | ' ' | '\u{3000}' | '\u{202f}' | '\u{a0}' | '_' => None,
            other => Some(other),
        })
        .collect();
    if normalised.is_empty() {
        return Err(NumberError::Empty);
    }
    let plain = normalised
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    let value = if plain {
        Decimal::from_str(&normalised).map_err(|_| NumberError::NotANumber)?
    } else {
        return Err(NumberError::NotANumber);
    };
    if value.is_sign_negative() && !value.is_zero() {
        return Err(NumberError::Negative);
    }
    if value > rules.max {
        return Err(NumberError::TooLarge(rules.max));
    }
    if value.normalize().scale() > rules.decimals {
        return Err(NumberError::TooPrecise(rules.decimals));
    }
    if value.is_zero() && !rules.allow_zero {
        return Err(NumberError::Zero);
    }
    Ok(value.normalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn reads_what_people_type() {
        let rules = NumberRules::whole(100_000);
        for (typed, value) in [
            ("75", "75"),
            ("７５", "75"),
            ("1,000", "1000"),
            (" 1 000 ", "1000"),
            ("１，０００", "1000"),
            ("0", "0"),
            ("12.0", "12"),
        ] {
            assert_eq!(parse_number(typed, rules), Ok(dec(value)), "{typed:?}");
        }
        let hours = NumberRules::whole(24).with_decimals(2);
        assert_eq!(parse_number("2.5", hours), Ok(dec("2.5")));
        assert_eq!(parse_number("２．２５", hours), Ok(dec("2.25")));
    }

    #[test]
    fn explains_what_it_cannot_accept() {
        let rules = NumberRules::whole(1_000);
        let cases = [
            ("", NumberError::Empty),
            ("   ", NumberError::Empty),
            ("abc", NumberError::NotANumber),
            ("1e5", NumberError::NotANumber),
            ("1.2.3", NumberError::NotANumber),
            ("NaN", NumberError::NotANumber),
            ("-5", NumberError::Negative),
            ("－5", NumberError::Negative),
            ("1001", NumberError::TooLarge(dec("1000"))),
            ("99999999999999999999999999999999", NumberError::NotANumber),
            ("2.5", NumberError::TooPrecise(0)),
        ];
        for (typed, error) in cases {
            assert_eq!(parse_number(typed, rules), Err(error), "{typed:?}");
        }
        assert_eq!(
            parse_number("0", NumberRules::whole(10).positive()),
            Err(NumberError::Zero)
        );
    }

    #[test]
    fn whole_rules_keep_their_maximum() {
        assert_eq!(NumberRules::whole(10_000_000_000).max, dec("10000000000"));
    }
}
