## 材料清单：情形

checklist-scenario-second-opinion-in-person = 本人就诊的第二诊疗意见
checklist-scenario-second-opinion-in-person-summary = 患者本人前往日本的医院，听取专科医生对诊断和治疗的意见。
checklist-scenario-second-opinion-proxy = 代理就诊的第二诊疗意见
checklist-scenario-second-opinion-proxy-summary = 由家属，或持有患者本人签字同意书的其他人，代替患者前往咨询。
checklist-scenario-second-opinion-written = 书面第二诊疗意见
checklist-scenario-second-opinion-written-summary = 医院审阅您寄送的资料，无需到院，以书面报告给出意见。
checklist-scenario-admission = 住院治疗
checklist-scenario-admission-summary = 您请求日本的医院接收您进行包括住院在内的治疗。
checklist-scenario-visa-patient = 医疗滞在签证：患者
checklist-scenario-visa-patient-summary = 您是患者，为在日本接受治疗申请医疗滞在签证。
checklist-scenario-visa-companion = 医疗滞在签证：陪同人员
checklist-scenario-visa-companion-summary = 您作为亲属或其他陪同人员，持同类签证与患者同行。您需用自己的材料申请，您的姓名须记载于患者的医疗机构发行的受诊等预定证明书及身元保证机构发行的身元保证书上；长期停留时，还需要您本人的在留资格认定证明书。
checklist-scenario-travel = 前往日本
checklist-scenario-travel-summary = 为就诊或治疗前往日本时需要随身携带的物品。

## 各项材料通常由谁提供

checklist-provider-patient = 您本人（患者）
checklist-provider-current-physician = 您目前的主治医生
checklist-provider-hospital-in-japan = 日本的医院
checklist-provider-coordinator = 您的协调员
checklist-provider-translator = 翻译人员
checklist-provider-bank = 您的开户银行
checklist-provider-immigration = 日本出入国在留管理局
checklist-provider-embassy = 日本驻外使领馆（在中国大陆，经其指定的代办机构或签证申请中心）

## 医疗资料

checklist-item-application-form = 申请表
checklist-item-application-form-why = 医院用它登记您的申请。表中需填写您本人和另一位联系人的联系方式。
checklist-item-application-form-format = 请使用医院指定的表格。有些医院只受理通过协调员提交的申请。

checklist-item-referral-letter = 转诊信（诊疗信息提供书）或治疗经过
checklist-item-referral-letter-why = 由您目前的主治医生向日本的医生说明您的诊断和迄今为止的治疗。
checklist-item-referral-letter-format = 由目前的主治医生撰写，并翻译成日语或英语。有些医院（如QST医院）有自己的转诊信格式，请先索取。

checklist-item-exam-summary = 检查详情
checklist-item-exam-summary-why = 医生需要了解您做过哪些检查，以及检查结果说明了什么。
checklist-item-exam-summary-format = 每项检查写明日期、检查名称、结果和诊断，并翻译成日语或英语。

checklist-item-surgery-record = 手术详情
checklist-item-surgery-record-why = 如果您做过手术，医生需要了解手术内容以及病理检查结果。
checklist-item-surgery-record-format = 写明手术日期、术式和病理结果，并翻译成日语或英语。

checklist-item-chemotherapy-record = 化疗详情
checklist-item-chemotherapy-record-why = 如果您接受过化疗，医生需要了解您用过什么药以及疗效如何。
checklist-item-chemotherapy-record-format = 写明疗程时间、频次、药物和疗效，并翻译成日语或英语。

checklist-item-radiotherapy-record = 放疗详情
checklist-item-radiotherapy-record-why = 如果您接受过放疗，医生需要了解放疗的时间、剂量和部位。
checklist-item-radiotherapy-record-format = 写明放疗时间、剂量和照射部位，并翻译成日语或英语。

checklist-item-dicom-images = DICOM格式影像
checklist-item-dicom-images-why = 日本的医生不仅看报告，还会亲自查看CT、MRI、PET-CT、内镜和超声的影像。
checklist-item-dicom-images-format = 最好提供DICOM格式的影像数据，例如刻录在CD或DVD上。请勿发送翻拍屏幕的照片。内镜图像须为彩色。

