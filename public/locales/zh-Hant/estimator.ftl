## 費用估算

estimate-intro = 選擇一份收費表，加入您預計會產生的項目，再填入您自己的交通住宿等費用。每項收費都會註明出處及資料日期。
estimate-loading = 正在載入收費表…
estimate-schedule-label = 收費表
estimate-example-badge = 範例
estimate-issuer = 發布者：{ $issuer }
estimate-published-checked = { $date } 發布，{ $checked } 核對
estimate-published = { $date } 發布
estimate-items-heading = 項目
estimate-add-label = 要加入的項目
estimate-add-button = 加入
estimate-remove-button = 移除
estimate-no-lines = 尚未加入任何項目。請在上方選擇一項，然後按「加入」。
estimate-line-source = 資料來源：
estimate-package-note = 不論治療次數多寡，均為同一固定價格。
quantity-minutes = 分鐘數
quantity-points = 點數
quantity-times = 次數
unit-hour = 小時數
unit-slide = 切片數
unit-case = 件數
unit-visit = 到訪次數
unit-trip = 趟數
price-from = { $amount } 起
price-range = { $low } 至 { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = 前 { $first-minutes } 分鐘 { $first }，之後每 { $additional-minutes } 分鐘 { $extra } × { $extra-blocks }
breakdown-first-block = 前 { $first-minutes } 分鐘 { $first }
breakdown-points = { $points } 點 × { $rate } 日圓
category-consultation = 診察
category-pathology = 病理
category-examination = 檢查
category-treatment = 治療
category-interpreter = 口譯
category-other = 其他

estimate-own-heading = 您自己的費用
estimate-own-help = 請依您自己取得的報價填寫；這些費用不在任何收費表中。不適用的欄位請留空。
estimate-coordinator-fee = 協調員服務費（日圓，依報價填寫）
estimate-companions = 與您同行的陪同者人數
estimate-flight = 每位旅行者的來回機票（日圓）
estimate-nights = 住宿晚數
estimate-nightly-rate = 每晚住宿費（日圓）
estimate-other-costs = 其他費用（日圓）：當地交通、餐費、保險
estimate-contingency = 預備金比例（%）

summary-heading = 您的估算
summary-medical-subtotal = 醫療費用小計
summary-tax-included = 其中消費稅（{ $rate } %）
summary-tax-added = 消費稅（{ $rate } %）
summary-medical-total = 醫療費用合計
summary-coordinator = 協調員服務費
summary-prepayment = 通常須事先支付（醫療費用合計及協調員服務費）
summary-flights = { $travellers ->
   *[other] 機票（{ $travellers } 人）
}
summary-accommodation = { $nights ->
   *[other] 住宿（{ $nights } 晚）
}
summary-other-costs = 其他費用
summary-contingency = 預備金（{ $percent } %）
summary-total = 估算總額
summary-open-ended = 部分收費只公布了最低金額，因此總額也是最低金額。
summary-unknown-items = { $count ->
   *[other] 您加入的項目中有 { $count } 項不在這份收費表中，因此未計入；切換回原本的收費表後會重新計入。
}
summary-error = 無法加總這些金額。請檢查您輸入的數字。
summary-guidance = 這只是估算，並非報價：您的預付款以醫院自己出具的估價單為準。
estimate-print = 列印此估算

settlement-heading = 預付款與結算
settlement-help = 治療結束後，已預付的金額將依實際費用結算。
settlement-prepaid = 已預付金額（日圓）
settlement-actual = 實際費用（日圓）
settlement-refund = { $prepaid } − { $actual } = { $difference }，將退還給您。
settlement-extra = { $actual } − { $prepaid } = { $difference }，尚須補繳。
settlement-even = 已預付金額與實際費用相等：不需退款，也不需補繳。
settlement-use-estimate = 以估算金額作為已預付金額

currency-heading = 換算為您的貨幣
currency-label = 貨幣
currency-rate = 1 { $code } 可兌換的日圓
currency-help = 請輸入您的銀行所報的匯率。本應用程式從不自動取得匯率。
currency-total = 估算總額：約 { $amount } { $code }
currency-prepayment = 通常須事先支付：約 { $amount } { $code }
currency-yen-governs = 一切以日圓金額為準。您實際支付多少，取決於銀行的匯率及手續費。
currency-source = 小數位數：
estimate-schedule-from-file = { $name }（來自估算檔案）
estimate-record-refund = { $prepaid } − { $actual } = { $difference }，應予退還。
estimate-record-differs = 這些金額與本應用程式依相同項目及收費表計算出的結果不一致。此處按寄來時的原樣顯示：請向醫院確認金額。
estimate-file-save-heading = 將此估算寄回
estimate-file-save-help = 協調員及醫療機構：請將此估算儲存為檔案，寄給病患。檔案內含完整的收費表，因此在任何裝置上都能離線開啟，內容完全相同。
estimate-file-made-by = 製作者（您的姓名或機構名稱，會顯示給病患）
estimate-file-passphrase = 通關密語（選填）
estimate-file-passphrase-help = 設定通關密語後，檔案會加密；請以其他方式（電話或當面）將通關密語告知病患。
estimate-file-save = 將此估算儲存為檔案
estimate-file-saved = 已儲存為「{ $file }」。
estimate-file-save-failed = 瀏覽器未能儲存該檔案。請再試一次，或改用其他瀏覽器。
estimate-file-seal-failed = 無法加密該檔案（{ $reason }）。
estimate-file-open-heading = 開啟估算檔案
estimate-file-open-help = 您的協調員或醫院寄來的估算會在此處以唯讀方式開啟。之後，您可以將它設為您的估算，據此記錄預付款與結算。
estimate-file-choose = 選擇估算檔案
estimate-file-locked = 此估算檔案已加密。請輸入通關密語。
estimate-file-heading = 收到的估算
estimate-file-made = 由 { $by } 於 { $date } 製作。
estimate-file-anonymous = 未留姓名者
estimate-file-use = 用作我的估算
estimate-file-use-confirm = 要以此檔案中的估算取代本裝置上的估算嗎？您在此處輸入的項目、您自己的費用及結算金額都將被取代。
estimate-file-use-failed = 無法將估算保存在本裝置上（{ $reason }）。未做任何變更。
estimate-file-malformed = 此檔案不是估算：它不是有效的 JSON，或內容不完整。
estimate-file-is-packet = 此檔案是病患的資料包，不是估算。請在「開啟資料包」頁面開啟。
estimate-file-is-schedule = 此檔案是收費表，不是估算。醫療機構請在「醫療機構專區」頁面開啟收費表。
estimate-file-not-estimate = 此檔案不是「日本就醫規劃（Japan Care Planner）」的估算。
estimate-file-newer = 此估算是由本應用程式的較新版本產生的。請重新載入頁面以取得較新版本，然後再次開啟該檔案。
estimate-file-invalid = 估算檔案已損毀，無法顯示（{ $reason }）。
estimate-file-schedule-invalid = 檔案中的收費表無效（{ $field }：{ $reason }）。
estimate-file-figures = 此檔案中的金額與其本身的項目及收費表不符，因此無法使用。請向寄件者索取新檔案。
