//! The packet with documents: the packet of the open draft and every file kept with the
//! checklist, as one zip (sealed with the passphrase when one is typed), made by the archive
//! worker while the page shows how far it is.

use leptos::prelude::*;

use crate::domain::archive::jobs::JobFailure;
use crate::domain::archive::ArchivedDocument;
use crate::domain::documents::{archive_paths, total_size, DocumentFile};
use crate::domain::packet::Packet;
use crate::i18n::{Args, I18n};
use crate::storage::download_blob;
use crate::storage::file_store::FileStore;
use crate::ui::archive_jobs::{self, job_error_text, Outcome};
use crate::ui::format::size_text;

/// The files kept on this device that can go into the archive, and the names of those whose
/// bytes the browser no longer has.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeptDocuments {
    pub files: Vec<DocumentFile>,
    pub missing: Vec<String>,
}

impl KeptDocuments {
    pub async fn load() -> KeptDocuments {
        KeptDocuments::load_from(&FileStore::open().await.0).await
    }

    async fn load_from(store: &FileStore) -> KeptDocuments {
        let kept = store.list().await.unwrap_or_default();
        let (present, missing): (Vec<_>, Vec<_>) = kept.into_iter().partition(|kept| kept.present);
        KeptDocuments {
            files: present.into_iter().map(|kept| kept.file).collect(),
            missing: missing.into_iter().map(|kept| kept.file.name).collect(),
        }
    }

    /// "3 files (12.5 MB) from your checklist go with it."
    pub fn summary(&self, i18n: I18n) -> String {
        i18n.t_args(
            "archive-summary",
            &Args::new()
                .int("count", self.files.len() as i64)
                .text("size", size_text(i18n, total_size(&self.files))),
        )
    }
}

/// Puts `packet` and the kept files into one archive, sealed with `secret` when not empty,
/// and offers it as a download. `progress` follows the bytes packed. Returns what to tell
/// the user.
pub async fn export_archive(
    i18n: I18n,
    mut packet: Packet,
    secret: String,
    progress: RwSignal<Option<(f64, f64)>>,
) -> String {
    let (store, _) = FileStore::open().await;
    let kept = KeptDocuments::load_from(&store).await;
    let mut missing = kept.missing;
    let mut files = Vec::new();
    let mut blobs = Vec::new();
    for file in kept.files {
        match store.blob(&file.id).await {
            Ok(Some(blob)) => {
                files.push(file);
                blobs.push(blob);
            }
            _ => missing.push(file.name),
        }
    }
    packet.documents = archive_paths(&files)
        .into_iter()
        .zip(&files)
        .map(|(path, file)| ArchivedDocument::new(file, path))
        .collect();
    let sealed = !secret.is_empty();
    let file_name = packet.archive_file_name(sealed);
    progress.set(Some((0.0, total_size(&files) as f64)));
    let outcome = archive_jobs::export(
        &packet.to_json(),
        &blobs,
        sealed.then_some(secret),
        move |done, total| progress.set(Some((done, total))),
    )
    .await;
    progress.set(None);
    let mut message = match outcome {
        Outcome::Exported(archive) if download_blob(&file_name, &archive) => i18n.t_args(
            "archive-done",
            &Args::new()
                .text("file", file_name)
                .int("count", files.len() as i64),
        ),
        Outcome::Exported(_) => i18n.t("export-copy-failed"),
        Outcome::Failed(error) => job_error_text(i18n, &error),
        Outcome::Locked | Outcome::Opened { .. } => {
            job_error_text(i18n, &JobFailure::browser("unexpected reply"))
        }
    };
    if !missing.is_empty() {
        message.push(' ');
        message.push_str(&i18n.t_args(
            "archive-left-out",
            &Args::new().text("names", missing.join(", ")),
        ));
    }
    message
}
