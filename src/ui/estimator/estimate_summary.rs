use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::estimate::{Estimate, EstimateLine};
use crate::domain::fee_schedule::{Category, FeeSchedule};
use crate::domain::money::Yen;
use crate::domain::yen_range::YenRange;
use crate::i18n::{use_i18n, Args, Locale};
use crate::ui::components::{Labels, SourceCitation};
use crate::ui::estimator::state::{use_estimator, EstimatorState};
use crate::ui::format::{breakdown_text, category_key, decimal_text, percent_text, price_text};

/// The itemised estimate: lines by category with their arithmetic, source and date, then
/// tax, the prepayment, the patient's own figures, the margin and the total.
#[component]
pub fn EstimateSummary(
    /// The schedule the estimate was computed from (names, sources, tax rule).
    schedule: Arc<FeeSchedule>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_estimator();
    // Whether there is an estimate, apart from its figures: the table is built once and a
    // change redraws only the rows it changed.
    let computed = Memo::new(move |_| {
        state
            .estimate
            .with(|estimate| estimate.as_ref().map(Result::is_ok))
    });
    let body = move || match computed.get() {
        Some(true) => live_table(Labels::single(i18n), state, schedule.clone()),
        Some(false) => view! { <p role="alert">{i18n.text("summary-error")}</p> }.into_any(),
        None => ().into_any(),
    };
    view! {
        <section class="panel summary" aria-labelledby="summary-heading">
            <h2 id="summary-heading">{i18n.text("summary-heading")}</h2>
            {body}
            <p class="muted">{i18n.text("summary-guidance")}</p>
        </section>
    }
}

/// The estimator's own table: [`summary_table`] with a keyed row per line, so a keystroke
/// in one quantity redraws that row and the totals. Rebuilding the whole table took about
/// 47 ms of a phone's time (4× CPU) per keystroke with 50 lines.
fn live_table(labels: Labels, state: EstimatorState, schedule: Arc<FeeSchedule>) -> AnyView {
    // A row's texts are written once, in the reader's language at the time: a change of
    // language is a new key for every group, so the whole table is redrawn in it.
    let i18n = labels.i18n();
    let categories = move || {
        let locale = i18n.locale();
        with_estimate(state, |estimate| {
            let categories = estimate.groups.iter().map(|group| (locale, group.category));
            categories.collect::<Vec<_>>()
        })
    };
    let group_labels = labels.clone();
    let group = move |(_, category): (Locale, Category)| {
        let lines = move || {
            with_estimate(state, |estimate| {
                estimate
                    .groups
                    .iter()
                    .find(|group| group.category == category)
                    .map(|group| group.lines.clone())
                    .unwrap_or_default()
            })
        };
        let (labels, schedule) = (group_labels.clone(), schedule.clone());
        view! {
            <tbody>
                {category_row(&labels, category)}
                <For
                    each=lines
                    key=|line: &EstimateLine| line.clone()
                    children=move |line| line_row(&labels, &schedule, &line)
                />
            </tbody>
        }
    };
    let totals_labels = labels.clone();
    let totals = move || {
        with_estimate(state, |estimate| {
            Some(totals_body(&totals_labels, estimate))
        })
    };
    let notes = move || with_estimate(state, |estimate| Some(table_notes(&labels, estimate)));
    view! {
        <table class="summary__table">
            <For each=categories key=|key| *key children=group />
            {totals}
        </table>
        {notes}
    }
    .into_any()
}

/// What `read` gives of the estimate on screen, or the default while there is none.
fn with_estimate<T: Default>(state: EstimatorState, read: impl FnOnce(&Estimate) -> T) -> T {
    state.estimate.with(|estimate| match estimate {
        Some(Ok(estimate)) => read(estimate),
        _ => T::default(),
    })
}

/// The itemised table of `estimate` (computed from `schedule`): groups and lines with their
/// arithmetic, source and date, then the totals. Shared by an opened estimate file and a
/// packet, which prints its labels in a second language too.
pub fn summary_table(labels: &Labels, schedule: &FeeSchedule, estimate: &Estimate) -> AnyView {
    let groups = estimate
        .groups
        .iter()
        .map(|group| {
            let lines = group
                .lines
                .iter()
                .map(|line| line_row(labels, schedule, line))
                .collect_view();
            view! {
                <tbody>
                    {category_row(labels, group.category)}
                    {lines}
                </tbody>
            }
        })
        .collect_view();
    view! {
        <table class="summary__table">
            {groups}
            {totals_body(labels, estimate)}
        </table>
        {table_notes(labels, estimate)}
    }
    .into_any()
}

