## Document checklists: scenarios

checklist-scenario-second-opinion-in-person = Xin ý kiến thứ hai trực tiếp
checklist-scenario-second-opinion-in-person-summary = Bạn tự đến bệnh viện tại Nhật Bản để nghe ý kiến của bác sĩ chuyên khoa về chẩn đoán và phương pháp điều trị của bạn.
checklist-scenario-second-opinion-proxy = Xin ý kiến thứ hai qua người đại diện
checklist-scenario-second-opinion-proxy-summary = Một thành viên trong gia đình đến buổi tư vấn thay cho bạn, hoặc một người khác có giấy đồng ý do bạn ký.
checklist-scenario-second-opinion-written = Ý kiến thứ hai bằng văn bản
checklist-scenario-second-opinion-written-summary = Bệnh viện xem xét các giấy tờ bạn gửi và đưa ra ý kiến trong một báo cáo bằng văn bản, bạn không cần đến khám.
checklist-scenario-admission = Nhập viện để điều trị
checklist-scenario-admission-summary = Bạn đề nghị một bệnh viện tại Nhật Bản tiếp nhận bạn để điều trị, bao gồm cả nằm viện.
checklist-scenario-visa-patient = Thị thực lưu trú y tế: bệnh nhân
checklist-scenario-visa-patient-summary = Bạn là bệnh nhân và xin thị thực lưu trú y tế để điều trị tại Nhật Bản.
checklist-scenario-visa-companion = Thị thực lưu trú y tế: người đi cùng
checklist-scenario-visa-companion-summary = Bạn đi cùng bệnh nhân với tư cách người thân hoặc người đi cùng khác, với cùng loại thị thực. Bạn nộp hồ sơ bằng giấy tờ của riêng mình, được ghi tên trên Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh của bệnh nhân, và nếu lưu trú dài hạn thì cần Giấy chứng nhận tư cách lưu trú (COE) của riêng bạn.
checklist-scenario-travel = Đi đến Nhật Bản
checklist-scenario-travel-summary = Những gì cần mang theo khi bạn sang Nhật Bản để tư vấn hoặc điều trị.

## Who usually provides each document

checklist-provider-patient = Bạn (bệnh nhân)
checklist-provider-current-physician = Bác sĩ đang điều trị cho bạn
checklist-provider-hospital-in-japan = Bệnh viện tại Nhật Bản
checklist-provider-coordinator = Đơn vị điều phối của bạn
checklist-provider-translator = Người dịch thuật
checklist-provider-bank = Ngân hàng của bạn
checklist-provider-immigration = Cơ quan quản lý xuất nhập cảnh Nhật Bản
checklist-provider-embassy = Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản

## Medical documents

checklist-item-application-form = Đơn đăng ký
checklist-item-application-form-why = Bệnh viện dùng đơn này để ghi nhận yêu cầu của bạn. Đơn yêu cầu thông tin liên lạc của bạn và của một người khác.
checklist-item-application-form-format = Dùng mẫu đơn của chính bệnh viện. Một số bệnh viện chỉ nhận đơn thông qua đơn vị điều phối.

checklist-item-referral-letter = Giấy giới thiệu của bác sĩ (giấy chuyển viện) hoặc tóm tắt quá trình điều trị
checklist-item-referral-letter-why = Giúp các bác sĩ tại Nhật Bản biết chẩn đoán của bạn và các điều trị bạn đã nhận cho đến nay, theo lời của bác sĩ đang điều trị cho bạn.
checklist-item-referral-letter-format = Do bác sĩ đang điều trị cho bạn viết và được dịch sang tiếng Nhật hoặc tiếng Anh. Một số bệnh viện, như Bệnh viện QST, có mẫu giấy giới thiệu riêng: hãy xin mẫu đó trước.

checklist-item-exam-summary = Thông tin các lần xét nghiệm, thăm dò
checklist-item-exam-summary-why = Các bác sĩ cần biết bạn đã làm những xét nghiệm, thăm dò nào và kết quả ra sao.
checklist-item-exam-summary-format = Với mỗi lần xét nghiệm, thăm dò: ngày thực hiện, tên xét nghiệm, kết quả và chẩn đoán. Được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-surgery-record = Thông tin phẫu thuật
checklist-item-surgery-record-why = Nếu bạn đã từng phẫu thuật, các bác sĩ cần biết đã làm gì và kết quả giải phẫu bệnh cho thấy gì.
checklist-item-surgery-record-format = Ngày phẫu thuật, phương pháp phẫu thuật và kết quả giải phẫu bệnh. Được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-chemotherapy-record = Thông tin hóa trị
checklist-item-chemotherapy-record-why = Nếu bạn đã từng hóa trị, các bác sĩ cần biết bạn đã dùng những gì và hiệu quả ra sao.
checklist-item-chemotherapy-record-format = Thời gian điều trị, tần suất dùng thuốc, tên thuốc và hiệu quả. Được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-radiotherapy-record = Thông tin xạ trị
checklist-item-radiotherapy-record-why = Nếu bạn đã từng xạ trị, các bác sĩ cần biết bạn xạ trị khi nào, liều bao nhiêu và ở vùng nào.
checklist-item-radiotherapy-record-format = Thời gian điều trị, liều xạ và vùng được chiếu xạ. Được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-dicom-images = Hình ảnh chẩn đoán (DICOM)
checklist-item-dicom-images-why = Các bác sĩ tại Nhật Bản tự xem hình ảnh, không chỉ đọc báo cáo: CT, MRI, PET-CT, nội soi và siêu âm.
checklist-item-dicom-images-format = Ưu tiên dữ liệu hình ảnh định dạng DICOM, ví dụ lưu trên đĩa CD hoặc DVD. Không gửi ảnh chụp lại màn hình bằng máy ảnh hay điện thoại. Hình ảnh nội soi phải là ảnh màu.

checklist-item-image-reports = Báo cáo đọc kết quả hình ảnh
checklist-item-image-reports-why = Phần mô tả kết quả bằng văn bản cho từng hình ảnh của bạn. Các bác sĩ đọc báo cáo cùng với hình ảnh.
checklist-item-image-reports-format = Mỗi lần chụp có gửi hình ảnh thì kèm một báo cáo, được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-blood-tests = Kết quả xét nghiệm máu gần nhất
checklist-item-blood-tests-why = Cho các bác sĩ biết tình trạng hiện tại của bạn.
checklist-item-blood-tests-format = Kết quả gần đây nhất của bạn, được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-screening-results = Kết quả tầm soát
checklist-item-screening-results-why = Kết quả các lần tầm soát bạn đã làm giúp các bác sĩ hiểu thêm về tiền sử bệnh của bạn.
checklist-item-screening-results-format = Bản sao các kết quả, được dịch sang tiếng Nhật hoặc tiếng Anh.

checklist-item-pathology-slides = Tiêu bản giải phẫu bệnh và báo cáo giải phẫu bệnh
checklist-item-pathology-slides-why = Chỉ cần khi bạn muốn các bác sĩ giải phẫu bệnh của bệnh viện đọc lại mẫu mô của bạn. Báo cáo cho biết kết luận của bác sĩ giải phẫu bệnh nơi bạn đang điều trị.
checklist-item-pathology-slides-format = Chính các tiêu bản, lấy từ bệnh viện đang lưu giữ, kèm báo cáo giải phẫu bệnh được dịch sang tiếng Nhật hoặc tiếng Anh. Việc đọc lại tiêu bản có phí riêng: xem công cụ ước tính.

checklist-item-translations = Bản dịch sang tiếng Nhật hoặc tiếng Anh
checklist-item-translations-why = Bệnh viện đọc giấy tờ của bạn bằng tiếng Nhật hoặc tiếng Anh. Giấy tờ bằng bất kỳ ngôn ngữ nào khác đều cần được dịch.
checklist-item-translations-format = Dịch từng giấy tờ y tế sang tiếng Nhật hoặc tiếng Anh. Một số bệnh viện, như Juntendo, yêu cầu bản sao kết quả kèm bản dịch tiếng Nhật.

