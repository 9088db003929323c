//! The estimator's state: data files being loaded, the saved estimate, and the computed
//! result. Components read these signals and call the methods; the arithmetic is in
//! `domain::estimate`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use rust_decimal::Decimal;

use crate::domain::currency::CurrencyTable;
use crate::domain::data_file::parse_data_file;
use crate::domain::estimate::{compute, DraftLine, Estimate, EstimateError, SavedEstimate};
use crate::domain::fee_schedule::{FeeSchedule, Pricing, ScheduleIndex};
use crate::ui::persisted::StorageStatus;
use crate::ui::remote::{load_data, load_schedule, Remote};

/// Where the estimator runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `/estimate`: schedule picker, saved on this device. Only the estimator's own bundle
    /// has the page, so the others (the embed's above all) leave its storage out.
    #[cfg(feature = "estimator")]
    Page,
    /// `/embed/estimate`: one schedule chosen by the host page, nothing stored.
    Embed { schedule_id: String },
    /// A schedule given by the page around the estimator (the editor's preview, or one the
    /// embed's host page sent): nothing fetched but the currencies, nothing stored.
    Given {
        schedule: RwSignal<Remote<Arc<FeeSchedule>>>,
    },
}

/// Handle to the estimator's state; cheap to copy into closures.
#[derive(Clone, Copy)]
pub struct EstimatorState {
    pub index: RwSignal<Remote<Arc<ScheduleIndex>>>,
    pub schedule: RwSignal<Remote<Arc<FeeSchedule>>>,
    pub currencies: RwSignal<Remote<Arc<CurrencyTable>>>,
    pub saved: RwSignal<SavedEstimate>,
    pub estimate: Memo<Option<Result<Estimate, EstimateError>>>,
    /// How storing the estimate is going (nothing is stored for the embed).
    pub storage: StorageStatus,
    pub embedded: bool,
    /// The schedule id last fetched, so each id is fetched once however its load is asked for.
    requested: StoredValue<String>,
}

impl EstimatorState {
    pub fn new(mode: Mode) -> EstimatorState {
        let (saved, storage, embedded) = match &mode {
            Mode::Embed { schedule_id } => (
                RwSignal::new(SavedEstimate::new(schedule_id)),
                StorageStatus::not_stored(),
                true,
            ),
            Mode::Given { .. } => (
                RwSignal::new(SavedEstimate::new("")),
                StorageStatus::not_stored(),
                true,
            ),
            #[cfg(feature = "estimator")]
            Mode::Page => {
                let (saved, status) =
                    crate::ui::persisted::stored(crate::storage::StorageKey::Estimate, || {
                        SavedEstimate::new("")
                    });
                (saved, status, false)
            }
        };
        let schedule: RwSignal<Remote<Arc<FeeSchedule>>> = match &mode {
            Mode::Given { schedule } => *schedule,
            _ => RwSignal::new(Remote::Loading),
        };
        let estimate = Memo::new(move |_| match schedule.get() {
            Remote::Ready(schedule) => {
                Some(saved.with(|saved: &SavedEstimate| compute(&schedule, &saved.draft)))
            }
            _ => None,
        });
        let state = EstimatorState {
            index: RwSignal::new(Remote::Loading),
            schedule,
            currencies: RwSignal::new(Remote::Loading),
            saved,
            estimate,
            storage,
            embedded,
            requested: StoredValue::new(String::new()),
        };
        state.load_currencies();
        if matches!(mode, Mode::Given { .. }) {
            return state;
        }
        // The index names the default schedule: needed by the page, and by an embed whose
        // host gave no `schedule`.
        if !embedded || state.schedule_id().is_empty() {
            state.load_index();
        }
        state.load_schedule(state.schedule_id());
        state.load_schedule_on_change();
        state
    }

    /// The schedule id in use (empty until the index names a default).
    pub fn schedule_id(&self) -> String {
        self.saved.with(|saved| saved.draft.schedule_id.clone())
    }

    pub fn update(&self, change: impl FnOnce(&mut SavedEstimate)) {
        self.saved.update(change);
    }

