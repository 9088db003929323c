# app.ftl の読み込み前に表示。全言語分をアプリに組み込みます。
boot-loading = 読み込み中…
boot-load-failed = アプリの文言を読み込めませんでした。接続を確認してから、もう一度お試しください。
boot-retry = もう一度試す
