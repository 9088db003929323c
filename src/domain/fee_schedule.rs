//! Dated fee schedules: what a hospital (or a published example) charges, with sources.
//!
//! Schedules are data (`public/data/fee-schedules/<id>.json`); no fee lives in code. A file
//! that does not parse or breaks a rule gives a [`DataFileError`] naming the file and the
//! field, which the UI shows instead of a blank page.

use std::collections::BTreeSet;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::data_file::{is_slug, parse_data_file, parse_validated, DataFileError};
use super::date::CalendarDate;
use super::localized::Localized;
use super::money::Rounding;
use super::source::validate_sources;
use super::source::Source;
use super::yen_range::YenRange;

/// The `format` value every schedule file carries.
pub const SCHEDULE_FORMAT: &str = "japan-care-planner/fee-schedule";
/// The schedule format version this build reads.
pub const SCHEDULE_VERSION: u32 = 1;

/// Consumption tax as the schedule applies it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TaxRule {
    /// E.g. `"0.10"`; written as a string so no float ever touches it.
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub rate: Decimal,
    /// Whether the listed prices already include the tax.
    pub prices_include_tax: bool,
    /// How fractions of a yen are rounded, for tax and for every other computed amount.
    pub rounding: Rounding,
}

/// Groups lines in the estimate, in this order.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Consultation,
    Pathology,
    Examination,
    Treatment,
    Interpreter,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Consultation,
        Category::Pathology,
        Category::Examination,
        Category::Treatment,
        Category::Interpreter,
        Category::Other,
    ];
}

/// What a per-unit price counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    Hour,
    Slide,
    Case,
    Visit,
    Trip,
}

/// How an item's price turns a quantity into an amount.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "PricingJson", into = "PricingJson")]
pub enum Pricing {
    /// One price each time (quantity = how many times).
    Fixed { price: YenRange },
    /// A first block of time and each further block started, e.g. 30 minutes then each
    /// additional 30 minutes (quantity = minutes).
    TimeBlocks {
        first_block_minutes: u32,
        first_block: YenRange,
        additional_block_minutes: u32,
        additional_block: YenRange,
    },
    /// A price per unit (quantity = units).
    PerUnit { unit: Unit, price: YenRange },
    /// Self-pay care billed in insurance points (quantity = points).
    Points { yen_per_point: Decimal },
    /// One price whatever the number of sessions (quantity is not asked).
    Package {
        price: YenRange,
        sessions: Option<Localized>,
    },
}

/// The kinds of [`Pricing`], as written in `"kind"`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
enum PricingKind {
    #[default]
    Fixed,
    TimeBlocks,
    PerUnit,
    Points,
    Package,
}

/// `pricing` as written in a file: one flat object whose `kind` says which fields it needs.
/// Read as a plain struct so a wrong field is reported by its exact path (serde's tagged
/// enums buffer their content and lose it).
#[derive(Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Pricing")]
struct PricingJson {
    kind: PricingKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    price: Option<YenRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<Unit>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_block_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    first_block: Option<YenRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_block_minutes: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    additional_block: Option<YenRange>,
    #[serde(
        default,
        with = "super::decimal_text::option",
        skip_serializing_if = "Option::is_none"
    )]
    #[schemars(with = "Option<String>")]
    yen_per_point: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sessions: Option<Localized>,
}

/// Written back in the file's own flat shape, so a schedule carried inside an estimate file
/// reads exactly as a schedule file does.
impl From<Pricing> for PricingJson {
    fn from(pricing: Pricing) -> PricingJson {
        match pricing {
            Pricing::Fixed { price } => PricingJson {
                kind: PricingKind::Fixed,
                price: Some(price),
                ..PricingJson::default()
            },
            Pricing::TimeBlocks {
                first_block_minutes,
                first_block,
                additional_block_minutes,
                additional_block,
            } => PricingJson {
                kind: PricingKind::TimeBlocks,
                first_block_minutes: Some(first_block_minutes),
                first_block: Some(first_block),
                additional_block_minutes: Some(additional_block_minutes),
                additional_block: Some(additional_block),
                ..PricingJson::default()
            },
            Pricing::PerUnit { unit, price } => PricingJson {
                kind: PricingKind::PerUnit,
                unit: Some(unit),
                price: Some(price),
                ..PricingJson::default()
            },
            Pricing::Points { yen_per_point } => PricingJson {
                kind: PricingKind::Points,
                yen_per_point: Some(yen_per_point),
                ..PricingJson::default()
            },
            Pricing::Package { price, sessions } => PricingJson {
                kind: PricingKind::Package,
                price: Some(price),
                sessions,
                ..PricingJson::default()
            },
        }
    }
}

