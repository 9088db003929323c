## Step-by-step guide: stages of the journey

guide-stage-prepare = Prepare
guide-stage-prepare-summary = Contact an international medical coordinator and gather what the hospital will need to know about you.
guide-stage-prepare-step-1 = Contact an international medical coordinator. Some hospitals take inquiries from abroad only through their coordination partners.
guide-stage-prepare-step-2 = Write down your current condition and gather your medical information so far: reports and images.
guide-stage-prepare-step-3 = Decide on your preferred hospital, your budget and when you would like to travel.
guide-stage-prepare-step-4 = Use the document checklists to see what the hospital will ask for, including translations into Japanese or English.
guide-stage-prepare-cost = The coordinator charges a service fee, separate from the hospital's fees. Ask what it covers.
guide-stage-prepare-check = Check that your medical documents are complete, and that your images are DICOM data, not photographs of a screen.

guide-stage-liaison = Liaison with the hospital
guide-stage-liaison-summary = Your coordinator sends your information to the hospital. The hospital decides whether it can accept you and states the treatment, how long it takes and what it costs.
guide-stage-liaison-step-1 = Send your medical information to the hospital through your coordinator.
guide-stage-liaison-step-2 = If the hospital asks for a paid second opinion first, choose how: in person, through a proxy, or in writing.
guide-stage-liaison-step-3 = Read the hospital's reply: whether it can accept you, and the treatment, its length and its cost.
guide-stage-liaison-cost = The first contact is sometimes a paid second opinion. See the estimator for the fees hospitals publish.
guide-stage-liaison-check = Check what the hospital's estimate includes. Some hospitals leave out travel, accommodation and the coordinator's fee, and charge consultation fees separately.

guide-stage-prepayment = Prepayment
guide-stage-prepayment-summary = The estimated cost of treatment and the coordinator's service fee are normally paid in advance, to the coordinator.
guide-stage-prepayment-step-1 = Ask your coordinator for the amount to prepay: the hospital's estimate plus the coordinator's service fee.
guide-stage-prepayment-step-2 = Ask your bank early how long a transfer takes and which documents it needs.
guide-stage-prepayment-step-3 = Make the transfer and keep the receipt or transfer record.
guide-stage-prepayment-cost = You pay the hospital's estimate and the coordinator's service fee before you travel. The estimator adds them up.
guide-stage-prepayment-check = Check which account you pay from. After treatment, any refund goes back to that account; a refund to another account may need proof of your relation to its holder.

guide-stage-visa = Visa
guide-stage-visa-summary = A medical-stay visa needs a registered guarantor: a coordinator or a travel agency. Start once your medical information is complete, well before you travel.
guide-stage-visa-step-1 = Ask your coordinator, or a travel agency, to act as your registered guarantor.
guide-stage-visa-step-2 = Ask your guarantor for the certificate of planned treatment and guarantee letter. The hospital in Japan fills in its part.
guide-stage-visa-step-3 = Gather your passport, a photograph, the visa application form, proof of funds such as a bank balance certificate, and an identity document. Each companion needs a passport, a photograph, a form and an identity document.
guide-stage-visa-step-4 = For a long stay that needs a Certificate of Eligibility, ask the hospital's staff or a relative in Japan to apply for it. For several visits, ask the doctor for a treatment schedule, for a multiple-entry visa.
guide-stage-visa-step-5 = Apply at the embassy or consulate of Japan, then enter Japan while the visa is valid.
guide-stage-visa-cost = This app has no figures for visa costs. Ask your guarantor and the embassy or consulate what you will need to pay.
guide-stage-visa-check = Check that the period of stay fits your treatment plan. Processing can take longer if your application is referred to Tokyo, so plan your travel well ahead.

guide-stage-travel-treatment = Travel and treatment
guide-stage-travel-treatment-summary = You travel to Japan and receive your treatment. Your coordinator stays your link to the hospital.
guide-stage-travel-treatment-step-1 = Keep companions to those you need. They travel on the same type of visa and may not do paid work in Japan.
guide-stage-travel-treatment-step-2 = Ask your coordinator to arrange an interpreter for your appointments.
guide-stage-travel-treatment-step-3 = Take your passport, the hospital's acceptance and estimate, your payment record and your coordinator's contact details.
guide-stage-travel-treatment-step-4 = Stay in touch with your coordinator: emergencies at the hospital can move appointment times.
guide-stage-travel-treatment-cost = Interpreters are billed by the hour, at a rate each coordinator sets. Add your travel, accommodation and daily costs in the estimator.
guide-stage-travel-treatment-check = Work out your last permitted day from the landing date and the period of stay on your landing permission (the stay tool shows it), and check it against your treatment dates.