checklist-item-image-reports = 影像检查报告
checklist-item-image-reports-why = 每组影像的书面诊断意见。医生会结合影像一起阅读。
checklist-item-image-reports-format = 您提供影像的每项检查各附一份报告，并翻译成日语或英语。

checklist-item-blood-tests = 最近的血液检查结果
checklist-item-blood-tests-why = 向医生说明您目前的身体状况。
checklist-item-blood-tests-format = 最近一次的结果，并翻译成日语或英语。

checklist-item-screening-results = 筛查结果
checklist-item-screening-results-why = 您做过的筛查的结果，能让医生更全面地了解您的病史。
checklist-item-screening-results-format = 结果的复印件，并翻译成日语或英语。

checklist-item-pathology-slides = 病理切片和病理报告
checklist-item-pathology-slides-why = 仅在您希望该医院的病理医生重新诊断您的组织时需要。病理报告记载了原病理医生的诊断。
checklist-item-pathology-slides-format = 由保存切片的医院提供病理切片实物，并附上翻译成日语或英语的病理报告。病理会诊另行收费，请参阅费用估算工具。

checklist-item-translations = 日语或英语译文
checklist-item-translations-why = 医院以日语或英语阅读您的资料。其他语言的资料需要翻译。
checklist-item-translations-format = 请把每份医疗资料翻译成日语或英语。有些医院（如顺天堂）要求检查结果的复印件附日语译文。

## 代理就诊与咨询

checklist-item-proxy-consent-form = 患者对代理人的同意书
checklist-item-proxy-consent-form-why = 由非家属代替您前往咨询时，医院需要患者本人的书面同意。
checklist-item-proxy-consent-form-format = 由患者本人签字。如医院有指定表格，请使用该表格。

checklist-item-power-of-attorney = 代理就诊委托书
checklist-item-power-of-attorney-why = 有些医院（如QST医院）在他人代替患者前往咨询时，要求提供委托书。
checklist-item-power-of-attorney-format = 由患者本人签字。请向医院确认是否有指定表格。

checklist-item-interpreter-booking = 预约口译员
checklist-item-interpreter-booking-why = 有些医院（如顺天堂）要求咨询时必须有口译员在场。
checklist-item-interpreter-booking-format = 请与协调员确认日期、时间和地点。口译按小时收费，费率由各协调员确定。

## 签证材料

checklist-item-passport = 护照
checklist-item-passport-why = 申请签证和入境日本时需要。患者和每位陪同人员都需要各自的护照。
checklist-item-passport-format = 每位出行者的护照原件。

checklist-item-photo = 照片
checklist-item-photo-why = 签证申请所需，患者和每位陪同人员都需要。
checklist-item-photo-format = 请按照您申请签证的日本驻外使领馆对照片的要求准备。

checklist-item-visa-application-form = 签证申请表
checklist-item-visa-application-form-why = 使领馆据此审核签证。患者和每位陪同人员各自填写。
checklist-item-visa-application-form-format = 请使用您申请签证的日本驻外使领馆的表格。

checklist-item-planned-treatment-certificate = 医疗机构发行的受诊等预定证明书及身元保证机构发行的身元保证书
checklist-item-planned-treatment-certificate-why = 向签证机构证明日本的医院计划为您治疗，并有已登记的身元保证机构（身份保证机构）为您提供身份保证。
checklist-item-planned-treatment-certificate-format = 两者合为一份表格。上半部分由日本的医院填写。身元保证机构（已登记的协调员或旅行社）填写身元保证书，并寄给您。

checklist-item-proof-of-funds = 经济能力证明
checklist-item-proof-of-funds-why = 证明您有能力支付治疗费和停留期间的费用。
checklist-item-proof-of-funds-format = 例如，由您的开户银行出具的存款余额证明。

checklist-item-id-document = 身份证明文件
checklist-item-id-document-why = 申请签证时，除护照外，患者和每位陪同人员还需提供身份证明文件。
checklist-item-id-document-format = 请向日本驻外使领馆确认可接受哪些身份证明文件。

checklist-item-coe = 在留资格认定证明书
checklist-item-coe-why = 仅在以住院为前提的长期停留时需要，由日本出入国在留管理局签发。
checklist-item-coe-format = 在日本国内由医院工作人员或在日本的亲属代为申请。是否需要，可以用停留工具确认。

checklist-item-companion-coe = 陪同人员本人的在留资格认定证明书
checklist-item-companion-coe-why = 长期停留时，不仅患者，每位陪同人员也都需要各自的在留资格认定证明书：日本出入国在留管理局的材料清单将患者和陪同人员（“付添人”）列为不同的申请人。是否需要，可以用停留工具确认。
checklist-item-companion-coe-format = 与患者的一样，在日本国内为陪同人员申请，并附上写明所陪同的患者及您与患者关系的停留期间活动计划，以及能够负担停留期间全部费用的证明材料。

checklist-item-companion-named = 您的姓名记载于医疗机构发行的受诊等预定证明书及身元保证机构发行的身元保证书
checklist-item-companion-named-why = 日本外务省要求身元保证机构与患者商定需要哪些陪同人员；每位陪同人员的姓名都会记载在患者的医疗机构发行的受诊等预定证明书及身元保证机构发行的身元保证书上。
checklist-item-companion-named-format = 您本人无需填写：请在协调员填写身元保证书之前，将与护照一致的全名发给协调员。

checklist-item-treatment-schedule = 治疗计划表
checklist-item-treatment-schedule-why = 治疗需要多次赴日、申请多次有效的医疗滞在签证时需要。
checklist-item-treatment-schedule-format = 由在日本负责制定治疗计划的医生出具。每次停留都有期限，停留工具会帮您检查。

## 出行

checklist-item-visa = 医疗滞在签证
checklist-item-visa-why = 您来日本治疗的签证。如果您的停留在免签范围内，则不需要。
checklist-item-visa-format = 签证贴在护照上。请在有效期内入境日本。以签证和上陆许可（入境许可）上印的日期为准。

checklist-item-hospital-estimate = 医院的接收答复和估价单
checklist-item-hospital-estimate-why = 医院表示可以接收您的答复，并写明治疗内容、时长和费用。预付金额以此为准。
checklist-item-hospital-estimate-format = 医院出具的书面文件。以医院的文件为准，而不是本应用的估算。

checklist-item-prepayment-record = 收据或银行汇款记录
checklist-item-prepayment-record-why = 证明您预付的金额。书面第二诊疗意见在确认收款后才开始出具，预估的治疗费用通常也需要预付。
checklist-item-prepayment-record-format = 请保存收据或银行的汇款记录，直到结算完成。退款会退回到汇款的账户。

checklist-item-medical-records-copy = 医疗资料复印件
checklist-item-medical-records-copy-why = 您寄给医院的报告、影像和译文的副本，在停留期间留在身边备用。
checklist-item-medical-records-copy-format = 复印件即可。原件请妥善保管。

checklist-item-coordinator-contact = 协调员的联系方式
checklist-item-coordinator-contact-why = 协调员是您与医院之间的联络人。就诊时间可能变动，口译员也通过协调员安排。
checklist-item-coordinator-contact-format = 姓名、电话号码和地址，除了存在手机里，也请写在纸上。

checklist-item-insurance-policy = 国际保险保单
checklist-item-insurance-policy-why = 如果您的保险承保在日本的医疗，医疗费可能在事后获得报销，有时口译费或协调员费用也可报销。
checklist-item-insurance-policy-format = 保单和保险公司的联系方式。请向保险公司确认理赔需要哪些收据和报告。

## 文件页面

