# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = 列印欄位名稱時使用的第二語言
packet-second-language-help = 每個欄位名稱都會以兩種語言列印，方便醫院閱讀。病患填寫的內容會照原文列印。
packet-second-language-none = 無：僅使用一種語言
packet-second-language-failed = 無法載入該語言的欄位名稱。請先連上網路一次，或選擇其他語言。
packet-not-included = 本資料包未包含此部分。
packet-estimate-result-heading = 病患的費用估算
packet-stay-result-heading = 病患的停留檢查
packet-stay-computed = 於 { $date } 在病患的應用程式中檢查。一切以簽證及上陸許可貼紙（入境許可）上印的日期為準。
packet-stay-route = 入境日本的方式
packet-stay-route-exempt = 免簽證入境
packet-stay-route-medical = 醫療滯在簽證（{ $period }）
packet-stay-nationality-other = 需要簽證的國籍
packet-stay-fits = 病患的停留在許可範圍內。
packet-stay-over = 病患的停留超出允許期間 { $days } 天。
packet-stay-allowed = 自病患入境之日起允許停留：{ $period }。
packet-stay-not-exempt = 病患的護照不在本應用程式的免簽證國籍名單中：病患需要申請簽證。
packet-stay-incomplete = 病患填寫的資料不足，無法檢查停留期間。
packet-stay-invalid = 無法檢查病患輸入的日期。
packet-stay-certificate = 病患的停留超過 { $days } 天：這麼長的停留以住院為前提，須在申請簽證前取得在留資格認定證明書，由醫院職員或在日親屬在日本申請，通常需要 1 至 3 個月；病患須在核發後 3 個月內入境。
packet-stay-certificate-if-longer = 如果病患停留超過 { $days } 天，則以住院為前提，須在申請簽證前取得在留資格認定證明書，由醫院職員或在日親屬在日本申請。
packet-stay-options-heading = 病患可以怎麼做
packet-stay-option-medical-visa = 透過身元保證機構（在日本政府登錄的協調員或旅行社）申請醫療滯在簽證。停留期間依病患的病情而定。
packet-stay-option-split = 將治療分為 { $stays } 次停留，每次不超過 { $days } 天，需要多次入境的醫療滯在簽證及病患的醫師開立的治療預定表。
packet-step-hospital-request = 將病患的資料送交醫院
packet-timeline-arrival-after-start = 病患輸入的入境日期晚於治療開始日期。
packet-timeline-arrival-long-gap = 病患在治療開始前 { $days } 天入境：這些天數計入允許停留期間。
packet-checklist-other = 其他文件
packet-item-medical-records-copy = 病患的醫療文件影本
packet-item-coordinator-contact = 協調員的聯絡方式
packet-patient-name = 病患全名（與護照相同）
packet-images = 病患手上有的影像（CT、MRI、PET-CT、內視鏡、超音波），以及是否為 DICOM 資料
packet-reports = 病患手上有的報告、血液檢查結果及病理切片
packet-wishes-heading = 病患的希望
packet-desired-hospital = 病患希望就診的醫院
packet-desired-treatment = 病患希望接受的治療
packet-dates-from = 病患最早可出發日期
packet-dates-to = 病患最晚可出發日期
packet-documents-heading = 隨資料包寄送的文件
packet-documents-verified = { $count ->
   *[other] { $count } 個檔案（{ $size }）；每個檔案都與內容清單（manifest）中的 SHA-256 相符。
}
packet-documents-not-attached = { $count ->
   *[other] 資料包中列出了 { $count } 個檔案（{ $size }），但這些檔案沒有隨資料包一起開啟。請開啟該資料包的 zip 檔案查看。
}
packet-document-matches-manifest = 與內容清單相符
packet-documents-manifest-note = 內容清單由製作壓縮檔的人與檔案一起寫成：相符只表示檔案完整送達，並不表示是誰傳送的。只有加密的資料包才能同時表示途中無人改動。
packet-document-download = 下載
packet-imported-with-files = { $count ->
   *[other] 已另存為新草稿「{ $name }」，並在本裝置上保存了 { $count } 個檔案。
}
