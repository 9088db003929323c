# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = جارٍ التحميل…
boot-load-failed = تعذّر تحميل نصوص التطبيق. تحقّق من اتصالك بالإنترنت، ثم حاول مرة أخرى.
boot-retry = حاول مرة أخرى
