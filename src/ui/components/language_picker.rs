use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};

/// Chooses the UI language; the choice is remembered on this device.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(locale) = Locale::from_tag(&event_target_value(&event)) {
            i18n.select(locale, true);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language-picker">{i18n.text("language-picker-label")}</label>
            <select id="language-picker" on:change=on_change>
                {Locale::ALL
                    .into_iter()
                    .map(|locale| {
                        view! {
                            <option
                                value=locale.code()
                                lang=locale.code()
                                selected=move || i18n.locale() == locale
                            >
                                {locale.native_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
