## 書類チェックリスト：場面

checklist-scenario-second-opinion-in-person = セカンドオピニオン（本人受診）
checklist-scenario-second-opinion-in-person-summary = 患者本人が日本の病院に行き、診断や治療について専門医の意見を聞く場合です。
checklist-scenario-second-opinion-proxy = セカンドオピニオン（代理受診）
checklist-scenario-second-opinion-proxy-summary = ご家族、または患者本人が署名した同意書を持つ方が、本人に代わって相談に行く場合です。
checklist-scenario-second-opinion-written = 書面によるセカンドオピニオン
checklist-scenario-second-opinion-written-summary = 送った資料を病院が確認し、来院せずに書面で意見を受け取る場合です。
checklist-scenario-admission = 治療のための入院
checklist-scenario-admission-summary = 入院を含む治療の受け入れを日本の病院に依頼する場合です。
checklist-scenario-visa-patient = 医療滞在ビザ（患者）
checklist-scenario-visa-patient-summary = 患者本人が、日本で治療を受けるために医療滞在ビザを申請する場合です。
checklist-scenario-visa-companion = 医療滞在ビザ（同伴者）
checklist-scenario-visa-companion-summary = ご家族やその他の同伴者として、患者と同じ種類のビザで同行する場合です。同伴者も自分の書類で申請し、患者の「医療機関による受診等予定証明書及び身元保証機関による身元保証書」に氏名が記載されます。長期の滞在では、同伴者本人の在留資格認定証明書も必要です。
checklist-scenario-travel = 日本への渡航
checklist-scenario-travel-summary = 受診や治療のために日本へ渡航するとき、手元に用意しておくものです。

## 各書類を通常用意する人

checklist-provider-patient = ご本人（患者）
checklist-provider-current-physician = 現在の主治医
checklist-provider-hospital-in-japan = 日本の病院
checklist-provider-coordinator = コーディネーター
checklist-provider-translator = 翻訳者
checklist-provider-bank = 取引銀行
checklist-provider-immigration = 出入国在留管理庁（地方出入国在留管理局）
checklist-provider-embassy = 日本大使館・総領事館

## 診療に関する書類

checklist-item-application-form = 申込書
checklist-item-application-form-why = 病院が依頼を受け付けるために使います。患者本人と、もう一人の連絡先を記入します。
checklist-item-application-form-format = 病院所定の様式を使ってください。コーディネーターを通じた申し込みのみ受け付ける病院もあります。

checklist-item-referral-letter = 紹介状（診療情報提供書）または治療経過
checklist-item-referral-letter-why = 診断名とこれまでの治療を、現在の主治医の言葉で日本の医師に伝えるものです。
checklist-item-referral-letter-format = 現在の主治医が作成し、日本語または英語に翻訳したもの。QST病院のように独自の紹介状様式がある病院もあるので、先に確認してください。

checklist-item-exam-summary = 検査の内容
checklist-item-exam-summary-why = どのような検査を受け、何がわかったかを医師が知る必要があります。
checklist-item-exam-summary-format = 検査ごとに、実施日、検査名、結果、診断を記載し、日本語または英語に翻訳したもの。

checklist-item-surgery-record = 手術の内容
checklist-item-surgery-record-why = 手術を受けたことがある場合、どのような手術を行い、病理検査で何がわかったかを医師が知る必要があります。
checklist-item-surgery-record-format = 手術日、術式、病理所見を記載し、日本語または英語に翻訳したもの。

checklist-item-chemotherapy-record = 化学療法の内容
checklist-item-chemotherapy-record-why = 化学療法を受けたことがある場合、どのような治療を受け、どの程度効果があったかを医師が知る必要があります。
checklist-item-chemotherapy-record-format = 期間、頻度、薬剤名、効果を記載し、日本語または英語に翻訳したもの。

checklist-item-radiotherapy-record = 放射線治療の内容
checklist-item-radiotherapy-record-why = 放射線治療を受けたことがある場合、いつ、どれだけの量を、どの部位に照射したかを医師が知る必要があります。
checklist-item-radiotherapy-record-format = 期間、線量、照射部位を記載し、日本語または英語に翻訳したもの。

checklist-item-dicom-images = 画像データ（DICOM）
checklist-item-dicom-images-why = 日本の医師は報告書だけでなく、CT、MRI、PET-CT、内視鏡、超音波の画像そのものを確認します。
checklist-item-dicom-images-format = DICOM形式の画像データが望ましく、CDやDVDに保存したものなどで提出します。画面を撮影した写真は送らないでください。内視鏡画像はカラーで用意してください。

