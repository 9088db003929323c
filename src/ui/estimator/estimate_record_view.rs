use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::estimate_file::{EstimateRecord, RecordError};
use crate::domain::settlement::settle;
use crate::i18n::Args;
use crate::ui::components::Labels;
use crate::ui::estimator::estimate_summary::summary_table;
use crate::ui::estimator::settlement_panel::settlement_message;
use crate::ui::estimator::ScheduleInfo;
use crate::ui::format::decimal_text;

/// An estimate carried by a file or a packet, read-only: the schedule's publisher, date and
/// sources, the itemised table, and the prepayment, settlement and currency view where they
/// were entered. Figures that differ from what this app computes are shown as carried, with
/// a warning: they are what the sender saw.
#[component]
pub fn EstimateRecordView(
    /// The carried estimate.
    record: EstimateRecord,
    /// Labels, in a second language too when printed for someone else.
    labels: Labels,
) -> impl IntoView {
    let i18n = labels.i18n();
    let differs = matches!(record.check(), Err(RecordError::Figures));
    let entered = record.entered;
    let schedule = Arc::new(record.schedule);
    let table = summary_table(&labels, &schedule, &record.figures);
    let row = |label: AnyView, value: String| view! { <dt>{label}</dt><dd>{value}</dd> };
    let prepaid = entered
        .prepaid
        .map(|amount| row(labels.label("settlement-prepaid"), i18n.yen(amount)));
    let actual = entered
        .actual
        .map(|amount| row(labels.label("settlement-actual"), i18n.yen(amount)));
    let currency = entered.currency.map(|view| {
        row(
            labels.label_args(
                "currency-rate",
                &Args::new().text("code", view.code.clone()),
            ),
            decimal_text(view.yen_per_unit),
        )
    });
    let settlement = entered
        .prepaid
        .zip(entered.actual)
        .and_then(|(prepaid, actual)| settle(prepaid, actual).ok())
        .map(|outcome| {
            let (key, args) = settlement_message(i18n, outcome, "estimate-record-refund");
            labels.label_args(key, &args)
        });
    view! {
        <div class="estimate-record">
            <ScheduleInfo schedule=schedule />
            {differs.then(|| view! {
                <p class="notice notice--warning" role="note">{i18n.t("estimate-record-differs")}</p>
            })}
            {table}
            <dl class="estimate-record__entered">{prepaid} {actual} {currency}</dl>
            {settlement.map(|text| view! { <p class="settlement__result">{text}</p> })}
        </div>
    }
}
