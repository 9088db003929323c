//! A passphrase chosen to seal a file: the field, its confirmation and the rule, shown before
//! anything is exported, the same in every form that seals (packet, packet with documents,
//! estimate file).

use leptos::prelude::*;

use crate::domain::passphrase::{chosen_passphrase, PassphraseProblem, MIN_PASSPHRASE_CHARS};
use crate::i18n::{use_i18n, Args, I18n};

/// What the two fields hold; `id` names the first field.
#[derive(Clone, Copy)]
pub struct NewPassphrase {
    id: &'static str,
    passphrase: RwSignal<String>,
    confirmation: RwSignal<String>,
}

impl NewPassphrase {
    pub fn new(id: &'static str) -> NewPassphrase {
        NewPassphrase {
            id,
            passphrase: RwSignal::new(String::new()),
            confirmation: RwSignal::new(String::new()),
        }
    }

    /// The passphrase to seal with (empty: no encryption); `None` once `status` says why the
    /// one typed is not used and the field has the focus.
    pub fn secret_or_say(&self, i18n: I18n, status: RwSignal<Option<String>>) -> Option<String> {
        let passphrase = self.passphrase.get_untracked();
        let confirmation = self.confirmation.get_untracked();
        match chosen_passphrase(&passphrase, &confirmation) {
            Ok(chosen) => Some(chosen.unwrap_or_default().to_owned()),
            Err(problem) => {
                status.set(Some(problem_text(i18n, problem)));
                crate::ui::focus::focus_by_id(self.id);
                None
            }
        }
    }
}

/// The reader's words for `problem`.
pub fn problem_text(i18n: I18n, problem: PassphraseProblem) -> String {
    match problem {
        PassphraseProblem::TooShort { min } => {
            i18n.t_args("passphrase-too-short", &Args::new().int("min", min as i64))
        }
        PassphraseProblem::Repetitive => i18n.t("passphrase-repetitive"),
        PassphraseProblem::Mismatch => i18n.t("passphrase-mismatch"),
    }
}

/// The passphrase, its rule and its confirmation; `label` and `hint` are the form's own
/// message ids.
#[component]
pub fn NewPassphraseFields(
    label: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
    fields: NewPassphrase,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = fields.id;
    let hint_id = format!("{id}-hint");
    let confirm_id = format!("{id}-again");
    // Said once both are typed, so it does not scold while the reader is still typing.
    let problem = move || {
        let confirmation = fields.confirmation.get();
        let passphrase = fields.passphrase.get();
        if confirmation.is_empty() {
            return None;
        }
        chosen_passphrase(&passphrase, &confirmation)
            .err()
            .map(|problem| problem_text(i18n, problem))
    };
    let rule = move || {
        i18n.t_args(
            "passphrase-rule",
            &Args::new().int("min", MIN_PASSPHRASE_CHARS as i64),
        )
    };
    view! {
        <div class="field">
            <label for=id>{i18n.text(label)}</label>
            <p class="field__hint" id=hint_id.clone()>
                {hint.map(|hint| view! { {i18n.text(hint)} " " })}
                {rule}
            </p>
            <input
                id=id
                type="password"
                autocomplete="new-password"
                aria-describedby=hint_id
                prop:value=fields.passphrase
                on:input=move |event| fields.passphrase.set(event_target_value(&event))
            />
        </div>
        <div class="field">
            <label for=confirm_id.clone()>{i18n.text("passphrase-confirm")}</label>
            <input
                id=confirm_id
                type="password"
                autocomplete="new-password"
                prop:value=fields.confirmation
                on:input=move |event| fields.confirmation.set(event_target_value(&event))
            />
            <p class="field__message" aria-live="polite">{problem}</p>
        </div>
    }
}
