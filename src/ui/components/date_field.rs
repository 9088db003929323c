use leptos::prelude::*;

use crate::domain::date::CalendarDate;

/// A labelled date input (the browser's date picker); reports the date, or `None` when the
/// field is cleared or holds no complete date.
#[component]
pub fn DateField(
    /// Element id, unique on the page.
    id: &'static str,
    /// The label text (reactive: it follows the language).
    label: Signal<String>,
    /// The date the field starts with.
    initial: Option<CalendarDate>,
    /// Receives each change.
    on_value: Callback<Option<CalendarDate>>,
) -> impl IntoView {
    let on_change = move |event: leptos::ev::Event| {
        on_value.run(CalendarDate::parse_iso(&event_target_value(&event)).ok());
    };
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="date"
                min="2000-01-01"
                max="2100-12-31"
                value=initial.map(|date| date.to_string()).unwrap_or_default()
                on:change=on_change
            />
        </div>
    }
}
