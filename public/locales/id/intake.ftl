## Intake form

intake-intro = Tuliskan riwayat medis Anda tanpa terburu-buru. Draf disimpan di perangkat ini selama Anda mengetik; tidak ada yang dikirim ke mana pun. Jika sudah siap, ekspor paket dan kirimkan melalui email kepada koordinator Anda.
intake-durable = Peramban dapat menghapus data yang tersimpan, misalnya setelah beberapa minggu tidak dikunjungi. File paket hasil ekspor adalah salinan permanen Anda: simpanlah baik-baik.
intake-persist-granted = Peramban ini telah setuju untuk menyimpan draf sampai Anda menghapusnya.
intake-loading = Membuka draf Anda…

## Drafts

drafts-heading = Draf
drafts-open-label = Buka draf
drafts-name-label = Nama draf
drafts-default-name = Draf { $number }
drafts-new = Draf baru
drafts-duplicate = Duplikat
drafts-copy-name = { $name } (salinan)
drafts-delete = Hapus draf
drafts-delete-confirm = Hapus draf “{ $name }” beserta berkas yang disimpan untuknya dari perangkat ini? Tindakan ini tidak dapat dibatalkan.
drafts-clear-all = Hapus semua data di perangkat ini
drafts-clear-all-confirm = Hapus semua draf, estimasi, rencana tinggal, daftar periksa, daftar tarif, dan file dokumen yang disimpan aplikasi ini di perangkat ini? Ekspor paket terlebih dahulu jika Anda ingin menyimpannya.
drafts-cleared = { $files ->
    [0] Semua data aplikasi ini telah dihapus dari perangkat ini: draf, estimasi, rencana tinggal, daftar periksa, dan daftar tarif. Tidak ada file dokumen yang disimpan.
   *[other] Semua data aplikasi ini telah dihapus dari perangkat ini: draf, estimasi, rencana tinggal, daftar periksa, daftar tarif, dan { $files } file dokumen yang disimpan.
    }
drafts-saved = Disimpan di perangkat ini pada { $time }.
drafts-unsaved = Perubahan belum disimpan.

## Storage problems

storage-unavailable = Peramban ini tidak mengizinkan aplikasi menyimpan apa pun (mode pribadi atau karena pengaturan). Isian Anda hanya bertahan selama halaman ini terbuka: ekspor paket sebelum Anda meninggalkannya.
storage-quota = Penyimpanan peramban untuk situs ini sudah penuh, sehingga perubahan terakhir Anda tidak tersimpan. Perubahan itu masih ada di halaman ini: ekspor paket sekarang untuk menyimpannya.
storage-quarantined = Draf yang tersimpan tidak dapat dibaca. Teksnya disimpan tanpa perubahan dengan nama “{ $key }” di perangkat ini dan tidak ada yang dihapus; Anda dapat memulai draf baru.
storage-newer = Draf Anda disimpan oleh versi aplikasi yang lebih baru. Untuk melindunginya, halaman ini tidak menyimpan apa pun; muat ulang halaman untuk mendapatkan versi yang lebih baru.
conflict-deleted = Draf ini dihapus di tab atau jendela lain.
conflict-save-as-new = Simpan ini sebagai draf baru
conflict-updated = Draf ini diperbarui dengan perubahan yang dibuat di tab lain.
choice-heading = Diubah secara berbeda di dua tab
choice-help = Kedua nilai disimpan sampai Anda memilih. Formulir menampilkan nilai yang bertanda “di formulir”.
choice-in-form = di formulir
choice-use = Gunakan yang ini
choice-keep-both = Simpan keduanya
choice-dismiss = Selesai, biarkan formulir seperti ini
choice-empty = (kosong)
choice-entry = { $list }, entri { $number }: { $field }
drafts-imported-name = { $name } (diimpor { $date })

## The form

