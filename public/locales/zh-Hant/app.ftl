app-name = 日本就醫規劃
skip-to-content = 跳至主要內容
nav-label = 工具
language-picker-label = 語言

## 路由：簡稱（導覽、標題）與一句話說明

route-home = 規劃在日本的治療
route-home-summary = 整個流程一覽，每個步驟都有對應的工具。
route-estimate = 費用估算
route-estimate-summary = 以日圓合計診察、治療、口譯、協調員、住宿及交通費用，並註明每項收費的來源。
route-stay = 停留與時程
route-stay-summary = 確認治療能否在您獲准的停留期間內完成，並查看每個步驟最晚須於何時開始。
route-documents = 文件
route-documents-summary = 醫院及簽證機關要求的文件清單，以及每份文件的準備狀態。
route-guide = 逐步指南
route-guide-summary = 每個階段會發生什麼、需要多久，以及要確認哪些事項。
route-intake = 病歷問診表
route-intake-summary = 依您自己的步調填寫病史；草稿只保存在本裝置上。
route-packet = 開啟資料包
route-packet-summary = 開啟病患寄來的資料包檔案，以便閱讀或列印。
route-embed-estimate = 費用估算工具
route-embed-estimate-summary = 可嵌入醫院自家網站的費用估算工具。
route-hospitals = 醫療機構專區
route-hospitals-summary = 製作收費表，用估算工具預覽，並放到貴院自己的網站上。

## 首頁

home-intro = 前來日本就醫需要事先規劃：文件、醫院同意收治、預付款、簽證及行程。本工具將這些步驟整合在一起。您輸入的所有內容都只保存在本裝置上。
home-journey-heading = 整個流程一覽
home-tools-heading = 工具

journey-prepare-title = 準備
journey-prepare-text = 聯絡國際醫療協調員。整理您目前的病情、病歷報告與影像、希望就診的醫院、預算，以及希望出發的時間。
journey-liaison-title = 與醫院聯繫
journey-liaison-text = 協調員將您的資料送交醫院，由醫院決定能否收治您，並說明治療內容、所需時間及費用。第一步有時是付費的第二意見諮詢。
journey-prepay-title = 預付款
journey-prepay-text = 預估的治療費用及協調員服務費通常須事先支付。銀行匯款需要時間，有些銀行還會要求提供額外文件。
journey-visa-title = 簽證
journey-visa-text = 申請醫療滯在簽證須有身元保證機構（在日本政府登錄、為您作保的機構），例如您的協調員或旅行社。請在出發前預留充足的時間。
journey-treatment-title = 赴日與治療
journey-treatment-text = 陪同者請僅限必要的人員。口譯通常按小時計費，看診時間也可能變動。
journey-settlement-title = 結算
journey-settlement-text = 治療結束後，預付款將依實際費用結算：多付的餘額會退還，若有追加治療則須補繳。
journey-follow-up-title = 返國後的追蹤治療
journey-follow-up-text = 返國後由當地醫師繼續照護。之後的檢查結果可透過協調員回傳。

## Under every page heading, in every language but English

translation-notice = 本頁內容譯自英文，可能有錯誤。如與醫院本身的文件不一致，以醫院的文件為準。

## 頁尾

footer-privacy = 您的資料只保存在本裝置上。本應用程式不會將任何資料傳送到任何地方。
footer-guidance = 僅供參考：一切以醫院出具的估價單與文件，以及簽證和上陸許可（入境許可）上的日期為準。
footer-embed-link = 醫院專用：可嵌入網站的費用估算工具

## 找不到頁面

not-found-title = 找不到頁面
not-found-text = 此網址沒有頁面。頁面可能已移動，或連結不完整。
not-found-home-link = 返回首頁

## 各工具共用

data-load-failed = 無法載入檔案「{ $file }」（{ $reason }）。請檢查網路連線，然後重新載入頁面。
data-file-invalid = 資料檔「{ $file }」無法使用：欄位「{ $field }」有誤（{ $reason }）。須由該檔案的發布者更正。
saved-unreadable = 無法讀取本頁面先前保存在此裝置上的內容，因此未做任何變更，本頁面也不會覆寫這些內容。
save-failed = 您的瀏覽器不允許本頁面保存您輸入的內容（儲存空間已滿或已關閉）。在您離開本頁面之前，內容會保留在頁面上；如需留存副本，請列印。
saved-changed-elsewhere = 本頁面已更新為您在另一個分頁或視窗中所做的變更，兩邊的內容不會互相覆寫。
saved-quarantined = 本頁面在此裝置上儲存的內容無法讀取。原文已原樣保存在「{ $key }」下，從現在起本頁面會儲存您新輸入的內容。
start-over = 本頁面重新開始
start-over-confirm = 要從此裝置刪除您在本頁面輸入的內容並重新開始嗎？其他頁面儲存的內容不受影響。
number-empty = 請輸入數字。
number-not-a-number = 只能輸入數字，例如 1500。
number-negative = 數字不能為負數。
number-too-large = 請輸入不超過 { $max } 的數字。
number-too-precise = { $decimals ->
    [0] 請輸入整數。
   *[other] 最多只能有 { $decimals } 位小數。
}
number-zero = 請輸入大於零的數字。
sources-heading = 資料來源
source-checked = （{ $checked }查核）
source-dated-checked = （{ $date }發布，{ $checked }查核）
source-stale = 此資訊於 { $months } 個月前查核，請向協調員或大使館確認。

## The app itself: offline, and a new version ready

offline-notice = 您目前處於離線狀態。應用程式仍可使用，您輸入的內容會保存在此裝置上。
update-ready = 本應用程式有新版本可用。重新載入後，您已輸入的內容會保留。
update-reload = 立即重新載入

# Opening files (packets, estimate files)
file-drop = 或將檔案拖放到此處
file-unlock = 開啟
file-unreadable = 無法讀取該檔案。
file-crypto-unavailable = 此瀏覽器無法在此處解密（加密功能需要安全的 https 連線）。
file-wrong-passphrase = 通關密語錯誤，或檔案已損毀。
file-too-large = 檔案過大（{ $size } MB；上限為 { $limit } MB）。
file-sealed-damaged = 加密檔案已損毀，無法開啟（{ $reason }）。
passphrase-rule = 至少 { $min } 個字元：三、四個可以在電話中唸出的普通詞語，既好記又難猜。取得檔案的人可以不限時間地嘗試各種密碼短語。
passphrase-confirm = 再次輸入同一密碼短語
passphrase-too-short = 密碼短語至少需要 { $min } 個字元。
passphrase-repetitive = 此密碼短語只是少數幾個字元的重複，很快就會被猜中：請換一個。
passphrase-mismatch = 兩次輸入的密碼短語不一致。
