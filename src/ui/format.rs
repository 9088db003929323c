//! Turning domain values into reader-facing text in the active language.

use rust_decimal::Decimal;

use crate::domain::date::CalendarDate;
use crate::domain::estimate::Breakdown;
use crate::domain::fee_schedule::{Category, Pricing, Unit};
use crate::domain::guide::{DurationUnit, Span, Takes};
use crate::domain::money::Yen;
use crate::domain::stay::{StayCheck, StayLimit};
use crate::domain::timeline::Step;
use crate::domain::yen_range::YenRange;
use crate::i18n::{Args, I18n};
use crate::ui::remote::DataError;

/// `¥33,000`, `¥11,000 and up`, `¥1,000 to ¥3,000`.
pub fn price_text(i18n: I18n, range: YenRange) -> String {
    match range.high {
        Some(high) if high == range.low => i18n.yen(range.low),
        Some(high) => i18n.t_args(
            "price-range",
            &Args::new()
                .text("low", i18n.yen(range.low))
                .text("high", i18n.yen(high)),
        ),
        None => i18n.t_args(
            "price-from",
            &Args::new().text("amount", i18n.yen(range.low)),
        ),
    }
}

/// A decimal as people write it: no trailing zeros (`2.5`, `30`, `10`).
pub fn decimal_text(value: Decimal) -> String {
    value.normalize().to_string()
}

/// A tax rate as a percentage figure: `0.10` → `10`.
pub fn percent_text(rate: Decimal) -> String {
    decimal_text(rate * Decimal::ONE_HUNDRED)
}

/// Yen for input fields: digits only, so the text parses back unchanged.
pub fn yen_input_text(amount: Option<Yen>) -> String {
    amount
        .map(|yen| yen.to_i64().to_string())
        .unwrap_or_default()
}

/// The yen a field's checked number stands for; `None` when empty or not whole yen (the field
/// itself has already told the user).
pub fn yen_from_input(value: Option<Decimal>) -> Option<Yen> {
    value.and_then(|value| Yen::try_from(value).ok())
}

/// The arithmetic behind a line, e.g. `first 30 min ¥33,000, then 2 × 30 min at ¥11,000 and up`.
pub fn breakdown_text(i18n: I18n, breakdown: &Breakdown) -> String {
    match breakdown {
        Breakdown::Times { count, price } => i18n.t_args(
            "breakdown-times",
            &Args::new()
                .text("count", decimal_text(*count))
                .text("price", price_text(i18n, *price)),
        ),
        Breakdown::Units { count, price, .. } => i18n.t_args(
            "breakdown-times",
            &Args::new()
                .text("count", decimal_text(*count))
                .text("price", price_text(i18n, *price)),
        ),
        // No "then 0 × 30 min" line when only the first block is used.
        Breakdown::Blocks {
            first_block_minutes,
            first,
            extra_blocks: 0,
            ..
        } => i18n.t_args(
            "breakdown-first-block",
            &Args::new()
                .int("first-minutes", i64::from(*first_block_minutes))
                .text("first", price_text(i18n, *first)),
        ),
        Breakdown::Blocks {
            first_block_minutes,
            first,
            extra_blocks,
            additional_block_minutes,
            extra,
            ..
        } => i18n.t_args(
            "breakdown-blocks",
            &Args::new()
                .int("first-minutes", i64::from(*first_block_minutes))
                .text("first", price_text(i18n, *first))
                .int("extra-blocks", i64::from(*extra_blocks))
                .int("additional-minutes", i64::from(*additional_block_minutes))
                .text("extra", price_text(i18n, *extra)),
        ),
        Breakdown::Points {
            points,
            yen_per_point,
        } => i18n.t_args(
            "breakdown-points",
            &Args::new()
                .text("points", decimal_text(*points))
                .text("rate", decimal_text(*yen_per_point)),
        ),
        Breakdown::Package { .. } => i18n.t("estimate-package-note"),
    }
}

/// Message id of the label for a line's quantity.
pub fn quantity_label_key(pricing: &Pricing) -> Option<&'static str> {
    Some(match pricing {
        Pricing::Fixed { .. } => "quantity-times",
        Pricing::TimeBlocks { .. } => "quantity-minutes",
        Pricing::Points { .. } => "quantity-points",
        Pricing::PerUnit { unit, .. } => match unit {
            Unit::Hour => "unit-hour",
            Unit::Slide => "unit-slide",
            Unit::Case => "unit-case",
            Unit::Visit => "unit-visit",
            Unit::Trip => "unit-trip",
        },
        Pricing::Package { .. } => return None,
    })
}

/// Message id naming a category.
pub fn category_key(category: Category) -> &'static str {
    match category {
        Category::Consultation => "category-consultation",
        Category::Pathology => "category-pathology",
        Category::Examination => "category-examination",
        Category::Treatment => "category-treatment",
        Category::Interpreter => "category-interpreter",
        Category::Other => "category-other",
    }
}

