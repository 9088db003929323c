//! The stay page's state: the rules and holiday files, the saved inputs, and the computed
//! check and timeline.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::business_days::HolidayData;
use crate::domain::stay_plan::{evaluate, StayInput, StayOutcome};
use crate::domain::stay_record::plan_timeline;
use crate::domain::stay_rules::StayRules;
use crate::domain::timeline::Timeline;
use crate::storage::StorageKey;
use crate::ui::persisted::{stored, StorageStatus};
use crate::ui::remote::{load_data, Remote};
use crate::web::today;

/// Handle to the stay page's state; cheap to copy.
#[derive(Clone, Copy)]
pub struct StayState {
    pub rules: RwSignal<Remote<Arc<StayRules>>>,
    pub holidays: RwSignal<Remote<Arc<HolidayData>>>,
    pub input: RwSignal<StayInput>,
    pub outcome: Memo<Option<StayOutcome>>,
    pub timeline: Memo<Option<Timeline>>,
    /// How storing the inputs is going.
    pub storage: StorageStatus,
}

impl StayState {
    fn new() -> StayState {
        let (input, storage) = stored(StorageKey::Stay, StayInput::default);
        let rules: RwSignal<Remote<Arc<StayRules>>> = RwSignal::new(Remote::Loading);
        let holidays: RwSignal<Remote<Arc<HolidayData>>> = RwSignal::new(Remote::Loading);
        let outcome = Memo::new(move |_| match rules.get() {
            Remote::Ready(rules) => Some(input.with(|input| evaluate(input, &rules, today()))),
            _ => None,
        });
        let timeline = Memo::new(move |_| {
            let (Remote::Ready(rules), Remote::Ready(holidays)) = (rules.get(), holidays.get())
            else {
                return None;
            };
            let outcome = outcome.get()?;
            input.with(|input| {
                plan_timeline(input, &outcome, &rules, &holidays.calendar(), today()?)
            })
        });
        let state = StayState {
            rules,
            holidays,
            input,
            outcome,
            timeline,
            storage,
        };
        state.load();
        state
    }

    pub fn update(&self, change: impl FnOnce(&mut StayInput)) {
        self.input.update(change);
    }

    fn load(&self) {
        let (rules, holidays) = (self.rules, self.holidays);
        spawn_local(async move {
            rules.set(load_data("stay-rules.json", StayRules::parse).await.into());
            holidays.set(
                load_data("holidays-jp.json", HolidayData::parse)
                    .await
                    .into(),
            );
        });
    }
}

pub fn provide_stay() -> StayState {
    let state = StayState::new();
    provide_context(state);
    state
}

pub fn use_stay() -> StayState {
    expect_context::<StayState>()
}
