## Estimator

estimate-intro = 요금표를 선택하고, 예상되는 항목을 추가한 다음, 직접 알아본 교통·숙박 비용을 입력하십시오. 모든 요금에는 출처와 확인한 날짜가 표시됩니다.
estimate-loading = 요금표를 불러오는 중…
estimate-schedule-label = 요금표
estimate-example-badge = 예시
estimate-issuer = 발행: { $issuer }
estimate-as-of = { $date } 기준 금액
estimate-items-heading = 항목
estimate-add-label = 추가할 항목
estimate-add-button = 추가
estimate-remove-button = 삭제
estimate-no-lines = 아직 항목이 없습니다. 위에서 항목을 선택한 후 추가를 누르십시오.
estimate-line-source = 출처:
estimate-package-note = 치료 횟수와 관계없이 정액입니다.
quantity-minutes = 분
quantity-points = 점수
quantity-times = 횟수
unit-hour = 시간
unit-slide = 슬라이드 수
unit-case = 건수
unit-visit = 방문 횟수
unit-trip = 이동 횟수
price-from = { $amount } 이상
price-range = { $low }~{ $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = 처음 { $first-minutes }분 { $first }, 이후 { $additional-minutes }분마다 { $extra } × { $extra-blocks }
breakdown-first-block = 처음 { $first-minutes }분 { $first }
breakdown-points = { $points }점 × { $rate }엔
category-consultation = 진찰
category-pathology = 병리
category-examination = 검사
category-treatment = 치료
category-interpreter = 통역
category-other = 기타

estimate-own-heading = 직접 입력하는 금액
estimate-own-help = 직접 받은 견적을 바탕으로 입력하는 금액이며, 요금표에는 포함되어 있지 않습니다. 해당하지 않는 항목은 비워 두십시오.
estimate-coordinator-fee = 코디네이터 서비스 수수료(엔, 견적 금액)
estimate-companions = 함께 가는 동반자 수
estimate-flight = 한 사람당 왕복 항공료(엔)
estimate-nights = 숙박 일수(박)
estimate-nightly-rate = 하룻밤당 숙박비(엔)
estimate-other-costs = 기타 비용(엔): 현지 교통비, 식비, 보험료
estimate-contingency = 예비비 비율(%)

summary-heading = 예상 비용
summary-medical-subtotal = 의료비 소계
summary-tax-included = 이 중 소비세({ $rate }%)
summary-tax-added = 소비세({ $rate }%)
summary-medical-total = 의료비 합계
summary-coordinator = 코디네이터 서비스 수수료
summary-prepayment = 보통 미리 납부하는 금액(의료비 합계와 코디네이터 수수료)
summary-flights = { $travellers ->
   *[other] 항공료({ $travellers }명)
}
summary-accommodation = { $nights ->
   *[other] 숙박비({ $nights }박)
}
summary-other-costs = 기타 비용
summary-contingency = 예비비({ $percent }%)
summary-total = 예상 총액
summary-open-ended = 일부 요금은 최저 금액만 공개되어 있으므로 총액도 최저 금액입니다.
summary-unknown-items = { $count ->
   *[other] 추가하신 항목 중 { $count }개는 이 요금표에 없어 제외되었습니다. 원래 요금표로 다시 바꾸면 다시 포함됩니다.
}
summary-error = 이 금액들을 합산할 수 없습니다. 입력하신 숫자를 확인하십시오.
summary-guidance = 이것은 예상 금액이며 정식 견적이 아닙니다. 실제로 선납하는 금액은 병원이 발행한 견적서의 금액입니다.
estimate-print = 이 견적 인쇄

settlement-heading = 선납과 정산
settlement-help = 치료가 끝나면 선납한 금액을 실제 청구액과 비교하여 정산합니다.
settlement-prepaid = 선납한 금액(엔)
settlement-actual = 실제 청구액(엔)
settlement-refund = { $prepaid } − { $actual } = { $difference }. 이 금액이 환불됩니다.
settlement-extra = { $actual } − { $prepaid } = { $difference }. 이 금액을 추가로 납부해야 합니다.
settlement-even = 선납한 금액과 실제 청구액이 같습니다. 환불받거나 추가로 납부할 금액이 없습니다.
settlement-use-estimate = 예상 금액을 선납 금액으로 사용

currency-heading = 자국 통화로 환산
currency-label = 통화
currency-rate = 1 { $code }당 엔화
currency-help = 거래 은행이 제시하는 환율을 입력하십시오. 이 앱은 환율을 자동으로 가져오지 않습니다.
currency-total = 예상 총액: 약 { $amount } { $code }
currency-prepayment = 보통 미리 납부하는 금액: 약 { $amount } { $code }
currency-yen-governs = 엔화 금액이 기준입니다. 실제로 납부하는 금액은 거래 은행의 환율과 수수료에 따라 정해집니다.
currency-source = 소수점 자릿수:
