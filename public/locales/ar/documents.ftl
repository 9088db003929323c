## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = رأي طبي ثانٍ بالحضور الشخصي
checklist-scenario-second-opinion-in-person-summary = تذهب بنفسك إلى المستشفى في اليابان لتستمع إلى رأي طبيب اختصاصي في تشخيصك وعلاجك.
checklist-scenario-second-opinion-proxy = رأي طبي ثانٍ عن طريق من ينوب عنك
checklist-scenario-second-opinion-proxy-summary = يحضر الاستشارة نيابةً عنك أحد أفراد أسرتك، أو شخص آخر يحمل نموذج موافقة موقّعًا منك.
checklist-scenario-second-opinion-written = رأي طبي ثانٍ مكتوب
checklist-scenario-second-opinion-written-summary = يراجع المستشفى المستندات التي ترسلها ويقدّم رأيه في تقرير مكتوب، دون زيارة.
checklist-scenario-admission = الدخول إلى المستشفى للعلاج
checklist-scenario-admission-summary = تطلب من مستشفى في اليابان قبولك للعلاج، بما في ذلك الإقامة في المستشفى.
checklist-scenario-visa-patient = تأشيرة الإقامة الطبية: المريض
checklist-scenario-visa-patient-summary = أنت المريض، وتتقدّم بطلب للحصول على تأشيرة الإقامة الطبية لتلقي العلاج في اليابان.
checklist-scenario-visa-companion = تأشيرة الإقامة الطبية: المرافق
checklist-scenario-visa-companion-summary = تسافر مع المريض بصفتك أحد أقاربه أو مرافقًا آخر، بالنوع نفسه من التأشيرة. تتقدّم بطلبك بمستنداتك الخاصة، ويُذكر اسمك في شهادة العلاج المقرّر وخطاب الضمان الخاصين بالمريض، وتحتاج في الإقامة الطويلة إلى شهادة أهلية (Certificate of Eligibility) خاصة بك.
checklist-scenario-travel = السفر إلى اليابان
checklist-scenario-travel-summary = ما يجب أن يكون معك عند سفرك إلى اليابان للاستشارة أو العلاج.

## Who usually provides each document

checklist-provider-patient = أنت (المريض)
checklist-provider-current-physician = طبيبك الحالي
checklist-provider-hospital-in-japan = المستشفى في اليابان
checklist-provider-coordinator = منسّقك
checklist-provider-translator = مترجم
checklist-provider-bank = بنكك
checklist-provider-immigration = سلطات الهجرة في اليابان
checklist-provider-embassy = سفارة اليابان أو قنصليتها

## Medical documents

checklist-item-application-form = استمارة الطلب
checklist-item-application-form-why = يستخدمها المستشفى لتسجيل طلبك. وتُطلب فيها بيانات الاتصال بك وبشخص آخر.
checklist-item-application-form-format = استخدم الاستمارة الخاصة بالمستشفى. بعض المستشفيات لا تقبل الطلبات إلا عن طريق منسّق.

checklist-item-referral-letter = خطاب الإحالة أو سجل العلاج
checklist-item-referral-letter-why = يُطلع الأطباء في اليابان على تشخيصك والعلاج الذي تلقيته حتى الآن، بكلمات طبيبك الحالي.
checklist-item-referral-letter-format = يكتبه طبيبك الحالي، ويُترجَم إلى اليابانية أو الإنجليزية. لدى بعض المستشفيات، مثل مستشفى QST، نموذج خاص لخطاب الإحالة: اطلبه أولًا.

checklist-item-exam-summary = تفاصيل الفحوصات
checklist-item-exam-summary-why = يحتاج الأطباء إلى معرفة الفحوصات التي أجريتها وما أظهرته.
checklist-item-exam-summary-format = لكل فحص: التاريخ، واسم الفحص، والنتيجة، والتشخيص. مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-surgery-record = تفاصيل الجراحة
checklist-item-surgery-record-why = إذا كنت قد خضعت لجراحة، فيحتاج الأطباء إلى معرفة ما أُجري وما أظهره الفحص الباثولوجي (النسيجي).
checklist-item-surgery-record-format = التاريخ، والإجراء الجراحي، ونتائج الفحص الباثولوجي. مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-chemotherapy-record = تفاصيل العلاج الكيميائي
checklist-item-chemotherapy-record-why = إذا كنت قد تلقيت علاجًا كيميائيًا، فيحتاج الأطباء إلى معرفة ما تلقيته ومدى فعاليته.
checklist-item-chemotherapy-record-format = الفترة، وعدد مرات تلقّيه، والأدوية، ومدى تأثيرها. مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-radiotherapy-record = تفاصيل العلاج الإشعاعي
checklist-item-radiotherapy-record-why = إذا كنت قد تلقيت علاجًا إشعاعيًا، فيحتاج الأطباء إلى معرفة متى تلقيته، وبأي جرعة، وفي أي منطقة من الجسم.
checklist-item-radiotherapy-record-format = الفترة، والجرعة، والمنطقة المعالَجة. مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-dicom-images = الصور التشخيصية (DICOM)
checklist-item-dicom-images-why = يفحص الأطباء في اليابان الصور بأنفسهم، لا التقارير فقط: التصوير المقطعي المحوسب (CT)، والتصوير بالرنين المغناطيسي (MRI)، والتصوير المقطعي بالإصدار البوزيتروني (PET-CT)، والتنظير الداخلي، والموجات فوق الصوتية.
checklist-item-dicom-images-format = يُفضَّل إرسال بيانات الصور بصيغة DICOM، على قرص CD أو DVD مثلًا. لا ترسل صورًا فوتوغرافية لشاشة. يجب أن تكون صور التنظير الداخلي ملوّنة.

checklist-item-image-reports = تقارير الصور التشخيصية
checklist-item-image-reports-why = النتائج المكتوبة لكل صورة من صورك. يقرؤها الأطباء مع الصور.
checklist-item-image-reports-format = تقرير واحد لكل فحص ترسل صوره، مترجم إلى اليابانية أو الإنجليزية.

checklist-item-blood-tests = أحدث نتائج تحاليل الدم
checklist-item-blood-tests-why = تُبيّن للأطباء حالتك الراهنة.
checklist-item-blood-tests-format = أحدث نتائجك، مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-screening-results = نتائج فحوصات الكشف المبكر
checklist-item-screening-results-why = تمنح نتائج فحوصات الكشف التي أجريتها الأطباءَ صورةً أوسع عن خلفيتك الطبية.
checklist-item-screening-results-format = نسخ من النتائج، مترجمةً إلى اليابانية أو الإنجليزية.

checklist-item-pathology-slides = شرائح الباثولوجيا وتقرير الباثولوجيا
checklist-item-pathology-slides-why = لا تلزم إلا إذا أردت أن يعيد اختصاصيو الباثولوجيا في المستشفى فحص نسيجك. ويبيّن التقرير ما توصّل إليه اختصاصي الباثولوجيا الذي فحص عيّنتك في بلدك.
checklist-item-pathology-slides-format = الشرائح نفسها، من المستشفى الذي يحتفظ بها، مع تقرير الباثولوجيا مترجمًا إلى اليابانية أو الإنجليزية. لإعادة الفحص رسوم خاصة: راجع حاسبة التكاليف.

checklist-item-translations = الترجمات إلى اليابانية أو الإنجليزية
checklist-item-translations-why = يقرأ المستشفى مستنداتك باليابانية أو الإنجليزية. أي مستند بلغة أخرى يحتاج إلى ترجمة.
checklist-item-translations-format = ترجم كل مستند طبي إلى اليابانية أو الإنجليزية. بعض المستشفيات، مثل مستشفى جونتندو، تطلب نسخًا من نتائجك مرفقة بترجمة يابانية.

## Proxy visits and consultations

checklist-item-proxy-consent-form = نموذج موافقة المريض على من ينوب عنه
checklist-item-proxy-consent-form-why = عندما يحضر الاستشارة نيابةً عنك شخص ليس من أفراد أسرتك، يحتاج المستشفى إلى موافقتك الخطية.
checklist-item-proxy-consent-form-format = يوقّعه المريض. استخدم النموذج الخاص بالمستشفى إن وُجد.

