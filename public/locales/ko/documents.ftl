## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = 대면 세컨드 오피니언
checklist-scenario-second-opinion-in-person-summary = 환자 본인이 일본 병원을 직접 방문하여 진단과 치료에 관한 전문의의 의견을 듣습니다.
checklist-scenario-second-opinion-proxy = 대리인을 통한 세컨드 오피니언
checklist-scenario-second-opinion-proxy-summary = 가족 또는 환자가 서명한 동의서를 가진 다른 사람이 환자를 대신하여 상담에 참석합니다.
checklist-scenario-second-opinion-written = 서면 세컨드 오피니언
checklist-scenario-second-opinion-written-summary = 방문하지 않고, 병원이 환자가 보낸 서류를 검토하여 서면 보고서로 의견을 제공합니다.
checklist-scenario-admission = 치료를 위한 입원
checklist-scenario-admission-summary = 입원을 포함한 치료를 받을 수 있도록 일본 병원에 환자 수용을 요청합니다.
checklist-scenario-visa-patient = 의료체재 비자: 환자
checklist-scenario-visa-patient-summary = 환자 본인이 일본에서 치료를 받기 위해 의료체재 비자를 신청합니다.
checklist-scenario-visa-companion = 의료체재 비자: 동반자
checklist-scenario-visa-companion-summary = 친족 또는 그 밖의 동반자로서 환자와 같은 종류의 비자로 함께 갑니다. 동반자도 자신의 서류로 신청하며, 환자의 치료 예정 증명서 및 신원보증서에 이름이 기재됩니다. 장기 체류라면 동반자 본인의 재류자격인정증명서도 필요합니다.
checklist-scenario-travel = 일본 방문
checklist-scenario-travel-summary = 진료 상담이나 치료를 위해 일본에 갈 때 지참해야 할 것들입니다.

## Who usually provides each document

checklist-provider-patient = 본인(환자)
checklist-provider-current-physician = 현재 담당 의사
checklist-provider-hospital-in-japan = 일본의 병원
checklist-provider-coordinator = 담당 코디네이터
checklist-provider-translator = 번역자
checklist-provider-bank = 거래 은행
checklist-provider-immigration = 일본 출입국 관리 당국
checklist-provider-embassy = 일본 대사관 또는 영사관

## Medical documents

checklist-item-application-form = 신청서
checklist-item-application-form-why = 병원은 이 신청서로 환자의 요청을 접수합니다. 환자 본인과 다른 한 사람의 연락처를 기재해야 합니다.
checklist-item-application-form-format = 병원이 정한 양식을 사용하세요. 코디네이터를 통해서만 신청을 받는 병원도 있습니다.

checklist-item-referral-letter = 진료의뢰서 또는 치료 경과 기록
checklist-item-referral-letter-why = 현재 담당 의사가 직접 작성한 내용으로, 일본 의사에게 환자의 진단명과 지금까지 받은 치료를 알려 줍니다.
checklist-item-referral-letter-format = 현재 담당 의사가 작성하고 일본어 또는 영어로 번역한 것. QST 병원처럼 자체 진료의뢰서 양식이 있는 병원도 있으니 먼저 요청하세요.

checklist-item-exam-summary = 검사 내역
checklist-item-exam-summary-why = 의사는 환자가 어떤 검사를 받았고 그 결과가 어떠했는지 알아야 합니다.
checklist-item-exam-summary-format = 각 검사마다 검사일, 검사명, 결과, 진단명을 기재하고 일본어 또는 영어로 번역한 것.

checklist-item-surgery-record = 수술 내역
checklist-item-surgery-record-why = 수술을 받은 적이 있다면, 의사는 어떤 수술을 했고 병리 검사 결과가 어떠했는지 알아야 합니다.
checklist-item-surgery-record-format = 수술일, 수술명(술식), 병리 소견을 기재하고 일본어 또는 영어로 번역한 것.

checklist-item-chemotherapy-record = 항암화학요법 내역
checklist-item-chemotherapy-record-why = 항암화학요법을 받은 적이 있다면, 의사는 어떤 치료를 받았고 효과가 어떠했는지 알아야 합니다.
checklist-item-chemotherapy-record-format = 치료 기간, 투여 빈도, 사용한 약제와 그 효과를 기재하고 일본어 또는 영어로 번역한 것.

