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
