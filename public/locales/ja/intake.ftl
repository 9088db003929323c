## 問診票

intake-intro = ご自身のペースで病歴を記入してください。下書きは入力に合わせてこの端末に保存され、どこにも送信されません。準備ができたら送付用ファイル（パケット）を書き出し、コーディネーターにメールで送ってください。
intake-durable = ブラウザーは、たとえば数週間このサイトを開かなかった場合などに、保存したデータを消去することがあります。書き出したパケットファイルが確実に残る控えになりますので、保管しておいてください。
intake-persist-granted = このブラウザーでは、ご自身で削除するまで下書きが保持されます。
intake-loading = 下書きを開いています…

## 下書き

drafts-heading = 下書き
drafts-open-label = 下書きを開く
drafts-name-label = 下書きの名前
drafts-default-name = 下書き{ $number }
drafts-new = 新しい下書き
drafts-duplicate = 複製
drafts-copy-name = { $name }（コピー）
drafts-delete = 下書きを削除
drafts-delete-confirm = 下書き「{ $name }」と、この下書き用に保存したファイルをこの端末から削除しますか？この操作は元に戻せません。
drafts-clear-all = この端末のデータをすべて消去
drafts-clear-all-confirm = このアプリがこの端末に保存した下書き、見積もり、滞在計画、チェックリスト、料金表、保存した書類のファイルをすべて削除しますか？残しておきたい場合は、先にパケットを書き出してください。
drafts-cleared = { $files ->
    [0] このアプリのデータ（下書き、見積もり、滞在計画、チェックリスト、料金表）をすべてこの端末から削除しました。保存された書類のファイルはありませんでした。
   *[other] このアプリのデータ（下書き、見積もり、滞在計画、チェックリスト、料金表、保存した書類のファイル{ $files }件）をすべてこの端末から削除しました。
    }
drafts-saved = { $time }にこの端末に保存しました。
drafts-unsaved = 変更はまだ保存されていません。

## 保存に関する問題

storage-unavailable = このブラウザーでは、アプリが何も保存できません（プライベートモード、または設定によるものです）。入力内容は、このページを開いている間だけ残ります。ページを離れる前にパケットを書き出してください。
storage-quota = このブラウザーでこのサイト用の保存領域がいっぱいになったため、最新の変更は保存されていません。変更はまだこのページに残っています。失わないよう、今すぐパケットを書き出してください。
storage-quarantined = 保存された下書きを読み取れませんでした。その内容は変更せずにこの端末の「{ $key }」に残してあり、何も削除していません。新しい下書きを始めることができます。
storage-newer = 下書きは、このアプリの新しいバージョンで保存されています。下書きを守るため、このページでは何も保存しません。ページを再読み込みして、新しいバージョンを読み込んでください。
conflict-deleted = この下書きは、別のタブまたはウィンドウで削除されました。
conflict-save-as-new = こちらを新しい下書きとして残す
conflict-updated = この下書きは、別のタブで行われた変更に合わせて更新されました。
choice-heading = 2つのタブで異なる変更がありました
choice-help = 選ぶまで両方の内容を残しています。フォームには「フォームに表示中」の内容が入っています。
choice-in-form = フォームに表示中
choice-use = こちらを使う
choice-keep-both = 両方残す
choice-dismiss = 完了（フォームの内容のままにする）
choice-empty = （空欄）
choice-entry = { $list } { $number }件目：{ $field }
drafts-imported-name = { $name }（{ $date } 取り込み）

## 入力フォーム

