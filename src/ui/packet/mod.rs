//! Opening a packet on `/packet`: its page and components.

mod archive_opening;
mod checklist_card;
mod documents_card;
mod packet_view;
mod page;
mod second_language;
mod stay_card;

pub use checklist_card::ChecklistCard;
pub use documents_card::DocumentsCard;
pub use packet_view::PacketView;
pub use page::PacketPage;
pub use second_language::SecondLanguagePicker;
pub use stay_card::StayCard;
