//! The intake form on `/intake`, its drafts and the packet export: page, state and components.
//! The packet bundle reads it too (a packet opened can be kept as a new draft).

mod archive_export;
mod choice_panel;
mod companion_fields;
mod draft_bar;
mod draft_notices;
mod export_panel;
mod form_field;
mod history_fields;
mod intake_form;
pub mod packet_export;
mod page;
pub mod state;

pub use choice_panel::ChoicePanel;
pub use companion_fields::CompanionFields;
pub use draft_bar::DraftBar;
pub use draft_notices::DraftNotices;
pub use export_panel::ExportPanel;
pub use form_field::{FormField, ShowAllProblems};
pub use history_fields::HistoryFields;
pub use intake_form::IntakeForm;
pub use page::IntakePage;