    /// Chooses a listed schedule; a schedule that came with an estimate file is let go.
    pub fn select_schedule(&self, id: String) {
        let had_file = self.saved.with_untracked(|saved| saved.schedule.is_some());
        self.update(|saved| {
            saved.draft.schedule_id = id.clone();
            saved.schedule = None;
        });
        if had_file {
            // The listed schedule may share the file's id: fetch it whatever the id.
            self.requested.set_value(String::new());
            self.load_schedule(id);
        }
    }

    /// The name (in `locale`) of the schedule that came with an estimate file, when the
    /// estimate uses one.
    pub fn file_schedule_name(&self, locale: &str) -> Option<String> {
        self.saved.with(|saved| {
            saved
                .schedule
                .as_ref()
                .map(|schedule| schedule.name.get(locale).to_owned())
        })
    }

    /// Adds an item with a sensible starting quantity: one first block of time, one unit,
    /// zero points (the hospital's estimate gives the number).
    pub fn add_line(&self, item_id: &str) {
        let Remote::Ready(schedule) = self.schedule.get_untracked() else {
            return;
        };
        let Some(item) = schedule.item(item_id) else {
            return;
        };
        let quantity = match &item.pricing {
            Pricing::TimeBlocks {
                first_block_minutes,
                ..
            } => Decimal::from(*first_block_minutes),
            Pricing::Points { .. } => Decimal::ZERO,
            _ => Decimal::ONE,
        };
        self.update(|saved| {
            saved.draft.lines.push(DraftLine {
                item_id: item.id.clone(),
                quantity,
            })
        });
    }

    pub fn remove_line(&self, index: usize) {
        self.update(|saved| {
            if index < saved.draft.lines.len() {
                saved.draft.lines.remove(index);
            }
        });
    }

    pub fn set_quantity(&self, index: usize, quantity: Decimal) {
        self.update(|saved| {
            if let Some(line) = saved.draft.lines.get_mut(index) {
                line.quantity = quantity;
            }
        });
    }

    fn load_index(&self) {
        let this = *self;
        spawn_local(async move {
            let index = load_data("fee-schedules/index.json", ScheduleIndex::parse).await;
            if let Ok(index) = &index {
                if this.schedule_id().is_empty() {
                    if let Some(first) = index.schedules.first() {
                        this.select_schedule(first.id.clone());
                        this.load_schedule(first.id.clone());
                    }
                }
            }
            this.index.set(index.into());
        });
    }

    fn load_currencies(&self) {
        let currencies = self.currencies;
        spawn_local(async move {
            let table = load_data("currencies.json", parse_data_file::<CurrencyTable>).await;
            currencies.set(table.into());
        });
    }

    /// Fetches the schedule whenever the chosen id changes. The first load is asked for
    /// directly too (`new`, `load_index`): effects do not run when pages are prerendered.
    fn load_schedule_on_change(&self) {
        let this = *self;
        let chosen = Memo::new(move |_| this.schedule_id());
        Effect::new(move |_| this.load_schedule(chosen.get()));
    }

    fn load_schedule(&self, id: String) {
        if id.is_empty() || self.requested.with_value(|requested| *requested == id) {
            return;
        }
        let from_file = self
            .saved
            .with_untracked(|saved| saved.schedule.clone().filter(|schedule| schedule.id == id));
        if let Some(schedule) = from_file {
            self.requested.set_value(id);
            self.schedule.set(Remote::Ready(Arc::new(schedule)));
            return;
        }
        self.requested.set_value(id.clone());
        self.schedule.set(Remote::Loading);
        let this = *self;
        spawn_local(async move {
            let result = load_schedule(&id).await;
            // The user may have picked another schedule while this one was loading.
            if this.schedule_id() == id {
                this.schedule.set(result.into());
            }
        });
    }
}

/// Provides the estimator state to the components below.
pub fn provide_estimator(mode: Mode) -> EstimatorState {
    let state = EstimatorState::new(mode);
    provide_context(state);
    state
}

pub fn use_estimator() -> EstimatorState {
    expect_context::<EstimatorState>()
}
