## Intake form

intake-intro = Write down your medical history at your own pace. Drafts are saved on this device as you type; nothing is sent anywhere. When you are ready, export a packet and email it to your coordinator.
intake-durable = Browsers can clear stored data, for example after weeks without a visit. The exported packet file is your durable copy: keep it.
intake-persist-granted = This browser has agreed to keep the drafts until you delete them.
intake-loading = Opening your drafts…

## Drafts

drafts-heading = Drafts
drafts-open-label = Open draft
drafts-name-label = Draft name
drafts-default-name = Draft { $number }
drafts-new = New draft
drafts-duplicate = Duplicate
drafts-copy-name = { $name } (copy)
drafts-delete = Delete draft
drafts-delete-confirm = Delete the draft “{ $name }” and the files kept for it from this device? This cannot be undone.
drafts-clear-all = Clear all data on this device
drafts-clear-all-confirm = Delete every draft, estimate, stay plan, checklist, fee schedule and kept document file this app has stored on this device? Export a packet first if you want to keep them.
drafts-cleared = { $files ->
    [0] All data of this app was deleted from this device: drafts, estimate, stay plan, checklist and fee schedules. No document files were kept.
    [one] All data of this app was deleted from this device: drafts, estimate, stay plan, checklist, fee schedules and the one kept document file.
   *[other] All data of this app was deleted from this device: drafts, estimate, stay plan, checklist, fee schedules and { $files } kept document files.
    }
drafts-saved = Saved on this device at { $time }.
drafts-unsaved = Changes not saved yet.

## Storage problems

storage-unavailable = This browser does not let the app store anything (private mode or a setting). Your entries stay only while this page is open: export a packet before you leave.
storage-quota = The browser's storage for this site is full, so your latest changes are not saved. They are still on this page: export a packet now to keep them.
storage-quarantined = Your saved drafts could not be read. Their text was kept unchanged under “{ $key }” on this device and nothing was deleted; you can start a new draft.
storage-newer = Your drafts were saved by a newer version of this app. To protect them this page saves nothing; reload the page to get the newer version.
conflict-deleted = This draft was deleted in another tab or window.
conflict-save-as-new = Keep this as a new draft
conflict-updated = This draft was updated with changes made in another tab.
choice-heading = Changed differently in two tabs
choice-help = Both values are kept until you choose. The form shows the one marked “in the form”.
choice-in-form = in the form
choice-use = Use this one
choice-keep-both = Keep both
choice-dismiss = Done, keep the form as it is
choice-empty = (empty)
choice-entry = { $list }, entry { $number }: { $field }
drafts-imported-name = { $name } (imported { $date })

## The form

intake-patient-heading = Patient
intake-patient-name = Full name (as in the passport)
intake-patient-date-of-birth = Date of birth
intake-patient-nationality = Nationality (passport)
intake-nationality-choose = Choose a country
intake-nationality-as-written = { $text } (as written)
intake-patient-email = Email
intake-patient-phone = Phone (with country code)
intake-patient-preferred-language = Preferred language
intake-contact-help = An email address or a phone number, so the coordinator can reach you.
intake-companions-heading = Companions
intake-companion-name = Companion's name
intake-companion-relation = Relation to the patient
intake-companion-add = Add a companion
intake-companion-remove = Remove this companion
intake-condition-heading = Current condition
intake-diagnosis = Diagnosis
intake-current-condition = Current condition and symptoms
intake-physician-heading = Current physician
intake-physician-name = Physician's name
intake-physician-institution = Hospital or clinic
intake-physician-contact = Physician's contact
intake-history-heading = Treatment so far
intake-history-help = One entry per examination, operation or course of treatment, with when it was and what was done and found.
intake-history-kind = Kind
intake-history-examination = Examination
intake-history-surgery = Surgery
intake-history-chemotherapy = Chemotherapy
intake-history-radiotherapy = Radiotherapy
intake-history-when = When
intake-history-details = What was done and found
intake-history-add = Add an entry
intake-history-remove = Remove this entry
intake-materials-heading = Images and reports
intake-images = Images you have (CT, MRI, PET-CT, endoscopy, ultrasound), and whether as DICOM data
intake-reports = Reports, blood tests and pathology slides you have
intake-wishes-heading = Your wishes
intake-desired-hospital = Hospital you would like
intake-desired-treatment = Treatment you would like
intake-budget = Budget (amount and currency)
intake-dates-from = Earliest date you could travel
intake-dates-to = Latest date you could travel
intake-questions = Questions for the hospital
intake-required-mark = (required)
intake-required = Please fill in this field.
intake-contact-required = Give an email address or a phone number.
intake-email-invalid = This does not look like an email address (name@example.com).
intake-date-invalid = This is not a valid date.
intake-birth-future = A date of birth cannot be in the future.
intake-dates-order = The latest date is before the earliest date.
intake-too-long = The form is too long to keep on this device (more than about 300 pages of text). Shorten this field, its longest, or add long reports as documents on the checklist instead.
intake-problems = { $count ->
    [one] One field needs attention before you export.
   *[other] { $count } fields need attention before you export.
}

## Export

export-heading = Send to your coordinator
export-help = The packet is one file with this draft and what you entered in the estimator, the stay check and the checklists on this device.
export-passphrase = Passphrase (optional)
export-passphrase-help = With a passphrase the file is encrypted (AES-GCM, 256-bit key). Tell your coordinator the passphrase another way, for example by phone, never in the same email.
export-download = Download the packet
export-copy = Copy the packet text
export-copied = The packet text is on the clipboard. Paste it into an email or a file.
export-copy-failed = The browser did not allow copying. Use Download instead.
export-share = Share…
export-email = Email to coordinator
export-email-subject = Medical intake packet (Japan Care Planner)
export-email-body = Hello, I am sending you my medical intake packet, made with Japan Care Planner, as an attached file. This email says nothing about my health: everything is in the file.
export-email-help = Your email app opens with a short message. Attach the packet file you downloaded before you send it.
export-done = The packet “{ $file }” was made.
export-encrypting = Encrypting…
export-failed = The packet could not be made: { $reason }

## Open a packet

packet-intro = Open a packet file a patient has sent: it is checked and shown here, on this device only. You can print it, or keep it as a new draft.
packet-choose = Choose a packet file
packet-passphrase = This packet is encrypted. Enter its passphrase.
packet-malformed = The file is not a packet: it is not valid JSON.
packet-not-packet = The file is not a Japan Care Planner packet.
packet-newer = The packet was made by a newer version of this app. Reload the page to get it, then open the file again.
packet-invalid = The packet is damaged and cannot be shown ({ $reason }).
packet-made = Made on { $date } with app version { $version }, language { $locale }.
packet-import = Keep as a new draft
packet-imported = Saved as the new draft “{ $name }”. Your other drafts were not changed.
packet-print = Print
packet-checklist-heading = Document checklist
packet-empty = (not given)
drafts-clear-failed = The browser did not let the app delete its data on this device. Nothing was deleted.
drafts-cleared-files-failed = Drafts, estimate, stay plan, checklist and fee schedules were deleted, but the browser did not let the app delete the kept document files ({ $reason }). Remove them on the documents page, or clear this site’s data in the browser’s settings.
