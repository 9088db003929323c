//! Every source in every data file is a page a patient can open, dated honestly, and every
//! text a patient reads is there in every locale. Checked on the raw JSON, so a new data
//! file or a new kind of text is covered without a line here.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::fs;
use std::path::{Path, PathBuf};

use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::source::is_https_address;
use japan_care_planner::i18n::Locale;
use serde_json::Value;

/// Hosts that serve copies of other sites' pages: proxies, caches, archives, CDN copies,
/// and sites that republish official notices. A source must be the page itself.
const MIRROR_PATTERNS: &[&str] = &[
    "workers.dev",
    "web.archive.org",
    "archive.ph",
    "archive.today",
    "archive.is",
    "webcache.googleusercontent",
    "translate.goog",
    "arc-cdn.net",
    "cdn.ampproject.org",
    "gov-base.info",
    "firstbase.info",
    "wikipedia.org",
    "proxy",
    "/amp",
];

fn data_files() -> Vec<PathBuf> {
    let files = support::files_under("public/data", "json");
    assert!(files.len() >= 10, "the data files are found");
    files
}

fn json(path: &Path) -> Value {
    serde_json::from_str(&fs::read_to_string(path).expect("readable")).expect("JSON")
}

/// Calls `visit` with the JSON path and value of every object in `value`.
fn walk<'v>(value: &'v Value, path: String, visit: &mut dyn FnMut(&str, &'v Value)) {
    match value {
        Value::Object(map) => {
            visit(&path, value);
            for (key, child) in map {
                walk(child, format!("{path}.{key}"), visit);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                walk(child, format!("{path}[{index}]"), visit);
            }
        }
        _ => {}
    }
}

/// A source object: an id, a title and an address or a checked date.
fn is_source(value: &Value) -> bool {
    value.get("id").is_some()
        && value.get("title").is_some()
        && (value.get("url").is_some() || value.get("checked").is_some())
}

/// The problem with a source object, if any.
fn source_problem(source: &Value) -> Option<String> {
    let Some(url) = source.get("url").and_then(Value::as_str) else {
        return Some("no url".into());
    };
    if !is_https_address(url) {
        return Some(format!("{url}: not an https page"));
    }
    let lower = url.to_ascii_lowercase();
    if let Some(pattern) = MIRROR_PATTERNS
        .iter()
        .find(|pattern| lower.contains(**pattern))
    {
        return Some(format!("{url}: a copy of a page ({pattern}), not the page"));
    }
    let date = |field: &str| {
        source
            .get(field)
            .and_then(Value::as_str)
            .map(|text| CalendarDate::parse_iso(text).map_err(|_| format!("{field}: {text}")))
    };
    let checked = match date("checked") {
        Some(Ok(checked)) => checked,
        Some(Err(problem)) => return Some(problem),
        None => return Some("no checked date".into()),
    };
    match date("as_of") {
        Some(Ok(as_of)) if as_of > checked => Some("as_of is later than checked".into()),
        Some(Err(problem)) => Some(problem),
        _ => None,
    }
}

#[test]
fn every_source_is_an_https_page_with_the_date_it_was_checked() {
    let mut sources = 0;
    let mut problems = Vec::new();
    for file in data_files() {
        walk(&json(&file), String::new(), &mut |path, value| {
            if is_source(value) {
                sources += 1;
                if let Some(problem) = source_problem(value) {
                    problems.push(format!("{}{path}: {problem}", file.display()));
                }
            }
        });
    }
    assert!(sources >= 30, "found {sources} sources");
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_source_check_refuses_mirrors_plain_http_and_missing_dates() {
    let source = |url: &str, checked: Option<&str>| {
        let mut value = serde_json::json!({"id": "s", "title": {"en": "t"}, "url": url});
        if let Some(checked) = checked {
            value["checked"] = Value::from(checked);
        }
        source_problem(&value)
    };
    assert_eq!(
        source("https://www.mofa.go.jp/a.html", Some("2026-11-29")),
        None
    );
    for bad in [
        source("http://www.mofa.go.jp/a.html", Some("2026-11-29")),
        source(
            "https://summer-heart-0930.chufeiyun1688.workers.dev/https/en.wikipedia.org/",
            Some("2026-11-29"),
        ),
        source(
            "https://gov-base.info/2024/04/02/222135",
            Some("2026-11-29"),
        ),
        source("https://www.mofa.go.jp/a.html", None),
    ] {
        assert!(bad.is_some());
    }
}

/// A text object: `en` plus only locale codes as keys.
fn localized_keys(value: &Value) -> Option<Vec<&str>> {
    let map = value.as_object()?;
    let codes: Vec<&str> = Locale::ALL.iter().map(|locale| locale.code()).collect();
    (map.contains_key("en")
        && map.keys().all(|key| codes.contains(&key.as_str()))
        && map.values().all(Value::is_string))
    .then(|| map.keys().map(String::as_str).collect())
}

#[test]
fn every_text_a_patient_reads_is_in_every_locale() {
    let mut texts = 0;
    let mut missing = Vec::new();
    for file in data_files() {
        walk(&json(&file), String::new(), &mut |path, value| {
            // A source keeps its official titles: English, plus the languages the page has.
            if path.ends_with(".title") && path.contains("source") {
                return;
            }
            if let Some(keys) = localized_keys(value) {
                texts += 1;
                for locale in Locale::ALL {
                    if !keys.contains(&locale.code()) {
                        missing.push(format!("{}{path}: {}", file.display(), locale.code()));
                    }
                }
            }
        });
    }
    assert!(texts >= 100, "found {texts} texts");
    assert!(
        missing.is_empty(),
        "{} missing: {missing:#?}",
        missing.len()
    );
}

/// Where sources differ, the text names the figure the entry uses, in every language.
#[test]
fn every_sources_differ_text_names_the_figure_used() {
    let rules = json(&Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data/stay-rules.json"));
    let countries = rules["visa_exempt"]["countries"].as_array().expect("list");
    let mut checked = 0;
    for country in countries {
        let Some(differ) = country.get("sources_differ") else {
            continue;
        };
        checked += 1;
        let used = differ["used"].as_u64().expect("used");
        assert_eq!(Some(used), country["days"].as_u64(), "{country}");
        for (locale, text) in differ["text"].as_object().expect("texts") {
            let text = text.as_str().unwrap_or_default();
            assert!(
                text.contains(&used.to_string()),
                "{}: the {locale} text does not name {used}: {text}",
                country["code"]
            );
        }
    }
    assert!(checked >= 2);
}
