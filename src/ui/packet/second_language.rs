use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{fetch_messages, use_i18n, Locale, Messages};
use crate::site::Bundle;

/// The language printed beneath each label, so the hospital can read a packet printed in
/// the coordinator's language: Japanese unless the reader's language is Japanese, then
/// English; "none" prints one language. Its messages are fetched when chosen (and kept
/// offline by the service worker like the reader's own).
#[component]
pub fn SecondLanguagePicker(
    /// Set to the chosen language's messages once loaded; `None` for one language.
    second: RwSignal<Option<Arc<Messages>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    // `None` until the reader chooses: the default follows the reader's language.
    let chosen = RwSignal::new(None::<Option<Locale>>);
    let failed = RwSignal::new(false);
    let effective = Memo::new(move |_| {
        let reader = i18n.locale();
        let default = if reader == Locale::Ja {
            Locale::En
        } else {
            Locale::Ja
        };
        chosen
            .get()
            .unwrap_or(Some(default))
            .filter(|locale| *locale != reader)
    });
    Effect::new(move |_| {
        failed.set(false);
        let Some(locale) = effective.get() else {
            second.set(None);
            return;
        };
        spawn_local(async move {
            let result = fetch_messages(locale, [Bundle::Packet]).await;
            // Another language may have been chosen meanwhile.
            if effective.get_untracked() != Some(locale) {
                return;
            }
            match result {
                Ok(messages) => second.set(Some(Arc::new(messages))),
                Err(_) => {
                    second.set(None);
                    failed.set(true);
                }
            }
        });
    });
    let on_change = move |event: leptos::ev::Event| {
        let value = event_target_value(&event);
        chosen.set(Some(Locale::from_tag(&value)));
    };
    let options = move || {
        let reader = i18n.locale();
        let current = effective.get();
        Locale::ALL
            .into_iter()
            .filter(|locale| *locale != reader)
            .map(|locale| {
                view! {
                    <option value=locale.code() lang=locale.code() selected=current == Some(locale)>
                        {locale.native_name()}
                    </option>
                }
            })
            .collect_view()
    };
    view! {
        <div class="field second-language">
            <label for="second-language">{i18n.text("packet-second-language")}</label>
            <p class="field__hint" id="second-language-hint">{i18n.text("packet-second-language-help")}</p>
            <select id="second-language" aria-describedby="second-language-hint" on:change=on_change>
                <option value="" selected=move || effective.get().is_none()>
                    {i18n.text("packet-second-language-none")}
                </option>
                {options}
            </select>
            {move || failed.get().then(|| view! {
                <p class="notice notice--error" role="alert">{i18n.t("packet-second-language-failed")}</p>
            })}
        </div>
    }
}