/// A pricing is described by the flat shape it is read from.
impl JsonSchema for Pricing {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        PricingJson::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        PricingJson::json_schema(generator)
    }
}

impl TryFrom<PricingJson> for Pricing {
    type Error = String;

    fn try_from(json: PricingJson) -> Result<Pricing, String> {
        fn needs<T>(value: Option<T>, field: &str, kind: &str) -> Result<T, String> {
            value.ok_or_else(|| format!("\"{field}\" is required when \"kind\" is \"{kind}\""))
        }
        let present = [
            ("price", json.price.is_some()),
            ("unit", json.unit.is_some()),
            ("first_block_minutes", json.first_block_minutes.is_some()),
            ("first_block", json.first_block.is_some()),
            (
                "additional_block_minutes",
                json.additional_block_minutes.is_some(),
            ),
            ("additional_block", json.additional_block.is_some()),
            ("yen_per_point", json.yen_per_point.is_some()),
            ("sessions", json.sessions.is_some()),
        ];
        let (kind, allowed): (&str, &[&str]) = match json.kind {
            PricingKind::Fixed => ("fixed", &["price"]),
            PricingKind::TimeBlocks => (
                "time_blocks",
                &[
                    "first_block_minutes",
                    "first_block",
                    "additional_block_minutes",
                    "additional_block",
                ],
            ),
            PricingKind::PerUnit => ("per_unit", &["unit", "price"]),
            PricingKind::Points => ("points", &["yen_per_point"]),
            PricingKind::Package => ("package", &["price", "sessions"]),
        };
        if let Some((field, _)) = present
            .iter()
            .find(|(field, is_present)| *is_present && !allowed.contains(field))
        {
            return Err(format!(
                "\"{field}\" does not apply when \"kind\" is \"{kind}\""
            ));
        }
        Ok(match json.kind {
            PricingKind::Fixed => Pricing::Fixed {
                price: needs(json.price, "price", kind)?,
            },
            PricingKind::TimeBlocks => Pricing::TimeBlocks {
                first_block_minutes: needs(json.first_block_minutes, "first_block_minutes", kind)?,
                first_block: needs(json.first_block, "first_block", kind)?,
                additional_block_minutes: needs(
                    json.additional_block_minutes,
                    "additional_block_minutes",
                    kind,
                )?,
                additional_block: needs(json.additional_block, "additional_block", kind)?,
            },
            PricingKind::PerUnit => Pricing::PerUnit {
                unit: needs(json.unit, "unit", kind)?,
                price: needs(json.price, "price", kind)?,
            },
            PricingKind::Points => Pricing::Points {
                yen_per_point: needs(json.yen_per_point, "yen_per_point", kind)?,
            },
            PricingKind::Package => Pricing::Package {
                price: needs(json.price, "price", kind)?,
                sessions: json.sessions,
            },
        })
    }
}

/// One chargeable item of a schedule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeItem {
    pub id: String,
    pub category: Category,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<Localized>,
    /// The `id` of the schedule source this figure comes from.
    pub source: String,
    pub pricing: Pricing,
    /// Set where this item's listed price is stated otherwise than the schedule's
    /// `tax.prices_include_tax` (a tax-included surcharge in a schedule that adds tax).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prices_include_tax: Option<bool>,
}

impl FeeItem {
    /// Whether this item's listed price already contains the consumption tax.
    pub fn includes_tax(&self, rule: &TaxRule) -> bool {
        self.prices_include_tax.unwrap_or(rule.prices_include_tax)
    }
}

/// A complete fee schedule file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FeeSchedule {
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    pub name: Localized,
    pub issuer: Localized,
    /// True for the samples this app ships: built from published figures, not a hospital's
    /// own schedule.
    pub example: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice: Option<Localized>,
    pub currency: String,
    /// The date the schedule's figures were read or published.
    pub as_of: CalendarDate,
    pub sources: Vec<Source>,
    pub tax: TaxRule,
    pub items: Vec<FeeItem>,
}

/// Largest quantity a line may have and largest price or rate a file may state: far above
/// anything real, low enough that no sum can overflow.
pub const MAX_PRICE_YEN: i64 = 1_000_000_000;

