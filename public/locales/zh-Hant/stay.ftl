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
stay-exempt-days = 持您的護照免簽證可停留：{ $days } 天
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
stay-over = 您的停留比許可期間多出 { $days } 天。
stay-options-heading = 您可以怎麼做
stay-option-medical-visa = 透過已登錄的身元保證機構（您的協調員或旅行社）申請醫療滯在簽證。停留期間依您的病情而定。
stay-option-coe = 超過 { $days } 天的停留須以住院為前提，並需要在留資格認定證明書，由醫院的工作人員或您在日本的親屬代為申請。
stay-option-split = 將治療分成 { $stays } 次停留，每次最多 { $days } 天；須申請多次入境的醫療滯在簽證，並由醫師出具治療預定表。
stay-date-error = 請檢查日期：{ $problem }
stay-date-order = 離開日期早於抵達日期。
stay-date-range = 請使用 { $first } 年至 { $last } 年之間的日期。
stay-plan-error = 請輸入治療次數（1 至 { $sessions }）及每週治療次數（1 至 { $per-week }）。
stay-sticker = 一切以簽證及上陸許可貼紙（入境許可）上印的日期為準。
stay-source = 資料來源：{ $source }，資料日期：{ $date }

timeline-heading = 時程表
timeline-start = 預定的治療第一天
timeline-opinion = 我需要先取得書面第二意見
timeline-latest = 最晚：{ $date }
timeline-past = 已經過了
timeline-too-soon = 這個開始日期太近，任何步驟都來不及完成。能為各步驟預留足夠時間的最早開始日期是 { $date }。
timeline-holidays = 日本的國定假日只收錄到 { $year } 年：在此之後的日期，可能因未收錄的假日而有誤差。
timeline-inferred = 部分所需前置時間是本應用程式對其資料來源的保守解讀。
timeline-download = 下載行事曆（.ics）
timeline-calendar-name = 赴日治療行程
step-contact-coordinator = 聯絡國際醫療協調員
step-pay-written-opinion = 支付書面第二意見的費用
step-hospital-request = 將您的資料送交醫院
step-prepayment = 依估價支付預付款
step-visa-recommended = 申請簽證（建議時間）
step-visa-latest = 申請簽證（最晚時間）
step-arrival = 抵達日本
step-treatment-start = 開始治療
