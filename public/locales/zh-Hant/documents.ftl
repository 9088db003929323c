## 文件清單：情況

checklist-scenario-second-opinion-in-person = 親自到院的第二意見諮詢
checklist-scenario-second-opinion-in-person-summary = 您本人前往日本的醫院，聽取專科醫師對您的診斷與治療的意見。
checklist-scenario-second-opinion-proxy = 由代理人出席的第二意見諮詢
checklist-scenario-second-opinion-proxy-summary = 由家屬，或持有您簽署之同意書的其他人，代替您出席諮詢。
checklist-scenario-second-opinion-written = 書面第二意見
checklist-scenario-second-opinion-written-summary = 醫院審閱您寄送的資料，不需到院，以書面報告提供意見。
checklist-scenario-admission = 住院治療
checklist-scenario-admission-summary = 您請日本的醫院收治您，進行包含住院在內的治療。
checklist-scenario-visa-patient = 醫療滯在簽證：病患
checklist-scenario-visa-patient-summary = 您是病患，為在日本接受治療而申請醫療滯在簽證。
checklist-scenario-visa-companion = 醫療滯在簽證：陪同者
checklist-scenario-visa-companion-summary = 您以親屬或其他陪同者的身分，持同類簽證與病患同行。您需以自己的文件申請，病患的醫療機構出具的受診等預定證明書及身元保證書上會記載您的姓名；長期停留時，還需要您本人的在留資格認定證明書。
checklist-scenario-travel = 前往日本
checklist-scenario-travel-summary = 為諮詢或治療前往日本時，應隨身攜帶的物品。

## 各份文件通常由誰提供

checklist-provider-patient = 您本人（病患）
checklist-provider-current-physician = 您目前的主治醫師
checklist-provider-hospital-in-japan = 日本的醫院
checklist-provider-coordinator = 您的協調員
checklist-provider-translator = 翻譯人員
checklist-provider-bank = 您的往來銀行
checklist-provider-immigration = 日本出入國在留管理廳（地方出入國在留管理局）
checklist-provider-embassy = 日本駐外使領館（在台灣為日本台灣交流協會）

## 醫療文件

checklist-item-application-form = 申請表
checklist-item-application-form-why = 醫院以此登記您的申請。表中須填寫您本人及另一位聯絡人的聯絡方式。
checklist-item-application-form-format = 請使用醫院自己的表格。有些醫院只受理透過協調員提出的申請。

checklist-item-referral-letter = 轉診信（診療資訊提供書）或治療經過
checklist-item-referral-letter-why = 由您目前的主治醫師親自向日本的醫師說明您的診斷，以及到目前為止接受過的治療。
checklist-item-referral-letter-format = 由您目前的主治醫師撰寫，並譯成日文或英文。有些醫院（例如 QST 醫院）有自己的轉診信格式，請先向醫院索取。

checklist-item-exam-summary = 檢查詳情
checklist-item-exam-summary-why = 醫師需要知道您做過哪些檢查，以及檢查顯示了什麼。
checklist-item-exam-summary-format = 每項檢查請寫明日期、檢查名稱、結果及診斷，並譯成日文或英文。

checklist-item-surgery-record = 手術詳情
checklist-item-surgery-record-why = 如果您動過手術，醫師需要知道手術做了什麼，以及病理檢查的結果。
checklist-item-surgery-record-format = 手術日期、術式及病理檢查結果，並譯成日文或英文。

checklist-item-chemotherapy-record = 化學治療詳情
checklist-item-chemotherapy-record-why = 如果您接受過化學治療（化療），醫師需要知道您用了哪些藥物，以及治療效果如何。
checklist-item-chemotherapy-record-format = 治療期間、給藥頻率、藥物名稱及治療效果，並譯成日文或英文。

checklist-item-radiotherapy-record = 放射治療詳情
checklist-item-radiotherapy-record-why = 如果您接受過放射治療（放療），醫師需要知道治療的時間、劑量及部位。
checklist-item-radiotherapy-record-format = 治療期間、劑量及照射部位，並譯成日文或英文。

checklist-item-dicom-images = 診斷影像（DICOM）
checklist-item-dicom-images-why = 日本的醫師不只看報告，還會親自判讀影像：CT、MRI、PET-CT、內視鏡及超音波。
checklist-item-dicom-images-format = 最好提供 DICOM 格式的影像資料，例如燒錄在 CD 或 DVD 上。請勿寄送翻拍螢幕的照片。內視鏡影像必須是彩色的。

checklist-item-image-reports = 影像報告
checklist-item-image-reports-why = 每組影像的書面判讀結果。醫師會將報告與影像對照閱讀。
checklist-item-image-reports-format = 您寄送影像的每項檢查各附一份報告，並譯成日文或英文。

checklist-item-blood-tests = 最近一次的血液檢查結果
checklist-item-blood-tests-why = 讓醫師了解您目前的身體狀況。
checklist-item-blood-tests-format = 您最近一次的檢查結果，並譯成日文或英文。

checklist-item-screening-results = 篩檢結果
checklist-item-screening-results-why = 您做過的篩檢結果，能讓醫師更完整地了解您的病史。
checklist-item-screening-results-format = 檢查結果的影本，並譯成日文或英文。

checklist-item-pathology-slides = 病理切片及病理報告
checklist-item-pathology-slides-why = 只有在您希望該醫院的病理科醫師重新檢視您的組織時才需要。病理報告記載了您原本的病理科醫師的診斷。
checklist-item-pathology-slides-format = 由保存切片的醫院提供病理切片實體，並附上譯成日文或英文的病理報告。病理複檢須另外收費：請參閱費用估算工具。

checklist-item-translations = 日文或英文譯本
checklist-item-translations-why = 醫院以日文或英文閱讀您的文件。其他語言的文件都需要翻譯。
checklist-item-translations-format = 請將每份醫療文件譯成日文或英文。有些醫院（例如順天堂醫院）要求提供檢查結果影本並附日文譯本。

## 代理人到院與諮詢

checklist-item-proxy-consent-form = 病患同意由代理人出席的同意書
checklist-item-proxy-consent-form-why = 由非家屬的人代替您出席諮詢時，醫院需要您的書面同意。
checklist-item-proxy-consent-form-format = 由病患本人簽名。如醫院有自己的表格，請使用該表格。

checklist-item-power-of-attorney = 代理人到院的委託書
checklist-item-power-of-attorney-why = 有些醫院（例如 QST 醫院）在由他人代替病患出席諮詢時，會要求提供委託書。
checklist-item-power-of-attorney-format = 由病患本人簽名。請向醫院確認是否有自己的表格。

checklist-item-interpreter-booking = 預約口譯員
checklist-item-interpreter-booking-why = 有些醫院（例如順天堂醫院）規定諮詢時必須有口譯員在場。
checklist-item-interpreter-booking-format = 請與協調員確認日期、時間及地點。口譯員按小時計費，費率由各協調員自行訂定。

## 簽證文件

checklist-item-passport = 護照
checklist-item-passport-why = 申請簽證及入境日本時需要。病患及每位陪同者都需要各自的護照。
checklist-item-passport-format = 每位旅行者的護照正本。

checklist-item-photo = 照片
checklist-item-photo-why = 簽證申請所需，病患及每位陪同者都需要。
checklist-item-photo-format = 請依照您申請簽證的日本駐外使領館（在台灣為日本台灣交流協會）對照片的規定準備。

checklist-item-visa-application-form = 簽證申請表
checklist-item-visa-application-form-why = 使領館據此審核簽證。病患及每位陪同者各自填寫一份。
checklist-item-visa-application-form-format = 請使用您申請簽證的日本駐外使領館的表格。

checklist-item-planned-treatment-certificate = 醫療機構出具的受診等預定證明書及身元保證書
checklist-item-planned-treatment-certificate-why = 向簽證機關證明日本的醫院預定為您治療，且有身元保證機構（在日本政府登錄的保證機構）為您擔保。
checklist-item-planned-treatment-certificate-format = 兩者合為同一份表格。上半部由日本的醫院填寫。您的身元保證機構（已登錄的協調員或旅行社）填寫身元保證書，再將表格寄給您。

checklist-item-proof-of-funds = 財力證明
checklist-item-proof-of-funds-why = 證明您有能力支付治療費用及停留期間的開支。
checklist-item-proof-of-funds-format = 例如由您的往來銀行開立的存款餘額證明。

checklist-item-id-document = 身分證明文件
checklist-item-id-document-why = 申請簽證時，除了護照以外，病患及每位陪同者也須提供身分證明文件。
checklist-item-id-document-format = 請向日本駐外使領館確認可接受哪些身分證明文件。

