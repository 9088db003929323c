//! Moving keyboard focus to the page's main content.

use wasm_bindgen::JsCast;

/// Focuses `<main id="main">`. `scroll` brings it into view (the skip link); after a route
/// change the router has already scrolled to the top and scrolling again would hide the
/// header.
pub fn focus_main_content(scroll: bool) {
    let main = crate::web::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("main"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    let Some(main) = main else { return };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    let _ = main.focus_with_options(&options);
    if scroll {
        main.scroll_into_view();
    }
}

/// Focuses the element with `id`, if the page has it (a field a message is about).
pub fn focus_by_id(id: &str) {
    let element = crate::web::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id(id))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
