use leptos::prelude::*;

/// The passphrase of an encrypted file.
#[component]
pub fn PassphraseForm(
    /// The input's id.
    id: &'static str,
    /// Message id of the label ("This file is encrypted. Enter its passphrase.").
    label: &'static str,
    /// The last passphrase tried was wrong (or the file damaged): said above the field.
    #[prop(optional)]
    retry: bool,
    /// Called with the passphrase typed when the form is sent.
    on_unlock: Callback<String>,
) -> impl IntoView {
    let i18n = crate::i18n::use_i18n();
    let passphrase = RwSignal::new(String::new());
    view! {
        {retry.then(|| view! {
            <p class="notice notice--error" role="alert">{i18n.t("file-wrong-passphrase")}</p>
        })}
        <form class="panel" on:submit=move |event| {
            event.prevent_default();
            on_unlock.run(passphrase.get_untracked());
        }>
            <div class="field">
                <label for=id>{i18n.text(label)}</label>
                <input id=id type="password" autocomplete="off"
                    on:input=move |event| passphrase.set(event_target_value(&event)) />
            </div>
            <button type="submit" class="button">{i18n.text("file-unlock")}</button>
        </form>
    }
}
