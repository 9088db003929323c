//! The documents page's state: the checklist file and the user's progress, kept on the device.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::checklist::{ChecklistProgress, Checklists, Status};
use crate::storage::StorageKey;
use crate::ui::persisted::{stored, StorageStatus};
use crate::ui::remote::{load_data, Remote};

/// Handle to the documents page's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct DocumentsState {
    pub checklists: RwSignal<Remote<Arc<Checklists>>>,
    pub progress: RwSignal<ChecklistProgress>,
    /// How storing the progress is going.
    pub storage: StorageStatus,
}

impl DocumentsState {
    pub fn status(&self, item: &str) -> Status {
        self.progress.with(|progress| progress.item(item).status)
    }

    pub fn set_status(&self, item: &str, status: Status) {
        self.progress
            .update(|progress| progress.set_status(item, status));
    }

    pub fn set_note(&self, item: &str, note: &str) {
        self.progress
            .update(|progress| progress.set_note(item, note));
    }

    pub fn choose(&self, scenario: &str, chosen: bool) {
        self.progress
            .update(|progress| progress.toggle_scenario(scenario, chosen));
    }
}

/// Creates the state, starts loading `checklists.json` and provides the state to the page.
pub fn provide_documents() -> DocumentsState {
    let (progress, storage) = stored(StorageKey::Checklist, ChecklistProgress::default);
    let state = DocumentsState {
        checklists: RwSignal::new(Remote::Loading),
        progress,
        storage,
    };
    let checklists = state.checklists;
    spawn_local(async move {
        checklists.set(load_data("checklists.json", Checklists::parse).await.into());
    });
    provide_context(state);
    state
}

pub fn use_documents() -> DocumentsState {
    expect_context::<DocumentsState>()
}
