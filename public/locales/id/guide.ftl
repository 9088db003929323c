## Step-by-step guide: stages of the journey

guide-stage-prepare = Persiapan
guide-stage-prepare-summary = Hubungi koordinator medis internasional dan kumpulkan keterangan tentang diri Anda yang perlu diketahui rumah sakit.
guide-stage-prepare-step-1 = Hubungi koordinator medis internasional. Sebagian rumah sakit hanya menerima pertanyaan dari luar negeri melalui mitra koordinasinya.
guide-stage-prepare-step-2 = Tuliskan kondisi Anda saat ini dan kumpulkan informasi medis Anda sejauh ini: laporan dan hasil pencitraan.
guide-stage-prepare-step-3 = Tentukan rumah sakit pilihan Anda, anggaran Anda, dan kapan Anda ingin berangkat.
guide-stage-prepare-step-4 = Gunakan daftar periksa dokumen untuk melihat apa saja yang akan diminta rumah sakit, termasuk terjemahan ke bahasa Jepang atau Inggris.
guide-stage-prepare-cost = Koordinator mengenakan biaya layanan, terpisah dari biaya rumah sakit. Tanyakan apa saja yang sudah termasuk di dalamnya.
guide-stage-prepare-check = Periksa apakah dokumen medis Anda sudah lengkap, dan apakah hasil pencitraan Anda berupa data DICOM, bukan foto layar.

guide-stage-liaison = Komunikasi dengan rumah sakit
guide-stage-liaison-summary = Koordinator Anda mengirimkan informasi Anda ke rumah sakit. Rumah sakit memutuskan apakah dapat menerima Anda, lalu menyampaikan rencana perawatan, lamanya, dan biayanya.
guide-stage-liaison-step-1 = Kirimkan informasi medis Anda ke rumah sakit melalui koordinator Anda.
guide-stage-liaison-step-2 = Jika rumah sakit terlebih dahulu meminta pendapat kedua (second opinion) yang berbayar, pilih caranya: secara langsung, melalui wakil, atau secara tertulis.
guide-stage-liaison-step-3 = Baca jawaban rumah sakit: apakah dapat menerima Anda, serta rencana perawatan, lamanya, dan biayanya.
guide-stage-liaison-cost = Kontak pertama terkadang berupa pendapat kedua yang berbayar. Lihat kalkulator biaya untuk tarif yang dipublikasikan rumah sakit.
guide-stage-liaison-check = Periksa apa saja yang termasuk dalam perkiraan biaya dari rumah sakit. Sebagian rumah sakit tidak memasukkan biaya perjalanan, penginapan, dan biaya koordinator, serta menagih biaya konsultasi secara terpisah.

guide-stage-prepayment = Pembayaran di muka
guide-stage-prepayment-summary = Perkiraan biaya perawatan dan biaya layanan koordinator biasanya dibayar di muka kepada koordinator.
guide-stage-prepayment-step-1 = Tanyakan kepada koordinator Anda jumlah yang harus dibayar di muka: perkiraan biaya dari rumah sakit ditambah biaya layanan koordinator.
guide-stage-prepayment-step-2 = Tanyakan sejak awal kepada bank Anda berapa lama transfer memakan waktu dan dokumen apa saja yang diperlukan.
guide-stage-prepayment-step-3 = Lakukan transfer dan simpan kuitansi atau bukti transfernya.
guide-stage-prepayment-cost = Anda membayar perkiraan biaya dari rumah sakit dan biaya layanan koordinator sebelum berangkat. Kalkulator biaya menjumlahkan keduanya.
guide-stage-prepayment-check = Perhatikan dari rekening mana Anda membayar. Setelah perawatan, pengembalian dana dikirim ke rekening tersebut; pengembalian ke rekening lain mungkin memerlukan bukti hubungan Anda dengan pemilik rekening itu.

