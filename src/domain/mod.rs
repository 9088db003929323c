//! Pure planning logic: no Leptos, no browser APIs, tested natively with `cargo test`.

pub mod business_days;
pub mod checklist;
pub mod currency;
pub mod data_file;
pub mod date;
pub mod decimal_text;
pub mod drafts;
pub mod estimate;
pub mod fee_schedule;
pub mod guide;
pub mod ics;
pub mod intake;
pub mod json_path;
pub mod localized;
pub mod migrate;
pub mod money;
pub mod packet;
pub mod quantity;
pub mod sealed;
pub mod settlement;
pub mod source;
pub mod stay;
pub mod stay_plan;
pub mod stay_rules;
pub mod timeline;
pub mod yen_range;
