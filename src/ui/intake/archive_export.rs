//! The packet with documents: the packet of the open draft and the files kept for its case
//! (never another draft's, src/ui/case.rs), as one zip (sealed with the passphrase when one is typed), made by the archive
//! worker while the page shows how far it is.

use leptos::prelude::*;

use crate::domain::documents::{total_size, DocumentFile};
use crate::domain::packet::Packet;
use crate::i18n::{Args, I18n};
use crate::storage::file_store::FileStore;
use crate::storage::StorageError;
use crate::ui::archive_jobs::export_with_documents;
use crate::ui::case::list_giving_to;
use crate::ui::format::size_text;

/// The files kept for one case whose bytes are still there: what goes into its archive.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptDocuments {
    pub files: Vec<DocumentFile>,
    /// Why the device's files could not be read (IndexedDB refused): none go with the packet,
    /// and the page says so rather than count them as none.
    pub unreadable: Option<StorageError>,
}

impl KeptDocuments {
    pub async fn load(case: &str) -> KeptDocuments {
        let (store, refused) = FileStore::open(|_| {}).await;
        if let Some(reason) = refused {
            return KeptDocuments {
                files: Vec::new(),
                unreadable: Some(reason),
            };
        }
        match list_giving_to(&store, case).await {
            Ok(kept) => KeptDocuments {
                files: kept
                    .into_iter()
                    .filter(|kept| kept.present && kept.file.case == case)
                    .map(|kept| kept.file)
                    .collect(),
                unreadable: None,
            },
            Err(reason) => KeptDocuments {
                files: Vec::new(),
                unreadable: Some(reason),
            },
        }
    }

    /// Whether there is something to say: files to send, or files that cannot be read.
    pub fn worth_saying(&self) -> bool {
        !self.files.is_empty() || self.unreadable.is_some()
    }

    /// "3 files (12.5 MB) from your checklist go with it.", or why none can.
    pub fn summary(&self, i18n: I18n) -> String {
        if let Some(reason) = &self.unreadable {
            return i18n.t_args(
                "archive-documents-unreadable",
                &Args::new().text("reason", reason.to_string()),
            );
        }
        i18n.t_args(
            "archive-summary",
            &Args::new()
                .int("count", self.files.len() as i64)
                .text("size", size_text(i18n, total_size(&self.files))),
        )
    }
}

/// Puts `packet` and the files kept for `case` into one archive, sealed with `secret` when not empty,
/// and offers it as a download. `progress` follows the bytes packed. Returns what to tell
/// the user (files whose bytes are gone are named as left out).
pub async fn export_archive(
    i18n: I18n,
    mut packet: Packet,
    case: &str,
    secret: String,
    progress: RwSignal<Option<(f64, f64)>>,
) -> String {
    let (store, _) = FileStore::open(|_| {}).await;
    let files = list_giving_to(&store, case)
        .await
        .unwrap_or_default()
        .into_iter()
        .map(|kept| kept.file)
        .filter(|file| file.case == case)
        .collect();
    export_with_documents(
        i18n,
        &store,
        files,
        secret,
        progress,
        |documents, sealed| {
            packet.documents = documents;
            (packet.to_json(), packet.archive_file_name(sealed))
        },
    )
    .await
}