guide-stage-visa = Visa
guide-stage-visa-summary = Visa tinggal medis memerlukan penjamin terdaftar: koordinator atau agen perjalanan. Mulailah setelah informasi medis Anda lengkap, jauh sebelum keberangkatan.
guide-stage-visa-step-1 = Mintalah koordinator Anda, atau agen perjalanan, untuk bertindak sebagai penjamin terdaftar Anda.
guide-stage-visa-step-2 = Mintalah surat keterangan rencana perawatan dan surat jaminan kepada penjamin Anda. Rumah sakit di Jepang mengisi bagiannya.
guide-stage-visa-step-3 = Siapkan paspor, pasfoto, formulir permohonan visa, bukti kemampuan finansial seperti surat keterangan saldo rekening, dan dokumen identitas. Setiap pendamping memerlukan paspor, pasfoto, formulir, dan dokumen identitas.
guide-stage-visa-step-4 = Untuk masa tinggal panjang yang memerlukan Sertifikat Kelayakan (Certificate of Eligibility), mintalah staf rumah sakit atau kerabat di Jepang untuk mengajukannya. Untuk beberapa kali kunjungan, mintalah jadwal perawatan kepada dokter, untuk visa multiple-entry (masuk berkali-kali).
guide-stage-visa-step-5 = Ajukan permohonan di Kedutaan Besar atau Konsulat Jepang, lalu masuklah ke Jepang selama visa masih berlaku.
guide-stage-visa-cost = Aplikasi ini tidak memiliki angka untuk biaya visa. Tanyakan kepada penjamin Anda dan Kedutaan Besar atau Konsulat berapa yang perlu Anda bayar.
guide-stage-visa-check = Periksa apakah masa tinggal yang diberikan sesuai dengan rencana perawatan Anda. Proses dapat memakan waktu lebih lama jika permohonan Anda diteruskan ke Tokyo, jadi rencanakan perjalanan Anda jauh-jauh hari.

guide-stage-travel-treatment = Perjalanan dan perawatan
guide-stage-travel-treatment-summary = Anda berangkat ke Jepang dan menjalani perawatan. Koordinator Anda tetap menjadi penghubung Anda dengan rumah sakit.
guide-stage-travel-treatment-step-1 = Batasi pendamping pada orang yang benar-benar Anda perlukan. Mereka bepergian dengan jenis visa yang sama dan tidak boleh bekerja dengan upah di Jepang.
guide-stage-travel-treatment-step-2 = Mintalah koordinator Anda mengatur juru bahasa untuk janji temu Anda.
guide-stage-travel-treatment-step-3 = Bawalah paspor, surat penerimaan dan perkiraan biaya dari rumah sakit, bukti pembayaran, serta kontak koordinator Anda.
guide-stage-travel-treatment-step-4 = Tetaplah berhubungan dengan koordinator Anda: keadaan darurat di rumah sakit dapat menggeser jadwal janji temu.
guide-stage-travel-treatment-cost = Juru bahasa ditagih per jam, dengan tarif yang ditetapkan oleh masing-masing koordinator. Tambahkan biaya perjalanan, penginapan, dan biaya harian Anda di kalkulator biaya.
guide-stage-travel-treatment-check = Hitung hari terakhir Anda boleh tinggal dari tanggal pendaratan dan masa tinggal yang tercantum pada izin pendaratan Anda (alat masa tinggal menampilkannya), lalu cocokkan dengan tanggal-tanggal perawatan Anda.

guide-stage-settlement = Penyelesaian pembayaran
guide-stage-settlement-summary = Setelah perawatan, pembayaran di muka diperhitungkan dengan biaya yang sebenarnya.
guide-stage-settlement-step-1 = Setelah perawatan selesai, mintalah rincian biaya sebenarnya kepada koordinator Anda.
guide-stage-settlement-step-2 = Bandingkan dengan jumlah yang Anda bayar di muka. Kalkulator biaya memiliki bagian penyelesaian pembayaran untuk keperluan ini.
guide-stage-settlement-step-3 = Terima kelebihan pembayaran, yang dikembalikan ke rekening yang Anda gunakan untuk membayar, atau bayar kekurangannya jika ada perawatan tambahan di luar rencana.
guide-stage-settlement-cost = Jika biaya sebenarnya lebih rendah daripada pembayaran di muka Anda, selisihnya dikembalikan. Jika ada perawatan tambahan di luar rencana, Anda membayar selisihnya.
guide-stage-settlement-check = Periksa setiap perawatan tambahan dengan membandingkannya dengan perkiraan biaya awal, dan tanyakan kepada koordinator Anda tentang apa pun yang tidak Anda kenali.

guide-stage-follow-up = Tindak lanjut di negara asal
guide-stage-follow-up-summary = Setelah Anda pulang, dokter di tempat tinggal Anda melanjutkan perawatan Anda. Hasil pemeriksaan dapat dikirim kembali melalui koordinator Anda.
guide-stage-follow-up-step-1 = Berikan laporan perawatan Anda di Jepang kepada dokter di tempat tinggal Anda.
guide-stage-follow-up-step-2 = Tanyakan kepada koordinator Anda cara mengirimkan hasil pemeriksaan berikutnya kembali ke rumah sakit di Jepang.
guide-stage-follow-up-step-3 = Jika Anda memiliki polis asuransi internasional, tanyakan kepada perusahaan asuransi kuitansi dan laporan apa saja yang diperlukan untuk klaim.
guide-stage-follow-up-cost = Aplikasi ini tidak memiliki angka untuk perawatan lanjutan. Polis asuransi internasional mungkin mengganti sebagian biaya di kemudian hari.
guide-stage-follow-up-check = Pastikan dokter di tempat tinggal Anda sudah menerima semua yang diperlukannya dari Jepang, dan bahwa Anda tahu cara menghubungi koordinator Anda.

