## Step-by-step guide: stages of the journey

guide-stage-prepare = Chuẩn bị
guide-stage-prepare-summary = Liên hệ với một đơn vị điều phối y tế quốc tế và chuẩn bị những thông tin về bạn mà bệnh viện cần biết.
guide-stage-prepare-step-1 = Liên hệ với một đơn vị điều phối y tế quốc tế. Một số bệnh viện chỉ nhận yêu cầu từ nước ngoài thông qua các đối tác điều phối của họ.
guide-stage-prepare-step-2 = Ghi lại tình trạng bệnh hiện tại và tập hợp thông tin y tế của bạn từ trước đến nay: các báo cáo và hình ảnh chẩn đoán.
guide-stage-prepare-step-3 = Quyết định bệnh viện mong muốn, ngân sách và thời gian bạn muốn sang Nhật Bản.
guide-stage-prepare-step-4 = Dùng danh sách kiểm tra giấy tờ để biết bệnh viện sẽ yêu cầu những gì, kể cả bản dịch sang tiếng Nhật hoặc tiếng Anh.
guide-stage-prepare-cost = Đơn vị điều phối thu phí dịch vụ, tách riêng với các khoản phí của bệnh viện. Hãy hỏi phí này bao gồm những gì.
guide-stage-prepare-check = Kiểm tra xem giấy tờ y tế của bạn đã đầy đủ chưa, và hình ảnh chẩn đoán có phải là dữ liệu DICOM, không phải ảnh chụp lại màn hình.

guide-stage-liaison = Liên hệ với bệnh viện
guide-stage-liaison-summary = Đơn vị điều phối gửi thông tin của bạn đến bệnh viện. Bệnh viện quyết định có thể tiếp nhận bạn hay không và cho biết phương pháp điều trị, thời gian điều trị và chi phí.
guide-stage-liaison-step-1 = Gửi thông tin y tế của bạn đến bệnh viện thông qua đơn vị điều phối.
guide-stage-liaison-step-2 = Nếu bệnh viện yêu cầu xin ý kiến thứ hai có thu phí trước, hãy chọn hình thức: trực tiếp, qua người đại diện hoặc bằng văn bản.
guide-stage-liaison-step-3 = Đọc thư trả lời của bệnh viện: có thể tiếp nhận bạn hay không, phương pháp điều trị, thời gian điều trị và chi phí.
guide-stage-liaison-cost = Lần liên hệ đầu tiên đôi khi là xin ý kiến thứ hai có thu phí. Xem công cụ ước tính để biết các mức phí mà bệnh viện công bố.
guide-stage-liaison-check = Kiểm tra xem bảng ước tính của bệnh viện bao gồm những gì. Một số bệnh viện không tính chi phí đi lại, lưu trú và phí của đơn vị điều phối, và thu phí khám riêng.

guide-stage-prepayment = Thanh toán trước
guide-stage-prepayment-summary = Chi phí điều trị ước tính và phí dịch vụ của đơn vị điều phối thường được thanh toán trước cho đơn vị điều phối.
guide-stage-prepayment-step-1 = Hỏi đơn vị điều phối số tiền cần thanh toán trước: bảng ước tính của bệnh viện cộng với phí dịch vụ của đơn vị điều phối.
guide-stage-prepayment-step-2 = Hỏi ngân hàng của bạn từ sớm xem việc chuyển khoản mất bao lâu và cần những giấy tờ gì.
guide-stage-prepayment-step-3 = Thực hiện chuyển khoản và giữ lại biên lai hoặc chứng từ chuyển khoản.
guide-stage-prepayment-cost = Bạn thanh toán số tiền theo bảng ước tính của bệnh viện và phí dịch vụ của đơn vị điều phối trước khi lên đường. Công cụ ước tính sẽ cộng các khoản này lại.
guide-stage-prepayment-check = Kiểm tra xem bạn thanh toán từ tài khoản nào. Sau khi điều trị, mọi khoản hoàn lại đều được chuyển về tài khoản đó; hoàn tiền vào tài khoản khác có thể cần giấy tờ chứng minh mối quan hệ của bạn với chủ tài khoản.

