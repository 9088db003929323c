# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = Gói hồ sơ kèm giấy tờ
archive-help = Một tệp zip chứa gói hồ sơ và mọi tệp được lưu cùng danh sách kiểm tra của bạn, mỗi tệp kèm mã SHA-256 để đơn vị điều phối có thể kiểm tra rằng không có gì bị thay đổi trên đường gửi. Khi có cụm mật khẩu, tệp zip sẽ được mã hóa (định dạng age).
archive-passphrase = Cụm mật khẩu (không bắt buộc)
archive-summary = { $count ->
   *[other] { $count } tệp ({ $size }) từ danh sách kiểm tra của bạn sẽ được gửi kèm.
}
archive-documents-unreadable = Trình duyệt này không cho ứng dụng đọc các tệp đã lưu trên thiết bị ({ $reason }), nên không tệp nào có thể gửi kèm gói hồ sơ này. Hãy mở công cụ trong cửa sổ thường (không phải cửa sổ riêng tư) để gửi tệp.
archive-download = Tải xuống kèm giấy tờ (zip)
archive-working = Đang tạo gói hồ sơ kèm giấy tờ…
archive-packing = Đang đóng gói { $done } trên { $whole }…
archive-opening = Đang mở và kiểm tra { $done } trên { $whole }…
archive-done = { $count ->
   *[other] Đã lưu thành { $file }, kèm { $count } tệp.
}
archive-left-out = Không được đưa vào vì không còn trên thiết bị này: { $names }.
archive-changed = Không tạo được gói hồ sơ: “{ $name }” không còn là tệp như khi bạn thêm vào (trình duyệt đã làm mất hoặc làm hỏng tệp). Hãy thêm lại tệp, rồi xuất.
archive-browser-failed = Trình duyệt không thể tạo hoặc đọc gói hồ sơ kèm giấy tờ ({ $reason }).
archive-not-zip = Tệp này không phải là gói hồ sơ kèm giấy tờ, hoặc đã bị cắt cụt. Hãy đề nghị gửi lại.
archive-too-large = Tệp nén này lớn hơn mức tối đa của một gói hồ sơ kèm giấy tờ, hoặc khi giải nén sẽ vượt quá mức đó. Tệp đã không được mở.
archive-unsafe-name = Tệp nén này đã không được mở: mục “{ $name }” có tên có thể ghi ra ngoài thư mục của nó hoặc chứa ký tự ẩn.
archive-bomb = Tệp nén này đã không được mở: “{ $name }” khi giải nén lớn hơn rất nhiều so với dung lượng nó chiếm, giống như một tệp nén độc hại (“zip bomb”).
archive-duplicate = Tệp nén này đã không được mở: “{ $name }” xuất hiện hai lần trong đó.
archive-damaged = Tệp nén này đã không được mở: “{ $name }” bị hỏng. Hãy đề nghị gửi lại.
archive-hash-mismatch = Tệp nén này đã không được mở: “{ $name }” không khớp với mã SHA-256 trong tệp kê khai (manifest), nghĩa là tệp đã bị thay đổi trên đường gửi. Hãy đề nghị gửi lại.
archive-file-kind = Tệp nén này đã không được mở: “{ $name }” không phải tệp PDF, JPEG, PNG, HEIC hay văn bản, dù tên của nó hay tệp nén ghi thế nào, nên có thể là một trang web hoặc một chương trình. Hãy đề nghị gửi lại ở một trong các định dạng đó.
archive-disguised-name = Tệp nén này đã không được mở: tên “{ $name }” chứa ký tự ẩn hoặc có phần mở rộng không đúng với loại tệp, như những tên được đặt để đánh lừa. Hãy đề nghị gửi lại.
archive-not-packet = Tệp nén này không phải là gói hồ sơ kèm giấy tờ của Japan Care Planner ({ $reason }).
archive-sealed-damaged = Gói hồ sơ đã mã hóa bị hỏng hoặc bị cắt cụt nên không thể mở. Hãy đề nghị gửi lại.
archive-sealed-too-much-work = Tệp đã mã hóa này cần nhiều bộ nhớ để mở hơn mức trình duyệt có thể cung cấp. Hãy đề nghị mã hóa lại tệp bằng ứng dụng này.
archive-sealed-other = Tệp đã mã hóa này không được bảo vệ bằng một cụm mật khẩu mà ứng dụng này có thể dùng.
archive-keep-no-room = Các giấy tờ đã không được lưu: chúng chiếm { $size }, trong khi thiết bị này chỉ còn { $left } dung lượng trống. Không có gì được lưu.
archive-keep-too-many = Các giấy tờ đã không được lưu: thiết bị này đã lưu số tệp tối đa có thể. Không có gì được lưu.
archive-keep-no-storage = Các giấy tờ chưa được lưu: trình duyệt này không cho ứng dụng lưu tệp trên thiết bị này ({ $reason }), ví dụ trong cửa sổ riêng tư. Chưa có gì được lưu: hãy giữ lại tệp nén bạn đã nhận.
archive-keep-kind = Các giấy tờ chưa được lưu: một trong số đó không phải loại tệp mà ứng dụng lưu giữ. Chưa có gì được lưu.