## Frequently asked questions

guide-faq-language-help = Apakah saya akan dibantu dalam hal bahasa?
guide-faq-language-help-answer = Mintalah koordinator Anda mengatur juru bahasa. Juru bahasa ditagih per jam, dengan tarif yang ditetapkan oleh masing-masing koordinator, dan sebagian rumah sakit mewajibkan kehadiran juru bahasa dalam konsultasi. Dokumen yang Anda kirim harus dalam bahasa Jepang atau Inggris, jadi rencanakan penerjemahannya.

guide-faq-companions = Apakah anggota keluarga boleh ikut bersama saya?
guide-faq-companions-answer = Ya. Kerabat, atau orang lain bila diperlukan, dapat ikut bersama Anda dengan jenis visa yang sama. Pendamping tidak boleh bekerja dengan upah di Jepang. Batasi jumlah pendamping seminimal mungkin: setiap pendamping menambah biaya perjalanan dan penginapan.

guide-faq-insurance = Apakah asuransi akan membayar perawatan saya?
guide-faq-insurance-answer = Polis internasional yang menanggung perawatan di Jepang mungkin mengganti biaya medis Anda di kemudian hari, dan terkadang juga biaya juru bahasa atau koordinator. Biasanya Anda tetap harus membayar di muka terlebih dahulu. Mendaftar ke asuransi kesehatan publik Jepang sebagai bukan penduduk dengan tujuan mendapatkan perawatan adalah melanggar hukum. Tanyakan kepada perusahaan asuransi Anda sebelum berangkat.

guide-faq-treatment-changes = Apa yang terjadi jika perawatan atau jadwal janji temu saya berubah?
guide-faq-treatment-changes-answer = Keadaan darurat di rumah sakit dapat menggeser jadwal janji temu; koordinator Anda akan memberi tahu Anda. Jika ada perawatan tambahan di luar rencana, Anda membayar selisihnya pada saat penyelesaian pembayaran. Jika biaya sebenarnya lebih rendah daripada pembayaran di muka Anda, selisihnya dikembalikan ke rekening yang Anda gunakan untuk membayar.

guide-faq-follow-up-at-home = Siapa yang merawat saya setelah saya pulang?
guide-faq-follow-up-at-home-answer = Dokter di tempat tinggal Anda melanjutkan perawatan Anda. Hasil pemeriksaan dapat dikirim kembali ke rumah sakit di Jepang melalui koordinator Anda. Sebelum meninggalkan Jepang, tanyakan kepada koordinator Anda bagaimana prosesnya.

guide-faq-which-text-governs = Teks mana yang berlaku jika aplikasi ini berbeda dengan dokumen resmi?
guide-faq-which-text-governs-answer = Yang berlaku adalah dokumen dan perkiraan biaya dari rumah sakit, serta tanggal pada visa dan izin pendaratan Anda. Teks dan terjemahan dalam aplikasi ini hanya sebagai panduan dan mungkin mengandung kesalahan. Jika ada perbedaan, ikuti dokumen resmi dan tanyakan kepada koordinator Anda.

## Guide page

guide-intro = Perjalanan dari kontak pertama hingga tindak lanjut di negara asal, tahap demi tahap: apa yang harus dilakukan, berapa lama biasanya, berapa biayanya, dan apa yang perlu diperiksa.
guide-loading = Memuat panduan…
guide-as-of = Panduan per { $date }
guide-print = Cetak panduan
guide-what-to-do = Apa yang harus dilakukan
guide-how-long = Berapa lama waktunya
guide-what-it-costs = Berapa biayanya
guide-what-to-check = Apa yang perlu diperiksa
guide-faq-heading = Pertanyaan dari pasien
guide-stage-prepare-takes = Koordinator biasanya membalas dalam:
guide-stage-liaison-takes = Jawaban rumah sakit biasanya memerlukan:
guide-stage-visa-takes = Dari informasi medis lengkap hingga visa:
guide-takes-between = { $min } sampai { $max } { $unit }
guide-takes-at-most = paling lama { $max } { $unit }
guide-takes-at-least = sekurang-kurangnya { $min } { $unit }
guide-takes-about = sekitar { $count } { $unit }
guide-unit-day = { $count ->
   *[other] hari
}
guide-unit-business-day = { $count ->
   *[other] hari kerja
}
guide-unit-week = { $count ->
   *[other] minggu
}
guide-unit-month = { $count ->
   *[other] bulan
}
