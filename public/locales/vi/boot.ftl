# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = Đang tải…
boot-load-failed = Không thể tải nội dung chữ của ứng dụng. Hãy kiểm tra kết nối mạng, rồi thử lại.
boot-retry = Thử lại
