## Intake form

intake-intro = Опишите историю болезни в удобном для вас темпе. Черновики сохраняются на этом устройстве по мере ввода; никуда ничего не отправляется. Когда всё будет готово, экспортируйте пакет и отправьте его координатору по электронной почте.
intake-durable = Браузер может удалить сохранённые данные, например если вы не заходили на сайт несколько недель. Экспортированный файл-пакет — ваша надёжная копия: сохраните его.
intake-persist-granted = Этот браузер согласился хранить черновики, пока вы сами их не удалите.
intake-loading = Открываем ваши черновики…

## Drafts

drafts-heading = Черновики
drafts-open-label = Открыть черновик
drafts-name-label = Название черновика
drafts-default-name = Черновик { $number }
drafts-new = Новый черновик
drafts-duplicate = Создать копию
drafts-copy-name = { $name } (копия)
drafts-delete = Удалить черновик
drafts-delete-confirm = Удалить черновик «{ $name }» с этого устройства? Это действие нельзя отменить.
drafts-clear-all = Удалить все данные с этого устройства
drafts-clear-all-confirm = Удалить все черновики, расчёты, планы пребывания и перечни документов, которые приложение сохранило на этом устройстве? Если хотите их сохранить, сначала экспортируйте пакет.
drafts-cleared = Все данные приложения удалены с этого устройства.
drafts-saved = Сохранено на этом устройстве в { $time }.
drafts-unsaved = Изменения ещё не сохранены.

## Storage problems

storage-unavailable = Этот браузер не позволяет приложению ничего сохранять (приватный режим или настройка браузера). Введённые данные будут доступны, только пока открыта эта страница: экспортируйте пакет, прежде чем уйти.
storage-quota = Хранилище браузера для этого сайта переполнено, поэтому последние изменения не сохранены. Они пока остаются на странице: экспортируйте пакет сейчас, чтобы их не потерять.
storage-quarantined = Не удалось прочитать сохранённые черновики. Их текст сохранён без изменений под ключом «{ $key }» на этом устройстве, ничего не удалено; вы можете начать новый черновик.
storage-newer = Ваши черновики сохранены более новой версией приложения. Чтобы защитить их, эта страница ничего не сохраняет; перезагрузите страницу, чтобы получить новую версию.
conflict-deleted = Этот черновик удалили в другой вкладке или другом окне.
conflict-save-as-new = Сохранить это как новый черновик
conflict-updated = Черновик обновлён с учётом изменений, сделанных в другой вкладке.
choice-heading = Изменено по-разному в двух вкладках
choice-help = Оба значения сохраняются, пока вы не выберете. В форме сейчас значение с пометкой «в форме».
choice-in-form = в форме
choice-use = Использовать это
choice-keep-both = Оставить оба
choice-dismiss = Готово, оставить форму как есть
choice-empty = (пусто)
choice-entry = { $list }, запись { $number }: { $field }
drafts-imported-name = { $name } (импорт { $date })

## The form

