app-name = ジャパン・ケア・プランナー
skip-to-content = 本文へスキップ
nav-label = ツール
language-picker-label = 言語

## ルート：短い名前（ナビゲーション・見出し）と一文の説明

route-home = 日本での治療を計画する
route-home-summary = 全体の流れと、各段階で使えるツール。
route-estimate = 費用の見積もり
route-estimate-summary = 診察・治療・通訳・コーディネーター・滞在・渡航の費用を円で合計し、各料金の出典を示します。
route-stay = 滞在と日程
route-stay-summary = 治療が認められる滞在期間に収まるかを確認し、各手続きをいつまでに始めるべきかを示します。
route-documents = 書類
route-documents-summary = 病院や査証窓口が求める書類のチェックリストと、それぞれの準備状況。
route-guide = 手順ガイド
route-guide-summary = 各段階で何が起こり、どのくらいかかり、何を確認すべきか。
route-intake = 問診票
route-intake-summary = 病歴を自分のペースで記入できます。下書きはこの端末に保存されます。
route-packet = パケットを開く
route-packet-summary = 患者から送られたパケットファイルを開いて、読む・印刷する。
route-embed-estimate = 費用見積もりツール
route-embed-estimate-summary = 病院のウェブサイトに掲載するための費用見積もりツール。

## ホーム

home-intro = 日本で治療を受けるには、書類、病院の受け入れ、前払い、査証、渡航の準備が必要です。このプランナーはその手順をまとめます。入力した情報はこの端末にだけ保存されます。
home-journey-heading = 全体の流れ
home-tools-heading = ツール

journey-prepare-title = 準備
journey-prepare-text = 国際医療コーディネーターに連絡し、現在の病状、診療情報（報告書・画像）、希望する病院、予算、希望する渡航時期をまとめます。
journey-liaison-title = 病院との調整
journey-liaison-text = コーディネーターが情報を病院に送り、病院が受け入れの可否と、治療内容・期間・費用を示します。最初に有料のセカンドオピニオンとなる場合もあります。
journey-prepay-title = 前払い
journey-prepay-text = 治療費の見積額とコーディネーターの手数料は、通常前払いです。銀行送金には時間がかかり、追加書類を求める銀行もあります。
journey-visa-title = 査証（ビザ）
journey-visa-text = 医療滞在ビザには、コーディネーターや旅行会社などの登録された身元保証機関が必要です。渡航まで十分な期間を見込んでください。
journey-treatment-title = 渡航と治療
journey-treatment-text = 同行者は必要な人に限りましょう。通訳は通常時間単位で請求され、診察時間は変わることがあります。
journey-settlement-title = 精算
journey-settlement-text = 治療後、前払い金を実際の費用と精算します。差額は返金され、追加の治療があればその分を支払います。
journey-follow-up-title = 帰国後のフォロー
journey-follow-up-text = 地元の主治医のもとで治療を続けます。結果はコーディネーターを通じて送ることができます。

## 作成中のページ

being-built-title = このツールは作成中です
plan-estimate = 日付と出典のある料金表から各費用を合計し、消費税・前払い・精算を示し、入力した為替レートで換算します。
plan-stay = 査証免除や医療滞在ビザの上限と滞在期間を照合し、各手続きの開始期限を逆算して、カレンダーとしてダウンロードできるようにします。
plan-documents = 場面ごとに必要な書類を一覧にし、それぞれの状況を記録・印刷できるようにします。
plan-guide = 各段階を詳しく説明し、よくある質問に答えます。
plan-intake = 複数の下書きをこの端末に保存し、入力中に自動保存し、コーディネーター向けに一つのファイルとして書き出せるようにします。
plan-packet = パケットファイルを開いて確認し、読みやすく印刷しやすい形で表示します。
plan-embed-estimate = このページは病院のウェブサイトに埋め込むためのものです。見積もりツール本体は作成中です。

## フッター

footer-privacy = 入力した情報はこの端末にとどまります。このアプリはどこにも送信しません。
footer-guidance = 目安の情報です。病院が示す見積もりや書類、査証と上陸許可に記載された日付が優先します。
footer-embed-link = 医療機関の方へ：埋め込み用の見積もりツール

## ページが見つかりません

not-found-title = ページが見つかりません
not-found-text = このアドレスにはページがありません。移動したか、リンクが不完全な可能性があります。
not-found-home-link = 最初のページへ

## 見積もり