checklist-item-radiotherapy-record = 방사선 치료 내역
checklist-item-radiotherapy-record-why = 방사선 치료를 받은 적이 있다면, 의사는 언제, 얼마만큼, 어느 부위에 치료를 받았는지 알아야 합니다.
checklist-item-radiotherapy-record-format = 치료 기간, 선량, 조사 부위를 기재하고 일본어 또는 영어로 번역한 것.

checklist-item-dicom-images = 진단 영상(DICOM)
checklist-item-dicom-images-why = 일본 의사는 판독 보고서뿐 아니라 CT, MRI, PET-CT, 내시경, 초음파 영상을 직접 확인합니다.
checklist-item-dicom-images-format = DICOM 형식의 영상 데이터가 좋습니다(예: CD 또는 DVD). 화면을 찍은 사진은 보내지 마세요. 내시경 영상은 반드시 컬러여야 합니다.

checklist-item-image-reports = 영상 판독 보고서
checklist-item-image-reports-why = 각 영상에 대한 서면 판독 소견입니다. 의사는 영상과 함께 이 보고서를 읽습니다.
checklist-item-image-reports-format = 영상을 보내는 검사마다 판독 보고서 한 부씩, 일본어 또는 영어로 번역한 것.

checklist-item-blood-tests = 최근 혈액 검사 결과
checklist-item-blood-tests-why = 의사가 환자의 현재 상태를 파악하는 데 필요합니다.
checklist-item-blood-tests-format = 가장 최근의 결과를 일본어 또는 영어로 번역한 것.

checklist-item-screening-results = 건강검진 결과
checklist-item-screening-results-why = 지금까지 받은 검진 결과는 의사가 환자의 의학적 배경을 더 잘 이해하는 데 도움이 됩니다.
checklist-item-screening-results-format = 결과지 사본을 일본어 또는 영어로 번역한 것.

checklist-item-pathology-slides = 병리 슬라이드와 병리 보고서
checklist-item-pathology-slides-why = 병원의 병리 전문의에게 조직을 다시 검토받고 싶은 경우에만 필요합니다. 병리 보고서에는 원래 병원의 병리 전문의가 내린 소견이 적혀 있습니다.
checklist-item-pathology-slides-format = 슬라이드를 보관하고 있는 병원에서 받은 슬라이드 실물과, 일본어 또는 영어로 번역한 병리 보고서. 병리 재검토에는 별도의 비용이 듭니다. 견적 도구를 참고하세요.

checklist-item-translations = 일본어 또는 영어 번역본
checklist-item-translations-why = 병원은 일본어 또는 영어로 된 서류를 읽습니다. 그 밖의 언어로 된 서류는 번역이 필요합니다.
checklist-item-translations-format = 각 의료 서류를 일본어 또는 영어로 번역하세요. 준텐도 병원처럼 검사 결과 사본에 일본어 번역을 첨부하도록 요구하는 병원도 있습니다.

## Proxy visits and consultations

checklist-item-proxy-consent-form = 환자 동의서(대리인 상담용)
checklist-item-proxy-consent-form-why = 가족이 아닌 사람이 환자를 대신하여 상담에 참석하는 경우, 병원은 환자의 서면 동의를 요구합니다.
checklist-item-proxy-consent-form-format = 환자 본인이 서명한 것. 병원에 정해진 양식이 있으면 그 양식을 사용하세요.

checklist-item-power-of-attorney = 대리 방문을 위한 위임장
checklist-item-power-of-attorney-why = QST 병원처럼, 다른 사람이 환자를 대신하여 상담에 참석할 때 위임장을 요구하는 병원도 있습니다.
checklist-item-power-of-attorney-format = 환자 본인이 서명한 것. 병원에 정해진 양식이 있는지 문의하세요.

checklist-item-interpreter-booking = 통역사 예약
checklist-item-interpreter-booking-why = 준텐도 병원처럼 상담 시 통역사의 동석을 필수로 하는 병원도 있습니다.
checklist-item-interpreter-booking-format = 날짜, 시간, 장소를 코디네이터와 확인하세요. 통역료는 시간 단위로 청구되며, 요율은 코디네이터마다 다릅니다.

## Visa documents

checklist-item-passport = 여권
checklist-item-passport-why = 비자 신청과 일본 입국에 필요합니다. 환자와 동반자 모두 각자의 여권이 있어야 합니다.
checklist-item-passport-format = 방문하는 사람 각자의 여권 원본.

