pub mod domain;
pub mod i18n;
pub mod storage;
pub mod ui;

pub use ui::app::App;
