# P2P Cancel Review — English, the reference language.
# Written for merchants: plain words, what happened first, what to do next.
# Arguments in { $braces } are filled in by the app; keep them, move them as the language needs.
# Numbers and amounts arrive already written the locale's way.

# The app's name: the window's title, the menu entry, the tray. A short name a merchant
# would use for it, not word for word; keep "P2P".
app-title = P2P Cancel Review
# The language's own name, in the language picker (Settings).
language-name = English
# The .desktop file (Linux application menus): what kind of program this is, and what it does.
desktop-generic-name = Bybit P2P cancel requests
desktop-comment = Answer a Bybit P2P seller's request to cancel an order you bought
# The menu entry's search words, separated and ended by ';' (keep Bybit and P2P).
desktop-keywords = Bybit;P2P;crypto;cancel;order;
# The menu entry's second action: opens the app in practice mode.
desktop-action-practice = Practice mode (no key, no real money)

## ---- core ----

## Core: Bybit's errors explained, environments, order statuses, the keyring, accounts and
## the connection check. "Bybit", "P2P", "API key", "FiatP2P", "HTTP" and package names
## (gnome-keyring, ca-certificates) are names: keep them as they are.
## $message, $snippet and $detail are the exchange's or the system's own words, in English,
## shown as received: never translate them, keep them where the sentence quotes them.

## Bybit refused a request: one message per error code. Each ends with the code and Bybit's own
## message in parentheses. $code: Bybit's error code (digits); $message: Bybit's message.

