//! Showing yen amounts in the reader's currency at a rate they type (never fetched).

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use super::localized::Localized;
use super::money::Yen;
use super::source::Source;

/// A currency the view offers, with its ISO 4217 minor units (decimals shown).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    pub code: String,
    pub minor_units: u32,
    pub name: Localized,
}

/// `data/currencies.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CurrencyTable {
    /// The ISO 4217 list the minor units come from.
    pub source: Source,
    pub currencies: Vec<Currency>,
}

impl CurrencyTable {
    pub fn find(&self, code: &str) -> Option<&Currency> {
        self.currencies
            .iter()
            .find(|currency| currency.code == code)
    }
}

/// The reader's choice: a currency and how many yen one unit of it buys.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct CurrencyView {
    pub code: String,
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub yen_per_unit: Decimal,
}

/// `amount` in the other currency, rounded half away from zero to its minor units. Display
/// only: yen amounts govern every payment.
pub fn convert(amount: Yen, yen_per_unit: Decimal, minor_units: u32) -> Option<Decimal> {
    if yen_per_unit <= Decimal::ZERO {
        return None;
    }
    amount
        .amount()
        .checked_div(yen_per_unit)
        .map(|value| {
            value.round_dp_with_strategy(minor_units, RoundingStrategy::MidpointAwayFromZero)
        })
        .map(|value| value.round_dp(minor_units))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{amount_text, Locale};
    use std::str::FromStr;

    fn format_amount(value: Decimal, minor_units: u32) -> String {
        amount_text(Locale::En, value, minor_units)
    }

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).unwrap()
    }

    #[test]
    fn converts_with_the_currency_decimals() {
        let rate = Decimal::from_str("149.87").unwrap();
        let usd = convert(yen(351_700), rate, 2).unwrap();
        assert_eq!(format_amount(usd, 2), "2,346.70");
        let krw = convert(yen(351_700), Decimal::from_str("0.1085").unwrap(), 0).unwrap();
        assert_eq!(format_amount(krw, 0), "3,241,475");
        let vnd = convert(yen(1_000), Decimal::from_str("0.0058").unwrap(), 0).unwrap();
        assert_eq!(format_amount(vnd, 0), "172,414");
        let cny = convert(yen(33_000), Decimal::from_str("20.5").unwrap(), 2).unwrap();
        assert_eq!(format_amount(cny, 2), "1,609.76");
    }

    #[test]
    fn a_zero_or_negative_rate_gives_nothing() {
        assert_eq!(convert(yen(1), Decimal::ZERO, 2), None);
        assert_eq!(convert(yen(1), Decimal::NEGATIVE_ONE, 2), None);
    }
}
