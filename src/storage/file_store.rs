//! The documents' files, kept in the browser's IndexedDB as Blobs (never as text in
//! `localStorage`), through the `idb` crate (docs/decisions/indexed-db.md).
//!
//! Database `japan-care-planner-files`, version 1: store `files` holds each file's
//! [`DocumentFile`] (by `id`), which is also the checklist's reference to it; store `blobs`
//! holds its bytes under the same id. A file and its record are written and removed in one
//! transaction over both stores, so either both are there or neither. A record whose bytes
//! are gone (the browser evicted or lost them) is listed as missing, not dropped.
//!
//! Where IndexedDB cannot be used (refused in a private window, or no browser at all) the same
//! calls work on a store in memory for this visit, and the page says so. An open that is slow,
//! or blocked by another tab's older connection, is waited for (the page says which), never
//! taken for a refusal: the device can keep the files, it only has not opened yet. This tab's
//! own connection closes when a newer version asks, so it never blocks that version's tabs.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::rc::Rc;

use idb::{
    Database, DatabaseEvent, Factory, KeyPath, ObjectStoreParams, TransactionMode,
    TransactionResult,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Blob;

use super::{classify_dom_exception, StorageError};
use crate::domain::documents::DocumentFile;

const DATABASE: &str = "japan-care-planner-files";
const VERSION: u32 = 1;
const FILES: &str = "files";
const BLOBS: &str = "blobs";
/// An open taking longer than this is said to be slow (it is still waited for).
const SLOW_OPEN_MS: i32 = 4000;

/// Why opening the device's store is still going on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenWait {
    /// Longer than usual (a slow phone; iOS's first open).
    Slow,
    /// Another tab's connection of an older version has to close first.
    Blocked,
}

/// A kept file, and whether its bytes are still there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptFile {
    pub file: DocumentFile,
    pub present: bool,
}

/// Where the files are kept.
#[derive(Clone)]
pub struct FileStore(Rc<Place>);

enum Place {
    Device(Database),
    Memory(RefCell<BTreeMap<String, (DocumentFile, Blob)>>),
}

impl FileStore {
    /// The device's store; if IndexedDB cannot be opened, one in memory and the reason.
    /// `on_wait` hears when the open is slow or blocked; it is waited for either way.
    pub async fn open(on_wait: impl Fn(OpenWait) + 'static) -> (FileStore, Option<StorageError>) {
        match open_database(on_wait).await {
            Ok(database) => (FileStore(Rc::new(Place::Device(database))), None),
            Err(error) => (FileStore::in_memory(), Some(error)),
        }
    }

    pub fn in_memory() -> FileStore {
        FileStore(Rc::new(Place::Memory(RefCell::new(BTreeMap::new()))))
    }

    /// Whether files last only for this visit.
    pub fn is_memory(&self) -> bool {
        matches!(*self.0, Place::Memory(_))
    }

    /// Every kept file, oldest first.
    pub async fn list(&self) -> Result<Vec<KeptFile>, StorageError> {
        let mut kept: Vec<KeptFile> = match &*self.0 {
            Place::Memory(files) => files
                .borrow()
                .values()
                .map(|(file, _)| KeptFile {
                    file: file.clone(),
                    present: true,
                })
                .collect(),
            Place::Device(database) => {
                let transaction = database
                    .transaction(&[FILES, BLOBS], TransactionMode::ReadOnly)
                    .map_err(idb_error)?;
                let records = transaction
                    .object_store(FILES)
                    .and_then(|store| store.get_all(None, None))
                    .map_err(idb_error)?;
                let keys = transaction
                    .object_store(BLOBS)
                    .and_then(|store| store.get_all_keys(None, None))
                    .map_err(idb_error)?;
                let records = records.await.map_err(idb_error)?;
                let present: Vec<String> = keys
                    .await
                    .map_err(idb_error)?
                    .into_iter()
                    .filter_map(|key| key.as_string())
                    .collect();
                records
                    .iter()
                    .filter_map(from_js)
                    .map(|file: DocumentFile| KeptFile {
                        present: present.contains(&file.id),
                        file,
                    })
                    .collect()
            }
        };
        kept.sort_by(|a: &KeptFile, b: &KeptFile| a.file.added.cmp(&b.file.added));
        Ok(kept)
    }

