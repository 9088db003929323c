app-name = 日本就医规划
skip-to-content = 跳到主要内容
nav-label = 工具
language-picker-label = 语言

## 路由：简称（导航、标题）和一句话说明

route-home = 规划在日本的治疗
route-home-summary = 整个流程一览，每一步都有对应的工具。
route-estimate = 费用估算
route-estimate-summary = 以日元合计诊察、治疗、翻译、协调员、住宿和交通费用，并注明每项收费的来源。
route-stay = 停留与日程
route-stay-summary = 检查治疗是否在允许的停留期限内完成，并显示每一步最迟何时开始。
route-documents = 材料
route-documents-summary = 医院和签证机构要求的材料清单，以及每项材料的准备状态。
route-guide = 分步指南
route-guide-summary = 每个阶段会发生什么、需要多长时间、要确认什么。
route-intake = 问诊表
route-intake-summary = 按自己的节奏填写病史；草稿保存在本设备上。
route-packet = 打开资料包
route-packet-summary = 打开患者发来的资料包文件，阅读或打印。
route-embed-estimate = 费用估算工具
route-embed-estimate-summary = 供医院网站嵌入的费用估算工具。

## 首页

home-intro = 来日本就医需要提前规划：材料、医院接收、预付款、签证和行程。本工具把这些步骤汇集在一起。您输入的所有信息都只保存在本设备上。
home-journey-heading = 整个流程一览
home-tools-heading = 工具

journey-prepare-title = 准备
journey-prepare-text = 联系国际医疗协调员。整理目前的病情、既往诊疗资料（报告和影像）、希望就诊的医院、预算以及希望的出行时间。
journey-liaison-title = 与医院沟通
journey-liaison-text = 协调员把您的资料发给医院，医院决定能否接收，并说明治疗内容、时长和费用。第一步有时是付费的第二诊疗意见。
journey-prepay-title = 预付款
journey-prepay-text = 预估的治疗费用和协调员服务费通常需要提前支付。银行汇款需要时间，有些银行会要求补充材料。
journey-visa-title = 签证
journey-visa-text = 医疗滞在签证需要已登记的身份担保机构，例如您的协调员或旅行社。请在出行前留出充足的时间。
journey-treatment-title = 出行与治疗
journey-treatment-text = 陪同人员请尽量精简。翻译通常按小时收费，就诊时间也可能变动。
journey-settlement-title = 结算
journey-settlement-text = 治疗结束后，预付款将按实际费用结算：余额退还，如有追加治疗则需补付。
journey-follow-up-title = 回国后的随访
journey-follow-up-text = 在当地医生处继续治疗。检查结果可以通过协调员发回。

## 尚在建设的页面

being-built-title = 此工具正在建设中
plan-estimate = 它将根据注明日期和来源的收费表逐项合计费用，显示消费税、预付款和结算，并按您输入的汇率换算总额。
plan-stay = 它将对照免签和医疗滞在签证的期限检查您的停留时间，倒推每一步最迟开始的日期，并提供可下载的日历。
plan-documents = 它将列出每种情形所需的材料，让您记录每项的进度并打印清单。
plan-guide = 它将详细说明流程的每个阶段，并解答常见问题。
plan-intake = 它将在本设备上保存多份草稿，输入时自动保存，并把所有内容导出为一个文件发给协调员。
plan-packet = 它将打开资料包文件，进行检查，并以便于阅读和打印的版式显示。
plan-embed-estimate = 本页面用于嵌入医院网站。估算工具本身正在建设中。

## 页脚

footer-privacy = 您的信息只保存在本设备上。本应用不会向任何地方发送数据。
footer-guidance = 仅供参考：以医院出具的估价和文件，以及签证和入境许可上的日期为准。
footer-embed-link = 医疗机构专用：可嵌入的费用估算工具

## 未找到页面

not-found-title = 未找到页面
not-found-text = 此地址没有页面。页面可能已移动，或链接不完整。
not-found-home-link = 返回首页

## 估算

