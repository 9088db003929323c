//! The step-by-step guide: the seven stages of the journey and the questions patients ask.
//!
//! Structure, durations and sources are data (`public/data/guide.json`); texts are in the
//! locale's `guide.ftl` under ids derived from the stage and question ids. Durations live in
//! the data file, never in the text, so every figure shown has a source and a date.

use serde::Deserialize;

use super::checklist::{check_sources, unique_ids};
use super::data_file::{parse_validated, DataFileError};
use super::date::CalendarDate;
use super::source::Source;

/// The `format` value of `guide.json`.
pub const GUIDE_FORMAT: &str = "japan-care-planner/guide";

/// A tool page a stage or answer points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ToolLink {
    Estimate,
    Stay,
    Documents,
    Intake,
}

/// The unit of a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DurationUnit {
    Day,
    BusinessDay,
    Week,
    Month,
}

impl DurationUnit {
    /// The value of the `unit` selector in the duration messages.
    pub fn code(self) -> &'static str {
        match self {
            DurationUnit::Day => "day",
            DurationUnit::BusinessDay => "business-day",
            DurationUnit::Week => "week",
            DurationUnit::Month => "month",
        }
    }
}

/// How long something usually takes, as precisely as the source says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Span {
    /// "7 to 10 days"
    Between(u32, u32),
    /// "up to 5 days"
    AtMost(u32),
    /// "at least 2 weeks"
    AtLeast(u32),
    /// "about 2 weeks"
    About(u32),
}

/// A duration with its unit and source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Takes {
    pub span: Span,
    pub unit: DurationUnit,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct TakesJson {
    #[serde(default)]
    min: Option<u32>,
    #[serde(default)]
    max: Option<u32>,
    #[serde(default)]
    approx: Option<u32>,
    unit: DurationUnit,
    source: String,
}

impl TryFrom<TakesJson> for Takes {
    type Error = String;

    fn try_from(json: TakesJson) -> Result<Takes, String> {
        let span = match (json.min, json.max, json.approx) {
            (Some(min), Some(max), None) if 0 < min && min <= max => Span::Between(min, max),
            (None, Some(max), None) if max > 0 => Span::AtMost(max),
            (Some(min), None, None) if min > 0 => Span::AtLeast(min),
            (None, None, Some(about)) if about > 0 => Span::About(about),
            _ => {
                return Err(
                    "give min and max, max, min, or approx, as whole numbers above 0".to_owned(),
                )
            }
        };
        Ok(Takes {
            span,
            unit: json.unit,
            source: json.source,
        })
    }
}

/// One stage of the journey.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    pub id: String,
    /// How many numbered steps (`guide-stage-<id>-step-<n>`) the stage has.
    pub steps: u8,
    #[serde(default)]
    takes: Option<TakesJson>,
    pub links: Vec<ToolLink>,
    pub sources: Vec<String>,
}

impl Stage {
    /// How long the stage usually takes, when a source says.
    pub fn takes(&self) -> Option<Takes> {
        // Checked when the file was read: a shape that does not convert never gets here.
        self.takes
            .clone()
            .and_then(|json| Takes::try_from(json).ok())
    }

    /// Every message id the stage's text needs, in reading order.
    pub fn message_ids(&self) -> Vec<String> {
        let id = &self.id;
        let mut ids = vec![
            format!("guide-stage-{id}"),
            format!("guide-stage-{id}-summary"),
        ];
        ids.extend((1..=self.steps).map(|step| format!("guide-stage-{id}-step-{step}")));
        if self.takes.is_some() {
            ids.push(format!("guide-stage-{id}-takes"));
        }
        ids.push(format!("guide-stage-{id}-cost"));
        ids.push(format!("guide-stage-{id}-check"));
        ids
    }
}

/// A frequently asked question.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub links: Vec<ToolLink>,
    pub sources: Vec<String>,
}

impl Question {
    pub fn message_ids(&self) -> [String; 2] {
        [
            format!("guide-faq-{}", self.id),
            format!("guide-faq-{}-answer", self.id),
        ]
    }
}

/// `guide.json`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub format: String,
    pub schema_version: u32,
    pub as_of: CalendarDate,
    pub sources: Vec<Source>,
    pub stages: Vec<Stage>,
    pub faq: Vec<Question>,
}

