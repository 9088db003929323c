## Estimator

estimate-intro = Выберите прейскурант, добавьте услуги, которые вам предстоят, и внесите собственные расходы на поездку. Для каждого тарифа указано, откуда он взят и на какую дату.
estimate-loading = Загрузка прейскуранта…
estimate-schedule-label = Прейскурант
estimate-example-badge = Пример
estimate-issuer = Опубликовано: { $issuer }
estimate-as-of = Цены по состоянию на { $date }
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
