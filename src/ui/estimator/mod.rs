//! The cost estimator on `/estimate` and `/embed/estimate`: its page, state and components.

mod currency_panel;
pub mod embed;
mod embed_page;
mod estimate_file_panel;
mod estimate_lines;
mod estimate_record_view;
mod estimate_summary;
mod layout;
mod own_costs;
#[cfg(feature = "estimator")]
mod page;
mod schedule_info;
mod settlement_panel;
pub mod state;

pub use currency_panel::CurrencyPanel;
pub use embed_page::EmbedEstimatePage;
pub use estimate_file_panel::{
    estimate_file_error_text, made_text, OpenEstimateFile, SaveEstimateFile,
};
pub use estimate_lines::EstimateLines;
pub use estimate_record_view::EstimateRecordView;
pub use estimate_summary::EstimateSummary;
pub use layout::Estimator;
pub use own_costs::OwnCosts;
#[cfg(feature = "estimator")]
pub use page::EstimatePage;
pub use schedule_info::ScheduleInfo;
pub use settlement_panel::SettlementPanel;
