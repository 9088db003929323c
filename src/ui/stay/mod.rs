//! The stay check and timeline on `/stay`: its page, state and components.

mod page;
pub mod state;
mod stay_form;
mod stay_result;
mod trip_timeline;
mod visa_office;

pub use page::StayPage;
pub use stay_form::StayForm;
pub use stay_result::StayResult;
pub use trip_timeline::TripTimeline;
