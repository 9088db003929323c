//! Where a figure or rule was read, when the source says it was written, and when we last
//! checked it: every data file cites its figures this way, and the UI shows all three.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::date::CalendarDate;
use super::localized::Localized;

/// A public page a patient can open.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    /// The page's title: English required, plus the page's own title in other languages
    /// where it has one (a Japanese ministry page keeps its Japanese title under `ja`).
    pub title: Localized,
    /// The page itself (`https:` only): the official page where one exists, never a copy.
    pub url: String,
    /// The date the source itself states (updated, published, "as of"), when it states one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<CalendarDate>,
    /// The day we last read the page and found the figure still there.
    pub checked: CalendarDate,
}

/// A figure whose source was last checked longer ago than this gets a notice beside it.
pub const STALE_AFTER_MONTHS: u32 = 12;

impl Source {
    /// Whole months from `checked` to `today` when that is more than [`STALE_AFTER_MONTHS`]:
    /// the reader should confirm the figure before acting on it.
    pub fn stale_months(&self, today: CalendarDate) -> Option<u32> {
        let months = whole_months_between(self.checked, today);
        (months > STALE_AFTER_MONTHS).then_some(months)
    }

    /// The first problem with this source: the field (relative to the source) and why.
    fn problem(&self) -> Option<(&'static str, &'static str)> {
        if !self.title.has("en") {
            return Some(("title", "needs English text (\"en\")"));
        }
        if !is_https_address(&self.url) {
            return Some(("url", "must be an https:// address of the page itself"));
        }
        if self.as_of.is_some_and(|as_of| as_of > self.checked) {
            return Some(("as_of", "cannot be later than the day it was checked"));
        }
        None
    }
}

/// An `https:` address with a host: the only kind of link the app shows.
pub fn is_https_address(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        !host.is_empty()
            && !url
                .bytes()
                .any(|byte| byte.is_ascii_whitespace() || byte.is_ascii_control())
    })
}

/// Checks a file's source list: unique ids, English titles, https addresses, dates in order.
/// `prefix` is the list's JSON path (`sources`), for the error's field.
pub fn validate_sources(sources: &[Source], prefix: &str) -> Result<(), (String, String)> {
    let mut ids = BTreeSet::new();
    for (index, source) in sources.iter().enumerate() {
        if !ids.insert(source.id.as_str()) {
            return Err((format!("{prefix}[{index}].id"), "appears twice".into()));
        }
        if let Some((field, reason)) = source.problem() {
            return Err((format!("{prefix}[{index}].{field}"), reason.into()));
        }
    }
    Ok(())
}

/// Checks a single source (a file with one source, like the holiday list).
pub fn validate_source(source: &Source, field: &str) -> Result<(), (String, String)> {
    match source.problem() {
        Some((name, reason)) => Err((format!("{field}.{name}"), reason.into())),
        None => Ok(()),
    }
}

/// Whole calendar months from `earlier` to `later` (0 when `later` is not after it): 21
/// November to 20 December is 0 months, to 21 December is 1.
pub fn whole_months_between(earlier: CalendarDate, later: CalendarDate) -> u32 {
    if later <= earlier {
        return 0;
    }
    let (from, to) = (earlier.naive_date(), later.naive_date());
    use chrono::Datelike;
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let months = if to.day() < from.day() {
        months - 1
    } else {
        months
    };
    u32::try_from(months).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> CalendarDate {
        CalendarDate::parse_iso(text).expect("test date")
    }

    fn source(url: &str, as_of: Option<&str>, checked: &str) -> Source {
        Source {
            id: "s".into(),
            title: Localized::from([("en", "Page")]),
            url: url.into(),
            as_of: as_of.map(day),
            checked: day(checked),
        }
    }

    #[test]
    fn months_are_whole_calendar_months() {
        assert_eq!(
            whole_months_between(day("2026-11-21"), day("2026-12-20")),
            0
        );
        assert_eq!(
            whole_months_between(day("2026-11-21"), day("2026-12-21")),
            1
        );
        assert_eq!(
            whole_months_between(day("2026-01-31"), day("2027-02-28")),
            12
        );
        assert_eq!(
            whole_months_between(day("2026-11-21"), day("2025-01-01")),
            0
        );
    }

    #[test]
    fn a_source_checked_over_twelve_months_ago_is_stale() {
        let page = source("https://example.org/fees", None, "2025-11-21");
        assert_eq!(page.stale_months(day("2026-11-21")), None, "exactly 12");
        assert_eq!(page.stale_months(day("2026-12-21")), Some(13));
        assert_eq!(page.stale_months(day("2025-12-01")), None);
    }

    #[test]
    fn only_https_pages_with_a_host_and_dates_in_order_pass() {
        let good = source(
            "https://www.mofa.go.jp/a.html",
            Some("2026-03-01"),
            "2026-11-21",
        );
        assert_eq!(
            validate_sources(std::slice::from_ref(&good), "sources"),
            Ok(())
        );
        for (url, as_of, field) in [
            ("http://www.mofa.go.jp/", None, "sources[0].url"),
            ("https://", None, "sources[0].url"),
            ("javascript:alert(1)", None, "sources[0].url"),
            ("https://example.org/a b", None, "sources[0].url"),
            (
                "https://example.org/",
                Some("2027-01-01"),
                "sources[0].as_of",
            ),
        ] {
            let bad = source(url, as_of, "2026-11-21");
            let (problem, _) = validate_sources(&[bad], "sources").expect_err(url);
            assert_eq!(problem, field, "{url}");
        }
        let twice = [good.clone(), good];
        assert_eq!(
            validate_sources(&twice, "sources").unwrap_err().0,
            "sources[1].id"
        );
    }
}
