//! Properties of stay checks over many generated dates: the off-by-one errors people complain
//! about in stay calculators cannot hide in the cases nobody thought to write down.
#![cfg(not(target_arch = "wasm32"))]

use japan_care_planner::domain::date::CalendarDate;
use japan_care_planner::domain::stay::{check_stay, StayLimit};
use proptest::prelude::*;

fn date() -> impl Strategy<Value = CalendarDate> {
    (2000i32..2100, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(year, month, day)| {
        CalendarDate::from_ymd(year, month, day)
    })
}

proptest! {
    #[test]
    fn the_last_permitted_day_is_exactly_inside_the_allowed_count(landing in date(), allowed in 1u32..=400) {
        let last = StayLimit::Days(allowed).last_permitted_day(landing).unwrap();
        prop_assert_eq!(landing.days_inclusive(last).unwrap(), allowed);
        let fits = check_stay(landing, last, StayLimit::Days(allowed)).unwrap();
        prop_assert!(fits.fits());
        let one_more = check_stay(landing, last.add_days(1).unwrap(), StayLimit::Days(allowed)).unwrap();
        prop_assert!(!one_more.fits());
        prop_assert_eq!(one_more.days_over, 1);
    }

    #[test]
    fn days_over_plus_allowed_is_the_stay(landing in date(), allowed in 1u32..=200, length in 1u32..=500) {
        let departure = landing.last_day_of_stay(length).unwrap();
        let check = check_stay(landing, departure, StayLimit::Days(allowed)).unwrap();
        prop_assert_eq!(check.days, length);
        prop_assert_eq!(check.days_over, length.saturating_sub(allowed));
    }

    #[test]
    fn a_month_limit_never_ends_before_its_days_equivalent_minus_three(landing in date(), months in 1u32..=12) {
        // A month is 28 to 31 days: the end of an n-month stay lies within n×28 and n×31 days.
        let last = StayLimit::Months(months).last_permitted_day(landing).unwrap();
        let days = landing.days_inclusive(last).unwrap();
        prop_assert!(days >= months * 28 - 3 && days <= months * 31, "{} months from {}: {} days", months, landing, days);
    }
}
