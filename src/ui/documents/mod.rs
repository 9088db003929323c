//! The document checklists on `/documents`: its page, state and components.

mod checklist_entry;
mod checklist_section;
mod page;
mod scenario_picker;
pub mod state;

pub use checklist_entry::ChecklistEntry;
pub use checklist_section::ChecklistSection;
pub use page::DocumentsPage;
pub use scenario_picker::ScenarioPicker;
