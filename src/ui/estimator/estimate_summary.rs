use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::estimate::{Estimate, EstimateLine};
use crate::domain::fee_schedule::FeeSchedule;
use crate::domain::money::Yen;
use crate::domain::yen_range::YenRange;
use crate::i18n::{use_i18n, Args};
use crate::ui::components::{Labels, SourceCitation};
use crate::ui::estimator::state::use_estimator;
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
    let body = move || match state.estimate.get() {
        Some(Ok(estimate)) => summary_table(&Labels::single(i18n), &schedule, &estimate),
        Some(Err(_)) => view! { <p role="alert">{i18n.text("summary-error")}</p> }.into_any(),
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

/// The itemised table of `estimate` (computed from `schedule`): groups and lines with their
/// arithmetic, source and date, then the totals. Shared by the estimator, an opened estimate
/// file and a packet, which prints its labels in a second language too.
pub fn summary_table(labels: &Labels, schedule: &FeeSchedule, estimate: &Estimate) -> AnyView {
    let i18n = labels.i18n();
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
                    <tr class="summary__category">
                        <th scope="rowgroup" colspan="2">{labels.label(category_key(group.category))}</th>
                    </tr>
                    {lines}
                </tbody>
            }
        })
        .collect_view();
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
    let open_ended = estimate.total.high.is_none();
    let unknown = estimate.unknown_items.len();
    let optional_row = |label: AnyView, amount: Yen| {
        (amount != Yen::ZERO).then(|| total_row(label, i18n.yen(amount), false))
    };
    view! {
        <table class="summary__table">
            {groups}
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
        </table>
        {open_ended.then(|| view! { <p class="muted">{labels.label("summary-open-ended")}</p> })}
        {(unknown > 0).then(|| view! {
            <p class="muted">{i18n.t_args("summary-unknown-items", &Args::new().int("count", unknown as i64))}</p>
        })}
    }
    .into_any()
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
