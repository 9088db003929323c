//! A fee schedule as a hospital's staff types it on `/hospitals`: every field kept as typed
//! (a price that is not yet a number is still kept), written out as the schedule file format
//! (`docs/data-formats.md`) and checked by the same reader as the shipped files, so a problem
//! names its field as that reader does (`items[2].pricing.price`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::data_file::DataFileError;
use super::fee_schedule::{FeeSchedule, SCHEDULE_FORMAT, SCHEDULE_VERSION};

/// Text per locale code, as typed; empty texts are left out of the file.
pub type Texts = BTreeMap<String, String>;

/// The whole schedule being edited.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleDraft {
    pub id: String,
    pub name: Texts,
    pub issuer: Texts,
    pub notice: Texts,
    /// `YYYY-MM-DD`: the date the figures were read or published.
    pub as_of: String,
    pub sources: Vec<SourceDraft>,
    pub tax: TaxDraft,
    pub items: Vec<ItemDraft>,
}

/// One source the schedule cites.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SourceDraft {
    pub id: String,
    pub title: Texts,
    pub url: String,
    /// The date the page states, if any.
    pub as_of: String,
    /// The day the page was read.
    pub checked: String,
}

/// Consumption tax.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TaxDraft {
    /// `0.10` for 10 %.
    pub rate: String,
    pub prices_include_tax: bool,
    /// `down`, `half_up` or `up`.
    pub rounding: String,
}

impl Default for TaxDraft {
    fn default() -> TaxDraft {
        TaxDraft {
            rate: "0.10".into(),
            prices_include_tax: false,
            rounding: "down".into(),
        }
    }
}

/// A price: an amount, "and up" from an amount, or a range.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PriceDraft {
    pub low: String,
    /// The upper end of a range; empty for an exact price or "and up".
    pub high: String,
    /// "And up": the schedule publishes only a minimum.
    pub and_up: bool,
}

/// The pricing kinds, as the file names them.
pub const PRICING_KINDS: [&str; 5] = ["fixed", "time_blocks", "per_unit", "points", "package"];
/// The categories, as the file names them.
pub const CATEGORIES: [&str; 6] = [
    "consultation",
    "pathology",
    "examination",
    "treatment",
    "interpreter",
    "other",
];
/// What a per-unit price counts.
pub const UNITS: [&str; 5] = ["hour", "slide", "case", "visit", "trip"];
/// How fractions of a yen are rounded.
pub const ROUNDINGS: [&str; 3] = ["down", "half_up", "up"];

/// One chargeable item. Fields of pricing kinds other than `kind` are kept (switching the kind
/// back finds them again) but not written to the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ItemDraft {
    pub id: String,
    pub category: String,
    pub name: Texts,
    pub note: Texts,
    pub source: String,
    pub kind: String,
    pub price: PriceDraft,
    pub unit: String,
    pub first_block_minutes: String,
    pub first_block: PriceDraft,
    pub additional_block_minutes: String,
    pub additional_block: PriceDraft,
    pub yen_per_point: String,
    pub sessions: Texts,
    /// `""` (as the schedule says), `"included"` or `"added"`.
    pub tax: String,
}

impl Default for ItemDraft {
    fn default() -> ItemDraft {
        ItemDraft {
            id: String::new(),
            category: "consultation".into(),
            name: Texts::new(),
            note: Texts::new(),
            source: String::new(),
            kind: "fixed".into(),
            price: PriceDraft::default(),
            unit: "hour".into(),
            first_block_minutes: String::new(),
            first_block: PriceDraft::default(),
            additional_block_minutes: String::new(),
            additional_block: PriceDraft::default(),
            yen_per_point: "10".into(),
            sessions: Texts::new(),
            tax: String::new(),
        }
    }
}

/// A field that needs attention: its path as the reader names it, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub reason: String,
}

impl ScheduleDraft {
    /// A blank schedule with one source and one item to fill in.
    pub fn blank() -> ScheduleDraft {
        ScheduleDraft {
            sources: vec![SourceDraft {
                id: "fees".into(),
                ..SourceDraft::default()
            }],
            items: vec![ItemDraft {
                source: "fees".into(),
                ..ItemDraft::default()
            }],
            ..ScheduleDraft::default()
        }
    }

    /// The schedule in the file format. Text that is not yet a number is written as text, so
    /// the reader names the field.
    pub fn to_json(&self) -> Value {
        let mut file = Map::new();
        file.insert("format".into(), json!(SCHEDULE_FORMAT));
        file.insert("schema_version".into(), json!(SCHEDULE_VERSION));
        file.insert("id".into(), json!(self.id.trim()));
        file.insert("name".into(), texts(&self.name));
        file.insert("issuer".into(), texts(&self.issuer));
        file.insert("example".into(), json!(false));
        if has_text(&self.notice) {
            file.insert("notice".into(), texts(&self.notice));
        }
        file.insert("currency".into(), json!("JPY"));
        file.insert("as_of".into(), json!(self.as_of.trim()));
        file.insert(
            "sources".into(),
            self.sources.iter().map(SourceDraft::to_json).collect(),
        );
        file.insert(
            "tax".into(),
            json!({
                "rate": self.tax.rate.trim(),
                "prices_include_tax": self.tax.prices_include_tax,
                "rounding": self.tax.rounding,
            }),
        );
        file.insert(
            "items".into(),
            self.items.iter().map(ItemDraft::to_json).collect(),
        );
        Value::Object(file)
    }

