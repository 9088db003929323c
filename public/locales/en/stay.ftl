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
stay-exempt-days = { $days ->
    [one] Visa-exempt stay for your passport: { $days } day
   *[other] Visa-exempt stay for your passport: { $days } days
    }
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
stay-days = { $days ->
    [one] { $days } day in Japan ({ $arrival } to { $departure }), landing day counted as day 1.
   *[other] { $days } days in Japan ({ $arrival } to { $departure }), landing day counted as day 1.
    }
stay-last-day = Last permitted day: { $date }
stay-fits = Your stay fits.
stay-over = { $days ->
    [one] Your stay is { $days } day longer than allowed.
   *[other] Your stay is { $days } days longer than allowed.
    }
stay-options-heading = What you can do
stay-option-medical-visa = Apply for a medical-stay visa through a registered guarantor (your coordinator or a travel agency). Its period is set by your condition.
stay-option-split = Split the treatment into { $stays } stays of at most { $days ->
    [one] { $days } day
   *[other] { $days } days
    } each, with a multiple-entry medical-stay visa and a treatment schedule from your doctor.
stay-date-error = Check the dates: { $problem }
stay-date-order = the departure is before the arrival.
stay-date-range = use dates between { $first } and { $last }.
stay-plan-error = Enter sessions (1 to { $sessions }) and sessions per week (1 to { $per-week }).
stay-sticker = The dates printed on your visa and your landing-permission sticker are what count.
stay-source = Source:

timeline-heading = Timeline
timeline-start = Planned first day of treatment
timeline-opinion = I need a written second opinion first
timeline-latest = Latest: { $date }
timeline-past = already past
timeline-holidays = Japanese public holidays are known only up to { $year }: dates later than that may be off by a holiday.
timeline-download = Download the calendar (.ics)
timeline-calendar-name = Japan treatment trip
step-contact-coordinator = Contact an international medical coordinator
step-pay-written-opinion = Pay for the written second opinion
step-hospital-request = Send your information to the hospital
step-prepayment = Prepay the estimate
stay-certificate = Your stay is over { $days ->
    [one] { $days } day
   *[other] { $days } days
    }: a stay this long assumes a hospital stay and needs a Certificate of Eligibility, applied for in Japan by the hospital's staff or a relative before the visa. It usually takes 1 to 3 months, and you must enter Japan within 3 months of its issue.
stay-certificate-if-longer = If you stay more than { $days ->
    [one] { $days } day
   *[other] { $days } days
    }, your stay assumes a hospital stay and needs a Certificate of Eligibility, applied for in Japan by the hospital's staff or a relative before the visa. It usually takes 1 to 3 months, and you must enter Japan within 3 months of its issue.
stay-allowed = Period allowed from your arrival: { $period }.
stay-exemption-lapsed = The visa exemption for this passport was granted until { $date }, and no source this app can check confirms that it was renewed. Check with the Embassy of Japan before you travel; this app plans with a visa.
step-certificate = Certificate of Eligibility applied for in Japan (by the hospital or a relative)
timeline-late-steps = This start date leaves too little time for { $count ->
    [one] this step, whose latest day has passed:
   *[other] these { $count } steps, whose latest days have passed:
    }
timeline-earliest = The earliest start that leaves time for every step, arriving as the lead times advise, is { $date }.
timeline-arrival-after-start = The arrival you entered is after the first day of treatment: check both dates.
timeline-arrival-long-gap = You arrive { $days ->
    [one] { $days } day
   *[other] { $days } days
    } before treatment starts: those days count toward your permitted stay. Check with your coordinator that this is what you want.
step-visa-recommended = Apply for the visa (recommended)
step-visa-latest = Apply for the visa (latest)
step-arrival = Arrive in Japan
step-treatment-start = Treatment starts
step-visa-if-referred = Apply for the visa (if referred to Tokyo)
stay-period-binds = The embassy or consulate sets the period from your condition. The period printed on your visa, and on the landing permission you get on arrival, is the one that binds: plan with it, not with the choice made here.
stay-companions = Companions travelling with you
stay-companions-named = { $count ->
    [one] Your companion needs their own visa application, and their name must be on the certificate of planned treatment and guarantee letter.
   *[other] Each of your { $count } companions needs their own visa application, and each name must be on the certificate of planned treatment and guarantee letter.
    }
stay-companions-certificate = Your stay is over { $days ->
    [one] { $days } day
   *[other] { $days } days
    }, so each companion also needs their own Certificate of Eligibility.
timeline-office = Where you apply for the visa
timeline-office-other = Another Japanese embassy or consulate
timeline-office-unpublished = { $office } has not published its closure days for { $years }: this date also counts Japan's holidays and year-end closure as closed, and adds { $days ->
    [one] { $days } working day
   *[other] { $days } working days
    } for local holidays.
timeline-office-unlisted = This app has no closure list for this office: this date counts Japan's holidays and year-end closure as closed, and adds { $days ->
    [one] { $days } working day
   *[other] { $days } working days
    } for local holidays. Check the office's own closure days.
timeline-office-closures = Its closure days:
