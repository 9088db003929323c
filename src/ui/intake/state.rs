//! The intake page's state: the drafts on this device, the one being edited, and the rules
//! that keep a draft from ever being lost or silently overwritten.
//!
//! - Nothing is written before the drafts have been read.
//! - Changes are saved about 300 ms after the last keystroke, and at once when the page is
//!   hidden or left (`visibilitychange`, `pagehide`).
//! - Every save re-reads what is stored and refuses to write over a revision another tab saved
//!   meanwhile; the user then chooses (see [`Conflict`]). The `storage` event makes a tab
//!   notice another tab's saves as they happen.
//! - Stored text that cannot be read is copied under a quarantine key before anything is
//!   written; drafts from a newer app version are never written over; a full or disabled
//!   storage keeps everything in memory with a banner.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::drafts::{Draft, DraftStore, SaveOutcome};
use crate::domain::intake::{problems, Intake, Problem};
use crate::storage::{self, StorageError, StorageKey};
use crate::web::{new_id, now_iso, request_persistent_storage, today};

/// Wait after the last change before saving: typing stays smooth, little is lost on a crash.
const SAVE_DELAY_MS: u64 = 300;

/// Whether the drafts can be stored, as the banner tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Storing {
    Working,
    /// Private mode or disabled: everything stays in memory.
    Unavailable,
    /// Full: the latest changes are only in memory.
    Full,
    /// The stored text could not be read; it was kept under this key.
    Quarantined(String),
    /// Written by a newer app version: this page writes nothing.
    Newer,
}

/// Another tab's change to the open draft, waiting for the user's choice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Conflict {
    Newer(Box<Draft>),
    Deleted,
}

/// The draft being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenDraft {
    pub id: String,
    pub name: String,
    /// The stored revision this tab's copy started from; `None` until first saved.
    pub base_revision: Option<u64>,
}

/// Handle to the intake page's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct IntakeState {
    /// The drafts as last read from or written to storage (for the list of drafts).
    pub store: RwSignal<DraftStore>,
    pub open: RwSignal<OpenDraft>,
    pub intake: RwSignal<Intake>,
    /// What needs attention in the form, computed once per change for every field and the
    /// export.
    pub problems: Memo<Vec<Problem>>,
    /// Changes not yet written.
    pub dirty: RwSignal<bool>,
    pub storing: RwSignal<Storing>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// Set when another tab's changes were taken over without a conflict.
    pub updated_elsewhere: RwSignal<bool>,
    pub last_saved: RwSignal<Option<String>>,
    pub persistent: RwSignal<bool>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

