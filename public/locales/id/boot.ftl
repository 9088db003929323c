# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = Memuat…
boot-load-failed = Teks aplikasi tidak dapat dimuat. Periksa koneksi Anda, lalu coba lagi.
boot-retry = Coba lagi