documents-intro = 请选择适用于您的情况。每份文件都会说明为什么需要、需要什么格式以及通常由谁提供。您可以记录每份文件的进度并添加备注；所有内容都只保存在本设备上。
documents-loading = 正在加载清单…
documents-as-of = 清单信息截至{ $date }
documents-choose = 以下哪些情况适用于您？
documents-none-chosen = 请在上方至少选择一种情况，以查看对应的清单。
documents-ready-help = 状态为“已收到”“已翻译”或“已寄出”的文件视为已备齐。同一份文件出现在两种情况下时，状态是共用的。
documents-print = 打印清单
checklist-progress = 共{ $total }份文件，已备齐{ $ready }份
checklist-format-label = 格式：
checklist-provider-label = 通常提供方：
checklist-sources-label = 来源：
checklist-status-label = 状态
checklist-note-label = 备注
checklist-status-not-started = 未开始
checklist-status-requested = 已索取
checklist-status-received = 已收到
checklist-status-translated = 已翻译
checklist-status-sent = 已寄出
checklist-status-printed = 状态：{ $status }
checklist-note-printed = 备注：{ $note }
files-heading = 您的材料文件
files-limits = 将每份材料的文件与该材料保存在一起：PDF、JPEG、PNG、文本或HEIC（iPhone照片），每个文件不超过{ $file }，总计不超过{ $whole }，这样资料包才能小到便于发送，也能在手机上打开。这些文件会保存在本设备上，直到您在问诊表页面将它们随资料包一起发送。
files-used = { $count ->
   *[other] 本设备上保存了{ $count }个文件：已用{ $size }，上限为{ $whole }。
}
files-browser-free = 据浏览器显示，本网站大约还能保存{ $free }。
files-opening-slow = 打开本设备的文件存储比平时花的时间更长。仍在等待：打开后即可添加文件。
files-opening-blocked = 另一个打开着本规划工具旧版本的标签页正在占用本设备的文件存储。关闭或重新加载该标签页后，即可在此添加文件。
files-case = 以下文件为问诊表草稿“{ $name }”保存，只随该草稿的资料包发送。要查看其他患者的文件，请在问诊表页面打开其草稿。
files-case-first = 以下文件只随您在问诊表页面开始的草稿的资料包发送。
files-memory-only = 此浏览器不允许本应用在本设备上保存文件（{ $reason }），例如在无痕窗口中。您现在添加的文件只会保留到本页面关闭为止：离开前请通过下方的资料包将它们发送出去。
files-this-visit-help = 现在就将您的文件连同材料清单和当前打开的问诊表草稿一起下载，作为一个资料包交给您的协调员。
files-this-visit-name = 材料
files-add = 为“{ $document }”添加文件
files-added = “{ $name }”已保存在本设备上。
files-added-many = { $count } 个文件已保存在本设备上。
files-renamed = 已重命名为“{ $name }”。
files-removed = “{ $name }”已从本设备上移除。
files-remove-confirm = 要从本设备上移除“{ $name }”吗？此操作无法撤销。
files-refused-kind = 未添加“{ $name }”：只能保存PDF、JPEG、PNG、文本和HEIC文件。诊断影像（DICOM）请刻录在CD或DVD上提交，或通过医院自己的传输服务发送。
files-refused-large = 未添加“{ $name }”：该文件大小为{ $size }，而每个文件最大为{ $limit }。请以较低的分辨率重新扫描，或将其拆分。
files-refused-room = 未添加“{ $name }”：该文件大小为{ $size }，而您的文件只剩{ $left }的空间。请先移除不再需要的文件。
files-refused-many = 未添加“{ $name }”：可保存的文件数量已达上限。请先移除不再需要的文件。
files-full = 未保存“{ $name }”：本设备已没有足够的空间。没有任何更改，您的其他文件保持原样。
files-storage-failed = 浏览器无法保存此更改（{ $reason }）。您的文件保持原样。
files-missing = “{ $name }”已不在本设备上：浏览器已将其删除。请重新添加该文件，或将其从列表中移除。
files-forget = 从列表中移除
files-details = { $size } · 添加于{ $date }
files-rename = 重命名
files-new-name = “{ $name }”的新名称
files-save-name = 保存名称
files-cancel = 取消
files-replace = 替换
files-replace-label = 用另一个文件替换“{ $name }”
files-remove = 移除
files-dicom = 诊断影像（CT、MRI或PET-CT的DICOM序列）不在此处保存：医院要求刻录在CD或DVD上提交，或通过医院自己的传输服务发送。请改为在此处保存相应的书面影像报告。