guide-stage-visa = Thị thực
guide-stage-visa-summary = Thị thực lưu trú y tế cần có một người bảo lãnh đã đăng ký: một đơn vị điều phối hoặc một công ty du lịch. Hãy bắt đầu ngay khi thông tin y tế của bạn đã đầy đủ, từ rất lâu trước chuyến đi.
guide-stage-visa-step-1 = Đề nghị đơn vị điều phối, hoặc một công ty du lịch, làm người bảo lãnh đã đăng ký cho bạn.
guide-stage-visa-step-2 = Đề nghị người bảo lãnh cấp giấy chứng nhận dự kiến khám chữa bệnh và thư bảo lãnh. Bệnh viện tại Nhật Bản sẽ điền phần của mình.
guide-stage-visa-step-3 = Chuẩn bị hộ chiếu, ảnh, tờ khai xin thị thực, giấy tờ chứng minh tài chính như giấy xác nhận số dư tài khoản ngân hàng, và một giấy tờ tùy thân. Mỗi người đi cùng cần có hộ chiếu, ảnh, tờ khai và giấy tờ tùy thân.
guide-stage-visa-step-4 = Nếu lưu trú dài hạn cần Giấy chứng nhận tư cách lưu trú, hãy nhờ nhân viên bệnh viện hoặc người thân ở Nhật Bản nộp hồ sơ xin cấp. Nếu cần sang Nhật nhiều lần, hãy đề nghị bác sĩ lập lịch điều trị để xin thị thực nhiều lần.
guide-stage-visa-step-5 = Nộp hồ sơ tại Đại sứ quán hoặc Tổng lãnh sự quán Nhật Bản, sau đó nhập cảnh Nhật Bản trong thời gian thị thực còn hiệu lực.
guide-stage-visa-cost = Ứng dụng này không có số liệu về chi phí thị thực. Hãy hỏi người bảo lãnh và Đại sứ quán hoặc Tổng lãnh sự quán xem bạn sẽ phải trả những khoản gì.
guide-stage-visa-check = Kiểm tra xem thời hạn lưu trú có phù hợp với kế hoạch điều trị của bạn không. Việc xét duyệt có thể lâu hơn nếu hồ sơ của bạn được chuyển về Tokyo, vì vậy hãy lên kế hoạch đi lại từ sớm.

guide-stage-travel-treatment = Đi lại và điều trị
guide-stage-travel-treatment-summary = Bạn sang Nhật Bản và được điều trị. Đơn vị điều phối vẫn là cầu nối giữa bạn và bệnh viện.
guide-stage-travel-treatment-step-1 = Chỉ nên đưa theo những người đi cùng thật sự cần thiết. Họ đi với cùng loại thị thực và không được làm việc có thu nhập tại Nhật Bản.
guide-stage-travel-treatment-step-2 = Đề nghị đơn vị điều phối sắp xếp phiên dịch viên cho các buổi hẹn của bạn.
guide-stage-travel-treatment-step-3 = Mang theo hộ chiếu, văn bản chấp thuận tiếp nhận và bảng ước tính của bệnh viện, chứng từ thanh toán và thông tin liên lạc của đơn vị điều phối.
guide-stage-travel-treatment-step-4 = Giữ liên lạc với đơn vị điều phối: các ca cấp cứu tại bệnh viện có thể làm thay đổi giờ hẹn.
guide-stage-travel-treatment-cost = Phiên dịch viên tính phí theo giờ, theo mức do từng đơn vị điều phối quy định. Hãy thêm chi phí đi lại, lưu trú và sinh hoạt hằng ngày vào công cụ ước tính.
guide-stage-travel-treatment-check = Hãy tính ngày cuối cùng bạn được phép lưu trú từ ngày nhập cảnh và thời hạn lưu trú ghi trên tem cho phép nhập cảnh (công cụ lưu trú sẽ hiển thị ngày này), rồi đối chiếu với các ngày điều trị của bạn.

guide-stage-settlement = Quyết toán
guide-stage-settlement-summary = Sau khi điều trị, khoản thanh toán trước được quyết toán theo chi phí thực tế.
guide-stage-settlement-step-1 = Đề nghị đơn vị điều phối cung cấp chi phí thực tế khi quá trình điều trị kết thúc.
guide-stage-settlement-step-2 = So sánh với số tiền bạn đã thanh toán trước. Công cụ ước tính có phần quyết toán để làm việc này.
guide-stage-settlement-step-3 = Nhận lại phần còn dư, được hoàn về tài khoản bạn đã dùng để thanh toán, hoặc thanh toán thêm nếu có điều trị phát sinh ngoài kế hoạch.
guide-stage-settlement-cost = Nếu chi phí thực tế thấp hơn số tiền đã thanh toán trước, phần chênh lệch sẽ được hoàn lại. Nếu có điều trị phát sinh ngoài kế hoạch, bạn thanh toán phần chênh lệch.
guide-stage-settlement-check = Đối chiếu mọi điều trị phát sinh với bảng ước tính ban đầu, và hỏi đơn vị điều phối về bất kỳ khoản nào bạn không nhận ra.

guide-stage-follow-up = Theo dõi sau khi về nước
guide-stage-follow-up-summary = Khi về nước, bác sĩ tại nơi bạn sống sẽ tiếp tục chăm sóc cho bạn. Kết quả có thể được gửi lại thông qua đơn vị điều phối.
guide-stage-follow-up-step-1 = Đưa cho bác sĩ tại nơi bạn sống các báo cáo về quá trình điều trị tại Nhật Bản.
guide-stage-follow-up-step-2 = Hỏi đơn vị điều phối cách gửi các kết quả sau này về bệnh viện tại Nhật Bản.
guide-stage-follow-up-step-3 = Nếu bạn có hợp đồng bảo hiểm quốc tế, hãy hỏi công ty bảo hiểm cần những biên lai và báo cáo nào để yêu cầu bồi thường.
guide-stage-follow-up-cost = Ứng dụng này không có số liệu về chi phí theo dõi sau điều trị. Hợp đồng bảo hiểm quốc tế có thể hoàn trả một phần chi phí sau đó.
guide-stage-follow-up-check = Kiểm tra xem bác sĩ tại nơi bạn sống đã có đủ mọi thông tin cần thiết từ Nhật Bản chưa, và bạn biết cách liên lạc với đơn vị điều phối.

