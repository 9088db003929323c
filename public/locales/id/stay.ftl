## Stay and timeline

stay-intro = Periksa apakah masa tinggal Anda sesuai dengan jangka waktu yang diizinkan, dan lihat kapan paling lambat setiap langkah harus dimulai. Hari kedatangan (pendaratan) dihitung sebagai hari ke-1.
stay-loading = Memuat aturan masa tinggal…
stay-nationality = Kewarganegaraan (paspor)
stay-nationality-other = Negara atau wilayah lain (memerlukan visa)
stay-route = Bagaimana Anda akan masuk ke Jepang
stay-route-exempt = Tanpa visa (bebas visa)
stay-route-medical = Visa tinggal medis, { $period }
period-days = { $count ->
   *[other] { $count } hari
}
period-months = { $count ->
   *[other] { $count } bulan
}
period-years = { $count ->
   *[other] { $count } tahun
}
stay-exempt-days = Masa tinggal bebas visa untuk paspor Anda: { $days } hari
stay-not-exempt = Paspor Anda tidak tercantum dalam daftar kewarganegaraan bebas visa aplikasi ini: Anda memerlukan visa.
stay-dates-heading = Tanggal Anda
stay-plan-toggle = Hitung tanggal berdasarkan rencana perawatan
stay-arrival = Tiba di Jepang
stay-departure = Berangkat dari Jepang
stay-sessions = Jumlah sesi perawatan
stay-sessions-per-week = Sesi per minggu
stay-days-before = Jumlah hari di Jepang sebelum sesi pertama
stay-days-after = Jumlah hari di Jepang setelah minggu terakhir sesi perawatan
stay-result-heading = Apakah masa tinggal Anda sesuai?
stay-days = { $days } hari di Jepang ({ $arrival } sampai { $departure }), hari kedatangan dihitung sebagai hari ke-1.
stay-last-day = Hari terakhir yang diizinkan: { $date }
stay-fits = Masa tinggal Anda sesuai.
stay-over = Masa tinggal Anda { $days } hari lebih lama dari yang diizinkan.
stay-options-heading = Yang dapat Anda lakukan
stay-option-medical-visa = Ajukan visa tinggal medis melalui penjamin terdaftar (koordinator Anda atau agen perjalanan). Jangka waktunya ditentukan berdasarkan kondisi Anda.
stay-option-split = Bagi perawatan menjadi { $stays } kali tinggal, masing-masing paling lama { $days } hari, dengan visa tinggal medis multiple-entry (masuk berkali-kali) dan jadwal perawatan dari dokter Anda.
stay-date-error = Periksa tanggalnya: { $problem }
stay-date-order = tanggal keberangkatan lebih awal daripada tanggal kedatangan.
stay-date-range = gunakan tanggal antara { $first } dan { $last }.
stay-plan-error = Masukkan jumlah sesi (1 sampai { $sessions }) dan sesi per minggu (1 sampai { $per-week }).
stay-sticker = Yang berlaku adalah tanggal yang tercetak pada visa dan stiker izin pendaratan Anda.
stay-source = Sumber:

timeline-heading = Jadwal
timeline-start = Rencana hari pertama perawatan
timeline-opinion = Saya perlu pendapat kedua tertulis terlebih dahulu
timeline-latest = Paling lambat: { $date }
timeline-past = sudah lewat
timeline-holidays = Hari libur nasional Jepang hanya diketahui sampai tahun { $year }: tanggal setelah itu mungkin meleset karena hari libur.
timeline-download = Unduh kalender (.ics)
timeline-calendar-name = Perjalanan berobat ke Jepang
step-contact-coordinator = Hubungi koordinator medis internasional
step-pay-written-opinion = Bayar pendapat kedua tertulis
step-hospital-request = Kirim informasi Anda ke rumah sakit
step-prepayment = Bayar perkiraan biaya di muka
stay-certificate = Masa tinggal Anda lebih dari { $days } hari: tinggal selama ini mengandaikan rawat inap dan memerlukan Sertifikat Kelayakan (Certificate of Eligibility/COE) sebelum visa, yang diajukan di Jepang oleh staf rumah sakit atau kerabat. Biasanya memakan waktu 1 sampai 3 bulan, dan Anda harus masuk Jepang dalam 3 bulan sejak diterbitkan.
stay-certificate-if-longer = Jika Anda tinggal lebih dari { $days } hari, masa tinggal mengandaikan rawat inap dan memerlukan Sertifikat Kelayakan (Certificate of Eligibility/COE) sebelum visa, yang diajukan di Jepang oleh staf rumah sakit atau kerabat. Biasanya memakan waktu 1 sampai 3 bulan, dan Anda harus masuk Jepang dalam 3 bulan sejak diterbitkan.
stay-allowed = Masa tinggal yang diizinkan sejak kedatangan Anda: { $period }.
stay-exemption-lapsed = Bebas visa untuk paspor ini berlaku sampai { $date }, dan tidak ada sumber yang dapat diperiksa aplikasi ini yang memastikan perpanjangannya. Tanyakan ke Kedutaan Besar Jepang sebelum berangkat; aplikasi ini merencanakan dengan visa.
step-certificate = Pengajuan Sertifikat Kelayakan (Certificate of Eligibility/COE) di Jepang (oleh rumah sakit atau kerabat)
timeline-late-steps = Dengan tanggal mulai ini, batas waktu { $count } langkah berikut sudah lewat:
timeline-earliest = Tanggal mulai paling awal yang memberi waktu untuk semua langkah, dengan kedatangan sesuai waktu yang disarankan, adalah { $date }.
timeline-arrival-after-start = Tanggal kedatangan yang Anda masukkan setelah hari pertama perawatan: periksa kedua tanggal.
timeline-arrival-long-gap = Anda tiba { $days } hari sebelum perawatan dimulai: hari-hari itu dihitung dalam masa tinggal yang diizinkan. Pastikan dengan koordinator Anda.
step-visa-recommended = Ajukan visa (waktu yang disarankan)
step-visa-latest = Ajukan visa (paling lambat)
step-arrival = Tiba di Jepang
step-treatment-start = Perawatan dimulai
step-visa-if-referred = Ajukan visa (jika permohonan dirujuk ke Tokyo)
stay-period-binds = Kedutaan Besar atau Konsulat Jenderal menetapkan jangka waktu berdasarkan kondisi Anda. Jangka waktu yang tercetak pada visa, dan pada izin pendaratan yang Anda terima saat tiba, itulah yang berlaku: rencanakan dengan jangka waktu itu, bukan dengan pilihan di sini.
stay-companions = Pendamping yang bepergian bersama Anda
stay-companions-named = { $count ->
    [1] Pendamping Anda perlu mengajukan visanya sendiri, dan namanya harus tercantum pada surat keterangan rencana perawatan dan surat jaminan.
   *[other] Setiap dari { $count } pendamping Anda perlu mengajukan visanya sendiri, dan nama setiap pendamping harus tercantum pada surat keterangan rencana perawatan dan surat jaminan.
    }
stay-companions-certificate = Masa tinggal Anda lebih dari { $days } hari, sehingga setiap pendamping juga memerlukan Sertifikat Kelayakan (Certificate of Eligibility/COE) sendiri.
timeline-office = Tempat Anda mengajukan visa
timeline-office-other = Kedutaan Besar atau Konsulat Jenderal Jepang lainnya
timeline-office-unpublished = { $office } belum mengumumkan hari tutupnya untuk tahun { $years }: tanggal ini dihitung dengan juga menganggap hari libur nasional Jepang dan libur akhir tahun sebagai hari tutup, ditambah { $days } hari kerja untuk hari libur setempat.
timeline-office-unlisted = Aplikasi ini tidak memiliki daftar hari tutup kantor ini: tanggal ini dihitung dengan menganggap hari libur nasional Jepang dan libur akhir tahun sebagai hari tutup, ditambah { $days } hari kerja untuk hari libur setempat. Periksa hari tutup yang diumumkan kantor tersebut.
timeline-office-closures = Hari tutupnya:
