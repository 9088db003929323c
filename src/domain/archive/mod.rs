//! The packet with documents: one zip holding the packet, a manifest and every document's
//! files, optionally sealed with a passphrase in the age format.
//!
//! # Layout, version 1
//!
//! ```text
//! packet.json                        the packet (version 3), its `documents` listing the files
//! manifest.json                      the same list: path, item, name, type, size, SHA-256
//! documents/<item>/<safe name>       each file, stored (JPEG, PNG, HEIC, PDF) or deflated (text)
//! ```
//!
//! Written as a stream (`write`), entries with data descriptors, so a 250 MB archive never
//! sits in memory whole; read defensively (`read`): every name, size, ratio and hash is
//! checked before anything is shown. Sealed (`seal`) in age's passphrase mode, so the `age`
//! command-line tool opens it too. Both run in the archive worker (`src/bin/archive_worker`),
//! off the page's thread; this module is pure and tested natively.

pub mod jobs;
mod manifest;
mod names;
pub mod read;
pub mod seal;
pub mod write;

#[cfg(test)]
mod tests;

pub use manifest::{
    archived_documents, ArchivedDocument, Manifest, MANIFEST_FORMAT, MANIFEST_VERSION,
};

/// The packet's path in the archive.
pub const PACKET_PATH: &str = "packet.json";
/// The manifest's path in the archive.
pub const MANIFEST_PATH: &str = "manifest.json";
