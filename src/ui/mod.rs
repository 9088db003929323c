//! Leptos views: the app root, one folder per tool (page, state and components, compiled only
//! into the tool's bundle), and what several tools share.

pub mod app;
// Exporting a packet with documents (intake, and documents when files last only for the
// visit) and opening one (packet).
#[cfg(any(feature = "documents", feature = "intake", feature = "packet"))]
pub mod archive_jobs;
// The case (intake draft) the kept files belong to.
#[cfg(any(feature = "documents", feature = "intake", feature = "packet"))]
pub mod case;
pub mod components;
pub mod field_text;
pub mod file_opening;
pub mod focus;
pub mod format;
pub mod not_found;
pub mod persisted;
pub mod prerender;
pub mod remote;
pub mod router;
pub mod service_worker;
pub mod takeover;

#[cfg(feature = "documents")]
pub mod documents;
// The schedule editor previews the estimator itself; the packet page shows estimates.
#[cfg(any(
    feature = "estimator",
    feature = "embed",
    feature = "hospitals",
    feature = "packet"
))]
pub mod estimator;
#[cfg(feature = "guide")]
pub mod guide;
#[cfg(feature = "shell")]
pub mod home;
#[cfg(feature = "hospitals")]
pub mod hospitals;
// The packet page keeps an opened packet as a new intake draft.
#[cfg(any(feature = "intake", feature = "packet"))]
pub mod intake;
#[cfg(feature = "packet")]
pub mod packet;
#[cfg(feature = "stay")]
pub mod stay;
