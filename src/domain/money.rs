//! Whole-yen amounts on exact decimals.
//!
//! Fees are multiplied by points, rates and tax percentages; binary floats would drift by a
//! yen here and there, which is exactly what a patient comparing a hospital's invoice notices.
//! Every conversion from a fractional amount to yen names its [`Rounding`].

use std::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// How a fractional amount becomes whole yen. Fee schedules and tax rules name one of these,
/// and the name is stored with the data so that every yen of an estimate can be audited.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Rounding {
    /// 切り捨て: drop the fraction (toward zero). The usual rule for consumption tax.
    #[default]
    Down,
    /// 四捨五入: round half away from zero.
    HalfUp,
    /// 切り上げ: any fraction rounds away from zero.
    Up,
}

impl Rounding {
    fn strategy(self) -> RoundingStrategy {
        match self {
            Rounding::Down => RoundingStrategy::ToZero,
            Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
            Rounding::Up => RoundingStrategy::AwayFromZero,
        }
    }
}

/// Why an amount could not become [`Yen`].
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("the amount {0} has a fraction of a yen")]
    Fractional(Decimal),
    #[error("the amount is beyond the largest amount this app handles")]
    OutOfRange,
}

/// A whole number of Japanese yen (yen has no minor unit).
///
/// Invariant: no fractional part and |amount| ≤ [`Yen::MAX_ABS`]. The bound keeps absurd
/// inputs (a quantity of 10²⁰) from overflowing later arithmetic and keeps every amount
/// representable as a JSON integer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Yen(Decimal);

impl Yen {
    /// One quadrillion yen: far above any medical bill, far below `Decimal` and `i64` limits.
    pub const MAX_ABS: i64 = 1_000_000_000_000_000;
    pub const ZERO: Yen = Yen(Decimal::ZERO);

    /// Whole yen from an integer, rejecting amounts beyond [`Yen::MAX_ABS`].
    pub fn new(amount: i64) -> Result<Yen, MoneyError> {
        Yen::try_from(Decimal::from(amount))
    }

    /// Whole yen from an exact amount, rounding any fraction with `rounding`.
    pub fn round(amount: Decimal, rounding: Rounding) -> Result<Yen, MoneyError> {
        Yen::try_from(amount.round_dp_with_strategy(0, rounding.strategy()))
    }

    pub fn amount(self) -> Decimal {
        self.0
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn checked_add(self, other: Yen) -> Result<Yen, MoneyError> {
        self.0
            .checked_add(other.0)
            .ok_or(MoneyError::OutOfRange)
            .and_then(Yen::try_from)
    }

    pub fn checked_sub(self, other: Yen) -> Result<Yen, MoneyError> {
        self.0
            .checked_sub(other.0)
            .ok_or(MoneyError::OutOfRange)
            .and_then(Yen::try_from)
    }

    /// This amount times an exact factor (a quantity, a yen-per-point rate, 1 + tax rate),
    /// rounded to whole yen with `rounding`.
    pub fn times(self, factor: Decimal, rounding: Rounding) -> Result<Yen, MoneyError> {
        let product = self.0.checked_mul(factor).ok_or(MoneyError::OutOfRange)?;
        Yen::round(product, rounding)
    }

    /// This amount × `numerator` ÷ `denominator`, rounded once at the end. Multiplying first
    /// keeps exact results exact: the tax inside a tax-included ¥71,500 at 10 % is
    /// 71,500 × 0.1 ÷ 1.1 = ¥6,500, whereas 71,500 × (0.1 ÷ 1.1) = 6,499.99… would round down.
    pub fn times_ratio(
        self,
        numerator: Decimal,
        denominator: Decimal,
        rounding: Rounding,
    ) -> Result<Yen, MoneyError> {
        let product = self
            .0
            .checked_mul(numerator)
            .ok_or(MoneyError::OutOfRange)?;
        let quotient = product
            .checked_div(denominator)
            .ok_or(MoneyError::OutOfRange)?;
        Yen::round(quotient, rounding)
    }

    /// Sum of amounts, failing instead of overflowing.
    pub fn checked_sum<I: IntoIterator<Item = Yen>>(amounts: I) -> Result<Yen, MoneyError> {
        amounts
            .into_iter()
            .try_fold(Yen::ZERO, |total, amount| total.checked_add(amount))
    }

    /// The amount as an integer; exact thanks to the type's invariant.
    pub fn to_i64(self) -> i64 {
        // The invariant bounds the amount by MAX_ABS, which fits an i64 with room to spare.
        i64::try_from(self.0.mantissa()).unwrap_or(i64::MAX)
    }

    /// Digits with thousands separators and no symbol, e.g. `33,000` or `-1,100`.
    pub fn grouped(self) -> String {
        let sign = if self.is_negative() { "-" } else { "" };
        format!(
            "{sign}{}",
            group_thousands(&self.0.abs().mantissa().to_string())
        )
    }
}

/// `1234567` → `1,234,567`: commas between groups of three digits of a run of digits.
fn group_thousands(digits: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl TryFrom<Decimal> for Yen {
    type Error = MoneyError;

    fn try_from(amount: Decimal) -> Result<Yen, MoneyError> {
        if amount.fract() != Decimal::ZERO {
            return Err(MoneyError::Fractional(amount));
        }
        if amount.abs() > Decimal::from(Yen::MAX_ABS) {
            return Err(MoneyError::OutOfRange);
        }
        // Normalising drops trailing zero scale (33000.00 → 33000) so equal amounts compare
        // and print the same whatever arithmetic produced them.
        Ok(Yen(amount.normalize()))
    }
}

impl fmt::Display for Yen {
    /// `¥33,000`, `-¥1,100`: the symbol every reader of the app recognises; locale-specific
    /// forms (such as 33,000円) are chosen by the UI.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let grouped = self.grouped();
        match grouped.strip_prefix('-') {
            Some(magnitude) => write!(f, "-¥{magnitude}"),
            None => write!(f, "¥{grouped}"),
        }
    }
}

/// Stored and exported as a JSON integer: yen has no decimals, and integers survive every
/// JSON reader a coordinator might use.
impl Serialize for Yen {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_i64(self.to_i64())
    }
}

