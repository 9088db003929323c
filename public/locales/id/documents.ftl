## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = Pendapat kedua (second opinion) secara langsung
checklist-scenario-second-opinion-in-person-summary = Anda sendiri datang ke rumah sakit di Jepang untuk mendengar pendapat dokter spesialis tentang diagnosis dan pengobatan Anda.
checklist-scenario-second-opinion-proxy = Pendapat kedua melalui wakil
checklist-scenario-second-opinion-proxy-summary = Anggota keluarga menghadiri konsultasi atas nama Anda, atau orang lain yang membawa formulir persetujuan yang telah Anda tanda tangani.
checklist-scenario-second-opinion-written = Pendapat kedua secara tertulis
checklist-scenario-second-opinion-written-summary = Rumah sakit menelaah dokumen yang Anda kirimkan dan memberikan pendapatnya dalam laporan tertulis, tanpa kunjungan.
checklist-scenario-admission = Rawat inap untuk perawatan
checklist-scenario-admission-summary = Anda meminta rumah sakit di Jepang menerima Anda untuk perawatan, termasuk rawat inap.
checklist-scenario-visa-patient = Visa tinggal medis: pasien
checklist-scenario-visa-patient-summary = Anda adalah pasien dan mengajukan visa tinggal medis untuk menjalani perawatan di Jepang.
checklist-scenario-visa-companion = Visa tinggal medis: pendamping
checklist-scenario-visa-companion-summary = Anda bepergian bersama pasien sebagai kerabat atau pendamping lain, dengan jenis visa yang sama. Anda mengajukan permohonan dengan dokumen Anda sendiri, nama Anda dicantumkan pada surat keterangan rencana perawatan dan surat jaminan milik pasien, dan untuk masa tinggal panjang Anda memerlukan Sertifikat Kelayakan (Certificate of Eligibility) sendiri.
checklist-scenario-travel = Perjalanan ke Jepang
checklist-scenario-travel-summary = Apa saja yang perlu Anda bawa saat bepergian ke Jepang untuk konsultasi atau perawatan.

## Who usually provides each document

checklist-provider-patient = Anda (pasien)
checklist-provider-current-physician = Dokter Anda saat ini
checklist-provider-hospital-in-japan = Rumah sakit di Jepang
checklist-provider-coordinator = Koordinator Anda
checklist-provider-translator = Penerjemah
checklist-provider-bank = Bank Anda
checklist-provider-immigration = Otoritas imigrasi Jepang
checklist-provider-embassy = Kedutaan Besar atau Konsulat Jepang

## Medical documents

checklist-item-application-form = Formulir permohonan
checklist-item-application-form-why = Rumah sakit menggunakannya untuk mendaftarkan permintaan Anda. Formulir ini meminta data kontak Anda dan data kontak satu orang lain.
checklist-item-application-form-format = Gunakan formulir dari rumah sakit itu sendiri. Sebagian rumah sakit hanya menerima permohonan melalui koordinator.

checklist-item-referral-letter = Surat rujukan atau riwayat pengobatan
checklist-item-referral-letter-why = Surat ini memberi tahu dokter di Jepang diagnosis Anda dan pengobatan yang telah Anda jalani sejauh ini, dengan kata-kata dokter Anda saat ini.
checklist-item-referral-letter-format = Ditulis oleh dokter Anda saat ini dan diterjemahkan ke bahasa Jepang atau Inggris. Sebagian rumah sakit, seperti QST Hospital, memiliki formulir surat rujukan sendiri: mintalah formulir itu terlebih dahulu.

checklist-item-exam-summary = Rincian pemeriksaan
checklist-item-exam-summary-why = Dokter perlu mengetahui pemeriksaan apa saja yang telah Anda jalani dan apa hasilnya.
checklist-item-exam-summary-format = Untuk setiap pemeriksaan: tanggal, nama pemeriksaan, hasil, dan diagnosisnya. Diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-surgery-record = Rincian operasi
checklist-item-surgery-record-why = Jika Anda pernah dioperasi, dokter perlu mengetahui tindakan apa yang dilakukan dan apa hasil pemeriksaan patologinya.
checklist-item-surgery-record-format = Tanggal, jenis tindakan, dan temuan patologi. Diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-chemotherapy-record = Rincian kemoterapi
checklist-item-chemotherapy-record-why = Jika Anda pernah menjalani kemoterapi, dokter perlu mengetahui obat apa yang Anda terima dan seberapa efektif hasilnya.
checklist-item-chemotherapy-record-format = Periode, frekuensi pemberian, nama obat, dan efeknya. Diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-radiotherapy-record = Rincian radioterapi
checklist-item-radiotherapy-record-why = Jika Anda pernah menjalani radioterapi, dokter perlu mengetahui kapan, berapa dosisnya, dan di bagian tubuh mana.
checklist-item-radiotherapy-record-format = Periode, dosis, dan area yang diradiasi. Diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-dicom-images = Citra diagnostik (DICOM)
checklist-item-dicom-images-why = Dokter di Jepang memeriksa sendiri citranya, bukan hanya laporannya: CT, MRI, PET-CT, endoskopi, dan USG.
checklist-item-dicom-images-format = Sebaiknya berupa data citra DICOM, misalnya dalam CD atau DVD. Jangan mengirim foto layar. Citra endoskopi harus berwarna.

