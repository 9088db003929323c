use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::ui::hospitals::binding::Binding;
use crate::ui::hospitals::fields::{EditText, EditTexts};

/// What the schedule is: its file id, name, issuer, date and notice.
#[component]
pub fn AboutFields() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("editor-about")}</legend>
            <EditText id="id".to_owned() label="editor-id" path="id"
                binding=Binding::schedule(|d| &d.id, |d| &mut d.id) />
            <EditTexts id="name".to_owned() label="editor-name" path="name".to_owned()
                binding=Arc::new(|code| Binding::schedule_locale(|d| &d.name, |d| &mut d.name, code)) />
            <EditTexts id="issuer".to_owned() label="editor-issuer" path="issuer".to_owned()
                binding=Arc::new(|code| Binding::schedule_locale(|d| &d.issuer, |d| &mut d.issuer, code)) />
            <EditText id="as_of".to_owned() label="editor-as-of" path="as_of" kind="date"
                binding=Binding::schedule(|d| &d.as_of, |d| &mut d.as_of) />
            <EditTexts id="notice".to_owned() label="editor-notice" path="notice".to_owned()
                binding=Arc::new(|code| Binding::schedule_locale(|d| &d.notice, |d| &mut d.notice, code)) />
        </fieldset>
    }
}
