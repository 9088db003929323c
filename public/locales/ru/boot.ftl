# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = Загрузка…
boot-load-failed = Не удалось загрузить тексты приложения. Проверьте подключение к интернету и повторите попытку.
boot-retry = Повторить
