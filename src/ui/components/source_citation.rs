use leptos::prelude::*;

use crate::domain::source::{is_https_address, Source};
use crate::i18n::{use_i18n, Args, I18n};
use crate::web::today;

/// One source: its title as a link to the page, the date the page states (when it states
/// one) and the day it was checked, and a notice when that check is over a year old.
#[component]
pub fn SourceCitation(
    /// The source the figure or rule beside it comes from.
    source: Source,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = {
        let source = source.clone();
        move || source.title.get(i18n.locale().code()).to_owned()
    };
    let dates = {
        let source = source.clone();
        move || source_dates_text(i18n, &source)
    };
    let stale = {
        let source = source.clone();
        move || {
            stale_text(i18n, &source)
                .map(|text| view! { " " <strong class="source__stale">{text}</strong> })
        }
    };
    // Host-provided schedules are untrusted: only https pages become links.
    let title = if is_https_address(&source.url) {
        view! { <a href=source.url rel="noopener noreferrer">{title}</a> }.into_any()
    } else {
        view! { <span>{title}</span> }.into_any()
    };
    view! {
        <span class="source">
            {title} " " <span class="source__dates">{dates}</span> {stale}
        </span>
    }
}

/// `(dated …, checked …)`, or `(checked …)` when the page states no date.
fn source_dates_text(i18n: I18n, source: &Source) -> String {
    let args = Args::new().text("checked", i18n.date(source.checked));
    match source.as_of {
        Some(date) => i18n.t_args("source-dated-checked", &args.text("date", i18n.date(date))),
        None => i18n.t_args("source-checked", &args),
    }
}

/// "Checked N months ago: confirm…" when the source was checked over a year before the
/// device's date.
fn stale_text(i18n: I18n, source: &Source) -> Option<String> {
    let months = today().and_then(|today| source.stale_months(today))?;
    Some(i18n.t_args(
        "source-stale",
        &Args::new().int("months", i64::from(months)),
    ))
}
