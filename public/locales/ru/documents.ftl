## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = Второе мнение на очной консультации
checklist-scenario-second-opinion-in-person-summary = Вы сами приезжаете в больницу в Японии, чтобы узнать мнение специалиста о вашем диагнозе и лечении.
checklist-scenario-second-opinion-proxy = Второе мнение через представителя
checklist-scenario-second-opinion-proxy-summary = На консультацию вместо вас приходит член семьи или другой человек, у которого есть подписанное вами согласие.
checklist-scenario-second-opinion-written = Письменное второе мнение
checklist-scenario-second-opinion-written-summary = Больница изучает присланные вами документы и даёт заключение в письменном виде, без вашего визита.
checklist-scenario-admission = Госпитализация для лечения
checklist-scenario-admission-summary = Вы просите больницу в Японии принять вас на лечение, включая пребывание в стационаре.
checklist-scenario-visa-patient = Медицинская виза: пациент
checklist-scenario-visa-patient-summary = Вы пациент и оформляете медицинскую визу, чтобы лечиться в Японии.
checklist-scenario-visa-companion = Медицинская виза: сопровождающий
checklist-scenario-visa-companion-summary = Вы едете вместе с пациентом как родственник или другой сопровождающий, по визе того же типа.
checklist-scenario-travel = Поездка в Японию
checklist-scenario-travel-summary = Что нужно иметь при себе, отправляясь в Японию на консультацию или лечение.

## Who usually provides each document

checklist-provider-patient = Вы (пациент)
checklist-provider-current-physician = Ваш лечащий врач
checklist-provider-hospital-in-japan = Больница в Японии
checklist-provider-coordinator = Ваш координатор
checklist-provider-translator = Переводчик
checklist-provider-bank = Ваш банк
checklist-provider-immigration = Иммиграционные органы Японии
checklist-provider-embassy = Посольство или консульство Японии

## Medical documents

checklist-item-application-form = Форма заявки
checklist-item-application-form-why = По ней больница регистрирует ваше обращение. В форме указываются контактные данные ваши и ещё одного человека.
checklist-item-application-form-format = Используйте форму самой больницы. Некоторые больницы принимают заявки только через координатора.

checklist-item-referral-letter = Направление или выписка о проведённом лечении
checklist-item-referral-letter-why = Из этого документа врачи в Японии узнают ваш диагноз и лечение, которое вы уже получили, в изложении вашего лечащего врача.
checklist-item-referral-letter-format = Составляется вашим лечащим врачом и переводится на японский или английский язык. У некоторых больниц, например у больницы QST, есть собственная форма направления: сначала запросите её.

checklist-item-exam-summary = Сведения об обследованиях
checklist-item-exam-summary-why = Врачам нужно знать, какие обследования вы прошли и что они показали.
checklist-item-exam-summary-format = Для каждого обследования: дата, название обследования, результат и диагноз. С переводом на японский или английский язык.

checklist-item-surgery-record = Сведения об операциях
checklist-item-surgery-record-why = Если вы перенесли операцию, врачам нужно знать, что именно было сделано и каковы результаты патоморфологического исследования.
checklist-item-surgery-record-format = Дата, вид вмешательства и результаты патоморфологического исследования. С переводом на японский или английский язык.

checklist-item-chemotherapy-record = Сведения о химиотерапии
checklist-item-chemotherapy-record-why = Если вы получали химиотерапию, врачам нужно знать, какие препараты вы получали и насколько они были эффективны.
checklist-item-chemotherapy-record-format = Период, частота введения, препараты и их эффект. С переводом на японский или английский язык.

checklist-item-radiotherapy-record = Сведения о лучевой терапии
checklist-item-radiotherapy-record-why = Если вы проходили лучевую терапию, врачам нужно знать, когда она проводилась, в какой дозе и на какую область.
checklist-item-radiotherapy-record-format = Период, доза облучения и облучённая область. С переводом на японский или английский язык.

checklist-item-dicom-images = Диагностические снимки (DICOM)
checklist-item-dicom-images-why = Врачи в Японии сами изучают снимки, а не только заключения к ним: КТ, МРТ, ПЭТ-КТ, эндоскопия и УЗИ.
checklist-item-dicom-images-format = Предпочтительны данные в формате DICOM, например на CD или DVD. Не присылайте фотографии экрана. Эндоскопические изображения должны быть цветными.

checklist-item-image-reports = Заключения по снимкам
checklist-item-image-reports-why = Письменные описания каждого из ваших снимков. Врачи изучают их вместе со снимками.
checklist-item-image-reports-format = Одно заключение на каждое обследование, снимки которого вы отправляете, с переводом на японский или английский язык.

