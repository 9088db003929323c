# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = Bahasa kedua untuk label yang dicetak
packet-second-language-help = Setiap label dicetak dalam kedua bahasa, untuk rumah sakit. Isian pasien dicetak apa adanya.
packet-second-language-none = Tidak ada: satu bahasa saja
packet-second-language-failed = Label dalam bahasa tersebut tidak dapat dimuat. Sambungkan ke internet sekali, atau pilih bahasa lain.
packet-not-included = Tidak disertakan dalam paket ini.
packet-estimate-result-heading = Perkiraan biaya pasien
packet-stay-result-heading = Pemeriksaan masa tinggal pasien
packet-stay-computed = Diperiksa pada { $date } di aplikasi pasien. Yang berlaku adalah tanggal pada visa dan stiker izin pendaratan.
packet-stay-route = Cara masuk ke Jepang
packet-stay-route-exempt = Masuk bebas visa
packet-stay-route-medical = Visa tinggal medis ({ $period })
packet-stay-nationality-other = Kewarganegaraan yang memerlukan visa
packet-stay-fits = Masa tinggal pasien sesuai.
packet-stay-over = Masa tinggal pasien { $days } hari lebih lama dari yang diizinkan.
packet-stay-allowed = Masa tinggal yang diizinkan sejak kedatangan pasien: { $period }.
packet-stay-not-exempt = Paspor pasien tidak tercantum dalam daftar kewarganegaraan bebas visa aplikasi ini: pasien memerlukan visa.
packet-stay-incomplete = Data yang dimasukkan pasien belum cukup untuk memeriksa masa tinggal.
packet-stay-invalid = Tanggal yang dimasukkan pasien tidak dapat diperiksa.
packet-stay-certificate = Masa tinggal pasien lebih dari { $days } hari: tinggal selama ini mengandaikan rawat inap dan memerlukan Sertifikat Kelayakan (Certificate of Eligibility/COE) sebelum visa, yang diajukan di Jepang oleh staf rumah sakit atau kerabat. Biasanya memakan waktu 1 sampai 3 bulan, dan pasien harus masuk Jepang dalam 3 bulan sejak diterbitkan.
packet-stay-certificate-if-longer = Jika pasien tinggal lebih dari { $days } hari, masa tinggal mengandaikan rawat inap dan memerlukan Sertifikat Kelayakan (Certificate of Eligibility/COE) sebelum visa, yang diajukan di Jepang oleh staf rumah sakit atau kerabat.
packet-stay-options-heading = Yang dapat dilakukan pasien
packet-stay-option-medical-visa = Mengajukan visa tinggal medis melalui penjamin terdaftar (koordinator atau agen perjalanan). Jangka waktunya ditentukan berdasarkan kondisi pasien.
packet-stay-option-split = Membagi perawatan menjadi { $stays } kali tinggal, masing-masing paling lama { $days } hari, dengan visa tinggal medis multiple-entry (masuk berkali-kali) dan jadwal perawatan dari dokter pasien.
packet-step-hospital-request = Pengiriman informasi pasien ke rumah sakit
packet-timeline-arrival-after-start = Tanggal kedatangan yang dimasukkan pasien setelah hari pertama perawatan.
packet-timeline-arrival-long-gap = Pasien tiba { $days } hari sebelum perawatan dimulai: hari-hari itu dihitung dalam masa tinggal yang diizinkan.
packet-checklist-other = Dokumen lain
packet-item-medical-records-copy = Salinan dokumen medis pasien
packet-item-coordinator-contact = Kontak koordinator
packet-patient-name = Nama lengkap pasien (sesuai paspor)
packet-images = Hasil pencitraan yang dimiliki pasien (CT, MRI, PET-CT, endoskopi, USG), dan apakah tersedia sebagai data DICOM
packet-reports = Laporan, hasil tes darah, dan slide patologi yang dimiliki pasien
packet-wishes-heading = Keinginan pasien
packet-desired-hospital = Rumah sakit pilihan pasien
packet-desired-treatment = Perawatan yang diinginkan pasien
packet-dates-from = Tanggal paling awal pasien dapat berangkat
packet-dates-to = Tanggal paling akhir pasien dapat berangkat
packet-documents-heading = Dokumen yang dikirim bersama paket
packet-documents-verified = { $count ->
   *[other] { $count } file ({ $size }); masing-masing cocok dengan SHA-256-nya di manifes.
}
packet-documents-not-attached = { $count ->
   *[other] Paket mencantumkan { $count } file ({ $size }), tetapi file tersebut tidak dibuka bersamanya. Buka file zip paket untuk melihatnya.
}
packet-document-matches-manifest = cocok dengan manifesnya
packet-documents-manifest-note = Manifes ditulis oleh pembuat arsip bersama file-filenya: kecocokan menunjukkan file tiba utuh, bukan siapa pengirimnya. Hanya paket terenkripsi yang juga menunjukkan bahwa tidak ada yang mengubahnya di perjalanan.
packet-document-download = Unduh
packet-imported-with-files = { $count ->
   *[other] Disimpan sebagai draf baru “{ $name }”, dengan { $count } file di perangkat ini.
}