    /// The file's text, as downloaded.
    pub fn to_file_text(&self) -> String {
        format!("{:#}\n", self.to_json())
    }

    /// The schedule as the estimator reads it, or the first problem.
    pub fn parse(&self) -> Result<FeeSchedule, DataFileError> {
        FeeSchedule::parse(&self.file_name(), &self.to_file_text())
    }

    /// `<id>.json`, or `schedule.json` before the id is typed.
    pub fn file_name(&self) -> String {
        let id = self.id.trim();
        format!("{}.json", if id.is_empty() { "schedule" } else { id })
    }

    /// Every problem the reader finds: the schedule's first, the header's first, and each
    /// item's first. The reader stops at the first problem, so the header is also read without
    /// items, and each item alone under a header that has none.
    pub fn problems(&self) -> Vec<Problem> {
        let Err(first) = self.parse() else {
            return Vec::new();
        };
        let mut found = vec![Problem {
            field: first.field,
            reason: first.reason,
        }];
        let mut add = |problem: Problem| {
            if !found.contains(&problem) {
                found.push(problem);
            }
        };
        let header = ScheduleDraft {
            items: Vec::new(),
            ..self.clone()
        };
        if let Err(error) = header.parse() {
            if error.field != "items" {
                add(Problem {
                    field: error.field,
                    reason: error.reason,
                });
            }
        }
        let sound_header = self.sound_header();
        for (index, item) in self.items.iter().enumerate() {
            let alone = ScheduleDraft {
                items: vec![item.clone()],
                ..sound_header.clone()
            };
            if let Err(error) = alone.parse() {
                if let Some(rest) = error.field.strip_prefix("items[0]") {
                    add(Problem {
                        field: format!("items[{index}]{rest}"),
                        reason: error.reason,
                    });
                }
            }
        }
        found
    }

    /// This schedule's sources (by id) under a header with nothing wrong, for reading items.
    fn sound_header(&self) -> ScheduleDraft {
        let placeholder = |id: &str| SourceDraft {
            id: id.to_owned(),
            title: Texts::from([("en".to_owned(), "-".to_owned())]),
            url: "https://example.org/".into(),
            as_of: String::new(),
            checked: "2000-01-01".into(),
        };
        let mut ids: Vec<&str> = self.sources.iter().map(|s| s.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ScheduleDraft {
            id: "x".into(),
            name: Texts::from([("en".to_owned(), "-".to_owned())]),
            issuer: Texts::from([("en".to_owned(), "-".to_owned())]),
            notice: Texts::new(),
            as_of: "2000-01-01".into(),
            sources: ids.into_iter().map(placeholder).collect(),
            tax: TaxDraft::default(),
            items: Vec::new(),
        }
    }

    /// Reads a schedule file for editing. Anything the format has is taken over; a file this
    /// editor cannot read at all is refused with the reason.
    pub fn from_file_text(text: &str) -> Result<ScheduleDraft, String> {
        let value: Value = serde_json::from_str(text).map_err(|error| error.to_string())?;
        let file = value.as_object().ok_or("not a JSON object")?;
        if file.get("format").and_then(Value::as_str) != Some(SCHEDULE_FORMAT) {
            return Err(format!("\"format\" is not \"{SCHEDULE_FORMAT}\""));
        }
        let tax = file.get("tax").cloned().unwrap_or_default();
        Ok(ScheduleDraft {
            id: text_of(file.get("id")),
            name: texts_of(file.get("name")),
            issuer: texts_of(file.get("issuer")),
            notice: texts_of(file.get("notice")),
            as_of: text_of(file.get("as_of")),
            sources: list_of(file.get("sources"), SourceDraft::from_json),
            tax: TaxDraft {
                rate: text_of(tax.get("rate")),
                prices_include_tax: tax
                    .get("prices_include_tax")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
                rounding: text_of(tax.get("rounding")),
            },
            items: list_of(file.get("items"), ItemDraft::from_json),
        })
    }
}

impl SourceDraft {
    fn to_json(&self) -> Value {
        let mut source = Map::new();
        source.insert("id".into(), json!(self.id.trim()));
        source.insert("title".into(), texts(&self.title));
        source.insert("url".into(), json!(self.url.trim()));
        if !self.as_of.trim().is_empty() {
            source.insert("as_of".into(), json!(self.as_of.trim()));
        }
        source.insert("checked".into(), json!(self.checked.trim()));
        Value::Object(source)
    }