impl JsonSchema for Yen {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Yen".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Whole yen, as a JSON integer.",
            "type": "integer",
            "minimum": -Yen::MAX_ABS,
            "maximum": Yen::MAX_ABS
        })
    }
}

impl<'de> Deserialize<'de> for Yen {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Yen, D::Error> {
        let amount = i64::deserialize(deserializer)?;
        Yen::new(amount).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).expect("test literal is a decimal")
    }

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).expect("test amount is in range")
    }

    #[test]
    fn each_rounding_rule_is_applied_as_named() {
        let cases = [
            ("1100.5", Rounding::Down, 1100),
            ("1100.5", Rounding::HalfUp, 1101),
            ("1100.4", Rounding::HalfUp, 1100),
            ("1100.1", Rounding::Up, 1101),
            ("-1100.5", Rounding::Down, -1100),
            ("-1100.5", Rounding::HalfUp, -1101),
            ("-1100.1", Rounding::Up, -1101),
        ];
        for (amount, rounding, expected) in cases {
            assert_eq!(
                Yen::round(dec(amount), rounding),
                Ok(yen(expected)),
                "{amount} {rounding:?}"
            );
        }
    }

    #[test]
    fn self_pay_points_with_tax_are_exact() {
        // 1,234 points × 30 yen per point = 37,020; + 10 % tax = 40,722 exactly.
        let fee = yen(1234).times(dec("30"), Rounding::Down).unwrap();
        assert_eq!(fee, yen(37_020));
        assert_eq!(fee.times(dec("1.10"), Rounding::Down), Ok(yen(40_722)));
    }

    #[test]
    fn tax_on_an_odd_amount_depends_on_the_rule() {
        let base = yen(12_345);
        assert_eq!(base.times(dec("0.10"), Rounding::Down), Ok(yen(1_234)));
        assert_eq!(base.times(dec("0.10"), Rounding::HalfUp), Ok(yen(1_235)));
        assert_eq!(base.times(dec("0.10"), Rounding::Up), Ok(yen(1_235)));
    }

    #[test]
    fn fractions_are_refused_without_a_rounding_rule() {
        assert_eq!(
            Yen::try_from(dec("10.5")),
            Err(MoneyError::Fractional(dec("10.5")))
        );
        assert_eq!(Yen::try_from(dec("10.00")), Ok(yen(10)));
    }

    #[test]
    fn absurd_amounts_are_errors_not_panics() {
        assert_eq!(Yen::new(Yen::MAX_ABS + 1), Err(MoneyError::OutOfRange));
        let large = yen(Yen::MAX_ABS);
        assert_eq!(large.checked_add(yen(1)), Err(MoneyError::OutOfRange));
        assert_eq!(
            large.times(Decimal::MAX, Rounding::Down),
            Err(MoneyError::OutOfRange)
        );
        assert_eq!(
            Yen::checked_sum([large, large, large]),
            Err(MoneyError::OutOfRange)
        );
    }

    #[test]
    fn grouping_and_display() {
        assert_eq!(yen(0).to_string(), "¥0");
        assert_eq!(yen(999).to_string(), "¥999");
        assert_eq!(yen(33_000).to_string(), "¥33,000");
        assert_eq!(yen(3_140_000).to_string(), "¥3,140,000");
        assert_eq!(yen(-1_100).to_string(), "-¥1,100");
        assert_eq!(yen(-100).grouped(), "-100");
    }

    #[test]
    fn equal_amounts_compare_equal_whatever_their_scale() {
        let from_scaled = Yen::try_from(dec("33000.00")).unwrap();
        assert_eq!(from_scaled, yen(33_000));
        assert_eq!(from_scaled.to_string(), "¥33,000");
    }

    #[test]
    fn serialises_as_a_json_integer_and_rejects_fractions() {
        assert_eq!(serde_json::to_string(&yen(110_000)).unwrap(), "110000");
        assert_eq!(serde_json::from_str::<Yen>("5500").unwrap(), yen(5_500));
        assert!(serde_json::from_str::<Yen>("5500.5").is_err());
        assert!(serde_json::from_str::<Yen>("\"5500\"").is_err());
    }
}
