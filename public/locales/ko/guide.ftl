## Step-by-step guide: stages of the journey

guide-stage-prepare = 준비
guide-stage-prepare-summary = 국제 의료 코디네이터에게 연락하고, 병원이 환자에 대해 알아야 할 정보를 모읍니다.
guide-stage-prepare-step-1 = 국제 의료 코디네이터에게 연락하세요. 해외 문의는 제휴 코디네이터를 통해서만 받는 병원도 있습니다.
guide-stage-prepare-step-2 = 현재 상태를 적고, 지금까지의 의료 정보(진료 보고서와 영상)를 모으세요.
guide-stage-prepare-step-3 = 희망 병원, 예산, 방문 희망 시기를 정하세요.
guide-stage-prepare-step-4 = 서류 체크리스트에서 병원이 요구할 서류를 확인하세요. 일본어 또는 영어 번역본도 포함됩니다.
guide-stage-prepare-cost = 코디네이터는 병원 요금과 별도로 서비스 수수료를 받습니다. 수수료에 무엇이 포함되는지 문의하세요.
guide-stage-prepare-check = 의료 서류가 빠짐없이 갖추어졌는지, 영상이 화면을 찍은 사진이 아니라 DICOM 데이터인지 확인하세요.

guide-stage-liaison = 병원과의 연락
guide-stage-liaison-summary = 코디네이터가 환자의 정보를 병원에 보냅니다. 병원은 환자를 받을 수 있는지 결정하고, 치료 내용, 치료 기간, 비용을 알려 줍니다.
guide-stage-liaison-step-1 = 코디네이터를 통해 병원에 의료 정보를 보내세요.
guide-stage-liaison-step-2 = 병원이 먼저 유료 세컨드 오피니언을 요구하면 방식을 선택하세요. 대면, 대리인을 통한 방식, 서면 중에서 고를 수 있습니다.
guide-stage-liaison-step-3 = 병원의 회신을 읽으세요. 환자를 받을 수 있는지, 그리고 치료 내용, 기간, 비용이 적혀 있습니다.
guide-stage-liaison-cost = 첫 연락이 유료 세컨드 오피니언인 경우도 있습니다. 병원이 공개한 요금은 견적 도구에서 확인하세요.
guide-stage-liaison-check = 병원 견적에 무엇이 포함되는지 확인하세요. 교통비, 숙박비, 코디네이터 수수료를 포함하지 않거나 진찰료를 별도로 청구하는 병원도 있습니다.

guide-stage-prepayment = 선납
guide-stage-prepayment-summary = 예상 치료비와 코디네이터 서비스 수수료는 보통 코디네이터에게 미리 납부합니다.
guide-stage-prepayment-step-1 = 선납할 금액(병원 견적 금액과 코디네이터 서비스 수수료의 합계)을 코디네이터에게 문의하세요.
guide-stage-prepayment-step-2 = 송금에 걸리는 기간과 필요한 서류를 미리 거래 은행에 문의하세요.
guide-stage-prepayment-step-3 = 송금한 후 영수증이나 송금 기록을 보관하세요.
guide-stage-prepayment-cost = 병원 견적 금액과 코디네이터 서비스 수수료는 출국 전에 납부합니다. 견적 도구에서 합계를 계산할 수 있습니다.
guide-stage-prepayment-check = 어느 계좌에서 납부하는지 확인하세요. 치료 후 환불금은 그 계좌로 돌아갑니다. 다른 계좌로 환불받으려면 그 계좌 명의인과의 관계를 증명해야 할 수 있습니다.