checklist-item-image-reports = Laporan hasil pencitraan
checklist-item-image-reports-why = Temuan tertulis untuk setiap citra Anda. Dokter membacanya bersama dengan citranya.
checklist-item-image-reports-format = Satu laporan untuk setiap pemeriksaan yang citranya Anda kirimkan, diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-blood-tests = Hasil tes darah terbaru
checklist-item-blood-tests-why = Hasil ini menunjukkan kondisi Anda saat ini kepada dokter.
checklist-item-blood-tests-format = Hasil terbaru Anda, diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-screening-results = Hasil skrining
checklist-item-screening-results-why = Hasil skrining yang pernah Anda jalani memberi dokter gambaran lebih lengkap tentang latar belakang medis Anda.
checklist-item-screening-results-format = Salinan hasilnya, diterjemahkan ke bahasa Jepang atau Inggris.

checklist-item-pathology-slides = Slide patologi dan laporan patologi
checklist-item-pathology-slides-why = Hanya diperlukan jika Anda ingin ahli patologi rumah sakit memeriksa ulang jaringan Anda. Laporan tersebut berisi temuan ahli patologi Anda sendiri.
checklist-item-pathology-slides-format = Slide aslinya, dari rumah sakit yang menyimpannya, beserta laporan patologi yang diterjemahkan ke bahasa Jepang atau Inggris. Pemeriksaan ulang dikenai biaya tersendiri: lihat kalkulator biaya.

checklist-item-translations = Terjemahan ke bahasa Jepang atau Inggris
checklist-item-translations-why = Rumah sakit membaca dokumen Anda dalam bahasa Jepang atau Inggris. Dokumen dalam bahasa lain perlu diterjemahkan.
checklist-item-translations-format = Terjemahkan setiap dokumen medis ke bahasa Jepang atau Inggris. Sebagian rumah sakit, seperti Juntendo, meminta salinan hasil pemeriksaan Anda beserta terjemahan bahasa Jepangnya.

## Proxy visits and consultations

checklist-item-proxy-consent-form = Formulir persetujuan pasien untuk wakil
checklist-item-proxy-consent-form-why = Jika orang yang bukan anggota keluarga menghadiri konsultasi atas nama Anda, rumah sakit memerlukan persetujuan tertulis dari Anda.
checklist-item-proxy-consent-form-format = Ditandatangani oleh pasien. Gunakan formulir dari rumah sakit jika tersedia.

checklist-item-power-of-attorney = Surat kuasa untuk kunjungan oleh wakil
checklist-item-power-of-attorney-why = Sebagian rumah sakit, seperti QST Hospital, meminta surat kuasa jika orang lain menghadiri konsultasi atas nama pasien.
checklist-item-power-of-attorney-format = Ditandatangani oleh pasien. Tanyakan kepada rumah sakit apakah tersedia formulir khusus.

checklist-item-interpreter-booking = Pemesanan juru bahasa
checklist-item-interpreter-booking-why = Sebagian rumah sakit, seperti Juntendo, mewajibkan kehadiran juru bahasa dalam konsultasi.
checklist-item-interpreter-booking-format = Pastikan tanggal, jam, dan tempatnya dengan koordinator Anda. Juru bahasa ditagih per jam, dengan tarif yang ditetapkan oleh masing-masing koordinator.

## Visa documents

checklist-item-passport = Paspor
checklist-item-passport-why = Diperlukan untuk pengajuan visa dan untuk masuk ke Jepang. Pasien dan setiap pendamping memerlukan paspor masing-masing.
checklist-item-passport-format = Paspor asli setiap orang yang bepergian.

