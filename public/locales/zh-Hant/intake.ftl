## 病歷問診表

intake-intro = 請依您自己的步調填寫病史。您輸入時，草稿會隨時保存在本裝置上，不會傳送到任何地方。準備好之後，請匯出資料包，並以電子郵件寄給您的協調員。
intake-durable = 瀏覽器可能會清除已儲存的資料，例如在您幾週沒有造訪之後。匯出的資料包檔案才是可長期保存的副本：請妥善保留。
intake-persist-granted = 此瀏覽器已同意保留您的草稿，直到您自行刪除為止。
intake-loading = 正在開啟您的草稿…

## 草稿

drafts-heading = 草稿
drafts-open-label = 開啟草稿
drafts-name-label = 草稿名稱
drafts-default-name = 草稿 { $number }
drafts-new = 新增草稿
drafts-duplicate = 建立副本
drafts-copy-name = { $name }（副本）
drafts-delete = 刪除草稿
drafts-delete-confirm = 要從本裝置刪除草稿「{ $name }」及為其保存的檔案嗎？此動作無法復原。
drafts-clear-all = 清除本裝置上的所有資料
drafts-clear-all-confirm = 要刪除本應用程式在此裝置上儲存的所有草稿、費用估算、停留計畫、清單、收費表和已儲存的檔案嗎？如需保留，請先匯出資料包。
drafts-cleared = { $files ->
    [0] 已從此裝置刪除本應用程式的所有資料：草稿、費用估算、停留計畫、清單和收費表。沒有已儲存的檔案。
   *[other] 已從此裝置刪除本應用程式的所有資料：草稿、費用估算、停留計畫、清單、收費表，以及 { $files } 個已儲存的檔案。
    }
drafts-saved = 已於 { $time } 保存在本裝置上。
drafts-unsaved = 變更尚未儲存。

## 儲存問題

storage-unavailable = 此瀏覽器不允許本應用程式儲存任何內容（可能是無痕模式或某項設定所致）。您輸入的內容只會在本頁面開啟期間保留：離開前請匯出資料包。
storage-quota = 瀏覽器為本網站提供的儲存空間已滿，因此您最近的變更未能儲存。這些變更仍在本頁面上：請立即匯出資料包加以保留。
storage-quarantined = 無法讀取您已儲存的草稿。其內容已原封不動地保留在本裝置的「{ $key }」之下，沒有刪除任何資料；您可以開始一份新草稿。
storage-newer = 您的草稿是由本應用程式的較新版本儲存的。為保護這些草稿，本頁面不會儲存任何內容；請重新載入頁面以取得較新版本。
conflict-deleted = 這份草稿已在另一個分頁或視窗中被刪除。
conflict-save-as-new = 將此版本另存為新草稿
conflict-updated = 這份草稿已依另一個分頁中所做的變更更新。
choice-heading = 兩個分頁中有不同的修改
choice-help = 在您選擇之前，兩個值都會保留。表單中顯示的是標為「表單中」的那個。
choice-in-form = 表單中
choice-use = 使用這個
choice-keep-both = 兩個都保留
choice-dismiss = 完成，保持表單現狀
choice-empty = （空）
choice-entry = { $list }第 { $number } 項：{ $field }
drafts-imported-name = { $name }（{ $date } 匯入）

## 表單