intake-patient-heading = 患者
intake-patient-name = 氏名（パスポートの表記どおり）
intake-patient-date-of-birth = 生年月日
intake-patient-nationality = 国籍（パスポート）
intake-nationality-choose = 国・地域を選んでください
intake-nationality-as-written = { $text }（入力どおり）
intake-patient-email = メールアドレス
intake-patient-phone = 電話番号（国番号から）
intake-patient-preferred-language = 希望する言語
intake-contact-help = コーディネーターから連絡できるよう、メールアドレスか電話番号を入力してください。
intake-companions-heading = 同伴者
intake-companion-name = 同伴者の氏名
intake-companion-relation = 患者との関係
intake-companion-add = 同伴者を追加
intake-companion-remove = この同伴者を削除
intake-condition-heading = 現在の病状
intake-diagnosis = 診断名
intake-current-condition = 現在の病状と症状
intake-physician-heading = 現在の主治医
intake-physician-name = 主治医の氏名
intake-physician-institution = 病院・診療所
intake-physician-contact = 主治医の連絡先
intake-history-heading = これまでの治療
intake-history-help = 検査、手術、一連の治療ごとに一件ずつ、いつ、何を行い、何がわかったかを記入してください。
intake-history-kind = 種類
intake-history-examination = 検査
intake-history-surgery = 手術
intake-history-chemotherapy = 化学療法
intake-history-radiotherapy = 放射線治療
intake-history-when = 時期
intake-history-details = 行ったことと、わかったこと
intake-history-add = 項目を追加
intake-history-remove = この項目を削除
intake-materials-heading = 画像と報告書
intake-images = お手元にある画像（CT、MRI、PET-CT、内視鏡、超音波）と、DICOMデータかどうか
intake-reports = お手元にある報告書、血液検査結果、病理標本
intake-wishes-heading = ご希望
intake-desired-hospital = 希望する病院
intake-desired-treatment = 希望する治療
intake-budget = 予算（金額と通貨）
intake-dates-from = 渡航できる最も早い日
intake-dates-to = 渡航できる最も遅い日
intake-questions = 病院への質問
intake-required-mark = （必須）
intake-required = この項目を入力してください。
intake-contact-required = メールアドレスか電話番号を入力してください。
intake-email-invalid = メールアドレスの形式ではないようです（例：name@example.com）。
intake-date-invalid = 有効な日付ではありません。
intake-birth-future = 生年月日に未来の日付は入力できません。
intake-dates-order = 最も遅い日が、最も早い日より前になっています。
intake-too-long = フォームが長すぎて、この端末に保存できません（文章で約300ページ超）。いちばん長いこの欄を短くするか、長い報告書はチェックリストの書類として追加してください。
intake-problems = 書き出す前に、{ $count }件の項目を確認してください。

## 書き出し

export-heading = コーディネーターに送る
export-help = 送付用ファイル（パケット）は一つのファイルで、この下書きと、この端末の費用見積もり、滞在の確認、チェックリストに入力した内容が含まれます。
export-passphrase = パスフレーズ（任意）
export-passphrase-help = パスフレーズを設定すると、ファイルは暗号化されます（AES-GCM、256ビット鍵）。パスフレーズは、電話など別の方法でコーディネーターに伝えてください。同じメールには決して書かないでください。
export-download = パケットをダウンロード
export-copy = パケットのテキストをコピー
export-copied = パケットのテキストをクリップボードにコピーしました。メールやファイルに貼り付けてください。
export-copy-failed = ブラウザーがコピーを許可しませんでした。代わりにダウンロードをご利用ください。
export-share = 共有…
export-email = コーディネーターにメールで送る
export-email-subject = 問診票のパケット（ジャパン・ケア・プランナー）
export-email-body = お世話になっております。ジャパン・ケア・プランナーで作成した問診票のパケットを添付ファイルでお送りします。このメールには健康に関することは何も書いていません。すべて添付ファイルにあります。
export-email-help = メールアプリが短いメッセージ付きで開きます。送信する前に、ダウンロードしたパケットファイルを添付してください。
export-done = パケット「{ $file }」を作成しました。
export-encrypting = 暗号化しています…
export-failed = パケットを作成できませんでした：{ $reason }

## パケットを開く

packet-intro = 患者から送られたパケットファイルを開きます。内容を確認してここに表示しますが、処理はこの端末の中だけで行われます。印刷したり、新しい下書きとして保存したりできます。
packet-choose = パケットファイルを選ぶ
packet-passphrase = このパケットは暗号化されています。パスフレーズを入力してください。
packet-malformed = このファイルはパケットではありません。有効なJSONではありません。
packet-not-packet = このファイルはジャパン・ケア・プランナーのパケットではありません。
packet-newer = このパケットは、このアプリの新しいバージョンで作成されています。ページを再読み込みして新しいバージョンにしてから、もう一度ファイルを開いてください。
packet-invalid = パケットが破損しているため、表示できません（{ $reason }）。
packet-made = 作成日：{ $date }（アプリのバージョン：{ $version }、言語：{ $locale }）
packet-import = 新しい下書きとして保存
packet-imported = 新しい下書き「{ $name }」として保存しました。ほかの下書きは変更されていません。
packet-print = 印刷
packet-checklist-heading = 書類チェックリスト
packet-empty = （未記入）
drafts-clear-failed = ブラウザーがこの端末のデータの削除を許可しませんでした。何も削除されていません。
drafts-cleared-files-failed = 下書き、見積もり、滞在計画、チェックリスト、料金表は削除しましたが、保存した書類のファイルはブラウザーが削除を許可しませんでした（{ $reason }）。書類のページで削除するか、ブラウザーの設定でこのサイトのデータを消去してください。
