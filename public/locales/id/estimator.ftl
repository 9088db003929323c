## Estimator

estimate-intro = Pilih daftar tarif, tambahkan item yang Anda perkirakan, lalu tambahkan angka perjalanan Anda sendiri. Setiap tarif menunjukkan dari mana asalnya dan kapan dibaca.
estimate-loading = Memuat daftar tarif…
estimate-schedule-label = Daftar tarif
estimate-example-badge = Contoh
estimate-issuer = Diterbitkan oleh { $issuer }
estimate-published-checked = Diterbitkan { $date }, diperiksa { $checked }
estimate-published = Diterbitkan { $date }
estimate-items-heading = Item
estimate-add-label = Item yang akan ditambahkan
estimate-add-button = Tambah
estimate-remove-button = Hapus
estimate-no-lines = Belum ada item. Pilih salah satu di atas, lalu tekan Tambah.
estimate-line-source = Sumber:
estimate-package-note = Satu harga tetap, berapa pun jumlah sesinya.
quantity-minutes = Menit
quantity-points = Poin
quantity-times = Kali
unit-hour = Jam
unit-slide = Slide
unit-case = Kasus
unit-visit = Kunjungan
unit-trip = Perjalanan
price-from = mulai { $amount }
price-range = { $low } sampai { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = { $first-minutes } menit pertama { $first }, lalu { $extra-blocks } × { $additional-minutes } menit, masing-masing { $extra }
breakdown-first-block = { $first-minutes } menit pertama { $first }
breakdown-points = { $points } poin × { $rate } yen
category-consultation = Konsultasi
category-pathology = Patologi
category-examination = Pemeriksaan
category-treatment = Perawatan
category-interpreter = Juru bahasa
category-other = Lainnya

estimate-own-heading = Angka Anda sendiri
estimate-own-help = Dari penawaran harga yang Anda terima sendiri; angka ini tidak ada dalam daftar tarif mana pun. Biarkan kolom kosong jika tidak berlaku.
estimate-coordinator-fee = Biaya layanan koordinator (yen, sesuai penawaran)
estimate-companions = Pendamping yang bepergian bersama Anda
estimate-flight = Tiket pesawat pulang-pergi per orang (yen)
estimate-nights = Jumlah malam menginap
estimate-nightly-rate = Biaya penginapan per malam (yen)
estimate-other-costs = Biaya lain (yen): transportasi lokal, makan, asuransi
estimate-contingency = Dana cadangan (%)

summary-heading = Perkiraan biaya Anda
summary-medical-subtotal = Subtotal biaya medis
summary-tax-included = termasuk pajak konsumsi ({ $rate } %)
summary-tax-added = Pajak konsumsi ({ $rate } %)
summary-medical-total = Total biaya medis
summary-coordinator = Biaya layanan koordinator
summary-prepayment = Biasanya dibayar di muka (total biaya medis dan biaya koordinator)
summary-flights = { $travellers ->
   *[other] Tiket pesawat ({ $travellers } orang)
}
summary-accommodation = { $nights ->
   *[other] Penginapan ({ $nights } malam)
}
summary-other-costs = Biaya lain
summary-contingency = Dana cadangan ({ $percent } %)
summary-total = Perkiraan total
summary-open-ended = Sebagian tarif hanya dipublikasikan sebagai harga minimum, sehingga totalnya juga merupakan jumlah minimum.
summary-unknown-items = { $count ->
   *[other] { $count } item yang Anda tambahkan tidak ada dalam daftar tarif ini dan tidak dihitung; item tersebut akan muncul kembali jika Anda beralih ke daftar tarif sebelumnya.
}
summary-error = Angka-angka ini tidak dapat dijumlahkan. Periksa angka yang Anda masukkan.
summary-guidance = Ini perkiraan, bukan penawaran harga resmi: yang Anda bayar di muka adalah perkiraan biaya dari rumah sakit.
estimate-print = Cetak perkiraan ini

settlement-heading = Pembayaran di muka dan penyelesaian pembayaran
settlement-help = Setelah perawatan, jumlah yang dibayar di muka diperhitungkan dengan biaya yang sebenarnya.
settlement-prepaid = Jumlah yang dibayar di muka (yen)
settlement-actual = Biaya sebenarnya (yen)
settlement-refund = { $prepaid } − { $actual } = { $difference }, dikembalikan kepada Anda.
settlement-extra = { $actual } − { $prepaid } = { $difference }, masih harus dibayar.
settlement-even = Jumlah yang dibayar di muka sama dengan biaya sebenarnya: tidak ada yang dikembalikan atau perlu dibayar.
settlement-use-estimate = Gunakan perkiraan sebagai jumlah yang dibayar di muka

currency-heading = Dalam mata uang Anda
currency-label = Mata uang
currency-rate = Yen untuk 1 { $code }
currency-help = Ketik kurs yang diberikan bank Anda. Aplikasi ini tidak pernah mengambil data kurs.
currency-total = Perkiraan total: sekitar { $amount } { $code }
currency-prepayment = Biasanya dibayar di muka: sekitar { $amount } { $code }
currency-yen-governs = Jumlah dalam yen yang berlaku. Kurs dan biaya dari bank Anda menentukan jumlah yang Anda bayar.
currency-source = Jumlah angka di belakang koma:
estimate-schedule-from-file = { $name } (dari file perkiraan)
estimate-record-refund = { $prepaid } − { $actual } = { $difference }, akan dikembalikan.
estimate-record-differs = Angka-angka ini berbeda dengan hasil hitungan aplikasi ini dari item dan daftar tarif yang sama. Angka ditampilkan sebagaimana dikirim: pastikan jumlahnya kepada rumah sakit.
estimate-file-save-heading = Kirim balik perkiraan ini
estimate-file-save-help = Untuk koordinator dan rumah sakit: simpan perkiraan ini sebagai file untuk pasien. File ini memuat seluruh daftar tarif, sehingga terbuka dengan isi yang sama di perangkat mana pun, bahkan saat luring.
estimate-file-made-by = Dibuat oleh (nama Anda atau organisasi, ditampilkan kepada pasien)
estimate-file-passphrase = Frasa sandi (opsional)
estimate-file-passphrase-help = Dengan frasa sandi, file akan dienkripsi; beri tahu pasien frasa sandinya melalui cara lain, lewat telepon atau secara langsung.
estimate-file-save = Simpan perkiraan ini sebagai file
estimate-file-saved = Disimpan sebagai “{ $file }”.
estimate-file-save-failed = Peramban tidak menyimpan file. Coba lagi, atau gunakan peramban lain.
estimate-file-seal-failed = File tidak dapat dienkripsi ({ $reason }).
estimate-file-open-heading = Buka file perkiraan
estimate-file-open-help = Perkiraan yang dikirim oleh koordinator Anda atau rumah sakit dibuka di sini, hanya untuk dibaca. Setelah itu, Anda dapat menjadikannya perkiraan Anda untuk mencatat pembayaran di muka dan penyelesaian pembayaran berdasarkan perkiraan tersebut.
estimate-file-choose = Pilih file perkiraan
estimate-file-locked = File perkiraan ini dienkripsi. Masukkan frasa sandinya.
estimate-file-heading = Perkiraan yang diterima
estimate-file-made = Dibuat oleh { $by } pada { $date }.
estimate-file-anonymous = seseorang yang tidak mencantumkan nama
estimate-file-use = Gunakan sebagai perkiraan saya
estimate-file-use-confirm = Ganti perkiraan di perangkat ini dengan perkiraan dalam file ini? Item, angka Anda sendiri, dan angka penyelesaian pembayaran yang Anda masukkan di sini akan diganti.
estimate-file-use-failed = Perkiraan tidak dapat disimpan di perangkat ini ({ $reason }). Tidak ada yang diubah.
estimate-file-malformed = File ini bukan perkiraan: isinya bukan JSON yang valid, atau terpotong.
estimate-file-is-packet = File ini adalah paket pasien, bukan perkiraan. Buka file ini di halaman “Buka paket”.
estimate-file-is-schedule = File ini adalah daftar tarif, bukan perkiraan. Rumah sakit membuka daftar tarif di halaman “Untuk rumah sakit”.
estimate-file-not-estimate = File ini bukan perkiraan Japan Care Planner.
estimate-file-newer = Perkiraan ini dibuat oleh versi aplikasi yang lebih baru. Muat ulang halaman untuk mendapatkannya, lalu buka file tersebut lagi.
estimate-file-invalid = File perkiraan rusak dan tidak dapat ditampilkan ({ $reason }).
estimate-file-schedule-invalid = Daftar tarif di dalam file tidak valid ({ $field }: { $reason }).
estimate-file-figures = Angka dalam file ini tidak sesuai dengan item dan daftar tarif di dalamnya sendiri, sehingga file tidak dapat digunakan. Mintalah file baru kepada pengirim.