checklist-item-photo = 사진
checklist-item-photo-why = 비자 신청 서류의 하나로, 환자와 동반자 각자의 사진이 필요합니다.
checklist-item-photo-format = 신청하는 일본 대사관 또는 영사관의 사진 규격을 따르세요.

checklist-item-visa-application-form = 비자 신청서
checklist-item-visa-application-form-why = 대사관 또는 영사관이 비자 발급 여부를 결정하는 데 사용하는 양식입니다. 환자와 동반자가 각자 작성합니다.
checklist-item-visa-application-form-format = 신청하는 일본 대사관 또는 영사관의 양식을 사용하세요.

checklist-item-planned-treatment-certificate = 치료 예정 증명서 및 신원보증서
checklist-item-planned-treatment-certificate-why = 일본의 병원이 환자를 치료할 예정이며, 등록된 신원보증기관이 환자의 신원을 보증한다는 것을 비자 발급 기관에 증명합니다.
checklist-item-planned-treatment-certificate-format = 하나로 합쳐진 양식입니다. 윗부분은 일본의 병원이 작성합니다. 신원보증기관(등록된 코디네이터 또는 여행사)이 신원보증서 부분을 작성하여 환자에게 보내 줍니다.

checklist-item-proof-of-funds = 경비 지불 능력 증명서
checklist-item-proof-of-funds-why = 치료비와 체류비를 지불할 수 있음을 증명합니다.
checklist-item-proof-of-funds-format = 예: 거래 은행이 발행한 예금 잔액 증명서.

checklist-item-id-document = 신분증명서
checklist-item-id-document-why = 비자 신청 시 여권과 별도로 환자와 동반자 각자에게 요구됩니다.
checklist-item-id-document-format = 어떤 신분증명서가 인정되는지 일본 대사관 또는 영사관에 문의하세요.

checklist-item-coe = 재류자격인정증명서
checklist-item-coe-why = 입원을 전제로 하는 장기 체류의 경우에만 필요합니다. 일본 출입국 관리 당국이 발급합니다.
checklist-item-coe-format = 병원 직원이나 일본에 있는 친족이 일본에서 신청합니다. 체류 기간 도구에서 필요 여부를 확인할 수 있습니다.

checklist-item-companion-coe = 동반자 본인의 재류자격인정증명서
checklist-item-companion-coe-why = 장기 체류에는 환자뿐 아니라 동반자 한 사람 한 사람에게도 재류자격인정증명서가 필요합니다. 일본 출입국 관리 당국의 제출 서류 목록은 환자와 동반자(付添人)를 별도의 신청인으로 다룹니다. 체류 기간 도구에서 필요 여부를 확인할 수 있습니다.
checklist-item-companion-coe-format = 환자와 마찬가지로 동반자의 것도 일본에서 신청합니다. 동반하는 환자와 그 환자와의 관계를 적은 체류 중 활동 예정 자료와, 체류 비용을 부담할 수 있음을 증명하는 자료를 함께 제출합니다.

checklist-item-companion-named = 치료 예정 증명서 및 신원보증서에 기재되는 본인 이름
checklist-item-companion-named-why = 일본 외무성은 어떤 동반자가 필요한지 신원보증기관과 환자가 합의하도록 요구합니다. 동반자는 한 사람씩 환자의 치료 예정 증명서 및 신원보증서에 이름이 기재됩니다.
checklist-item-companion-named-format = 직접 작성할 것은 없습니다. 코디네이터가 신원보증서를 작성하기 전에 여권에 적힌 그대로의 성명을 코디네이터에게 보내 주세요.

checklist-item-treatment-schedule = 치료 일정표
checklist-item-treatment-schedule-why = 치료를 위해 일본을 여러 번 방문해야 할 때, 복수 입국 의료체재 비자를 받는 데 필요합니다.
checklist-item-treatment-schedule-format = 일본에서 치료를 계획하는 의사가 작성한 치료 일정표. 한 번의 체류마다 기간 제한이 있으며, 체류 기간 도구에서 확인할 수 있습니다.

## Travel

checklist-item-visa = 의료체재 비자
checklist-item-visa-why = 치료를 위해 일본에 올 수 있도록 허가하는 것입니다. 체류가 비자 면제 범위 안에 들어가는 경우에는 필요하지 않습니다.
checklist-item-visa-format = 여권에 부착됩니다. 비자의 유효 기간 안에 일본에 입국하세요. 기준이 되는 것은 비자와 상륙 허가(입국 허가)에 기재된 날짜입니다.

