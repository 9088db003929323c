//! The case the tools' files belong to: one per patient, named by the intake draft open last
//! (on a first visit, the draft every tab starts, [`FIRST_DRAFT_ID`]). Switching the draft on
//! `/intake` switches the case, a packet carries only its case's files, and a received packet
//! kept as a new draft brings its files into that draft's case.
//!
//! The drafts are read as stored JSON, not through the intake's types, which would add them
//! to every bundle with files.

use serde_json::Value;

use crate::domain::documents::{cases_to_give, DocumentFile};
use crate::domain::drafts::FIRST_DRAFT_ID;
use crate::storage::file_store::{FileStore, KeptFile};
use crate::storage::{self, StorageError, StorageKey};

/// The open case's draft as stored: its id and, once the intake page saved it, its JSON.
pub struct OpenCase {
    pub id: String,
    pub draft: Option<Value>,
}

impl OpenCase {
    /// The draft the intake page opens next: the last one open, else the last listed, else
    /// the first visit's draft (as `DraftStore::to_open`).
    pub fn read() -> OpenCase {
        let stored = storage::load::<Value>(StorageKey::Drafts).ok().flatten();
        let drafts = stored
            .as_ref()
            .and_then(|store| store.get("drafts")?.as_array().cloned())
            .unwrap_or_default();
        let last_open = stored
            .as_ref()
            .and_then(|store| store.get("last_open")?.as_str().map(str::to_owned));
        let id_of = |draft: &Value| draft.get("id").and_then(Value::as_str).map(str::to_owned);
        let draft = last_open
            .and_then(|id| {
                drafts
                    .iter()
                    .find(|draft| id_of(draft).as_deref() == Some(&id))
            })
            .or_else(|| drafts.last())
            .cloned();
        OpenCase {
            id: draft
                .as_ref()
                .and_then(id_of)
                .unwrap_or_else(|| FIRST_DRAFT_ID.to_owned()),
            draft,
        }
    }

    /// The draft's name, once the intake page has saved it.
    pub fn name(&self) -> Option<String> {
        self.draft
            .as_ref()
            .and_then(|draft| draft.get("name")?.as_str().map(str::to_owned))
    }
}

/// Every file kept on the device, after handing the files kept before cases existed to
/// `case` (written back, so the next listing finds them there).
pub async fn list_giving_to(store: &FileStore, case: &str) -> Result<Vec<KeptFile>, StorageError> {
    let mut kept = store.list().await?;
    let records: Vec<DocumentFile> = kept.iter().map(|kept| kept.file.clone()).collect();
    for given in cases_to_give(&records, case) {
        store.update(&given).await?;
        if let Some(entry) = kept.iter_mut().find(|kept| kept.file.id == given.id) {
            entry.file = given;
        }
    }
    Ok(kept)
}

/// Removes the files of `case` (its draft was deleted); returns how many went.
pub async fn remove_files_of(store: &FileStore, case: &str) -> Result<usize, StorageError> {
    let kept = store.list().await?;
    let mut removed = 0;
    for file in kept.iter().filter(|kept| kept.file.case == case) {
        store.remove(&file.file.id).await?;
        removed += 1;
    }
    Ok(removed)
}
