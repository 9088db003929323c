use leptos::prelude::*;

use crate::domain::regions::{is_region_code, REGION_CODES};
use crate::i18n::{use_i18n, Args};
use crate::ui::components::{country_options, prepare_country_names, Slice};
use crate::ui::field_text::{follow_input, follow_textarea};

/// Whether the user has asked to export: from then on every field shows its problem, not only
/// the fields already visited.
#[derive(Clone, Copy)]
pub struct ShowAllProblems(pub RwSignal<bool>);

/// A labelled text input or text area whose problem (if any) is shown below it, tied to it
/// with `aria-describedby` and announced politely once the field has been left.
#[component]
pub fn FormField(
    /// Element id, also the field id used by the validation rules.
    id: &'static str,
    /// Message id of the visible label.
    label: &'static str,
    /// `text`, `email`, `tel`, `date`, `textarea`, or `country` (a nationality picker).
    #[prop(default = "text")]
    kind: &'static str,
    /// Marks the label as required (the rules themselves live in `domain::intake`).
    #[prop(optional)]
    required: bool,
    /// Message id of a hint shown under the label.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// The field's current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every change.
    on_input: Callback<String>,
    /// Message id of the field's current problem, if any.
    #[prop(into)]
    problem: Signal<Option<&'static str>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let show_all = use_context::<ShowAllProblems>().map(|show| show.0);
    let visited = RwSignal::new(false);
    let shown = move || {
        let asked = visited.get() || show_all.is_some_and(|show| show.get());
        problem.get().filter(|_| asked)
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let mut ids = Vec::new();
            if hint.is_some() {
                ids.push(hint_id.clone());
            }
            if shown().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let input = move |event| on_input.run(event_target_value(&event));
    let control = if kind == "country" {
        // Nationality: ISO 3166 codes named in the reader's language. Free text from an older
        // draft or packet stays, as its own choice, until the user picks a country.
        let options = move || {
            let current = value.get();
            let chosen = current.clone();
            let all_countries = move || country_options(i18n, REGION_CODES, Some(chosen.as_str()));
            let as_written = (!current.is_empty() && !is_region_code(&current)).then(|| {
                let label = i18n.t_args(
                    "intake-nationality-as-written",
                    &Args::new().text("text", current.clone()),
                );
                view! { <option value=current.clone() selected=true>{label}</option> }
            });
            view! {
                <option value="" selected=current.is_empty()>{i18n.t("intake-nationality-choose")}</option>
                {as_written}
                // Naming the countries is the page's longest piece of work.
                {prepare_country_names(i18n)}
                <Slice>{all_countries.clone()}</Slice>
            }
        };
        view! {
            <select
                id=id
                aria-invalid=move || shown().is_some().then_some("true")
                aria-describedby=described_by.clone()
                on:change=move |event| {
                    visited.set(true);
                    on_input.run(event_target_value(&event));
                }
                on:blur=move |_| visited.set(true)
            >
                {options}
            </select>
        }
        .into_any()
    } else if kind == "textarea" {
        let node = NodeRef::new();
        follow_textarea(node, move || value.get());
        view! {
            <textarea
                id=id
                rows="3"
                node_ref=node
                aria-invalid=move || shown().is_some().then_some("true")
                aria-describedby=described_by.clone()
                on:input=input
                on:blur=move |_| visited.set(true)
            ></textarea>
        }
        .into_any()
    } else {
        let node = NodeRef::new();
        follow_input(node, move || value.get());
        view! {
            // The attribute is the value the page starts with (all a prerendered page has: it
            // renders no properties); the property follows the state from then on.
            <input
                id=id
                type=kind
                value=value.get_untracked()
                node_ref=node
                autocomplete="off"
                aria-invalid=move || shown().is_some().then_some("true")
                aria-describedby=described_by
                on:input=input
                on:change=move |_| visited.set(true)
                on:blur=move |_| visited.set(true)
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id>
                {i18n.text(label)}
                {required.then(|| view! { " " <span class="field__required">{i18n.text("intake-required-mark")}</span> })}
            </label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{i18n.text(hint)}</p> })}
            {control}
            <p class="field__message" id=error_id aria-live="polite">
                {move || shown().map(|message| i18n.t(message))}
            </p>
        </div>
    }
}