    /// The bytes of file `id`, if they are still there.
    pub async fn blob(&self, id: &str) -> Result<Option<Blob>, StorageError> {
        match &*self.0 {
            Place::Memory(files) => Ok(files.borrow().get(id).map(|(_, blob)| blob.clone())),
            Place::Device(database) => {
                let transaction = database
                    .transaction(&[BLOBS], TransactionMode::ReadOnly)
                    .map_err(idb_error)?;
                let value = transaction
                    .object_store(BLOBS)
                    .and_then(|store| store.get(JsValue::from_str(id)))
                    .map_err(idb_error)?
                    .await
                    .map_err(idb_error)?;
                Ok(value.and_then(|value| value.dyn_into::<Blob>().ok()))
            }
        }
    }

    /// Keeps `file` with its bytes, in place of any file of the same id: both or neither.
    pub async fn put(&self, file: &DocumentFile, blob: &Blob) -> Result<(), StorageError> {
        match &*self.0 {
            Place::Memory(files) => {
                files
                    .borrow_mut()
                    .insert(file.id.clone(), (file.clone(), blob.clone()));
                Ok(())
            }
            Place::Device(database) => {
                let record = to_js(file)?;
                write(database, &[FILES, BLOBS], |transaction| {
                    let records = transaction.object_store(FILES)?.put(&record, None)?;
                    let bytes = transaction
                        .object_store(BLOBS)?
                        .put(blob, Some(&JsValue::from_str(&file.id)))?;
                    Ok(vec![
                        Box::pin(async move { records.await.map(drop) }),
                        Box::pin(async move { bytes.await.map(drop) }),
                    ])
                })
                .await
            }
        }
    }

    /// Changes a file's record (its name), leaving its bytes.
    pub async fn update(&self, file: &DocumentFile) -> Result<(), StorageError> {
        match &*self.0 {
            Place::Memory(files) => {
                if let Some(entry) = files.borrow_mut().get_mut(&file.id) {
                    entry.0 = file.clone();
                }
                Ok(())
            }
            Place::Device(database) => {
                let record = to_js(file)?;
                write(database, &[FILES], |transaction| {
                    let request = transaction.object_store(FILES)?.put(&record, None)?;
                    Ok(vec![Box::pin(async move { request.await.map(drop) })])
                })
                .await
            }
        }
    }

    /// Removes file `id` and its bytes, together.
    /// Removes every file (records and bytes) this app kept on the device; returns how many.
    /// The database stays, empty: deleting it would wait on every other open tab.
    pub async fn clear(&self) -> Result<usize, StorageError> {
        let count = self.list().await?.len();
        match &*self.0 {
            Place::Memory(files) => files.borrow_mut().clear(),
            Place::Device(database) => {
                write(database, &[FILES, BLOBS], |transaction| {
                    let records = transaction.object_store(FILES)?.clear()?;
                    let bytes = transaction.object_store(BLOBS)?.clear()?;
                    Ok(vec![
                        Box::pin(async move { records.await.map(drop) }),
                        Box::pin(async move { bytes.await.map(drop) }),
                    ])
                })
                .await?
            }
        }
        Ok(count)
    }

    pub async fn remove(&self, id: &str) -> Result<(), StorageError> {
        match &*self.0 {
            Place::Memory(files) => {
                files.borrow_mut().remove(id);
                Ok(())
            }
            Place::Device(database) => {
                let key = JsValue::from_str(id);
                write(database, &[FILES, BLOBS], |transaction| {
                    let record = transaction.object_store(FILES)?.delete(key.clone())?;
                    let bytes = transaction.object_store(BLOBS)?.delete(key.clone())?;
                    Ok(vec![
                        Box::pin(async move { record.await.map(drop) }),
                        Box::pin(async move { bytes.await.map(drop) }),
                    ])
                })
                .await
            }
        }
    }
}

type Pending = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), idb::Error>>>>;

