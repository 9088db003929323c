//! The home page: the journey at a glance and the tools.

mod journey_overview;
mod page;
mod tool_cards;

pub use journey_overview::JourneyOverview;
pub use page::HomePage;
pub use tool_cards::ToolCards;
