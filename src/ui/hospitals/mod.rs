//! `/hospitals`: the schedule editor with its live preview, and the embed snippet. A bundle
//! of its own; it reads the estimator's components for the preview.

mod about_fields;
mod binding;
mod fields;
mod item_fields;
mod listed_schedules;
mod page;
mod preview;
mod schedule_bar;
pub mod snippet;
mod source_fields;
pub mod state;
mod tax_fields;

pub use about_fields::AboutFields;
pub use item_fields::ItemFields;
pub use page::HospitalsPage;
pub use preview::{ProblemSummary, SchedulePreview};
pub use schedule_bar::{DownloadButton, ScheduleBar};
pub use snippet::SnippetPanel;
pub use source_fields::SourceFields;
pub use tax_fields::TaxFields;
