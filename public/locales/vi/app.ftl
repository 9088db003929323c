app-name = Japan Care Planner
skip-to-content = Chuyển đến nội dung chính
nav-label = Công cụ
language-picker-label = Ngôn ngữ

## Routes: short names (navigation, headings) and one-sentence summaries

route-home = Lập kế hoạch điều trị y tế tại Nhật Bản
route-home-summary = Tổng quan hành trình, kèm một công cụ cho từng bước.
route-estimate = Ước tính chi phí
route-estimate-summary = Cộng các khoản phí khám, điều trị, phiên dịch, đơn vị điều phối, lưu trú và đi lại bằng yên, kèm nguồn của từng khoản phí.
route-stay = Thời gian lưu trú và lịch trình
route-stay-summary = Kiểm tra xem việc điều trị có nằm trong thời gian lưu trú được phép hay không, và xem hạn chót để bắt đầu từng bước.
route-documents = Giấy tờ
route-documents-summary = Danh sách kiểm tra các giấy tờ mà bệnh viện và cơ quan cấp thị thực yêu cầu, kèm tình trạng của từng loại.
route-guide = Hướng dẫn từng bước
route-guide-summary = Những gì diễn ra ở mỗi giai đoạn, mất bao lâu và cần kiểm tra những gì.
route-intake = Phiếu khai thông tin y tế
route-intake-summary = Ghi lại bệnh sử của bạn theo nhịp độ của riêng bạn; bản nháp được lưu trên thiết bị này.
route-packet = Mở gói hồ sơ
route-packet-summary = Mở tệp gói hồ sơ do bệnh nhân gửi để đọc hoặc in.
route-embed-estimate = Công cụ ước tính chi phí
route-embed-estimate-summary = Công cụ ước tính chi phí, dành để đặt trên trang web của bệnh viện.
route-hospitals = Dành cho bệnh viện
route-hospitals-summary = Lập bảng phí, xem trước công cụ ước tính với bảng đó và đưa lên trang web của bệnh viện.

## Home

home-intro = Sang Nhật Bản điều trị y tế cần được lên kế hoạch: giấy tờ, sự chấp thuận tiếp nhận của bệnh viện, thanh toán trước, thị thực và việc đi lại. Công cụ lập kế hoạch này tập hợp các bước đó lại. Mọi thông tin bạn nhập chỉ được lưu trên thiết bị này.
home-journey-heading = Tổng quan hành trình
home-tools-heading = Công cụ

journey-prepare-title = Chuẩn bị
journey-prepare-text = Liên hệ với một đơn vị điều phối y tế quốc tế. Chuẩn bị thông tin về tình trạng bệnh hiện tại, các báo cáo y tế và hình ảnh chẩn đoán, bệnh viện mong muốn, ngân sách và thời gian bạn muốn sang Nhật Bản.
journey-liaison-title = Liên hệ với bệnh viện
journey-liaison-text = Đơn vị điều phối gửi thông tin của bạn đến bệnh viện; bệnh viện quyết định có thể tiếp nhận bạn hay không và cho biết phương pháp điều trị, thời gian điều trị và chi phí. Đôi khi bước đầu tiên là xin ý kiến thứ hai (có thu phí).
journey-prepay-title = Thanh toán trước
journey-prepay-text = Chi phí điều trị ước tính và phí của đơn vị điều phối thường được thanh toán trước. Chuyển khoản ngân hàng cần có thời gian, và một số ngân hàng yêu cầu thêm giấy tờ.
journey-visa-title = Thị thực
journey-visa-text = Thị thực lưu trú y tế cần có một người bảo lãnh đã đăng ký, chẳng hạn đơn vị điều phối của bạn hoặc một công ty du lịch. Hãy dành đủ thời gian trước chuyến đi.
journey-treatment-title = Đi lại và điều trị
journey-treatment-text = Chỉ nên đưa theo những người đi cùng thật sự cần thiết. Phiên dịch viên thường tính phí theo giờ, và giờ hẹn có thể thay đổi.
journey-settlement-title = Quyết toán
journey-settlement-text = Sau khi điều trị, khoản thanh toán trước được quyết toán theo chi phí thực tế: phần còn dư được hoàn lại, hoặc bạn thanh toán thêm cho phần điều trị phát sinh.
journey-follow-up-title = Theo dõi sau khi về nước
journey-follow-up-text = Tiếp tục được chăm sóc bởi bác sĩ tại nơi bạn sống. Kết quả có thể được gửi lại thông qua đơn vị điều phối.

## Under every page heading, in every language but English

translation-notice = Trang này được dịch từ tiếng Anh và có thể có sai sót. Nếu có điểm khác với giấy tờ của chính bệnh viện, giấy tờ của bệnh viện có giá trị.

