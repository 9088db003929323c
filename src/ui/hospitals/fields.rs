//! Form fields of the schedule editor: each bound to one text of the open schedule, each with
//! the problems the data-file reader finds in it shown below, tied to it and announced.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::ui::field_text::follow_input;
use crate::ui::hospitals::binding::Binding;
use crate::ui::hospitals::state::use_hospitals;

/// The problems at `path` or inside it (`items[2].pricing` holds `items[2].pricing.price`),
/// each as the reader names it: `items[2].pricing.price: must be …`.
pub fn problems_at(path: &str) -> Memo<Vec<String>> {
    problems_where(path, true)
}

/// The problems at exactly `path` (not inside it).
pub fn problems_exactly_at(path: &str) -> Memo<Vec<String>> {
    problems_where(path, false)
}

fn problems_where(path: &str, inside_too: bool) -> Memo<Vec<String>> {
    let state = use_hospitals();
    let path = path.to_owned();
    let (as_object, as_list) = (format!("{path}."), format!("{path}["));
    Memo::new(move |_| {
        state.problems.with(|problems| {
            problems
                .iter()
                .filter(|problem| {
                    problem.field == path
                        || (inside_too
                            && (problem.field.starts_with(&as_object)
                                || problem.field.starts_with(&as_list)))
                })
                .map(|problem| format!("{}: {}", problem.field, problem.reason))
                .collect()
        })
    })
}

/// The problems of a field, under it; `id` is the element its `aria-describedby` names.
#[component]
pub fn FieldProblems(id: String, problems: Memo<Vec<String>>) -> impl IntoView {
    view! {
        <p class="field__message" id=id aria-live="polite">
            {move || problems.get().join(" · ")}
        </p>
    }
}

/// A labelled input for one text of the schedule. With `path`, the reader's problems in that
/// field are shown under it.
#[component]
pub fn EditText(
    /// The element id.
    id: String,
    /// Message id of the label.
    label: &'static str,
    /// The text it shows and changes.
    binding: Binding,
    /// The reader's path of the field, for its problems.
    #[prop(optional, into)]
    path: Option<String>,
    /// `text`, `date`, `url`.
    #[prop(default = "text")]
    kind: &'static str,
    /// `numeric` or `decimal` for numbers typed as text.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// The language of the text, when it is one locale's.
    #[prop(optional)]
    lang: Option<&'static str>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let problems = path.as_deref().map(problems_at);
    let problem_id = format!("{id}-problem");
    let described_by = problems.map(|_| problem_id.clone());
    let invalid = move || problems.is_some_and(|problems| problems.with(|p| !p.is_empty()));
    let read = binding.read.clone();
    let node = NodeRef::new();
    follow_input(node, move || {
        state
            .read(|draft| read(draft))
            .flatten()
            .unwrap_or_default()
    });
    let write = binding.write;
    let label_text = move || match lang {
        Some(code) => format!("{} ({})", i18n.t(label), language_name(code)),
        None => i18n.t(label),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label_text}</label>
            <input
                id=id
                type=kind
                lang=lang
                inputmode=inputmode
                autocomplete="off"
                node_ref=node
                aria-invalid=move || invalid().then_some("true")
                aria-describedby=described_by
                on:input=move |event| {
                    let text = event_target_value(&event);
                    state.edit(|draft| write(draft, text));
                }
            />
            {problems.map(|problems| view! { <FieldProblems id=problem_id problems /> })}
        </div>
    }
}

/// A text in several languages: English (required) in view, the others behind "Other
/// languages". Problems at `path` show under the English field.
#[component]
pub fn EditTexts(
    /// Prefix of the element ids (`name` gives `name-en`, `name-ja`…).
    id: String,
    /// Message id of the label.
    label: &'static str,
    /// The reader's path of the texts.
    path: String,
    /// The binding of one locale's text.
    binding: Arc<dyn Fn(&'static str) -> Binding + Send + Sync>,
) -> impl IntoView {
    let i18n = use_i18n();
    let others = Locale::ALL
        .into_iter()
        .filter(|locale| *locale != Locale::En)
        .map(|locale| {
            let code = locale.code();
            view! { <EditText id=format!("{id}-{code}") label binding=binding(code) lang=code /> }
        })
        .collect_view();
    view! {
        <EditText id=format!("{id}-en") label binding=binding("en") path lang="en" />
        <details class="field-languages">
            <summary>{move || format!("{} – {}", i18n.t(label), i18n.t("editor-other-languages"))}</summary>
            {others}
        </details>
    }
}

/// A language's own name for itself, as the language picker shows it.
fn language_name(code: &str) -> &'static str {
    Locale::ALL
        .into_iter()
        .find(|locale| locale.code() == code)
        .map_or("", |locale| locale.native_name())
}
