## 分步指南：流程各阶段

guide-stage-prepare = 准备
guide-stage-prepare-summary = 联系国际医疗协调员，整理医院需要了解的信息。
guide-stage-prepare-step-1 = 联系国际医疗协调员。有些医院只通过合作的协调员受理来自海外的咨询。
guide-stage-prepare-step-2 = 写下您目前的病情，收集迄今为止的诊疗资料：报告和影像。
guide-stage-prepare-step-3 = 确定希望就诊的医院、预算以及希望的出行时间。
guide-stage-prepare-step-4 = 用材料清单查看医院会要求哪些材料，包括日语或英语译文。
guide-stage-prepare-cost = 协调员收取服务费，与医院的费用分开计算。请问清服务费包含哪些内容。
guide-stage-prepare-check = 确认医疗资料是否齐全，影像是否为DICOM格式数据，而不是翻拍屏幕的照片。

guide-stage-liaison = 与医院沟通
guide-stage-liaison-summary = 协调员把您的资料发给医院。医院决定能否接收您，并说明治疗内容、时长和费用。
guide-stage-liaison-step-1 = 通过协调员把您的诊疗资料发给医院。
guide-stage-liaison-step-2 = 如果医院要求先进行付费的第二诊疗意见，请选择方式：本人就诊、代理就诊或书面意见。
guide-stage-liaison-step-3 = 阅读医院的答复：能否接收您，以及治疗内容、时长和费用。
guide-stage-liaison-cost = 第一步有时是付费的第二诊疗意见。医院公布的收费可在费用估算工具中查看。
guide-stage-liaison-check = 确认医院的估价包含哪些项目。有些医院的价格不含交通费、住宿费和协调员服务费，诊察费也另行收取。

guide-stage-prepayment = 预付款
guide-stage-prepayment-summary = 预估的治疗费用和协调员服务费通常需要提前支付给协调员。
guide-stage-prepayment-step-1 = 向协调员确认预付金额：医院的估价加上协调员服务费。
guide-stage-prepayment-step-2 = 尽早向您的开户银行确认汇款需要多长时间、需要哪些材料。
guide-stage-prepayment-step-3 = 完成汇款，并保存收据或汇款记录。
guide-stage-prepayment-cost = 医院的估价和协调员服务费需在出行前支付。费用估算工具可以帮您合计。
guide-stage-prepayment-check = 确认从哪个账户汇款。治疗结束后，退款会退回该账户；退到其他账户可能需要提供与账户持有人关系的证明。

guide-stage-visa = 签证
guide-stage-visa-summary = 医疗滞在签证需要已登记的身元保证机构（身份保证机构）：协调员或旅行社。诊疗资料齐全后即可开始办理，请在出行前留出充足的时间。
guide-stage-visa-step-1 = 请已登记的身元保证机构（协调员或旅行社）为您提供身份保证。
guide-stage-visa-step-2 = 向身元保证机构索取医疗机构发行的受诊等预定证明书及身元保证机构发行的身元保证书。医院部分由日本的医院填写。
guide-stage-visa-step-3 = 准备护照、照片、签证申请表、经济能力证明（如银行存款余额证明）和身份证明文件。每位陪同人员也需要护照、照片、申请表和身份证明文件。
guide-stage-visa-step-4 = 如需长期停留而要办理在留资格认定证明书，请医院工作人员或在日本的亲属代为申请。如需多次赴日，请医生出具治疗计划表，以申请多次有效的医疗滞在签证。
guide-stage-visa-step-5 = 向日本驻外使领馆提交申请（在中国大陆，须通过日本驻华使领馆指定的代办机构或签证申请中心提交），并在签证有效期内入境日本。
guide-stage-visa-cost = 本应用没有签证费用的数据。需要支付哪些费用，请向身元保证机构和使领馆确认。
guide-stage-visa-check = 确认停留期限与治疗计划相符。如果申请被转交东京审核，办理时间可能更长，请尽早规划行程。

guide-stage-travel-treatment = 出行与治疗
guide-stage-travel-treatment-summary = 您前往日本接受治疗。协调员仍是您与医院之间的联络人。
guide-stage-travel-treatment-step-1 = 陪同人员请只限必要的人。陪同人员持与患者同类的签证，在日本不得从事有报酬的工作。
guide-stage-travel-treatment-step-2 = 请协调员为您的就诊安排口译员。
guide-stage-travel-treatment-step-3 = 随身携带护照、医院的接收答复和估价单、付款记录以及协调员的联系方式。
guide-stage-travel-treatment-step-4 = 与协调员保持联系：医院遇到紧急情况时，就诊时间可能变动。
guide-stage-travel-treatment-cost = 口译按小时收费，费率由各协调员确定。请在费用估算工具中加入交通、住宿和日常开支。
guide-stage-travel-treatment-check = 请根据上陆许可（入境许可）上的入境日期和停留期限，算出允许停留的最后一天（停留工具会显示），并与治疗日程对照确认。