checklist-item-image-reports = 画像診断報告書（読影レポート）
checklist-item-image-reports-why = 各画像についての所見を記した報告書です。医師は画像とあわせて読みます。
checklist-item-image-reports-format = 画像を送る検査ごとに一通ずつ、日本語または英語に翻訳したもの。

checklist-item-blood-tests = 最新の血液検査結果
checklist-item-blood-tests-why = 現在の状態を医師に示すものです。
checklist-item-blood-tests-format = 最新の結果を、日本語または英語に翻訳したもの。

checklist-item-screening-results = 検診結果
checklist-item-screening-results-why = これまでに受けた検診の結果は、医師が病歴を把握する助けになります。
checklist-item-screening-results-format = 結果の写しを、日本語または英語に翻訳したもの。

checklist-item-pathology-slides = 病理標本と病理診断報告書
checklist-item-pathology-slides-why = 病院の病理医に組織をもう一度診断してもらいたい場合にのみ必要です。報告書には、これまでの病理医の診断が書かれています。
checklist-item-pathology-slides-format = 保管している病院から病理標本そのものを取り寄せ、日本語または英語に翻訳した病理診断報告書を添えてください。再診断には別途料金がかかります。見積もりツールを参照してください。

checklist-item-translations = 日本語または英語への翻訳
checklist-item-translations-why = 病院は資料を日本語または英語で読みます。それ以外の言語の資料には翻訳が必要です。
checklist-item-translations-format = 診療に関する書類をそれぞれ日本語または英語に翻訳してください。順天堂のように、検査結果の写しに日本語訳を付けるよう求める病院もあります。

## 代理受診と相談

checklist-item-proxy-consent-form = 代理人についての患者の同意書
checklist-item-proxy-consent-form-why = ご家族以外の方が本人に代わって相談に行く場合、病院は患者本人の書面による同意を必要とします。
checklist-item-proxy-consent-form-format = 患者本人が署名したもの。病院所定の様式があればそれを使ってください。

checklist-item-power-of-attorney = 代理受診のための委任状
checklist-item-power-of-attorney-why = QST病院のように、患者に代わって別の人が相談に行く場合に委任状を求める病院があります。
checklist-item-power-of-attorney-format = 患者本人が署名したもの。病院所定の様式があるか確認してください。

checklist-item-interpreter-booking = 通訳の手配
checklist-item-interpreter-booking-why = 順天堂のように、相談の際に通訳の同席を必須とする病院があります。
checklist-item-interpreter-booking-format = 日時と場所をコーディネーターと確認してください。通訳は、各コーディネーターが定める料金で時間単位に請求されます。

## ビザ（査証）の書類

checklist-item-passport = 旅券（パスポート）
checklist-item-passport-why = ビザの申請と日本への入国に必要です。患者と同伴者それぞれに必要です。
checklist-item-passport-format = 渡航する人それぞれの旅券の原本。

checklist-item-photo = 写真
checklist-item-photo-why = ビザ申請に必要です。患者と同伴者それぞれに必要です。
checklist-item-photo-format = 申請先の日本大使館・総領事館が定める写真の規格に従ってください。

checklist-item-visa-application-form = 査証申請書
checklist-item-visa-application-form-why = 大使館・総領事館がビザの審査に使う書類です。患者と同伴者がそれぞれ記入します。
checklist-item-visa-application-form-format = 申請先の日本大使館・総領事館の様式を使ってください。

checklist-item-planned-treatment-certificate = 医療機関による受診等予定証明書及び身元保証機関による身元保証書
checklist-item-planned-treatment-certificate-why = 日本の病院が治療を予定していること、そして登録された身元保証機関が保証していることをビザの申請窓口に示す書類です。
checklist-item-planned-treatment-certificate-format = 一体となった一つの様式です。上段は日本の病院が記入します。身元保証機関（登録されたコーディネーターまたは旅行会社）が身元保証書を作成し、患者に送付します。

checklist-item-proof-of-funds = 経済力を証明する書類
checklist-item-proof-of-funds-why = 治療費と滞在費を支払えることを示す書類です。
checklist-item-proof-of-funds-format = たとえば、取引銀行が発行する銀行残高証明書など。

checklist-item-id-document = 本人確認のための書類
checklist-item-id-document-why = 旅券とは別に、ビザ申請の際に患者と同伴者それぞれに求められます。
checklist-item-id-document-format = どの本人確認書類が認められるか、日本大使館・総領事館に確認してください。