/// Runs the requests `issue` makes in one read-write transaction and waits for it to commit.
/// The requests are all issued before any is awaited, so the transaction stays active; if
/// one fails, the browser aborts the transaction and nothing of it is kept.
async fn write(
    database: &Database,
    stores: &[&str],
    issue: impl FnOnce(&idb::Transaction) -> Result<Vec<Pending>, idb::Error>,
) -> Result<(), StorageError> {
    let transaction = database
        .transaction(stores, TransactionMode::ReadWrite)
        .map_err(idb_error)?;
    // Kept to read the transaction's error after it aborts.
    let raw: web_sys::IdbTransaction = transaction.into();
    let transaction = idb::Transaction::from(raw.clone());
    let requests = match issue(&transaction) {
        Ok(requests) => requests,
        Err(error) => {
            // A request refused as it was made (a full disk, a value that cannot be stored)
            // would otherwise leave the ones before it to commit: half a file.
            let _ = raw.abort();
            return Err(idb_error(error));
        }
    };
    for request in requests {
        if let Err(error) = request.await {
            return Err(aborted(&raw).unwrap_or_else(|| idb_error(error)));
        }
    }
    match transaction.await.map_err(idb_error)? {
        TransactionResult::Committed => Ok(()),
        // A full disk often shows only here, as the transaction's error.
        TransactionResult::Aborted => Err(aborted(&raw).unwrap_or(StorageError::QuotaExceeded)),
    }
}

fn aborted(raw: &web_sys::IdbTransaction) -> Option<StorageError> {
    raw.error()
        .map(|error| classify_dom_exception(&error.name(), error.code(), &error.message()))
}

async fn open_database(on_wait: impl Fn(OpenWait) + 'static) -> Result<Database, StorageError> {
    let window = crate::web::window().ok_or(StorageError::Unavailable)?;
    let factory = Factory::new().map_err(|_| StorageError::Unavailable)?;
    let mut request = factory
        .open(DATABASE, Some(VERSION))
        .map_err(|_| StorageError::Unavailable)?;
    request.on_upgrade_needed(|event| {
        let Ok(database) = event.database() else {
            return;
        };
        let names = database.store_names();
        if !names.iter().any(|name| name == FILES) {
            let mut params = ObjectStoreParams::new();
            params.key_path(Some(KeyPath::new_single("id")));
            let _ = database.create_object_store(FILES, params);
        }
        if !names.iter().any(|name| name == BLOBS) {
            let _ = database.create_object_store(BLOBS, ObjectStoreParams::new());
        }
    });
    // What the page was last told: `Blocked` is not turned back into `Slow`.
    let waiting = Rc::new(Cell::new(None::<OpenWait>));
    let on_wait = Rc::new(on_wait);
    let opened = Rc::new(Cell::new(false));
    {
        let (waiting, on_wait) = (waiting.clone(), on_wait.clone());
        request.on_blocked(move |_| {
            waiting.set(Some(OpenWait::Blocked));
            on_wait(OpenWait::Blocked);
        });
    }
    {
        let (waiting, on_wait, opened) = (waiting.clone(), on_wait.clone(), opened.clone());
        wasm_bindgen_futures::spawn_local(async move {
            crate::web::sleep(&window, SLOW_OPEN_MS).await;
            if !opened.get() && waiting.get().is_none() {
                waiting.set(Some(OpenWait::Slow));
                on_wait(OpenWait::Slow);
            }
        });
    }
    let result = request.await;
    opened.set(true);
    let mut database = result.map_err(idb_error)?;
    database.on_version_change(|event| {
        let connection = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::IdbDatabase>().ok());
        if let Some(connection) = connection {
            connection.close();
        }
    });
    Ok(database)
}

fn idb_error(error: idb::Error) -> StorageError {
    use idb::Error::*;
    let thrown = match &error {
        DomException(exception) => Some(exception.clone()),
        UpdateFailed(value)
        | AddFailed(value)
        | DeleteFailed(value)
        | GetFailed(value)
        | GetAllFailed(value)
        | GetAllKeysFailed(value)
        | TransactionOpenFailed(value)
        | TransactionCommitError(value)
        | IndexedDbOpenFailed(value) => value.dyn_ref::<web_sys::DomException>().cloned(),
        _ => None,
    };
    match thrown {
        Some(exception) => {
            classify_dom_exception(&exception.name(), exception.code(), &exception.message())
        }
        // Not idb's own text: its Display would link a message for each of its sixty errors.
        None => StorageError::Browser("IndexedDB refused the request".to_owned()),
    }
}

fn to_js(file: &DocumentFile) -> Result<JsValue, StorageError> {
    let text =
        serde_json::to_string(file).map_err(|error| StorageError::Browser(error.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| StorageError::Browser("not JSON".to_owned()))
}

fn from_js(value: &JsValue) -> Option<DocumentFile> {
    let text = js_sys::JSON::stringify(value).ok()?.as_string()?;
    serde_json::from_str(&text).ok()
}
