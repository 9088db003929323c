//! Pure planning logic: no Leptos, no browser APIs, tested natively with `cargo test`.

pub mod business_days;
pub mod checklist;
pub mod currency;
pub mod date;
pub mod decimal_text;
pub mod estimate;
pub mod fee_schedule;
pub mod guide;
pub mod ics;
pub mod json_path;
pub mod localized;
pub mod money;
pub mod quantity;
pub mod settlement;
pub mod stay;
pub mod stay_plan;
pub mod stay_rules;
pub mod timeline;
pub mod yen_range;