## Proxy visits and consultations

checklist-item-proxy-consent-form = Giấy đồng ý của bệnh nhân cho người đại diện
checklist-item-proxy-consent-form-why = Khi một người không phải thành viên gia đình đến buổi tư vấn thay bạn, bệnh viện cần có sự đồng ý bằng văn bản của bạn.
checklist-item-proxy-consent-form-format = Do bệnh nhân ký. Dùng mẫu của chính bệnh viện nếu có.

checklist-item-power-of-attorney = Giấy ủy quyền cho người đến thay
checklist-item-power-of-attorney-why = Một số bệnh viện, như Bệnh viện QST, yêu cầu giấy ủy quyền khi một người khác đến buổi tư vấn thay cho bệnh nhân.
checklist-item-power-of-attorney-format = Do bệnh nhân ký. Hãy hỏi bệnh viện xem có mẫu riêng không.

checklist-item-interpreter-booking = Đặt phiên dịch viên
checklist-item-interpreter-booking-why = Một số bệnh viện, như Juntendo, yêu cầu phải có phiên dịch viên tham dự buổi tư vấn.
checklist-item-interpreter-booking-format = Xác nhận ngày, giờ và địa điểm với đơn vị điều phối của bạn. Phiên dịch viên tính phí theo giờ, theo mức do từng đơn vị điều phối quy định.

## Visa documents

checklist-item-passport = Hộ chiếu
checklist-item-passport-why = Cần để xin thị thực và để nhập cảnh Nhật Bản. Bệnh nhân và mỗi người đi cùng đều cần hộ chiếu riêng.
checklist-item-passport-format = Hộ chiếu bản gốc của từng người đi.

checklist-item-photo = Ảnh
checklist-item-photo-why = Là một phần của hồ sơ xin thị thực, cho bệnh nhân và cho mỗi người đi cùng.
checklist-item-photo-format = Làm theo quy định về ảnh của Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản nơi bạn nộp hồ sơ.

checklist-item-visa-application-form = Tờ khai xin thị thực
checklist-item-visa-application-form-why = Mẫu đơn mà Đại sứ quán hoặc Tổng lãnh sự quán dùng để xét cấp thị thực. Bệnh nhân và mỗi người đi cùng tự điền tờ khai của mình.
checklist-item-visa-application-form-format = Dùng mẫu của Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản nơi bạn nộp hồ sơ.

checklist-item-planned-treatment-certificate = Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh
checklist-item-planned-treatment-certificate-why = Cho cơ quan cấp thị thực thấy rằng một bệnh viện tại Nhật Bản dự kiến điều trị cho bạn và một người bảo lãnh đã đăng ký đứng ra bảo lãnh cho bạn.
checklist-item-planned-treatment-certificate-format = Một mẫu gộp chung. Bệnh viện tại Nhật Bản điền nửa trên. Người bảo lãnh của bạn, là một đơn vị điều phối hoặc công ty du lịch đã đăng ký, hoàn thành thư bảo lãnh và gửi mẫu này cho bạn.

checklist-item-proof-of-funds = Giấy tờ chứng minh tài chính
checklist-item-proof-of-funds-why = Cho thấy bạn có khả năng chi trả chi phí điều trị và lưu trú.
checklist-item-proof-of-funds-format = Ví dụ: giấy xác nhận số dư tài khoản do ngân hàng của bạn cấp.

checklist-item-id-document = Giấy tờ tùy thân
checklist-item-id-document-why = Được yêu cầu kèm hồ sơ xin thị thực, ngoài hộ chiếu, cho bệnh nhân và cho mỗi người đi cùng.
checklist-item-id-document-format = Hãy hỏi Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản xem họ chấp nhận những giấy tờ tùy thân nào.

