## Stay and timeline

stay-intro = Kiểm tra xem thời gian lưu trú của bạn có nằm trong thời hạn được phép hay không, và xem hạn chót để bắt đầu từng bước. Ngày nhập cảnh được tính là ngày thứ 1.
stay-loading = Đang tải các quy định về lưu trú…
stay-nationality = Quốc tịch (theo hộ chiếu)
stay-nationality-other = Quốc gia hoặc vùng lãnh thổ khác (cần có thị thực)
stay-route = Cách bạn nhập cảnh Nhật Bản
stay-route-exempt = Không cần thị thực (miễn thị thực)
stay-route-medical = Thị thực lưu trú y tế, { $period }
period-days = { $count ->
   *[other] { $count } ngày
}
period-months = { $count ->
   *[other] { $count } tháng
}
period-years = { $count ->
   *[other] { $count } năm
}
stay-exempt-days = Thời gian lưu trú miễn thị thực với hộ chiếu của bạn: { $days } ngày
stay-not-exempt = Hộ chiếu của bạn không thuộc danh sách các quốc tịch được miễn thị thực của ứng dụng này: bạn cần có thị thực.
stay-dates-heading = Các mốc ngày của bạn
stay-plan-toggle = Tính ngày dựa trên kế hoạch điều trị
stay-arrival = Ngày đến Nhật Bản
stay-departure = Ngày rời Nhật Bản
stay-sessions = Số buổi điều trị
stay-sessions-per-week = Số buổi mỗi tuần
stay-days-before = Số ngày ở Nhật Bản trước buổi điều trị đầu tiên
stay-days-after = Số ngày ở Nhật Bản sau tuần điều trị cuối cùng
stay-result-heading = Thời gian lưu trú có phù hợp không?
stay-days = { $days } ngày ở Nhật Bản (từ { $arrival } đến { $departure }), ngày nhập cảnh được tính là ngày thứ 1.
stay-last-day = Ngày cuối cùng được phép lưu trú: { $date }
stay-fits = Thời gian lưu trú của bạn phù hợp.
stay-over = Thời gian lưu trú của bạn dài hơn mức cho phép { $days } ngày.
stay-options-heading = Những gì bạn có thể làm
stay-option-medical-visa = Xin thị thực lưu trú y tế thông qua một người bảo lãnh đã đăng ký (đơn vị điều phối của bạn hoặc một công ty du lịch). Thời hạn lưu trú được xác định theo tình trạng bệnh của bạn.
stay-option-split = Chia quá trình điều trị thành { $stays } lần lưu trú, mỗi lần tối đa { $days } ngày, với thị thực lưu trú y tế nhiều lần và lịch điều trị do bác sĩ lập.
stay-date-error = Hãy kiểm tra lại các ngày: { $problem }
stay-date-order = ngày rời đi sớm hơn ngày đến.
stay-date-range = hãy dùng các ngày trong khoảng từ { $first } đến { $last }.
stay-plan-error = Nhập số buổi điều trị (từ 1 đến { $sessions }) và số buổi mỗi tuần (từ 1 đến { $per-week }).
stay-sticker = Các ngày in trên thị thực và trên tem cho phép nhập cảnh của bạn mới là căn cứ chính thức.
stay-source = Nguồn:

timeline-heading = Lịch trình
timeline-start = Ngày dự kiến bắt đầu điều trị
timeline-opinion = Trước tiên tôi cần ý kiến thứ hai bằng văn bản
timeline-latest = Muộn nhất: { $date }
timeline-past = đã qua
timeline-holidays = Các ngày lễ của Nhật Bản chỉ được biết đến hết năm { $year }: các ngày sau thời điểm đó có thể bị lệch do ngày lễ.
timeline-download = Tải lịch xuống (.ics)
timeline-calendar-name = Chuyến đi điều trị tại Nhật Bản
step-contact-coordinator = Liên hệ với một đơn vị điều phối y tế quốc tế
step-pay-written-opinion = Thanh toán phí ý kiến thứ hai bằng văn bản
step-hospital-request = Gửi thông tin của bạn đến bệnh viện
step-prepayment = Thanh toán trước theo bảng ước tính
stay-certificate = Thời gian lưu trú của bạn vượt quá { $days } ngày: lưu trú dài như vậy được coi là có nhập viện và cần Giấy chứng nhận tư cách lưu trú (COE) trước khi xin thị thực. Nhân viên bệnh viện hoặc người thân tại Nhật Bản nộp đơn tại Nhật; thường mất 1 đến 3 tháng, và bạn phải nhập cảnh trong vòng 3 tháng kể từ ngày cấp.
stay-certificate-if-longer = Nếu bạn lưu trú quá { $days } ngày, việc lưu trú được coi là có nhập viện và cần Giấy chứng nhận tư cách lưu trú (COE) trước khi xin thị thực. Nhân viên bệnh viện hoặc người thân tại Nhật Bản nộp đơn tại Nhật; thường mất 1 đến 3 tháng, và bạn phải nhập cảnh trong vòng 3 tháng kể từ ngày cấp.
stay-allowed = Thời gian được phép kể từ ngày nhập cảnh: { $period }.
stay-exemption-lapsed = Chế độ miễn thị thực cho hộ chiếu này có hiệu lực đến { $date }, và không nguồn nào mà ứng dụng này kiểm tra được xác nhận đã gia hạn. Hãy hỏi Đại sứ quán Nhật Bản trước khi đi; ứng dụng này lập kế hoạch với thị thực.
step-certificate = Nộp đơn xin Giấy chứng nhận tư cách lưu trú tại Nhật Bản (bệnh viện hoặc người thân)
timeline-late-steps = Với ngày bắt đầu này, hạn chót của { $count } bước sau đã qua:
timeline-earliest = Nếu đến nơi theo thời gian khuyến nghị, ngày bắt đầu sớm nhất đủ thời gian cho mọi bước là { $date }.
timeline-arrival-after-start = Ngày nhập cảnh bạn nhập sau ngày bắt đầu điều trị: hãy kiểm tra lại cả hai ngày.
timeline-arrival-long-gap = Bạn đến nơi { $days } ngày trước khi bắt đầu điều trị: những ngày này được tính vào thời gian lưu trú cho phép. Hãy xác nhận với đơn vị điều phối.
step-visa-recommended = Nộp hồ sơ xin thị thực (thời điểm khuyến nghị)
step-visa-latest = Nộp hồ sơ xin thị thực (hạn chót)
step-arrival = Đến Nhật Bản
step-treatment-start = Bắt đầu điều trị
step-visa-if-referred = Nộp hồ sơ xin thị thực (nếu hồ sơ được chuyển về Tokyo)
stay-period-binds = Đại sứ quán hoặc Tổng lãnh sự quán quyết định thời hạn theo tình trạng bệnh của bạn. Thời hạn ghi trên thị thực và trên tem cho phép nhập cảnh bạn nhận khi đến nơi mới là thời hạn có hiệu lực: hãy lập kế hoạch theo thời hạn đó, không theo lựa chọn ở đây.
stay-companions = Số người đi cùng bạn
stay-companions-named = { $count ->
    [1] Người đi cùng phải tự nộp hồ sơ xin thị thực, và tên của người đó phải có trên Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh.
   *[other] Mỗi người trong số { $count } người đi cùng phải tự nộp hồ sơ xin thị thực, và tên của từng người phải có trên Giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh.
    }
stay-companions-certificate = Thời gian lưu trú của bạn vượt quá { $days } ngày, nên mỗi người đi cùng cũng cần Giấy chứng nhận tư cách lưu trú (COE) của riêng mình.
timeline-office = Nơi bạn nộp hồ sơ xin thị thực
timeline-office-other = Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản khác
timeline-office-unpublished = { $office } chưa công bố ngày nghỉ của năm { $years }: ngày này được tính với cả các ngày lễ của Nhật Bản và kỳ nghỉ cuối năm là ngày nghỉ, và đã cộng thêm { $days } ngày làm việc cho các ngày lễ tại địa phương.
timeline-office-unlisted = Ứng dụng này không có danh sách ngày nghỉ của cơ quan này: ngày này được tính với các ngày lễ của Nhật Bản và kỳ nghỉ cuối năm là ngày nghỉ, và đã cộng thêm { $days } ngày làm việc cho các ngày lễ tại địa phương. Hãy kiểm tra ngày nghỉ do cơ quan đó công bố.
timeline-office-closures = Ngày nghỉ của cơ quan:
