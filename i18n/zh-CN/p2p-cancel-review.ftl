# P2P Cancel Review — Simplified Chinese (mainland China), translated from the English reference (i18n/en).
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

app-title = P2P 取消申请助手
# The language's own name, in the language picker (Settings).
language-name = 简体中文
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Bybit P2P 取消申请
desktop-comment = 答复 Bybit P2P 卖家对您所买订单提出的取消申请
desktop-keywords = Bybit;P2P;加密货币;取消;订单;
desktop-action-practice = 练习模式（无需密钥，不涉及真实资金）

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit 拒绝了请求中的某个字段：{ $message }。请检查订单号、原因和凭证。（Bybit 代码 { $code }：{ $message }）
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = 您电脑的时钟比 Bybit 快 { $seconds } 秒，因此 Bybit 拒绝了请求。请在系统设置中开启自动设置时间，然后重试。（Bybit 代码 { $code }：{ $message }）
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = 您电脑的时钟比 Bybit 慢 { $seconds } 秒，因此 Bybit 拒绝了请求。请在系统设置中开启自动设置时间，然后重试。（Bybit 代码 { $code }：{ $message }）
# The clock is off, but Bybit did not say by how much.
error-api-10002 = 您电脑的时钟与 Bybit 不一致，因此 Bybit 拒绝了请求。请在系统设置中开启自动设置时间，然后重试。（Bybit 代码 { $code }：{ $message }）
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit 无法识别此 API 密钥。请检查密钥，并确认它是为当前环境创建的：主网的密钥不能在测试网使用，反之亦然。（Bybit 代码 { $code }：{ $message }）
error-api-10004 = 签名不匹配，说明 API Secret 有误。请重新输入 Secret，或在 Bybit 上创建新的 API 密钥。（Bybit 代码 { $code }：{ $message }）
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = 此 API 密钥没有管理 P2P 订单的权限。请在 Bybit 上编辑该密钥，勾选 P2P 订单权限（FiatP2P）。（Bybit 代码 { $code }：{ $message }）
error-api-10006 = 此账户在短时间内请求过多。请等待几秒后重试。（Bybit 代码 { $code }：{ $message }）
error-api-10010 = 此 API 密钥只能从其他 IP 地址使用。请在 Bybit 上把这台电脑的 IP 地址添加到该密钥，或取消 IP 限制。（Bybit 代码 { $code }：{ $message }）
error-api-10016 = Bybit 发生内部错误。请一分钟后重试。（Bybit 代码 { $code }：{ $message }）
error-api-10017 = Bybit 无法识别此请求。请确认环境或地址是 Bybit 的 API 主机。（Bybit 代码 { $code }：{ $message }）
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = 此 Bybit 账户无法使用 P2P API：Bybit 仅向 P2P 普通广告商开放。请在 Bybit 的 P2P 页面申请成为广告商。（Bybit 代码 { $code }：{ $message }）
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit 拒绝了请求：{ $message }。（Bybit 代码 { $code }：{ $message }）

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = 无法解析 Bybit 的响应（HTTP { $status }），因此结果未知。响应开头为：{ $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = 无法连接到 { $host }，未发送任何内容。请检查网络连接后重试。（{ $detail }）
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = Bybit 在 { $seconds } 秒内没有响应，因此结果未知。
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = 上传已停止：已经 { $seconds } 秒没有任何进展，已发送 { $reached }。请检查网络连接后重试。
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } / { $total } MB
# $detail: the system's technical reason.
error-connection-lost = 在收到响应之前，与 Bybit 的连接已中断，因此结果未知。（{ $detail }）
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = 这台电脑无法建立安全连接：{ $detail }。如使用 Linux，请安装 ca-certificates 软件包。

## An HTTP error status without a Bybit error code.

