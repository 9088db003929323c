//! The `/hospitals` page's state: the schedules being edited on this device (named, several,
//! saved on every change through [`stored`]), the one open, its problems and the preview.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use crate::domain::drafts::first_unused_number;
use crate::domain::fee_schedule::{FeeSchedule, ScheduleIndex};
use crate::domain::schedule_draft::{Problem, ScheduleDraft};
use crate::storage::StorageKey;
use crate::ui::persisted::{stored, StorageStatus};
use crate::ui::remote::{load_data, DataError, Remote};
use crate::web::new_id;

/// A schedule kept on this device.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedSchedule {
    pub key: String,
    pub name: String,
    pub draft: ScheduleDraft,
}

/// Every schedule on this device, and the one open last.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ScheduleStore {
    pub schedules: Vec<SavedSchedule>,
    pub open: Option<String>,
}

impl ScheduleStore {
    /// The open schedule's position: the one open last, else the last listed.
    pub fn open_index(&self) -> Option<usize> {
        let open = self.open.as_deref();
        self.schedules
            .iter()
            .position(|saved| Some(saved.key.as_str()) == open)
            .or_else(|| self.schedules.len().checked_sub(1))
    }

    /// "Schedule 3": the first number no schedule's name ends with.
    pub fn next_number(&self) -> usize {
        first_unused_number(self.schedules.iter().map(|saved| saved.name.as_str()))
    }
}

/// Handle to the page's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct HospitalsState {
    pub store: RwSignal<ScheduleStore>,
    pub storage: StorageStatus,
    /// What needs attention in the open schedule, as the data-file reader names it.
    pub problems: Memo<Vec<Problem>>,
    /// The open schedule as the estimator reads it: the last version without problems.
    pub preview: RwSignal<Remote<Arc<FeeSchedule>>>,
    /// Whether the preview is behind the schedule (which has problems now).
    pub preview_behind: Memo<bool>,
    /// The schedules listed on the planner's host, read once for the page's lists of them.
    pub listed: RwSignal<Remote<Arc<ScheduleIndex>>>,
}

impl HospitalsState {
    /// The open schedule (a blank one when there is none).
    pub fn draft(&self) -> ScheduleDraft {
        self.store.with(|store| {
            store
                .open_index()
                .map(|index| store.schedules[index].draft.clone())
                .unwrap_or_else(ScheduleDraft::blank)
        })
    }

    /// Reads one thing of the open schedule without cloning the rest.
    pub fn read<T>(&self, read: impl FnOnce(&ScheduleDraft) -> T) -> Option<T> {
        self.store.with(|store| {
            store
                .open_index()
                .map(|index| read(&store.schedules[index].draft))
        })
    }

    /// Changes the open schedule; saved at once.
    pub fn edit(&self, change: impl FnOnce(&mut ScheduleDraft)) {
        self.store.update(|store| {
            if let Some(index) = store.open_index() {
                change(&mut store.schedules[index].draft);
            }
        });
    }

    /// The open schedule's name on this device.
    pub fn name(&self) -> String {
        self.store.with(|store| {
            store
                .open_index()
                .map(|index| store.schedules[index].name.clone())
                .unwrap_or_default()
        })
    }

    pub fn rename(&self, name: String) {
        self.store.update(|store| {
            if let Some(index) = store.open_index() {
                store.schedules[index].name = name;
            }
        });
    }

    /// Adds `draft` under `name` and opens it.
    pub fn add(&self, name: String, draft: ScheduleDraft) {
        let key = new_id();
        self.store.update(|store| {
            store.schedules.push(SavedSchedule {
                key: key.clone(),
                name,
                draft,
            });
            store.open = Some(key);
        });
    }

    pub fn open(&self, key: String) {
        self.store.update(|store| store.open = Some(key));
    }

    /// Deletes the open schedule; opens the last remaining one.
    pub fn delete_open(&self) {
        self.store.update(|store| {
            if let Some(index) = store.open_index() {
                store.schedules.remove(index);
            }
            store.open = store.schedules.last().map(|saved| saved.key.clone());
        });
    }
}

/// Reads the schedules on this device (a first blank one named `first_name` when there are
/// none) and follows the open one with its problems and preview.
pub fn provide_hospitals(first_name: String) -> HospitalsState {
    let (store, storage) = stored(StorageKey::Schedules, ScheduleStore::default);
    if store.with_untracked(|store| store.schedules.is_empty()) {
        store.update(|store| {
            let key = new_id();
            store.schedules.push(SavedSchedule {
                key: key.clone(),
                name: first_name,
                draft: ScheduleDraft::blank(),
            });
            store.open = Some(key);
        });
    }
    let open_draft = Memo::new(move |_| {
        store.with(|store| {
            store
                .open_index()
                .map(|index| store.schedules[index].draft.clone())
        })
    });
    let problems = Memo::new(move |_| {
        open_draft.with(|draft| {
            draft
                .as_ref()
                .map(ScheduleDraft::problems)
                .unwrap_or_default()
        })
    });
    let preview = RwSignal::new(Remote::Loading);
    let parsed =
        Memo::new(move |_| open_draft.with(|draft| draft.as_ref().map(ScheduleDraft::parse)));
    let preview_behind = Memo::new(move |_| {
        parsed.with(|parsed| matches!(parsed, Some(Err(_))))
            && matches!(preview.get(), Remote::Ready(_))
    });
    let open_key = Memo::new(move |_| store.with(|store| store.open.clone()));
    // The preview follows every version without problems; with problems it keeps the last
    // good one of the same schedule (or says why there is none).
    Effect::new(move |shown_key: Option<Option<String>>| {
        let key = open_key.get();
        match parsed.get() {
            Some(Ok(schedule)) => preview.set(Remote::Ready(Arc::new(schedule))),
            Some(Err(error)) => {
                let same_schedule = shown_key.as_ref() == Some(&key);
                if !(same_schedule && matches!(preview.get_untracked(), Remote::Ready(_))) {
                    preview.set(Remote::Failed(DataError::Invalid(error)));
                }
            }
            None => {}
        }
        key
    });
    let listed = RwSignal::new(Remote::Loading);
    spawn_local(async move {
        listed.set(
            load_data("fee-schedules/index.json", ScheduleIndex::parse)
                .await
                .into(),
        );
    });
    let state = HospitalsState {
        store,
        storage,
        problems,
        preview,
        preview_behind,
        listed,
    };
    provide_context(state);
    state
}

pub fn use_hospitals() -> HospitalsState {
    expect_context::<HospitalsState>()
}
