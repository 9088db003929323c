## Stay and timeline

stay-intro = تحقّق من أن إقامتك تقع ضمن المدة المسموح لك بها، واعرف آخر موعد لبدء كل خطوة. يُحتسب يوم الدخول إلى اليابان اليومَ 1.
stay-loading = جارٍ تحميل قواعد الإقامة…
stay-nationality = الجنسية (حسب جواز السفر)
stay-nationality-other = بلد أو منطقة أخرى (يلزم الحصول على تأشيرة)
stay-route = طريقة دخولك إلى اليابان
stay-route-exempt = من دون تأشيرة (الإعفاء من التأشيرة)
stay-route-medical = تأشيرة الإقامة الطبية، { $period }
period-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
period-months = { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهران
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}
period-years = { $count ->
    [zero] { $count } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $count } سنوات
    [many] { $count } سنة
   *[other] { $count } سنة
}
stay-exempt-days = مدة الإقامة المعفاة من التأشيرة لحاملي جواز سفرك: { $days } يومًا
stay-not-exempt = جنسية جواز سفرك ليست ضمن قائمة الجنسيات المعفاة من التأشيرة في هذا التطبيق: تحتاج إلى تأشيرة.
stay-dates-heading = تواريخك
stay-plan-toggle = احسب التواريخ انطلاقًا من خطة العلاج
stay-arrival = الوصول إلى اليابان
stay-departure = المغادرة من اليابان
stay-sessions = عدد جلسات العلاج
stay-sessions-per-week = عدد الجلسات في الأسبوع
stay-days-before = عدد الأيام في اليابان قبل الجلسة الأولى
stay-days-after = عدد الأيام في اليابان بعد آخر أسبوع من الجلسات
stay-result-heading = هل تقع إقامتك ضمن المدة المسموح بها؟
stay-days = عدد أيام الإقامة في اليابان: { $days } (من { $arrival } إلى { $departure })، مع احتساب يوم الدخول اليومَ 1.
stay-last-day = آخر يوم مسموح به: { $date }
stay-fits = إقامتك ضمن المدة المسموح بها.
stay-over = تتجاوز إقامتك المدة المسموح بها بعدد من الأيام قدره { $days }.
stay-options-heading = ما يمكنك فعله
stay-option-medical-visa = قدّم طلبًا للحصول على تأشيرة الإقامة الطبية عن طريق جهة ضامنة مسجّلة (منسّقك أو وكالة سفر). تُحدَّد مدتها وفقًا لحالتك الصحية.
stay-option-coe = الإقامة التي تتجاوز { $days } يومًا تفترض دخولك المستشفى، وتتطلب شهادة الأهلية (Certificate of Eligibility)، التي يتقدّم بطلبها موظفو المستشفى أو أحد أقاربك المقيمين في اليابان.
stay-option-split = قسّم العلاج على عدة إقامات (عددها { $stays })، لا تتجاوز كل منها { $days } يومًا، بتأشيرة إقامة طبية متعددة الدخول وجدول علاج من طبيبك.
stay-date-error = تحقّق من التواريخ: { $problem }
stay-date-order = تاريخ المغادرة يسبق تاريخ الوصول.
stay-date-range = استخدم تواريخ من { $first } إلى { $last }.
stay-plan-error = أدخل عدد الجلسات (من 1 إلى { $sessions }) وعدد الجلسات في الأسبوع (من 1 إلى { $per-week }).
stay-sticker = العبرة بالتواريخ المطبوعة على تأشيرتك وعلى ملصق إذن الدخول (إذن النزول).
stay-source = المصدر: { $source }، حتى تاريخ { $date }

timeline-heading = الجدول الزمني
timeline-start = اليوم الأول المقرّر للعلاج
timeline-opinion = أحتاج أولًا إلى رأي طبي ثانٍ مكتوب
timeline-latest = آخر موعد: { $date }
timeline-past = انقضى الموعد
timeline-too-soon = تاريخ البدء هذا قريب جدًا ولا يترك وقتًا كافيًا لجميع الخطوات. أقرب تاريخ بدء يترك لها الوقت اللازم هو { $date }.
timeline-holidays = العطلات الرسمية اليابانية معروفة حتى عام { $year } فقط: قد تختلف التواريخ اللاحقة لذلك بمقدار عطلة.
timeline-inferred = بعض المهل الزمنية هي قراءة متحفّظة من هذا التطبيق لمصادره.
timeline-download = تنزيل التقويم (.ics)
timeline-calendar-name = رحلة العلاج في اليابان
step-contact-coordinator = التواصل مع منسّق طبي دولي
step-pay-written-opinion = دفع رسوم الرأي الطبي الثاني المكتوب
step-hospital-request = إرسال معلوماتك إلى المستشفى
step-prepayment = دفع المبلغ التقديري مقدّمًا
step-visa-recommended = تقديم طلب التأشيرة (الموعد الموصى به)
step-visa-latest = تقديم طلب التأشيرة (آخر موعد)
step-arrival = الوصول إلى اليابان
step-treatment-start = بدء العلاج