    fn from_json(value: &Value) -> SourceDraft {
        SourceDraft {
            id: text_of(value.get("id")),
            title: texts_of(value.get("title")),
            url: text_of(value.get("url")),
            as_of: text_of(value.get("as_of")),
            checked: text_of(value.get("checked")),
        }
    }
}

impl ItemDraft {
    fn to_json(&self) -> Value {
        let mut pricing = Map::new();
        pricing.insert("kind".into(), json!(self.kind));
        match self.kind.as_str() {
            "fixed" => {
                pricing.insert("price".into(), self.price.to_json());
            }
            "time_blocks" => {
                pricing.insert(
                    "first_block_minutes".into(),
                    number(&self.first_block_minutes),
                );
                pricing.insert("first_block".into(), self.first_block.to_json());
                pricing.insert(
                    "additional_block_minutes".into(),
                    number(&self.additional_block_minutes),
                );
                pricing.insert("additional_block".into(), self.additional_block.to_json());
            }
            "per_unit" => {
                pricing.insert("unit".into(), json!(self.unit));
                pricing.insert("price".into(), self.price.to_json());
            }
            "points" => {
                pricing.insert("yen_per_point".into(), json!(self.yen_per_point.trim()));
            }
            _ => {
                pricing.insert("price".into(), self.price.to_json());
                if has_text(&self.sessions) {
                    pricing.insert("sessions".into(), texts(&self.sessions));
                }
            }
        }
        let mut item = Map::new();
        item.insert("id".into(), json!(self.id.trim()));
        item.insert("category".into(), json!(self.category));
        item.insert("name".into(), texts(&self.name));
        if has_text(&self.note) {
            item.insert("note".into(), texts(&self.note));
        }
        item.insert("source".into(), json!(self.source.trim()));
        item.insert("pricing".into(), Value::Object(pricing));
        match self.tax.as_str() {
            "included" => item.insert("prices_include_tax".into(), json!(true)),
            "added" => item.insert("prices_include_tax".into(), json!(false)),
            _ => None,
        };
        Value::Object(item)
    }

    fn from_json(value: &Value) -> ItemDraft {
        let pricing = value.get("pricing").cloned().unwrap_or_default();
        let price = |name: &str| PriceDraft::from_json(pricing.get(name));
        let defaults = ItemDraft::default();
        ItemDraft {
            id: text_of(value.get("id")),
            category: text_of(value.get("category")),
            name: texts_of(value.get("name")),
            note: texts_of(value.get("note")),
            source: text_of(value.get("source")),
            kind: text_of(pricing.get("kind")),
            price: price("price"),
            unit: Some(text_of(pricing.get("unit")))
                .filter(|unit| !unit.is_empty())
                .unwrap_or(defaults.unit),
            first_block_minutes: text_of(pricing.get("first_block_minutes")),
            first_block: price("first_block"),
            additional_block_minutes: text_of(pricing.get("additional_block_minutes")),
            additional_block: price("additional_block"),
            yen_per_point: Some(text_of(pricing.get("yen_per_point")))
                .filter(|rate| !rate.is_empty())
                .unwrap_or(defaults.yen_per_point),
            sessions: texts_of(pricing.get("sessions")),
            tax: match value.get("prices_include_tax").and_then(Value::as_bool) {
                Some(true) => "included".into(),
                Some(false) => "added".into(),
                None => String::new(),
            },
        }
    }
}

impl PriceDraft {
    fn to_json(&self) -> Value {
        let low = number(&self.low);
        if !self.high.trim().is_empty() {
            json!({ "from": low, "to": number(&self.high) })
        } else if self.and_up {
            json!({ "from": low })
        } else {
            low
        }
    }

    fn from_json(value: Option<&Value>) -> PriceDraft {
        match value {
            Some(Value::Object(range)) => PriceDraft {
                low: text_of(range.get("from")),
                high: text_of(range.get("to")),
                and_up: !range.contains_key("to"),
            },
            other => PriceDraft {
                low: text_of(other),
                ..PriceDraft::default()
            },
        }
    }
}

/// A whole number as typed (thousands separators and spaces allowed), else the text itself
/// so the reader names the field.
fn number(text: &str) -> Value {
    let digits: String = text
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .map(|c| match c {
            // Full-width digits from Japanese and Chinese input methods.
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            c => c,
        })
        .collect();
    digits
        .parse::<i64>()
        .map_or_else(|_| json!(text.trim()), |value| json!(value))
}

fn texts(texts: &Texts) -> Value {
    texts
        .iter()
        .filter(|(_, text)| !text.trim().is_empty())
        .map(|(locale, text)| (locale.clone(), json!(text.trim())))
        .collect::<Map<_, _>>()
        .into()
}

fn has_text(texts: &Texts) -> bool {
    texts.values().any(|text| !text.trim().is_empty())
}

fn text_of(value: Option<&Value>) -> String {
    match value {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Number(number)) => number.to_string(),
        _ => String::new(),
    }
}

fn texts_of(value: Option<&Value>) -> Texts {
    value
        .and_then(Value::as_object)
        .map(|texts| {
            texts
                .iter()
                .filter_map(|(locale, text)| Some((locale.clone(), text.as_str()?.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

fn list_of<T>(value: Option<&Value>, read: fn(&Value) -> T) -> Vec<T> {
    value
        .and_then(Value::as_array)
        .map(|entries| entries.iter().map(read).collect())
        .unwrap_or_default()
}

#[cfg(test)]
#[path = "schedule_draft_tests.rs"]
mod tests;
