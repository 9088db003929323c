//! Leptos views: the app root, one file per page, one file per component.

pub mod app;
pub mod components;
pub mod documents_state;
pub mod embed;
pub mod estimator_state;
pub mod focus;
pub mod format;
pub mod intake_state;
pub mod packet_export;
pub mod pages;
pub mod persisted;
pub mod prerender;
pub mod remote;
pub mod router;
pub mod service_worker;
pub mod stay_state;
pub mod takeover;
