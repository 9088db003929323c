use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::estimator::state::Mode;
use crate::ui::estimator::Estimator;
use crate::ui::hospitals::state::use_hospitals;

/// How the schedule stands: ready, or each problem the reader finds, as it names the field.
#[component]
pub fn ProblemSummary() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    move || {
        let problems = state.problems.get();
        if problems.is_empty() {
            return view! { <p class="notice" role="status">{i18n.text("editor-no-problems")}</p> }
                .into_any();
        }
        let count = i18n.t_args(
            "editor-problems",
            &Args::new().int("count", problems.len() as i64),
        );
        view! {
            <div class="notice notice--error" role="status">
                <p>{count}</p>
                <ul>
                    {problems
                        .into_iter()
                        .map(|problem| view! { <li><code>{problem.field}</code> ": " {problem.reason}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
        .into_any()
    }
}

/// The estimator itself, running on the schedule being edited.
#[component]
pub fn SchedulePreview() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_hospitals();
    view! {
        <section class="panel preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{i18n.text("preview-heading")}</h2>
            <p class="muted">{i18n.text("preview-help")}</p>
            <p class="notice" role="status" hidden=move || !state.preview_behind.get()>
                {i18n.text("preview-last-good")}
            </p>
            <Estimator mode=Mode::Given { schedule: state.preview } />
        </section>
    }
}
