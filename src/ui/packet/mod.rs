//! Opening a packet on `/packet`: its page and components.

mod packet_view;
mod page;

pub use packet_view::PacketView;
pub use page::PacketPage;
