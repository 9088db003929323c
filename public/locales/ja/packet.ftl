# The packet page (/packet): labels written for the packet's reader, a coordinator or a
# hospital, in the third person.

packet-second-language = 印刷する項目名の第2言語
packet-second-language-help = 病院向けに、各項目名を両方の言語で印刷します。患者が記入した内容は、記入されたとおりに印刷されます。
packet-second-language-none = なし（1言語のみ）
packet-second-language-failed = その言語の項目名を読み込めませんでした。一度インターネットに接続するか、別の言語を選んでください。
packet-not-included = このパケットには含まれていません。
packet-estimate-result-heading = 患者の費用見積もり
packet-stay-result-heading = 患者の滞在の確認
packet-stay-computed = { $date }に患者のアプリで確認した結果です。基準となるのは、ビザと上陸許可の証印に記載された日付です。
packet-stay-route = 日本への入国
packet-stay-route-exempt = 査証免除による入国
packet-stay-route-medical = 医療滞在ビザ（{ $period }）
packet-stay-nationality-other = ビザが必要な国籍
packet-stay-fits = 患者の滞在は認められる期間内に収まります。
packet-stay-over = 患者の滞在は、認められる期間を{ $days }日超えています。
packet-stay-allowed = 患者の入国日から滞在できる期間：{ $period }
packet-stay-not-exempt = 患者のパスポートの国籍は、このアプリの査証免除対象の一覧にありません。患者にはビザが必要です。
packet-stay-incomplete = 患者の入力が不足していたため、滞在を確認できませんでした。
packet-stay-invalid = 患者が入力した日付は確認できませんでした。
packet-stay-certificate = 患者の滞在は{ $days }日を超えます。この長さの滞在は入院を前提とし、ビザの申請前に在留資格認定証明書が必要です。日本で病院の職員または親族が申請し、通常1〜3か月かかります。患者は交付から3か月以内に入国しなければなりません。
packet-stay-certificate-if-longer = 患者が{ $days }日を超えて滞在する場合は入院が前提となり、ビザの申請前に在留資格認定証明書が必要です。日本で病院の職員または親族が申請します。
packet-stay-options-heading = 患者が取れる対応
packet-stay-option-medical-visa = 登録された身元保証機関（コーディネーターや旅行会社）を通じて、医療滞在ビザを申請します。滞在できる期間は患者の病状に応じて決まります。
packet-stay-option-split = 治療を、1回{ $days }日以内の滞在{ $stays }回に分けます。その場合、数次有効の医療滞在ビザと、患者の担当医が作成する治療予定表が必要です。
packet-step-hospital-request = 患者の情報を病院に送る
packet-timeline-arrival-after-start = 患者が入力した入国日が、治療開始日より後になっています。
packet-timeline-arrival-long-gap = 患者は治療開始の{ $days }日前に入国します。この日数も、認められる滞在期間に数えられます。
packet-checklist-other = その他の書類
packet-item-medical-records-copy = 患者の診療に関する書類の写し
packet-item-coordinator-contact = コーディネーターの連絡先
packet-patient-name = 患者の氏名（パスポートの表記どおり）
packet-images = 患者の手元にある画像（CT、MRI、PET-CT、内視鏡、超音波）と、DICOMデータかどうか
packet-reports = 患者の手元にある報告書、血液検査結果、病理標本
packet-wishes-heading = 患者の希望
packet-desired-hospital = 患者が希望する病院
packet-desired-treatment = 患者が希望する治療
packet-dates-from = 患者が渡航できる最も早い日
packet-dates-to = 患者が渡航できる最も遅い日
packet-documents-heading = パケットと一緒に送られた書類
packet-documents-verified = { $count ->
   *[other] ファイル{ $count }件（{ $size }）。各ファイルは、マニフェストに記載されたSHA-256と一致しています。
}
packet-documents-not-attached = { $count ->
   *[other] パケットにはファイル{ $count }件（{ $size }）が記載されていますが、パケットと一緒には開かれていません。ファイルを見るには、パケットのzipファイルを開いてください。
}
packet-document-matches-manifest = マニフェストと一致
packet-documents-manifest-note = マニフェストはアーカイブを作った人がファイルと一緒に書いたものです。一致は、ファイルが欠けずに届いたことを示すだけで、送り主を示すものではありません。途中で誰も変更していないことまで示せるのは、暗号化されたパケットだけです。
packet-document-download = ダウンロード
packet-imported-with-files = { $count ->
   *[other] 新しい下書き「{ $name }」として、ファイル{ $count }件と一緒にこの端末に保存しました。
}