checklist-item-coe = 在留資格認定証明書
checklist-item-coe-why = 入院を前提とする長期の滞在の場合にのみ必要です。出入国在留管理庁（地方出入国在留管理局）が交付します。
checklist-item-coe-format = 日本国内で、病院の職員または日本にいる親族が申請します。必要かどうかは滞在ツールで確認できます。

checklist-item-companion-coe = 同伴者本人の在留資格認定証明書
checklist-item-companion-coe-why = 長期の滞在では、患者だけでなく同伴者一人ひとりにも在留資格認定証明書が必要です。出入国在留管理庁の提出書類一覧では、患者と同伴者（「付添人」）が別々の申請人として扱われています。必要かどうかは滞在ツールで確認できます。
checklist-item-companion-coe-format = 患者の場合と同じく、同伴者の分も日本国内で申請します。付き添う患者の氏名とその患者との関係を記載した滞在中の活動予定と、滞在に必要な費用を支弁できることを証する資料を添えます。

checklist-item-companion-named = 「医療機関による受診等予定証明書及び身元保証機関による身元保証書」へのお名前の記載
checklist-item-companion-named-why = 外務省は、どの同伴者が必要かについて身元保証機関と患者が合意するよう求めています。同伴者は一人ずつ、患者の「医療機関による受診等予定証明書及び身元保証機関による身元保証書」に氏名が記載されます。
checklist-item-companion-named-format = ご自身で記入するものはありません。コーディネーターが身元保証書を作成する前に、旅券に記載されたとおりの氏名（フルネーム）をコーディネーターに送ってください。

checklist-item-treatment-schedule = 治療予定表
checklist-item-treatment-schedule-why = 治療のために何度か来日する必要があり、数次の医療滞在ビザを申請する場合に必要です。
checklist-item-treatment-schedule-format = 日本で治療を計画する医師が作成する治療の予定表です。一回ごとの滞在には上限があり、滞在ツールで確認できます。

## 渡航

checklist-item-visa = 医療滞在ビザ
checklist-item-visa-why = 治療のために日本へ来るためのビザです。査証免除の範囲で滞在できる場合は不要です。
checklist-item-visa-format = 旅券に貼付されます。有効期間内に日本に入国してください。基準となるのは、ビザと上陸許可の証印に記載された日付です。

checklist-item-hospital-estimate = 病院の受け入れ回答と見積書
checklist-item-hospital-estimate-why = 受け入れが可能であるという病院の回答で、治療内容、期間、費用が示されています。前払いの金額はこれに基づきます。
checklist-item-hospital-estimate-format = 病院が発行した書面。このアプリの見積もりよりも、病院の書類が優先します。

checklist-item-prepayment-record = 領収書または送金の記録
checklist-item-prepayment-record-why = 前払いした金額を示すものです。書面によるセカンドオピニオンは入金確認後に作成され、治療費の見積額は通常前払いです。
checklist-item-prepayment-record-format = 領収書または銀行の送金記録を、精算が終わるまで保管してください。返金は送金元の口座に行われます。

checklist-item-medical-records-copy = 診療に関する書類の写し
checklist-item-medical-records-copy-why = 病院に送った報告書、画像、翻訳の控えを、滞在中も手元に置いておくためのものです。
checklist-item-medical-records-copy-format = 写しで十分です。原本は安全な場所に保管してください。

checklist-item-coordinator-contact = コーディネーターの連絡先
checklist-item-coordinator-contact-why = コーディネーターは病院との窓口です。診察時間が変わることがあり、通訳もコーディネーターを通じて手配します。
checklist-item-coordinator-contact-format = 名前、電話番号、住所を、スマートフォンに保存するだけでなく紙にも書いておいてください。

checklist-item-insurance-policy = 海外の医療保険（日本での治療を補償するもの）の保険証券
checklist-item-insurance-policy-why = 日本での治療を補償する海外の医療保険に加入している場合、医療費が後から払い戻されることがあり、通訳やコーディネーターの費用が対象になることもあります。
checklist-item-insurance-policy-format = 保険証券と保険会社の連絡先。請求に必要な領収書や報告書を保険会社に確認してください。

## 書類ページ

