# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = 打印项目名称时使用的第二语言
packet-second-language-help = 每个项目名称都以两种语言打印，便于医院阅读。患者填写的内容按原文打印。
packet-second-language-none = 无：仅一种语言
packet-second-language-failed = 无法加载该语言的项目名称。请先联网一次，或选择其他语言。
packet-not-included = 本资料包未包含此部分。
packet-estimate-result-heading = 患者的费用估算
packet-stay-result-heading = 患者的停留检查
packet-stay-computed = 于{ $date }在患者的应用中检查。以签证和上陆许可贴纸（入境许可）上印的日期为准。
packet-stay-route = 入境日本的方式
packet-stay-route-exempt = 免签入境
packet-stay-route-medical = 医疗滞在签证（{ $period }）
packet-stay-nationality-other = 需要签证的国籍
packet-stay-fits = 患者的停留在允许期限内。
packet-stay-over = 患者的停留超出允许期限{ $days }天。
packet-stay-allowed = 自患者入境之日起允许停留：{ $period }。
packet-stay-not-exempt = 患者的护照国籍不在本应用的免签名单中：患者需要办理签证。
packet-stay-incomplete = 患者填写的信息不足，无法检查停留期限。
packet-stay-invalid = 无法检查患者输入的日期。
packet-stay-certificate = 患者的停留超过{ $days }天：如此长的停留以住院为前提，须在申请签证前取得在留资格认定证明书，由医院工作人员或在日亲属在日本申请，通常需要1至3个月；患者须在签发后3个月内入境。
packet-stay-certificate-if-longer = 如果患者停留超过{ $days }天，则以住院为前提，须在申请签证前取得在留资格认定证明书，由医院工作人员或在日亲属在日本申请。
packet-stay-options-heading = 患者可以怎么做
packet-stay-option-medical-visa = 通过已登记的身元保证机构（身份保证机构，即协调员或旅行社）申请医疗滞在签证。停留期限根据患者的病情确定。
packet-stay-option-split = 将治疗分为{ $stays }次停留，每次不超过{ $days }天，需要多次有效的医疗滞在签证和患者的医生出具的治疗计划表。
packet-step-hospital-request = 将患者的资料发送给医院
packet-timeline-arrival-after-start = 患者输入的入境日期晚于治疗开始日期。
packet-timeline-arrival-long-gap = 患者在治疗开始前{ $days }天入境：这些天数计入允许停留期。
packet-checklist-other = 其他材料
packet-item-medical-records-copy = 患者的医疗资料复印件
packet-item-coordinator-contact = 协调员的联系方式
packet-patient-name = 患者姓名（与护照一致）
packet-images = 患者手头的影像（CT、MRI、PET-CT、内镜、超声），以及是否为DICOM数据
packet-reports = 患者手头的报告、血液检查结果和病理切片
packet-wishes-heading = 患者的希望
packet-desired-hospital = 患者希望就诊的医院
packet-desired-treatment = 患者希望接受的治疗
packet-dates-from = 患者最早可出行日期
packet-dates-to = 患者最晚可出行日期
packet-documents-heading = 随资料包发送的材料
packet-documents-verified = { $count ->
   *[other] { $count }个文件（{ $size }）；每个文件都与内容清单（manifest）中的SHA-256一致。
}
packet-documents-not-attached = { $count ->
   *[other] 资料包中列出了{ $count }个文件（{ $size }），但这些文件没有随资料包一起打开。请打开该资料包的zip文件查看。
}
packet-document-matches-manifest = 与内容清单一致
packet-documents-manifest-note = 内容清单由制作压缩包的人与文件一起写成：一致只表明文件完整送达，并不表明是谁发送的。只有加密的资料包才能同时表明途中无人改动。
packet-document-download = 下载
packet-imported-with-files = { $count ->
   *[other] 已另存为新草稿“{ $name }”，并在本设备上保存了{ $count }个文件。
}
