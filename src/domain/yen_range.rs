//! Amounts that may be exact or open-ended ("¥11,000 and up").

use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::{MoneyError, Rounding, Yen};

/// An amount known exactly (`high == Some(low)`), within a range, or from a minimum with no
/// published maximum (`high == None`, shown as "¥11,000 and up").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct YenRange {
    pub low: Yen,
    pub high: Option<Yen>,
}

impl YenRange {
    pub const ZERO: YenRange = YenRange::exact(Yen::ZERO);

    pub const fn exact(amount: Yen) -> YenRange {
        YenRange {
            low: amount,
            high: Some(amount),
        }
    }

    pub const fn from(low: Yen) -> YenRange {
        YenRange { low, high: None }
    }

    pub fn is_exact(self) -> bool {
        self.high == Some(self.low)
    }

    pub fn checked_add(self, other: YenRange) -> Result<YenRange, MoneyError> {
        Ok(YenRange {
            low: self.low.checked_add(other.low)?,
            high: match (self.high, other.high) {
                (Some(a), Some(b)) => Some(a.checked_add(b)?),
                _ => None,
            },
        })
    }

    pub fn times(self, factor: Decimal, rounding: Rounding) -> Result<YenRange, MoneyError> {
        Ok(YenRange {
            low: self.low.times(factor, rounding)?,
            high: self
                .high
                .map(|high| high.times(factor, rounding))
                .transpose()?,
        })
    }

    /// Both ends × `numerator` ÷ `denominator`, rounded once (see [`Yen::times_ratio`]).
    pub fn times_ratio(
        self,
        numerator: Decimal,
        denominator: Decimal,
        rounding: Rounding,
    ) -> Result<YenRange, MoneyError> {
        Ok(YenRange {
            low: self.low.times_ratio(numerator, denominator, rounding)?,
            high: self
                .high
                .map(|high| high.times_ratio(numerator, denominator, rounding))
                .transpose()?,
        })
    }

    pub fn checked_sum<I: IntoIterator<Item = YenRange>>(
        ranges: I,
    ) -> Result<YenRange, MoneyError> {
        ranges
            .into_iter()
            .try_fold(YenRange::ZERO, |total, range| total.checked_add(range))
    }
}

/// In data files a price is `33000`, `{"from": 11000}` or `{"from": 11000, "to": 22000}`.
impl Serialize for YenRange {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        if self.is_exact() {
            return self.low.serialize(serializer);
        }
        let mut map = serializer.serialize_map(Some(1 + usize::from(self.high.is_some())))?;
        map.serialize_entry("from", &self.low)?;
        if let Some(high) = self.high {
            map.serialize_entry("to", &high)?;
        }
        map.end()
    }
}

impl schemars::JsonSchema for YenRange {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "YenRange".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let yen = generator.subschema_for::<Yen>();
        schemars::json_schema!({
            "description": "An amount in whole yen, or a range: {\"from\": yen} (\"and up\") with an optional \"to\".",
            "oneOf": [
                yen,
                {
                    "type": "object",
                    "properties": {"from": yen, "to": yen},
                    "required": ["from"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

impl<'de> Deserialize<'de> for YenRange {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<YenRange, D::Error> {
        deserializer.deserialize_any(PriceVisitor)
    }
}

struct PriceVisitor;

impl<'de> serde::de::Visitor<'de> for PriceVisitor {
    type Value = YenRange;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a whole number of yen, or {\"from\": yen} with an optional \"to\"")
    }

    fn visit_i64<E: serde::de::Error>(self, amount: i64) -> Result<YenRange, E> {
        Yen::new(amount).map(YenRange::exact).map_err(E::custom)
    }

    fn visit_u64<E: serde::de::Error>(self, amount: u64) -> Result<YenRange, E> {
        let amount = i64::try_from(amount).map_err(|_| E::custom(MoneyError::OutOfRange))?;
        self.visit_i64(amount)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<YenRange, A::Error> {
        use serde::de::Error;
        let (mut from, mut to) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "from" => from = Some(map.next_value::<Yen>()?),
                "to" => to = Some(map.next_value::<Yen>()?),
                other => return Err(A::Error::unknown_field(other, &["from", "to"])),
            }
        }
        let low = from.ok_or_else(|| A::Error::missing_field("from"))?;
        if to.is_some_and(|high| high < low) {
            return Err(A::Error::custom("\"to\" is less than \"from\""));
        }
        Ok(YenRange { low, high: to })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).unwrap()
    }

    #[test]
    fn parses_the_three_price_forms() {
        let exact: YenRange = serde_json::from_str("33000").unwrap();
        assert_eq!(exact, YenRange::exact(yen(33_000)));
        let open: YenRange = serde_json::from_str(r#"{"from": 11000}"#).unwrap();
        assert_eq!(open, YenRange::from(yen(11_000)));
        let bounded: YenRange = serde_json::from_str(r#"{"from": 1000, "to": 3000}"#).unwrap();
        assert_eq!(bounded.high, Some(yen(3_000)));
        assert!(serde_json::from_str::<YenRange>(r#"{"from": 3000, "to": 1000}"#).is_err());
        assert!(serde_json::from_str::<YenRange>(r#"{"to": 3000}"#).is_err());
        assert!(
            serde_json::from_str::<YenRange>("-5").is_ok(),
            "negatives are caught by validation"
        );
        for bad in ["\"33000\"", "33000.5", "null", r#"{"from": 1, "upto": 2}"#] {
            assert!(serde_json::from_str::<YenRange>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_open_end_stays_open_through_sums() {
        let total = YenRange::checked_sum([
            YenRange::exact(yen(33_000)),
            YenRange::from(yen(11_000))
                .times(Decimal::TWO, Rounding::Down)
                .unwrap(),
        ])
        .unwrap();
        assert_eq!(total, YenRange::from(yen(55_000)));
        assert_eq!(serde_json::to_string(&total).unwrap(), r#"{"from":55000}"#);
    }
}
