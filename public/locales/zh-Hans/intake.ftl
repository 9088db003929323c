## 问诊表

intake-intro = 请按自己的节奏填写病史。您输入时，草稿会随时保存在本设备上，不会发送到任何地方。准备好后，请导出资料包，并通过电子邮件发给您的协调员。
intake-durable = 浏览器可能会清除已保存的数据，例如在您几周没有访问本网站之后。导出的资料包文件才是可以长期保存的副本，请妥善保管。
intake-persist-granted = 此浏览器已同意保留您的草稿，直到您自己删除为止。
intake-loading = 正在打开您的草稿…

## 草稿

drafts-heading = 草稿
drafts-open-label = 打开草稿
drafts-name-label = 草稿名称
drafts-default-name = 草稿{ $number }
drafts-new = 新建草稿
drafts-duplicate = 创建副本
drafts-copy-name = { $name }（副本）
drafts-delete = 删除草稿
drafts-delete-confirm = 要从本设备上删除草稿“{ $name }”及为其保存的文件吗？此操作无法撤销。
drafts-clear-all = 清除本设备上的所有数据
drafts-clear-all-confirm = 要删除本应用在此设备上保存的所有草稿、费用估算、停留计划、清单、收费表和已保存的文件吗？如需保留，请先导出资料包。
drafts-cleared = { $files ->
    [0] 已从此设备删除本应用的所有数据：草稿、费用估算、停留计划、清单和收费表。没有已保存的文件。
   *[other] 已从此设备删除本应用的所有数据：草稿、费用估算、停留计划、清单、收费表，以及{ $files }个已保存的文件。
    }
drafts-saved = 已于{ $time }保存在本设备上。
drafts-unsaved = 更改尚未保存。

## 存储问题

storage-unavailable = 此浏览器不允许本应用保存任何内容（可能处于无痕模式，或受设置限制）。您输入的内容只在本页面打开期间保留：离开前请导出资料包。
storage-quota = 浏览器为本网站提供的存储空间已满，因此您最近的更改未能保存。这些更改仍在本页面上：请立即导出资料包，以免丢失。
storage-quarantined = 无法读取您保存的草稿。其内容已原样保留在本设备上的“{ $key }”下，没有删除任何内容；您可以新建一份草稿。
storage-newer = 您的草稿是由本应用的较新版本保存的。为保护这些草稿，本页面不会保存任何内容；请重新加载页面以获取新版本。
conflict-deleted = 此草稿已在另一个标签页或窗口中被删除。
conflict-save-as-new = 将此版本另存为新草稿
conflict-updated = 此草稿已根据另一个标签页中的更改进行了更新。
choice-heading = 两个标签页中有不同的修改
choice-help = 在您选择之前，两个值都会保留。表单中显示的是标为“表单中”的那个。
choice-in-form = 表单中
choice-use = 使用这个
choice-keep-both = 两个都保留
choice-dismiss = 完成，保持表单现状
choice-empty = （空）
choice-entry = { $list }第 { $number } 项：{ $field }
drafts-imported-name = { $name }（{ $date } 导入）

## 表单