impl IntakeState {
    /// Replaces the form with `change` applied, and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut Intake)) {
        self.intake.update(change);
        self.dirty.set(true);
        self.schedule_save();
    }

    fn schedule_save(&self) {
        // Natively (tests, prerendering) there is no timer: saves are asked for directly.
        if !crate::web::in_browser() {
            return;
        }
        let this = *self;
        if let Some(handle) = self.pending_save.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(
            move || this.save_now(),
            std::time::Duration::from_millis(SAVE_DELAY_MS),
        )
        .ok();
        self.pending_save.set_value(handle);
    }

    /// Writes the open draft if it changed, unless another tab saved it meanwhile.
    pub fn save_now(&self) {
        if !self.dirty.get_untracked() || self.conflict.get_untracked().is_some() {
            return;
        }
        if !matches!(
            self.storing.get_untracked(),
            Storing::Working | Storing::Full | Storing::Quarantined(_)
        ) {
            return;
        }
        let Some(mut fresh) = self.read_store() else {
            return;
        };
        let open = self.open.get_untracked();
        let now = now_iso();
        let intake = self.intake.get_untracked();
        let outcome = match open.base_revision {
            None => {
                fresh.create(open.id.clone(), open.name.clone(), intake, &now);
                SaveOutcome::Saved(1)
            }
            Some(base) => fresh.save(&open.id, base, &intake, &now),
        };
        match outcome {
            SaveOutcome::Saved(revision) => {
                fresh.last_open = Some(open.id.clone());
                if self.write(&fresh) {
                    self.open.update(|open| open.base_revision = Some(revision));
                    self.dirty.set(false);
                    self.last_saved.set(Some(now));
                }
            }
            SaveOutcome::Conflict { theirs } => {
                self.store.set(fresh);
                self.conflict.set(Some(Conflict::Newer(theirs)));
            }
            SaveOutcome::Deleted => {
                self.store.set(fresh);
                self.conflict.set(Some(Conflict::Deleted));
            }
        }
    }

    /// Reads the stored drafts; on failure sets the banner and returns `None`.
    fn read_store(&self) -> Option<DraftStore> {
        match storage::load::<DraftStore>(StorageKey::Drafts) {
            Ok(store) => Some(store.unwrap_or_default()),
            Err(StorageError::Corrupt { raw, .. }) => {
                // Text that appeared since the page opened (another tab, another version).
                match storage::quarantine(StorageKey::Drafts, &raw, &now_iso()) {
                    Ok(name) => {
                        self.storing.set(Storing::Quarantined(name));
                        // The text is safe under its own key: the main key can start over.
                        let empty = DraftStore::default();
                        self.write(&empty);
                        Some(empty)
                    }
                    Err(_) => {
                        self.storing.set(Storing::Newer);
                        None
                    }
                }
            }
            Err(StorageError::NewerSchema { .. }) => {
                self.storing.set(Storing::Newer);
                None
            }
            Err(StorageError::QuotaExceeded) => {
                self.storing.set(Storing::Full);
                None
            }
            Err(StorageError::Unavailable | StorageError::Browser(_)) => {
                self.storing.set(Storing::Unavailable);
                None
            }
        }
    }

    /// Stores `store`; `true` when written. A full storage keeps the changes in memory.
    fn write(&self, store: &DraftStore) -> bool {
        match storage::save(StorageKey::Drafts, store) {
            Ok(()) => {
                self.store.set(store.clone());
                if self.storing.get_untracked() == Storing::Full {
                    self.storing.set(Storing::Working);
                }
                true
            }
            Err(StorageError::QuotaExceeded) => {
                self.storing.set(Storing::Full);
                false
            }
            Err(_) => {
                self.storing.set(Storing::Unavailable);
                false
            }
        }
    }

    /// Opens draft `id` as stored, saving the current one first.
    pub fn switch_to(&self, id: &str) {
        self.save_now();
        if self.dirty.get_untracked() {
            // Not saved (full storage, conflict): switching would drop the changes.
            return;
        }
        let Some(draft) = self.store.with_untracked(|store| store.get(id).cloned()) else {
            return;
        };
        self.show(draft);
        self.remember_open();
    }

    fn show(&self, draft: Draft) {
        self.last_saved.set(Some(draft.saved_at));
        self.intake.set(draft.intake);
        self.open.set(OpenDraft {
            id: draft.id,
            name: draft.name,
            base_revision: Some(draft.revision),
        });
        self.dirty.set(false);
        self.conflict.set(None);
        self.updated_elsewhere.set(false);
    }

    fn remember_open(&self) {
        let id = self.open.get_untracked().id;
        if let Some(mut fresh) = self.read_store() {
            fresh.last_open = Some(id);
            self.write(&fresh);
        }
    }

    /// Starts a new, empty draft named `name` (written with its first change).
    pub fn create(&self, name: String, intake: Intake) {
        self.save_now();
        if self.dirty.get_untracked() {
            return;
        }
        self.intake.set(intake);
        self.open.set(OpenDraft {
            id: new_id(),
            name,
            base_revision: None,
        });
        self.dirty.set(false);
        self.conflict.set(None);
    }

    /// A saved copy of the open draft under `name`, then opened.
    pub fn duplicate(&self, name: String) {
        let intake = self.intake.get_untracked();
        self.create(name, intake);
        self.dirty.set(true);
        self.save_now();
    }

    pub fn rename(&self, name: &str) {
        self.open.update(|open| open.name = name.to_owned());
        let open = self.open.get_untracked();
        if open.base_revision.is_none() {
            return;
        }
        // Renaming is a save of its own; a conflict is resolved like any other.
        self.save_now();
        if let Some(mut fresh) = self.read_store() {
            if fresh.rename(&open.id, name) {
                let revision = fresh.get(&open.id).map(|draft| draft.revision);
                if self.write(&fresh) {
                    self.open.update(|open| open.base_revision = revision);
                }
            }
        }
    }

    /// Deletes the open draft and opens another (or a new empty one).
    pub fn delete_open(&self, next_name: String) {
        let id = self.open.get_untracked().id;
        if let Some(mut fresh) = self.read_store() {
            fresh.delete(&id);
            if !self.write(&fresh) {
                return;
            }
        }
        self.dirty.set(false);
        match self.store.with_untracked(|store| store.to_open().cloned()) {
            Some(draft) => self.show(draft),
            None => self.create(next_name, Intake::default()),
        }
    }

    /// Removes everything the app stored on this device and starts over in memory.
    pub fn clear_all(&self, next_name: String) -> bool {
        if storage::clear_app_data().is_err() {
            return false;
        }
        self.store.set(DraftStore::default());
        self.dirty.set(false);
        self.conflict.set(None);
        self.storing.set(Storing::Working);
        self.create(next_name, Intake::default());
        true
    }

    /// The user keeps the other tab's version of the draft.
    pub fn take_theirs(&self) {
        if let Some(Conflict::Newer(theirs)) = self.conflict.get_untracked() {
            self.show(*theirs);
        }
    }

    /// The user keeps this tab's version, written over the other one.
    pub fn keep_mine(&self) {
        match self.conflict.get_untracked() {
            Some(Conflict::Newer(theirs)) => {
                self.open
                    .update(|open| open.base_revision = Some(theirs.revision));
            }
            Some(Conflict::Deleted) => {
                self.open.update(|open| {
                    open.id = new_id();
                    open.base_revision = None;
                });
            }
            None => return,
        }
        self.conflict.set(None);
        self.dirty.set(true);
        self.save_now();
    }

    /// Another tab wrote the drafts: refresh the list, and take over its changes to the open
    /// draft when this tab has none of its own, else ask.
    fn on_stored_elsewhere(&self) {
        let Some(fresh) = self.read_store() else {
            return;
        };
        let open = self.open.get_untracked();
        let theirs = fresh.get(&open.id).cloned();
        self.store.set(fresh);
        let Some(base) = open.base_revision else {
            return;
        };
        match theirs {
            Some(theirs) if theirs.revision != base => {
                if self.dirty.get_untracked() {
                    self.conflict.set(Some(Conflict::Newer(Box::new(theirs))));
                } else {
                    self.show(theirs);
                    self.updated_elsewhere.set(true);
                }
            }
            Some(_) => {}
            None => self.conflict.set(Some(Conflict::Deleted)),
        }
    }
}

