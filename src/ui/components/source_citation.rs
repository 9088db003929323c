use leptos::prelude::*;

use crate::domain::source::{is_https_address, Source};
use crate::i18n::{use_i18n, Args};
use crate::web::today;

/// One source: its title as a link to the page, the date the page states (when it states
/// one) and the day it was checked, and a notice when that check is over a year old.
#[component]
pub fn SourceCitation(
    /// The source the figure or rule beside it comes from.
    source: Source,
) -> impl IntoView {
    let i18n = use_i18n();
    let Source {
        title,
        url,
        as_of,
        checked,
        ..
    } = source.clone();
    let title = move || title.get(i18n.locale().code()).to_owned();
    // Host-provided schedules are untrusted: only https pages become links.
    let link = is_https_address(&url);
    let dates = move || {
        let args = Args::new().text("checked", i18n.date(checked));
        match as_of {
            Some(date) => i18n.t_args("source-dated-checked", &args.text("date", i18n.date(date))),
            None => i18n.t_args("source-checked", &args),
        }
    };
    let stale = today()
        .and_then(|today| source.stale_months(today))
        .map(|months| {
            let text = move || {
                i18n.t_args(
                    "source-stale",
                    &Args::new().int("months", i64::from(months)),
                )
            };
            view! { " " <strong class="source__stale">{text}</strong> }
        });
    view! {
        <span class="source">
            {if link {
                view! { <a href=url rel="noopener noreferrer">{title}</a> }.into_any()
            } else {
                view! { <span>{title}</span> }.into_any()
            }}
            " " <span class="source__dates">{dates}</span>
            {stale}
        </span>
    }
}
