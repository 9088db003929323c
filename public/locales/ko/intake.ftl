## Intake form

intake-intro = 자신의 속도에 맞춰 병력을 작성하세요. 입력하는 동안 초안이 이 기기에 저장되며, 어디에도 전송되지 않습니다. 준비가 되면 전송용 파일(패킷)을 내보내 코디네이터에게 이메일로 보내세요.
intake-durable = 브라우저는 저장된 데이터를 삭제할 수 있습니다(예: 몇 주 동안 사이트를 방문하지 않은 경우). 내보낸 패킷 파일이 오래 보관할 수 있는 사본이니 잘 보관하세요.
intake-persist-granted = 이 브라우저는 사용자가 삭제할 때까지 초안을 보관하도록 허용했습니다.
intake-loading = 초안을 여는 중…

## Drafts

drafts-heading = 초안
drafts-open-label = 초안 열기
drafts-name-label = 초안 이름
drafts-default-name = 초안 { $number }
drafts-new = 새 초안
drafts-duplicate = 복제
drafts-copy-name = { $name }(사본)
drafts-delete = 초안 삭제
drafts-delete-confirm = 초안 “{ $name }”과(와) 이 초안에 보관한 파일을 이 기기에서 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
drafts-clear-all = 이 기기의 모든 데이터 삭제
drafts-clear-all-confirm = 이 앱이 이 기기에 저장한 모든 초안, 견적, 체류 계획, 체크리스트, 요금표, 보관한 서류 파일을 삭제할까요? 보관하려면 먼저 패킷을 내보내세요.
drafts-cleared = { $files ->
    [0] 이 앱의 모든 데이터(초안, 견적, 체류 계획, 체크리스트, 요금표)를 이 기기에서 삭제했습니다. 보관된 서류 파일은 없었습니다.
   *[other] 이 앱의 모든 데이터(초안, 견적, 체류 계획, 체크리스트, 요금표, 보관한 서류 파일 { $files }개)를 이 기기에서 삭제했습니다.
    }
drafts-saved = { $time }에 이 기기에 저장했습니다.
drafts-unsaved = 변경 사항이 아직 저장되지 않았습니다.

## Storage problems

storage-unavailable = 이 브라우저에서는 앱이 데이터를 저장할 수 없습니다(사생활 보호 모드 또는 브라우저 설정 때문입니다). 입력한 내용은 이 페이지가 열려 있는 동안에만 남아 있으니, 페이지를 떠나기 전에 패킷을 내보내세요.
storage-quota = 이 사이트에 대한 브라우저 저장 공간이 가득 차서 최근 변경 사항이 저장되지 않았습니다. 변경 사항은 아직 이 페이지에 남아 있으니, 지금 패킷을 내보내 보관하세요.
storage-quarantined = 저장된 초안을 읽을 수 없습니다. 해당 내용은 이 기기의 “{ $key }” 아래에 변경 없이 보관되었으며 아무것도 삭제되지 않았습니다. 새 초안을 시작할 수 있습니다.
storage-newer = 초안이 이 앱의 더 새로운 버전에서 저장되었습니다. 초안을 보호하기 위해 이 페이지는 아무것도 저장하지 않습니다. 페이지를 새로 고쳐 새 버전을 사용하세요.
conflict-deleted = 이 초안은 다른 탭이나 창에서 삭제되었습니다.
conflict-save-as-new = 이 버전을 새 초안으로 보관
conflict-updated = 다른 탭에서 변경한 내용으로 이 초안이 업데이트되었습니다.
choice-heading = 두 탭에서 서로 다르게 변경됨
choice-help = 선택할 때까지 두 값을 모두 보관합니다. 양식에는 “양식에 표시 중”으로 표시된 값이 들어 있습니다.
choice-in-form = 양식에 표시 중
choice-use = 이 값 사용
choice-keep-both = 둘 다 유지
choice-dismiss = 완료, 양식을 그대로 둠
choice-empty = (비어 있음)
choice-entry = { $list } { $number }번째: { $field }
drafts-imported-name = { $name } ({ $date } 가져옴)

## The form