/// The totals under the lines: subtotal, tax, medical total, coordinator, prepayment, the
/// patient's own figures, the margin and the total.
fn totals_body(labels: &Labels, estimate: &Estimate) -> AnyView {
    let i18n = labels.i18n();
    let tax_rate = Args::new().text("rate", percent_text(estimate.tax.rate));
    // Tax added to the lines that exclude it, and the share of the lines that include it.
    let tax_row = |label: &str, amount: Option<YenRange>| {
        amount.map(|amount| {
            total_row(
                labels.label_args(label, &tax_rate),
                price_text(i18n, amount),
                false,
            )
        })
    };
    let tax_added = tax_row("summary-tax-added", estimate.tax.added);
    let tax_included = tax_row("summary-tax-included", estimate.tax.included);
    let travel = estimate.travel;
    let optional_row = |label: AnyView, amount: Yen| {
        (amount != Yen::ZERO).then(|| total_row(label, i18n.yen(amount), false))
    };
    view! {
        <tbody class="summary__totals">
            {total_row(labels.label("summary-medical-subtotal"), price_text(i18n, estimate.medical_subtotal), false)}
            {tax_added}
            {tax_included}
            {total_row(labels.label("summary-medical-total"), price_text(i18n, estimate.medical_total), true)}
            {optional_row(labels.label("summary-coordinator"), estimate.coordinator_fee)}
            {total_row(labels.label("summary-prepayment"), price_text(i18n, estimate.prepayment), true)}
            {optional_row(
                labels.label_args("summary-flights", &Args::new().int("travellers", i64::from(travel.travellers))),
                travel.flights,
            )}
            {optional_row(
                labels.label_args("summary-accommodation", &Args::new().int("nights", i64::from(travel.nights))),
                travel.accommodation,
            )}
            {optional_row(labels.label("summary-other-costs"), travel.other)}
            {(!estimate.contingency_percent.is_zero()).then(|| total_row(
                labels.label_args("summary-contingency", &Args::new().text("percent", decimal_text(estimate.contingency_percent))),
                price_text(i18n, estimate.contingency),
                false,
            ))}
            <tr class="summary__total">
                <th scope="row">{labels.label("summary-total")}</th>
                <td class="amount" data-testid="estimate-total">{price_text(i18n, estimate.total)}</td>
            </tr>
        </tbody>
    }
    .into_any()
}

/// The notes under the table: an open-ended total, lines of items the schedule lacks.
fn table_notes(labels: &Labels, estimate: &Estimate) -> AnyView {
    let i18n = labels.i18n();
    let open_ended = estimate.total.high.is_none();
    let unknown = estimate.unknown_items.len();
    view! {
        {open_ended.then(|| view! { <p class="muted">{labels.label("summary-open-ended")}</p> })}
        {(unknown > 0).then(|| view! {
            <p class="muted">{i18n.t_args("summary-unknown-items", &Args::new().int("count", unknown as i64))}</p>
        })}
    }
    .into_any()
}

/// The heading row of a category's group of lines.
fn category_row(labels: &Labels, category: Category) -> impl IntoView {
    view! {
        <tr class="summary__category">
            <th scope="rowgroup" colspan="2">{labels.label(category_key(category))}</th>
        </tr>
    }
}

fn line_row(labels: &Labels, schedule: &FeeSchedule, line: &EstimateLine) -> impl IntoView {
    let i18n = labels.i18n();
    let item = schedule.item(&line.item_id);
    let name = item.map(|item| labels.localized(&item.name));
    let source = item
        .and_then(|item| schedule.source(&item.source))
        .map(|source| view! { {i18n.t("estimate-line-source")} " " <SourceCitation source=source.clone() /> });
    view! {
        <tr>
            <th scope="row">
                {name}
                <span class="summary__detail">{breakdown_text(i18n, &line.breakdown)}</span>
                <span class="summary__detail summary__source">{source}</span>
            </th>
            <td class="amount">{price_text(i18n, line.amount)}</td>
        </tr>
    }
}

fn total_row(label: AnyView, amount: String, strong: bool) -> impl IntoView {
    view! {
        <tr class:summary__strong=strong>
            <th scope="row">{label}</th>
            <td class="amount">{amount}</td>
        </tr>
    }
}
