# P2P Cancel Review — Traditional Chinese (Taiwan), translated from the English reference (i18n/en).
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = P2P 取消申請助手
# The language's own name, in the language picker (Settings).
language-name = 繁體中文
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Bybit P2P 取消申請
desktop-comment = 回覆 Bybit P2P 賣家對您所買訂單提出的取消申請
desktop-keywords = Bybit;P2P;加密貨幣;取消;訂單;
desktop-action-practice = 練習模式（不需金鑰，不動用真實資金）

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit 拒絕了請求中的某個欄位：{ $message }。請檢查訂單編號、理由與證明。（Bybit 代碼 { $code }：{ $message }）
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = 您電腦的時鐘比 Bybit 快 { $seconds } 秒，因此 Bybit 拒絕了請求。請在系統設定中開啟自動設定時間，然後再試一次。（Bybit 代碼 { $code }：{ $message }）
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = 您電腦的時鐘比 Bybit 慢 { $seconds } 秒，因此 Bybit 拒絕了請求。請在系統設定中開啟自動設定時間，然後再試一次。（Bybit 代碼 { $code }：{ $message }）
# The clock is off, but Bybit did not say by how much.
error-api-10002 = 您電腦的時鐘與 Bybit 不一致，因此 Bybit 拒絕了請求。請在系統設定中開啟自動設定時間，然後再試一次。（Bybit 代碼 { $code }：{ $message }）
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit 無法識別這組 API 金鑰。請檢查金鑰，並確認它是為這個環境建立的：主網的金鑰不能在測試網使用，反之亦然。（Bybit 代碼 { $code }：{ $message }）
error-api-10004 = 簽名不相符，表示 API 密鑰有誤。請重新輸入密鑰，或在 Bybit 上建立新的 API 金鑰。（Bybit 代碼 { $code }：{ $message }）
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = 這組 API 金鑰沒有管理 P2P 訂單的權限。請在 Bybit 上編輯這組金鑰，勾選 P2P 訂單權限（FiatP2P）。（Bybit 代碼 { $code }：{ $message }）
error-api-10006 = 此帳戶在短時間內發出太多請求。請等幾秒後再試一次。（Bybit 代碼 { $code }：{ $message }）
error-api-10010 = 這組 API 金鑰只允許從其他 IP 位址使用。請在 Bybit 上將這台電腦的 IP 位址加入這組金鑰，或取消 IP 限制。（Bybit 代碼 { $code }：{ $message }）
error-api-10016 = Bybit 發生內部錯誤。請一分鐘後再試。（Bybit 代碼 { $code }：{ $message }）
error-api-10017 = Bybit 無法識別這個請求。請確認環境或網址是 Bybit 的 API 主機。（Bybit 代碼 { $code }：{ $message }）
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = 此 Bybit 帳戶不能使用 P2P API：Bybit 只開放給 P2P 一般廣告商。請在 Bybit 的 P2P 頁面申請成為廣告商。（Bybit 代碼 { $code }：{ $message }）
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit 拒絕了請求：{ $message }。（Bybit 代碼 { $code }：{ $message }）

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = 無法解讀 Bybit 的回應（HTTP { $status }），因此結果不明。回應開頭為：{ $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = 無法連線到 { $host }，沒有送出任何內容。請檢查網路連線後再試一次。（{ $detail }）
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit 在 { $seconds } 秒內沒有回應，因此結果不明。
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = 上傳已停止：已經 { $seconds } 秒沒有任何進展，已送出 { $reached }。請檢查網路連線後再試一次。
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } / { $total } MB
# $detail: the system's technical reason.
error-connection-lost = 收到回應之前，與 Bybit 的連線就中斷了，因此結果不明。（{ $detail }）
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = 這台電腦無法建立安全連線：{ $detail }。如果是 Linux，請安裝 ca-certificates 套件。

## An HTTP error status without a Bybit error code.

