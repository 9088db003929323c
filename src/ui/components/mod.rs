//! Components several tools share, one per file; a tool's own live in its folder.

mod app_notices;
#[cfg(any(feature = "documents", feature = "intake", feature = "packet"))]
mod archive_progress;
mod boot_screen;
mod country_options;
mod date_field;
mod file_drop;
mod labels;
mod language_picker;
mod new_passphrase;
mod number_field;
mod page_heading;
mod passphrase_form;
mod print_button;
mod site_chrome;
mod site_footer;
mod site_header;
mod skip_link;
pub mod slice;
mod source_citation;
mod source_list;
mod start_over;
mod storage_notices;

pub use app_notices::AppNotices;
#[cfg(any(feature = "documents", feature = "intake", feature = "packet"))]
pub use archive_progress::ArchiveProgress;
pub use boot_screen::BootScreen;
pub use country_options::{country_options, prepare_country_names};
pub use date_field::DateField;
pub use file_drop::{picked_files, FileDrop};
pub use labels::Labels;
pub use language_picker::LanguagePicker;
pub use new_passphrase::{NewPassphrase, NewPassphraseFields};
pub use number_field::{number_error_text, NumberField};
pub use page_heading::{document_title, PageHeading};
pub use passphrase_form::PassphraseForm;
pub use print_button::PrintButton;
pub use site_chrome::SiteChrome;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use skip_link::SkipLink;
pub use slice::Slice;
pub use source_citation::SourceCitation;
pub use source_list::SourceList;
pub use start_over::StartOver;
pub use storage_notices::StorageNotices;