checklist-item-photo = Pasfoto
checklist-item-photo-why = Bagian dari pengajuan visa, untuk pasien dan setiap pendamping.
checklist-item-photo-format = Ikuti ketentuan pasfoto dari Kedutaan Besar atau Konsulat Jepang tempat Anda mengajukan visa.

checklist-item-visa-application-form = Formulir permohonan visa
checklist-item-visa-application-form-why = Formulir yang digunakan Kedutaan Besar atau Konsulat untuk memutuskan pemberian visa. Pasien dan setiap pendamping mengisi formulirnya masing-masing.
checklist-item-visa-application-form-format = Gunakan formulir dari Kedutaan Besar atau Konsulat Jepang tempat Anda mengajukan visa.

checklist-item-planned-treatment-certificate = Surat keterangan rencana perawatan dan surat jaminan
checklist-item-planned-treatment-certificate-why = Dokumen ini menunjukkan kepada kantor visa bahwa sebuah rumah sakit di Jepang berencana merawat Anda dan bahwa penjamin terdaftar memberikan jaminan atas diri Anda.
checklist-item-planned-treatment-certificate-format = Satu formulir gabungan. Rumah sakit di Jepang mengisi bagian atasnya. Penjamin Anda, yaitu koordinator atau agen perjalanan yang terdaftar, melengkapi surat jaminan dan mengirimkan formulir tersebut kepada Anda.

checklist-item-proof-of-funds = Bukti kemampuan finansial
checklist-item-proof-of-funds-why = Dokumen ini menunjukkan bahwa Anda mampu membayar perawatan dan biaya selama tinggal di Jepang.
checklist-item-proof-of-funds-format = Misalnya, surat keterangan saldo rekening dari bank Anda.

checklist-item-id-document = Dokumen identitas
checklist-item-id-document-why = Diminta bersama pengajuan visa, selain paspor, untuk pasien dan setiap pendamping.
checklist-item-id-document-format = Tanyakan kepada Kedutaan Besar atau Konsulat Jepang dokumen identitas apa saja yang diterima.

checklist-item-coe = Sertifikat Kelayakan (Certificate of Eligibility)
checklist-item-coe-why = Hanya diperlukan untuk masa tinggal panjang, yang mengandaikan Anda akan dirawat inap di rumah sakit. Sertifikat ini diterbitkan oleh otoritas imigrasi di Jepang.
checklist-item-coe-format = Diajukan di Jepang oleh staf rumah sakit atau oleh kerabat yang tinggal di Jepang. Alat masa tinggal menunjukkan apakah masa tinggal Anda memerlukannya.

checklist-item-companion-coe = Sertifikat Kelayakan (Certificate of Eligibility) milik pendamping sendiri
checklist-item-companion-coe-why = Untuk masa tinggal panjang, bukan hanya pasien, setiap pendamping juga memerlukan Sertifikat Kelayakan (Certificate of Eligibility): daftar dokumen otoritas imigrasi Jepang memperlakukan pasien dan pendamping (“pendamping perawatan”) sebagai pemohon yang terpisah. Alat masa tinggal menunjukkan apakah masa tinggal Anda memerlukannya.
checklist-item-companion-coe-format = Diajukan di Jepang untuk pendamping, sama seperti untuk pasien, dengan rencana masa tinggal yang menyebutkan pasien dan hubungan Anda dengannya, serta bukti bahwa biaya masa tinggal tertanggung.

checklist-item-companion-named = Nama Anda pada surat keterangan rencana perawatan dan surat jaminan
checklist-item-companion-named-why = Kementerian Luar Negeri Jepang (MOFA) meminta penjamin dan pasien menyepakati pendamping mana yang diperlukan; nama setiap pendamping dicantumkan pada surat keterangan rencana perawatan dan surat jaminan milik pasien.
checklist-item-companion-named-format = Tidak ada yang perlu Anda isi sendiri: kirimkan nama lengkap Anda sesuai paspor kepada koordinator sebelum koordinator melengkapi surat jaminan.

checklist-item-treatment-schedule = Jadwal perawatan
checklist-item-treatment-schedule-why = Diperlukan untuk visa tinggal medis multiple-entry (masuk berkali-kali), jika perawatan Anda memerlukan beberapa kali kunjungan ke Jepang.
checklist-item-treatment-schedule-format = Jadwal perawatan dari dokter yang merencanakan perawatan Anda di Jepang. Setiap kali tinggal memiliki batas waktunya sendiri: alat masa tinggal memeriksanya.

