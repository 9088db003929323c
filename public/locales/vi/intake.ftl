## Intake form

intake-intro = Ghi lại bệnh sử của bạn theo nhịp độ của riêng bạn. Bản nháp được lưu trên thiết bị này ngay khi bạn nhập; không có thông tin nào được gửi đi. Khi đã sẵn sàng, hãy xuất một gói hồ sơ và gửi qua email cho đơn vị điều phối.
intake-durable = Trình duyệt có thể xóa dữ liệu đã lưu, ví dụ sau nhiều tuần bạn không truy cập. Tệp gói hồ sơ đã xuất là bản lưu lâu dài của bạn: hãy giữ lại tệp đó.
intake-persist-granted = Trình duyệt này đã đồng ý giữ các bản nháp cho đến khi bạn xóa chúng.
intake-loading = Đang mở các bản nháp của bạn…

## Drafts

drafts-heading = Bản nháp
drafts-open-label = Mở bản nháp
drafts-name-label = Tên bản nháp
drafts-default-name = Bản nháp { $number }
drafts-new = Bản nháp mới
drafts-duplicate = Nhân bản
drafts-copy-name = { $name } (bản sao)
drafts-delete = Xóa bản nháp
drafts-delete-confirm = Xóa bản nháp “{ $name }” và các tệp đã lưu cho bản nháp này khỏi thiết bị? Thao tác này không thể hoàn tác.
drafts-clear-all = Xóa toàn bộ dữ liệu trên thiết bị này
drafts-clear-all-confirm = Xóa mọi bản nháp, ước tính, kế hoạch lưu trú, danh sách kiểm tra, biểu phí và tệp giấy tờ đã lưu mà ứng dụng này lưu trên thiết bị này? Hãy xuất một gói hồ sơ trước nếu bạn muốn giữ lại.
drafts-cleared = { $files ->
    [0] Toàn bộ dữ liệu của ứng dụng đã bị xóa khỏi thiết bị này: bản nháp, ước tính, kế hoạch lưu trú, danh sách kiểm tra và biểu phí. Không có tệp giấy tờ nào được lưu.
   *[other] Toàn bộ dữ liệu của ứng dụng đã bị xóa khỏi thiết bị này: bản nháp, ước tính, kế hoạch lưu trú, danh sách kiểm tra, biểu phí và { $files } tệp giấy tờ đã lưu.
    }
drafts-saved = Đã lưu trên thiết bị này lúc { $time }.
drafts-unsaved = Các thay đổi chưa được lưu.

## Storage problems

storage-unavailable = Trình duyệt này không cho phép ứng dụng lưu bất cứ dữ liệu nào (chế độ riêng tư hoặc do cài đặt). Những gì bạn nhập chỉ còn khi trang này đang mở: hãy xuất một gói hồ sơ trước khi rời trang.
storage-quota = Bộ nhớ lưu trữ của trình duyệt dành cho trang web này đã đầy, nên các thay đổi mới nhất của bạn chưa được lưu. Chúng vẫn còn trên trang này: hãy xuất một gói hồ sơ ngay để giữ lại.
storage-quarantined = Không đọc được các bản nháp đã lưu của bạn. Nội dung của chúng được giữ nguyên dưới tên “{ $key }” trên thiết bị này và không có gì bị xóa; bạn có thể bắt đầu một bản nháp mới.
storage-newer = Các bản nháp của bạn được lưu bởi một phiên bản mới hơn của ứng dụng này. Để bảo vệ chúng, trang này sẽ không lưu gì; hãy tải lại trang để dùng phiên bản mới hơn.
conflict-deleted = Bản nháp này đã bị xóa ở một thẻ hoặc cửa sổ khác.
conflict-save-as-new = Lưu phiên bản này thành bản nháp mới
conflict-updated = Bản nháp này đã được cập nhật theo các thay đổi thực hiện ở một thẻ khác.
choice-heading = Đã được sửa khác nhau ở hai thẻ
choice-help = Cả hai giá trị được giữ cho đến khi bạn chọn. Biểu mẫu hiển thị giá trị được đánh dấu “trong biểu mẫu”.
choice-in-form = trong biểu mẫu
choice-use = Dùng giá trị này
choice-keep-both = Giữ cả hai
choice-dismiss = Xong, giữ biểu mẫu như hiện tại
choice-empty = (trống)
choice-entry = { $list }, mục { $number }: { $field }
drafts-imported-name = { $name } (nhập ngày { $date })