checklist-item-coe = Giấy chứng nhận tư cách lưu trú (COE)
checklist-item-coe-why = Chỉ cần khi lưu trú dài hạn, trường hợp được hiểu là bạn sẽ nhập viện. Do cơ quan quản lý xuất nhập cảnh Nhật Bản cấp.
checklist-item-coe-format = Được nộp hồ sơ xin cấp tại Nhật Bản, bởi nhân viên bệnh viện hoặc người thân ở Nhật Bản. Công cụ lưu trú cho biết thời gian lưu trú của bạn có cần giấy này hay không.

checklist-item-companion-coe = Giấy chứng nhận tư cách lưu trú (COE) của riêng người đi cùng
checklist-item-companion-coe-why = Khi lưu trú dài hạn, không chỉ bệnh nhân mà mỗi người đi cùng cũng cần Giấy chứng nhận tư cách lưu trú (COE): danh sách hồ sơ của cơ quan quản lý xuất nhập cảnh Nhật Bản coi bệnh nhân và người đi cùng (“người chăm sóc”) là những người nộp đơn riêng biệt. Công cụ lưu trú cho biết thời gian lưu trú của bạn có cần giấy này hay không.
checklist-item-companion-coe-format = Được nộp hồ sơ xin cấp tại Nhật Bản cho người đi cùng, giống như của bệnh nhân, kèm theo kế hoạch lưu trú ghi rõ bệnh nhân và mối quan hệ của bạn với bệnh nhân, cùng giấy tờ chứng minh chi phí lưu trú được chi trả.

checklist-item-companion-named = Tên của bạn trên Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh
checklist-item-companion-named-why = Bộ Ngoại giao Nhật Bản (MOFA) yêu cầu người bảo lãnh và bệnh nhân thống nhất những người đi cùng nào là cần thiết; mỗi người đi cùng đều được ghi tên trên Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh của bệnh nhân.
checklist-item-companion-named-format = Bạn không cần tự điền gì: hãy gửi cho đơn vị điều phối họ tên đầy đủ của bạn như trong hộ chiếu, trước khi họ hoàn thành thư bảo lãnh.

checklist-item-treatment-schedule = Lịch điều trị
checklist-item-treatment-schedule-why = Cần để xin thị thực lưu trú y tế nhiều lần, khi việc điều trị của bạn cần nhiều lần sang Nhật Bản.
checklist-item-treatment-schedule-format = Lịch điều trị do bác sĩ lập kế hoạch điều trị cho bạn tại Nhật Bản cung cấp. Mỗi lần lưu trú có giới hạn riêng: công cụ lưu trú sẽ kiểm tra điều này.

## Travel

checklist-item-visa = Thị thực lưu trú y tế
checklist-item-visa-why = Giấy phép để bạn sang Nhật Bản điều trị, trừ khi thời gian lưu trú của bạn nằm trong diện miễn thị thực.
checklist-item-visa-format = Được dán vào hộ chiếu của bạn. Hãy nhập cảnh Nhật Bản khi thị thực còn hiệu lực. Các ngày in trên thị thực và trên tem cho phép nhập cảnh mới là căn cứ chính thức.

checklist-item-hospital-estimate = Văn bản chấp thuận tiếp nhận và bảng ước tính của bệnh viện
checklist-item-hospital-estimate-why = Thư trả lời của bệnh viện cho biết có thể tiếp nhận bạn, kèm phương pháp điều trị, thời gian điều trị và chi phí. Khoản thanh toán trước của bạn dựa trên văn bản này.
checklist-item-hospital-estimate-format = Văn bản chính thức của bệnh viện. Nếu có khác biệt so với ước tính của ứng dụng này, văn bản của bệnh viện mới là căn cứ chính thức.

checklist-item-prepayment-record = Biên lai thanh toán hoặc chứng từ chuyển khoản ngân hàng
checklist-item-prepayment-record-why = Cho thấy số tiền bạn đã thanh toán trước. Ý kiến thứ hai bằng văn bản được chuẩn bị sau khi khoản thanh toán của bạn được xác nhận, và chi phí điều trị ước tính thường được thanh toán trước.
checklist-item-prepayment-record-format = Giữ biên lai hoặc chứng từ chuyển khoản của ngân hàng cho đến khi quyết toán. Tiền hoàn lại sẽ được chuyển về tài khoản mà bạn đã dùng để thanh toán.

