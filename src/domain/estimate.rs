//! An estimate: schedule lines with quantities, the patient's own travel figures, tax and a
//! contingency margin, computed in exact whole yen.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::fee_schedule::{Category, FeeSchedule, Pricing, TaxRule, Unit};
use super::money::{MoneyError, Rounding, Yen};
use super::yen_range::YenRange;

/// The largest quantity any line accepts (minutes, points, units): generous for real plans,
/// small enough that no product of quantity and price can overflow.
pub const MAX_QUANTITY: i64 = 10_000_000;
/// Companions the travel section accepts.
pub const MAX_COMPANIONS: u32 = 20;
/// Nights the travel section accepts (a year and a half of stay).
pub const MAX_NIGHTS: u32 = 550;

/// A schedule item chosen for the estimate and how much of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct DraftLine {
    pub item_id: String,
    /// Minutes, points, units or times, as the item's pricing asks; ignored for packages.
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub quantity: Decimal,
}

/// Costs the patient enters from their own quotes: they are not in any fee schedule.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(default)]
pub struct TravelCosts {
    pub companions: u32,
    /// Return flight per traveller (patient and each companion).
    pub flight_per_person: Option<Yen>,
    pub nights: u32,
    /// Accommodation per night for the whole party.
    pub nightly_rate: Option<Yen>,
    /// Anything else: local transport, meals, insurance.
    pub other: Option<Yen>,
}

/// Everything the user has entered; stored on the device and exported in the packet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct EstimateDraft {
    pub schedule_id: String,
    pub lines: Vec<DraftLine>,
    /// The coordinator's service fee as quoted to the patient.
    pub coordinator_fee: Option<Yen>,
    pub travel: TravelCosts,
    /// Margin for changes in treatment, in percent of the whole estimate (0–100).
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub contingency_percent: Decimal,
}

impl EstimateDraft {
    pub fn new(schedule_id: &str) -> EstimateDraft {
        EstimateDraft {
            schedule_id: schedule_id.to_owned(),
            lines: Vec::new(),
            coordinator_fee: None,
            travel: TravelCosts::default(),
            contingency_percent: Decimal::ZERO,
        }
    }
}

/// What `/estimate` keeps on the device and the packet will carry: the draft, the
/// settlement figures and the currency view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct SavedEstimate {
    pub draft: EstimateDraft,
    #[serde(default)]
    pub prepaid: Option<Yen>,
    #[serde(default)]
    pub actual: Option<Yen>,
    #[serde(default)]
    pub currency: Option<super::currency::CurrencyView>,
    /// A schedule that came with an estimate file (a hospital's own, perhaps listed nowhere
    /// here): the estimate is computed from it instead of a listed one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<FeeSchedule>,
}

impl SavedEstimate {
    pub fn new(schedule_id: &str) -> SavedEstimate {
        SavedEstimate {
            draft: EstimateDraft::new(schedule_id),
            prepaid: None,
            actual: None,
            currency: None,
            schedule: None,
        }
    }
}

/// How a line's amount came about, for the "arithmetic shown" beside it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Breakdown {
    /// `count × price`.
    Times {
        #[serde(with = "super::decimal_text")]
        #[schemars(with = "String")]
        count: Decimal,
        price: YenRange,
    },
    /// First block, then `extra_blocks` further blocks started.
    Blocks {
        #[serde(with = "super::decimal_text")]
        #[schemars(with = "String")]
        minutes: Decimal,
        first_block_minutes: u32,
        first: YenRange,
        extra_blocks: u32,
        additional_block_minutes: u32,
        extra: YenRange,
    },
    /// `count × price` per unit.
    Units {
        #[serde(with = "super::decimal_text")]
        #[schemars(with = "String")]
        count: Decimal,
        unit: Unit,
        price: YenRange,
    },
    /// `points × yen_per_point`.
    Points {
        #[serde(with = "super::decimal_text")]
        #[schemars(with = "String")]
        points: Decimal,
        #[serde(with = "super::decimal_text")]
        #[schemars(with = "String")]
        yen_per_point: Decimal,
    },
    /// One fixed price whatever the number of sessions.
    Package { price: YenRange },
}

