# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = اللغة الثانية للتسميات المطبوعة
packet-second-language-help = تُطبع كل تسمية باللغتين لأجل المستشفى. أما ما كتبه المريض فيُطبع كما كتبه.
packet-second-language-none = بلا: لغة واحدة فقط
packet-second-language-failed = تعذّر تحميل التسميات بتلك اللغة. اتصل بالإنترنت مرة واحدة، أو اختر لغة أخرى.
packet-not-included = غير مُدرَج في هذه الحزمة.
packet-estimate-result-heading = تقدير التكاليف الخاص بالمريض
packet-stay-result-heading = فحص إقامة المريض
packet-stay-computed = جرى التحقق في { $date } في تطبيق المريض. والعبرة بالتواريخ المدوّنة على التأشيرة وعلى ملصق إذن الدخول (إذن النزول).
packet-stay-route = الدخول إلى اليابان
packet-stay-route-exempt = الدخول بالإعفاء من التأشيرة
packet-stay-route-medical = تأشيرة الإقامة الطبية ({ $period })
packet-stay-nationality-other = جنسية تتطلب تأشيرة
packet-stay-fits = إقامة المريض ضمن المدة المسموح بها.
packet-stay-over = { $days ->
    [zero] تتجاوز إقامة المريض المدة المسموح بها بـ{ $days } يوم.
    [one] تتجاوز إقامة المريض المدة المسموح بها بيوم واحد.
    [two] تتجاوز إقامة المريض المدة المسموح بها بيومين.
    [few] تتجاوز إقامة المريض المدة المسموح بها بـ{ $days } أيام.
    [many] تتجاوز إقامة المريض المدة المسموح بها بـ{ $days } يومًا.
   *[other] تتجاوز إقامة المريض المدة المسموح بها بـ{ $days } يوم.
    }
packet-stay-allowed = المدة المسموح بها من تاريخ وصول المريض: { $period }.
packet-stay-not-exempt = جنسية جواز سفر المريض ليست ضمن قائمة الجنسيات المعفاة من التأشيرة في هذا التطبيق: يحتاج المريض إلى تأشيرة.
packet-stay-incomplete = لم يُدخل المريض بيانات كافية للتحقق من الإقامة.
packet-stay-invalid = تعذّر التحقق من التواريخ التي أدخلها المريض.
packet-stay-certificate = تتجاوز إقامة المريض { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
    }: فالإقامة بهذا الطول تفترض دخول المستشفى، وتتطلب قبل التأشيرة شهادة الأهلية (Certificate of Eligibility) التي يتقدّم بطلبها في اليابان موظفو المستشفى أو أحد الأقارب. تستغرق عادةً من شهر إلى 3 أشهر، ويجب أن يدخل المريض اليابان خلال 3 أشهر من صدورها.
packet-stay-certificate-if-longer = إذا تجاوزت إقامة المريض { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
    }، فهي تفترض دخول المستشفى، وتتطلب قبل التأشيرة شهادة الأهلية (Certificate of Eligibility) التي يتقدّم بطلبها في اليابان موظفو المستشفى أو أحد الأقارب.
packet-stay-options-heading = ما يمكن للمريض فعله
packet-stay-option-medical-visa = تقديم طلب للحصول على تأشيرة الإقامة الطبية عن طريق جهة ضامنة مسجّلة (المنسّق أو وكالة سفر). تُحدَّد مدتها وفقًا لحالة المريض الصحية.
packet-stay-option-split = تقسيم العلاج على عدة إقامات (عددها { $stays })، لا تتجاوز كل منها { $days ->
    [zero] { $days } يوم
    [one] يومًا واحدًا
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
    }، بتأشيرة إقامة طبية متعددة الدخول وجدول علاج من طبيب المريض.
packet-step-hospital-request = إرسال معلومات المريض إلى المستشفى
packet-timeline-arrival-after-start = تاريخ الوصول الذي أدخله المريض يقع بعد أول يوم للعلاج.
packet-timeline-arrival-long-gap = يصل المريض قبل بدء العلاج { $days ->
    [zero] بـ{ $days } يوم
    [one] بيوم واحد
    [two] بيومين
    [few] بـ{ $days } أيام
    [many] بـ{ $days } يومًا
   *[other] بـ{ $days } يوم
    }: وتُحتسب هذه الأيام من مدة الإقامة المسموح بها.