impl FeeSchedule {
    /// Parses and validates the text of `file`.
    pub fn parse(file: &str, text: &str) -> Result<FeeSchedule, DataFileError> {
        parse_validated(file, text, FeeSchedule::validate)
    }

    pub fn item(&self, id: &str) -> Option<&FeeItem> {
        self.items.iter().find(|item| item.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    /// The rules serde cannot express. Returns the field and the reason of the first failure.
    pub(crate) fn validate(&self) -> Result<(), (String, String)> {
        let fail = |field: &str, reason: &str| Err((field.to_owned(), reason.to_owned()));
        if self.format != SCHEDULE_FORMAT {
            return fail("format", &format!("must be \"{SCHEDULE_FORMAT}\""));
        }
        if self.schema_version != SCHEDULE_VERSION {
            return fail(
                "schema_version",
                &format!("this app reads version {SCHEDULE_VERSION}"),
            );
        }
        if !is_slug(&self.id) {
            return fail("id", "use lowercase letters, digits and hyphens");
        }
        if self.currency != "JPY" {
            return fail("currency", "must be \"JPY\"");
        }
        for (field, text) in [("name", &self.name), ("issuer", &self.issuer)] {
            if !text.has("en") {
                return fail(field, "needs English text (\"en\")");
            }
        }
        if self.tax.rate < Decimal::ZERO || self.tax.rate >= Decimal::ONE {
            return fail("tax.rate", "must be at least 0 and below 1 (0.10 is 10 %)");
        }
        if self.sources.is_empty() {
            return fail("sources", "at least one source is required");
        }
        validate_sources(&self.sources, "sources")?;
        let source_ids: BTreeSet<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        if self.items.is_empty() {
            return fail("items", "at least one item is required");
        }
        let mut item_ids = BTreeSet::new();
        for (index, item) in self.items.iter().enumerate() {
            let field = |name: &str| format!("items[{index}].{name}");
            if !is_slug(&item.id) {
                return fail(&field("id"), "use lowercase letters, digits and hyphens");
            }
            if !item_ids.insert(item.id.as_str()) {
                return fail(&field("id"), "appears twice");
            }
            if !item.name.has("en") {
                return fail(&field("name"), "needs English text (\"en\")");
            }
            if !source_ids.contains(item.source.as_str()) {
                return fail(&field("source"), "names no source of this schedule");
            }
            validate_pricing(&item.pricing).map_err(|(name, reason)| (field(name), reason))?;
        }
        Ok(())
    }
}

fn validate_pricing(pricing: &Pricing) -> Result<(), (&'static str, String)> {
    let check_price = |name: &'static str, price: &YenRange| {
        let limit = |amount: crate::domain::money::Yen| {
            !amount.is_negative() && amount.to_i64() <= MAX_PRICE_YEN
        };
        if limit(price.low) && price.high.is_none_or(limit) {
            Ok(())
        } else {
            Err((name, format!("must be between 0 and {MAX_PRICE_YEN} yen")))
        }
    };
    match pricing {
        Pricing::Fixed { price }
        | Pricing::PerUnit { price, .. }
        | Pricing::Package { price, .. } => check_price("pricing.price", price),
        Pricing::TimeBlocks {
            first_block_minutes,
            first_block,
            additional_block_minutes,
            additional_block,
        } => {
            for (name, minutes) in [
                ("pricing.first_block_minutes", first_block_minutes),
                ("pricing.additional_block_minutes", additional_block_minutes),
            ] {
                if !(1..=24 * 60).contains(minutes) {
                    return Err((name, "must be between 1 and 1440 minutes".to_owned()));
                }
            }
            check_price("pricing.first_block", first_block)?;
            check_price("pricing.additional_block", additional_block)
        }
        Pricing::Points { yen_per_point } => {
            if *yen_per_point <= Decimal::ZERO || *yen_per_point > Decimal::from(1_000) {
                Err((
                    "pricing.yen_per_point",
                    "must be above 0 and at most 1000".to_owned(),
                ))
            } else {
                Ok(())
            }
        }
    }
}

/// One entry of `index.json`: the schedules a deployment offers.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleListing {
    pub id: String,
    pub name: Localized,
    pub example: bool,
}

/// `data/fee-schedules/index.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduleIndex {
    pub format: String,
    pub schedules: Vec<ScheduleListing>,
}