error-api-10001 = Bybit refused a field of the request: { $message }. Check the order number, the reason and the proofs. (Bybit code { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-ahead = Your computer's clock is { $seconds } s ahead of Bybit's, so Bybit refused the request. Turn on automatic time in your system settings and try again. (Bybit code { $code }: { $message })
# $seconds: how far the computer's clock is off, in seconds with one decimal ("1.9").
error-api-10002-behind = Your computer's clock is { $seconds } s behind Bybit's, so Bybit refused the request. Turn on automatic time in your system settings and try again. (Bybit code { $code }: { $message })
# The clock is off, but Bybit did not say by how much.
error-api-10002 = Your computer's clock differs from Bybit's, so Bybit refused the request. Turn on automatic time in your system settings and try again. (Bybit code { $code }: { $message })
# Mainnet: the real exchange; testnet: Bybit's test exchange (see the env- names).
error-api-10003 = Bybit does not recognise this API key. Check the key, and that it was made for this environment: a mainnet key does not work on testnet, and the reverse. (Bybit code { $code }: { $message })
error-api-10004 = The signature did not match, which means the API secret is wrong. Enter the secret again, or create a new API key on Bybit. (Bybit code { $code }: { $message })
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
error-api-10005 = This API key is not allowed to manage P2P orders. On Bybit, edit the key and tick the P2P order permission (FiatP2P). (Bybit code { $code }: { $message })
error-api-10006 = Too many requests from this account in a short time. Wait a few seconds and try again. (Bybit code { $code }: { $message })
error-api-10010 = This API key only works from other IP addresses. On Bybit, add this computer's IP address to the key, or remove the IP restriction. (Bybit code { $code }: { $message })
error-api-10016 = Bybit had an internal error. Try again in a minute. (Bybit code { $code }: { $message })
error-api-10017 = Bybit does not know this request. Check that the environment or address is a Bybit API host. (Bybit code { $code }: { $message })
# "P2P General Advertiser": Bybit's name for the merchant status.
error-api-912000014 = This Bybit account may not use the P2P API: Bybit allows it only for P2P General Advertisers. Apply for advertiser status on Bybit's P2P page. (Bybit code { $code }: { $message })
# Any other code: $message is Bybit's explanation, quoted twice as in English.
error-api-other = Bybit refused the request: { $message }. (Bybit code { $code }: { $message })

## Other failures talking to Bybit.

# $status: the HTTP status (digits); $snippet: the first characters of Bybit's answer.
error-unexpected-answer = Bybit's answer could not be understood (HTTP { $status }), so the result is unknown. It began with: { $snippet }
# $host: the server's address (api.bybit.com); $detail: the system's technical reason.
error-unreachable = Could not reach { $host }; nothing was sent. Check the internet connection and try again. ({ $detail })
# $seconds: a whole number of seconds ("s" is the unit's symbol).
error-timeout = No answer from Bybit within { $seconds } s, so the result is unknown.
# An upload that stopped moving. $seconds: the silence (20); $reached: "7.4 of 18.0 MB".
error-upload-stalled = The upload stopped: nothing moved for { $seconds } s, with { $reached } sent. Check your internet connection and try again.
# How much of a file went. $sent and $total: megabytes with one decimal (7.4, 18.0).
size-megabytes-of = { $sent } of { $total } MB
# $detail: the system's technical reason.
error-connection-lost = The connection to Bybit broke before the answer arrived, so the result is unknown. ({ $detail })
# $detail: the system's technical reason. ca-certificates is a Linux package name.
error-setup = This computer cannot open secure connections: { $detail }. On Linux, install the package ca-certificates.

## An HTTP error status without a Bybit error code.

http-401 = Bybit refused the credentials (HTTP 401). Check the API key and secret.
http-403 = Bybit blocked requests from this IP address (HTTP 403). Either there were too many requests (wait at least 10 minutes before trying again) or Bybit does not serve the country this computer connects from.
http-404 = Bybit does not know this address (HTTP 404). Check the environment or base URL.
http-429 = Bybit is limiting traffic right now (HTTP 429). Try again in a minute.
# $status: an HTTP status from 500 to 599.
http-server-problem = Bybit had a server problem (HTTP { $status }). Try again in a few minutes.
# $status: any other HTTP status.
http-other = Bybit answered with HTTP { $status }.
# $explanation: one of the http- sentences above; $snippet: the first characters of Bybit's answer.
http-with-snippet = { $explanation } The answer began with: { $snippet }

## Environments: where requests go. Practice is the simulated exchange built into the app (no
## money moves); Testnet is Bybit's test exchange; Mainnet is the real exchange; the others are
## Bybit's regional exchanges, named by country.

env-practice = Practice
env-testnet = Testnet
env-mainnet = Mainnet
# The real exchange through its alternative address bytick.com.
env-mainnet-bytick = Mainnet (bytick.com)
env-netherlands = Netherlands
env-hong-kong = Hong Kong
env-turkey = Turkey
env-kazakhstan = Kazakhstan
env-georgia = Georgia
env-uae = UAE
env-indonesia = Indonesia
# Command line: an unknown --env name. $name: what was typed; $names: the accepted names
# (mainnet, testnet, nl, ...), which are typed as they are.
env-unknown = unknown environment '{ $name }'; use one of: { $names }
# A refused custom address. $url: the address as typed.
env-url-not-a-url = '{ $url }' is not a web address; write it like https://api.bybit.com
env-url-not-https = '{ $url }' is not encrypted: only https:// addresses are allowed (plain http:// only on this computer, 127.0.0.1 or localhost)
env-url-has-extras = '{ $url }' must be just a host (like https://api.bybit.com), without a path, query or password

## An order's status, as a phrase after "Status:" or inside "it no longer awaits your answer
## (now …)".

status-waiting-blockchain = waiting for the blockchain
status-waiting-payment = waiting for the buyer to pay
status-waiting-release = waiting for the seller to release
status-under-appeal = under appeal
status-cancelled = cancelled
status-finished = finished
status-payment-in-progress = payment in progress
status-payment-failed = payment failed
status-cancelled-exception = cancelled (exception)
status-waiting-token-choice = waiting for the buyer to choose a token
status-objection-in-progress = objection in progress
status-waiting-objection = waiting for an objection
status-unknown = in an unknown state
# A payment method Bybit sent without a name. $code: Bybit's number for the payment type.
status-payment-type = payment type { $code }

## The keyring: where the app keeps API keys (Windows Credential Manager, macOS Keychain,
## GNOME Keyring or KWallet on Linux).

# "Accounts" is the name of the app's accounts window.
keyring-not-found = No API key is saved for this account. Add it again in Accounts.
keyring-not-kept = The keyring did not keep the key: reading it back gave something else. Try again, or use the key for this session only.
# $detail: the reason, either keyring-damaged or the system's own words.
keyring-failed = The keyring failed: { $detail }
# Shown after "The keyring failed: ".
keyring-damaged = the saved key is damaged; add it again
# $detail: the system's own words.
keyring-locked = The keyring refused access ({ $detail }). Unlock it (on Linux: your login keyring) and try again.
# gnome-keyring is a package name; GNOME Keyring and KWallet are program names.
keyring-no-secret-service = This computer has no keyring service running, so the key cannot be saved safely. On Linux, install GNOME Keyring (Debian/Ubuntu package gnome-keyring) or KWallet, log out and in again, then add the key. Until then you can use the key for this session only: it stays in memory and is forgotten when the app closes.
# $detail: the system's own words.
keyring-macos-unavailable = The macOS Keychain could not be opened: { $detail }
# $detail: the system's own words.
keyring-windows-unavailable = Windows Credential Manager could not be opened: { $detail }
keyring-unsupported-system = This system has no supported keyring.

## Accounts: a name and an environment each.

# The name of the practice account built into the app.
account-practice-name = Practice account
# $path: the file's location; $reason: the system's own words.
account-file-unreadable = The accounts file { $path } could not be read: { $reason }
# $reason: the system's own words.
account-file-unsaved = The accounts file could not be saved: { $reason }
# "Main" and "Shop 2" are example account names: translate them as names a merchant would pick.
account-name-missing = Give the account a name, like "Main" or "Shop 2".
# $max: the longest name allowed, in characters.
account-name-too-long = { $max ->
    [one] The name has more than { $max } character.
   *[other] The name has more than { $max } characters.
}
account-name-invisible = The name contains invisible characters.
# $name: the name the merchant typed.
account-name-taken = There is already an account named "{ $name }".

## The connection check ("Test connection"): three steps, each with a finding and, when
## something is wrong, advice.

# Step names, shown before the step's verdict.
check-step-server-time = Server time
check-step-api-key = API key
check-step-p2p-account = P2P account
# $error: a sentence explaining what went wrong (one of the error- messages).
check-time-unreadable = Bybit's server time could not be read. { $error }
# $error: a sentence explaining what went wrong (one of the error- messages).
check-key-unreadable = The key could not be checked. { $error }
# $nickname: the P2P account's nickname on Bybit; $user: its user number.
check-account-connected = Connected to the P2P account "{ $nickname }" (user { $user }).
# $seconds: how far the clock is off, with one decimal ("2.3").
check-clock-ahead = This computer's clock is { $seconds } s ahead of Bybit's. Bybit refuses requests from a clock that is ahead; this app corrects for it, other tools will not.
# $seconds: how far the clock is off, with one decimal ("6.0").
check-clock-behind = This computer's clock is { $seconds } s behind Bybit's. This app corrects for it.
# $seconds: how far the clock is off, with one decimal ("0.3").
check-clock-in-step = This computer's clock is in step with Bybit's (within { $seconds } s).
check-clock-advice = Turn on automatic date and time in your system settings.

## The API key step. The finding is either "The key works: FACTS." or "PROBLEMS (FACTS)", where
## FACTS is a list of the short phrases below (check-key-read-write, check-key-p2p-permission,
## check-key-any-ip or check-key-only-ips, check-key-expires or check-key-expired) joined by
## check-key-list-separator, and PROBLEMS the whole sentences check-key-read-only and
## check-key-no-p2p-permission.

check-key-read-only = The key is read-only: it can list orders but cannot answer a cancel request.
check-key-read-only-advice = Create a new key with read-write access.
# A fact in the list: the key may change things, not only read them.
check-key-read-write = read-write
# A fact in the list.
check-key-p2p-permission = P2P order permission present
check-key-no-p2p-permission = The key lacks the P2P order permission.
# "P2P order permission (FiatP2P)": the permission's name on Bybit's API key page.
check-key-no-p2p-permission-advice = On Bybit, edit the key and tick the P2P order permission (FiatP2P).
# A fact in the list.
check-key-any-ip = usable from any IP address
# A fact in the list. $ips: the IP addresses the key is limited to, joined by the separator.
check-key-only-ips = works only from { $ips }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expired = expired on { $date }
# A fact in the list. $date: the day, written 2026-12-01.
check-key-expires = expires on { $date }
# Between two facts of the list (in English a comma and a space).
check-key-list-separator = {", "}
# $facts: the list of facts.
check-key-works = The key works: { $facts }.
# $problems: one or two sentences of what is wrong; $facts: the list of facts.
check-key-problems = { $problems } ({ $facts })
check-key-expiring-advice = Create a new key before this one expires, and add it again here.

## ---- domain ----

## The answer to a seller's cancel request: choices, refusal reasons, the form's rules,
## proof files, sending progress and results, the history's outcomes and CSV export,
## durations and countdowns, and the practice exchange's simulated trouble.

## Decision (buttons of the answer form, also shown in the history and the confirmation).

# Choosing to let the seller cancel the order.
decision-pass = Accept the cancellation
# Choosing to refuse the seller's request to cancel the order.
decision-reject = Refuse the cancellation

## Why the merchant (the buyer) refuses the cancellation: the three reasons Bybit accepts.

reason-have-made-payment = I have already paid
reason-have-not-received-full-refund = I have not received a full refund
# "Some other reason".
reason-others = Other
# Command-line error. $value is what was typed. have-made-payment, have-not-received-full-refund
# and others are command-line values: keep them as they are.
reason-not-accepted = '{ $value }' is not a reason Bybit accepts; use have-made-payment, have-not-received-full-refund or others

## The answer form's rules (shown under the field that breaks them).

review-order-id-empty = Enter the order number.
review-order-id-not-digits = The order number has digits only (like 1900004704665923584).
# $max: the most digits allowed; $count: how many digits the typed number has.
review-order-id-too-long = The order number has at most { $max } { $max ->
        [one] digit
       *[other] digits
    }; this one has { $count }.
review-proof-link-empty = A proof link is empty.
# $max: the most characters a link may have.
review-proof-link-too-long = Proof link is longer than { $max } { $max ->
        [one] character
       *[other] characters
    }.
# $link: the link as typed (a URL).
review-proof-link-comma = Proof link { $link } contains a comma, which Bybit uses to separate proofs.
# $link: the link as typed, with invisible characters written as escapes (\u{200b}).
review-proof-link-invisible = Proof link { $link } contains spaces or invisible characters.
# $link: the link as typed. https:// and http:// are literal.
review-proof-link-not-web = Proof link { $link } must start with https:// or http://.
# $count: characters in the remark; $max: the limit.
review-remark-too-long = The remark has { $count } { $count ->
        [one] character
       *[other] characters
    }; the limit is { $max }.
review-remark-control-characters = The remark contains invisible control characters.
review-decision-missing = Choose whether to accept or refuse the cancellation.
review-reason-missing = Choose why you refuse the cancellation.
review-proofs-missing = Add at least one proof: a screenshot, a PDF or a link.
# $max: the most proofs one answer can carry; $extra: how many proofs to remove.
review-proofs-too-many = At most { $max } { $max ->
        [one] proof
       *[other] proofs
    } can be sent; remove { $extra }.

## Proof files (photos, PDFs, videos the merchant attaches), checked before uploading.

# The kinds of proof file, shown next to a file's size ("JPEG image · 1.2 MB").
proof-kind-jpeg = JPEG image
proof-kind-png = PNG image
proof-kind-pdf = PDF document
proof-kind-mp4 = MP4 video
# $name: the file's name or path.
proof-file-not-found = Proof file { $name }: no such file.
# $name: the file's name. $what says what the path is instead of a file.
proof-file-not-a-file = Proof file { $name }: this is { $what ->
        [folder] a folder
        [pipe] a pipe
        [socket] a socket
        [device] a device
       *[other] not a regular file
    }, not a regular file. Choose a photo, PDF or video file.
# $name: the file's name; $reason: the operating system's explanation (not translated).
proof-file-unreadable = Proof file { $name }: it cannot be read ({ $reason }).
proof-file-empty = Proof file { $name }: it is empty.
# $size: the file's size in megabytes, already written with one decimal (21.4);
# $limit: the largest size accepted, in megabytes.
proof-file-too-large = Proof file { $name }: { $size } MB is too large; the limit is { $limit } MB. Send a smaller photo or a shorter video.
# The extensions are literal.
proof-file-wrong-extension = Proof file { $name }: only .jpg, .jpeg, .png, .pdf and .mp4 files are accepted.
# The file's extension promises one kind ($claimed) but its content is another ($found,
# "other" when it is none of the accepted kinds).
proof-file-content-mismatch = Proof file { $name }: its name says { $claimed ->
        [jpeg] JPEG image
        [png] PNG image
        [pdf] PDF document
       *[mp4] MP4 video
    } but its content is { $found ->
        [jpeg] JPEG image
        [png] PNG image
        [pdf] PDF document
        [mp4] MP4 video
       *[other] something else
    }. Export it again in the right format.

## Sending an answer: the progress line.

# $index: which file (from 1); $total: how many files; $name: the file's name.
submit-uploading = Uploading proof { $index } of { $total } ({ $name })…
# A large file's upload. $start: the line above ("Uploading proof 1 of 1 (video.mp4)…");
# $reached: "7.4 of 18.0 MB"; $left: a duration ("2 min 10 s").
submit-uploading-progress = { $start } { $reached }, about { $left } left
# The same, before the speed is known.
submit-uploading-progress-starting = { $start } { $reached }
submit-sending = Sending the answer…
submit-checking = No clear answer from Bybit: reading the order to see whether the answer arrived…
# Bybit's rate limit; $seconds: the wait before sending again.
submit-slowing-down = Bybit asked to slow down; sending again in { $seconds } s…

## Sending an answer: what became of it (one sentence or two, shown after sending).
## $order: the order number. $error: the app's explanation of what went wrong (a whole
## sentence or more, already translated).

submit-report-history-unwritable = Nothing was sent: the history could not be written, and no answer leaves without a record. { $error }
# $error: why the proof file was refused ("Proof file a.png: it is empty.").
submit-report-proof-refused = Nothing was sent for order { $order }: { $error }
# $name: the proof file's name.
submit-report-upload-failed = Nothing was sent for order { $order }: the proof { $name } could not be uploaded. { $error }
# The merchant pressed Cancel during an upload. $reached: "7.4 of 18.0 MB".
submit-report-upload-stopped = Nothing was sent: you stopped the upload of { $name } at { $reached }. Order { $order } still awaits your answer.
submit-report-not-applied = Your answer for order { $order } was not applied. { $error }
# After a request whose result was unknown ($error says why), the app read the order.
submit-report-checked-not-applied = { $error } The app then read order { $order }: it still awaits your answer, so your answer was not applied. It is safe to send it again.
# $status: the order's status now ("Finished", "Cancelled"…).
submit-report-checked-applied = { $error } The app then read order { $order }: it no longer awaits your answer (now { $status }), so your answer was applied, confirmed by reading the order.
# $check: why reading the order failed.
submit-report-check-failed = { $error } The app then tried to read order { $order } to find out, but could not ({ $check }). Open the order on Bybit before sending again.
# $environment: where the answer went (the environment's short name, e.g. mainnet, testnet, practice).
submit-report-accepted = Done: you accepted the seller's cancellation of order { $order } ({ $environment }).
# $reason: the refusal reason's label (reason-… above); $count: how many proofs went with it.
submit-report-refused = Done: you refused the seller's cancellation of order { $order } ({ $environment }), reason "{ $reason }", with { $count } { $count ->
        [one] proof
       *[other] proofs
    }.

## The history of answers sent (a database file on this computer).

# $path: the file's path; $error: the database's explanation (not translated).
submit-history-open-failed = The history file { $path } could not be opened: { $error }
submit-history-unusable = The history could not be read or written: { $error }
# $path: a folder's path; $error: the operating system's explanation.
submit-history-folder-failed = The folder { $path } could not be created: { $error }
# Shown inside the parentheses of submit-history-recovered; $detail: the database's own words.
submit-history-damaged = the history file is damaged: { $detail }
# $error: why it could not be read; $path: where the damaged file now is.
submit-history-recovered = The history file could not be read ({ $error }). It was kept aside as { $path } and a new history was started; your earlier records are in that file.

## How a sent answer ended (history list and filter; lowercase, they follow a label).

# Written before sending and never completed (the app stopped mid-send): the merchant must check the order on Bybit.
outcome-sending = unknown — check the order
outcome-accepted = accepted
outcome-refused = refused
outcome-not-sent = not sent
outcome-unknown = unknown

## The history exported as a CSV file for a spreadsheet: the header row's column names.
## Keep them short; the rows below keep the stored values (PASS, REJECT, accepted…).

csv-column-time = time
csv-column-environment = environment
csv-column-account = account
csv-column-order = order
csv-column-decision = decision
csv-column-reason = reason
csv-column-proofs = proofs
csv-column-remark = remark
csv-column-outcome = outcome
csv-column-code = code
csv-column-message = message
# How long Bybit took to answer, in milliseconds.
csv-column-latency-ms = latency_ms
# How an unknown result was settled by reading the order afterwards.
csv-column-verification = verification
csv-column-id = id
# $error: the operating system's explanation.
csv-write-failed = The file could not be written: { $error }

## Durations and countdowns: time left to answer an order. Units are abbreviated
## (s = seconds, min = minutes, h = hours). Numbers arrive as numbers (for plural forms),
## except those written with two digits ("05"), which arrive as text.

# Under a minute: "45 s".
time-seconds = { $seconds } s
# Under an hour: "24 min 05 s"; $seconds always two digits.
time-minutes-seconds = { $minutes } min { $seconds } s
# An hour or more: "2 h 05 min"; $minutes always two digits.
time-hours-minutes = { $hours } h { $minutes } min
# A countdown in a list, while there is time: "24 min".
time-minutes = { $minutes } min
# A countdown when time is short, like a clock: "1:37"; $seconds always two digits.
time-clock = { $minutes }:{ $seconds }
# A date and time that could not be shown.
time-unknown = unknown time

## The practice exchange's trouble picker: what can go wrong, simulated.

trouble-none = No trouble
trouble-late-answer = Bybit acts, but answers too late
trouble-dropped-connection = The connection drops after Bybit acts
trouble-server-error = Bybit fails with a server error (does not act)
trouble-web-page = Bybit acts, but answers with a web page
trouble-garbled-answer = Bybit acts, but its answer is garbled
# 3 s: three seconds.
trouble-clock-behind = Bybit's clock is 3 s behind this computer's
# "too many requests" is what Bybit says (error 10006).
trouble-too-many-requests = Bybit says "too many requests" once
trouble-ip-blocked = Bybit blocks this IP address (HTTP 403)
trouble-not-an-advertiser = The account is not a P2P advertiser
trouble-slow-upload = Files upload slowly (1 Mbit/s, an ordinary home connection)
trouble-stalled-upload = A file's upload stops halfway

## ---- form ----

## The answer form (the main window's form to answer a seller's cancel request).

# Heading of the answer form.
form-heading = Answer a seller's cancel request
# Under the heading.
form-intro = Fill in the order and your answer. You will see everything once more before it is sent.
# Label of the order number field.
form-order-number = Order number
# Placeholder inside the empty order number field; the digits are an example order number.
form-order-number-hint = Paste it from the order page, e.g. 1900004704665923584
# Label above the two big buttons "Accept the cancellation" / "Refuse the cancellation".
form-your-answer = Your answer
# Small text under the "Accept the cancellation" button.
form-accept-explanation = The order is cancelled and the crypto stays with the seller. Choose this only if your money is back, or you never paid.
# Small text under the "Refuse the cancellation" button.
form-refuse-explanation = The order stays open. Choose this if you have paid; give a reason and proof.
# The paid-order guard, under the answer when it is Accept. $amount $currency: "50,000.00 RUB";
# $seller: the seller's nickname; $token: "USDT".
guard-paid = You marked this order paid: { $amount } { $currency } to { $seller }. Accepting cancels it and the { $token } stays with the seller. Accept only if the { $amount } { $currency } is back in your account.
# The same when the order's details are not known (yet).
guard-paid-unknown = If you marked this order paid, accepting cancels it and the crypto stays with the seller. Accept only if your money is back in your account.
# The same for an order in another status. $status: the status in words.
guard-other-status = This order is "{ $status }". Accepting the seller's request cancels it.
# The box to tick before an Accept can be sent.
guard-refund-received = The { $amount } { $currency } is back in my account, or I never sent it
guard-refund-received-unknown = My money is back in my account, or I never sent it
# Beside the disabled send button.
guard-tick-first = To accept, first tick the box above.
# Above the answer buttons when something about the seller is worth a word.
warnings-title = Before you answer
# $days: the account's age in days.
warning-young-account = { $days ->
    [one] Be careful: this seller's account is only one day old.
   *[other] Be careful: this seller's account is only { $days } days old.
}
# $count: the seller's finished orders in all.
warning-few-orders = { $count ->
    [0] Be careful: this seller has not finished a single order on Bybit yet.
    [one] Be careful: this seller has finished only one order on Bybit.
   *[other] Be careful: this seller has finished only { $count } orders on Bybit.
}
# $percent: a whole number (62).
warning-low-completion = Be careful: this seller completed only { $percent } % of their orders in the last 30 days.
# $words: the seller's own words, quoted as written.
warning-cancel-first = Be careful: the seller asks you to cancel first and promises to pay you back ("{ $words }"). Once the order is cancelled the crypto stays with the seller, and nothing makes them refund you.
warning-system-error = Be careful: the seller speaks of a system error or a failed payment ("{ $words }"). Check your bank account yourself; a paid order is not cancelled because of an error.
warning-off-platform = Be careful: the seller wants to talk outside Bybit ("{ $words }"). Keep to the order chat: it is what Bybit's support sees if you appeal.
# Label of the drop-down list of reasons for refusing.
form-reason = Reason
# Shown in the reasons drop-down list before a reason is chosen.
form-reason-placeholder = Choose a reason…
# Label of the remark field (free text sent with a refusal).
form-remark = Remark (optional)
# Placeholder inside the empty remark field.
form-remark-hint = Anything the seller and Bybit support should know, in any language.
# Counter under the remark field. $count: characters typed; $max: the most allowed.
form-remark-count = { $max ->
    [one] { $count } / { $max } character
   *[other] { $count } / { $max } characters
}
# Beside a spinner while the answer is being prepared, before the first progress step.
form-preparing = Preparing…
# Button while proof files upload.
form-stop-upload = Cancel upload
form-stop-upload-tooltip = Stops the upload. Your answer is not sent, and the order still awaits it.
# Button: opens the confirmation dialog.
form-review-and-send = Review and send…
# Beside the send button while the account is still connecting.
form-account-not-open = The account is not open yet.
# Title of the list of problems to fix, shown after trying to send an incomplete form.
form-before-sending = Before sending:
# Warning when this computer's clock runs ahead of Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-ahead = This computer's clock is { $seconds } s ahead of Bybit's. The app corrects for it, but turn on automatic date and time in your system settings: Bybit refuses requests from a clock that is ahead.
# Warning when this computer's clock runs behind Bybit's. $seconds: e.g. "2.5" (already formatted).
form-clock-behind = This computer's clock is { $seconds } s behind Bybit's. The app corrects for it, but turn on automatic date and time in your system settings: Bybit refuses requests from a clock that is ahead.

## Result of sending the answer: a title (followed by an explanation) and buttons.

# Bybit confirmed the answer itself.
form-result-accepted = Answer accepted
# Bybit's reply was unclear, but reading the order afterwards showed the answer was applied.
form-result-applied = Answer applied (confirmed by reading the order)
form-result-refused = Bybit refused the answer
# The answer did not take effect, and it is safe to send it again.
form-result-not-applied = Your answer was not applied
form-result-not-sent = Nothing was sent
form-result-unknown = Result unknown: check the order on Bybit
# Button.
form-send-again = Send again
# Button: clears the form for the next order.
form-answer-another = Answer another order
# Button: opens the History tab.
form-see-in-history = See it in the history

## Proofs (files and links attached to a refusal), inside the answer form.

# Label of the proofs section.
proofs-heading = Proof
# Under "Proof". $megabytes: largest file size allowed, in MB; $max: most proofs allowed.
proofs-explanation = Screenshots of your payment, bank statements (.jpg, .png, .pdf) or a short video (.mp4), up to { $megabytes } MB each; or links. At most { $max }.
# Under the proof heading: what appeals value most.
proofs-video-advice = Bybit's appeals give most weight to a screen recording (.mp4), for example of your bank app showing the payment.
# Button: opens a file dialog.
proofs-add-files = Add files…
# Beside the "Add files…" button.
proofs-drop-hint = or drop files anywhere on this window
# Beside a spinner while dropped or picked files are checked.
proofs-checking-files = Checking files…
# Label of the field where links are pasted.
proofs-links = Links
# Placeholder inside the empty links field.
proofs-links-hint = Paste one or more links: https://…
# Button: adds the pasted links to the proofs.
proofs-add-links = Add links
# A short tag (a few capital letters) in place of a thumbnail for an image without one (PDF and MP4 keep those names).
proofs-tag-image = IMG
# A short tag (a few capital letters) in place of a thumbnail for a link.
proofs-tag-link = LINK
# Under a link in the list of proofs: what kind of proof it is.
proofs-link = Link
# Under a file's name in the list of proofs. $kind: e.g. "PNG image"; $size: e.g. "245 KB".
proofs-file-kind-size = { $kind } · { $size }
# Button removing one proof from the list.
proofs-remove = Remove
# Hover text of the "Remove" button. $name: the file name or the link.
proofs-remove-hover = Remove { $name }
# A file's size in kilobytes. $size: a whole number (at most 1024).
proofs-size-kb = { $size } KB
# A file's size in megabytes. $size: the number, e.g. "3.4", already formatted.
proofs-size-mb = { $size } MB

## The confirmation dialog shown before an answer is sent: exactly what will be sent.

# Title of the dialog.
confirm-heading = Send this answer?
# Warning at the top of the dialog.
confirm-cannot-undo = This cannot be undone: once Bybit has it, the answer is final.
# Row names in the table of what will be sent (the value is beside each).
confirm-environment = Environment
confirm-account = Account
confirm-order = Order
confirm-decision = Decision
confirm-reason = Reason
confirm-proofs = Proofs
confirm-remark = Remark
# One proof file in the "Proofs" row; files are uploaded before the answer is sent. $name: the file name.
confirm-proof-file = { $name } (file, uploaded first)
# The "Remark" row when no remark was written.
confirm-remark-none = (none)
# Button: sends the answer.
confirm-send-now = Send now
# Button: closes the dialog without sending.
confirm-go-back = Go back
# Small hint beside the buttons: the Enter and Esc keys.
confirm-keys-hint = Enter sends · Esc goes back

## Order details, shown beside the answer form.

# Heading of the panel.
details-heading = Order details
# Shown when no order is chosen yet.
details-empty = Choose an order on the left, or type its number, to see its details here.
# Beside a spinner while the order is being read from Bybit.
details-loading = Reading the order…
# Title of the box shown when the seller has asked to cancel and the merchant must answer.
details-seller-asks = The seller asks to cancel
# The seller's own words for cancelling, in quotation marks. $reason: the seller's text (not translated).
details-cancel-reason = "{ $reason }"
# Time left before the cancel request expires. $time: a countdown, e.g. "14 min" or "0:45".
details-time-left = { $time } left to answer
details-no-request = No cancel request awaits your answer on this order.
# Row names in the table of the order's facts; the first row names what the merchant gets or gives.
details-you-buy = You buy
details-you-sell = You sell
# Row name: the other side of the order (their nickname beside it).
details-seller = Seller
details-buyer = Buyer
details-amount = Amount
details-price = Price
# The price value. $price: the number, already formatted; $currency: e.g. "RUB"; $token: e.g. "USDT".
details-price-value = { $price } { $currency } per { $token }
details-status = Status
# Row name: when the order was created (a date and time beside it).
details-created = Created
# Row name: the payment methods of the order.
details-payment = Payment
# The seller's record, in the order's details.
record-heading = The seller
record-account-age = Account age
# $days: whole days.
record-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
record-finished = Orders finished
# $total: in all; $recent: in the last 30 days.
record-finished-value = { $total } ({ $recent } in 30 days)
record-completion = Completed (30 days)
# $percent: a number (98.6).
record-percent = { $percent } %
record-ratings = Ratings
# $percent: the share of good ratings; $good, $bad: how many of each.
record-ratings-value = { $percent } % good ({ $good } good, { $bad } bad)
record-presence = Seen
record-online = online now
# $time: a date and time.
record-last-seen = last seen { $time }
record-not-said = not said
record-history = Earlier requests
record-history-none = none from this seller before
# $count: earlier orders of this seller with a cancel request; $accepted, $refused: how answered.
record-history-value = { $count } before: { $accepted } accepted, { $refused } refused
# $error: why, in full sentences.
record-unreadable = The seller's record could not be read. { $error }
# The order's chat, in the details.
chat-heading = Chat with the seller
chat-loading = Reading the chat…
# $error: why, in full sentences.
chat-unreadable = The chat could not be read; everything else works. { $error }
chat-empty = No messages in this chat.
chat-earlier = Show earlier messages
chat-you = You
# A file in the chat. $name: its file name.
chat-picture = Picture: { $name }
chat-pdf = PDF: { $name }
chat-video = Video: { $name }
chat-unknown = (a kind of message this app cannot show)
# Button beside a file in the chat: adds it to the refusal's proofs by its Bybit path.
chat-use-as-proof = Use as proof
chat-used-as-proof = In your proofs

## The welcome screen (first run, no account yet).

welcome-heading = Answer a seller's cancel request
welcome-intro = When a seller on Bybit P2P asks to cancel an order you bought, you accept or refuse. This app sends your answer, with your proof, in a few clicks.
# Button: opens the dialog to add an account's API key.
welcome-add-key = Add my Bybit API key
# Under the "Add my Bybit API key" button.
welcome-key-note = Your key stays in this computer's keychain, never in a file.
# Button: starts the practice mode (a simulated exchange).
welcome-practice = Try practice mode
# Under the "Try practice mode" button.
welcome-practice-note = A simulated exchange on this computer, with sample orders. No key, no real money.

## ---- panels ----

## Panels: the top bar, the orders list, the history, the dialogs (settings, about,
## connection check, accounts), the notices at the bottom of the window and the tray.

## Top bar

# Shown beside a spinner while the account's connection is being opened.
top-opening-account = Opening the account…
# Shown in red in the top bar when the account in use could not connect.
top-not-connected = Not connected
# Button: checks the clock, the API key and the P2P account.
top-test-connection = Test connection
# Button: ends the app (shown when closing the window only hides it in the tray).
top-quit = Quit
# Button: opens the About dialog.
top-about = About
# Button: opens the Accounts dialog.
top-accounts = Accounts…
# Button: opens the Settings dialog.
top-settings = Settings…
# Label of the account picker in the top bar.
top-account = Account
# An entry of the account picker. $account: the account's name (as the merchant typed it);
# $environment: where its key works (Mainnet, Testnet, Practice…).
top-account-choice = { $account } ({ $environment })
# Tab: the answer form.
top-tab-answer = Answer a request
# Tab: the answer form, when cancel requests arrived that the merchant has not looked at yet.
# $count: how many.
top-tab-answer-new = { $count ->
    [one] Answer a request ({ $count } new)
   *[other] Answer a request ({ $count } new)
}
# Tab: the history of answers sent, before it has been read.
top-tab-history = History
# Tab: the history of answers sent. $count: how many answers it holds (with the filter).
top-tab-history-count = History ({ $count })

## Environment badge (always visible in the top bar)

# Badge of the practice mode: a simulated exchange.
style-badge-practice = PRACTICE · no real money
# Badge of Bybit's testnet.
style-badge-testnet = TESTNET · test funds
# Badge of a real exchange. $environment: its name in capitals (MAINNET, NETHERLANDS…).
style-badge-real-money = { $environment } · REAL MONEY

## Orders awaiting an answer (the list on the left)

# Heading of the list of cancel requests awaiting the merchant's answer.
orders-awaiting-heading = Awaiting your answer
# Badge beside the heading: requests that arrived since the merchant last looked.
orders-new-badge = { $count ->
    [one] { $count } new
   *[other] { $count } new
}
# Small badge on one order's card: it arrived since the merchant last looked.
orders-new-order-badge = NEW
# Button: reads every watched account now.
orders-refresh = Refresh
# Shown beside a spinner while the accounts are being read.
orders-checking = Checking…
# Shown when the merchant paused the watching.
orders-watching-paused = Watching paused
# Above the accounts, when Bybit answered HTTP 403 (an IP ban or a country it does not serve).
orders-host-paused-title = Bybit is refusing this computer for now
# $host: Bybit's address (api.bybit.com); $time: a time of day (14:35).
orders-host-paused = Bybit answered "403 Forbidden": too many requests from this internet address (other apps or computers behind the same connection count too), or a country Bybit does not serve. Every account on { $host } is paused until { $time }, then checked again by itself.
# Above the list, when some orders marked paid could not be read. $account: the account's name.
orders-unread = { $count ->
    [one] One order of { $account } could not be read: it may await your answer. It is tried again in a few seconds.
   *[other] { $count } orders of { $account } could not be read: one may await your answer. They are tried again in a few seconds.
}
# One order that could not be read. $order: its number; $error: why, in full sentences.
orders-unread-order = Order { $order }: { $error }
# When the accounts were last read. $time: a time of day (14:05:09).
orders-checked-at = checked { $time }
# Small label before the choice of how often to look for requests ("Look every minute").
orders-look = Look
# How often the accounts are read, in seconds. $count: the seconds (30).
orders-watch-every-seconds = every { $count } s
# How often the accounts are read, in minutes. $count: the minutes (1, 2 or 5).
orders-watch-every-minutes = { $count ->
    [one] every minute
   *[other] every { $count } minutes
}
# The default choice of how often to look: each order marked paid read every few seconds.
orders-watch-asap = as soon as possible
# Button: pauses the watching.
orders-pause = Pause
# Button: resumes the watching.
orders-resume = Resume
# A watched account could not be read (the reason follows on the next line).
# $account: the account's name.
orders-account-not-checked = { $account }: could not be checked.
# Said under a failing account that still has orders on screen.
orders-account-last-good-list = Its orders below are from the last successful check.
# Button: reads the accounts again.
orders-try-again = Try again
# Tooltip of "Try again". $account: the account's name.
orders-try-again-tooltip = Check { $account } again
# Shown when no cancel request waits.
orders-empty = Nothing awaits your answer.
orders-empty-hint = When a seller asks to cancel one of your orders, it appears here.
# Shown before the first list has arrived.
orders-looking = Looking for cancel requests…
# Practice mode only: label of a list of simulated problems (errors, timeouts) of the exchange.
orders-practice-trouble = Practice: simulate trouble
# On an order's card: when the order was created. $time: a time of day (14:05).
orders-created-at = created { $time }
# On an order's card: the time left to answer. $time: a countdown (4:59, or 1 h 05 min).
orders-time-left = { $time } left
# An order's card as screen readers announce it. $order: the order number; $amount: the
# amount, written the locale's way; $currency: the fiat currency's code (USD, RUB).
orders-card-label = Order { $order } { $amount } { $currency }
# The same, when several accounts are watched. $account: the account's name.
orders-card-label-with-account = Order { $order } { $amount } { $currency }, account { $account }

## History (every answer sent)

# Shown beside a spinner while the history is read.
history-reading = Reading the history…
# The history is empty for the filter chosen.
history-empty-filtered = No answer matches this filter.
# The history is empty.
history-empty = No answers sent yet.
history-empty-hint = Every answer you send, from this window or the command line, appears here.
# Column titles of the history table (kept short: the columns are narrow).
history-column-time = Time
history-column-environment = Environment
history-column-account = Account
history-column-order = Order
history-column-decision = Decision
history-column-reason = Reason
history-column-proofs = Proofs
history-column-outcome = Outcome
history-column-latency = Latency
# Filter label: an order number.
history-filter-order = Order
# Hint in the empty order-number filter.
history-filter-order-hint = any order
# Filter label: the outcome of the answer (accepted, refused…).
history-filter-outcome = Outcome
# Filter choice: every outcome.
history-filter-all = All
# How many answers the history shows (with the filter). $count: how many.
history-entries = { $count ->
    [one] { $count } entry
   *[other] { $count } entries
}
# Button: saves the history (with the filter) as a CSV file.
history-export-csv = Export CSV…
# Decision column: the merchant accepted the seller's cancellation.
history-decision-accept = accept
# Decision column: the merchant refused the seller's cancellation.
history-decision-refuse = refuse
# A duration in milliseconds. $ms: the number.
history-latency-ms = { $ms } ms
# Button at the end of each row: shows the answer in full.
history-details = Details
# Outcome column, with Bybit's code. $outcome: the outcome in words; $code: Bybit's code.
history-outcome-with-code = { $outcome } ({ $code })
# Heading of the dialog showing one answer in full. $order: the order number.
history-entry-title = Order { $order }
# Row names of that dialog.
history-entry-time = Time
history-entry-environment = Environment
history-entry-account = Account
history-entry-decision = Decision
history-entry-reason = Reason
history-entry-proofs = Proofs
# The merchant's remark to the seller.
history-entry-remark = Remark
history-entry-outcome = Outcome
# Bybit's answer code (a number).
history-entry-bybit-code = Bybit code
# Bybit's message (shown as received).
history-entry-message = Message
# What reading the order afterwards showed, when the outcome was unknown at first.
history-entry-checked-afterwards = Checked afterwards
history-entry-latency = Latency
# Button: closes the dialog.
history-entry-close = Close

## Settings

# Heading of the Settings dialog.
settings-title = Settings
# Section: how long to wait for Bybit's answer to an answer sent.
settings-answer-timeout = Wait for Bybit's answer
# Label of the slider of that section.
settings-answer-timeout-seconds = Seconds
# Unit after the slider's number (keep the space before it, written {" "}).
settings-answer-timeout-suffix = {" "}s
settings-answer-timeout-explained = If no answer comes in this time, the app reads the order to find out whether your answer arrived, and never sends it twice by itself. A proof file may take minutes to upload on a slow connection: it stops only when nothing moves for this long.
# Section: how often to read the accounts.
settings-watch = Look for cancel requests
settings-watch-explained = Every account is watched, even while this window is minimised or closed to the tray. A notification tells you of each new request, and again when 3 minutes are left.
# Checkbox.
settings-alert-sound = Play a sound with each notification
# Checkbox: the app starts with the computer, hidden in the system tray.
settings-start-at-login = Start when I log in, in the tray
# Section: help from support.
settings-support = Support
# Button: copies a report for support.
settings-copy-diagnostics = Copy diagnostics
# Beside "Copy diagnostics".
settings-copy-diagnostics-explained = for a message to support: versions, settings, recent log lines; never a key or secret.
# $path: a folder.
settings-logs-folder = Logs are kept in { $path }
# Button: closes the dialog.
settings-close = Close
# Button: opens the About dialog. $app: the app's name (app-title).
settings-about = About { $app }…

## About

# $version: the app's version (1.4.0); $os: the operating system (linux, windows, macos);
# $arch: the processor (x86_64, aarch64).
about-version = Version { $version } for { $os } ({ $arch })
about-licence = Free software under the MIT licence: use, copy and share it freely.
# Heading that unfolds the licence's text (the text itself stays in English).
about-licence-text = Licence text
# Button.
about-open-data-folder = Open the data folder
# Button.
about-open-logs-folder = Open the logs folder
about-data-folder-explained = The data folder holds the history, the accounts' names and the settings. API keys are never there: they stay in the system keyring.
# Button: closes the dialog.
about-close = Close

## Connection check ("Test connection")

# Heading. $account: the account's name.
check-dialog-title = Connection check: { $account }
# Shown beside a spinner while the check runs.
check-dialog-checking = Checking the clock, the key and the P2P account…
# A step of the check, and its verdict. $step: the step's name (Clock, API key…).
check-dialog-step-good = { $step }: OK
check-dialog-step-warning = { $step }: Warning
check-dialog-step-problem = { $step }: Problem
# $advice: a sentence saying what to do.
check-dialog-advice = What to do: { $advice }
# Button: closes the dialog.
check-dialog-close = Close

## Accounts

# Heading of the Accounts dialog.
accounts-title = Accounts
# Button: deletes the account for good (asked after "Delete"). $account: the account's name.
accounts-delete-confirm = Yes, delete { $account }
# Button: does not delete the account.
accounts-keep = Keep
# Button. $account: the account's name.
accounts-delete = Delete { $account }
# Button: checks the account's connection. $account: the account's name.
accounts-test = Test { $account }
# Section: adding an API key.
accounts-add = Add an account
# Where to make a key on Bybit. "Account > API Management > Create New Key", "System-generated"
# and "P2P order" are Bybit's own labels: write them as Bybit's website does in your language.
accounts-add-how = On Bybit, open Account > API Management > Create New Key, choose "System-generated" and tick the P2P order permission.
# Field label: the account's name, chosen by the merchant.
accounts-name = Name
# Example name in the empty field.
accounts-name-hint = Main shop
# Field label: which Bybit site the key was made on.
accounts-environment = Environment
# The environment field before a choice.
accounts-environment-choose = Choose…
accounts-api-key = API key
accounts-api-secret = API secret
# Shown beside a spinner while the key is saved in the system keyring.
accounts-saving = Saving in the keychain…
# Main button: saves the key in the system keyring.
accounts-save = Save in keychain
# Button offered when the system keyring cannot keep keys.
accounts-save-for-session = Use this key until I close the app
# Button: closes the dialog.
accounts-close = Close
# Errors of the form.
accounts-choose-environment = Choose the environment this key was made for.
accounts-paste-key = Paste the API key.
accounts-paste-secret = Paste the API secret.

## Notices (at the bottom of the window)

# Button: hides a notice.
notice-dismiss = Dismiss
notice-busy = The app is busy; try again in a moment.
# $error: why the accounts file could not be read (ends without a full stop).
notice-accounts-unreadable = { $error }. Your accounts will need to be added again.
# "Refuse the cancellation" is the name of a button of the answer form: use the same words.
notice-proofs-only-when-refusing = Proof files are sent only when you refuse the cancellation: choose "Refuse the cancellation" to use them.
notice-account-not-open = The account is not open yet; wait a moment, or choose another account.
# $account: the account's name.
notice-key-kept-for-session = { $account }: the key is kept until you close the app, then forgotten.
# $account: the account's name.
notice-key-saved = { $account }: the key is saved in this computer's keychain.
# $account: the account's identifier.
notice-key-removed = The key of { $account } was removed from the keychain.
# $error: the system's reason.
notice-key-not-removed = The key could not be removed from the keychain: { $error }
# Under the proof picker, when the file window returned no file.
notice-no-file-chosen = No file chosen. If no file window opened, drag the files onto this window instead.
# $error: the system's reason.
notice-start-at-login-failed = Starting at login could not be changed: { $error }
# Bybit answered 10006 (too many requests for this account). $account: the account's name;
# $minutes: how long (5); $seconds: the slower round (16).
notice-watch-slowed = { $account }: Bybit asked to slow down (too many requests on this key, perhaps from another tool using it). For the next { $minutes } minutes this account is checked every { $seconds } s.
# macOS: the app runs from its disk image (or a temporary copy), which is gone at the next login.
autostart-move-to-applications = the app is running from its disk image. Drag it onto Applications, open it from there, and turn this on again.
# $error: the system's reason.
notice-settings-not-saved = The settings could not be saved: { $error }
notice-diagnostics-copied = Diagnostics copied. Paste them into your message to support: they hold no key and no secret.
# $count: how many answers were written; $path: the file.
notice-exported = { $count ->
    [one] Exported { $count } entry to { $path }
   *[other] Exported { $count } entries to { $path }
}
# $error: the reason.
notice-export-failed = The export failed: { $error }
# $error: the system's reason; $path: the folder (so the merchant can open it by hand).
notice-folder-not-opened = The folder could not be opened ({ $error }). It is { $path }

## Window and tray

# Written across the window while files are dragged over it.
window-drop-to-add-proof = Drop to add as proof
# Notification the first time closing the window hides it in the system tray.
window-closed-to-tray = Still watching for cancel requests in the tray. To quit, choose Quit in its menu.
# Tray menu. $app: the app's name (app-title).
tray-open = Open { $app }
tray-refresh = Refresh now
tray-pause = Pause watching
tray-resume = Resume watching
tray-quit = Quit
# Tooltip of the tray icon. $app: the app's name (app-title); $count: requests awaiting an answer.
tray-tooltip = { $count ->
    [0] { $app }: No cancel request awaits your answer
    [one] { $app }: { $count } cancel request awaits your answer
   *[other] { $app }: { $count } cancel requests await your answer
}
# The same, while the merchant paused the watching.
tray-tooltip-paused = { $count ->
    [0] { $app }: No cancel request awaits your answer (watching paused)
    [one] { $app }: { $count } cancel request awaits your answer (watching paused)
   *[other] { $app }: { $count } cancel requests await your answer (watching paused)
}

## ---- cli ----

## Command line (p2p-cancel-review in a terminal), the worker's alerts and file dialogs.
## Keep as they are: command and flag names (--pass, --proof-file, `keys add`...), values a
## merchant types (mainnet, have-made-payment...), environment variable names (BYBIT_API_KEY),
## "Ctrl+C", "127.0.0.1", "JSON", and what is between `backquotes`.

## Command line help (--help). The short help of a flag or command has no final period.

# The program's one-line description, at the top of --help.
cli-about = Answer a Bybit P2P seller's request to cancel an order you bought: accept it or refuse it with proof.
# The program's description in --help: two paragraphs, separated by an empty line.
cli-long-about =
    Answer a Bybit P2P seller's request to cancel an order you bought: accept it or refuse it with proof.

    Without a command, opens the window. Credentials for the commands come from an account saved with `keys add` (--profile NAME) or from the environment variables BYBIT_API_KEY and BYBIT_API_SECRET; --practice needs none.
# At the end of --help: the numbers are the program's exit statuses.
cli-after-help = Exit status: 0 accepted by the exchange, 1 refused by the exchange, 2 invalid input (nothing sent), 3 network failure or unknown outcome.
# Help of --practice without a command (opens the window).
cli-help-practice-window = Open the window in practice mode: a simulated exchange on this computer, no API key needed
# Help of --hidden. The tray: the icons next to the system clock.
cli-help-hidden = Start in the tray without showing the window (as when starting at login); where no tray shows, the window opens as usual
# Help of --order without a command (opens the window on that order).
cli-help-window-order = Open the window with this order in the answer form (the app already open takes it over)

# The commands, as --help lists them.
cli-about-review = Answer a seller's request to cancel an order you bought
cli-about-orders = List your buy orders whose seller asked to cancel and that await your answer
cli-about-order = Show one order: amounts, seller, status, payment, and the seller's cancel request
cli-about-check = Test the connection: the clock against Bybit's, what the key may do, the P2P account
cli-about-watch = Watch for cancel requests until stopped with Ctrl+C: one line per new request and per deadline warning (3 minutes left), first for those already waiting
cli-about-practice-server = Run the practice exchange on 127.0.0.1 until stopped with Ctrl+C
cli-about-keys = Save, list or delete the API keys of your accounts (kept in the OS keyring)

# Flags shared by the commands that talk to the exchange. The environment names are values to type: keep them.
cli-help-env = Bybit environment: mainnet (default), mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae, id, or practice
cli-help-base-url = Any other Bybit API host (https only; http only on 127.0.0.1 or localhost)
cli-help-practice = Use the built-in practice exchange and its practice account (no key needed)
cli-help-profile = Use an account saved with `keys add` (its key from the keyring, its environment). BYBIT_API_KEY and BYBIT_API_SECRET still win when set
cli-help-timeout = Seconds to wait while nothing moves: no answer from Bybit, or no byte of a proof file taken while it uploads. A large file on a slow connection may take minutes, as long as it moves (1 to 300)
cli-help-json = Print one JSON object instead of a sentence

# Flags of `review` (and the order number of `order`).
cli-help-order = The order number (digits only)
cli-help-pass = Accept the seller's cancellation. Sends only the order and the decision
cli-help-reject = Refuse the seller's cancellation; needs --reason and at least one --proof or --proof-file
# The three reasons are values to type: keep them.
cli-help-reason = Why you refuse: have-made-payment, have-not-received-full-refund or others
cli-help-proof = A proof link (https:// or http://, no commas or spaces). Repeat for more
# $megabytes: the largest file size, in megabytes (20).
cli-help-proof-file = A proof file to upload first: .jpg, .jpeg, .png, .pdf or .mp4, at most { $megabytes } MB. Repeat for more
# $characters: the longest remark (500).
cli-help-remark = { $characters ->
        [one] A remark for the refusal (at most { $characters } character)
       *[other] A remark for the refusal (at most { $characters } characters)
    }

# Flags of `watch`.
cli-help-interval = Seconds per round: each order marked paid is read once a round. The default, 8, is as soon as possible; an account is never read more than 1.5 times a second, whatever the round (1 to 3600)
cli-help-all = Watch every account saved with `keys add`, each with its own key and rate budget

# Flags of `practice-server`, the simulated exchange for trying the app out.
cli-help-port = Port on 127.0.0.1 (0 picks a free one)
cli-help-trouble = Simulate trouble, to see how the app copes
cli-help-late-by = With --trouble late-answer: how late the answer comes, in seconds
cli-help-latency = Add a network's round trip to every answer, in milliseconds (to see the wait of a merchant far from Bybit; used by the benchmarks)
cli-help-second-book = Hold a second set of sample orders (other orders, other sellers), to practise with two accounts at once: save this exchange as an account with `keys add NAME --env practice --base-url URL`
cli-help-refund-received = With --pass: confirms that the money you paid is back in your account, or that you never sent it (accepting cancels the order and the crypto stays with the seller)
cli-help-paid = Instead of the sample orders: this many orders marked paid, no cancel request yet (with --unpaid, a busy merchant's day to watch)
cli-help-unpaid = With --paid: this many orders awaiting your payment
cli-help-new-request-every = A seller asks to cancel one of the orders marked paid this often, in seconds (0: never)

# The command line's own words around the help texts above (clap's, made ours): the headings
# of --help, its built-in flags, a default value, and the usage errors. $usage: the command's
# syntax (p2p-cancel-review review [OPTIONS] --order <ID>); $message: one of the cli-error-
# sentences below. $argument, $other, $arguments: flags as typed (--order <ID>); $value: what
# was typed; $values: the values accepted, comma-separated; $suggestion: a flag or command.
cli-usage = Usage: { $usage }
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given command
cli-default = default: { $value }
cli-error = error: { $message }
cli-error-missing = required but not given: { $arguments }
cli-error-unknown-argument = unexpected argument: { $argument }
cli-error-unknown-command = unknown command: { $command }
cli-error-invalid-value = { $value } is not a valid value for { $argument }
cli-error-possible-values = possible values: { $values }
cli-error-conflict = { $argument } cannot be used with { $other }
cli-error-missing-command = a command is needed
cli-error-similar = did you mean { $suggestion }?
cli-error-more = For more information, try '--help'.

## Command line: messages.

# $error: the system's reason, in English.
cli-could-not-start = Could not start: { $error }
cli-choose-pass-or-reject = Say --pass to accept the cancellation or --reject to refuse it.
# The history could not be opened. $error: why.
cli-nothing-sent = Nothing was sent: { $error }
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-ahead = Note: this computer's clock is { $seconds } s ahead of Bybit's. The app corrected for it; turn on automatic date and time in your system settings.
# After an answer was sent. $seconds: how far the clock is off, one decimal ("1.9"); "s": seconds.
cli-clock-behind = Note: this computer's clock is { $seconds } s behind Bybit's. The app corrected for it; turn on automatic date and time in your system settings.

# practice-server: $url is the exchange's address.
cli-practice-listening = Practice exchange listening on { $url }
# practice-server --trouble: $trouble names the simulated trouble.
cli-practice-simulating = Simulating: { $trouble }.
# practice-server --latency: $milliseconds added to every answer.
cli-practice-latency = Every answer takes { $milliseconds } ms more, like a distant network.
# practice-server --new-request-every: printed when a seller asks to cancel. $time: the time
# with seconds; $order: the order number.
cli-practice-request-opened = { $time }  The seller of order { $order } asked to cancel.
# $key: the practice key (not a secret), shown as is.
cli-practice-api-key = API key: { $key }
# $secret: the practice secret (not a real secret), shown as is.
cli-practice-api-secret = API secret: { $secret }
# A command line to copy: translate only "Try:".
cli-practice-try = Try: BYBIT_API_KEY={ $key } BYBIT_API_SECRET={ $secret } p2p-cancel-review orders --base-url { $url }
cli-stop-ctrl-c = Stop with Ctrl+C.
# $port: the port asked for; $error: the system's reason.
cli-practice-not-started-on-port = The practice exchange could not start on port { $port }: { $error }
# In the terminal and in the window. $error: the system's reason.
cli-practice-not-started = The practice exchange could not start: { $error }

# $name: what was typed after --profile.
cli-no-account-named = No account is named "{ $name }". See `p2p-cancel-review keys list`, or save one with `keys add`.
cli-account-address-invalid = This account's address is not a valid URL.
# In the terminal and in the window.
cli-environment-no-address = This environment has no address.
# The name of the account whose key came from an environment variable ($variable: BYBIT_API_KEY).
cli-account-from-env = key from { $variable }
# $name: a saved account's name.
cli-no-key-saved = No key is saved for "{ $name }". Add it again with `p2p-cancel-review keys add`.
# $key_variable, $secret_variable: BYBIT_API_KEY and BYBIT_API_SECRET.
cli-no-api-key = No API key: use --profile NAME (saved with `keys add`), or set { $key_variable } and { $secret_variable }; or try --practice.

# `orders`. $error: why, in a sentence or two.
cli-orders-unreadable = Could not read your orders. { $error }
# review --pass without --refund-received: nothing is sent.
cli-pass-needs-refund-received = Nothing was sent. Accepting cancels the order and the crypto stays with the seller: if you paid, your money comes back only if the seller returns it. If it is back in your account, or you never sent it, confirm with --refund-received.
# order ID: the sections after the order's facts.
cli-order-warnings = Worth knowing before you answer:
cli-order-record = The seller:
cli-order-chat = Last messages in the chat (oldest first):
# A file in the chat, with what to give --proof to use it. $kind: "Picture: receipt.png".
cli-order-chat-file = { $kind } (use as proof: --proof { $path })
# After the list, on standard error, when some orders could not be read (one line each follows).
cli-orders-unread = { $count ->
    [one] One order marked paid could not be read, so it may be missing above:
   *[other] { $count } orders marked paid could not be read, so they may be missing above:
}
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-orders-none = Nothing awaits your answer ({ $environment }).
# Above the list. $count: how many orders; $environment: the exchange's name.
cli-orders-heading = { $count ->
        [one] { $count } order awaits your answer ({ $environment }), most urgent first:
       *[other] { $count } orders await your answer ({ $environment }), most urgent first:
    }
# One order in the list, on one line (two spaces between the parts). $order: the order number;
# $amount $currency: what is paid (15,350.00 RUB); $quantity $token: what is bought (200 USDT);
# $seller: the seller's nickname; $created: date and time; $left: time left ("12 min").
cli-orders-line = { $order }  { $amount } { $currency } for { $quantity } { $token }  seller { $seller }  created { $created }  { $left } left to answer
# Time left to answer, when not known.
cli-unknown = unknown
# A time that is not known (when the order was created, or time left to answer).
cli-unknown-time = unknown time

# `order ID`: one order, a fact per line. $order: the order number; $error: why.
cli-order-unreadable = Could not read order { $order }. { $error }
# $environment: the exchange's name (mainnet, testnet, practice, custom...).
cli-order-heading = Order { $order } ({ $environment })
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-buy = You buy { $quantity } { $token } for { $amount } { $currency } at { $price }
# $quantity $token: the crypto (200 USDT); $amount $currency: the money (15,350.00 RUB); $price: per unit.
cli-order-you-sell = You sell { $quantity } { $token } for { $amount } { $currency } at { $price }
# $name: the other side's nickname.
cli-order-seller = Seller: { $name }
# $name: the other side's nickname.
cli-order-buyer = Buyer: { $name }
# $status: the order's status in words.
cli-order-status = Status: { $status }
# $time: date and time.
cli-order-created = Created: { $time }
# $methods: the payment methods, separated by commas.
cli-order-payment = Payment: { $methods }
# $reason: the seller's own words, as written; $left: time left ("12 min").
cli-order-cancel-request = The seller asks to cancel: "{ $reason }". { $left } left to answer.
# $left: time left ("12 min").
cli-order-cancel-request-no-reason = The seller asks to cancel: no reason given. { $left } left to answer.
cli-order-no-cancel-request = No cancel request awaits your answer.

# `check`. $account: the account's name; $environment: the exchange's name.
cli-check-heading = Checking { $account } ({ $environment }):
# The verdict of each step of the check, in a column before it (capitals, short).
cli-check-mark-ok = OK
cli-check-mark-warning = WARNING
cli-check-mark-problem = PROBLEM
# Under a step that went wrong. $advice: what to do, in a sentence.
cli-check-advice = What to do: { $advice }

# `watch`. $accounts: the accounts' names, separated by commas; $seconds: how often.
cli-watch-start = Watching { $accounts } every { $seconds } s: first the requests already waiting, then each new one. Stop with Ctrl+C.
cli-watch-no-accounts = No account is saved yet: add one with `p2p-cancel-review keys add`.
# $time: the time of day; $account: the account's name; $message: why, in a sentence or two.
cli-watch-failed = { $time }  { $account }: could not be checked. { $message }
# A note about the watch (slowing down, a pause, an order not read). Two spaces between the parts.
cli-watch-note = { $time }  { $account }: { $message }
# One line per new cancel request (two spaces between the parts). $time: the time of day;
# $account: the account's name; $order: the order number; $amount $currency: 15,350.00 RUB;
# $seller: the seller's nickname; $left: time left ("12 min").
cli-watch-new-request = { $time }  new cancel request  { $account }  order { $order }  { $amount } { $currency }  seller { $seller }  { $left } left to answer
# One line when a request's deadline is near; the arguments as in cli-watch-new-request.
cli-watch-deadline-soon = { $time }  deadline soon  { $account }  order { $order }  { $amount } { $currency }  seller { $seller }  { $left } left to answer

## `keys`: accounts and their API keys in the system's keyring.

keys-about-add = Save an account's API key and secret in the OS keyring. Asks for both (the secret hidden); from a script, give them on standard input, the key on the first line and the secret on the second
# Help of the NAME given to `keys add`.
keys-help-add-name = A name for the account, used with --profile
keys-help-env = The Bybit environment the key was made for: mainnet, mainnet-bytick, testnet, nl, hk, tr, kz, ge, ae or id
keys-help-base-url = Send this account's requests to another address (https only; http only on this computer, such as a practice exchange kept running with `practice-server`)
keys-about-list = List the saved accounts (never their keys)
keys-help-json = One JSON array instead of lines
keys-about-delete = Delete an account and remove its key from the keyring
# Help of the NAME given to `keys delete`.
keys-help-delete-name = The account's name

keys-practice-needs-no-key = The practice account needs no key: use --practice. (For a practice exchange kept running with `practice-server`, give its --base-url.)
# $reason: why, in a sentence.
keys-nothing-saved = Nothing was saved. { $reason }
# $name: the account's name (twice); $environment: the exchange's name.
keys-saved = Saved "{ $name }" ({ $environment }): the key is in this computer's keyring. Use it with --profile "{ $name }".
# Prompts in the terminal; what is typed stays hidden.
keys-prompt-key = API key (hidden):
keys-prompt-secret = API secret (hidden):
keys-two-lines-needed = Nothing was saved: give the API key on the first line and the secret on the second.
# Windows only: the terminal would read the keyboard too, so the hidden prompt is not offered.
keys-no-prompt-on-shared-console = Nothing was saved: on Windows this terminal would also read what you type, and the secret could end up in its history. Add the key in the app's window (Accounts), or send the key and the secret on standard input, one per line.
# `keys list`: after each account's name and environment, whether its key can be used.
keys-state-in-keyring = key in the keyring
keys-state-missing = key missing: add it again
keys-state-keyring-unavailable = keyring unavailable
# Keep the command to copy as it is.
keys-no-accounts = No accounts yet. Add one with: p2p-cancel-review keys add NAME --env mainnet
# $name: what was typed.
keys-no-account-named = No account is named "{ $name }".
# $error: the system's reason.
keys-key-not-removed = The key could not be removed: { $error }
# $name: the account's name.
keys-deleted = Deleted "{ $name }" and removed its key from the keyring.

## The window's background work.

worker-account-not-open = This account is not open yet; wait a moment and try again.
worker-account-not-open-nothing-sent = This account is not open yet; nothing was sent. Wait a moment and try again.
# $error: why the history file cannot be written.
worker-history-unwritable = Nothing was sent: the history cannot be written ({ $error }), and no answer leaves without a record.

## Desktop notifications.

# Title of the notification of a new cancel request. $account: the account's name.
alert-new-request-title = Cancel request · { $account }
# $amount $currency: 15,350.00 RUB; $seller: the seller's nickname; $left: time left ("12 min"); $order: the order number.
alert-new-request-body = { $amount } { $currency } from { $seller }: { $left } left to answer (order { $order }).
# Title of the notification when the time to answer is nearly over. $account: the account's name.
alert-deadline-title = Deadline soon · { $account }
# $left: time left ("2 min"); $seller: the seller's nickname; $amount $currency: 15,350.00 RUB; $order: the order number.
alert-deadline-body = Only { $left } left to answer the cancel request from { $seller } ({ $amount } { $currency }, order { $order }).
# Time left to answer, when not known exactly (used as $left: "little time left to answer").
alert-little-time = little time
# Button on a notification: opens the app at the order.
alert-action-open = Open

## File dialogs.

dialog-proof-files-title = Choose proof files
# The kind of files the dialog shows (.jpg, .png, .pdf, .mp4...).
dialog-proof-files-filter = Photos, PDF, videos
dialog-export-history-title = Export the history as CSV
# The kind of file the dialog saves (a spreadsheet's comma-separated values).
dialog-export-history-filter = CSV

## ---- language and text size ----

# Settings: the language picker's label.
settings-language = Language
# Settings: the language picker's first choice. $language: the system's language, named in itself.
settings-language-system = As the system ({ $language })
# Settings: how to make the text bigger or smaller (keyboard shortcuts; Cmd is the Mac's Command key).
settings-zoom-hint = Text size: Ctrl and + to enlarge, Ctrl and − to reduce, Ctrl and 0 to reset (Cmd on a Mac).
# Command line: the help of --lang. The codes and variable names are typed as they are.
cli-help-lang = Language of the messages: en, ru, uk, es, pt-BR, tr, vi, id, zh-TW, zh-CN or fr (by default the system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
# The window could not open (no display, no graphics driver). $error: the system's reason.
main-window-failed = The window could not open: { $error }
# The app is open already (one app at a time), but did not answer this second start. $error: the system's reason.
main-running-not-answering = The app is already open but did not answer: { $error }. Quit it from its tray icon (or end it in the task manager), then start it again.
