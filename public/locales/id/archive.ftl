# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = Paket beserta dokumen
archive-help = Satu file zip berisi paket dan setiap file yang disimpan bersama daftar periksa Anda, masing-masing dengan SHA-256-nya agar koordinator dapat memeriksa bahwa tidak ada yang berubah selama pengiriman. Dengan frasa sandi, file zip akan dienkripsi (format age).
archive-passphrase = Frasa sandi (opsional)
archive-summary = { $count ->
   *[other] { $count } file ({ $size }) dari daftar periksa Anda ikut disertakan.
}
archive-documents-unreadable = Peramban ini tidak mengizinkan aplikasi membaca berkas yang disimpan di perangkat ini ({ $reason }), sehingga tidak ada berkas yang dapat disertakan dalam paket ini. Buka perencana di jendela biasa (bukan jendela pribadi) untuk mengirimnya.
archive-download = Unduh bersama dokumen (zip)
archive-working = Membuat paket beserta dokumen…
archive-packing = Mengemas { $done } dari { $whole }…
archive-opening = Membuka dan memeriksa { $done } dari { $whole }…
archive-done = { $count ->
   *[other] Disimpan sebagai { $file }, dengan { $count } file.
}
archive-left-out = Tidak disertakan karena sudah tidak ada di perangkat ini: { $names }.
archive-changed = Paket tidak dibuat: “{ $name }” bukan lagi file yang sama seperti saat Anda menambahkannya (peramban kehilangan atau merusaknya). Tambahkan lagi, lalu ekspor.
archive-browser-failed = Peramban tidak dapat membuat atau membaca paket beserta dokumen ({ $reason }).
archive-not-zip = File ini bukan paket beserta dokumen, atau terpotong. Mintalah agar file dikirim ulang.
archive-too-large = Arsip ini lebih besar dari ukuran maksimal paket beserta dokumen, atau melebihi ukuran itu saat diekstrak. Arsip tidak dibuka.
archive-unsafe-name = Arsip ini tidak dibuka: entri “{ $name }” memiliki nama yang dapat menulis di luar foldernya atau menyembunyikan karakter.
archive-bomb = Arsip ini tidak dibuka: “{ $name }” saat diekstrak menjadi jauh lebih besar daripada ukurannya, seperti arsip berbahaya (“zip bomb”).
archive-duplicate = Arsip ini tidak dibuka: “{ $name }” ada dua kali di dalamnya.
archive-damaged = Arsip ini tidak dibuka: “{ $name }” rusak. Mintalah agar dikirim ulang.
archive-hash-mismatch = Arsip ini tidak dibuka: “{ $name }” tidak cocok dengan SHA-256 di manifesnya, jadi file itu berubah selama pengiriman. Mintalah agar dikirim ulang.
archive-file-kind = Arsip ini tidak dibuka: “{ $name }” bukan file PDF, JPEG, PNG, HEIC, atau teks, apa pun yang dikatakan namanya atau arsipnya, sehingga bisa jadi halaman web atau program. Mintalah agar dikirim ulang dalam salah satu format tersebut.
archive-disguised-name = Arsip ini tidak dibuka: nama “{ $name }” menyembunyikan karakter atau berakhir dengan ekstensi yang bukan jenis filenya, seperti nama yang dibuat untuk menyesatkan. Mintalah agar dikirim ulang.
archive-not-packet = Arsip ini bukan paket beserta dokumen dari Japan Care Planner ({ $reason }).
archive-sealed-damaged = Paket terenkripsi rusak atau terpotong dan tidak dapat dibuka. Mintalah agar dikirim ulang.
archive-sealed-too-much-work = File terenkripsi ini memerlukan lebih banyak memori untuk dibuka daripada yang dapat diberikan peramban. Mintalah agar file dienkripsi ulang dengan aplikasi ini.
archive-sealed-other = File terenkripsi ini tidak dilindungi dengan frasa sandi yang dapat digunakan aplikasi ini.
archive-keep-no-room = Dokumen tidak disimpan: ukurannya { $size }, dan ruang yang tersisa di perangkat ini hanya { $left }. Tidak ada yang disimpan.
archive-keep-too-many = Dokumen tidak disimpan: perangkat ini sudah menyimpan file sebanyak yang dapat ditampungnya. Tidak ada yang disimpan.
archive-keep-no-storage = Dokumen tidak disimpan: peramban ini tidak mengizinkan aplikasi menyimpan file di perangkat ini ({ $reason }), misalnya di jendela pribadi. Tidak ada yang disimpan: simpan arsip yang Anda terima.
archive-keep-kind = Dokumen tidak disimpan: salah satunya bukan jenis file yang disimpan aplikasi ini. Tidak ada yang disimpan.