checklist-item-blood-tests = Последние анализы крови
checklist-item-blood-tests-why = Они показывают врачам ваше текущее состояние.
checklist-item-blood-tests-format = Самые свежие результаты с переводом на японский или английский язык.

checklist-item-screening-results = Результаты скрининговых обследований
checklist-item-screening-results-why = Результаты пройденных скринингов дают врачам больше сведений о вашем здоровье.
checklist-item-screening-results-format = Копии результатов с переводом на японский или английский язык.

checklist-item-pathology-slides = Гистологические препараты (стёкла) и патоморфологическое заключение
checklist-item-pathology-slides-why = Нужны, только если вы хотите, чтобы патоморфологи больницы повторно исследовали ваши ткани. В заключении указано, что обнаружил ваш патоморфолог.
checklist-item-pathology-slides-format = Сами стёкла из больницы, где они хранятся, и патоморфологическое заключение с переводом на японский или английский язык. Повторное исследование оплачивается отдельно: см. калькулятор расходов.

checklist-item-translations = Переводы на японский или английский язык
checklist-item-translations-why = Больница читает ваши документы на японском или английском языке. Документы на любом другом языке нужно перевести.
checklist-item-translations-format = Переведите каждый медицинский документ на японский или английский язык. Некоторые больницы, например Дзюнтэндо, просят копии результатов с переводом на японский язык.

## Proxy visits and consultations

checklist-item-proxy-consent-form = Согласие пациента на представителя
checklist-item-proxy-consent-form-why = Если на консультацию вместо вас приходит человек, не являющийся членом семьи, больнице нужно ваше письменное согласие.
checklist-item-proxy-consent-form-format = Подписывается пациентом. Используйте форму больницы, если она есть.

checklist-item-power-of-attorney = Доверенность на представителя
checklist-item-power-of-attorney-why = Некоторые больницы, например больница QST, требуют доверенность, если на консультацию вместо пациента приходит другой человек.
checklist-item-power-of-attorney-format = Подписывается пациентом. Узнайте в больнице, есть ли у неё собственная форма.

checklist-item-interpreter-booking = Бронирование переводчика
checklist-item-interpreter-booking-why = Некоторые больницы, например Дзюнтэндо, требуют присутствия переводчика на консультации.
checklist-item-interpreter-booking-format = Согласуйте дату, время и место с координатором. Услуги переводчика оплачиваются почасово, по тарифу, который устанавливает каждый координатор.

## Visa documents

checklist-item-passport = Паспорт
checklist-item-passport-why = Нужен для подачи заявления на визу и для въезда в Японию. У пациента и у каждого сопровождающего должен быть свой паспорт.
checklist-item-passport-format = Оригинал паспорта каждого путешественника.

checklist-item-photo = Фотография
checklist-item-photo-why = Входит в комплект документов для визы — для пациента и для каждого сопровождающего.
checklist-item-photo-format = Соблюдайте требования к фотографии того посольства или консульства Японии, куда вы подаёте документы.

checklist-item-visa-application-form = Визовая анкета
checklist-item-visa-application-form-why = По этой анкете посольство или консульство принимает решение о выдаче визы. Пациент и каждый сопровождающий заполняют собственную анкету.
checklist-item-visa-application-form-format = Используйте анкету того посольства или консульства Японии, куда вы подаёте документы.

checklist-item-planned-treatment-certificate = Справка о планируемом лечении и гарантийное письмо
checklist-item-planned-treatment-certificate-why = Документ подтверждает визовому органу, что больница в Японии планирует вас лечить и что за вас поручается зарегистрированный гарант.
checklist-item-planned-treatment-certificate-format = Это единая форма. Верхнюю часть заполняет больница в Японии. Ваш гарант — зарегистрированный координатор или туристическое агентство — оформляет гарантийное письмо и отправляет форму вам.

checklist-item-proof-of-funds = Подтверждение финансовой состоятельности
checklist-item-proof-of-funds-why = Документ показывает, что вы можете оплатить лечение и пребывание.
checklist-item-proof-of-funds-format = Например, справка из вашего банка об остатке на счёте.

checklist-item-id-document = Документ, удостоверяющий личность
checklist-item-id-document-why = Запрашивается вместе с заявлением на визу, в дополнение к паспорту, у пациента и у каждого сопровождающего.
checklist-item-id-document-format = Уточните в посольстве или консульстве Японии, какие документы, удостоверяющие личность, там принимают.

