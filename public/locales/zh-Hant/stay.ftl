## 停留與時程

stay-intro = 確認您的停留是否在獲准的期間內，並查看每個步驟最晚須於何時開始。入境當天算作第 1 天。
stay-loading = 正在載入停留規定…
stay-nationality = 國籍（依護照）
stay-nationality-other = 其他國家或地區（需要簽證）
stay-route = 您入境日本的方式
stay-route-exempt = 不申請簽證（免簽證入境）
stay-route-medical = 醫療滯在簽證（{ $period }）
period-days = { $count ->
   *[other] { $count } 天
}
period-months = { $count ->
   *[other] { $count } 個月
}
period-years = { $count ->
   *[other] { $count } 年
}
stay-exempt-days = 您的護照可免簽證停留：{ $days } 天
stay-not-exempt = 您的護照不在本應用程式的免簽證國籍名單中：您需要申請簽證。
stay-dates-heading = 您的日期
stay-plan-toggle = 依治療計畫推算日期
stay-arrival = 抵達日本
stay-departure = 離開日本
stay-sessions = 治療次數
stay-sessions-per-week = 每週治療次數
stay-days-before = 第一次治療前在日本的天數
stay-days-after = 最後一週治療後在日本的天數
stay-result-heading = 您的停留是否在許可範圍內？
stay-days = 在日本停留 { $days } 天（{ $arrival } 至 { $departure }），入境當天算作第 1 天。
stay-last-day = 最後可停留日：{ $date }
stay-fits = 您的停留在許可範圍內。
stay-over = 您的停留超出允許期間 { $days } 天。
stay-options-heading = 您可以怎麼做
stay-option-medical-visa = 透過身元保證機構（在日本政府登錄的協調員或旅行社）申請醫療滯在簽證。停留期間依您的病情而定。
stay-option-split = 將治療分為 { $stays } 次停留，每次不超過 { $days } 天，需要多次入境的醫療滯在簽證及醫師開立的治療預定表。
stay-date-error = 請檢查日期：{ $problem }
stay-date-order = 離開日期早於抵達日期。
stay-date-range = 請使用 { $first } 年至 { $last } 年之間的日期。
stay-plan-error = 請輸入治療次數（1 至 { $sessions }）及每週治療次數（1 至 { $per-week }）。
stay-sticker = 一切以簽證及上陸許可貼紙（入境許可）上印的日期為準。
stay-source = 資料來源：

timeline-heading = 時程表
timeline-start = 預定的治療第一天
timeline-opinion = 我需要先取得書面第二意見
timeline-latest = 最晚：{ $date }
timeline-past = 已經過了
timeline-holidays = 日本的國定假日只收錄到 { $year } 年：在此之後的日期，可能因未收錄的假日而有誤差。
timeline-download = 下載行事曆（.ics）
timeline-calendar-name = 赴日治療行程
step-contact-coordinator = 聯絡國際醫療協調員
step-pay-written-opinion = 支付書面第二意見的費用
step-hospital-request = 將您的資料送交醫院
step-prepayment = 依估價支付預付款
stay-certificate = 您的停留超過 { $days } 天：這麼長的停留以住院為前提，須在申請簽證前取得在留資格認定證明書，由醫院職員或在日親屬在日本申請，通常需要 1 至 3 個月；須在核發後 3 個月內入境。
stay-certificate-if-longer = 如果停留超過 { $days } 天，則以住院為前提，須在申請簽證前取得在留資格認定證明書，由醫院職員或在日親屬在日本申請，通常需要 1 至 3 個月；須在核發後 3 個月內入境。
stay-allowed = 自入境之日起允許停留：{ $period }。
stay-exemption-lapsed = 此護照的免簽證措施有效期至 { $date }，本應用程式能查核的來源均未確認其已延長。出發前請向日本大使館確認；本應用程式以需要簽證進行規劃。
step-certificate = 在日本申請在留資格認定證明書（由醫院或親屬辦理）
timeline-late-steps = 依此開始日期，以下 { $count } 個步驟的最遲日期已過：
timeline-earliest = 依建議的前置時間抵達，能為所有步驟留出時間的最早開始日期為 { $date }。
timeline-arrival-after-start = 您輸入的入境日期晚於治療開始日期，請核對這兩個日期。
timeline-arrival-long-gap = 您在治療開始前 { $days } 天入境：這些天數計入允許停留期間。請與協調員確認是否如此安排。
step-visa-recommended = 申請簽證（建議時間）
step-visa-latest = 申請簽證（最晚時間）
step-arrival = 抵達日本
step-treatment-start = 開始治療
step-visa-if-referred = 申請簽證（如被轉交東京審查）
stay-period-binds = 停留期間由日本大使館或總領事館依您的病情決定。以簽證上記載的期間，以及入境時取得的上陸許可為準：請依該期間規劃，而非此處的選擇。
stay-companions = 與您同行的陪同者人數
stay-companions-named = { $count ->
    [1] 陪同者須自行申請簽證，且其姓名須記載於醫療機構出具的受診等預定證明書及身元保證書。
   *[other] { $count } 位陪同者每人都須自行申請簽證，且每人的姓名都須記載於醫療機構出具的受診等預定證明書及身元保證書。
    }
stay-companions-certificate = 您的停留超過 { $days } 天，因此每位陪同者也須取得本人的在留資格認定證明書。
timeline-office = 申請簽證的使領館
timeline-office-other = 其他日本大使館或總領事館
timeline-office-unpublished = { $office }尚未公布 { $years } 年的休館日：計算此日期時，也將日本的國定假日與年末年初視為休館，並為當地假日另加 { $days } 個工作天。
timeline-office-unlisted = 本應用程式沒有此館處的休館日清單：計算此日期時，將日本的國定假日與年末年初視為休館，並為當地假日另加 { $days } 個工作天。請核對該館處公布的休館日。
timeline-office-closures = 休館日：