## Frequently asked questions

guide-faq-language-help = Tôi có được hỗ trợ về ngôn ngữ không?
guide-faq-language-help-answer = Hãy đề nghị đơn vị điều phối sắp xếp phiên dịch viên. Phiên dịch viên tính phí theo giờ, theo mức do từng đơn vị điều phối quy định, và một số bệnh viện bắt buộc phải có phiên dịch viên trong buổi tư vấn. Giấy tờ bạn gửi phải bằng tiếng Nhật hoặc tiếng Anh, vì vậy hãy tính đến việc dịch thuật.

guide-faq-companions = Người nhà có thể đi cùng tôi không?
guide-faq-companions-answer = Có. Người thân, hoặc người khác nếu cần, có thể đi cùng bạn với cùng loại thị thực. Người đi cùng không được làm việc có thu nhập tại Nhật Bản. Hãy hạn chế số người đi cùng ở mức tối thiểu: mỗi người sẽ làm tăng chi phí đi lại và lưu trú.

guide-faq-insurance = Bảo hiểm có chi trả chi phí điều trị của tôi không?
guide-faq-insurance-answer = Hợp đồng bảo hiểm quốc tế có chi trả cho việc khám chữa bệnh tại Nhật Bản có thể hoàn trả chi phí y tế của bạn sau đó, đôi khi cả phí phiên dịch hoặc phí của đơn vị điều phối. Thông thường bạn phải thanh toán trước. Việc người không cư trú tham gia bảo hiểm y tế công của Nhật Bản để được điều trị là bất hợp pháp. Hãy hỏi công ty bảo hiểm trước khi lên đường.

guide-faq-treatment-changes = Điều gì xảy ra nếu việc điều trị hoặc lịch hẹn của tôi thay đổi?
guide-faq-treatment-changes-answer = Các ca cấp cứu tại bệnh viện có thể làm thay đổi giờ hẹn; đơn vị điều phối sẽ thông báo cho bạn. Nếu có điều trị phát sinh ngoài kế hoạch, bạn thanh toán phần chênh lệch khi quyết toán. Nếu chi phí thực tế thấp hơn số tiền đã thanh toán trước, phần chênh lệch được hoàn về tài khoản bạn đã dùng để thanh toán.

guide-faq-follow-up-at-home = Ai sẽ chăm sóc tôi khi tôi về nước?
guide-faq-follow-up-at-home-answer = Bác sĩ tại nơi bạn sống sẽ tiếp tục chăm sóc cho bạn. Kết quả có thể được gửi lại cho bệnh viện tại Nhật Bản thông qua đơn vị điều phối. Hãy hỏi đơn vị điều phối cách thực hiện việc này trước khi bạn rời Nhật Bản.

guide-faq-which-text-governs = Nếu ứng dụng này và giấy tờ chính thức khác nhau thì văn bản nào là căn cứ?
guide-faq-which-text-governs-answer = Giấy tờ và bảng ước tính của chính bệnh viện, cùng các ngày ghi trên thị thực và tem cho phép nhập cảnh của bạn, mới là căn cứ chính thức. Nội dung và bản dịch của ứng dụng này chỉ mang tính tham khảo và có thể có sai sót. Nếu có điểm khác biệt, hãy làm theo giấy tờ chính thức và hỏi đơn vị điều phối.

## Guide page

guide-intro = Hành trình từ lần liên hệ đầu tiên đến khi theo dõi sau khi về nước, theo từng giai đoạn: cần làm gì, thường mất bao lâu, tốn bao nhiêu và cần kiểm tra những gì.
guide-loading = Đang tải hướng dẫn…
guide-as-of = Hướng dẫn tính đến { $date }
guide-print = In hướng dẫn
guide-what-to-do = Cần làm gì
guide-how-long = Mất bao lâu
guide-what-it-costs = Chi phí bao nhiêu
guide-what-to-check = Cần kiểm tra gì
guide-faq-heading = Những câu hỏi bệnh nhân thường hỏi
guide-stage-prepare-takes = Đơn vị điều phối thường trả lời trong vòng:
guide-stage-liaison-takes = Bệnh viện thường trả lời trong vòng:
guide-stage-visa-takes = Từ khi có đủ thông tin y tế đến khi có thị thực:
guide-takes-between = từ { $min } đến { $max } { $unit }
guide-takes-at-most = tối đa { $max } { $unit }
guide-takes-at-least = ít nhất { $min } { $unit }
guide-takes-about = khoảng { $count } { $unit }
guide-unit-day = { $count ->
   *[other] ngày
}
guide-unit-business-day = { $count ->
   *[other] ngày làm việc
}
guide-unit-week = { $count ->
   *[other] tuần
}
guide-unit-month = { $count ->
   *[other] tháng
}