checklist-item-coe = Сертификат соответствия (Certificate of Eligibility)
checklist-item-coe-why = Нужен только при длительном пребывании, которое предполагает госпитализацию. Выдаётся иммиграционными органами Японии.
checklist-item-coe-format = Заявление подаётся в Японии сотрудниками больницы или вашим родственником, проживающим в Японии. Инструмент «Срок пребывания и график» показывает, нужен ли он для вашего пребывания.

checklist-item-treatment-schedule = График лечения
checklist-item-treatment-schedule-why = Нужен для многократной медицинской визы, если лечение требует нескольких поездок в Японию.
checklist-item-treatment-schedule-format = График лечения от врача, который планирует ваше лечение в Японии. Для каждой отдельной поездки действует собственный предельный срок: инструмент «Срок пребывания и график» проверяет его.

## Travel

checklist-item-visa = Медицинская виза
checklist-item-visa-why = Разрешение приехать в Японию на лечение, если ваше пребывание не укладывается в рамки безвизового визита.
checklist-item-visa-format = Вклеивается в паспорт. Въехать в Японию нужно, пока виза действительна. Решающее значение имеют даты, указанные в визе и в разрешении на въезд.

checklist-item-hospital-estimate = Согласие больницы и смета
checklist-item-hospital-estimate-why = Ответ больницы о том, что она может вас принять, с описанием лечения, его продолжительности и стоимости. На его основе рассчитывается предоплата.
checklist-item-hospital-estimate-format = Письменный документ самой больницы. Если он расходится с расчётом этого приложения, решающее значение имеет документ больницы.

checklist-item-prepayment-record = Квитанция об оплате или подтверждение банковского перевода
checklist-item-prepayment-record-why = Документ подтверждает, что вы оплатили заранее. Письменное второе мнение готовится после подтверждения оплаты, а ориентировочная стоимость лечения обычно оплачивается заранее.
checklist-item-prepayment-record-format = Сохраните квитанцию или подтверждение перевода из банка до окончательного расчёта. Возврат средств производится на счёт, с которого вы платили.

checklist-item-medical-records-copy = Копии ваших медицинских документов
checklist-item-medical-records-copy-why = Ваш собственный комплект заключений, снимков и переводов, отправленных в больницу, — чтобы он был при вас во время пребывания.
checklist-item-medical-records-copy-format = Достаточно копий. Оригиналы храните в надёжном месте.

checklist-item-coordinator-contact = Контактные данные координатора
checklist-item-coordinator-contact-why = Координатор — ваше связующее звено с больницей. Время приёма может меняться, а переводчиков организует координатор.
checklist-item-coordinator-contact-format = Имена, номера телефонов и адреса — записанные на бумаге и сохранённые в телефоне.

checklist-item-insurance-policy = Международный страховой полис
checklist-item-insurance-policy-why = Если ваш полис покрывает медицинскую помощь в Японии, страховщик может позже возместить ваши медицинские расходы, а иногда и оплату переводчика или координатора.
checklist-item-insurance-policy-format = Полис и контактные данные страховой компании. Узнайте у страховщика, какие квитанции и медицинские заключения нужны для получения возмещения.

## Documents page

documents-intro = Выберите ситуации, которые к вам относятся. Для каждого документа указано, зачем он нужен, в каком виде и кто обычно его предоставляет. Отмечайте, на каком этапе каждый документ, и добавляйте заметки; всё остаётся на этом устройстве.
documents-loading = Загрузка перечней документов…
documents-as-of = Перечни по состоянию на { $date }
documents-choose = Что из этого относится к вам?
documents-none-chosen = Выберите выше хотя бы одну ситуацию, чтобы увидеть перечень документов.
documents-ready-help = Документ считается имеющимся на руках, когда он получен, переведён или отправлен. Если документ встречается в двух ситуациях, статус у него один.
documents-print = Распечатать перечни
checklist-progress = { $total ->
    [one] На руках { $ready } из { $total } документа
    [few] На руках { $ready } из { $total } документов
    [many] На руках { $ready } из { $total } документов
   *[other] На руках { $ready } из { $total } документа
}
checklist-format-label = Форма:
checklist-provider-label = Обычно предоставляет:
checklist-sources-label = Источники:
checklist-status-label = Статус
checklist-note-label = Заметка
checklist-status-not-started = Ещё не начато
checklist-status-requested = Запрошен
checklist-status-received = Получен
checklist-status-translated = Переведён
checklist-status-sent = Отправлен
checklist-status-printed = Статус: { $status }
checklist-note-printed = Заметка: { $note }
