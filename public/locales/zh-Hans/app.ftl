app-name = 日本就医规划
skip-to-content = 跳到主要内容
nav-label = 工具
language-picker-label = 语言

## 路由：简称（导航、标题）和一句话说明

route-home = 规划在日本的治疗
route-home-summary = 整个流程一览，每一步都有对应的工具。
route-estimate = 费用估算
route-estimate-summary = 以日元合计诊察、治疗、口译、协调员、住宿和交通费用，并注明每项收费的来源。
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
route-hospitals = 医疗机构专区
route-hospitals-summary = 制作收费表，用估算工具预览，并放到贵院自己的网站上。

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
journey-visa-text = 医疗滞在签证需要已登记的身元保证机构（身份保证机构），例如您的协调员或旅行社。请在出行前留出充足的时间。
journey-treatment-title = 出行与治疗
journey-treatment-text = 陪同人员请尽量精简。口译通常按小时收费，就诊时间也可能变动。
journey-settlement-title = 结算
journey-settlement-text = 治疗结束后，预付款将按实际费用结算：余额退还，如有追加治疗则需补付。
journey-follow-up-title = 回国后的随访
journey-follow-up-text = 在当地医生处继续治疗。检查结果可以通过协调员发回。

## Under every page heading, in every language but English

translation-notice = 本页内容译自英文，可能存在错误。如与医院本身的文件不一致，以医院的文件为准。

## 页脚

footer-privacy = 您的信息只保存在本设备上。本应用不会向任何地方发送数据。
footer-guidance = 仅供参考：以医院出具的估价和文件，以及签证和上陆许可（入境许可）上的日期为准。
footer-embed-link = 医疗机构专用：可嵌入的费用估算工具

## 未找到页面

not-found-title = 未找到页面
not-found-text = 此地址没有页面。页面可能已移动，或链接不完整。
not-found-home-link = 返回首页

## 各工具共用

data-load-failed = 无法加载文件“{ $file }”（{ $reason }）。请检查网络连接，然后重新加载页面。
data-file-invalid = 数据文件“{ $file }”无法使用：字段“{ $field }”有误（{ $reason }）。需要由该文件的发布方更正。
save-failed = 浏览器未允许本页面保存您输入的内容（存储空间已满或已被关闭）。在您离开本页面之前，内容会一直显示；如需保留副本，请打印。
saved-changed-elsewhere = 本页面已更新为您在另一个标签页或窗口中所做的更改，两边的内容不会互相覆盖。
saved-quarantined = 本页面在此设备上保存的内容无法读取。原文已原样保存在“{ $key }”下，从现在起本页面会保存您新输入的内容。
start-over = 本页面重新开始
start-over-confirm = 要从此设备删除您在本页面输入的内容并重新开始吗？其他页面保存的内容不受影响。
saved-unreadable = 无法读取本页面保存在此设备上的内容，因此未对其作任何改动，本页面也不会覆盖保存它。
number-empty = 请输入数字。
number-not-a-number = 只能输入数字，例如 1500。
number-negative = 数字不能为负数。
number-too-large = 请输入不超过 { $max } 的数字。
number-too-precise = { $decimals ->
    [0] 请输入整数。
   *[other] 最多保留 { $decimals } 位小数。
}
number-zero = 请输入大于零的数字。
sources-heading = 来源
source-checked = （{ $checked }核实）
source-dated-checked = （{ $date }发布，{ $checked }核实）
source-stale = 此信息于{ $months }个月前核实，请向协调员或大使馆确认。

## The app itself: offline, and a new version ready

offline-notice = 您目前处于离线状态。应用仍可使用，您输入的内容保存在此设备上。
update-ready = 本应用有新版本可用。重新加载后，您已输入的内容会保留。
update-reload = 立即重新加载

# Opening files (packets, estimate files)
file-drop = 或将文件拖放到此处
file-unlock = 打开
file-unreadable = 无法读取该文件。
file-crypto-unavailable = 此浏览器无法在此处解密（加密功能需要安全的 https 连接）。
file-wrong-passphrase = 口令错误，或文件已损坏。
file-too-large = 文件过大（{ $size } MB；上限为 { $limit } MB）。
file-sealed-damaged = 加密文件已损坏，无法打开（{ $reason }）。
passphrase-rule = 至少{ $min }个字符：三四个可以在电话里读出来的普通词语，既好记又难猜。拿到文件的人可以不限时间地尝试各种密码短语。
passphrase-confirm = 再次输入同一密码短语
passphrase-too-short = 密码短语至少需要{ $min }个字符。
passphrase-repetitive = 此密码短语只是少数几个字符的重复，很快就会被猜中：请换一个。
passphrase-mismatch = 两次输入的密码短语不一致。
