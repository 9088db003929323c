//! The intake page's state: the drafts on this device, the one being edited, and the rules
//! that keep what is typed from ever being lost or silently overwritten.
//!
//! - Nothing is written before the drafts have been read.
//! - Every change, the draft's name included, is saved about 300 ms after the last
//!   keystroke, and at once when the page is hidden or left (`visibilitychange`, `pagehide`).
//! - Every save re-reads what is stored. Over another tab's later save, the two edits are
//!   merged field by field (`DraftStore::save`); a field both changed differently keeps both
//!   values for the user to choose from. The `storage` event makes a tab take up another
//!   tab's saves as they happen.
//! - On a first visit every tab starts the same draft ([`FIRST_DRAFT_ID`]), so two tabs make
//!   one draft.
//! - Stored text that cannot be read is copied under a quarantine key before anything is
//!   written; drafts from a newer app version are never written over; a full or disabled
//!   storage keeps everything in memory with a banner.

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde_json::Value;

use crate::domain::drafts::{
    Choice, Draft, DraftContent, DraftStore, Edit, SaveOutcome, FIRST_DRAFT_ID,
};
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

/// The draft being edited.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenDraft {
    pub id: String,
    pub name: String,
}

/// Handle to the intake page's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct IntakeState {
    /// The drafts as last read from or written to storage (for the list of drafts).
    pub store: RwSignal<DraftStore>,
    pub open: RwSignal<OpenDraft>,
    pub intake: RwSignal<Intake>,
    /// Fields of the open draft that two tabs changed differently.
    pub choices: RwSignal<Vec<Choice>>,
    /// What needs attention in the form, computed once per change for every field and the
    /// export.
    pub problems: Memo<Vec<Problem>>,
    /// Changes not yet written.
    pub dirty: RwSignal<bool>,
    pub storing: RwSignal<Storing>,
    /// Another tab deleted the open draft while this tab had it open.
    pub deleted_elsewhere: RwSignal<bool>,
    /// Set when another tab's changes were taken up.
    pub updated_elsewhere: RwSignal<bool>,
    pub last_saved: RwSignal<Option<String>>,
    pub persistent: RwSignal<bool>,
    /// The stored draft this tab's copy started from; `None` until first saved.
    base: StoredValue<Option<Draft>>,
    /// The stored draft this tab's last save was made over (see `Edit::before_base`).
    before_base: StoredValue<Option<Draft>>,
    pending_save: StoredValue<Option<TimeoutHandle>>,
}

impl IntakeState {
    /// Replaces the form with `change` applied, and schedules a save.
    pub fn edit(&self, change: impl FnOnce(&mut Intake)) {
        self.intake.update(change);
        self.changed();
    }

    /// Names the open draft; saved like any other change.
    pub fn rename(&self, name: &str) {
        self.open.update(|open| open.name = name.to_owned());
        self.changed();
    }