## The form

intake-patient-heading = Bệnh nhân
intake-patient-name = Họ và tên (như trong hộ chiếu)
intake-patient-date-of-birth = Ngày sinh
intake-patient-nationality = Quốc tịch (theo hộ chiếu)
intake-nationality-choose = Chọn quốc gia hoặc vùng lãnh thổ
intake-nationality-as-written = { $text } (như đã nhập)
intake-patient-email = Email
intake-patient-phone = Số điện thoại (kèm mã quốc gia)
intake-patient-preferred-language = Ngôn ngữ mong muốn
intake-contact-help = Một địa chỉ email hoặc một số điện thoại, để đơn vị điều phối có thể liên lạc với bạn.
intake-companions-heading = Người đi cùng
intake-companion-name = Tên người đi cùng
intake-companion-relation = Quan hệ với bệnh nhân
intake-companion-add = Thêm người đi cùng
intake-companion-remove = Xóa người đi cùng này
intake-condition-heading = Tình trạng hiện tại
intake-diagnosis = Chẩn đoán
intake-current-condition = Tình trạng hiện tại và triệu chứng
intake-physician-heading = Bác sĩ đang điều trị
intake-physician-name = Tên bác sĩ
intake-physician-institution = Bệnh viện hoặc phòng khám
intake-physician-contact = Thông tin liên lạc của bác sĩ
intake-history-heading = Quá trình điều trị đến nay
intake-history-help = Mỗi mục ghi một lần xét nghiệm, thăm dò, một ca phẫu thuật hoặc một đợt điều trị, kèm thời gian thực hiện, những gì đã làm và kết quả.
intake-history-kind = Loại
intake-history-examination = Xét nghiệm, thăm dò
intake-history-surgery = Phẫu thuật
intake-history-chemotherapy = Hóa trị
intake-history-radiotherapy = Xạ trị
intake-history-when = Thời gian
intake-history-details = Những gì đã làm và kết quả
intake-history-add = Thêm một mục
intake-history-remove = Xóa mục này
intake-materials-heading = Hình ảnh và báo cáo
intake-images = Các hình ảnh bạn có (CT, MRI, PET-CT, nội soi, siêu âm), và có ở dạng dữ liệu DICOM hay không
intake-reports = Các báo cáo, kết quả xét nghiệm máu và tiêu bản giải phẫu bệnh bạn có
intake-wishes-heading = Mong muốn của bạn
intake-desired-hospital = Bệnh viện bạn mong muốn
intake-desired-treatment = Phương pháp điều trị bạn mong muốn
intake-budget = Ngân sách (số tiền và loại tiền)
intake-dates-from = Ngày sớm nhất bạn có thể đi
intake-dates-to = Ngày muộn nhất bạn có thể đi
intake-questions = Câu hỏi dành cho bệnh viện
intake-required-mark = (bắt buộc)
intake-required = Vui lòng điền vào ô này.
intake-contact-required = Hãy cung cấp một địa chỉ email hoặc một số điện thoại.
intake-email-invalid = Đây có vẻ không phải là địa chỉ email (ten@example.com).
intake-date-invalid = Đây không phải là ngày hợp lệ.
intake-birth-future = Ngày sinh không thể ở tương lai.
intake-dates-order = Ngày muộn nhất đang sớm hơn ngày sớm nhất.
intake-too-long = Biểu mẫu quá dài để lưu trên thiết bị này (hơn khoảng 300 trang chữ). Hãy rút ngắn ô này, ô dài nhất, hoặc thêm các báo cáo dài dưới dạng giấy tờ trong danh sách kiểm tra.
intake-problems = { $count ->
   *[other] { $count } ô cần được kiểm tra lại trước khi bạn xuất gói hồ sơ.
}

