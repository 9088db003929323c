## 手順ガイド：各段階

guide-stage-prepare = 準備
guide-stage-prepare-summary = 国際医療コーディネーターに連絡し、病院が知る必要のある情報をまとめます。
guide-stage-prepare-step-1 = 国際医療コーディネーターに連絡してください。海外からの問い合わせを提携コーディネーター経由でのみ受け付ける病院もあります。
guide-stage-prepare-step-2 = 現在の病状を書き出し、これまでの診療情報（報告書・画像）を集めてください。
guide-stage-prepare-step-3 = 希望する病院、予算、希望する渡航時期を決めてください。
guide-stage-prepare-step-4 = 書類チェックリストで、日本語または英語への翻訳を含め、病院が求めるものを確認してください。
guide-stage-prepare-cost = コーディネーターには、病院の費用とは別にサービス手数料がかかります。何が含まれるか確認してください。
guide-stage-prepare-check = 診療に関する書類がそろっているか、画像が画面を撮影した写真ではなくDICOM形式のデータかを確認してください。

guide-stage-liaison = 病院との調整
guide-stage-liaison-summary = コーディネーターが情報を病院に送ります。病院は受け入れの可否を判断し、治療内容、期間、費用を示します。
guide-stage-liaison-step-1 = コーディネーターを通じて、診療情報を病院に送ってください。
guide-stage-liaison-step-2 = 病院から先に有料のセカンドオピニオンを求められた場合は、本人受診、代理受診、書面のいずれにするかを選んでください。
guide-stage-liaison-step-3 = 病院の回答を確認してください。受け入れの可否と、治療内容、期間、費用が示されます。
guide-stage-liaison-cost = 最初の段階が有料のセカンドオピニオンとなる場合もあります。病院が公表している料金は見積もりツールで確認できます。
guide-stage-liaison-check = 病院の見積もりに何が含まれるかを確認してください。渡航費、宿泊費、コーディネーターの手数料を含まず、診察料を別に請求する病院もあります。

guide-stage-prepayment = 前払い
guide-stage-prepayment-summary = 治療費の見積額とコーディネーターのサービス手数料は、通常コーディネーターに前払いします。
guide-stage-prepayment-step-1 = 前払いする金額（病院の見積額とコーディネーターのサービス手数料）をコーディネーターに確認してください。
guide-stage-prepayment-step-2 = 送金にかかる日数と必要な書類を、早めに取引銀行に確認してください。
guide-stage-prepayment-step-3 = 送金し、領収書または送金記録を保管してください。
guide-stage-prepayment-cost = 病院の見積額とコーディネーターのサービス手数料は、渡航前に支払います。見積もりツールで合計できます。
guide-stage-prepayment-check = どの口座から送金するかを確認してください。治療後の返金はその口座に行われます。別の口座への返金には、名義人との関係を証明する書類が必要になることがあります。

guide-stage-visa = ビザ（査証）
guide-stage-visa-summary = 医療滞在ビザには、登録された身元保証機関（コーディネーターまたは旅行会社）が必要です。診療情報がそろったら、渡航より十分前に始めてください。
guide-stage-visa-step-1 = 登録された身元保証機関であるコーディネーターまたは旅行会社に、身元保証を依頼してください。
guide-stage-visa-step-2 = 身元保証機関に「医療機関による受診等予定証明書及び身元保証機関による身元保証書」を依頼してください。病院の記入欄は日本の病院が記入します。
guide-stage-visa-step-3 = 旅券、写真、査証申請書、銀行残高証明書などの経済力を証明する書類、本人確認のための書類をそろえてください。同伴者もそれぞれ旅券、写真、申請書、本人確認のための書類が必要です。
guide-stage-visa-step-4 = 在留資格認定証明書が必要な長期の滞在では、病院の職員または日本にいる親族に申請を依頼してください。何度か来日する場合は、数次ビザのために医師に治療予定表を依頼してください。
guide-stage-visa-step-5 = 日本大使館・総領事館に申請し、ビザの有効期間内に日本に入国してください。
guide-stage-visa-cost = このアプリにはビザの費用のデータがありません。必要な費用は身元保証機関と大使館・総領事館に確認してください。
guide-stage-visa-check = 滞在期間が治療計画に合っているか確認してください。申請が東京に照会されると審査が長引くことがあるため、渡航は余裕をもって計画してください。

guide-stage-travel-treatment = 渡航と治療
guide-stage-travel-treatment-summary = 日本へ渡航し、治療を受けます。病院との窓口は引き続きコーディネーターです。
guide-stage-travel-treatment-step-1 = 同伴者は必要な人に限ってください。同伴者は患者と同じ種類のビザで渡航し、日本で報酬を得る活動はできません。
guide-stage-travel-treatment-step-2 = 診察や治療のための通訳の手配をコーディネーターに依頼してください。
guide-stage-travel-treatment-step-3 = 旅券、病院の受け入れ回答と見積書、支払いの記録、コーディネーターの連絡先を持参してください。
guide-stage-travel-treatment-step-4 = コーディネーターと連絡を取り合ってください。病院で緊急の対応があると、診察時間が変わることがあります。
guide-stage-travel-treatment-cost = 通訳は、各コーディネーターが定める料金で時間単位に請求されます。渡航費、宿泊費、日々の費用は見積もりツールに加えてください。
guide-stage-travel-treatment-check = 上陸許可の証印に記載された上陸年月日と在留期間から、滞在できる最終日を確かめ（滞在ツールで表示されます）、治療の日程と照らし合わせてください。

