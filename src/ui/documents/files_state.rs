//! The files kept with the checklist's documents: where they are kept (IndexedDB, or memory
//! for this visit), the list, what the browser says is left, and adding, replacing, renaming
//! and removing them. Every failure is a message for the document it concerns; the other
//! files are never touched.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, File};

use crate::domain::archive::ArchivedDocument;
use crate::domain::documents::{check_new_file, DocumentFile, Refusal, MAX_FILE_BYTES};
use crate::domain::packet::{archive_file_name, PACKET_FORMAT, PACKET_VERSION};
use crate::i18n::{Args, I18n};
use crate::storage::crypto::{sha256_hex, CryptoError};
use crate::storage::file_store::{FileStore, KeptFile, OpenWait};
use crate::storage::StorageError;
use crate::storage::{self, StorageKey};
use crate::ui::archive_jobs::export_with_documents;
use crate::ui::case::{list_giving_to, OpenCase};
use crate::ui::format::size_text;
use crate::web::{new_id, now_iso};

/// Where the files are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum FilesPlace {
    Opening,
    /// Still opening, slowly or blocked by another tab: files cannot be added yet.
    Waiting(OpenWait),
    Device,
    /// IndexedDB could not be used: files last for this visit.
    Memory(StorageError),
}

/// A message about one document's files.
#[derive(Clone, Debug, PartialEq)]
pub struct FileNotice {
    pub item: String,
    pub text: String,
    pub is_error: bool,
}

/// Handle to the files' state; cheap to copy.
#[derive(Clone, Copy)]
pub struct DocumentFiles {
    store: StoredValue<Option<FileStore>, LocalStorage>,
    /// The case whose files the page shows and adds to (the intake draft open last).
    case: StoredValue<String>,
    /// That draft's name, once the intake page has saved it.
    pub case_name: StoredValue<Option<String>>,
    pub place: RwSignal<FilesPlace>,
    /// Every file kept on the device, every case's: the limits are the device's.
    pub kept: RwSignal<Vec<KeptFile>>,
    /// What the browser says it may still store for this site, in bytes.
    pub space: RwSignal<Option<u64>>,
    pub notice: RwSignal<Option<FileNotice>>,
    /// The document whose files are being written, so its controls wait.
    pub busy: RwSignal<Option<String>>,
}

impl DocumentFiles {
    /// Opens the store (in the browser only) and lists what it holds.
    pub fn provide(i18n: I18n) -> DocumentFiles {
        let open = OpenCase::read();
        let files = DocumentFiles {
            store: StoredValue::new_local(None),
            case: StoredValue::new(open.id.clone()),
            case_name: StoredValue::new(open.name()),
            place: RwSignal::new(FilesPlace::Opening),
            kept: RwSignal::new(Vec::new()),
            space: RwSignal::new(None),
            notice: RwSignal::new(None),
            busy: RwSignal::new(None),
        };
        if crate::web::in_browser() {
            spawn_local(async move {
                let (store, refused) =
                    FileStore::open(move |wait| files.place.set(FilesPlace::Waiting(wait))).await;
                files.store.set_value(Some(store));
                files.place.set(match refused {
                    None => FilesPlace::Device,
                    Some(reason) => FilesPlace::Memory(reason),
                });
                files.refresh(i18n).await;
            });
        }
        provide_context(files);
        files
    }

    fn store(&self) -> Option<FileStore> {
        self.store.get_value()
    }

    /// Whether files can be added: the store (device or memory) is open.
    pub fn ready(&self) -> bool {
        matches!(self.place.get(), FilesPlace::Device | FilesPlace::Memory(_))
    }

    /// The open case's files of `item`, oldest first.
    pub fn of(&self, item: &str) -> Vec<KeptFile> {
        let case = self.case.get_value();
        self.kept.with(|kept| {
            kept.iter()
                .filter(|kept| kept.file.item == item && kept.file.case == case)
                .cloned()
                .collect()
        })
    }

    async fn refresh(&self, i18n: I18n) {
        let Some(store) = self.store() else { return };
        match list_giving_to(&store, &self.case.get_value()).await {
            Ok(kept) => self.kept.set(kept),
            Err(error) => self.notice.set(Some(FileNotice {
                item: String::new(),
                text: storage_error_text(i18n, &error),
                is_error: true,
            })),
        }
        self.space.set(crate::web::storage_free().await);
    }

    /// Keeps `file` in place of kept file `replacing`.
    pub fn replace(&self, i18n: I18n, file: File, replacing: DocumentFile) {
        let item = replacing.item.clone();
        self.add(i18n, item, vec![file], Some(replacing));
    }

