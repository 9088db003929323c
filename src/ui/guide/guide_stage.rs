use leptos::prelude::*;

use crate::domain::guide::Stage;
use crate::domain::source::Source;
use crate::i18n::use_i18n;
use crate::ui::components::SourceCitation;
use crate::ui::format::takes_text;
use crate::ui::guide::ToolLinks;

/// One stage of the journey: what to do, how long it usually takes (with its source), what
/// it costs, what to check, and the tools that help.
#[component]
pub fn GuideStage(
    /// The stage.
    stage: Stage,
    /// The source of the stage's duration, when it has one.
    takes_source: Option<Source>,
) -> impl IntoView {
    let i18n = use_i18n();
    let id = stage.id.clone();
    let message = move |suffix: &str| {
        let key = if suffix.is_empty() {
            format!("guide-stage-{id}")
        } else {
            format!("guide-stage-{id}-{suffix}")
        };
        move || i18n.t(&key)
    };
    let steps = (1..=stage.steps)
        .map(|step| view! { <li>{message(&format!("step-{step}"))}</li> })
        .collect_view();
    let takes = stage.takes().map(|takes| {
        let label = message("takes");
        let source = takes_source.map(|source| view! { <SourceCitation source /> });
        view! {
            <h3>{i18n.text("guide-how-long")}</h3>
            <p>
                {label} " " <strong>{move || takes_text(i18n, &takes)}</strong>
                <span class="muted guide-stage__source">" (" {source} ")"</span>
            </p>
        }
    });
    view! {
        <li class="guide-stage" id=format!("stage-{}", stage.id)>
            <h2 class="guide-stage__title">{message("")}</h2>
            <p>{message("summary")}</p>
            <h3>{i18n.text("guide-what-to-do")}</h3>
            <ol class="guide-stage__steps">{steps}</ol>
            {takes}
            <h3>{i18n.text("guide-what-it-costs")}</h3>
            <p>{message("cost")}</p>
            <h3>{i18n.text("guide-what-to-check")}</h3>
            <p>{message("check")}</p>
            <ToolLinks links=stage.links />
        </li>
    }
}