guide-stage-settlement = 结算
guide-stage-settlement-summary = 治疗结束后，预付款将按实际费用结算。
guide-stage-settlement-step-1 = 治疗结束后，向协调员确认实际费用。
guide-stage-settlement-step-2 = 与您预付的金额进行比较。可以使用费用估算工具中的结算部分。
guide-stage-settlement-step-3 = 余额会退回到您汇款的账户；如果追加了计划外的治疗，则需补付差额。
guide-stage-settlement-cost = 如果实际费用低于预付款，差额将退还给您。如果追加了计划外的治疗，则需补付差额。
guide-stage-settlement-check = 把追加的治疗与原来的估价对照，如有不明白的项目，请询问协调员。

guide-stage-follow-up = 回国后的随访
guide-stage-follow-up-summary = 回国后，由当地医生继续您的治疗。检查结果可以通过协调员发回。
guide-stage-follow-up-step-1 = 把在日本治疗的报告交给当地医生。
guide-stage-follow-up-step-2 = 向协调员确认如何把之后的检查结果发回日本的医院。
guide-stage-follow-up-step-3 = 如果您有国际保险，请向保险公司确认理赔需要哪些收据和报告。
guide-stage-follow-up-cost = 本应用没有回国后随访费用的数据。国际保险可能在事后报销部分费用。
guide-stage-follow-up-check = 确认当地医生已拿到所需的全部日本资料，并确认您知道如何联系协调员。

## 常见问题

guide-faq-language-help = 语言方面能得到帮助吗？
guide-faq-language-help-answer = 请协调员为您安排口译员。口译按小时收费，费率由各协调员确定；有些医院要求咨询时必须有口译员在场。您寄送的资料须为日语或英语，请提前准备译文。

guide-faq-companions = 家人可以陪同吗？
guide-faq-companions-answer = 可以。亲属或必要时的其他人员，可以持与患者同类的签证陪同。陪同人员在日本不得从事有报酬的工作。陪同人员请尽量精简：每多一人，就多一份交通和住宿费用。

guide-faq-insurance = 保险能支付治疗费吗？
guide-faq-insurance-answer = 如果国际保险承保在日本的医疗，医疗费可能在事后获得报销，有时口译费或协调员费用也可报销。通常需要先预付。非日本居民为了治疗而加入日本的公共医疗保险是违法的。出行前请向保险公司确认。

guide-faq-treatment-changes = 如果治疗或就诊安排有变，会怎样？
guide-faq-treatment-changes-answer = 医院遇到紧急情况时，就诊时间可能变动，协调员会通知您。如果追加了计划外的治疗，需在结算时补付差额。如果实际费用低于预付款，差额会退回到您汇款的账户。

guide-faq-follow-up-at-home = 回国后由谁照顾我？
guide-faq-follow-up-at-home-answer = 由当地医生继续您的治疗。检查结果可以通过协调员发回日本的医院。离开日本前，请向协调员问清具体怎么做。

guide-faq-which-text-governs = 如果本应用与正式文件的内容不一致，以哪个为准？
guide-faq-which-text-governs-answer = 以医院出具的文件和估价，以及签证和上陆许可（入境许可）上的日期为准。本应用的文字和译文仅供参考，可能有误。如有不一致，请按正式文件办理，并向协调员确认。

## 指南页面

guide-intro = 从首次联系到回国后的随访，按阶段说明：要做什么、通常需要多长时间、费用如何、需要确认什么。
guide-loading = 正在加载指南…
guide-as-of = 指南信息截至{ $date }
guide-print = 打印指南
guide-what-to-do = 要做什么
guide-how-long = 需要多长时间
guide-what-it-costs = 费用
guide-what-to-check = 需要确认的事项
guide-faq-heading = 患者常见问题
guide-stage-prepare-takes = 协调员回复通常需要：
guide-stage-liaison-takes = 医院答复通常需要：
guide-stage-visa-takes = 从医疗资料齐全到签证签发：
guide-takes-between = { $min }至{ $max }{ $unit }
guide-takes-at-most = { $max }{ $unit }以内
guide-takes-at-least = 至少{ $min }{ $unit }
guide-takes-about = 约{ $count }{ $unit }
guide-unit-day = 天
guide-unit-business-day = 个工作日
guide-unit-week = 周
guide-unit-month = 个月