    fn changed(&self) {
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

    /// What the user edits: the open draft's name and form.
    fn content(&self) -> DraftContent {
        DraftContent {
            name: self.open.with_untracked(|open| open.name.clone()),
            intake: self.intake.get_untracked(),
        }
    }

    /// Writes the open draft if it changed, merged with what another tab saved meanwhile.
    pub fn save_now(&self) {
        if !self.dirty.get_untracked() || self.deleted_elsewhere.get_untracked() {
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
        let id = self.open.with_untracked(|open| open.id.clone());
        let content = self.content();
        let choices = self.choices.get_untracked();
        let base = self.base.get_value();
        let before_base = self.before_base.get_value();
        let now = now_iso();
        let edit = Edit {
            id: &id,
            content: &content,
            choices: &choices,
            base: base.as_ref(),
            before_base: before_base.as_ref(),
        };
        let (draft, merged) = match fresh.save(edit, &now) {
            SaveOutcome::Saved(draft) => (draft, false),
            SaveOutcome::Merged(draft) => (draft, true),
            SaveOutcome::Deleted => {
                self.store.set(fresh);
                self.deleted_elsewhere.set(true);
                return;
            }
        };
        fresh.last_open = Some(id);
        if !self.write(&fresh) {
            return;
        }
        self.last_saved.set(Some(now));
        self.dirty.set(false);
        self.before_base.set_value(base);
        if merged {
            self.take_up(draft);
        } else {
            self.base.set_value(Some(draft));
        }
    }

    /// Shows another tab's save of the open draft (or a merge with it) in this tab, changing
    /// only what differs: a field that shows its value already is left alone.
    fn take_up(&self, draft: Draft) {
        if self.intake.with_untracked(|intake| *intake != draft.intake) {
            self.intake.set(draft.intake.clone());
        }
        if self.open.with_untracked(|open| open.name != draft.name) {
            self.open.update(|open| open.name = draft.name.clone());
        }
        if self
            .choices
            .with_untracked(|choices| *choices != draft.choices)
        {
            self.choices.set(draft.choices.clone());
        }
        self.last_saved.set(Some(draft.saved_at.clone()));
        self.base.set_value(Some(draft));
        self.updated_elsewhere.set(true);
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
            // Not saved (full storage, deleted elsewhere): switching would drop the changes.
            return;
        }
        let Some(draft) = self.store.with_untracked(|store| store.get(id).cloned()) else {
            return;
        };
        self.show(draft);
        self.remember_open();
    }

    fn show(&self, draft: Draft) {
        self.last_saved.set(Some(draft.saved_at.clone()));
        self.intake.set(draft.intake.clone());
        self.open.set(OpenDraft {
            id: draft.id.clone(),
            name: draft.name.clone(),
        });
        self.choices.set(draft.choices.clone());
        self.base.set_value(Some(draft));
        self.before_base.set_value(None);
        self.dirty.set(false);
        self.deleted_elsewhere.set(false);
        self.updated_elsewhere.set(false);
    }

    fn remember_open(&self) {
        let id = self.open.get_untracked().id;
        if let Some(mut fresh) = self.read_store() {
            fresh.last_open = Some(id);
            self.write(&fresh);
        }
    }

    /// Starts a new draft named `name` holding `intake` (written with its first change).
    pub fn create(&self, name: String, intake: Intake) {
        self.save_now();
        if self.dirty.get_untracked() {
            return;
        }
        self.start(new_id(), name, intake);
    }

    fn start(&self, id: String, name: String, intake: Intake) {
        self.intake.set(intake);
        self.open.set(OpenDraft { id, name });
        self.choices.set(Vec::new());
        self.base.set_value(None);
        self.before_base.set_value(None);
        self.dirty.set(false);
        self.deleted_elsewhere.set(false);
        self.updated_elsewhere.set(false);
    }

    /// A saved copy of the open draft under `name`, then opened.
    pub fn duplicate(&self, name: String) {
        let intake = self.intake.get_untracked();
        self.create(name, intake);
        self.changed();
        self.save_now();
    }

    /// Deletes the open draft and opens another (or a new empty one).
    /// Returns whether it was deleted (not when the store could not be written).
    pub fn delete_open(&self, next_name: String) -> bool {
        let id = self.open.get_untracked().id;
        if let Some(mut fresh) = self.read_store() {
            fresh.delete(&id);
            if !self.write(&fresh) {
                return false;
            }
        }
        self.dirty.set(false);
        match self.store.with_untracked(|store| store.to_open().cloned()) {
            Some(draft) => self.show(draft),
            None => self.create(next_name, Intake::default()),
        }
        true
    }

    /// Removes everything the app stored on this device and starts over in memory.
    pub fn clear_all(&self, next_name: String) -> bool {
        if storage::clear_app_data().is_err() {
            return false;
        }
        self.store.set(DraftStore::default());
        self.dirty.set(false);
        self.storing.set(Storing::Working);
        self.create(next_name, Intake::default());
        true
    }

    /// Keeps this tab's copy of a draft another tab deleted, as a new draft.
    pub fn save_as_new(&self) {
        self.open.update(|open| open.id = new_id());
        self.base.set_value(None);
        self.deleted_elsewhere.set(false);
        self.changed();
        self.save_now();
    }

    /// Puts `value` in the field at `pointer` (one of a choice's values, or both joined).
    pub fn choose(&self, pointer: &str, value: Value) {
        let Some(chosen) = self.content().with(pointer, value) else {
            return;
        };
        self.open.update(|open| open.name = chosen.name);
        self.intake.set(chosen.intake);
        self.changed();
    }

    /// The user has seen the values offered for `pointer`: the form stays as it is.
    pub fn dismiss(&self, pointer: &str) {
        self.choices
            .update(|choices| choices.retain(|choice| choice.pointer != pointer));
        self.changed();
    }

    /// The value at `pointer` in the open draft, for marking the one in the form.
    pub fn value_at(&self, pointer: &str) -> Option<Value> {
        let content = DraftContent {
            name: self.open.with(|open| open.name.clone()),
            intake: self.intake.get(),
        };
        crate::domain::merge::value_at(&content, pointer)
    }

    /// Another tab wrote the drafts: refresh the list, and take up its changes to the open
    /// draft (merged with this tab's own, if it has any).
    fn on_stored_elsewhere(&self) {
        let Some(fresh) = self.read_store() else {
            return;
        };
        let id = self.open.with_untracked(|open| open.id.clone());
        let theirs = fresh.get(&id).cloned();
        self.store.set(fresh);
        if self.dirty.get_untracked() {
            self.save_now();
            return;
        }
        let base = self.base.get_value();
        match theirs {
            Some(theirs) if base.as_ref() != Some(&theirs) => {
                let overwritten = base.is_some_and(|base| theirs.revision <= base.revision);
                if overwritten {
                    // The other tab saved over this tab's last save without having seen it:
                    // save this tab's copy again, merged with theirs.
                    self.dirty.set(true);
                    self.save_now();
                } else {
                    self.take_up(theirs);
                }
            }
            None if base.is_some() => self.deleted_elsewhere.set(true),
            _ => {}
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
    /// The drafts as stored, with the last one open (or, on a first visit, the first draft
    /// named `first_name`): the state machine alone, without timers, page events or context.
    fn open(first_name: String) -> IntakeState {
        let intake = RwSignal::new(Intake::default());
        let state = IntakeState {
            store: RwSignal::new(DraftStore::default()),
            open: RwSignal::new(OpenDraft {
                id: FIRST_DRAFT_ID.to_owned(),
                name: first_name,
            }),
            intake,
            choices: RwSignal::new(Vec::new()),
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
            deleted_elsewhere: RwSignal::new(false),
            updated_elsewhere: RwSignal::new(false),
            last_saved: RwSignal::new(None),
            persistent: RwSignal::new(false),
            base: StoredValue::new(None),
            before_base: StoredValue::new(None),
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

/// Saves `intake` from an opened packet as a new draft `id` named `name` (made unique among
/// the drafts), opened next time the intake page loads; returns the name given. Never writes
/// over a draft, and writes nothing when the stored drafts cannot be read (they are left for
/// the intake page to report). The id is the caller's, so the packet's files can be kept in
/// the new draft's case first (src/ui/case.rs).
pub fn import_as_new_draft(id: String, name: &str, intake: Intake) -> Result<String, StorageError> {
    let mut store = storage::load::<DraftStore>(StorageKey::Drafts)?.unwrap_or_default();
    let name = store.unique_name(name);
    store.create(id, name.clone(), intake, &now_iso());
    storage::save(StorageKey::Drafts, &store)?;
    Ok(name)
}

// Native only: they run on the in-memory storage, which the browser build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "state_tests.rs"]
mod tests;
