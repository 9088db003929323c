# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = Second language for the printed labels
packet-second-language-help = Each label prints in both languages, for the hospital. What the patient wrote prints as written.
packet-second-language-none = None: one language
packet-second-language-failed = The labels in that language could not be loaded. Connect to the internet once, or choose another language.
packet-not-included = Not included in this packet.
packet-estimate-result-heading = Patient's estimate
packet-stay-result-heading = Patient's stay check
packet-stay-computed = Checked on { $date } in the patient's app. The dates on the visa and the landing-permission sticker are what count.
packet-stay-route = Entry into Japan
packet-stay-route-exempt = Visa-exempt entry
packet-stay-route-medical = Medical-stay visa ({ $period })
packet-stay-nationality-other = A nationality that needs a visa
packet-stay-fits = The patient's stay fits.
packet-stay-over = { $days ->
    [one] The patient's stay is { $days } day longer than allowed.
   *[other] The patient's stay is { $days } days longer than allowed.
    }
packet-stay-allowed = Period allowed from the patient's arrival: { $period }.
packet-stay-not-exempt = The patient's passport is not on this app's list of visa-exempt nationalities: the patient needs a visa.
packet-stay-incomplete = The patient had not entered enough to check the stay.
packet-stay-invalid = The dates the patient entered could not be checked.
packet-stay-certificate = The patient's stay is over { $days ->
    [one] { $days } day
   *[other] { $days } days
    }: a stay this long assumes a hospital stay and needs a Certificate of Eligibility, applied for in Japan by the hospital's staff or a relative before the visa. It usually takes 1 to 3 months, and the patient must enter Japan within 3 months of its issue.
packet-stay-certificate-if-longer = If the patient stays more than { $days ->
    [one] { $days } day
   *[other] { $days } days
    }, the stay assumes a hospital stay and needs a Certificate of Eligibility, applied for in Japan by the hospital's staff or a relative before the visa.
packet-stay-options-heading = What the patient can do
packet-stay-option-medical-visa = Apply for a medical-stay visa through a registered guarantor (the coordinator or a travel agency). Its period is set by the patient's condition.
packet-stay-option-split = Split the treatment into { $stays } stays of at most { $days ->
    [one] { $days } day
   *[other] { $days } days
    } each, with a multiple-entry medical-stay visa and a treatment schedule from the patient's doctor.
packet-step-hospital-request = Patient's information sent to the hospital
packet-timeline-arrival-after-start = The arrival the patient entered is after the first day of treatment.
packet-timeline-arrival-long-gap = The patient arrives { $days ->
    [one] { $days } day
   *[other] { $days } days
    } before treatment starts: those days count toward the permitted stay.
packet-checklist-other = Other documents
packet-item-medical-records-copy = Copies of the patient's medical documents
packet-item-coordinator-contact = The coordinator's contact details
packet-patient-name = Patient's full name (as in the passport)
packet-images = Images the patient has (CT, MRI, PET-CT, endoscopy, ultrasound), and whether as DICOM data
packet-reports = Reports, blood tests and pathology slides the patient has
packet-wishes-heading = Patient's wishes
packet-desired-hospital = Patient's preferred hospital
packet-desired-treatment = Treatment the patient would like
packet-dates-from = Earliest date the patient could travel
packet-dates-to = Latest date the patient could travel
packet-documents-heading = Documents sent with the packet
packet-documents-verified = { $count ->
    [one] One file ({ $size }); it matches its SHA-256 in the manifest.
   *[other] { $count } files ({ $size }); each matches its SHA-256 in the manifest.
}
packet-documents-not-attached = { $count ->
    [one] The packet lists one file ({ $size }), but it was not opened with it. Open the packet's zip file to see it.
   *[other] The packet lists { $count } files ({ $size }), but they were not opened with it. Open the packet's zip file to see them.
}
packet-document-matches-manifest = matches its manifest
packet-documents-manifest-note = The manifest was written by whoever made the archive, with the files: a match shows they arrived whole, not who sent them. Only a packet encrypted with a passphrase also shows that nobody without the passphrase changed them on the way.
packet-document-download = Download
packet-imported-with-files = { $count ->
    [one] Kept as the new draft “{ $name }”, with one file on this device.
   *[other] Kept as the new draft “{ $name }”, with { $count } files on this device.
}