guide-stage-visa = 비자
guide-stage-visa-summary = 의료체재 비자를 받으려면 등록된 신원보증기관(코디네이터 또는 여행사)이 필요합니다. 의료 정보가 다 갖추어지면 출국 전에 충분한 여유를 두고 시작하세요.
guide-stage-visa-step-1 = 등록된 신원보증기관인 코디네이터나 여행사에 신원보증을 요청하세요.
guide-stage-visa-step-2 = 신원보증기관에 치료 예정 증명서 및 신원보증서를 요청하세요. 해당 부분은 일본의 병원이 작성합니다.
guide-stage-visa-step-3 = 여권, 사진, 비자 신청서, 경비 지불 능력 증명서(예: 예금 잔액 증명서), 신분증명서를 준비하세요. 동반자도 각자 여권, 사진, 신청서, 신분증명서가 필요합니다.
guide-stage-visa-step-4 = 재류자격인정증명서가 필요한 장기 체류라면 병원 직원이나 일본에 있는 친족에게 신청을 부탁하세요. 여러 번 방문해야 한다면 복수 입국 비자를 위해 의사에게 치료 일정표를 요청하세요.
guide-stage-visa-step-5 = 일본 대사관 또는 영사관에 신청한 후, 비자의 유효 기간 안에 일본에 입국하세요.
guide-stage-visa-cost = 이 앱에는 비자 비용에 관한 금액 정보가 없습니다. 납부해야 할 비용은 신원보증기관과 대사관 또는 영사관에 문의하세요.
guide-stage-visa-check = 체류 기간이 치료 계획에 맞는지 확인하세요. 신청이 도쿄로 회부되어 심사를 받게 되면 처리가 더 오래 걸릴 수 있으므로 충분히 여유를 두고 방문을 계획하세요.

guide-stage-travel-treatment = 방문과 치료
guide-stage-travel-treatment-summary = 일본에 가서 치료를 받습니다. 체류 중에도 코디네이터가 병원과의 연락 창구 역할을 합니다.
guide-stage-travel-treatment-step-1 = 동반자는 꼭 필요한 사람으로 한정하세요. 동반자는 환자와 같은 종류의 비자로 입국하며, 일본에서 보수를 받는 일을 할 수 없습니다.
guide-stage-travel-treatment-step-2 = 진료 예약에 맞추어 통역사를 준비해 달라고 코디네이터에게 요청하세요.
guide-stage-travel-treatment-step-3 = 여권, 병원의 수용 확인서와 견적서, 납부 기록, 코디네이터 연락처를 지참하세요.
guide-stage-travel-treatment-step-4 = 코디네이터와 계속 연락을 유지하세요. 병원에서 응급 상황이 생기면 진료 예약 시간이 바뀔 수 있습니다.
guide-stage-travel-treatment-cost = 통역료는 시간 단위로 청구되며, 요율은 코디네이터마다 다릅니다. 교통비, 숙박비, 생활비는 견적 도구에 추가하세요.
guide-stage-travel-treatment-check = 상륙 허가(입국 허가)에 기재된 상륙 날짜와 체류 기간으로 체류 가능한 마지막 날을 확인하고(체류 기간 도구에서 보여 줍니다), 치료 일정과 대조하세요.

guide-stage-settlement = 정산
guide-stage-settlement-summary = 치료가 끝나면 선납금을 실제 청구액과 비교하여 정산합니다.
guide-stage-settlement-step-1 = 치료가 끝나면 코디네이터에게 실제 청구액을 문의하세요.
guide-stage-settlement-step-2 = 실제 청구액을 선납한 금액과 비교하세요. 견적 도구의 정산 항목을 이용할 수 있습니다.
guide-stage-settlement-step-3 = 남은 금액은 납부할 때 사용한 계좌로 환불받고, 계획에 없던 치료가 추가되었다면 추가 금액을 납부하세요.
guide-stage-settlement-cost = 실제 청구액이 선납금보다 적으면 차액이 환불됩니다. 계획에 없던 치료가 추가되었다면 차액을 납부합니다.
guide-stage-settlement-check = 추가된 치료가 있으면 원래 견적과 대조하여 확인하고, 모르는 항목이 있으면 코디네이터에게 문의하세요.

guide-stage-follow-up = 귀국 후 사후 관리
guide-stage-follow-up-summary = 귀국 후에는 현지 주치의가 진료를 이어 갑니다. 검사 결과는 코디네이터를 통해 일본 병원에 보낼 수 있습니다.
guide-stage-follow-up-step-1 = 일본에서 받은 치료에 관한 보고서를 현지 주치의에게 전달하세요.
guide-stage-follow-up-step-2 = 이후의 검사 결과를 일본 병원에 보내는 방법을 코디네이터에게 문의하세요.
guide-stage-follow-up-step-3 = 해외 의료보험에 가입되어 있다면, 보험금 청구에 어떤 영수증과 보고서가 필요한지 보험사에 문의하세요.
guide-stage-follow-up-cost = 이 앱에는 사후 관리 비용에 관한 금액 정보가 없습니다. 해외 의료보험으로 일부 비용을 나중에 보상받을 수 있습니다.
guide-stage-follow-up-check = 현지 주치의가 일본에서 필요한 자료를 모두 받았는지, 그리고 코디네이터에게 연락하는 방법을 알고 있는지 확인하세요.

