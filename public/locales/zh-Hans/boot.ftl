# 在 app.ftl 加载之前显示；所有语言都编译进应用。
boot-loading = 正在加载…
boot-load-failed = 无法加载应用的文字。请检查网络连接，然后重试。
boot-retry = 重试