http-401 = Bybit 拒絕了登入憑證（HTTP 401）。請檢查 API 金鑰與密鑰。
http-403 = Bybit 封鎖了來自此 IP 位址的請求（HTTP 403）。可能是請求太多（請至少等 10 分鐘再試），也可能是 Bybit 不在這台電腦連線所在的國家提供服務。
http-404 = Bybit 找不到這個網址（HTTP 404）。請檢查環境或基礎網址（base URL）。
http-429 = Bybit 目前正在限制流量（HTTP 429）。請一分鐘後再試。
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit 伺服器發生問題（HTTP { $status }）。請過幾分鐘再試。
# $status: any other HTTP status.
http-other = Bybit 回應了 HTTP { $status }。
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } 回應開頭為：{ $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = 練習
env-testnet = 測試網
env-mainnet = 主網
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = 主網（bytick.com）
env-netherlands = 荷蘭
env-hong-kong = 香港
env-turkey = 土耳其
env-kazakhstan = 哈薩克
env-georgia = 喬治亞
env-uae = 阿聯
env-indonesia = 印尼
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = 未知的環境「{ $name }」；請使用下列其中之一：{ $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = 「{ $url }」不是網址；請寫成像 https://api.bybit.com 這樣
env-url-not-https = 「{ $url }」沒有加密：只允許 https:// 網址（一般的 http:// 只限這台電腦，即 127.0.0.1 或 localhost）
env-url-has-extras = 「{ $url }」只能是主機位址（例如 https://api.bybit.com），不可包含路徑、查詢參數或密碼

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = 等待區塊鏈確認
status-waiting-payment = 等待買家付款
status-waiting-release = 等待賣家放幣
status-under-appeal = 申訴中
status-cancelled = 已取消
status-finished = 已完成
status-payment-in-progress = 付款處理中
status-payment-failed = 付款失敗
status-cancelled-exception = 已取消（異常）
status-waiting-token-choice = 等待買家選擇幣種
status-objection-in-progress = 異議處理中
status-waiting-objection = 等待提出異議
status-unknown = 狀態不明
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = 付款類型 { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = 此帳戶沒有已儲存的 API 金鑰。請在「帳戶」中重新新增。
keyring-not-kept = 系統鑰匙圈沒有正確保存金鑰：讀回來的內容不一樣。請再試一次，或只在本次執行期間暫用這組金鑰。
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = 系統鑰匙圈發生錯誤：{ $detail }
# Shown after "The keyring failed: ".
keyring-damaged = 已儲存的金鑰已損毀；請重新新增
# $detail: the system's own words.
keyring-locked = 系統鑰匙圈拒絕存取（{ $detail }）。請將它解鎖（Linux：您的登入鑰匙圈）後再試一次。
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = 這台電腦沒有執行中的鑰匙圈服務，因此無法安全地儲存金鑰。如果是 Linux，請安裝 GNOME Keyring（Debian/Ubuntu 套件 gnome-keyring）或 KWallet，登出後重新登入，再新增金鑰。在那之前，您可以只在本次執行期間暫用金鑰：金鑰只存在記憶體中，關閉程式後就會清除。
# $detail: the system's own words.
keyring-macos-unavailable = 無法開啟 macOS 鑰匙圈：{ $detail }
# $detail: the system's own words.
keyring-windows-unavailable = 無法開啟 Windows 認證管理員：{ $detail }
keyring-unsupported-system = 此系統沒有受支援的鑰匙圈。

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = 練習帳戶
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = 無法讀取帳戶檔案 { $path }：{ $reason }
# $reason: the system's own words.
account-file-unsaved = 無法儲存帳戶檔案：{ $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = 請為帳戶取個名稱，例如「主帳戶」或「二號店」。
# $max: the longest name allowed, in characters.
account-name-too-long = 名稱超過 { $max } 個字元。
account-name-invisible = 名稱含有看不見的字元。
# $name: the name the merchant typed.
account-name-taken = 已經有名為「{ $name }」的帳戶。

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = 伺服器時間
check-step-api-key = API 金鑰
check-step-p2p-account = P2P 帳戶
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = 無法讀取 Bybit 的伺服器時間。{ $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = 無法檢查金鑰。{ $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = 已連線到 P2P 帳戶「{ $nickname }」（使用者編號 { $user }）。
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = 這台電腦的時鐘比 Bybit 快 { $seconds } 秒。時鐘偏快時，Bybit 會拒絕請求；本程式會自動校正，但其他工具不會。
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = 這台電腦的時鐘比 Bybit 慢 { $seconds } 秒。本程式會自動校正。
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = 這台電腦的時鐘與 Bybit 一致（誤差在 { $seconds } 秒以內）。
check-clock-advice = 請在系統設定中開啟自動設定日期與時間。

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = 這組金鑰是唯讀的：可以列出訂單，但無法回覆取消申請。
check-key-read-only-advice = 請建立一組具有讀寫權限（可讀可寫）的新金鑰。
# A fact in the list: the key may change things, not only read them.
check-key-read-write = 可讀可寫
# A fact in the list.
check-key-p2p-permission = 具備 P2P 訂單權限
check-key-no-p2p-permission = 這組金鑰缺少 P2P 訂單權限。
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = 請在 Bybit 上編輯這組金鑰，勾選 P2P 訂單權限（FiatP2P）。
# A fact in the list.
check-key-any-ip = 任何 IP 位址皆可使用
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = 只能從 { $ips } 使用
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = 已於 { $date } 到期
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = 將於 { $date } 到期
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {"、"}
# $facts: the list of facts.
check-key-works = 金鑰可以正常使用：{ $facts }。
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems }（{ $facts }）
check-key-expiring-advice = 請在這組金鑰到期前建立新金鑰，並在這裡重新新增。

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = 同意取消
# Choosing to refuse the seller's request to cancel the order.
decision-reject = 拒絕取消

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = 我已付款
reason-have-not-received-full-refund = 我尚未收到全額退款
# "Some other reason".
reason-others = 其他
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = 「{ $value }」不是 Bybit 接受的理由；請使用 have-made-payment、have-not-received-full-refund 或 others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = 請輸入訂單編號。
review-order-id-not-digits = 訂單編號只能包含數字（例如 1900004704665923584）。
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = 訂單編號最多 { $max } 位數；這個有 { $count } 位。
review-proof-link-empty = 有一個證明連結是空的。
# $max: the most characters a link may have.
review-proof-link-too-long = 證明連結超過 { $max } 個字元。
# $link: the link as typed (a URL).
review-proof-link-comma = 證明連結 { $link } 含有逗號，而 Bybit 是用逗號來分隔各項證明的。
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = 證明連結 { $link } 含有空格或看不見的字元。
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = 證明連結 { $link } 必須以 https:// 或 http:// 開頭。
# $count: characters in the remark; $max: the limit.
review-remark-too-long = 備註有 { $count } 個字元；上限為 { $max } 個。
review-remark-control-characters = 備註含有看不見的控制字元。
review-decision-missing = 請選擇同意取消或拒絕取消。
review-reason-missing = 請選擇拒絕取消的理由。
review-proofs-missing = 請至少新增一項證明：截圖、PDF 或連結。
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = 最多只能送出 { $max } 項證明；請移除 { $extra } 項。

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = JPEG 圖片
proof-kind-png = PNG 圖片
proof-kind-pdf = PDF 文件
proof-kind-mp4 = MP4 影片
# $name: the file's name or path.
proof-file-not-found = 證明檔案 { $name }：找不到這個檔案。
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = 證明檔案 { $name }：{ $what ->
        [folder] 這是資料夾，不是一般檔案
        [pipe] 這是管道（pipe），不是一般檔案
        [socket] 這是通訊端（socket），不是一般檔案
        [device] 這是裝置，不是一般檔案
       *[other] 這不是一般檔案
    }。請選擇照片、PDF 或影片檔案。
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = 證明檔案 { $name }：無法讀取（{ $reason }）。
proof-file-empty = 證明檔案 { $name }：檔案是空的。
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = 證明檔案 { $name }：{ $size } MB 太大了；上限為 { $limit } MB。請傳送較小的照片或較短的影片。
# The extensions are literal.
proof-file-wrong-extension = 證明檔案 { $name }：只接受 .jpg、.jpeg、.png、.pdf 和 .mp4 檔案。
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = 證明檔案 { $name }：檔名顯示為 { $claimed ->
        [jpeg] JPEG 圖片
        [png] PNG 圖片
        [pdf] PDF 文件
       *[mp4] MP4 影片
    }，但內容卻是 { $found ->
        [jpeg] JPEG 圖片
        [png] PNG 圖片
        [pdf] PDF 文件
        [mp4] MP4 影片
       *[other] 其他格式
    }。請以正確的格式重新匯出。

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = 正在上傳證明 { $index }/{ $total }（{ $name }）…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }，大約還需要 { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = 正在送出回覆…
submit-checking = Bybit 沒有給出明確回應：正在讀取訂單，確認回覆是否已送達…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit 要求放慢速度；{ $seconds } 秒後重新送出…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = 沒有送出任何內容：無法寫入回覆紀錄，而每則回覆都必須留下紀錄才會送出。{ $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = 訂單 { $order } 沒有送出任何內容：{ $error }
# $name: the proof file's name.
submit-report-upload-failed = 訂單 { $order } 沒有送出任何內容：證明 { $name } 無法上傳。{ $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = 沒有送出任何內容：您在已送出 { $reached } 時停止了證明 { $name } 的上傳。訂單 { $order } 仍在等待您的回覆。
submit-report-not-applied = 您對訂單 { $order } 的回覆沒有生效。{ $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } 本程式隨後讀取了訂單 { $order }：它仍在等待您的回覆，所以您的回覆沒有生效。可以放心重新送出。
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } 本程式隨後讀取了訂單 { $order }：它已不再等待您的回覆（目前狀態：{ $status }），所以您的回覆已生效，這是讀取訂單後確認的。
# $check: why reading the order failed.
submit-report-check-failed = { $error } 本程式隨後嘗試讀取訂單 { $order } 以確認結果，但沒有成功（{ $check }）。重新送出之前，請先到 Bybit 上打開這筆訂單查看。
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = 完成：您已同意賣家取消訂單 { $order }（{ $environment }）。
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = 完成：您已拒絕賣家取消訂單 { $order }（{ $environment }），理由「{ $reason }」，附上 { $count } 項證明。

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = 無法開啟紀錄檔案 { $path }：{ $error }
submit-history-unusable = 無法讀取或寫入回覆紀錄：{ $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = 無法建立資料夾 { $path }：{ $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = 紀錄檔案已損毀：{ $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = 無法讀取紀錄檔案（{ $error }）。該檔案已另存為 { $path }，並已建立新的紀錄；您先前的紀錄都在那個檔案裡。

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = 不明 — 請檢查訂單
outcome-accepted = 已受理
outcome-refused = 遭拒絕
outcome-not-sent = 未送出
outcome-unknown = 不明

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = 時間
csv-column-environment = 環境
csv-column-account = 帳戶
csv-column-order = 訂單
csv-column-decision = 決定
csv-column-reason = 理由
csv-column-proofs = 證明
csv-column-remark = 備註
csv-column-outcome = 結果
csv-column-code = 代碼
csv-column-message = 訊息
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = 延遲_毫秒
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = 事後確認
csv-column-id = ID
# $error: the operating system's explanation.
csv-write-failed = 無法寫入檔案：{ $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } 秒
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } 分 { $seconds } 秒
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } 小時 { $minutes } 分
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } 分鐘
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = 時間不明

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = 沒有問題
trouble-late-answer = Bybit 有執行，但太晚回應
trouble-dropped-connection = Bybit 執行後連線中斷
trouble-server-error = Bybit 發生伺服器錯誤（未執行）
trouble-web-page = Bybit 有執行，但回應的是網頁
trouble-garbled-answer = Bybit 有執行，但回應內容是亂碼
# 3 s: three seconds.
trouble-clock-behind = Bybit 的時鐘比這台電腦慢 3 秒
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit 回報一次「請求太多」
trouble-ip-blocked = Bybit 封鎖這個 IP 位址（HTTP 403）
trouble-not-an-advertiser = 此帳戶不是 P2P 廣告商
trouble-slow-upload = 檔案上傳緩慢（1 Mbit/s，一般家用網路的速度）
trouble-stalled-upload = 檔案上傳到一半就停住

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = 回覆賣家的取消申請
# Under the heading.
form-intro = 填寫訂單與您的回覆。送出前，會再讓您完整確認一次。
# Label of the order number field.
form-order-number = 訂單編號
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = 從訂單頁面貼上，例如 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = 您的回覆
# Small text under the "Accept the cancellation" button.
form-accept-explanation = 訂單將被取消，加密貨幣仍歸賣家所有。只有在您的錢已退回，或您從未付款時，才選這個。
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = 訂單繼續進行。如果您已付款，請選這個，並提供理由與證明。
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = 您已將這筆訂單標記為已付款：已向 { $seller } 支付 { $amount } { $currency }。同意後訂單會被取消，{ $token } 仍歸賣家所有。只有在這筆 { $amount } { $currency } 已退回您的帳戶時才同意。
# The same when the order's details are not known (yet).
guard-paid-unknown = 如果您已將這筆訂單標記為已付款，同意後訂單會被取消，加密貨幣仍歸賣家所有。只有在您的錢已退回您的帳戶時才同意。
# The same for an order in another status. $status: the status in words.
guard-other-status = 這筆訂單目前為「{ $status }」。同意賣家的申請會取消這筆訂單。
# The box to tick before an Accept can be sent.
guard-refund-received = 這筆 { $amount } { $currency } 已退回我的帳戶，或我從未付過這筆錢
guard-refund-received-unknown = 我的錢已退回我的帳戶，或我從未付過款
# Beside the disabled send button.
guard-tick-first = 若要同意，請先勾選上方的方塊。
# Above the answer buttons when something about the seller is worth a word.
warnings-title = 回覆前請注意
# $days: the account's age in days.
warning-young-account = 請注意：這位賣家的帳戶才註冊 { $days } 天。
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] 請注意：這位賣家在 Bybit 上還沒有完成過任何一筆訂單。
   *[other] 請注意：這位賣家在 Bybit 上只完成了 { $count } 筆訂單。
}
# $percent: a whole number (62).
warning-low-completion = 請注意：這位賣家近 30 天的訂單完成率只有 { $percent }%。
# $words: the seller's own words, quoted as written.
warning-cancel-first = 請注意：賣家要求您先取消，並承諾會把錢還給您（「{ $words }」）。訂單一旦取消，加密貨幣就仍歸賣家所有，也沒有任何機制能要求賣家退款給您。
warning-system-error = 請注意：賣家提到系統錯誤或付款失敗（「{ $words }」）。請自行查看您的銀行帳戶；已付款的訂單不會因為錯誤而被取消。
warning-off-platform = 請注意：賣家想在 Bybit 以外聯絡（「{ $words }」）。請留在訂單聊天中溝通：如果您提出申訴，Bybit 客服看到的就是這裡的內容。
# Label of the drop-down list of reasons for refusing.
form-reason = 理由
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = 選擇理由…
# Label of the remark field (free text sent with a refusal).
form-remark = 備註（選填）
# Placeholder inside the empty remark field.
form-remark-hint = 想讓賣家與 Bybit 客服知道的任何事，任何語言皆可。
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $count } / { $max } 個字元
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = 準備中…
# Button while proof files upload.
form-stop-upload = 取消上傳
form-stop-upload-tooltip = 停止上傳。您的回覆不會送出，訂單仍在等待您的回覆。
# Button: opens the confirmation dialog.
form-review-and-send = 確認並送出…
# Beside the send button while the account is still connecting.
form-account-not-open = 帳戶尚未就緒。
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = 送出前請先處理：
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = 這台電腦的時鐘比 Bybit 快 { $seconds } 秒。本程式會自動校正，但請在系統設定中開啟自動設定日期與時間：時鐘偏快時，Bybit 會拒絕請求。
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = 這台電腦的時鐘比 Bybit 慢 { $seconds } 秒。本程式會自動校正，但請在系統設定中開啟自動設定日期與時間：時鐘偏快時，Bybit 會拒絕請求。

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = 回覆已受理
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = 回覆已生效（已讀取訂單確認）
form-result-refused = Bybit 拒絕了這則回覆
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = 您的回覆沒有生效
form-result-not-sent = 沒有送出任何內容
form-result-unknown = 結果不明：請到 Bybit 查看訂單
# Button.
form-send-again = 重新送出
# Button: clears the form for the next order.
form-answer-another = 回覆其他訂單
# Button: opens the History tab.
form-see-in-history = 在紀錄中查看

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = 證明
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = 付款截圖、銀行對帳單（.jpg、.png、.pdf）或短片（.mp4），每個檔案最大 { $megabytes } MB；也可以用連結。最多 { $max } 項。
# Under the proof heading: what appeals value most.
proofs-video-advice = Bybit 處理申訴時最重視螢幕錄影（.mp4），例如錄下銀行應用程式中顯示這筆付款的畫面。
# Button: opens a file dialog.
proofs-add-files = 新增檔案…
# Beside the "Add files…" button.
proofs-drop-hint = 或將檔案拖放到視窗任何位置
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = 正在檢查檔案…
# Label of the field where links are pasted.
proofs-links = 連結
# Placeholder inside the empty links field.
proofs-links-hint = 貼上一個或多個連結：https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = 新增連結
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = 圖片
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = 連結
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = 連結
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = 移除
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = 移除 { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = 確定送出這則回覆？
# Warning at the top of the dialog.
confirm-cannot-undo = 此操作無法復原：Bybit 一收到，這則回覆就是最終決定。
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = 環境
confirm-account = 帳戶
confirm-order = 訂單
confirm-decision = 決定
confirm-reason = 理由
confirm-proofs = 證明
confirm-remark = 備註
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name }（檔案，會先上傳）
# The "Remark" row when no remark was written.
confirm-remark-none = （無）
# Button: sends the answer.
confirm-send-now = 立即送出
# Button: closes the dialog without sending.
confirm-go-back = 返回
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter 送出 · Esc 返回

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = 訂單詳情
# Shown when no order is chosen yet.
details-empty = 在左側選擇一筆訂單，或輸入訂單編號，就能在這裡查看詳情。
# Beside a spinner while the order is being read from Bybit.
details-loading = 正在讀取訂單…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = 賣家申請取消訂單
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = 「{ $reason }」
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = 剩餘回覆時間：{ $time }
details-no-request = 這筆訂單沒有待您回覆的取消申請。
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = 您買入
details-you-sell = 您賣出
# Row name: the other side of the order (their nickname beside it).
details-seller = 賣家
details-buyer = 買家
details-amount = 金額
details-price = 價格
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } / { $token }
details-status = 狀態
# Row name: when the order was created (a date and time beside it).
details-created = 建立時間
# Row name: the payment methods of the order.
details-payment = 付款方式
# The seller's record, in the order's details.
record-heading = 賣家
record-account-age = 帳戶註冊天數
# $days: whole days.
record-days = { $days } 天
record-finished = 已完成訂單
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total }（近 30 天 { $recent }）
record-completion = 完成率（30 天）
# $percent: a number (98.6).
record-percent = { $percent }%
record-ratings = 評價
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = 好評率 { $percent }%（好評 { $good }，負評 { $bad }）
record-presence = 上線狀態
record-online = 目前在線上
# $time: a date and time.
record-last-seen = 最後上線 { $time }
record-not-said = 未公開
record-history = 先前的申請
record-history-none = 這位賣家先前沒有申請過
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = 先前 { $count } 次：同意 { $accepted } 次，拒絕 { $refused } 次
# $error: why, in full sentences.
record-unreadable = 無法讀取賣家的資料。{ $error }
# The order's chat, in the details.
chat-heading = 與賣家的聊天
chat-loading = 正在讀取聊天…
# $error: why, in full sentences.
chat-unreadable = 無法讀取聊天；其他功能都正常。{ $error }
chat-empty = 這個聊天中沒有訊息。
chat-earlier = 顯示較早的訊息
chat-you = 您
# A file in the chat. $name: its file name.
chat-picture = 圖片：{ $name }
chat-pdf = PDF：{ $name }
chat-video = 影片：{ $name }
chat-unknown = （本程式無法顯示的訊息類型）
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = 用作證明
chat-used-as-proof = 已加入證明

## The welcome screen (first run, no account yet).

welcome-heading = 回覆賣家的取消申請
welcome-intro = 當 Bybit P2P 的賣家申請取消您買入的訂單時，您可以同意或拒絕。本程式只要點幾下，就能連同您的證明送出回覆。
# Button: opens the dialog to add an account's API key.
welcome-add-key = 新增我的 Bybit API 金鑰
# Under the "Add my Bybit API key" button.
welcome-key-note = 您的金鑰只保存在這台電腦的系統鑰匙圈中，絕不會存成檔案。
# Button: starts the practice mode (a simulated exchange).
welcome-practice = 試用練習模式
# Under the "Try practice mode" button.
welcome-practice-note = 在這台電腦上模擬的交易所，附有範例訂單。不需要金鑰，不動用真實資金。

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = 正在連線帳戶…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = 未連線
# Button: checks the clock, the API key and the P2P account.
top-test-connection = 測試連線
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = 結束
# Button: opens the About dialog.
top-about = 關於
# Button: opens the Accounts dialog.
top-accounts = 帳戶…
# Button: opens the Settings dialog.
top-settings = 設定…
# Label of the account picker in the top bar.
top-account = 帳戶
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account }（{ $environment }）
# Tab: the answer form.
top-tab-answer = 回覆申請
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = 回覆申請（{ $count } 則新）
# Tab: the history of answers sent, before it has been read.
top-tab-history = 紀錄
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = 紀錄（{ $count }）

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = 練習 · 非真實資金
# Badge of Bybit's testnet.
style-badge-testnet = 測試網 · 測試資金
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · 真實資金

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = 待您回覆
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count } 則新
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = 新
# Button: reads every watched account now.
orders-refresh = 重新整理
# Shown beside a spinner while the accounts are being read.
orders-checking = 檢查中…
# Shown when the merchant paused the watching.
orders-watching-paused = 監看已暫停
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit 暫時拒絕這台電腦連線
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit 回應「403 Forbidden」：可能是來自這個網路位址的請求太多（使用同一個網路連線的其他應用程式或電腦也會算在內），也可能是 Bybit 不在您連線所在的國家提供服務。{ $host } 上的所有帳戶已暫停到 { $time }，之後會自動重新檢查。
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $account } 有 { $count } 筆訂單無法讀取：其中可能有待您回覆的訂單。幾秒後會自動重試。
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = 訂單 { $order }：{ $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = 最後檢查 { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = 檢查頻率
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = 每 { $count } 秒
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = 每 { $count } 分鐘
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = 盡快
# Button: pauses the watching.
orders-pause = 暫停
# Button: resumes the watching.
orders-resume = 繼續
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }：無法檢查。
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = 下方的訂單來自上次成功的檢查。
# Button: reads the accounts again.
orders-try-again = 再試一次
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = 重新檢查 { $account }
# Shown when no cancel request waits.
orders-empty = 目前沒有待您回覆的申請。
orders-empty-hint = 賣家申請取消您的訂單時，會顯示在這裡。
# Shown before the first list has arrived.
orders-looking = 正在尋找取消申請…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = 練習：模擬問題
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = { $time } 建立
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = 剩 { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = 訂單 { $order }，{ $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = 訂單 { $order }，{ $amount } { $currency }，帳戶 { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = 正在讀取紀錄…
# The history is empty for the filter chosen.
history-empty-filtered = 沒有符合此篩選條件的回覆。
# The history is empty.
history-empty = 尚未送出任何回覆。
history-empty-hint = 您從此視窗或命令列送出的每則回覆，都會顯示在這裡。
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = 時間
history-column-environment = 環境
history-column-account = 帳戶
history-column-order = 訂單
history-column-decision = 決定
history-column-reason = 理由
history-column-proofs = 證明
history-column-outcome = 結果
history-column-latency = 延遲
# Filter label: an order number.
history-filter-order = 訂單
# Hint in the empty order-number filter.
history-filter-order-hint = 所有訂單
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = 結果
# Filter choice: every outcome.
history-filter-all = 全部
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count } 筆
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = 匯出 CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = 同意
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = 拒絕
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } 毫秒
# Button at the end of each row: shows the answer in full.
history-details = 詳情
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome }（{ $code }）
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = 訂單 { $order }
# Row names of that dialog.
history-entry-time = 時間
history-entry-environment = 環境
history-entry-account = 帳戶
history-entry-decision = 決定
history-entry-reason = 理由
history-entry-proofs = 證明
# The merchant's remark to the seller.
history-entry-remark = 備註
history-entry-outcome = 結果
# Bybit's answer code (a number).
history-entry-bybit-code = Bybit 代碼
# Bybit's message (shown as received).
history-entry-message = 訊息
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = 事後確認
history-entry-latency = 延遲
# Button: closes the dialog.
history-entry-close = 關閉

## Settings

# Heading of the Settings dialog.
settings-title = 設定
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = 等待 Bybit 回應
# Label of the slider of that section.
settings-answer-timeout-seconds = 秒數
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}秒
settings-answer-timeout-explained = 如果在這段時間內沒有收到回應，本程式會讀取訂單，確認您的回覆是否已送達；本程式絕不會自行重複送出。網路較慢時，上傳一個證明檔案可能需要幾分鐘：只有在這段時間內完全沒有進展時，上傳才會停止。
# Section: how often to read the accounts.
settings-watch = 監看取消申請
settings-watch-explained = 所有帳戶都會持續監看，即使此視窗已最小化或關閉到系統匣也一樣。每有新申請都會通知您，剩下 3 分鐘時會再提醒一次。
# Checkbox.
settings-alert-sound = 每則通知都播放音效
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = 登入時在系統匣中啟動
# Section: help from support.
settings-support = 技術支援
# Button: copies a report for support.
settings-copy-diagnostics = 複製診斷資訊
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = 用於寫信給技術支援：包含版本、設定與最近的日誌內容；絕不包含金鑰或密鑰。
# $path: a folder.
settings-logs-folder = 日誌保存在 { $path }
# Button: closes the dialog.
settings-close = 關閉
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = 關於 { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = 版本 { $version }，適用於 { $os }（{ $arch }）
about-licence = 採用 MIT 授權的自由軟體：可自由使用、複製與分享。
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = 授權條款全文
# Button.
about-open-data-folder = 開啟資料所在資料夾
# Button.
about-open-logs-folder = 開啟日誌資料夾
about-data-folder-explained = 資料所在資料夾存放回覆紀錄、帳戶名稱與設定。API 金鑰絕不會放在這裡：它們保存在系統鑰匙圈中。
# Button: closes the dialog.
about-close = 關閉

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = 連線檢查：{ $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = 正在檢查時鐘、金鑰與 P2P 帳戶…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }：正常
check-dialog-step-warning = { $step }：警告
check-dialog-step-problem = { $step }：有問題
# $advice: a sentence saying what to do.
check-dialog-advice = 處理方式：{ $advice }
# Button: closes the dialog.
check-dialog-close = 關閉

## Accounts

# Heading of the Accounts dialog.
accounts-title = 帳戶
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = 是，刪除 { $account }
# Button: does not delete the account.
accounts-keep = 保留
# Button. $account: the account's name.
accounts-delete = 刪除 { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = 測試 { $account }
# Section: adding an API key.
accounts-add = 新增帳戶
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = 在 Bybit 上開啟「帳戶 > API 管理 > 建立新金鑰」，選擇「系統生成」，並勾選 P2P 訂單權限。
# Field label: the account's name, chosen by the merchant.
accounts-name = 名稱
# Example name in the empty field.
accounts-name-hint = 主店
# Field label: which Bybit site the key was made on.
accounts-environment = 環境
# The environment field before a choice.
accounts-environment-choose = 請選擇…
accounts-api-key = API 金鑰
accounts-api-secret = API 密鑰
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = 正在儲存到系統鑰匙圈…
# Main button: saves the key in the system keyring.
accounts-save = 儲存到鑰匙圈
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = 暫用到關閉程式為止
# Button: closes the dialog.
accounts-close = 關閉
# Errors of the form.
accounts-choose-environment = 請選擇這組金鑰建立時所屬的環境。
accounts-paste-key = 請貼上 API 金鑰。
accounts-paste-secret = 請貼上 API 密鑰。

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = 關閉
notice-busy = 程式忙碌中，請稍後再試。
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }。您需要重新新增帳戶。
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = 只有在拒絕取消時才會送出證明檔案：請選擇「拒絕取消」才能使用。
notice-account-not-open = 帳戶尚未就緒；請稍候，或選擇其他帳戶。
# $account: the account's name.
notice-key-kept-for-session = { $account }：金鑰會保留到您關閉程式為止，之後即清除。
# $account: the account's name.
notice-key-saved = { $account }：金鑰已儲存在這台電腦的系統鑰匙圈中。
# $account: the account's identifier.
notice-key-removed = 已從系統鑰匙圈移除 { $account } 的金鑰。
# $error: the system's reason.
notice-key-not-removed = 無法從系統鑰匙圈移除金鑰：{ $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = 沒有選擇檔案。如果選擇檔案的視窗沒有出現，請改將檔案拖曳到此視窗。
# $error: the system's reason.
notice-start-at-login-failed = 無法變更「登入時啟動」設定：{ $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }：Bybit 要求放慢速度（這把金鑰的請求太多，可能有其他工具也在使用它）。接下來 { $minutes } 分鐘內，此帳戶每 { $seconds } 秒檢查一次。
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = 本程式正從磁碟映像檔執行。請將它拖到「應用程式」資料夾，從那裡開啟，然後重新啟用此設定。
# $error: the system's reason.
notice-settings-not-saved = 無法儲存設定：{ $error }
notice-diagnostics-copied = 已複製診斷資訊。請貼到您要寄給技術支援的訊息中：其中不含任何金鑰或密鑰。
# $count: how many answers were written; $path: the file.
notice-exported = 已匯出 { $count } 筆紀錄至 { $path }
# $error: the reason.
notice-export-failed = 匯出失敗：{ $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = 無法開啟資料夾（{ $error }）。資料夾位置：{ $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = 放開即可新增為證明
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = 仍在系統匣中監看取消申請。若要結束，請在系統匣圖示的選單中選擇「結束」。
# Tray menu. $app: the app's name (app-title).
tray-open = 開啟 { $app }
tray-refresh = 立即重新整理
tray-pause = 暫停監看
tray-resume = 繼續監看
tray-quit = 結束
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }：沒有待您回覆的取消申請
   *[other] { $app }：有 { $count } 則取消申請待您回覆
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }：沒有待您回覆的取消申請（監看已暫停）
   *[other] { $app }：有 { $count } 則取消申請待您回覆（監看已暫停）
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = 回覆 Bybit P2P 賣家對您所買訂單提出的取消申請：同意，或附上證明拒絕。
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    回覆 Bybit P2P 賣家對您所買訂單提出的取消申請：同意，或附上證明拒絕。

    不帶指令時會開啟視窗。指令所需的登入憑證來自以 `keys add` 儲存的帳戶（--profile NAME），或來自環境變數 BYBIT_API_KEY 與 BYBIT_API_SECRET；--practice 則不需要任何憑證。
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = 結束狀態碼：0 交易所已受理，1 交易所拒絕，2 輸入無效（沒有送出任何內容），3 網路錯誤或結果不明。
# Help of --practice without a command (opens the window).
cli-help-practice-window = 以練習模式開啟視窗：在這台電腦上模擬的交易所，不需要 API 金鑰
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = 啟動時只在系統匣中執行，不顯示視窗（如同登入時啟動）；若沒有系統匣，則照常開啟視窗
# Help of --order without a command (opens the window on that order).
cli-help-window-order = 開啟視窗並帶入此訂單，準備回覆（若程式已開啟，則由已開啟的程式接手）

# The commands, as --help lists them.
cli-about-review = 回覆賣家對您所買訂單提出的取消申請
cli-about-orders = 列出賣家已申請取消、正待您回覆的買入訂單
cli-about-order = 顯示一筆訂單：金額、賣家、狀態、付款方式，以及賣家的取消申請
cli-about-check = 測試連線：時鐘與 Bybit 的差距、金鑰有哪些權限、P2P 帳戶
cli-about-watch = 持續監看取消申請，直到按 Ctrl+C 停止：每則新申請、每次期限提醒（剩 3 分鐘）各輸出一行，先列出已在等待的申請
cli-about-practice-server = 在 127.0.0.1 上執行練習交易所，直到按 Ctrl+C 停止
cli-about-keys = 儲存、列出或刪除帳戶的 API 金鑰（保存在作業系統的鑰匙圈中）

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Bybit 環境：mainnet（預設）、mainnet-bytick、testnet、nl、hk、tr、kz、ge、ae、id 或 practice
cli-help-base-url = 其他任何 Bybit API 主機（僅限 https；http 只限 127.0.0.1 或 localhost）
cli-help-practice = 使用內建的練習交易所及其練習帳戶（不需要金鑰）
cli-help-profile = 使用以 `keys add` 儲存的帳戶（金鑰取自鑰匙圈，並使用該帳戶的環境）。若已設定 BYBIT_API_KEY 與 BYBIT_API_SECRET，仍以這兩個變數為優先
cli-help-timeout = 完全沒有進展時要等待的秒數：Bybit 沒有回應，或上傳證明檔案時連一個位元組都沒有送出。網路較慢時，大型檔案只要仍在傳輸，可能需要幾分鐘（1 到 300）
cli-help-json = 輸出一個 JSON 物件，而不是一句文字

# Flags of `review` (and the order number of `order`).
cli-help-order = 訂單編號（只含數字）
cli-help-pass = 同意賣家取消。只會送出訂單與決定
cli-help-reject = 拒絕賣家取消；需要 --reason，以及至少一個 --proof 或 --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = 拒絕的理由：have-made-payment（我已付款）、have-not-received-full-refund（我尚未收到全額退款）或 others（其他）
cli-help-proof = 證明連結（https:// 或 http://，不可含逗號或空格）。可重複使用以加入多項
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = 要先上傳的證明檔案：.jpg、.jpeg、.png、.pdf 或 .mp4，最大 { $megabytes } MB。可重複使用以加入多項
# $characters: the longest remark (500).
cli-help-remark = 拒絕時附上的備註（最多 { $characters } 個字元）

# Flags of `watch`.
cli-help-interval = 每輪的秒數：每筆已標記為已付款的訂單每輪讀取一次。預設值 8 即「盡快」；無論每輪多長，每個帳戶每秒的讀取次數都不會超過 1.5 次（1 到 3600）
cli-help-all = 監看所有以 `keys add` 儲存的帳戶，每個帳戶使用自己的金鑰與請求額度

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = 127.0.0.1 上的連接埠（0 表示自動選擇空閒的連接埠）
cli-help-trouble = 模擬問題，看看本程式如何應對
cli-help-late-by = 搭配 --trouble late-answer：回應要延遲多久，以秒計
cli-help-latency = 在每次回應加上一段網路來回時間，以毫秒計（用來體驗遠離 Bybit 的商家需要等多久；效能測試會用到）
cli-help-second-book = 準備第二組範例訂單（不同的訂單、不同的賣家），以便同時用兩個帳戶練習：使用 `keys add NAME --env practice --base-url URL` 將此交易所儲存為帳戶
cli-help-refund-received = 搭配 --pass：確認您付的錢已退回您的帳戶，或您從未付款（同意會取消訂單，加密貨幣仍歸賣家所有）
cli-help-paid = 不使用範例訂單，改為提供這麼多筆已標記為已付款、尚無取消申請的訂單（搭配 --unpaid，可模擬商家忙碌的一天來監看）
cli-help-unpaid = 搭配 --paid：這麼多筆等待您付款的訂單
cli-help-new-request-every = 每隔這麼多秒，就有一位賣家申請取消一筆已標記為已付款的訂單（0：永不）

cli-usage = 用法：{ $usage }
cli-heading-commands = 指令
cli-heading-arguments = 引數
cli-heading-options = 選項
cli-help-help = 顯示說明
cli-help-version = 顯示版本
cli-help-help-command = 顯示本說明或指定指令的說明
cli-default = 預設：{ $value }
cli-error = 錯誤：{ $message }
cli-error-missing = 缺少必要的引數：{ $arguments }
cli-error-unknown-argument = 無法辨識的引數：{ $argument }
cli-error-unknown-command = 未知的指令：{ $command }
cli-error-invalid-value = { $value } 不是 { $argument } 的有效值
cli-error-possible-values = 可用的值：{ $values }
cli-error-conflict = { $argument } 不能與 { $other } 一起使用
cli-error-missing-command = 需要指定一個指令
cli-error-similar = 您是不是要輸入 { $suggestion }？
cli-error-more = 如需更多資訊，請使用 '--help'。

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = 無法啟動：{ $error }
cli-choose-pass-or-reject = 請指定 --pass 同意取消，或 --reject 拒絕取消。
# The history could not be opened. $error: why.
cli-nothing-sent = 沒有送出任何內容：{ $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = 注意：這台電腦的時鐘比 Bybit 快 { $seconds } 秒。本程式已自動校正；請在系統設定中開啟自動設定日期與時間。
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = 注意：這台電腦的時鐘比 Bybit 慢 { $seconds } 秒。本程式已自動校正；請在系統設定中開啟自動設定日期與時間。

# practice-server: $url is the exchange's address.
cli-practice-listening = 練習交易所正在 { $url } 上監聽
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = 模擬中：{ $trouble }。
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = 每次回應都會多花 { $milliseconds } 毫秒，就像遠距離的網路。
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  訂單 { $order } 的賣家申請取消。
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API 金鑰：{ $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = API 密鑰：{ $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = 試試看：BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = 按 Ctrl+C 停止。
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = 練習交易所無法在連接埠 { $port } 上啟動：{ $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = 練習交易所無法啟動：{ $error }

# $name: what was typed after --profile.
cli-no-account-named = 沒有名為「{ $name }」的帳戶。請查看 `p2p-cancel-review keys list`，或用 `keys add` 儲存一個帳戶。
cli-account-address-invalid = 此帳戶的網址不是有效的 URL。
# In the terminal and in the window.
cli-environment-no-address = 此環境沒有網址。
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = 金鑰來自 { $variable }
# $name: a saved account's name.
cli-no-key-saved = 「{ $name }」沒有已儲存的金鑰。請用 `p2p-cancel-review keys add` 重新新增。
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = 沒有 API 金鑰：請使用 --profile NAME（以 `keys add` 儲存），或設定 { $key_variable } 與 { $secret_variable }；也可以試試 --practice。

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = 無法讀取您的訂單。{ $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = 沒有送出任何內容。同意會取消訂單，加密貨幣仍歸賣家所有：如果您已付款，只有賣家退還，您的錢才會回來。如果錢已退回您的帳戶，或您從未付款，請用 --refund-received 確認。
# order ID: the sections after the order's facts.
cli-order-warnings = 回覆前值得知道：
cli-order-record = 賣家：
cli-order-chat = 聊天中的最新訊息（由舊到新）：
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind }（用作證明：--proof { $path }）
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = 有 { $count } 筆已標記為已付款的訂單無法讀取，因此上方清單中可能缺少這些訂單：
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = 目前沒有待您回覆的申請（{ $environment }）。
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = 有 { $count } 筆訂單待您回覆（{ $environment }），最緊急的排在最前面：
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  以 { $amount } { $currency } 買 { $quantity } { $token }  賣家 { $seller }  建立於 { $created }  剩餘回覆時間 { $left }
# Time left to answer, when not known.
cli-unknown = 不明
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = 時間不明

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = 無法讀取訂單 { $order }。{ $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = 訂單 { $order }（{ $environment }）
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = 您以 { $amount } { $currency } 買入 { $quantity } { $token }，單價 { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = 您以 { $amount } { $currency } 賣出 { $quantity } { $token }，單價 { $price }
# $name: the other side's nickname.
cli-order-seller = 賣家：{ $name }
# $name: the other side's nickname.
cli-order-buyer = 買家：{ $name }
# $status: the order's status in words.
cli-order-status = 狀態：{ $status }
# $time: date and time.
cli-order-created = 建立時間：{ $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = 付款方式：{ $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = 賣家申請取消：「{ $reason }」。剩餘回覆時間 { $left }。
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = 賣家申請取消：未提供原因。剩餘回覆時間 { $left }。
cli-order-no-cancel-request = 沒有待您回覆的取消申請。

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = 正在檢查 { $account }（{ $environment }）：
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = 正常
cli-check-mark-warning = 警告
cli-check-mark-problem = 問題
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = 處理方式：{ $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = 正在監看 { $accounts }，每 { $seconds } 秒一次：先列出已在等待的申請，再列出每則新申請。按 Ctrl+C 停止。
cli-watch-no-accounts = 尚未儲存任何帳戶：請用 `p2p-cancel-review keys add` 新增。
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }：無法檢查。{ $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }：{ $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  新取消申請  { $account }  訂單 { $order }  { $amount } { $currency }  賣家 { $seller }  剩餘回覆時間 { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  即將到期  { $account }  訂單 { $order }  { $amount } { $currency }  賣家 { $seller }  剩餘回覆時間 { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = 將帳戶的 API 金鑰與密鑰儲存到作業系統的鑰匙圈。會詢問這兩項（輸入密鑰時不顯示）；若從腳本執行，請透過標準輸入提供，第一行為金鑰，第二行為密鑰
# Help of the NAME given to `keys add`.
keys-help-add-name = 帳戶名稱，搭配 --profile 使用
keys-help-env = 金鑰建立時所屬的 Bybit 環境：mainnet、mainnet-bytick、testnet、nl、hk、tr、kz、ge、ae 或 id
keys-help-base-url = 將此帳戶的請求送到其他網址（僅限 https；http 只限這台電腦，例如以 `practice-server` 持續執行的練習交易所）
keys-about-list = 列出已儲存的帳戶（絕不顯示金鑰）
keys-help-json = 輸出一個 JSON 陣列，而不是逐行輸出
keys-about-delete = 刪除帳戶，並從鑰匙圈移除其金鑰
# Help of the NAME given to `keys delete`.
keys-help-delete-name = 帳戶名稱

keys-practice-needs-no-key = 練習帳戶不需要金鑰：請使用 --practice。（若是以 `practice-server` 持續執行的練習交易所，請提供它的 --base-url。）
# $reason: why, in a sentence.
keys-nothing-saved = 沒有儲存任何內容。{ $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = 已儲存「{ $name }」（{ $environment }）：金鑰已存入這台電腦的鑰匙圈。使用方式：--profile "{ $name }"。
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API 金鑰（輸入時不顯示）：
keys-prompt-secret = API 密鑰（輸入時不顯示）：
keys-two-lines-needed = 沒有儲存任何內容：請在第一行提供 API 金鑰，第二行提供密鑰。
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = 沒有儲存任何內容：在 Windows 上，此終端機也會讀取您輸入的內容，密鑰可能因此留在它的歷史紀錄中。請在程式視窗的「帳戶」中新增金鑰，或透過標準輸入提供 API 金鑰與密鑰，每行一項。
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = 金鑰在鑰匙圈中
keys-state-missing = 缺少金鑰：請重新新增
keys-state-keyring-unavailable = 鑰匙圈無法使用
# Keep the command to copy as it is.
keys-no-accounts = 尚無任何帳戶。新增方式：p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = 沒有名為「{ $name }」的帳戶。
# $error: the system's reason.
keys-key-not-removed = 無法移除金鑰：{ $error }
# $name: the account's name.
keys-deleted = 已刪除「{ $name }」，並已從鑰匙圈移除其金鑰。

## The window's background work.

worker-account-not-open = 此帳戶尚未就緒；請稍候再試。
worker-account-not-open-nothing-sent = 此帳戶尚未就緒；沒有送出任何內容。請稍候再試。
# $error: why the history file cannot be written.
worker-history-unwritable = 沒有送出任何內容：無法寫入回覆紀錄（{ $error }），而每則回覆都必須留下紀錄才會送出。

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = 取消申請 · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = 賣家 { $seller }，{ $amount } { $currency }（訂單 { $order }）。剩餘回覆時間：{ $left }。
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = 即將到期 · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = 賣家 { $seller } 的取消申請（{ $amount } { $currency }，訂單 { $order }）即將到期，剩餘回覆時間：{ $left }。
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = 所剩無幾
# Button on a notification: opens the app at the order.
alert-action-open = 開啟

## File dialogs.

dialog-proof-files-title = 選擇證明檔案
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = 照片、PDF、影片
dialog-export-history-title = 將紀錄匯出為 CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = 語言
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = 跟隨系統（{ $language }）
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = 文字大小：Ctrl 加 + 放大，Ctrl 加 − 縮小，Ctrl 加 0 還原（Mac 上改用 Cmd）。
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = 訊息語言：en、ru、uk、es、pt-BR、tr、vi、id、zh-TW、zh-CN 或 fr（預設跟隨系統：LANGUAGE、LC_ALL、LC_MESSAGES、LANG）
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = 無法開啟視窗：{ $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = 本程式已在執行，但沒有回應：{ $error }。請從系統匣圖示結束程式（或在工作管理員中結束它），然後重新啟動。