## Export

export-heading = Gửi cho đơn vị điều phối
export-help = Gói hồ sơ là một tệp duy nhất gồm bản nháp này và những gì bạn đã nhập trong công cụ ước tính, phần kiểm tra lưu trú và danh sách kiểm tra trên thiết bị này.
export-passphrase = Cụm mật khẩu (không bắt buộc)
export-passphrase-help = Khi có cụm mật khẩu, tệp sẽ được mã hóa (AES-GCM, khóa 256-bit). Hãy báo cụm mật khẩu cho đơn vị điều phối bằng cách khác, ví dụ qua điện thoại, tuyệt đối không gửi trong cùng email.
export-download = Tải gói hồ sơ xuống
export-copy = Sao chép nội dung gói hồ sơ
export-copied = Nội dung gói hồ sơ đã được sao chép vào bộ nhớ tạm. Hãy dán vào email hoặc vào một tệp.
export-copy-failed = Trình duyệt không cho phép sao chép. Hãy dùng chức năng Tải xuống.
export-share = Chia sẻ…
export-email = Gửi email cho đơn vị điều phối
export-email-subject = Gói hồ sơ bệnh (Japan Care Planner)
export-email-body = Xin chào, tôi gửi kèm tệp gói hồ sơ bệnh của tôi, được làm bằng Japan Care Planner. Email này không nói gì về sức khỏe của tôi: mọi thông tin đều nằm trong tệp.
export-email-help = Ứng dụng email của bạn sẽ mở ra với một tin nhắn ngắn. Hãy đính kèm tệp gói hồ sơ bạn đã tải xuống trước khi gửi.
export-done = Đã tạo gói hồ sơ “{ $file }”.
export-encrypting = Đang mã hóa…
export-failed = Không thể tạo gói hồ sơ: { $reason }

## Open a packet

packet-intro = Mở tệp gói hồ sơ do bệnh nhân gửi: tệp được kiểm tra và hiển thị tại đây, chỉ trên thiết bị này. Bạn có thể in ra, hoặc lưu thành một bản nháp mới.
packet-choose = Chọn tệp gói hồ sơ
packet-passphrase = Gói hồ sơ này đã được mã hóa. Hãy nhập cụm mật khẩu.
packet-malformed = Tệp này không phải là gói hồ sơ: đây không phải là JSON hợp lệ.
packet-not-packet = Tệp này không phải là gói hồ sơ của Japan Care Planner.
packet-newer = Gói hồ sơ được tạo bởi một phiên bản mới hơn của ứng dụng này. Hãy tải lại trang để dùng phiên bản đó, rồi mở lại tệp.
packet-invalid = Gói hồ sơ bị hỏng và không thể hiển thị ({ $reason }).
packet-made = Được tạo ngày { $date } bằng ứng dụng phiên bản { $version }, ngôn ngữ { $locale }.
packet-import = Lưu thành bản nháp mới
packet-imported = Đã lưu thành bản nháp mới “{ $name }”. Các bản nháp khác của bạn không bị thay đổi.
packet-print = In
packet-checklist-heading = Danh sách kiểm tra giấy tờ
packet-empty = (không có thông tin)
drafts-clear-failed = Trình duyệt không cho ứng dụng xóa dữ liệu trên thiết bị này. Chưa có gì bị xóa.
drafts-cleared-files-failed = Bản nháp, ước tính, kế hoạch lưu trú, danh sách kiểm tra và biểu phí đã bị xóa, nhưng trình duyệt không cho xóa các tệp giấy tờ đã lưu ({ $reason }). Hãy xóa chúng ở trang giấy tờ, hoặc xóa dữ liệu của trang web này trong cài đặt trình duyệt.