http-401 = Bybit 不接受这组 API 密钥（HTTP 401）。请检查 API 密钥和 Secret。
http-403 = Bybit 屏蔽了来自此 IP 地址的请求（HTTP 403）。可能是请求过多（请至少等待 10 分钟再重试），也可能是 Bybit 不向这台电脑联网所在的国家或地区提供服务。
http-404 = Bybit 无法识别此地址（HTTP 404）。请检查环境或基础 URL。
http-429 = Bybit 当前正在限制流量（HTTP 429）。请一分钟后重试。
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit 服务器出现问题（HTTP { $status }）。请几分钟后重试。
# $status: any other HTTP status.
http-other = Bybit 返回了 HTTP { $status }。
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } 响应开头为：{ $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = 练习
env-testnet = 测试网
env-mainnet = 主网
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = 主网（bytick.com）
env-netherlands = 荷兰
env-hong-kong = 中国香港
env-turkey = 土耳其
env-kazakhstan = 哈萨克斯坦
env-georgia = 格鲁吉亚
env-uae = 阿联酋
env-indonesia = 印度尼西亚
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = 未知环境“{ $name }”；请使用以下之一：{ $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = “{ $url }”不是网址；请写成 https://api.bybit.com 这样的形式
env-url-not-https = “{ $url }”未加密：只允许 https:// 地址（http:// 仅限本机，即 127.0.0.1 或 localhost）
env-url-has-extras = “{ $url }”只能是主机地址（如 https://api.bybit.com），不能包含路径、查询参数或密码

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = 等待区块链确认
status-waiting-payment = 等待买家付款
status-waiting-release = 等待卖家放币
status-under-appeal = 申诉中
status-cancelled = 已取消
status-finished = 已完成
status-payment-in-progress = 付款处理中
status-payment-failed = 付款失败
status-cancelled-exception = 已取消（异常）
status-waiting-token-choice = 等待买家选择币种
status-objection-in-progress = 异议处理中
status-waiting-objection = 等待提出异议
status-unknown = 未知状态
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = 支付方式 { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = 此账户没有保存 API 密钥。请在“账户”中重新添加。
keyring-not-kept = 系统密钥环没有正确保存密钥：读回的内容与保存的不一致。请重试，或仅在本次运行期间使用该密钥。
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = 系统密钥环出错：{ $detail }
# Shown after "The keyring failed: ".
keyring-damaged = 保存的密钥已损坏，请重新添加
# $detail: the system's own words.
keyring-locked = 系统密钥环拒绝访问（{ $detail }）。请先解锁（Linux 上为您的登录密钥环），然后重试。
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = 这台电脑没有运行密钥环服务，因此无法安全保存密钥。如使用 Linux，请安装 GNOME Keyring（Debian/Ubuntu 软件包 gnome-keyring）或 KWallet，注销并重新登录，然后再添加密钥。在此之前，您可以仅在本次运行期间使用该密钥：它只保存在内存中，关闭本应用后即被清除。
# $detail: the system's own words.
keyring-macos-unavailable = 无法打开 macOS 钥匙串：{ $detail }
# $detail: the system's own words.
keyring-windows-unavailable = 无法打开 Windows 凭据管理器：{ $detail }
keyring-unsupported-system = 此系统没有受支持的密钥环。

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = 练习账户
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = 无法读取账户文件 { $path }：{ $reason }
# $reason: the system's own words.
account-file-unsaved = 无法保存账户文件：{ $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = 请为账户起个名称，例如“主账户”或“2 号店”。
# $max: the longest name allowed, in characters.
account-name-too-long = 名称超过 { $max } 个字符。
account-name-invisible = 名称包含不可见字符。
# $name: the name the merchant typed.
account-name-taken = 已有名为“{ $name }”的账户。

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = 服务器时间
check-step-api-key = API 密钥
check-step-p2p-account = P2P 账户
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = 无法读取 Bybit 的服务器时间。{ $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = 无法检查密钥。{ $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = 已连接到 P2P 账户“{ $nickname }”（UID { $user }）。
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = 这台电脑的时钟比 Bybit 快 { $seconds } 秒。时钟偏快时 Bybit 会拒绝请求；本应用会自动校正，其他工具则不会。
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = 这台电脑的时钟比 Bybit 慢 { $seconds } 秒。本应用会自动校正。
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = 这台电脑的时钟与 Bybit 同步（误差在 { $seconds } 秒以内）。
check-clock-advice = 请在系统设置中开启自动设置日期和时间。

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = 此密钥为只读：可以列出订单，但无法答复取消申请。
check-key-read-only-advice = 请创建一个具有读写权限的新密钥。
# A fact in the list: the key may change things, not only read them.
check-key-read-write = 可读写
# A fact in the list.
check-key-p2p-permission = 已开通 P2P 订单权限
check-key-no-p2p-permission = 此密钥没有 P2P 订单权限。
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = 请在 Bybit 上编辑该密钥，勾选 P2P 订单权限（FiatP2P）。
# A fact in the list.
check-key-any-ip = 任何 IP 地址均可使用
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = 仅限 { $ips } 使用
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = 已于 { $date } 过期
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = 将于 { $date } 过期
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {"、"}
# $facts: the list of facts.
check-key-works = 密钥可用：{ $facts }。
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems }（{ $facts }）
check-key-expiring-advice = 请在此密钥过期前创建新密钥，并在这里重新添加。

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = 同意取消订单
# Choosing to refuse the seller's request to cancel the order.
decision-reject = 拒绝取消订单

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = 我已付款
reason-have-not-received-full-refund = 我未收到全额退款
# "Some other reason".
reason-others = 其他
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = “{ $value }”不是 Bybit 接受的原因；请使用 have-made-payment、have-not-received-full-refund 或 others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = 请输入订单号。
review-order-id-not-digits = 订单号只能包含数字（例如 1900004704665923584）。
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = 订单号最多 { $max } 位数字；此号码有 { $count } 位。
review-proof-link-empty = 有一个凭证链接为空。
# $max: the most characters a link may have.
review-proof-link-too-long = 凭证链接超过 { $max } 个字符。
# $link: the link as typed (a URL).
review-proof-link-comma = 凭证链接 { $link } 包含逗号，而 Bybit 使用逗号分隔各个凭证。
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = 凭证链接 { $link } 包含空格或不可见字符。
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = 凭证链接 { $link } 必须以 https:// 或 http:// 开头。
# $count: characters in the remark; $max: the limit.
review-remark-too-long = 备注有 { $count } 个字符，上限为 { $max } 个。
review-remark-control-characters = 备注包含不可见的控制字符。
review-decision-missing = 请选择同意还是拒绝取消订单。
review-reason-missing = 请选择拒绝取消订单的原因。
review-proofs-missing = 请至少添加一个凭证：截图、PDF 或链接。
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = 最多只能发送 { $max } 个凭证；请移除 { $extra } 个。

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = JPEG 图片
proof-kind-png = PNG 图片
proof-kind-pdf = PDF 文档
proof-kind-mp4 = MP4 视频
# $name: the file's name or path.
proof-file-not-found = 凭证文件 { $name }：文件不存在。
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = 凭证文件 { $name }：{ $what ->
        [folder] 这是文件夹，不是普通文件
        [pipe] 这是管道，不是普通文件
        [socket] 这是套接字，不是普通文件
        [device] 这是设备，不是普通文件
       *[other] 这不是普通文件
    }。请选择照片、PDF 或视频文件。
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = 凭证文件 { $name }：无法读取（{ $reason }）。
proof-file-empty = 凭证文件 { $name }：文件为空。
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = 凭证文件 { $name }：{ $size } MB 太大，上限为 { $limit } MB。请发送更小的照片或更短的视频。
# The extensions are literal.
proof-file-wrong-extension = 凭证文件 { $name }：只接受 .jpg、.jpeg、.png、.pdf 和 .mp4 文件。
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = 凭证文件 { $name }：文件名表明它是 { $claimed ->
        [jpeg] JPEG 图片
        [png] PNG 图片
        [pdf] PDF 文档
       *[mp4] MP4 视频
    }，但实际内容是 { $found ->
        [jpeg] JPEG 图片
        [png] PNG 图片
        [pdf] PDF 文档
        [mp4] MP4 视频
       *[other] 其他格式
    }。请以正确的格式重新导出。

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = 正在上传第 { $index } 个凭证，共 { $total } 个（{ $name }）……
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }，大约还需 { $left }
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = 正在发送答复……
submit-checking = Bybit 未给出明确响应：正在读取订单，确认答复是否已送达……
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit 要求降低请求频率；将在 { $seconds } 秒后重新发送……

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = 未发送任何内容：无法写入历史记录，而每条答复都必须先留有记录才会发出。{ $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = 订单 { $order } 未发送任何内容：{ $error }
# $name: the proof file's name.
submit-report-upload-failed = 订单 { $order } 未发送任何内容：凭证 { $name } 上传失败。{ $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = 未发送任何内容：您在已发送 { $reached } 时停止了凭证 { $name } 的上传。订单 { $order } 仍在等待您的答复。
submit-report-not-applied = 您对订单 { $order } 的答复未生效。{ $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } 随后本应用读取了订单 { $order }：它仍在等待您的答复，说明您的答复未生效。可以放心重新发送。
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } 随后本应用读取了订单 { $order }：它已不再等待您的答复（当前：{ $status }），说明您的答复已生效，这一点已通过读取订单确认。
# $check: why reading the order failed.
submit-report-check-failed = { $error } 随后本应用尝试读取订单 { $order } 以确认结果，但读取失败（{ $check }）。重新发送前，请先在 Bybit 上打开该订单查看。
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = 完成：您已同意卖家取消订单 { $order }（{ $environment }）。
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = 完成：您已拒绝卖家取消订单 { $order }（{ $environment }），原因：“{ $reason }”，附 { $count } 个凭证。

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = 无法打开历史记录文件 { $path }：{ $error }
submit-history-unusable = 无法读取或写入历史记录：{ $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = 无法创建文件夹 { $path }：{ $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = 历史记录文件已损坏：{ $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = 无法读取历史记录文件（{ $error }）。该文件已另存为 { $path }，并已新建历史记录；您之前的记录仍在该文件中。

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = 未知——请查看订单
outcome-accepted = 已接受
outcome-refused = 被拒绝
outcome-not-sent = 未发送
outcome-unknown = 未知

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = 时间
csv-column-environment = 环境
csv-column-account = 账户
csv-column-order = 订单
csv-column-decision = 决定
csv-column-reason = 原因
csv-column-proofs = 凭证
csv-column-remark = 备注
csv-column-outcome = 结果
csv-column-code = 代码
csv-column-message = 消息
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = 延迟_毫秒
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = 核实
csv-column-id = ID
# $error: the operating system's explanation.
csv-write-failed = 无法写入文件：{ $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } 秒
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } 分 { $seconds } 秒
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } 小时 { $minutes } 分
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } 分钟
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = 时间未知

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = 无故障
trouble-late-answer = Bybit 已执行，但响应太迟
trouble-dropped-connection = Bybit 执行后连接中断
trouble-server-error = Bybit 返回服务器错误（未执行）
trouble-web-page = Bybit 已执行，但返回的是网页
trouble-garbled-answer = Bybit 已执行，但响应内容为乱码
# 3 s: three seconds.
trouble-clock-behind = Bybit 的时钟比这台电脑慢 3 秒
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit 提示一次“请求过多”
trouble-ip-blocked = Bybit 屏蔽此 IP 地址（HTTP 403）
trouble-not-an-advertiser = 该账户不是 P2P 广告商
trouble-slow-upload = 文件上传缓慢（1 Mbit/s，普通家庭网络的速度）
trouble-stalled-upload = 文件上传到一半停止

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = 答复卖家的取消申请
# Under the heading.
form-intro = 填写订单和您的答复。发送前会再向您完整展示一次。
# Label of the order number field.
form-order-number = 订单号
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = 从订单页面粘贴，例如 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = 您的答复
# Small text under the "Accept the cancellation" button.
form-accept-explanation = 订单将被取消，加密货币仍归卖家所有。仅当您的钱已退回，或您从未付款时，才选择此项。
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = 订单不会被取消，将继续进行。如果您已付款，请选择此项，并提供原因和凭证。
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = 您已将此订单标记为已付款：向 { $seller } 支付了 { $amount } { $currency }。同意后订单将被取消，{ $token } 仍归卖家所有。仅当这笔 { $amount } { $currency } 已退回您的账户时，才同意。
# The same when the order's details are not known (yet).
guard-paid-unknown = 如果您已将此订单标记为已付款，同意后订单将被取消，加密货币仍归卖家所有。仅当您的钱已退回您的账户时，才同意。
# The same for an order in another status. $status: the status in words.
guard-other-status = 此订单的状态为“{ $status }”。同意卖家的申请会取消此订单。
# The box to tick before an Accept can be sent.
guard-refund-received = 这笔 { $amount } { $currency } 已退回我的账户，或我从未付过这笔钱
guard-refund-received-unknown = 我的钱已退回我的账户，或我从未付过款
# Beside the disabled send button.
guard-tick-first = 要同意，请先勾选上方的复选框。
# Above the answer buttons when something about the seller is worth a word.
warnings-title = 答复前请注意
# $days: the account's age in days.
warning-young-account = 请注意：这位卖家的账户注册仅 { $days } 天。
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] 请注意：这位卖家在 Bybit 上还没有完成过任何订单。
   *[other] 请注意：这位卖家在 Bybit 上仅完成了 { $count } 个订单。
}
# $percent: a whole number (62).
warning-low-completion = 请注意：这位卖家近 30 天的订单完成率仅为 { $percent }%。
# $words: the seller's own words, quoted as written.
warning-cancel-first = 请注意：卖家要求您先取消订单，并承诺会把钱退给您（“{ $words }”）。订单一旦取消，加密货币就仍归卖家所有，也没有任何措施能迫使卖家给您退款。
warning-system-error = 请注意：卖家提到系统错误或付款失败（“{ $words }”）。请自己查看您的银行账户；已付款的订单不会因为错误而被取消。
warning-off-platform = 请注意：卖家希望在 Bybit 之外沟通（“{ $words }”）。请只在订单聊天中沟通：如果您申诉，Bybit 客服看到的就是这里的记录。
# Label of the drop-down list of reasons for refusing.
form-reason = 原因
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = 选择原因…
# Label of the remark field (free text sent with a refusal).
form-remark = 备注（选填）
# Placeholder inside the empty remark field.
form-remark-hint = 希望卖家和 Bybit 客服了解的任何信息，可使用任何语言。
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $count } / { $max } 个字符
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = 正在准备……
# Button while proof files upload.
form-stop-upload = 取消上传
form-stop-upload-tooltip = 停止上传。您的答复不会发送，订单仍在等待您的答复。
# Button: opens the confirmation dialog.
form-review-and-send = 核对并发送…
# Beside the send button while the account is still connecting.
form-account-not-open = 账户尚未就绪。
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = 发送前请先处理：
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = 这台电脑的时钟比 Bybit 快 { $seconds } 秒。本应用会自动校正，但请在系统设置中开启自动设置日期和时间：时钟偏快时，Bybit 会拒绝请求。
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = 这台电脑的时钟比 Bybit 慢 { $seconds } 秒。本应用会自动校正，但请在系统设置中开启自动设置日期和时间：时钟偏快时，Bybit 会拒绝请求。

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Bybit 已接受答复
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = 答复已生效（已通过读取订单确认）
form-result-refused = Bybit 拒绝了此答复
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = 您的答复未生效
form-result-not-sent = 未发送任何内容
form-result-unknown = 结果未知：请在 Bybit 上查看订单
# Button.
form-send-again = 重新发送
# Button: clears the form for the next order.
form-answer-another = 答复另一个订单
# Button: opens the History tab.
form-see-in-history = 在历史记录中查看

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = 凭证
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = 付款截图、银行流水（.jpg、.png、.pdf）或短视频（.mp4），每个不超过 { $megabytes } MB；也可以是链接。最多 { $max } 个。
# Under the proof heading: what appeals value most.
proofs-video-advice = 在申诉中，Bybit 最看重录屏（.mp4），例如显示这笔付款的银行应用录屏。
# Button: opens a file dialog.
proofs-add-files = 添加文件…
# Beside the "Add files…" button.
proofs-drop-hint = 或将文件拖放到此窗口任意位置
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = 正在检查文件……
# Label of the field where links are pasted.
proofs-links = 链接
# Placeholder inside the empty links field.
proofs-links-hint = 粘贴一个或多个链接：https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = 添加链接
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = 图片
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = 链接
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = 链接
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
confirm-heading = 发送此答复？
# Warning at the top of the dialog.
confirm-cannot-undo = 此操作无法撤销：Bybit 一旦收到，答复即为最终决定。
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = 环境
confirm-account = 账户
confirm-order = 订单
confirm-decision = 决定
confirm-reason = 原因
confirm-proofs = 凭证
confirm-remark = 备注
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name }（文件，先上传）
# The "Remark" row when no remark was written.
confirm-remark-none = （无）
# Button: sends the answer.
confirm-send-now = 立即发送
# Button: closes the dialog without sending.
confirm-go-back = 返回
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter 发送 · Esc 返回

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = 订单详情
# Shown when no order is chosen yet.
details-empty = 在左侧选择订单，或输入订单号，即可在此查看详情。
# Beside a spinner while the order is being read from Bybit.
details-loading = 正在读取订单……
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = 卖家申请取消订单
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = “{ $reason }”
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = 剩余答复时间：{ $time }
details-no-request = 此订单没有待您答复的取消申请。
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = 您买入
details-you-sell = 您卖出
# Row name: the other side of the order (their nickname beside it).
details-seller = 卖家
details-buyer = 买家
details-amount = 金额
details-price = 价格
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency }/{ $token }
details-status = 状态
# Row name: when the order was created (a date and time beside it).
details-created = 创建时间
# Row name: the payment methods of the order.
details-payment = 支付方式
# The seller's record, in the order's details.
record-heading = 卖家
record-account-age = 账户注册时长
# $days: whole days.
record-days = { $days } 天
record-finished = 已完成订单
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total }（近 30 天 { $recent }）
record-completion = 完成率（30 天）
# $percent: a number (98.6).
record-percent = { $percent }%
record-ratings = 评价
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = 好评率 { $percent }%（好评 { $good }，差评 { $bad }）
record-presence = 在线状态
record-online = 当前在线
# $time: a date and time.
record-last-seen = 最后在线 { $time }
record-not-said = 未公开
record-history = 以往申请
record-history-none = 该卖家此前没有申请过
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = 此前 { $count } 次：同意 { $accepted } 次，拒绝 { $refused } 次
# $error: why, in full sentences.
record-unreadable = 无法读取卖家的信息。{ $error }
# The order's chat, in the details.
chat-heading = 与卖家的聊天
chat-loading = 正在读取聊天……
# $error: why, in full sentences.
chat-unreadable = 无法读取聊天；其他功能正常。{ $error }
chat-empty = 此聊天中没有消息。
chat-earlier = 显示更早的消息
chat-you = 您
# A file in the chat. $name: its file name.
chat-picture = 图片：{ $name }
chat-pdf = PDF：{ $name }
chat-video = 视频：{ $name }
chat-unknown = （本应用无法显示的消息类型）
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = 用作凭证
chat-used-as-proof = 已加入凭证

