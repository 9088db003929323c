//! Every count shown in a sentence goes through the locale's plural rules ("1 days" was
//! shown), and counts are grouped the locale's way ("Enter at most 10000000" was shown).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use japan_care_planner::i18n::{Args, Locale, Messages, PluralRule};

/// Numbers placed without plural forms on purpose: a multiplier (`3 × ¥5,500`), minutes as
/// the invariant `min`, a range's bounds, a draft's number, a count whose noun is chosen by
/// another message (`guide-unit-*`) or by another count in the same message.
const NOT_NOUN_COUNTS: &[(&str, &str)] = &[
    ("breakdown-times", "count"),
    ("breakdown-blocks", "first-minutes"),
    ("breakdown-blocks", "extra-blocks"),
    ("breakdown-blocks", "additional-minutes"),
    ("breakdown-first-block", "first-minutes"),
    ("stay-plan-error", "sessions"),
    ("stay-plan-error", "per-week"),
    ("drafts-default-name", "number"),
    // "entry 2": a label, not a count of entries.
    ("choice-entry", "number"),
    ("schedules-default-name", "number"),
    ("editor-source-heading", "number"),
    ("editor-item-heading", "number"),
    ("guide-takes-between", "min"),
    ("guide-takes-between", "max"),
    ("guide-takes-at-most", "max"),
    ("guide-takes-at-least", "min"),
    ("guide-takes-about", "count"),
    ("checklist-progress", "ready"),
    ("number-too-large", "max"),
    // Always 2 or more: a stay that needs splitting is longer than one allowed stay.
    ("stay-option-split", "stays"),
    ("packet-stay-option-split", "stays"),
];

/// Names passed as counts somewhere in the app: `.int("name", …)`.
fn count_names() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for path in support::files_under("src", "rs") {
        let text = fs::read_to_string(&path).unwrap_or_default();
        for piece in text.split(".int(\"").skip(1) {
            if let Some(name) = piece.split('"').next() {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// Variables placed in `pattern` outside a select on themselves.
fn bare_references(pattern: &Pattern<String>, selected: &[String], out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            bare_in_expression(expression, selected, out);
        }
    }
}

fn bare_in_expression(
    expression: &Expression<String>,
    selected: &[String],
    out: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Inline(InlineExpression::VariableReference { id }) => {
            if !selected.contains(&id.name) {
                out.insert(id.name.clone());
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            bare_in_expression(expression, selected, out)
        }
        Expression::Inline(_) => {}
        Expression::Select { selector, variants } => {
            let mut inner = selected.to_vec();
            if let InlineExpression::VariableReference { id } = selector {
                inner.push(id.name.clone());
            }
            for variant in variants {
                bare_references(&variant.value, &inner, out);
            }
        }
    }
}

/// A locale whose plural rules distinguish counts (English, Russian, Arabic…).
fn has_plural_forms(locale: Locale) -> bool {
    let rule = PluralRule::for_language(locale.code());
    let categories: BTreeSet<&str> = (0..200).map(|n| rule.category(n).as_str()).collect();
    categories.len() > 1
}

#[test]
fn every_count_in_a_sentence_has_plural_forms() {
    let counts = count_names();
    assert!(
        counts.contains("days") && counts.contains("months"),
        "{counts:?}"
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/locales");
    let mut problems = Vec::new();
    let mut checked_locales = 0;
    for locale in Locale::ALL
        .into_iter()
        .filter(|&locale| has_plural_forms(locale))
    {
        checked_locales += 1;
        for entry in fs::read_dir(root.join(locale.code()))
            .expect("folder")
            .flatten()
        {
            let source = fs::read_to_string(entry.path()).expect("readable");
            let resource = fluent_syntax::parser::parse(source).expect("parses");
            for entry in resource.body {
                let Entry::Message(message) = entry else {
                    continue;
                };
                let Some(value) = &message.value else {
                    continue;
                };
                let mut bare = BTreeSet::new();
                bare_references(value, &[], &mut bare);
                for name in bare.intersection(&counts) {
                    let id = message.id.name.as_str();
                    if !NOT_NOUN_COUNTS.contains(&(id, name.as_str())) {
                        problems.push(format!("{}: {id}: ${name}", locale.code()));
                    }
                }
            }
        }
    }
    assert!(checked_locales >= 3, "en, ru and ar at least");
    assert!(
        problems.is_empty(),
        "counts without plural forms: {problems:#?}"
    );
}

#[test]
fn the_check_finds_a_count_without_plural_forms() {
    let resource = fluent_syntax::parser::parse(
        "bad = { $days } days\ngood = { $days ->\n    [one] 1 day\n   *[other] { $days } days\n}\n"
            .to_owned(),
    )
    .expect("parses");
    let found: Vec<bool> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => message.value.as_ref(),
            _ => None,
        })
        .map(|value| {
            let mut bare = BTreeSet::new();
            bare_references(value, &[], &mut bare);
            bare.contains("days")
        })
        .collect();
    assert_eq!(found, [true, false]);
}

/// Regression: "1 days" in English and an ungrouped "Enter at most 10000000".
#[test]
fn counts_are_pluralised_and_grouped_in_every_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/locales");
    for locale in Locale::ALL {
        let files: Vec<(String, String)> = ["app.ftl", "stay.ftl"]
            .iter()
            .map(|file| {
                let text = fs::read_to_string(root.join(locale.code()).join(file)).expect("file");
                ((*file).to_owned(), text)
            })
            .collect();
        let messages = Messages::parse(locale, &files).expect("parses");
        let text = |id: &str, args: &Args| messages.format(id, Some(args)).expect(id);
        let one = text("stay-over", &Args::new().int("days", 1));
        let many = text("stay-over", &Args::new().int("days", 5));
        if locale == Locale::En {
            assert_eq!(one, "Your stay is 1 day longer than allowed.");
            assert_eq!(many, "Your stay is 5 days longer than allowed.");
        }
        let large = text(
            "stay-days",
            &Args::new()
                .int("days", 1234)
                .text("arrival", "a")
                .text("departure", "d"),
        );
        assert!(!large.contains("1234"), "{}: {large}", locale.code());
    }
}

/// Arabic puts the dual in the noun: "from 1 to two days" (من 1 إلى يومين), never
/// "from 1 to 2 two-days" with the number said twice.
#[test]
fn a_range_ending_at_two_says_the_two_once_in_arabic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("public/locales/ar");
    let files = vec![(
        "guide.ftl".to_owned(),
        fs::read_to_string(root.join("guide.ftl")).expect("file"),
    )];
    let messages = Messages::parse(Locale::Ar, &files).expect("parses");
    let text = |id: &str, args: &Args| messages.format(id, Some(args)).expect(id);
    let unit = text("guide-unit-day", &Args::new().int("count", 2));
    let range = text(
        "guide-takes-between",
        &Args::new()
            .int("min", 1)
            .int("max", 2)
            .text("unit", unit.clone()),
    );
    assert!(range.contains(&unit), "{range}");
    assert!(!range.contains('2') && !range.contains('٢'), "{range}");
    let wider = text(
        "guide-takes-between",
        &Args::new()
            .int("min", 7)
            .int("max", 10)
            .text("unit", "أيام"),
    );
    assert!(wider.contains("10") || wider.contains("١٠"), "{wider}");
}
