use leptos::prelude::*;
use serde_json::Value;

use crate::domain::drafts::{both, Choice};
use crate::i18n::{use_i18n, Args, I18n};
use crate::ui::intake::state::use_intake;

/// The fields two tabs changed differently, each with every value it was given side by side:
/// the one in the form is marked, any other can be put in the form, texts and lists can keep
/// both, and nothing goes until the user says they are done with it.
#[component]
pub fn ChoicePanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    move || {
        let choices = state.choices.get();
        (!choices.is_empty()).then(|| {
            view! {
                <section class="panel notice choice-panel" aria-labelledby="choice-heading">
                    <h2 id="choice-heading">{i18n.text("choice-heading")}</h2>
                    <p role="status">{i18n.text("choice-help")}</p>
                    <ul class="choice-panel__list">
                        {choices.into_iter().map(|choice| view! { <ChoiceEntry choice /> }).collect_view()}
                    </ul>
                </section>
            }
        })
    }
}

/// One field and its values.
#[component]
fn ChoiceEntry(choice: Choice) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_intake();
    let pointer = StoredValue::new(choice.pointer.clone());
    let in_form = Memo::new(move |_| state.value_at(&pointer.get_value()));
    let separator = if is_multiline(&choice.pointer) {
        "\n"
    } else {
        " / "
    };
    let joined = match choice.values.as_slice() {
        [one, other] => both(one, other, separator),
        _ => None,
    };
    let label = field_label(i18n, &choice.pointer);
    let values = choice
        .values
        .into_iter()
        .map(|value| {
            let shown = shown_value(i18n, &value);
            let current = {
                let value = value.clone();
                move || in_form.get().as_ref() == Some(&value)
            };
            let current_mark = current.clone();
            view! {
                <li class="choice-panel__value">
                    <span class="choice-panel__text">{shown}</span>
                    {move || if current_mark() {
                        view! { <strong class="choice-panel__mark">{i18n.text("choice-in-form")}</strong> }.into_any()
                    } else {
                        let value = value.clone();
                        view! {
                            <button type="button" class="button button--quiet"
                                on:click=move |_| state.choose(&pointer.get_value(), value.clone())>
                                {i18n.text("choice-use")}
                            </button>
                        }.into_any()
                    }}
                </li>
            }
        })
        .collect_view();
    view! {
        <li class="choice-panel__entry">
            <h3>{label}</h3>
            <ul class="choice-panel__values">{values}</ul>
            <div class="button-row">
                {joined.map(|joined| view! {
                    <button type="button" class="button button--quiet"
                        on:click=move |_| state.choose(&pointer.get_value(), joined.clone())>
                        {i18n.text("choice-keep-both")}
                    </button>
                })}
                <button type="button" class="button" on:click=move |_| state.dismiss(&pointer.get_value())>
                    {i18n.text("choice-dismiss")}
                </button>
            </div>
        </li>
    }
}

/// Fields written as paragraphs: both values are kept on lines of their own.
fn is_multiline(pointer: &str) -> bool {
    [
        "/intake/current_condition",
        "/intake/images",
        "/intake/reports",
        "/intake/questions",
    ]
    .contains(&pointer)
        || pointer.ends_with("/details")
}

/// A value as the reader sees it: text as typed, a list as its entries' texts.
fn shown_value(i18n: I18n, value: &Value) -> String {
    let text = match value {
        Value::String(text) => text.clone(),
        Value::Array(entries) => entries
            .iter()
            .map(|entry| match entry {
                Value::Object(fields) => fields
                    .values()
                    .filter_map(Value::as_str)
                    .filter(|text| !text.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · "),
                other => other.to_string(),
            })
            .collect::<Vec<_>>()
            .join("; "),
        other => other.to_string(),
    };
    if text.trim().is_empty() {
        i18n.t("choice-empty")
    } else {
        text
    }
}

/// The message id of the label of the field at `pointer` and, in a list, the entry's number:
/// `/intake/patient/date_of_birth` is `intake-patient-date-of-birth`,
/// `/intake/history/1/details` is entry 2 of `intake-history-heading`.
fn field_label_parts(pointer: &str) -> (String, Option<(String, usize)>) {
    let parts: Vec<&str> = pointer.trim_start_matches('/').split('/').collect();
    let id = |text: &str| text.replace('_', "-");
    match parts.as_slice() {
        ["name"] => ("drafts-name-label".into(), None),
        ["intake", "companions"] => ("intake-companions-heading".into(), None),
        ["intake", "history"] => ("intake-history-heading".into(), None),
        ["intake", "companions", index, field] => (
            format!("intake-companion-{}", id(field)),
            Some(("intake-companions-heading".into(), entry_number(index))),
        ),
        ["intake", "history", index, field] => (
            format!("intake-history-{}", id(field)),
            Some(("intake-history-heading".into(), entry_number(index))),
        ),
        ["intake", "patient", field] => (format!("intake-patient-{}", id(field)), None),
        ["intake", field] => (format!("intake-{}", id(field)), None),
        _ => (pointer.to_owned(), None),
    }
}

fn entry_number(index: &str) -> usize {
    index.parse::<usize>().map_or(0, |index| index + 1)
}

fn field_label(i18n: I18n, pointer: &str) -> String {
    match field_label_parts(pointer) {
        (field, None) => i18n.t(&field),
        (field, Some((list, number))) => i18n.t_args(
            "choice-entry",
            &Args::new()
                .text("list", i18n.t(&list))
                .int("number", number as i64)
                .text("field", i18n.t(&field)),
        ),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::field_label_parts;
    use crate::domain::drafts::DraftContent;
    use crate::domain::intake::{Companion, HistoryEntry};

    /// Every pointer a clash can name: each field, and each list as a whole.
    fn pointers(value: &Value, at: String, found: &mut Vec<String>) {
        match value {
            Value::Object(fields) => {
                for (key, value) in fields {
                    pointers(value, format!("{at}/{key}"), found);
                }
            }
            Value::Array(entries) => {
                found.push(at.clone());
                for (index, entry) in entries.iter().enumerate() {
                    pointers(entry, format!("{at}/{index}"), found);
                }
            }
            _ => found.push(at),
        }
    }

    #[test]
    fn every_field_a_clash_can_name_has_a_label() {
        let mut content = DraftContent::default();
        content.intake.companions.push(Companion::default());
        content.intake.history.push(HistoryEntry::default());
        let mut found = Vec::new();
        pointers(
            &serde_json::to_value(&content).unwrap(),
            String::new(),
            &mut found,
        );
        assert!(found.len() > 20, "{found:?}");
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/public/locales/en");
        let messages: String = ["app.ftl", "intake.ftl"]
            .iter()
            .map(|file| std::fs::read_to_string(format!("{folder}/{file}")).unwrap())
            .collect();
        let defined = |id: &str| {
            messages
                .lines()
                .any(|line| line.starts_with(&format!("{id} =")))
        };
        for pointer in found {
            let (field, list) = field_label_parts(&pointer);
            assert!(defined(&field), "{pointer}: no message {field}");
            if let Some((list, number)) = list {
                assert!(defined(&list) && number == 1, "{pointer}");
            }
        }
    }
}