## The welcome screen (first run, no account yet).

welcome-heading = 答复卖家的取消申请
welcome-intro = 当 Bybit P2P 的卖家申请取消您所买的订单时，您需要同意或拒绝。本应用只需点击几下，就能连同您的凭证发送答复。
# Button: opens the dialog to add an account's API key.
welcome-add-key = 添加我的 Bybit API 密钥
# Under the "Add my Bybit API key" button.
welcome-key-note = 您的密钥保存在本机的系统密钥环中，绝不写入文件。
# Button: starts the practice mode (a simulated exchange).
welcome-practice = 试用练习模式
# Under the "Try practice mode" button.
welcome-practice-note = 在本机运行的模拟交易所，附带示例订单。无需密钥，不涉及真实资金。

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = 正在连接账户……
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = 未连接
# Button: checks the clock, the API key and the P2P account.
top-test-connection = 测试连接
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = 退出
# Button: opens the About dialog.
top-about = 关于
# Button: opens the Accounts dialog.
top-accounts = 账户…
# Button: opens the Settings dialog.
top-settings = 设置…
# Label of the account picker in the top bar.
top-account = 账户
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account }（{ $environment }）
# Tab: the answer form.
top-tab-answer = 答复申请
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = 答复申请（新增 { $count }）
# Tab: the history of answers sent, before it has been read.
top-tab-history = 历史记录
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = 历史记录（{ $count }）

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = 练习 · 非真实资金
# Badge of Bybit's testnet.
style-badge-testnet = 测试网 · 测试资金
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · 真实资金

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = 待您答复
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = 新增 { $count }
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = 新
# Button: reads every watched account now.
orders-refresh = 刷新
# Shown beside a spinner while the accounts are being read.
orders-checking = 正在检查……
# Shown when the merchant paused the watching.
orders-watching-paused = 监控已暂停
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit 暂时拒绝了这台电脑的访问
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit 返回了“403 Forbidden”：可能是来自此网络地址的请求过多（使用同一网络连接的其他应用或电脑也会计算在内），也可能是 Bybit 不向您所在的国家或地区提供服务。{ $host } 上的所有账户已暂停到 { $time }，之后会自动重新检查。
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $account } 有 { $count } 个订单无法读取：其中可能有待您答复的订单。几秒后会自动重试。
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = 订单 { $order }：{ $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = 检查于 { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = 检查
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = 每 { $count } 秒
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = 每 { $count } 分钟
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = 尽快
# Button: pauses the watching.
orders-pause = 暂停
# Button: resumes the watching.
orders-resume = 继续
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }：无法检查。
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = 下方订单来自上次成功检查的结果。
# Button: reads the accounts again.
orders-try-again = 重试
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = 重新检查 { $account }
# Shown when no cancel request waits.
orders-empty = 暂无待您答复的申请。
orders-empty-hint = 卖家申请取消您的某个订单时，该订单会显示在这里。
# Shown before the first list has arrived.
orders-looking = 正在查找取消申请……
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = 练习：模拟故障
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = 创建于 { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = 剩余 { $time }
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = 订单 { $order }，{ $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = 订单 { $order }，{ $amount } { $currency }，账户 { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = 正在读取历史记录……
# The history is empty for the filter chosen.
history-empty-filtered = 没有符合此筛选条件的答复。
# The history is empty.
history-empty = 尚未发送任何答复。
history-empty-hint = 您从此窗口或命令行发送的每条答复都会显示在这里。
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = 时间
history-column-environment = 环境
history-column-account = 账户
history-column-order = 订单
history-column-decision = 决定
history-column-reason = 原因
history-column-proofs = 凭证
history-column-outcome = 结果
history-column-latency = 延迟
# Filter label: an order number.
history-filter-order = 订单
# Hint in the empty order-number filter.
history-filter-order-hint = 任意订单
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = 结果
# Filter choice: every outcome.
history-filter-all = 全部
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count } 条记录
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = 导出 CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = 同意
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = 拒绝
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } 毫秒
# Button at the end of each row: shows the answer in full.
history-details = 详情
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome }（{ $code }）
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = 订单 { $order }
# Row names of that dialog.
history-entry-time = 时间
history-entry-environment = 环境
history-entry-account = 账户
history-entry-decision = 决定
history-entry-reason = 原因
history-entry-proofs = 凭证
# The merchant's remark to the seller.
history-entry-remark = 备注
history-entry-outcome = 结果
# Bybit's answer code (a number).
history-entry-bybit-code = Bybit 代码
# Bybit's message (shown as received).
history-entry-message = 消息
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = 事后核实
history-entry-latency = 延迟
# Button: closes the dialog.
history-entry-close = 关闭

## Settings

# Heading of the Settings dialog.
settings-title = 设置
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = 等待 Bybit 响应
# Label of the slider of that section.
settings-answer-timeout-seconds = 秒数
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}秒
settings-answer-timeout-explained = 如果在此时间内没有收到响应，本应用会读取订单，确认您的答复是否已送达；本应用绝不会自行重复发送。网络较慢时，上传一个凭证文件可能需要几分钟：只有在这段时间内毫无进展时，上传才会停止。
# Section: how often to read the accounts.
settings-watch = 监控取消申请
settings-watch-explained = 所有账户都会被监控，即使此窗口已最小化或关闭到系统托盘也是如此。每有新申请都会通知您，剩余 3 分钟时会再提醒一次。
# Checkbox.
settings-alert-sound = 每条通知都播放提示音
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = 登录时自动启动（隐藏在托盘中）
# Section: help from support.
settings-support = 技术支持
# Button: copies a report for support.
settings-copy-diagnostics = 复制诊断信息
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = 用于联系技术支持：包含版本、设置和最近的日志行；绝不包含密钥或 Secret。
# $path: a folder.
settings-logs-folder = 日志保存在 { $path }
# Button: closes the dialog.
settings-close = 关闭
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = 关于 { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = 版本 { $version }，适用于 { $os }（{ $arch }）
about-licence = 基于 MIT 许可证的自由软件：可自由使用、复制和分享。
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = 许可证全文
# Button.
about-open-data-folder = 打开数据文件夹
# Button.
about-open-logs-folder = 打开日志文件夹
about-data-folder-explained = 数据文件夹中保存历史记录、账户名称和设置。API 密钥从不存放在这里：它们保存在系统密钥环中。
# Button: closes the dialog.
about-close = 关闭

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = 连接检查：{ $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = 正在检查时钟、密钥和 P2P 账户……
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }：正常
check-dialog-step-warning = { $step }：警告
check-dialog-step-problem = { $step }：有问题
# $advice: a sentence saying what to do.
check-dialog-advice = 处理方法：{ $advice }
# Button: closes the dialog.
check-dialog-close = 关闭

## Accounts

# Heading of the Accounts dialog.
accounts-title = 账户
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = 确认删除 { $account }
# Button: does not delete the account.
accounts-keep = 保留
# Button. $account: the account's name.
accounts-delete = 删除 { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = 测试 { $account }
# Section: adding an API key.
accounts-add = 添加账户
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = 在 Bybit 上依次打开“账户 > API 管理 > 新建密钥”，选择“系统生成”，并勾选 P2P 订单权限。
# Field label: the account's name, chosen by the merchant.
accounts-name = 名称
# Example name in the empty field.
accounts-name-hint = 主店铺
# Field label: which Bybit site the key was made on.
accounts-environment = 环境
# The environment field before a choice.
accounts-environment-choose = 请选择…
accounts-api-key = API 密钥
accounts-api-secret = API Secret
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = 正在保存到系统密钥环……
# Main button: saves the key in the system keyring.
accounts-save = 保存到系统密钥环
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = 仅本次使用，关闭应用后清除
# Button: closes the dialog.
accounts-close = 关闭
# Errors of the form.
accounts-choose-environment = 请选择创建此密钥时所在的环境。
accounts-paste-key = 请粘贴 API 密钥。
accounts-paste-secret = 请粘贴 API Secret。

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = 关闭
notice-busy = 本应用正忙，请稍后再试。
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }。您需要重新添加账户。
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = 只有在拒绝取消订单时才会发送凭证文件：要使用这些文件，请选择“拒绝取消订单”。
notice-account-not-open = 账户尚未就绪；请稍候，或选择其他账户。
# $account: the account's name.
notice-key-kept-for-session = { $account }：密钥将保留到您关闭本应用为止，之后即被清除。
# $account: the account's name.
notice-key-saved = { $account }：密钥已保存到本机的系统密钥环。
# $account: the account's identifier.
notice-key-removed = { $account } 的密钥已从系统密钥环中删除。
# $error: the system's reason.
notice-key-not-removed = 无法从系统密钥环中删除密钥：{ $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = 未选择文件。如果没有弹出文件窗口，请直接将文件拖到此窗口中。
# $error: the system's reason.
notice-start-at-login-failed = 无法更改“登录时启动”设置：{ $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }：Bybit 要求放慢速度（此密钥的请求过多，可能有其他工具也在使用它）。接下来 { $minutes } 分钟内，此账户每 { $seconds } 秒检查一次。
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = 本应用正从磁盘映像运行。请将它拖到“应用程序”文件夹，从那里打开，然后重新开启此设置。
# $error: the system's reason.
notice-settings-not-saved = 无法保存设置：{ $error }
notice-diagnostics-copied = 诊断信息已复制。请将其粘贴到您发给技术支持的消息中：其中不含密钥，也不含 Secret。
# $count: how many answers were written; $path: the file.
notice-exported = 已将 { $count } 条记录导出到 { $path }
# $error: the reason.
notice-export-failed = 导出失败：{ $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = 无法打开文件夹（{ $error }）。文件夹位置：{ $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = 松开即可添加为凭证
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = 仍在系统托盘中监控取消申请。如需退出，请在托盘菜单中选择“退出”。
# Tray menu. $app: the app's name (app-title).
tray-open = 打开 { $app }
tray-refresh = 立即刷新
tray-pause = 暂停监控
tray-resume = 继续监控
tray-quit = 退出
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }：没有待您答复的取消申请
   *[other] { $app }：有 { $count } 个取消申请待您答复
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }：没有待您答复的取消申请（监控已暂停）
   *[other] { $app }：有 { $count } 个取消申请待您答复（监控已暂停）
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = 答复 Bybit P2P 卖家对您所买订单提出的取消申请：同意取消，或附上凭证拒绝取消。
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    答复 Bybit P2P 卖家对您所买订单提出的取消申请：同意取消，或附上凭证拒绝取消。

    不带命令运行时打开窗口。各命令所用的凭据来自用 `keys add` 保存的账户（--profile NAME），或来自环境变量 BYBIT_API_KEY 和 BYBIT_API_SECRET；--practice 不需要凭据。
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = 退出状态：0 交易所已接受，1 交易所已拒绝，2 输入无效（未发送任何内容），3 网络故障或结果未知。
# Help of --practice without a command (opens the window).
cli-help-practice-window = 以练习模式打开窗口：在本机运行的模拟交易所，无需 API 密钥
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = 启动时隐藏在系统托盘中，不显示窗口（与登录时启动相同）；如果没有系统托盘，则照常打开窗口
# Help of --order without a command (opens the window on that order).
cli-help-window-order = 打开窗口并载入此订单以便答复（如果应用已打开，则由已打开的应用接手）

# The commands, as --help lists them.
cli-about-review = 答复卖家对您所买订单提出的取消申请
cli-about-orders = 列出卖家已申请取消、正等待您答复的买入订单
cli-about-order = 显示单个订单：金额、卖家、状态、支付方式以及卖家的取消申请
cli-about-check = 测试连接：时钟是否与 Bybit 一致、密钥有哪些权限、P2P 账户
cli-about-watch = 监控取消申请，直到按 Ctrl+C 停止：每个新申请和每次截止提醒（剩余 3 分钟）各输出一行，先输出已在等待的申请
cli-about-practice-server = 在 127.0.0.1 上运行练习交易所，直到按 Ctrl+C 停止
cli-about-keys = 保存、列出或删除各账户的 API 密钥（保存在操作系统的密钥环中）

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Bybit 环境：mainnet（默认）、mainnet-bytick、testnet、nl、hk、tr、kz、ge、ae、id 或 practice
cli-help-base-url = 其他任意 Bybit API 主机（仅限 https；http 仅限 127.0.0.1 或 localhost）
cli-help-practice = 使用内置的练习交易所及其练习账户（无需密钥）
cli-help-profile = 使用用 `keys add` 保存的账户（密钥取自密钥环，并使用其环境）。如已设置 BYBIT_API_KEY 和 BYBIT_API_SECRET，则仍以它们为准
cli-help-timeout = 毫无进展时等待的秒数：Bybit 没有响应，或上传凭证文件时连一个字节也没有传出。网络较慢时，大文件只要仍在传输，可能需要几分钟（1 到 300）
cli-help-json = 输出一个 JSON 对象，而不是一句话

# Flags of `review` (and the order number of `order`).
cli-help-order = 订单号（仅限数字）
cli-help-pass = 同意卖家取消订单。只发送订单和决定
cli-help-reject = 拒绝卖家取消订单；需要 --reason，以及至少一个 --proof 或 --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = 拒绝原因：have-made-payment（我已付款）、have-not-received-full-refund（我未收到全额退款）或 others（其他）
cli-help-proof = 凭证链接（https:// 或 http://，不能含逗号或空格）。可重复使用以添加多个
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = 先上传的凭证文件：.jpg、.jpeg、.png、.pdf 或 .mp4，最大 { $megabytes } MB。可重复使用以添加多个
# $characters: the longest remark (500).
cli-help-remark = 拒绝时附带的备注（最多 { $characters } 个字符）

# Flags of `watch`.
cli-help-interval = 每轮的秒数：每个已标记为已付款的订单每轮读取一次。默认值 8 即“尽快”；无论每轮多长，每个账户每秒的读取次数都不会超过 1.5 次（1 到 3600）
cli-help-all = 监控用 `keys add` 保存的所有账户，每个账户使用各自的密钥和请求频率额度

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = 127.0.0.1 上的端口（0 表示自动选择空闲端口）
cli-help-trouble = 模拟故障，看看本应用如何应对
cli-help-late-by = 配合 --trouble late-answer 使用：响应延迟的秒数
cli-help-latency = 为每次响应增加一次网络往返时间，单位为毫秒（用于体验远离 Bybit 的商家需要等待多久；基准测试会用到）
cli-help-second-book = 再提供一组示例订单（不同的订单、不同的卖家），以便同时用两个账户练习：用 `keys add NAME --env practice --base-url URL` 将此交易所保存为账户
cli-help-refund-received = 配合 --pass 使用：确认您付的钱已退回您的账户，或您从未付款（同意会取消订单，加密货币仍归卖家所有）
cli-help-paid = 不使用示例订单，改为提供这么多个已标记为已付款、尚无取消申请的订单（配合 --unpaid 使用，可模拟商家忙碌的一天来监控）
cli-help-unpaid = 配合 --paid 使用：这么多个等待您付款的订单
cli-help-new-request-every = 每隔这么多秒，就有一位卖家申请取消一个已标记为已付款的订单（0：从不）

cli-usage = 用法：{ $usage }
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-help-help = 显示帮助
cli-help-version = 显示版本
cli-help-help-command = 显示本帮助或指定命令的帮助
cli-default = 默认：{ $value }
cli-error = 错误：{ $message }
cli-error-missing = 缺少必需的参数：{ $arguments }
cli-error-unknown-argument = 无法识别的参数：{ $argument }
cli-error-unknown-command = 未知命令：{ $command }
cli-error-invalid-value = { $value } 不是 { $argument } 的有效值
cli-error-possible-values = 可用的值：{ $values }
cli-error-conflict = { $argument } 不能与 { $other } 同时使用
cli-error-missing-command = 需要指定一个命令
cli-error-similar = 您是不是想输入 { $suggestion }？
cli-error-more = 更多信息请使用 '--help'。

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = 无法启动：{ $error }
cli-choose-pass-or-reject = 请使用 --pass 同意取消订单，或使用 --reject 拒绝取消订单。
# The history could not be opened. $error: why.
cli-nothing-sent = 未发送任何内容：{ $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = 注意：这台电脑的时钟比 Bybit 快 { $seconds } 秒。本应用已自动校正；请在系统设置中开启自动设置日期和时间。
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = 注意：这台电脑的时钟比 Bybit 慢 { $seconds } 秒。本应用已自动校正；请在系统设置中开启自动设置日期和时间。

# practice-server: $url is the exchange's address.
cli-practice-listening = 练习交易所正在监听 { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = 正在模拟：{ $trouble }。
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = 每次响应都会多花 { $milliseconds } 毫秒，如同远距离网络。
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  订单 { $order } 的卖家申请取消。
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API 密钥：{ $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = API Secret：{ $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = 试试：BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = 按 Ctrl+C 停止。
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = 练习交易所无法在端口 { $port } 上启动：{ $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = 练习交易所无法启动：{ $error }

# $name: what was typed after --profile.
cli-no-account-named = 没有名为“{ $name }”的账户。请查看 `p2p-cancel-review keys list`，或用 `keys add` 保存一个账户。
cli-account-address-invalid = 此账户的地址不是有效的 URL。
# In the terminal and in the window.
cli-environment-no-address = 此环境没有地址。
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = 来自 { $variable } 的密钥
# $name: a saved account's name.
cli-no-key-saved = “{ $name }”没有保存密钥。请用 `p2p-cancel-review keys add` 重新添加。
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = 没有 API 密钥：请使用 --profile NAME（用 `keys add` 保存），或设置 { $key_variable } 和 { $secret_variable }；也可以试试 --practice。

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = 无法读取您的订单。{ $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = 未发送任何内容。同意会取消订单，加密货币仍归卖家所有：如果您已付款，只有卖家退还，您的钱才会回来。如果钱已退回您的账户，或您从未付款，请用 --refund-received 确认。
# order ID: the sections after the order's facts.
cli-order-warnings = 答复前值得了解：
cli-order-record = 卖家：
cli-order-chat = 聊天中的最新消息（从早到晚）：
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind }（用作凭证：--proof { $path }）
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = 有 { $count } 个已标记为已付款的订单无法读取，因此上方列表中可能缺少这些订单：
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = 暂无待您答复的申请（{ $environment }）。
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = 有 { $count } 个订单待您答复（{ $environment }），最紧急的排在最前：
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $quantity } { $token }（{ $amount } { $currency }）  卖家 { $seller }  创建于 { $created }  剩余答复时间 { $left }
# Time left to answer, when not known.
cli-unknown = 未知
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = 时间未知

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = 无法读取订单 { $order }。{ $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = 订单 { $order }（{ $environment }）
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = 您买入 { $quantity } { $token }，支付 { $amount } { $currency }，单价 { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = 您卖出 { $quantity } { $token }，收款 { $amount } { $currency }，单价 { $price }
# $name: the other side's nickname.
cli-order-seller = 卖家：{ $name }
# $name: the other side's nickname.
cli-order-buyer = 买家：{ $name }
# $status: the order's status in words.
cli-order-status = 状态：{ $status }
# $time: date and time.
cli-order-created = 创建时间：{ $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = 支付方式：{ $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = 卖家申请取消订单：“{ $reason }”。剩余答复时间：{ $left }。
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = 卖家申请取消订单：未说明原因。剩余答复时间：{ $left }。
cli-order-no-cancel-request = 没有待您答复的取消申请。

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = 正在检查 { $account }（{ $environment }）：
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = 正常
cli-check-mark-warning = 警告
cli-check-mark-problem = 有问题
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = 处理方法：{ $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = 正在监控 { $accounts }，每 { $seconds } 秒检查一次：先显示已在等待的申请，再显示每个新申请。按 Ctrl+C 停止。
cli-watch-no-accounts = 尚未保存任何账户：请用 `p2p-cancel-review keys add` 添加。
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }：无法检查。{ $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }：{ $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  新取消申请  { $account }  订单 { $order }  { $amount } { $currency }  卖家 { $seller }  剩余答复时间 { $left }
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  即将截止  { $account }  订单 { $order }  { $amount } { $currency }  卖家 { $seller }  剩余答复时间 { $left }

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = 将账户的 API 密钥和 Secret 保存到操作系统的密钥环。会提示输入两者（Secret 输入时隐藏）；在脚本中使用时，请通过标准输入提供，第一行为密钥，第二行为 Secret
# Help of the NAME given to `keys add`.
keys-help-add-name = 账户名称，供 --profile 使用
keys-help-env = 创建该密钥时所在的 Bybit 环境：mainnet、mainnet-bytick、testnet、nl、hk、tr、kz、ge、ae 或 id
keys-help-base-url = 将此账户的请求发送到其他地址（仅限 https；http 仅限本机，例如用 `practice-server` 保持运行的练习交易所）
keys-about-list = 列出已保存的账户（绝不显示密钥）
keys-help-json = 输出一个 JSON 数组，而不是逐行输出
keys-about-delete = 删除账户，并从密钥环中删除其密钥
# Help of the NAME given to `keys delete`.
keys-help-delete-name = 账户名称

keys-practice-needs-no-key = 练习账户不需要密钥：请使用 --practice。（如果是用 `practice-server` 保持运行的练习交易所，请提供其 --base-url。）
# $reason: why, in a sentence.
keys-nothing-saved = 未保存任何内容。{ $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = 已保存“{ $name }”（{ $environment }）：密钥保存在本机的系统密钥环中。使用方法：--profile "{ $name }"。
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API 密钥（输入时隐藏）：
keys-prompt-secret = API Secret（输入时隐藏）：
keys-two-lines-needed = 未保存任何内容：请在第一行提供 API 密钥，在第二行提供 Secret。
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = 未保存任何内容：在 Windows 上，此终端也会读取您输入的内容，Secret 可能因此留在终端的历史记录中。请在应用窗口的“账户”中添加密钥，或通过标准输入提供 API 密钥和 Secret，每行一个。
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = 密钥在密钥环中
keys-state-missing = 密钥缺失：请重新添加
keys-state-keyring-unavailable = 密钥环不可用
# Keep the command to copy as it is.
keys-no-accounts = 尚无账户。添加账户：p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = 没有名为“{ $name }”的账户。
# $error: the system's reason.
keys-key-not-removed = 无法删除密钥：{ $error }
# $name: the account's name.
keys-deleted = 已删除“{ $name }”，并已从密钥环中删除其密钥。

## The window's background work.

worker-account-not-open = 此账户尚未就绪；请稍候再试。
worker-account-not-open-nothing-sent = 此账户尚未就绪；未发送任何内容。请稍候再试。
# $error: why the history file cannot be written.
worker-history-unwritable = 未发送任何内容：无法写入历史记录（{ $error }），而每条答复都必须先留有记录才会发出。

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = 取消申请 · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = 卖家 { $seller }，{ $amount } { $currency }：剩余答复时间 { $left }（订单 { $order }）。
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = 即将截止 · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = 卖家 { $seller } 的取消申请即将截止，剩余答复时间：{ $left }（{ $amount } { $currency }，订单 { $order }）。
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = 所剩无几
# Button on a notification: opens the app at the order.
alert-action-open = 打开

## File dialogs.

dialog-proof-files-title = 选择凭证文件
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = 照片、PDF、视频
dialog-export-history-title = 将历史记录导出为 CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = 语言
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = 跟随系统（{ $language }）
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = 文字大小：同时按 Ctrl 和 + 放大，Ctrl 和 − 缩小，Ctrl 和 0 还原（Mac 上用 Cmd 代替 Ctrl）。
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = 消息语言：en、ru、uk、es、pt-BR、tr、vi、id、zh-TW、zh-CN 或 fr（默认跟随系统：LANGUAGE、LC_ALL、LC_MESSAGES、LANG）
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = 无法打开窗口：{ $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = 本应用已在运行，但没有响应：{ $error }。请通过系统托盘图标退出应用（或在任务管理器中结束它），然后重新启动。
