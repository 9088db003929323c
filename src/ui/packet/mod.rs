//! Opening a packet on `/packet`: its page and components.

mod checklist_card;
mod packet_view;
mod page;
mod second_language;
mod stay_card;

pub use checklist_card::ChecklistCard;
pub use packet_view::PacketView;
pub use page::PacketPage;
pub use second_language::SecondLanguagePicker;
pub use stay_card::StayCard;