/// The `format` value of `index.json`.
pub const INDEX_FORMAT: &str = "japan-care-planner/fee-schedule-index";

impl ScheduleIndex {
    pub fn parse(file: &str, text: &str) -> Result<ScheduleIndex, DataFileError> {
        let error = |field: String, reason: String| DataFileError {
            file: file.to_owned(),
            field,
            reason,
        };
        let index: ScheduleIndex = parse_data_file(file, text)?;
        if index.format != INDEX_FORMAT {
            return Err(error(
                "format".into(),
                format!("must be \"{INDEX_FORMAT}\""),
            ));
        }
        for (position, listing) in index.schedules.iter().enumerate() {
            if !is_slug(&listing.id) {
                return Err(error(
                    format!("schedules[{position}].id"),
                    "use lowercase letters, digits and hyphens".into(),
                ));
            }
        }
        Ok(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) const SAMPLE: &str = r#"{
      "format": "japan-care-planner/fee-schedule",
      "schema_version": 1,
      "id": "test-hospital",
      "name": {"en": "Test hospital"},
      "issuer": {"en": "Test"},
      "example": true,
      "currency": "JPY",
      "as_of": "2026-11-21",
      "sources": [{"id": "page", "title": {"en": "Fees"}, "url": "https://example.org/fees", "checked": "2026-11-21"}],
      "tax": {"rate": "0.10", "prices_include_tax": true, "rounding": "down"},
      "items": [
        {"id": "opinion", "category": "consultation", "name": {"en": "Second opinion"}, "source": "page",
         "pricing": {"kind": "time_blocks", "first_block_minutes": 30, "first_block": 33000,
                     "additional_block_minutes": 30, "additional_block": {"from": 11000}}}
      ]
    }"#;

    fn error_for(edit: impl Fn(&str) -> String) -> DataFileError {
        FeeSchedule::parse("broken.json", &edit(SAMPLE)).expect_err("the edit breaks the file")
    }

    #[test]
    fn a_valid_schedule_parses() {
        let schedule = FeeSchedule::parse("ok.json", SAMPLE).unwrap();
        assert_eq!(schedule.items.len(), 1);
        assert_eq!(schedule.tax.rate.to_string(), "0.10");
        assert!(schedule.item("opinion").is_some());
    }

    #[test]
    fn errors_name_the_file_and_the_field() {
        let cases: [(&str, &str, &str); 11] = [
            ("\"rate\": \"0.10\"", "\"rate\": \"ten\"", "tax.rate"),
            (
                "\"first_block\": 33000",
                "\"first_block\": \"33000\"",
                "items[0].pricing.first_block",
            ),
            (
                "\"first_block\": 33000",
                "\"first_block\": -1",
                "items[0].pricing.first_block",
            ),
            (
                "\"source\": \"page\"",
                "\"source\": \"nowhere\"",
                "items[0].source",
            ),
            // A missing field names the object that lacks it.
            ("\"rate\": \"0.10\", ", "", "tax"),
            ("\"currency\": \"JPY\"", "\"currency\": \"USD\"", "currency"),
            (
                "\"first_block_minutes\": 30",
                "\"first_block_minutes\": 0",
                "items[0].pricing.first_block_minutes",
            ),
            (
                "\"as_of\": \"2026-11-21\",\n      \"sources\"",
                "\"as_of\": \"2026-02-30\",\n      \"sources\"",
                "as_of",
            ),
            (
                "\"kind\": \"time_blocks\"",
                "\"kind\": \"hourly\"",
                "items[0].pricing.kind",
            ),
            ("\"first_block\": 33000,", "", "items[0].pricing"),
            (
                "\"example\": true,",
                "\"example\": true, \"surprise\": 1,",
                "surprise",
            ),
        ];
        for (from, to, field) in cases {
            let error = error_for(|text| text.replacen(from, to, 1));
            assert_eq!(error.file, "broken.json");
            assert_eq!(error.field, field, "{to}: {error}");
        }
    }

    #[test]
    fn text_that_is_not_json_is_an_error_not_a_panic() {
        for text in ["", "{", "[]", "null", "{\"format\": 5}", "\u{feff}{}"] {
            assert!(FeeSchedule::parse("junk.json", text).is_err(), "{text:?}");
        }
        let whole = FeeSchedule::parse("junk.json", "[]").unwrap_err();
        assert_eq!(whole.field, "(file)");
    }
}