/// Reads the drafts, opens the last one (or a new one named `first_name`), and starts
/// saving, listening to other tabs, and asking for persistent storage.
pub fn provide_intake(first_name: String) -> IntakeState {
    let state = IntakeState::open(first_name);
    // Prerendering has no page to leave and no other tabs.
    if crate::web::window().is_some() {
        listen_to_page_and_other_tabs(state);
    }
    spawn_local(async move {
        state.persistent.set(request_persistent_storage().await);
    });
    provide_context(state);
    state
}

impl IntakeState {
    /// The drafts as stored, with the last one open (or a new one named `first_name`): the
    /// state machine alone, without timers, page events or context.
    fn open(first_name: String) -> IntakeState {
        let intake = RwSignal::new(Intake::default());
        let state = IntakeState {
            store: RwSignal::new(DraftStore::default()),
            open: RwSignal::new(OpenDraft {
                id: new_id(),
                name: first_name.clone(),
                base_revision: None,
            }),
            intake,
            problems: Memo::new(move |_| {
                let today = today();
                intake.with(|intake| {
                    today
                        .map(|today| problems(intake, today))
                        .unwrap_or_default()
                })
            }),
            dirty: RwSignal::new(false),
            storing: RwSignal::new(Storing::Working),
            conflict: RwSignal::new(None),
            updated_elsewhere: RwSignal::new(false),
            last_saved: RwSignal::new(None),
            persistent: RwSignal::new(false),
            pending_save: StoredValue::new(None),
        };
        if let Some(store) = state.read_store() {
            if let Some(draft) = store.to_open().cloned() {
                state.show(draft);
            }
            state.store.set(store);
        }
        state
    }
}

fn listen_to_page_and_other_tabs(state: IntakeState) {
    let hidden = window_event_listener(leptos::ev::visibilitychange, move |_| {
        let hidden = crate::web::window()
            .and_then(|window| window.document())
            .is_some_and(|document| document.hidden());
        if hidden {
            state.save_now();
        }
    });
    let leaving = window_event_listener(leptos::ev::pagehide, move |_| state.save_now());
    let other_tab = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() == Some(StorageKey::Drafts.name()) {
            state.on_stored_elsewhere();
        }
    });
    on_cleanup(move || {
        state.save_now();
        hidden.remove();
        leaving.remove();
        other_tab.remove();
    });
}

pub fn use_intake() -> IntakeState {
    expect_context::<IntakeState>()
}

/// Saves `intake` from an opened packet as a new draft named `name`, opened next time the
/// intake page loads. Never writes over a draft, and writes nothing when the stored drafts
/// cannot be read (they are left for the intake page to report).
pub fn import_as_new_draft(name: &str, intake: Intake) -> Result<(), StorageError> {
    let mut store = storage::load::<DraftStore>(StorageKey::Drafts)?.unwrap_or_default();
    store.create(new_id(), name.to_owned(), intake, &now_iso());
    storage::save(StorageKey::Drafts, &store)
}

// Native only: they run on the in-memory storage, which the browser build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "state_tests.rs"]
mod tests;