checklist-item-coe = 在留資格認定證明書
checklist-item-coe-why = 只有在以住院為前提的長期停留時才需要，由日本出入國在留管理廳（地方出入國在留管理局）核發。
checklist-item-coe-format = 在日本國內由醫院的工作人員或您在日本的親屬代為申請。「停留與時程」工具會顯示您的停留是否需要此證明書。

checklist-item-companion-coe = 陪同者本人的在留資格認定證明書
checklist-item-companion-coe-why = 長期停留時，不只病患，每位陪同者也都需要各自的在留資格認定證明書：日本出入國在留管理廳的應備文件清單將病患與陪同者（「付添人」）列為不同的申請人。「停留與時程」工具會顯示您的停留是否需要此證明書。
checklist-item-companion-coe-format = 與病患相同，在日本國內為陪同者提出申請，並附上載明所陪同之病患及您與病患關係的停留期間活動計畫，以及能負擔停留期間一切費用的證明文件。

checklist-item-companion-named = 您的姓名記載於醫療機構出具的受診等預定證明書及身元保證書
checklist-item-companion-named-why = 日本外務省要求身元保證機構與病患商定需要哪些陪同者；每位陪同者的姓名都會記載於病患的醫療機構出具的受診等預定證明書及身元保證書上。
checklist-item-companion-named-format = 您本人無需填寫任何內容：請在協調員填寫身元保證書之前，將與護照相同的全名傳送給協調員。

checklist-item-treatment-schedule = 治療預定表
checklist-item-treatment-schedule-why = 治療需要多次往返日本、申請多次入境的醫療滯在簽證時需要。
checklist-item-treatment-schedule-format = 由在日本負責規劃您治療的醫師出具的治療預定表。每次停留都有各自的期限上限，「停留與時程」工具會幫您檢查。

## 行程

checklist-item-visa = 醫療滯在簽證
checklist-item-visa-why = 允許您前來日本接受治療的簽證；若您的停留符合免簽證入境的條件，則不需要。
checklist-item-visa-format = 簽證會貼在您的護照上。請在簽證有效期間內入境日本。一切以簽證及上陸許可（入境許可）上印的日期為準。

checklist-item-hospital-estimate = 醫院的收治同意及估價單
checklist-item-hospital-estimate-why = 醫院表示可以收治您的回覆，並載明治療內容、所需時間及費用。您的預付款即以此為依據。
checklist-item-hospital-estimate-format = 醫院自己出具的書面文件。若與本應用程式的估算不同，以醫院的文件為準。

checklist-item-prepayment-record = 付款收據或銀行匯款紀錄
checklist-item-prepayment-record-why = 證明您已預付的金額。書面第二意見要在確認收到您的付款後才會開始製作；預估的治療費用通常也須事先支付。
checklist-item-prepayment-record-format = 請保留收據或銀行的匯款紀錄，直到結算完成。退款會退回您當初付款的帳戶。

checklist-item-medical-records-copy = 醫療文件影本
checklist-item-medical-records-copy-why = 您寄給醫院的報告、影像及譯本的一套副本，讓您在停留期間隨身備用。
checklist-item-medical-records-copy-format = 影本即可。正本請妥善保管。

checklist-item-coordinator-contact = 協調員的聯絡方式
checklist-item-coordinator-contact-why = 協調員是您與醫院之間的聯絡窗口。看診時間可能變動，口譯員也是透過協調員安排。
checklist-item-coordinator-contact-format = 姓名、電話號碼及地址，除了存在手機裡，也請寫在紙上。

checklist-item-insurance-policy = 國際保險保單
checklist-item-insurance-policy-why = 如果您的保單承保在日本的醫療，事後可能可以申請醫療費用理賠，有時口譯費或協調員服務費也可理賠。
checklist-item-insurance-policy-format = 保單及保險公司的聯絡方式。請向保險公司確認申請理賠需要哪些收據及報告。

## 文件頁面

