## Intake form

intake-intro = دوِّن تاريخك الطبي على مهل. تُحفظ المسودات على هذا الجهاز أثناء الكتابة، ولا يُرسَل أي شيء إلى أي جهة. عندما تكون جاهزًا، صدِّر حزمة وأرسلها بالبريد الإلكتروني إلى منسّقك.
intake-durable = قد تمسح المتصفحات البيانات المخزّنة، مثلًا بعد أسابيع من عدم زيارة الموقع. ملف الحزمة المُصدَّر هو نسختك الدائمة: احتفظ به.
intake-persist-granted = وافق هذا المتصفح على الاحتفاظ بالمسودات حتى تحذفها.
intake-loading = جارٍ فتح مسوداتك…

## Drafts

drafts-heading = المسودات
drafts-open-label = فتح مسودة
drafts-name-label = اسم المسودة
drafts-default-name = مسودة { $number }
drafts-new = مسودة جديدة
drafts-duplicate = إنشاء نسخة
drafts-copy-name = { $name } (نسخة)
drafts-delete = حذف المسودة
drafts-delete-confirm = هل تريد حذف المسودة «{ $name }» والملفات المحفوظة لها من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
drafts-clear-all = مسح جميع البيانات على هذا الجهاز
drafts-clear-all-confirm = هل تريد حذف جميع المسودات والتقديرات وخطط الإقامة وقوائم التحقق وجداول الرسوم وملفات المستندات المحفوظة التي خزّنها هذا التطبيق على هذا الجهاز؟ صدِّر حزمة أولًا إذا أردت الاحتفاظ بها.
drafts-cleared = { $files ->
    [0] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم. لم تكن هناك ملفات مستندات محفوظة.
    [one] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم وملف المستند المحفوظ.
    [two] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم وملفا المستندات المحفوظان.
    [few] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم و{ $files } ملفات مستندات محفوظة.
    [many] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم و{ $files } ملفًا من المستندات المحفوظة.
   *[other] حُذفت جميع بيانات هذا التطبيق من هذا الجهاز: المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم و{ $files } ملف مستندات محفوظ.
    }
drafts-saved = حُفظت على هذا الجهاز في { $time }.
drafts-unsaved = لم تُحفظ التغييرات بعد.

## Storage problems

storage-unavailable = لا يسمح هذا المتصفح للتطبيق بتخزين أي شيء (بسبب وضع التصفح الخاص أو أحد الإعدادات). لا تبقى بياناتك إلا ما دامت هذه الصفحة مفتوحة: صدِّر حزمة قبل مغادرتها.
storage-quota = مساحة التخزين المخصّصة لهذا الموقع في المتصفح ممتلئة، لذا لم تُحفظ آخر تغييراتك. وهي لا تزال موجودة على هذه الصفحة: صدِّر حزمة الآن للاحتفاظ بها.
storage-quarantined = تعذّرت قراءة مسوداتك المحفوظة. احتُفظ بنصها دون تغيير تحت الاسم «{ $key }» على هذا الجهاز ولم يُحذف أي شيء؛ يمكنك بدء مسودة جديدة.
storage-newer = حُفظت مسوداتك بإصدار أحدث من هذا التطبيق. حمايةً لها، لا تحفظ هذه الصفحة أي شيء؛ أعد تحميل الصفحة للحصول على الإصدار الأحدث.
conflict-deleted = حُذفت هذه المسودة في علامة تبويب أو نافذة أخرى.
conflict-save-as-new = الاحتفاظ بهذه النسخة كمسودة جديدة
conflict-updated = حُدِّثت هذه المسودة بتغييرات أُجريت في علامة تبويب أخرى.
choice-heading = تغيّر بشكل مختلف في علامتي تبويب
choice-help = تُحفظ القيمتان حتى تختار. يعرض النموذج القيمة الموسومة «في النموذج».
choice-in-form = في النموذج
choice-use = استخدم هذه
choice-keep-both = الاحتفاظ بالاثنين
choice-dismiss = تم، اترك النموذج كما هو
choice-empty = (فارغ)
choice-entry = { $list }، الإدخال { $number }: { $field }
drafts-imported-name = { $name } (مستورد { $date })

## The form

intake-patient-heading = المريض
intake-patient-name = الاسم الكامل (كما في جواز السفر)
intake-patient-date-of-birth = تاريخ الميلاد
intake-patient-nationality = الجنسية (حسب جواز السفر)
intake-nationality-choose = اختر البلد
intake-nationality-as-written = { $text } (كما كُتب)
intake-patient-email = البريد الإلكتروني
intake-patient-phone = الهاتف (مع رمز الدولة)
intake-patient-preferred-language = اللغة المفضّلة
intake-contact-help = عنوان بريد إلكتروني أو رقم هاتف، ليتمكّن المنسّق من التواصل معك.
intake-companions-heading = المرافقون
intake-companion-name = اسم المرافق
intake-companion-relation = صلته بالمريض
intake-companion-add = إضافة مرافق
intake-companion-remove = إزالة هذا المرافق
intake-condition-heading = الحالة الصحية الراهنة
intake-diagnosis = التشخيص
intake-current-condition = الحالة الراهنة والأعراض
intake-physician-heading = الطبيب المعالج الحالي
intake-physician-name = اسم الطبيب
intake-physician-institution = المستشفى أو العيادة
intake-physician-contact = بيانات الاتصال بالطبيب
intake-history-heading = العلاج حتى الآن
intake-history-help = إدخال واحد لكل فحص أو عملية جراحية أو دورة علاجية، مع ذكر وقتها، وما أُجري، وما تبيّن.
intake-history-kind = النوع
intake-history-examination = فحص
intake-history-surgery = جراحة
intake-history-chemotherapy = علاج كيميائي
intake-history-radiotherapy = علاج إشعاعي
intake-history-when = متى
intake-history-details = ما أُجري وما تبيّن
intake-history-add = إضافة إدخال
intake-history-remove = إزالة هذا الإدخال
intake-materials-heading = الصور التشخيصية والتقارير
intake-images = الصور التشخيصية المتوفرة لديك (التصوير المقطعي المحوسب CT، والرنين المغناطيسي MRI، والتصوير المقطعي بالإصدار البوزيتروني PET-CT، والتنظير الداخلي، والموجات فوق الصوتية)، وهل هي بصيغة DICOM
intake-reports = التقارير وتحاليل الدم وشرائح الباثولوجيا المتوفرة لديك
intake-wishes-heading = رغباتك
intake-desired-hospital = المستشفى الذي تفضّله
intake-desired-treatment = العلاج الذي ترغب فيه
intake-budget = الميزانية (المبلغ والعملة)
intake-dates-from = أقرب تاريخ يمكنك السفر فيه
intake-dates-to = آخر تاريخ يمكنك السفر فيه
intake-questions = أسئلة للمستشفى
intake-required-mark = (مطلوب)
intake-required = يُرجى ملء هذا الحقل.
intake-contact-required = أدخل عنوان بريد إلكتروني أو رقم هاتف.
intake-email-invalid = لا يبدو هذا عنوان بريد إلكتروني صحيحًا (name@example.com).
intake-date-invalid = هذا التاريخ غير صالح.
intake-birth-future = لا يمكن أن يكون تاريخ الميلاد في المستقبل.
intake-dates-order = آخر تاريخ يسبق أقرب تاريخ.
intake-too-long = النموذج أطول من أن يُحفظ على هذا الجهاز (أكثر من نحو 300 صفحة من النص). اختصر هذا الحقل، وهو الأطول، أو أضف التقارير الطويلة كمستندات في قائمة التحقق.
intake-problems = { $count ->
    [zero] لا توجد حقول تحتاج إلى مراجعة قبل التصدير.
    [one] حقل واحد يحتاج إلى مراجعة قبل التصدير.
    [two] حقلان يحتاجان إلى مراجعة قبل التصدير.
    [few] { $count } حقول تحتاج إلى مراجعة قبل التصدير.
    [many] { $count } حقلًا تحتاج إلى مراجعة قبل التصدير.
   *[other] { $count } حقل تحتاج إلى مراجعة قبل التصدير.
}

