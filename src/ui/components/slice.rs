//! Building a long page in slices, each in its own task, while the app takes over the
//! prerendered page (`ui::takeover`).
//!
//! The app builds its page off the document and swaps it in once everything has arrived.
//! Built in one go, a form-heavy page is one task of 100 ms or more on a slow phone, and a
//! tap on the prerendered page waits behind it. A [`Slice`] builds its part of the page in
//! a later task instead, so the browser can answer in between; the swap waits until every
//! slice is built, so the page appears whole and nothing moves. Once the app is on screen,
//! a slice builds at once, as any other view does.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// Whether the app is still being built off the document, behind a prerendered page.
    static BUILDING_OFF_SCREEN: Cell<bool> = const { Cell::new(false) };
}

/// Called by the takeover: from now until [`on_screen`], slices wait for their turn.
pub fn building_off_screen() {
    BUILDING_OFF_SCREEN.set(true);
}

/// Called by the takeover once the app's page is in the document.
pub fn on_screen() {
    BUILDING_OFF_SCREEN.set(false);
}

/// Builds `children` in a task of its own while the app is built off screen (see the module).
#[component]
pub fn Slice(children: ChildrenFn) -> impl IntoView {
    if !(crate::web::in_browser() && BUILDING_OFF_SCREEN.get()) {
        return children().into_any();
    }
    let built = RwSignal::new(false);
    // Counted as a fetch under way until built: the takeover waits for it.
    let waiting = crate::fetch::InFlight::start();
    set_timeout(
        move || {
            built.set(true);
            drop(waiting);
        },
        Duration::ZERO,
    );
    // `AnyView` either way: the app's other reactive views have that type, so no new render
    // code is compiled for this one.
    (move || {
        if built.get() {
            untrack(|| children())
        } else {
            ().into_any()
        }
    })
    .into_any()
}
