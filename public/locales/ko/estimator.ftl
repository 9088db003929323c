## Estimator

estimate-intro = 요금표를 선택하고, 예상되는 항목을 추가한 다음, 직접 알아본 교통·숙박 비용을 입력하세요. 모든 요금에는 출처와 확인한 날짜가 표시됩니다.
estimate-loading = 요금표를 불러오는 중…
estimate-schedule-label = 요금표
estimate-example-badge = 예시
estimate-issuer = 발행: { $issuer }
estimate-published-checked = { $date } 공개, { $checked } 확인
estimate-published = { $date } 공개
estimate-items-heading = 항목
estimate-add-label = 추가할 항목
estimate-add-button = 추가
estimate-remove-button = 삭제
estimate-no-lines = 아직 항목이 없습니다. 위에서 항목을 선택한 후 추가를 누르세요.
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
estimate-own-help = 직접 받은 견적을 바탕으로 입력하는 금액이며, 요금표에는 포함되어 있지 않습니다. 해당하지 않는 항목은 비워 두세요.
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
summary-error = 이 금액들을 합산할 수 없습니다. 입력하신 숫자를 확인하세요.
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
currency-help = 거래 은행이 제시하는 환율을 입력하세요. 이 앱은 환율을 자동으로 가져오지 않습니다.
currency-total = 예상 총액: 약 { $amount } { $code }
currency-prepayment = 보통 미리 납부하는 금액: 약 { $amount } { $code }
currency-yen-governs = 엔화 금액이 기준입니다. 실제로 납부하는 금액은 거래 은행의 환율과 수수료에 따라 정해집니다.
currency-source = 소수점 자릿수:
estimate-schedule-from-file = { $name }(견적 파일에서 가져옴)
estimate-record-refund = { $prepaid } − { $actual } = { $difference }. 이 금액이 환불됩니다.
estimate-record-differs = 이 금액은 같은 항목과 요금표로 이 앱이 계산한 금액과 다릅니다. 보내온 그대로 표시한 것이니 금액을 병원에 확인하세요.
estimate-file-save-heading = 이 견적 돌려보내기
estimate-file-save-help = 코디네이터와 병원 담당자께: 이 견적을 환자에게 보낼 파일로 저장하세요. 요금표 전체가 들어 있어 어느 기기에서든 오프라인으로 똑같이 열립니다.
estimate-file-made-by = 작성자(이름 또는 기관명, 환자에게 표시됨)
estimate-file-passphrase = 암호 문구(선택 사항)
estimate-file-passphrase-help = 암호 문구를 설정하면 파일이 암호화됩니다. 암호 문구는 전화나 대면 등 다른 방법으로 환자에게 알려 주세요.
estimate-file-save = 이 견적을 파일로 저장
estimate-file-saved = “{ $file }”(으)로 저장했습니다.
estimate-file-save-failed = 브라우저가 파일을 저장하지 않았습니다. 다시 시도하거나 다른 브라우저를 사용하세요.
estimate-file-seal-failed = 파일을 암호화하지 못했습니다({ $reason }).
estimate-file-open-heading = 견적 파일 열기
estimate-file-open-help = 코디네이터나 병원이 보낸 견적을 여기에서 읽기 전용으로 엽니다. 그런 다음 이를 내 견적으로 사용하여 선납과 정산 내역을 기록할 수 있습니다.
estimate-file-choose = 견적 파일 선택
estimate-file-locked = 이 견적 파일은 암호화되어 있습니다. 암호 문구를 입력하세요.
estimate-file-heading = 받은 견적
estimate-file-made = 작성자: { $by }, 작성일: { $date }
estimate-file-anonymous = 이름을 밝히지 않음
estimate-file-use = 내 견적으로 사용
estimate-file-use-confirm = 이 기기의 견적을 이 파일의 견적으로 바꾸시겠습니까? 여기에 입력하신 항목, 직접 입력한 금액, 정산 금액이 모두 바뀝니다.
estimate-file-use-failed = 견적을 이 기기에 보관하지 못했습니다({ $reason }). 아무것도 변경되지 않았습니다.
estimate-file-malformed = 이 파일은 견적이 아닙니다. 올바른 JSON 형식이 아니거나 중간에 잘렸습니다.
estimate-file-is-packet = 이 파일은 견적이 아니라 환자의 패킷입니다. “패킷 열기” 페이지에서 여세요.
estimate-file-is-schedule = 이 파일은 견적이 아니라 요금표입니다. 의료기관은 “의료기관용” 페이지에서 요금표를 엽니다.
estimate-file-not-estimate = 이 파일은 Japan Care Planner 견적이 아닙니다.
estimate-file-newer = 이 견적은 이 앱의 더 새로운 버전에서 만들어졌습니다. 페이지를 새로 고쳐 새 버전을 받은 후 파일을 다시 여세요.
estimate-file-invalid = 견적 파일이 손상되어 표시할 수 없습니다({ $reason }).
estimate-file-schedule-invalid = 파일에 들어 있는 요금표가 올바르지 않습니다({ $field }: { $reason }).
estimate-file-figures = 이 파일의 금액이 파일에 들어 있는 항목 및 요금표와 맞지 않아 사용할 수 없습니다. 보낸 사람에게 새 파일을 요청하세요.