## Frequently asked questions

guide-faq-language-help = 언어 지원을 받을 수 있습니까?
guide-faq-language-help-answer = 코디네이터에게 통역사를 준비해 달라고 요청하세요. 통역료는 시간 단위로 청구되며 요율은 코디네이터마다 다릅니다. 상담 시 통역사의 동석을 필수로 하는 병원도 있습니다. 보내는 서류는 일본어 또는 영어로 되어 있어야 하므로 번역도 미리 계획하세요.

guide-faq-companions = 가족이 함께 갈 수 있습니까?
guide-faq-companions-answer = 예. 친족이나, 필요한 경우 그 밖의 사람도 환자와 같은 종류의 비자로 함께 갈 수 있습니다. 동반자는 일본에서 보수를 받는 일을 할 수 없습니다. 동반자가 한 명 늘 때마다 교통비와 숙박비가 늘어나므로 동반자는 최소한으로 하세요.

guide-faq-insurance = 보험으로 치료비를 보장받을 수 있습니까?
guide-faq-insurance-answer = 일본에서의 진료를 보장하는 해외 의료보험에 가입되어 있다면, 나중에 의료비를, 경우에 따라서는 통역료나 코디네이터 수수료도 보상받을 수 있습니다. 보통은 먼저 본인이 비용을 선납합니다. 일본에 거주하지 않는 사람이 치료를 받을 목적으로 일본의 공적 의료보험에 가입하는 것은 불법입니다. 출국 전에 보험사에 문의하세요.

guide-faq-treatment-changes = 치료나 진료 예약이 바뀌면 어떻게 됩니까?
guide-faq-treatment-changes-answer = 병원에서 응급 상황이 생기면 진료 예약 시간이 바뀔 수 있으며, 그때는 코디네이터가 알려 드립니다. 계획에 없던 치료가 추가되면 정산할 때 차액을 납부합니다. 실제 청구액이 선납금보다 적으면 차액은 납부할 때 사용한 계좌로 환불됩니다.

guide-faq-follow-up-at-home = 귀국 후에는 누가 진료를 맡습니까?
guide-faq-follow-up-at-home-answer = 현지 주치의가 진료를 이어 갑니다. 검사 결과는 코디네이터를 통해 일본 병원에 보낼 수 있습니다. 일본을 떠나기 전에 그 방법을 코디네이터에게 문의하세요.

guide-faq-which-text-governs = 이 앱의 내용과 공식 서류가 다르면 어느 쪽을 따라야 합니까?
guide-faq-which-text-governs-answer = 기준이 되는 것은 병원이 발행한 서류와 견적서, 그리고 비자와 상륙 허가(입국 허가)에 기재된 날짜입니다. 이 앱의 글과 번역은 참고용 안내일 뿐이며 오류가 있을 수 있습니다. 내용이 다르면 공식 서류를 따르고 코디네이터에게 문의하세요.

## Guide page

guide-intro = 첫 연락부터 귀국 후 사후 관리까지, 단계별로 무엇을 해야 하는지, 보통 얼마나 걸리는지, 비용은 얼마인지, 무엇을 확인해야 하는지 안내합니다.
guide-loading = 안내를 불러오는 중…
guide-as-of = { $date } 기준 안내
guide-print = 안내 인쇄
guide-what-to-do = 해야 할 일
guide-how-long = 소요 기간
guide-what-it-costs = 비용
guide-what-to-check = 확인할 사항
guide-faq-heading = 환자들이 자주 묻는 질문
guide-stage-prepare-takes = 코디네이터의 회신까지 보통 걸리는 기간:
guide-stage-liaison-takes = 병원의 회신까지 보통 걸리는 기간:
guide-stage-visa-takes = 의료 정보가 다 갖추어진 후 비자 발급까지:
guide-takes-between = { $min }~{ $max }{ $unit }
guide-takes-at-most = 최대 { $max }{ $unit }
guide-takes-at-least = 최소 { $min }{ $unit }
guide-takes-about = 약 { $count }{ $unit }
guide-unit-day = { $count ->
   *[other] 일
}
guide-unit-business-day = { $count ->
   *[other] 영업일
}
guide-unit-week = { $count ->
   *[other] 주
}
guide-unit-month = { $count ->
   *[other] 개월
}
