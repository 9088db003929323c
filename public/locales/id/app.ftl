app-name = Japan Care Planner
skip-to-content = Langsung ke konten utama
nav-label = Alat
language-picker-label = Bahasa

## Routes: short names (navigation, headings) and one-sentence summaries

route-home = Rencanakan perawatan medis Anda di Jepang
route-home-summary = Gambaran seluruh perjalanan, dengan alat bantu untuk setiap langkah.
route-estimate = Perkirakan biaya
route-estimate-summary = Jumlahkan biaya konsultasi, perawatan, juru bahasa, koordinator, penginapan, dan perjalanan dalam yen, beserta sumber setiap tarif.
route-stay = Masa tinggal dan jadwal
route-stay-summary = Periksa apakah perawatan Anda sesuai dengan masa tinggal yang diizinkan, dan lihat kapan paling lambat setiap langkah harus dimulai.
route-documents = Dokumen
route-documents-summary = Daftar periksa dokumen yang diminta rumah sakit dan kantor visa, beserta status masing-masing dokumen.
route-guide = Panduan langkah demi langkah
route-guide-summary = Apa yang terjadi di setiap tahap, berapa lama waktunya, dan apa yang perlu diperiksa.
route-intake = Formulir riwayat medis
route-intake-summary = Tuliskan riwayat medis Anda tanpa terburu-buru; draf tetap tersimpan di perangkat ini.
route-packet = Buka paket
route-packet-summary = Buka file paket yang dikirim oleh pasien, untuk dibaca atau dicetak.
route-embed-estimate = Kalkulator biaya
route-embed-estimate-summary = Kalkulator biaya, untuk dipasang di situs web rumah sakit.
route-hospitals = Untuk rumah sakit
route-hospitals-summary = Susun daftar tarif, pratinjau estimator dengannya, dan pasang di situs web Anda sendiri.

## Home

home-intro = Datang ke Jepang untuk berobat memerlukan perencanaan: dokumen, kesediaan rumah sakit untuk menerima Anda, pembayaran di muka, visa, dan perjalanan. Perencana ini menyatukan semua langkah tersebut. Semua yang Anda masukkan tetap tersimpan di perangkat ini.
home-journey-heading = Gambaran perjalanan
home-tools-heading = Alat

journey-prepare-title = Persiapan
journey-prepare-text = Hubungi koordinator medis internasional. Kumpulkan keterangan tentang kondisi Anda saat ini, laporan medis dan hasil pencitraan, rumah sakit pilihan, anggaran, serta waktu keberangkatan yang Anda inginkan.
journey-liaison-title = Komunikasi dengan rumah sakit
journey-liaison-text = Koordinator mengirimkan informasi Anda ke rumah sakit. Rumah sakit memutuskan apakah dapat menerima Anda, lalu menyampaikan rencana perawatan, lamanya, dan biayanya. Langkah pertama terkadang berupa pendapat kedua (second opinion) yang berbayar.
journey-prepay-title = Pembayaran di muka
journey-prepay-text = Perkiraan biaya perawatan dan biaya koordinator biasanya dibayar di muka. Transfer bank memerlukan waktu, dan sebagian bank meminta dokumen tambahan.
journey-visa-title = Visa
journey-visa-text = Visa tinggal medis memerlukan penjamin terdaftar, misalnya koordinator Anda atau agen perjalanan. Sediakan waktu yang cukup sebelum keberangkatan.
journey-treatment-title = Perjalanan dan perawatan
journey-treatment-text = Batasi pendamping pada orang yang benar-benar Anda perlukan. Juru bahasa biasanya ditagih per jam, dan jadwal janji temu dapat berubah.
journey-settlement-title = Penyelesaian pembayaran
journey-settlement-text = Setelah perawatan, pembayaran di muka diperhitungkan dengan biaya yang sebenarnya: kelebihannya dikembalikan kepada Anda, atau perawatan tambahan dibayar.
journey-follow-up-title = Tindak lanjut di negara asal
journey-follow-up-text = Lanjutkan perawatan dengan dokter di tempat tinggal Anda. Hasil pemeriksaan dapat dikirim kembali melalui koordinator.

## Under every page heading, in every language but English

translation-notice = Halaman ini diterjemahkan dari bahasa Inggris dan mungkin mengandung kesalahan. Jika berbeda dengan dokumen rumah sakit, dokumen rumah sakit yang berlaku.

## Footer

footer-privacy = Informasi Anda tetap tersimpan di perangkat ini. Aplikasi ini tidak mengirimkan apa pun ke mana pun.
footer-guidance = Hanya sebagai panduan: yang berlaku adalah perkiraan biaya dan dokumen dari rumah sakit, serta tanggal pada visa dan izin pendaratan Anda.
footer-embed-link = Untuk rumah sakit: kalkulator biaya yang dapat disematkan

## Not found

not-found-title = Halaman tidak ditemukan
not-found-text = Tidak ada halaman di alamat ini. Halaman tersebut mungkin telah dipindahkan, atau tautannya tidak lengkap.
not-found-home-link = Ke halaman awal

## Shared by the tools

data-load-failed = File “{ $file }” tidak dapat dimuat ({ $reason }). Periksa koneksi Anda, lalu muat ulang halaman.
data-file-invalid = File data “{ $file }” tidak dapat digunakan: kolom “{ $field }” salah ({ $reason }). Pihak yang menerbitkan file tersebut perlu memperbaikinya.
saved-unreadable = Data yang disimpan halaman ini di perangkat ini tidak dapat dibaca. Data tersebut dibiarkan apa adanya, dan halaman ini tidak akan menimpanya.
save-failed = Peramban Anda tidak mengizinkan halaman ini menyimpan isian Anda (penyimpanannya penuh atau dinonaktifkan). Isian tetap ada di halaman ini sampai Anda meninggalkannya: cetaklah untuk menyimpan salinannya.
saved-changed-elsewhere = Halaman ini kini menampilkan perubahan yang Anda buat di tab atau jendela lain, sehingga tidak ada salinan yang menimpa salinan lainnya.
saved-quarantined = Isi yang disimpan halaman ini di perangkat tidak dapat dibaca. Teksnya disimpan tanpa perubahan di bawah “{ $key }”, dan mulai sekarang halaman ini menyimpan apa yang Anda masukkan.
start-over = Mulai ulang di halaman ini
start-over-confirm = Hapus yang Anda masukkan di halaman ini dari perangkat dan mulai ulang? Halaman lain tetap menyimpan datanya.
number-empty = Masukkan angka.
number-not-a-number = Gunakan angka saja, misalnya 1500.
number-negative = Angka tidak boleh negatif.
number-too-large = Masukkan paling banyak { $max }.
number-too-precise = { $decimals ->
    [0] Masukkan bilangan bulat.
   *[other] Gunakan paling banyak { $decimals } angka di belakang koma.
}
number-zero = Masukkan angka yang lebih besar dari nol.
sources-heading = Sumber
source-checked = (diperiksa { $checked })
source-dated-checked = (bertanggal { $date }, diperiksa { $checked })
source-stale = Diperiksa { $months } bulan yang lalu: pastikan kembali kepada koordinator Anda atau kedutaan.

## The app itself: offline, and a new version ready

offline-notice = Anda sedang luring (offline). Aplikasi tetap berfungsi, dan data yang Anda masukkan tetap tersimpan di perangkat ini.
update-ready = Versi baru aplikasi ini sudah tersedia. Memuat ulang tidak menghapus data yang sudah Anda masukkan.
update-reload = Muat ulang sekarang

# Opening files (packets, estimate files)
file-drop = atau letakkan file di sini
file-unlock = Buka
file-unreadable = File tidak dapat dibaca.
file-crypto-unavailable = Peramban ini tidak dapat mendekripsi di sini (enkripsi memerlukan koneksi https yang aman).
file-wrong-passphrase = Frasa sandi salah, atau file telah rusak.
file-too-large = File terlalu besar ({ $size } MB; maksimal { $limit } MB).
file-sealed-damaged = File terenkripsi rusak dan tidak dapat dibuka ({ $reason }).
passphrase-rule = Paling sedikit { $min } karakter: tiga atau empat kata biasa, yang dapat Anda bacakan lewat telepon, mudah diingat dan sulit ditebak. Siapa pun yang memegang file dapat mencoba frasa sandi selama yang mereka mau.
passphrase-confirm = Frasa sandi yang sama sekali lagi
passphrase-too-short = Gunakan frasa sandi paling sedikit { $min } karakter.
passphrase-repetitive = Frasa sandi ini hanya mengulang beberapa karakter, sehingga langsung tertebak: pilih yang lain.
passphrase-mismatch = Kedua frasa sandi tidak sama.
