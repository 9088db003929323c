# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size } KB
file-size-mb = { $size } MB
file-size-gb = { $size } GB
archive-heading = 含文件的資料包
archive-help = 一個 zip 檔案，內含資料包以及與您的文件清單一起保存的所有檔案，每個檔案都附有 SHA-256，方便協調員確認傳送途中沒有任何變動。設定通關密語後，zip 檔案會加密（age 格式）。
archive-passphrase = 通關密語（選填）
archive-summary = { $count ->
   *[other] 您文件清單中的 { $count } 個檔案（{ $size }）會一併附上。
}
archive-documents-unreadable = 此瀏覽器不允許本應用程式讀取保存在本裝置上的檔案（{ $reason }），因此這些檔案無法隨此資料包寄出。請在一般（非私密）視窗中開啟本規劃工具後再寄出。
archive-download = 連同文件下載（ZIP）
archive-working = 正在產生含文件的資料包…
archive-packing = 正在打包：{ $done } / { $whole }…
archive-opening = 正在開啟並檢查：{ $done } / { $whole }…
archive-done = { $count ->
   *[other] 已儲存為 { $file }，內含 { $count } 個檔案。
}
archive-left-out = 以下檔案已不在本裝置上，因此未包含在內：{ $names }。
archive-changed = 未能產生資料包：「{ $name }」已不是您加入時的那個檔案（瀏覽器遺失或損毀了它）。請重新加入，然後再匯出。
archive-browser-failed = 瀏覽器無法產生或讀取含文件的資料包（{ $reason }）。
archive-not-zip = 此檔案不是含文件的資料包，或是已被截斷。請要求對方重新寄送。
archive-too-large = 此壓縮檔超過含文件的資料包的大小上限，或解壓縮後會超過該上限。未開啟此壓縮檔。
archive-unsafe-name = 未開啟此壓縮檔：其中項目「{ $name }」的名稱可能會寫入其資料夾之外，或含有隱藏字元。
archive-bomb = 未開啟此壓縮檔：「{ $name }」解壓縮後的大小遠遠超過其本身，這正是有害壓縮檔（「zip 炸彈」）的特徵。
archive-duplicate = 未開啟此壓縮檔：「{ $name }」在其中出現了兩次。
archive-damaged = 未開啟此壓縮檔：「{ $name }」已損毀。請要求對方重新寄送。
archive-hash-mismatch = 未開啟此壓縮檔：「{ $name }」與內容清單（manifest）中的 SHA-256 不符，表示它在傳送途中遭到變動。請要求對方重新寄送。
archive-file-kind = 未開啟此壓縮檔：無論其名稱或壓縮檔如何標示，「{ $name }」都不是 PDF、JPEG、PNG、HEIC 或文字檔，可能是網頁或程式。請要求對方以上述格式之一重新寄送。
archive-disguised-name = 未開啟此壓縮檔：名稱「{ $name }」含有隱藏字元，或其副檔名與檔案類型不符，這是用來誤導的名稱的特徵。請要求對方重新寄送。
archive-not-packet = 此壓縮檔不是「日本就醫規劃（Japan Care Planner）」產生的含文件的資料包（{ $reason }）。
archive-sealed-damaged = 加密的資料包已損毀或被截斷，無法開啟。請要求對方重新寄送。
archive-sealed-too-much-work = 開啟此加密檔案所需的記憶體超出瀏覽器所能提供的範圍。請要求對方以本應用程式重新加密。
archive-sealed-other = 此加密檔案並非以本應用程式可使用的通關密語保護。
archive-keep-no-room = 未保存這些文件：它們共佔 { $size }，但本裝置只剩 { $left } 的空間。沒有儲存任何內容。
archive-keep-too-many = 未保存這些文件：本裝置保存的檔案數量已達上限。沒有儲存任何內容。
archive-keep-no-storage = 未儲存這些文件：此瀏覽器不允許本應用程式在此裝置上儲存檔案（{ $reason }），例如在私密視窗中。沒有儲存任何內容：請保留您收到的壓縮檔。
archive-keep-kind = 未儲存這些文件：其中有一個不是本應用程式可以儲存的檔案類型。沒有儲存任何內容。