    /// Keeps the files of one pick with `item`, or one file in place of `replacing`. Each
    /// file is checked against what is kept *and the files before it in the pick*, so a pick
    /// of many files holds the count and total limits like files added one by one.
    pub fn add(
        &self,
        i18n: I18n,
        item: String,
        picked: Vec<File>,
        replacing: Option<DocumentFile>,
    ) {
        let files = *self;
        let Some(store) = self.store() else { return };
        let mut kept: Vec<DocumentFile> = self
            .kept
            .with(|kept| kept.iter().map(|k| k.file.clone()).collect());
        let mut refused = Vec::new();
        let mut accepted = Vec::new();
        for file in picked {
            let size = file.size() as u64;
            match check_new_file(
                &file.type_(),
                &file.name(),
                size,
                &kept,
                replacing.as_ref().map(|old| old.id.as_str()),
            ) {
                Ok(kind) => {
                    // Stands for the file until it is kept, so the next one counts it.
                    kept.push(DocumentFile {
                        id: String::new(),
                        item: item.clone(),
                        name: file.name(),
                        media_type: kind.media_type().to_owned(),
                        size,
                        sha256: String::new(),
                        added: String::new(),
                        case: String::new(),
                    });
                    accepted.push((file, kind));
                }
                Err(refusal) => refused.push(refusal_text(i18n, &file.name(), &refusal)),
            }
        }
        if accepted.is_empty() {
            self.tell(&item, refused.join(" "), true);
            return;
        }
        self.busy.set(Some(item.clone()));
        let case = self.case.get_value();
        spawn_local(async move {
            let mut added = Vec::new();
            let mut failed = refused;
            let mut replacing = replacing;
            for (file, kind) in accepted {
                let destination = Destination {
                    item: &item,
                    case: &case,
                };
                match keep(
                    &store,
                    destination,
                    &file,
                    kind.media_type(),
                    replacing.take(),
                )
                .await
                {
                    Ok(kept) => added.push(kept.name),
                    Err(error) => failed.push(keep_error_text(i18n, &file.name(), &error)),
                }
            }
            files.busy.set(None);
            let mut said = failed;
            match added.as_slice() {
                [] => {}
                [name] => {
                    said.push(i18n.t_args("files-added", &Args::new().text("name", name.clone())))
                }
                names => said.push(i18n.t_args(
                    "files-added-many",
                    &Args::new().int("count", names.len() as i64),
                )),
            }
            let is_error = said.len() > usize::from(!added.is_empty());
            files.refresh(i18n).await;
            files.tell(&item, said.join(" "), is_error);
            if !store.is_memory() {
                crate::web::request_persistent_storage().await;
            }
        });
    }

    /// Gives kept file `file` the name `name`.
    pub fn rename(&self, i18n: I18n, file: DocumentFile, name: String) {
        let name = name.trim().to_owned();
        if name.is_empty() || name == file.name {
            return;
        }
        let files = *self;
        let Some(store) = self.store() else { return };
        spawn_local(async move {
            let renamed = DocumentFile {
                name: name.clone(),
                ..file.clone()
            };
            let (text, is_error) = match store.update(&renamed).await {
                Ok(()) => (
                    i18n.t_args("files-renamed", &Args::new().text("name", name)),
                    false,
                ),
                Err(error) => (storage_error_text(i18n, &error), true),
            };
            files.refresh(i18n).await;
            files.tell(&file.item, text, is_error);
        });
    }

    /// Removes kept file `file`, after the browser's confirmation.
    pub fn remove(&self, i18n: I18n, file: DocumentFile) {
        let question = i18n.t_args(
            "files-remove-confirm",
            &Args::new().text("name", file.name.clone()),
        );
        if !crate::web::confirmed(&question) {
            return;
        }
        let files = *self;
        let Some(store) = self.store() else { return };
        spawn_local(async move {
            let (text, is_error) = match store.remove(&file.id).await {
                Ok(()) => (
                    i18n.t_args(
                        "files-removed",
                        &Args::new().text("name", file.name.clone()),
                    ),
                    false,
                ),
                Err(error) => (storage_error_text(i18n, &error), true),
            };
            files.refresh(i18n).await;
            files.tell(&file.item, text, is_error);
        });
    }

    /// Where IndexedDB cannot keep the files: puts them, the checklist and the open intake
    /// draft (when there is one) into a packet archive and offers it as a download, sealed
    /// with `secret` when not empty. Returns what to tell the user.
    pub async fn export_this_visit(
        &self,
        i18n: I18n,
        secret: String,
        progress: RwSignal<Option<(f64, f64)>>,
    ) -> String {
        let Some(store) = self.store() else {
            return String::new();
        };
        let case = self.case.get_value();
        let files = self
            .kept
            .get_untracked()
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
                let created_at = now_iso();
                let (draft_name, packet) = this_visit_packet(i18n, &created_at, &documents);
                (packet, archive_file_name(&created_at, &draft_name, sealed))
            },
        )
        .await
    }

    /// The bytes of kept file `id`.
    pub async fn blob(&self, id: &str) -> Option<Blob> {
        self.store()?.blob(id).await.ok().flatten()
    }

    fn tell(&self, item: &str, text: String, is_error: bool) {
        self.notice.set(Some(FileNotice {
            item: item.to_owned(),
            text,
            is_error,
        }));
    }
}

