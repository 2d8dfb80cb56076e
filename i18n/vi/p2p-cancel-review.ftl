# P2P Cancel Review — Tiếng Việt (Vietnamese).
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.
# Terms: order = đơn hàng; seller = người bán; buyer = người mua; cancel = hủy;
# cancel request = yêu cầu hủy; accept = chấp nhận; refuse = từ chối; answer = phản hồi;
# proof = bằng chứng; remark = ghi chú; API key = khóa API; API secret = khóa bí mật API;
# keyring/keychain = kho khóa; practice mode = chế độ luyện tập; watch = theo dõi.

app-title = Duyệt hủy đơn P2P
# The language's own name, in the language picker (Settings).
language-name = Tiếng Việt
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Yêu cầu hủy đơn P2P Bybit
desktop-comment = Phản hồi yêu cầu hủy của người bán P2P trên Bybit cho đơn hàng bạn đã mua
desktop-keywords = Bybit;P2P;tiền mã hóa;hủy;đơn hàng;
desktop-action-practice = Chế độ luyện tập (không cần khóa, không dùng tiền thật)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit đã từ chối một trường trong yêu cầu: { $message }. Hãy kiểm tra số đơn hàng, lý do và bằng chứng. (Mã Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Đồng hồ máy tính của bạn chạy nhanh hơn đồng hồ của Bybit { $seconds } giây, nên Bybit đã từ chối yêu cầu. Hãy bật ngày và giờ tự động trong cài đặt hệ thống rồi thử lại. (Mã Bybit { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Đồng hồ máy tính của bạn chạy chậm hơn đồng hồ của Bybit { $seconds } giây, nên Bybit đã từ chối yêu cầu. Hãy bật ngày và giờ tự động trong cài đặt hệ thống rồi thử lại. (Mã Bybit { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Đồng hồ máy tính của bạn bị lệch so với đồng hồ của Bybit, nên Bybit đã từ chối yêu cầu. Hãy bật ngày và giờ tự động trong cài đặt hệ thống rồi thử lại. (Mã Bybit { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit không nhận ra khóa API này. Hãy kiểm tra lại khóa, và chắc chắn rằng khóa được tạo cho đúng môi trường: khóa mainnet không dùng được trên testnet, và ngược lại. (Mã Bybit { $code }: { $message })
error-api-10004 = Chữ ký không khớp, nghĩa là khóa bí mật API bị sai. Hãy nhập lại khóa bí mật, hoặc tạo khóa API mới trên Bybit. (Mã Bybit { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = Khóa API này không có quyền quản lý đơn hàng P2P. Trên Bybit, hãy chỉnh sửa khóa và đánh dấu quyền Đơn hàng P2P (FiatP2P). (Mã Bybit { $code }: { $message })
error-api-10006 = Tài khoản này đã gửi quá nhiều yêu cầu trong thời gian ngắn. Hãy đợi vài giây rồi thử lại. (Mã Bybit { $code }: { $message })
error-api-10010 = Khóa API này chỉ dùng được từ các địa chỉ IP khác. Trên Bybit, hãy thêm địa chỉ IP của máy tính này vào khóa, hoặc bỏ giới hạn IP. (Mã Bybit { $code }: { $message })
error-api-10016 = Bybit gặp lỗi nội bộ. Hãy thử lại sau một phút. (Mã Bybit { $code }: { $message })
error-api-10017 = Bybit không nhận ra yêu cầu này. Hãy kiểm tra xem môi trường hoặc địa chỉ có đúng là máy chủ API của Bybit không. (Mã Bybit { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = Tài khoản Bybit này không được phép dùng API P2P: Bybit chỉ cho phép Nhà quảng cáo P2P phổ thông (P2P General Advertiser). Hãy đăng ký trở thành nhà quảng cáo trên trang P2P của Bybit. (Mã Bybit { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit đã từ chối yêu cầu: { $message }. (Mã Bybit { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Không hiểu được phản hồi của Bybit (HTTP { $status }), nên chưa rõ kết quả. Phản hồi bắt đầu bằng: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Không kết nối được tới { $host }; chưa có gì được gửi đi. Hãy kiểm tra kết nối internet rồi thử lại. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit không phản hồi trong vòng { $seconds } giây, nên chưa rõ kết quả.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = Việc tải lên đã dừng: không có dữ liệu nào được truyền trong { $seconds } giây, đã gửi được { $reached }. Hãy kiểm tra kết nối internet rồi thử lại.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } trên { $total } MB
# $detail: the system's technical reason.
error-connection-lost = Kết nối tới Bybit bị ngắt trước khi nhận được phản hồi, nên chưa rõ kết quả. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = Máy tính này không mở được kết nối bảo mật: { $detail }. Trên Linux, hãy cài gói ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit đã từ chối thông tin xác thực (HTTP 401). Hãy kiểm tra khóa API và khóa bí mật.
http-403 = Bybit đã chặn các yêu cầu từ địa chỉ IP này (HTTP 403). Có thể do đã gửi quá nhiều yêu cầu (hãy đợi ít nhất 10 phút rồi mới thử lại), hoặc Bybit không phục vụ quốc gia mà máy tính này đang kết nối từ đó.
http-404 = Bybit không nhận ra địa chỉ này (HTTP 404). Hãy kiểm tra môi trường hoặc URL gốc.
http-429 = Bybit đang giới hạn lưu lượng (HTTP 429). Hãy thử lại sau một phút.
# $status: an HTTP status from 500 to 599.
http-server-problem = Máy chủ Bybit gặp sự cố (HTTP { $status }). Hãy thử lại sau vài phút.
# $status: any other HTTP status.
http-other = Bybit đã phản hồi bằng HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } Phản hồi bắt đầu bằng: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Luyện tập
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Hà Lan
env-hong-kong = Hồng Kông
env-turkey = Thổ Nhĩ Kỳ
env-kazakhstan = Kazakhstan
env-georgia = Gruzia
env-uae = UAE
env-indonesia = Indonesia
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = môi trường không xác định '{ $name }'; hãy dùng một trong các tên: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' không phải địa chỉ web; hãy viết dạng https://api.bybit.com
env-url-not-https = '{ $url }' không được mã hóa: chỉ chấp nhận địa chỉ https:// (chỉ cho phép http:// trên chính máy tính này, 127.0.0.1 hoặc localhost)
env-url-has-extras = '{ $url }' chỉ được là tên máy chủ (như https://api.bybit.com), không kèm đường dẫn, tham số truy vấn hay mật khẩu

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = đang chờ blockchain
status-waiting-payment = đang chờ người mua thanh toán
status-waiting-release = đang chờ người bán giải phóng coin
status-under-appeal = đang khiếu nại
status-cancelled = đã hủy
status-finished = đã hoàn tất
status-payment-in-progress = đang thanh toán
status-payment-failed = thanh toán thất bại
status-cancelled-exception = đã hủy (ngoại lệ)
status-waiting-token-choice = đang chờ người mua chọn token
status-objection-in-progress = đang xử lý phản đối
status-waiting-objection = đang chờ phản đối
status-unknown = không xác định
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = loại thanh toán { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = Chưa có khóa API nào được lưu cho tài khoản này. Hãy thêm lại trong Tài khoản.
keyring-not-kept = Kho khóa không lưu được khóa: khi đọc lại thì nhận được nội dung khác. Hãy thử lại, hoặc chỉ dùng khóa cho phiên làm việc này.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = Kho khóa gặp lỗi: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = khóa đã lưu bị hỏng; hãy thêm lại
# $detail: the system's own words.
keyring-locked = Kho khóa từ chối truy cập ({ $detail }). Hãy mở khóa kho khóa (trên Linux: kho khóa đăng nhập của bạn) rồi thử lại.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = Máy tính này không có dịch vụ kho khóa nào đang chạy, nên không thể lưu khóa an toàn. Trên Linux, hãy cài GNOME Keyring (gói gnome-keyring trên Debian/Ubuntu) hoặc KWallet, đăng xuất rồi đăng nhập lại, sau đó thêm khóa. Trong lúc đó, bạn có thể dùng khóa chỉ cho phiên làm việc này: khóa được giữ trong bộ nhớ và bị xóa khi đóng ứng dụng.
# $detail: the system's own words.
keyring-macos-unavailable = Không mở được Chuỗi khóa (Keychain) của macOS: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Không mở được Trình quản lý thông tin xác thực (Credential Manager) của Windows: { $detail }
keyring-unsupported-system = Hệ thống này không có kho khóa nào được hỗ trợ.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Tài khoản luyện tập
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = Không đọc được tệp tài khoản { $path }: { $reason }
# $reason: the system's own words.
account-file-unsaved = Không lưu được tệp tài khoản: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Hãy đặt tên cho tài khoản, ví dụ "Chính" hoặc "Cửa hàng 2".
# $max: the longest name allowed, in characters.
account-name-too-long = Tên dài hơn { $max } ký tự.
account-name-invisible = Tên có chứa ký tự ẩn.
# $name: the name the merchant typed.
account-name-taken = Đã có tài khoản tên "{ $name }".

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Giờ máy chủ
check-step-api-key = Khóa API
check-step-p2p-account = Tài khoản P2P
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Không đọc được giờ máy chủ của Bybit. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = Không kiểm tra được khóa. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Đã kết nối với tài khoản P2P "{ $nickname }" (UID { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = Đồng hồ máy tính này chạy nhanh hơn đồng hồ của Bybit { $seconds } giây. Bybit từ chối yêu cầu từ đồng hồ chạy nhanh; ứng dụng này tự bù trừ, nhưng các công cụ khác thì không.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = Đồng hồ máy tính này chạy chậm hơn đồng hồ của Bybit { $seconds } giây. Ứng dụng này tự bù trừ.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = Đồng hồ máy tính này khớp với đồng hồ của Bybit (lệch không quá { $seconds } giây).
check-clock-advice = Hãy bật ngày và giờ tự động trong cài đặt hệ thống.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = Khóa chỉ có quyền đọc: khóa liệt kê được đơn hàng nhưng không thể phản hồi yêu cầu hủy.
check-key-read-only-advice = Hãy tạo khóa mới có quyền đọc-ghi.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = quyền đọc-ghi
# A fact in the list.
check-key-p2p-permission = có quyền Đơn hàng P2P
check-key-no-p2p-permission = Khóa không có quyền Đơn hàng P2P.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = Trên Bybit, hãy chỉnh sửa khóa và đánh dấu quyền Đơn hàng P2P (FiatP2P).
# A fact in the list.
check-key-any-ip = dùng được từ mọi địa chỉ IP
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = chỉ dùng được từ { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = đã hết hạn vào { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = hết hạn vào { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = Khóa hoạt động: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Hãy tạo khóa mới trước khi khóa này hết hạn, rồi thêm lại tại đây.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Chấp nhận hủy đơn
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Từ chối hủy đơn

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = Tôi đã thanh toán
reason-have-not-received-full-refund = Tôi chưa nhận đủ tiền hoàn lại
# "Some other reason".
reason-others = Lý do khác
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' không phải lý do mà Bybit chấp nhận; hãy dùng have-made-payment, have-not-received-full-refund hoặc others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Hãy nhập số đơn hàng.
review-order-id-not-digits = Số đơn hàng chỉ gồm chữ số (như 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = Số đơn hàng có tối đa { $max } chữ số; số này có { $count } chữ số.
review-proof-link-empty = Có một liên kết bằng chứng bị trống.
# $max: the most characters a link may have.
review-proof-link-too-long = Liên kết bằng chứng dài hơn { $max } ký tự.
# $link: the link as typed (a URL).
review-proof-link-comma = Liên kết bằng chứng { $link } có dấu phẩy, trong khi Bybit dùng dấu phẩy để phân tách các bằng chứng.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Liên kết bằng chứng { $link } có dấu cách hoặc ký tự ẩn.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Liên kết bằng chứng { $link } phải bắt đầu bằng https:// hoặc http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = Ghi chú có { $count } ký tự; giới hạn là { $max }.
review-remark-control-characters = Ghi chú có chứa ký tự điều khiển ẩn.
review-decision-missing = Hãy chọn chấp nhận hay từ chối hủy đơn.
review-reason-missing = Hãy chọn lý do bạn từ chối hủy đơn.
review-proofs-missing = Hãy thêm ít nhất một bằng chứng: ảnh chụp màn hình, tệp PDF hoặc liên kết.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = Chỉ gửi được tối đa { $max } bằng chứng; hãy bỏ bớt { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = Ảnh JPEG
proof-kind-png = Ảnh PNG
proof-kind-pdf = Tài liệu PDF
proof-kind-mp4 = Video MP4
# $name: the file's name or path.
proof-file-not-found = Tệp bằng chứng { $name }: không tìm thấy tệp.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Tệp bằng chứng { $name }: đây là { $what ->
        [folder] một thư mục
        [pipe] một pipe
        [socket] một socket
        [device] một thiết bị
       *[other] một mục không phải tệp thông thường
    }, không phải tệp thông thường. Hãy chọn tệp ảnh, PDF hoặc video.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Tệp bằng chứng { $name }: không đọc được tệp ({ $reason }).
proof-file-empty = Tệp bằng chứng { $name }: tệp trống.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Tệp bằng chứng { $name }: { $size } MB là quá lớn; giới hạn là { $limit } MB. Hãy gửi ảnh nhỏ hơn hoặc video ngắn hơn.
# The extensions are literal.
proof-file-wrong-extension = Tệp bằng chứng { $name }: chỉ chấp nhận tệp .jpg, .jpeg, .png, .pdf và .mp4.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Tệp bằng chứng { $name }: tên tệp cho biết đây là { $claimed ->
        [jpeg] ảnh JPEG
        [png] ảnh PNG
        [pdf] tài liệu PDF
       *[mp4] video MP4
    } nhưng nội dung lại là { $found ->
        [jpeg] ảnh JPEG
        [png] ảnh PNG
        [pdf] tài liệu PDF
        [mp4] video MP4
       *[other] loại khác
    }. Hãy xuất lại tệp đúng định dạng.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Đang tải lên bằng chứng { $index }/{ $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, còn khoảng { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Đang gửi phản hồi…
submit-checking = Bybit không phản hồi rõ ràng: đang đọc đơn hàng để xem phản hồi của bạn đã đến chưa…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit yêu cầu gửi chậm lại; sẽ gửi lại sau { $seconds } giây…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Chưa có gì được gửi: không ghi được lịch sử, và ứng dụng không gửi phản hồi nào khi chưa lưu được bản ghi. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Chưa có gì được gửi cho đơn hàng { $order }: { $error }
# $name: the proof file's name.
submit-report-upload-failed = Chưa có gì được gửi cho đơn hàng { $order }: không tải lên được bằng chứng { $name }. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Chưa có gì được gửi: bạn đã dừng tải lên { $name } khi mới gửi được { $reached }. Đơn hàng { $order } vẫn đang chờ bạn phản hồi.
submit-report-not-applied = Phản hồi của bạn cho đơn hàng { $order } chưa được áp dụng. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } Sau đó ứng dụng đã đọc đơn hàng { $order }: đơn hàng vẫn đang chờ bạn phản hồi, nên phản hồi của bạn chưa được áp dụng. Bạn có thể gửi lại một cách an toàn.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } Sau đó ứng dụng đã đọc đơn hàng { $order }: đơn hàng không còn chờ bạn phản hồi (hiện { $status }), nên phản hồi của bạn đã được áp dụng, đã xác nhận bằng cách đọc đơn hàng.
# $check: why reading the order failed.
submit-report-check-failed = { $error } Sau đó ứng dụng đã thử đọc đơn hàng { $order } để kiểm tra, nhưng không được ({ $check }). Hãy mở đơn hàng trên Bybit trước khi gửi lại.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Xong: bạn đã chấp nhận yêu cầu hủy đơn hàng { $order } của người bán ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Xong: bạn đã từ chối yêu cầu hủy đơn hàng { $order } của người bán ({ $environment }), lý do "{ $reason }", kèm { $count } bằng chứng.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = Không mở được tệp lịch sử { $path }: { $error }
submit-history-unusable = Không đọc hoặc ghi được lịch sử: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = Không tạo được thư mục { $path }: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = tệp lịch sử bị hỏng: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = Không đọc được tệp lịch sử ({ $error }). Tệp đó đã được cất riêng thành { $path } và một lịch sử mới đã được tạo; các bản ghi trước đây của bạn nằm trong tệp đó.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = không rõ — hãy kiểm tra đơn hàng
outcome-accepted = Bybit đã chấp nhận
outcome-refused = Bybit đã từ chối
outcome-not-sent = chưa gửi
outcome-unknown = không rõ

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = thời gian
csv-column-environment = môi trường
csv-column-account = tài khoản
csv-column-order = đơn hàng
csv-column-decision = quyết định
csv-column-reason = lý do
csv-column-proofs = bằng chứng
csv-column-remark = ghi chú
csv-column-outcome = kết quả
csv-column-code = mã
csv-column-message = thông báo
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = độ trễ (ms)
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = xác minh
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = Không ghi được tệp: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.
## Vietnamese: giây = seconds, phút = minutes, giờ = hours (short words, not abbreviated).

# Under a minute: "45 s".
time-seconds = { $seconds } giây
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } phút { $seconds } giây
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } giờ { $minutes } phút
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } phút
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = không rõ thời gian

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = Không có sự cố
trouble-late-answer = Bybit có xử lý, nhưng phản hồi quá muộn
trouble-dropped-connection = Kết nối bị ngắt sau khi Bybit xử lý
trouble-server-error = Bybit gặp lỗi máy chủ (không xử lý)
trouble-web-page = Bybit có xử lý, nhưng phản hồi bằng một trang web
trouble-garbled-answer = Bybit có xử lý, nhưng phản hồi bị lỗi, không đọc được
# 3 s: three seconds.
trouble-clock-behind = Đồng hồ của Bybit chậm hơn máy tính này 3 giây
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit báo "too many requests" (quá nhiều yêu cầu) một lần
trouble-ip-blocked = Bybit chặn địa chỉ IP này (HTTP 403)
trouble-not-an-advertiser = Tài khoản không phải nhà quảng cáo P2P
trouble-slow-upload = Tệp tải lên chậm (1 Mbit/s, như kết nối internet gia đình thông thường)
trouble-stalled-upload = Việc tải lên một tệp bị dừng giữa chừng

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Phản hồi yêu cầu hủy của người bán
# Under the heading.
form-intro = Điền đơn hàng và phản hồi của bạn. Bạn sẽ được xem lại toàn bộ một lần nữa trước khi gửi.
# Label of the order number field.
form-order-number = Số đơn hàng
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Dán từ trang đơn hàng, vd. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Phản hồi của bạn
# Small text under the "Accept the cancellation" button.
form-accept-explanation = Đơn hàng sẽ bị hủy và tiền mã hóa vẫn thuộc về người bán. Chỉ chọn mục này nếu bạn đã nhận lại tiền, hoặc bạn chưa hề thanh toán.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = Đơn hàng không bị hủy. Chọn mục này nếu bạn đã thanh toán; hãy nêu lý do và bằng chứng.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = Bạn đã đánh dấu đơn hàng này là đã thanh toán: { $amount } { $currency } cho { $seller }. Chấp nhận sẽ hủy đơn hàng và { $token } vẫn thuộc về người bán. Chỉ chấp nhận nếu { $amount } { $currency } đã về lại tài khoản của bạn.
# The same when the order's details are not known (yet).
guard-paid-unknown = Nếu bạn đã đánh dấu đơn hàng này là đã thanh toán, chấp nhận sẽ hủy đơn hàng và tiền mã hóa vẫn thuộc về người bán. Chỉ chấp nhận nếu tiền của bạn đã về lại tài khoản của bạn.
# The same for an order in another status. $status: the status in words.
guard-other-status = Đơn hàng này đang ở trạng thái "{ $status }". Chấp nhận yêu cầu của người bán sẽ hủy đơn hàng.
# The box to tick before an Accept can be sent.
guard-refund-received = { $amount } { $currency } đã về lại tài khoản của tôi, hoặc tôi chưa hề gửi số tiền đó
guard-refund-received-unknown = Tiền của tôi đã về lại tài khoản của tôi, hoặc tôi chưa hề gửi
# Beside the disabled send button.
guard-tick-first = Để chấp nhận, trước tiên hãy đánh dấu vào ô ở trên.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Trước khi bạn phản hồi
# $days: the account's age in days.
warning-young-account = Hãy cẩn thận: tài khoản của người bán này mới được { $days } ngày.
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Hãy cẩn thận: người bán này chưa hoàn tất đơn hàng nào trên Bybit.
   *[other] Hãy cẩn thận: người bán này mới chỉ hoàn tất { $count } đơn hàng trên Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Hãy cẩn thận: trong 30 ngày qua, người bán này chỉ hoàn tất { $percent }% số đơn hàng của họ.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Hãy cẩn thận: người bán yêu cầu bạn hủy trước và hứa sẽ trả lại tiền cho bạn ("{ $words }"). Khi đơn hàng đã bị hủy, tiền mã hóa vẫn thuộc về người bán, và không có gì buộc họ phải hoàn tiền cho bạn.
warning-system-error = Hãy cẩn thận: người bán nói về lỗi hệ thống hoặc thanh toán không thành công ("{ $words }"). Hãy tự kiểm tra tài khoản ngân hàng của bạn; một đơn hàng đã thanh toán không bị hủy vì lỗi.
warning-off-platform = Hãy cẩn thận: người bán muốn trao đổi bên ngoài Bybit ("{ $words }"). Hãy chỉ trao đổi trong cuộc trò chuyện của đơn hàng: đó là nội dung mà bộ phận hỗ trợ của Bybit xem khi bạn khiếu nại.
# Label of the drop-down list of reasons for refusing.
form-reason = Lý do
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Chọn lý do…
# Label of the remark field (free text sent with a refusal).
form-remark = Ghi chú (không bắt buộc)
# Placeholder inside the empty remark field.
form-remark-hint = Điều người bán và bộ phận hỗ trợ của Bybit cần biết, viết bằng ngôn ngữ nào cũng được.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $count } / { $max } ký tự
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Đang chuẩn bị…
# Button while proof files upload.
form-stop-upload = Hủy tải lên
form-stop-upload-tooltip = Dừng tải lên. Phản hồi của bạn sẽ không được gửi, và đơn hàng vẫn chờ phản hồi đó.
# Button: opens the confirmation dialog.
form-review-and-send = Xem lại và gửi…
# Beside the send button while the account is still connecting.
form-account-not-open = Tài khoản chưa được mở.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Trước khi gửi:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = Đồng hồ máy tính này chạy nhanh hơn đồng hồ của Bybit { $seconds } giây. Ứng dụng tự bù trừ, nhưng hãy bật ngày và giờ tự động trong cài đặt hệ thống: Bybit từ chối yêu cầu từ đồng hồ chạy nhanh.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = Đồng hồ máy tính này chạy chậm hơn đồng hồ của Bybit { $seconds } giây. Ứng dụng tự bù trừ, nhưng hãy bật ngày và giờ tự động trong cài đặt hệ thống: Bybit từ chối yêu cầu từ đồng hồ chạy nhanh.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Bybit đã chấp nhận phản hồi
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Phản hồi đã được áp dụng (xác nhận bằng cách đọc đơn hàng)
form-result-refused = Bybit đã từ chối phản hồi
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Phản hồi của bạn chưa được áp dụng
form-result-not-sent = Chưa có gì được gửi
form-result-unknown = Chưa rõ kết quả: hãy kiểm tra đơn hàng trên Bybit
# Button.
form-send-again = Gửi lại
# Button: clears the form for the next order.
form-answer-another = Phản hồi đơn hàng khác
# Button: opens the History tab.
form-see-in-history = Xem trong lịch sử

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Bằng chứng
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Ảnh chụp màn hình thanh toán, sao kê ngân hàng (.jpg, .png, .pdf) hoặc video ngắn (.mp4), mỗi tệp tối đa { $megabytes } MB; hoặc liên kết. Tối đa { $max } bằng chứng.
# Under the proof heading: what appeals value most.
proofs-video-advice = Khi xét khiếu nại, Bybit coi trọng nhất video quay màn hình (.mp4), ví dụ quay ứng dụng ngân hàng của bạn cho thấy khoản thanh toán.
# Button: opens a file dialog.
proofs-add-files = Thêm tệp…
# Beside the "Add files…" button.
proofs-drop-hint = hoặc thả tệp vào bất kỳ đâu trong cửa sổ này
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Đang kiểm tra tệp…
# Label of the field where links are pasted.
proofs-links = Liên kết
# Placeholder inside the empty links field.
proofs-links-hint = Dán một hoặc nhiều liên kết: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Thêm liên kết
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = ẢNH
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = LINK
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Liên kết
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Xóa
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Xóa { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Gửi phản hồi này?
# Warning at the top of the dialog.
confirm-cannot-undo = Không thể hoàn tác: khi Bybit đã nhận, phản hồi là quyết định cuối cùng và không thể thay đổi.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Môi trường
confirm-account = Tài khoản
confirm-order = Đơn hàng
confirm-decision = Quyết định
confirm-reason = Lý do
confirm-proofs = Bằng chứng
confirm-remark = Ghi chú
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (tệp, được tải lên trước)
# The "Remark" row when no remark was written.
confirm-remark-none = (không có)
# Button: sends the answer.
confirm-send-now = Gửi ngay
# Button: closes the dialog without sending.
confirm-go-back = Quay lại
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter để gửi · Esc để quay lại

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Chi tiết đơn hàng
# Shown when no order is chosen yet.
details-empty = Chọn một đơn hàng ở bên trái, hoặc nhập số đơn hàng, để xem chi tiết tại đây.
# Beside a spinner while the order is being read from Bybit.
details-loading = Đang đọc đơn hàng…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = Người bán yêu cầu hủy đơn
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = Còn { $time } để phản hồi
details-no-request = Đơn hàng này không có yêu cầu hủy nào đang chờ bạn phản hồi.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = Bạn mua
details-you-sell = Bạn bán
# Row name: the other side of the order (their nickname beside it).
details-seller = Người bán
details-buyer = Người mua
details-amount = Số tiền
details-price = Giá
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency }/{ $token }
details-status = Trạng thái
# Row name: when the order was created (a date and time beside it).
details-created = Thời gian tạo
# Row name: the payment methods of the order.
details-payment = Thanh toán
# The seller's record, in the order's details.
record-heading = Người bán
record-account-age = Tuổi tài khoản
# $days: whole days.
record-days = { $days } ngày
record-finished = Đơn hàng đã hoàn tất
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } trong 30 ngày)
record-completion = Tỷ lệ hoàn tất (30 ngày)
# $percent: a number (98.6).
record-percent = { $percent }%
record-ratings = Đánh giá
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent }% tích cực ({ $good } tích cực, { $bad } tiêu cực)
record-presence = Hoạt động
record-online = đang trực tuyến
# $time: a date and time.
record-last-seen = truy cập lần cuối { $time }
record-not-said = không công khai
record-history = Các yêu cầu trước đây
record-history-none = người bán này chưa từng yêu cầu trước đây
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } lần trước đây: chấp nhận { $accepted }, từ chối { $refused }
# $error: why, in full sentences.
record-unreadable = Không đọc được thông tin về người bán. { $error }
# The order's chat, in the details.
chat-heading = Trò chuyện với người bán
chat-loading = Đang đọc cuộc trò chuyện…
# $error: why, in full sentences.
chat-unreadable = Không đọc được cuộc trò chuyện; mọi thứ khác vẫn hoạt động. { $error }
chat-empty = Cuộc trò chuyện này chưa có tin nhắn nào.
chat-earlier = Hiện tin nhắn cũ hơn
chat-you = Bạn
# A file in the chat. $name: its file name.
chat-picture = Hình ảnh: { $name }
chat-pdf = PDF: { $name }
chat-video = Video: { $name }
chat-unknown = (loại tin nhắn mà ứng dụng này không hiển thị được)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Dùng làm bằng chứng
chat-used-as-proof = Đã thêm vào bằng chứng

## The welcome screen (first run, no account yet).

welcome-heading = Phản hồi yêu cầu hủy của người bán
welcome-intro = Khi người bán trên Bybit P2P yêu cầu hủy một đơn hàng bạn đã mua, bạn cần chấp nhận hoặc từ chối. Ứng dụng này gửi phản hồi của bạn, kèm bằng chứng, chỉ với vài cú nhấp chuột.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Thêm khóa API Bybit của tôi
# Under the "Add my Bybit API key" button.
welcome-key-note = Khóa của bạn được giữ trong kho khóa của máy tính này, không bao giờ nằm trong tệp.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Thử chế độ luyện tập
# Under the "Try practice mode" button.
welcome-practice-note = Một sàn giao dịch mô phỏng trên máy tính này, có sẵn đơn hàng mẫu. Không cần khóa, không dùng tiền thật.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Đang mở tài khoản…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Chưa kết nối
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Kiểm tra kết nối
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Thoát
# Button: opens the About dialog.
top-about = Giới thiệu
# Button: opens the Accounts dialog.
top-accounts = Tài khoản…
# Button: opens the Settings dialog.
top-settings = Cài đặt…
# Label of the account picker in the top bar.
top-account = Tài khoản
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Phản hồi yêu cầu
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = Phản hồi yêu cầu ({ $count } mới)
# Tab: the history of answers sent, before it has been read.
top-tab-history = Lịch sử
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = Lịch sử ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = LUYỆN TẬP · không dùng tiền thật
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · tiền thử nghiệm
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · TIỀN THẬT

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Đang chờ bạn phản hồi
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count } mới
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = MỚI
# Button: reads every watched account now.
orders-refresh = Làm mới
# Shown beside a spinner while the accounts are being read.
orders-checking = Đang kiểm tra…
# Shown when the merchant paused the watching.
orders-watching-paused = Đã tạm dừng theo dõi
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit đang tạm thời từ chối máy tính này
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit trả lời "403 Forbidden": có thể do có quá nhiều yêu cầu từ địa chỉ internet này (các ứng dụng hoặc máy tính khác dùng chung kết nối cũng được tính), hoặc do Bybit không phục vụ quốc gia mà bạn đang kết nối từ đó. Mọi tài khoản trên { $host } được tạm dừng đến { $time }, sau đó sẽ tự động được kiểm tra lại.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count } đơn hàng của { $account } không đọc được: có thể có đơn đang chờ bạn phản hồi. Ứng dụng sẽ tự thử lại sau vài giây.
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Đơn hàng { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = đã kiểm tra lúc { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Kiểm tra
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = mỗi { $count } giây
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = mỗi { $count } phút
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = nhanh nhất có thể
# Button: pauses the watching.
orders-pause = Tạm dừng
# Button: resumes the watching.
orders-resume = Tiếp tục
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: không kiểm tra được.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Các đơn hàng bên dưới là từ lần kiểm tra thành công gần nhất.
# Button: reads the accounts again.
orders-try-again = Thử lại
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Kiểm tra lại { $account }
# Shown when no cancel request waits.
orders-empty = Không có gì đang chờ bạn phản hồi.
orders-empty-hint = Khi người bán yêu cầu hủy một đơn hàng của bạn, đơn hàng đó sẽ hiện ở đây.
# Shown before the first list has arrived.
orders-looking = Đang tìm yêu cầu hủy…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Luyện tập: mô phỏng sự cố
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = tạo lúc { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = còn { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Đơn hàng { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Đơn hàng { $order } { $amount } { $currency }, tài khoản { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Đang đọc lịch sử…
# The history is empty for the filter chosen.
history-empty-filtered = Không có phản hồi nào khớp với bộ lọc này.
# The history is empty.
history-empty = Chưa gửi phản hồi nào.
history-empty-hint = Mọi phản hồi bạn gửi, từ cửa sổ này hoặc từ dòng lệnh, đều hiện ở đây.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Thời gian
history-column-environment = Môi trường
history-column-account = Tài khoản
history-column-order = Đơn hàng
history-column-decision = Quyết định
history-column-reason = Lý do
history-column-proofs = Bằng chứng
history-column-outcome = Kết quả
history-column-latency = Độ trễ
# Filter label: an order number.
history-filter-order = Đơn hàng
# Hint in the empty order-number filter.
history-filter-order-hint = mọi đơn hàng
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Kết quả
# Filter choice: every outcome.
history-filter-all = Tất cả
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count } mục
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Xuất CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = chấp nhận hủy
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = từ chối hủy
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Chi tiết
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Đơn hàng { $order }
# Row names of that dialog.
history-entry-time = Thời gian
history-entry-environment = Môi trường
history-entry-account = Tài khoản
history-entry-decision = Quyết định
history-entry-reason = Lý do
history-entry-proofs = Bằng chứng
# The merchant's remark to the seller.
history-entry-remark = Ghi chú
history-entry-outcome = Kết quả
# Bybit's answer code (a number).
history-entry-bybit-code = Mã Bybit
# Bybit's message (shown as received).
history-entry-message = Thông báo
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Kiểm tra sau đó
history-entry-latency = Độ trễ
# Button: closes the dialog.
history-entry-close = Đóng

## Settings

# Heading of the Settings dialog.
settings-title = Cài đặt
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Chờ Bybit phản hồi
# Label of the slider of that section.
settings-answer-timeout-seconds = Giây
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}giây
settings-answer-timeout-explained = Nếu không có phản hồi trong khoảng thời gian này, ứng dụng sẽ đọc đơn hàng để biết phản hồi của bạn đã đến chưa, và không bao giờ tự gửi lại lần thứ hai. Với kết nối chậm, việc tải lên một tệp bằng chứng có thể mất vài phút: việc tải lên chỉ dừng khi không có dữ liệu nào được truyền trong khoảng thời gian này.
# Section: how often to read the accounts.
settings-watch = Tìm yêu cầu hủy
settings-watch-explained = Mọi tài khoản đều được theo dõi, kể cả khi cửa sổ này được thu nhỏ hoặc đóng xuống khay hệ thống. Một thông báo sẽ báo cho bạn mỗi yêu cầu mới, và báo lại khi chỉ còn 3 phút.
# Checkbox.
settings-alert-sound = Phát âm thanh kèm mỗi thông báo
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Khởi động khi tôi đăng nhập, ẩn trong khay
# Section: help from support.
settings-support = Hỗ trợ
# Button: copies a report for support.
settings-copy-diagnostics = Sao chép thông tin chẩn đoán
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = để gửi cho bộ phận hỗ trợ: phiên bản, cài đặt, các dòng nhật ký gần đây; không bao giờ có khóa hay khóa bí mật.
# $path: a folder.
settings-logs-folder = Nhật ký được lưu trong { $path }
# Button: closes the dialog.
settings-close = Đóng
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = Giới thiệu “{ $app }”…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Phiên bản { $version } cho { $os } ({ $arch })
about-licence = Phần mềm tự do theo giấy phép MIT: bạn được tự do sử dụng, sao chép và chia sẻ.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Nội dung giấy phép
# Button.
about-open-data-folder = Mở thư mục dữ liệu
# Button.
about-open-logs-folder = Mở thư mục nhật ký
about-data-folder-explained = Thư mục dữ liệu chứa lịch sử, tên các tài khoản và cài đặt. Khóa API không bao giờ nằm ở đó: chúng được giữ trong kho khóa của hệ thống.
# Button: closes the dialog.
about-close = Đóng

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Kiểm tra kết nối: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Đang kiểm tra đồng hồ, khóa và tài khoản P2P…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: Cảnh báo
check-dialog-step-problem = { $step }: Lỗi
# $advice: a sentence saying what to do.
check-dialog-advice = Cách khắc phục: { $advice }
# Button: closes the dialog.
check-dialog-close = Đóng

## Accounts

# Heading of the Accounts dialog.
accounts-title = Tài khoản
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Có, xóa { $account }
# Button: does not delete the account.
accounts-keep = Giữ lại
# Button. $account: the account's name.
accounts-delete = Xóa { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Kiểm tra { $account }
# Section: adding an API key.
accounts-add = Thêm tài khoản
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = Trên Bybit, mở Tài khoản > Quản lý API > Tạo khóa mới, chọn "Do hệ thống tạo" và đánh dấu quyền Đơn hàng P2P.
# Field label: the account's name, chosen by the merchant.
accounts-name = Tên
# Example name in the empty field.
accounts-name-hint = Cửa hàng chính
# Field label: which Bybit site the key was made on.
accounts-environment = Môi trường
# The environment field before a choice.
accounts-environment-choose = Chọn…
accounts-api-key = Khóa API
accounts-api-secret = Khóa bí mật API
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Đang lưu vào kho khóa…
# Main button: saves the key in the system keyring.
accounts-save = Lưu vào kho khóa
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Dùng khóa này đến khi tôi đóng ứng dụng
# Button: closes the dialog.
accounts-close = Đóng
# Errors of the form.
accounts-choose-environment = Hãy chọn môi trường mà khóa này được tạo cho.
accounts-paste-key = Hãy dán khóa API.
accounts-paste-secret = Hãy dán khóa bí mật API.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Ẩn
notice-busy = Ứng dụng đang bận; hãy thử lại sau giây lát.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Bạn sẽ cần thêm lại các tài khoản.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Tệp bằng chứng chỉ được gửi khi bạn từ chối hủy đơn: hãy chọn "Từ chối hủy đơn" để dùng chúng.
notice-account-not-open = Tài khoản chưa được mở; hãy đợi một chút, hoặc chọn tài khoản khác.
# $account: the account's name.
notice-key-kept-for-session = { $account }: khóa được giữ đến khi bạn đóng ứng dụng, sau đó sẽ bị xóa.
# $account: the account's name.
notice-key-saved = { $account }: khóa đã được lưu trong kho khóa của máy tính này.
# $account: the account's identifier.
notice-key-removed = Đã gỡ khóa của { $account } khỏi kho khóa.
# $error: the system's reason.
notice-key-not-removed = Không gỡ được khóa khỏi kho khóa: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = Chưa chọn tệp nào. Nếu cửa sổ chọn tệp không mở ra, hãy kéo thả tệp vào cửa sổ này.
# $error: the system's reason.
notice-start-at-login-failed = Không thay đổi được tùy chọn khởi động khi đăng nhập: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit yêu cầu giảm tốc độ (có quá nhiều yêu cầu bằng khóa này, có thể từ một công cụ khác cũng đang dùng khóa). Trong { $minutes } phút tới, tài khoản này sẽ được kiểm tra mỗi { $seconds } giây.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = ứng dụng đang chạy từ ảnh đĩa. Hãy kéo ứng dụng vào thư mục Ứng dụng, mở lại từ đó rồi bật lại tùy chọn này.
# $error: the system's reason.
notice-settings-not-saved = Không lưu được cài đặt: { $error }
notice-diagnostics-copied = Đã sao chép thông tin chẩn đoán. Hãy dán vào tin nhắn gửi bộ phận hỗ trợ: trong đó không có khóa hay khóa bí mật nào.
# $count: how many answers were written; $path: the file.
notice-exported = Đã xuất { $count } mục vào { $path }
# $error: the reason.
notice-export-failed = Xuất thất bại: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = Không mở được thư mục ({ $error }). Thư mục nằm ở { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Thả vào để thêm làm bằng chứng
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = Vẫn đang theo dõi yêu cầu hủy trong khay hệ thống. Để thoát, hãy chọn Thoát trong menu của biểu tượng ở khay.
# Tray menu. $app: the app's name (app-title).
tray-open = Mở “{ $app }”
tray-refresh = Làm mới ngay
tray-pause = Tạm dừng theo dõi
tray-resume = Tiếp tục theo dõi
tray-quit = Thoát
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: Không có yêu cầu hủy nào đang chờ bạn phản hồi
   *[other] { $app }: { $count } yêu cầu hủy đang chờ bạn phản hồi
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: Không có yêu cầu hủy nào đang chờ bạn phản hồi (đã tạm dừng theo dõi)
   *[other] { $app }: { $count } yêu cầu hủy đang chờ bạn phản hồi (đã tạm dừng theo dõi)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Phản hồi yêu cầu hủy của người bán P2P trên Bybit cho đơn hàng bạn đã mua: chấp nhận, hoặc từ chối kèm bằng chứng.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Phản hồi yêu cầu hủy của người bán P2P trên Bybit cho đơn hàng bạn đã mua: chấp nhận, hoặc từ chối kèm bằng chứng.

    Khi không có lệnh, chương trình sẽ mở cửa sổ. Thông tin xác thực cho các lệnh lấy từ một tài khoản đã lưu bằng `keys add` (--profile NAME) hoặc từ các biến môi trường BYBIT_API_KEY và BYBIT_API_SECRET; --practice không cần thông tin nào.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Mã thoát: 0 sàn đã chấp nhận, 1 sàn đã từ chối, 2 dữ liệu nhập không hợp lệ (chưa gửi gì), 3 lỗi mạng hoặc chưa rõ kết quả.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Mở cửa sổ ở chế độ luyện tập: một sàn giao dịch mô phỏng trên máy tính này, không cần khóa API
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Khởi động trong khay hệ thống mà không hiện cửa sổ (như khi khởi động lúc đăng nhập); nơi không có khay hệ thống, cửa sổ sẽ mở như bình thường
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Mở cửa sổ với đơn hàng này, sẵn sàng để phản hồi (nếu ứng dụng đã mở sẵn, đơn hàng sẽ được mở trong ứng dụng đó)

# The commands, as --help lists them.
cli-about-review = Phản hồi yêu cầu hủy của người bán cho đơn hàng bạn đã mua
cli-about-orders = Liệt kê các đơn mua mà người bán đã yêu cầu hủy và đang chờ bạn phản hồi
cli-about-order = Hiện một đơn hàng: số tiền, người bán, trạng thái, thanh toán và yêu cầu hủy của người bán
cli-about-check = Kiểm tra kết nối: đồng hồ so với Bybit, các quyền của khóa, tài khoản P2P
cli-about-watch = Theo dõi yêu cầu hủy cho đến khi dừng bằng Ctrl+C: mỗi yêu cầu mới và mỗi cảnh báo sắp hết hạn (còn 3 phút) là một dòng, bắt đầu với các yêu cầu đang chờ sẵn
cli-about-practice-server = Chạy sàn luyện tập trên 127.0.0.1 cho đến khi dừng bằng Ctrl+C
cli-about-keys = Lưu, liệt kê hoặc xóa khóa API của các tài khoản (giữ trong kho khóa của hệ điều hành)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Môi trường Bybit: mainnet (mặc định), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id hoặc practice
cli-help-base-url = Một máy chủ API Bybit khác (chỉ https; http chỉ trên 127.0.0.1 hoặc localhost)
cli-help-practice = Dùng sàn luyện tập tích hợp sẵn và tài khoản luyện tập của nó (không cần khóa)
cli-help-profile = Dùng một tài khoản đã lưu bằng `keys add` (khóa lấy từ kho khóa, cùng môi trường của tài khoản). BYBIT_API_KEY và BYBIT_API_SECRET vẫn được ưu tiên nếu đã đặt
cli-help-timeout = Số giây chờ khi không có gì tiến triển: không có phản hồi từ Bybit, hoặc không truyền được chút dữ liệu nào của tệp bằng chứng trong khi tải lên. Một tệp lớn trên kết nối chậm có thể mất vài phút, miễn là vẫn đang tiến triển (1 đến 300)
cli-help-json = In một đối tượng JSON thay vì một câu

# Flags of `review` (and the order number of `order`).
cli-help-order = Số đơn hàng (chỉ gồm chữ số)
cli-help-pass = Chấp nhận yêu cầu hủy của người bán. Chỉ gửi đơn hàng và quyết định
cli-help-reject = Từ chối yêu cầu hủy của người bán; cần --reason và ít nhất một --proof hoặc --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Lý do bạn từ chối: have-made-payment, have-not-received-full-refund hoặc others
cli-help-proof = Một liên kết bằng chứng (https:// hoặc http://, không có dấu phẩy hay dấu cách). Lặp lại để thêm nhiều liên kết
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = Một tệp bằng chứng để tải lên trước: .jpg, .jpeg, .png, .pdf hoặc .mp4, tối đa { $megabytes } MB. Lặp lại để thêm nhiều tệp
# $characters: the longest remark (500).
cli-help-remark = Ghi chú kèm lời từ chối (tối đa { $characters } ký tự)

# Flags of `watch`.
cli-help-interval = Số giây cho mỗi vòng: mỗi đơn hàng đã đánh dấu là đã thanh toán được đọc một lần mỗi vòng. Mặc định là 8, tức là "nhanh nhất có thể"; dù vòng dài bao nhiêu, một tài khoản cũng không bao giờ được đọc quá 1,5 lần mỗi giây (1 đến 3600)
cli-help-all = Theo dõi mọi tài khoản đã lưu bằng `keys add`, mỗi tài khoản dùng khóa và hạn mức yêu cầu riêng

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Cổng trên 127.0.0.1 (0 để tự chọn một cổng trống)
cli-help-trouble = Mô phỏng sự cố, để xem ứng dụng xử lý thế nào
cli-help-late-by = Với --trouble late-answer: phản hồi đến muộn bao lâu, tính bằng giây
cli-help-latency = Thêm thời gian khứ hồi của mạng vào mỗi phản hồi, tính bằng mili giây (để xem thời gian chờ của người dùng ở xa máy chủ Bybit; dùng cho các bài đo hiệu năng)
cli-help-second-book = Giữ thêm một bộ đơn hàng mẫu thứ hai (đơn hàng khác, người bán khác), để luyện tập với hai tài khoản cùng lúc: lưu sàn này thành một tài khoản bằng `keys add NAME --env practice --base-url URL`
cli-help-refund-received = Với --pass: xác nhận rằng số tiền bạn đã trả đã về lại tài khoản của bạn, hoặc bạn chưa hề gửi (chấp nhận sẽ hủy đơn hàng và tiền mã hóa vẫn thuộc về người bán)
cli-help-paid = Thay cho các đơn hàng mẫu: chừng này đơn hàng đã đánh dấu là đã thanh toán, chưa có yêu cầu hủy (kết hợp với --unpaid, để theo dõi một ngày giao dịch bận rộn)
cli-help-unpaid = Với --paid: chừng này đơn hàng đang chờ bạn thanh toán
cli-help-new-request-every = Cứ sau chừng này giây, một người bán yêu cầu hủy một trong các đơn hàng đã đánh dấu là đã thanh toán (0: không bao giờ)

cli-usage = Cách dùng: { $usage }
cli-heading-commands = Lệnh
cli-heading-arguments = Đối số
cli-heading-options = Tùy chọn
cli-help-help = Hiển thị trợ giúp
cli-help-version = Hiển thị phiên bản
cli-help-help-command = Hiển thị trợ giúp này hoặc trợ giúp của lệnh được chỉ định
cli-default = mặc định: { $value }
cli-error = lỗi: { $message }
cli-error-missing = bắt buộc nhưng chưa có: { $arguments }
cli-error-unknown-argument = đối số không mong đợi: { $argument }
cli-error-unknown-command = lệnh không xác định: { $command }
cli-error-invalid-value = { $value } không phải là giá trị hợp lệ cho { $argument }
cli-error-possible-values = các giá trị có thể dùng: { $values }
cli-error-conflict = không thể dùng { $argument } cùng với { $other }
cli-error-missing-command = cần có một lệnh
cli-error-similar = có phải ý bạn là { $suggestion }?
cli-error-more = Để biết thêm, hãy thử '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Không khởi động được: { $error }
cli-choose-pass-or-reject = Hãy dùng --pass để chấp nhận hủy đơn hoặc --reject để từ chối hủy đơn.
# The history could not be opened. $error: why.
cli-nothing-sent = Chưa có gì được gửi: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Lưu ý: đồng hồ máy tính này chạy nhanh hơn đồng hồ của Bybit { $seconds } giây. Ứng dụng đã tự bù trừ; hãy bật ngày và giờ tự động trong cài đặt hệ thống.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Lưu ý: đồng hồ máy tính này chạy chậm hơn đồng hồ của Bybit { $seconds } giây. Ứng dụng đã tự bù trừ; hãy bật ngày và giờ tự động trong cài đặt hệ thống.

# practice-server: $url is the exchange's address.
cli-practice-listening = Sàn luyện tập đang lắng nghe tại { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Đang mô phỏng: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Mỗi phản hồi chậm thêm { $milliseconds } ms, như qua một mạng ở xa.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  Người bán của đơn hàng { $order } đã yêu cầu hủy.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = Khóa API: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = Khóa bí mật API: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Thử: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Dừng bằng Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = Không khởi động được sàn luyện tập trên cổng { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = Không khởi động được sàn luyện tập: { $error }

# $name: what was typed after --profile.
cli-no-account-named = Không có tài khoản nào tên "{ $name }". Xem `p2p-cancel-review keys list`, hoặc lưu một tài khoản bằng `keys add`.
cli-account-address-invalid = Địa chỉ của tài khoản này không phải URL hợp lệ.
# In the terminal and in the window.
cli-environment-no-address = Môi trường này không có địa chỉ.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = khóa từ { $variable }
# $name: a saved account's name.
cli-no-key-saved = Chưa có khóa nào được lưu cho "{ $name }". Hãy thêm lại bằng `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = Không có khóa API: hãy dùng --profile NAME (đã lưu bằng `keys add`), hoặc đặt { $key_variable } và { $secret_variable }; hoặc thử --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Không đọc được các đơn hàng của bạn. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Chưa có gì được gửi. Chấp nhận sẽ hủy đơn hàng và tiền mã hóa vẫn thuộc về người bán: nếu bạn đã thanh toán, bạn chỉ nhận lại tiền khi người bán trả lại. Nếu tiền đã về lại tài khoản của bạn, hoặc bạn chưa hề gửi, hãy xác nhận bằng --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Nên biết trước khi phản hồi:
cli-order-record = Người bán:
cli-order-chat = Tin nhắn gần nhất trong cuộc trò chuyện (cũ nhất ở trên):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (để dùng làm bằng chứng: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count } đơn hàng đã đánh dấu là đã thanh toán không đọc được, nên có thể bị thiếu trong danh sách ở trên:
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Không có gì đang chờ bạn phản hồi ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count } đơn hàng đang chờ bạn phản hồi ({ $environment }), gấp nhất ở trên cùng:
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } cho { $quantity } { $token }  người bán { $seller }  tạo lúc { $created }  còn { $left } để phản hồi
# Time left to answer, when not known.
cli-unknown = không rõ
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = không rõ thời gian

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Không đọc được đơn hàng { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Đơn hàng { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = Bạn mua { $quantity } { $token } với giá { $amount } { $currency }, đơn giá { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = Bạn bán { $quantity } { $token } lấy { $amount } { $currency }, đơn giá { $price }
# $name: the other side's nickname.
cli-order-seller = Người bán: { $name }
# $name: the other side's nickname.
cli-order-buyer = Người mua: { $name }
# $status: the order's status in words.
cli-order-status = Trạng thái: { $status }
# $time: date and time.
cli-order-created = Thời gian tạo: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Thanh toán: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = Người bán yêu cầu hủy: "{ $reason }". Còn { $left } để phản hồi.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = Người bán yêu cầu hủy: không nêu lý do. Còn { $left } để phản hồi.
cli-order-no-cancel-request = Không có yêu cầu hủy nào đang chờ bạn phản hồi.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Đang kiểm tra { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = CẢNH BÁO
cli-check-mark-problem = LỖI
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = Cách khắc phục: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Đang theo dõi { $accounts } mỗi { $seconds } giây: trước tiên là các yêu cầu đang chờ sẵn, sau đó là từng yêu cầu mới. Dừng bằng Ctrl+C.
cli-watch-no-accounts = Chưa lưu tài khoản nào: hãy thêm một tài khoản bằng `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: không kiểm tra được. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  yêu cầu hủy mới  { $account }  đơn hàng { $order }  { $amount } { $currency }  người bán { $seller }  còn { $left } để phản hồi
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  sắp hết hạn  { $account }  đơn hàng { $order }  { $amount } { $currency }  người bán { $seller }  còn { $left } để phản hồi

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Lưu khóa API và khóa bí mật của một tài khoản vào kho khóa của hệ điều hành. Chương trình sẽ hỏi cả hai (khóa bí mật được ẩn khi nhập); từ một script, hãy đưa vào qua đầu vào chuẩn, khóa API ở dòng đầu và khóa bí mật ở dòng thứ hai
# Help of the NAME given to `keys add`.
keys-help-add-name = Tên cho tài khoản, dùng với --profile
keys-help-env = Môi trường Bybit mà khóa được tạo cho: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae hoặc id
keys-help-base-url = Gửi yêu cầu của tài khoản này tới một địa chỉ khác (chỉ https; http chỉ trên chính máy tính này, ví dụ một sàn luyện tập đang chạy bằng `practice-server`)
keys-about-list = Liệt kê các tài khoản đã lưu (không bao giờ hiện khóa)
keys-help-json = Một mảng JSON thay vì các dòng
keys-about-delete = Xóa một tài khoản và gỡ khóa của nó khỏi kho khóa
# Help of the NAME given to `keys delete`.
keys-help-delete-name = Tên của tài khoản

keys-practice-needs-no-key = Tài khoản luyện tập không cần khóa: hãy dùng --practice. (Với một sàn luyện tập đang chạy bằng `practice-server`, hãy cung cấp --base-url của nó.)
# $reason: why, in a sentence.
keys-nothing-saved = Chưa lưu gì. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Đã lưu "{ $name }" ({ $environment }): khóa nằm trong kho khóa của máy tính này. Dùng với --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = Khóa API (ẩn):
keys-prompt-secret = Khóa bí mật API (ẩn):
keys-two-lines-needed = Chưa lưu gì: hãy đưa khóa API ở dòng đầu và khóa bí mật ở dòng thứ hai.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Chưa lưu gì: trên Windows, cửa sổ terminal này cũng sẽ đọc những gì bạn gõ, và khóa bí mật có thể bị lưu lại trong lịch sử của nó. Hãy thêm khóa trong cửa sổ ứng dụng (Tài khoản), hoặc đưa khóa API và khóa bí mật qua đầu vào chuẩn, mỗi khóa một dòng.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = khóa có trong kho khóa
keys-state-missing = thiếu khóa: hãy thêm lại
keys-state-keyring-unavailable = kho khóa không khả dụng
# Keep the command to copy as it is.
keys-no-accounts = Chưa có tài khoản nào. Thêm một tài khoản bằng: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = Không có tài khoản nào tên "{ $name }".
# $error: the system's reason.
keys-key-not-removed = Không gỡ được khóa: { $error }
# $name: the account's name.
keys-deleted = Đã xóa "{ $name }" và gỡ khóa của nó khỏi kho khóa.

## The window's background work.

worker-account-not-open = Tài khoản này chưa được mở; hãy đợi một chút rồi thử lại.
worker-account-not-open-nothing-sent = Tài khoản này chưa được mở; chưa có gì được gửi. Hãy đợi một chút rồi thử lại.
# $error: why the history file cannot be written.
worker-history-unwritable = Chưa có gì được gửi: không ghi được lịch sử ({ $error }), và ứng dụng không gửi phản hồi nào khi chưa lưu được bản ghi.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Yêu cầu hủy · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } từ { $seller }: còn { $left } để phản hồi (đơn hàng { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Sắp hết hạn · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Chỉ còn { $left } để phản hồi yêu cầu hủy của { $seller } ({ $amount } { $currency }, đơn hàng { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = ít thời gian
# Button on a notification: opens the app at the order.
alert-action-open = Mở

## File dialogs.

dialog-proof-files-title = Chọn tệp bằng chứng
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Ảnh, PDF, video
dialog-export-history-title = Xuất lịch sử ra tệp CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Ngôn ngữ
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = Theo hệ thống ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Cỡ chữ: Ctrl và + để phóng to, Ctrl và − để thu nhỏ, Ctrl và 0 để đặt lại (Cmd trên máy Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Ngôn ngữ của các thông báo: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN hoặc fr (mặc định theo hệ thống: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = Không mở được cửa sổ: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = Ứng dụng đã mở sẵn nhưng không phản hồi: { $error }. Hãy thoát ứng dụng từ biểu tượng ở khay hệ thống (hoặc kết thúc nó trong Trình quản lý Tác vụ), rồi khởi động lại.
