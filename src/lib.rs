// Rendering views to HTML (build-time prerendering) nests deeply generic view types.
#![recursion_limit = "256"]

pub mod domain;
pub mod fetch;
pub mod i18n;
pub mod site;
pub mod storage;
pub mod ui;
pub mod web;

pub use ui::app::App;