## Export

export-heading = الإرسال إلى منسّقك
export-help = الحزمة ملف واحد يضم هذه المسودة وما أدخلته في حاسبة التكاليف وفحص الإقامة وقوائم التحقق على هذا الجهاز.
export-passphrase = عبارة المرور (اختيارية)
export-passphrase-help = عند استخدام عبارة مرور يُشفَّر الملف (AES-GCM، بمفتاح 256 بت). أبلغ منسّقك بعبارة المرور بطريقة أخرى، عبر الهاتف مثلًا، ولا ترسلها أبدًا في رسالة البريد الإلكتروني نفسها.
export-download = تنزيل الحزمة
export-copy = نسخ نص الحزمة
export-copied = نص الحزمة موجود الآن في الحافظة. الصقه في رسالة بريد إلكتروني أو في ملف.
export-copy-failed = لم يسمح المتصفح بالنسخ. استخدم «تنزيل الحزمة» بدلًا من ذلك.
export-share = مشاركة…
export-email = إرسال بالبريد الإلكتروني إلى المنسّق
export-email-subject = حزمة المعلومات الطبية (Japan Care Planner)
export-email-body = مرحبًا، أرسل إليكم حزمة معلوماتي الطبية، التي أُعدّت باستخدام Japan Care Planner، في ملف مرفق. لا تذكر هذه الرسالة شيئًا عن صحتي: كل شيء في الملف.
export-email-help = يُفتح تطبيق البريد الإلكتروني برسالة قصيرة. أرفق ملف الحزمة الذي نزّلته قبل إرسالها.
export-done = أُنشئت الحزمة «{ $file }».
export-encrypting = جارٍ التشفير…
export-failed = تعذّر إنشاء الحزمة: { $reason }

## Open a packet

packet-intro = افتح ملف حزمة أرسله مريض: يُفحَص الملف ويُعرَض هنا، على هذا الجهاز فقط. يمكنك طباعته، أو الاحتفاظ به كمسودة جديدة.
packet-choose = اختر ملف حزمة
packet-passphrase = هذه الحزمة مشفّرة. أدخل عبارة المرور الخاصة بها.
packet-malformed = الملف ليس حزمة: فهو ليس ملف JSON صالحًا.
packet-not-packet = الملف ليس حزمة من Japan Care Planner.
packet-newer = أُنشئت الحزمة بإصدار أحدث من هذا التطبيق. أعد تحميل الصفحة للحصول عليه، ثم افتح الملف مرة أخرى.
packet-invalid = الحزمة تالفة ولا يمكن عرضها ({ $reason }).
packet-made = أُنشئت في { $date } بالإصدار { $version } من التطبيق، باللغة { $locale }.
packet-import = الاحتفاظ بها كمسودة جديدة
packet-imported = حُفظت كمسودة جديدة باسم «{ $name }». لم تتغيّر مسوداتك الأخرى.
packet-print = طباعة
packet-checklist-heading = قائمة التحقق من المستندات
packet-empty = (غير مذكور)
drafts-clear-failed = لم يسمح المتصفح للتطبيق بحذف بياناته على هذا الجهاز. لم يُحذف شيء.
drafts-cleared-files-failed = حُذفت المسودات والتقدير وخطة الإقامة وقائمة التحقق وجداول الرسوم، لكن المتصفح لم يسمح بحذف ملفات المستندات المحفوظة ({ $reason }). احذفها من صفحة المستندات، أو امسح بيانات هذا الموقع من إعدادات المتصفح.
