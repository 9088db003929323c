use leptos::prelude::*;

use crate::domain::guide::Question;
use crate::i18n::use_i18n;
use crate::ui::guide::ToolLinks;

/// A frequently asked question with its answer and the tools it points to.
#[component]
pub fn GuideQuestion(
    /// The question.
    question: Question,
) -> impl IntoView {
    let i18n = use_i18n();
    let [asked, answer] = question.message_ids();
    view! {
        <div class="guide-question" id=format!("faq-{}", question.id)>
            <h3>{move || i18n.t(&asked)}</h3>
            <p>{move || i18n.t(&answer)}</p>
            <ToolLinks links=question.links />
        </div>
    }
}