guide-stage-settlement = 精算
guide-stage-settlement-summary = 治療後、前払い金を実際の費用と精算します。
guide-stage-settlement-step-1 = 治療が終わったら、実際にかかった費用をコーディネーターに確認してください。
guide-stage-settlement-step-2 = 前払いした金額と比べてください。見積もりツールの精算の欄が使えます。
guide-stage-settlement-step-3 = 差額は送金元の口座に返金されます。計画外の治療が追加された場合は、その分を支払ってください。
guide-stage-settlement-cost = 実際の費用が前払い額より少なければ、差額が返金されます。計画外の治療が追加された場合は、差額を支払います。
guide-stage-settlement-check = 追加された治療を当初の見積もりと照らし合わせ、心当たりのないものはコーディネーターに尋ねてください。

guide-stage-follow-up = 帰国後のフォロー
guide-stage-follow-up-summary = 帰国後は、地元の主治医が治療を引き継ぎます。結果はコーディネーターを通じて送ることができます。
guide-stage-follow-up-step-1 = 日本での治療の報告書を地元の主治医に渡してください。
guide-stage-follow-up-step-2 = その後の検査結果を日本の病院に送る方法を、コーディネーターに確認してください。
guide-stage-follow-up-step-3 = 海外の医療保険（日本での治療を補償するもの）に加入している場合は、請求に必要な領収書や報告書を保険会社に確認してください。
guide-stage-follow-up-cost = このアプリには帰国後の診療費のデータがありません。海外の医療保険で後から一部が払い戻されることがあります。
guide-stage-follow-up-check = 地元の主治医が日本からの必要な資料をすべて持っているか、コーディネーターへの連絡方法がわかっているかを確認してください。

## よくある質問

guide-faq-language-help = 言葉の面で手助けはありますか？
guide-faq-language-help-answer = 通訳の手配をコーディネーターに依頼してください。通訳は各コーディネーターが定める料金で時間単位に請求され、相談の際に通訳の同席を必須とする病院もあります。送る資料は日本語または英語である必要があるため、翻訳の準備もしてください。

guide-faq-companions = 家族は同行できますか？
guide-faq-companions-answer = はい。ご家族や、必要に応じてその他の方も、患者と同じ種類のビザで同行できます。同伴者は日本で報酬を得る活動はできません。同伴者は最小限にしてください。一人増えるごとに渡航費と宿泊費がかかります。

guide-faq-insurance = 保険で治療費は支払われますか？
guide-faq-insurance-answer = 日本での治療を補償する海外の医療保険であれば、医療費が後から払い戻されることがあり、通訳やコーディネーターの費用が対象になることもあります。通常は、まず前払いをします。日本に住んでいない人が治療を受けるために日本の公的医療保険に加入することは違法です。渡航前に保険会社に確認してください。

guide-faq-treatment-changes = 治療や診察の予定が変わったらどうなりますか？
guide-faq-treatment-changes-answer = 病院で緊急の対応があると、診察時間が変わることがあります。その場合はコーディネーターから連絡があります。計画外の治療が追加された場合は、精算の際に差額を支払います。実際の費用が前払い額より少なければ、差額は送金元の口座に返金されます。

guide-faq-follow-up-at-home = 帰国後は誰が診てくれますか？
guide-faq-follow-up-at-home-answer = 地元の主治医が治療を引き継ぎます。結果はコーディネーターを通じて日本の病院に送ることができます。どのように進めるか、日本を離れる前にコーディネーターに確認してください。

guide-faq-which-text-governs = このアプリと公式の書類の内容が違う場合、どちらが優先しますか？
guide-faq-which-text-governs-answer = 病院が発行する書類と見積もり、そしてビザと上陸許可の証印に記載された日付が優先します。このアプリの文章と翻訳は目安であり、誤りを含むことがあります。内容が違う場合は公式の書類に従い、コーディネーターに確認してください。

## ガイドページ

guide-intro = 最初の問い合わせから帰国後のフォローアップまで、段階ごとに、すること、通常かかる期間、費用、確認することをまとめました。
guide-loading = ガイドを読み込んでいます…
guide-as-of = ガイドの情報：{ $date }時点
guide-print = ガイドを印刷
guide-what-to-do = すること
guide-how-long = かかる期間
guide-what-it-costs = 費用
guide-what-to-check = 確認すること
guide-faq-heading = よくある質問
guide-stage-prepare-takes = コーディネーターからの返信の目安：
guide-stage-liaison-takes = 病院からの回答の目安：
guide-stage-visa-takes = 医療情報がそろってからビザ発給まで：
guide-takes-between = { $min }〜{ $max }{ $unit }
guide-takes-at-most = { $max }{ $unit }以内
guide-takes-at-least = 少なくとも{ $min }{ $unit }
guide-takes-about = 約{ $count }{ $unit }
guide-unit-day = 日
guide-unit-business-day = 営業日
guide-unit-week = 週間
guide-unit-month = か月