/// A computed line. Hashed as the key of its row on screen (redrawn only when it changes).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub struct EstimateLine {
    /// Position in the draft, so the UI can edit or remove the right line.
    pub index: usize,
    pub item_id: String,
    pub category: Category,
    pub breakdown: Breakdown,
    pub amount: YenRange,
    /// Whether `amount` already contains the consumption tax.
    pub includes_tax: bool,
}

/// Lines of one category and their subtotal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CategoryGroup {
    pub category: Category,
    pub lines: Vec<EstimateLine>,
    pub subtotal: YenRange,
}

/// Consumption tax on the medical part. A schedule states whether its prices include the
/// tax, and an item may say otherwise (a tax-included surcharge in a schedule that adds tax),
/// so an estimate can have tax added on some lines and contained in others.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TaxLine {
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub rate: Decimal,
    /// Tax added on top of the lines whose prices exclude it; `None` when no line does.
    pub added: Option<YenRange>,
    /// The part of the tax-included lines that is tax; `None` when no line includes it.
    pub included: Option<YenRange>,
}

/// Travel and stay from the patient's own figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct TravelTotals {
    pub travellers: u32,
    pub nights: u32,
    pub flights: Yen,
    pub accommodation: Yen,
    pub other: Yen,
    pub total: Yen,
}

/// The computed estimate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Estimate {
    pub groups: Vec<CategoryGroup>,
    /// Sum of the medical lines as listed.
    pub medical_subtotal: YenRange,
    pub tax: TaxLine,
    /// Medical part including tax.
    pub medical_total: YenRange,
    pub coordinator_fee: Yen,
    /// What is normally prepaid: the medical estimate and the coordinator's fee.
    pub prepayment: YenRange,
    pub travel: TravelTotals,
    #[serde(with = "super::decimal_text")]
    #[schemars(with = "String")]
    pub contingency_percent: Decimal,
    pub contingency: YenRange,
    pub total: YenRange,
    /// Draft lines whose item the schedule no longer has; kept in the draft, left out here.
    pub unknown_items: Vec<String>,
}

/// Why an estimate could not be computed.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EstimateError {
    #[error("line {index}: the quantity {quantity} is outside 0 to {MAX_QUANTITY}")]
    Quantity { index: usize, quantity: Decimal },
    #[error("the contingency margin must be between 0 and 100 %")]
    Contingency,
    #[error("the travel figures are outside what this app handles")]
    Travel,
    #[error(transparent)]
    Money(#[from] MoneyError),
}

/// Computes `draft` against `schedule`.
pub fn compute(schedule: &FeeSchedule, draft: &EstimateDraft) -> Result<Estimate, EstimateError> {
    let rounding = schedule.tax.rounding;
    let mut lines = Vec::new();
    let mut unknown_items = Vec::new();
    for (index, line) in draft.lines.iter().enumerate() {
        let Some(item) = schedule.item(&line.item_id) else {
            unknown_items.push(line.item_id.clone());
            continue;
        };
        if line.quantity < Decimal::ZERO || line.quantity > Decimal::from(MAX_QUANTITY) {
            return Err(EstimateError::Quantity {
                index,
                quantity: line.quantity,
            });
        }
        let (breakdown, amount) = price_line(&item.pricing, line.quantity, rounding)?;
        lines.push(EstimateLine {
            index,
            item_id: item.id.clone(),
            category: item.category,
            breakdown,
            amount,
            includes_tax: item.includes_tax(&schedule.tax),
        });
    }

    let mut groups = Vec::new();
    for category in Category::ALL {
        let members: Vec<EstimateLine> = lines
            .iter()
            .filter(|line| line.category == category)
            .cloned()
            .collect();
        if members.is_empty() {
            continue;
        }
        let subtotal = YenRange::checked_sum(members.iter().map(|line| line.amount))?;
        groups.push(CategoryGroup {
            category,
            lines: members,
            subtotal,
        });
    }

    let medical_subtotal = YenRange::checked_sum(groups.iter().map(|group| group.subtotal))?;
    let tax = tax_line(schedule.tax, &lines)?;
    let medical_total = medical_subtotal.checked_add(tax.added.unwrap_or(YenRange::ZERO))?;
    let coordinator_fee = draft.coordinator_fee.unwrap_or(Yen::ZERO);
    if coordinator_fee.is_negative() {
        return Err(EstimateError::Money(MoneyError::OutOfRange));
    }
    let prepayment = medical_total.checked_add(YenRange::exact(coordinator_fee))?;
    let travel = travel_totals(&draft.travel)?;

    let percent = draft.contingency_percent;
    if percent < Decimal::ZERO || percent > Decimal::ONE_HUNDRED {
        return Err(EstimateError::Contingency);
    }
    let before_margin = prepayment.checked_add(YenRange::exact(travel.total))?;
    // A margin is there to be safe: any fraction of a yen rounds up, whatever the schedule.
    let contingency = before_margin.times(percent / Decimal::ONE_HUNDRED, Rounding::Up)?;
    let total = before_margin.checked_add(contingency)?;

    Ok(Estimate {
        groups,
        medical_subtotal,
        tax,
        medical_total,
        coordinator_fee,
        prepayment,
        travel,
        contingency_percent: percent,
        contingency,
        total,
        unknown_items,
    })
}

