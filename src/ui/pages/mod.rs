//! One file per route. Each page is compiled only into its route's bundle (cargo feature).

#[cfg(feature = "documents")]
mod documents;
#[cfg(feature = "estimator")]
mod embed_estimate;
#[cfg(feature = "estimator")]
mod estimate;
#[cfg(feature = "guide")]
mod guide;
#[cfg(feature = "shell")]
mod home;
#[cfg(feature = "intake")]
mod intake;
mod not_found;
#[cfg(feature = "packet")]
mod packet;
#[cfg(feature = "stay")]
mod stay;

#[cfg(feature = "documents")]
pub use documents::DocumentsPage;
#[cfg(feature = "estimator")]
pub use embed_estimate::EmbedEstimatePage;
#[cfg(feature = "estimator")]
pub use estimate::EstimatePage;
#[cfg(feature = "guide")]
pub use guide::GuidePage;
#[cfg(feature = "shell")]
pub use home::HomePage;
#[cfg(feature = "intake")]
pub use intake::IntakePage;
pub use not_found::NotFoundPage;
#[cfg(feature = "packet")]
pub use packet::PacketPage;
#[cfg(feature = "stay")]
pub use stay::StayPage;
