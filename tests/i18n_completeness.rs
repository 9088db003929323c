//! Every locale defines exactly the messages English defines, every message id the code uses
//! exists, and every file parses: a missing translation fails here, not in front of a patient.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use japan_care_planner::i18n::{message_ids, Locale, Messages};
use japan_care_planner::site::{AppRoute, Bundle};

/// The Fluent files each locale ships, relative to `public/locales/<code>/`: the compiled-in
/// boot messages, the shared `app.ftl` and each bundle's own files.
fn files() -> Vec<&'static str> {
    let mut files = vec!["boot.ftl"];
    files.extend(Bundle::message_files_of(Bundle::all()));
    files
}

fn locale_file(locale: Locale, file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("public/locales")
        .join(locale.code())
        .join(file)
}

fn ids(locale: Locale, file: &str) -> BTreeSet<String> {
    let path = locale_file(locale, file);
    let source = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let ids = message_ids(&source).unwrap_or_else(|error| panic!("{path:?}: {error}"));
    let unique: BTreeSet<String> = ids.iter().cloned().collect();
    assert_eq!(unique.len(), ids.len(), "{path:?} defines a message twice");
    unique
}

#[test]
fn every_locale_has_exactly_the_english_messages() {
    for file in files() {
        let english = ids(Locale::En, file);
        assert!(!english.is_empty(), "en/{file} is empty");
        for locale in Locale::ALL {
            let translated = ids(locale, file);
            let missing: Vec<_> = english.difference(&translated).collect();
            let extra: Vec<_> = translated.difference(&english).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}/{file}: missing {missing:?}, not in English {extra:?}",
                locale.code()
            );
        }
    }
}

#[test]
fn every_file_loads_into_a_bundle_and_every_message_has_text() {
    for locale in Locale::ALL {
        let sources: Vec<(&str, String)> = files()
            .iter()
            .map(|file| {
                let path = locale_file(locale, file);
                (
                    *file,
                    fs::read_to_string(path).expect("locale file is readable"),
                )
            })
            .collect();
        let messages = Messages::parse(locale, &sources)
            .unwrap_or_else(|error| panic!("{}: {error}", locale.code()));
        assert_eq!(
            messages.unsupported(),
            Vec::<String>::new(),
            "{}: messages using Fluent features the app's resolver lacks",
            locale.code()
        );
        for file in files() {
            for id in ids(locale, file) {
                let text = messages.format(&id, None).unwrap_or_default();
                assert!(
                    !text.trim().is_empty(),
                    "{}: “{id}” has no text",
                    locale.code()
                );
            }
        }
    }
}

/// Message ids written as literals in the UI code (`src/ui`): arguments of `.t(`, `.text(`,
/// `.signal(` and `.t_args(`, and values of props and fields whose name ends in `key`.
fn ids_used_in_code() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for path in support::files_under("src/ui", "rs") {
        let source = fs::read_to_string(&path).expect("source is readable");
        used.extend(literal_ids(&source));
    }
    used
}

fn literal_ids(source: &str) -> Vec<String> {
    // (opener, what must follow the literal): `.text("id")` but not the argument builder
    // `Args::text("name", value)`, whose literal is followed by a comma. Whitespace may
    // separate the parenthesis from the literal: rustfmt splits long calls over lines.
    const OPENERS: [(&str, Option<char>); 6] = [
        (".t(", Some(')')),
        (".signal(", Some(')')),
        (".text(", Some(')')),
        (".t_args(", Some(',')),
        ("key: ", None),
        ("key=", None),
    ];
    let mut found = Vec::new();
    for (opener, follower) in OPENERS {
        for (start, _) in source.match_indices(opener) {
            let Some(rest) = source[start + opener.len()..]
                .trim_start()
                .strip_prefix('"')
            else {
                continue;
            };
            let Some(end) = rest.find('"') else { continue };
            let next = rest[end + 1..].trim_start().chars().next();
            if follower.is_none() || next == follower {
                found.push(rest[..end].to_owned());
            }
        }
    }
    found
}

#[test]
fn every_message_id_the_code_uses_exists_in_english() {
    let english: BTreeSet<String> = files()
        .iter()
        .flat_map(|file| ids(Locale::En, file))
        .collect();
    let mut used = ids_used_in_code();
    for route in AppRoute::all() {
        used.insert(route.title_key().to_owned());
        used.insert(route.summary_key().to_owned());
    }
    assert!(
        used.len() > 20,
        "the scan found only {used:?}: is it still looking?"
    );
    let missing: Vec<_> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "used in code but not in en: {missing:?}"
    );
}

#[test]
fn the_scanner_finds_ids_in_each_form_the_code_uses() {
    let sample = r#"i18n.t("a-b") i18n.text("c") <X plan_key="d"/> Stage { title_key: "e" }
        i18n.t_args("f", &Args::new().text("not-an-id", x).int("nor-this", 1))
        i18n.t_args(
            "g-split-by-rustfmt",
            &args,
        )"#;
    let mut ids = literal_ids(sample);
    ids.sort();
    assert_eq!(ids, ["a-b", "c", "d", "e", "f", "g-split-by-rustfmt"]);
}
