use leptos::prelude::*;

use crate::i18n::{use_i18n, Args};
use crate::ui::format::size_text;

/// How far packing or opening a packet with documents is: a bar and "12 MB of 100 MB".
#[component]
pub fn ArchiveProgress(
    /// Bytes done and in all, while the job runs.
    progress: RwSignal<Option<(f64, f64)>>,
    /// Message id of the text, with `done` and `whole` ("Packing { $done } of { $whole }…").
    label: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        progress.get().map(|(done, total)| {
            let text = i18n.t_args(
                label,
                &Args::new()
                    .text("done", size_text(i18n, done as u64))
                    .text("whole", size_text(i18n, total as u64)),
            );
            // Whole percents: the bar needs no finer steps, and integers render without
            // the float formatting code.
            let percent = if total > 0.0 {
                (done / total * 100.0).clamp(0.0, 100.0) as u32
            } else {
                0
            };
            view! {
                <div class="no-print" role="status">
                    <progress max="100" value=percent aria-label=text.clone()></progress>
                    <p class="muted">{text}</p>
                </div>
            }
        })
    }
}