/// The packet of this visit's files, as JSON: the open intake draft and the checklist as
/// stored, as JSON values rather than through the packet's own typed serialiser, which would
/// add every tool's types to this page. The archive worker reads it back as a packet before
/// it archives it, so a wrong shape is refused there.
#[derive(serde::Serialize)]
struct ThisVisitPacket<'a> {
    format: &'a str,
    schema_version: u32,
    created_at: &'a str,
    app_version: &'a str,
    locale: &'a str,
    draft_name: &'a str,
    intake: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    checklist: Option<Value>,
    documents: &'a [ArchivedDocument],
}

fn this_visit_packet(
    i18n: I18n,
    created_at: &str,
    documents: &[ArchivedDocument],
) -> (String, String) {
    let open = OpenCase::read();
    let draft_name = open
        .name()
        .unwrap_or_else(|| i18n.t("files-this-visit-name"));
    let packet = ThisVisitPacket {
        format: PACKET_FORMAT,
        schema_version: PACKET_VERSION,
        created_at,
        app_version: env!("CARGO_PKG_VERSION"),
        locale: i18n.locale().code(),
        draft_name: &draft_name,
        intake: open
            .draft
            .and_then(|draft| draft.get("intake").cloned())
            .unwrap_or_else(|| Value::Object(Default::default())),
        checklist: storage::load::<Value>(StorageKey::Checklist).ok().flatten(),
        documents,
    };
    let json = serde_json::to_string(&packet).unwrap_or_default();
    (draft_name, json)
}

pub fn use_document_files() -> DocumentFiles {
    expect_context::<DocumentFiles>()
}

/// Why a file was not kept.
enum KeepError {
    Unreadable,
    Crypto(CryptoError),
    Storage(StorageError),
}

/// Where a file is kept: with which checklist item, in which case.
#[derive(Clone, Copy)]
struct Destination<'a> {
    item: &'a str,
    case: &'a str,
}

/// Reads `file`, hashes it and keeps it: the bytes kept are the bytes hashed.
async fn keep(
    store: &FileStore,
    destination: Destination<'_>,
    file: &File,
    media_type: &str,
    replacing: Option<DocumentFile>,
) -> Result<DocumentFile, KeepError> {
    let bytes = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()
        .and_then(|buffer| buffer.dyn_into::<js_sys::ArrayBuffer>().ok())
        .ok_or(KeepError::Unreadable)?;
    let sha256 = sha256_hex(&bytes).await.map_err(KeepError::Crypto)?;
    let options = BlobPropertyBag::new();
    options.set_type(media_type);
    let blob =
        Blob::new_with_buffer_source_sequence_and_options(&js_sys::Array::of1(&bytes), &options)
            .map_err(|_| KeepError::Unreadable)?;
    let record = DocumentFile {
        id: replacing.map(|old| old.id).unwrap_or_else(new_id),
        item: destination.item.to_owned(),
        name: file.name(),
        media_type: media_type.to_owned(),
        size: bytes.byte_length() as u64,
        sha256,
        added: now_iso(),
        case: destination.case.to_owned(),
    };
    store
        .put(&record, &blob)
        .await
        .map_err(KeepError::Storage)?;
    Ok(record)
}

fn refusal_text(i18n: I18n, name: &str, refusal: &Refusal) -> String {
    let args = Args::new().text("name", name.to_owned());
    match refusal {
        Refusal::Kind => i18n.t_args("files-refused-kind", &args),
        Refusal::TooLarge { size } => i18n.t_args(
            "files-refused-large",
            &args
                .text("size", size_text(i18n, *size))
                .text("limit", size_text(i18n, MAX_FILE_BYTES)),
        ),
        Refusal::NoRoom { size, left } => i18n.t_args(
            "files-refused-room",
            &args
                .text("size", size_text(i18n, *size))
                .text("left", size_text(i18n, *left)),
        ),
        Refusal::TooMany => i18n.t_args("files-refused-many", &args),
    }
}

fn keep_error_text(i18n: I18n, name: &str, error: &KeepError) -> String {
    match error {
        KeepError::Unreadable => i18n.t("file-unreadable"),
        KeepError::Crypto(CryptoError::Unavailable) => i18n.t("file-crypto-unavailable"),
        KeepError::Crypto(error) => i18n.t_args(
            "files-storage-failed",
            &Args::new().text("reason", error.to_string()),
        ),
        KeepError::Storage(StorageError::QuotaExceeded) => {
            i18n.t_args("files-full", &Args::new().text("name", name.to_owned()))
        }
        KeepError::Storage(error) => storage_error_text(i18n, error),
    }
}

pub fn storage_error_text(i18n: I18n, error: &StorageError) -> String {
    i18n.t_args(
        "files-storage-failed",
        &Args::new().text("reason", error.to_string()),
    )
}
