## Estimator

estimate-intro = Chọn một bảng phí, thêm các mục bạn dự kiến, rồi thêm các số liệu đi lại của riêng bạn. Mỗi khoản phí đều ghi rõ nguồn và thời điểm lấy số liệu.
estimate-loading = Đang tải bảng phí…
estimate-schedule-label = Bảng phí
estimate-example-badge = Ví dụ
estimate-issuer = Do { $issuer } công bố
estimate-published-checked = Công bố ngày { $date }, kiểm tra ngày { $checked }
estimate-published = Công bố ngày { $date }
estimate-items-heading = Các mục
estimate-add-label = Mục cần thêm
estimate-add-button = Thêm
estimate-remove-button = Xóa
estimate-no-lines = Chưa có mục nào. Hãy chọn một mục ở trên rồi nhấn “Thêm”.
estimate-line-source = Nguồn:
estimate-package-note = Một mức giá cố định, bất kể số buổi điều trị.
quantity-minutes = Số phút
quantity-points = Số điểm
quantity-times = Số lần
unit-hour = Số giờ
unit-slide = Số tiêu bản
unit-case = Số ca
unit-visit = Số lần đến
unit-trip = Số chuyến
price-from = Từ { $amount } trở lên
price-range = Từ { $low } đến { $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = { $first-minutes } phút đầu { $first }, sau đó { $extra-blocks } lượt × { $additional-minutes } phút, mỗi lượt { $extra }
breakdown-first-block = { $first-minutes } phút đầu { $first }
breakdown-points = { $points } điểm × { $rate } yên
category-consultation = Khám và tư vấn
category-pathology = Giải phẫu bệnh
category-examination = Xét nghiệm và thăm dò
category-treatment = Điều trị
category-interpreter = Phiên dịch
category-other = Khác

estimate-own-heading = Số liệu của riêng bạn
estimate-own-help = Lấy từ các báo giá bạn nhận được; các khoản này không có trong bảng phí nào. Để trống ô nào không áp dụng.
estimate-coordinator-fee = Phí dịch vụ của đơn vị điều phối (yên, theo báo giá)
estimate-companions = Số người đi cùng bạn
estimate-flight = Vé máy bay khứ hồi cho mỗi người (yên)
estimate-nights = Số đêm lưu trú
estimate-nightly-rate = Tiền lưu trú mỗi đêm (yên)
estimate-other-costs = Chi phí khác (yên): đi lại tại chỗ, ăn uống, bảo hiểm
estimate-contingency = Khoản dự phòng (%)

summary-heading = Bảng ước tính của bạn
summary-medical-subtotal = Tạm tính chi phí y tế
summary-tax-included = trong đó thuế tiêu dùng ({ $rate }%)
summary-tax-added = Thuế tiêu dùng ({ $rate }%)
summary-medical-total = Tổng chi phí y tế
summary-coordinator = Phí dịch vụ của đơn vị điều phối
summary-prepayment = Thường được thanh toán trước (tổng chi phí y tế và phí của đơn vị điều phối)
summary-flights = { $travellers ->
   *[other] Vé máy bay ({ $travellers } người)
}
summary-accommodation = { $nights ->
   *[other] Lưu trú ({ $nights } đêm)
}
summary-other-costs = Chi phí khác
summary-contingency = Khoản dự phòng ({ $percent }%)
summary-total = Tổng ước tính
summary-open-ended = Một số khoản phí chỉ được công bố ở mức tối thiểu, nên tổng số cũng là mức tối thiểu.
summary-unknown-items = { $count ->
   *[other] { $count } mục bạn đã thêm không có trong bảng phí này nên không được tính; các mục này sẽ xuất hiện lại nếu bạn chuyển về bảng phí cũ.
}
summary-error = Không thể cộng các số liệu này. Hãy kiểm tra các số bạn đã nhập.
summary-guidance = Đây là ước tính, không phải báo giá: số tiền bạn thanh toán trước là theo bảng ước tính của chính bệnh viện.
estimate-print = In bảng ước tính này

settlement-heading = Thanh toán trước và quyết toán
settlement-help = Sau khi điều trị, số tiền đã thanh toán trước được quyết toán theo chi phí thực tế.
settlement-prepaid = Số tiền đã thanh toán trước (yên)
settlement-actual = Chi phí thực tế (yên)
settlement-refund = { $prepaid } − { $actual } = { $difference }, được hoàn lại cho bạn.
settlement-extra = { $actual } − { $prepaid } = { $difference }, bạn còn phải thanh toán.
settlement-even = Số tiền đã thanh toán trước bằng chi phí thực tế: không cần hoàn lại hay thanh toán thêm.
settlement-use-estimate = Dùng số ước tính làm số tiền đã thanh toán trước

currency-heading = Quy đổi sang tiền tệ của bạn
currency-label = Loại tiền
currency-rate = Số yên tương đương 1 { $code }
currency-help = Nhập tỷ giá do ngân hàng của bạn báo. Ứng dụng này không bao giờ tự lấy tỷ giá.
currency-total = Tổng ước tính: khoảng { $amount } { $code }
currency-prepayment = Thường được thanh toán trước: khoảng { $amount } { $code }
currency-yen-governs = Số tiền bằng yên là căn cứ chính thức. Số tiền bạn thực trả phụ thuộc vào tỷ giá và phí của ngân hàng.
currency-source = Số chữ số thập phân:
estimate-schedule-from-file = { $name } (từ tệp ước tính)
estimate-record-refund = { $prepaid } − { $actual } = { $difference }, sẽ được hoàn lại.
estimate-record-differs = Các số liệu này khác với kết quả ứng dụng tính từ cùng các mục và bảng phí. Số liệu được hiển thị đúng như khi gửi: hãy xác nhận các số tiền với bệnh viện.
estimate-file-save-heading = Gửi lại bảng ước tính này
estimate-file-save-help = Dành cho đơn vị điều phối và bệnh viện: lưu bảng ước tính này thành tệp để gửi cho bệnh nhân. Tệp chứa toàn bộ bảng phí, nên mở trên thiết bị nào cũng giống nhau, kể cả khi ngoại tuyến.
estimate-file-made-by = Người lập (tên của bạn hoặc tổ chức, hiển thị cho bệnh nhân)
estimate-file-passphrase = Cụm mật khẩu (không bắt buộc)
estimate-file-passphrase-help = Khi có cụm mật khẩu, tệp sẽ được mã hóa; hãy báo cụm mật khẩu cho bệnh nhân bằng cách khác, qua điện thoại hoặc trực tiếp.
estimate-file-save = Lưu bảng ước tính này thành tệp
estimate-file-saved = Đã lưu thành “{ $file }”.
estimate-file-save-failed = Trình duyệt đã không lưu tệp. Hãy thử lại, hoặc dùng trình duyệt khác.
estimate-file-seal-failed = Không thể mã hóa tệp ({ $reason }).
estimate-file-open-heading = Mở tệp ước tính
estimate-file-open-help = Bảng ước tính do đơn vị điều phối hoặc bệnh viện gửi cho bạn được mở tại đây, ở chế độ chỉ đọc. Sau đó, bạn có thể dùng nó làm bảng ước tính của mình để ghi lại khoản thanh toán trước và quyết toán theo bảng đó.
estimate-file-choose = Chọn tệp ước tính
estimate-file-locked = Tệp ước tính này đã được mã hóa. Hãy nhập cụm mật khẩu.
estimate-file-heading = Bảng ước tính đã nhận
estimate-file-made = Do { $by } lập ngày { $date }.
estimate-file-anonymous = một người không ghi tên
estimate-file-use = Dùng làm bảng ước tính của tôi
estimate-file-use-confirm = Thay bảng ước tính trên thiết bị này bằng bảng trong tệp này? Các mục, số liệu của riêng bạn và các số liệu quyết toán bạn đã nhập ở đây sẽ bị thay thế.
estimate-file-use-failed = Không thể lưu bảng ước tính trên thiết bị này ({ $reason }). Không có gì bị thay đổi.
estimate-file-malformed = Tệp này không phải là bảng ước tính: đây không phải là JSON hợp lệ, hoặc tệp bị cắt cụt.
estimate-file-is-packet = Tệp này là gói hồ sơ của bệnh nhân, không phải bảng ước tính. Hãy mở tệp ở trang “Mở gói hồ sơ”.
estimate-file-is-schedule = Tệp này là bảng phí, không phải bảng ước tính. Bệnh viện mở bảng phí ở trang “Dành cho bệnh viện”.
estimate-file-not-estimate = Tệp này không phải là bảng ước tính của Japan Care Planner.
estimate-file-newer = Bảng ước tính được tạo bởi một phiên bản mới hơn của ứng dụng này. Hãy tải lại trang để dùng phiên bản đó, rồi mở lại tệp.
estimate-file-invalid = Tệp ước tính bị hỏng và không thể hiển thị ({ $reason }).
estimate-file-schedule-invalid = Bảng phí trong tệp không hợp lệ ({ $field }: { $reason }).
estimate-file-figures = Các số liệu trong tệp này không khớp với chính các mục và bảng phí trong tệp, nên không thể sử dụng. Hãy đề nghị người gửi gửi tệp mới.