checklist-item-hospital-estimate = 병원의 수용 확인서와 견적서
checklist-item-hospital-estimate-why = 환자를 받을 수 있다는 병원의 회신으로, 치료 내용, 치료 기간, 비용이 적혀 있습니다. 선납 금액은 이를 바탕으로 정해집니다.
checklist-item-hospital-estimate-format = 병원이 발행한 서면 문서. 이 앱의 예상 금액과 다르면 병원의 문서가 기준입니다.

checklist-item-prepayment-record = 납부 영수증 또는 송금 기록
checklist-item-prepayment-record-why = 미리 납부한 금액을 증명합니다. 서면 세컨드 오피니언은 입금이 확인된 후에 작성되며, 예상 치료비는 보통 미리 납부합니다.
checklist-item-prepayment-record-format = 정산이 끝날 때까지 영수증이나 은행의 송금 기록을 보관하세요. 환불금은 납부할 때 사용한 계좌로 돌아갑니다.

checklist-item-medical-records-copy = 의료 서류 사본
checklist-item-medical-records-copy-why = 병원에 보낸 보고서, 영상, 번역본을 체류 중에 직접 가지고 있기 위한 환자용 사본입니다.
checklist-item-medical-records-copy-format = 사본이면 충분합니다. 원본은 안전한 곳에 보관하세요.

checklist-item-coordinator-contact = 코디네이터 연락처
checklist-item-coordinator-contact-why = 코디네이터는 환자와 병원을 잇는 창구입니다. 진료 예약 시간은 바뀔 수 있으며, 통역사도 코디네이터를 통해 준비됩니다.
checklist-item-coordinator-contact-format = 이름, 전화번호, 주소를 휴대전화에 저장하고 종이에도 적어 두세요.

checklist-item-insurance-policy = 해외 의료보험 증권
checklist-item-insurance-policy-why = 일본에서의 진료를 보장하는 보험에 가입되어 있다면, 나중에 의료비를, 경우에 따라서는 통역료나 코디네이터 수수료도 보상받을 수 있습니다.
checklist-item-insurance-policy-format = 보험 증권과 보험사 연락처. 보험금 청구에 어떤 영수증과 보고서가 필요한지 보험사에 문의하세요.

## Documents page

