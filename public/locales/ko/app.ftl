app-name = Japan Care Planner
skip-to-content = 본문으로 건너뛰기
nav-label = 도구
language-picker-label = 언어

## Routes: short names (navigation, headings) and one-sentence summaries

route-home = 일본에서의 치료 계획하기
route-home-summary = 전체 과정을 한눈에 보고, 단계마다 필요한 도구를 이용할 수 있습니다.
route-estimate = 비용 견적
route-estimate-summary = 진찰, 치료, 통역, 코디네이터, 체류, 교통 비용을 엔화로 합산하고 각 요금의 출처를 보여 줍니다.
route-stay = 체류 기간과 일정
route-stay-summary = 치료 일정이 허용된 체류 기간 안에 들어가는지 확인하고, 각 단계를 언제까지 시작해야 하는지 보여 줍니다.
route-documents = 서류
route-documents-summary = 병원과 비자 발급 기관이 요구하는 서류의 체크리스트와 각 서류의 준비 상태입니다.
route-guide = 단계별 안내
route-guide-summary = 각 단계에서 무엇을 하는지, 얼마나 걸리는지, 무엇을 확인해야 하는지 안내합니다.
route-intake = 문진표
route-intake-summary = 자신의 속도에 맞춰 병력을 작성할 수 있습니다. 작성 중인 초안은 이 기기에 저장됩니다.
route-packet = 패킷 열기
route-packet-summary = 환자가 보낸 전송용 파일(패킷)을 열어 읽거나 인쇄합니다.
route-embed-estimate = 비용 견적 도구
route-embed-estimate-summary = 병원 웹사이트에 삽입하여 사용할 수 있는 비용 견적 도구입니다.
route-hospitals = 의료기관용
route-hospitals-summary = 요금표를 만들고 견적 도구로 미리 본 뒤 병원 웹사이트에 올리세요.

## Home

home-intro = 일본에서 치료를 받으려면 서류 준비, 병원의 수용 결정, 비용 선납, 비자, 여행 등 여러 가지를 계획해야 합니다. 이 플래너는 그 단계들을 한곳에 모아 보여 줍니다. 입력하신 모든 정보는 이 기기에만 저장됩니다.
home-journey-heading = 전체 과정 한눈에 보기
home-tools-heading = 도구

journey-prepare-title = 준비
journey-prepare-text = 국제 의료 코디네이터에게 연락하세요. 현재 상태, 진료 기록과 영상, 희망 병원, 예산, 희망 방문 시기를 정리해 두세요.
journey-liaison-title = 병원과의 연락
journey-liaison-text = 코디네이터가 환자의 정보를 병원에 보내면, 병원은 환자를 받을 수 있는지 결정하고 치료 내용, 치료 기간, 비용을 알려 줍니다. 첫 단계로 유료 세컨드 오피니언을 받는 경우도 있습니다.
journey-prepay-title = 선납
journey-prepay-text = 예상 치료비와 코디네이터 수수료는 보통 미리 납부합니다. 은행 송금에는 시간이 걸리며, 은행에 따라 추가 서류를 요구하기도 합니다.
journey-visa-title = 비자
journey-visa-text = 의료체재 비자를 받으려면 코디네이터나 여행사 등 등록된 신원보증기관이 필요합니다. 출국 전까지 시간을 충분히 두세요.
journey-treatment-title = 방문과 치료
journey-treatment-text = 동반자는 꼭 필요한 사람으로 한정하세요. 통역사 비용은 보통 시간 단위로 청구되며, 진료 예약 시간은 바뀔 수 있습니다.
journey-settlement-title = 정산
journey-settlement-text = 치료가 끝나면 선납금을 실제 청구액과 비교하여 정산합니다. 남은 금액은 환불되고, 추가된 치료가 있으면 그 비용을 납부합니다.
journey-follow-up-title = 귀국 후 사후 관리
journey-follow-up-text = 현지 주치의에게서 계속 진료를 받으세요. 검사 결과는 코디네이터를 통해 일본 병원에 보낼 수 있습니다.

## Under every page heading, in every language but English

translation-notice = 이 페이지는 영어에서 번역되었으며 오류가 있을 수 있습니다. 병원이 발행한 서류와 다를 경우 병원의 서류가 우선합니다.

## Footer

footer-privacy = 입력하신 정보는 이 기기에만 저장됩니다. 이 앱은 어떤 정보도 외부로 보내지 않습니다.
footer-guidance = 참고용 안내일 뿐입니다. 기준이 되는 것은 병원이 발행한 견적서와 서류, 그리고 비자와 상륙 허가(입국 허가)에 기재된 날짜입니다.
footer-embed-link = 병원용: 웹사이트에 삽입할 수 있는 견적 도구

