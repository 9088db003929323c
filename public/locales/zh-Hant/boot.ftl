# 在 app.ftl 載入之前顯示；會為每種語言編譯進應用程式。
boot-loading = 載入中…
boot-load-failed = 無法載入應用程式的文字。請檢查網路連線，然後再試一次。
boot-retry = 再試一次