intake-patient-heading = 病患
intake-patient-name = 全名（與護照相同）
intake-patient-date-of-birth = 出生日期
intake-patient-nationality = 國籍（依護照）
intake-nationality-choose = 請選擇國家或地區
intake-nationality-as-written = { $text }（依原文）
intake-patient-email = 電子郵件
intake-patient-phone = 電話（含國碼）
intake-patient-preferred-language = 偏好語言
intake-contact-help = 請填寫電子郵件地址或電話號碼，以便協調員與您聯絡。
intake-companions-heading = 陪同者
intake-companion-name = 陪同者姓名
intake-companion-relation = 與病患的關係
intake-companion-add = 新增陪同者
intake-companion-remove = 移除此陪同者
intake-condition-heading = 目前病情
intake-diagnosis = 診斷
intake-current-condition = 目前病情及症狀
intake-physician-heading = 目前的主治醫師
intake-physician-name = 醫師姓名
intake-physician-institution = 醫院或診所
intake-physician-contact = 醫師的聯絡方式
intake-history-heading = 到目前為止的治療
intake-history-help = 每項檢查、每次手術或每個療程各填一筆，寫明時間、做了什麼，以及結果或發現。
intake-history-kind = 類別
intake-history-examination = 檢查
intake-history-surgery = 手術
intake-history-chemotherapy = 化學治療
intake-history-radiotherapy = 放射治療
intake-history-when = 時間
intake-history-details = 做了什麼，結果或發現
intake-history-add = 新增一筆
intake-history-remove = 移除此筆
intake-materials-heading = 影像及報告
intake-images = 您手上有的影像（CT、MRI、PET-CT、內視鏡、超音波），以及是否為 DICOM 資料
intake-reports = 您手上有的報告、血液檢查結果及病理切片
intake-wishes-heading = 您的希望
intake-desired-hospital = 希望就診的醫院
intake-desired-treatment = 希望接受的治療
intake-budget = 預算（金額及幣別）
intake-dates-from = 最早可出發日期
intake-dates-to = 最晚可出發日期
intake-questions = 想詢問醫院的問題
intake-required-mark = （必填）
intake-required = 請填寫此欄位。
intake-contact-required = 請填寫電子郵件地址或電話號碼。
intake-email-invalid = 這看起來不像電子郵件地址（name@example.com）。
intake-date-invalid = 這不是有效的日期。
intake-birth-future = 出生日期不能是未來的日期。
intake-dates-order = 最晚日期早於最早日期。
intake-too-long = 表單太長，無法儲存在此裝置上（超過約 300 頁文字）。請縮短這個最長的欄位，或將較長的報告作為清單中的文件加入。
intake-problems = { $count ->
   *[other] 匯出前，還有 { $count } 個欄位需要您處理。
}

## 匯出

export-heading = 寄給您的協調員
export-help = 資料包是單一檔案，內含這份草稿，以及您在本裝置上於費用估算、停留檢查及文件清單中輸入的內容。
export-passphrase = 通關密語（選填）
export-passphrase-help = 設定通關密語後，檔案會加密（AES-GCM，256 位元金鑰）。請以其他方式（例如電話）將通關密語告知協調員，切勿寫在同一封電子郵件中。
export-download = 下載資料包
export-copy = 複製資料包文字
export-copied = 資料包文字已複製到剪貼簿。請貼到電子郵件或檔案中。
export-copy-failed = 瀏覽器不允許複製。請改用下載。
export-share = 分享…
export-email = 以電子郵件寄給協調員
export-email-subject = 病歷資料包（Japan Care Planner）
export-email-body = 您好，隨信附上我以 Japan Care Planner 製作的病歷資料包檔案。本郵件內文不含任何健康資訊：所有內容都在附件中。
export-email-help = 您的電子郵件應用程式會開啟，並帶入一段簡短訊息。寄出前，請附上您已下載的資料包檔案。
export-done = 已產生資料包「{ $file }」。
export-encrypting = 正在加密…
export-failed = 無法產生資料包：{ $reason }

## 開啟資料包

packet-intro = 開啟病患寄來的資料包檔案：檔案會經過檢查並顯示在此處，只在本裝置上處理。您可以列印，或將其另存為新草稿。
packet-choose = 選擇資料包檔案
packet-passphrase = 此資料包已加密。請輸入通關密語。
packet-malformed = 此檔案不是資料包：它不是有效的 JSON。
packet-not-packet = 此檔案不是「日本就醫規劃（Japan Care Planner）」的資料包。
packet-newer = 此資料包是由本應用程式的較新版本產生的。請重新載入頁面以取得較新版本，然後再次開啟該檔案。
packet-invalid = 資料包已損毀，無法顯示（{ $reason }）。
packet-made = 產生於 { $date }，應用程式版本 { $version }，語言 { $locale }。
packet-import = 另存為新草稿
packet-imported = 已另存為新草稿「{ $name }」。您的其他草稿沒有任何變更。
packet-print = 列印
packet-checklist-heading = 文件清單
packet-empty = （未填寫）
drafts-clear-failed = 瀏覽器不允許本應用程式刪除其在此裝置上的資料。沒有刪除任何內容。
drafts-cleared-files-failed = 草稿、費用估算、停留計畫、清單和收費表已刪除，但瀏覽器不允許刪除已儲存的檔案（{ $reason }）。請在文件頁面刪除，或在瀏覽器設定中清除本網站的資料。
