# The packet with documents: exporting it (intake, documents) and opening it (packet); file sizes.

file-size-kb = { $size }KB
file-size-mb = { $size }MB
file-size-gb = { $size }GB
archive-heading = 서류가 포함된 패킷
archive-help = 패킷과 체크리스트에 보관된 모든 파일을 담은 하나의 zip 파일입니다. 각 파일에는 SHA-256이 함께 들어 있어, 코디네이터가 전달 도중 바뀐 것이 없는지 확인할 수 있습니다. 암호 문구를 설정하면 zip 파일이 암호화됩니다(age 형식).
archive-passphrase = 암호 문구(선택 사항)
archive-summary = { $count ->
   *[other] 체크리스트의 파일 { $count }개({ $size })가 함께 들어갑니다.
}
archive-documents-unreadable = 이 브라우저에서는 앱이 이 기기에 보관한 파일을 읽을 수 없어({ $reason }) 이 패킷에 파일을 넣을 수 없습니다. 파일을 보내려면 일반(시크릿이 아닌) 창에서 플래너를 여세요.
archive-download = 서류와 함께 ZIP으로 다운로드
archive-working = 서류가 포함된 패킷을 만드는 중…
archive-packing = { $whole } 중 { $done } 묶는 중…
archive-opening = { $whole } 중 { $done } 열어서 확인하는 중…
archive-done = { $count ->
   *[other] { $file }(으)로 저장했습니다(파일 { $count }개 포함).
}
archive-left-out = 이 기기에 더 이상 없어서 빠진 파일: { $names }.
archive-changed = 패킷을 만들지 못했습니다. “{ $name }”이(가) 추가했을 때의 파일과 다릅니다(브라우저가 파일을 잃어버렸거나 손상시켰습니다). 다시 추가한 후 내보내세요.
archive-browser-failed = 브라우저가 서류가 포함된 패킷을 만들거나 읽지 못했습니다({ $reason }).
archive-not-zip = 이 파일은 서류가 포함된 패킷이 아니거나 중간에 잘렸습니다. 다시 보내 달라고 요청하세요.
archive-too-large = 이 압축 파일은 서류가 포함된 패킷의 최대 크기보다 크거나, 압축을 풀면 그보다 커집니다. 열지 않았습니다.
archive-unsafe-name = 이 압축 파일을 열지 않았습니다. 항목 “{ $name }”의 이름은 폴더 밖에 파일을 쓸 수 있거나 숨겨진 문자를 포함하고 있습니다.
archive-bomb = 이 압축 파일을 열지 않았습니다. “{ $name }”은(는) 유해한 압축 파일(“zip 폭탄”)처럼 압축을 풀면 원래 크기보다 훨씬 커집니다.
archive-duplicate = 이 압축 파일을 열지 않았습니다. “{ $name }”이(가) 두 번 들어 있습니다.
archive-damaged = 이 압축 파일을 열지 않았습니다. “{ $name }”이(가) 손상되었습니다. 다시 보내 달라고 요청하세요.
archive-hash-mismatch = 이 압축 파일을 열지 않았습니다. “{ $name }”이(가) 매니페스트의 SHA-256과 일치하지 않으므로 전달 도중 바뀌었습니다. 다시 보내 달라고 요청하세요.
archive-file-kind = 이 압축 파일을 열지 않았습니다. “{ $name }”은(는) 이름이나 압축 파일의 기재와 관계없이 PDF, JPEG, PNG, HEIC, 텍스트 파일이 아니므로 웹 페이지나 프로그램일 수 있습니다. 이 형식 중 하나로 다시 보내 달라고 요청하세요.
archive-disguised-name = 이 압축 파일을 열지 않았습니다. 이름 “{ $name }”은(는) 문자를 숨기고 있거나 파일 종류와 다른 확장자로 끝나, 속이기 위해 붙인 이름의 특징을 보입니다. 다시 보내 달라고 요청하세요.
archive-not-packet = 이 압축 파일은 Japan Care Planner의 서류가 포함된 패킷이 아닙니다({ $reason }).
archive-sealed-damaged = 암호화된 패킷이 손상되었거나 중간에 잘려서 열 수 없습니다. 다시 보내 달라고 요청하세요.
archive-sealed-too-much-work = 이 암호화된 파일을 열려면 브라우저가 제공할 수 있는 것보다 많은 메모리가 필요합니다. 이 앱으로 다시 암호화해 달라고 요청하세요.
archive-sealed-other = 이 암호화된 파일은 이 앱에서 사용할 수 있는 암호 문구로 보호되어 있지 않습니다.
archive-keep-no-room = 서류를 보관하지 못했습니다. 서류 크기는 { $size }인데 이 기기에 남은 공간은 { $left }뿐입니다. 아무것도 저장되지 않았습니다.
archive-keep-too-many = 서류를 보관하지 못했습니다. 이 기기에는 이미 보관할 수 있는 최대 수의 파일이 있습니다. 아무것도 저장되지 않았습니다.
archive-keep-no-storage = 서류를 보관하지 않았습니다. 이 브라우저에서는 이 기기에 파일을 보관할 수 없습니다({ $reason }). 예를 들어 시크릿 창일 수 있습니다. 아무것도 저장되지 않았으니 받은 압축 파일을 지우지 마세요.
archive-keep-kind = 서류를 보관하지 않았습니다. 그중 하나가 이 앱이 보관하는 종류의 파일이 아닙니다. 아무것도 저장되지 않았습니다.