intake-patient-heading = Pasien
intake-patient-name = Nama lengkap (sesuai paspor)
intake-patient-date-of-birth = Tanggal lahir
intake-patient-nationality = Kewarganegaraan (paspor)
intake-nationality-choose = Pilih negara
intake-nationality-as-written = { $text } (seperti yang ditulis)
intake-patient-email = Email
intake-patient-phone = Telepon (dengan kode negara)
intake-patient-preferred-language = Bahasa yang diinginkan
intake-contact-help = Alamat email atau nomor telepon, agar koordinator dapat menghubungi Anda.
intake-companions-heading = Pendamping
intake-companion-name = Nama pendamping
intake-companion-relation = Hubungan dengan pasien
intake-companion-add = Tambah pendamping
intake-companion-remove = Hapus pendamping ini
intake-condition-heading = Kondisi saat ini
intake-diagnosis = Diagnosis
intake-current-condition = Kondisi dan gejala saat ini
intake-physician-heading = Dokter yang merawat saat ini
intake-physician-name = Nama dokter
intake-physician-institution = Rumah sakit atau klinik
intake-physician-contact = Kontak dokter
intake-history-heading = Pengobatan sejauh ini
intake-history-help = Satu entri untuk setiap pemeriksaan, operasi, atau rangkaian pengobatan, beserta waktunya, tindakan yang dilakukan, dan temuannya.
intake-history-kind = Jenis
intake-history-examination = Pemeriksaan
intake-history-surgery = Operasi
intake-history-chemotherapy = Kemoterapi
intake-history-radiotherapy = Radioterapi
intake-history-when = Kapan
intake-history-details = Tindakan yang dilakukan dan temuannya
intake-history-add = Tambah entri
intake-history-remove = Hapus entri ini
intake-materials-heading = Hasil pencitraan dan laporan
intake-images = Hasil pencitraan yang Anda miliki (CT, MRI, PET-CT, endoskopi, USG), dan apakah tersedia sebagai data DICOM
intake-reports = Laporan, hasil tes darah, dan slide patologi yang Anda miliki
intake-wishes-heading = Keinginan Anda
intake-desired-hospital = Rumah sakit yang Anda inginkan
intake-desired-treatment = Perawatan yang Anda inginkan
intake-budget = Anggaran (jumlah dan mata uang)
intake-dates-from = Tanggal paling awal Anda dapat berangkat
intake-dates-to = Tanggal paling akhir Anda dapat berangkat
intake-questions = Pertanyaan untuk rumah sakit
intake-required-mark = (wajib diisi)
intake-required = Harap isi kolom ini.
intake-contact-required = Cantumkan alamat email atau nomor telepon.
intake-email-invalid = Ini tampaknya bukan alamat email (nama@example.com).
intake-date-invalid = Tanggal ini tidak valid.
intake-birth-future = Tanggal lahir tidak boleh di masa mendatang.
intake-dates-order = Tanggal paling akhir lebih awal daripada tanggal paling awal.
intake-too-long = Formulir terlalu panjang untuk disimpan di perangkat ini (lebih dari sekitar 300 halaman teks). Persingkat kolom ini, yang terpanjang, atau tambahkan laporan panjang sebagai dokumen di daftar periksa.
intake-problems = { $count ->
   *[other] { $count } kolom perlu diperiksa sebelum Anda mengekspor.
}

## Export

export-heading = Kirim ke koordinator Anda
export-help = Paket adalah satu file yang berisi draf ini serta apa yang Anda masukkan di kalkulator biaya, pemeriksaan masa tinggal, dan daftar periksa di perangkat ini.
export-passphrase = Frasa sandi (opsional)
export-passphrase-help = Dengan frasa sandi, file akan dienkripsi (AES-GCM, kunci 256-bit). Beri tahu koordinator Anda frasa sandinya melalui cara lain, misalnya lewat telepon, jangan pernah dalam email yang sama.
export-download = Unduh paket
export-copy = Salin teks paket
export-copied = Teks paket sudah ada di papan klip. Tempelkan ke email atau file.
export-copy-failed = Peramban tidak mengizinkan penyalinan. Gunakan Unduh sebagai gantinya.
export-share = Bagikan…
export-email = Kirim email ke koordinator
export-email-subject = Paket data medis (Japan Care Planner)
export-email-body = Halo, saya mengirimkan paket data medis saya, yang dibuat dengan Japan Care Planner, sebagai lampiran. Email ini tidak menyebut apa pun tentang kesehatan saya: semuanya ada di dalam file.
export-email-help = Aplikasi email Anda akan terbuka dengan pesan singkat. Lampirkan file paket yang sudah Anda unduh sebelum mengirimkannya.
export-done = Paket “{ $file }” telah dibuat.
export-encrypting = Mengenkripsi…
export-failed = Paket tidak dapat dibuat: { $reason }

## Open a packet

packet-intro = Buka file paket yang dikirim oleh pasien: file akan diperiksa dan ditampilkan di sini, hanya di perangkat ini. Anda dapat mencetaknya, atau menyimpannya sebagai draf baru.
packet-choose = Pilih file paket
packet-passphrase = Paket ini dienkripsi. Masukkan frasa sandinya.
packet-malformed = File ini bukan paket: isinya bukan JSON yang valid.
packet-not-packet = File ini bukan paket Japan Care Planner.
packet-newer = Paket ini dibuat oleh versi aplikasi yang lebih baru. Muat ulang halaman untuk mendapatkannya, lalu buka file tersebut lagi.
packet-invalid = Paket rusak dan tidak dapat ditampilkan ({ $reason }).
packet-made = Dibuat pada { $date } dengan aplikasi versi { $version }, bahasa { $locale }.
packet-import = Simpan sebagai draf baru
packet-imported = Disimpan sebagai draf baru “{ $name }”. Draf Anda yang lain tidak diubah.
packet-print = Cetak
packet-checklist-heading = Daftar periksa dokumen
packet-empty = (tidak diisi)
drafts-clear-failed = Peramban tidak mengizinkan aplikasi menghapus datanya di perangkat ini. Tidak ada yang dihapus.
drafts-cleared-files-failed = Draf, estimasi, rencana tinggal, daftar periksa, dan daftar tarif telah dihapus, tetapi peramban tidak mengizinkan penghapusan file dokumen yang disimpan ({ $reason }). Hapus file tersebut di halaman dokumen, atau hapus data situs ini di pengaturan peramban.
