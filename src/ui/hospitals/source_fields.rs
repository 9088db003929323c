use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::schedule_draft::SourceDraft;
use crate::i18n::{use_i18n, Args};
use crate::ui::hospitals::binding::Binding;
use crate::ui::hospitals::fields::{EditText, EditTexts};
use crate::ui::hospitals::state::use_hospitals;

/// The public pages the fees are published on: added, edited, removed.
#[component]
pub fn SourceFields() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    // Rebuilt when a source is added or removed, not on every keystroke.
    let count = Memo::new(move |_| state.read(|draft| draft.sources.len()).unwrap_or(0));
    let rows = move || {
        (0..count.get())
            .map(|index| {
                let path = |field: &str| format!("sources[{index}].{field}");
                let id = |field: &str| format!("sources-{index}-{field}");
                let heading = i18n.t_args("editor-source-heading", &Args::new().int("number", index as i64 + 1));
                view! {
                    <li class="repeat__entry">
                        <h3>{heading}</h3>
                        <EditText id=id("id") label="editor-source-id" path=path("id")
                            binding=Binding::source(index, |s| &s.id, |s| &mut s.id) />
                        <EditTexts id=id("title") label="editor-source-title" path=path("title")
                            binding=Arc::new(move |code| Binding::source_locale(index, |s| &s.title, |s| &mut s.title, code)) />
                        <EditText id=id("url") label="editor-source-url" path=path("url") kind="url"
                            binding=Binding::source(index, |s| &s.url, |s| &mut s.url) />
                        <div class="field-grid">
                            <EditText id=id("as_of") label="editor-source-as-of" path=path("as_of") kind="date"
                                binding=Binding::source(index, |s| &s.as_of, |s| &mut s.as_of) />
                            <EditText id=id("checked") label="editor-source-checked" path=path("checked") kind="date"
                                binding=Binding::source(index, |s| &s.checked, |s| &mut s.checked) />
                        </div>
                        <button type="button" class="button button--quiet" on:click=move |_| {
                            state.edit(|draft| {
                                if index < draft.sources.len() {
                                    draft.sources.remove(index);
                                }
                            })
                        }>
                            {i18n.text("editor-source-remove")}
                        </button>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="panel">
            <legend>{i18n.text("editor-sources")}</legend>
            <p class="field__hint">{i18n.text("editor-sources-help")}</p>
            <ol class="repeat">{rows}</ol>
            <button type="button" class="button button--quiet" on:click=move |_| {
                state.edit(|draft| draft.sources.push(SourceDraft::default()))
            }>
                {i18n.text("editor-source-add")}
            </button>
        </fieldset>
    }
}
