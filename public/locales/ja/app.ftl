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
route-documents-summary = 病院やビザの申請窓口が求める書類のチェックリストと、それぞれの準備状況。
route-guide = 手順ガイド
route-guide-summary = 各段階で何が起こり、どのくらいかかり、何を確認すべきか。
route-intake = 問診票
route-intake-summary = 病歴を自分のペースで記入できます。下書きはこの端末に保存されます。
route-packet = パケットを開く
route-packet-summary = 患者から送られた送付用ファイル（パケット）を開いて、読む・印刷する。
route-embed-estimate = 費用見積もりツール
route-embed-estimate-summary = 病院のウェブサイトに掲載するための費用見積もりツール。
route-hospitals = 医療機関の方へ
route-hospitals-summary = 料金表を作成し、見積もりツールで確認して、自院のウェブサイトに掲載できます。

## ホーム

home-intro = 日本で治療を受けるには、書類、病院の受け入れ、前払い、ビザ、渡航の準備が必要です。このプランナーはその手順をまとめます。入力した情報はこの端末にだけ保存されます。
home-journey-heading = 全体の流れ
home-tools-heading = ツール

journey-prepare-title = 準備
journey-prepare-text = 国際医療コーディネーターに連絡し、現在の病状、診療情報（報告書・画像）、希望する病院、予算、希望する渡航時期をまとめます。
journey-liaison-title = 病院との調整
journey-liaison-text = コーディネーターが情報を病院に送り、病院が受け入れの可否と、治療内容・期間・費用を示します。最初に有料のセカンドオピニオンとなる場合もあります。
journey-prepay-title = 前払い（預り金）
journey-prepay-text = 治療費の見積額とコーディネーターの手数料は、通常前払いです。銀行送金には時間がかかり、追加書類を求める銀行もあります。
journey-visa-title = ビザ（査証）
journey-visa-text = 医療滞在ビザには、コーディネーターや旅行会社などの登録された身元保証機関が必要です。渡航まで十分な期間を見込んでください。
journey-treatment-title = 渡航と治療
journey-treatment-text = 同伴者は必要な人に限りましょう。通訳は通常時間単位で請求され、診察時間は変わることがあります。
journey-settlement-title = 精算
journey-settlement-text = 治療後、前払い金を実際の費用と精算します。差額は返金され、追加の治療があればその分を支払います。
journey-follow-up-title = 帰国後のフォロー
journey-follow-up-text = 地元の主治医のもとで治療を続けます。結果はコーディネーターを通じて送ることができます。

## Under every page heading, in every language but English

translation-notice = このページは英語から翻訳したもので、誤りを含む可能性があります。病院が発行する書類と異なる場合は、病院の書類が優先します。

## フッター

footer-privacy = 入力した情報はこの端末にとどまります。このアプリはどこにも送信しません。
footer-guidance = 目安の情報です。病院が示す見積もりや書類、ビザと上陸許可の証印に記載された日付が優先します。
footer-embed-link = 医療機関の方へ：埋め込み用の見積もりツール

## ページが見つかりません

not-found-title = ページが見つかりません
not-found-text = このアドレスにはページがありません。移動したか、リンクが不完全な可能性があります。
not-found-home-link = 最初のページへ

## ツール共通

data-load-failed = ファイル「{ $file }」を読み込めませんでした（{ $reason }）。接続を確認してから、ページを再読み込みしてください。
data-file-invalid = データファイル「{ $file }」は使用できません。項目「{ $field }」に誤りがあります（{ $reason }）。ファイルの公開元による修正が必要です。
save-failed = ブラウザーがこのページの入力内容の保存を許可しませんでした（保存領域がいっぱいか、無効になっています）。内容はこのページを離れるまで表示されたままです。控えが必要な場合は印刷してください。
saved-changed-elsewhere = 別のタブまたはウィンドウで変更した内容をこのページに反映しました。どちらかの内容で他方を上書きすることはありません。
saved-quarantined = このページが端末に保存した内容を読み込めませんでした。その内容は変更せずに「{ $key }」として保管しました。これからは新しく入力した内容を保存します。
start-over = このページを最初からやり直す
start-over-confirm = このページで入力した内容を端末から削除して、最初からやり直しますか？ほかのページの保存内容はそのまま残ります。
saved-unreadable = このページがこの端末に保存していた内容を読み取れませんでした。保存済みのデータはそのまま残し、このページで上書き保存することはありません。
number-empty = 数値を入力してください。
number-not-a-number = 数字のみで入力してください（例：1500）。
number-negative = マイナスの数値は入力できません。
number-too-large = { $max }以下で入力してください。
number-too-precise = { $decimals ->
    [0] 整数で入力してください。
   *[other] 小数点以下{ $decimals }桁までで入力してください。
}
number-zero = 0より大きい数値を入力してください。
sources-heading = 出典
source-checked = （{ $checked }確認）
source-dated-checked = （{ $date }付、{ $checked }確認）
source-stale = { $months }か月前に確認した情報です。コーディネーターまたは大使館に確認してください。

## The app itself: offline, and a new version ready

offline-notice = オフラインです。アプリはこのまま使え、入力した内容はこの端末に残ります。
update-ready = このアプリの新しいバージョンを利用できます。再読み込みしても入力した内容は残ります。
update-reload = 今すぐ再読み込み

# Opening files (packets, estimate files)
file-drop = またはファイルをここにドロップ
file-unlock = 開く
file-unreadable = ファイルを読み込めませんでした。
file-crypto-unavailable = このブラウザーでは、ここで復号できません（暗号化の処理には安全なhttps接続が必要です）。
file-wrong-passphrase = パスフレーズが違うか、ファイルが破損しています。
file-too-large = ファイルが大きすぎます（{ $size } MB。上限は{ $limit } MB）。
file-sealed-damaged = 暗号化されたファイルが破損しているため、開けません（{ $reason }）。
passphrase-rule = { $min }文字以上にしてください。電話で読み上げられる普通の単語を3〜4個つなげると、覚えやすく推測されにくくなります。ファイルを手に入れた人は、時間をかけていくらでもパスフレーズを試せます。
passphrase-confirm = 同じパスフレーズをもう一度
passphrase-too-short = パスフレーズは{ $min }文字以上にしてください。
passphrase-repetitive = このパスフレーズは少ない文字の繰り返しで、すぐに推測されます。別のものにしてください。
passphrase-mismatch = 2つのパスフレーズが一致しません。
