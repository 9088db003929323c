app-name = Japan Care Planner
skip-to-content = Skip to main content
nav-label = Tools
language-picker-label = Language

## Routes: short names (navigation, headings) and one-sentence summaries

route-home = Plan your medical treatment in Japan
route-home-summary = The journey at a glance, with a tool for each step.
route-estimate = Estimate costs
route-estimate-summary = Add up consultation, treatment, interpreter, coordinator, stay and travel costs in yen, with the source of every fee.
route-stay = Stay and timeline
route-stay-summary = Check that your treatment fits the stay you are allowed, and see by when each step must start.
route-documents = Documents
route-documents-summary = Checklists of the documents hospitals and visa offices ask for, with the status of each.
route-guide = Step-by-step guide
route-guide-summary = What happens at each stage, how long it takes and what to check.
route-intake = Intake form
route-intake-summary = Write down your medical history at your own pace; drafts stay on this device.
route-packet = Open a packet
route-packet-summary = Open a packet file a patient has sent, to read or print it.
route-embed-estimate = Cost estimator
route-embed-estimate-summary = The cost estimator, for a hospital's own website.

## Home

home-intro = Coming to Japan for medical treatment takes planning: documents, a hospital's acceptance, prepayment, a visa and travel. This planner brings the steps together. Everything you enter stays on this device.
home-journey-heading = The journey at a glance
home-tools-heading = Tools

journey-prepare-title = Prepare
journey-prepare-text = Contact an international medical coordinator. Gather your current condition, medical reports and images, preferred hospital, budget and preferred travel time.
journey-liaison-title = Liaison with the hospital
journey-liaison-text = The coordinator sends your information to the hospital, which decides whether it can accept you and states the treatment, its length and its cost. The first step is sometimes a paid second opinion.
journey-prepay-title = Prepayment
journey-prepay-text = The estimated treatment cost and the coordinator's fee are normally paid in advance. Bank transfers take time, and some banks ask for extra documents.
journey-visa-title = Visa
journey-visa-text = A medical-stay visa needs a registered guarantor, such as your coordinator or a travel agency. Allow enough time before travel.
journey-treatment-title = Travel and treatment
journey-treatment-text = Keep companions to those you need. Interpreters are usually billed by the hour, and appointment times can change.
journey-settlement-title = Settlement
journey-settlement-text = After treatment the prepayment is settled against the actual charges: the balance is refunded, or any added treatment is paid.
journey-follow-up-title = Follow-up at home
journey-follow-up-text = Continue care with your local physician. Results can be sent back through the coordinator.

## Pages still being built

being-built-title = This tool is being built
plan-estimate = It will add up each fee from a dated, sourced fee schedule, show tax, prepayment and settlement, and convert the total at a rate you enter.
plan-stay = It will check your stay against visa-exempt and medical-stay limits and count back the dates by which each step must start, with a calendar to download.
plan-documents = It will list the documents each scenario needs, let you track each one, and print the list.
plan-guide = It will explain each stage of the journey in detail, with answers to common questions.
plan-intake = It will keep several drafts on this device, save as you type, and export everything as one file for your coordinator.
plan-packet = It will open a packet file, check it, and show it in a layout that is easy to read and print.
plan-embed-estimate = This page is meant to be placed on a hospital's website. The estimator itself is being built.

## Footer

footer-privacy = Your information stays on this device. This app sends nothing anywhere.
footer-guidance = Guidance only: the hospital's own estimate and documents, and the dates on your visa and landing permission, are what count.
footer-embed-link = For hospitals: the embeddable estimator

## Not found

not-found-title = Page not found
not-found-text = There is no page at this address. It may have moved, or the link may be incomplete.
not-found-home-link = Go to the start page

## Estimator

estimate-intro = Choose a fee schedule, add the items you expect, and add your own travel figures. Every fee shows where it comes from and when it was read.
estimate-loading = Loading the fee schedule…
estimate-load-failed = The file “{ $file }” could not be loaded ({ $reason }). Check your connection, then reload the page.
estimate-schedule-invalid = The fee schedule file “{ $file }” cannot be used: the field “{ $field }” is wrong ({ $reason }). Whoever published the file needs to correct it.
estimate-schedule-label = Fee schedule
estimate-example-badge = Example
estimate-issuer = Published by { $issuer }
estimate-as-of = Figures as of { $date }
estimate-sources-heading = Sources
estimate-source = { $title }, as of { $date }
estimate-items-heading = Items
estimate-add-label = Item to add
estimate-add-button = Add
estimate-remove-button = Remove
estimate-no-lines = No items yet. Choose one above and press Add.
estimate-line-source = Source: { $source }, as of { $date }
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
saved-unreadable = What this page saved on this device could not be read, so it has been left untouched and this page will not save over it.
save-failed = Your browser did not let this page save what you entered (its storage is full or turned off). It stays on this page until you leave it: print it to keep a copy.

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
currency-source = Decimal places: { $source }, as of { $date }.

number-empty = Enter a number.
number-not-a-number = Use digits only, for example 1500.
number-negative = The number cannot be negative.
number-too-large = Enter at most { $max }.
number-too-precise = { $decimals ->
    [0] Enter a whole number.
   *[other] Use at most { $decimals } decimal places.
}
number-zero = Enter a number above zero.

## Stay and timeline

stay-intro = Check that your stay fits the period you are allowed, and see by when each step must start. The landing day counts as day 1.
stay-loading = Loading the stay rules…
stay-nationality = Nationality (passport)
stay-nationality-other = Another country or region (a visa is needed)
stay-route = How you will enter Japan
stay-route-exempt = Without a visa (visa exemption)
stay-route-medical = Medical-stay visa, { $period }
period-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
period-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
period-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}
stay-exempt-days = Visa-exempt stay for your passport: { $days } days
stay-not-exempt = Your passport is not on this app's list of visa-exempt nationalities: you need a visa.
stay-dates-heading = Your dates
stay-plan-toggle = Work out the dates from a treatment plan
stay-arrival = Arrival in Japan
stay-departure = Departure from Japan
stay-sessions = Number of treatment sessions
stay-sessions-per-week = Sessions per week
stay-days-before = Days in Japan before the first session
stay-days-after = Days in Japan after the last week of sessions
stay-result-heading = Does your stay fit?
stay-days = { $days } days in Japan ({ $arrival } to { $departure }), landing day counted as day 1.
stay-last-day = Last permitted day: { $date }
stay-fits = Your stay fits.
stay-over = Your stay is { $days } days longer than allowed.
stay-options-heading = What you can do
stay-option-medical-visa = Apply for a medical-stay visa through a registered guarantor (your coordinator or a travel agency). Its period is set by your condition.
stay-option-coe = A stay over { $days } days assumes a hospital stay and needs a Certificate of Eligibility, applied for by the hospital's staff or a relative in Japan.
stay-option-split = Split the treatment into { $stays } stays of at most { $days } days each, with a multiple-entry medical-stay visa and a treatment schedule from your doctor.
stay-date-error = Check the dates: { $problem }
stay-date-order = the departure is before the arrival.
stay-date-range = use dates between { $first } and { $last }.
stay-plan-error = Enter sessions (1 to { $sessions }) and sessions per week (1 to { $per-week }).
stay-sticker = The dates printed on your visa and your landing-permission sticker are what count.
stay-source = Source: { $source }, as of { $date }

timeline-heading = Timeline
timeline-start = Planned first day of treatment
timeline-opinion = I need a written second opinion first
timeline-latest = Latest: { $date }
timeline-past = already past
timeline-too-soon = This start date is too soon for every step. The earliest start that leaves time for them is { $date }.
timeline-holidays = Japanese public holidays are known only up to { $year }: dates later than that may be off by a holiday.
timeline-inferred = Some lead times are this app's conservative reading of its sources.
timeline-download = Download the calendar (.ics)
timeline-calendar-name = Japan treatment trip
step-contact-coordinator = Contact an international medical coordinator
step-pay-written-opinion = Pay for the written second opinion
step-hospital-request = Send your information to the hospital
step-prepayment = Prepay the estimate
step-visa-recommended = Apply for the visa (recommended)
step-visa-latest = Apply for the visa (latest)
step-arrival = Arrive in Japan
step-treatment-start = Treatment starts
