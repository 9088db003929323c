# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = 불러오는 중…
boot-load-failed = 앱의 텍스트를 불러오지 못했습니다. 인터넷 연결을 확인한 후 다시 시도하세요.
boot-retry = 다시 시도