estimate-intro = 料金表を選び、見込まれる項目を追加してから、渡航などにかかる金額をご自身で入力してください。各料金には、出典と、いつ時点の金額かを表示します。
estimate-loading = 料金表を読み込んでいます…
estimate-load-failed = ファイル「{ $file }」を読み込めませんでした（{ $reason }）。接続を確認してから、ページを再読み込みしてください。
estimate-schedule-invalid = 料金表ファイル「{ $file }」は使用できません。項目「{ $field }」に誤りがあります（{ $reason }）。ファイルの公開元による修正が必要です。
estimate-schedule-label = 料金表
estimate-example-badge = サンプル
estimate-issuer = 公開元：{ $issuer }
estimate-as-of = { $date }時点の金額
estimate-sources-heading = 出典
estimate-source = { $title }（{ $date }時点）
estimate-items-heading = 項目
estimate-add-label = 追加する項目
estimate-add-button = 追加
estimate-remove-button = 削除
estimate-no-lines = まだ項目がありません。上で項目を選び、「追加」を押してください。
estimate-line-source = 出典：{ $source }（{ $date }時点）
estimate-package-note = 回数にかかわらず一律の料金です。
quantity-minutes = 時間（分）
quantity-points = 点数
quantity-times = 回数
unit-hour = 時間数
unit-slide = スライド枚数
unit-case = 件数
unit-visit = 訪問回数
unit-trip = 移動回数
price-from = { $amount }〜
price-range = { $low }〜{ $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = 最初の{ $first-minutes }分 { $first }、以降{ $additional-minutes }分ごとに { $extra } × { $extra-blocks }
breakdown-points = { $points }点 × { $rate }円
category-consultation = 診察
category-pathology = 病理
category-examination = 検査
category-treatment = 治療
category-interpreter = 通訳
category-other = その他

estimate-own-heading = ご自身で入力する金額
estimate-own-help = お手元の見積もりをもとに入力してください。これらはどの料金表にも含まれていません。該当しない欄は空欄のままにしてください。
estimate-coordinator-fee = コーディネーターの手数料（円、提示された金額）
estimate-companions = 同行者の人数
estimate-flight = 1人あたりの往復航空券（円）
estimate-nights = 宿泊数
estimate-nightly-rate = 1泊あたりの宿泊費（円）
estimate-other-costs = その他の費用（円）：現地の交通費、食費、保険など
estimate-contingency = 予備費（%）

summary-heading = 見積もり結果
summary-medical-subtotal = 医療費の小計
summary-tax-included = うち消費税（{ $rate }%）
summary-tax-added = 消費税（{ $rate }%）
summary-medical-total = 医療費の合計
summary-coordinator = コーディネーターの手数料
summary-prepayment = 通常、前払いとなる金額（医療費の合計とコーディネーターの手数料）
summary-flights = 航空券（{ $travellers }人分）
summary-accommodation = 宿泊（{ $nights }泊）
summary-other-costs = その他の費用
summary-contingency = 予備費（{ $percent }%）
summary-total = 見積もり総額
summary-open-ended = 一部の料金は最低額しか公表されていないため、総額も最低額です。
summary-unknown-items = 追加した項目のうち{ $count }件はこの料金表にないため、計算から除いています。元の料金表に戻すと、再び含まれます。
summary-error = これらの金額は合計できません。入力した数値を確認してください。
summary-guidance = これは目安であり、正式な見積もりではありません。前払いする金額は、病院が示す見積もりで決まります。
estimate-print = この見積もりを印刷
save-failed = ブラウザーがこのページの入力内容の保存を許可しませんでした（保存領域がいっぱいか、無効になっています）。内容はこのページを離れるまで表示されたままです。控えが必要な場合は印刷してください。
saved-unreadable = このページがこの端末に保存していた内容を読み取れませんでした。保存済みのデータはそのまま残し、このページで上書き保存することはありません。

settlement-heading = 前払いと精算
settlement-help = 治療後、前払い金を実際の費用と精算します。
settlement-prepaid = 前払い額（円）
settlement-actual = 実際の費用（円）
settlement-refund = { $prepaid } − { $actual } = { $difference }。この額が返金されます。
settlement-extra = { $actual } − { $prepaid } = { $difference }。この額を追加で支払います。
settlement-even = 前払い額と実際の費用が同じです。返金も追加の支払いもありません。
settlement-use-estimate = 見積もり額を前払い額として使う

currency-heading = お使いの通貨での金額
currency-label = 通貨
currency-rate = 1 { $code }あたりの円
currency-help = 取引銀行が提示する為替レートを入力してください。このアプリが為替レートを取得することはありません。
currency-total = 見積もり総額：約{ $amount } { $code }
currency-prepayment = 通常、前払いとなる金額：約{ $amount } { $code }
currency-yen-governs = 円建ての金額が基準です。実際の支払額は、銀行の為替レートと手数料によって決まります。
currency-source = 小数点以下の桁数：{ $source }（{ $date }時点）。

number-empty = 数値を入力してください。
number-not-a-number = 数字のみで入力してください（例：1500）。
number-negative = マイナスの数値は入力できません。
number-too-large = { $max }以下で入力してください。
number-too-precise = { $decimals ->
    [0] 整数で入力してください。
   *[other] 小数点以下{ $decimals }桁までで入力してください。
}
number-zero = 0より大きい数値を入力してください。

## 滞在と日程

stay-intro = 滞在が認められる期間内に収まるかを確認し、各手続きをいつまでに始める必要があるかを示します。入国日を1日目として数えます。
stay-loading = 滞在期間の規則を読み込んでいます…
stay-nationality = 国籍（パスポート）
stay-nationality-other = その他の国・地域（査証が必要です）
stay-route = 日本への入国方法
stay-route-exempt = 査証なし（査証免除）
stay-route-medical = 医療滞在ビザ（{ $period }）
period-days = { $count }日
period-months = { $count }か月
period-years = { $count }年
stay-exempt-days = お持ちのパスポートで査証免除により滞在できる期間：{ $days }日
stay-not-exempt = お持ちのパスポートの国籍は、このアプリの査証免除対象の一覧にありません。査証が必要です。
stay-dates-heading = 日程
stay-plan-toggle = 治療計画から日程を計算する
stay-arrival = 入国日（日本に到着する日）
stay-departure = 出国日（日本を出発する日）
stay-sessions = 治療の回数
stay-sessions-per-week = 1週間あたりの治療回数
stay-days-before = 初回の治療までに日本で過ごす日数
stay-days-after = 最後の治療週のあとに日本で過ごす日数
stay-result-heading = 滞在は認められる期間内に収まりますか？
stay-days = 日本での滞在は{ $days }日間です（{ $arrival }〜{ $departure }、入国日を1日目として数えます）。
stay-last-day = 滞在できる最終日：{ $date }
stay-fits = 滞在は認められる期間内に収まります。
stay-over = 滞在が認められる期間を{ $days }日超えています。
stay-options-heading = 取れる対応
stay-option-medical-visa = 登録された身元保証機関（コーディネーターや旅行会社）を通じて、医療滞在ビザを申請してください。滞在できる期間は病状に応じて決まります。
stay-option-coe = { $days }日を超える滞在は入院を前提とし、在留資格認定証明書が必要です。申請は病院の職員または日本にいる親族が行います。
stay-option-split = 治療を、1回{ $days }日以内の滞在{ $stays }回に分けます。その場合、医療滞在ビザの数次査証と、医師が作成する治療予定表が必要です。
stay-date-error = 日付を確認してください：{ $problem }
stay-date-order = 出国日が入国日より前になっています。
stay-date-range = { $first }年から{ $last }年までの日付を入力してください。
stay-plan-error = 治療の回数（1〜{ $sessions }）と1週間あたりの治療回数（1〜{ $per-week }）を入力してください。
stay-sticker = 基準となるのは、査証と上陸許可の証印に記載された日付です。
stay-source = 出典：{ $source }（{ $date }時点）

timeline-heading = 日程表
timeline-start = 治療開始の予定日
timeline-opinion = 先に書面によるセカンドオピニオンが必要
timeline-latest = 期限：{ $date }
timeline-past = 期限を過ぎています
timeline-too-soon = この開始日では、どの手続きにも間に合いません。すべての手続きに必要な期間を確保できる最も早い開始日は{ $date }です。
timeline-holidays = 日本の祝日は{ $year }年の分までしか反映されていません。それより後の日付は、祝日の分だけずれる可能性があります。
timeline-inferred = 一部の所要期間は、出典の内容をこのアプリが余裕をもって解釈したものです。
timeline-download = カレンダーをダウンロード (.ics)
timeline-calendar-name = 日本での治療のための渡航
step-contact-coordinator = 国際医療コーディネーターに連絡する
step-pay-written-opinion = 書面によるセカンドオピニオンの費用を支払う
step-hospital-request = 病院に情報を送る
step-prepayment = 見積額を前払いする
step-visa-recommended = 査証を申請する（推奨時期）
step-visa-latest = 査証を申請する（最終期限）
step-arrival = 日本に到着する
step-treatment-start = 治療開始