## Not found

not-found-title = 페이지를 찾을 수 없습니다
not-found-text = 이 주소에는 페이지가 없습니다. 페이지가 이동되었거나 링크가 불완전할 수 있습니다.
not-found-home-link = 시작 페이지로 이동

## Shared by the tools

data-load-failed = 파일 “{ $file }”을(를) 불러오지 못했습니다({ $reason }). 인터넷 연결을 확인한 후 페이지를 다시 불러오세요.
data-file-invalid = 데이터 파일 “{ $file }”을(를) 사용할 수 없습니다. “{ $field }” 항목이 올바르지 않습니다({ $reason }). 파일을 게시한 측에서 수정해야 합니다.
saved-unreadable = 이 페이지가 이 기기에 저장한 내용을 읽을 수 없어 그대로 두었습니다. 이 페이지는 그 내용을 덮어쓰지 않습니다.
save-failed = 브라우저가 입력하신 내용의 저장을 허용하지 않았습니다(저장 공간이 가득 찼거나 저장 기능이 꺼져 있습니다). 입력한 내용은 이 페이지를 떠날 때까지만 남아 있으니, 사본을 보관하려면 인쇄하세요.
saved-changed-elsewhere = 다른 탭이나 창에서 변경한 내용을 이 페이지에 반영했습니다. 한쪽 내용이 다른 쪽을 덮어쓰지 않습니다.
saved-quarantined = 이 페이지가 이 기기에 저장한 내용을 읽을 수 없습니다. 그 내용은 “{ $key }”에 변경 없이 보관했으며, 이제부터 새로 입력하는 내용을 저장합니다.
start-over = 이 페이지 처음부터 다시 하기
start-over-confirm = 이 페이지에서 입력한 내용을 이 기기에서 지우고 처음부터 다시 하시겠습니까? 다른 페이지에 저장된 내용은 그대로 남습니다.
number-empty = 숫자를 입력하세요.
number-not-a-number = 숫자만 입력하세요. 예: 1500
number-negative = 음수는 입력할 수 없습니다.
number-too-large = { $max } 이하로 입력하세요.
number-too-precise = { $decimals ->
    [0] 정수로 입력하세요.
   *[other] 소수점 이하 { $decimals }자리까지 입력하세요.
}
number-zero = 양수를 입력하세요.
sources-heading = 출처
source-checked = ({ $checked } 확인)
source-dated-checked = ({ $date } 자, { $checked } 확인)
source-stale = { $months }개월 전에 확인한 정보입니다. 코디네이터나 대사관에 확인하세요.

## The app itself: offline, and a new version ready

offline-notice = 현재 오프라인 상태입니다. 앱은 계속 작동하며, 입력하신 내용은 이 기기에 그대로 남아 있습니다.
update-ready = 이 앱의 새 버전이 준비되었습니다. 새로 고침해도 입력하신 내용은 그대로 유지됩니다.
update-reload = 지금 새로 고침

# Opening files (packets, estimate files)
file-drop = 또는 파일을 여기에 끌어다 놓으세요
file-unlock = 열기
file-unreadable = 파일을 읽을 수 없습니다.
file-crypto-unavailable = 이 브라우저에서는 여기에서 복호화할 수 없습니다(암호화 기능은 안전한 https 연결이 필요합니다).
file-wrong-passphrase = 암호 문구가 틀렸거나 파일이 손상되었습니다.
file-too-large = 파일이 너무 큽니다({ $size }MB, 최대 { $limit }MB).
file-sealed-damaged = 암호화된 파일이 손상되어 열 수 없습니다({ $reason }).
passphrase-rule = { $min }자 이상으로 하세요. 전화로 읽어 줄 수 있는 평범한 단어 서너 개를 이으면 기억하기 쉽고 추측하기 어렵습니다. 파일을 손에 넣은 사람은 시간 제한 없이 얼마든지 암호 문구를 시도할 수 있습니다.
passphrase-confirm = 같은 암호 문구 다시 입력
passphrase-too-short = 암호 문구는 { $min }자 이상이어야 합니다.
passphrase-repetitive = 이 암호 문구는 몇 글자가 반복될 뿐이라 금방 추측됩니다. 다른 것을 고르세요.
passphrase-mismatch = 두 암호 문구가 같지 않습니다.
