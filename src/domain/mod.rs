//! Pure planning logic: no Leptos, no browser APIs, tested natively with `cargo test`.

pub mod date;
pub mod money;
