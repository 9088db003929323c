## Estimator

estimate-intro = Choose a fee schedule, add the items you expect, and add your own travel figures. Every fee shows where it comes from and when it was read.
estimate-loading = Loading the fee schedule…
estimate-schedule-label = Fee schedule
estimate-example-badge = Example
estimate-issuer = Published by { $issuer }
estimate-as-of = Figures as of { $date }
estimate-items-heading = Items
estimate-add-label = Item to add
estimate-add-button = Add
estimate-remove-button = Remove
estimate-no-lines = No items yet. Choose one above and press Add.
estimate-line-source = Source:
estimate-package-note = One fixed price whatever the number of sessions.
quantity-minutes = Minutes
quantity-points = Points
quantity-times = Times
unit-hour = Hours
unit-slide = Slides
unit-case = Cases
unit-visit = Visits
unit-trip = Trips
price-from = { $amount } and up
price-range = { $low } to { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = first { $first-minutes } min { $first }, then { $extra-blocks } × { $additional-minutes } min at { $extra }
breakdown-first-block = first { $first-minutes } min { $first }
breakdown-points = { $points } points × { $rate } yen
category-consultation = Consultation
category-pathology = Pathology
category-examination = Examinations
category-treatment = Treatment
category-interpreter = Interpreting
category-other = Other

estimate-own-heading = Your own figures
estimate-own-help = From your own quotes; these are not in any fee schedule. Leave a field empty if it does not apply.
estimate-coordinator-fee = Coordinator's service fee (yen, as quoted)
estimate-companions = Companions travelling with you
estimate-flight = Return flight per traveller (yen)
estimate-nights = Nights of accommodation
estimate-nightly-rate = Accommodation per night (yen)
estimate-other-costs = Other costs (yen): local transport, meals, insurance
estimate-contingency = Contingency margin (%)

summary-heading = Your estimate
summary-medical-subtotal = Medical subtotal
summary-tax-included = of which consumption tax ({ $rate } %)
summary-tax-added = Consumption tax ({ $rate } %)
summary-medical-total = Medical total
summary-coordinator = Coordinator's service fee
summary-prepayment = Usually paid in advance (medical total and coordinator's fee)
summary-flights = { $travellers ->
    [one] Flights (1 traveller)
   *[other] Flights ({ $travellers } travellers)
}
summary-accommodation = { $nights ->
    [one] Accommodation (1 night)
   *[other] Accommodation ({ $nights } nights)
}
summary-other-costs = Other costs
summary-contingency = Contingency margin ({ $percent } %)
summary-total = Estimated total
summary-open-ended = Some fees are published only as a minimum, so the total is a minimum too.
summary-unknown-items = { $count ->
    [one] 1 item you added is not in this schedule and is left out; it comes back if you switch back.
   *[other] { $count } items you added are not in this schedule and are left out; they come back if you switch back.
}
summary-error = These figures cannot be added up. Check the numbers you entered.
summary-guidance = An estimate, not a quote: the hospital's own estimate is what you prepay.
estimate-print = Print this estimate

settlement-heading = Prepayment and settlement
settlement-help = After treatment, the prepaid amount is settled against the actual charges.
settlement-prepaid = Amount prepaid (yen)
settlement-actual = Actual charges (yen)
settlement-refund = { $prepaid } − { $actual } = { $difference }, refunded to you.
settlement-extra = { $actual } − { $prepaid } = { $difference }, still to pay.
settlement-even = The prepaid amount equals the actual charges: nothing to refund or pay.
settlement-use-estimate = Use the estimate as the prepaid amount

currency-heading = In your currency
currency-label = Currency
currency-rate = Yen for 1 { $code }
currency-help = Type the rate your bank quotes. This app never fetches rates.
currency-total = Estimated total: about { $amount } { $code }
currency-prepayment = Usually paid in advance: about { $amount } { $code }
currency-yen-governs = Amounts in yen govern. Your bank's rate and fees decide what you pay.
currency-source = Decimal places:
