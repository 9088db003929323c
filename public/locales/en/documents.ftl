## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = Second opinion in person
checklist-scenario-second-opinion-in-person-summary = You go to the hospital in Japan yourself to hear a specialist's opinion on your diagnosis and treatment.
checklist-scenario-second-opinion-proxy = Second opinion through a proxy
checklist-scenario-second-opinion-proxy-summary = A family member goes to the consultation for you, or another person who has a consent form you have signed.
checklist-scenario-second-opinion-written = Written second opinion
checklist-scenario-second-opinion-written-summary = The hospital reviews the documents you send and gives its opinion in a written report, without a visit.
checklist-scenario-admission = Admission for treatment
checklist-scenario-admission-summary = You ask a hospital in Japan to accept you for treatment, including a stay in hospital.
checklist-scenario-visa-patient = Medical-stay visa: patient
checklist-scenario-visa-patient-summary = You are the patient and apply for a medical-stay visa to be treated in Japan.
checklist-scenario-visa-companion = Medical-stay visa: companion
checklist-scenario-visa-companion-summary = You travel with the patient as a relative or another companion, on the same type of visa. You apply with your own documents, you are named on the patient's certificate of planned treatment and guarantee letter, and a long stay needs your own Certificate of Eligibility.
checklist-scenario-travel = Travel to Japan
checklist-scenario-travel-summary = What to have with you when you travel to Japan for your consultation or treatment.

## Who usually provides each document

checklist-provider-patient = You (the patient)
checklist-provider-current-physician = Your current doctor
checklist-provider-hospital-in-japan = The hospital in Japan
checklist-provider-coordinator = Your coordinator
checklist-provider-translator = A translator
checklist-provider-bank = Your bank
checklist-provider-immigration = Japan's immigration authorities
checklist-provider-embassy = The embassy or consulate of Japan

## Medical documents

checklist-item-application-form = Application form
checklist-item-application-form-why = The hospital uses it to register your request. It asks for contact details for you and for one other person.
checklist-item-application-form-format = Use the hospital's own form. Some hospitals accept applications only through a coordinator.

checklist-item-referral-letter = Referral letter or treatment history
checklist-item-referral-letter-why = It tells the doctors in Japan your diagnosis and the treatment you have had so far, in your current doctor's words.
checklist-item-referral-letter-format = Written by your current doctor and translated into Japanese or English. Some hospitals, such as QST Hospital, have their own referral-letter form: ask for it first.

checklist-item-exam-summary = Examination details
checklist-item-exam-summary-why = The doctors need to know which examinations you have had and what they showed.
checklist-item-exam-summary-format = For each examination: the date, the name of the examination, the result and the diagnosis. Translated into Japanese or English.

checklist-item-surgery-record = Surgery details
checklist-item-surgery-record-why = If you have had surgery, the doctors need to know what was done and what the pathology showed.
checklist-item-surgery-record-format = The date, the procedure and the pathology findings. Translated into Japanese or English.

checklist-item-chemotherapy-record = Chemotherapy details
checklist-item-chemotherapy-record-why = If you have had chemotherapy, the doctors need to know what you received and how well it worked.
checklist-item-chemotherapy-record-format = The period, how often you received it, the drugs and their effect. Translated into Japanese or English.

checklist-item-radiotherapy-record = Radiotherapy details
checklist-item-radiotherapy-record-why = If you have had radiotherapy, the doctors need to know when you had it, how much and where.
checklist-item-radiotherapy-record-format = The period, the dose and the area treated. Translated into Japanese or English.

checklist-item-dicom-images = Diagnostic images (DICOM)
checklist-item-dicom-images-why = The doctors in Japan look at the images themselves, not only the reports: CT, MRI, PET-CT, endoscopy and ultrasound.
checklist-item-dicom-images-format = DICOM image data is preferred, for example on a CD or DVD. Do not send photographs of a screen. Endoscopy images must be in colour.

checklist-item-image-reports = Image reports
checklist-item-image-reports-why = The written findings for each of your images. The doctors read them together with the images.
checklist-item-image-reports-format = One report for each examination whose images you send, translated into Japanese or English.

checklist-item-blood-tests = Latest blood test results
checklist-item-blood-tests-why = They show the doctors your current condition.
checklist-item-blood-tests-format = Your most recent results, translated into Japanese or English.

checklist-item-screening-results = Screening results
checklist-item-screening-results-why = Results of screenings you have had give the doctors more of your medical background.
checklist-item-screening-results-format = Copies of the results, translated into Japanese or English.

checklist-item-pathology-slides = Pathology slides and pathology report
checklist-item-pathology-slides-why = Needed only if you want the hospital's pathologists to examine your tissue again. The report says what your own pathologist found.
checklist-item-pathology-slides-format = The slides themselves, from the hospital that keeps them, with the pathology report translated into Japanese or English. A re-examination has its own fee: see the estimator.

checklist-item-translations = Translations into Japanese or English
checklist-item-translations-why = The hospital reads your documents in Japanese or English. Documents in any other language need a translation.
checklist-item-translations-format = Translate each medical document into Japanese or English. Some hospitals, such as Juntendo, ask for copies of your results with a Japanese translation.

## Proxy visits and consultations

checklist-item-proxy-consent-form = Patient's consent form for a proxy
checklist-item-proxy-consent-form-why = When someone who is not a family member goes to the consultation for you, the hospital needs your written consent.
checklist-item-proxy-consent-form-format = Signed by the patient. Use the hospital's own form if it has one.

checklist-item-power-of-attorney = Power of attorney for a proxy visit
checklist-item-power-of-attorney-why = Some hospitals, such as QST Hospital, ask for a power of attorney when another person goes to the consultation for the patient.
checklist-item-power-of-attorney-format = Signed by the patient. Ask the hospital whether it has its own form.

checklist-item-interpreter-booking = Interpreter booking
checklist-item-interpreter-booking-why = Some hospitals, such as Juntendo, require an interpreter to attend the consultation.
checklist-item-interpreter-booking-format = Confirm the date, time and place with your coordinator. Interpreters are billed by the hour, at a rate each coordinator sets.

## Visa documents

checklist-item-passport = Passport
checklist-item-passport-why = Needed for the visa application and to enter Japan. The patient and each companion need their own.
checklist-item-passport-format = The original passport of each traveller.

checklist-item-photo = Photograph
checklist-item-photo-why = Part of the visa application, for the patient and for each companion.
checklist-item-photo-format = Follow the photo rules of the embassy or consulate of Japan where you apply.

checklist-item-visa-application-form = Visa application form
checklist-item-visa-application-form-why = The form the embassy or consulate uses to decide on the visa. The patient and each companion fill in their own.
checklist-item-visa-application-form-format = Use the form of the embassy or consulate of Japan where you apply.

checklist-item-planned-treatment-certificate = Certificate of planned treatment and guarantee letter
checklist-item-planned-treatment-certificate-why = It shows the visa office that a hospital in Japan plans to treat you and that a registered guarantor vouches for you.
checklist-item-planned-treatment-certificate-format = One combined form. The hospital in Japan fills in the top half. Your guarantor, a registered coordinator or travel agency, completes the guarantee letter and sends the form to you.

checklist-item-proof-of-funds = Proof of funds
checklist-item-proof-of-funds-why = It shows that you can pay for your treatment and your stay.
checklist-item-proof-of-funds-format = For example, a bank balance certificate from your bank.

checklist-item-id-document = Identity document
checklist-item-id-document-why = Asked for with the visa application, in addition to the passport, for the patient and for each companion.
checklist-item-id-document-format = Ask the embassy or consulate of Japan which identity documents it accepts.

checklist-item-coe = Certificate of Eligibility
checklist-item-coe-why = Needed only for a long stay, which assumes you will be admitted to hospital. The immigration authorities in Japan issue it.
checklist-item-coe-format = Applied for in Japan, by the hospital's staff or by a relative in Japan. The stay tool shows whether your stay needs one.

checklist-item-companion-coe = Companion's own Certificate of Eligibility
checklist-item-companion-coe-why = For a long stay, each companion needs a Certificate of Eligibility too, not only the patient: the Immigration Services Agency's list covers the patient and the companion (“attendant”) as separate applicants. The stay tool shows whether your stay needs one.
checklist-item-companion-coe-format = Applied for in Japan for the companion, like the patient's, with a plan of the stay that names the patient and your relationship, and proof that the stay's costs are covered.

checklist-item-companion-named = Your name on the certificate of planned treatment and guarantee letter
checklist-item-companion-named-why = Japan's Ministry of Foreign Affairs (MOFA) asks the guarantor and the patient to agree which companions are needed; each one is named on the patient's certificate of planned treatment and guarantee letter.
checklist-item-companion-named-format = Nothing to fill in yourself: send the coordinator your full name as in your passport, before they complete the guarantee letter.

checklist-item-treatment-schedule = Treatment schedule
checklist-item-treatment-schedule-why = Needed for a multiple-entry medical-stay visa, when your treatment takes several visits to Japan.
checklist-item-treatment-schedule-format = A schedule of your treatment from the doctor who plans it in Japan. Each single stay has its own limit: the stay tool checks it.

## Travel

checklist-item-visa = Medical-stay visa
checklist-item-visa-why = Your permission to come to Japan for treatment, unless your stay fits a visa-free visit.
checklist-item-visa-format = It is placed in your passport. Enter Japan while it is valid. The dates printed on it and on your landing permission are what count.

checklist-item-hospital-estimate = The hospital's acceptance and estimate
checklist-item-hospital-estimate-why = The hospital's reply that it can accept you, with the treatment, how long it takes and what it costs. Your prepayment is based on it.
checklist-item-hospital-estimate-format = The hospital's own document, in writing. If it differs from this app's estimate, the hospital's document is what counts.

checklist-item-prepayment-record = Payment receipt or bank transfer record
checklist-item-prepayment-record-why = It shows what you paid in advance. A written second opinion is prepared once your payment is confirmed, and the estimated cost of treatment is normally paid in advance.
checklist-item-prepayment-record-format = Keep the receipt or your bank's transfer record until the settlement. A refund goes back to the account you paid from.

checklist-item-medical-records-copy = Copies of your medical documents
checklist-item-medical-records-copy-why = Your own set of the reports, images and translations you sent to the hospital, to have with you during your stay.
checklist-item-medical-records-copy-format = Copies are enough. Keep the originals in a safe place.

checklist-item-coordinator-contact = Your coordinator's contact details
checklist-item-coordinator-contact-why = Your coordinator is your link to the hospital. Appointment times can change, and interpreters are arranged through the coordinator.
checklist-item-coordinator-contact-format = Names, phone numbers and addresses, written on paper as well as saved on your phone.

checklist-item-insurance-policy = International insurance policy
checklist-item-insurance-policy-why = If you have a policy that covers care in Japan, it may reimburse your medical costs later, and sometimes interpreter or coordinator fees.
checklist-item-insurance-policy-format = The policy and your insurer's contact details. Ask your insurer which receipts and reports it needs for a claim.

## Documents page

documents-intro = Choose the situations that apply to you. For each document you see why it is needed, in what form, and who usually provides it. Mark where each one stands and add notes; everything stays on this device.
documents-loading = Loading the checklists…
documents-as-of = Checklists as of { $date }
documents-choose = Which of these apply to you?
documents-none-chosen = Choose at least one situation above to see its checklist.
documents-ready-help = A document counts as in hand once it is received, translated or sent. A document that appears under two situations has one status.
documents-print = Print the checklists
checklist-progress = { $total ->
    [one] { $ready } of { $total } document in hand
   *[other] { $ready } of { $total } documents in hand
}
checklist-format-label = Format:
checklist-provider-label = Usually from:
checklist-sources-label = Sources:
checklist-status-label = Status
checklist-note-label = Note
checklist-status-not-started = Not started
checklist-status-requested = Requested
checklist-status-received = Received
checklist-status-translated = Translated
checklist-status-sent = Sent
checklist-status-printed = Status: { $status }
checklist-note-printed = Note: { $note }
files-heading = Your documents' files
files-limits = Keep each document's files with it: PDF, JPEG, PNG, text or HEIC (iPhone photos), up to { $file } a file and { $whole } in all, so the packet stays small enough to send and to open on a phone. They stay on this device until you send them with the packet from the intake page.
files-used = { $count ->
    [one] One file kept on this device: { $size } of the { $whole } allowed.
   *[other] { $count } files kept on this device: { $size } of the { $whole } allowed.
}
files-browser-free = The browser says about { $free } more can be kept for this site.
files-opening-slow = Opening this device’s file storage is taking longer than usual. Still waiting: files can be added as soon as it opens.
files-opening-blocked = Another tab of this planner, from an older version, is keeping this device’s file storage open. Close or reload that tab, and files can be added here.
files-case = The files below are kept for the intake draft “{ $name }” and go only with its packet. To see another patient’s files, open their draft on the intake page.
files-case-first = The files below go with the intake draft you start on the intake page, and only with its packet.
files-memory-only = This browser does not let the app keep files on this device ({ $reason }), for example in a private window. Files you add now are held only until this page is closed: send them with the packet below before you leave.
files-this-visit-help = Download your files now with the checklist and your open intake draft, as one packet for your coordinator.
files-this-visit-name = Documents
files-add = Add files for “{ $document }”
files-added = “{ $name }” is kept on this device.
files-added-many = { $count ->
    [one] 1 file is kept on this device.
   *[other] { $count } files are kept on this device.
}
files-renamed = Renamed to “{ $name }”.
files-removed = “{ $name }” was removed from this device.
files-remove-confirm = Remove “{ $name }” from this device? This cannot be undone.
files-refused-kind = “{ $name }” was not added: only PDF, JPEG, PNG, text and HEIC files can be kept. Diagnostic images (DICOM) go on a CD or DVD, or through the hospital's own transfer service.
files-refused-large = “{ $name }” was not added: it is { $size }, and a file can be at most { $limit }. Scan it again at a lower resolution, or split it.
files-refused-room = “{ $name }” was not added: it is { $size }, and only { $left } of room is left for your files. Remove a file you no longer need first.
files-refused-many = “{ $name }” was not added: the most files that can be kept is reached. Remove a file you no longer need first.
files-full = “{ $name }” was not saved: this device has no room left for it. Nothing was changed, and your other files are as they were.
files-storage-failed = The browser could not save the change ({ $reason }). Your files are as they were.
files-missing = “{ $name }” is no longer on this device: the browser removed it. Add the file again, or take it off the list.
files-forget = Take it off the list
files-details = { $size } · added { $date }
files-rename = Rename
files-new-name = New name for “{ $name }”
files-save-name = Save the name
files-cancel = Cancel
files-replace = Replace
files-replace-label = Replace “{ $name }” with another file
files-remove = Remove
files-dicom = Diagnostic images (DICOM series of CT, MRI or PET-CT) are not kept here: hospitals ask for them on a CD or DVD, or through their own transfer service. Keep their written reports here instead.
