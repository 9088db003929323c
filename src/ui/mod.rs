//! Leptos views: the app root, one file per page, one file per component.

pub mod app;
pub mod components;
pub mod focus;
pub mod pages;
pub mod routes;
