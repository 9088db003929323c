//! Putting the state's text into a field without disturbing the person typing in it.
//!
//! `prop:value` writes the property whenever the state changes, even to what the field already
//! shows. A browser that normalises what is typed then has its text rewritten under the
//! caret: an email field drops a trailing space from its value, the write-back removes the
//! space and the caret jumps ("Kept 4" became "4Kept"). These write only when the field
//! shows something else: another tab's change, a draft opened, a value chosen.

use leptos::html::{Input, Textarea};
use leptos::prelude::*;

/// Keeps the input at `node` showing `text()`.
pub fn follow_input(node: NodeRef<Input>, text: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = text();
        if let Some(input) = node.get() {
            if input.value() != text {
                input.set_value(&text);
            }
        }
    });
}

/// Keeps the text area at `node` showing `text()`.
pub fn follow_textarea(node: NodeRef<Textarea>, text: impl Fn() -> String + 'static) {
    Effect::new(move |_| {
        let text = text();
        if let Some(area) = node.get() {
            if area.value() != text {
                area.set_value(&text);
            }
        }
    });
}