documents-intro = 請選擇適用於您的情況。每份文件都會說明為何需要、需要什麼形式，以及通常由誰提供。您可以標記每份文件的進度並加上備註；所有內容都只保存在本裝置上。
documents-loading = 正在載入文件清單…
documents-as-of = 清單資料日期：{ $date }
documents-choose = 以下哪些情況適用於您？
documents-none-chosen = 請在上方至少選擇一種情況，以查看對應的清單。
documents-ready-help = 狀態為「已收到」、「已翻譯」或「已寄出」的文件即視為已備妥。同一份文件出現在兩種情況下時，只有一個共用的狀態。
documents-print = 列印文件清單
checklist-progress = { $total ->
   *[other] 共 { $total } 份文件，已備妥 { $ready } 份
}
checklist-format-label = 形式：
checklist-provider-label = 通常提供者：
checklist-sources-label = 資料來源：
checklist-status-label = 狀態
checklist-note-label = 備註
checklist-status-not-started = 尚未開始
checklist-status-requested = 已提出索取
checklist-status-received = 已收到
checklist-status-translated = 已翻譯
checklist-status-sent = 已寄出
checklist-status-printed = 狀態：{ $status }
checklist-note-printed = 備註：{ $note }
files-heading = 您的文件檔案
files-limits = 將每份文件的檔案與該文件存放在一起：PDF、JPEG、PNG、文字檔或 HEIC（iPhone 照片），每個檔案最多 { $file }，合計最多 { $whole }，讓資料包保持夠小，方便寄送，也能在手機上開啟。這些檔案會保存在本裝置上，直到您從病歷問診表頁面將它們隨資料包一起寄出。
files-used = { $count ->
   *[other] 本裝置上保存了 { $count } 個檔案：已使用 { $size }，上限為 { $whole }。
}
files-browser-free = 根據瀏覽器的資訊，本網站大約還能再保存 { $free }。
files-opening-slow = 開啟本裝置的檔案儲存空間比平常花更久的時間。仍在等待：開啟後即可新增檔案。
files-opening-blocked = 另一個開著本規劃工具舊版本的分頁正在占用本裝置的檔案儲存空間。關閉或重新載入該分頁後，即可在此新增檔案。
files-case = 以下檔案為問診表草稿「{ $name }」保存，只隨該草稿的資料包寄出。若要查看其他患者的檔案，請在問診表頁面開啟其草稿。
files-case-first = 以下檔案只隨您在問診表頁面開始的草稿的資料包寄出。
files-memory-only = 此瀏覽器不允許本應用程式在本裝置上保存檔案（{ $reason }），例如在無痕視窗中。您現在加入的檔案只會保留到本頁面關閉為止：離開前請透過下方的資料包將它們寄出。
files-this-visit-help = 現在就將您的檔案連同文件清單及目前開啟的病歷問診表草稿一起下載，作為一個資料包交給您的協調員。
files-this-visit-name = 文件
files-add = 為「{ $document }」加入檔案
files-added = 「{ $name }」已保存在本裝置上。
files-added-many = { $count } 個檔案已保存在本裝置上。
files-renamed = 已重新命名為「{ $name }」。
files-removed = 「{ $name }」已從本裝置移除。
files-remove-confirm = 要從本裝置移除「{ $name }」嗎？此動作無法復原。
files-refused-kind = 未加入「{ $name }」：只能保存 PDF、JPEG、PNG、文字檔及 HEIC 檔案。診斷影像（DICOM）請燒錄在 CD 或 DVD 上提供，或透過醫院自己的傳輸服務寄送。
files-refused-large = 未加入「{ $name }」：此檔案大小為 { $size }，但每個檔案最多 { $limit }。請以較低的解析度重新掃描，或將其分割。
files-refused-room = 未加入「{ $name }」：此檔案大小為 { $size }，但您的檔案只剩 { $left } 的空間。請先移除不再需要的檔案。
files-refused-many = 未加入「{ $name }」：可保存的檔案數量已達上限。請先移除不再需要的檔案。
files-full = 未保存「{ $name }」：本裝置已沒有足夠的空間。沒有任何變更，您的其他檔案維持原狀。
files-storage-failed = 瀏覽器無法儲存此變更（{ $reason }）。您的檔案維持原狀。
files-missing = 「{ $name }」已不在本裝置上：瀏覽器已將其刪除。請重新加入該檔案，或將其從清單中移除。
files-forget = 從清單中移除
files-details = { $size } · 加入於 { $date }
files-rename = 重新命名
files-new-name = 「{ $name }」的新名稱
files-save-name = 儲存名稱
files-cancel = 取消
files-replace = 取代
files-replace-label = 以另一個檔案取代「{ $name }」
files-remove = 移除
files-dicom = 診斷影像（CT、MRI 或 PET-CT 的 DICOM 序列）不在此處保存：醫院會要求燒錄在 CD 或 DVD 上提供，或透過醫院自己的傳輸服務寄送。請改為在此處保存影像的書面報告。
