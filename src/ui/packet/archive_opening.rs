//! Opening a packet with documents on `/packet`: the archive (sealed or not) goes to the
//! archive worker, which checks every entry and hash; the page keeps each document's bytes
//! for previews and downloads, and can keep them on this device with a new draft.

use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::{Blob, File};

use crate::domain::archive::jobs::FailureKind;
use crate::domain::documents::{check_new_file, room_for, DocumentFile, FileKind, Refusal};
use crate::domain::packet::Packet;
use crate::i18n::{Args, I18n};
use crate::storage::file_store::FileStore;
use crate::ui::archive_jobs::{self, job_error_text, Outcome};
use crate::ui::format::size_text;
use crate::web::new_id;

/// The state of an archive being opened or shown; cheap to copy.
#[derive(Clone, Copy)]
pub struct ArchiveOpening {
    file: StoredValue<Option<File>, LocalStorage>,
    blobs: StoredValue<Vec<Blob>, LocalStorage>,
    /// A sealed archive waits for its passphrase; `true` when the last one was wrong.
    pub locked: RwSignal<Option<bool>>,
    /// Bytes read of the archive while it is opened.
    pub progress: RwSignal<Option<(f64, f64)>>,
    /// An address for each document of the opened archive, in the packet's order.
    pub urls: RwSignal<Vec<String>>,
}

impl ArchiveOpening {
    pub fn new() -> ArchiveOpening {
        let opening = ArchiveOpening {
            file: StoredValue::new_local(None),
            blobs: StoredValue::new_local(Vec::new()),
            locked: RwSignal::new(None),
            progress: RwSignal::new(None),
            urls: RwSignal::new(Vec::new()),
        };
        on_cleanup(move || opening.forget());
        opening
    }

    /// Lets go of the last archive's documents.
    pub fn forget(&self) {
        for url in self.urls.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
        self.urls.set(Vec::new());
        self.blobs.set_value(Vec::new());
        self.locked.set(None);
        self.file.set_value(None);
    }

    /// Opens `file`, with `passphrase` for a sealed one; `shown` gets the packet or why not.
    pub fn open(
        &self,
        i18n: I18n,
        file: File,
        passphrase: Option<String>,
        shown: impl Fn(Result<Packet, String>) + 'static,
    ) {
        let opening = *self;
        self.file.set_value(Some(file.clone()));
        self.progress.set(Some((0.0, file.size())));
        spawn_local(async move {
            let progress = opening.progress;
            let outcome = archive_jobs::open(&file, passphrase, move |done, total| {
                progress.set(Some((done, total)))
            })
            .await;
            opening.progress.set(None);
            match outcome {
                Outcome::Locked => opening.locked.set(Some(false)),
                Outcome::Failed(failure) if failure.kind == FailureKind::WrongPassphrase => {
                    opening.locked.set(Some(true))
                }
                Outcome::Opened { packet, files } => {
                    opening.locked.set(None);
                    match Packet::parse(&packet) {
                        Ok(packet) => {
                            let urls = files
                                .iter()
                                .zip(&packet.documents)
                                .map(|(blob, document)| {
                                    let kind = FileKind::of(&document.media_type, &document.name);
                                    crate::web::document_url(blob, kind).unwrap_or_default()
                                })
                                .collect();
                            opening.blobs.set_value(files);
                            opening.urls.set(urls);
                            shown(Ok(packet));
                        }
                        Err(error) => shown(Err(error.to_string())),
                    }
                }
                Outcome::Failed(error) => {
                    opening.locked.set(None);
                    shown(Err(job_error_text(i18n, &error)));
                }
                Outcome::Exported(_) => shown(Err(i18n.t("archive-not-zip"))),
            }
        });
    }

    /// Tries the locked archive again with `passphrase`.
    pub fn unlock(
        &self,
        i18n: I18n,
        passphrase: String,
        shown: impl Fn(Result<Packet, String>) + 'static,
    ) {
        if let Some(file) = self.file.get_value() {
            self.open(i18n, file, Some(passphrase), shown);
        }
    }

    /// Keeps the opened archive's documents on this device in `case` (the new draft's), after
    /// checking there is room for all of them; on any failure none is kept. Returns the ids of
    /// the files kept.
    pub async fn keep_documents(
        &self,
        i18n: I18n,
        packet: &Packet,
        case: &str,
    ) -> Result<Vec<String>, String> {
        let blobs = self.blobs.get_value();
        if packet.documents.is_empty() || blobs.len() != packet.documents.len() {
            return Ok(Vec::new());
        }
        // A store in memory would be gone with the page: saying "kept" would lose them.
        let (store, refused) = FileStore::open(|_| {}).await;
        if store.is_memory() {
            let reason = refused.map(|error| error.to_string()).unwrap_or_default();
            return Err(i18n.t_args(
                "archive-keep-no-storage",
                &Args::new().text("reason", reason),
            ));
        }
        let kept: Vec<DocumentFile> = store
            .list()
            .await
            .map_err(|error| error.to_string())?
            .into_iter()
            .map(|kept| kept.file)
            .collect();
        let sizes: Vec<u64> = packet
            .documents
            .iter()
            .map(|document| document.size)
            .collect();
        let no_room = |size: u64, left: u64| {
            i18n.t_args(
                "archive-keep-no-room",
                &Args::new()
                    .text("size", size_text(i18n, size))
                    .text("left", size_text(i18n, left)),
            )
        };
        match room_for(&kept, &sizes) {
            Ok(()) => {}
            Err(Refusal::NoRoom { size, left }) => return Err(no_room(size, left)),
            Err(_) => return Err(i18n.t("archive-keep-too-many")),
        }
        let incoming: u64 = sizes.iter().sum();
        if let Some(free) = crate::web::storage_free().await {
            if incoming > free {
                return Err(no_room(incoming, free));
            }
        }
        let mut written: Vec<String> = Vec::new();
        // The reader already refused any other kind; checked again here, where a file is kept.
        let kinds = packet
            .documents
            .iter()
            .map(|document| {
                check_new_file(
                    &document.media_type,
                    &document.name,
                    document.size,
                    &[],
                    None,
                )
            })
            .collect::<Result<Vec<_>, _>>()
            .map_err(|_| i18n.t("archive-keep-kind"))?;
        for ((document, blob), kind) in packet.documents.iter().zip(&blobs).zip(kinds) {
            let file = DocumentFile {
                id: new_id(),
                item: document.item.clone(),
                name: document.name.clone(),
                media_type: kind.media_type().to_owned(),
                size: document.size,
                sha256: document.sha256.clone(),
                added: document.added.clone(),
                case: case.to_owned(),
            };
            if let Err(error) = store.put(&file, blob).await {
                for id in &written {
                    let _ = store.remove(id).await;
                }
                return Err(i18n.t_args(
                    "files-storage-failed",
                    &Args::new().text("reason", error.to_string()),
                ));
            }
            written.push(file.id);
        }
        Ok(written)
    }

    /// Removes the kept files `ids` again (their draft could not be kept): best effort, as
    /// nothing else refers to them.
    pub async fn take_back(ids: &[String]) {
        let (store, _) = FileStore::open(|_| {}).await;
        for id in ids {
            let _ = store.remove(id).await;
        }
    }
}
