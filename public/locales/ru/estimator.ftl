## Estimator

estimate-intro = Выберите прейскурант, добавьте услуги, которые вам предстоят, и внесите собственные расходы на поездку. Для каждого тарифа указано, откуда он взят и на какую дату.
estimate-loading = Загрузка прейскуранта…
estimate-schedule-label = Прейскурант
estimate-example-badge = Пример
estimate-issuer = Опубликовано: { $issuer }
estimate-published-checked = Опубликовано { $date }, проверено { $checked }
estimate-published = Опубликовано { $date }
estimate-items-heading = Позиции
estimate-add-label = Позиция для добавления
estimate-add-button = Добавить
estimate-remove-button = Удалить
estimate-no-lines = Позиций пока нет. Выберите позицию выше и нажмите «Добавить».
estimate-line-source = Источник:
estimate-package-note = Единая фиксированная цена независимо от числа сеансов.
quantity-minutes = Минуты
quantity-points = Баллы
quantity-times = Количество раз
unit-hour = Часы
unit-slide = Стёкла
unit-case = Случаи
unit-visit = Посещения
unit-trip = Поездки
price-from = от { $amount }
price-range = от { $low } до { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = первые { $first-minutes } мин — { $first }, далее { $extra-blocks } × { $additional-minutes } мин по { $extra }
breakdown-first-block = первые { $first-minutes } мин — { $first }
breakdown-points = баллы: { $points } × { $rate } иен
category-consultation = Консультация
category-pathology = Патоморфология
category-examination = Обследования
category-treatment = Лечение
category-interpreter = Услуги переводчика
category-other = Прочее

estimate-own-heading = Ваши собственные суммы
estimate-own-help = По полученным вами предложениям; этих сумм нет ни в одном прейскуранте. Оставьте поле пустым, если оно к вам не относится.
estimate-coordinator-fee = Плата за услуги координатора (в иенах, по его предложению)
estimate-companions = Сопровождающие, которые едут с вами
estimate-flight = Авиабилет туда и обратно на одного человека (в иенах)
estimate-nights = Количество ночей проживания
estimate-nightly-rate = Проживание за одну ночь (в иенах)
estimate-other-costs = Прочие расходы (в иенах): местный транспорт, питание, страховка
estimate-contingency = Резерв на непредвиденные расходы (%)

summary-heading = Ваш расчёт
summary-medical-subtotal = Медицинские расходы, промежуточный итог
summary-tax-included = в том числе потребительский налог ({ $rate } %)
summary-tax-added = Потребительский налог ({ $rate } %)
summary-medical-total = Медицинские расходы, итого
summary-coordinator = Плата за услуги координатора
summary-prepayment = Обычно оплачивается заранее (медицинские расходы и плата координатору)
summary-flights = { $travellers ->
    [one] Авиабилеты ({ $travellers } человек)
    [few] Авиабилеты ({ $travellers } человека)
    [many] Авиабилеты ({ $travellers } человек)
   *[other] Авиабилеты ({ $travellers } человека)
}
summary-accommodation = { $nights ->
    [one] Проживание ({ $nights } ночь)
    [few] Проживание ({ $nights } ночи)
    [many] Проживание ({ $nights } ночей)
   *[other] Проживание ({ $nights } ночи)
}
summary-other-costs = Прочие расходы
summary-contingency = Резерв на непредвиденные расходы ({ $percent } %)
summary-total = Ориентировочная сумма
summary-open-ended = Некоторые тарифы опубликованы только как минимальные, поэтому и итоговая сумма минимальная.
summary-unknown-items = { $count ->
    [one] { $count } добавленная вами позиция отсутствует в этом прейскуранте и не учитывается; она вернётся, если вы снова выберете прежний прейскурант.
    [few] { $count } добавленные вами позиции отсутствуют в этом прейскуранте и не учитываются; они вернутся, если вы снова выберете прежний прейскурант.
    [many] { $count } добавленных вами позиций отсутствуют в этом прейскуранте и не учитываются; они вернутся, если вы снова выберете прежний прейскурант.
   *[other] { $count } добавленной вами позиции отсутствуют в этом прейскуранте и не учитываются; они вернутся, если вы снова выберете прежний прейскурант.
}
summary-error = Эти суммы невозможно сложить. Проверьте введённые числа.
summary-guidance = Это ориентировочный расчёт, а не официальное предложение: предоплату вы вносите по смете, выданной больницей.
estimate-print = Распечатать расчёт

settlement-heading = Предоплата и окончательный расчёт
settlement-help = После лечения внесённую предоплату сверяют с фактической стоимостью.
settlement-prepaid = Внесённая предоплата (в иенах)
settlement-actual = Фактическая стоимость (в иенах)
settlement-refund = { $prepaid } − { $actual } = { $difference }: эта сумма возвращается вам.
settlement-extra = { $actual } − { $prepaid } = { $difference }: эту сумму нужно доплатить.
settlement-even = Предоплата равна фактической стоимости: возвращать или доплачивать ничего не нужно.
settlement-use-estimate = Использовать расчёт как сумму предоплаты

currency-heading = В вашей валюте
currency-label = Валюта
currency-rate = Иен за 1 { $code }
currency-help = Введите курс, который называет ваш банк. Приложение никогда не загружает курсы само.
currency-total = Ориентировочная сумма: около { $amount } { $code }
currency-prepayment = Обычно оплачивается заранее: около { $amount } { $code }
currency-yen-governs = Определяющими являются суммы в иенах. Сколько вы заплатите, зависит от курса и комиссий вашего банка.
currency-source = Знаки после запятой:
estimate-schedule-from-file = { $name } (из файла расчёта)
estimate-record-refund = { $prepaid } − { $actual } = { $difference }: эта сумма подлежит возврату.
estimate-record-differs = Эти суммы отличаются от тех, что приложение рассчитывает по тем же позициям и прейскуранту. Они показаны в том виде, в каком были присланы: уточните суммы в больнице.
estimate-file-save-heading = Отправить этот расчёт обратно
estimate-file-save-help = Для координаторов и больниц: сохраните этот расчёт в файл для пациента. В файле есть весь прейскурант, поэтому он одинаково открывается на любом устройстве, даже без интернета.
estimate-file-made-by = Кем составлен (ваше имя или название организации; его увидит пациент)
estimate-file-passphrase = Пароль (необязательно)
estimate-file-passphrase-help = Если задать пароль, файл будет зашифрован; сообщите пароль пациенту другим способом — по телефону или лично.
estimate-file-save = Сохранить расчёт в файл
estimate-file-saved = Сохранено как «{ $file }».
estimate-file-save-failed = Браузер не сохранил файл. Попробуйте ещё раз или воспользуйтесь другим браузером.
estimate-file-seal-failed = Не удалось зашифровать файл ({ $reason }).
estimate-file-open-heading = Открыть файл расчёта
estimate-file-open-help = Расчёт, присланный вашим координатором или больницей, открывается здесь только для просмотра. Затем вы можете сделать его своим расчётом, чтобы записывать по нему предоплату и окончательный расчёт.
estimate-file-choose = Выберите файл расчёта
estimate-file-locked = Этот файл расчёта зашифрован. Введите пароль.
estimate-file-heading = Полученный расчёт
estimate-file-made = Автор: { $by }, дата: { $date }.
estimate-file-anonymous = имя не указано
estimate-file-use = Использовать как мой расчёт
estimate-file-use-confirm = Заменить расчёт на этом устройстве расчётом из этого файла? Позиции, ваши собственные суммы и данные окончательного расчёта, введённые здесь, будут заменены.
estimate-file-use-failed = Не удалось сохранить расчёт на этом устройстве ({ $reason }). Ничего не изменено.
estimate-file-malformed = Файл не является расчётом: это не корректный JSON, или файл обрезан.
estimate-file-is-packet = Этот файл — пакет пациента, а не расчёт. Откройте его на странице «Открыть пакет».
estimate-file-is-schedule = Этот файл — прейскурант, а не расчёт. Больницы открывают прейскуранты на странице «Для клиник».
estimate-file-not-estimate = Файл не является расчётом Japan Care Planner.
estimate-file-newer = Расчёт создан более новой версией приложения. Перезагрузите страницу, чтобы получить её, а затем снова откройте файл.
estimate-file-invalid = Файл расчёта повреждён и не может быть показан ({ $reason }).
estimate-file-schedule-invalid = Прейскурант в файле некорректен ({ $field }: { $reason }).
estimate-file-figures = Суммы в этом файле не совпадают с его собственными позициями и прейскурантом, поэтому его нельзя использовать. Попросите отправителя прислать новый файл.
