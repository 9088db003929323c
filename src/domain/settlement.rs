//! Settling the prepaid estimate against the actual charges.

use super::money::{MoneyError, Yen};

/// What happens after treatment, with the amounts that produce it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Settlement {
    /// The hospital charged less: `prepaid − actual` comes back.
    Refund {
        prepaid: Yen,
        actual: Yen,
        refund: Yen,
    },
    /// Treatment beyond the plan: `actual − prepaid` is still to pay.
    ExtraPayment {
        prepaid: Yen,
        actual: Yen,
        extra: Yen,
    },
    /// Nothing to refund or pay.
    Even { amount: Yen },
}

/// Settles `prepaid` against `actual` charges; both must be zero or more.
pub fn settle(prepaid: Yen, actual: Yen) -> Result<Settlement, MoneyError> {
    if prepaid.is_negative() || actual.is_negative() {
        return Err(MoneyError::OutOfRange);
    }
    Ok(match prepaid.cmp(&actual) {
        std::cmp::Ordering::Greater => Settlement::Refund {
            prepaid,
            actual,
            refund: prepaid.checked_sub(actual)?,
        },
        std::cmp::Ordering::Less => Settlement::ExtraPayment {
            prepaid,
            actual,
            extra: actual.checked_sub(prepaid)?,
        },
        std::cmp::Ordering::Equal => Settlement::Even { amount: actual },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn yen(amount: i64) -> Yen {
        Yen::new(amount).unwrap()
    }

    #[test]
    fn refund_extra_or_even() {
        assert_eq!(
            settle(yen(500_000), yen(420_000)),
            Ok(Settlement::Refund {
                prepaid: yen(500_000),
                actual: yen(420_000),
                refund: yen(80_000)
            })
        );
        assert_eq!(
            settle(yen(500_000), yen(530_500)),
            Ok(Settlement::ExtraPayment {
                prepaid: yen(500_000),
                actual: yen(530_500),
                extra: yen(30_500)
            })
        );
        assert_eq!(
            settle(yen(1), yen(1)),
            Ok(Settlement::Even { amount: yen(1) })
        );
        assert_eq!(settle(yen(-1), yen(1)), Err(MoneyError::OutOfRange));
    }
}
