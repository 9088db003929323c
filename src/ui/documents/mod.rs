//! The document checklists on `/documents`: its page, state and components.

mod checklist_entry;
mod checklist_section;
mod files_overview;
pub mod files_state;
mod item_files;
mod kept_file_row;
mod page;
mod scenario_picker;
pub mod state;

pub use checklist_entry::ChecklistEntry;
pub use checklist_section::ChecklistSection;
pub use files_overview::FilesOverview;
pub use item_files::ItemFiles;
pub use kept_file_row::KeptFileRow;
pub use page::DocumentsPage;
pub use scenario_picker::ScenarioPicker;
