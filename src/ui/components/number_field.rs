use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::domain::quantity::{parse_number, NumberError, NumberRules};
use crate::i18n::{use_i18n, Args, I18n};

/// A labelled number input. Acceptable text is reported through `on_value`; anything else
/// shows a message (announced to screen readers) and reports nothing, so the last good value
/// stays in use.
#[component]
pub fn NumberField(
    /// Element id, unique on the page; the message element is `{id}-message`.
    #[prop(into)]
    id: String,
    /// The label text (reactive: it follows the language).
    label: Signal<String>,
    /// Text the field starts with.
    #[prop(into)]
    initial: String,
    /// What the field accepts.
    rules: NumberRules,
    /// Whether an empty field is acceptable (reported as `None`).
    #[prop(optional)]
    optional: bool,
    /// Receives each acceptable value.
    on_value: Callback<Option<Decimal>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<NumberError>);
    let message_id = format!("{id}-message");
    let inputmode = if rules.decimals > 0 {
        "decimal"
    } else {
        "numeric"
    };
    let on_input = move |event: leptos::ev::Event| {
        let text = event_target_value(&event);
        match parse_number(&text, rules) {
            Ok(value) => {
                error.set(None);
                on_value.run(Some(value));
            }
            Err(NumberError::Empty) if optional => {
                error.set(None);
                on_value.run(None);
            }
            Err(problem) => error.set(Some(problem)),
        }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode=inputmode
                autocomplete="off"
                value=initial
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=message_id.clone()
                on:input=on_input
            />
            <p id=message_id class="field__message" aria-live="polite">
                {move || error.get().map(|problem| number_error_text(i18n, &problem))}
            </p>
        </div>
    }
}

/// The reader-facing explanation of a [`NumberError`].
pub fn number_error_text(i18n: I18n, error: &NumberError) -> String {
    match error {
        NumberError::Empty => i18n.t("number-empty"),
        NumberError::NotANumber => i18n.t("number-not-a-number"),
        NumberError::Negative => i18n.t("number-negative"),
        NumberError::Zero => i18n.t("number-zero"),
        NumberError::TooLarge(max) => i18n.t_args(
            "number-too-large",
            &Args::new().text("max", i18n.number(*max)),
        ),
        NumberError::TooPrecise(decimals) => i18n.t_args(
            "number-too-precise",
            &Args::new().int("decimals", i64::from(*decimals)),
        ),
    }
}