intake-patient-heading = 환자
intake-patient-name = 성명(여권과 동일하게)
intake-patient-date-of-birth = 생년월일
intake-patient-nationality = 국적(여권 기준)
intake-nationality-choose = 국가 또는 지역을 선택하세요
intake-nationality-as-written = { $text }(입력한 그대로)
intake-patient-email = 이메일
intake-patient-phone = 전화번호(국가 번호 포함)
intake-patient-preferred-language = 희망 언어
intake-contact-help = 코디네이터가 연락할 수 있도록 이메일 주소나 전화번호를 입력하세요.
intake-companions-heading = 동반자
intake-companion-name = 동반자 이름
intake-companion-relation = 환자와의 관계
intake-companion-add = 동반자 추가
intake-companion-remove = 이 동반자 삭제
intake-condition-heading = 현재 상태
intake-diagnosis = 진단명
intake-current-condition = 현재 상태와 증상
intake-physician-heading = 현재 담당 의사
intake-physician-name = 담당 의사 이름
intake-physician-institution = 병원 또는 의원
intake-physician-contact = 담당 의사 연락처
intake-history-heading = 지금까지의 치료
intake-history-help = 검사, 수술, 치료 과정마다 하나씩 항목을 만들고, 언제 받았는지, 무엇을 했고 어떤 결과가 나왔는지 적으세요.
intake-history-kind = 종류
intake-history-examination = 검사
intake-history-surgery = 수술
intake-history-chemotherapy = 항암화학요법
intake-history-radiotherapy = 방사선 치료
intake-history-when = 시기
intake-history-details = 시행 내용과 결과
intake-history-add = 항목 추가
intake-history-remove = 이 항목 삭제
intake-materials-heading = 영상과 보고서
intake-images = 가지고 있는 영상(CT, MRI, PET-CT, 내시경, 초음파)과 DICOM 데이터 여부
intake-reports = 가지고 있는 보고서, 혈액 검사 결과, 병리 슬라이드
intake-wishes-heading = 희망 사항
intake-desired-hospital = 희망 병원
intake-desired-treatment = 희망 치료
intake-budget = 예산(금액과 통화)
intake-dates-from = 방문 가능한 가장 이른 날짜
intake-dates-to = 방문 가능한 가장 늦은 날짜
intake-questions = 병원에 묻고 싶은 질문
intake-required-mark = (필수)
intake-required = 이 항목을 입력해 주세요.
intake-contact-required = 이메일 주소나 전화번호를 입력하세요.
intake-email-invalid = 이메일 주소 형식이 아닌 것 같습니다(name@example.com).
intake-date-invalid = 올바른 날짜가 아닙니다.
intake-birth-future = 생년월일은 미래 날짜일 수 없습니다.
intake-dates-order = 가장 늦은 날짜가 가장 이른 날짜보다 앞서 있습니다.
intake-too-long = 양식이 너무 길어 이 기기에 저장할 수 없습니다(글로 약 300쪽 초과). 가장 긴 이 항목을 줄이거나, 긴 보고서는 체크리스트의 서류로 추가하세요.
intake-problems = { $count ->
   *[other] 내보내기 전에 { $count }개 항목을 확인해야 합니다.
}

## Export

export-heading = 코디네이터에게 보내기
export-help = 전송용 파일(패킷)은 이 초안과, 이 기기의 견적 도구, 체류 기간 확인, 체크리스트에 입력한 내용을 하나로 묶은 파일입니다.
export-passphrase = 암호 문구(선택 사항)
export-passphrase-help = 암호 문구를 설정하면 파일이 암호화됩니다(AES-GCM, 256비트 키). 암호 문구는 같은 이메일이 아니라 전화 등 다른 방법으로 코디네이터에게 알려 주세요.
export-download = 패킷 다운로드
export-copy = 패킷 텍스트 복사
export-copied = 패킷 텍스트가 클립보드에 복사되었습니다. 이메일이나 파일에 붙여 넣으세요.
export-copy-failed = 브라우저가 복사를 허용하지 않았습니다. 대신 다운로드를 이용하세요.
export-share = 공유…
export-email = 코디네이터에게 이메일 보내기
export-email-subject = 의료 문진 패킷(Japan Care Planner)
export-email-body = 안녕하세요. Japan Care Planner로 만든 의료 문진 패킷을 첨부 파일로 보내 드립니다. 이 이메일 본문에는 건강에 관한 내용이 없으며, 모든 내용은 파일에 있습니다.
export-email-help = 이메일 앱이 짧은 메시지와 함께 열립니다. 보내기 전에 다운로드한 패킷 파일을 첨부하세요.
export-done = 패킷 “{ $file }”을(를) 만들었습니다.
export-encrypting = 암호화하는 중…
export-failed = 패킷을 만들지 못했습니다: { $reason }

## Open a packet

packet-intro = 환자가 보낸 패킷 파일을 엽니다. 파일은 확인을 거쳐 여기에 표시되며, 이 기기 안에서만 처리됩니다. 인쇄하거나 새 초안으로 보관할 수 있습니다.
packet-choose = 패킷 파일 선택
packet-passphrase = 이 패킷은 암호화되어 있습니다. 암호 문구를 입력하세요.
packet-malformed = 이 파일은 패킷이 아닙니다. 올바른 JSON 형식이 아닙니다.
packet-not-packet = 이 파일은 Japan Care Planner 패킷이 아닙니다.
packet-newer = 이 패킷은 이 앱의 더 새로운 버전에서 만들어졌습니다. 페이지를 새로 고쳐 새 버전을 받은 후 파일을 다시 여세요.
packet-invalid = 패킷이 손상되어 표시할 수 없습니다({ $reason }).
packet-made = { $date }에 작성됨(앱 버전 { $version }, 언어 { $locale }).
packet-import = 새 초안으로 보관
packet-imported = 새 초안 “{ $name }”(으)로 저장했습니다. 다른 초안은 변경되지 않았습니다.
packet-print = 인쇄
packet-checklist-heading = 서류 체크리스트
packet-empty = (입력되지 않음)
drafts-clear-failed = 브라우저가 이 기기의 데이터 삭제를 허용하지 않았습니다. 아무것도 삭제되지 않았습니다.
drafts-cleared-files-failed = 초안, 견적, 체류 계획, 체크리스트, 요금표는 삭제했지만 브라우저가 보관한 서류 파일의 삭제를 허용하지 않았습니다({ $reason }). 서류 페이지에서 삭제하거나 브라우저 설정에서 이 사이트의 데이터를 지우세요.
