//! Fluent messages of one locale, independent of Leptos and the browser.
//!
//! Files are parsed by the Fluent project's own parser (`fluent-syntax`); resolving is done
//! here for the subset of Fluent the app uses: text, `{ $variable }`, message and term
//! references, and select expressions on plural categories or strings. `fluent-bundle` would
//! resolve the full language but adds about 42 KB (brotli) to the first-load wasm, over a
//! quarter of the whole app's budget (measured; docs/decisions/fluent-bundle.md). [`Messages::unsupported`] lets
//! the completeness test reject any construct outside the subset.

use std::collections::HashMap;
use std::fmt::Write as _;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, Variant, VariantKey,
};
use fluent_syntax::parser;
use thiserror::Error;

use super::locale::Direction;
use super::plural::PluralRule;
use super::Locale;

/// Why a locale's messages could not be used.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum I18nError {
    #[error("{file}: could not be read ({reason})")]
    Fetch { file: String, reason: String },
    #[error("{file}: Fluent syntax error near byte {offset}: {reason}")]
    Syntax {
        file: String,
        offset: usize,
        reason: String,
    },
    #[error("{file}: message “{id}” is defined twice")]
    Duplicate { file: String, id: String },
}

/// A value passed into a message: a count (selects plural forms) or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Int(i64),
    Text(String),
}

/// Named values for `{ $name }` placeables.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Args(Vec<(&'static str, Arg)>);

impl Args {
    pub fn new() -> Args {
        Args::default()
    }

    pub fn int(mut self, name: &'static str, value: i64) -> Args {
        self.0.push((name, Arg::Int(value)));
        self
    }

    pub fn text(mut self, name: &'static str, value: impl Into<String>) -> Args {
        self.0.push((name, Arg::Text(value.into())));
        self
    }

    fn get(&self, name: &str) -> Option<&Arg> {
        self.0
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value)
    }
}

/// Message and term references nest at most this deep; deeper means a cycle in a
/// hand-edited file, which must not overflow the stack.
const MAX_DEPTH: u8 = 8;

/// Unicode bidi controls around a placeable's value (U+2068, U+2069).
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// The messages of one locale, ready to format.
pub struct Messages {
    locale: Locale,
    plural_rule: PluralRule,
    messages: HashMap<String, Pattern<String>>,
    terms: HashMap<String, Pattern<String>>,
}

impl Messages {
    /// A locale with no messages yet.
    pub fn empty(locale: Locale) -> Messages {
        Messages {
            locale,
            plural_rule: PluralRule::for_language(locale.code()),
            messages: HashMap::new(),
            terms: HashMap::new(),
        }
    }

    /// Parses one or more Fluent sources; `files` names each for error messages.
    pub fn parse<F: AsRef<str>>(
        locale: Locale,
        files: &[(F, String)],
    ) -> Result<Messages, I18nError> {
        let mut parsed = Messages::empty(locale);
        for (file, source) in files {
            parsed.add_file(file.as_ref(), source)?;
        }
        Ok(parsed)
    }

    /// Parses one more Fluent source into these messages; `file` names it for errors. An id
    /// already defined (in this file or an earlier one) is refused.
    pub fn add_file(&mut self, file: &str, source: &str) -> Result<(), I18nError> {
        let resource = parser::parse(source.to_owned()).map_err(|(_, errors)| {
            let first = errors.first();
            I18nError::Syntax {
                file: file.to_owned(),
                offset: first.map_or(0, |error| error.pos.start),
                reason: first.map_or_else(String::new, |error| error.kind.to_string()),
            }
        })?;
        for entry in resource.body {
            let (table, id, value) = match entry {
                Entry::Message(message) => (&mut self.messages, message.id.name, message.value),
                Entry::Term(term) => (&mut self.terms, term.id.name, Some(term.value)),
                _ => continue,
            };
            let Some(value) = value else { continue };
            if table.insert(id.clone(), value).is_some() {
                return Err(I18nError::Duplicate {
                    file: file.to_owned(),
                    id,
                });
            }
        }
        Ok(())
    }

    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The formatted message, or `None` when this locale lacks it.
    pub fn format(&self, id: &str, args: Option<&Args>) -> Option<String> {
        let pattern = self.messages.get(id)?;
        let empty = Args::new();
        let mut out = String::new();
        self.write_pattern(pattern, args.unwrap_or(&empty), &mut out, 0);
        Some(out)
    }

    /// Ids of messages that use Fluent features this resolver does not implement (functions,
    /// attributes, term arguments), or refer to messages or terms that do not exist.
    pub fn unsupported(&self) -> Vec<String> {
        let mut ids: Vec<String> = self
            .messages
            .iter()
            .chain(&self.terms)
            .filter(|(_, pattern)| !self.pattern_supported(pattern))
            .map(|(id, _)| id.clone())
            .collect();
        ids.sort();
        ids
    }

