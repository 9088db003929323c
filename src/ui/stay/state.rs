//! The stay page's state: the rules and holiday files, the saved inputs, and the computed
//! check and timeline.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::domain::business_days::HolidayData;
use crate::domain::mission_calendar::MissionData;
use crate::domain::stay_plan::{evaluate, StayInput, StayOutcome};
use crate::domain::stay_record::{plan_timeline, Calendars};
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
    /// The visa offices and their closure days.
    pub offices: RwSignal<Remote<Arc<MissionData>>>,
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
        let offices: RwSignal<Remote<Arc<MissionData>>> = RwSignal::new(Remote::Loading);
        let outcome = Memo::new(move |_| match rules.get() {
            Remote::Ready(rules) => Some(input.with(|input| evaluate(input, &rules, today()))),
            _ => None,
        });
        let timeline = Memo::new(move |_| {
            let (Remote::Ready(rules), Remote::Ready(holidays), Remote::Ready(offices)) =
                (rules.get(), holidays.get(), offices.get())
            else {
                return None;
            };
            let outcome = outcome.get()?;
            let calendars = Calendars {
                japan: &holidays.calendar(),
                offices: &offices,
            };
            input.with(|input| plan_timeline(input, &outcome, &rules, calendars, today()?))
        });
        let state = StayState {
            rules,
            holidays,
            offices,
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
        let (rules, holidays, offices) = (self.rules, self.holidays, self.offices);
        spawn_local(async move {
            rules.set(load_data("stay-rules.json", StayRules::parse).await.into());
            holidays.set(
                load_data("holidays-jp.json", HolidayData::parse)
                    .await
                    .into(),
            );
            offices.set(
                load_data("mission-holidays.json", MissionData::parse)
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