packet-checklist-other = مستندات أخرى
packet-item-medical-records-copy = نسخ من المستندات الطبية للمريض
packet-item-coordinator-contact = بيانات الاتصال بالمنسّق
packet-patient-name = الاسم الكامل للمريض (كما في جواز السفر)
packet-images = الصور التشخيصية المتوفرة لدى المريض (التصوير المقطعي المحوسب CT، والرنين المغناطيسي MRI، والتصوير المقطعي بالإصدار البوزيتروني PET-CT، والتنظير الداخلي، والموجات فوق الصوتية)، وهل هي بصيغة DICOM
packet-reports = التقارير وتحاليل الدم وشرائح الباثولوجيا المتوفرة لدى المريض
packet-wishes-heading = رغبات المريض
packet-desired-hospital = المستشفى الذي يفضّله المريض
packet-desired-treatment = العلاج الذي يرغب فيه المريض
packet-dates-from = أقرب تاريخ يمكن للمريض السفر فيه
packet-dates-to = آخر تاريخ يمكن للمريض السفر فيه
packet-documents-heading = المستندات المرسلة مع الحزمة
packet-documents-verified = { $count ->
    [zero] { $count } ملف ({ $size })؛ يطابق كلٌّ منها قيمة SHA-256 الخاصة به في ملف البيان.
    [one] ملف واحد ({ $size })؛ يطابق قيمة SHA-256 الخاصة به في ملف البيان.
    [two] ملفان ({ $size })؛ يطابق كلٌّ منهما قيمة SHA-256 الخاصة به في ملف البيان.
    [few] { $count } ملفات ({ $size })؛ يطابق كلٌّ منها قيمة SHA-256 الخاصة به في ملف البيان.
    [many] { $count } ملفًا ({ $size })؛ يطابق كلٌّ منها قيمة SHA-256 الخاصة به في ملف البيان.
   *[other] { $count } ملف ({ $size })؛ يطابق كلٌّ منها قيمة SHA-256 الخاصة به في ملف البيان.
}
packet-documents-not-attached = { $count ->
    [zero] تذكر الحزمة { $count } ملف ({ $size })، لكنها لم تُفتح معها. افتح ملف zip الخاص بالحزمة لرؤيتها.
    [one] تذكر الحزمة ملفًا واحدًا ({ $size })، لكنه لم يُفتح معها. افتح ملف zip الخاص بالحزمة لرؤيته.
    [two] تذكر الحزمة ملفين ({ $size })، لكنهما لم يُفتحا معها. افتح ملف zip الخاص بالحزمة لرؤيتهما.
    [few] تذكر الحزمة { $count } ملفات ({ $size })، لكنها لم تُفتح معها. افتح ملف zip الخاص بالحزمة لرؤيتها.
    [many] تذكر الحزمة { $count } ملفًا ({ $size })، لكنها لم تُفتح معها. افتح ملف zip الخاص بالحزمة لرؤيتها.
   *[other] تذكر الحزمة { $count } ملف ({ $size })، لكنها لم تُفتح معها. افتح ملف zip الخاص بالحزمة لرؤيتها.
}
packet-document-matches-manifest = يطابق ملف البيان
packet-documents-manifest-note = كتب ملفَّ البيان من أنشأ الأرشيف مع الملفات: التطابق يدل على أنها وصلت كاملة، لا على هوية مرسلها. وحدها الحزمة المشفّرة تدل أيضًا على أن أحدًا لم يغيّرها في الطريق.
packet-document-download = تنزيل
packet-imported-with-files = { $count ->
    [zero] حُفظت كمسودة جديدة باسم «{ $name }»، مع { $count } ملف على هذا الجهاز.
    [one] حُفظت كمسودة جديدة باسم «{ $name }»، مع ملف واحد على هذا الجهاز.
    [two] حُفظت كمسودة جديدة باسم «{ $name }»، مع ملفين على هذا الجهاز.
    [few] حُفظت كمسودة جديدة باسم «{ $name }»، مع { $count } ملفات على هذا الجهاز.
    [many] حُفظت كمسودة جديدة باسم «{ $name }»، مع { $count } ملفًا على هذا الجهاز.
   *[other] حُفظت كمسودة جديدة باسم «{ $name }»، مع { $count } ملف على هذا الجهاز.
}