    fn write_pattern(&self, pattern: &Pattern<String>, args: &Args, out: &mut String, depth: u8) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push_str(value),
                PatternElement::Placeable { expression } => {
                    self.write_expression(expression, args, out, depth)
                }
            }
        }
    }

    fn write_expression(
        &self,
        expression: &Expression<String>,
        args: &Args,
        out: &mut String,
        depth: u8,
    ) {
        match expression {
            Expression::Inline(inline) => self.write_inline(inline, args, out, depth),
            Expression::Select { selector, variants } => {
                if let Some(variant) = self.choose_variant(selector, variants, args) {
                    self.write_pattern(&variant.value, args, out, depth);
                }
            }
        }
    }

    fn write_inline(
        &self,
        inline: &InlineExpression<String>,
        args: &Args,
        out: &mut String,
        depth: u8,
    ) {
        let referenced = match inline {
            InlineExpression::StringLiteral { value }
            | InlineExpression::NumberLiteral { value } => {
                out.push_str(value);
                return;
            }
            InlineExpression::VariableReference { id } => {
                // In right-to-left text a value (a Latin hospital name, a date, `¥1,100 to
                // ¥2,200`) is isolated, as Fluent does, so its own direction cannot reorder
                // the sentence around it. Left-to-right text needs no marks.
                let isolate = self.locale.direction() == Direction::Rtl;
                if isolate {
                    out.push(FIRST_STRONG_ISOLATE);
                }
                match args.get(&id.name) {
                    // Counts are grouped the locale's way: "10,000,000", "10 000 000".
                    Some(Arg::Int(value)) => {
                        out.push_str(&super::formats::integer_text(self.locale, *value))
                    }
                    Some(Arg::Text(value)) => out.push_str(value),
                    // Visible rather than silently empty, so a missing argument is noticed.
                    None => {
                        let _ = write!(out, "{{${}}}", id.name);
                    }
                }
                if isolate {
                    out.push(POP_DIRECTIONAL_ISOLATE);
                }
                return;
            }
            InlineExpression::Placeable { expression } => {
                self.write_expression(expression, args, out, depth);
                return;
            }
            InlineExpression::MessageReference { id, .. } => self.messages.get(&id.name),
            InlineExpression::TermReference { id, .. } => self.terms.get(&id.name),
            InlineExpression::FunctionReference { .. } => None,
        };
        match referenced {
            Some(pattern) if depth < MAX_DEPTH => self.write_pattern(pattern, args, out, depth + 1),
            _ => out.push('…'),
        }
    }

    /// The variant whose key matches the selector: an exact number, then the plural
    /// category of a count, then a string; otherwise the default (`*[…]`) variant.
    fn choose_variant<'v>(
        &self,
        selector: &InlineExpression<String>,
        variants: &'v [Variant<String>],
        args: &Args,
    ) -> Option<&'v Variant<String>> {
        let selected = match selector {
            InlineExpression::VariableReference { id } => args.get(&id.name).cloned(),
            InlineExpression::StringLiteral { value } => Some(Arg::Text(value.clone())),
            InlineExpression::NumberLiteral { value } => value.parse().ok().map(Arg::Int),
            _ => None,
        };
        let matches = |key: &VariantKey<String>| match (key, &selected) {
            (VariantKey::NumberLiteral { value }, Some(Arg::Int(count))) => {
                value.parse::<i64>().ok() == Some(*count)
            }
            (VariantKey::Identifier { name }, Some(Arg::Int(count))) => {
                name == self.plural_rule.category(*count).as_str()
            }
            (VariantKey::Identifier { name }, Some(Arg::Text(text))) => name == text,
            _ => false,
        };
        let exact = variants.iter().find(|variant| {
            matches!(variant.key, VariantKey::NumberLiteral { .. }) && matches(&variant.key)
        });
        exact
            .or_else(|| variants.iter().find(|variant| matches(&variant.key)))
            .or_else(|| variants.iter().find(|variant| variant.default))
    }

    fn pattern_supported(&self, pattern: &Pattern<String>) -> bool {
        pattern.elements.iter().all(|element| match element {
            PatternElement::TextElement { .. } => true,
            PatternElement::Placeable { expression } => self.expression_supported(expression),
        })
    }

    fn expression_supported(&self, expression: &Expression<String>) -> bool {
        match expression {
            Expression::Inline(inline) => self.inline_supported(inline),
            Expression::Select { selector, variants } => {
                matches!(selector, InlineExpression::VariableReference { .. })
                    && variants
                        .iter()
                        .all(|variant| self.pattern_supported(&variant.value))
            }
        }
    }

    fn inline_supported(&self, inline: &InlineExpression<String>) -> bool {
        match inline {
            InlineExpression::StringLiteral { .. }
            | InlineExpression::NumberLiteral { .. }
            | InlineExpression::VariableReference { .. } => true,
            InlineExpression::Placeable { expression } => self.expression_supported(expression),
            InlineExpression::MessageReference { id, attribute } => {
                attribute.is_none() && self.messages.contains_key(&id.name)
            }
            InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => attribute.is_none() && arguments.is_none() && self.terms.contains_key(&id.name),
            InlineExpression::FunctionReference { .. } => false,
        }
    }
}

