# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = 含文件的资料包
archive-help = 一个zip文件，包含资料包以及与您的材料清单一起保存的所有文件，每个文件都附有SHA-256，便于协调员核对传送途中没有任何改动。设置口令后，zip文件将被加密（age格式）。
archive-passphrase = 口令（可选）
archive-summary = { $count ->
   *[other] 您的材料清单中的{ $count }个文件（{ $size }）将一并包含在内。
}
archive-documents-unreadable = 此浏览器不允许本应用读取保存在本设备上的文件（{ $reason }），因此这些文件无法随此资料包发送。请在普通（非隐私）窗口中打开本规划工具后再发送。
archive-download = 连同文件下载（ZIP）
archive-working = 正在生成含文件的资料包…
archive-packing = 正在打包：{ $done }/{ $whole }…
archive-opening = 正在打开并检查：{ $done }/{ $whole }…
archive-done = { $count ->
   *[other] 已保存为{ $file }，含{ $count }个文件。
}
archive-left-out = 以下文件已不在本设备上，因此未包含在内：{ $names }。
archive-changed = 未能生成资料包：“{ $name }”已不是您添加时的那个文件（浏览器丢失或损坏了它）。请重新添加，然后再导出。
archive-browser-failed = 浏览器无法生成或读取含文件的资料包（{ $reason }）。
archive-not-zip = 此文件不是含文件的资料包，或者已被截断。请让对方重新发送。
archive-too-large = 此压缩包超过了含文件的资料包的大小上限，或解压后会超过该上限。未打开此压缩包。
archive-unsafe-name = 未打开此压缩包：其中条目“{ $name }”的名称可能会写入其文件夹之外，或含有隐藏字符。
archive-bomb = 未打开此压缩包：“{ $name }”解压后的大小远远超过其本身，这正是有害压缩包（“zip炸弹”）的特征。
archive-duplicate = 未打开此压缩包：“{ $name }”在其中出现了两次。
archive-damaged = 未打开此压缩包：“{ $name }”已损坏。请让对方重新发送。
archive-hash-mismatch = 未打开此压缩包：“{ $name }”与内容清单（manifest）中的SHA-256不符，说明它在传送途中被改动过。请让对方重新发送。
archive-file-kind = 未打开此压缩包：无论其名称或压缩包如何标示，“{ $name }”都不是PDF、JPEG、PNG、HEIC或文本文件，可能是网页或程序。请让对方以上述格式之一重新发送。
archive-disguised-name = 未打开此压缩包：名称“{ $name }”含有隐藏字符，或其扩展名与文件类型不符，这是用来误导的名称的特征。请让对方重新发送。
archive-not-packet = 此压缩包不是“日本就医规划”生成的含文件的资料包（{ $reason }）。
archive-sealed-damaged = 加密的资料包已损坏或被截断，无法打开。请让对方重新发送。
archive-sealed-too-much-work = 打开此加密文件所需的内存超出了浏览器所能提供的范围。请让对方用本应用重新加密。
archive-sealed-other = 此加密文件并非用本应用可以使用的口令保护。
archive-keep-no-room = 未保存这些材料：它们共占{ $size }，而本设备只剩{ $left }的空间。没有保存任何内容。
archive-keep-too-many = 未保存这些材料：本设备保存的文件数量已达上限。没有保存任何内容。
archive-keep-no-storage = 未保存这些文件：此浏览器不允许本应用在此设备上保存文件（{ $reason }），例如在隐私窗口中。没有保存任何内容：请保留您收到的压缩包。
archive-keep-kind = 未保存这些文件：其中有一个不是本应用可以保存的文件类型。没有保存任何内容。
