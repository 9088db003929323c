pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;
pub mod web;

pub use ui::app::App;
