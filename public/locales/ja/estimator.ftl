## 見積もり

estimate-intro = 料金表を選び、見込まれる項目を追加してから、渡航などにかかる金額をご自身で入力してください。各料金には、出典と、いつ時点の金額かを表示します。
estimate-loading = 料金表を読み込んでいます…
estimate-schedule-label = 料金表
estimate-example-badge = サンプル
estimate-issuer = 公開元：{ $issuer }
estimate-as-of = { $date }時点の金額
estimate-items-heading = 項目
estimate-add-label = 追加する項目
estimate-add-button = 追加
estimate-remove-button = 削除
estimate-no-lines = まだ項目がありません。上で項目を選び、「追加」を押してください。
estimate-line-source = 出典：
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
breakdown-first-block = 最初の{ $first-minutes }分 { $first }
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
currency-source = 小数点以下の桁数：