estimate-intro = 选择一份收费表，添加预计会产生的项目，再填入您自己的差旅等费用。每项收费都注明来源和数据日期。
estimate-loading = 正在加载收费表…
estimate-load-failed = 无法加载文件“{ $file }”（{ $reason }）。请检查网络连接，然后重新加载页面。
estimate-schedule-invalid = 收费表文件“{ $file }”无法使用：字段“{ $field }”有误（{ $reason }）。需要由该文件的发布方更正。
estimate-schedule-label = 收费表
estimate-example-badge = 示例
estimate-issuer = 发布方：{ $issuer }
estimate-as-of = 数据截至{ $date }
estimate-sources-heading = 来源
estimate-source = { $title }，截至{ $date }
estimate-items-heading = 项目
estimate-add-label = 要添加的项目
estimate-add-button = 添加
estimate-remove-button = 移除
estimate-no-lines = 尚未添加项目。请在上方选择一项，然后点击“添加”。
estimate-line-source = 来源：{ $source }，截至{ $date }
estimate-package-note = 无论次数多少，均为同一固定价格。
quantity-minutes = 分钟数
quantity-points = 点数
quantity-times = 次数
unit-hour = 小时数
unit-slide = 切片数
unit-case = 件数
unit-visit = 到访次数
unit-trip = 趟数
price-from = { $amount }起
price-range = { $low }至{ $high }
breakdown-times = { $count } × { $price }
breakdown-blocks = 前{ $first-minutes }分钟 { $first }，之后每{ $additional-minutes }分钟 { $extra } × { $extra-blocks }
breakdown-points = { $points }点 × { $rate }日元
category-consultation = 诊察
category-pathology = 病理
category-examination = 检查
category-treatment = 治疗
category-interpreter = 翻译
category-other = 其他

estimate-own-heading = 您自己的费用
estimate-own-help = 请根据您自己获得的报价填写；这些费用不在任何收费表中。不适用的栏目请留空。
estimate-coordinator-fee = 协调员服务费（日元，按报价填写）
estimate-companions = 陪同人数
estimate-flight = 每人往返机票（日元）
estimate-nights = 住宿晚数
estimate-nightly-rate = 每晚住宿费（日元）
estimate-other-costs = 其他费用（日元）：当地交通、餐饮、保险
estimate-contingency = 预备金（%）

summary-heading = 您的估算
summary-medical-subtotal = 医疗费小计
summary-tax-included = 其中消费税（{ $rate }%）
summary-tax-added = 消费税（{ $rate }%）
summary-medical-total = 医疗费合计
summary-coordinator = 协调员服务费
summary-prepayment = 通常需提前支付（医疗费合计及协调员服务费）
summary-flights = 机票（{ $travellers }人）
summary-accommodation = 住宿（{ $nights }晚）
summary-other-costs = 其他费用
summary-contingency = 预备金（{ $percent }%）
summary-total = 估算总额
summary-open-ended = 部分收费只公布了最低价，因此总额也是最低金额。
summary-unknown-items = 您添加的项目中有{ $count }项不在此收费表中，暂不计入；切换回原收费表后会重新计入。
summary-error = 无法合计这些金额。请检查您输入的数字。
summary-guidance = 这只是估算，不是报价：预付金额以医院出具的估价为准。
estimate-print = 打印此估算
save-failed = 浏览器未允许本页面保存您输入的内容（存储空间已满或已被关闭）。在您离开本页面之前，内容会一直显示；如需保留副本，请打印。
saved-unreadable = 无法读取本页面保存在此设备上的内容，因此未对其作任何改动，本页面也不会覆盖保存它。

settlement-heading = 预付款与结算
settlement-help = 治疗结束后，预付款将按实际费用结算。
settlement-prepaid = 预付金额（日元）
settlement-actual = 实际费用（日元）
settlement-refund = { $prepaid } − { $actual } = { $difference }，将退还给您。
settlement-extra = { $actual } − { $prepaid } = { $difference }，仍需补付。
settlement-even = 预付金额与实际费用相等：无需退款，也无需补付。
settlement-use-estimate = 以估算金额作为预付金额