intake-patient-heading = Пациент
intake-patient-name = Полное имя (как в паспорте)
intake-patient-date-of-birth = Дата рождения
intake-patient-nationality = Гражданство (по паспорту)
intake-nationality-choose = Выберите страну
intake-nationality-as-written = { $text } (как введено)
intake-patient-email = Электронная почта
intake-patient-phone = Телефон (с кодом страны)
intake-patient-preferred-language = Предпочитаемый язык
intake-contact-help = Адрес электронной почты или номер телефона, чтобы координатор мог с вами связаться.
intake-companions-heading = Сопровождающие
intake-companion-name = Имя сопровождающего
intake-companion-relation = Кем приходится пациенту
intake-companion-add = Добавить сопровождающего
intake-companion-remove = Удалить этого сопровождающего
intake-condition-heading = Текущее состояние
intake-diagnosis = Диагноз
intake-current-condition = Текущее состояние и симптомы
intake-physician-heading = Лечащий врач
intake-physician-name = Имя врача
intake-physician-institution = Больница или клиника
intake-physician-contact = Контактные данные врача
intake-history-heading = Проведённое лечение
intake-history-help = Одна запись на каждое обследование, операцию или курс лечения: когда, что было сделано и что обнаружено.
intake-history-kind = Вид
intake-history-examination = Обследование
intake-history-surgery = Операция
intake-history-chemotherapy = Химиотерапия
intake-history-radiotherapy = Лучевая терапия
intake-history-when = Когда
intake-history-details = Что было сделано и обнаружено
intake-history-add = Добавить запись
intake-history-remove = Удалить эту запись
intake-materials-heading = Снимки и заключения
intake-images = Какие у вас есть снимки (КТ, МРТ, ПЭТ-КТ, эндоскопия, УЗИ) и есть ли они в формате DICOM
intake-reports = Какие у вас есть заключения, анализы крови и гистологические препараты (стёкла)
intake-wishes-heading = Ваши пожелания
intake-desired-hospital = Желаемая больница
intake-desired-treatment = Желаемое лечение
intake-budget = Бюджет (сумма и валюта)
intake-dates-from = Самая ранняя дата, когда вы можете поехать
intake-dates-to = Самая поздняя дата, когда вы можете поехать
intake-questions = Вопросы к больнице
intake-required-mark = (обязательно)
intake-required = Заполните это поле.
intake-contact-required = Укажите адрес электронной почты или номер телефона.
intake-email-invalid = Это не похоже на адрес электронной почты (name@example.com).
intake-date-invalid = Недопустимая дата.
intake-birth-future = Дата рождения не может быть в будущем.
intake-dates-order = Самая поздняя дата раньше самой ранней.
intake-problems = { $count ->
    [one] Перед экспортом { $count } поле требует внимания.
    [few] Перед экспортом { $count } поля требуют внимания.
    [many] Перед экспортом { $count } полей требуют внимания.
   *[other] Перед экспортом { $count } поля требуют внимания.
}

## Export

export-heading = Отправка координатору
export-help = Пакет — это один файл, в котором собраны этот черновик и данные, введённые вами на этом устройстве в калькуляторе расходов, проверке срока пребывания и перечнях документов.
export-passphrase = Пароль (необязательно)
export-passphrase-help = Если задать пароль, файл будет зашифрован (AES-GCM, 256-битный ключ). Сообщите пароль координатору другим способом, например по телефону, и никогда не отправляйте его в том же письме.
export-download = Скачать пакет
export-copy = Скопировать текст пакета
export-copied = Текст пакета скопирован в буфер обмена. Вставьте его в письмо или в файл.
export-copy-failed = Браузер не разрешил копирование. Воспользуйтесь скачиванием.
export-share = Поделиться…
export-email = Отправить координатору по почте
export-email-subject = Анкета пациента: { $name }
export-email-body = Здравствуйте! Во вложении — пакет с моей медицинской анкетой ({ $file }), подготовленный в Japan Care Planner. Пациент: { $name }. Диагноз: { $diagnosis }. Пожалуйста, прикрепите скачанный файл перед отправкой этого письма.
export-email-help = Откроется почтовое приложение с коротким сообщением. Прежде чем отправить его, прикрепите скачанный файл-пакет.
export-done = Пакет «{ $file }» создан.
export-encrypting = Шифрование…
export-failed = Не удалось создать пакет: { $reason }

## Open a packet

packet-intro = Откройте файл-пакет, присланный пациентом: он будет проверен и показан здесь, только на этом устройстве. Его можно распечатать или сохранить как новый черновик.
packet-choose = Выберите файл-пакет
packet-passphrase = Этот пакет зашифрован. Введите пароль.
packet-malformed = Файл не является пакетом: это не корректный JSON.
packet-not-packet = Файл не является пакетом Japan Care Planner.
packet-newer = Пакет создан более новой версией приложения. Перезагрузите страницу, чтобы получить её, а затем снова откройте файл.
packet-invalid = Пакет повреждён и не может быть показан ({ $reason }).
packet-made = Создан { $date } в версии приложения { $version }, язык: { $locale }.
packet-import = Сохранить как новый черновик
packet-imported = Сохранено как новый черновик «{ $name }». Другие ваши черновики не изменились.
packet-print = Распечатать
packet-checklist-heading = Перечень документов
packet-empty = (не указано)