checklist-item-power-of-attorney = توكيل لحضور الاستشارة بالنيابة
checklist-item-power-of-attorney-why = تطلب بعض المستشفيات، مثل مستشفى QST، توكيلًا عندما يحضر شخص آخر الاستشارة نيابةً عن المريض.
checklist-item-power-of-attorney-format = يوقّعه المريض. اسأل المستشفى عمّا إذا كان لديه نموذج خاص به.

checklist-item-interpreter-booking = حجز مترجم فوري
checklist-item-interpreter-booking-why = تشترط بعض المستشفيات، مثل مستشفى جونتندو، حضور مترجم فوري في الاستشارة.
checklist-item-interpreter-booking-format = أكّد التاريخ والوقت والمكان مع منسّقك. يُحاسَب المترجمون الفوريون بالساعة، وفق سعر يحدّده كل منسّق.

## Visa documents

checklist-item-passport = جواز السفر
checklist-item-passport-why = مطلوب لطلب التأشيرة ولدخول اليابان. يحتاج المريض وكل مرافق إلى جواز سفر خاص به.
checklist-item-passport-format = جواز السفر الأصلي لكل مسافر.

checklist-item-photo = صورة شخصية
checklist-item-photo-why = جزء من طلب التأشيرة، للمريض ولكل مرافق.
checklist-item-photo-format = اتبع شروط الصور لدى سفارة اليابان أو قنصليتها التي تقدّم إليها الطلب.

checklist-item-visa-application-form = استمارة طلب التأشيرة
checklist-item-visa-application-form-why = الاستمارة التي تعتمد عليها السفارة أو القنصلية في البتّ في التأشيرة. يملأ المريض وكل مرافق استمارته الخاصة.
checklist-item-visa-application-form-format = استخدم استمارة سفارة اليابان أو قنصليتها التي تقدّم إليها الطلب.

checklist-item-planned-treatment-certificate = شهادة العلاج المقرّر وخطاب الضمان
checklist-item-planned-treatment-certificate-why = تُثبت لجهة إصدار التأشيرة أن مستشفى في اليابان يعتزم علاجك، وأن جهة ضامنة مسجّلة تكفلك.
checklist-item-planned-treatment-certificate-format = نموذج واحد مدمج. يملأ المستشفى في اليابان النصف العلوي منه. ثم يستكمل ضامنك، وهو منسّق أو وكالة سفر مسجّلة، خطاب الضمان ويرسل النموذج إليك.

checklist-item-proof-of-funds = إثبات القدرة المالية
checklist-item-proof-of-funds-why = يُثبت أنك قادر على دفع تكاليف علاجك وإقامتك.
checklist-item-proof-of-funds-format = على سبيل المثال، شهادة رصيد مصرفي من بنكك.

checklist-item-id-document = وثيقة إثبات الهوية
checklist-item-id-document-why = تُطلب مع طلب التأشيرة، إضافةً إلى جواز السفر، للمريض ولكل مرافق.
checklist-item-id-document-format = اسأل سفارة اليابان أو قنصليتها عن وثائق الهوية التي تقبلها.

checklist-item-coe = شهادة الأهلية (Certificate of Eligibility)
checklist-item-coe-why = لا تلزم إلا للإقامة الطويلة، التي تفترض دخولك المستشفى. تصدرها سلطات الهجرة في اليابان.
checklist-item-coe-format = يُقدَّم طلبها داخل اليابان، من قِبل موظفي المستشفى أو أحد أقاربك المقيمين في اليابان. تُبيّن أداة الإقامة ما إذا كانت إقامتك تتطلبها.

checklist-item-companion-coe = شهادة الأهلية (Certificate of Eligibility) الخاصة بالمرافق
checklist-item-companion-coe-why = في الإقامة الطويلة، لا يحتاج المريض وحده إلى شهادة الأهلية، بل يحتاج إليها كل مرافق أيضًا: فقائمة المستندات لدى سلطات الهجرة في اليابان تعامل المريض والمرافق («المرافق القائم على رعاية المريض») بوصفهما مقدّمَي طلب منفصلين. تُبيّن أداة الإقامة ما إذا كانت إقامتك تتطلبها.
checklist-item-companion-coe-format = يُقدَّم طلبها داخل اليابان باسم المرافق، كما في حالة المريض، مع خطة للإقامة تذكر المريض وصلتك به، وما يُثبت تغطية تكاليف الإقامة.

