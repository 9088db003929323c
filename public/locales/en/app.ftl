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
route-hospitals = For hospitals
route-hospitals-summary = Build your fee schedule, preview the estimator with it and put it on your own website.

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

## Under every page heading, in every language but English

translation-notice = This page is translated from English and may contain errors. Where it differs from the hospital's own documents, the hospital's documents govern.

## Footer

footer-privacy = Your information stays on this device. This app sends nothing anywhere.
footer-guidance = Guidance only: the hospital's own estimate and documents, and the dates on your visa and landing permission, are what count.
footer-embed-link = For hospitals: the embeddable estimator

## Not found

not-found-title = Page not found
not-found-text = There is no page at this address. It may have moved, or the link may be incomplete.
not-found-home-link = Go to the start page

## Shared by the tools

data-load-failed = The file “{ $file }” could not be loaded ({ $reason }). Check your connection, then reload the page.
data-file-invalid = The data file “{ $file }” cannot be used: the field “{ $field }” is wrong ({ $reason }). Whoever published the file needs to correct it.
saved-unreadable = What this page saved on this device could not be read, so it has been left untouched and this page will not save over it.
save-failed = Your browser did not let this page save what you entered (its storage is full or turned off). It stays on this page until you leave it: print it to keep a copy.
saved-changed-elsewhere = This page now shows what you changed in another tab or window, so neither copy writes over the other.
saved-quarantined = What this page saved on this device could not be read. Its text was kept unchanged under “{ $key }”, and this page saves what you enter from now on.
start-over = Start over on this page
start-over-confirm = Remove what you entered on this page from this device and start over? Other pages keep what they saved.
number-empty = Enter a number.
number-not-a-number = Use digits only, for example 1500.
number-negative = The number cannot be negative.
number-too-large = Enter at most { $max }.
number-too-precise = { $decimals ->
    [0] Enter a whole number.
   *[other] Use at most { $decimals } decimal places.
}
number-zero = Enter a number above zero.
sources-heading = Sources
source-checked = (checked { $checked })
source-dated-checked = (dated { $date }, checked { $checked })
source-stale = Checked { $months ->
        [one] { $months } month
       *[other] { $months } months
    } ago: confirm with your coordinator or the embassy.

## The app itself: offline, and a new version ready

offline-notice = You are offline. The app keeps working, and what you enter stays on this device.
update-ready = A new version of this app is ready. Reloading keeps what you have entered.
update-reload = Reload now

# Opening files (packets, estimate files)
file-drop = or drop the file here
file-unlock = Open
file-unreadable = The file could not be read.
file-crypto-unavailable = This browser cannot decrypt here (encryption needs a secure https connection).
file-wrong-passphrase = The passphrase is wrong, or the file was damaged.
file-too-large = The file is too large ({ $size } MB; at most { $limit } MB).
file-sealed-damaged = The encrypted file is damaged and cannot be opened ({ $reason }).
passphrase-rule = At least { $min ->
    [one] { $min } character
   *[other] { $min } characters
    }: three or four ordinary words, which you can read out on the phone, are easy to remember and hard to guess. Whoever has the file can try passphrases for as long as they like.
passphrase-confirm = The same passphrase again
passphrase-too-short = Use a passphrase of at least { $min ->
    [one] { $min } character
   *[other] { $min } characters
    }.
passphrase-repetitive = This passphrase repeats a few characters, so it is guessed at once: choose another.
passphrase-mismatch = The two passphrases are not the same.