/// The amount of one item for `quantity`, with its breakdown.
pub fn price_line(
    pricing: &Pricing,
    quantity: Decimal,
    rounding: Rounding,
) -> Result<(Breakdown, YenRange), MoneyError> {
    Ok(match pricing {
        Pricing::Fixed { price } => (
            Breakdown::Times {
                count: quantity,
                price: *price,
            },
            price.times(quantity, rounding)?,
        ),
        Pricing::TimeBlocks {
            first_block_minutes,
            first_block,
            additional_block_minutes,
            additional_block,
        } => {
            let extra_blocks =
                extra_blocks(quantity, *first_block_minutes, *additional_block_minutes);
            // Only blocks actually used count: an open-ended ("from") price for further
            // blocks makes the line open-ended only when a further block is started.
            let amount = if quantity <= Decimal::ZERO {
                YenRange::ZERO
            } else if extra_blocks == 0 {
                *first_block
            } else {
                first_block
                    .checked_add(additional_block.times(Decimal::from(extra_blocks), rounding)?)?
            };
            (
                Breakdown::Blocks {
                    minutes: quantity,
                    first_block_minutes: *first_block_minutes,
                    first: *first_block,
                    extra_blocks,
                    additional_block_minutes: *additional_block_minutes,
                    extra: *additional_block,
                },
                amount,
            )
        }
        Pricing::PerUnit { unit, price } => (
            Breakdown::Units {
                count: quantity,
                unit: *unit,
                price: *price,
            },
            price.times(quantity, rounding)?,
        ),
        Pricing::Points { yen_per_point } => {
            let per_point = YenRange::exact(Yen::new(1)?);
            (
                Breakdown::Points {
                    points: quantity,
                    yen_per_point: *yen_per_point,
                },
                per_point.times(quantity * yen_per_point, rounding)?,
            )
        }
        Pricing::Package { price, .. } => (Breakdown::Package { price: *price }, *price),
    })
}

/// Further blocks started after the first: 75 minutes in 30-minute blocks is the first block
/// and 2 more (any part of a block counts as a block, as hospitals bill).
pub fn extra_blocks(minutes: Decimal, first: u32, additional: u32) -> u32 {
    let beyond = minutes - Decimal::from(first);
    if beyond <= Decimal::ZERO || additional == 0 {
        return 0;
    }
    let blocks = (beyond / Decimal::from(additional)).ceil();
    blocks.to_u32().unwrap_or(u32::MAX)
}

fn tax_line(rule: TaxRule, lines: &[EstimateLine]) -> Result<TaxLine, MoneyError> {
    // The tax inside a tax-included price is price × rate ÷ (1 + rate); added tax is
    // price × rate ÷ 1. Each is computed once on its own subtotal, then rounded.
    let part = |included: bool, denominator: Decimal| -> Result<Option<YenRange>, MoneyError> {
        let mut matching = lines
            .iter()
            .filter(|line| line.includes_tax == included)
            .peekable();
        if matching.peek().is_none() {
            return Ok(None);
        }
        let subtotal = YenRange::checked_sum(matching.map(|line| line.amount))?;
        subtotal
            .times_ratio(rule.rate, denominator, rule.rounding)
            .map(Some)
    };
    let (added, included) = if lines.is_empty() {
        // Nothing chosen yet: say how the schedule treats tax, with nothing to pay.
        let zero = Some(YenRange::ZERO);
        if rule.prices_include_tax {
            (None, zero)
        } else {
            (zero, None)
        }
    } else {
        (
            part(false, Decimal::ONE)?,
            part(true, Decimal::ONE + rule.rate)?,
        )
    };
    Ok(TaxLine {
        rate: rule.rate,
        added,
        included,
    })
}

fn travel_totals(travel: &TravelCosts) -> Result<TravelTotals, EstimateError> {
    if travel.companions > MAX_COMPANIONS || travel.nights > MAX_NIGHTS {
        return Err(EstimateError::Travel);
    }
    let amounts = [travel.flight_per_person, travel.nightly_rate, travel.other];
    if amounts.iter().flatten().any(|amount| amount.is_negative()) {
        return Err(EstimateError::Travel);
    }
    let travellers = travel.companions + 1;
    let flights = travel
        .flight_per_person
        .unwrap_or(Yen::ZERO)
        .times(Decimal::from(travellers), Rounding::Down)?;
    let accommodation = travel
        .nightly_rate
        .unwrap_or(Yen::ZERO)
        .times(Decimal::from(travel.nights), Rounding::Down)?;
    let other = travel.other.unwrap_or(Yen::ZERO);
    let total = Yen::checked_sum([flights, accommodation, other])?;
    Ok(TravelTotals {
        travellers,
        nights: travel.nights,
        flights,
        accommodation,
        other,
        total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::fee_schedule::FeeSchedule;
    use std::str::FromStr;

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).unwrap()
    }

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    /// A schedule with one item of every pricing kind.
    fn schedule(prices_include_tax: bool, rounding: &str) -> FeeSchedule {
        let text = format!(
            r#"{{
          "format": "japan-care-planner/fee-schedule", "schema_version": 1, "id": "all-kinds",
          "name": {{"en": "All kinds"}}, "issuer": {{"en": "Test"}}, "example": true,
          "currency": "JPY", "as_of": "2026-11-21",
          "sources": [{{"id": "s", "title": {{"en": "t"}}, "url": "https://example.org", "checked": "2026-11-21"}}],
          "tax": {{"rate": "0.10", "prices_include_tax": {prices_include_tax}, "rounding": "{rounding}"}},
          "items": [
            {{"id": "opinion", "category": "consultation", "name": {{"en": "Opinion"}}, "source": "s",
              "pricing": {{"kind": "time_blocks", "first_block_minutes": 30, "first_block": 33000,
                          "additional_block_minutes": 30, "additional_block": {{"from": 11000}}}}}},
            {{"id": "written", "category": "consultation", "name": {{"en": "Written"}}, "source": "s",
              "pricing": {{"kind": "fixed", "price": 110000}}}},
            {{"id": "slide", "category": "pathology", "name": {{"en": "Slide"}}, "source": "s",
              "pricing": {{"kind": "per_unit", "unit": "slide", "price": 5500}}}},
            {{"id": "care", "category": "treatment", "name": {{"en": "Care"}}, "source": "s",
              "pricing": {{"kind": "points", "yen_per_point": "30"}}}},
            {{"id": "ion", "category": "treatment", "name": {{"en": "Heavy ion"}}, "source": "s",
              "pricing": {{"kind": "package", "price": 3140000}}}},
            {{"id": "interpreter", "category": "interpreter", "name": {{"en": "Interpreter"}}, "source": "s",
              "pricing": {{"kind": "per_unit", "unit": "hour", "price": 5000}}}}
          ]
        }}"#
        );
        FeeSchedule::parse("all-kinds.json", &text).expect("test schedule is valid")
    }

    fn draft(lines: &[(&str, &str)]) -> EstimateDraft {
        EstimateDraft {
            lines: lines
                .iter()
                .map(|(item_id, quantity)| DraftLine {
                    item_id: (*item_id).to_owned(),
                    quantity: dec(quantity),
                })
                .collect(),
            ..EstimateDraft::new("all-kinds")
        }
    }

    #[test]
    fn time_blocks_count_every_block_started() {
        let cases = [
            ("0", 0),
            ("1", 0),
            ("30", 0),
            ("31", 1),
            ("60", 1),
            ("75", 2),
            ("90", 2),
            ("91", 3),
        ];
        for (minutes, blocks) in cases {
            assert_eq!(extra_blocks(dec(minutes), 30, 30), blocks, "{minutes} min");
        }
        assert_eq!(extra_blocks(dec("45.5"), 30, 15), 2);
    }

    #[test]
    fn seventy_five_minutes_in_person_is_the_first_block_and_two_more_and_up() {
        let estimate = compute(&schedule(true, "down"), &draft(&[("opinion", "75")])).unwrap();
        let line = &estimate.groups[0].lines[0];
        assert_eq!(line.amount, YenRange::from(yen(55_000)));
        assert!(matches!(
            line.breakdown,
            Breakdown::Blocks {
                extra_blocks: 2,
                ..
            }
        ));
        assert_eq!(
            estimate.total.high, None,
            "a 'from' price leaves the total open"
        );
    }

    #[test]
    fn one_block_in_person_is_exact_when_no_open_ended_block_is_used() {
        // Regression: 30 minutes showed "¥33,000 and up" because the unused "from ¥11,000"
        // further block was added zero times.
        for minutes in ["1", "30"] {
            let estimate =
                compute(&schedule(true, "down"), &draft(&[("opinion", minutes)])).unwrap();
            let line = &estimate.groups[0].lines[0];
            assert_eq!(line.amount, YenRange::exact(yen(33_000)), "{minutes} min");
            assert!(estimate.total.is_exact(), "{minutes} min");
        }
    }

    #[test]
    fn every_kind_of_item_prices_exactly() {
        let estimate = compute(
            &schedule(true, "down"),
            &draft(&[
                ("written", "1"),
                ("slide", "3"),
                ("care", "1234"),
                ("ion", "12"),
                ("interpreter", "2.5"),
            ]),
        )
        .unwrap();
        let amounts: Vec<(String, YenRange)> = estimate
            .groups
            .iter()
            .flat_map(|group| group.lines.iter())
            .map(|line| (line.item_id.clone(), line.amount))
            .collect();
        assert_eq!(
            amounts,
            [
                ("written".into(), YenRange::exact(yen(110_000))),
                ("slide".into(), YenRange::exact(yen(16_500))),
                ("care".into(), YenRange::exact(yen(37_020))),
                // The package price does not depend on the number of sessions.
                ("ion".into(), YenRange::exact(yen(3_140_000))),
                ("interpreter".into(), YenRange::exact(yen(12_500))),
            ]
        );
        let groups: Vec<Category> = estimate.groups.iter().map(|group| group.category).collect();
        assert_eq!(
            groups,
            [
                Category::Consultation,
                Category::Pathology,
                Category::Treatment,
                Category::Interpreter
            ]
        );
    }

    #[test]
    fn tax_is_shown_inside_included_prices_and_added_to_excluded_ones() {
        let lines = [("care", "1234")];
        let included = compute(&schedule(true, "down"), &draft(&lines)).unwrap();
        // 37,020 × 0.1 / 1.1 = 3,365.45… → 3,365 (rounded down); the total is unchanged.
        assert_eq!(included.tax.included.unwrap(), YenRange::exact(yen(3_365)));
        assert_eq!(included.medical_total, YenRange::exact(yen(37_020)));

        let excluded = compute(&schedule(false, "down"), &draft(&lines)).unwrap();
        assert_eq!(excluded.tax.added.unwrap(), YenRange::exact(yen(3_702)));
        assert_eq!(excluded.medical_total, YenRange::exact(yen(40_722)));
        assert_eq!((included.tax.added, excluded.tax.included), (None, None));
    }

    #[test]
    fn an_item_stated_tax_included_gets_no_tax_added_in_a_schedule_that_adds_it() {
        // Regression: IUHW Narita's ¥7,700 no-referral surcharge is tax-included on the
        // hospital's page, and the app added 10 % on top (¥8,470).
        let text = schedule(false, "down");
        let mut mixed = text.clone();
        let written = mixed
            .items
            .iter_mut()
            .find(|item| item.id == "written")
            .unwrap();
        written.prices_include_tax = Some(true);
        let estimate = compute(&mixed, &draft(&[("written", "1"), ("care", "1000")])).unwrap();
        // 110,000 includes 10,000 of tax; 30,000 of care gets 3,000 added.
        assert_eq!(estimate.tax.included, Some(YenRange::exact(yen(10_000))));
        assert_eq!(estimate.tax.added, Some(YenRange::exact(yen(3_000))));
        assert_eq!(estimate.medical_total, YenRange::exact(yen(143_000)));
        let alone = compute(&mixed, &draft(&[("written", "1")])).unwrap();
        assert_eq!(alone.medical_total, YenRange::exact(yen(110_000)));
        assert_eq!(alone.tax.added, None);
    }

    #[test]
    fn a_package_from_a_tax_free_domestic_price_gets_tax_added() {
        // The heavy-ion example: ¥3,140,000 and up, tax added for visitors: ¥3,454,000 and up.
        let estimate = compute(&schedule(false, "down"), &draft(&[("ion", "1")])).unwrap();
        assert_eq!(estimate.medical_total, YenRange::exact(yen(3_454_000)));
    }

    #[test]
    fn tax_inside_round_included_prices_is_exact() {
        // Regression: 71,500 × (0.1 ÷ 1.1) gave 6,499.99… and rounded down to ¥6,499.
        let estimate = compute(
            &schedule(true, "down"),
            &draft(&[("written", "1"), ("slide", "3"), ("care", "0")]),
        )
        .unwrap();
        assert_eq!(estimate.medical_subtotal, YenRange::exact(yen(126_500)));
        assert_eq!(estimate.tax.included.unwrap(), YenRange::exact(yen(11_500)));
        let opinion = compute(&schedule(true, "down"), &draft(&[("written", "1")])).unwrap();
        assert_eq!(opinion.tax.included.unwrap(), YenRange::exact(yen(10_000)));
    }

    #[test]
    fn the_schedule_rounding_rule_is_applied() {
        let lines = [("care", "1")]; // 30 yen; tax-included share 2.727…
        let down = compute(&schedule(true, "down"), &draft(&lines)).unwrap();
        let half_up = compute(&schedule(true, "half_up"), &draft(&lines)).unwrap();
        let up = compute(&schedule(true, "up"), &draft(&lines)).unwrap();
        assert_eq!(down.tax.included.unwrap().low, yen(2));
        assert_eq!(half_up.tax.included.unwrap().low, yen(3));
        assert_eq!(up.tax.included.unwrap().low, yen(3));
    }

    #[test]
    fn travel_coordinator_and_contingency_complete_the_total() {
        let mut input = draft(&[("written", "1")]);
        input.coordinator_fee = Some(yen(50_000));
        input.travel = TravelCosts {
            companions: 1,
            flight_per_person: Some(yen(80_000)),
            nights: 5,
            nightly_rate: Some(yen(12_000)),
            other: Some(yen(10_001)),
        };
        input.contingency_percent = dec("10");
        let estimate = compute(&schedule(true, "down"), &input).unwrap();
        assert_eq!(estimate.prepayment, YenRange::exact(yen(160_000)));
        assert_eq!(estimate.travel.travellers, 2);
        assert_eq!(estimate.travel.total, yen(160_000 + 60_000 + 10_001));
        // 10 % of 390,001 = 39,000.1 → 39,001: a margin rounds up.
        assert_eq!(estimate.contingency, YenRange::exact(yen(39_001)));
        assert_eq!(estimate.total, YenRange::exact(yen(429_002)));
    }

    #[test]
    fn bad_quantities_and_unknown_items_are_reported_not_panicked_on() {
        let schedule = schedule(true, "down");
        assert!(matches!(
            compute(&schedule, &draft(&[("slide", "-1")])),
            Err(EstimateError::Quantity { index: 0, .. })
        ));
        assert!(matches!(
            compute(&schedule, &draft(&[("slide", "100000000")])),
            Err(EstimateError::Quantity { .. })
        ));
        let estimate = compute(&schedule, &draft(&[("gone", "1"), ("slide", "1")])).unwrap();
        assert_eq!(estimate.unknown_items, ["gone"]);
        assert_eq!(estimate.total, YenRange::exact(yen(5_500)));
        let mut margin = draft(&[]);
        margin.contingency_percent = dec("101");
        assert_eq!(compute(&schedule, &margin), Err(EstimateError::Contingency));
    }

    #[test]
    fn the_largest_accepted_inputs_do_not_overflow() {
        let mut input = draft(&[("ion", "1"), ("care", "10000000"), ("slide", "10000000")]);
        input.travel = TravelCosts {
            companions: MAX_COMPANIONS,
            flight_per_person: Some(yen(1_000_000_000)),
            nights: MAX_NIGHTS,
            nightly_rate: Some(yen(1_000_000_000)),
            other: Some(yen(1_000_000_000)),
        };
        input.contingency_percent = Decimal::ONE_HUNDRED;
        assert!(compute(&schedule(false, "up"), &input).is_ok());
    }
}