## Footer

footer-privacy = Thông tin của bạn chỉ được lưu trên thiết bị này. Ứng dụng này không gửi bất cứ thông tin nào đi đâu.
footer-guidance = Chỉ mang tính tham khảo: bảng ước tính và giấy tờ của chính bệnh viện, cùng các ngày ghi trên thị thực và tem cho phép nhập cảnh của bạn, mới là căn cứ chính thức.
footer-embed-link = Dành cho bệnh viện: công cụ ước tính có thể nhúng vào trang web

## Not found

not-found-title = Không tìm thấy trang
not-found-text = Không có trang nào tại địa chỉ này. Trang có thể đã được chuyển đi, hoặc đường liên kết không đầy đủ.
not-found-home-link = Về trang đầu

## Shared by the tools

data-load-failed = Không thể tải tệp “{ $file }” ({ $reason }). Hãy kiểm tra kết nối mạng, rồi tải lại trang.
data-file-invalid = Không thể sử dụng tệp dữ liệu “{ $file }”: trường “{ $field }” bị sai ({ $reason }). Bên phát hành tệp cần sửa lại.
saved-unreadable = Không đọc được dữ liệu mà trang này đã lưu trên thiết bị, vì vậy dữ liệu đó được giữ nguyên và trang này sẽ không ghi đè lên.
save-failed = Trình duyệt không cho phép trang này lưu những gì bạn đã nhập (bộ nhớ lưu trữ đã đầy hoặc bị tắt). Dữ liệu vẫn còn trên trang cho đến khi bạn rời trang: hãy in ra để giữ một bản.
saved-changed-elsewhere = Trang này đã cập nhật những thay đổi bạn thực hiện ở một thẻ hoặc cửa sổ khác, để không bản nào ghi đè lên bản kia.
saved-quarantined = Không đọc được nội dung trang này đã lưu trên thiết bị. Nội dung đó được giữ nguyên dưới “{ $key }”, và từ giờ trang này lưu những gì bạn nhập.
start-over = Làm lại từ đầu trên trang này
start-over-confirm = Xóa những gì bạn đã nhập trên trang này khỏi thiết bị và làm lại từ đầu? Các trang khác vẫn giữ những gì đã lưu.
number-empty = Nhập một số.
number-not-a-number = Chỉ dùng chữ số, ví dụ 1500.
number-negative = Số không được là số âm.
number-too-large = Nhập số không lớn hơn { $max }.
number-too-precise = { $decimals ->
    [0] Nhập một số nguyên.
   *[other] Dùng tối đa { $decimals } chữ số thập phân.
}
number-zero = Nhập một số lớn hơn không.
sources-heading = Nguồn
source-checked = (kiểm tra ngày { $checked })
source-dated-checked = (ngày { $date }, kiểm tra ngày { $checked })
source-stale = Thông tin được kiểm tra cách đây { $months } tháng: hãy xác nhận lại với đơn vị điều phối hoặc đại sứ quán.

## The app itself: offline, and a new version ready

offline-notice = Bạn đang ngoại tuyến. Ứng dụng vẫn hoạt động và những gì bạn nhập vẫn được lưu trên thiết bị này.
update-ready = Đã có phiên bản mới của ứng dụng. Tải lại trang sẽ không làm mất những gì bạn đã nhập.
update-reload = Tải lại ngay

# Opening files (packets, estimate files)
file-drop = hoặc thả tệp vào đây
file-unlock = Mở
file-unreadable = Không thể đọc tệp.
file-crypto-unavailable = Trình duyệt này không thể giải mã tại đây (việc mã hóa cần kết nối https an toàn).
file-wrong-passphrase = Cụm mật khẩu không đúng, hoặc tệp đã bị hỏng.
file-too-large = Tệp quá lớn ({ $size } MB; tối đa { $limit } MB).
file-sealed-damaged = Tệp đã mã hóa bị hỏng và không thể mở ({ $reason }).
passphrase-rule = Ít nhất { $min } ký tự: ba hoặc bốn từ thông thường, có thể đọc qua điện thoại, vừa dễ nhớ vừa khó đoán. Người có được tệp có thể thử cụm mật khẩu bao lâu tùy ý.
passphrase-confirm = Nhập lại cùng cụm mật khẩu
passphrase-too-short = Hãy dùng cụm mật khẩu có ít nhất { $min } ký tự.
passphrase-repetitive = Cụm mật khẩu này chỉ lặp lại vài ký tự nên bị đoán ra ngay: hãy chọn cụm khác.
passphrase-mismatch = Hai cụm mật khẩu không giống nhau.
