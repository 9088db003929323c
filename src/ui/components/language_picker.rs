use leptos::prelude::*;

use crate::i18n::{use_i18n, Locale};
use crate::ui::router::use_navigation;

/// Chooses the UI language; the choice is remembered on this device, and the address moves
/// to the language's own page.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let navigation = use_navigation();
    let on_change = move |event: leptos::ev::Event| {
        if let Some(locale) = Locale::from_tag(&event_target_value(&event)) {
            i18n.select(locale, true);
            navigation.show_locale(locale);
        }
    };
    view! {
        <div class="language-picker">
            <label for="language-picker">
                <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.8">
                    <circle cx="12" cy="12" r="9" />
                    <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
                </svg>
                <span class="language-picker__word">{i18n.text("language-picker-label")}</span>
            </label>
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
