# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = 인쇄할 항목명의 제2 언어
packet-second-language-help = 병원을 위해 각 항목명을 두 언어로 인쇄합니다. 환자가 작성한 내용은 작성된 그대로 인쇄됩니다.
packet-second-language-none = 없음: 한 언어만
packet-second-language-failed = 해당 언어의 항목명을 불러올 수 없습니다. 인터넷에 한 번 연결하거나 다른 언어를 선택하세요.
packet-not-included = 이 패킷에는 포함되어 있지 않습니다.
packet-estimate-result-heading = 환자의 예상 비용
packet-stay-result-heading = 환자의 체류 기간 확인
packet-stay-computed = { $date }에 환자의 앱에서 확인한 결과입니다. 기준이 되는 것은 비자와 상륙 허가(입국 허가) 스티커에 기재된 날짜입니다.
packet-stay-route = 일본 입국 방법
packet-stay-route-exempt = 비자 면제 입국
packet-stay-route-medical = 의료체재 비자({ $period })
packet-stay-nationality-other = 비자가 필요한 국적
packet-stay-fits = 환자의 체류 기간이 허용 범위 안에 들어갑니다.
packet-stay-over = 환자의 체류 기간이 허용 기간보다 { $days }일 깁니다.
packet-stay-allowed = 환자의 입국일부터 허용되는 체류 기간: { $period }
packet-stay-not-exempt = 환자가 소지한 여권의 국적은 이 앱의 비자 면제 국가 목록에 없습니다. 환자에게는 비자가 필요합니다.
packet-stay-incomplete = 환자가 입력한 정보가 부족하여 체류 기간을 확인하지 못했습니다.
packet-stay-invalid = 환자가 입력한 날짜를 확인할 수 없었습니다.
packet-stay-certificate = 환자의 체류 기간이 { $days }일을 넘습니다. 이 정도 길이의 체류는 입원을 전제로 하며, 비자 신청 전에 재류자격인정증명서가 필요합니다. 병원 직원이나 일본에 있는 친족이 일본에서 신청하며 보통 1~3개월이 걸리고, 환자는 발급 후 3개월 이내에 입국해야 합니다.
packet-stay-certificate-if-longer = 환자가 { $days }일을 넘게 체류하는 경우 입원을 전제로 하며, 비자 신청 전에 재류자격인정증명서가 필요합니다. 병원 직원이나 일본에 있는 친족이 일본에서 신청합니다.
packet-stay-options-heading = 환자가 취할 수 있는 방법
packet-stay-option-medical-visa = 등록된 신원보증기관(코디네이터 또는 여행사)을 통해 의료체재 비자를 신청합니다. 체류 기간은 환자의 상태에 따라 정해집니다.
packet-stay-option-split = 치료를 1회 최대 { $days }일, 총 { $stays }회의 체류로 나눕니다. 복수 입국 의료체재 비자와 환자 담당 의사의 치료 일정표가 필요합니다.
packet-step-hospital-request = 병원에 환자 정보 송부
packet-timeline-arrival-after-start = 환자가 입력한 입국일이 치료 시작일보다 늦습니다.
packet-timeline-arrival-long-gap = 환자는 치료 시작 { $days }일 전에 입국합니다. 이 기간도 허용 체류 기간에 포함됩니다.
packet-checklist-other = 기타 서류
packet-item-medical-records-copy = 환자의 의료 서류 사본
packet-item-coordinator-contact = 코디네이터 연락처
packet-patient-name = 환자 성명(여권과 동일하게)
packet-images = 환자가 가지고 있는 영상(CT, MRI, PET-CT, 내시경, 초음파)과 DICOM 데이터 여부
packet-reports = 환자가 가지고 있는 보고서, 혈액 검사 결과, 병리 슬라이드
packet-wishes-heading = 환자의 희망 사항
packet-desired-hospital = 환자의 희망 병원
packet-desired-treatment = 환자의 희망 치료
packet-dates-from = 환자가 방문 가능한 가장 이른 날짜
packet-dates-to = 환자가 방문 가능한 가장 늦은 날짜
packet-documents-heading = 패킷과 함께 보낸 서류
packet-documents-verified = { $count ->
   *[other] 파일 { $count }개({ $size }). 각 파일이 매니페스트의 SHA-256과 일치합니다.
}
packet-documents-not-attached = { $count ->
   *[other] 패킷에 파일 { $count }개({ $size })가 나와 있지만 패킷과 함께 열리지 않았습니다. 파일을 보려면 패킷의 zip 파일을 여세요.
}
packet-document-matches-manifest = 매니페스트와 일치
packet-documents-manifest-note = 매니페스트는 압축 파일을 만든 사람이 파일과 함께 작성한 것입니다. 일치한다는 것은 파일이 온전히 도착했다는 뜻일 뿐, 누가 보냈는지를 보여 주지는 않습니다. 도중에 아무도 바꾸지 않았다는 것까지 보여 주는 것은 암호화된 패킷뿐입니다.
packet-document-download = 다운로드
packet-imported-with-files = { $count ->
   *[other] 새 초안 “{ $name }”(으)로 저장했으며, 파일 { $count }개를 이 기기에 보관했습니다.
}
