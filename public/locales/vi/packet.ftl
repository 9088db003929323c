# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = Ngôn ngữ thứ hai cho các nhãn khi in
packet-second-language-help = Mỗi nhãn được in bằng cả hai ngôn ngữ để bệnh viện đọc. Nội dung bệnh nhân đã viết được in nguyên văn.
packet-second-language-none = Không: chỉ một ngôn ngữ
packet-second-language-failed = Không thể tải các nhãn bằng ngôn ngữ đó. Hãy kết nối mạng một lần, hoặc chọn ngôn ngữ khác.
packet-not-included = Không có trong gói hồ sơ này.
packet-estimate-result-heading = Bảng ước tính của bệnh nhân
packet-stay-result-heading = Kiểm tra lưu trú của bệnh nhân
packet-stay-computed = Được kiểm tra ngày { $date } trên ứng dụng của bệnh nhân. Các ngày ghi trên thị thực và tem cho phép nhập cảnh mới là căn cứ chính thức.
packet-stay-route = Cách nhập cảnh Nhật Bản
packet-stay-route-exempt = Nhập cảnh miễn thị thực
packet-stay-route-medical = Thị thực lưu trú y tế ({ $period })
packet-stay-nationality-other = Quốc tịch cần có thị thực
packet-stay-fits = Thời gian lưu trú của bệnh nhân phù hợp.
packet-stay-over = Thời gian lưu trú của bệnh nhân dài hơn mức cho phép { $days } ngày.
packet-stay-allowed = Thời gian được phép kể từ ngày bệnh nhân nhập cảnh: { $period }.
packet-stay-not-exempt = Hộ chiếu của bệnh nhân không thuộc danh sách các quốc tịch được miễn thị thực của ứng dụng này: bệnh nhân cần có thị thực.
packet-stay-incomplete = Bệnh nhân chưa nhập đủ thông tin để kiểm tra thời gian lưu trú.
packet-stay-invalid = Không thể kiểm tra các ngày bệnh nhân đã nhập.
packet-stay-certificate = Thời gian lưu trú của bệnh nhân vượt quá { $days } ngày: lưu trú dài như vậy được coi là có nhập viện và cần Giấy chứng nhận tư cách lưu trú (COE) trước khi xin thị thực. Nhân viên bệnh viện hoặc người thân tại Nhật Bản nộp đơn tại Nhật; thường mất 1 đến 3 tháng, và bệnh nhân phải nhập cảnh trong vòng 3 tháng kể từ ngày cấp.
packet-stay-certificate-if-longer = Nếu bệnh nhân lưu trú quá { $days } ngày, việc lưu trú được coi là có nhập viện và cần Giấy chứng nhận tư cách lưu trú (COE) trước khi xin thị thực. Nhân viên bệnh viện hoặc người thân tại Nhật Bản nộp đơn tại Nhật.
packet-stay-options-heading = Những gì bệnh nhân có thể làm
packet-stay-option-medical-visa = Xin thị thực lưu trú y tế thông qua một người bảo lãnh đã đăng ký (đơn vị điều phối hoặc một công ty du lịch). Thời hạn lưu trú được xác định theo tình trạng bệnh của bệnh nhân.
packet-stay-option-split = Chia quá trình điều trị thành { $stays } lần lưu trú, mỗi lần tối đa { $days } ngày, với thị thực lưu trú y tế nhiều lần và lịch điều trị do bác sĩ của bệnh nhân lập.
packet-step-hospital-request = Gửi thông tin của bệnh nhân đến bệnh viện
packet-timeline-arrival-after-start = Ngày nhập cảnh bệnh nhân đã nhập sau ngày bắt đầu điều trị.
packet-timeline-arrival-long-gap = Bệnh nhân đến nơi { $days } ngày trước khi bắt đầu điều trị: những ngày này được tính vào thời gian lưu trú cho phép.
packet-checklist-other = Giấy tờ khác
packet-item-medical-records-copy = Bản sao giấy tờ y tế của bệnh nhân
packet-item-coordinator-contact = Thông tin liên lạc của đơn vị điều phối
packet-patient-name = Họ và tên bệnh nhân (như trong hộ chiếu)
packet-images = Các hình ảnh mà bệnh nhân có (CT, MRI, PET-CT, nội soi, siêu âm), và có ở dạng dữ liệu DICOM hay không
packet-reports = Các báo cáo, kết quả xét nghiệm máu và tiêu bản giải phẫu bệnh mà bệnh nhân có
packet-wishes-heading = Mong muốn của bệnh nhân
packet-desired-hospital = Bệnh viện bệnh nhân mong muốn
packet-desired-treatment = Phương pháp điều trị bệnh nhân mong muốn
packet-dates-from = Ngày sớm nhất bệnh nhân có thể đi
packet-dates-to = Ngày muộn nhất bệnh nhân có thể đi
packet-documents-heading = Giấy tờ gửi kèm gói hồ sơ
packet-documents-verified = { $count ->
   *[other] { $count } tệp ({ $size }); mỗi tệp đều khớp với mã SHA-256 trong tệp kê khai (manifest).
}
packet-documents-not-attached = { $count ->
   *[other] Gói hồ sơ liệt kê { $count } tệp ({ $size }), nhưng các tệp này không được mở cùng gói. Hãy mở tệp zip của gói hồ sơ để xem.
}
packet-document-matches-manifest = khớp với tệp kê khai
packet-documents-manifest-note = Tệp kê khai do người tạo tệp nén viết cùng với các tệp: khớp chỉ cho thấy các tệp đến nơi nguyên vẹn, không cho biết ai đã gửi. Chỉ gói hồ sơ được mã hóa mới cho thấy thêm rằng không ai thay đổi chúng trên đường gửi.
packet-document-download = Tải xuống
packet-imported-with-files = { $count ->
   *[other] Đã lưu thành bản nháp mới “{ $name }”, kèm { $count } tệp trên thiết bị này.
}