/// What went wrong with a data file, naming the file and, for a broken one, the field.
pub fn data_error_text(i18n: I18n, error: &DataError) -> String {
    match error {
        DataError::Fetch(error) => i18n.t_args(
            "data-load-failed",
            &Args::new()
                .text("file", error.file.clone())
                .text("reason", error.reason.clone()),
        ),
        DataError::Invalid(error) => i18n.t_args(
            "data-file-invalid",
            &Args::new()
                .text("file", error.file.clone())
                .text("field", error.field.clone())
                .text("reason", error.reason.clone()),
        ),
    }
}

/// `about 2 weeks`, `7 to 10 days`, `at least 5 business days`, in the active language.
pub fn takes_text(i18n: I18n, takes: &Takes) -> String {
    let unit = |count: u32| {
        let id = match takes.unit {
            DurationUnit::Day => "guide-unit-day",
            DurationUnit::BusinessDay => "guide-unit-business-day",
            DurationUnit::Week => "guide-unit-week",
            DurationUnit::Month => "guide-unit-month",
        };
        i18n.t_args(id, &Args::new().int("count", i64::from(count)))
    };
    let (id, args) = match takes.span {
        Span::Between(min, max) => (
            "guide-takes-between",
            Args::new()
                .int("min", min.into())
                .int("max", max.into())
                .text("unit", unit(max)),
        ),
        Span::AtMost(max) => (
            "guide-takes-at-most",
            Args::new().int("max", max.into()).text("unit", unit(max)),
        ),
        Span::AtLeast(min) => (
            "guide-takes-at-least",
            Args::new().int("min", min.into()).text("unit", unit(min)),
        ),
        Span::About(count) => (
            "guide-takes-about",
            Args::new()
                .int("count", count.into())
                .text("unit", unit(count)),
        ),
    };
    i18n.t_args(id, &args)
}

/// `90 days`, `6 months`, `1 year` in the reader's language.
pub fn period_text(i18n: I18n, period: StayLimit) -> String {
    let count = |value: u32| Args::new().int("count", i64::from(value));
    match period {
        StayLimit::Days(days) => i18n.t_args("period-days", &count(days)),
        StayLimit::Months(months) if months.is_multiple_of(12) => {
            i18n.t_args("period-years", &count(months / 12))
        }
        StayLimit::Months(months) => i18n.t_args("period-months", &count(months)),
    }
}

/// The message naming a step of the timeline.
pub fn step_key(step: Step) -> &'static str {
    match step {
        Step::ContactCoordinator => "step-contact-coordinator",
        Step::PayWrittenOpinion => "step-pay-written-opinion",
        Step::HospitalRequest => "step-hospital-request",
        Step::Prepayment => "step-prepayment",
        Step::CertificateOfEligibility => "step-certificate",
        Step::VisaApplicationRecommended => "step-visa-recommended",
        Step::VisaApplicationIfReferred => "step-visa-if-referred",
        Step::VisaApplicationLatest => "step-visa-latest",
        Step::Arrival => "step-arrival",
        Step::TreatmentStart => "step-treatment-start",
    }
}

/// "107 days in Japan (1 March 2027 to 15 June 2027), landing day counted as day 1."
pub fn stay_days_text(i18n: I18n, check: &StayCheck) -> String {
    i18n.t_args(
        "stay-days",
        &Args::new()
            .int("days", i64::from(check.days))
            .text("arrival", i18n.date(check.arrival))
            .text("departure", i18n.date(check.departure)),
    )
}

/// A date field's text in the reader's locale when it is an ISO date, else as written.
pub fn date_as_written(i18n: I18n, text: &str) -> String {
    CalendarDate::parse_iso(text.trim()).map_or_else(|_| text.to_owned(), |date| i18n.date(date))
}

/// The day of an ISO 8601 timestamp (`2026-11-29T09:30:00.000Z`) in the reader's locale: when
/// a packet or an estimate file was made.
pub fn made_on_text(i18n: I18n, timestamp: &str) -> String {
    let day: String = timestamp.chars().take(10).collect();
    date_as_written(i18n, &day)
}

/// A size as the reader's locale writes numbers: "820 KB", "12.5 MB", "10.2 GB".
pub fn size_text(i18n: I18n, bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes < MB {
        let kilobytes = bytes.div_ceil(1024);
        return i18n.t_args(
            "file-size-kb",
            &Args::new().text("size", i18n.number(Decimal::from(kilobytes))),
        );
    }
    const GB: u64 = 1024 * MB;
    let (unit, id) = if bytes < GB {
        (MB, "file-size-mb")
    } else {
        (GB, "file-size-gb")
    };
    let tenths = (bytes * 10 + unit / 2) / unit;
    i18n.t_args(
        id,
        &Args::new().text("size", i18n.number(Decimal::new(tenths as i64, 1))),
    )
}