intake-patient-heading = 患者
intake-patient-name = 姓名（与护照一致）
intake-patient-date-of-birth = 出生日期
intake-patient-nationality = 国籍（护照）
intake-nationality-choose = 请选择国家或地区
intake-nationality-as-written = { $text }（按原文）
intake-patient-email = 电子邮箱
intake-patient-phone = 电话（含国家代码）
intake-patient-preferred-language = 首选语言
intake-contact-help = 请填写电子邮箱或电话号码，以便协调员与您联系。
intake-companions-heading = 陪同人员
intake-companion-name = 陪同人员姓名
intake-companion-relation = 与患者的关系
intake-companion-add = 添加陪同人员
intake-companion-remove = 删除此陪同人员
intake-condition-heading = 目前病情
intake-diagnosis = 诊断
intake-current-condition = 目前病情和症状
intake-physician-heading = 目前的主治医生
intake-physician-name = 医生姓名
intake-physician-institution = 医院或诊所
intake-physician-contact = 医生的联系方式
intake-history-heading = 迄今为止的治疗
intake-history-help = 每次检查、每次手术或每个疗程各填写一条，写明时间、做了什么以及结果如何。
intake-history-kind = 类型
intake-history-examination = 检查
intake-history-surgery = 手术
intake-history-chemotherapy = 化疗
intake-history-radiotherapy = 放疗
intake-history-when = 时间
intake-history-details = 做了什么，结果如何
intake-history-add = 添加一条记录
intake-history-remove = 删除此记录
intake-materials-heading = 影像和报告
intake-images = 您手头的影像（CT、MRI、PET-CT、内镜、超声），以及是否为DICOM数据
intake-reports = 您手头的报告、血液检查结果和病理切片
intake-wishes-heading = 您的希望
intake-desired-hospital = 希望就诊的医院
intake-desired-treatment = 希望接受的治疗
intake-budget = 预算（金额和币种）
intake-dates-from = 最早可出行日期
intake-dates-to = 最晚可出行日期
intake-questions = 想向医院咨询的问题
intake-required-mark = （必填）
intake-required = 请填写此项。
intake-contact-required = 请填写电子邮箱或电话号码。
intake-email-invalid = 这似乎不是有效的电子邮箱地址（例如 name@example.com）。
intake-date-invalid = 日期无效。
intake-birth-future = 出生日期不能是将来的日期。
intake-dates-order = 最晚日期早于最早日期。
intake-too-long = 表单太长，无法保存在此设备上（超过约 300 页文字）。请缩短这一最长的栏位，或将较长的报告作为清单中的文件添加。
intake-problems = 导出前，还有{ $count }项需要您检查。

## 导出

export-heading = 发送给您的协调员
export-help = 资料包是一个文件，包含此草稿，以及您在本设备上的费用估算、停留检查和材料清单中输入的内容。
export-passphrase = 口令（可选）
export-passphrase-help = 设置口令后，文件将被加密（AES-GCM，256位密钥）。请通过其他方式（例如电话）把口令告诉协调员，切勿写在同一封邮件里。
export-download = 下载资料包
export-copy = 复制资料包文本
export-copied = 资料包文本已复制到剪贴板。请将其粘贴到电子邮件或文件中。
export-copy-failed = 浏览器不允许复制。请改用下载。
export-share = 分享…
export-email = 通过电子邮件发给协调员
export-email-subject = 病历资料包（Japan Care Planner）
export-email-body = 您好，随信附上我用 Japan Care Planner 制作的病历资料包文件。本邮件正文不含任何健康信息：所有内容都在附件中。
export-email-help = 您的邮件应用会打开，并附带一段简短的消息。发送前，请附上您下载的资料包文件。
export-done = 已生成资料包“{ $file }”。
export-encrypting = 正在加密…
export-failed = 无法生成资料包：{ $reason }

## 打开资料包

packet-intro = 打开患者发来的资料包文件：文件会经过检查并显示在这里，仅在本设备上处理。您可以打印，或将其另存为新草稿。
packet-choose = 选择资料包文件
packet-passphrase = 此资料包已加密。请输入口令。
packet-malformed = 此文件不是资料包：它不是有效的JSON。
packet-not-packet = 此文件不是“日本就医规划”的资料包。
packet-newer = 此资料包由本应用的较新版本生成。请重新加载页面以获取新版本，然后再次打开该文件。
packet-invalid = 资料包已损坏，无法显示（{ $reason }）。
packet-made = 生成于{ $date }，应用版本：{ $version }，语言：{ $locale }。
packet-import = 另存为新草稿
packet-imported = 已另存为新草稿“{ $name }”。您的其他草稿未作改动。
packet-print = 打印
packet-checklist-heading = 材料清单
packet-empty = （未填写）
drafts-clear-failed = 浏览器不允许本应用删除其在此设备上的数据。没有删除任何内容。
drafts-cleared-files-failed = 草稿、费用估算、停留计划、清单和收费表已删除，但浏览器不允许删除已保存的文件（{ $reason }）。请在文件页面删除它们，或在浏览器设置中清除本网站的数据。
