# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = 書類付きパケット
archive-help = パケットと、チェックリストと一緒に保存しているすべてのファイルをまとめた一つのzipファイルです。各ファイルにはSHA-256が付いているため、コーディネーターは途中で何も変わっていないことを確認できます。パスフレーズを設定すると、zipファイルは暗号化されます（age形式）。
archive-passphrase = パスフレーズ（任意）
archive-summary = { $count ->
   *[other] チェックリストのファイル{ $count }件（{ $size }）も一緒に含まれます。
}
archive-documents-unreadable = このブラウザーでは、この端末に保存したファイルをアプリが読み取れません（{ $reason }）。そのため、このパケットにはファイルを含められません。ファイルを送るには、通常の（プライベートでない）ウィンドウでプランナーを開いてください。
archive-download = 書類も含めてZIPでダウンロード
archive-working = 書類付きパケットを作成しています…
archive-packing = { $whole }のうち{ $done }をまとめています…
archive-opening = { $whole }のうち{ $done }を開いて確認しています…
archive-done = { $count ->
   *[other] { $file }として保存しました（ファイル{ $count }件付き）。
}
archive-left-out = この端末にもうないため含めなかったファイル：{ $names }。
archive-changed = パケットは作成されませんでした。「{ $name }」は、追加したときのファイルと同じではありません（ブラウザーがファイルを失ったか、破損させました）。もう一度追加してから書き出してください。
archive-browser-failed = ブラウザーが書類付きパケットを作成、または読み込みできませんでした（{ $reason }）。
archive-not-zip = このファイルは書類付きパケットではないか、途中で切れています。もう一度送ってもらうよう依頼してください。
archive-too-large = このアーカイブは書類付きパケットの上限を超える大きさか、展開するとその上限を超えます。開きませんでした。
archive-unsafe-name = このアーカイブは開きませんでした。項目「{ $name }」の名前は、フォルダーの外に書き込むおそれがあるか、文字を隠しています。
archive-bomb = このアーカイブは開きませんでした。「{ $name }」は、有害なアーカイブ（「zip爆弾」）と同じように、展開すると元のサイズよりはるかに大きくなります。
archive-duplicate = このアーカイブは開きませんでした。「{ $name }」が2回含まれています。
archive-damaged = このアーカイブは開きませんでした。「{ $name }」が破損しています。もう一度送ってもらうよう依頼してください。
archive-hash-mismatch = このアーカイブは開きませんでした。「{ $name }」がマニフェストに記載されたSHA-256と一致しないため、途中で変更されています。もう一度送ってもらうよう依頼してください。
archive-file-kind = このアーカイブは開きませんでした。「{ $name }」は、名前やアーカイブの記載にかかわらず、PDF、JPEG、PNG、HEIC、テキストのいずれのファイルでもないため、ウェブページやプログラムであるおそれがあります。これらのいずれかの形式で送り直してもらうよう依頼してください。
archive-disguised-name = このアーカイブは開きませんでした。名前「{ $name }」は文字を隠しているか、ファイルの種類と異なる拡張子で終わっており、誤認させるために付けられた名前の特徴があります。もう一度送ってもらうよう依頼してください。
archive-not-packet = このアーカイブは、ジャパン・ケア・プランナーの書類付きパケットではありません（{ $reason }）。
archive-sealed-damaged = 暗号化されたパケットが破損しているか途中で切れているため、開けません。もう一度送ってもらうよう依頼してください。
archive-sealed-too-much-work = この暗号化されたファイルを開くには、ブラウザーが使えるよりも多くのメモリーが必要です。このアプリでもう一度暗号化してもらうよう依頼してください。
archive-sealed-other = この暗号化されたファイルは、このアプリで使えるパスフレーズで保護されていません。
archive-keep-no-room = 書類は保存されませんでした。書類のサイズは{ $size }ですが、この端末の空き容量は残り{ $left }しかありません。何も保存されていません。
archive-keep-too-many = 書類は保存されませんでした。この端末には、保存できる上限の数のファイルがすでにあります。何も保存されていません。
archive-keep-no-storage = 書類は保存されませんでした。このブラウザーでは、この端末にファイルを保存できません（{ $reason }）。プライベートウィンドウなどが考えられます。何も保存されていないため、受け取ったアーカイブは残しておいてください。
archive-keep-kind = 書類は保存されませんでした。そのうちの1つが、このアプリで保存できる種類のファイルではありません。何も保存されていません。
