//! Decimals in JSON as strings (`"0.10"`, `"2.5"`), never as JSON numbers.
//!
//! A JSON number would pass through a binary float in many readers (and rust_decimal's own
//! serde support accepts floats, which also adds float formatting to the wasm). Data files and
//! stored estimates therefore write decimals as text. Use with `#[serde(with = "…")]`.

use std::str::FromStr;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serializer};

pub fn serialize<S: Serializer>(value: &Decimal, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Decimal, D::Error> {
    let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
    Decimal::from_str(text.trim())
        .map_err(|_| serde::de::Error::custom(format!("\"{text}\" is not a decimal number")))
}

/// The same for an optional decimal.
pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(
        value: &Option<Decimal>,
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        match value {
            Some(value) => serializer.collect_str(value),
            None => serializer.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<Decimal>, D::Error> {
        let text = Option::<std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        text.map(|text| {
            Decimal::from_str(text.trim()).map_err(|_| {
                serde::de::Error::custom(format!("\"{text}\" is not a decimal number"))
            })
        })
        .transpose()
    }
}

#[cfg(test)]
mod tests {
    use rust_decimal::Decimal;
    use serde::{Deserialize, Serialize};

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Rate {
        #[serde(with = "super")]
        rate: Decimal,
        #[serde(default, with = "super::option")]
        extra: Option<Decimal>,
    }

    #[test]
    fn decimals_are_text_both_ways() {
        let rate: Rate = serde_json::from_str(r#"{"rate": "0.10", "extra": "2.5"}"#).unwrap();
        assert_eq!(rate.rate.to_string(), "0.10");
        assert_eq!(
            serde_json::to_string(&rate).unwrap(),
            r#"{"rate":"0.10","extra":"2.5"}"#
        );
        let none: Rate = serde_json::from_str(r#"{"rate": "1"}"#).unwrap();
        assert_eq!(none.extra, None);
    }

    #[test]
    fn numbers_and_junk_are_refused() {
        for bad in [
            r#"{"rate": 0.1}"#,
            r#"{"rate": "ten"}"#,
            r#"{"rate": null}"#,
            r#"{"rate": "1e400"}"#,
        ] {
            assert!(serde_json::from_str::<Rate>(bad).is_err(), "{bad}");
        }
    }
}
