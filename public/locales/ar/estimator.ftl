## Estimator

estimate-intro = اختر جدول رسوم، وأضف البنود التي تتوقعها، ثم أضف أرقامك الخاصة بالسفر. يُبيّن كل رسم مصدره وتاريخ الاطلاع عليه.
estimate-loading = جارٍ تحميل جدول الرسوم…
estimate-schedule-label = جدول الرسوم
estimate-example-badge = مثال
estimate-issuer = صادر عن { $issuer }
estimate-as-of = الأرقام حتى تاريخ { $date }
estimate-items-heading = البنود
estimate-add-label = البند المراد إضافته
estimate-add-button = إضافة
estimate-remove-button = إزالة
estimate-no-lines = لا توجد بنود بعد. اختر بندًا من الأعلى واضغط «إضافة».
estimate-line-source = المصدر:
estimate-package-note = سعر ثابت واحد أيًّا كان عدد الجلسات.
quantity-minutes = عدد الدقائق
quantity-points = عدد النقاط
quantity-times = عدد المرات
unit-hour = عدد الساعات
unit-slide = عدد الشرائح
unit-case = عدد الحالات
unit-visit = عدد الزيارات
unit-trip = عدد الرحلات
price-from = { $amount } فأكثر
price-range = من { $low } إلى { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = أول { $first-minutes } دقيقة: { $first }، ثم { $extra-blocks } × { $additional-minutes } دقيقة بسعر { $extra }
breakdown-first-block = أول { $first-minutes } دقيقة: { $first }
breakdown-points = { $points } نقطة × { $rate } ين
category-consultation = الاستشارة
category-pathology = علم الأمراض (الباثولوجيا)
category-examination = الفحوصات
category-treatment = العلاج
category-interpreter = الترجمة الفورية
category-other = أخرى

estimate-own-heading = أرقامك الخاصة
estimate-own-help = من عروض الأسعار التي حصلت عليها بنفسك؛ هذه المبالغ غير مدرجة في أي جدول رسوم. اترك الحقل فارغًا إذا كان لا ينطبق عليك.
estimate-coordinator-fee = رسوم خدمة المنسّق (بالين، حسب عرض السعر)
estimate-companions = عدد المرافقين المسافرين معك
estimate-flight = تذكرة الطيران ذهابًا وإيابًا لكل مسافر (بالين)
estimate-nights = عدد ليالي الإقامة
estimate-nightly-rate = تكلفة الإقامة لليلة الواحدة (بالين)
estimate-other-costs = تكاليف أخرى (بالين): التنقل المحلي، والوجبات، والتأمين
estimate-contingency = هامش احتياطي للطوارئ (%)

summary-heading = تقديرك
summary-medical-subtotal = المجموع الفرعي للتكاليف الطبية
summary-tax-included = منها ضريبة الاستهلاك ({ $rate } %)
summary-tax-added = ضريبة الاستهلاك ({ $rate } %)
summary-medical-total = إجمالي التكاليف الطبية
summary-coordinator = رسوم خدمة المنسّق
summary-prepayment = يُدفع عادةً مقدّمًا (إجمالي التكاليف الطبية ورسوم المنسّق)
summary-flights = { $travellers ->
    [zero] تذاكر الطيران ({ $travellers } مسافر)
    [one] تذاكر الطيران (مسافر واحد)
    [two] تذاكر الطيران (مسافران)
    [few] تذاكر الطيران ({ $travellers } مسافرين)
    [many] تذاكر الطيران ({ $travellers } مسافرًا)
   *[other] تذاكر الطيران ({ $travellers } مسافر)
}
summary-accommodation = { $nights ->
    [zero] الإقامة ({ $nights } ليلة)
    [one] الإقامة (ليلة واحدة)
    [two] الإقامة (ليلتان)
    [few] الإقامة ({ $nights } ليالٍ)
    [many] الإقامة ({ $nights } ليلة)
   *[other] الإقامة ({ $nights } ليلة)
}
summary-other-costs = تكاليف أخرى
summary-contingency = هامش احتياطي للطوارئ ({ $percent } %)
summary-total = الإجمالي التقديري
summary-open-ended = بعض الرسوم منشورة كحدّ أدنى فقط، لذا فإن الإجمالي يمثّل حدًّا أدنى أيضًا.
summary-unknown-items = { $count ->
    [zero] { $count } بند أضفته غير موجود في هذا الجدول فاستُبعد؛ ويعود إذا رجعت إلى الجدول السابق.
    [one] بند واحد أضفته غير موجود في هذا الجدول فاستُبعد؛ ويعود إذا رجعت إلى الجدول السابق.
    [two] بندان أضفتهما غير موجودين في هذا الجدول فاستُبعدا؛ ويعودان إذا رجعت إلى الجدول السابق.
    [few] { $count } بنود أضفتها غير موجودة في هذا الجدول فاستُبعدت؛ وتعود إذا رجعت إلى الجدول السابق.
    [many] { $count } بندًا أضفتها غير موجودة في هذا الجدول فاستُبعدت؛ وتعود إذا رجعت إلى الجدول السابق.
   *[other] { $count } بند أضفتها غير موجودة في هذا الجدول فاستُبعدت؛ وتعود إذا رجعت إلى الجدول السابق.
}
summary-error = لا يمكن جمع هذه الأرقام. تحقّق من الأرقام التي أدخلتها.
summary-guidance = هذا تقدير وليس عرض سعر: ما تدفعه مقدّمًا هو ما يرد في تقدير المستشفى نفسه.
estimate-print = طباعة هذا التقدير

settlement-heading = الدفع المسبق والتسوية
settlement-help = بعد العلاج، يُسوّى المبلغ المدفوع مسبقًا مقابل التكاليف الفعلية.
settlement-prepaid = المبلغ المدفوع مسبقًا (بالين)
settlement-actual = التكاليف الفعلية (بالين)
settlement-refund = { $prepaid } − { $actual } = { $difference }، يُردّ إليك.
settlement-extra = { $actual } − { $prepaid } = { $difference }، متبقٍّ عليك دفعه.
settlement-even = المبلغ المدفوع مسبقًا يساوي التكاليف الفعلية: لا يوجد ما يُردّ أو يُدفع.
settlement-use-estimate = استخدام التقدير بوصفه المبلغ المدفوع مسبقًا

currency-heading = بعملتك
currency-label = العملة
currency-rate = قيمة 1 { $code } بالين
currency-help = اكتب سعر الصرف الذي يعرضه عليك بنكك. لا يجلب هذا التطبيق أسعار الصرف مطلقًا.
currency-total = الإجمالي التقديري: نحو { $amount } { $code }
currency-prepayment = يُدفع عادةً مقدّمًا: نحو { $amount } { $code }
currency-yen-governs = المبالغ بالين هي المعتمدة. سعر الصرف لدى بنكك ورسومه هي التي تحدّد ما تدفعه فعلًا.
currency-source = المنازل العشرية:
