## 估算

estimate-intro = 选择一份收费表，添加预计会产生的项目，再填入您自己的差旅等费用。每项收费都注明来源和数据日期。
estimate-loading = 正在加载收费表…
estimate-schedule-label = 收费表
estimate-example-badge = 示例
estimate-issuer = 发布方：{ $issuer }
estimate-as-of = 数据截至{ $date }
estimate-items-heading = 项目
estimate-add-label = 要添加的项目
estimate-add-button = 添加
estimate-remove-button = 移除
estimate-no-lines = 尚未添加项目。请在上方选择一项，然后点击“添加”。
estimate-line-source = 来源：
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
breakdown-first-block = 前{ $first-minutes }分钟 { $first }
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
currency-source = 小数位数：