/// The message ids a Fluent source defines, in order (terms and comments excluded). Used by
/// the completeness test that compares every locale with English.
pub fn message_ids(source: &str) -> Result<Vec<String>, String> {
    let resource = parser::parse(source).map_err(|(_, errors)| format!("{errors:?}"))?;
    Ok(resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(locale: Locale, source: &str) -> Messages {
        Messages::parse(locale, &[("test.ftl", source.to_owned())]).expect("test source parses")
    }

    #[test]
    fn right_to_left_text_isolates_each_value() {
        let source = "stay = آخر يوم: { $date }\n";
        let args = Args::new().text("date", "2026-12-01");
        assert_eq!(
            parse(Locale::Ar, source)
                .format("stay", Some(&args))
                .as_deref(),
            Some("آخر يوم: \u{2068}2026-12-01\u{2069}")
        );
        assert_eq!(
            parse(Locale::En, source)
                .format("stay", Some(&args))
                .as_deref(),
            Some("آخر يوم: 2026-12-01")
        );
    }

    #[test]
    fn formats_text_variables_and_references() {
        let messages = parse(
            Locale::En,
            "-brand = Care Planner\nhello = Hello, { $name }!\nabout = About { -brand }: { hello }\n",
        );
        let args = Args::new().text("name", "Aiko");
        assert_eq!(
            messages.format("hello", Some(&args)).as_deref(),
            Some("Hello, Aiko!")
        );
        assert_eq!(
            messages.format("about", Some(&args)).as_deref(),
            Some("About Care Planner: Hello, Aiko!")
        );
        assert_eq!(
            messages.format("hello", None).as_deref(),
            Some("Hello, {$name}!")
        );
        assert_eq!(messages.format("missing", None), None);
    }

    #[test]
    fn selects_plural_forms_by_locale_rules_with_exact_numbers_first() {
        let source = "days = { $n ->\n    [0] no days\n    [one] { $n } day\n    [few] { $n } days (few)\n    [many] { $n } days (many)\n   *[other] { $n } days\n}\n";
        let english = parse(Locale::En, source);
        let mut russian = parse(Locale::En, source);
        russian.plural_rule = PluralRule::for_language("ru");
        let japanese = parse(Locale::Ja, source);
        let format = |messages: &Messages, n| {
            messages
                .format("days", Some(&Args::new().int("n", n)))
                .unwrap_or_default()
        };
        assert_eq!(format(&english, 0), "no days");
        assert_eq!(format(&english, 1), "1 day");
        assert_eq!(format(&english, 21), "21 days");
        assert_eq!(format(&russian, 21), "21 day");
        assert_eq!(format(&russian, 3), "3 days (few)");
        assert_eq!(format(&russian, 11), "11 days (many)");
        assert_eq!(format(&japanese, 1), "1 days");
    }

    #[test]
    fn selects_on_strings_and_falls_back_to_the_default() {
        let messages = parse(
            Locale::Ja,
            "route = { $kind ->\n    [visa] ビザ\n   *[other] その他\n}\n",
        );
        let with = |kind: &str| {
            messages
                .format("route", Some(&Args::new().text("kind", kind)))
                .unwrap_or_default()
        };
        assert_eq!(with("visa"), "ビザ");
        assert_eq!(with("exempt"), "その他");
    }

    #[test]
    fn reference_cycles_stop_instead_of_overflowing() {
        let messages = parse(Locale::En, "a = x{ b }\nb = y{ a }\n");
        let text = messages.format("a", None).unwrap_or_default();
        assert!(text.starts_with("xyxy") && text.ends_with('…'), "{text}");
    }

    #[test]
    fn unsupported_constructs_are_listed() {
        let messages = parse(
            Locale::En,
            "ok = fine { $x }\nfn = { NUMBER($x) }\nattr = { ok.title }\ndangling = { nowhere }\n",
        );
        assert_eq!(messages.unsupported(), ["attr", "dangling", "fn"]);
    }

    #[test]
    fn syntax_errors_name_the_file_and_duplicates_are_reported() {
        let broken = Messages::parse(
            Locale::En,
            &[("bad.ftl", "good = fine\nbroken = { \n".into())],
        );
        assert!(matches!(broken, Err(I18nError::Syntax { ref file, .. }) if file == "bad.ftl"));
        let files = [
            ("a.ftl", "same = one\n".to_owned()),
            ("b.ftl", "same = two\n".to_owned()),
        ];
        assert_eq!(
            Messages::parse(Locale::Ja, &files).err(),
            Some(I18nError::Duplicate {
                file: "b.ftl".into(),
                id: "same".into()
            })
        );
    }

    #[test]
    fn lists_message_ids_without_terms() {
        let ids = message_ids("-brand = X\none = 1\ntwo = 2\n    .title = t\n").unwrap();
        assert_eq!(ids, ["one", "two"]);
    }
}