checklist-item-companion-named = اسمك في شهادة العلاج المقرّر وخطاب الضمان
checklist-item-companion-named-why = تطلب وزارة الخارجية اليابانية (MOFA) من الجهة الضامنة والمريض الاتفاق على المرافقين اللازمين؛ ويُذكر اسم كل مرافق في شهادة العلاج المقرّر وخطاب الضمان الخاصين بالمريض.
checklist-item-companion-named-format = لا يلزمك ملء أي شيء بنفسك: أرسل إلى المنسّق اسمك الكامل كما هو مكتوب في جواز سفرك، قبل أن يستكمل خطاب الضمان.

checklist-item-treatment-schedule = جدول العلاج
checklist-item-treatment-schedule-why = مطلوب لتأشيرة الإقامة الطبية متعددة الدخول، عندما يتطلب علاجك عدة زيارات إلى اليابان.
checklist-item-treatment-schedule-format = جدول لعلاجك يعدّه الطبيب الذي يخطّط له في اليابان. لكل إقامة منفردة حدّ أقصى خاص بها: تتحقق منه أداة الإقامة.

## Travel

checklist-item-visa = تأشيرة الإقامة الطبية
checklist-item-visa-why = إذنك بالقدوم إلى اليابان للعلاج، ما لم تكن إقامتك ضمن حدود الزيارة المعفاة من التأشيرة.
checklist-item-visa-format = تُلصق في جواز سفرك. ادخل اليابان خلال مدة صلاحيتها. العبرة بالتواريخ المطبوعة عليها وعلى إذن الدخول (إذن النزول).

checklist-item-hospital-estimate = موافقة المستشفى على قبولك وتقديره للتكاليف
checklist-item-hospital-estimate-why = ردّ المستشفى بأنه يستطيع قبولك، مع بيان العلاج ومدته وتكلفته. ويُحدَّد المبلغ الذي تدفعه مقدّمًا على أساسه.
checklist-item-hospital-estimate-format = مستند المستشفى نفسه، مكتوبًا. إذا اختلف عن تقدير هذا التطبيق، فالعبرة بمستند المستشفى.

checklist-item-prepayment-record = إيصال الدفع أو سجل التحويل المصرفي
checklist-item-prepayment-record-why = يُثبت ما دفعته مقدّمًا. يُعَدّ الرأي الطبي الثاني المكتوب بعد تأكيد الدفع، وتُدفع تكلفة العلاج التقديرية عادةً مقدّمًا.
checklist-item-prepayment-record-format = احتفظ بالإيصال أو بسجل التحويل الصادر عن بنكك حتى التسوية. يُردّ أي مبلغ مسترد إلى الحساب الذي دفعت منه.

checklist-item-medical-records-copy = نسخ من مستنداتك الطبية
checklist-item-medical-records-copy-why = مجموعتك الخاصة من التقارير والصور والترجمات التي أرسلتها إلى المستشفى، لتكون معك طوال إقامتك.
checklist-item-medical-records-copy-format = تكفي النسخ. احتفظ بالأصول في مكان آمن.

checklist-item-coordinator-contact = بيانات الاتصال بمنسّقك
checklist-item-coordinator-contact-why = منسّقك هو حلقة الوصل بينك وبين المستشفى. قد تتغيّر مواعيد المراجعات، ويُرتَّب حضور المترجمين الفوريين عن طريق المنسّق.
checklist-item-coordinator-contact-format = الأسماء وأرقام الهواتف والعناوين، مكتوبةً على ورق إلى جانب حفظها في هاتفك.