checklist-item-medical-records-copy = Bản sao giấy tờ y tế của bạn
checklist-item-medical-records-copy-why = Một bộ riêng gồm các báo cáo, hình ảnh và bản dịch bạn đã gửi cho bệnh viện, để mang theo trong thời gian lưu trú.
checklist-item-medical-records-copy-format = Chỉ cần bản sao. Hãy cất giữ bản gốc ở nơi an toàn.

checklist-item-coordinator-contact = Thông tin liên lạc của đơn vị điều phối
checklist-item-coordinator-contact-why = Đơn vị điều phối là cầu nối giữa bạn và bệnh viện. Giờ hẹn có thể thay đổi, và phiên dịch viên được sắp xếp thông qua đơn vị điều phối.
checklist-item-coordinator-contact-format = Tên, số điện thoại và địa chỉ, ghi trên giấy đồng thời lưu trong điện thoại.

checklist-item-insurance-policy = Hợp đồng bảo hiểm quốc tế
checklist-item-insurance-policy-why = Nếu bạn có hợp đồng bảo hiểm chi trả cho việc khám chữa bệnh tại Nhật Bản, bảo hiểm có thể hoàn trả chi phí y tế sau đó, đôi khi cả phí phiên dịch hoặc phí của đơn vị điều phối.
checklist-item-insurance-policy-format = Hợp đồng bảo hiểm và thông tin liên lạc của công ty bảo hiểm. Hãy hỏi công ty bảo hiểm cần những biên lai và báo cáo nào để yêu cầu bồi thường.

## Documents page

