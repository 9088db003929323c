## Stay and timeline

stay-intro = 체재 기간이 허용된 기간 안에 들어가는지 확인하고, 각 단계를 언제까지 시작해야 하는지 확인하십시오. 입국(상륙)한 날을 첫째 날로 셉니다.
stay-loading = 체재 규정을 불러오는 중…
stay-nationality = 국적(여권 기준)
stay-nationality-other = 기타 국가 또는 지역(비자 필요)
stay-route = 일본 입국 방법
stay-route-exempt = 비자 없이 입국(비자 면제)
stay-route-medical = 의료체재 비자, { $period }
period-days = { $count ->
   *[other] { $count }일
}
period-months = { $count ->
   *[other] { $count }개월
}
period-years = { $count ->
   *[other] { $count }년
}
stay-exempt-days = 소지하신 여권으로 비자 없이 체재할 수 있는 기간: { $days }일
stay-not-exempt = 소지하신 여권의 국적은 이 앱의 비자 면제 국가 목록에 없습니다. 비자가 필요합니다.
stay-dates-heading = 일정
stay-plan-toggle = 치료 계획을 바탕으로 날짜 계산하기
stay-arrival = 일본 도착일
stay-departure = 일본 출국일
stay-sessions = 치료 횟수
stay-sessions-per-week = 주당 치료 횟수
stay-days-before = 첫 치료 전 일본 체재 일수
stay-days-after = 마지막 치료 주 이후 일본 체재 일수
stay-result-heading = 체재 기간이 허용 범위 안에 들어갑니까?
stay-days = 일본 체재 { $days }일({ $arrival }~{ $departure }, 입국일을 첫째 날로 계산).
stay-last-day = 체재 가능한 마지막 날: { $date }
stay-fits = 체재 기간이 허용 범위 안에 들어갑니다.
stay-over = 체재 기간이 허용 기간보다 { $days }일 깁니다.
stay-options-heading = 가능한 방법
stay-option-medical-visa = 등록된 신원보증기관(코디네이터 또는 여행사)을 통해 의료체재 비자를 신청하십시오. 체재 기간은 환자의 상태에 따라 정해집니다.
stay-option-coe = { $days }일을 넘는 체재는 입원을 전제로 하며, 재류자격인정증명서가 필요합니다. 이 증명서는 병원 직원이나 일본에 있는 친족이 신청합니다.
stay-option-split = 치료를 { $stays }회의 체재로 나누고, 한 번의 체재는 최대 { $days }일로 하십시오. 이때 복수 입국 의료체재 비자와 담당 의사가 작성한 치료 일정표가 필요합니다.
stay-date-error = 날짜를 확인하십시오: { $problem }
stay-date-order = 출국일이 도착일보다 앞서 있습니다.
stay-date-range = { $first }부터 { $last }까지의 날짜를 입력하십시오.
stay-plan-error = 치료 횟수(1~{ $sessions })와 주당 치료 횟수(1~{ $per-week })를 입력하십시오.
stay-sticker = 실제로 효력이 있는 것은 비자와 상륙 허가 스티커에 기재된 날짜입니다.
stay-source = 출처: { $source }, { $date } 기준

timeline-heading = 일정표
timeline-start = 치료 시작 예정일
timeline-opinion = 먼저 서면 세컨드 오피니언이 필요합니다
timeline-latest = 늦어도 { $date }까지
timeline-past = 이미 지남
timeline-too-soon = 이 시작일은 모든 단계를 진행하기에 너무 이릅니다. 모든 단계에 필요한 시간을 확보할 수 있는 가장 이른 시작일은 { $date }입니다.
timeline-holidays = 일본의 공휴일은 { $year }년까지만 반영되어 있습니다. 그 이후의 날짜는 공휴일 때문에 하루 정도 어긋날 수 있습니다.
timeline-inferred = 일부 소요 기간은 출처를 바탕으로 이 앱이 보수적으로 해석한 것입니다.
timeline-download = 캘린더 다운로드(.ics)
timeline-calendar-name = 일본 치료 여행
step-contact-coordinator = 국제 의료 코디네이터에게 연락
step-pay-written-opinion = 서면 세컨드 오피니언 비용 납부
step-hospital-request = 병원에 환자 정보 송부
step-prepayment = 견적 금액 선납
step-visa-recommended = 비자 신청(권장 시기)
step-visa-latest = 비자 신청(마지막 시기)
step-arrival = 일본 도착
step-treatment-start = 치료 시작
