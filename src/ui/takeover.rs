//! Starting the app in the browser, over the page the build prerendered.
//!
//! Each route's HTML already holds the app's first render (`ui::prerender`), so the reader
//! sees the page before the wasm has arrived. The app then renders itself out of the
//! document, from the reader's own stored data, and once its message and data files have
//! arrived and every slice of the page is built (no fetch under way and no slice waiting for
//! two frames; `components::slice`) replaces the prerendered root in one step: the same
//! markup, so nothing moves. What the reader typed or chose in the meantime is
//! carried over, and the focus with it.
//!
//! Leptos's hydration would adopt the prerendered nodes instead, but it needs the first
//! client render to match the HTML node for node: data loaded before the view is built,
//! the reader's stored estimate or draft applied only afterwards, and about a fifth more
//! wasm for the hydration code, which the size budgets (docs/size.md) do not have.

use leptos::mount::{mount_to, mount_to_body};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, HtmlInputElement, HtmlSelectElement};
use web_sys::{HtmlTextAreaElement, Node};

use crate::fetch::fetch_activity;
use crate::ui::app::App;
use crate::ui::components::slice;

/// The element the app renders into; `route-pages` writes the prerendered page inside it.
pub const ROOT_ID: &str = "app";
/// Marks a root that holds a prerendered page rather than nothing.
pub const PRERENDERED_ATTRIBUTE: &str = "data-prerendered";

/// Frames in a row with no fetch under way and no slice waiting before the app's render
/// replaces the page.
const QUIET_FRAMES: u8 = 2;

/// Mounts the app: in place of the prerendered page when there is one, else into the root
/// (development builds and the not-found page are not prerendered).
pub fn start() {
    let Some(document) = crate::web::window().and_then(|window| window.document()) else {
        return;
    };
    let root = document.get_element_by_id(ROOT_ID);
    let Some(root) = root.and_then(|root| root.dyn_into::<HtmlElement>().ok()) else {
        mount_to_body(App);
        return;
    };
    if !root.has_attribute(PRERENDERED_ATTRIBUTE) {
        mount_to(root, App).forget();
        return;
    }
    let Ok(live) = document.create_element("div") else {
        return;
    };
    live.set_id(ROOT_ID);
    let Ok(live) = live.dyn_into::<HtmlElement>() else {
        return;
    };
    slice::building_off_screen();
    // In a task of its own: the browser compiles each wasm function on its first call, so
    // the first render is slow, and the task that instantiated the module is long already.
    set_timeout(
        move || {
            mount_to(live.clone(), App).forget();
            replace_when_loaded(document, root.into(), live.into(), 0);
        },
        std::time::Duration::ZERO,
    );
}

fn replace_when_loaded(document: Document, prerendered: Element, live: Element, quiet: u8) {
    let (in_flight, finished) = fetch_activity();
    let quiet = if in_flight == 0 && finished > 0 {
        quiet + 1
    } else {
        0
    };
    if quiet >= QUIET_FRAMES {
        replace(&document, &prerendered, &live);
    } else {
        request_animation_frame(move || replace_when_loaded(document, prerendered, live, quiet));
    }
}

fn replace(document: &Document, prerendered: &Element, live: &Element) {
    let typed = changed_controls(prerendered);
    let focused = document
        .active_element()
        .filter(|element| prerendered.contains(Some(element.unchecked_ref::<Node>())))
        .map(|element| (element.id(), selection(&element)));
    let swapped = prerendered.replace_with_with_node_1(live);
    slice::on_screen();
    if swapped.is_err() {
        return;
    }
    for (id, value) in typed {
        if let Some(control) = document.get_element_by_id(&id) {
            value.apply(&control);
        }
    }
    if let Some((id, selection)) = focused.filter(|(id, _)| !id.is_empty()) {
        if let Some(element) = document.get_element_by_id(&id) {
            restore_focus(&element, selection);
        }
    }
}

/// A form control's state the reader changed on the prerendered page.
enum Typed {
    Value(String),
    Checked(bool),
    /// Files chosen in a file input (a packet on /packet). Its value cannot be set, but
    /// its file list can be handed to another input.
    Files(web_sys::FileList),
}

impl Typed {
    /// Sets the control and tells the app, through the events its handlers listen to.
    fn apply(&self, control: &Element) {
        match self {
            Typed::Checked(checked) => {
                if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    input.set_checked(*checked);
                }
            }
            Typed::Files(files) => {
                if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    input.set_files(Some(files));
                }
            }
            Typed::Value(value) => {
                if let Some(input) = control.dyn_ref::<HtmlInputElement>() {
                    input.set_value(value);
                } else if let Some(select) = control.dyn_ref::<HtmlSelectElement>() {
                    select.set_value(value);
                } else if let Some(area) = control.dyn_ref::<HtmlTextAreaElement>() {
                    area.set_value(value);
                }
            }
        }
        for name in ["input", "change"] {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(name, &init) {
                let _ = control.dispatch_event(&event);
            }
        }
    }
}

/// Every control with an id whose state differs from what the page was written with.
fn changed_controls(root: &Element) -> Vec<(String, Typed)> {
    let Ok(controls) = root.query_selector_all("input[id], select[id], textarea[id]") else {
        return Vec::new();
    };
    (0..controls.length())
        .filter_map(|index| controls.item(index))
        .filter_map(|node| {
            let element = node.dyn_into::<Element>().ok()?;
            let typed = typed_state(&element)?;
            Some((element.id(), typed))
        })
        .collect()
}

fn typed_state(element: &Element) -> Option<Typed> {
    if let Some(input) = element.dyn_ref::<HtmlInputElement>() {
        return match input.type_().as_str() {
            "checkbox" | "radio" => (input.checked() != input.default_checked())
                .then(|| Typed::Checked(input.checked())),
            "file" => input
                .files()
                .filter(|files| files.length() > 0)
                .map(Typed::Files),
            _ => (input.value() != input.default_value()).then(|| Typed::Value(input.value())),
        };
    }
    if let Some(area) = element.dyn_ref::<HtmlTextAreaElement>() {
        let written = area.default_value().unwrap_or_default();
        return (area.value() != written).then(|| Typed::Value(area.value()));
    }
    let select = element.dyn_ref::<HtmlSelectElement>()?;
    let options = select.options();
    let changed = (0..options.length())
        .filter_map(|index| options.item(index))
        .filter_map(|option| option.dyn_into::<web_sys::HtmlOptionElement>().ok())
        .any(|option| option.selected() != option.default_selected());
    changed.then(|| Typed::Value(select.value()))
}

/// The caret or selection in a text field (other inputs have none).
fn selection(element: &Element) -> Option<(u32, u32)> {
    let input = element.dyn_ref::<HtmlInputElement>()?;
    Some((input.selection_start().ok()??, input.selection_end().ok()??))
}

fn restore_focus(element: &Element, selection: Option<(u32, u32)>) {
    let Some(element) = element.dyn_ref::<HtmlElement>() else {
        return;
    };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    if let (Some(input), Some((start, end))) = (element.dyn_ref::<HtmlInputElement>(), selection) {
        let _ = input.set_selection_range(start, end);
    }
}