impl Guide {
    pub fn parse(file: &str, text: &str) -> Result<Guide, DataFileError> {
        parse_validated(file, text, Guide::validate)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    fn validate(&self) -> Result<(), (String, String)> {
        if self.format != GUIDE_FORMAT || self.schema_version != 1 {
            return Err(("format".into(), "not a version 1 guide file".into()));
        }
        super::source::validate_sources(&self.sources, "sources")?;
        let sources = unique_ids(self.sources.iter().map(|s| s.id.as_str()), "sources")?;
        unique_ids(self.stages.iter().map(|s| s.id.as_str()), "stages")?;
        unique_ids(self.faq.iter().map(|q| q.id.as_str()), "faq")?;
        for (index, stage) in self.stages.iter().enumerate() {
            if !(1..=9).contains(&stage.steps) {
                return Err((format!("stages[{index}].steps"), "must be 1 to 9".into()));
            }
            check_sources(
                &stage.sources,
                &sources,
                &format!("stages[{index}].sources"),
            )?;
            if let Some(json) = &stage.takes {
                let takes = Takes::try_from(json.clone())
                    .map_err(|reason| (format!("stages[{index}].takes"), reason))?;
                if !sources.contains(takes.source.as_str()) {
                    return Err((
                        format!("stages[{index}].takes.source"),
                        "is not in the file's sources".into(),
                    ));
                }
            }
        }
        for (index, question) in self.faq.iter().enumerate() {
            check_sources(
                &question.sources,
                &sources,
                &format!("faq[{index}].sources"),
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = r#"{
      "format": "japan-care-planner/guide", "schema_version": 1, "as_of": "2026-11-21",
      "sources": [{"id": "s", "title": {"en": "Source"}, "url": "https://example.org/s", "checked": "2026-11-21"}],
      "stages": [
        {"id": "prepare", "steps": 2, "takes": {"max": 5, "unit": "day", "source": "s"},
         "links": ["documents"], "sources": ["s"]},
        {"id": "visa", "steps": 1, "links": [], "sources": ["s"]}
      ],
      "faq": [{"id": "insurance", "links": ["estimate"], "sources": ["s"]}]
    }"#;

    fn broken(from: &str, to: &str) -> DataFileError {
        Guide::parse("guide.json", &FILE.replacen(from, to, 1)).expect_err("refused")
    }

    #[test]
    fn a_valid_file_parses_with_its_durations() {
        let guide = Guide::parse("guide.json", FILE).expect("parses");
        let takes = guide.stages[0].takes().expect("has a duration");
        assert_eq!(
            (takes.span, takes.unit),
            (Span::AtMost(5), DurationUnit::Day)
        );
        assert_eq!(guide.stages[1].takes(), None);
        assert_eq!(
            guide.stages[0].message_ids(),
            [
                "guide-stage-prepare",
                "guide-stage-prepare-summary",
                "guide-stage-prepare-step-1",
                "guide-stage-prepare-step-2",
                "guide-stage-prepare-takes",
                "guide-stage-prepare-cost",
                "guide-stage-prepare-check",
            ]
        );
    }

    #[test]
    fn every_duration_shape_is_read_and_nonsense_refused() {
        let span = |takes: &str| -> Result<Span, DataFileError> {
            let text = FILE.replacen(r#"{"max": 5, "unit": "day", "source": "s"}"#, takes, 1);
            Guide::parse("guide.json", &text).map(|guide| guide.stages[0].takes().unwrap().span)
        };
        let with = |fields: &str| format!(r#"{{{fields}, "unit": "week", "source": "s"}}"#);
        assert_eq!(
            span(&with(r#""min": 7, "max": 10"#)),
            Ok(Span::Between(7, 10))
        );
        assert_eq!(span(&with(r#""min": 2"#)), Ok(Span::AtLeast(2)));
        assert_eq!(span(&with(r#""approx": 2"#)), Ok(Span::About(2)));
        for nonsense in [
            r#""min": 10, "max": 7"#,
            r#""max": 0"#,
            r#""min": 1, "approx": 2"#,
        ] {
            let error = span(&with(nonsense)).expect_err(nonsense);
            assert_eq!(error.field, "stages[0].takes", "{nonsense}: {error}");
        }
    }

    #[test]
    fn broken_files_name_the_entry() {
        assert_eq!(
            broken(r#""source": "s"}"#, r#""source": "t"}"#).field,
            "stages[0].takes.source"
        );
        assert_eq!(
            broken(r#""steps": 2"#, r#""steps": 0"#).field,
            "stages[0].steps"
        );
        assert_eq!(
            broken(r#""links": ["estimate"]"#, r#""links": ["home"]"#).field,
            "faq[0].links[0]"
        );
        assert_eq!(
            broken(r#""id": "visa""#, r#""id": "prepare""#).field,
            "stages[1].id"
        );
        assert_eq!(
            broken(
                r#""links": [], "sources": ["s"]"#,
                r#""links": [], "sources": []"#
            )
            .field,
            "stages[1].sources"
        );
    }
}