checklist-item-insurance-policy = وثيقة تأمين دولية
checklist-item-insurance-policy-why = إذا كانت لديك وثيقة تأمين تغطي الرعاية في اليابان، فقد تعوّضك لاحقًا عن تكاليفك الطبية، وأحيانًا عن رسوم المترجم الفوري أو المنسّق.
checklist-item-insurance-policy-format = وثيقة التأمين وبيانات الاتصال بشركة التأمين. اسأل شركة التأمين عن الإيصالات والتقارير التي تحتاج إليها لتقديم مطالبة.

## Documents page

documents-intro = اختر الحالات التي تنطبق عليك. ستجد لكل مستند سبب الحاجة إليه، والشكل المطلوب، والجهة التي تقدّمه عادةً. حدّد وضع كل مستند وأضف ملاحظاتك؛ يبقى كل شيء على هذا الجهاز.
documents-loading = جارٍ تحميل قوائم التحقق…
documents-as-of = قوائم التحقق حتى تاريخ { $date }
documents-choose = أيٌّ من هذه الحالات ينطبق عليك؟
documents-none-chosen = اختر حالة واحدة على الأقل مما سبق لعرض قائمة التحقق الخاصة بها.
documents-ready-help = يُعدّ المستند متوفرًا لديك بمجرد استلامه أو ترجمته أو إرساله. والمستند الذي يظهر ضمن حالتين له وضع واحد مشترك.
documents-print = طباعة قوائم التحقق
checklist-progress = { $total ->
    [zero] في حوزتك { $ready } من أصل { $total } مستند
    [one] في حوزتك { $ready } من أصل { $total } مستند
    [two] في حوزتك { $ready } من أصل مستندين
    [few] في حوزتك { $ready } من أصل { $total } مستندات
    [many] في حوزتك { $ready } من أصل { $total } مستندًا
   *[other] في حوزتك { $ready } من أصل { $total } مستند
}
checklist-format-label = الشكل:
checklist-provider-label = يُقدّمه عادةً:
checklist-sources-label = المصادر:
checklist-status-label = الوضع
checklist-note-label = ملاحظة
checklist-status-not-started = لم يبدأ بعد
checklist-status-requested = تم الطلب
checklist-status-received = تم الاستلام
checklist-status-translated = تمت الترجمة
checklist-status-sent = تم الإرسال
checklist-status-printed = الوضع: { $status }
checklist-note-printed = ملاحظة: { $note }
files-heading = ملفات مستنداتك
files-limits = احتفظ بملفات كل مستند معه: PDF أو JPEG أو PNG أو نص أو HEIC (صور iPhone)، بحد أقصى { $file } للملف الواحد و{ $whole } للملفات كلها، كي تبقى الحزمة صغيرة بما يكفي لإرسالها وفتحها على الهاتف. تبقى الملفات على هذا الجهاز إلى أن ترسلها مع الحزمة من صفحة استمارة المعلومات الطبية.
files-used = { $count ->
    [zero] يحتفظ هذا الجهاز بـ{ $count } ملف: { $size } من أصل { $whole } مسموح بها.
    [one] يحتفظ هذا الجهاز بملف واحد: { $size } من أصل { $whole } مسموح بها.
    [two] يحتفظ هذا الجهاز بملفين: { $size } من أصل { $whole } مسموح بها.
    [few] يحتفظ هذا الجهاز بـ{ $count } ملفات: { $size } من أصل { $whole } مسموح بها.
    [many] يحتفظ هذا الجهاز بـ{ $count } ملفًا: { $size } من أصل { $whole } مسموح بها.
   *[other] يحتفظ هذا الجهاز بـ{ $count } ملف: { $size } من أصل { $whole } مسموح بها.
}
files-browser-free = يفيد المتصفح بأنه يمكن الاحتفاظ بنحو { $free } إضافية لهذا الموقع.
files-opening-slow = يستغرق فتح مساحة تخزين الملفات على هذا الجهاز وقتًا أطول من المعتاد. ما زلنا ننتظر: يمكنك إضافة الملفات فور فتحها.
files-opening-blocked = تُبقي علامة تبويب أخرى مفتوحة على إصدار أقدم من هذا المخطِّط مساحةَ تخزين الملفات على هذا الجهاز مشغولة. أغلق علامة التبويب تلك أو أعد تحميلها، ثم يمكنك إضافة الملفات هنا.
files-case = الملفات أدناه محفوظة لمسودة الاستمارة «{ $name }» ولا تُرسل إلا مع حزمتها. لرؤية ملفات مريض آخر، افتح مسودته في صفحة الاستمارة.
files-case-first = الملفات أدناه لا تُرسل إلا مع حزمة مسودة الاستمارة التي تبدؤها في صفحة الاستمارة.
files-memory-only = لا يسمح هذا المتصفح للتطبيق بالاحتفاظ بالملفات على هذا الجهاز ({ $reason })، كما في نافذة التصفح الخاص مثلًا. لا تُحفَظ الملفات التي تضيفها الآن إلا حتى إغلاق هذه الصفحة: أرسلها مع الحزمة أدناه قبل المغادرة.
files-this-visit-help = نزّل ملفاتك الآن مع قائمة التحقق ومسودة استمارة المعلومات الطبية المفتوحة، في حزمة واحدة لمنسّقك.
files-this-visit-name = المستندات
files-add = إضافة ملفات إلى «{ $document }»
files-added = حُفظ «{ $name }» على هذا الجهاز.
files-added-many = { $count ->
    [zero] لم يُحفظ أي ملف على هذا الجهاز.
    [one] حُفظ ملف واحد على هذا الجهاز.
    [two] حُفظ ملفان على هذا الجهاز.
    [few] حُفظت { $count } ملفات على هذا الجهاز.
    [many] حُفظ { $count } ملفًا على هذا الجهاز.
   *[other] حُفظ { $count } ملف على هذا الجهاز.
}
files-renamed = غُيّر الاسم إلى «{ $name }».
files-removed = حُذف «{ $name }» من هذا الجهاز.
files-remove-confirm = هل تريد حذف «{ $name }» من هذا الجهاز؟ لا يمكن التراجع عن ذلك.
files-refused-kind = لم يُضَف «{ $name }»: لا يمكن الاحتفاظ إلا بملفات PDF وJPEG وPNG والملفات النصية وHEIC. أما الصور التشخيصية (DICOM) فتُرسَل على قرص CD أو DVD، أو عبر خدمة النقل الخاصة بالمستشفى.
files-refused-large = لم يُضَف «{ $name }»: حجمه { $size }، والحد الأقصى للملف الواحد { $limit }. امسحه ضوئيًا مرة أخرى بدقة أقل، أو قسّمه.
files-refused-room = لم يُضَف «{ $name }»: حجمه { $size }، ولم يتبقَّ لملفاتك سوى { $left } من المساحة. احذف أولًا ملفًا لم تعد بحاجة إليه.
files-refused-many = لم يُضَف «{ $name }»: بُلغ الحد الأقصى لعدد الملفات التي يمكن الاحتفاظ بها. احذف أولًا ملفًا لم تعد بحاجة إليه.
files-full = لم يُحفَظ «{ $name }»: لم تعد على هذا الجهاز مساحة تكفيه. لم يتغيّر شيء، وملفاتك الأخرى على حالها.
files-storage-failed = تعذّر على المتصفح حفظ التغيير ({ $reason }). ملفاتك على حالها.
files-missing = لم يعد «{ $name }» موجودًا على هذا الجهاز: حذفه المتصفح. أضف الملف مرة أخرى، أو أزِله من القائمة.
files-forget = إزالته من القائمة
files-details = { $size } · أُضيف في { $date }
files-rename = إعادة التسمية
files-new-name = الاسم الجديد لـ«{ $name }»
files-save-name = حفظ الاسم
files-cancel = إلغاء
files-replace = استبدال
files-replace-label = استبدال «{ $name }» بملف آخر
files-remove = حذف
files-dicom = لا يُحتفَظ هنا بالصور التشخيصية (سلاسل DICOM للتصوير المقطعي CT أو الرنين المغناطيسي MRI أو PET-CT): تطلبها المستشفيات على قرص CD أو DVD، أو عبر خدمة النقل الخاصة بها. احتفظ هنا بتقاريرها المكتوبة بدلًا منها.
