## Estimator

estimate-intro = Choose a fee schedule, add the items you expect, and add your own travel figures. Every fee shows where it comes from and when it was read.
estimate-loading = Loading the fee schedule…
estimate-schedule-label = Fee schedule
estimate-example-badge = Example
estimate-issuer = Published by { $issuer }
estimate-published-checked = Published { $date }, checked { $checked }
estimate-published = Published { $date }
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
estimate-schedule-from-file = { $name } (from an estimate file)
estimate-record-refund = { $prepaid } − { $actual } = { $difference } to be refunded.
estimate-record-differs = These figures differ from what this app computes from the same lines and schedule. They are shown as they were sent: confirm the amounts with the hospital.
estimate-file-save-heading = Send this estimate back
estimate-file-save-help = Coordinators and hospitals: save this estimate as a file for the patient. It holds the whole fee schedule, so it opens the same on any device, offline.
estimate-file-made-by = Made by (your name or organisation, shown to the patient)
estimate-file-passphrase = Passphrase (optional)
estimate-file-passphrase-help = With a passphrase the file is encrypted; give the passphrase to the patient another way, by phone or in person.
estimate-file-save = Save this estimate as a file
estimate-file-saved = Saved as { $file }.
estimate-file-save-failed = The browser did not save the file. Try again, or use another browser.
estimate-file-seal-failed = The file could not be encrypted ({ $reason }).
estimate-file-open-heading = Open an estimate file
estimate-file-open-help = An estimate sent by your coordinator or the hospital opens here, read-only. You can then make it your estimate, to record the prepayment and the settlement against it.
estimate-file-choose = Choose an estimate file
estimate-file-locked = This estimate file is encrypted. Enter its passphrase.
estimate-file-heading = Estimate received
estimate-file-made = Made by { $by } on { $date }.
estimate-file-anonymous = someone who gave no name
estimate-file-use = Use as my estimate
estimate-file-use-confirm = Replace the estimate on this device with the one in this file? The lines, your own costs and the settlement figures you entered here are replaced.
estimate-file-use-failed = The estimate could not be kept on this device ({ $reason }). Nothing was changed.
estimate-file-malformed = The file is not an estimate: it is not valid JSON, or it was cut short.
estimate-file-is-packet = This file is a patient's packet, not an estimate. Open it on the Packet page.
estimate-file-is-schedule = This file is a fee schedule, not an estimate. Hospitals open fee schedules on the Hospitals page.
estimate-file-not-estimate = The file is not a Japan Care Planner estimate.
estimate-file-newer = The estimate was made by a newer version of this app. Reload the page to get it, then open the file again.
estimate-file-invalid = The estimate file is damaged and cannot be shown ({ $reason }).
estimate-file-schedule-invalid = The fee schedule inside the file is not valid ({ $field }: { $reason }).
estimate-file-figures = The figures in this file do not match its own lines and fee schedule, so it cannot be used. Ask the sender for a new file.
