use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{use_i18n, Locale};
use crate::ui::estimator::embed::readable_accent;
use crate::ui::hospitals::listed_schedules::ListedSchedules;
use crate::ui::hospitals::state::use_hospitals;
use crate::web::copy_to_clipboard;

/// How the schedule reaches the hospital's page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Way {
    /// A JSON file on the hospital's own site (`data-schedule-src`).
    File,
    /// The JSON in the page, beside the snippet.
    Inline,
    /// A schedule listed on the planner's host (`data-schedule`).
    Listed,
}

/// What the snippet is made of.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SnippetChoice {
    pub planner: String,
    pub lang: String,
    pub accent: String,
    pub way: SnippetWay,
}

/// The way, with what it needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnippetWay {
    File { path: String },
    Inline { json: String },
    Listed { id: String },
}

/// The code to paste. Attribute values are escaped; inline JSON cannot end its script element
/// (`</` is written `<\/`, which JSON reads the same).
pub fn snippet(choice: &SnippetChoice) -> String {
    let attribute = |text: &str| {
        text.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let mut script = format!(
        "<script src=\"{}/embed.js\"",
        attribute(choice.planner.trim_end_matches('/'))
    );
    let mut before = String::new();
    match &choice.way {
        SnippetWay::File { path } => {
            script += &format!(" data-schedule-src=\"{}\"", attribute(path));
        }
        SnippetWay::Inline { json } => {
            before = format!(
                "<script type=\"application/json\" data-japan-care-planner-schedule>\n{}</script>\n",
                // Every `<` as `\u003c` (a JSON escape, so the text reads the same): neither
                // `</script>` nor `<!--` can then end or swallow the element.
                json.replace('<', "\\u003c")
            );
        }
        SnippetWay::Listed { id } => {
            script += &format!(" data-schedule=\"{}\"", attribute(id));
        }
    }
    script += &format!(" data-lang=\"{}\"", attribute(&choice.lang));
    if let Some(accent) = readable_accent(&choice.accent) {
        script += &format!(" data-accent=\"{}\"", accent.trim_start_matches('#'));
    }
    format!("{before}{script} async></script>\n")
}

/// Choosing the language, the accent colour and the way, and copying the code.
#[component]
pub fn SnippetPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    let lang = RwSignal::new(i18n.locale().code().to_owned());
    let accent = RwSignal::new("#0b5c6b".to_owned());
    let way = RwSignal::new(Way::File);
    let path = RwSignal::new(String::new());
    let listed = RwSignal::new(String::new());
    let copied = RwSignal::new(None::<bool>);
    let default_path = move || {
        format!(
            "/fees/{}",
            state.read(|d| d.file_name()).unwrap_or_default()
        )
    };
    let code = Memo::new(move |_| {
        let planner = crate::web::window()
            .and_then(|window| window.location().origin().ok())
            .unwrap_or_default();
        let way = match way.get() {
            Way::File => SnippetWay::File {
                path: Some(path.get())
                    .filter(|p| !p.trim().is_empty())
                    .unwrap_or_else(default_path),
            },
            Way::Inline => SnippetWay::Inline {
                json: state.read(|draft| draft.to_file_text()).unwrap_or_default(),
            },
            Way::Listed => SnippetWay::Listed { id: listed.get() },
        };
        snippet(&SnippetChoice {
            planner,
            lang: lang.get(),
            accent: accent.get(),
            way,
        })
    });
    let languages = Locale::ALL
        .into_iter()
        .map(|locale| {
            let code = locale.code();
            view! { <option value=code selected=move || lang.get() == code>{locale.native_name()}</option> }
        })
        .collect_view();
    let way_choice = move |value: Way, label: &'static str| {
        view! {
            <label class="choice">
                <input type="radio" name="snippet-way" checked=move || way.get() == value
                    on:change=move |_| way.set(value) />
                {i18n.text(label)}
            </label>
        }
    };
    let copy = move |_| {
        let text = code.get_untracked();
        spawn_local(async move { copied.set(Some(copy_to_clipboard(&text).await)) });
    };
    view! {
        <section class="panel" aria-labelledby="snippet-heading">
            <h2 id="snippet-heading">{i18n.text("snippet-heading")}</h2>
            <div class="field-grid">
                <div class="field">
                    <label for="snippet-lang">{i18n.text("snippet-lang")}</label>
                    <select id="snippet-lang" on:change=move |event| lang.set(event_target_value(&event))>{languages}</select>
                </div>
                <div class="field">
                    <label for="snippet-accent">{i18n.text("snippet-accent")}</label>
                    <input id="snippet-accent" type="color" prop:value=accent
                        aria-describedby="snippet-accent-note"
                        on:input=move |event| accent.set(event_target_value(&event)) />
                    <p id="snippet-accent-note" class="field__message" aria-live="polite">
                        {move || readable_accent(&accent.get()).is_none().then(|| i18n.t("snippet-accent-unreadable"))}
                    </p>
                </div>
            </div>
            <fieldset class="choice-group">
                <legend>{i18n.text("snippet-way")}</legend>
                {way_choice(Way::File, "snippet-way-file")}
                {way_choice(Way::Inline, "snippet-way-inline")}
                {way_choice(Way::Listed, "snippet-way-listed")}
            </fieldset>
            <div class="field" hidden=move || way.get() != Way::File>
                <label for="snippet-path">{i18n.text("snippet-file-path")}</label>
                <input id="snippet-path" type="text" prop:value=move || Some(path.get()).filter(|p| !p.is_empty()).unwrap_or_else(default_path)
                    aria-describedby="snippet-path-help"
                    on:input=move |event| path.set(event_target_value(&event)) />
                <p id="snippet-path-help" class="field__hint">{i18n.text("snippet-file-help")}</p>
            </div>
            <div hidden=move || way.get() != Way::Listed>
                <ListedSchedules id="snippet-listed" label="snippet-listed-id" chosen=listed />
            </div>
            <div class="field">
                <label for="snippet-code">{i18n.text("snippet-code")}</label>
                <textarea id="snippet-code" class="snippet-code" rows="6" readonly prop:value=move || code.get()></textarea>
            </div>
            <button type="button" class="button" on:click=copy>{i18n.text("snippet-copy")}</button>
            <p role="status">
                {move || copied.get().map(|ok| i18n.t(if ok { "snippet-copied" } else { "snippet-copy-failed" }))}
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(way: SnippetWay) -> SnippetChoice {
        SnippetChoice {
            planner: "https://planner.example/".into(),
            lang: "ja".into(),
            accent: "#1a4d8f".into(),
            way,
        }
    }

    #[test]
    fn snippets_name_the_schedule_the_chosen_way() {
        let file = snippet(&choice(SnippetWay::File {
            path: "/fees/ours.json".into(),
        }));
        assert_eq!(
            file,
            "<script src=\"https://planner.example/embed.js\" data-schedule-src=\"/fees/ours.json\" data-lang=\"ja\" data-accent=\"1a4d8f\" async></script>\n"
        );
        let listed = snippet(&choice(SnippetWay::Listed {
            id: "example-heavy-ion".into(),
        }));
        assert!(listed.contains(" data-schedule=\"example-heavy-ion\""));
        let mut light = choice(SnippetWay::Listed { id: "x".into() });
        light.accent = "#ffff00".into();
        assert!(
            !snippet(&light).contains("data-accent"),
            "unreadable accents are left out"
        );
    }

    #[test]
    fn inline_json_cannot_close_its_script_and_attributes_are_escaped() {
        let inline = snippet(&choice(SnippetWay::Inline {
            json: "{\"name\": {\"en\": \"</script><script>alert(1)</script>\"}}".into(),
        }));
        assert_eq!(inline.matches("</script>").count(), 2, "{inline}");
        assert!(inline.contains("\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"));
        let quoted = snippet(&choice(SnippetWay::File {
            path: "\"><script>".into(),
        }));
        assert!(quoted.contains("data-schedule-src=\"&quot;&gt;&lt;script&gt;\""));
    }

    /// `<!--` followed by `<script` puts the parser in "script data double escaped": the
    /// element's own `</script>` would then not close it, and the hospital's page after it
    /// would be swallowed (F19 of the security review).
    #[test]
    fn inline_json_cannot_open_a_comment_and_still_reads_as_the_same_json() {
        let json = "{\"name\": {\"en\": \"<!--<script> A & B\"}}";
        let inline = snippet(&choice(SnippetWay::Inline { json: json.into() }));
        assert!(!inline.contains("<!--"), "{inline}");
        let element = inline
            .split_once('>')
            .and_then(|(_, rest)| rest.split_once("</script>"))
            .map(|(body, _)| body)
            .expect("the JSON element");
        let read: serde_json::Value = serde_json::from_str(element).expect("still JSON");
        assert_eq!(read["name"]["en"], "<!--<script> A & B");
    }
}