currency-heading = 换算为您的货币
currency-label = 货币
currency-rate = 1 { $code } 可兑换的日元
currency-help = 请输入您的银行报出的汇率。本应用从不自动获取汇率。
currency-total = 估算总额：约 { $amount } { $code }
currency-prepayment = 通常需提前支付：约 { $amount } { $code }
currency-yen-governs = 以日元金额为准。您实际支付多少，取决于银行的汇率和手续费。
currency-source = 小数位数：{ $source }，截至{ $date }。

number-empty = 请输入数字。
number-not-a-number = 只能输入数字，例如 1500。
number-negative = 数字不能为负数。
number-too-large = 请输入不超过 { $max } 的数字。
number-too-precise = { $decimals ->
    [0] 请输入整数。
   *[other] 最多保留 { $decimals } 位小数。
}
number-zero = 请输入大于零的数字。

## 停留与日程

stay-intro = 检查您的停留是否在允许的期限内，并查看每一步最迟何时开始。入境当天算作第1天。
stay-loading = 正在加载停留规则…
stay-nationality = 国籍（护照）
stay-nationality-other = 其他国家或地区（需要签证）
stay-route = 入境日本的方式
stay-route-exempt = 不办签证（免签）
stay-route-medical = 医疗滞在签证（{ $period }）
period-days = { $count }天
period-months = { $count }个月
period-years = { $count }年
stay-exempt-days = 持您的护照免签可停留：{ $days }天
stay-not-exempt = 您的护照国籍不在本应用的免签名单中：您需要办理签证。
stay-dates-heading = 您的日期
stay-plan-toggle = 根据治疗计划推算日期
stay-arrival = 入境日（抵达日本）
stay-departure = 离境日（离开日本）
stay-sessions = 治疗次数
stay-sessions-per-week = 每周治疗次数
stay-days-before = 首次治疗前在日本的天数
stay-days-after = 最后一周治疗后在日本的天数
stay-result-heading = 您的停留是否在允许期限内？
stay-days = 在日本停留{ $days }天（{ $arrival }至{ $departure }），入境当天算作第1天。
stay-last-day = 允许停留的最后一天：{ $date }
stay-fits = 您的停留在允许期限内。
stay-over = 您的停留超出允许期限{ $days }天。
stay-options-heading = 您可以怎么做
stay-option-medical-visa = 通过已登记的身份担保机构（您的协调员或旅行社）申请医疗滞在签证。停留期限根据病情确定。
stay-option-coe = 停留超过{ $days }天以住院为前提，需要在留资格认定证明书，由医院工作人员或在日本的亲属代为申请。
stay-option-split = 将治疗分为{ $stays }次停留，每次不超过{ $days }天；需要医疗滞在签证（多次入境签证）以及医生出具的治疗日程表。
stay-date-error = 请检查日期：{ $problem }
stay-date-order = 离境日早于入境日。
stay-date-range = 请使用{ $first }年至{ $last }年之间的日期。
stay-plan-error = 请输入治疗次数（1至{ $sessions }）和每周治疗次数（1至{ $per-week }）。
stay-sticker = 以签证和入境许可贴纸上印的日期为准。
stay-source = 来源：{ $source }，截至{ $date }

timeline-heading = 时间表
timeline-start = 计划的首个治疗日
timeline-opinion = 我需要先获得书面第二诊疗意见
timeline-latest = 最迟：{ $date }
timeline-past = 已过此日期
timeline-too-soon = 这个开始日期太早，所有步骤都来不及完成。能为各步骤留出足够时间的最早开始日期是{ $date }。
timeline-holidays = 日本公众假日仅收录到{ $year }年：此后的日期可能因假日而有偏差。
timeline-inferred = 部分所需时间是本应用对其来源的保守解读。
timeline-download = 下载日历 (.ics)
timeline-calendar-name = 赴日治疗行程
step-contact-coordinator = 联系国际医疗协调员
step-pay-written-opinion = 支付书面第二诊疗意见的费用
step-hospital-request = 将您的资料发送给医院
step-prepayment = 按估价支付预付款
step-visa-recommended = 申请签证（建议时间）
step-visa-latest = 申请签证（最迟时间）
step-arrival = 抵达日本
step-treatment-start = 开始治疗