documents-intro = 해당하는 상황을 선택하세요. 각 서류마다 필요한 이유, 형식, 주로 누가 발급하는지 볼 수 있습니다. 각 서류의 진행 상태를 표시하고 메모를 남길 수 있으며, 모든 내용은 이 기기에만 저장됩니다.
documents-loading = 체크리스트를 불러오는 중…
documents-as-of = { $date } 기준 체크리스트
documents-choose = 다음 중 어떤 상황에 해당합니까?
documents-none-chosen = 체크리스트를 보려면 위에서 상황을 하나 이상 선택하세요.
documents-ready-help = 서류를 받았거나, 번역했거나, 보낸 상태이면 준비된 것으로 계산합니다. 두 가지 상황에 모두 나오는 서류는 상태가 하나로 관리됩니다.
documents-print = 체크리스트 인쇄
checklist-progress = { $total ->
   *[other] 서류 { $total }건 중 { $ready }건 준비됨
}
checklist-format-label = 형식:
checklist-provider-label = 주로 받는 곳:
checklist-sources-label = 출처:
checklist-status-label = 상태
checklist-note-label = 메모
checklist-status-not-started = 시작 전
checklist-status-requested = 요청함
checklist-status-received = 받음
checklist-status-translated = 번역함
checklist-status-sent = 보냄
checklist-status-printed = 상태: { $status }
checklist-note-printed = 메모: { $note }
files-heading = 서류 파일
files-limits = 각 서류의 파일을 해당 서류와 함께 보관하세요. PDF, JPEG, PNG, 텍스트 또는 HEIC(iPhone 사진) 파일을 파일당 최대 { $file }, 전체 최대 { $whole }까지 보관할 수 있습니다. 그래야 패킷이 보내기 쉽고 휴대폰에서도 열 수 있을 만큼 작게 유지됩니다. 파일은 문진표 페이지에서 패킷과 함께 보낼 때까지 이 기기에 남아 있습니다.
files-used = { $count ->
   *[other] 이 기기에 파일 { $count }개를 보관하고 있습니다: 허용량 { $whole } 중 { $size } 사용.
}
files-browser-free = 브라우저에 따르면 이 사이트에 약 { $free }만큼 더 보관할 수 있습니다.
files-opening-slow = 이 기기의 파일 저장소를 여는 데 평소보다 시간이 걸리고 있습니다. 계속 기다리는 중이며, 열리는 즉시 파일을 추가할 수 있습니다.
files-opening-blocked = 이 플래너의 이전 버전이 열려 있는 다른 탭이 이 기기의 파일 저장소를 사용 중입니다. 그 탭을 닫거나 새로 고치면 여기에서 파일을 추가할 수 있습니다.
files-case = 아래 파일은 문진표 초안 “{ $name }”에 보관되며 그 초안의 패킷에만 들어갑니다. 다른 환자의 파일을 보려면 문진표 페이지에서 그 환자의 초안을 여세요.
files-case-first = 아래 파일은 문진표 페이지에서 시작하는 초안의 패킷에만 들어갑니다.
files-memory-only = 이 브라우저에서는 앱이 이 기기에 파일을 보관할 수 없습니다({ $reason }). 사생활 보호 창이 그런 경우입니다. 지금 추가하는 파일은 이 페이지를 닫을 때까지만 유지되니, 페이지를 떠나기 전에 아래의 패킷과 함께 보내세요.
files-this-visit-help = 지금 파일을 체크리스트 및 열려 있는 문진표 초안과 함께, 코디네이터에게 보낼 하나의 패킷으로 다운로드하세요.
files-this-visit-name = 서류
files-add = “{ $document }” 파일 추가
files-added = “{ $name }”을(를) 이 기기에 보관했습니다.
files-added-many = 파일 { $count }개를 이 기기에 보관했습니다.
files-renamed = 이름을 “{ $name }”(으)로 바꾸었습니다.
files-removed = “{ $name }”을(를) 이 기기에서 삭제했습니다.
files-remove-confirm = “{ $name }”을(를) 이 기기에서 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
files-refused-kind = “{ $name }”은(는) 추가되지 않았습니다. PDF, JPEG, PNG, 텍스트, HEIC 파일만 보관할 수 있습니다. 진단 영상(DICOM)은 CD나 DVD에 담거나 병원 자체의 전송 서비스를 통해 제출하세요.
files-refused-large = “{ $name }”은(는) 추가되지 않았습니다. 파일 크기가 { $size }인데 파일 하나는 최대 { $limit }까지만 가능합니다. 더 낮은 해상도로 다시 스캔하거나 파일을 나누세요.
files-refused-room = “{ $name }”은(는) 추가되지 않았습니다. 파일 크기가 { $size }인데 파일을 보관할 공간은 { $left }만 남아 있습니다. 먼저 더 이상 필요 없는 파일을 삭제하세요.
files-refused-many = “{ $name }”은(는) 추가되지 않았습니다. 보관할 수 있는 최대 파일 수에 도달했습니다. 먼저 더 이상 필요 없는 파일을 삭제하세요.
files-full = “{ $name }”은(는) 저장되지 않았습니다. 이 기기에 남은 공간이 없습니다. 아무것도 변경되지 않았으며 다른 파일은 그대로입니다.
files-storage-failed = 브라우저가 변경 사항을 저장하지 못했습니다({ $reason }). 파일은 그대로입니다.
files-missing = “{ $name }”이(가) 더 이상 이 기기에 없습니다. 브라우저가 삭제했습니다. 파일을 다시 추가하거나 목록에서 빼세요.
files-forget = 목록에서 빼기
files-details = { $size } · { $date }에 추가
files-rename = 이름 바꾸기
files-new-name = “{ $name }”의 새 이름
files-save-name = 이름 저장
files-cancel = 취소
files-replace = 교체
files-replace-label = “{ $name }”을(를) 다른 파일로 교체
files-remove = 삭제
files-dicom = 진단 영상(CT, MRI, PET-CT의 DICOM 시리즈)은 여기에 보관하지 않습니다. 병원은 CD나 DVD, 또는 병원 자체의 전송 서비스를 통해 제출하도록 요청합니다. 대신 판독 보고서를 여기에 보관하세요.
