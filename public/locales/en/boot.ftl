# Shown before app.ftl has loaded; compiled into the app for every locale.
boot-loading = Loading…
boot-load-failed = The text of the app could not be loaded. Check your connection, then try again.
boot-retry = Try again
