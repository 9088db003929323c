## 逐步指南：流程的各個階段

guide-stage-prepare = 準備
guide-stage-prepare-summary = 聯絡國際醫療協調員，並整理醫院需要知道的關於您的資料。
guide-stage-prepare-step-1 = 聯絡國際醫療協調員。有些醫院只透過合作的協調機構受理來自海外的詢問。
guide-stage-prepare-step-2 = 寫下您目前的病情，並收集到目前為止的醫療資料：報告及影像。
guide-stage-prepare-step-3 = 決定希望就診的醫院、預算，以及希望出發的時間。
guide-stage-prepare-step-4 = 利用文件清單查看醫院會要求哪些文件，包括日文或英文譯本。
guide-stage-prepare-cost = 協調員會收取服務費，與醫院的費用分開計算。請詢問服務費包含哪些內容。
guide-stage-prepare-check = 確認您的醫療文件是否齊全，以及影像是否為 DICOM 資料，而不是翻拍螢幕的照片。

guide-stage-liaison = 與醫院聯繫
guide-stage-liaison-summary = 協調員將您的資料送交醫院。醫院決定能否收治您，並說明治療內容、所需時間及費用。
guide-stage-liaison-step-1 = 透過協調員將您的醫療資料送交醫院。
guide-stage-liaison-step-2 = 如果醫院要求先進行付費的第二意見諮詢，請選擇方式：本人親自到院、由代理人出席，或書面意見。
guide-stage-liaison-step-3 = 閱讀醫院的回覆：能否收治您，以及治療內容、所需時間及費用。
guide-stage-liaison-cost = 第一次聯繫有時就是付費的第二意見諮詢。醫院公布的收費請參閱費用估算工具。
guide-stage-liaison-check = 確認醫院的估價單包含哪些項目。有些醫院的估價不含交通、住宿及協調員服務費，診察費也另外收取。

guide-stage-prepayment = 預付款
guide-stage-prepayment-summary = 預估的治療費用及協調員服務費通常須事先支付給協調員。
guide-stage-prepayment-step-1 = 向協調員確認應預付的金額：醫院的估價加上協調員服務費。
guide-stage-prepayment-step-2 = 及早向您的往來銀行詢問匯款需要多久，以及需要哪些文件。
guide-stage-prepayment-step-3 = 完成匯款，並保留收據或匯款紀錄。
guide-stage-prepayment-cost = 醫院的估價金額及協調員服務費須在出發前支付。費用估算工具可幫您加總。
guide-stage-prepayment-check = 確認您從哪個帳戶付款。治療結束後，任何退款都會退回該帳戶；若要退到其他帳戶，可能須證明您與該帳戶持有人的關係。

guide-stage-visa = 簽證
guide-stage-visa-summary = 申請醫療滯在簽證須有身元保證機構（在日本政府登錄、為您作保的機構）：協調員或旅行社。醫療資料齊全後即可開始辦理，請在出發前預留充足的時間。
guide-stage-visa-step-1 = 請已登錄的身元保證機構（協調員或旅行社）為您提供身元保證。
guide-stage-visa-step-2 = 向身元保證機構索取醫療機構出具的受診等預定證明書及身元保證書。醫院的部分由日本的醫院填寫。
guide-stage-visa-step-3 = 準備護照、照片、簽證申請表、財力證明（例如銀行存款餘額證明）及身分證明文件。每位陪同者也須準備護照、照片、申請表及身分證明文件。
guide-stage-visa-step-4 = 若是需要在留資格認定證明書的長期停留，請醫院的工作人員或您在日本的親屬代為申請。若需多次赴日，請醫師出具治療預定表，以申請多次入境的醫療滯在簽證。
guide-stage-visa-step-5 = 向日本駐外使領館（在台灣為日本台灣交流協會）提出申請，並在簽證有效期間內入境日本。
guide-stage-visa-cost = 本應用程式沒有簽證費用的資料。需要支付哪些費用，請向您的身元保證機構及日本駐外使領館（在台灣為日本台灣交流協會）確認。
guide-stage-visa-check = 確認停留期間與您的治療計畫相符。如果申請案被轉送東京審查，辦理時間可能會更長，請及早規劃行程。

guide-stage-travel-treatment = 赴日與治療
guide-stage-travel-treatment-summary = 您前往日本接受治療。協調員仍是您與醫院之間的聯絡窗口。
guide-stage-travel-treatment-step-1 = 陪同者請僅限必要的人員。陪同者持同類簽證入境，在日本不得從事有酬工作。
guide-stage-travel-treatment-step-2 = 請協調員為您的看診安排口譯員。
guide-stage-travel-treatment-step-3 = 隨身攜帶護照、醫院的收治同意及估價單、付款紀錄，以及協調員的聯絡方式。
guide-stage-travel-treatment-step-4 = 與協調員保持聯繫：醫院若有緊急狀況，看診時間可能會變動。
guide-stage-travel-treatment-cost = 口譯員按小時計費，費率由各協調員自行訂定。請在費用估算工具中加入交通、住宿及日常開支。
guide-stage-travel-treatment-check = 請依上陸許可（入境許可）上的入境日期與停留期間，算出最後可停留日（「停留與時程」工具會顯示），並與您的治療日期互相核對。

guide-stage-settlement = 結算
guide-stage-settlement-summary = 治療結束後，預付款將依實際費用結算。
guide-stage-settlement-step-1 = 治療結束後，向協調員索取實際費用明細。
guide-stage-settlement-step-2 = 與您已預付的金額比較。費用估算工具中有結算區塊可供使用。
guide-stage-settlement-step-3 = 收取退回您付款帳戶的餘額；若追加了計畫以外的治療，則補繳差額。
guide-stage-settlement-cost = 如果實際費用低於您的預付款，差額將退還給您。如果追加了計畫以外的治療，您須補繳差額。
guide-stage-settlement-check = 將任何追加的治療與原本的估價單互相核對，如有不明白的項目，請詢問協調員。

guide-stage-follow-up = 返國後的追蹤治療
guide-stage-follow-up-summary = 返國後，由當地醫師繼續照護您。之後的檢查結果可透過協調員回傳。
guide-stage-follow-up-step-1 = 將您在日本治療的相關報告交給當地醫師。
guide-stage-follow-up-step-2 = 向協調員詢問日後如何將檢查結果回傳給日本的醫院。
guide-stage-follow-up-step-3 = 如果您有國際保險保單，請向保險公司確認申請理賠需要哪些收據及報告。
guide-stage-follow-up-cost = 本應用程式沒有追蹤治療費用的資料。國際保險保單事後可能會理賠部分費用。
guide-stage-follow-up-check = 確認當地醫師已取得所需的全部日本資料，並確認您知道如何聯絡協調員。

## 常見問題

guide-faq-language-help = 語言方面會有人協助嗎？
guide-faq-language-help-answer = 請協調員為您安排口譯員。口譯員按小時計費，費率由各協調員自行訂定；有些醫院規定諮詢時必須有口譯員在場。您寄送的文件須為日文或英文，請預先安排翻譯。

guide-faq-companions = 家人可以陪同嗎？
guide-faq-companions-answer = 可以。親屬，或必要時的其他人，可以持同類簽證陪同您。陪同者在日本不得從事有酬工作。陪同者請盡量精簡：每多一人，交通及住宿費用就會增加。

guide-faq-insurance = 保險會給付我的治療費用嗎？
guide-faq-insurance-answer = 如果國際保險保單承保在日本的醫療，事後可能可以申請醫療費用理賠，有時口譯費或協調員服務費也可理賠。通常您須先自行預付。非居民為了接受治療而加入日本的公共醫療保險是違法的。出發前請先向保險公司確認。

guide-faq-treatment-changes = 如果治療內容或看診時間有變，會怎麼樣？
guide-faq-treatment-changes-answer = 醫院若有緊急狀況，看診時間可能會變動，協調員會通知您。若追加了計畫以外的治療，您須在結算時補繳差額。若實際費用低於您的預付款，差額會退回您當初付款的帳戶。

guide-faq-follow-up-at-home = 回國後由誰照顧我？
guide-faq-follow-up-at-home-answer = 由當地醫師繼續照護您。之後的檢查結果可透過協調員回傳給日本的醫院。離開日本之前，請先向協調員問清楚具體做法。

guide-faq-which-text-governs = 如果本應用程式與正式文件的內容不一致，以哪一個為準？
guide-faq-which-text-governs-answer = 以醫院自己出具的文件及估價單，以及簽證和上陸許可（入境許可）上的日期為準。本應用程式的文字及翻譯僅供參考，可能有誤。如有不一致，請依正式文件辦理，並向協調員確認。

## 指南頁面

guide-intro = 從第一次聯繫到返國後的追蹤治療，依階段說明：要做什麼、通常需要多久、費用多少，以及要確認什麼。
guide-loading = 正在載入指南…
guide-as-of = 指南資料日期：{ $date }
guide-print = 列印指南
guide-what-to-do = 要做什麼
guide-how-long = 需要多久
guide-what-it-costs = 費用
guide-what-to-check = 要確認的事項
guide-faq-heading = 病患常見問題
guide-stage-prepare-takes = 協調員通常的回覆時間：
guide-stage-liaison-takes = 醫院通常的回覆時間：
guide-stage-visa-takes = 從醫療資料齊全到取得簽證：
guide-takes-between = { $min } 至 { $max } { $unit }
guide-takes-at-most = 最多 { $max } { $unit }
guide-takes-at-least = 至少 { $min } { $unit }
guide-takes-about = 約 { $count } { $unit }
guide-unit-day = { $count ->
   *[other] 天
}
guide-unit-business-day = { $count ->
   *[other] 個工作天
}
guide-unit-week = { $count ->
   *[other] 週
}
guide-unit-month = { $count ->
   *[other] 個月
}