## Travel

checklist-item-visa = Visa tinggal medis
checklist-item-visa-why = Izin bagi Anda untuk datang ke Jepang guna berobat, kecuali masa tinggal Anda memenuhi syarat kunjungan bebas visa.
checklist-item-visa-format = Visa ditempelkan di paspor Anda. Masuklah ke Jepang selama visa masih berlaku. Yang berlaku adalah tanggal yang tercetak pada visa dan pada izin pendaratan Anda.

checklist-item-hospital-estimate = Surat penerimaan dan perkiraan biaya dari rumah sakit
checklist-item-hospital-estimate-why = Jawaban rumah sakit bahwa mereka dapat menerima Anda, beserta rencana perawatan, lamanya, dan biayanya. Pembayaran di muka Anda didasarkan pada dokumen ini.
checklist-item-hospital-estimate-format = Dokumen tertulis dari rumah sakit itu sendiri. Jika berbeda dengan perkiraan aplikasi ini, yang berlaku adalah dokumen rumah sakit.

checklist-item-prepayment-record = Kuitansi pembayaran atau bukti transfer bank
checklist-item-prepayment-record-why = Dokumen ini menunjukkan apa yang telah Anda bayar di muka. Pendapat kedua tertulis disiapkan setelah pembayaran Anda dikonfirmasi, dan perkiraan biaya perawatan biasanya dibayar di muka.
checklist-item-prepayment-record-format = Simpan kuitansi atau bukti transfer dari bank Anda sampai penyelesaian pembayaran. Pengembalian dana dikirim ke rekening yang Anda gunakan untuk membayar.

checklist-item-medical-records-copy = Salinan dokumen medis Anda
checklist-item-medical-records-copy-why = Satu set laporan, citra, dan terjemahan yang Anda kirimkan ke rumah sakit, untuk Anda bawa sendiri selama tinggal di Jepang.
checklist-item-medical-records-copy-format = Salinan sudah cukup. Simpan dokumen aslinya di tempat yang aman.

checklist-item-coordinator-contact = Kontak koordinator Anda
checklist-item-coordinator-contact-why = Koordinator adalah penghubung Anda dengan rumah sakit. Jadwal janji temu dapat berubah, dan juru bahasa diatur melalui koordinator.
checklist-item-coordinator-contact-format = Nama, nomor telepon, dan alamat, ditulis di kertas dan juga disimpan di ponsel Anda.

checklist-item-insurance-policy = Polis asuransi internasional
checklist-item-insurance-policy-why = Jika Anda memiliki polis yang menanggung perawatan di Jepang, polis tersebut mungkin mengganti biaya medis Anda di kemudian hari, dan terkadang juga biaya juru bahasa atau koordinator.
checklist-item-insurance-policy-format = Polis dan kontak perusahaan asuransi Anda. Tanyakan kepada perusahaan asuransi kuitansi dan laporan apa saja yang diperlukan untuk klaim.

## Documents page

documents-intro = Pilih situasi yang sesuai dengan Anda. Untuk setiap dokumen, Anda dapat melihat mengapa dokumen itu diperlukan, dalam bentuk apa, dan siapa yang biasanya menyediakannya. Tandai status setiap dokumen dan tambahkan catatan; semuanya tetap tersimpan di perangkat ini.
documents-loading = Memuat daftar periksa…
documents-as-of = Daftar periksa per { $date }
documents-choose = Manakah yang sesuai dengan Anda?
documents-none-chosen = Pilih setidaknya satu situasi di atas untuk melihat daftar periksanya.
documents-ready-help = Dokumen dianggap sudah di tangan setelah diterima, diterjemahkan, atau dikirim. Dokumen yang muncul pada dua situasi hanya memiliki satu status.
documents-print = Cetak daftar periksa
checklist-progress = { $total ->
   *[other] { $ready } dari { $total } dokumen sudah di tangan
}
checklist-format-label = Bentuk:
checklist-provider-label = Biasanya dari:
checklist-sources-label = Sumber:
checklist-status-label = Status
checklist-note-label = Catatan
checklist-status-not-started = Belum dimulai
checklist-status-requested = Sudah diminta
checklist-status-received = Sudah diterima
checklist-status-translated = Sudah diterjemahkan
checklist-status-sent = Sudah dikirim
checklist-status-printed = Status: { $status }
checklist-note-printed = Catatan: { $note }
files-heading = File dokumen Anda
files-limits = Simpan file setiap dokumen bersama dokumennya: PDF, JPEG, PNG, teks, atau HEIC (foto iPhone), hingga { $file } per file dan { $whole } secara keseluruhan, agar paket tetap cukup kecil untuk dikirim dan dibuka di ponsel. File tetap berada di perangkat ini sampai Anda mengirimkannya bersama paket dari halaman formulir riwayat medis.
files-used = { $count ->
   *[other] { $count } file disimpan di perangkat ini: { $size } dari { $whole } yang diizinkan.
}
files-browser-free = Menurut peramban, sekitar { $free } lagi dapat disimpan untuk situs ini.
files-opening-slow = Membuka penyimpanan berkas perangkat ini memakan waktu lebih lama dari biasanya. Masih menunggu: berkas dapat ditambahkan begitu penyimpanan terbuka.
files-opening-blocked = Tab lain yang membuka versi lama perencana ini sedang memakai penyimpanan berkas perangkat ini. Tutup atau muat ulang tab itu, lalu berkas dapat ditambahkan di sini.
files-case = Berkas di bawah disimpan untuk draf formulir “{ $name }” dan hanya disertakan dalam paketnya. Untuk melihat berkas pasien lain, buka draf mereka di halaman formulir.
files-case-first = Berkas di bawah hanya disertakan dalam paket draf formulir yang Anda mulai di halaman formulir.
files-memory-only = Peramban ini tidak mengizinkan aplikasi menyimpan file di perangkat ini ({ $reason }), misalnya di jendela pribadi. File yang Anda tambahkan sekarang hanya disimpan sampai halaman ini ditutup: kirimkan bersama paket di bawah sebelum Anda pergi.
files-this-visit-help = Unduh file Anda sekarang bersama daftar periksa dan draf formulir riwayat medis yang sedang terbuka, sebagai satu paket untuk koordinator Anda.
files-this-visit-name = Dokumen
files-add = Tambahkan file untuk “{ $document }”
files-added = “{ $name }” disimpan di perangkat ini.
files-added-many = { $count } berkas disimpan di perangkat ini.
files-renamed = Nama diubah menjadi “{ $name }”.
files-removed = “{ $name }” telah dihapus dari perangkat ini.
files-remove-confirm = Hapus “{ $name }” dari perangkat ini? Tindakan ini tidak dapat dibatalkan.
files-refused-kind = “{ $name }” tidak ditambahkan: hanya file PDF, JPEG, PNG, teks, dan HEIC yang dapat disimpan. Citra diagnostik (DICOM) dikirim dalam CD atau DVD, atau melalui layanan transfer milik rumah sakit.
files-refused-large = “{ $name }” tidak ditambahkan: ukurannya { $size }, sedangkan satu file maksimal { $limit }. Pindai ulang dengan resolusi lebih rendah, atau pecah file tersebut.
files-refused-room = “{ $name }” tidak ditambahkan: ukurannya { $size }, dan ruang yang tersisa untuk file Anda hanya { $left }. Hapus dahulu file yang tidak Anda perlukan lagi.
files-refused-many = “{ $name }” tidak ditambahkan: jumlah maksimal file yang dapat disimpan sudah tercapai. Hapus dahulu file yang tidak Anda perlukan lagi.
files-full = “{ $name }” tidak disimpan: perangkat ini tidak memiliki ruang tersisa untuknya. Tidak ada yang diubah, dan file Anda yang lain tetap seperti semula.
files-storage-failed = Peramban tidak dapat menyimpan perubahan ({ $reason }). File Anda tetap seperti semula.
files-missing = “{ $name }” sudah tidak ada di perangkat ini: peramban telah menghapusnya. Tambahkan file itu lagi, atau keluarkan dari daftar.
files-forget = Keluarkan dari daftar
files-details = { $size } · ditambahkan { $date }
files-rename = Ganti nama
files-new-name = Nama baru untuk “{ $name }”
files-save-name = Simpan nama
files-cancel = Batal
files-replace = Ganti
files-replace-label = Ganti “{ $name }” dengan file lain
files-remove = Hapus
files-dicom = Citra diagnostik (seri DICOM dari CT, MRI, atau PET-CT) tidak disimpan di sini: rumah sakit memintanya dalam CD atau DVD, atau melalui layanan transfer milik rumah sakit sendiri. Sebagai gantinya, simpan laporan tertulisnya di sini.
