## Stay and timeline

stay-intro = 체류 기간이 허용된 기간 안에 들어가는지 확인하고, 각 단계를 언제까지 시작해야 하는지 확인하세요. 입국(상륙)한 날을 첫째 날로 셉니다.
stay-loading = 체류 규정을 불러오는 중…
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
stay-exempt-days = 귀하의 여권으로 비자 없이 체류할 수 있는 기간: { $days }일
stay-not-exempt = 소지하신 여권의 국적은 이 앱의 비자 면제 국가 목록에 없습니다. 비자가 필요합니다.
stay-dates-heading = 일정
stay-plan-toggle = 치료 계획을 바탕으로 날짜 계산하기
stay-arrival = 일본 도착일
stay-departure = 일본 출국일
stay-sessions = 치료 횟수
stay-sessions-per-week = 주당 치료 횟수
stay-days-before = 첫 치료 전 일본 체류 일수
stay-days-after = 마지막 치료 주 이후 일본 체류 일수
stay-result-heading = 체류 기간이 허용 범위 안에 들어갑니까?
stay-days = 일본 체류 { $days }일({ $arrival }~{ $departure }, 입국일을 1일째로 계산).
stay-last-day = 체류 가능한 마지막 날: { $date }
stay-fits = 체류 기간이 허용 범위 안에 들어갑니다.
stay-over = 체류 기간이 허용 기간보다 { $days }일 깁니다.
stay-options-heading = 가능한 방법
stay-option-medical-visa = 등록된 신원보증기관(코디네이터 또는 여행사)을 통해 의료체재 비자를 신청하세요. 체류 기간은 환자의 상태에 따라 정해집니다.
stay-option-split = 치료를 1회 최대 { $days }일, 총 { $stays }회의 체류로 나누세요. 복수 입국 의료체재 비자와 담당 의사의 치료 일정표가 필요합니다.
stay-date-error = 날짜를 확인하세요: { $problem }
stay-date-order = 출국일이 도착일보다 앞서 있습니다.
stay-date-range = { $first }년부터 { $last }년까지의 날짜를 입력하세요.
stay-plan-error = 치료 횟수(1~{ $sessions })와 주당 치료 횟수(1~{ $per-week })를 입력하세요.
stay-sticker = 기준이 되는 것은 비자와 상륙 허가(입국 허가) 스티커에 기재된 날짜입니다.
stay-source = 출처:

timeline-heading = 일정표
timeline-start = 치료 시작 예정일
timeline-opinion = 먼저 서면 세컨드 오피니언이 필요합니다
timeline-latest = 늦어도 { $date }까지
timeline-past = 이미 지남
timeline-holidays = 일본의 공휴일은 { $year }년까지만 반영되어 있습니다. 그 이후의 날짜는 공휴일 때문에 하루 정도 어긋날 수 있습니다.
timeline-download = 캘린더 다운로드(.ics)
timeline-calendar-name = 일본 치료 여행
step-contact-coordinator = 국제 의료 코디네이터에게 연락
step-pay-written-opinion = 서면 세컨드 오피니언 비용 납부
step-hospital-request = 병원에 환자 정보 송부
step-prepayment = 견적 금액 선납
stay-certificate = 체류 기간이 { $days }일을 넘습니다. 이 정도 길이의 체류는 입원을 전제로 하며, 비자 신청 전에 재류자격인정증명서가 필요합니다. 병원 직원이나 일본에 있는 친족이 일본에서 신청하며 보통 1~3개월이 걸리고, 발급 후 3개월 이내에 입국해야 합니다.
stay-certificate-if-longer = { $days }일을 넘게 체류하는 경우 입원을 전제로 하며, 비자 신청 전에 재류자격인정증명서가 필요합니다. 병원 직원이나 일본에 있는 친족이 일본에서 신청하며 보통 1~3개월이 걸리고, 발급 후 3개월 이내에 입국해야 합니다.
stay-allowed = 입국일부터 허용되는 체류 기간: { $period }
stay-exemption-lapsed = 이 여권의 비자 면제 조치는 { $date }까지로 되어 있으며, 이 앱이 확인할 수 있는 출처 중 연장을 확인해 주는 곳이 없습니다. 출국 전에 일본 대사관에 확인하세요. 이 앱은 비자가 필요한 것으로 계획합니다.
step-certificate = 일본에서 재류자격인정증명서 신청(병원 또는 친족)
timeline-late-steps = 이 시작일로는 다음 { $count }개 단계의 기한이 이미 지났습니다:
timeline-earliest = 권장 소요 기간대로 도착한다면, 모든 단계에 시간을 확보할 수 있는 가장 빠른 시작일은 { $date }입니다.
timeline-arrival-after-start = 입력한 입국일이 치료 시작일보다 늦습니다. 두 날짜를 확인하세요.
timeline-arrival-long-gap = 치료 시작 { $days }일 전에 입국합니다. 이 기간도 허용 체류 기간에 포함됩니다. 코디네이터와 이 일정이 맞는지 확인하세요.
step-visa-recommended = 비자 신청(권장 시기)
step-visa-latest = 비자 신청(마지막 시기)
step-arrival = 일본 도착
step-treatment-start = 치료 시작
step-visa-if-referred = 비자 신청(도쿄로 회부되는 경우)
stay-period-binds = 체류 기간은 일본 대사관 또는 총영사관이 환자의 상태에 따라 정합니다. 비자에 적힌 기간과 입국 시 받는 상륙 허가(입국 허가)의 기간이 효력을 가지므로, 여기서 고른 기간이 아니라 그 기간에 맞춰 계획하세요.
stay-companions = 함께 가는 동반자 수
stay-companions-named = { $count ->
    [1] 동반자도 따로 비자를 신청해야 하며, 동반자의 이름이 치료 예정 증명서 및 신원보증서에 기재되어야 합니다.
   *[other] 동반자 { $count }명은 각자 비자를 신청해야 하며, 모든 동반자의 이름이 치료 예정 증명서 및 신원보증서에 기재되어야 합니다.
    }
stay-companions-certificate = 체류 기간이 { $days }일을 넘으므로 동반자도 각자 재류자격인정증명서가 필요합니다.
timeline-office = 비자를 신청하는 공관
timeline-office-other = 다른 일본 대사관 또는 총영사관
timeline-office-unpublished = { $office }은(는) { $years }년 휴관일을 아직 공개하지 않았습니다. 이 날짜는 일본의 공휴일과 연말연시도 휴관일로 계산하고, 현지 공휴일을 위해 근무일 { $days }일을 더한 것입니다.
timeline-office-unlisted = 이 앱에는 이 공관의 휴관일 목록이 없습니다. 이 날짜는 일본의 공휴일과 연말연시를 휴관일로 계산하고, 현지 공휴일을 위해 근무일 { $days }일을 더한 것입니다. 공관의 휴관일을 직접 확인하세요.
timeline-office-closures = 휴관일:
