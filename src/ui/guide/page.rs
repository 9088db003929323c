use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::guide::Guide;
use crate::i18n::{use_i18n, Args};
use crate::site::AppRoute;
use crate::ui::components::{PageHeading, PrintButton, SourceList};
use crate::ui::format::data_error_text;
use crate::ui::guide::{GuideQuestion, GuideStage};
use crate::ui::remote::{load_data, Remote};

/// `/guide`: the seven stages of the journey and the questions patients ask, each with its
/// sources. `/guide#stage-<id>` opens at a stage (the home page's overview links there).
#[component]
pub fn GuidePage() -> impl IntoView {
    let i18n = use_i18n();
    let guide: RwSignal<Remote<Arc<Guide>>> = RwSignal::new(Remote::Loading);
    spawn_local(async move {
        guide.set(load_data("guide.json", Guide::parse).await.into());
    });
    let body = move || match guide.get() {
        Remote::Loading => view! { <p role="status">{i18n.text("guide-loading")}</p> }.into_any(),
        Remote::Failed(error) => {
            let text = data_error_text(i18n, &error);
            view! { <p class="notice notice--error" role="alert">{text}</p> }.into_any()
        }
        Remote::Ready(guide) => {
            crate::web::before_next_paint(scroll_to_fragment);
            render_guide(i18n, &guide)
        }
    };
    view! {
        <PageHeading key=AppRoute::Guide.title_key() />
        <p class="lead">{i18n.text("guide-intro")}</p>
        {body}
    }
}

fn render_guide(i18n: crate::i18n::I18n, guide: &Guide) -> AnyView {
    let as_of = guide.as_of;
    let stages = guide
        .stages
        .iter()
        .map(|stage| {
            let takes_source = stage
                .takes()
                .and_then(|takes| guide.source(&takes.source).cloned());
            view! { <GuideStage stage=stage.clone() takes_source=takes_source /> }
        })
        .collect_view();
    let questions = guide
        .faq
        .iter()
        .map(|question| view! { <GuideQuestion question=question.clone() /> })
        .collect_view();
    view! {
        <p class="muted">
            {move || i18n.t_args("guide-as-of", &Args::new().text("date", i18n.date(as_of)))}
        </p>
        <PrintButton label="guide-print" />
        <ol class="guide-stages">{stages}</ol>
        <section class="guide-faq" aria-labelledby="guide-faq-heading">
            <h2 id="guide-faq-heading">{i18n.text("guide-faq-heading")}</h2>
            {questions}
        </section>
        <SourceList sources=guide.sources.clone() />
    }
    .into_any()
}

/// Brings `#stage-…` or `#faq-…` into view once the guide is on screen: the browser's own
/// jump happened before the content existed.
fn scroll_to_fragment() {
    let Some(window) = crate::web::window() else {
        return;
    };
    let hash = window.location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(target) = window.document().and_then(|d| d.get_element_by_id(id)) {
        target.scroll_into_view();
    }
}