documents-intro = Chọn các tình huống áp dụng với bạn. Với mỗi giấy tờ, bạn sẽ thấy lý do cần có, hình thức yêu cầu và ai thường cung cấp. Đánh dấu tình trạng của từng giấy tờ và thêm ghi chú; mọi thông tin chỉ được lưu trên thiết bị này.
documents-loading = Đang tải danh sách kiểm tra…
documents-as-of = Danh sách kiểm tra tính đến { $date }
documents-choose = Những tình huống nào sau đây áp dụng với bạn?
documents-none-chosen = Chọn ít nhất một tình huống ở trên để xem danh sách kiểm tra tương ứng.
documents-ready-help = Một giấy tờ được coi là đã có khi đã nhận được, đã dịch hoặc đã gửi. Giấy tờ xuất hiện trong hai tình huống chỉ có một tình trạng chung.
documents-print = In danh sách kiểm tra
checklist-progress = { $total ->
   *[other] Đã có { $ready } trên { $total } giấy tờ
}
checklist-format-label = Hình thức:
checklist-provider-label = Thường được cung cấp bởi:
checklist-sources-label = Nguồn:
checklist-status-label = Tình trạng
checklist-note-label = Ghi chú
checklist-status-not-started = Chưa bắt đầu
checklist-status-requested = Đã yêu cầu
checklist-status-received = Đã nhận
checklist-status-translated = Đã dịch
checklist-status-sent = Đã gửi
checklist-status-printed = Tình trạng: { $status }
checklist-note-printed = Ghi chú: { $note }
files-heading = Tệp giấy tờ của bạn
files-limits = Lưu các tệp của mỗi giấy tờ cùng với giấy tờ đó: PDF, JPEG, PNG, văn bản hoặc HEIC (ảnh iPhone), tối đa { $file } mỗi tệp và { $whole } tổng cộng, để gói hồ sơ đủ nhỏ để gửi đi và mở được trên điện thoại. Các tệp được giữ trên thiết bị này cho đến khi bạn gửi chúng cùng gói hồ sơ từ trang phiếu khai thông tin y tế.
files-used = { $count ->
   *[other] { $count } tệp đang được lưu trên thiết bị này: { $size } trên tổng { $whole } cho phép.
}
files-browser-free = Trình duyệt cho biết có thể lưu thêm khoảng { $free } cho trang web này.
files-opening-slow = Việc mở kho lưu tệp của thiết bị này lâu hơn bình thường. Vẫn đang chờ: bạn có thể thêm tệp ngay khi kho được mở.
files-opening-blocked = Một thẻ khác đang mở phiên bản cũ của công cụ này và giữ kho lưu tệp của thiết bị. Hãy đóng hoặc tải lại thẻ đó để thêm tệp tại đây.
files-case = Các tệp dưới đây được lưu cho bản nháp phiếu khai “{ $name }” và chỉ được gửi kèm gói hồ sơ của bản nháp đó. Để xem tệp của bệnh nhân khác, hãy mở bản nháp của họ ở trang phiếu khai.
files-case-first = Các tệp dưới đây chỉ được gửi kèm gói hồ sơ của bản nháp phiếu khai bạn bắt đầu ở trang phiếu khai.
files-memory-only = Trình duyệt này không cho phép ứng dụng lưu tệp trên thiết bị này ({ $reason }), ví dụ trong cửa sổ riêng tư. Các tệp bạn thêm bây giờ chỉ được giữ cho đến khi trang này đóng lại: hãy gửi chúng cùng gói hồ sơ bên dưới trước khi rời trang.
files-this-visit-help = Hãy tải xuống ngay các tệp của bạn cùng với danh sách kiểm tra và bản nháp phiếu khai thông tin y tế đang mở, thành một gói hồ sơ cho đơn vị điều phối.
files-this-visit-name = Giấy tờ
files-add = Thêm tệp cho “{ $document }”
files-added = “{ $name }” đã được lưu trên thiết bị này.
files-added-many = Đã lưu { $count } tệp trên thiết bị này.
files-renamed = Đã đổi tên thành “{ $name }”.
files-removed = Đã xóa “{ $name }” khỏi thiết bị này.
files-remove-confirm = Xóa “{ $name }” khỏi thiết bị này? Thao tác này không thể hoàn tác.
files-refused-kind = Không thêm được “{ $name }”: chỉ có thể lưu tệp PDF, JPEG, PNG, văn bản và HEIC. Hình ảnh chẩn đoán (DICOM) được gửi trên đĩa CD hoặc DVD, hoặc qua dịch vụ truyền dữ liệu riêng của bệnh viện.
files-refused-large = Không thêm được “{ $name }”: tệp có dung lượng { $size }, trong khi mỗi tệp tối đa { $limit }. Hãy quét lại với độ phân giải thấp hơn, hoặc chia nhỏ tệp.
files-refused-room = Không thêm được “{ $name }”: tệp có dung lượng { $size }, trong khi chỉ còn { $left } dung lượng cho các tệp của bạn. Hãy xóa trước một tệp bạn không còn cần.
files-refused-many = Không thêm được “{ $name }”: đã đạt số tệp tối đa có thể lưu. Hãy xóa trước một tệp bạn không còn cần.
files-full = Không lưu được “{ $name }”: thiết bị này không còn chỗ trống cho tệp. Không có gì bị thay đổi, và các tệp khác của bạn vẫn như cũ.
files-storage-failed = Trình duyệt không thể lưu thay đổi ({ $reason }). Các tệp của bạn vẫn như cũ.
files-missing = “{ $name }” không còn trên thiết bị này: trình duyệt đã xóa tệp. Hãy thêm lại tệp, hoặc bỏ tệp khỏi danh sách.
files-forget = Bỏ khỏi danh sách
files-details = { $size } · thêm ngày { $date }
files-rename = Đổi tên
files-new-name = Tên mới cho “{ $name }”
files-save-name = Lưu tên
files-cancel = Hủy
files-replace = Thay thế
files-replace-label = Thay “{ $name }” bằng tệp khác
files-remove = Xóa
files-dicom = Hình ảnh chẩn đoán (chuỗi ảnh DICOM của CT, MRI hoặc PET-CT) không được lưu ở đây: bệnh viện yêu cầu gửi trên đĩa CD hoặc DVD, hoặc qua dịch vụ truyền dữ liệu riêng của bệnh viện. Thay vào đó, hãy lưu báo cáo kết quả đọc hình ảnh ở đây.
