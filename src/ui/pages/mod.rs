mod documents;
mod embed_estimate;
mod estimate;
mod guide;
mod home;
mod intake;
mod not_found;
mod packet;
mod stay;

pub use documents::DocumentsPage;
pub use embed_estimate::EmbedEstimatePage;
pub use estimate::EstimatePage;
pub use guide::GuidePage;
pub use home::HomePage;
pub use intake::IntakePage;
pub use not_found::NotFoundPage;
pub use packet::PacketPage;
pub use stay::StayPage;