documents-intro = あてはまる状況を選んでください。書類ごとに、必要な理由、形式、通常の入手先を表示します。それぞれの進み具合を記録し、メモを残せます。内容はすべてこの端末内に保存されます。
documents-loading = チェックリストを読み込んでいます…
documents-as-of = チェックリストの情報：{ $date }時点
documents-choose = あてはまるものを選んでください
documents-none-chosen = チェックリストを表示するには、上で状況を一つ以上選んでください。
documents-ready-help = 「受領済み」「翻訳済み」「送付済み」の書類を、手元にそろった書類として数えます。二つの状況に出てくる書類の状態は共通です。
documents-print = チェックリストを印刷
checklist-progress = { $total }件中{ $ready }件の書類がそろっています
checklist-format-label = 形式：
checklist-provider-label = 主な入手先：
checklist-sources-label = 出典：
checklist-status-label = 状態
checklist-note-label = メモ
checklist-status-not-started = 未着手
checklist-status-requested = 依頼済み
checklist-status-received = 受領済み
checklist-status-translated = 翻訳済み
checklist-status-sent = 送付済み
checklist-status-printed = 状態：{ $status }
checklist-note-printed = メモ：{ $note }
files-heading = 書類のファイル
files-limits = 各書類のファイルは、その書類と一緒に保存できます。形式はPDF、JPEG、PNG、テキスト、HEIC（iPhoneの写真）で、1ファイルあたり{ $file }まで、合計{ $whole }までです。パケットを送信でき、スマートフォンでも開ける大きさに保つためです。ファイルは、問診票のページからパケットと一緒に送るまで、この端末に保存されます。
files-used = { $count ->
   *[other] この端末に{ $count }件のファイルを保存しています：上限{ $whole }のうち{ $size }を使用中。
}
files-browser-free = ブラウザーによると、このサイトにはあと約{ $free }保存できます。
files-opening-slow = この端末のファイル保存領域を開くのに通常より時間がかかっています。引き続き待機中です。開き次第ファイルを追加できます。
files-opening-blocked = このプランナーの古いバージョンを開いている別のタブが、この端末のファイル保存領域を使用中です。そのタブを閉じるか再読み込みすると、ここでファイルを追加できます。
files-case = 以下のファイルは問診票の下書き「{ $name }」用に保存され、その下書きのパケットにだけ含まれます。別の患者のファイルを見るには、問診票のページでその患者の下書きを開いてください。
files-case-first = 以下のファイルは、問診票のページで始める下書きのパケットにだけ含まれます。
files-memory-only = このブラウザーでは、アプリがこの端末にファイルを保存できません（{ $reason }）。たとえばプライベートウィンドウの場合です。今追加したファイルは、このページを閉じるまでしか保持されません。ページを離れる前に、下のパケットと一緒に送ってください。
files-this-visit-help = ファイルを、チェックリストと開いている問診票の下書きと一緒に、コーディネーターに送る一つのパケットとして今すぐダウンロードしてください。
files-this-visit-name = 書類
files-add = 「{ $document }」のファイルを追加
files-added = 「{ $name }」をこの端末に保存しました。
files-added-many = { $count } 件のファイルをこの端末に保存しました。
files-renamed = 名前を「{ $name }」に変更しました。
files-removed = 「{ $name }」をこの端末から削除しました。
files-remove-confirm = 「{ $name }」をこの端末から削除しますか？この操作は元に戻せません。
files-refused-kind = 「{ $name }」は追加されませんでした。保存できるのはPDF、JPEG、PNG、テキスト、HEICのファイルだけです。画像データ（DICOM）は、CDやDVDで、または病院独自の転送サービスを通じて提出してください。
files-refused-large = 「{ $name }」は追加されませんでした。ファイルサイズは{ $size }ですが、1ファイルの上限は{ $limit }です。解像度を下げてスキャンし直すか、ファイルを分割してください。
files-refused-room = 「{ $name }」は追加されませんでした。ファイルサイズは{ $size }ですが、ファイル用の空き容量は残り{ $left }しかありません。先に不要なファイルを削除してください。
files-refused-many = 「{ $name }」は追加されませんでした。保存できるファイル数の上限に達しています。先に不要なファイルを削除してください。
files-full = 「{ $name }」は保存されませんでした。この端末に空き容量が残っていません。何も変更されておらず、ほかのファイルも元のままです。
files-storage-failed = ブラウザーが変更を保存できませんでした（{ $reason }）。ファイルは元のままです。
files-missing = 「{ $name }」はこの端末にもうありません。ブラウザーが削除しました。ファイルをもう一度追加するか、一覧から外してください。
files-forget = 一覧から外す
files-details = { $size } · { $date }に追加
files-rename = 名前を変更
files-new-name = 「{ $name }」の新しい名前
files-save-name = 名前を保存
files-cancel = キャンセル
files-replace = 差し替え
files-replace-label = 「{ $name }」を別のファイルに差し替え
files-remove = 削除
files-dicom = 画像データ（CT、MRI、PET-CTのDICOMシリーズ）はここには保存しません。病院からは、CDやDVDで、または病院独自の転送サービスを通じて提出するよう求められます。代わりに、その画像診断報告書をここに保存してください。