guide-stage-settlement = Settlement
guide-stage-settlement-summary = After treatment, the prepayment is settled against the actual charges.
guide-stage-settlement-step-1 = Ask your coordinator for the actual charges once your treatment ends.
guide-stage-settlement-step-2 = Compare them with the amount you prepaid. The estimator has a settlement section for this.
guide-stage-settlement-step-3 = Receive the balance, refunded to the account you paid from, or pay the extra if treatment beyond the plan was added.
guide-stage-settlement-cost = If the actual charges are lower than your prepayment, the difference is refunded. If treatment beyond the plan was added, you pay the difference.
guide-stage-settlement-check = Check any added treatment against the original estimate, and ask your coordinator about anything you do not recognise.

guide-stage-follow-up = Follow-up at home
guide-stage-follow-up-summary = Back home, your local physician continues your care. Results can be sent back through your coordinator.
guide-stage-follow-up-step-1 = Give your local physician the reports from your treatment in Japan.
guide-stage-follow-up-step-2 = Ask your coordinator how to send later results back to the hospital in Japan.
guide-stage-follow-up-step-3 = If you have an international insurance policy, ask your insurer which receipts and reports it needs for a claim.
guide-stage-follow-up-cost = This app has no figures for follow-up care. An international insurance policy may reimburse some costs later.
guide-stage-follow-up-check = Check that your local physician has everything they need from Japan, and that you know how to reach your coordinator.

## Frequently asked questions

guide-faq-language-help = Will I have help with the language?
guide-faq-language-help-answer = Ask your coordinator to arrange an interpreter. Interpreters are billed by the hour, at a rate each coordinator sets, and some hospitals require one at the consultation. The documents you send must be in Japanese or English, so plan for translations.

guide-faq-companions = Can family members come with me?
guide-faq-companions-answer = Yes. Relatives, or others if needed, can come with you on the same type of visa. Companions may not do paid work in Japan. Keep companions to a minimum: each one adds to the cost of travel and accommodation.

guide-faq-insurance = Will insurance pay for my treatment?
guide-faq-insurance-answer = An international policy that covers care in Japan may reimburse your medical costs later, and sometimes interpreter or coordinator fees. You usually pay in advance first. Joining Japan's public health insurance as a non-resident in order to get treatment is illegal. Ask your insurer before you travel.

guide-faq-treatment-changes = What happens if my treatment or appointments change?
guide-faq-treatment-changes-answer = Emergencies at the hospital can move appointment times; your coordinator will tell you. If treatment beyond the plan is added, you pay the difference at the settlement. If the actual charges are lower than your prepayment, the difference is refunded to the account you paid from.

guide-faq-follow-up-at-home = Who looks after me when I get home?
guide-faq-follow-up-at-home-answer = Your local physician continues your care. Results can be sent back to the hospital in Japan through your coordinator. Ask your coordinator before you leave Japan how this will work.

guide-faq-which-text-governs = Which text counts if this app and an official document differ?
guide-faq-which-text-governs-answer = The hospital's own documents and estimate, and the dates on your visa and landing permission, are what count. This app's texts and translations are guidance only and may contain errors. If something differs, follow the official document and ask your coordinator.

## Guide page

guide-intro = The journey from first contact to follow-up at home, stage by stage: what to do, how long it usually takes, what it costs and what to check.
guide-loading = Loading the guide…
guide-as-of = Guide as of { $date }
guide-print = Print the guide
guide-what-to-do = What to do
guide-how-long = How long it takes
guide-what-it-costs = What it costs
guide-what-to-check = What to check
guide-faq-heading = Questions patients ask
guide-stage-prepare-takes = A coordinator usually replies in:
guide-stage-liaison-takes = The hospital's reply usually takes:
guide-stage-visa-takes = From complete medical information to the visa:
guide-takes-between = { $min } to { $max } { $unit }
guide-takes-at-most = up to { $max } { $unit }
guide-takes-at-least = at least { $min } { $unit }
guide-takes-about = about { $count } { $unit }
guide-unit-day = { $count ->
    [one] day
   *[other] days
}
guide-unit-business-day = { $count ->
    [one] business day
   *[other] business days
}
guide-unit-week = { $count ->
    [one] week
   *[other] weeks
}
guide-unit-month = { $count ->
    [one] month
   *[other] months
}
